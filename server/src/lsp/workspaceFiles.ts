/** Finds the inventories of a workspace folder on disk, so that closed files get diagnostics too. */
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { isInventoryFileName, isPolicyFileName, walkFiles } from '../engine';

export function matchesExtraGlobs(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.split(path.sep).join('/');
  return globs.some((g) => minimatch(p, g, { dot: false, nocase: false }));
}

export interface FoundFiles {
  inventories: string[];
  policies: string[];
}

/** The inventory and policy files under `root` (the shared walk: no symbolic links, no hidden or build folders). */
export async function findWorkspaceFiles(root: string, extraGlobs: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { inventories: [], policies: [] };
  for (const file of await walkFiles(root)) {
    if (isInventoryFileName(file) || (extraGlobs.length && matchesExtraGlobs(path.relative(root, file), extraGlobs)))
      found.inventories.push(file);
    else if (isPolicyFileName(file)) found.policies.push(file);
  }
  return found;
}
