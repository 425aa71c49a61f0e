/**
 * Protocol tests for policies: an inventory uses the policy its `policy:` key names; a policy file gets
 * its own diagnostics; changing a policy (in the editor or on disk) re-publishes its inventories.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { messageOf, REPO_ROOT, TestLspClient, textAt, type PublishDiagnosticsParams, withServer } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
const WITH_POLICY = EXAMPLE.replace(/^policy: builtin$/m, 'policy: ./subprocessor-policy.yaml');
const ERROR = 1;
const WARNING = 2;

const severitiesOf = (diags: Diagnostic[], code: string) => diags.filter((d) => d.code === code).map((d) => d.severity);
const having = (code: string, severity: number | undefined) => (p: PublishDiagnosticsParams) =>
  severity === undefined
    ? !p.diagnostics.some((d) => d.code === code)
    : p.diagnostics.some((d) => d.code === code && d.severity === severity);

describe('policies over LSP (editor)', () => {
  let client: TestLspClient;
  withServer({ today: '2026-11-26' }, (c) => (client = c));

  test('a document of a virtual workspace (github.dev) is checked; its `policy:` file is said to be unreadable there, as information', async () => {
    const inv = 'vscode-vfs://github/acme/privacy/subprocessors.yaml';
    client.open(inv, WITH_POLICY);
    const diags = await client.waitForDiagnostics(inv);
    assert.ok(
      diags.some((d) => d.code === 'not-a-certification'),
      'the entries are checked',
    );
    const note = diags.filter((d) => d.code === 'policy-invalid');
    assert.equal(note.length, 1);
    assert.equal(note[0].severity, 3 /* Information */);
    assert.equal(textAt(WITH_POLICY, note[0].range), './subprocessor-policy.yaml');
    assert.match(messageOf(note[0]), /cannot be read in this editor, which reads no files/);
    client.close(inv);
  });

  test('editing the policy re-publishes the inventory that uses it, with the new severities', async () => {
    assert.notEqual(WITH_POLICY, EXAMPLE);
    const inv = 'file:///virtual/policy/subprocessors.yaml';
    const pol = 'file:///virtual/policy/subprocessor-policy.yaml';
    client.open(inv, WITH_POLICY);
    // The policy is not open and not on disk: the default applies, and the `policy:` value says so.
    const first = await client.waitForDiagnostics(inv);
    const missing = first.filter((d) => d.code === 'policy-invalid');
    assert.equal(missing.length, 1);
    assert.equal(textAt(WITH_POLICY, missing[0].range), './subprocessor-policy.yaml');
    assert.match(messageOf(missing[0]), /No policy file can be read.*default policy applies/);
    assert.deepEqual(severitiesOf(first, 'weak-admin-mfa'), [WARNING]);

    client.open(pol, 'rules:\n  stale-inventory: off\n', 'subprocessor-policy');
    const withPolicy = await client.waitForDiagnostics(inv, having('stale-inventory', undefined));
    assert.deepEqual(severitiesOf(withPolicy, 'policy-invalid'), []);
    assert.deepEqual(await client.waitForDiagnostics(pol), [], 'a valid policy has no diagnostics');

    client.replace(pol, 'rules:\n  stale-inventory: off\n  weak-admin-mfa: error\n');
    const stricter = await client.waitForDiagnostics(inv, having('weak-admin-mfa', ERROR));
    const weak = stricter.filter((d) => d.code === 'weak-admin-mfa');
    assert.equal(weak.length, 1);
    assert.equal(textAt(WITH_POLICY, weak[0].range), 'sms');

    // A misspelt rule id: the policy file says so at the key (an error), and the policy is not used.
    const typo = 'rules:\n  stale-inventory: off\n  weak-admin-mfaa: error\n';
    client.replace(pol, typo);
    const polDiags = await client.waitForDiagnostics(pol);
    assert.equal(polDiags.length, 1);
    assert.equal(polDiags[0].code, 'unknown-field');
    assert.equal(textAt(typo, polDiags[0].range), 'weak-admin-mfaa');
    assert.equal(polDiags[0].severity, ERROR);
    assert.match(messageOf(polDiags[0]), /did you mean `weak-admin-mfa`\?/);
    await client.waitForDiagnostics(inv, having('policy-invalid', ERROR));

    // A broken policy: its own error, and the inventory falls back to the default with one clear message.
    client.replace(pol, 'residency: europe\nrules:\n  stale-inventory: off\n');
    const polErrors = await client.waitForDiagnostics(pol);
    assert.deepEqual(
      polErrors.map((d) => [d.code, d.severity]),
      [['invalid-value', ERROR]],
    );
    const fallback = await client.waitForDiagnostics(inv, (p) =>
      p.diagnostics.some((d) => d.code === 'policy-invalid' && /europe/.test(messageOf(d))),
    );
    assert.match(
      messageOf(fallback.find((d) => d.code === 'policy-invalid')!),
      /has 1 error \(line 1\)\. "europe" is not a valid `residency`/,
    );
    assert.deepEqual(severitiesOf(fallback, 'stale-inventory'), [WARNING], 'the default policy applies again');
    client.close(pol);
    client.close(inv);
  });
});

