/**
 * The rules' messages in each language. English is each rule's own `meta.messages` (the source of the ids and
 * placeholders); other languages have a catalogue here, one file per language, typed `Catalog` (`types.ts`): `tsc`
 * fails on a missing message, fix title or description. `catalogs.test.ts` checks the placeholders are the same.
 */
import { typeset, type Lang } from '../../knowledge';
import { FR, FR_DESCRIPTIONS } from './fr';
import type { RuleCatalog } from './types';

/** The catalogues of the languages other than English, as written (before French spacing). */
export const CATALOGS: Readonly<Record<Exclude<Lang, 'en'>, RuleCatalog>> = { fr: FR };

/** The rules' one-sentence descriptions in the languages other than English (English: `meta.description`). */
export const DESCRIPTIONS: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = { fr: FR_DESCRIPTIONS };

/** A rule's description in `lang` (English when the catalogue lacks it: a test forbids that). */
export function ruleDescription(rule: { meta: { id: string; description: string } }, lang: Lang): string {
  if (lang === 'en') return rule.meta.description;
  const written = DESCRIPTIONS[lang][rule.meta.id];
  return written === undefined ? rule.meta.description : typeset(written, lang);
}

const spaced = new Map<string, string>();

/** The template of a rule's message in `lang`: the English one when the catalogue lacks it (a test forbids that). */
export function templateIn(lang: Lang, ruleId: string, messageId: string, english: string): string {
  if (lang === 'en') return english;
  const written = CATALOGS[lang][ruleId]?.[messageId];
  if (written === undefined) return english;
  const key = `${lang}\0${ruleId}\0${messageId}`;
  let text = spaced.get(key);
  if (text === undefined) {
    text = typeset(written, lang);
    spaced.set(key, text);
  }
  return text;
}
