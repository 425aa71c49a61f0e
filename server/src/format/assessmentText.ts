/**
 * The sentences that explain an assessment, written from its data where they are shown (diagnostics, hover,
 * inlay hints, outline): each a template of the language's catalogue (`catalogs/en.ts`, `catalogs/fr.ts`) filled
 * from named values, plurals by `Intl.PluralRules`; no grammar here. Nothing reads these sentences back: rules
 * and features read the `Assessment`.
 */
import { getTransferMechanism, inLanguage, type Lang } from '../knowledge';
import { tierStatus, type Assessment, type SafeguardAssessment, type ScopeBasis } from '../engine';
import { fill, phrases, plural } from './catalogs/phrases';
import { certificationNames, countryList } from './lists';

function mechanismName(s: SafeguardAssessment, lang: Lang): string {
  return s.mechanism ? (inLanguage(getTransferMechanism(s.mechanism), 'transfer', lang)?.name ?? s.mechanism) : '';
}

/** Why a transfer is (or is not) safeguarded: "standard contractual clauses (SCCs)", "no transfer mechanism"... */
export function safeguardText(s: SafeguardAssessment, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment.safeguard;
  const data = { name: mechanismName(s, lang), countries: countryList(s.countries, lang), version: s.clauses?.version ?? '' };
  switch (s.basis) {
    case 'no-adequacy':
      return fill(plural(words['no-adequacy'], s.countries.length, lang), data);
    case 'mechanism': {
      // As a sentence names it after "safeguarded by": "standard contractual clauses (SCCs)", « des clauses … ».
      const named = s.mechanism !== undefined && Object.hasOwn(words.mechanisms, s.mechanism) ? words.mechanisms[s.mechanism] : undefined;
      return named ?? fill(words.mechanism, data);
    }
    case 'scc-invalid':
      return fill(s.clauses?.kind === 'art28' ? words['scc-art28'] : words['scc-invalid'], data);
    default:
      return fill(words[s.basis], data);
  }
}

/** A value of a table of words, or the value as it is written when the table has no word for it. */
function wordOf(table: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(table, value) ? table[value]! : value;
}

/** A criticality as a message shows it in brackets: `critical`, or in French `sous-traitant critique`, `criticité élevée`. */
export function criticalityWord(criticality: string, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  return fill(words.criticalityInBrackets, { criticality: wordOf(words.criticalities, criticality) });
}

/** A personal-data level as a message shows it in brackets: `yes`, or in French `oui`. */
export function levelWord(level: string, lang: Lang = 'en'): string {
  return wordOf(phrases(lang).assessment.levels, level);
}

/** The personal data an entry handles, after "handles": "limited personal data", « des données personnelles limitées ». */
export function personalDataWords(level: string, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  return Object.hasOwn(words.personalDataHandled, level)
    ? words.personalDataHandled[level]!
    : fill(words.personalDataOther, { level: levelWord(level, lang) });
}

/** Why the entry is in scope, or not, after "it": "handles limited personal data", "is critical". */
export function scopeText(scope: ScopeBasis, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  if (scope.by === 'personalData') return fill(words.scope.personalData, { level: personalDataWords(scope.level, lang) });
  if (scope.by === 'criticality')
    return fill(words.scope.criticality, { criticality: wordOf(words.criticalityAttributes, scope.criticality) });
  if (!scope.criticality) return words.scope.none;
  return fill(words.scope.noneCritical, { criticality: wordOf(words.criticalityAttributes, scope.criticality) });
}

/** "EU" or "EEA", the area the policy's residency means. */
export function areaName(residency: 'eu' | 'eea', lang: Lang = 'en'): string {
  return phrases(lang).assessment.areas[residency];
}

/** Certified (with what), or not: an entry whose certifications are `unknown` is not stated, never "not certified". */
function certText(a: Assessment, lang: Lang): string {
  const words = phrases(lang).assessment;
  if (a.certified) return fill(words.certified, { certifications: certificationNames(a.countingCertifications, lang) });
  return a.unknown.includes('certifications') ? words.certificationsUnstated : words.notCertified;
}

function residencyText(a: Assessment, lang: Lang): string {
  const words = phrases(lang).assessment;
  const area = areaName(a.area, lang);
  if (a.residency === 'eu') return fill(words.residencyIn, { area });
  if (a.residency === 'outside') return fill(words.residencyOutside, { area, locations: countryList(a.outsideLocations, lang) });
  return words.residencyUnknown;
}

/** Why the entry is in its tier: "certified (SOC 2 Type II), EEA residency". */
export function tierGroundsText(a: Assessment, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  const data = { certification: certText(a, lang), residency: residencyText(a, lang) };
  if (a.residency !== 'outside') return fill(words.grounds, data);
  // Only a valid basis safeguards: an invalid one (a derogation, a tool of UK law...) is said as what it is.
  return fill(a.safeguard.valid ? words.groundsSafeguarded : words.groundsUnsafe, { ...data, safeguard: safeguardText(a.safeguard, lang) });
}

/** Why an in-scope entry fits no tier: "no data location is given", "not certified and data outside...". */
export function noTierText(a: Assessment, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  // A code the product does not know (`ZZ`) is a location given, but not known: neither inside the EEA nor outside.
  if (a.unknownLocations.length) return words.noTierUnknownPlace;
  if (a.residency === 'unknown') return words.noTierNoLocation;
  if (a.residency === 'outside' && !a.safeguard.valid)
    return fill(words.noTierUnsafe, { residency: residencyText(a, lang), safeguard: safeguardText(a.safeguard, lang) });
  return fill(words.noTierBoth, { certification: certText(a, lang), residency: residencyText(a, lang) });
}

/**
 * Why an entry's tier is not known (`tierStatus` says `unknown`): a listed place that is no known code, and the
 * deciding facts recorded as `unknown` ("a deciding fact is not known yet (dataLocation)").
 */
export function tierUnknownText(a: Assessment, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  const place = a.unknownLocations.length > 0;
  // The place not known already says that `dataLocation` is open.
  const fields = place ? a.unknown.filter((f) => f !== 'dataLocation') : a.unknown;
  const facts = fields.length ? fill(plural(words.tierUnknownFacts, fields.length, lang), { fields }) : undefined;
  if (place && facts) return fill(words.tierUnknownBoth, { place: words.noTierUnknownPlace, facts });
  return place ? words.noTierUnknownPlace : (facts ?? '');
}

/** One line: the tier and why, why it fits none, why it is not known, or why it is out of scope (`tierStatus`). */
export function assessmentSentence(a: Assessment, lang: Lang = 'en'): string {
  const words = phrases(lang).assessment;
  switch (tierStatus(a)) {
    case 'tier':
      return fill(words.tier, { tier: a.tier!, why: tierGroundsText(a, lang) });
    case 'outOfScope':
      return fill(words.outOfScope, { why: scopeText(a.scope, lang) });
    case 'unknown':
      return fill(words.tierUnknown, { why: tierUnknownText(a, lang) });
    case 'none':
      return fill(words.noTier, { why: noTierText(a, lang) });
  }
}
