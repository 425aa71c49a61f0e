/**
 * The languages the product speaks, and the knowledge base's words in each. Records keep their facts in
 * English (`certifications.ts`, ...); `fr.ts` gives their French words. Look records up here with a
 * language to show them: `inLanguage(getCertification(id), 'certification', lang)`.
 */
import { FR_KNOWLEDGE, type CountryWords } from './fr';
import { PSEUDO_LOCATIONS } from './countries';
import type { CertificationInfo, ClaimInfo, CountryInfo, MfaMethodInfo, RegionInfo, TransferMechanismInfo } from './types';
import type { Lang } from '../lang';

export { LANGS, type Lang } from '../lang';

/**
 * The language of a locale as VS Code (`fr`, `fr-ca`), LSP clients (`fr-FR`) or the environment (`fr_FR.UTF-8`,
 * `C`) write it: French for `fr*`, English for `en*`, `C` and `POSIX`, otherwise undefined.
 */
export function langOf(locale: string | undefined): Lang | undefined {
  const tag = locale
    ?.trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  if (tag === 'fr') return 'fr';
  if (tag === 'en' || tag === 'c' || tag === 'posix') return 'en';
  return undefined;
}

/**
 * French typography for a text written with plain spaces: a no-break space before `:` and inside « », a narrow
 * one before `;`, `?` and `!`, so that no line ever starts with them.
 */
function frenchSpacing(text: string): string {
  return text
    .replace(/ :(?=\s|$)/g, '\u00a0:')
    .replace(/ ([;?!])(?=\s|$|\))/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** `text` as `lang` writes it: with French spacing in French, unchanged in English. */
export function typeset(text: string, lang: Lang): string {
  return lang === 'fr' ? frenchSpacing(text) : text;
}

interface Kinds {
  certification: CertificationInfo;
  claim: ClaimInfo;
  transfer: TransferMechanismInfo;
  mfa: MfaMethodInfo;
}

const FRENCH: { [K in keyof Kinds]: Readonly<Record<string, Partial<Kinds[K]>>> } = {
  certification: FR_KNOWLEDGE.certifications,
  claim: FR_KNOWLEDGE.claims,
  transfer: FR_KNOWLEDGE.transfers,
  mfa: FR_KNOWLEDGE.mfa,
};

const cache = new Map<object, object>();

/** The record with its words in `lang` (English words where the French ones are not written yet). */
export function inLanguage<K extends keyof Kinds>(record: Kinds[K], kind: K, lang: Lang): Kinds[K];
export function inLanguage<K extends keyof Kinds>(record: Kinds[K] | undefined, kind: K, lang: Lang): Kinds[K] | undefined;
export function inLanguage<K extends keyof Kinds>(record: Kinds[K] | undefined, kind: K, lang: Lang): Kinds[K] | undefined {
  if (!record || lang === 'en') return record;
  const known = cache.get(record);
  if (known) return known as Kinds[K];
  const words = FRENCH[kind][record.id] ?? {};
  const spaced = Object.fromEntries(
    Object.entries(words).map(([k, v]) => [k, Array.isArray(v) ? v.map((s: string) => frenchSpacing(s)) : frenchSpacing(String(v))]),
  );
  const merged = { ...record, ...spaced } as Kinds[K];
  cache.set(record, merged);
  return merged;
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

/**
 * A country's (or `EU`'s, `GLOBAL`'s) name in `lang`: French names come from the runtime's CLDR data. Only a
 * country the knowledge base has (`country`, its record) gets a name: any other text from a file (`Mars`,
 * `ZZ`, `UK`) gets none, as in English, and never CLDR's "unknown region".
 */
export function countryName(code: string, lang: Lang, country?: CountryInfo): string | undefined {
  if (code === 'EU' || code === 'GLOBAL')
    return lang === 'fr' ? (code === 'EU' ? 'Union européenne' : 'Monde entier') : PSEUDO_LOCATIONS[code].name;
  if (lang === 'en' || !country) return country?.name;
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  let name: string | undefined;
  try {
    name = displayNames.get(lang)?.of(country.code);
  } catch {
    name = undefined; // a code the runtime's data refuses: the English name below
  }
  return name && name !== country.code ? name : country.name;
}

/** A country's note and adequacy decision (instrument, scope) in `lang`; English where the French is missing. */
export function countryTexts(country: CountryInfo, lang: Lang): { note?: string; instrument?: string; scope?: string } {
  const en = { note: country.note, instrument: country.adequacy?.instrument, scope: country.adequacy?.scope };
  if (lang === 'en') return en;
  const fr = (FR_KNOWLEDGE.countries as Readonly<Record<string, CountryWords | undefined>>)[country.code] ?? {};
  const pick = (french: string | undefined, english: string | undefined) =>
    english === undefined ? undefined : french !== undefined ? frenchSpacing(french) : english;
  return { note: pick(fr.note, en.note), instrument: pick(fr.instrument, en.instrument), scope: pick(fr.scope, en.scope) };
}

/** The place of a region (`RegionInfo.city`) in `lang`: its French name where French has one (`Londres`), else as the table writes it. */
export function regionCity(city: string, lang: Lang): string {
  if (lang === 'en') return city;
  return FR_KNOWLEDGE.regionCities[city] ?? city;
}

/**
 * A region's note in `lang`: the provider's region name as the provider writes it, then what it means legally,
 * authored in each language (`FR_KNOWLEDGE.regionNotes`, one per region with a note; a test fails on a missing one).
 */
export function regionNote(region: RegionInfo, lang: Lang): string | undefined {
  if (!region.note || lang === 'en') return region.note;
  const own = (FR_KNOWLEDGE.regionNotes as Readonly<Record<string, string | undefined>>)[`${region.provider}:${region.code}`];
  return own === undefined ? region.note : frenchSpacing(own);
}
