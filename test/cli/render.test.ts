import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bin, cli } from '../support/runCli';

test('render: Markdown and HTML of the example, in English and French', async () => {
  const md = await cli(['render', 'examples/subprocessors.yaml', '--today', '2026-01-01']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^# Who we work with\n/);
  assert.match(md.stdout, /^- \*\*Data Location:\*\* US \(with EU data processing\)$/m);
  const fr = await cli(['render', 'examples/subprocessors.yaml', '--format', 'html', '--lang', 'fr']);
  assert.equal(fr.code, 0, fr.stderr);
  assert.match(fr.stdout, /<html lang="fr">/);
  assert.match(fr.stdout, /Mis à jour\u00a0: août 2025/);
});

test('render -o writes the page to a file (bundled binary)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-render-'));
  const out = path.join(dir, 'page.html');
  const r = await bin(['render', 'examples/subprocessors.yaml', '--format', 'html', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
});

test('render: bad input and bad usage exit 2 with one line naming the file', async () => {
  const cases: [string[], RegExp][] = [
    [['render', 'test/fixtures/cli/nope.subprocessors.yaml'], /nope\.subprocessors\.yaml: no such file/],
    [['render', 'test/fixtures/cli/broken.subprocessors.yaml'], /broken\.subprocessors\.yaml is not valid YAML \(line \d+, column \d+\)/],
    [['render', 'test/fixtures/cli/empty.subprocessors.yaml'], /empty\.subprocessors\.yaml is empty/],
    [['render', 'examples/subprocessors.yaml', '--format', 'pdf'], /unknown format "pdf"/],
    [['render', 'examples/subprocessors.yaml', '--lang', 'de'], /unknown language "de"/],
    [['render'], /one inventory file/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.match(r.stderr, /^subproc: /);
  }
  const missing = await cli(['render', 'nope.yaml']);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
});

test('render, diff, import: a file that is not UTF-8, or YAML that is no inventory, is refused (exit 2, one line), not used', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-input-'));
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  writeFileSync(
    path.join(dir, 'latin1.subprocessors.yaml'),
    latin1('inventory:\n  organization: Société\n  contact: a@b.co\n  lastUpdated: 2025-08-01\nsubprocessors: []\n'),
  );
  writeFileSync(
    path.join(dir, 'ok.subprocessors.yaml'),
    '\ufeffinventory:\n  organization: A\n  contact: a@b.co\n  lastUpdated: 2025-08-01\nsubprocessors: []\n',
  );
  writeFileSync(
    path.join(dir, 'latin1.csv'),
    latin1(
      'Name,Entity,Purpose,Data Location,Personal Data,Certifications,Service Authentication,Administration Authentication,Service Access Control,Administration Access Control,Criticality\nSociété Générale,SG,Banking,France,Yes,None,API keys,SSO,RBAC,RBAC,Low\n',
    ),
  );
  writeFileSync(path.join(dir, 'subprocessor-policy.yaml'), 'residency: eea\n');
  writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n');
  const cases: [string[], RegExp][] = [
    [
      ['render', 'latin1.subprocessors.yaml'],
      /^subproc: cannot read latin1\.subprocessors\.yaml: not valid UTF-8 \(line 2\); save it as UTF-8\n$/,
    ],
    [
      ['diff', 'latin1.subprocessors.yaml', 'ok.subprocessors.yaml'],
      /^subproc: cannot read latin1\.subprocessors\.yaml: not valid UTF-8 \(line 2\)/,
    ],
    [['import', 'latin1.csv'], /^subproc: cannot read latin1\.csv: not valid UTF-8 \(line 2\); save it as UTF-8\n$/],
    [['render', 'compose.yaml'], /^subproc: compose\.yaml is not an inventory: expected a mapping with `inventory` and `subprocessors`\n$/],
    [['render', 'subprocessor-policy.yaml'], /subprocessor-policy\.yaml is not an inventory/],
    [['diff', 'compose.yaml', 'ok.subprocessors.yaml'], /compose\.yaml is not an inventory/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args, dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '', args.join(' '));
  }
  // A byte order mark is no problem, and an inventory still being written (no `subprocessors:` yet) renders.
  assert.equal((await cli(['render', 'ok.subprocessors.yaml'], dir)).code, 0);
  writeFileSync(path.join(dir, 'new.subprocessors.yaml'), 'inventory:\n  organization: A\n  contact: a@b.co\n  lastUpdated: 2025-08-01\n');
  assert.equal((await cli(['render', 'new.subprocessors.yaml'], dir)).code, 0);
});

test('render refuses a file that still holds a placeholder, naming its place, in English and French', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-render-'));
  const clean = readFileSync('test/fixtures/cli/clean.subprocessors.yaml', 'utf8');
  writeFileSync(path.join(dir, 'p.subprocessors.yaml'), clean.replace('entity: Scaleway SAS', 'entity: "<entity>"'));
  const r = await cli(['render', 'p.subprocessors.yaml'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '', 'nothing is published');
  assert.match(r.stderr, /p\.subprocessors\.yaml still holds a placeholder \(line 11, column 13: `entity` is <entity>\): replace it/);
  const fr = await cli(['render', 'p.subprocessors.yaml', '--lang', 'fr', '--format', 'html'], dir);
  assert.equal(fr.code, 2);
  assert.match(
    fr.stderr,
    /p\.subprocessors\.yaml contient encore une valeur à compléter \(ligne 11, colonne 13\u00a0: `entity` vaut <entity>\)/,
  );
  // A placeholder is refused even where the policy switched placeholder-value off.
  writeFileSync(path.join(dir, 'subprocessor-policy.yaml'), 'rules:\n  placeholder-value: off\n');
  assert.equal((await cli(['render', 'p.subprocessors.yaml'], dir)).code, 2);
});
