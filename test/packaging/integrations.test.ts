/**
 * The CI integrations run what they say: the GitHub Action's check step (action.yml, scripts/action-check.sh)
 * with its inputs' defaults and with other inputs, and the pre-commit hooks' entries on the files their
 * pattern selects; against the example, with the local build standing in for the npm package.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/lspClient';

const SUBPROC = `${process.execPath} ${path.join(REPO_ROOT, 'dist', 'subproc.js')}`;

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { steps: { id?: string; run?: string; env?: Record<string, string>; uses?: string; if?: string }[] };
}

describe('the GitHub Action', () => {
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
  let dir: string;
  let runnerTemp: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-action-'));
    runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-runner-temp-'));
    fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), path.join(dir, 'subprocessors.yaml'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(runnerTemp, { recursive: true, force: true });
  });

  /** Runs the check step as the runner would: its env with the inputs filled in, from the action's folder. */
  function runStep(inputs: Record<string, string> = {}) {
    const step = action.runs.steps.find((s) => s.id === 'check')!;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) {
      env[k] = v.replace(/\$\{\{ inputs\.([a-z-]+) \}\}/g, (_, name: string) => inputs[name] ?? action.inputs[name]!.default);
    }
    const output = path.join(dir, 'github-output');
    fs.writeFileSync(output, '');
    const r = spawnSync('bash', ['-c', step.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env, GITHUB_ACTION_PATH: REPO_ROOT, GITHUB_OUTPUT: output, RUNNER_TEMP: runnerTemp, SUBPROC },
    });
    return { ...r, outputs: fs.readFileSync(output, 'utf8') };
  }

  test('with its defaults: annotations for the example, exit 0 (warnings only), exit-code output', () => {
    const r = runStep();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^::warning file=subprocessors\.yaml,line=\d+/m);
    assert.equal(r.outputs.trim(), 'exit-code=0');
  });

  test('fail-level warning fails on the warnings; none never fails; upload-sarif writes subproc.sarif under RUNNER_TEMP', () => {
    const strict = runStep({ 'fail-level': 'warning', format: 'stylish' });
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /25 problems/);
    const lenient = runStep({ 'fail-level': 'none', 'max-warnings': '0', paths: 'subprocessors.yaml', policy: '' });
    assert.equal(lenient.status, 0);
    const sarif = runStep({ 'upload-sarif': 'true' });
    assert.equal(sarif.status, 0, sarif.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(runnerTemp, 'subproc.sarif'), 'utf8')).version, '2.1.0');
    assert.ok(!fs.existsSync(path.join(dir, 'subproc.sarif')), 'nothing written in the workspace');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.match(upload?.if ?? '', /upload-sarif == 'true'/);
    assert.equal((upload as { with?: Record<string, string> } | undefined)?.with?.sarif_file, '${{ runner.temp }}/subproc.sarif');
    const bad = runStep({ 'fail-level': 'sometimes' });
    assert.equal(bad.status, 2);
  });

  test('the default command names the npm package and its version, never a bare npx subproc', () => {
    const script = fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'action-check.sh'), 'utf8');
    assert.match(script, /subproc=\(npx --yes --package "subprocessor-inventory@\$version" subproc\)/);
    assert.equal(action.inputs.version!.default, JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('the pre-commit hooks', () => {
  const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];

  test('select inventories only, and their entries run on the example', () => {
    for (const hook of hooks) {
      assert.equal(hook.language, 'node');
      const files = new RegExp(hook.files);
      for (const f of ['subprocessors.yaml', 'examples/subprocessors.yaml', 'legal/eu.subprocessors.yml']) assert.match(f, files, hook.id);
      for (const f of ['subprocessors.json', 'my-subprocessors.yaml', 'subprocessor-policy.yaml', 'docs/README.md'])
        assert.doesNotMatch(f, files, hook.id);
      assert.match(hook.entry, /^subproc check/);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-hook-'));
    try {
      fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), path.join(dir, 'subprocessors.yaml'));
      for (const hook of hooks) {
        // pre-commit runs `entry` with the selected file names appended.
        const command = `${hook.entry.replace(/^subproc/, SUBPROC)} subprocessors.yaml`;
        const r = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 0, `${hook.id}: ${r.stderr}`);
        assert.match(r.stdout, /problems/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
