/**
 * The CLI's input: which files to check (folders searched without following symbolic links out of the tree
 * or round a loop) and their text. Every failure is a one-line message naming the file, never a stack trace.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isInventoryFileName, walkFiles } from '../engine';
import { InputError } from './errors';

/** A file or folder the CLI cannot use; the message is one line, for stderr, and the exit code is 2. */
export { InputError };

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return code ?? String((err as Error).message ?? err).split('\n')[0];
  }
}

/** The files named on the command line, with folders searched for inventories (sorted, each once). */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      throw new InputError(`cannot read ${p}: ${describe(err)}`);
    }
    if (stat.isDirectory()) {
      const found = await findInventories(abs);
      // A folder with none is a wrong path or a misnamed file: checking nothing must not pass.
      if (!found.length) throw new InputError(`no inventory in ${p} (looked for subprocessors.yaml and *.subprocessors.yaml)`);
      for (const f of found) out.add(f);
    } else if (stat.isFile()) out.add(abs);
    else throw new InputError(`cannot read ${p}: not a regular file`);
  }
  return [...out];
}

/** Inventories under `root` (the same walk as the editor's workspace scan), sorted. */
export async function findInventories(root: string): Promise<string[]> {
  return (await walkFiles(root, Infinity)).filter((f) => isInventoryFileName(f)).sort();
}

/**
 * A file's text. Invalid UTF-8 is refused (a legal record must not be checked, or later rewritten, with
 * U+FFFD in place of what was there): the message names the file and the line of the first bad byte.
 * A UTF-8 byte order mark is dropped.
 */
export async function readInventory(file: string, shown: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new InputError(`cannot read ${shown}: ${describe(err)}`);
  }
  return decodeUtf8(bytes, shown);
}

/** The text of UTF-8 bytes, without a byte order mark; an `InputError` naming `shown` and the line of the first bad byte otherwise. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstInvalidLine(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    throw new InputError(`cannot read ${shown}: not valid UTF-8 (line ${line}); save it as UTF-8`);
  }
}

function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 10) continue;
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
