/** What every `subproc check` output format receives: each checked file with the engine's result. */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { entryAt, pathAtOffset, type Finding, type LintResult } from '../../engine';
import type { Lang } from '../../lang';

/** What a format shows of a checked file: an inventory's whole result, or a policy file's findings (no model). */
type CheckedResult = Pick<LintResult, 'parsed' | 'findings' | 'suppressed'> &
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
  /** The language to write the findings in (`--lang`): SARIF describes its rules in the same one. */
  lang?: Lang;
}

/** 1-based line and column of a finding's start and end (end column one past the last character), UTF-16 columns. */
export function findingPosition(result: Pick<LintResult, 'parsed'>, f: Pick<Finding, 'range'>) {
  const p = result.parsed.lines.positionAt(f.range.start);
  const e = result.parsed.lines.positionAt(f.range.end);
  return { line: p.line + 1, column: p.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** The path as the user sees it: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
}

/**
 * A fingerprint per finding that stays the same whatever the display language and wherever the finding's line
 * moves (GitLab `fingerprint`, SARIF `partialFingerprints`): a hash of the file, the rule, the message id, the
 * entry the finding is about (its id, else its place in the list) and the field path inside it. Findings alike in
 * all of these are told apart by their rank, in document order. No message text goes in: it is a display.
 */
export function findingFingerprints(name: string, result: CheckedResult, findings: readonly Finding[]): string[] {
  const root = result.model?.root ?? result.parsed.doc?.contents;
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const entry = result.model ? entryAt(result.model, f.range.start) : undefined;
    let where = pathAtOffset(root, f.range.start);
    let owner = '';
    if (entry && entry.path.every((seg, i) => where[i] === seg)) {
      where = where.slice(entry.path.length);
      owner = entry.id !== undefined ? `id:${entry.id}` : `#${entry.index}`;
    }
    const key = [name, f.ruleId, f.messageId, owner, JSON.stringify(where)].join('\0');
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    return createHash('sha256').update(`${key}\0${rank}`).digest('hex');
  });
}
