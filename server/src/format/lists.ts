import { countryName, getCertification, getCountry, inLanguage, type Lang } from '../knowledge';
import { phrases } from './catalogs/phrases';

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

const CONJUNCTIONS = new Map<Lang, Intl.ListFormat>();

/** Items that all apply, as `lang` writes them: "a and b", "a, b, and c"; « a et b », « a, b et c » (`Intl.ListFormat`). */
export function together(items: readonly string[], lang: Lang): string {
  let format = CONJUNCTIONS.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    CONJUNCTIONS.set(lang, format);
  }
  return format.format(items);
}

/**
 * Countries by their names in `lang`, as a list ("United States and India", « États-Unis et Inde »): where a person
 * expects names, not codes. The format's own places are words too: `EU` by the knowledge base's name (« Union
 * européenne »), `GLOBAL` as a place among others ("worldwide", « monde entier »).
 */
export function countryList(codes: readonly string[], lang: Lang): string {
  return together(
    codes.map((c) => (c === 'GLOBAL' ? phrases(lang).worldwide : (countryName(c, lang, getCountry(c)) ?? c))),
    lang,
  );
}

/**
 * Places in brackets, by the same words in every message: each by its name and code ("United States, US",
 * « États-Unis, US »), so that no name needs an article; several apart ("United Kingdom, GB; Switzerland, CH").
 * After "a third country" or "third countries" every code is one the knowledge base knows: a code it does not
 * (`ZZ`) is no third country. Such a code reaches here only among the countries an entry lists, quoted back
 * (`location-region-mismatch`: "listed: France, FR; ZZ"), where it is shown once, as written.
 */
export function placesInBrackets(codes: readonly string[], lang: Lang): string {
  return codes
    .map((c) => {
      const name = c === 'GLOBAL' ? phrases(lang).worldwide : countryName(c, lang, getCountry(c));
      return name && name !== c ? `${name}, ${c}` : c;
    })
    .join(phrases(lang).placesApart);
}

/**
 * Certifications by the names the knowledge base gives them in `lang` (an id it does not know, as written): all of
 * them ("SOC 2 Type II and ISO/IEC 27001"), or any one (`or`: « SOC 2 Type II ou ISO/IEC 27001 »).
 */
export function certificationNames(ids: readonly string[], lang: Lang, or = false): string {
  const names = ids.map((id) => inLanguage(getCertification(id), 'certification', lang)?.name ?? id);
  return or ? alternatives(names, lang) : together(names, lang);
}
