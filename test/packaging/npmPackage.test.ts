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

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

describe('the npm package', () => {
  let dir: string;
  let tarball: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-pack-'));
    // `npm test` has just built dist/; the prepack script (a minified build) is not run here so that it cannot
    // rewrite dist/ under other tests.
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const info = JSON.parse(out)[0];
    tarball = path.join(dir, info.filename);
    files = info.files.map((f: { path: string }) => f.path).sort();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is publishable, builds on pack and on a git install, and has no runtime dependency', () => {
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.name, 'subprocessor-inventory');
    assert.deepEqual(pkg.bin, { subproc: 'dist/subproc.js', 'subprocessor-language-server': 'dist/server.js' });
    assert.match(pkg.scripts.prepack, /scripts\/build\.mjs/);
    assert.match(pkg.scripts.prepare, /scripts\/build\.mjs/);
    assert.equal(pkg.dependencies, undefined, 'the bundles hold every library');
  });

  test("ships the bundles, schemas, rule pages, README, LICENSE and licence notices (and the extension's grammars and icon: one `files` list serves npm and vsce), nothing else, under 2 MB (the web worker server included)", () => {
    const unexpected = files.filter(
      (f) =>
        !/^(package\.json|README\.md|LICENSE|dist\/(client|server|subproc)\.js|dist\/web\/(client|server)\.js|dist\/THIRD-PARTY-NOTICES\.md|schemas\/[a-z-]+\.schema\.json|syntaxes\/[a-z-]+\.tmLanguage\.json|language-configuration\.json|images\/icon\.png|docs\/(README|policy)\.md|docs\/rules\/(fr\/)?([a-z0-9-]+|README)\.md|package\.nls(\.fr)?\.json|l10n\/bundle\.l10n\.fr\.json|docs\/walkthrough\/[a-z]+\.md|CHANGELOG\.md)$/.test(
          f,
        ),
    );
    assert.deepEqual(unexpected, []);
    for (const required of [
      'dist/subproc.js',
      'dist/server.js',
      'dist/THIRD-PARTY-NOTICES.md',
      'schemas/inventory.schema.json',
      'LICENSE',
      'README.md',
    ]) {
      assert.ok(files.includes(required), required);
    }
    const size = fs.statSync(tarball).size;
    // 1.5 MB before the web worker server (dist/web/server.js) joined; unminified here (prepack minifies).
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
