/**
 * The policy beside an inventory: without a `policy:` key, the `subprocessor-policy.yaml` of the inventory's
 * folder or of the nearest parent applies, never one above the current folder (CLI) or the workspace folder
 * (editor), as confinement requires.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { entry, inventory } from '../support/ruleTester';
import { TestLspClient, withServer } from '../support/lspClient';
import { cli } from '../support/runCli';

const WEAK = inventory({ entries: [entry({ administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' })] });
const LOWER = 'rules:\n  weak-admin-mfa: info\n';

function severities(json: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of JSON.parse(json) as { file: string; findings: { ruleId: string; severity: string }[] }[]) {
    out[file.file] = file.findings.find((f) => f.ruleId === 'weak-admin-mfa')?.severity ?? 'none';
  }
  return out;
}

describe('the policy beside an inventory', () => {
  let dir: string;
  let client: TestLspClient;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-nearby-'));
    const files: Record<string, string> = {
      'outside/subprocessor-policy.yaml': LOWER, // above the working folder: never read
      'outside/ws/top.subprocessors.yaml': WEAK,
      'outside/ws/team/subprocessor-policy.yaml': LOWER,
      'outside/ws/team/a.subprocessors.yaml': WEAK,
      'outside/ws/team/deep/b.subprocessors.yaml': WEAK,
      'outside/ws/named/c.subprocessors.yaml': WEAK.replace('inventory:', 'policy: ./none.yaml\ninventory:'),
      'outside/ws/named/subprocessor-policy.yaml': LOWER,
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
  });
  withServer(
    () => ({ today: '2026-11-26', workspaceFolder: path.join(dir, 'outside', 'ws') }),
    (c) => (client = c),
  );
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("CLI: the folder's or a parent's policy applies; not one above the current folder; a policy: key wins", async () => {
    const r = await cli(['check', '--today', '2026-11-26', '--format', 'json', '.'], path.join(dir, 'outside', 'ws'));
    assert.deepEqual(severities(r.stdout), {
      'top.subprocessors.yaml': 'warning',
      'team/a.subprocessors.yaml': 'info',
      'team/deep/b.subprocessors.yaml': 'info',
      'named/c.subprocessors.yaml': 'warning', // its policy: names a missing file: the default applies (and policy-invalid says so)
    });
  });

  test('editor: the same, and a policy file created beside an open inventory applies at once', async () => {
    const uri = (p: string) => pathToFileURL(path.join(dir, 'outside', 'ws', p)).href;
    const level = (diags: { code?: string | number; severity?: number }[]) => diags.find((d) => d.code === 'weak-admin-mfa')?.severity;
    const a = await client.waitForDiagnostics(uri('team/a.subprocessors.yaml'), (p) => p.diagnostics.length > 0);
    assert.equal(level(a), 3, 'information');
    const top = await client.waitForDiagnostics(uri('top.subprocessors.yaml'), (p) => p.diagnostics.length > 0);
    assert.equal(level(top), 2, 'warning: the policy above the workspace folder is not read');
    fs.writeFileSync(path.join(dir, 'outside', 'ws', 'subprocessor-policy.yaml'), LOWER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('subprocessor-policy.yaml'), type: 1 }],
    });
    const after = await client.waitForDiagnostics(
      uri('top.subprocessors.yaml'),
      (p) => p.diagnostics.find((d) => d.code === 'weak-admin-mfa')?.severity === 3,
    );
    assert.equal(level(after), 3);
  });
});
