/**
 * Reading policy files from disk, for the CLI and the server (the rest of the engine is I/O-free): only
 * regular files of a bounded size, and, when a root is given, only where the real path (after symbolic
 * links) stays inside it.
 */
import * as fs from 'node:fs';
import { readTextFileSync } from './inputFile';
import { isInside } from '../policyResolution';

const MAX_POLICY_BYTES = 1024 * 1024;

export function readPolicyFileSync(absolutePath: string, root?: string): string | undefined {
  try {
    if (root) {
      const real = fs.realpathSync(absolutePath);
      if (!isInside(fs.realpathSync(root), real)) return undefined;
    }
    return readTextFileSync(absolutePath, { maxBytes: MAX_POLICY_BYTES });
  } catch {
    return undefined;
  }
}
