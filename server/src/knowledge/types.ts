/**
 * Shapes of the knowledge base. Data only: every record says where it comes from
 * (`sources`, keys of SOURCES / facts.md section 0) and how sure we are (`confidence`).
 */

/** [V] checked against a listed source, [P] partly checked, [U] general knowledge, unchecked. */
export type Confidence = 'verified' | 'partial' | 'unverified';

/** Common provenance of every fact record. */
export interface Sourced {
  /** Keys of SOURCES (S1..S42). May be empty only for unverified records. */
  sources: string[];
  confidence: Confidence;
}

export interface SourceInfo {
  key: string;
  title: string;
}

// ---------------------------------------------------------------- certifications

type EvidenceKind = 'certificate' | 'attestation' | 'self-assessment' | 'authorisation' | 'label' | 'code-of-conduct' | 'seal';

interface CertificationEdition {
  edition: string;
  /** ISO date (YYYY-MM-DD) the edition was published. */
  published?: string;
  /** ISO date (YYYY-MM-DD): certificates against this edition are not valid after this day. */
  invalidAfter?: string;
  note?: string;
}

export interface CertificationInfo extends Sourced {
  /** kebab-case id used in inventories. */
  id: string;
  /** Official name, e.g. 'SOC 2 Type II'. */
  name: string;
  /** Free-text forms people write; matched case/space/punctuation-insensitively. */
  aliases: string[];
  /** Who owns the scheme / who issues. */
  owner: string;
  /** One or two sentences: what it attests. */
  attests: string;
  evidence: EvidenceKind;
  /** What to ask the vendor for. */
  evidenceDetail: string;
  /** Human text about validity. */
  validity: string;
  /** Typical validity in months, when there is one. */
  validityMonths?: number;
  /** Common mistakes, short. */
  confusions: string[];
  /** Is it a security certification at all? */
  security: boolean;
  editions?: CertificationEdition[];
}

export interface ClaimInfo extends Sourced {
  id: string;
  name: string;
  aliases: string[];
  /** Why it is not a certification, and what to ask for instead. */
  why: string;
}

// ---------------------------------------------------------------- geography

export interface AdequacyDecision extends Sourced {
  /** The legal instrument, e.g. 'Implementing Decision (EU) 2021/1772'. */
  instrument: string;
  /** ISO date of adoption. */
  adopted?: string;
  /** ISO date: last day in force, when the decision is time-limited. */
  until?: string;
  /** What the decision covers. */
  scope: string;
  /** True when only part of the country's recipients are covered (sector, certification ...). */
  partial: boolean;
  /**
   * For a partial decision: true when its scope takes in a commercial company acting as a sub-processor with no
   * condition of its own (Canada: commercial organisations under PIPEDA; Japan: the private sector under the
   * APPI; Israel: automated transfers, which every SaaS flow is; Korea: all but credit information under the
   * FSC), so that such a recipient needs no other mechanism. Absent or false when a condition depends on the
   * recipient (the US: its DPF certification).
   */
  coversCommercialRecipients?: boolean;
}

export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** English short name. */
  name: string;
  /** Inside the European Union (a member state, or a territory of one that is part of the EU). */
  eu: boolean;
  /** Inside the European Economic Area (EU + IS, LI, NO). */
  eea: boolean;
  /** For territories with their own ISO code that are legally part of an EU member state's EU territory. */
  partOf?: string;
  adequacy?: AdequacyDecision;
  note?: string;
}

export interface PseudoLocation {
  code: 'EU' | 'GLOBAL';
  name: string;
  description: string;
  /** Whether the pseudo-location counts as inside the EU / EEA for residency. */
  eu: boolean;
  eea: boolean;
}

/** An adequacy decision for something that is not a country (e.g. an international organisation). */
export interface OtherAdequacy extends AdequacyDecision {
  name: string;
}

// ---------------------------------------------------------------- regions

export type CloudProvider = 'aws' | 'gcp' | 'azure';

export interface RegionInfo extends Sourced {
  provider: CloudProvider;
  code: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  note?: string;
}

// ---------------------------------------------------------------- transfers

type TransferMechanismId = 'scc' | 'dpf' | 'bcr' | 'adequacy' | 'derogation' | 'idta' | 'uk-addendum' | 'none';

export interface TransferMechanismInfo extends Sourced {
  id: TransferMechanismId;
  name: string;
  legalBasis: string;
  description: string;
  /** `uk-exports`: a tool of UK law, for transfers out of the UK; no basis for a transfer out of the EEA. */
  validFor: 'any-country' | 'us-only' | 'adequacy-countries' | 'exceptional' | 'uk-exports' | 'none';
  notes: string[];
}

// ---------------------------------------------------------------- MFA

type MfaMethodId = 'sms' | 'voice' | 'email' | 'totp' | 'push' | 'webauthn' | 'unspecified' | 'none';
type MfaStrength = 'phishing-resistant' | 'acceptable' | 'weak' | 'unknown' | 'none';

export interface MfaMethodInfo extends Sourced {
  id: MfaMethodId;
  name: string;
  strength: MfaStrength;
  why: string;
}

/**
 * A list of records as written, each id kept as its literal type (`'soc1' | 'soc2' | ...`): `fr.ts` types the
 * French words by these ids, so a record without its French fails to compile. The identity at run time.
 */
export function withIds<R extends { id: string }>() {
  return <I extends string>(list: readonly (R & { readonly id: I })[]): readonly (R & { readonly id: I })[] => list;
}
