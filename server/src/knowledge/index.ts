/**
 * The knowledge base: facts with their sources, and lookups over them. Imports nothing but its own
 * files, so the engine, the language service, the LSP layer and the CLI may all import it.
 */
import { CERTIFICATIONS } from './certifications';
import { CLAIMS, NOT_HELD_SCHEMES } from './claims';
import { COUNTRIES, PSEUDO_LOCATIONS } from './countries';
import { MFA_METHODS } from './mfa';
import { REGIONS } from './regions';
import { TRANSFER_MECHANISMS } from './transfers';
import type {
  AdequacyDecision,
  CertificationInfo,
  ClaimInfo,
  CountryInfo,
  MfaMethodInfo,
  RegionInfo,
  TransferMechanismInfo,
} from './types';

export * from './types';
export { SOURCES } from './sources';
export { CERTIFICATIONS } from './certifications';
export { CLAIMS, NOT_HELD_SCHEMES } from './claims';
export { COUNTRIES, COUNTRY_ALIASES, NATIONALITIES, OTHER_ADEQUACY, PSEUDO_LOCATIONS } from './countries';
export { PROVIDERS, REGIONS } from './regions';
export { TRANSFER_MECHANISMS } from './transfers';
export { MFA_METHODS } from './mfa';
export { HDS_SCOPE, healthHostingContext } from './health';
export { AI_PROVIDER_WORDS, saysAiProvider } from './ai';

/** Builds a value on first use and keeps it. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

const certificationsById = lazy(() => byId(CERTIFICATIONS));
const claimsById = lazy(() => byId(CLAIMS));
const transfersById = lazy(() => byId(TRANSFER_MECHANISMS));
const mfaById = lazy(() => byId(MFA_METHODS));
const countriesByCode = lazy(() => new Map(COUNTRIES.map((c) => [c.code, c])));
const regionsByRef = lazy(() => new Map(REGIONS.map((r) => [`${r.provider}:${r.code}`, r])));

export function getCertification(id: string): CertificationInfo | undefined {
  return certificationsById().get(id);
}

export function getClaim(id: string): ClaimInfo | undefined {
  return claimsById().get(id);
}

export function getTransferMechanism(id: string): TransferMechanismInfo | undefined {
  return transfersById().get(id);
}

export function getMfaMethod(id: string): MfaMethodInfo | undefined {
  return mfaById().get(id);
}

// ---------------------------------------------------------------- free-text certification matching

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3' };

/** Words that qualify a scheme without changing which scheme it is (second matching pass only). */
const NOISE = new Set([
  'certified',
  'certification',
  'certificate',
  'certifications',
  'report',
  'attestation',
  'attested',
  'audit',
  'audited',
  'iec',
  'level',
  'the',
  'a',
  'an',
  'and',
  'with',
]);

function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .map((t) => {
      // French pages write "PCI DSS niveau 1", "CSA STAR niveau 2": the same level.
      if (t === 'niveau') return 'level';
      const roman = ROMAN[t];
      if (roman) return roman;
      const m = /^(type|soc|level)(i{1,3})$/.exec(t);
      return m ? `${m[1] ?? ''}${ROMAN[m[2] ?? ''] ?? ''}` : t;
    });
}

/**
 * The key free text is matched on: lower-case, accents, spaces and punctuation removed, roman
 * numerals I/II/III turned into digits ('SOC 2 Type II' -> 'soc2type2').
 */
export function normaliseCertificationText(text: string): string {
  return tokens(text).join('');
}

/** Second pass: also drop qualifiers ('certified', 'report', 'IEC', 'level') and edition years. */
function reducedKey(text: string): string {
  return tokens(text)
    .filter((t, i) => !NOISE.has(t) && !(i > 0 && /^(19|20)\d\d$/.test(t)))
    .join('');
}

const textIndex = lazy(() => {
  const index = new Map<string, CertificationInfo | ClaimInfo>();
  for (const record of [...CERTIFICATIONS, ...CLAIMS]) {
    for (const form of [record.id, record.name, ...record.aliases]) {
      const key = normaliseCertificationText(form);
      if (key && !index.has(key)) index.set(key, record);
    }
  }
  return index;
});

