/**
 * The CLI's input: which files to check (folders searched without following symbolic links out of the tree
 * or round a loop) and their text. Every failure is a one-line message naming the file, never a stack trace.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isInventoryFileName } from '../engine';
import { readTextFile, walkFiles } from '../engine/node';
import { InputError, inputErrorOf } from './errors';
import type { Say } from './messages';

/** A file or folder the CLI cannot use; the message is one line, for stderr, and the exit code is 2. */
export { InputError };

/** Why `stat` failed, in the words of the run's language. */
function describe(err: unknown): Say {
  const code = (err as NodeJS.ErrnoException).code;
  return (w) => w.systemReason(code, String((err as Error).message ?? err).split('\n')[0]!);
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
      const reason = describe(err);
      throw new InputError((w) => w.cannotRead(p, reason(w)));
    }
    if (stat.isDirectory()) {
      const found = await findInventories(abs);
      // A folder with none is a wrong path or a misnamed file: checking nothing must not pass.
      if (!found.length) throw new InputError((w) => w.noInventoryIn(p));
      for (const f of found) out.add(f);
    } else if (stat.isFile()) out.add(abs);
    else throw new InputError((w) => w.cannotRead(p, w.notRegular));
  }
  return [...out];
}

/** Inventories under `root` (the same walk as the editor's workspace scan), sorted. */
export async function findInventories(root: string): Promise<string[]> {
  return (await walkFiles(root, Infinity)).filter((f) => isInventoryFileName(f)).sort();
}

/** A file's text, read by the one input reader (regular files only, size-capped, UTF-8); an `InputError` naming `shown` otherwise. */
export async function readInventory(file: string, shown: string, maxBytes: number): Promise<string> {
  try {
    return await readTextFile(file, { maxBytes, limitName: '--max-file-size' });
  } catch (err) {
    throw inputErrorOf(err, shown);
  }
}
