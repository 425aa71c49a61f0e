/** The language server's host under Node: the workspace folders read from disk (see `host.ts`). */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';
import { isInside, isInventoryFileName, isPolicyFileName } from '../engine';
import { InputFileError, readPolicyFileSync, readTextFile, repositoryRoot, shippedDocsBase, walkFiles } from '../engine/node';
import type { FoundFiles, ServerHost } from './host';

/** Whether `relativePath` (with the platform's separators) matches one of the `subprocessors.files` globs. */
function matchesExtraGlobs(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.split(path.sep).join('/');
  return globs.some((g) => minimatch(p, g, { dot: false, nocase: false }));
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export const NODE_HOST: ServerHost = {
  filePath,
  fileUri: (file) => pathToFileURL(file).href,
  isInside,
  matchesGlobs: (root, file, globs) => globs.length > 0 && matchesExtraGlobs(path.relative(root, file), globs),

  async readFile(file, maxBytes) {
    try {
      return { text: await readTextFile(file, { maxBytes, limitName: 'subprocessors.maxFileSize' }) };
    } catch (err) {
      if (err instanceof InputFileError && err.problem === 'too-large') return { tooLarge: err.bytes ?? maxBytes + 1 };
      return { error: (err as Error).message };
    }
  },

  /** The shared walk: no symbolic links, no hidden or build folders. */
  async findFiles(root, extraGlobs): Promise<FoundFiles> {
    const found: FoundFiles = { inventories: [], policies: [] };
    for (const file of await walkFiles(root)) {
      if (isInventoryFileName(file) || (extraGlobs.length && matchesExtraGlobs(path.relative(root, file), extraGlobs)))
        found.inventories.push(file);
      else if (isPolicyFileName(file)) found.policies.push(file);
    }
    return found;
  },

  /** The inventory's policy is read from an open document, else the disk, never outside its workspace folder. */
  policyLocation(uri, roots, openText) {
    const inventoryPath = filePath(uri);
    // A document of a virtual workspace (vscode-vfs:, ...) has no file around it to read a policy from.
    if (!inventoryPath && !uri.startsWith('untitled:')) return { noFiles: true, read: () => undefined };
    const root = inventoryPath ? roots.filter((r) => isInside(r, inventoryPath)).sort((a, b) => b.length - a.length)[0] : undefined;
    const confine = root ?? (inventoryPath ? path.dirname(inventoryPath) : undefined);
    return {
      inventoryPath,
      root,
      // The search for a policy beside the inventory stops at its repository's root when that is inside the folder.
      searchRoot: inventoryPath ? repositoryRoot(inventoryPath) : undefined,
      // The text being edited wins over the disk; `resolveInventoryPolicy` has checked the path is inside.
      read: (absolutePath) => openText(absolutePath) ?? readPolicyFileSync(absolutePath, confine),
    };
  },

  docsBase: shippedDocsBase,
};
