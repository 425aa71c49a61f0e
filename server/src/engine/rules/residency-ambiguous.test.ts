import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const loc = (l: string) => inventory({ entries: [entry({ dataLocation: l, transfer: '{ mechanism: scc }' })] });

ruleTester('residency-ambiguous', {
  valid: [
    { name: 'a country', code: loc('{ countries: [BE] }') },
    { name: 'EU with a city', code: loc('{ countries: [EU], note: Frankfurt }') },
    { name: 'stored in the US, processed in the EU: storage is clear', code: loc('{ countries: [US], note: with EU data processing }') },
    { name: 'switched off by a policy', code: loc('{ countries: [GLOBAL] }'), policy: { rules: { 'residency-ambiguous': 'off' } } },
  ],
  invalid: [
    {
      name: 'GLOBAL with a note about endpoints',
      code: loc('{ countries: [GLOBAL], note: with EU endpoints }'),
      findings: [
        {
          messageFr:
            '`acme` stocke ses données « GLOBAL » (« with EU endpoints »), ce qui ne dit pas où : indiquez les pays où elles sont stockées (par exemple `EU`) et gardez la remarque pour le reste.',
          text: 'GLOBAL',
          severity: 'warning',
          message: /"GLOBAL" \("with EU endpoints"\)/,
        },
      ],
    },
    {
      name: 'no country',
      code: loc('{ countries: [] }'),
      findings: [
        {
          messageFr: '`acme` n’indique aucun pays pour ses données\u00a0: indiquez les pays où elles sont stockées (codes ISO, ou `EU`).',
          text: '[]',
          message: /lists no country/,
        },
      ],
    },
    {
      name: 'a note that leaves the place open',
      code: loc('{ countries: [DE], note: Frankfurt or US depending on plan }'),
      findings: [
        {
          messageFr:
            'La remarque sur la localisation de `acme` («\u00a0Frankfurt or US depending on plan\u00a0») laisse ouvert le lieu de stockage («\u00a0or\u00a0»)\u00a0: précisez-le dans `countries` et gardez une remarque factuelle.',
          text: 'Frankfurt or US depending on plan',
          message: /leaves open where the data is stored/,
        },
      ],
    },
    {
      name: 're-levelled to error',
      code: loc('{ countries: [GLOBAL] }'),
      policy: { rules: { 'residency-ambiguous': 'error' } },
      findings: [
        {
          messageFr:
            '`acme` stocke ses données «\u00a0GLOBAL\u00a0», ce qui ne dit pas où\u00a0: indiquez les pays où elles sont stockées (par exemple `EU`) et gardez la remarque pour le reste.',
          messageId: 'global',
          text: 'GLOBAL',
          severity: 'error',
        },
      ],
    },
  ],
});
