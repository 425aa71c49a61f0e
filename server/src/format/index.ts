/**
 * The one formatter at the edge: the engine's results are facts (a finding's rule, message id and data; a fix's
 * title as a message id and data); this layer writes them in a language, where they are shown (the language
 * service, the CLI's formatters, the published page, the LSP). One lint result can be shown in any language:
 * changing the language re-formats, it never re-lints.
 */
import { formatMessage, type Finding, type Fix, type RelatedLocation } from '../engine';
import type { Lang } from '../knowledge';
import { fill, phrases } from './catalogs/phrases';
import { dataWords, ruleText } from './words';

/** A finding's message in `lang`: the template of its message id (the rule's, or the catalogue's) filled from its data. */
export function formatFinding(finding: Pick<Finding, 'ruleId' | 'messageId' | 'data'>, lang: Lang): string {
  return ruleText(finding.ruleId, finding.messageId, finding.data, lang);
}

/** The message of one of a finding's related locations, in `lang`. */
export function formatRelated(finding: Pick<Finding, 'ruleId'>, related: Pick<RelatedLocation, 'messageId' | 'data'>, lang: Lang): string {
  return ruleText(finding.ruleId, related.messageId, related.data, lang);
}

/** A fix's title in `lang`: its rule's message (or "Accept this risk…") filled from its data. */
export function formatFixTitle(fix: Pick<Fix, 'title'>, lang: Lang): string {
  const { ruleId, messageId, data } = fix.title;
  if (ruleId !== undefined) return ruleText(ruleId, messageId, data, lang);
  const template = phrases(lang).acceptRisk;
  return formatMessage(template, dataWords(data, lang, template));
}

/** The title of "fix all" with the number of fixes it applies, in `lang` (the label of its edit too). */
export function formatFixAllTitle(applied: number, lang: Lang): string {
  return fill(phrases(lang).fixAll, { applied });
}

export { factWords, dataWords } from './words';
export { entryName } from './entryName';
export { fill, phrases, plural, pluralOf, type Plural } from './catalogs/phrases';
export { alternatives } from './lists';
export { formatSize } from './size';
export { longDate, proseDates } from './dates';
export { schemaWords } from './schemaWords';
export { ruleDocsLink } from './docsLink';
export { ruleDescription } from './catalogs';
export { describedIn } from './schemaText';
export { assessmentSentence, noTierText, safeguardText, scopeText, tierGroundsText } from './assessmentText';
