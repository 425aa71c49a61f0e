/**
 * Every file `subproc` writes (`check -o`, `check --fix`, `render -o`, `import -o`, `diff -o`) goes through
 * `writeFileSafely`: never in place, never through a link, never over an input.
 *
 * - The target must be a regular file or absent: a symbolic link (at the target, or at any folder between the
 *   working folder and it) is refused, and so is a FIFO, a device or a folder. `--fix` on a symlinked
 *   inventory is refused too: we never write through a link, even one that points inside the working folder.
 * - `-o` creates missing parent folders, and refuses a path that is also an input (the same file, by device
 *   and inode, so a hard link or another spelling of the path is caught).
 * - The content goes to a temporary file in the same folder (created exclusively, so never through a link),
 *   is flushed to disk (fsync), then renamed over the target: a failed write (disk full, file size limit)
 *   leaves the target as it was, never truncated.
 * - `--fix`: just before the rename, the file is read again and its hash compared with the text the fixes
 *   were computed from; if it changed (an edit saved meanwhile), nothing is written and the run says so.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { InputError } from './errors';
import type { Say } from './messages';

interface WriteOptions {
  /** The working folder: symbolic links between it and the target are refused. */
  cwd: string;
  /** Absolute paths of the files the command read: the target must be none of them. */
  inputs?: readonly string[];
  /** Create the target's missing parent folders (`-o`). */
  createParents?: boolean;
  /** `--fix`: the text the new content was computed from, and how to read the file again to compare. */
  unchangedSince?: { text: string; read: () => Promise<string> };
}

function refuse(say: Say): never {
  throw new InputError(say);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function lstatOrUndefined(file: string) {
  try {
    return await fs.lstat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Refuses a target that is a link or not a regular file; returns its stat when it exists. */
async function checkTarget(target: string, shown: string) {
  const stat = await lstatOrUndefined(target);
  if (stat?.isSymbolicLink()) refuse((w) => w.writeSymlink(shown));
  if (stat && !stat.isFile()) refuse((w) => w.writeNotRegular(shown));
  return stat;
}

/** Refuses a symbolic link at any existing folder between `cwd` and the target (when the target is under `cwd`). */
async function checkFolders(target: string, cwd: string, shown: string): Promise<void> {
  const rel = path.relative(cwd, path.dirname(target));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return;
  let at = cwd;
  for (const part of rel.split(path.sep)) {
    at = path.join(at, part);
    const stat = await lstatOrUndefined(at);
    if (!stat) return;
    if (stat.isSymbolicLink()) refuse((w) => w.writeSymlink(shown));
  }
}

async function sameFileAsInput(target: string, inputs: readonly string[]): Promise<boolean> {
  const resolved = path.resolve(target);
  if (inputs.some((i) => path.resolve(i) === resolved)) return true;
  const t = await fs.stat(target).catch(() => undefined);
  if (!t) return false;
  for (const input of inputs) {
    const s = await fs.stat(input).catch(() => undefined);
    if (s && s.dev === t.dev && s.ino === t.ino) return true;
  }
  return false;
}

/** Writes `content` to `target` atomically (see the module's comment); any refusal or failure is an `InputError`. */
export async function writeFileSafely(target: string, content: string, shown: string, options: WriteOptions): Promise<void> {
  const file = path.resolve(options.cwd, target);
  const folder = path.dirname(file);
  let temp: string | undefined;
  try {
    await checkFolders(file, options.cwd, shown);
    const before = await checkTarget(file, shown);
    if (options.inputs?.length && (await sameFileAsInput(file, options.inputs))) refuse((w) => w.writeIsInput(shown));
    if (options.createParents) await fs.mkdir(folder, { recursive: true });
    temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    // `wx`: created here and now, never an existing file or a link planted at that name.
    const handle = await fs.open(temp, 'wx', before ? before.mode & 0o7777 : 0o666);
    try {
      if (before) await handle.chmod(before.mode & 0o7777); // the file keeps its permissions, whatever the umask
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.unchangedSince) {
      const now = await options.unchangedSince.read();
      if (sha256(now) !== sha256(options.unchangedSince.text)) refuse((w) => w.writeChanged(shown));
    }
    await checkTarget(file, shown); // again, just before the rename: nothing swapped in meanwhile
    await fs.rename(temp, file);
    temp = undefined;
    // The rename itself is made durable with the folder (best effort: not every system syncs a folder).
    const dir = await fs.open(folder, 'r').catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
  } catch (err) {
    if (err instanceof InputError) throw err;
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new InputError((w) => w.cannotWrite(shown, reason));
  } finally {
    if (temp) await fs.unlink(temp).catch(() => undefined);
  }
}

/** `-o FILE` of every command (`-` or none: standard output). `inputs`: the files the command read. */
export async function writeOutput(
  output: string | undefined,
  content: string,
  io: { cwd: string; stdout: { write(s: string): unknown } },
  inputs: readonly string[] = [],
): Promise<void> {
  if (output === undefined || output === '-') {
    io.stdout.write(content);
    return;
  }
  await writeFileSafely(output, content, output, { cwd: io.cwd, inputs, createParents: true });
}
