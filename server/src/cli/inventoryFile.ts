/**
 * Reading an inventory for `render` and `diff`: a file, or `REV:path` from git; unusable input is an `InputError`.
 * It is checked with the policy it resolves to, as `check` does (`policyOption.ts`); for `REV:path` the `policy:`
 * key is resolved from `path` in the working tree.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { type LintResult, isPlainObject, placeholdersIn } from '../engine';
import { formatSize } from '../format';
import { decodeUtf8, InputFileError, readTextFile } from '../engine/node';
import { InputError, inputErrorOf } from './errors';
import { lintWithPolicy } from './policyOption';

interface LoadedInventory {
  /** As the user named it. */
  name: string;
  /** Where it was read from: `git` (`REV:path`) or the working tree's file. */
  source: 'git' | 'file';
  text: string;
  result: LintResult;
}

function gitShow(spec: string, cwd: string, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // An argument array, no shell: the revision and path are never interpreted by a shell. Output past the
    // size limit stops git (maxBuffer), as a file over it is never read.
    const maxBuffer = maxBytes > 0 ? maxBytes : 1024 * 1024 * 1024;
    execFile('git', ['show', '--end-of-options', spec], { cwd, maxBuffer, encoding: 'buffer' }, (err, stdout, stderr) => {
      if ((err as { code?: string } | null)?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        reject(new InputError((w) => w.gitTooLarge(spec, formatSize(maxBuffer, w.lang))));
      } else if (err) reject(new InputError((w) => w.gitFailed(spec, (stderr.toString('utf8') || err.message).split('\n')[0]!.trim())));
      else {
        try {
          resolve(decodeUtf8(stdout));
        } catch (e) {
          reject(inputErrorOf(e, spec));
        }
      }
    });
  });
}

export async function readInputText(name: string, cwd: string, maxBytes: number, allowGit = false): Promise<string> {
  return (await readInput(name, cwd, maxBytes, allowGit)).text;
}

/** Whether git resolves `spec` (`REV:path`) to an object, here; false outside a repository or on any failure. */
function gitResolves(spec: string, cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', spec], { cwd }, (err) => resolve(!err));
  });
}

/** Whether something exists at `file` on the disk (a link, even a dangling one, counts). */
async function onDisk(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file, by the one input reader `check` uses (regular files only, size-capped, UTF-8), or `REV:path` from git.
 * A name that git resolves as `REV:path` is read from git, never from a file of that literal name: when both
 * exist, the name is ambiguous and refused (a commit could otherwise add such a file to steer the notice).
 */
async function readInput(name: string, cwd: string, maxBytes: number, allowGit = false): Promise<{ text: string; fromGit: boolean }> {
  const rev = allowGit ? /^([^:]+):(.+)$/.exec(name) : null;
  const maybeGit = !!rev && !/^[a-zA-Z]$/.test(rev[1]!);
  if (maybeGit && (await gitResolves(name, cwd))) {
    if (await onDisk(path.resolve(cwd, name))) throw new InputError((w) => w.gitAmbiguous(name));
    return { text: await gitShow(name, cwd, maxBytes), fromGit: true };
  }
  try {
    return { text: await readTextFile(path.resolve(cwd, name), { maxBytes, limitName: '--max-file-size' }), fromGit: false };
  } catch (err) {
    if (maybeGit && err instanceof InputFileError && err.problem === 'not-found') {
      return { text: await gitShow(name, cwd, maxBytes), fromGit: true }; // says why git cannot read it
    }
    throw inputErrorOf(err, name);
  }
}

/** Parses and checks the inventory; refuses text that is empty or not YAML (nothing sensible can be made from it). */
interface LoadOptions {
  today?: string;
  /** The size limit of the file, in bytes (0: none). */
  maxBytes: number;
  allowGit?: boolean;
  /** The checked `--policy` file (absolute), from `policyOverride`. */
  policyOverride?: string;
}

/** Where the inventory named `name` lives on disk (for `REV:path`, the path in the working tree). */
function inventoryPath(name: string, cwd: string, fromGit: boolean): string {
  return path.resolve(cwd, fromGit ? name.slice(name.indexOf(':') + 1) : name);
}

export async function loadInventory(name: string, cwd: string, options: LoadOptions): Promise<LoadedInventory> {
  const { text, fromGit } = await readInput(name, cwd, options.maxBytes, options.allowGit);
  if (!text.trim()) throw new InputError((w) => w.empty(name));
  const result = lintWithPolicy(text, inventoryPath(name, cwd, fromGit), cwd, options.policyOverride, { today: options.today });
  const problem = result.parsed.problems.find((p) => p.code !== 'MULTIPLE_DOCUMENTS');
  if (problem) {
    const at = result.parsed.lines.positionAt(problem.range.start);
    throw new InputError((w) => w.notYaml(name, at.line + 1, at.character + 1, problem.message));
  }
  const value = result.model.value;
  // A mapping with neither key is another file (a policy, a compose file), not an inventory with fields missing.
  if (!isPlainObject(value) || (!('inventory' in value) && !('subprocessors' in value))) {
    throw new InputError((w) => w.notInventory(name));
  }
  // A placeholder would be published (or put into a notice) as if it were a value: refused, at its place.
  const placeholders = placeholdersIn(result.parsed.doc, text);
  if (placeholders.length) {
    const [first] = placeholders;
    const at = result.parsed.lines.positionAt(first!.range.start);
    throw new InputError((w) =>
      w.placeholder(name, at.line + 1, at.character + 1, first!.field, first!.placeholder, placeholders.length - 1),
    );
  }
  return { name, text, result, source: fromGit ? 'git' : 'file' };
}
