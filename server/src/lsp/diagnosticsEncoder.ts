/**
 * The JSON of the messages the server writes on stdio (`vscode-jsonrpc`'s `contentTypeEncoder`), with the JSON of
 * each diagnostic kept: a keystroke re-publishes every diagnostic of the file, most of them the very objects of
 * the previous publication (`toDiagnostics` re-uses them), and serialising them all again was a quarter of the
 * server's work for a keystroke at 1,000 entries. The bytes are those of `JSON.stringify` of the whole message,
 * as the default encoder writes them; anything not shaped as the server's `publishDiagnostics` goes through it.
 * Node only (Buffer); the web worker posts messages as objects.
 */
import type { Message } from 'vscode-languageserver/node';

/**
 * The last publication of a document: its diagnostics, the JSON of their array without the brackets (`body`) and
 * where each diagnostic's JSON ends in it (`ends`, in bytes; a comma follows each but the last).
 */
interface Published {
  diagnostics: readonly object[];
  body: Buffer;
  ends: number[];
}

/** The last publication of the few documents last published (an LRU by URI). */
const KEPT_URIS = 4;
const kept = new Map<string, Published>();

const COMMA = Buffer.from(',');

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

/**
 * The JSON body of `list`, from the previous publication's bytes where the list has the same objects: a keystroke
 * changes the diagnostics of one entry, so the list is the previous one's first diagnostics (the very objects),
 * new ones, then the previous one's last diagnostics. Only the new ones are serialised.
 */
function body(list: readonly object[], previous: Published | undefined): Published {
  const old = previous?.diagnostics ?? [];
  let head = 0;
  while (head < list.length && head < old.length && list[head] === old[head]) head++;
  let tail = 0;
  while (tail < list.length - head && tail < old.length - head && list[list.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
  const parts: Buffer[] = [];
  const ends: number[] = [];
  let length = 0;
  const add = (bytes: Buffer): void => {
    if (length > 0) {
      parts.push(COMMA);
      length++;
    }
    parts.push(bytes);
    length += bytes.length;
  };
  if (head > 0) {
    add(previous!.body.subarray(0, previous!.ends[head - 1]));
    for (let i = 0; i < head; i++) ends.push(previous!.ends[i]);
  }
  for (let i = head; i < list.length - tail; i++) {
    // `null` where JSON.stringify writes it for an element of an array (undefined, a function).
    add(Buffer.from(JSON.stringify(list[i]) ?? 'null', 'utf-8'));
    ends.push(length);
  }
  if (tail > 0) {
    const first = old.length - tail;
    const from = first === 0 ? 0 : previous!.ends[first - 1] + 1;
    add(previous!.body.subarray(from));
    const shift = length - previous!.body.length;
    for (let i = first; i < old.length; i++) ends.push(previous!.ends[i] + shift);
  }
  return { diagnostics: list, body: parts.length === 1 ? parts[0] : Buffer.concat(parts, length), ends };
}

/** The message as UTF-8 JSON, the same bytes as `Buffer.from(JSON.stringify(msg), 'utf-8')`. */
export function encodeMessage(msg: Message): Buffer {
  const params = publishParams(msg);
  if (!params) return Buffer.from(JSON.stringify(msg), 'utf-8');
  const published = body(params.diagnostics, kept.get(params.uri));
  kept.delete(params.uri);
  kept.set(params.uri, published);
  if (kept.size > KEPT_URIS) kept.delete(kept.keys().next().value!);
  const version = params.version === undefined ? '' : `,"version":${JSON.stringify(params.version)}`;
  const head = `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(params.uri)}${version},"diagnostics":[`;
  return Buffer.concat([Buffer.from(head, 'utf-8'), published.body, Buffer.from(']}}')]);
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
