import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const admin = (m: string) => inventory({ entries: [entry({ administrationAuthentication: `{ method: Password, mfa: ${m} }` })] });

ruleTester('mfa-unspecified', {
  valid: [
    { name: 'a named method', code: admin('[totp]') },
    { name: 'switched off by a policy', code: admin('[unspecified]'), policy: { rules: { 'mfa-unspecified': 'off' } } },
  ],
  invalid: [
    {
      name: 'unspecified',
      code: admin('[unspecified]'),
      findings: [
        {
          messageFr:
            'Les administrateurs de `acme` utilisent une authentification multifacteur de méthode non précisée : remplacez `unspecified` par la méthode (`webauthn`, `totp`, `push`, `sms`...), dont dépend sa robustesse.',
          text: 'unspecified',
          severity: 'info',
          message: /unstated method: replace `unspecified`/,
        },
      ],
    },
    {
      name: 're-levelled to warning',
      code: admin('[unspecified]'),
      policy: { rules: { 'mfa-unspecified': 'warning' } },
      findings: [{ messageId: 'unspecified', text: 'unspecified', severity: 'warning' }],
    },
  ],
});
