import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const admin = (m: string, criticality = 'critical') =>
  inventory({ entries: [entry({ administrationAuthentication: `{ method: Password, mfa: ${m} }`, criticality })] });

ruleTester('weak-admin-mfa', {
  valid: [
    { name: 'webauthn', code: admin('[webauthn]') },
    { name: 'sms next to a stronger method', code: admin('[sms, totp]') },
    { name: 'sms for a medium entry', code: admin('[sms]', 'medium') },
    { name: 'switched off by a policy', code: admin('[sms]'), policy: { rules: { 'weak-admin-mfa': 'off' } } },
  ],
  invalid: [
    {
      name: 'sms only, critical',
      code: admin('[sms]'),
      findings: [
        {
          messageFr:
            'Le seul second facteur des administrateurs de `acme` (sous-traitant critique) est de type « Code à usage unique par SMS », que le SIM swapping ou l’hameçonnage permettent de contourner : passez à `webauthn` (clé de sécurité ou passkey), ou au moins à `totp`.',
          text: 'sms',
          severity: 'warning',
          message: /`acme` \(critical\) rely on SMS one-time code.*`webauthn`/,
        },
      ],
    },
    {
      name: 'email and voice, high: each item',
      code: admin('[email, voice]', 'high'),
      findings: [
        { messageId: 'weak', text: 'email' },
        { messageId: 'weak', text: 'voice' },
      ],
    },
    {
      name: 'turned into an error by a policy',
      code: admin('[sms]'),
      policy: { rules: { 'weak-admin-mfa': 'error' } },
      findings: [{ messageId: 'weak', text: 'sms', severity: 'error' }],
    },
  ],
});
