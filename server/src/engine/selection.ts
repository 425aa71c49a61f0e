/**
 * The selection criteria (spec section 3) applied to one entry: is it in scope, is it certified, where
 * does its data live, is a transfer safeguarded, and so which tier of the policy it fits (or why none).
 * Rules, hover, inlay hints, the status bar and the rendered page all read this one assessment.
 */
import {
  adequacyCoversVendor,
  adequacyOn,
  COUNTRY_ALIASES,
  getCertification,
  getCountry,
  getTransferMechanism,
  isEEA,
  isEU,
} from '../knowledge';
import { fieldsOf, mapping, type EntryFields, type ItemOf } from './fields';
import type { SubprocessorFields, Transfer } from './inventoryTypes';
import type { Policy } from './policy';
import { invalidClauses, type NamedClauses } from './sccClauses';

export type Residency = 'eu' | 'outside' | 'unknown';

interface CertificationRef {
  id: string;
  edition?: string;
  validUntil?: string;
}

/**
 * What decided whether a transfer is safeguarded (`countries` are those the basis speaks of):
 * - `no-transfer`: the data stays in EU residency; `eea`: it leaves it for EEA countries only (no Chapter V transfer);
 * - `mechanism`: a mechanism valid anywhere (`scc`, `bcr`...); `dpf-us`: the DPF, for the US; `adequacy`: decisions in force;
 * - `unstated`: no mechanism is stated (no `transfer`, or `unknown`): not known, which is not "none";
 * - `no-mechanism`: the file states there is none (`none`); `us-only`: the DPF, for countries other than the US;
 * - `us-needs-dpf`: `adequacy` for the US, whose decision covers DPF-certified organisations only;
 * - `no-adequacy`: `adequacy` for countries without a decision in force;
 * - `uk-tool`: a UK transfer tool (`idta`, `uk-addendum`), which is no basis for a transfer out of the EEA;
 * - `derogation`: an Art. 49 derogation, which is not a safeguard: it applies only where there is neither adequacy
 *   nor an Art. 46 safeguard, for occasional transfers, never for a sub-processor's structural ones (EDPB
 *   Guidelines 2/2018), so it never counts as valid;
 * - `scc-invalid`: clauses that are no transfer basis: a repealed set (no effect since 2022-12-27), or the
 *   Art. 28(7) clauses of 2021/915 (`clauses` says which).
 */
type SafeguardBasis =
  | 'no-transfer'
  | 'eea'
  | 'mechanism'
  | 'dpf-us'
  | 'adequacy'
  | 'unstated'
  | 'no-mechanism'
  | 'us-only'
  | 'us-needs-dpf'
  | 'no-adequacy'
  | 'uk-tool'
  | 'derogation'
  | 'scc-invalid';

export interface SafeguardAssessment {
  mechanism?: string;
  /** For `scc-invalid`: the clauses named. */
  clauses?: NamedClauses;
  /** A mechanism that is valid for where the data goes. */
  valid: boolean;
  basis: SafeguardBasis;
  countries: string[];
}

/** Why an entry is in the policy's scope, or why not: by its personal data, by its criticality, or neither. */
export type ScopeBasis =
  { by: 'personalData'; level: string } | { by: 'criticality'; criticality: string } | { by: 'none'; criticality?: string };

