/**
 * The one reader of text files from disk, for every command of the CLI and for the server's reads of files
 * that are not open (the workspace scan, watched files, policies). Node only, like `files.ts`; the rest of
 * the engine does no I/O.
 *
 * What it guarantees, whatever the path names:
 * - only a regular file is read (after following symbolic links): a FIFO, a device such as `/dev/zero`, a
 *   socket or a folder is refused at once, never read;
 * - its size is checked before reading, and reading stops one byte past the limit (a file that grows while
 *   read, or a `/proc` file that reports size 0, cannot exhaust memory);
 * - the bytes are UTF-8 (a UTF-8 byte order mark is dropped); anything else is refused, naming the line of
 *   the first bad byte, never decoded with U+FFFD in place of what was there.
 * Every refusal is an `InputFileError` whose message is one line.
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as fsSync from 'node:fs';

type InputFileProblem = 'not-found' | 'permission' | 'is-directory' | 'not-regular' | 'too-large' | 'not-utf8' | 'unreadable';

export class InputFileError extends Error {
  constructor(
    readonly problem: InputFileProblem,
    message: string,
    /** For `too-large`: the size in bytes, as far as it was seen. */
    readonly bytes?: number,
    /** What a message in another language needs: the limit and how it is set (`too-large`), the line (`not-utf8`). */
    readonly detail: { limit?: number; limitName?: string; line?: number } = {},
  ) {
    super(message);
  }
}

interface ReadOptions {
  /** The most bytes to read; 0 or less: no limit. */
  maxBytes: number;
  /** How the limit is set, for the message (`--max-file-size`, the `subprocessors.maxFileSize` setting). */
  limitName?: string;
}

function fromErrno(err: unknown): InputFileError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputFileError('not-found', 'no such file or directory');
    case 'EACCES':
    case 'EPERM':
      return new InputFileError('permission', 'permission denied');
    case 'EISDIR':
      return new InputFileError('is-directory', 'is a directory');
    case 'ELOOP':
      return new InputFileError('unreadable', 'too many levels of symbolic links');
    default:
      return new InputFileError('unreadable', code ?? String((err as Error)?.message ?? err).split('\n')[0]!);
  }
}

function checkStat(stat: fsSync.Stats, options: ReadOptions): void {
  if (stat.isDirectory()) throw new InputFileError('is-directory', 'is a directory');
  if (!stat.isFile()) throw new InputFileError('not-regular', 'not a regular file (a device, a pipe or a socket is never read)');
  if (options.maxBytes > 0 && stat.size > options.maxBytes) throw tooLarge(stat.size, options);
}

function tooLarge(bytes: number, options: ReadOptions): InputFileError {
  const limit = `${englishSize(options.maxBytes)} limit${options.limitName ? ` (${options.limitName})` : ''}`;
  return new InputFileError('too-large', `larger than the ${limit}`, bytes, { limit: options.maxBytes, limitName: options.limitName });
}

/** The text of what was read: too large when reading went past the limit, else its UTF-8. */
function decodeRead(chunks: Buffer[], total: number, options: ReadOptions): string {
  if (options.maxBytes > 0 && total > options.maxBytes) throw tooLarge(total, options);
  return decodeUtf8(Buffer.concat(chunks, total));
}

/** `O_NONBLOCK`: should the path become a FIFO between the check and the open, the open does not wait for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

/** The text of the file at `file` (see the module's guarantees); an `InputFileError` otherwise. */
export async function readTextFile(file: string, options: ReadOptions): Promise<string> {
  let handle: fs.FileHandle | undefined;
  try {
    checkStat(await fs.stat(file), options);
    handle = await fs.open(file, OPEN_FLAGS);
    checkStat(await handle.stat(), options);
    const cap = options.maxBytes > 0 ? options.maxBytes + 1 : Infinity;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, cap - total);
      if (want <= 0) break;
      const buffer = Buffer.alloc(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return decodeRead(chunks, total, options);
  } catch (err) {
    throw err instanceof InputFileError ? err : fromErrno(err);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** `readTextFile` for the few synchronous readers (policies, resolved while an inventory is checked). */
export function readTextFileSync(file: string, options: ReadOptions): string {
  let fd: number | undefined;
  try {
    checkStat(fsSync.statSync(file), options);
    fd = fsSync.openSync(file, OPEN_FLAGS);
    checkStat(fsSync.fstatSync(fd), options);
    const cap = options.maxBytes > 0 ? options.maxBytes + 1 : Infinity;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, cap - total);
      if (want <= 0) break;
      const buffer = Buffer.alloc(want);
      const bytesRead = fsSync.readSync(fd, buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return decodeRead(chunks, total, options);
  } catch (err) {
    throw err instanceof InputFileError ? err : fromErrno(err);
  } finally {
    if (fd !== undefined) fsSync.closeSync(fd);
  }
}

/** The text of UTF-8 bytes, without a byte order mark; an `InputFileError` naming the line of the first bad byte otherwise. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstInvalidLine(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    throw new InputFileError('not-utf8', `not valid UTF-8 (line ${line}); save it as UTF-8`, undefined, { line });
  }
}

function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/** A size in English, for the error's own message (`format/size.ts` writes it in the user's language). */
function englishSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
