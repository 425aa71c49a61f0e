/**
 * What the server does on an open (`lsp/server.ts`: `InventoryDocument`, then `toDiagnostics` and the JSON of
 * `textDocument/publishDiagnostics`), without the connection, for `bench/openProfile.ts` (bundled like the server).
 */
import { parseDocument } from 'yaml';
import { InventoryDocument } from '../server/src/engine/document';
import { resolveInventoryPolicy } from '../server/src/engine/policyResolution';
import { toDiagnostics } from '../server/src/languageService';

/** An open → the JSON-RPC message of its diagnostics; returns the message's length. */
export function openToDiagnostics(text: string, today: string): number {
  const document = new InventoryDocument(text, { today, lang: 'en' }, (parsed) => {
    const resolved = resolveInventoryPolicy(parsed, { read: () => undefined }, 'en');
    return { policy: resolved.policy, policyProblem: resolved.problem, policyPath: resolved.policyPath };
  });
  const result = document.result;
  const diagnostics = toDiagnostics(result.findings, result.parsed.lines, 'https://example.invalid/docs/', result.lang, 'file:///x.yaml');
  const message = JSON.stringify({
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: 'file:///x.yaml', version: 1, diagnostics },
  });
  return message.length;
}

/** The bare `yaml` parse the bench compares with. */
export function bareParse(text: string): number {
  return parseDocument(text).contents ? 1 : 0;
}
