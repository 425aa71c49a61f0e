/**
 * The published npm package holds minified bundles. `npm publish` runs `prepublishOnly` (the minified build) and
 * then packs; the test does the same in a copy of the working tree (so that dist/ under the other tests is never
 * rewritten), extracts the tarball and reads every bundle in it. It first packs an unminified build of the same copy
 * and sees the check fail there, so the check can tell one from the other.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';
import { manifest, packNpm } from './artefacts';

/**
 * Why a bundle does not look minified (nothing: it does). esbuild's unminified output has a `// <path>` comment
 * before each module's code and short lines; its minified output has neither (its lines run to thousands of
 * characters, broken only inside template literals, such as the help texts).
 */
function notMinified(text: string): string[] {
  const reasons: string[] = [];
  const lines = text.split('\n');
  const average = text.length / lines.length;
  if (average < 500) reasons.push(`${lines.length} lines of ${Math.round(average)} characters on average`);
  const moduleComments = lines.filter((l) => /^\/\/ (server|client|node_modules)\//.test(l)).length;
  if (moduleComments > 0) reasons.push(`${moduleComments} "// <module path>" comments`);
  return reasons;
}

/** The JavaScript files of a tarball, by path in the package, with their text. */
function bundlesIn(tarball: string, into: string): Map<string, string> {
  fs.mkdirSync(into);
  execFileSync('tar', ['-xzf', tarball, '-C', into]);
  const root = path.join(into, 'package');
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(c|m)?js$/.test(entry.name)) found.set(path.relative(root, file), fs.readFileSync(file, 'utf8'));
    }
  };
  walk(root);
  return found;
}

describe('the published npm package', () => {
  let dir: string;
  let copy: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-minified-'));
    copy = path.join(dir, 'copy');
    // The working tree as git sees it (committed and new files, not the ignored ones), with its node_modules.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((f) => f && fs.existsSync(path.join(REPO_ROOT, f)));
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
      fs.copyFileSync(path.join(REPO_ROOT, f), path.join(copy, f));
    }
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the check sees an unminified build', () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: copy, stdio: 'pipe' });
    const { tarball } = packNpm(dir, copy);
    const bundles = bundlesIn(tarball, path.join(dir, 'unminified'));
    assert.deepEqual([...bundles.keys()].sort(), ['dist/server.js', 'dist/subproc.js']);
    for (const [file, text] of bundles) assert.notDeepEqual(notMinified(text), [], `${file} passes for minified`);
    fs.rmSync(tarball);
  });

  test('is minified: every bundle in the tarball that prepublishOnly then pack make', () => {
    assert.equal(manifest.scripts.prepublishOnly, 'node scripts/build.mjs --minify');
    execFileSync('npm', ['run', '--silent', 'prepublishOnly'], { cwd: copy, stdio: 'pipe' });
    const { tarball } = packNpm(dir, copy);
    const bundles = bundlesIn(tarball, path.join(dir, 'published'));
    assert.deepEqual([...bundles.keys()].sort(), ['dist/server.js', 'dist/subproc.js']);
    for (const [file, text] of bundles) assert.deepEqual(notMinified(text), [], file);
    // Still the command line: the minified bundle runs.
    const version = execFileSync(process.execPath, [path.join(dir, 'published', 'package', 'dist', 'subproc.js'), '--version'], {
      encoding: 'utf8',
    });
    assert.equal(version.trim(), manifest.version);
  });
});
