/**
 * The schemas' descriptions by location: the English catalogue is what the schemas say (generated, never
 * stale), the French one has a text for every location (a missing one fails `tsc`, as the `@ts-expect-error`
 * below proves), keeping the English's code (the `backticked` ids, keys and values, which are the file's own
 * words) and dates; hover and completion show them in each language.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { INVENTORY_SCHEMA, parseYaml, POLICY_SCHEMA } from '../engine';
import { completion, hover } from '../languageService';
import { CATALOG_FILE, COMMAND, expectedSchemaCatalog, schemaDescriptions } from '../../../scripts/schemaDescriptions';
import { SCHEMA_DESCRIPTIONS, type SchemaCatalog, type SchemaLocation } from './schemaDescriptions';
import { SCHEMA_DESCRIPTIONS_FR } from './schemaDescriptions.fr';
import { describedAt, describedIn } from './schemaText';

const code = (t: string) => [...t.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
const dates = (t: string) => (t.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).sort();
const LOCATIONS = Object.keys(SCHEMA_DESCRIPTIONS) as SchemaLocation[];

test(`the English catalogue is the schemas' descriptions by location (${COMMAND} writes it)`, async () => {
  const file = fs.readFileSync(path.join(__dirname, '..', '..', '..', CATALOG_FILE), 'utf8');
  assert.ok(file === (await expectedSchemaCatalog()), `${CATALOG_FILE} is stale: run ${COMMAND}`);
  const all = [...schemaDescriptions(INVENTORY_SCHEMA, 'inventory#'), ...schemaDescriptions(POLICY_SCHEMA, 'policy#')];
  assert.ok(all.length > 100, `only ${all.length} descriptions found`);
  assert.deepEqual(Object.entries(SCHEMA_DESCRIPTIONS), all);
  assert.equal(SCHEMA_DESCRIPTIONS['inventory#/properties/subprocessors'], 'The sub-processors, one entry each.');
});

test('every location has its French text, with the same code and dates, and a repeated text the same French', () => {
  const problems: string[] = [];
  const frenchOf = new Map<string, string>();
  for (const at of LOCATIONS) {
    const en = SCHEMA_DESCRIPTIONS[at];
    const fr: string = SCHEMA_DESCRIPTIONS_FR[at];
    if (!fr?.trim()) problems.push(`no French at ${at}`);
    // Words in code that are French on purpose: a role (`RSSI` for `CISO`) and a placeholder (`fournisseur:code`).
    const frCode = code(fr)
      .map((c) => (c === 'RSSI' ? 'CISO' : c === 'fournisseur:code' ? 'provider:code' : c))
      .sort();
    if (JSON.stringify(code(en)) !== JSON.stringify(frCode)) problems.push(`code differs at ${at}: ${JSON.stringify(frCode)}`);
    if (dates(en).join() !== dates(fr).join()) problems.push(`dates differ at ${at}`);
    // `describedIn` finds a description by its English text: the same text must read the same everywhere.
    if (frenchOf.has(en) && frenchOf.get(en) !== fr) problems.push(`one English text, two French ones: ${en}`);
    frenchOf.set(en, fr);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(Object.keys(SCHEMA_DESCRIPTIONS_FR), LOCATIONS, 'no French for a location the schemas do not have');
});

test('a French catalogue without one location does not compile', () => {
  const { 'inventory#/properties/subprocessors': dropped, ...rest } = SCHEMA_DESCRIPTIONS_FR;
  // @ts-expect-error `inventory#/properties/subprocessors` is missing
  const incomplete: SchemaCatalog = rest;
  assert.equal(Object.keys(incomplete).length, LOCATIONS.length - 1);
  assert.match(dropped, /^Les sous-traitants ultérieurs/);
});

test('describedIn and describedAt: the English as the schema says it, the French with French spacing', () => {
  assert.match(describedIn('The sub-processors, one entry each.', 'fr'), /^Les sous-traitants ultérieurs/);
  assert.equal(describedIn('The sub-processors, one entry each.', 'en'), 'The sub-processors, one entry each.');
  assert.equal(describedIn('No such description.', 'fr'), 'No such description.');
  assert.equal(describedIn(undefined, 'fr'), undefined);
  const at = LOCATIONS.find((l) => / : /.test(SCHEMA_DESCRIPTIONS_FR[l]))!;
  assert.ok(at, 'a French description with a colon');
  assert.ok(describedAt(at, 'fr').includes('\u00a0:') && !describedAt(at, 'fr').includes(' :'));
  assert.equal(describedAt(at, 'en'), SCHEMA_DESCRIPTIONS[at]);
});

test('hover and completion show the description of the field in each language', () => {
  const text = 'inventory:\n  organization: Acme\nsubprocessors:\n  - id: acme\n    \n';
  const parsed = parseYaml(text);
  const organization = 'inventory#/properties/inventory/properties/organization';
  const key = { line: 1, character: 4 };
  for (const lang of ['en', 'fr'] as const) {
    const h = hover({ kind: 'inventory', parsed, docsBase: 'https://example.com/rules/', lang }, key);
    const shown = typeof h?.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    assert.ok(shown.includes(describedAt(organization, lang)), `${lang} hover: ${shown}`);
    const items = completion({ kind: 'inventory', parsed, lang }, { line: 4, character: 4 }).items;
    const name = items.find((i) => i.label === 'name');
    const doc = typeof name?.documentation === 'object' ? name.documentation.value : name?.documentation;
    assert.equal(doc, describedAt('inventory#/definitions/subprocessorFields/properties/name', lang), `${lang} completion`);
  }
  assert.notEqual(describedAt(organization, 'fr'), describedAt(organization, 'en'));
});
