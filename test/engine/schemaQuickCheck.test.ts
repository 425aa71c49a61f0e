/**
 * The quick schema check of an entry (`server/src/engine/schemaQuickCheck.ts`) against ajv: a `true` is never an
 * entry ajv finds an error in. On every entry of the fixtures, the example, the rule pages' examples and a seeded
 * sample of generated inventories, as they are and with each field (and each field of a nested mapping) removed
 * or replaced by values of every kind; the unchanged entries ajv finds valid must nearly all be taken quickly.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateInventory } from '../../bench/generate';
import { lintText } from '../../server/src/engine/lint';
import { ajvEntryValid, quickEntryValid, validateEntry } from '../../server/src/engine/schemaValidation';
import { QuickSchema } from '../../server/src/engine/schemaQuickCheck';
import { loadCorpus } from '../fuzz/harness';
import { Prng } from '../fuzz/prng';
import { subsetInventory } from '../fuzz/subsetGen';
import { ruleExamples } from '../support/ruleExamples';

const TODAY = '2026-01-15';

/** The values `validateEntry` checks: each entry with what it inherits, or as written. */
function entryValues(text: string): unknown[] {
  const { model } = lintText(text, { today: TODAY });
  const raw = model.value && Array.isArray(model.value.subprocessors) ? model.value.subprocessors : [];
  return model.entries.map((e) => (e.own ? e.effective : raw[e.index]));
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  5,
  -1,
  1.5,
  400,
  true,
  '',
  'x',
  'unknown',
  'Unknown',
  '2026-02-30',
  '2026-01-15',
  'not a url',
  'https://example.com/a',
  'a@b.co',
  'US',
  'zz',
  ['US', 'US'],
  [],
  ['unknown'],
  [{}],
  {},
  { id: 'soc2-type2' },
  '\ud83d\ude00',
];

/** The value with one field (or one field of a nested mapping, or one item of a list) replaced or removed. */
function* mutations(value: unknown): Generator<unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const entry = value as Record<string, unknown>;
  for (const key of [...Object.keys(entry), 'extraField']) {
    for (const r of REPLACEMENTS) yield { ...entry, [key]: r };
    const inner = entry[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const k of [...Object.keys(inner), 'extraField'])
        for (const r of REPLACEMENTS) yield { ...entry, [key]: { ...(inner as object), [k]: r } };
    } else if (Array.isArray(inner) && inner.length) {
      for (const r of REPLACEMENTS) yield { ...entry, [key]: [...inner.slice(1), r] };
      yield { ...entry, [key]: [...inner, inner[0]] };
    }
  }
}

describe('the quick schema check of an entry agrees with ajv', () => {
  const rng = new Prng(2027);
  const texts = [
    ...loadCorpus(),
    ...ruleExamples(),
    ...Array.from({ length: 8 }, () => subsetInventory(rng)),
    generateInventory({ entries: 60, seed: 3, findingRate: 0.3 }),
    generateInventory({ entries: 60, seed: 4 }),
  ];

  test('a quick yes is never an entry ajv finds an error in (entries as written and mutated)', () => {
    let quick = 0;
    let checked = 0;
    let validAsWritten = 0;
    let quickAsWritten = 0;
    for (const text of texts) {
      for (const value of entryValues(text)) {
        const valid = ajvEntryValid(value);
        const fast = quickEntryValid(value);
        if (fast) assert.ok(valid, `quick yes, ajv errors: ${JSON.stringify(value)}`);
        if (valid) validAsWritten++;
        if (fast) quickAsWritten++;
        for (const m of mutations(value)) {
          checked++;
          if (!quickEntryValid(m)) continue;
          quick++;
          assert.ok(ajvEntryValid(m), `quick yes, ajv errors: ${JSON.stringify(m)}`);
        }
      }
    }
    assert.ok(validAsWritten > 300, `${validAsWritten} valid entries`);
    // The common case is taken: nearly every entry ajv finds valid is found valid quickly.
    assert.ok(quickAsWritten >= validAsWritten * 0.95, `${quickAsWritten} of ${validAsWritten} valid entries taken quickly`);
    assert.ok(checked > 50_000 && quick > checked / 10, `${quick} of ${checked} mutated entries taken quickly`);
  });

  test('an entry taken quickly gets no issue, as ajv would give none', () => {
    const text = generateInventory({ entries: 30, seed: 5 });
    const { model } = lintText(text, { today: TODAY });
    const taken = model.entries.filter((e) => quickEntryValid(e.own ? e.effective : undefined));
    assert.ok(taken.length > 20, `${taken.length} entries taken`);
    for (const e of taken) assert.deepEqual(validateEntry(model, e), []);
  });

  test('what it does not know is left to ajv: another keyword, an `if` other than a type, a format it cannot test', () => {
    const never = (schema: object, value: unknown) => new QuickSchema({}, () => undefined).compile(schema)(value);
    assert.equal(never({ type: 'string', maxLength: 3 }, 'ab'), false);
    assert.equal(never({ if: { const: 'a' }, then: { const: 'a' } }, 'a'), false);
    assert.equal(never({ type: 'string', format: 'date' }, '2026-01-01'), false);
    assert.equal(never({ type: 'string', format: 'date' }, 5), false);
    // What it knows: a format only applies to text, `minLength` counts code points, `if: type` chooses `then`.
    const known = (schema: object, value: unknown) => new QuickSchema({}, () => true).compile(schema)(value);
    assert.equal(known({ format: 'date' }, 5), true);
    assert.equal(known({ type: 'string', minLength: 2 }, '\ud83d\ude00'), false);
    assert.equal(known({ type: 'string', minLength: 2 }, '\ud83d\ude00a'), true);
    assert.equal(known({ type: ['string', 'array'], if: { type: 'string' }, then: { const: 'unknown' } }, 'x'), false);
    assert.equal(known({ type: ['string', 'array'], if: { type: 'string' }, then: { const: 'unknown' } }, ['x']), true);
    assert.equal(known({ type: 'object', required: ['a'] }, { a: undefined }), false);
    assert.equal(known({ type: 'integer' }, 1.5), false);
    assert.equal(known({ type: 'number' }, Infinity), false);
    assert.equal(known({ type: 'array', uniqueItems: true }, ['a', 'a']), false);
  });
});
