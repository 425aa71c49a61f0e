import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const crit = (certs: string, criticality = 'critical') => inventory({ entries: [entry({ certifications: certs, criticality })] });

ruleTester('critical-uncertified', {
  valid: [
    { name: 'critical and certified', code: crit('[iso27001]') },
    { name: 'uncertified but not critical', code: crit('[]', 'high') },
    { name: 'a policy that counts ISO 27701', code: crit('[iso27701]'), policy: { certified: ['soc2-type2', 'iso27001', 'iso27701'] } },
    { name: 'switched off by a policy', code: crit('[]'), policy: { rules: { 'critical-uncertified': 'off' } } },
  ],
  invalid: [
    {
      name: 'nothing that counts',
      code: crit('[iso27701, gdpr-compliant]'),
      findings: [
        {
          messageFr:
            '`acme` est critique mais ne détient aucune certification en cours qui compte (`soc2-type2` ou `iso27001`) : obtenez son rapport ou son certificat, ou choisissez un prestataire certifié.',
          text: 'certifications',
          severity: 'warning',
          message: /critical but holds no current certification that counts \(`soc2-type2` or `iso27001`\)/,
        },
      ],
    },
    {
      name: 'an expired certificate does not count',
      code: crit('[{ id: iso27001, validUntil: 2026-01-01 }]'),
      findings: [{ messageId: 'uncertified', text: 'certifications' }],
    },
    {
      name: 're-levelled to error',
      code: crit('[]'),
      policy: { rules: { 'critical-uncertified': 'error' } },
      findings: [{ messageId: 'uncertified', text: 'certifications', severity: 'error' }],
    },
  ],
});