export interface Assessment {
  inScope: boolean;
  /** Why the entry is (or is not) in scope. */
  scope: ScopeBasis;
  certified: boolean;
  /** The entry's current certifications that count under the policy. */
  countingCertifications: string[];
  residency: Residency;
  /** Listed locations that are not EU (or EEA) residency, `GLOBAL` included. */
  outsideLocations: string[];
  /**
   * Listed locations the product does not know (`ZZ`), as written: not known to be inside the EEA nor outside it
   * (`invalid-value` asks for the code). While one is listed, the entry's residency and tier are not known.
   */
  unknownLocations: string[];
  /** Of those, the ones outside the EEA: a transfer under GDPR Chapter V, which needs a mechanism. */
  transferLocations: string[];
  safeguard: SafeguardAssessment;
  /** True when the entry fits no tier only because its transfer has no valid safeguard (`transfer-safeguard` says so). */
  blockedBySafeguard: boolean;
  /** 1-based tier of the policy the entry fits; undefined when out of scope or when it fits none. */
  tier?: number;
  tierName?: string;
  /** The policy's residency area the tiers were judged against. */
  area: 'eu' | 'eea';
  /**
   * The deciding facts the entry records as `unknown` (`personalData`, `criticality`, `certifications`,
   * `dataLocation`): where one is, no rule may judge the entry as if it were absent or false.
   */
  unknown: string[];
  /**
   * A company of the organisation's own group (`relationship: affiliate`): judged as part of the group, not as
   * a provider chosen by the selection criteria, so no tier is asked of it.
   */
  affiliate: boolean;
}

/**
 * What can be said of an entry's tier, the one answer every surface gives (hover, outline, inlay hints, status bar,
 * `selection-tier`): `tier` (it fits one), `outOfScope`, `none` (in scope, its facts known, it fits none), or
 * `unknown` when a fact that decides it is `unknown` or a listed place is a code the product does not know (`ZZ`):
 * such an entry does not "fit no tier", its tier is not known. Scope is decided by `personalData` and
 * `criticality`; once in scope, the tier by the other deciding facts.
 */
export type TierStatus = 'tier' | 'outOfScope' | 'none' | 'unknown';

const SCOPE_FACTS: readonly string[] = ['personalData', 'criticality'];

export function tierStatus(a: Assessment): TierStatus {
  if (a.tier !== undefined) return 'tier';
  if (!a.inScope) return a.unknown.some((f) => SCOPE_FACTS.includes(f)) ? 'unknown' : 'outOfScope';
  return a.unknownLocations.length || a.unknown.some((f) => !SCOPE_FACTS.includes(f)) ? 'unknown' : 'none';
}

/** The deciding facts an entry records as `unknown` (not known yet). */
function unknownFacts(effective: EntryFields, unknownLocations: readonly string[]): string[] {
  const out: string[] = [];
  if (effective.personalData === 'unknown' || mapping(effective, 'personalData')?.level === 'unknown') out.push('personalData');
  if (effective.criticality === 'unknown') out.push('criticality');
  if (effective.certifications === 'unknown') out.push('certifications');
  // A listed code the product does not know (`ZZ`) leaves where the data is as open as `unknown` does.
  if (effective.dataLocation === 'unknown' || mapping(effective, 'dataLocation')?.countries === 'unknown' || unknownLocations.length)
    out.push('dataLocation');
  return out;
}

/** The certification references of an entry, strings and objects alike. */
export function certificationRefs(effective: EntryFields): CertificationRef[] {
  const list: unknown[] = Array.isArray(effective.certifications) ? effective.certifications : [];
  const refs: CertificationRef[] = [];
  for (const item of list) {
    const c = fieldsOf<ItemOf<SubprocessorFields['certifications']>>(item);
    if (typeof item === 'string') refs.push({ id: item });
    else if (c && typeof c.id === 'string') {
      refs.push({
        id: c.id,
        edition: c.edition === undefined ? undefined : String(c.edition),
        validUntil: typeof c.validUntil === 'string' ? c.validUntil : undefined,
      });
    }
  }
  return refs;
}

/** Why a certification is not current on `today`, or undefined when it is. */
export function notCurrentReason(ref: CertificationRef, today: string): string | undefined {
  if (ref.validUntil && ref.validUntil < today) return `expired on ${ref.validUntil}`;
  const edition = ref.edition && getCertification(ref.id)?.editions?.find((e) => e.edition === ref.edition);
  if (edition && edition.invalidAfter && edition.invalidAfter < today)
    return `the ${ref.edition} edition is no longer valid since ${edition.invalidAfter}`;
  return undefined;
}

