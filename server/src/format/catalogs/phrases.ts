/**
 * The phrases of each language (`en.ts`, and `FR_PHRASES` in `fr.ts`, typed from it), and how one is written:
 * a template filled from named values (`fill`), a plural picked by `Intl.PluralRules` (`plural`). The one place
 * that picks a language's catalogue: nothing else in `server/src` compares a language with `'fr'`
 * (`test/architecture/langBranches.test.ts`).
 */
import { formatMessage, type PluralOf } from '../../engine';
import { typeset, type Lang } from '../../knowledge';
import { EN } from './en';
import { FR_PHRASES } from './fr';
import type { Phrases, Plural } from './types';

export type { Plural } from './types';

/** Every string of a catalogue as `lang` writes it (French spacing before `:` and `;`, inside « »). */
function typesetAll<T>(catalog: T, lang: Lang): T {
  if (typeof catalog === 'string') return typeset(catalog, lang) as T;
  if (catalog === null || typeof catalog !== 'object') return catalog;
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, typesetAll(v, lang)])) as T;
}

/** The phrases of each language, typeset once. */
export const PHRASES: Readonly<Record<Lang, Phrases<typeof EN>>> = { en: EN, fr: typesetAll(FR_PHRASES, 'fr') };

/** The phrases of `lang`. */
export function phrases(lang: Lang): Phrases<typeof EN> {
  return PHRASES[lang];
}

/** A phrase's template filled from `data` (`{{name}}` placeholders; a list is joined with commas). */
export function fill(template: string, data: Readonly<Record<string, string | number | readonly string[]>>): string {
  return formatMessage(template, data);
}

const pluralRules = new Map<Lang, PluralOf>();

/** The plural category `lang` gives a count (`Intl.PluralRules`: French says "one" of 0 and 1), for `formatMessage`. */
export function pluralOf(lang: Lang): PluralOf {
  let select = pluralRules.get(lang);
  if (!select) {
    const rules = new Intl.PluralRules(lang);
    select = (count) => rules.select(count);
    pluralRules.set(lang, select);
  }
  return select;
}

/** The form of `forms` that `lang` uses for `count` (`Intl.PluralRules`: French says "one" of 0 and 1). */
export function plural(forms: Plural, count: number, lang: Lang): string {
  return pluralOf(lang)(count) === 'one' ? forms.one : forms.other;
}
