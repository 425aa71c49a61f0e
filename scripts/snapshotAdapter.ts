/**
 * The engine's API as `findingsSnapshot.ts` uses it: the only part of the snapshot that follows the API when it
 * changes (before issue 26, the engine wrote the messages in the language it linted in).
 */
import { fixesFor, lintText, type Fix, type LintOptions, type LintResult } from '../server/src/engine';
import type { Lang } from '../server/src/lang';

export interface Linted {
  result: LintResult;
  fr: LintResult;
}

export function lintFor(text: string, options: LintOptions): Linted {
  return { result: lintText(text, { ...options, lang: 'en' }), fr: lintText(text, { ...options, lang: 'fr' }) };
}

/** The message of the `i`th finding in `lang`. */
export function messageOf(linted: Linted, i: number, lang: Lang): string {
  const en = linted.result.findings[i];
  const fr = linted.fr.findings[i];
  if (fr.ruleId !== en.ruleId || fr.messageId !== en.messageId) throw new Error('the French lint differs');
  return lang === 'en' ? en.message : fr.message;
}

/** The fixes of the `i`th finding, with their titles in both languages. */
export function fixesOf(linted: Linted, i: number): { fix: Fix; en: string; fr: string }[] {
  const en = fixesFor(linted.result, linted.result.findings[i]);
  const fr = fixesFor(linted.fr, linted.fr.findings[i]);
  if (fr.length !== en.length) throw new Error('the French fixes differ');
  return en.map((fix, k) => ({ fix, en: fix.title, fr: fr[k].title }));
}
