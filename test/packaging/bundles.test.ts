/**
 * What the extension host loads stays small: the client bundle holds no engine or server code (the server
 * runs in its own process), and the packaged .vsix stays under 2 MB.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';
import { packVsix } from './artefacts';

/** Strings only the engine, its schemas, the knowledge base or the server carry (string literals survive minification). */
const ENGINE_MARKERS = ['Internal error in rule', 'inventory-shell', 'subprocessorFields', 'is missing the required field', 'St. Ghislain'];

test('dist/client.js contains no engine or server code, and dist/server.js does (so the markers are real)', () => {
  const client = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'client.js'), 'utf8');
  const server = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'server.js'), 'utf8');
  for (const marker of ENGINE_MARKERS) {
    assert.ok(server.includes(marker), `the server bundle should contain ${marker}`);
    assert.ok(!client.includes(marker), `the client bundle must not contain ${marker}`);
  }
});

test('the web bundles load no Node built-in, and only the web server carries the engine', () => {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const name of ['client', 'server']) {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'web', `${name}.js`), 'utf8');
    const required = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    assert.deepEqual(
      required.filter((r) => builtins.has(r)),
      [],
      `dist/web/${name}.js requires Node built-ins`,
    );
    for (const marker of ENGINE_MARKERS) {
      if (name === 'server') assert.ok(text.includes(marker), `the web server bundle should contain ${marker}`);
      else assert.ok(!text.includes(marker), `the web client bundle must not contain ${marker}`);
    }
  }
  // The Node bundle does require built-ins: the check above can see one.
  const nodeServer = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'server.js'), 'utf8');
  assert.match(nodeServer, /require\(["'](node:)?(fs|path)["']\)/);
});

/**
 * A copy of the package as `npm run package` makes it: the files the .vsix takes (.vscodeignore), with the bundles
 * built minified into the copy's dist/ (the repository's dist/, which other tests run, is left as it is).
 */
function packageCopy(dir: string): string {
  const copy = path.join(dir, 'package');
  fs.mkdirSync(copy);
  for (const entry of fs.readdirSync(REPO_ROOT)) {
    if (['node_modules', 'dist', 'server', 'client', 'test', 'bench', 'scripts', '.git'].includes(entry) || entry.endsWith('.vsix'))
      continue;
    fs.cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--minify', '--outdir', path.join(copy, 'dist')], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  return copy;
}

test('the .vsix as `npm run package` makes it (minified bundles) is under 2 MB', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-vsix-'));
  try {
    const out = packVsix(dir, packageCopy(dir));
    const size = fs.statSync(out).size;
    assert.ok(size > 100_000, `suspiciously small: ${size} bytes`);
    assert.ok(size < 2 * 1024 * 1024, `the .vsix is ${(size / 1024 / 1024).toFixed(2)} MB`);
    // The bundles in it are the minified ones (a build without --minify keeps esbuild's "var __create = …" lines).
    const server = execFileSync('unzip', ['-p', out, 'extension/dist/server.js'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(!/\nvar __create = /.test(server), 'the packaged server bundle is not minified');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
