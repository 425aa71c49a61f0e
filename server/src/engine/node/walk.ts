/** The workspace walk (Node only): the inventories and policies under a folder. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders never searched for inventories: dependencies, build output, and hidden folders (`.git`, ...). */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out']);

/**
 * Every regular file under `root`, breadth first, sorted within each folder. Symbolic links are not followed
 * (so a link loop or a link out of the tree is never walked); unreadable folders are skipped; the walk stops
 * after `maxEntries` directory entries. Shared by the language server's workspace scan and `subproc check`.
 */
export async function walkFiles(root: string, maxEntries = 50_000): Promise<string[]> {
  const files: string[] = [];
  const queue = [root];
  let visited = 0;
  for (let i = 0; i < queue.length && visited < maxEntries; i++) {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(queue[i], { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (++visited > maxEntries) break;
      const full = join(queue[i], e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(full);
      } else if (e.isFile()) files.push(full);
    }
  }
  return files;
}
