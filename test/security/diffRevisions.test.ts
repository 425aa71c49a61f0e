/**
 * Round three, attack 4: `diff REV:path NEW` reads REV:path from git, never from a file of that literal name
 * (which a commit could add to make the notice say that nothing changed), and says which source it read.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { entry, inventory } from '../support/ruleTester';
import { cli } from '../support/runCli';

describe('attack 4: a file named like a revision', () => {
  let dir: string;
  const v1 = inventory({ entries: [entry()] });
  const v2 = inventory({ entries: [entry(), entry({ id: 'newco', name: 'NewCo' })] });
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-rev-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir });
    git('init', '-q');
    fs.writeFileSync(path.join(dir, 'subprocessors.yaml'), v1);
    git('add', '.');
    git('commit', '-qm', 'v1');
    fs.writeFileSync(path.join(dir, 'subprocessors.yaml'), v2);
    git('add', '.');
    git('commit', '-qm', 'v2 adds a vendor');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('without such a file: read from git, and the run says so', async () => {
    const r = await cli(['diff', '--format', 'json', 'HEAD~1:subprocessors.yaml', 'subprocessors.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).added.map((e: { id: string }) => e.id),
      ['newco'],
    );
    assert.equal(r.stderr, 'subproc: read HEAD~1:subprocessors.yaml from git; read subprocessors.yaml from the file on disk\n');
  });

  test('with a file of that literal name: refused, never read in place of the revision', async () => {
    fs.writeFileSync(path.join(dir, 'HEAD~1:subprocessors.yaml'), v2);
    try {
      const r = await cli(['diff', 'HEAD~1:subprocessors.yaml', 'subprocessors.yaml', '--exit-code'], dir);
      assert.equal(r.code, 2, r.stdout);
      assert.doesNotMatch(r.stdout, /No sub-processor was added/);
      assert.match(
        r.stderr,
        /^subproc: HEAD~1:subprocessors\.yaml is ambiguous: git reads it as a revision and a path, and a file of that very name exists/,
      );
    } finally {
      fs.rmSync(path.join(dir, 'HEAD~1:subprocessors.yaml'));
    }
  });
});
