import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (fields: Record<string, string>) => inventory({ entries: [entry({ dataLocation: '{ countries: [DE] }', ...fields })] });

ruleTester('foreign-law-exposure', {
  valid: [
    { name: 'an EU entity of an EU group', code: at({ entityCountry: 'IE', parentCountry: 'FR' }) },
    { name: 'a parent in the UK: adequacy found its law essentially equivalent', code: at({ entityCountry: 'IE', parentCountry: 'GB' }) },
    {
      name: 'the parent country is also reached from: a transfer, third-country-access speaks of it',
      code: at({ entityCountry: 'IE', parentCountry: 'US', access: '{ countries: [US] }' }),
    },
    { name: 'out of scope', code: at({ entityCountry: 'IE', parentCountry: 'US', personalData: '{ level: no }', criticality: 'low' }) },
    {
      name: 'a parent under a code the product does not know (ZZ): no third country',
      code: at({ entityCountry: 'IE', parentCountry: 'ZZ' }),
    },
  ],
  invalid: [
    {
      name: 'an Irish entity storing in Germany under a US parent: a due-diligence finding, not a transfer',
      code: at({ entityCountry: 'IE', parentCountry: 'US' }),
      findings: [
        {
          messageFr:
            'La société mère de `acme` est établie dans un pays tiers (États-Unis, US) : ce seul fait n’emporte aucun transfert (lignes directrices 05/2021 du CEPD), mais le droit de ce pays peut contraindre le groupe à communiquer les données. Évaluez ce risque dans le choix du sous-traitant (art. 28, paragraphe 1, du RGPD) et dans ses mesures de sécurité (art. 32), puis consignez la conclusion (par exemple en risque accepté).',
          text: 'US',
          severity: 'warning',
          message:
            /parent company is established in a third country \(United States, US\): that alone makes no transfer .* but that country's law may compel the group .*GDPR Art\. 28\(1\).*Art\. 32/,
        },
      ],
    },
  ],
});
