/** `encodeMessage` writes the bytes of `JSON.stringify`, with each diagnostic's JSON kept between publications. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from './diagnosticsEncoder';

const same = (msg: object) => assert.equal(encodeMessage(msg as Message).toString('utf-8'), JSON.stringify(msg));

const diagnostic = (line: number, message: string) => ({
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  severity: 2,
  code: 'weak-admin-mfa',
  source: 'subprocessors',
  message,
  data: { label: { fact: 'entry', id: 'é-"x"\n', index: line } },
});

test('a publication is written as JSON.stringify writes it, again after its diagnostics changed', () => {
  const a = diagnostic(1, 'Administrators of `ovh` rely on SMS — “switch” to \u2028 webauthn');
  const b = diagnostic(5, 'second\ttab \\ backslash 😀');
  const uri = 'file:///w/ümlaut "q"/subprocessors.yaml';
  same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 3, diagnostics: [a, b] } });
  // The same objects (kept JSON), one new one, one gone.
  const c = diagnostic(7, 'third');
  same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 4, diagnostics: [b, c, b] } });
  same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, diagnostics: [] } });
  same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: null, diagnostics: [a] } });
});

test('any other message, or params of another shape, goes through JSON.stringify as is', () => {
  same({ jsonrpc: '2.0', id: 4, result: { items: [{ label: 'x' }] } });
  same({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'checked' } });
  same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [], uri: 'file:///a' } });
  same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [undefined] } });
});

test('random publications (kept first and last diagnostics, new ones between, some gone) give the bytes of JSON.stringify', () => {
  let seed = 27;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const uris = ['file:///a.yaml', 'file:///b.yaml', 'file:///c.yaml', 'file:///d.yaml', 'file:///e.yaml', 'file:///f.yaml'];
  const lists = new Map<string, object[]>();
  for (let k = 0; k < 400; k++) {
    const uri = uris[Math.floor(random() * (k % 50 < 40 ? 1 : uris.length))];
    const list = [...(lists.get(uri) ?? [])];
    // A window replaced by 0 to 3 new diagnostics (or, sometimes, by diagnostics already in the list).
    const at = Math.floor(random() * (list.length + 1));
    const removed = Math.floor(random() * Math.min(3, list.length - at + 1));
    const added = Array.from({ length: Math.floor(random() * 4) }, (_, i) =>
      random() < 0.1 && list.length ? list[0] : diagnostic(k * 10 + i, `message ${k}.${i} — ü`),
    );
    list.splice(at, removed, ...added);
    lists.set(uri, list);
    same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: k, diagnostics: list } });
  }
});
