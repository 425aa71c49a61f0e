/**
 * Every description of the two schemas has its French text, keeping its code (the `backticked` ids, keys and
 * values, which are the file's own words) and its dates; no French text is left for a description that no
 * longer exists.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INVENTORY_SCHEMA, POLICY_SCHEMA } from '../engine';
import { describedIn, FRENCH_DESCRIPTIONS } from './schemaText';

function descriptions(schema: unknown, into = new Set<string>()): Set<string> {
  if (schema && typeof schema === 'object') {
    const d = (schema as { description?: unknown }).description;
    if (typeof d === 'string') into.add(d);
    for (const v of Object.values(schema)) descriptions(v, into);
  }
  return into;
}

const code = (t: string) => [...t.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
const dates = (t: string) => (t.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).sort();

test('every schema description is in French, with the same code and dates', () => {
  const all = descriptions(POLICY_SCHEMA, descriptions(INVENTORY_SCHEMA));
  assert.ok(all.size > 100, `only ${all.size} descriptions found`);
  const problems: string[] = [];
  for (const en of all) {
    const fr = FRENCH_DESCRIPTIONS[en];
    if (fr === undefined) problems.push(`no French for: ${en}`);
    else {
      // Words in code that are French on purpose: a role (`RSSI` for `CISO`) and a placeholder (`fournisseur:code`).
      const frCode = code(fr)
        .map((c) => (c === 'RSSI' ? 'CISO' : c === 'fournisseur:code' ? 'provider:code' : c))
        .sort();
      if (JSON.stringify(code(en)) !== JSON.stringify(frCode)) problems.push(`code differs: ${en} -> ${JSON.stringify(frCode)}`);
      if (dates(en).join() !== dates(fr).join()) problems.push(`dates differ: ${en}`);
    }
  }
  for (const en of Object.keys(FRENCH_DESCRIPTIONS)) if (!all.has(en)) problems.push(`French for no description: ${en}`);
  assert.deepEqual(problems, []);
  assert.match(describedIn('The sub-processors, one entry each.', 'fr'), /^Les sous-traitants ultérieurs/);
  assert.equal(describedIn('The sub-processors, one entry each.', 'en'), 'The sub-processors, one entry each.');
});
