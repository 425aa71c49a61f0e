import type { Lang } from '../knowledge';

const DISJUNCTIONS = new Map<Lang, Intl.ListFormat>();

/** Alternatives as `lang` writes them: "a or b", "a, b, or c"; « a ou b », « a, b ou c » (`Intl.ListFormat`). */
export function alternatives(items: readonly string[], lang: Lang): string {
  let format = DISJUNCTIONS.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'disjunction' });
    DISJUNCTIONS.set(lang, format);
  }
  return format.format(items);
}
