import { assertDataIncludes } from '../../../../test/support/ruleTester';
import { test } from 'node:test';
import { entry, findingsOf, inventory, ruleTester } from '../../../../test/support/ruleTester';

const loc = (l: string) => inventory({ entries: [entry({ dataLocation: l })] });

ruleTester('location-region-mismatch', {
  valid: [
    { name: 'region in the listed country', code: loc('{ countries: [BE], regions: [gcp:europe-west1] }') },
    { name: 'EU covers an EU region', code: loc('{ countries: [EU], regions: [aws:eu-central-1] }') },
    { name: 'UK (written for GB) covers a London region', code: loc('{ countries: [UK], regions: [aws:eu-west-2] }') },
    { name: 'a lower-case code covers its region', code: loc('{ countries: [fr], regions: [aws:eu-west-3] }') },
    { name: 'an unknown region is not judged', code: loc('{ countries: [FR], regions: [ovh:gra] }') },
    {
      name: 'switched off by a policy',
      code: loc('{ countries: [FR], regions: [gcp:europe-west1] }'),
      policy: { rules: { 'location-region-mismatch': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'a Belgian region for France',
      code: loc('{ countries: [FR], regions: [aws:eu-west-3, gcp:europe-west1] }'),
      findings: [
        {
          messageFr:
            'La région gcp:europe-west1 (Saint-Ghislain, Belgique, BE) se situe dans un pays absent de `countries` (y figurent : France, FR) : ajoutez `BE` ou corrigez la région.',
          text: 'gcp:europe-west1',
          severity: 'error',
          message:
            /^gcp:europe-west1 is in St\. Ghislain \(Belgium, BE\), which `countries` does not list \(listed: France, FR\): add `BE` or correct the region\.$/,
        },
      ],
      fixes: [
        {
          title: /^Add BE \(Belgium\) to dataLocation\.countries, where the region is$/,
          titleFr: 'Ajouter BE (Belgique), pays de la région, à dataLocation.countries',
          safe: false,
          output: [
            '    dataLocation: { countries: [FR], regions: [aws:eu-west-3, gcp:europe-west1] }',
            '    dataLocation: { countries: [FR, BE], regions: [aws:eu-west-3, gcp:europe-west1] }',
          ],
        },
        {
          title: /^Replace FR \(France\) with BE \(Belgium\) in dataLocation\.countries$/,
          titleFr: 'Remplacer FR (France) par BE (Belgique) dans dataLocation.countries',
          safe: false,
          output: [
            '    dataLocation: { countries: [FR], regions: [aws:eu-west-3, gcp:europe-west1] }',
            '    dataLocation: { countries: [BE], regions: [aws:eu-west-3, gcp:europe-west1] }',
          ],
        },
      ],
    },
    {
      name: 'EU does not cover London; re-levelled',
      code: loc('{ countries: [EU], regions: [aws:eu-west-2] }'),
      policy: { rules: { 'location-region-mismatch': 'warning' } },
      findings: [
        {
          messageId: 'mismatch',
          messageFr:
            'La région aws:eu-west-2 (Londres, Royaume-Uni, GB) se situe dans un pays absent de `countries` (y figurent\u00a0: Union européenne, EU)\u00a0: ajoutez `GB` ou corrigez la région.',
          text: 'aws:eu-west-2',
          severity: 'warning',
        },
      ],
      fixes: [
        {
          title: /^Add GB \(United Kingdom\) to dataLocation\.countries, where the region is$/,
          safe: false,
          output: [
            '    dataLocation: { countries: [EU], regions: [aws:eu-west-2] }',
            '    dataLocation: { countries: [EU, GB], regions: [aws:eu-west-2] }',
          ],
        },
        {
          title: /^Replace EU \(European Union\) with GB \(United Kingdom\) in dataLocation\.countries$/,
          titleFr: 'Remplacer EU (Union européenne) par GB (Royaume-Uni) dans dataLocation.countries',
          safe: false,
          output: [
            '    dataLocation: { countries: [EU], regions: [aws:eu-west-2] }',
            '    dataLocation: { countries: [GB], regions: [aws:eu-west-2] }',
          ],
        },
      ],
    },
  ],
});

test("location-region-mismatch data names the region's country", () => {
  const { findings } = findingsOf('location-region-mismatch', loc('{ countries: [FR], regions: [gcp:europe-west1] }'));
  assertDataIncludes(findings[0].data, { region: 'gcp:europe-west1', country: 'BE' });
});
