/**
 * `unstated-fact` where its facts are shown: the published page says "Not stated" for an unknown fact and leaves
 * the inventory's own unknown facts out; the hover says what to find out. (Moved from the rule's table test, which
 * stays in the engine's folder; these tests read the publish and editor layers.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPage } from '../../server/src/publish/render';
import { hover } from '../../server/src/languageService/hover';
import { entry, findingsOf, inventory } from '../support/ruleTester';

test('the published page says "Not stated" for an unknown fact, and the hover says what to find out', () => {
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

test("the inventory's own unknown facts are reported, and the page leaves them out", () => {
  const code = inventory()
    .replace('contact: privacy@example.com', 'contact: unknown')
    .replace('lastUpdated: 2026-06-01', 'lastUpdated: unknown');
  const { result, findings } = findingsOf('unstated-fact', code);
  assert.deepEqual(
    findings.map((f) => [code.slice(f.range.start, f.range.end), f.messageId, f.data?.fields]),
    [['inventory', 'inventory', ['contact', 'lastUpdated']]],
  );
  assert.deepEqual(
    findings[0]!.related?.map((r) => [code.slice(r.range.start, r.range.end), r.data.field]),
    [
      ['unknown', 'contact'],
      ['unknown', 'lastUpdated'],
    ],
  );
  assert.deepEqual(
    result.findings.filter((f) => ['invalid-value', 'stale-inventory'].includes(f.ruleId)),
    [],
  );
  const page = renderPage(result, { format: 'markdown', lang: 'en' });
  assert.doesNotMatch(page, /unknown/);
  assert.doesNotMatch(page, /Last Updated/);
});
