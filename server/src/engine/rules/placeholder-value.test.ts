import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entry, findingsOf, inventory, ruleTester } from '../../../../test/support/ruleTester';
import { placeholderYaml } from '../placeholder';
import { schemaAt } from '../schemaWalk';
import { formatFinding } from '../../format';

ruleTester('placeholder-value', {
  valid: [
    { name: 'a complete entry', code: inventory() },
    {
      name: 'angle brackets inside a longer text are not a placeholder',
      code: inventory({ entries: [entry({ purpose: 'Sends <b>bold</b> emails' })] }),
    },
  ],
  invalid: [
    {
      name: 'a text placeholder',
      code: inventory({ entries: [entry({ purpose: '"<purpose>"' })] }),
      findings: [
        {
          messageFr: '`purpose` contient encore la valeur à compléter <purpose> : remplacez-la par la vraie valeur.',
          text: '"<purpose>"',
          message: /`purpose` still holds the placeholder <purpose>/,
        },
      ],
    },
    {
      name: 'an enum placeholder names the choices',
      code: inventory({ entries: [entry({ criticality: '"<critical|high|medium|low>"' })] }),
      findings: [
        {
          messageFr:
            '`criticality` contient encore la valeur à compléter <critical|high|medium|low>\u00a0: remplacez-la par la vraie valeur, parmi `critical`, `high`, `medium`, `low`.',
          text: '"<critical|high|medium|low>"',
          message: /one of `critical`, `high`, `medium`, `low`/,
          severity: 'error',
        },
      ],
    },
    {
      name: 'placeholders inside flow mappings and sequences',
      code: inventory({ entries: [entry({ administrationAuthentication: '{ method: "<method>", mfa: ["<sms|totp>"] }' })] }),
      findings: [
        { messageId: 'placeholder', text: '"<method>"' },
        { text: '"<sms|totp>"', message: /`mfa` still holds/ },
      ],
    },
    {
      name: 'a placeholder written with an escape',
      code: inventory({ entries: [entry({ purpose: '"\\x3cpurpose>"' })] }),
      findings: [{ messageId: 'placeholder', text: '"\\x3cpurpose>"' }],
    },
    {
      name: 'a placeholder in the inventory header',
      code: inventory().replace('lastUpdated: 2026-06-01', 'lastUpdated: "<YYYY-MM-DD>"'),
      findings: [{ messageId: 'placeholder', text: '"<YYYY-MM-DD>"' }],
    },
  ],
});

test('a placeholder is reported once, by placeholder-value, not also as an invalid value', () => {
  const code = inventory({
    entries: [entry({ criticality: '"<critical|high|medium|low>"', administrationAuthentication: '{ method: SSO, mfa: ["<sms|totp>"] }' })],
  }).replace('lastUpdated: 2026-06-01', 'lastUpdated: "<YYYY-MM-DD>"');
  assert.deepEqual(
    findingsOf('invalid-value', code).findings.map((f) => formatFinding(f, 'en')),
    [],
  );
  assert.equal(findingsOf('placeholder-value', code).findings.length, 3);
  // A real wrong value is still invalid.
  assert.equal(findingsOf('invalid-value', inventory({ entries: [entry({ criticality: 'urgent' })] })).findings.length, 1);
});

test('placeholders are made from the schema: enums list their values, objects their required fields', () => {
  assert.equal(placeholderYaml('criticality', schemaAt('inventory', ['subprocessors', 0, 'criticality'])), '"<critical|high|medium|low>"');
  assert.equal(placeholderYaml('purpose', schemaAt('inventory', ['subprocessors', 0, 'purpose'])), '"<purpose>"');
  assert.equal(placeholderYaml('dataLocation', schemaAt('inventory', ['subprocessors', 0, 'dataLocation'])), '{ countries: [] }');
  assert.equal(
    placeholderYaml('administrationAuthentication', schemaAt('inventory', ['subprocessors', 0, 'administrationAuthentication'])),
    '{ method: "<method>", mfa: ["<sms|voice|email|totp|push|webauthn|unspecified|none>"] }',
  );
  assert.equal(placeholderYaml('lastUpdated', schemaAt('inventory', ['inventory', 'lastUpdated'])), '"<YYYY-MM-DD>"');
});
