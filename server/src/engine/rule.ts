/**
 * What a rule is. One module per rule under `rules/`, exporting `defineRule({...})`: its metadata (with its
 * messages by id and whether it is fixable), a check, and its fixes.
 *
 * - The check runs over one entry (`checkEntry`, whose results can be kept per entry) or over the whole
 *   document (`check`). It reports a range, a message id and the finding's data, typed by the rule (`D`); the
 *   engine adds the rule id and the severity the policy gives it. The words are written where the finding is
 *   shown (`format/`), from `meta.messages` (English) or a catalogue.
 * - `fix` turns one of the rule's own findings (with that same typed data) into fixes: surgical text edits
 *   (`edits.ts`), each marked safe for fix all or not. A fixer that throws is a bug: it is not caught here.
 */
import type { Fact } from './facts';
import type { FixContext, FixDraft } from './ruleTypes';
import type { EntryModel, InventoryModel } from './model';
import type { ParsedYaml } from './parse';
import type { Policy } from './policy';
import type { Assessment } from './selection';
import type { SchemaIssue } from './schemaValidation';
import type { AnyData, Finding, OffsetRange, RuleMeta, Severity } from './types';

export interface Report<D extends object = AnyData, M extends string = string> {
  range: OffsetRange;
  messageId: M;
  data: D;
  /**
   * A severity for this finding other than the rule's default (e.g. a certification that expires soon is a
   * warning, one that has expired an error), never above the default. A severity set for the rule in the
   * policy is the most its findings can be: `error` keeps this finding's own `warning`, `info` lowers it.
   */
  severity?: Severity;
  /** Other places the finding points at (each value it lists, say): a message id of the rule and its data each. */
  related?: readonly { range: OffsetRange; messageId: M; data: AnyData }[];
}

export type Reporter<D extends object = AnyData, M extends string = string> = (report: Report<D, M>) => void;

/** Why the policy the inventory names could not be used (the default policy applies instead). */
export interface PolicyProblem {
  messageId: 'unsaved' | 'outside' | 'notYaml' | 'notFound' | 'invalid' | 'noFiles';
  data: PolicyProblemData;
}

export interface PolicyProblemData {
  policy: string;
  reason: 'unsaved' | 'outside' | 'not-yaml' | 'not-found' | 'invalid' | 'no-files';
  path?: string;
  root?: string;
  errors?: number;
  line?: number;
  /** The policy's first error (`invalid`), quoted in the message. */
  first?: Extract<Fact, { fact: 'finding' }>;
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

interface Rule<D extends object = AnyData, M extends string = string> {
  readonly meta: RuleMeta<M>;
  check?(ctx: RuleContext, report: Reporter<D, M>): void;
  /**
   * Checks one entry. Its findings are kept per entry between versions (`EntryResultCache`): they may depend
   * only on the entry itself, `defaults`, the policy and today, not on other entries (use `check` for that).
   */
  checkEntry?(entry: EntryModel, ctx: RuleContext, report: Reporter<D, M>): void;
  /**
   * The fixes of one of this rule's findings in `result` (the document has no YAML error when this is
   * called). Return none when the document does not allow one safely. Only for `meta.fixable` rules.
   */
  fix?(finding: Finding<D>, result: FixContext): FixDraft[];
}

/**
 * A rule with its data and message ids inferred from the object: `export const myRule = defineRule<MyData>()({...})`.
 * Its id stays a literal type (`'missing-field'`, not `string`): the catalogues' type is computed from the rules'
 * ids and message ids (`catalogs/types.ts`).
 */
export function defineRule<D extends object>() {
  return <M extends string, I extends string>(
    rule: Rule<D, M> & { readonly meta: { readonly id: I } },
  ): Rule<D, M> & { readonly meta: { readonly id: I } } => rule;
}

/** Any rule, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;

/** A finding of `rule`: facts only (its message id and data); its words are written where it is shown (`format/`). */
export function makeFinding<D extends object, M extends string>(
  rule: Rule<D, M>,
  messageId: M,
  data: D,
  range: OffsetRange,
  severity: Severity = rule.meta.defaultSeverity,
  related?: Report<AnyData, M>['related'],
): Finding<D> {
  if (!(messageId in rule.meta.messages)) throw new Error(`rule ${rule.meta.id} has no message "${messageId}"`);
  const finding: Finding<D> = { ruleId: rule.meta.id, severity, messageId, range, data };
  if (related?.length) finding.related = related.map((r) => ({ range: r.range, messageId: r.messageId, data: r.data }));
  return finding;
}
