/**
 * The types the rule contract (`rule.ts`) and the rules' fixers need from the runner, declared here so that a
 * rule imports no runner module (`lint.ts`, `fixes.ts`, `rules/index.ts`, which import every rule).
 * `test/architecture/imports.test.ts` keeps it so.
 */
import type { OffsetEdit } from './edits';
import type { FixTitle } from './fixTitle';
import type { InventoryModel } from './model';
import type { ParsedYaml } from './parse';
import type { Policy } from './policy';
import type { Finding } from './types';

/** What a rule's `fix` reads of a lint result (`LintResult` has it all). */
export interface FixContext {
  readonly parsed: ParsedYaml;
  readonly model: InventoryModel;
  /** The findings in force. */
  readonly findings: readonly Finding[];
  readonly policy: Policy;
  /** Today, as YYYY-MM-DD. */
  readonly today: string;
}

/** A fix as a rule returns it: its title not written yet. */
export interface FixDraft {
  /** The message id and data of the fix's rule its title is written from. */
  title: FixTitle;
  /** The findings the fix resolves. */
  findings: Finding[];
  edits: OffsetEdit[];
  /** Safe to apply without review (fix all, on save). */
  safe: boolean;
  preferred?: boolean;
  /** `file`: a fix over the whole file, left out of "fix all" (which uses the per-entry fixes). */
  scope?: 'file';
  /** `accept-risk`: "Accept this risk…", offered for a finding of any rule (not the rule's own fix). */
  kind?: 'accept-risk';
  /** How many facts the fix records as `unknown` because it could not state them (a missing field it fills). */
  unstated?: number;
}
