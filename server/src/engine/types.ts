/**
 * The engine's vocabulary. Offsets are UTF-16 code unit indices into the document text (as JavaScript
 * strings and LSP positions count them); line and character are 0-based.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface OffsetRange {
  /** First code unit of the range. */
  start: number;
  /** One past the last code unit. */
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

/** What a finding's data may hold when nothing more is known of it (its rule types it: `Finding<MyData>`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the rule that reported a finding knows its data's type
export type AnyData = { readonly [key: string]: any };

export interface Finding<D extends object = AnyData> {
  /** The rule id: the diagnostic's code, public (settings, policy files, SARIF, docs). */
  ruleId: string;
  severity: Severity;
  /** Which of the rule's `meta.messages` says it (its words are written where it is shown: `format/`). */
  messageId: string;
  range: OffsetRange;
  /** The facts of the finding, typed by its rule: the message's placeholders and what its fixes need. */
  data?: D;
  /**
   * Other places the finding is about, in the same document (LSP `relatedInformation`, SARIF
   * `relatedLocations`): each with its own message id of the rule and data.
   */
  related?: RelatedLocation[];
}

/** A place a finding points at besides its own range: its message id and language-neutral data. */
export interface RelatedLocation {
  range: OffsetRange;
  messageId: string;
  data: AnyData;
}

export type RuleCategory = 'syntax' | 'schema' | 'reference' | 'certification' | 'selection' | 'transfer' | 'security' | 'hygiene';

/**
 * Whether a rule's findings come with fixes: `safe` when some of them may be applied unseen (fix all, on
 * save: they only re-file what the file says or insert placeholders), `review` when every fix asserts a fact
 * only the user knows and is offered as a quick fix only.
 */
export type Fixable = 'safe' | 'review';

export interface RuleMeta<M extends string = string> {
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One sentence: what the rule checks. */
  description: string;
  /** Absent: the rule offers no fix. */
  fixable?: Fixable;
  /** The rule's messages by id: templates whose `{{name}}` placeholders are filled from a finding's data. */
  messages: Record<M, string>;
}
