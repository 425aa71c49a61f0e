/**
 * The npm package installs and runs on a machine that never saw this repository: packed as `npm publish`
 * would, installed from the tarball into an empty folder (offline: it has no runtime dependency, the
 * libraries are bundled into dist/), then `npx subproc --version` and `npx subproc check` run there.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';
import { packNpm } from './artefacts';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

describe('the npm package', () => {
  let dir: string;
  let tarball: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-pack-'));
    // `npm test` has just built dist/ (unminified); no script runs here, so that none can rewrite dist/ under other
    // tests (test/packaging/minified.test.ts checks the published bundles are minified).
    ({ tarball, files } = packNpm(dir));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is publishable, builds minified before publishing, runs no script on install or pack, and has no runtime dependency', () => {
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.name, 'subprocessor-inventory');
    assert.deepEqual(pkg.bin, { subproc: 'dist/subproc.js', 'subprocessor-language-server': 'dist/server.js' });
    // pre-commit and git installs pack a clone without its devDependencies: a prepare or prepack build would fail
    // there (no esbuild), and its banner on stdout would be taken for the tarball's name. npm publish builds first.
    for (const script of ['prepare', 'prepack', 'preinstall', 'install', 'postinstall', 'postpack'])
      assert.equal(pkg.scripts[script], undefined, script);
    assert.equal(pkg.scripts.prepublishOnly, 'node scripts/build.mjs --minify');
    assert.match(pkg.scripts['package:npm'], /^node scripts\/build\.mjs --minify && npm pack$/);
    assert.equal(pkg.files, undefined, 'vsce refuses `files` beside .vscodeignore: the npm side is .npmignore');
    assert.equal(pkg.dependencies, undefined, 'the bundles hold every library');
  });

  test('allowScripts decides every install script of the dependencies, so that installs print no warning', () => {
    const withScripts: string[] = [];
    const walk = (dir: string) => {
      for (const name of fs.readdirSync(dir)) {
        if (name.startsWith('.')) continue;
        const sub = path.join(dir, name);
        if (name.startsWith('@')) {
          walk(sub);
          continue;
        }
        const manifest = path.join(sub, 'package.json');
        if (!fs.existsSync(manifest)) continue;
        const m = JSON.parse(fs.readFileSync(manifest, 'utf8'));
        if (['preinstall', 'install', 'postinstall'].some((s) => m.scripts?.[s])) withScripts.push(m.name);
        if (fs.existsSync(path.join(sub, 'node_modules'))) walk(path.join(sub, 'node_modules'));
      }
    };
    walk(path.join(REPO_ROOT, 'node_modules'));
    assert.ok(withScripts.length > 0);
    assert.deepEqual(Object.keys(pkg.allowScripts).sort(), [...new Set(withScripts)].sort());
    // esbuild checks its platform binary; vsce-sign's would fetch a signing tool we never use (we do not sign).
    assert.deepEqual(pkg.allowScripts, { esbuild: true, '@vscode/vsce-sign': false });
  });

  test('ships the command line, the language server, schemas, rule pages, README, LICENSE, changelog and licence notices, and nothing of the VS Code extension', () => {
    const unexpected = files.filter(
      (f) =>
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/(server|subproc)\.js|dist\/THIRD-PARTY-NOTICES\.md|schemas\/[a-z-]+\.schema\.json|docs\/(README|policy)\.md|docs\/rules\/(fr\/)?([a-z0-9-]+|README)\.md|images\/screenshots\/[a-z0-9-]+\.png)$/.test(
          f,
        ),
    );
    assert.deepEqual(unexpected, []);
    for (const extensionOnly of ['dist/client.js', 'dist/web/client.js', 'dist/web/server.js', 'images/icon.png', 'package.nls.json'])
      assert.ok(!files.includes(extensionOnly), extensionOnly);
    for (const required of [
      'dist/subproc.js',
      'dist/server.js',
      'dist/THIRD-PARTY-NOTICES.md',
      'schemas/inventory.schema.json',
      'LICENSE',
      'README.md',
      'docs/rules/missing-field.md',
      'docs/rules/fr/missing-field.md',
    ]) {
      assert.ok(files.includes(required), required);
    }
    const size = fs.statSync(tarball).size;
    // Unminified here (`npm test`'s build; publishing builds minified).
    assert.ok(size < 2 * 1024 * 1024, `${(size / 1024 / 1024).toFixed(2)} MB`);
    const notices = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const lib of ['yaml', 'ajv', 'vscode-languageserver', 'csv-parse']) assert.match(notices, new RegExp(`^## ${lib} \\d`, 'm'));
  });

  test('installs from the tarball into an empty folder and runs: --version, check', () => {
    const project = path.join(dir, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "someone-else", "version": "1.0.0", "private": true }\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], { cwd: project, stdio: 'pipe' });
    const version = spawnSync('npx', ['--no-install', 'subproc', '--version'], { cwd: project, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
    fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), path.join(project, 'subprocessors.yaml'));
    const check = spawnSync('npx', ['--no-install', 'subproc', 'check', '--today', '2026-11-26', 'subprocessors.yaml'], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(check.status, 0, check.stderr); // warnings and infos only
    assert.match(check.stdout, /25 problems \(0 errors, 13 warnings, 12 info\)/);
    // The installed package is the language server too.
    assert.ok(fs.existsSync(path.join(project, 'node_modules', '.bin', 'subprocessor-language-server')));
  });
});
