/**
 * Protocol tests of quick fixes and fix-all over the real server: code actions attached to their
 * diagnostics, `source.fixAll.subprocessors`, and the `subprocessors.applyFixAll` command.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { lintText } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { REPO_ROOT, TestLspClient, withServer } from '../support/lspClient';
import { formatFinding, formatFixTitle } from '../../server/src/format';

const TODAY = '2026-11-26';
const BROKEN = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'fixes', 'broken-example.subprocessors.yaml'), 'utf8');

function apply(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  const edits = (edit?.changes?.[uri] ?? []) as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(uri, 'subprocessors', 1, text), edits);
}

describe('quick fixes and fix-all over LSP', () => {
  let client: TestLspClient;
  withServer({ today: TODAY }, (c) => (client = c));

  test('the server announces quick fixes and the fix-all kind', async () => {
    const fresh = new TestLspClient();
    try {
      const res = (await fresh.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        initializationOptions: { today: TODAY },
      })) as {
        capabilities: { codeActionProvider: { codeActionKinds: string[] }; executeCommandProvider: { commands: string[] } };
      };
      assert.deepEqual(res.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.subprocessors']);
      assert.deepEqual(res.capabilities.executeCommandProvider.commands, ['subprocessors.applyFixAll']);
    } finally {
      await fresh.stop();
    }
  });

  test('a missing-field diagnostic gets a preferred quick fix attached to it that inserts `unknown`', async () => {
    const uri = 'file:///virtual/fixes/one/subprocessors.yaml';
    client.open(uri, BROKEN);
    const diags = await client.waitForDiagnostics(uri);
    const missing = diags.find((d) => d.code === 'missing-field' && /`resend`/.test(String(d.message)));
    assert.ok(missing);
    // Diagnostics carry no `data` (a third of an open's bytes): the fix is found from the rule and the range.
    assert.ok(
      diags.every((d) => !('data' in d)),
      JSON.stringify(diags.filter((d) => 'data' in d).slice(0, 2)),
    );
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing] },
    });
    assert.equal(actions.length, 2, JSON.stringify(actions.map((a) => a.title)));
    const [entryFix, fileFix] = actions;
    assert.equal(entryFix.kind, 'quickfix');
    assert.equal(entryFix.isPreferred, true);
    assert.deepEqual(entryFix.diagnostics, [missing]);
    assert.match(entryFix.title, /Add the missing field of `resend` \(purpose\) as `unknown`/);
    const fixed = apply(BROKEN, entryFix.edit, uri);
    assert.equal(
      fixed,
      BROKEN.replace(
        '    category: Application Services\n    dataLocation:\n      countries: [IE]',
        '    category: Application Services\n    purpose: unknown\n    dataLocation:\n      countries: [IE]',
      ),
    );
    assert.match(fileFix.title, /Add all 5 missing fields in the file/);
    client.close(uri);
  });

  test('fix-all leaves no diagnostic that has a safe fix, and a second fix-all changes nothing', async () => {
    const uri = 'file:///virtual/fixes/all/subprocessors.yaml';
    client.open(uri, BROKEN);
    const before = await client.waitForDiagnostics(uri);
    const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
    assert.ok(codes(before).includes('missing-field'));
    assert.ok(codes(before).includes('not-a-certification'));
    assert.ok(codes(before).includes('transfer-safeguard'));

    const [fixAll] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(fixAll.kind, 'source.fixAll.subprocessors');
    const fixed = apply(BROKEN, fixAll.edit, uri);
    client.replace(uri, fixed);
    const after = await client.waitForDiagnostics(uri);
    assert.ok(!codes(after).includes('missing-field'), JSON.stringify(after.filter((d) => d.code === 'missing-field')));
    assert.ok(!codes(after).includes('not-a-certification'));
    // What is left has no safe fix: checked with the engine the server runs.
    const result = lintText(fixed, { today: TODAY });
    const stillSafe = result.findings.filter((f) => fixesFor(result, f).some((x) => x.safe));
    assert.deepEqual(
      stillSafe.map((f) => formatFinding(f, 'en')),
      [],
    );
    // The transfer mechanism is a legal fact: fix-all does not invent one, a quick fix offers them.
    const transfer = after.find((d) => d.code === 'transfer-safeguard');
    assert.ok(transfer, 'the non-EU entry still lacks its mechanism');
    const offered = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: transfer.range,
      context: { diagnostics: [transfer] },
    });
    assert.deepEqual(
      offered.map((a) => a.title.split(':')[0]),
      [
        'Set the transfer mechanism to `scc`',
        'Set the transfer mechanism to `dpf`',
        'Accept this risk at `retool` (transfer-safeguard) until 26 November 2027',
      ],
    );
    // Fix all writes no placeholder: each missing fact is `unknown`, which unstated-fact lists.
    assert.equal(after.filter((d) => d.code === 'placeholder-value').length, 0);
    assert.doesNotMatch(fixed, /"<[^"]*>"/);
    assert.equal(fixed.match(/: unknown$/gm)?.length, 5);

    const again = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.subprocessors'] },
    });
    assert.deepEqual(again, [], 'a second fix-all has nothing to do');
    client.close(uri);
  });

  test('the subprocessors.applyFixAll command applies fix-all through workspace/applyEdit', async () => {
    const uri = 'file:///virtual/fixes/command/subprocessors.yaml';
    const received: { label?: string; edit: WorkspaceEdit }[] = [];
    client.connection.onRequest('workspace/applyEdit', (p: { label?: string; edit: WorkspaceEdit }) => {
      received.push(p);
      return { applied: true };
    });
    client.open(uri, BROKEN);
    await client.waitForDiagnostics(uri);
    const res = await client.request<{ applied: boolean; title: string }>('workspace/executeCommand', {
      command: 'subprocessors.applyFixAll',
      arguments: [uri],
    });
    assert.equal(res.applied, true);
    assert.equal(received.length, 1);
    const fixed = apply(BROKEN, received[0].edit, uri);
    const result = lintText(fixed, { today: TODAY });
    assert.equal(result.findings.filter((f) => f.ruleId === 'missing-field' || f.ruleId === 'not-a-certification').length, 0);
    client.close(uri);
  });
});

test('privacy-shield under certifications: the fix removes it (not in fix-all) and never files it as a claim', () => {
  const text = BROKEN.replace(/certifications: \[/, 'certifications: [privacy-shield, ');
  assert.notEqual(text, BROKEN);
  const result = lintText(text, { today: TODAY });
  const finding = result.findings.find((f) => f.ruleId === 'not-a-certification' && f.data?.claim === 'privacy-shield');
  assert.ok(finding, 'the finding');
  const fixes = fixesFor(result, finding);
  assert.deepEqual(
    fixes.map((f) => [formatFixTitle(f, 'en'), f.safe]),
    [['Remove "privacy-shield": it is no longer valid', false]],
  );
  const fixed = applyEdits(text, fixes[0].edits);
  assert.equal(fixed, BROKEN.replace(/certifications: \[/, 'certifications: ['), 'only the item and its comma go');
  assert.ok(!lintText(fixed, { today: TODAY }).findings.some((f) => f.data?.claim === 'privacy-shield'));
});
