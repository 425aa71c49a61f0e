/**
 * The CLI on bad input: missing and unreadable files, a folder of thousands of files, symbolic-link loops
 * and links out of the tree, files that are not UTF-8. Each gives a clear one-line error (exit code 2) or
 * a bounded walk, and never a stack trace. Runs the bundled `dist/subproc.js` as users do.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const CLI = path.join(REPO_ROOT, 'dist', 'subproc.js');
const VALID = 'inventory:\n  organization: A\n  contact: a@example.com\n  lastUpdated: 2025-01-01\nsubprocessors: []\n';

function run(args: string[], cwd: string) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'check', '--today', '2026-01-15', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function assertOneLineError(r: ReturnType<typeof run>, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace');
}

describe('CLI: bad input', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-bad-'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a missing file: one line naming it, exit 2', () => {
    assertOneLineError(
      run(['nope.subprocessors.yaml'], dir),
      /^subproc: cannot read nope\.subprocessors\.yaml: no such file or directory$/m,
    );
  });

  test('a dangling symbolic link: one line naming it, exit 2', () => {
    fs.symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'dangling.subprocessors.yaml'));
    assertOneLineError(run(['dangling.subprocessors.yaml'], dir), /cannot read dangling\.subprocessors\.yaml: no such file or directory/);
  });

  test('an unreadable file: one line naming it, exit 2', (t) => {
    const file = path.join(dir, 'locked.subprocessors.yaml');
    fs.writeFileSync(file, VALID);
    fs.chmodSync(file, 0o000);
    let readable = true;
    try {
      fs.readFileSync(file);
    } catch {
      readable = false;
    }
    if (readable) {
      // Running as root, where mode 000 does not stop reading: a FIFO is a path that is not a regular file.
      t.diagnostic('running as root: a named pipe stands in for an unreadable file');
      fs.rmSync(file);
      spawnSync('mkfifo', [file]);
      assertOneLineError(run(['locked.subprocessors.yaml'], dir), /cannot read locked\.subprocessors\.yaml: not a regular file/);
    } else {
      assertOneLineError(run(['locked.subprocessors.yaml'], dir), /cannot read locked\.subprocessors\.yaml: permission denied/);
    }
    fs.rmSync(file, { force: true });
  });

  test('a file that is not UTF-8: one line naming the file and the line, exit 2', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'latin1-'));
    fs.writeFileSync(
      path.join(sub, 'subprocessors.yaml'),
      Buffer.concat([
        Buffer.from('inventory:\n  organization: '),
        Buffer.from([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]),
        Buffer.from('\n'),
      ]),
    );
    const r = run(['.'], sub);
    assertOneLineError(r, /^subproc: cannot read subprocessors\.yaml: not valid UTF-8 \(line 2\); save it as UTF-8$/m);
    assert.equal(r.stdout, '');
  });

  test('a UTF-8 byte order mark is accepted', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'bom-'));
    fs.writeFileSync(path.join(sub, 'subprocessors.yaml'), `\ufeff${VALID}`);
    const r = run(['.'], sub);
    assert.equal(r.code, 0, r.stderr + r.stdout);
  });

  test('a folder of 3,000 files in 30 folders is walked in bounded time; only the inventories are checked', (t) => {
    const big = fs.mkdtempSync(path.join(dir, 'many-'));
    for (let d = 0; d < 30; d++) {
      const sub = path.join(big, `team-${d}`);
      fs.mkdirSync(sub);
      for (let f = 0; f < 100; f++)
        fs.writeFileSync(path.join(sub, f === 0 ? `t${d}.subprocessors.yaml` : `file-${f}.yaml`), f === 0 ? VALID : 'x: 1\n');
    }
    const r = run(['--format', 'json', '.'], big);
    t.diagnostic(`3,000 files: ${r.ms} ms`);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).length, 30);
    assert.ok(r.ms < 30_000, `${r.ms} ms`);
  });

  test('symbolic-link loops are not followed round, and links out of the tree are not followed', () => {
    const tree = fs.mkdtempSync(path.join(dir, 'links-'));
    const outside = fs.mkdtempSync(path.join(dir, 'outside-'));
    fs.writeFileSync(path.join(outside, 'subprocessors.yaml'), 'not: checked\n');
    fs.mkdirSync(path.join(tree, 'a'));
    fs.mkdirSync(path.join(tree, 'b'));
    fs.writeFileSync(path.join(tree, 'a', 'subprocessors.yaml'), VALID);
    fs.symlinkSync(path.join(tree, 'b'), path.join(tree, 'a', 'to-b'));
    fs.symlinkSync(path.join(tree, 'a'), path.join(tree, 'b', 'to-a'));
    fs.symlinkSync(tree, path.join(tree, 'a', 'self'));
    fs.symlinkSync(outside, path.join(tree, 'out'));
    const r = run(['--format', 'json', '.'], tree);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).map((f: { file: string }) => f.file),
      [path.join('a', 'subprocessors.yaml')],
    );
  });

  test('output into a pipe closed early (`subproc check | head -1`): no EPIPE stack trace', async () => {
    const many = fs.mkdtempSync(path.join(dir, 'pipe-'));
    const example = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(many, `t${i}.subprocessors.yaml`), example);
    for (const args of [
      ['check', '--format', 'sarif', '.'],
      ['check', '.'],
      ['render', 't0.subprocessors.yaml', '--format', 'html'],
    ]) {
      const child = spawn(process.execPath, [CLI, ...args, '--today', '2026-01-15'], { cwd: many, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // Read one chunk, then close the pipe as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(stderr, '', args.join(' '));
      assert.notEqual(code, null, args.join(' '));
    }
  });
});
