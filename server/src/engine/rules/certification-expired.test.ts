import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const cert = (c: string) => inventory({ entries: [entry({ certifications: `[${c}]` })] });

ruleTester('certification-expired', {
  valid: [
    { name: 'valid for more than 60 days', code: cert('{ id: iso27001, edition: "2022", validUntil: 2027-03-01 }') },
    { name: 'ISO 27001:2013 before its end date', code: cert('{ id: iso27001, edition: "2013" }'), today: '2025-10-31' },
    {
      name: 'switched off by a policy',
      code: cert('{ id: soc2-type2, validUntil: 2026-01-01 }'),
      policy: { rules: { 'certification-expired': 'off' } },
    },
    {
      name: 'a shorter warning period from the policy',
      code: cert('{ id: soc2-type2, validUntil: 2026-12-20 }'),
      policy: { expiryWarningDays: 10 },
    },
  ],
  invalid: [
    {
      name: 'validUntil has passed',
      code: cert('{ id: soc2-type2, validUntil: 2026-11-25 }'),
      findings: [
        {
          messageFr:
            'SOC 2 Type II (`acme`) a expiré le 25 novembre 2026 : demandez au prestataire le certificat ou le rapport en cours et mettez `validUntil` à jour.',
          text: '2026-11-25',
          severity: 'error',
          message: /SOC 2 Type II of `acme` expired on 25 November 2026/,
        },
      ],
    },
    {
      name: 'ISO 27001:2013 after 2025-10-31',
      code: cert('{ id: iso27001, edition: 2013 }'),
      findings: [
        {
          messageFr:
            'ISO/IEC 27001, version 2013 (`acme`), n’est plus valable depuis le 31 octobre 2025\u00a0: demandez un certificat selon la version 2022.',
          text: '2013',
          severity: 'error',
          message: /no longer valid since 31 October 2025.*2022/,
        },
      ],
    },
    {
      name: 'expires within 60 days: a warning',
      code: cert('{ id: iso27001, edition: "2022", validUntil: 2027-01-20 }'),
      findings: [
        {
          messageFr:
            'ISO/IEC 27001 (`acme`) expire le 20 janvier 2027\u00a0: demandez au prestataire le certificat ou le rapport renouvelé.',
          text: '2027-01-20',
          severity: 'warning',
          message: /expires on 20 January 2027/,
        },
      ],
    },
    {
      name: 'a policy that sets the rule to error keeps the early warning a warning',
      code: inventory({
        entries: [entry({ certifications: '[{ id: iso27001, validUntil: 2027-01-20 }, { id: soc2-type2, validUntil: 2026-11-01 }]' })],
      }),
      policy: { rules: { 'certification-expired': 'error' } },
      findings: [
        { text: '2027-01-20', severity: 'warning', message: /expires on 20 January 2027/ },
        { text: '2026-11-01', severity: 'error', message: /expired on 1 November 2026/ },
      ],
    },
    {
      name: 'a policy that sets the rule to warning lowers the expired ones',
      code: cert('{ id: soc2-type2, validUntil: 2026-11-01 }'),
      policy: { rules: { 'certification-expired': 'warning' } },
      findings: [{ messageId: 'expired', text: '2026-11-01', severity: 'warning' }],
    },
    {
      name: 'a policy severity below the early warning lowers it',
      code: cert('{ id: iso27001, validUntil: 2027-01-20 }'),
      policy: { rules: { 'certification-expired': 'info' } },
      findings: [{ messageId: 'expiresSoon', text: '2027-01-20', severity: 'info' }],
    },
  ],
});
