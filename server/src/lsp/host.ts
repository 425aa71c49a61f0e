/**
 * What the language server needs from where it runs. The Node server reads the workspace folders from disk
 * (`nodeHost.ts`); the web build has no file system and checks the open documents only (`webHost.ts`). The
 * rest of the server is the same code in both.
 */
import type { PolicyLocation } from '../engine';

export interface FoundFiles {
  inventories: string[];
  policies: string[];
}

export type DiskRead = { text: string } | { tooLarge: number } | { error: string };

export interface ServerHost {
  /** The path of a `file:` URI; undefined for any other URI, and always in the web build (no files). */
  filePath(uri: string): string | undefined;
  /** The `file:` URI of a path. */
  fileUri(file: string): string;
  /** Whether `file` is inside the folder `root` (both paths). */
  isInside(root: string, file: string): boolean;
  /** Whether `file` (inside `root`) matches one of the `subprocessors.files` globs. */
  matchesGlobs(root: string, file: string, globs: readonly string[]): boolean;
  /** A file of the workspace that is not open: regular files only, within `maxBytes`, UTF-8. */
  readFile(file: string, maxBytes: number): Promise<DiskRead>;
  /** The inventory and policy files under a workspace folder. */
  findFiles(root: string, extraGlobs: readonly string[]): Promise<FoundFiles>;
  /** Where the policy of an inventory is looked for; `openText` gives an open document's text by path. */
  policyLocation(uri: string, roots: readonly string[], openText: (file: string) => string | undefined): PolicyLocation;
  /** The folder URL of the rule pages shipped with the server (ending in `/`), if it knows one. */
  docsBase(): string | undefined;
}