/**
 * The code a listed location stands for: upper case, with the spellings people use for an ISO code (`EL`
 * for Greece, `UK` for the United Kingdom) mapped to it. `invalid-value` asks for the ISO spelling; until
 * then the assessment judges the country meant, not a country that does not exist.
 */
export function normalizeCountry(code: string): string {
  const upper = code.toUpperCase();
  return COUNTRY_ALIASES[upper] ?? upper;
}

/**
 * Whether a listed location is one the product knows: a country or territory of ISO 3166-1 (as people write it:
 * `UK`, `EL`, lower case), `EU` or `GLOBAL`. Any other (`ZZ`) is `invalid-value`'s: it says nothing of where the
 * data is, neither inside the EEA nor outside it, so no rule judges a transfer by it (nor calls it a third country).
 */
export function isKnownLocation(code: string): boolean {
  const c = normalizeCountry(code);
  return c === 'EU' || c === 'GLOBAL' || getCountry(c) !== undefined;
}

/** Whether one listed location counts as EU residency under the policy (`EU` does, `GLOBAL` does not). */
function isResidentLocation(code: string, policy: Policy): boolean {
  const c = normalizeCountry(code);
  if (c === 'GLOBAL') return false;
  if (c === 'EU') return true;
  return policy.residency === 'eu' ? isEU(c) : isEEA(c);
}

export function entryCountries(effective: EntryFields): string[] {
  const countries = mapping(effective, 'dataLocation')?.countries;
  if (!Array.isArray(countries)) return [];
  return countries.filter((c): c is string => typeof c === 'string');
}

/**
 * Where an entry's data is, under the policy: outside EU residency as soon as one known location is (`outside`);
 * else not known when no location is listed or one is a code the product does not know (`unknown`, listed apart).
 */
export function residencyOf(effective: EntryFields, policy: Policy): { residency: Residency; outside: string[]; unknown: string[] } {
  const countries = entryCountries(effective);
  const unknown = countries.filter((c) => !isKnownLocation(c));
  const outside = countries.filter((c) => isKnownLocation(c) && !isResidentLocation(c, policy));
  if (outside.length) return { residency: 'outside', outside, unknown };
  return { residency: countries.length && !unknown.length ? 'eu' : 'unknown', outside, unknown };
}

/** An entry's transfers as a list, whatever its form: one object (every destination) or one item per destination. */
export function transferItems(effective: EntryFields): { to?: string[]; mechanism?: string; clauses?: NamedClauses }[] {
  const raw: unknown[] = Array.isArray(effective.transfer)
    ? effective.transfer
    : effective.transfer !== undefined
      ? [effective.transfer]
      : [];
  return raw
    .flatMap((item) => fieldsOf<Transfer>(item) ?? [])
    .map((t) => {
      // Clauses that are no transfer basis (a repealed set, 2021/915), named by version, note or mechanism text.
      const clauses = invalidClauses(t);
      return {
        ...(Array.isArray(t.to) ? { to: t.to.filter((c): c is string => typeof c === 'string').map(normalizeCountry) } : {}),
        ...(clauses ? { mechanism: 'scc', clauses } : typeof t.mechanism === 'string' ? { mechanism: t.mechanism } : {}),
      };
    });
}

