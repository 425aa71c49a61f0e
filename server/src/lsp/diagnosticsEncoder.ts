/**
 * The JSON of the messages the server writes on stdio (`vscode-jsonrpc`'s `contentTypeEncoder`), with the JSON of
 * each diagnostic kept: a keystroke re-publishes every diagnostic of the file, most of them the very objects of
 * the previous publication (`toDiagnostics` re-uses them), and serialising them all again was a quarter of the
 * server's work for a keystroke at 1,000 entries. The bytes are those of `JSON.stringify` of the whole message,
 * as the default encoder writes them; anything not shaped as the server's `publishDiagnostics` goes through it.
 * Node only (Buffer); the web worker posts messages as objects.
 */
import type { Message } from 'vscode-languageserver/node';

/** The JSON of each diagnostic of the last publications, for the few documents last published (an LRU by URI). */
const KEPT_URIS = 4;
const kept = new Map<string, Map<object, Buffer>>();

const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}}');

interface PublishParams {
  uri: string;
  version?: number | null;
  diagnostics: object[];
}

/** The params when they are exactly what `sendDiagnostics` writes: `uri`, `version` (maybe), `diagnostics`, in that order. */
function publishParams(msg: Message): PublishParams | undefined {
  const m = msg as { method?: unknown; params?: unknown };
  if (m.method !== 'textDocument/publishDiagnostics') return undefined;
  const keys = Object.keys(msg);
  if (keys.length !== 3 || keys[0] !== 'jsonrpc' || keys[1] !== 'method' || keys[2] !== 'params') return undefined;
  const params = m.params as PublishParams | undefined;
  if (!params || typeof params !== 'object' || typeof params.uri !== 'string' || !Array.isArray(params.diagnostics)) return undefined;
  const p = Object.keys(params).join(',');
  if (p !== 'uri,version,diagnostics' && p !== 'uri,diagnostics') return undefined;
  return params;
}

/** The message as UTF-8 JSON, the same bytes as `Buffer.from(JSON.stringify(msg), 'utf-8')`. */
export function encodeMessage(msg: Message): Buffer {
  const params = publishParams(msg);
  if (!params) return Buffer.from(JSON.stringify(msg), 'utf-8');
  const previous = kept.get(params.uri);
  const next = new Map<object, Buffer>();
  const version = params.version === undefined ? '' : `,"version":${JSON.stringify(params.version)}`;
  const parts: Buffer[] = [
    Buffer.from(
      `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(params.uri)}${version},"diagnostics":[`,
      'utf-8',
    ),
  ];
  for (const d of params.diagnostics) {
    let json = previous?.get(d) ?? next.get(d);
    if (!json) {
      // `null` where JSON.stringify writes it for an element of an array (undefined, a function).
      json = Buffer.from(JSON.stringify(d) ?? 'null', 'utf-8');
    }
    next.set(d, json);
    if (parts.length > 1) parts.push(COMMA);
    parts.push(json);
  }
  parts.push(TAIL);
  kept.delete(params.uri);
  kept.set(params.uri, next);
  if (kept.size > KEPT_URIS) kept.delete(kept.keys().next().value!);
  return Buffer.concat(parts);
}

/** A `vscode-jsonrpc` content type encoder writing `encodeMessage` (the charset of the server's writer is UTF-8). */
export const JSON_ENCODER = {
  name: 'application/json',
  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};
