import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const uncertifiedUS = entry({ certifications: '[]', dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc }' });

ruleTester('selection-tier', {
  valid: [
    { name: 'tier 1', code: inventory() },
    {
      name: 'a company of the group is judged as part of it, not against the criteria for outside providers',
      code: inventory({
        entries: [
          entry({
            relationship: 'affiliate',
            certifications: '[]',
            dataLocation: '{ countries: [IN] }',
            transfer: '{ mechanism: bcr, tia: true }',
          }),
        ],
      }),
    },
    { name: 'tier 2: uncertified in the EU', code: inventory({ entries: [entry({ certifications: '[]' })] }) },
    {
      name: 'out of scope: no personal data, not critical',
      code: inventory({ entries: [entry({ certifications: '[]', personalData: '{ level: no }', dataLocation: '{ countries: [US] }' })] }),
    },
    {
      name: 'only the safeguard is missing: transfer-safeguard reports it',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }' })] }),
    },
    { name: 'switched off by a policy', code: inventory({ entries: [uncertifiedUS] }), policy: { rules: { 'selection-tier': 'off' } } },
    {
      name: 'where the data is stored not known: the tier is not known, not "no tier"',
      code: inventory({ entries: [entry({ certifications: '[]', dataLocation: '{ countries: unknown }' })] }),
    },
  ],
  invalid: [
    {
      name: 'a fact that decides nothing here (its criticality, in scope by its personal data) leaves the tier known',
      code: inventory({
        entries: [
          entry({ criticality: 'unknown', certifications: '[]', dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc }' }),
        ],
      }),
      findings: [
        {
          messageFr:
            '`acme` n’entre dans aucun niveau de la politique\u00a0: non certifié et données hors de l’EEE (États-Unis). Gardez ses données dans l’EEE ou choisissez un prestataire certifié SOC 2 Type II ou ISO/IEC 27001.',
          text: 'acme',
          severity: 'error',
          message: /^`acme` fits no tier of the policy: not certified and data outside the EEA \(United States\)\./,
        },
      ],
    },
    {
      name: 'uncertified outside the EU (not permitted)',
      code: inventory({ entries: [uncertifiedUS] }),
      findings: [
        {
          messageFr:
            '`acme` n’entre dans aucun niveau de la politique\u00a0: non certifié et données hors de l’EEE (États-Unis). Gardez ses données dans l’EEE ou choisissez un prestataire certifié SOC 2 Type II ou ISO/IEC 27001.',
          text: 'acme',
          severity: 'error',
          message:
            /^`acme` fits no tier of the policy: not certified and data outside the EEA \(United States\)\. Keep its data in the EEA or choose a provider certified SOC 2 Type II or ISO\/IEC 27001\.$/,
        },
      ],
    },
    {
      name: 'a policy that allows only tier 1 makes tier 2 entries fail; re-levelled to warning',
      code: inventory({ entries: [entry({ certifications: '[]' })] }),
      policy: { tiers: [{ certified: true, residency: 'eu' }], rules: { 'selection-tier': 'warning' } },
      findings: [
        {
          messageFr:
            '`acme` n’entre dans aucun niveau de la politique\u00a0: non certifié et données dans l’EEE. Choisissez un prestataire certifié SOC 2 Type II ou ISO/IEC 27001.',
          text: 'acme',
          severity: 'warning',
          message: /Choose a provider certified SOC 2 Type II or ISO\/IEC 27001\.$/,
        },
      ],
    },
    {
      name: 'with transfer-safeguard off, a missing safeguard is reported here',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }' })] }),
      policy: { rules: { 'transfer-safeguard': 'off' } },
      findings: [
        {
          messageFr:
            '`acme` n’entre dans aucun niveau de la politique\u00a0: données hors de l’EEE (États-Unis), mais aucun outil de transfert n’est indiqué. Ajoutez sous `transfer` un outil de transfert valable.',
          text: 'acme',
          message: /no transfer mechanism/,
        },
      ],
    },
  ],
});
