/** The repository an inventory belongs to: where its policy search stops (as ESLint, yamllint and markdownlint-cli2 stop). */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `file`'s folder that holds `.git` (a folder, or a worktree's file); undefined outside a repository. */
export function repositoryRoot(file: string): string | undefined {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
