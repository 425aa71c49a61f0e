/**
 * What a rule is. One module per rule under `rules/`, exporting a `Rule`: its metadata and a check, either
 * over one entry (`checkEntry`, whose results can be kept per entry) or over the whole document (`check`).
 * A rule reports a range and a message; the engine adds the id and the severity the policy gives it.
 */
import type { EntryModel, InventoryModel } from './model';
import type { ParsedYaml } from './parse';
import type { Policy } from './policy';
import type { Assessment } from './selection';
import type { SchemaIssue } from './schemaValidation';
import type { OffsetRange, RuleMeta, Severity } from './types';

export interface Report {
  range: OffsetRange;
  message: string;
  data?: Record<string, unknown>;
  /**
   * A severity for this finding other than the rule's default (e.g. a certification that expires soon is a
   * warning, one that has expired an error), never above the default. A severity set for the rule in the
   * policy is the most its findings can be: `error` keeps this finding's own `warning`, `info` lowers it.
   */
  severity?: Severity;
}

/** Why the policy the inventory names could not be used (the default policy applies instead). */
export interface PolicyProblem {
  message: string;
  data?: Record<string, unknown>;
}

export interface RuleContext {
  readonly parsed: ParsedYaml;
  readonly model: InventoryModel;
  readonly policy: Policy;
  /** Today, as YYYY-MM-DD: injectable so that results are deterministic. */
  readonly today: string;
  /** Set when the inventory's `policy:` could not be used and the default policy applies instead. */
  readonly policyProblem?: PolicyProblem;
  /** The entry's assessment under the policy (tier, scope, residency, safeguard), computed once per entry. */
  assess(entry: EntryModel): Assessment;
  /** Schema issues of the document outside the entries' contents. */
  readonly shellIssues: readonly SchemaIssue[];
  /** Schema issues of one entry (with what it inherits), computed once per entry. */
  entryIssues(entry: EntryModel): readonly SchemaIssue[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check?(ctx: RuleContext, report: (r: Report) => void): void;
  /**
   * Checks one entry. Its findings are kept per entry between versions (`EntryResultCache`): they may depend
   * only on the entry itself, `defaults`, the policy and today, not on other entries (use `check` for that).
   */
  checkEntry?(entry: EntryModel, ctx: RuleContext, report: (r: Report) => void): void;
}
