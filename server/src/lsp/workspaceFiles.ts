/** Finds the inventories of a workspace folder on disk, so that closed files get diagnostics too. */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { isInventoryFileName, isPolicyFileName } from '../engine';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.e2e']);
const MAX_FILES_VISITED = 50_000;

export function matchesExtraGlobs(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.split(path.sep).join('/');
  return globs.some((g) => minimatch(p, g, { dot: false, nocase: false }));
}

export interface FoundFiles {
  inventories: string[];
  policies: string[];
}

/** Walks `root` (without following symbolic links) for inventory and policy files. */
export async function findWorkspaceFiles(root: string, extraGlobs: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { inventories: [], policies: [] };
  let visited = 0;
  const queue = [root];
  while (queue.length && visited < MAX_FILES_VISITED) {
    const dir = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      visited++;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(full);
      } else if (e.isFile()) {
        if (isInventoryFileName(e.name) || (extraGlobs.length && matchesExtraGlobs(path.relative(root, full), extraGlobs))) {
          found.inventories.push(full);
        } else if (isPolicyFileName(e.name)) found.policies.push(full);
      }
    }
  }
  return found;
}
