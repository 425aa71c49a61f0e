/**
 * What `subproc check` reads: files, folders (searched for inventories), glob patterns (quoted, so that the
 * shell does not expand them: `'**\/*.subprocessors.yaml'`), and `-` for standard input. Files found by a
 * folder walk or a glob are filtered by `.subprocignore` and `.gitignore` of the working folder (gitignore
 * syntax); a file named explicitly is always checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import { walkFiles } from '../engine/node';
import { collectFiles, findInventories } from './files';
import { InputError } from './errors';

/** The characters that make a path a glob pattern. */
const GLOB = /[*?[\]{}]/;

export const STDIN = '-';

/** The ignore rules of `cwd`: `.subprocignore` and `.gitignore`, when present. */
function ignoreRules(cwd: string): Ignore {
  const rules = ignore();
  for (const name of ['.gitignore', '.subprocignore']) {
    try {
      rules.add(fs.readFileSync(path.join(cwd, name), 'utf8'));
    } catch {
      // absent or unreadable: no rules from it
    }
  }
  return rules;
}

/**
 * The files to check, in order, each once; `-` stays as it is (standard input). A folder or a glob that
 * matches nothing (after the ignore files) is an `InputError`: checking nothing must not pass.
 */
export async function resolveInputs(paths: readonly string[], cwd: string): Promise<string[]> {
  const rules = ignoreRules(cwd);
  const kept = (file: string) => {
    const rel = path.relative(cwd, file).split(path.sep).join('/');
    return rel.startsWith('..') || path.isAbsolute(rel) || rel === '' || !rules.ignores(rel);
  };
  const out: string[] = [];
  const add = (f: string) => {
    if (!out.includes(f)) out.push(f);
  };
  for (const p of paths) {
    if (p === STDIN) {
      add(STDIN);
      continue;
    }
    if (GLOB.test(p) && !fs.existsSync(path.resolve(cwd, p))) {
      const pattern = p.split(path.sep).join('/').replace(/^\.\//, '');
      const matched = (await walkFiles(cwd, Infinity))
        .filter((f) => minimatch(path.relative(cwd, f).split(path.sep).join('/'), pattern, { dot: false }))
        .filter(kept)
        .sort();
      if (!matched.length) throw new InputError((w) => w.noFileMatches(p));
      matched.forEach(add);
      continue;
    }
    const abs = path.resolve(cwd, p);
    if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      const found = (await findInventories(abs)).filter(kept);
      if (!found.length) throw new InputError((w) => w.noInventoryIn(p));
      found.forEach(add);
      continue;
    }
    (await collectFiles([p], cwd)).forEach(add);
  }
  return out;
}
