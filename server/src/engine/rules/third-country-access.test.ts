import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (fields: Record<string, string>) => inventory({ entries: [entry({ dataLocation: '{ countries: [BE] }', ...fields })] });

ruleTester('third-country-access', {
  valid: [
    { name: 'an EU entity storing in the EU', code: at({ entityCountry: 'FR' }) },
    // The schema wants a country there (`invalid-value` says so): an entity is established somewhere, not everywhere.
    {
      name: 'an entity or parent written `GLOBAL` is no country it is established in',
      code: at({ entityCountry: 'GLOBAL', parentCountry: 'GLOBAL' }),
    },
    {
      name: 'a US entity on EU storage, covered by the DPF',
      code: at({ entityCountry: 'US', transfer: '{ to: [US], mechanism: dpf, verified: 2026-10-01 }' }),
    },
    {
      name: 'a US entity with one mechanism for every destination',
      code: at({ entityCountry: 'US', transfer: '{ mechanism: scc, tia: 2026-01-10 }' }),
    },
    { name: 'a UK entity: adequacy takes in a commercial recipient', code: at({ entityCountry: 'GB' }) },
    {
      name: 'support from India covered by SCCs',
      code: at({ access: '{ countries: [IN] }', transfer: '[{ to: [IN], mechanism: scc, tia: true }]' }),
    },
    { name: 'where the entity is established is not known: nothing is said', code: at({ entityCountry: 'unknown' }) },
    {
      name: 'storage in the US is transfer-safeguard’s, not this rule’s',
      code: at({ dataLocation: '{ countries: [US] }', entityCountry: 'US' }),
    },
    {
      name: 'an Irish subsidiary of a US group storing in the EEA: no transfer (foreign-law-exposure speaks of it)',
      code: at({ entityCountry: 'IE', parentCountry: 'US' }),
    },
    { name: 'out of scope', code: at({ entityCountry: 'US', personalData: '{ level: no }', criticality: 'low' }) },
    // A code the product does not know is not known to be outside the EEA: `invalid-value` speaks of it, not this rule.
    { name: 'access from a code the product does not know (ZZ): no third country', code: at({ access: '{ countries: [ZZ] }' }) },
    { name: 'an entity established under an unknown code (ZZ): no third country', code: at({ entityCountry: 'ZZ' }) },
  ],
  invalid: [
    {
      name: 'access from anywhere (GLOBAL): no one third country to name',
      code: at({ access: '{ countries: [GLOBAL] }' }),
      findings: [
        {
          text: 'GLOBAL',
          messageId: 'accessEverywhere',
          message:
            /^`acme`'s data can be reached from any country \(`GLOBAL`\), and no transfer covers it: .* Add a transfer item for every country \(`to: \[GLOBAL\]`\) with its mechanism, or list the countries it is reached from\.$/,
          messageFr:
            'Les données de `acme` sont accessibles depuis n’importe quel pays (`GLOBAL`) sans qu’aucun transfert ne le couvre\u00a0: un accès à distance depuis un pays tiers est un transfert (lignes directrices 05/2021 du CEPD). Consignez un transfert vers tous les pays (`to: [GLOBAL]`) et l’outil qui le fonde, ou indiquez les pays depuis lesquels elles sont accessibles.',
        },
      ],
    },
    {
      name: 'a US entity storing in Belgium, no transfer: the law it is under can reach the data',
      code: at({ entityCountry: 'US' }),
      findings: [
        {
          messageFr:
            '`acme` est établi dans un pays tiers (États-Unis, US) ; son personnel, et les autorités de ce pays, peuvent atteindre les données où qu’elles soient stockées, et aucun transfert vers ce pays n’est consigné. Consignez le fondement (un transfert vers ce pays, `to: [US]`, avec un outil tel que `dpf` pour une entité américaine certifiée) ou acceptez le risque de façon documentée.',
          text: 'US',
          severity: 'warning',
          message:
            /^`acme` is established in a third country \(United States, US\): its staff, and that country's authorities, can reach the data .* Record the basis \(a transfer item for it, `to: \[US\]`, with a mechanism such as `dpf`/,
        },
      ],
    },
    {
      name: 'support access from India with no transfer covering it: a transfer, an error as storage there would be',
      code: at({ access: '{ countries: [US, IN] }', transfer: '[{ to: [US], mechanism: dpf, verified: 2026-10-01 }]' }),
      findings: [
        {
          messageFr:
            'Les données de `acme` sont accessibles depuis un pays tiers (Inde, IN) sans qu’aucun transfert ne le couvre\u00a0: un accès à distance depuis un pays tiers est un transfert (lignes directrices 05/2021 du CEPD). Consignez un transfert vers ce pays (`to: [IN]`) et l’outil qui le fonde.',
          text: 'IN',
          severity: 'error',
          message:
            /^`acme`'s data can be reached from a third country \(India, IN\), and no transfer covers it: .* Add a transfer item for that country \(`to: \[IN\]`\) with its mechanism\.$/,
        },
      ],
    },
  ],
});
