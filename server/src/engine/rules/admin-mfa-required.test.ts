import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const mfa = (m: string) => inventory({ entries: [entry({ administrationAuthentication: `{ method: Password, mfa: ${m} }` })] });

ruleTester('admin-mfa-required', {
  valid: [
    { name: 'a second factor', code: mfa('[totp]') },
    { name: 'MFA of an unstated method still is MFA', code: mfa('[unspecified]') },
    { name: 'switched off by a policy', code: mfa('[none]'), policy: { rules: { 'admin-mfa-required': 'off' } } },
  ],
  invalid: [
    {
      name: 'none',
      code: mfa('[none]'),
      findings: [
        {
          messageFr:
            'Les administrateurs de `acme` se connectent sans authentification multifacteur : activez un second facteur (de préférence `webauthn`) et indiquez-le sous `mfa`.',
          text: 'none',
          severity: 'error',
          message: /without MFA.*`webauthn`/,
        },
      ],
    },
    {
      name: 'an empty list, re-levelled to warning',
      code: mfa('[]'),
      policy: { rules: { 'admin-mfa-required': 'warning' } },
      findings: [{ messageId: 'noMfa', text: '[]', severity: 'warning' }],
    },
  ],
});
