/**
 * The language server's host in a web worker (vscode.dev, github.dev): no file system, so the server checks
 * the open documents only, and a `policy:` file is said to be unreadable here (see `host.ts`).
 */
import type { ServerHost } from './host';

export const WEB_HOST: ServerHost = {
  filePath: () => undefined,
  fileUri: (file) => `file://${file}`,
  isInside: () => false,
  matchesGlobs: () => false,
  readFile: async () => ({ error: 'this editor reads no files' }),
  findFiles: async () => ({ inventories: [], policies: [] }),
  policyLocation: () => ({ noFiles: true, read: () => undefined }),
  docsBase: () => undefined,
};
