/** `subproc check` with policies: the inventory's `policy:` key, and `--policy FILE` overriding it. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../../server/src/cli/cli';
import { REPO_ROOT } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
let dir: string;

async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', '--format', 'json', '--today', '2026-11-26', ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: dir,
  });
  const findings = code === 2 ? [] : (JSON.parse(stdout) as { findings: { ruleId: string; severity: string }[] }[]).flatMap((f) => f.findings);
  return { code, findings, stderr };
}
const severities = (findings: { ruleId: string; severity: string }[], id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.severity);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-cli-policy-'));
  fs.mkdirSync(path.join(dir, 'privacy'));
  fs.writeFileSync(path.join(dir, 'privacy', 'subprocessors.yaml'), `policy: ./subprocessor-policy.yaml\n${EXAMPLE}`);
  fs.writeFileSync(path.join(dir, 'privacy', 'subprocessor-policy.yaml'), 'rules:\n  weak-admin-mfa: error\n');
  fs.writeFileSync(path.join(dir, 'lenient.yaml'), 'rules:\n  weak-admin-mfa: off\n  stale-inventory: info\n');
  fs.writeFileSync(path.join(dir, 'broken.yaml'), 'residency: europe\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('check uses the inventory\'s `policy:`', async () => {
  const r = await check(['privacy/subprocessors.yaml']);
  assert.equal(r.code, 1);
  assert.deepEqual(severities(r.findings, 'weak-admin-mfa'), ['error']);
  assert.deepEqual(severities(r.findings, 'policy-invalid'), []);
});

test('--policy overrides it', async () => {
  const r = await check(['--policy', 'lenient.yaml', 'privacy/subprocessors.yaml']);
  assert.deepEqual(severities(r.findings, 'weak-admin-mfa'), []);
  assert.deepEqual(severities(r.findings, 'stale-inventory'), ['info']);
  assert.equal(r.code, 0, 'only warnings and infos are left');
});

test('an unreadable or invalid --policy is bad input (exit 2) with its errors', async () => {
  const missing = await check(['--policy', 'nope.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read policy nope\.yaml/);
  const broken = await check(['--policy', 'broken.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /broken\.yaml:1:12: "europe" is not a valid `residency`.*\(invalid-value\)/);
});

test('a `policy:` outside the checked folder is not read', async () => {
  const inner = path.join(dir, 'privacy', 'team');
  fs.mkdirSync(inner, { recursive: true });
  fs.writeFileSync(path.join(inner, 'subprocessors.yaml'), `policy: ../../../lenient.yaml\n${EXAMPLE}`);
  const r = await check(['privacy/team/subprocessors.yaml']);
  assert.deepEqual(severities(r.findings, 'policy-invalid'), ['error']);
  assert.deepEqual(severities(r.findings, 'weak-admin-mfa'), ['warning'], 'the default policy applies');
});
