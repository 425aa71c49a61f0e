/**
 * Round three, attacks 5 and 6: every file `subproc` writes is written atomically (a temporary file in the same
 * folder, flushed, renamed) and confined: `-o` never follows a symbolic link, never blocks on a FIFO, never
 * overwrites an input; `--fix` never writes through a link, never leaves a truncated file, never loses an edit
 * saved while it ran.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { entry, inventory } from '../support/ruleTester';
import { BIN, cli } from '../support/runCli';

const TODAY = ['--today', '2026-11-26'];
/** An inventory `--fix` changes: a misspelt certification id is re-filed by a safe fix. */
const FIXABLE = inventory({ entries: [entry({ certifications: '[ISO 27001, soc2-type2]' })] });

function tmpDir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-write-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('attack 5: -o and --fix confined', () => {
  let dir: string;
  let outside: string;
  before(() => {
    dir = tmpDir({ 'subprocessors.yaml': inventory({ entries: [entry()] }), 'fix.subprocessors.yaml': FIXABLE });
    outside = tmpDir({ 'victim.txt': 'precious\n', 'target.subprocessors.yaml': FIXABLE });
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('-o onto a committed symlink is refused and the file it points to is untouched', async () => {
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'subproc.sarif'));
    for (const command of [
      ['check', ...TODAY, '--format', 'sarif', '-o', 'subproc.sarif', 'subprocessors.yaml'],
      ['render', '-o', 'subproc.sarif', 'subprocessors.yaml'],
      ['diff', '-o', 'subproc.sarif', 'subprocessors.yaml', 'subprocessors.yaml'],
    ]) {
      const r = await cli(command, dir);
      assert.equal(r.code, 2, command.join(' '));
      assert.match(r.stderr, /will not write subproc\.sarif: it is a symbolic link/);
      assert.equal(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8'), 'precious\n');
      assert.ok(fs.lstatSync(path.join(dir, 'subproc.sarif')).isSymbolicLink());
    }
    // A linked folder on the way is a link too.
    fs.symlinkSync(outside, path.join(dir, 'reports'));
    const r = await cli(['check', ...TODAY, '-o', 'reports/victim.txt', 'subprocessors.yaml'], dir);
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8'), 'precious\n');
  });

  test('check -o X X keeps the inventory; so does another spelling of it or a hard link', async () => {
    const before = fs.readFileSync(path.join(dir, 'subprocessors.yaml'), 'utf8');
    fs.linkSync(path.join(dir, 'subprocessors.yaml'), path.join(dir, 'hardlink.txt'));
    for (const out of ['subprocessors.yaml', './subprocessors.yaml', path.join(dir, 'subprocessors.yaml'), 'hardlink.txt']) {
      const r = await cli(['check', ...TODAY, '-o', out, 'subprocessors.yaml'], dir);
      assert.equal(r.code, 2, out);
      assert.match(r.stderr, /it is also an input of this command/);
      assert.equal(fs.readFileSync(path.join(dir, 'subprocessors.yaml'), 'utf8'), before);
    }
    const render = await cli(['render', '-o', 'subprocessors.yaml', 'subprocessors.yaml'], dir);
    assert.equal(render.code, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'subprocessors.yaml'), 'utf8'), before);
  });

  test('-o onto a FIFO is refused at once instead of blocking', { timeout: 10_000 }, async () => {
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const started = Date.now();
    const r = await cli(['check', ...TODAY, '-o', 'fifo', 'subprocessors.yaml'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /will not write fifo: it is not a regular file/);
    assert.ok(Date.now() - started < 5000);
  });

  test('-o creates missing parent folders', async () => {
    const r = await cli(['check', ...TODAY, '--format', 'json', '-o', 'out/nested/report.json', 'subprocessors.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(Array.isArray(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'nested', 'report.json'), 'utf8'))));
  });

  test('--fix on a symlinked inventory is refused; the target outside is untouched', async () => {
    const target = path.join(outside, 'target.subprocessors.yaml');
    fs.symlinkSync(target, path.join(dir, 'linked.subprocessors.yaml'));
    const r = await cli(['check', '--fix', ...TODAY, 'linked.subprocessors.yaml'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /will not write linked\.subprocessors\.yaml: it is a symbolic link/);
    assert.equal(fs.readFileSync(target, 'utf8'), FIXABLE);
    // A regular file is still fixed.
    const ok = await cli(['check', '--fix', ...TODAY, 'fix.subprocessors.yaml'], dir);
    assert.match(ok.stderr, /safe fix(es)? applied/);
    assert.notEqual(fs.readFileSync(path.join(dir, 'fix.subprocessors.yaml'), 'utf8'), FIXABLE);
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file is left',
    );
  });
});

describe('attack 6: --fix writes atomically', () => {
  let dir: string;
  before(() => (dir = tmpDir()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a write that fails (file size limit) leaves the inventory whole', async () => {
    // 40 fixable entries (about 20 KB), under a file size limit of 8 KB: the write fails half-way.
    const big = inventory({
      entries: Array.from({ length: 40 }, (_, i) => entry({ id: `e${i}`, certifications: '[ISO 27001, soc2-type2]' })),
    });
    assert.ok(big.length > 16 * 1024);
    const file = path.join(dir, 'big.subprocessors.yaml');
    fs.writeFileSync(file, big);
    const script = `ulimit -f 8; exec "$0" "$1" check --fix --today 2026-11-26 big.subprocessors.yaml`;
    await new Promise<void>((resolve) => execFile('bash', ['-c', script, process.execPath, BIN], { cwd: dir }, () => resolve()));
    assert.equal(fs.readFileSync(file, 'utf8'), big, 'the inventory is as it was');
  });

  test('an edit saved while --fix runs is not lost: the write is refused', async () => {
    const file = path.join(dir, 'race.subprocessors.yaml');
    fs.writeFileSync(file, FIXABLE);
    const edited = FIXABLE.replace('purpose: Hosting', 'purpose: Hosting and backups');
    // The user saves an edit after `--fix` has read the file, before it writes: at its next read of the file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fsp = require('node:fs/promises') as typeof import('node:fs/promises');
    const readFile = fsp.readFile;
    let saved = false;
    fsp.readFile = (async (...args: Parameters<typeof readFile>) => {
      if (!saved && path.resolve(String(args[0])) === file) {
        saved = true;
        fs.writeFileSync(file, edited);
      }
      return readFile(...args);
    }) as typeof readFile;
    let r;
    try {
      r = await cli(['check', '--fix', ...TODAY, 'race.subprocessors.yaml'], dir);
    } finally {
      fsp.readFile = readFile;
    }
    assert.ok(saved, 'the edit was saved during the run');
    assert.equal(fs.readFileSync(file, 'utf8'), edited, 'the edit is kept');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /did not write race\.subprocessors\.yaml: it changed while it was being fixed/);
  });
});
