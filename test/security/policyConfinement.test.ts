/**
 * A policy file cannot make the product read outside the workspace: `policy:` by a `../` path, by an
 * absolute path, or through a symbolic link inside the workspace that points out of it. Outside the
 * workspace lies a canary, a valid policy that switches `weak-admin-mfa` off: had it been read, those
 * findings would be gone. Each case must keep them (the default policy applies) and say the policy was
 * refused. Checked with the CLI and with the server over LSP (a workspace folder).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../../server/src/cli/cli';
import { messageOf, REPO_ROOT, TestLspClient, withServer } from '../support/lspClient';

// Without its own `policy: builtin`: each case names a policy of its own.
const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8').replace(/^policy: builtin\n/m, '');
const CANARY = 'rules:\n  weak-admin-mfa: off\n';

let base: string;
let ws: string;
let canary: string;

/** Each case: a folder of the workspace, its `policy:` value, and what the refusal says. */
const CASES: { name: string; policy: () => string; refused: RegExp }[] = [
  { name: 'etc-passwd', policy: () => '../../../../etc/passwd', refused: /outside the inventory's folder tree/ },
  { name: 'traversal', policy: () => '../../outside/subprocessor-policy.yaml', refused: /outside the inventory's folder tree/ },
  { name: 'absolute', policy: () => canary, refused: /outside the inventory's folder tree/ },
  { name: 'symlink', policy: () => './subprocessor-policy.yaml', refused: /No policy file can be read/ },
];

before(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-confine-')));
  ws = path.join(base, 'ws');
  fs.mkdirSync(path.join(base, 'outside'));
  canary = path.join(base, 'outside', 'subprocessor-policy.yaml');
  fs.writeFileSync(canary, CANARY);
  for (const c of CASES) {
    fs.mkdirSync(path.join(ws, c.name), { recursive: true });
    fs.writeFileSync(path.join(ws, c.name, 'subprocessors.yaml'), `policy: ${c.policy()}\n${EXAMPLE}`);
  }
  fs.symlinkSync(canary, path.join(ws, 'symlink', 'subprocessor-policy.yaml'));
  // The control: the canary's text inside the workspace is read, and it does switch the rule off.
  fs.mkdirSync(path.join(ws, 'control'));
  fs.writeFileSync(path.join(ws, 'control', 'subprocessors.yaml'), `policy: ./subprocessor-policy.yaml\n${EXAMPLE}`);
  fs.writeFileSync(path.join(ws, 'control', 'subprocessor-policy.yaml'), CANARY);
});
after(() => fs.rmSync(base, { recursive: true, force: true }));

describe('the CLI reads no policy outside the folder it checks', () => {
  async function check(folder: string) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['check', '--format', 'json', '--today', '2026-11-26', path.join(folder, 'subprocessors.yaml')], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: ws,
    });
    assert.ok(code === 0 || code === 1, stderr);
    return (JSON.parse(stdout) as { findings: { ruleId: string; message: string }[] }[]).flatMap((f) => f.findings);
  }

  test('control: the canary policy inside the folder switches weak-admin-mfa off', async () => {
    const findings = await check('control');
    assert.equal(findings.filter((f) => f.ruleId === 'weak-admin-mfa').length, 0);
    assert.equal(findings.filter((f) => f.ruleId === 'policy-invalid').length, 0);
  });

  for (const c of CASES) {
    test(`${c.name}: refused, and the canary is not applied`, async () => {
      const findings = await check(c.name);
      const refusals = findings.filter((f) => f.ruleId === 'policy-invalid');
      assert.equal(refusals.length, 1, JSON.stringify(refusals));
      assert.match(refusals[0].message, c.refused);
      assert.match(refusals[0].message, /default policy applies/);
      assert.ok(
        findings.filter((f) => f.ruleId === 'weak-admin-mfa').length > 0,
        'weak-admin-mfa is still reported: the canary was not read',
      );
    });
  }
});

describe('the server reads no policy outside its workspace folder', () => {
  let client: TestLspClient;
  withServer({ today: '2026-11-26', workspaceFolder: ws }, (c) => (client = c));
  const diagnosticsOf = (folder: string) =>
    client.waitForDiagnostics(pathToFileURL(path.join(ws, folder, 'subprocessors.yaml')).href, undefined, 30_000);

  test('control: the canary policy inside the workspace switches weak-admin-mfa off', async () => {
    const diags = await diagnosticsOf('control');
    assert.equal(diags.filter((d) => d.code === 'weak-admin-mfa').length, 0);
    assert.equal(diags.filter((d) => d.code === 'policy-invalid').length, 0);
  });

  for (const c of CASES) {
    test(`${c.name}: refused, and the canary is not applied`, async () => {
      const diags = await diagnosticsOf(c.name);
      const refusals = diags.filter((d) => d.code === 'policy-invalid');
      assert.equal(refusals.length, 1, JSON.stringify(refusals));
      assert.match(messageOf(refusals[0]), c.refused);
      assert.ok(diags.filter((d) => d.code === 'weak-admin-mfa').length > 0, 'weak-admin-mfa is still reported: the canary was not read');
    });
  }
});
