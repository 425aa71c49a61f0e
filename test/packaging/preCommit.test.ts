/**
 * The pre-commit hooks' file names the published package at this version. Installing the hooks with pre-commit
 * itself is preCommit.long.test.ts (`npm run test:long`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/lspClient';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

test('the hooks name the published package at this version, and end their entries with --', () => {
  const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    additional_dependencies: string[];
  }[];
  for (const hook of hooks) {
    assert.equal(hook.language, 'node', hook.id);
    assert.deepEqual(hook.additional_dependencies, [`subproc-cli@npm:${pkg.name}@${pkg.version}`], hook.id);
    assert.match(hook.entry, /^subproc check( --fix)? --$/, hook.id);
  }
});
