import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
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
