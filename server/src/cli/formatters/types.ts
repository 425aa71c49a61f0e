/** What every `subproc check` output format receives: each checked file with the engine's result. */
import * as path from 'node:path';
import type { Finding, LintResult } from '../../engine';

/** What a format shows of a checked file: an inventory's whole result, or a policy file's findings (no model). */
export type CheckedResult = Pick<LintResult, 'parsed' | 'findings' | 'suppressed'> &
  Partial<Pick<LintResult, 'model' | 'policyPath' | 'policy' | 'today'>>;

export interface CheckedFile {
  /** Absolute path. */
  file: string;
  result: CheckedResult;
  /** What the file was checked as: an inventory, or a policy (`subproc check subprocessor-policy.yaml`). */
  kind?: 'inventory' | 'policy';
}

/** What the user chose about the output beyond the format. */
export interface FormatOptions {
  /** Base URL of the rule pages, ending in `/` (`--docs-base-url`); default: the shipped copy. */
  docsBaseUrl?: string;
}

/** 1-based line and column of a finding's start and end (end column one past the last character), UTF-16 columns. */
export function findingPosition(result: Pick<LintResult, 'parsed'>, f: Finding) {
  const p = result.parsed.lines.positionAt(f.range.start);
  const e = result.parsed.lines.positionAt(f.range.end);
  return { line: p.line + 1, column: p.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** The path as the user sees it: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
}
