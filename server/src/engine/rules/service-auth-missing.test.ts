import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const svc = (v: string, level = 'yes') =>
  inventory({ entries: [entry({ serviceAuthentication: v, personalData: `{ level: ${level} }` })] });

ruleTester('service-auth-missing', {
  valid: [
    { name: 'described', code: svc('API keys') },
    { name: 'a dash without personal data', code: svc('"-"', 'no') },
    { name: 'switched off by a policy', code: svc('"-"'), policy: { rules: { 'service-auth-missing': 'off' } } },
  ],
  invalid: [
    {
      name: 'a dash with personal data',
      code: svc('"-"'),
      findings: [
        {
          messageFr:
            '`acme` traite des données personnelles mais n’indique pas comment vos systèmes s’y authentifient : décrivez-le (clés d’API, comptes de service, SSO...).',
          text: '"-"',
          severity: 'warning',
          message: /^`acme` handles personal data but does not say how/,
        },
      ],
    },
    {
      name: 'empty text with limited personal data: said as the data it handles, not "(limited)"',
      code: svc("''", 'limited'),
      findings: [
        {
          messageId: 'missing',
          text: "''",
          message: /^`acme` handles limited personal data but does not say how/,
          messageFr:
            '`acme` traite des données personnelles limitées mais n’indique pas comment vos systèmes s’y authentifient\u00a0: décrivez-le (clés d’API, comptes de service, SSO...).',
        },
      ],
    },
    {
      name: 're-levelled to error',
      code: svc('"-"'),
      policy: { rules: { 'service-auth-missing': 'error' } },
      findings: [{ messageId: 'missing', text: '"-"', severity: 'error' }],
    },
  ],
});
