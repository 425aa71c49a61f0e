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

export interface Finding {
  /** The rule id: the diagnostic's code, public (settings, policy files, SARIF, docs). */
  ruleId: string;
  severity: Severity;
  /** One line that names the fact and the fix. */
  message: string;
  range: OffsetRange;
  /** Machine-readable details for quick fixes (a suggestion, the missing field, ...). */
  data?: Record<string, unknown>;
}

export type RuleCategory = 'syntax' | 'schema' | 'reference' | 'certification' | 'selection' | 'transfer' | 'security' | 'hygiene';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** One sentence: what the rule checks. */
  description: string;
}
