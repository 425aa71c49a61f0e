import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entry, findingsOf, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('unstated-fact', {
  valid: [
    { name: 'every fact stated', code: inventory() },
    {
      name: '"unknown" inside a sentence is text, not the unknown value',
      code: inventory({ entries: [entry({ purpose: 'Hosting (region unknown to us)' })] }),
    },
  ],
  invalid: [
    {
      name: 'a text field',
      code: inventory({ entries: [entry({ entity: 'unknown' })] }),
      findings: [{ text: 'unknown', messageId: 'unknown', message: /`entity` of `acme` is not known yet/ }],
      fixes: [
        {
          title: /^Replace `unknown` with a placeholder to fill in \(entity\)$/,
          safe: false,
          output: ['entity: unknown', 'entity: "<entity>"'],
        },
      ],
    },
    {
      name: 'a whole mapping, and a field inside one',
      code: inventory({ entries: [entry({ dataLocation: 'unknown', administrationAuthentication: '{ method: SSO, mfa: unknown }' })] }),
      findings: [
        { text: 'unknown', line: 9, messageId: 'unknown', data: { field: 'dataLocation' } },
        { text: 'unknown', line: 14, messageId: 'unknown', data: { field: 'administrationAuthentication.mfa' } },
      ],
      fixes: [
        { title: /\(dataLocation\)$/, safe: false, output: ['dataLocation: unknown', 'dataLocation: { countries: [] }'] },
        {
          title: /\(administrationAuthentication\.mfa\)$/,
          safe: false,
          output: ['mfa: unknown', 'mfa: ["<sms|voice|email|totp|push|webauthn|unspecified|none>"]'],
        },
      ],
    },
    {
      name: 'under defaults: reported once, at defaults',
      code: inventory({
        defaults: '  criticality: unknown',
        entries: [entry({ criticality: undefined }), entry({ id: `b`, criticality: undefined })],
      }),
      findings: [{ text: 'unknown', messageId: 'unknown', message: /`criticality` of `defaults`/ }],
      fixes: [],
    },
  ],
});

test('unknown is never read as absent or false: no finding states what the file does not', () => {
  const code = inventory({
    entries: [
      entry({
        entity: 'unknown',
        dataLocation: 'unknown',
        personalData: '{ level: unknown }',
        certifications: 'unknown',
        dpa: 'unknown',
        serviceAuthentication: 'unknown',
        administrationAuthentication: 'unknown',
        criticality: 'unknown',
      }),
    ],
  });
  const { result } = findingsOf('unstated-fact', code);
  assert.deepEqual(
    [...new Set(result.findings.map((f) => f.ruleId))].sort(),
    ['unstated-fact'],
    JSON.stringify(result.findings.map((f) => `${f.ruleId}: ${f.message}`)),
  );
  assert.equal(result.findings.length, 8);
});

test('the published page says "Not stated" for an unknown fact, and the hover says what to find out', async () => {
  const { renderPage } = await import('../../publish/render');
  const { hover } = await import('../../languageService/hover');
  const code = inventory({ entries: [entry({ entity: 'unknown', purpose: 'unknown', certifications: 'unknown' })] });
  const { result } = findingsOf('unstated-fact', code);
  const en = renderPage(result, { format: 'markdown', lang: 'en' });
  assert.match(en, /\*\*Purpose:\*\* Not stated/);
  assert.match(en, /\*\*Certifications:\*\* Not stated/);
  assert.doesNotMatch(en, /\bunknown\b/);
  assert.match(en, /^### Acme Cloud$/m, 'no entity in the heading');
  assert.match(renderPage(result, { format: 'html', lang: 'fr' }), /Non précisé/);
  const at = code.indexOf('purpose: unknown') + 'purpose: '.length + 2;
  const h = hover(
    { kind: 'inventory', parsed: result.parsed, result, docsBase: 'file:///docs/rules/' },
    result.parsed.lines.positionAt(at),
  );
  assert.match((h?.contents as { value: string }).value, /^\*\*Not known yet\*\* \(`unknown`\): find this fact out/m);
});

test("the inventory's own unknown facts are reported, and the page leaves them out", async () => {
  const { renderPage } = await import('../../publish/render');
  const code = inventory()
    .replace('contact: privacy@example.com', 'contact: unknown')
    .replace('lastUpdated: 2026-06-01', 'lastUpdated: unknown');
  const { result, findings } = findingsOf('unstated-fact', code);
  assert.deepEqual(
    findings.map((f) => f.data?.field),
    ['contact', 'lastUpdated'],
  );
  assert.deepEqual(
    result.findings.filter((f) => ['invalid-value', 'stale-inventory'].includes(f.ruleId)),
    [],
  );
  const page = renderPage(result, { format: 'markdown', lang: 'en' });
  assert.doesNotMatch(page, /unknown/);
  assert.doesNotMatch(page, /Last Updated/);
});
