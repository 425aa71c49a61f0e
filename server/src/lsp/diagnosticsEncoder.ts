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

const COMMA = 0x2c; // ,
const CLOSE = Buffer.from(']}}');

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
 * The message whose diagnostics are `list`, after `head` (the JSON up to the array's `[`), from the previous
 * publication's bytes where the list has the same objects: a keystroke changes the diagnostics of one entry, so the
 * list is the previous one's first diagnostics (the very objects), new ones, then the previous one's last
 * diagnostics. Only the new ones are serialised, and the message is written into one buffer (the publication kept
 * for the next one is a view of it: a keystroke at 1,000 entries copies its 0.9 MB once, not three times).
 */
function message(head: Buffer, list: readonly object[], previous: Published | undefined): { bytes: Buffer; published: Published } {
  const old = previous?.diagnostics ?? [];
  let same = 0;
  while (same < list.length && same < old.length && list[same] === old[same]) same++;
  let tail = 0;
  while (tail < list.length - same && tail < old.length - same && list[list.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
  // The previous body's bytes kept before and after the new diagnostics (each without the comma that joins it).
  const headBytes = same > 0 ? previous!.ends[same - 1] : 0;
  const first = old.length - tail;
  const tailFrom = tail > 0 ? (first === 0 ? 0 : previous!.ends[first - 1] + 1) : 0;
  const tailBytes = tail > 0 ? previous!.body.length - tailFrom : 0;
  const added: Buffer[] = [];
  let length = headBytes;
  for (let i = same; i < list.length - tail; i++) {
    // `null` where JSON.stringify writes it for an element of an array (undefined, a function).
    const bytes = Buffer.from(JSON.stringify(list[i]) ?? 'null', 'utf-8');
    added.push(bytes);
    length += (length > 0 ? 1 : 0) + bytes.length;
  }
  if (tail > 0) length += (length > 0 ? 1 : 0) + tailBytes;
  const bytes = Buffer.allocUnsafe(head.length + length + CLOSE.length);
  head.copy(bytes, 0);
  const at = head.length;
  let n = 0;
  const ends: number[] = [];
  if (same > 0) {
    previous!.body.copy(bytes, at, 0, headBytes);
    n = headBytes;
    for (let i = 0; i < same; i++) ends.push(previous!.ends[i]);
  }
  for (const piece of added) {
    if (n > 0) bytes[at + n++] = COMMA;
    piece.copy(bytes, at + n);
    n += piece.length;
    ends.push(n);
  }
  if (tail > 0) {
    if (n > 0) bytes[at + n++] = COMMA;
    previous!.body.copy(bytes, at + n, tailFrom);
    const shift = n - tailFrom;
    n += tailBytes;
    for (let i = first; i < old.length; i++) ends.push(previous!.ends[i] + shift);
  }
  CLOSE.copy(bytes, at + n);
  return { bytes, published: { diagnostics: list, body: bytes.subarray(at, at + n), ends } };
}

/** The message as UTF-8 JSON, the same bytes as `Buffer.from(JSON.stringify(msg), 'utf-8')`. */
export function encodeMessage(msg: Message): Buffer {
  const params = publishParams(msg);
  if (!params) return Buffer.from(JSON.stringify(msg), 'utf-8');
  const version = params.version === undefined ? '' : `,"version":${JSON.stringify(params.version)}`;
  const head = `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(params.uri)}${version},"diagnostics":[`;
  const { bytes, published } = message(Buffer.from(head, 'utf-8'), params.diagnostics, kept.get(params.uri));
  kept.delete(params.uri);
  kept.set(params.uri, published);
  if (kept.size > KEPT_URIS) kept.delete(kept.keys().next().value!);
  return bytes;
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
