/**
 * The engine's API as `findingsSnapshot.ts` uses it: the only part of the snapshot that follows the API when it
 * changes. Since issue 26 the engine has no language: it lints once, and the formatter (`format/`) writes the
 * same result's messages and fix titles in each language.
 */
import { fixesFor, lintText, type Fix, type LintOptions, type LintResult } from '../server/src/engine';
import { formatFinding, formatFixTitle } from '../server/src/format';
import type { Lang } from '../server/src/lang';

export interface Linted {
  result: LintResult;
}

export function lintFor(text: string, options: LintOptions): Linted {
  return { result: lintText(text, options) };
}

/** The message of the `i`th finding in `lang`. */
export function messageOf(linted: Linted, i: number, lang: Lang): string {
  return formatFinding(linted.result.findings[i], lang);
}

/** The fixes of the `i`th finding, with their titles in both languages. */
export function fixesOf(linted: Linted, i: number): { fix: Fix; en: string; fr: string }[] {
  return fixesFor(linted.result, linted.result.findings[i]).map((fix) => ({
    fix,
    en: formatFixTitle(fix, 'en'),
    fr: formatFixTitle(fix, 'fr'),
  }));
}