/** Whether one mechanism is valid for some destinations (the reasoning of GDPR Chapter V for one basis). */
function assessMechanism(mechanism: string | undefined, countries: string[], today: string, clauses?: NamedClauses): SafeguardAssessment {
  // Absent or `unknown`: nobody has said which mechanism applies, which is not saying there is none.
  if (!mechanism || mechanism === 'unknown') return { valid: false, basis: 'unstated', countries };
  if (mechanism === 'none') return { mechanism, valid: false, basis: 'no-mechanism', countries };
  if (clauses) return { mechanism, clauses, valid: false, basis: 'scc-invalid', countries };
  const info = getTransferMechanism(mechanism);
  switch (info?.validFor) {
    case 'us-only': {
      const others = countries.filter((c) => c !== 'US');
      return others.length
        ? { mechanism, valid: false, basis: 'us-only', countries: others }
        : { mechanism, valid: true, basis: 'dpf-us', countries };
    }
    case 'adequacy-countries': {
      // The US decision covers DPF-certified organisations only: inventories record it as `dpf`.
      if (countries.includes('US')) return { mechanism, valid: false, basis: 'us-needs-dpf', countries: ['US'] };
      const without = countries.filter((c) => !adequacyOn(c, today));
      return without.length
        ? { mechanism, valid: false, basis: 'no-adequacy', countries: without }
        : { mechanism, valid: true, basis: 'adequacy', countries };
    }
    case 'uk-exports':
      return { mechanism, valid: false, basis: 'uk-tool', countries };
    case 'exceptional':
      return { mechanism, valid: false, basis: 'derogation', countries };
    case 'none':
      return { mechanism, valid: false, basis: 'no-mechanism', countries };
    default:
      return { mechanism, valid: true, basis: 'mechanism', countries };
  }
}

/**
 * Whether the entry's transfers cover every destination outside the EEA, destination by destination: a country
 * whose adequacy decision takes in a commercial recipient needs no mechanism (Art. 45); any other needs a
 * transfer item that covers it (one with no `to` covers all) and whose mechanism is valid there (Art. 46, 47, 49).
 */
function assessSafeguard(effective: EntryFields, outside: readonly string[], today: string): SafeguardAssessment {
  const items = transferItems(effective);
  const countries = outside.map(normalizeCountry);
  const needing = countries.filter((c) => !adequacyCoversVendor(c, today));
  const first = items[0]?.mechanism;
  if (!needing.length) return { ...(first ? { mechanism: first } : {}), valid: true, basis: 'adequacy', countries };
  if (items.length <= 1 && (!items[0]?.to || needing.every((c) => items[0]!.to!.includes(c)))) {
    const result = assessMechanism(first, needing, today, items[0]?.clauses);
    return result.valid ? { ...result, countries } : result;
  }
  // Several items (or one for some destinations only): each destination is judged against the items that cover it.
  let failure: SafeguardAssessment | undefined;
  for (const c of needing) {
    const judged = judgeCountry(c, items, today);
    if (judged.covered) continue;
    const reason = judged.failure!;
    if (!failure) failure = { ...reason, countries: [c] };
    else if (failure.basis === reason.basis && failure.mechanism === reason.mechanism) failure.countries.push(c);
  }
  return failure ?? { ...(first ? { mechanism: first } : {}), valid: true, basis: 'mechanism', countries };
}

/** How one destination outside the EEA is covered, or why it is not: the one judgement every feature shares. */
export interface CountryJudgement {
  covered: boolean;
  /** `adequacy`: a decision that takes in a commercial recipient (no mechanism needed); `transfer`: an item covers it. */
  by?: 'adequacy' | 'transfer';
  /** The covering item's mechanism, and its index among the entry's transfer items. */
  mechanism?: string;
  item?: number;
  /** Why it is not covered (the first item that speaks of it, or none). */
  failure?: SafeguardAssessment;
}

export function judgeCountry(country: string, items: ReturnType<typeof transferItems>, today: string): CountryJudgement {
  const c = normalizeCountry(country);
  if (adequacyCoversVendor(c, today)) return { covered: true, by: 'adequacy' };
  let failure: SafeguardAssessment | undefined;
  for (const [i, t] of items.entries()) {
    if (t.to && !t.to.includes(c)) continue;
    const r = assessMechanism(t.mechanism, [c], today, t.clauses);
    if (r.valid) return { covered: true, by: 'transfer', mechanism: t.mechanism, item: i };
    failure ??= r;
  }
  return { covered: false, failure: failure ?? { valid: false, basis: 'unstated', countries: [c] } };
}