describe('policies over LSP (disk)', () => {
  let client: TestLspClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-policy-'));
    fs.writeFileSync(path.join(dir, 'subprocessors.yaml'), WITH_POLICY);
    fs.writeFileSync(path.join(dir, 'subprocessor-policy.yaml'), 'rules:\n  weak-admin-mfa: info\n');
  });
  withServer(
    () => ({ today: '2026-11-26', workspaceFolder: dir }),
    (c) => (client = c),
  );
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a policy changed on disk (didChangeWatchedFiles) re-checks the closed inventory that uses it', async () => {
    const inv = pathToFileURL(path.join(dir, 'subprocessors.yaml')).href;
    const pol = pathToFileURL(path.join(dir, 'subprocessor-policy.yaml')).href;
    const initial = await client.waitForDiagnostics(inv, having('weak-admin-mfa', 3 /* Information */));
    assert.deepEqual(severitiesOf(initial, 'policy-invalid'), []);

    fs.writeFileSync(
      path.join(dir, 'subprocessor-policy.yaml'),
      'residency: eu\ncertified: [soc2-type2, iso27001, iso27701]\nrules:\n  weak-admin-mfa: error\n',
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pol, type: 2 /* Changed */ }] });
    const after = await client.waitForDiagnostics(inv, having('weak-admin-mfa', ERROR));
    assert.deepEqual(severitiesOf(after, 'weak-admin-mfa'), [ERROR]);
  });
});

describe('policies over LSP (closed policy files)', () => {
  let client: TestLspClient;
  let dir: string;
  const BAD = 'residency: europe\nrules:\n  weak-admin-mfaa: error\n';
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-policy-closed-'));
    fs.mkdirSync(path.join(dir, 'team'));
    fs.writeFileSync(path.join(dir, 'team', 'subprocessor-policy.yaml'), BAD);
  });
  withServer(
    () => ({ today: '2026-11-26', workspaceFolder: dir }),
    (c) => (client = c),
  );
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a policy file that is not open gets its diagnostics, follows the disk, and loses them when deleted', async () => {
    const file = path.join(dir, 'team', 'subprocessor-policy.yaml');
    const pol = pathToFileURL(file).href;
    const initial = await client.waitForDiagnostics(pol, (p) => p.diagnostics.length > 0);
    assert.deepEqual(initial.map((d) => [d.code, textAt(BAD, d.range)]).sort(), [
      ['invalid-value', 'europe'],
      ['unknown-field', 'weak-admin-mfaa'],
    ]);

    const fixed = 'residency: eu\nrules:\n  weak-admin-mfa: error\n';
    fs.writeFileSync(file, fixed);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pol, type: 2 /* Changed */ }] });
    await client.waitForDiagnostics(pol, (p) => p.diagnostics.length === 0);

    // Opened, edited without saving, closed: the diagnostics are again those of the file on disk.
    client.open(pol, 'residency: mars\n', 'subprocessor-policy');
    const edited = await client.waitForDiagnostics(pol, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      edited.map((d) => d.code),
      ['invalid-value'],
    );
    client.close(pol);
    await client.waitForDiagnostics(pol, (p) => p.diagnostics.length === 0);

    fs.writeFileSync(file, BAD);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pol, type: 2 /* Changed */ }] });
    await client.waitForDiagnostics(pol, (p) => p.diagnostics.length === 2);
    fs.rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pol, type: 3 /* Deleted */ }] });
    await client.waitForDiagnostics(pol, (p) => p.diagnostics.length === 0);
  });
});
