/**
 * Issue 24, attack 7: a committed file named `-oacme.subprocessors.yaml` made the `subproc-check` hook
 * overwrite `acme.subprocessors.yaml` (pre-commit appends the file names to `entry`, and without `--` the
 * first one was read as `-o acme.subprocessors.yaml`). Every hook's entry ends with `--`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { BIN, ROOT } from '../support/runCli';

const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];

for (const hook of hooks) {
  test(`${hook.id}: a file named like an option is a file, and no other file is written`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-hookargs-'));
    try {
      const example = fs.readFileSync(path.join(ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
      fs.writeFileSync(path.join(dir, 'acme.subprocessors.yaml'), example);
      fs.writeFileSync(path.join(dir, '-oacme.subprocessors.yaml'), example);
      assert.match(hook.entry, / --$/, 'the entry ends with --');
      // As pre-commit runs it: the entry's words, then the file names (no shell).
      const [, ...words] = hook.entry.split(/\s+/);
      const r = spawnSync(process.execPath, [BIN, ...words, '-oacme.subprocessors.yaml', 'acme.subprocessors.yaml'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
      });
      const acme = fs.readFileSync(path.join(dir, 'acme.subprocessors.yaml'), 'utf8');
      const dashed = fs.readFileSync(path.join(dir, '-oacme.subprocessors.yaml'), 'utf8');
      // The check hook writes nothing; the fix hook fixes both files in place, alike: no report lands in either.
      if (!hook.entry.includes('--fix')) assert.ok(acme === example, 'acme.subprocessors.yaml is intact');
      assert.ok(acme === dashed, 'both files were treated as inventories, alike');
      assert.ok(acme.startsWith(example.split('\n')[0]!) && !/problems \(/.test(acme), 'no report was written over an inventory');
      assert.match(r.stdout, /^-oacme\.subprocessors\.yaml$/m, r.stderr);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['-oacme.subprocessors.yaml', 'acme.subprocessors.yaml']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
