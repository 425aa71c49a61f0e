/**
 * The policy is linted like the inventory (issue 25): a misspelt rule id or key is an error at the exact key with
 * a "did you mean"; `subproc check subprocessor-policy.yaml` checks it as a policy; the policy beside an inventory
 * is searched upward to the repository's root (the folder holding `.git`) or the workspace folder, whichever is
 * nearer, by the CLI wherever it runs and by the language server alike; the JSON report names each file's policy.
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

const TODAY = ['--today', '2026-11-26'];
const WEAK = inventory({ entries: [entry({ administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' })] });
const LOWER = 'rules:\n  weak-admin-mfa: info\n';
const TYPO = 'rules:\n  missing-feld: off\n  weak-admin-mfa: info\nresidncy: eu\n';

interface JsonFile {
  file: string;
  policy?: string;
  checkedAs?: string;
  findings: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-policylint-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('a policy is linted like an inventory', () => {
  let dir: string;
  before(() => {
    dir = tree({ 'typo/subprocessor-policy.yaml': TYPO, 'typo/a.subprocessors.yaml': WEAK, 'ok/subprocessor-policy.yaml': LOWER });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('checked directly: a misspelt rule id and a misspelt key are errors at the exact key, with "did you mean"', async () => {
    const r = await cli(['check', 'typo/subprocessor-policy.yaml', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.equal(file!.checkedAs, 'policy');
    assert.deepEqual(
      file!.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.endLine, f.endColumn]),
      [
        ['unknown-field', 'error', 2, 3, 2, 15], // missing-feld
        ['unknown-field', 'error', 4, 1, 4, 9], // residncy
      ],
    );
    assert.match(file!.findings[0]!.message, /did you mean `missing-field`\?/);
    assert.match(file!.findings[1]!.message, /did you mean `residency`\?/);
    const fr = await cli(['check', 'typo/subprocessor-policy.yaml', '--lang', 'fr'], dir);
    assert.match(fr.stdout, /vouliez-vous écrire `missing-field`/);
  });

  test('checked directly: a valid policy has no problem, and is not "not an inventory"', async () => {
    const r = await cli(['check', 'ok/subprocessor-policy.yaml'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 file checked, no problems/);
  });

  test('an inventory whose policy has a typo is checked with the built-in policy, says why, and the JSON says so', async () => {
    const r = await cli(['check', 'typo/a.subprocessors.yaml', '--format', 'json', ...TODAY], dir);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.equal(file!.policy, 'builtin');
    assert.ok(file!.findings.some((f) => f.ruleId === 'policy-invalid' && f.severity === 'error'));
    assert.equal(file!.findings.find((f) => f.ruleId === 'weak-admin-mfa')?.severity, 'warning', 'the typo policy is not used');
  });
});

describe('the policy in a parent folder, up to the repository root', () => {
  let dir: string;
  let client: TestLspClient;
  before(() => {
    dir = tree({
      'subprocessor-policy.yaml': 'rules:\n  weak-admin-mfa: off\n', // above the repository: never read
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/subprocessor-policy.yaml': LOWER,
      'repo/legal/eu/a.subprocessors.yaml': WEAK,
      'other/.git': 'gitdir: /elsewhere\n', // a worktree's .git is a file
      'other/b.subprocessors.yaml': WEAK,
    });
  });
  // The workspace folder holds the repository: the repository's root is nearer, and the search stops there.
  withServer(
    () => ({ today: '2026-11-26', workspaceFolder: dir }),
    (c) => (client = c),
  );
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('CLI: found from the inventory, whatever folder subproc runs in, and named in the JSON', async () => {
    for (const [cwd, shown] of [
      ['repo/legal/eu', 'a.subprocessors.yaml'],
      ['repo/legal', 'eu/a.subprocessors.yaml'],
      ['repo', 'legal/eu/a.subprocessors.yaml'],
      ['.', 'repo/legal/eu/a.subprocessors.yaml'],
    ] as const) {
      const r = await cli(['check', '--format', 'json', ...TODAY, shown], path.join(dir, cwd));
      const [file] = JSON.parse(r.stdout) as JsonFile[];
      assert.equal(file!.findings.find((f) => f.ruleId === 'weak-admin-mfa')?.severity, 'info', `from ${cwd}`);
      assert.equal(
        file!.policy,
        path
          .relative(path.join(dir, cwd), path.join(dir, 'repo', 'subprocessor-policy.yaml'))
          .split(path.sep)
          .join('/'),
        `from ${cwd}`,
      );
    }
  });

  test('editor: the same policy, and never the one above the repository', async () => {
    const level = async (rel: string) => {
      const uri = pathToFileURL(path.join(dir, rel)).href;
      const diags = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'weak-admin-mfa'));
      return diags.find((d) => d.code === 'weak-admin-mfa')?.severity;
    };
    assert.equal(await level('repo/legal/eu/a.subprocessors.yaml'), 3, 'information, from the repository root policy');
    assert.equal(await level('other/b.subprocessors.yaml'), 2, 'warning: the policy above its repository is not read');
  });

  test('CLI: never the policy above the repository either', async () => {
    const r = await cli(['check', '--format', 'json', ...TODAY, 'other/b.subprocessors.yaml'], dir);
    const [file] = JSON.parse(r.stdout) as JsonFile[];
    assert.equal(file!.policy, 'builtin');
    assert.equal(file!.findings.find((f) => f.ruleId === 'weak-admin-mfa')?.severity, 'warning');
  });
});
