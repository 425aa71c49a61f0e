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