const notHeldIndex = lazy(() => {
  const index = new Map<string, ClaimInfo>();
  for (const record of NOT_HELD_SCHEMES)
    for (const form of [record.id, record.name, ...record.aliases]) index.set(normaliseCertificationText(form), record);
  return index;
});

/** A name no provider holds as a certification ('EUCS High' -> eucs, a scheme not adopted; 'CE' -> CE marking). */
export function matchNotHeldScheme(text: string): ClaimInfo | undefined {
  return notHeldIndex().get(normaliseCertificationText(text)) ?? notHeldIndex().get(reducedKey(text));
}

/**
 * Finds the certification or claim a free text names: 'SOC 2 Type II' -> soc2-type2,
 * 'GDPR compliant' -> gdpr-compliant, 'ISO/IEC 27001:2022 certified' -> iso27001. Ids match too.
 */
export function matchCertificationText(text: string): CertificationInfo | ClaimInfo | undefined {
  const index = textIndex();
  const exact = index.get(normaliseCertificationText(text));
  if (exact) return exact;
  const reduced = reducedKey(text);
  return reduced ? index.get(reduced) : undefined;
}

// ---------------------------------------------------------------- geography

/** Country by ISO 3166-1 alpha-2 code, upper case (case-sensitive; no aliases, no pseudo-locations). */
export function getCountry(code: string): CountryInfo | undefined {
  return countriesByCode().get(code);
}

/** True for an EU country or territory, and for the pseudo-location `EU`. */
export function isEU(code: string): boolean {
  if (code === PSEUDO_LOCATIONS.EU.code) return true;
  return getCountry(code)?.eu ?? false;
}

/** True for an EEA country or territory, and for the pseudo-location `EU`. */
export function isEEA(code: string): boolean {
  if (code === PSEUDO_LOCATIONS.EU.code) return true;
  return getCountry(code)?.eea ?? false;
}

/** The adequacy decision for the country in force on the ISO date (adopted <= date <= until), if any. */
export function adequacyOn(code: string, isoDate: string): AdequacyDecision | undefined {
  const decision = getCountry(code)?.adequacy;
  if (!decision) return undefined;
  const day = isoDate.slice(0, 10);
  if (decision.adopted && day < decision.adopted) return undefined;
  if (decision.until && day > decision.until) return undefined;
  return decision;
}

/**
 * Whether a commercial sub-processor in `code` receives data under an adequacy decision in force on `isoDate`
 * with no mechanism of its own (GDPR Art. 45(1)): a full decision, or a partial one whose scope takes in
 * commercial recipients unconditionally (Canada under PIPEDA, Japan's private sector). Not the US, where only
 * DPF-certified organisations are covered (recorded as `dpf`).
 */
export function adequacyCoversVendor(code: string, isoDate: string): boolean {
  const decision = adequacyOn(code, isoDate);
  return decision !== undefined && (!decision.partial || decision.coversCommercialRecipients === true);
}

/** Region by reference 'provider:code', e.g. 'gcp:europe-west1' (case-insensitive). */
export function getRegion(ref: string): RegionInfo | undefined {
  const colon = ref.indexOf(':');
  if (colon < 0) return undefined;
  const key = `${ref.slice(0, colon).trim().toLowerCase()}:${ref
    .slice(colon + 1)
    .trim()
    .toLowerCase()}`;
  return regionsByRef().get(key);
}

// ---------------------------------------------------------------- did-you-mean

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word` by edit distance (case-insensitive), if within `maxDistance`
 * (default: max(2, a third of the word's length)). Ties go to the first candidate. An exact match
 * (distance 0) is returned as well.
 */
export function closest(word: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  const limit = maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip the quadratic count when that is too far.
    if (Math.abs(w.length - candidate.length) > Math.min(limit, bestDistance)) continue;
    const d = levenshtein(w, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export { LANGS, typeset, countryName, countryTexts, inLanguage, langOf, regionCity, regionNote, type Lang } from './lang';
export { FR_KNOWLEDGE } from './fr';
