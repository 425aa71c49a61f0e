/**
 * Import under mutation: every real published list (test/fixtures/import/real and the bundled page), mutated
 * by the fuzz mutators (lines deleted, duplicated, swapped, characters inserted, random bytes...), goes
 * through `readPage` and `pageToInventory`. Each run either refuses the page with a `PageReadError` (a message
 * naming its place) or a CSV parse error, or writes YAML that parses and that the schema accepts: never an
 * internal error, never a file the import itself made invalid.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { pageToInventory } from '../../server/src/publish/importPage';
import { PageReadError, readPage } from '../../server/src/publish/readPage';
import { runs } from '../support/long';
import { ROOT } from '../support/runCli';
import { MUTATORS } from './mutators';
import { Prng } from './prng';
import { formatFinding } from '../../server/src/format';

const REAL = path.join(ROOT, 'test/fixtures/import/real');
const PAGES = [
  ...readdirSync(REAL)
    .filter((f) => f !== 'README.md')
    .map((f) => ({ name: f, text: readFileSync(path.join(REAL, f), 'utf8') })),
  { name: 'page.txt', text: readFileSync('/work/shared/published-page/000_0776f4acd557f305.txt', 'utf8') },
];
const NAMES = Object.keys(MUTATORS).filter((m) => m !== 'randomBytes');
const SCHEMA_RULES = new Set(['yaml-syntax', 'duplicate-key', 'unknown-field', 'invalid-value', 'missing-field']);

/** Mutations per page: the first of the seeded sequence in npm test, all of them in npm run test:long (test/support/long.ts). */
const PER_PAGE = runs(50, 120);

test('import under mutation: a clear refusal, or a file the schema accepts; never an internal error', () => {
  const rng = new Prng(20261130);
  let written = 0;
  let refused = 0;
  for (const page of PAGES) {
    const corpus = [page.text];
    for (let i = 0; i < PER_PAGE; i++) {
      let text = page.text;
      const steps: string[] = [];
      for (let n = rng.between(1, 3); n > 0; n--) {
        const name = rng.pick(NAMES);
        text = MUTATORS[name]!(text, rng, corpus);
        steps.push(name);
      }
      const where = `${page.name} after ${steps.join(', ')}`;
      let read;
      try {
        read = readPage(text, page.name);
      } catch (err) {
        const csv = String((err as { code?: unknown }).code ?? '').startsWith('CSV_');
        assert.ok(err instanceof PageReadError || csv, `${where}: ${(err as Error).stack}`);
        refused++;
        continue;
      }
      if (!read.entries.length) continue;
      const { yaml } = pageToInventory(read, { today: '2026-11-30' });
      const bad = lintText(yaml, { today: '2026-11-30' }).findings.filter((f) => SCHEMA_RULES.has(f.ruleId));
      assert.deepEqual(
        bad.map((f) => `${f.ruleId}: ${formatFinding(f, 'en')}`),
        [],
        `${where}: the import wrote a file the schema refuses:\n${yaml}`,
      );
      written++;
    }
  }
  assert.ok(written > (PER_PAGE * PAGES.length) / 6 && refused > 0, `both outcomes are exercised (written ${written}, refused ${refused})`);
});
