import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (countries: string, transfer: string, more: Record<string, string> = {}) =>
  inventory({ entries: [entry({ dataLocation: `{ countries: [${countries}] }`, transfer, ...more })] });

ruleTester('tia-missing', {
  valid: [
    { name: 'SCCs with a TIA date', code: at('US', '{ mechanism: scc, tia: 2026-01-10 }') },
    { name: 'SCCs with tia: true', code: at('IN', '{ mechanism: scc, tia: true }') },
    { name: 'the DPF needs no TIA', code: at('US', '{ mechanism: dpf, verified: 2026-10-01 }') },
    { name: 'SCCs to an adequate country: the decision covers it, no TIA', code: at('JP', '{ mechanism: scc }') },
    { name: 'SCCs for data that stays in the EEA', code: at('FR', '{ mechanism: scc }') },
    {
      name: 'an entity country that is no code ("hello") is no destination: invalid-value speaks of it',
      code: at('FR', '{ mechanism: scc }', { entityCountry: 'hello' }),
    },
    {
      name: 'SCCs for a code the product does not know (ZZ): not known to be a transfer, no assessment asked',
      code: at('ZZ', '{ mechanism: scc }', { access: '{ countries: [QQ] }' }),
    },
  ],
  invalid: [
    {
      name: 'SCC 2021/914 without TIA',
      code: at('US', '{ mechanism: scc, scc: { version: "2021/914", module: 3 } }'),
      findings: [
        {
          messageFr:
            '`acme` s’appuie sur `scc` pour ses transferts hors de l’EEE (États-Unis) sans analyse d’impact des transferts consignée. La Cour a confirmé la validité des clauses (CJUE C-311/18, Schrems II) : l’évaluation conditionne le transfert, non leur validité. Évaluez si le droit et la pratique du pays permettent à l’importateur de les respecter, avec des mesures supplémentaires si besoin (recommandations 01/2020 du CEPD), puis indiquez sa date dans `tia`.',
          text: 'scc',
          severity: 'warning',
          message:
            /relies on `scc` for its transfers outside the EEA \(United States\) with no transfer impact assessment recorded\. The Court upheld the clauses.*the assessment conditions the transfer, not their validity\. Assess whether the law and practice of that country let/,
        },
      ],
    },
    {
      name: 'tia: false, and support from India under BCRs',
      code: at('FR', '{ mechanism: bcr, tia: false }', { access: '{ countries: [IN] }', relationship: 'affiliate' }),
      findings: [{ text: 'bcr', message: /for its transfers outside the EEA \(India\) with no transfer impact assessment/ }],
    },
    {
      name: 'two destinations: named by their names, as a list',
      code: at('US, IN', '{ mechanism: scc }'),
      findings: [
        {
          text: 'scc',
          message:
            /^`acme` relies on `scc` for its transfers outside the EEA \(United States and India\) with no transfer impact.* Assess whether the law and practice of those countries let the importer comply/,
          messageFr:
            '`acme` s’appuie sur `scc` pour ses transferts hors de l’EEE (États-Unis et Inde) sans analyse d’impact des transferts consignée. La Cour a confirmé la validité des clauses (CJUE C-311/18, Schrems II)\u00a0: l’évaluation conditionne le transfert, non leur validité. Évaluez si le droit et la pratique de ces pays permettent à l’importateur de les respecter, avec des mesures supplémentaires si besoin (recommandations 01/2020 du CEPD), puis indiquez sa date dans `tia`.',
        },
      ],
    },
    {
      name: 'data anywhere (GLOBAL)',
      code: at('GLOBAL, US', '{ mechanism: scc }'),
      findings: [
        {
          text: 'scc',
          message:
            /for its transfers to every country the data may reach \(`GLOBAL`\) with no.* Assess whether the law and practice of each country the data may reach let the importer comply/,
          messageFr:
            '`acme` s’appuie sur `scc` pour ses transferts vers tous les pays où les données peuvent aller (`GLOBAL`) sans analyse d’impact des transferts consignée. La Cour a confirmé la validité des clauses (CJUE C-311/18, Schrems II)\u00a0: l’évaluation conditionne le transfert, non leur validité. Évaluez si le droit et la pratique de chacun des pays où les données peuvent aller permettent à l’importateur de les respecter, avec des mesures supplémentaires si besoin (recommandations 01/2020 du CEPD), puis indiquez sa date dans `tia`.',
        },
      ],
    },
  ],
});
