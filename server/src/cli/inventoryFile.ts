/** Reading an inventory for `render` and `diff`: a file, or `REV:path` from git; unusable input is an `InputError`. */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { lintText, type LintOptions, type LintResult } from '../engine';
import { InputError } from './cli';

export interface LoadedInventory {
  /** As the user named it. */
  name: string;
  text: string;
  result: LintResult;
}

function gitShow(spec: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // An argument array, no shell: the revision and path are never interpreted by a shell.
    execFile('git', ['show', '--end-of-options', spec], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new InputError(`cannot read ${spec} from git: ${(stderr || err.message).split('\n')[0]!.trim()}`));
      else resolve(stdout);
    });
  });
}

export async function readInputText(name: string, cwd: string, allowGit = false): Promise<string> {
  const file = path.resolve(cwd, name);
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const rev = /^([^:]+):(.+)$/.exec(name);
    if (allowGit && code === 'ENOENT' && rev && !/^[a-zA-Z]$/.test(rev[1]!)) return gitShow(name, cwd);
    throw new InputError(`cannot read ${name}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}`);
  }
}

/** Parses and checks the inventory; refuses text that is empty or not YAML (nothing sensible can be made from it). */
export async function loadInventory(name: string, cwd: string, options: LintOptions & { allowGit?: boolean } = {}): Promise<LoadedInventory> {
  const text = await readInputText(name, cwd, options.allowGit);
  if (!text.trim()) throw new InputError(`${name} is empty`);
  const result = lintText(text, options);
  const problem = result.parsed.problems.find((p) => p.code !== 'MULTIPLE_DOCUMENTS');
  if (problem) {
    const at = result.parsed.lines.positionAt(problem.range.start);
    throw new InputError(`${name} is not valid YAML (line ${at.line + 1}, column ${at.character + 1}): ${problem.message}`);
  }
  if (!result.model.value) throw new InputError(`${name} is not an inventory: expected a mapping with \`inventory\` and \`subprocessors\``);
  return { name, text, result };
}

export async function writeOutput(output: string | undefined, content: string, io: { cwd: string; stdout: { write(s: string): unknown } }): Promise<void> {
  if (output === undefined || output === '-') {
    io.stdout.write(content);
    return;
  }
  try {
    await fs.writeFile(path.resolve(io.cwd, output), content, 'utf8');
  } catch (err) {
    throw new InputError(`cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
