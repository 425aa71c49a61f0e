/**
 * The server's side of policies, kept thin: where an inventory's policy is read from (an open document,
 * else the disk, never outside the inventory's workspace folder), the diagnostics of open policy files,
 * and which inventories to re-check when a policy changes. Resolution itself is the engine's
 * (`lintInventory`), the same as the CLI's.
 */
import type { Lang } from '../knowledge';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isInside, isPolicyFileName, lintPolicyText, readPolicyFileSync, type LintResult, type PolicyLocation } from '../engine';
import { toDiagnostics } from '../languageService';

export const POLICY_LANGUAGE_ID = 'subprocessor-policy';

export interface PolicyHost {
  documents: TextDocuments<TextDocument>;
  workspaceRoots(): string[];
}

export function isPolicyUri(uri: string, languageId?: string): boolean {
  return languageId === POLICY_LANGUAGE_ID || isPolicyFileName(uri);
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Where the policy of the inventory at `uri` is looked for, and how it is read. */
export function policyLocation(uri: string, host: PolicyHost): PolicyLocation {
  const inventoryPath = filePath(uri);
  const root = inventoryPath
    ? host
        .workspaceRoots()
        .filter((r) => isInside(r, inventoryPath))
        .sort((a, b) => b.length - a.length)[0]
    : undefined;
  const confine = root ?? (inventoryPath ? path.dirname(inventoryPath) : undefined);
  return {
    inventoryPath,
    root,
    read(absolutePath) {
      // The text being edited wins over the disk; `resolveInventoryPolicy` has checked the path is inside.
      for (const doc of host.documents.all()) if (filePath(doc.uri) === absolutePath) return doc.getText();
      return readPolicyFileSync(absolutePath, confine);
    },
  };
}

/** The diagnostics of a policy document. */
export function policyDiagnostics(text: string, docsBaseUrl?: string, lang: Lang = 'en') {
  const { findings, parsed } = lintPolicyText(text, lang);
  return toDiagnostics(findings, parsed.lines, docsBaseUrl);
}

/** The inventories whose last result used (or looked for) the policy at `policyUri`. */
export function inventoriesUsing(policyUri: string, analyses: Iterable<[string, { result: LintResult }]>): string[] {
  const p = filePath(policyUri);
  if (!p) return [];
  return [...analyses].filter(([, a]) => a.result.policyPath === p).map(([uri]) => uri);
}
