/**
 * Cancelled requests stop their work. Over LSP: each request on a large inventory, cancelled right after it
 * is sent (the server is still busy checking the document just opened, so the `$/cancelRequest` is read
 * before the request is handled), is answered with the RequestCancelled error, and the server then answers
 * the same requests normally. In process: the guard stops "fix all" between its rounds, and an answer for a
 * document that changed meanwhile is refused with ContentModified.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { LSPErrorCodes } from 'vscode-languageserver/node';
import { lintText } from '../../server/src/engine';
import { fixAll, fixAllRounds } from '../../server/src/engine/fixes';
import { cancellable, requestGuard } from '../../server/src/lsp/cancellation';
import { REPO_ROOT, TestLspClient, withServer } from '../support/lspClient';

const TODAY = '2026-01-15';
const ENTRIES = 3_000;

/** An inventory of `n` entries, each with a reference to the one before and an unknown key (so there is something to fix). */
function largeInventory(n: number): string {
  const parts = [
    'inventory:\n  organization: Big Co\n  contact: privacy@example.com\n  lastUpdated: 2025-01-01\ndefaults:\n  dpa: { type: dpa }\nsubprocessors:\n',
  ];
  for (let i = 0; i < n; i++) {
    parts.push(
      `  - id: vendor-${i} # entry ${i}\n    name: Vendor ${i}\n    entity: Vendor ${i} SAS\n    purpose: Hosting\n` +
        `    dataLocation:\n      countries: [FR]\n    certifications: [iso27001]\n    criticality: low\n` +
        (i > 0 ? `    dataFlows:\n      - to: vendor-${i - 1}\n` : ''),
    );
  }
  return parts.join('');
}

describe('cancelled requests over LSP', () => {
  let client: TestLspClient;
  const uri = 'file:///cancel/big.subprocessors.yaml';
  const text = largeInventory(ENTRIES);
  // Line of the second entry's id, and of its reference to the first.
  const lines = text.split('\n');
  const idLine = lines.findIndex((l) => l.startsWith('  - id: vendor-1 '));
  const at = { line: idLine, character: 10 };
  const doc = { textDocument: { uri } };
  const wholeFile = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  const requests: [string, unknown][] = [
    ['textDocument/codeAction', { ...doc, range: wholeFile, context: { diagnostics: [], only: ['source.fixAll.subprocessors'] } }],
    ['textDocument/documentSymbol', doc],
    ['textDocument/inlayHint', { ...doc, range: wholeFile }],
    ['textDocument/completion', { ...doc, position: { line: idLine + 1, character: 4 } }],
    ['textDocument/hover', { ...doc, position: at }],
    ['textDocument/references', { ...doc, position: at, context: { includeDeclaration: true } }],
    ['textDocument/rename', { ...doc, position: at, newName: 'vendor-one' }],
    ['textDocument/definition', { ...doc, position: at }],
    ['subprocessors/summary', { uri }],
  ];

  withServer({ today: TODAY, settings: { tierHints: true } }, (c) => (client = c));

  test(`${requests.length} kinds of request on a ${ENTRIES}-entry inventory, each cancelled at once, answer RequestCancelled`, async () => {
    client.open(uri, text);
    // All sent before the server is done checking the open document; each cancelled right after it is sent.
    const answers = requests.map(([method, params]) => {
      const source = new CancellationTokenSource();
      const answer = client.connection.sendRequest(method, params, source.token).then(
        (result) => ({ method, result }),
        (error: unknown) => ({ method, error }),
      );
      source.cancel();
      return answer;
    });
    for (const a of await Promise.all(answers)) {
      assert.ok(
        'error' in a,
        `${a.method} was answered although cancelled: ${String(JSON.stringify((a as { result: unknown }).result)).slice(0, 200)}`,
      );
      assert.ok(a.error instanceof ResponseError, `${a.method}: ${String(a.error)}`);
      assert.equal(a.error.code, LSPErrorCodes.RequestCancelled, `${a.method}: ${a.error.message}`);
    }
  });

  test('then the server answers the same requests normally', async () => {
    await client.waitForDiagnostics(uri, undefined, 60_000);
    const answer = <R>(method: string) => client.request<R>(method, requests.find(([m]) => m === method)![1]);
    const symbols = await answer<unknown[]>('textDocument/documentSymbol');
    assert.equal(symbols.length, ENTRIES, 'one symbol per entry');
    const refs = await answer<unknown[]>('textDocument/references');
    assert.equal(refs.length, 2, 'the id of vendor-1 and the reference from vendor-2');
    const rename = await answer<{ changes: Record<string, unknown[]> }>('textDocument/rename');
    assert.equal(rename.changes[uri].length, 2);
    const hints = await answer<unknown[]>('textDocument/inlayHint');
    assert.equal(hints.length, ENTRIES);
    const hover = await answer<{ contents: unknown } | null>('textDocument/hover');
    assert.ok(hover?.contents);
    const summary = await answer<Record<string, unknown>>('subprocessors/summary');
    assert.ok(summary);
    assert.equal(client.exited, false);
  });
});

describe('the request guard', () => {
  const broken = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'fixes', 'broken-example.subprocessors.yaml'), 'utf8');
  const result = lintText(broken, { today: TODAY });

  test('"fix all" on the broken example takes more than one round (so stopping between rounds means something)', () => {
    let rounds = 0;
    const g = fixAllRounds(result);
    while (!g.next().done) rounds++;
    assert.ok(rounds >= 1, `${rounds} checkpoints`);
    assert.ok(fixAll(result).applied > 0);
  });

  test('"fix all" stops between rounds once the request is cancelled', async () => {
    const source = new CancellationTokenSource();
    let roundsRun = 0;
    function* observed() {
      const rounds = fixAllRounds(result);
      for (;;) {
        const step = rounds.next();
        if (step.done) return step.value;
        roundsRun++;
        source.cancel(); // the client cancels while the first round is being computed
        yield step.value;
      }
    }
    await assert.rejects(
      requestGuard(source.token).steps(observed()),
      (err: ResponseError<void>) => err.code === LSPErrorCodes.RequestCancelled,
    );
    assert.equal(roundsRun, 1, 'no round after the cancellation');
  });

  test('a request already cancelled does not run its handler', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    let ran = false;
    const handler = cancellable(
      { textOf: () => ({ text: '', version: 1 }) },
      () => 'file:///x.yaml',
      () => (ran = true),
    );
    await assert.rejects(handler({}, source.token), (err: ResponseError<void>) => err.code === LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
  });

  test('an answer for a document that changed meanwhile is refused with ContentModified', async () => {
    let version = 1;
    const handler = cancellable(
      { textOf: () => ({ text: '', version }) },
      () => 'file:///x.yaml',
      async (_: unknown, guard) => {
        version = 2; // an edit arrives while the request is being answered
        await guard.checkpoint();
        return 'stale';
      },
    );
    await assert.rejects(
      handler({}, new CancellationTokenSource().token),
      (err: ResponseError<void>) => err.code === LSPErrorCodes.ContentModified,
    );
    const unchanged = cancellable(
      { textOf: () => ({ text: '', version: 1 }) },
      () => 'file:///x.yaml',
      async (_: unknown, guard) => {
        await guard.checkpoint();
        return 'fresh';
      },
    );
    assert.equal(await unchanged({}, new CancellationTokenSource().token), 'fresh');
  });
});