/**
 * The transfer mechanism that fits every listed location outside EU residency: `adequacy` when each has a
 * full adequacy decision in force, else `scc` (usable for any country). `dpf` is never guessed: it depends on
 * the recipient's own certification.
 */
export function suggestMechanism(outside: readonly string[], today: string): 'adequacy' | 'scc' {
  const countries = outside.map(normalizeCountry);
  const allAdequate =
    countries.length > 0 &&
    countries.every((c) => {
      const decision = adequacyOn(c, today);
      return decision !== undefined && !decision.partial;
    });
  return allAdequate ? 'adequacy' : 'scc';
}

/** The 0-based index of the first tier of the policy that the facts fit, or -1. */
function fitTier(policy: Policy, certified: boolean, residency: Residency, safeguarded: boolean): number {
  return policy.tiers.findIndex((t) => {
    if (t.certified && !certified) return false;
    if (t.residency === 'eu') return residency === 'eu';
    if (t.residency === 'outside') return residency === 'outside' && safeguarded;
    return residency === 'eu' || (residency === 'outside' && safeguarded);
  });
}

/** `assessEntry` for one policy and date, computed at most once per entry (rules and features share it). */
export function entryAssessor(policy: Policy, today: string): (entry: { effective: EntryFields }) => Assessment {
  const memo = new WeakMap<object, Assessment>();
  return (entry) => {
    let a = memo.get(entry);
    if (!a) {
      a = assessEntry(entry.effective, policy, today);
      memo.set(entry, a);
    }
    return a;
  };
}

export function assessEntry(effective: EntryFields, policy: Policy, today: string): Assessment {
  const level = mapping(effective, 'personalData')?.level;
  const personal = typeof level === 'string' ? level : undefined;
  const criticality = typeof effective.criticality === 'string' ? effective.criticality : undefined;
  const byData = personal !== undefined && policy.scope.personalData.includes(personal);
  const byCriticality = criticality !== undefined && policy.scope.criticality.includes(criticality);
  const inScope = byData || byCriticality;
  const scope: ScopeBasis = byData
    ? { by: 'personalData', level: personal }
    : byCriticality
      ? { by: 'criticality', criticality }
      : { by: 'none', criticality };

  const counting = certificationRefs(effective)
    .filter((r) => policy.certified.includes(r.id) && !notCurrentReason(r, today))
    .map((r) => r.id);
  const certified = counting.length > 0;
  const { residency, outside, unknown: unknownLocations } = residencyOf(effective, policy);
  // GDPR Chapter V concerns transfers out of the EEA, whatever "EU residency" means for the tiers.
  const transferred = outside.filter((c) => !isEEA(normalizeCountry(c)));
  const safeguard: SafeguardAssessment =
    residency !== 'outside'
      ? { valid: true, basis: 'no-transfer', countries: [] }
      : transferred.length
        ? assessSafeguard(effective, transferred, today)
        : { valid: true, basis: 'eea', countries: outside };

  const blockedBySafeguard =
    residency === 'outside' &&
    !safeguard.valid &&
    fitTier(policy, certified, residency, false) < 0 &&
    fitTier(policy, certified, residency, true) >= 0;
  const base = {
    inScope,
    scope,
    certified,
    countingCertifications: counting,
    residency,
    outsideLocations: outside,
    unknownLocations,
    transferLocations: transferred,
    safeguard,
    blockedBySafeguard,
    area: policy.residency === 'eu' ? ('eu' as const) : ('eea' as const),
    unknown: unknownFacts(effective, unknownLocations),
    affiliate: effective.relationship === 'affiliate',
  };
  // A listed place not known (`ZZ`) may be outside the EEA with no safeguard, or inside it: no tier is known.
  if (!inScope || unknownLocations.length) return base;
  const index = fitTier(policy, certified, residency, safeguard.valid);
  return index >= 0 ? { ...base, tier: index + 1, tierName: policy.tiers[index].name } : base;
}
