/**
 * Round three, attacks 8 and 9: the CI glue cannot be steered. The Action's `version` never reaches npx as
 * options, its paths never as options either; no stdout line of any command starts a GitHub workflow
 * command; `--format github` carries no control character; SARIF messages carry no embedded link.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { entry, inventory } from '../support/ruleTester';
import { REPO_ROOT } from '../support/lspClient';
import { cli } from '../support/runCli';

const TODAY = ['--today', '2026-11-26'];
const commandLines = (out: string) => out.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l));

function tmpDir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-ci-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('attack 8: the Action’s inputs', () => {
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    runs: { steps: { id?: string; run?: string }[] };
  };
  let dir: string;
  let bin: string;
  before(() => {
    dir = tmpDir({ 'subprocessors.yaml': inventory({ entries: [entry()] }) });
    // A stand-in for npx that prints the arguments it was given, one per line.
    bin = tmpDir({ npx: '#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n' });
    fs.chmodSync(path.join(bin, 'npx'), 0o755);
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(bin, { recursive: true, force: true });
  });

  function runStep(inputs: Record<string, string>) {
    const env: Record<string, string> = { INPUT_VERSION: '0.1.0', INPUT_PATHS: '.', INPUT_FORMAT: 'github', INPUT_FAIL_LEVEL: 'error' };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
    const run = action.runs.steps.find((s) => s.id === 'check')!.run!;
    const { SUBPROC: _unused, ...base } = process.env;
    return spawnSync('bash', ['-c', run], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...base, ...env, PATH: `${bin}:${process.env.PATH}`, GITHUB_ACTION_PATH: REPO_ROOT, RUNNER_TEMP: bin },
    });
  }

  test('a version that is not a semantic version is refused with a clear error, before npx runs', () => {
    const r = runStep({ version: '0.1.0 --registry=http://127.0.0.1:9/' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /version must be a semantic version such as 0\.1\.0, not "0\.1\.0 --registry=http:\/\/127\.0\.0\.1:9\/"/);
    assert.doesNotMatch(r.stdout, /registry/);
  });

  test('npx gets the package as one argument, and `--` before the paths', () => {
    const r = runStep({ version: '1.2.3-rc.1', paths: '-oacme.subprocessors.yaml subprocessors.yaml' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      '--yes',
      '--package',
      'subprocessor-inventory@1.2.3-rc.1',
      'subproc',
      'check',
      '--format',
      'github',
      '--',
      '-oacme.subprocessors.yaml',
      'subprocessors.yaml',
    ]);
  });

  test('with the real CLI, a path named like an option is a path', async () => {
    const r = await cli(['check', ...TODAY, '--', '-oacme.subprocessors.yaml', 'subprocessors.yaml'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read -oacme\.subprocessors\.yaml/);
    assert.ok(!fs.existsSync(path.join(dir, 'acme.subprocessors.yaml')));
  });
});

describe('attack 9: workflow commands, control characters and links in every output', () => {
  const evil = '::error file=.github/workflows/a.yml,line=1::pwned';
  let dir: string;
  before(() => {
    dir = tmpDir({
      ['::error file=a.yml,line=1::pwned.subprocessors.yaml']: inventory({
        entries: [
          entry({
            acceptedRisks: '[{ rule: weak-admin-mfa, reason: r, approvedBy: DPO, until: 2027-03-31 }]',
            administrationAuthentication: '{ method: SSO, mfa: [sms] }',
            criticality: 'critical',
          }),
        ],
      }),
      'page.subprocessors.yaml': inventory({
        entries: [entry({ note: JSON.stringify(`first line\n${evil}\n  ::warning::indented`), purpose: JSON.stringify(`\n${evil}`) })],
      }),
      'vendors.csv': `Name,Purpose,Location\nAcme,"Hosting\n  ${evil}\n::stop-commands::tok",France\n`,
      'ids.subprocessors.yaml': inventory({
        entries: [entry({ id: JSON.stringify('bell\u0007esc\u001b[31mred'), name: JSON.stringify('[click](https://evil.example)') })],
      }),
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('check --accepted: a file name never starts a workflow command', async () => {
    const r = await cli(['check', ...TODAY, '--accepted', '.'], dir);
    assert.match(r.stdout, /weak-admin-mfa/);
    assert.deepEqual(commandLines(r.stdout), []);
  });

  test('render (Markdown and HTML) and diff (Markdown and Atom): no line starts a workflow command, and the text is kept', async () => {
    for (const format of ['markdown', 'html']) {
      const r = await cli(['render', '--format', format, ...TODAY, 'page.subprocessors.yaml'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(commandLines(r.stdout), [], format);
      assert.match(r.stdout, /pwned/);
    }
    fs.writeFileSync(path.join(dir, 'old.subprocessors.yaml'), inventory({ entries: [entry({ id: 'other' })] }));
    for (const format of ['markdown', 'atom', 'json']) {
      const r = await cli(['diff', '--format', format, 'old.subprocessors.yaml', 'page.subprocessors.yaml'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(commandLines(r.stdout), [], format);
    }
  });

  test('import: a CSV cell with an indented `::` line is written on one line', async () => {
    const r = await cli(['import', ...TODAY, 'vendors.csv'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(commandLines(r.stdout), []);
    const value = parse(r.stdout) as { subprocessors: { purpose: string }[] };
    assert.match(value.subprocessors[0]!.purpose, /::error file=/, 'the cell is kept');
  });

  test('--format github: no ESC, BEL or other control character; SARIF: no embedded link', async () => {
    const gh = await cli(['check', ...TODAY, '--format', 'github', 'ids.subprocessors.yaml'], dir);
    assert.doesNotMatch(gh.stdout, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    assert.match(gh.stdout, /bellesc\[31mred/);
    const sarif = await cli(['check', ...TODAY, '--format', 'sarif', 'ids.subprocessors.yaml'], dir);
    const texts = (JSON.parse(sarif.stdout).runs[0].results as { message: { text: string } }[]).map((x) => x.message.text);
    assert.ok(texts.length > 0);
    for (const t of texts) assert.doesNotMatch(t, /(^|[^\\])[[\]]/, t);
  });
});
