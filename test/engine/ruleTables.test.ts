/**
 * Every rule has its table test (`server/src/engine/rules/<id>.test.ts`, run by `ruleTester('<id>', ...)`), so the
 * tester's checks (each message in English, one whole French message, fix titles in both languages) reach every rule.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/src/engine';
import { REPO_ROOT } from '../support/lspClient';

const RULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'engine', 'rules');

/** The rule ids whose table file runs `ruleTester` on them. */
function tabled(): Set<string> {
  const ids = fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.test.ts'))
    .flatMap((f) => [...fs.readFileSync(path.join(RULES_DIR, f), 'utf8').matchAll(/\bruleTester\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]));
  return new Set(ids);
}

test('every rule has a table test run by ruleTester', () => {
  const have = tabled();
  assert.ok(RULES.length > 30, 'the rules are found');
  assert.deepEqual(
    RULES.map((r) => r.meta.id).filter((id) => !have.has(id)),
    [],
    'give each of these rules its table test in server/src/engine/rules/<id>.test.ts',
  );
});
