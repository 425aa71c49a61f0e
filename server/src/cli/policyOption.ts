/**
 * Which policy every `subproc` command uses for an inventory, as the editor does: `--policy FILE` when given
 * (it must be readable and valid, or the command stops with exit 2), otherwise the inventory's own `policy:` key,
 * read only inside the working folder (or the inventory's folder when it lies outside it).
 */
import * as path from 'node:path';
import { isInside, lintInventory, lintPolicyText, type LintOptions, type LintResult, type PolicyLocation } from '../engine';
import { readPolicyFileSync, repositoryRoot } from '../engine/node';
import { formatFinding } from '../format';
import { InputError } from './errors';
import type { Lang } from '../knowledge';

/** The absolute path of `--policy FILE`, checked: an `InputError` (one line, exit 2) when it cannot be read or is invalid. */
export function policyOverride(option: string | undefined, cwd: string, lang: Lang = 'en'): string | undefined {
  if (option === undefined) return undefined;
  const file = path.resolve(cwd, option);
  const shown = path.relative(cwd, file) || file;
  const text = readPolicyFileSync(file);
  if (text === undefined) throw new InputError((w) => w.policyUnreadable(shown));
  const { findings, parsed, policy } = lintPolicyText(text);
  if (policy) return file;
  const errors = findings.filter((f) => f.severity === 'error');
  const first = errors[0];
  const at = first ? parsed.lines.positionAt(first.range.start) : undefined;
  // The rule's id closes the line, after the message without its closing period: "…, not the number 5 (invalid-value)".
  const message = first && formatFinding(first, lang).replace(/\.$/, '');
  const detail = first && at ? `${shown}:${at.line + 1}:${at.character + 1}: ${message} (${first.ruleId})` : undefined;
  throw new InputError((w) => w.policyInvalid(shown, detail, errors.length - 1));
}

/**
 * Where the policy of the inventory at `file` comes from (`override`: from `policyOverride`). Policies are read
 * only inside the inventory's repository (the folder holding `.git`), or outside any repository inside the current
 * folder (the inventory's folder, when it is elsewhere); a policy beside the inventory is searched upward to there,
 * so the result does not depend on where `subproc` runs.
 */
function policyLocation(file: string, cwd: string, override?: string): PolicyLocation {
  const root = repositoryRoot(file) ?? (isInside(cwd, file) ? cwd : path.dirname(file));
  return { inventoryPath: file, root, override, read: (p) => readPolicyFileSync(p, override ? undefined : root) };
}

/** Checks an inventory with the policy it resolves to: what `check`, `render` and `diff` all call. */
export function lintWithPolicy(
  text: string,
  file: string,
  cwd: string,
  override: string | undefined,
  options: Omit<LintOptions, 'policy' | 'policyProblem' | 'policyPath'> = {},
): LintResult {
  return lintInventory(text, policyLocation(file, cwd, override), options);
}
