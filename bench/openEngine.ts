/**
 * What the server does on an open (`lsp/server.ts`: `InventoryDocument`, then `toDiagnostics` and the JSON of
 * `textDocument/publishDiagnostics`), without the connection, for `bench/openProfile.ts` (bundled like the server).
 */
import { parseDocument } from 'yaml';
import { InventoryDocument } from '../server/src/engine/document';
import { EntryResultCache, lintParsed } from '../server/src/engine/lint';
import { parseYaml } from '../server/src/engine/parse';
import { resolveInventoryPolicy } from '../server/src/engine/policyResolution';
import { toDiagnostics } from '../server/src/languageService';

/** An open → the JSON-RPC message of its diagnostics; returns the message's length. */
export function openToDiagnostics(text: string, today: string): number {
  const document = new InventoryDocument(text, { today }, (parsed) => {
    const resolved = resolveInventoryPolicy(parsed, { read: () => undefined });
    return { policy: resolved.policy, policyProblem: resolved.problem, policyPath: resolved.policyPath };
  });
  const result = document.result;
  const diagnostics = toDiagnostics(result.findings, result.parsed.lines, 'https://example.invalid/docs/', 'en', 'file:///x.yaml');
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

/** The CPU time (ms) of an open's phases: the parse, the model and rules, the diagnostics and their JSON. */
export function openPhases(text: string, today: string): { parse: number; lint: number; diagnostics: number } {
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = cpu();
  const parsed = parseYaml(text);
  const t1 = cpu();
  const resolved = resolveInventoryPolicy(parsed, { read: () => undefined });
  const result = lintParsed(parsed, { today, policy: resolved.policy }, new EntryResultCache());
  const t2 = cpu();
  const diagnostics = toDiagnostics(result.findings, result.parsed.lines, 'https://example.invalid/docs/', 'en', 'file:///x.yaml');
  JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.yaml', version: 1, diagnostics } });
  const t3 = cpu();
  return { parse: t1 - t0, lint: t2 - t1, diagnostics: t3 - t2 };
}
