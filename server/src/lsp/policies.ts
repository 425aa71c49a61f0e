/**
 * The server's side of policies, kept thin: the diagnostics of open policy files, and which inventories to
 * re-check when a policy changes. Where an inventory's policy is read from is the host's (`host.ts`);
 * resolution itself is the engine's (`lintInventory`), the same as the CLI's.
 */
import type { Lang } from '../knowledge';
import { isPolicyFileName, lintPolicyText } from '../engine';
import { toDiagnostics } from '../languageService';

const POLICY_LANGUAGE_ID = 'subprocessor-policy';

export function isPolicyUri(uri: string, languageId?: string): boolean {
  return languageId === POLICY_LANGUAGE_ID || isPolicyFileName(uri);
}

/** The diagnostics of a policy document. */
export function policyDiagnostics(text: string, docsBase: string, lang: Lang = 'en') {
  const { findings, parsed } = lintPolicyText(text);
  return toDiagnostics(findings, parsed.lines, docsBase, lang);
}

/** The inventories whose last result used (or looked for) the policy at `policyPath`. */
export function inventoriesUsing(policyPath: string | undefined, used: Iterable<[string, { policyPath?: string }]>): string[] {
  if (!policyPath) return [];
  return [...used].filter(([, a]) => a.policyPath === policyPath).map(([uri]) => uri);
}
