/**
 * An entry whose deciding facts are not known (`countries: unknown`, a code such as `ZZ`) has its tier not known:
 * the hover, the outline, the inlay hints and the status bar say so in the same words, in both languages, and none
 * of them says it "fits no tier".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintParsed, parseYaml } from '../../server/src/engine';
import { documentSymbols, hover, inventorySummary, tierHints } from '../../server/src/languageService';
import { entry, inventory } from '../support/ruleTester';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function surfaces(text: string, lang: 'en' | 'fr') {
  const parsed = parseYaml(text);
  const result = lintParsed(parsed, { today: '2026-12-01' });
  const h = hover(
    { kind: 'inventory', parsed, result, docsBase: 'https://example.com/rules/', lang },
    parsed.lines.positionAt(text.indexOf('Acme Cloud') + 1),
  );
  const hint = tierHints(result, undefined, lang)[0];
  return {
    hover: plain((h?.contents as { value: string }).value),
    outline: plain(documentSymbols(result, lang)[0].detail ?? ''),
    hint: plain(String(hint.label)),
    tooltip: plain(String(hint.tooltip)),
    summary: inventorySummary(result),
  };
}

const notKnown = [
  ['countries: unknown', entry({ dataLocation: '{ countries: unknown }' })],
  ['a code the product does not know', entry({ dataLocation: '{ countries: [ZZ] }' })],
] as const;

for (const [what, e] of notKnown) {
  test(`${what}: every surface says the tier is not known, never "fits no tier"`, () => {
    const en = surfaces(inventory({ entries: [e] }), 'en');
    assert.match(en.hover, /^\*\*Tier not known\*\* under the active policy\.$/m);
    assert.match(en.hover, /^Tier not known: /m);
    assert.doesNotMatch(en.hover, /fits no tier/i);
    assert.match(en.outline, / · tier not known$/);
    assert.equal(en.hint, 'tier not known');
    assert.match(en.tooltip, /^Tier not known: /);
    assert.deepEqual([en.summary.tierUnknown, en.summary.noTier], [1, 0]);

    const fr = surfaces(inventory({ entries: [e] }), 'fr');
    assert.match(fr.hover, /^\*\*Niveau indéterminé\*\* au regard de la politique en vigueur\.$/m);
    assert.match(fr.hover, /^Niveau indéterminé : /m);
    assert.doesNotMatch(fr.hover, /aucun niveau/);
    assert.match(fr.outline, / · niveau indéterminé$/);
    assert.equal(fr.hint, 'niveau indéterminé');
    assert.match(fr.tooltip, /^Niveau indéterminé : /);
  });
}

test('an entry whose facts are known and fit no tier still says so, on every surface', () => {
  const text = inventory({
    entries: [entry({ certifications: '[]', dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc }' })],
  });
  const en = surfaces(text, 'en');
  assert.match(en.hover, /\*\*Fits no tier\*\*/);
  assert.match(en.outline, / · no tier$/);
  assert.deepEqual([en.summary.tierUnknown, en.summary.noTier], [0, 1]);
  assert.match(surfaces(text, 'fr').hover, /\*\*N’entre dans aucun niveau\*\*/);
});
