/**
 * A read page to an inventory (YAML text): each labelled fact to its field, through the knowledge base
 * (country names to codes, region codes, certification names to ids, MFA methods), and whatever has no
 * field to a `note` (or, outside entries, a YAML comment), so nothing on the page is lost.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { getCertification, getClaim, isEEA, matchCertificationText, type Lang } from '../knowledge';
import { editionInText, DEFAULT_POLICY, hasCommandLine, hasSchemaFormat } from '../engine';
import { fill, phrases } from '../format';
import { unreadColumnsText, unreadText } from './importWords';
import { LABELS } from './labels';
import { factKey, type ReadEntry, type ReadFact, type ReadPage } from './readPage';
import type { Unread } from './read/unread';
import { cleanText } from './read/blocks';
import { columnMatch } from './read/columns';
import { certificationsIn, HEDGED, nameIndex, namesOf, once, OTHER_HOLDER, storedIn } from './read/sections';
import { quoter, sharedLongTexts } from './quote';
import {
  accessFromIn,
  addressCountry,
  companyCountryIn,
  vendorNationality,
  registerCountry,
  entityIn,
  countryCode,
  leadingDate,
  LEAVING_EU,
  OUTSIDE_NAMED_TERRITORIES,
  lowerText,
  mechanismsIn,
  openCaseIn,
  mechanismsNamed,
  nameAndEntity,
  parenthesised,
  parseDate,
  placeAndMechanisms,
  readLocation,
  saysMoreThanMechanisms,
  asksAboutTraining,
  trainingSpeaker,
  trainsOnCustomerDataIn,
  US_STATES,
  usCityAndState,
  NOT_YET_HELD,
  PUBLISHER_SUBJECT,
} from './wording';

export interface ImportOptions {
  /** YYYY-MM-DD, for a page with no last-updated date. */
  today: string;
  organization?: string;
  contact?: string;
  /** The language of the file's comments and notes (`subproc import --lang`); default: the page's. */
  lang?: Lang;
}

type Obj = Record<string, unknown>;

const ALL = [LABELS.en, LABELS.fr];
const lower = lowerText;

export function kebabCase(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'sub-processor'
  );
}

/** "Belgium (GCP europe-west1)" -> countries [BE], regions [gcp:europe-west1]; the page's words kept in the note. */
export function parseLocation(
  text: string,
  options: { usStates?: boolean } = {},
): {
  location: Obj;
  transfers: { to: string[]; mechanism: string }[];
  access: string[];
  entityCountries?: string[];
  entities?: string[];
} {
  const read = readLocation(text, options);
  const location: Obj = { countries: read.countries.length ? read.countries : 'unknown' };
  if (read.regions.length) location.regions = read.regions;
  if (read.note) location.note = read.note;
  return { location, transfers: read.transfers, access: read.access, entityCountries: read.entityCountries, entities: read.entities };
}

function parsePersonalData(text: string): { value: Obj; note?: string } {
  const m = /^([^-–]+?)\s*[-–]\s*(.*)$/.exec(text);
  const levelText = lower(m ? m[1]! : text);
  for (const l of ALL) {
    const level = (Object.keys(l.personalDataLevels) as ('yes' | 'limited' | 'no')[]).find(
      (k) => lower(l.personalDataLevels[k]) === levelText,
    );
    if (level) return { value: m && m[2] ? { level, description: m[2].trim() } : { level } };
  }
  // Not a level the page's words name but the personal data it processes: yes, described in the page's words.
  return { value: { level: 'yes', description: text } };
}

/**
 * A name a page gives as a certification that the knowledge base does not know ("Plateforme Agréée", "ISAE
 * 3000"): it reads as a scheme's name (a number, an acronym, or a word of certifying); a plain word ("Standard",
 * "Yes") is none.
 */
const SCHEME_NAME = /\d|\p{Lu}{2,}|[Cc]ertif|[Aa]gr[ée]{2}|[Aa]ccr[ée]dit|[Qq]ualifi|[Ll]abel|[Aa]ttest/u;

function parseCertifications(text: string): { ids: (string | { id: string; edition: string })[]; unknown: string[] } {
  const ids: (string | { id: string; edition: string })[] = [];
  const unknown: string[] = [];
  if (ALL.some((l) => lower(l.none) === lower(text)) || text.trim() === '-' || !text.trim()) return { ids, unknown };
  // "Parent company is ISO 27001 certified", "Suppliers must hold SOC 2": not the vendor's; the words stay in the note.
  if (OTHER_HOLDER.test(text)) return { ids, unknown: [text] };
  for (const part of text.split(/\s*[,;]\s*/).filter(Boolean)) {
    // "Not SOC 2 certified", "HDS : non", "ISO 27001 certification in progress", "SOC 2 report requested": a scheme
    // the words deny or say is still to come is not held; the words stay in the note.
    if (NOT_YET_HELD.test(part)) {
      unknown.push(part);
      continue;
    }
    const match = matchCertificationText(part);
    // "ISO/IEC 27001 (Hetzner Online GmbH)", "ISAE 3402 Type II for parts of the operation": the known schemes the
    // words name, each its own; the words themselves stay in the note.
    const named = match ? [] : certificationsIn(part).map((name) => certificationNamed(name));
    if (named.length && named.every(Boolean)) {
      for (const id of named as string[]) if (!ids.includes(id)) ids.push(id);
      unknown.push(part);
      continue;
    }
    if (!match && !SCHEME_NAME.test(part)) {
      unknown.push(part);
      continue;
    }
    const id = match?.id ?? kebabCase(part);
    if (!match) unknown.push(part);
    // An edition the page names ("ISO 27001:2013") is kept: a withdrawn one must not count as certified.
    const edition = match ? editionInText(part, getCertification(match.id)) : undefined;
    if (edition) ids.push({ id, edition });
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

type CertificationRef = string | { id: string; edition: string };

/** Certifications added to an entry's, each once. */
function addCertifications(e: Obj, ids: CertificationRef[]): void {
  const before = Array.isArray(e.certifications) ? (e.certifications as CertificationRef[]) : [];
  const idOf = (x: CertificationRef) => (typeof x === 'string' ? x : x.id);
  e.certifications = [...before, ...ids.filter((x) => !before.some((y) => idOf(y) === idOf(x)))];
}

/** A scheme's name without the word before or after it that says it is held ("PCI-DSS certifié", "certified ISO 27001"). */
const withoutCertifiedWord = (text: string) =>
  text.replace(
    /^\s*(?:certifi(?:é|ée|e|ed)|accr[ée]dit[ée]e?|accredited)\s+|\s+(?:certifi(?:é|ée|e|ed)|accr[ée]dit[ée]e?|accredited)\s*$/i,
    '',
  );

/** "ISO 27001/27018", "ISO/IEC 27001 & 27701": one scheme's name over several numbers, each its own ("ISO 27001", "ISO 27018"). */
function isoSeries(part: string): string[] {
  const m = /^\s*(ISO(?:\/IEC)?)\s*(\d{4,5})((?:\s*(?:\/|&|and|et)\s*\d{4,5}){1,5})\s*$/i.exec(part);
  if (!m) return [part];
  return [m[2]!, ...m[3]!.split(/\s*(?:\/|&|and|et)\s*/).filter(Boolean)].map((n) => `${m[1]} ${n}`);
}

/** The certification schemes a cell of another kind names ("USA (SOC 2 Type II)"), added to the entry's; never a claim. */
function addHeldSchemes(e: Obj, text: string, r: Readings): void {
  const held = r.heldSchemes(text);
  if (held.length) addCertifications(e, held);
}

/** Words that say a scheme is held: "is certified as", "certification", "compliant with", "certifié", "conforme à". */
const HOLDS_SCHEME = /(?<!\p{L})(?:certifi|accredit|accrédit|compliant with|conforme (?:à|aux)|audited)/iu;
/** Words that say it is not: "not certified", "pas encore certifié", "no SOC 2". */
const NOT_HELD = /(?<!\p{L})(?:not|no|never|pas|aucune?|jamais|non)(?!\p{L})/iu;

/**
 * The known schemes the sentences of a vendor's description say it holds ("Stripe is certified as a PCI Level 1
 * Service Provider", "It is compliant with SOC 2/3, ISO 27001 and other security regulations"): each sentence with
 * words of holding and no denial; "SOC 2/3" names SOC 2 and SOC 3. A claim ("GDPR") is none.
 */
function heldInDescription(text: string): string[] {
  const held: string[] = [];
  for (const sentence of cleanText(text)
    .slice(0, 2000)
    .split(/(?<=[.;!?])\s+/)) {
    if (
      !HOLDS_SCHEME.test(sentence) ||
      NOT_HELD.test(sentence) ||
      NOT_YET_HELD.test(sentence) ||
      PUBLISHER_SUBJECT.test(sentence) ||
      OTHER_HOLDER.test(sentence)
    )
      continue;
    const series = sentence.replace(/\b(SOC) ?([123])((?:\/[123])+)(?![\d/])/g, (_, soc: string, first: string, more: string) =>
      [first, ...more.split('/').filter(Boolean)].map((n) => `${soc} ${n}`).join(', '),
    );
    for (const id of heldSchemesIn(series)) if (!held.includes(id)) held.push(id);
    // "It has TRUSTe certification": a scheme the knowledge base does not know, named by a word of capitals right
    // before "certification", is held in the page's words; a bare "ISO" or "SOC" names no scheme.
    for (const m of sentence.matchAll(/(?<![\p{L}\d-])([\p{L}\d-]{2,40}) (?:certification|certified)(?!\p{L})/gu)) {
      const name = m[1]!;
      if (!/^\p{Lu}/u.test(name) || (name.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
      if (/^(?:ISO|IEC|SOC|PCI|EU|US|GDPR|RGPD)$/i.test(name) || matchCertificationText(name) !== undefined) continue;
      // "a SOC 2 Type II certification": the last word of a known scheme's name (its type) is no scheme of its own.
      if (endsKnownScheme(sentence.slice(0, m.index! + name.length))) continue;
      if (!held.includes(kebabCase(name))) held.push(kebabCase(name));
    }
  }
  return held;
}

/** Whether a text ends with a known scheme's name of two to four words ("… a SOC 2 Type II", "… ISAE 3402 Type 2"). */
function endsKnownScheme(text: string): boolean {
  const words = text.slice(-80).split(/\s+/).filter(Boolean);
  for (let n = 2; n <= Math.min(4, words.length); n++) {
    const match = matchCertificationText(words.slice(-n).join(' '));
    if (match && 'owner' in match) return true;
  }
  return false;
}

/** The schemes a cell of another kind names ("USA (SOC 2 Type II)"): the known certifications, no claim. */
const heldSchemesIn = (text: string): string[] =>
  certificationsIn(text)
    .map((name) => certificationNamed(name))
    .filter((id): id is string => id !== undefined && !isClaim(id));

/** The parts of a cell that are each a certification's name, whole ("PCI DSS Level 1", "ISO 27001/27018"). */
const namedSchemesIn = (text: string): string[] =>
  text
    .split(/[,;]\s*|\s+[—–+]\s+|\.\s+/)
    .flatMap(isoSeries)
    // "PCI-DSS certifié", "certified ISO 27001": the word that says it is held is no part of the scheme's name.
    .map((part) => certificationNamed(part.replace(/\.$/, '')) ?? certificationNamed(withoutCertifiedWord(part.replace(/\.$/, ''))))
    .filter((id): id is string => id !== undefined);

/**
 * What an entry's words say, read once for each text: a page-wide statement is the fact of every entry it names
 * ("Transfers … are covered by the SCCs for A, B, C, …"), and reading it again for each entry was quadratic.
 * The values given are shared between entries: never changed, only read.
 */
interface Readings {
  heldSchemes: (text: string) => string[];
  namedSchemes: (text: string) => string[];
  transfer: (text: string) => ReturnType<typeof readTransfer>;
  byPart: (text: string) => ReturnType<typeof mechanismsByPart>;
  placeAndMechanisms: (text: string) => ReturnType<typeof placeAndMechanisms>;
  accessFrom: (text: string) => string[];
  saysMore: (text: string) => boolean;
  companyCountry: (text: string) => string | undefined;
  tradingAs: (text: string) => [company: string, name: string][];
  mechanismsNamed: (text: string) => string[];
  withinEea: (text: string) => boolean;
  trains: (text: string) => boolean | undefined;
  trainsAsked: (text: string) => boolean | undefined;
}

function readings(): Readings {
  return {
    heldSchemes: once(heldSchemesIn),
    namedSchemes: once(namedSchemesIn),
    transfer: once(readTransfer),
    byPart: once(mechanismsByPart),
    placeAndMechanisms: once((text) => placeAndMechanisms(text)),
    accessFrom: once(accessFromIn),
    saysMore: once(saysMoreThanMechanisms),
    companyCountry: once(companyCountryIn),
    tradingAs: once((text) => [...text.matchAll(TRADING_AS)].map((m): [string, string] => [m[1]!.trim(), m[2]!.trim()])),
    mechanismsNamed: once(mechanismsNamed),
    withinEea: once(
      (text) =>
        cleanParts(text).some((p) => WITHIN_EEA.test(p)) ||
        (mechanismsIn(text).noTransfer && cleanParts(text).some((p) => EEA_NO_TRANSFER.test(p))),
    ),
    trains: once((text) => trainsOnCustomerDataIn(text, false)),
    trainsAsked: once((text) => trainsOnCustomerDataIn(text, true)),
  };
}

/** A claim the knowledge base knows ("gdpr-compliant") that is no certification. */
const isClaim = (id: string) => getClaim(id) !== undefined && getCertification(id) === undefined;

/** The certification a short text names, whole ("PCI DSS Level 1", "HDS"); never a claim ("GDPR compliant"). */
function certificationNamed(text: string): string | undefined {
  const t = text.trim();
  if (!t || t.length > 60) return undefined;
  const match = matchCertificationText(t);
  return match && 'owner' in match ? match.id : undefined;
}

const MFA_WORDS: Record<string, string> = {
  sms: 'sms',
  text: 'sms',
  'text message': 'sms',
  voice: 'voice',
  'voice call': 'voice',
  'appel vocal': 'voice',
  email: 'email',
  'e-mail': 'email',
  'email code': 'email',
  'code par e-mail': 'email',
  totp: 'totp',
  'authenticator app': 'totp',
  authenticator: 'totp',
  "application d'authentification": 'totp',
  push: 'push',
  'push notification': 'push',
  'notification push': 'push',
  webauthn: 'webauthn',
  fido2: 'webauthn',
  passkey: 'webauthn',
  passkeys: 'webauthn',
  'security key': 'webauthn',
  'clé de sécurité': 'webauthn',
};

/** "Email/password (Keychain-generated) + 2FA (SMS)" -> method, mfa [sms]; "+ 2FA" -> [unspecified]; other wording -> note. */
export function parseAdministrationAuthentication(text: string): Obj {
  const m = /^(.*?)\s*\+\s*((?:2FA|MFA|two-factor|2-step|OTP|TOTP|passkey|SSO).*)$/i.exec(text);
  if (!m) return { method: text, mfa: ['none'] };
  const method = m[1]!.trim();
  const factor = m[2]!.trim();
  if (/^(2FA|MFA)$/i.test(factor)) return { method, mfa: ['unspecified'] };
  const inner = /^(?:2FA|MFA)\s*\((.*)\)$/i.exec(factor);
  if (inner) {
    const methods = inner[1]!.split(/\s*,\s*|\s+(?:or|ou|and|et)\s+/).map((w) => MFA_WORDS[lower(w)]);
    if (methods.length && methods.every(Boolean)) return { method, mfa: [...new Set(methods as string[])] };
  }
  const alone = MFA_WORDS[lower(factor)];
  if (alone) return { method, mfa: [alone], note: factor };
  return { method, mfa: ['unspecified'], note: factor };
}

function parseCriticality(text: string): string | undefined {
  for (const l of ALL) {
    const key = (Object.keys(l.criticality) as (keyof typeof l.criticality)[]).find((k) => lower(l.criticality[k]) === lower(text));
    if (key) return key;
  }
  return undefined;
}

/** A transfer as the page words it: the mechanisms it names ("SCCs", "DPF UE-USA + SCC"), or none needed. */
/** "Prospect Global Ltd (trading as Sopro)": a company, then the name it trades under. */
const TRADING_AS = /([^():;,]{2,80}?)\s*\((?:trading as|t\/a)\s+([^()]{1,60})\)/gi;

/** A web address written without its scheme: a domain, maybe a path ("stripe.com", "www.example.co.uk/legal"). */
const BARE_SITE = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,24}(?:\/[\w\-./~%]*)?$/i;

/**
 * "… outside the EEA", "for any non-EEA processing", "hors UE": a condition on processing outside the EEA. So is a
 * transfer named by where it goes ("any transfer outside the EEA is …", "tout transfert hors UE est encadré …",
 * "transfers to third countries rely on …"): what is said of it holds for the data that leaves.
 */
const IF_OUTSIDE =
  /\b(?:where|when|if|for)\b.{0,60}?\b(?:outside(?: of)? the (?:eea|eu|uk\/eea|european)|non-(?:eea|eu)|third countr)|(?<!\p{L})(?:lorsque|si|pour|en cas de)(?!\p{L}).{0,60}?(?:hors (?:de l'|de l’|l'|l’|d')?(?:ue|eee|union)|pays tiers)|(?<!\p{L})(?:transfers?|transferts?)(?:\s(?:of|de)(?:\s(?:personal|vos|des|les))?\s(?:data|données)(?:\spersonnelles)?)?\s(?:(?:to\s)?outside(?: of)? the (?:eea|eu|uk\/eea|european)|to (?:a |any )?third countr|(?:hors|en dehors) (?:de l'|de l’|l'|l’|d'|de la )?(?:ue|eee|union|espace)|vers (?:un |des |les )?pays tiers)/iu;
/**
 * A sentence that says the page's transfers have no mechanism in place yet: "Tant qu'aucun mécanisme (CCT/DPF) n'est
 * signé", "ces transferts ne sont pas encore couverts", "no transfer mechanism has been signed yet", "these transfers
 * are not covered". Said of the transfers in the plural or of any mechanism, not of one transfer ("Ce transfert n'est
 * pas couvert par les CCT", which its section's rows answer).
 */
const NOT_YET_COVERED = [
  /(?<!\p{L})aucune?\s+(?:mécanisme|garantie|clause|CCT|SCC)[^.]{0,80}?(?<!\p{L})n['’](?:est|a été|ont été|sont)\s+(?:encore\s+)?(?:signée?s?|conclue?s?|en place|mise?s?\s+en\s+(?:place|œuvre)|documentée?s?)(?!\p{L})/iu,
  /(?<!\p{L})(?:ces|les|nos|vos)\s+transferts\s+(?:[^.]{0,60}?\s)?ne\s+sont\s+(?:pas|pas\s+encore|toujours\s+pas)\s+(?:couverts|encadrés)(?!\p{L})/iu,
  /\bno\s+(?:transfer\s+)?(?:mechanism|safeguard|SCCs?)\b[^.]{0,80}?\b(?:is|are|has\s+been|have\s+been)\s+(?:yet\s+)?(?:signed|executed|concluded|in\s+place|put\s+in\s+place)\b/i,
  /\b(?:these|the|such|our)\s+transfers\s+(?:[^.]{0,60}?\s)?are\s+not\s+(?:yet\s+)?(?:covered|safeguarded)\b/i,
];

/**
 * Words of a transfer that may happen, not one that does: "would be subject to", "should a provider … in future",
 * "we will sign", « serait encadré », « nécessite … la signature de CCT », "requires … SCCs". A page-wide sentence so
 * worded states no mechanism for the listed vendors.
 */
const HYPOTHETICAL =
  /(?<!\p{L})(?:would|in\s+(?:the\s+)?future|will\s+(?:sign|conclude|enter\s+into|put\s+in\s+place)|serai(?:en)?t|devrai(?:en)?t|à\s+l['’]avenir|n[ée]cessite(?:nt|ra|ront)?|requires?)(?!\p{L})/iu;

/** A page-wide statement without its sentences that speak of a transfer that may happen (`HYPOTHETICAL`). */
const statedNow = (text: string): string =>
  HYPOTHETICAL.test(text)
    ? text
        .split(/(?<=[.!?])\s+/)
        .filter((s) => !HYPOTHETICAL.test(s))
        .join(' ')
    : text;

/**
 * Words that deny a mechanism: "adequacy not available", "no SCCs", "pas de CCT", « CCT non signées », « CCT : non ».
 * Not "non-EU" (a hyphen joins « non » to what it qualifies).
 */
const DENIES =
  /\b(?:not available|unavailable|not applicable|no|not|none|without)\b|(?<!\p{L})(?:pas|aucune?|sans|non disponible|non(?![-‑]))(?!\p{L})/iu;

/**
 * A transfer cell's parts (at a dash, a semicolon, a full stop), each with the mechanisms it names and how it states
 * them. `denied` also when the part leaves the mechanism to be checked ("SCCs à vérifier", "SCCs to be confirmed"):
 * a mechanism still to be confirmed settles nothing.
 */
/** Words of training a model on data: "training", "train", « entraînement », « entraîner », « apprentissage ». */
const TRAINING_CLAUSE = /(?<!\p{L})(?:training|train|entra[îi]n\p{L}*|apprentissage)(?!\p{L})/iu;

function mechanismsByPart(
  text: string,
): { mechanisms: string[]; statusOnly: string[]; denied: boolean; ifOutside: boolean; ifProcessed: boolean }[] {
  return cleanParts(text)
    .flatMap(deniedAside)
    .map((part) => ({
      statusOnly: part
        .split(/\s\+\s/)
        .filter((piece) => STATUS_ONLY.test(piece))
        .flatMap((piece) => mechanismsIn(piece).mechanisms),
      // "SCCs + UK IDTA + EU-US DPF certification status tracked at https://…": a piece that says where a status can be
      // checked states no mechanism; the pieces beside it still do.
      mechanisms: part
        .split(/\s\+\s/)
        .filter((piece) => !STATUS_ONLY.test(piece))
        .flatMap((piece) => mechanismsIn(piece).mechanisms)
        .filter((m, i, all) => all.indexOf(m) === i),
      // "EU SCCs + Anthropic DPA (data not retained for model training)": a denial in brackets that name no mechanism
      // is about something else.
      denied:
        DENIES.test(
          part
            .replace(/\([^()]*\)/g, (aside) => (mechanismsIn(aside).named.length ? aside : ' '))
            // "Clauses contractuelles types, données non utilisées pour l'entraînement": a clause set off by a comma about
            // training a model, naming no mechanism, denies something else.
            .replace(/,[^,]*/g, (clause) => (TRAINING_CLAUSE.test(clause) && !mechanismsIn(clause).named.length ? ' ' : clause)),
        ) ||
        HEDGED.test(part) ||
        TEMPLATE_TO_CHECK.test(part),
      ifOutside: IF_OUTSIDE.test(part) || OUTSIDE_NAMED_TERRITORIES.test(part),
      ifProcessed: PROCESSING_NOT_TRANSFER.test(part),
    }));
}

/**
 * "UK adequacy decision (no SCCs required)": brackets that deny the mechanism they name deny only it; the part without
 * them, which names another mechanism and denies nothing, stands apart (linear in the part: one bracket pass).
 */
function deniedAside(part: string): string[] {
  const asides = part.match(/\([^()]{1,200}\)/g) ?? [];
  const denying = asides.filter((a) => DENIES.test(a) && mechanismsIn(a).named.length > 0);
  if (!denying.length) return [part];
  let outside = part;
  for (const a of denying) outside = outside.replace(a, ' ');
  outside = cleanText(outside);
  const own = mechanismsIn(outside).named;
  if (!own.length || DENIES.test(outside) || own.some((m) => denying.some((a) => mechanismsIn(a).named.includes(m)))) return [part];
  return [outside, ...denying];
}

/** Words that point to where a certification's status is kept, not a statement of it: "status tracked at …", "statut vérifiable sur …". */
const STATUS_ONLY =
  /\b(?:certification\s+)?status\s+(?:is\s+)?(?:tracked|checked|monitored|verified|listed|available|published|to\s+be\s+(?:checked|confirmed|verified))\b|(?<!\p{L})statut\s+(?:de\s+certification\s+)?(?:suivi|vérifiable|à\s+vérifier|à\s+confirmer|consultable)(?!\p{L})/iu;

/**
 * A template's blank beside a mechanism that asks for it to be checked: "UK Addendum to SCCs {{— confirm against your
 * signed DPA}}", "CCT [[à vérifier]]": the mechanism is still to be confirmed, so not stated.
 */
const TEMPLATE_TO_CHECK =
  /\{\{[^{}]{0,200}?(?<!\p{L})(?:confirm|verify|check|confirmer|vérifier|valider)(?!\p{L})[^{}]{0,200}\}\}|\[\[[^[\]]{0,200}?(?<!\p{L})(?:confirm|verify|check|confirmer|vérifier|valider)(?!\p{L})[^[\]]{0,200}\]\]/iu;

/** A condition about where processing occurs, not about a transfer ("where processing occurs outside the EEA"). */
const PROCESSING_NOT_TRANSFER = /^(?!.*(?:transfer|transfert)).*(?:process|trait[eé])/iu;

/** A part of a transfer cell that says the processing stays in the EEA: "processing within the EEA", "EU/EEA processing". */
const WITHIN_EEA =
  /^(?:(?:data )?processing (?:with)?in the (?:eea|eu|eu\/eea)|(?:eu\/eea|eea|eu) (?:data )?processing|traitement (?:dans l['’]|au sein de l['’])(?:ue|eee|union européenne))$/i;

/**
 * A part of a transfer cell that denies a transfer names the EU or the EEA as where the data is: "EU (no transfer)",
 * "Within EU" (beside "no transfer"), "Dans l'UE (pas de transfert)".
 */
const EEA_NO_TRANSFER =
  /^(?:within (?:the )?|in (?:the )?|inside (?:the )?|dans l['’]\s?|au sein de l['’]\s?)?(?:eu|eea|eu\/eea|ue|eee|union européenne|european union)(?: \((?:no transfer|no international transfer|pas de transfert|aucun transfert)\))?$/iu;

/** A text's parts at " — ", " – ", " - ", "; " or ". ". */
const cleanParts = (text: string): string[] =>
  text
    .split(/\s[—–-]\s|;\s*|\.\s+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** An address that names a processing agreement or addendum ("…/legal/dpa", "…/data-processing-addendum"). */
const agreementAddress = (url: string): boolean =>
  /(?<![a-z])(?:dpa|gdpr-?dpa|data-?processing|data-?protection|processing-?agreement|addendum|avenant)(?![a-z])/i.test(
    url.replace(/^https?:\/\/[^/]+/i, ''),
  );

/**
 * A label that names the agreement or another page ("Vendor DPA / Security Page", "DPA / Privacy"): one of its parts
 * names no agreement.
 */
function otherThanAgreement(label: string): boolean {
  const parts = label.split(/\s*(?:\/|\bor\b|\bou\b|&)\s*/i).filter(Boolean);
  // "DPA / Terms of Processing": the vendor's terms of processing are its agreement, under another name.
  return (
    parts.length > 1 &&
    parts.some(
      (p) =>
        !/\b(?:dpa|agreement|addendum|accord|contrat|avenant|terms of processing|processing terms|data (?:processing|protection) terms|conditions de traitement)\b/i.test(
          p,
        ),
    )
  );
}

function readTransfer(text: string): { mechanisms: string[]; noTransfer: boolean; exact: boolean } {
  for (const l of ALL) {
    for (const [id, name] of Object.entries(l.transferMechanisms)) {
      if (lower(text) === lower(name)) return { mechanisms: [id], noTransfer: id === 'none', exact: true };
    }
  }
  return { ...mechanismsIn(text), exact: false };
}

const ENTRY_KEYS = [
  'id',
  'name',
  'entity',
  'group',
  'category',
  'purpose',
  'url',
  'entityCountry',
  'relationship',
  'dataLocation',
  'access',
  'personalData',
  'certifications',
  'claims',
  'ai',
  'dpa',
  'transfer',
  'serviceAuthentication',
  'administrationAuthentication',
  'serviceAccessControl',
  'administrationAccessControl',
  'dataFlows',
  'criticality',
  'note',
];

interface Built {
  entry: Obj;
  flows: string[];
  notes: string[];
  /**
   * Mechanisms the entry's own words give (a transfer column, "USA (SCCs)"), with the countries they cover;
   * `ifOutside` when the words state it only for processing outside the EEA ("SCCs where processing occurs outside
   * the EEA"), which holds only when the entry's own place is outside (or unstated), or, unless the words speak of
   * where processing occurs (`ifProcessed`), when its company is.
   */
  transfers: { to?: string[]; mechanism: string; ifOutside?: boolean; ifProcessed?: boolean }[];
  /** The entry's words say no transfer is needed ("No transfer", "intra-EEA"). */
  noTransfer: boolean;
}

const YES = /^(?:yes|oui|signed|signé|✅|✓|✔|x)\b/i;
/** An answer that says no: "Non", "Non applicable (…)", "N/A", "Not applicable", "Aucune". */
const NO = /^(?:no|non|none|aucune?|n\/a|not applicable|non applicable|sans objet|[-–—])(?![\p{L}\d])/iu;

/** The one certification a label asks about ("Certifié HDS", "ISO 27001 certified", "Certification HDS"), if any. */
function askedCertification(label: string | undefined): string | undefined {
  return label
    ? certificationNamed(
        label.replace(
          /(?:^|\s)(?:certifi(?:é|e|ée|ed|cation)|compliant|conforme|accredited|accr[ée]dit[ée]e?|qualifi(?:é|e|ée|ed))(?=\s|$)/gi,
          ' ',
        ),
      )
    : undefined;
}

/** The ids given so far, and for each base id the next suffix to try (so that many equal names stay linear). */
interface IdPool {
  used: Set<string>;
  next: Map<string, number>;
}

/**
 * The labels the readers write themselves (`ReadFact.label` of a fact found in a sentence, a bracket, a card's line),
 * by their phrase in the catalogues (`importLabels`): an entry's note quotes them in the page's language.
 */
const READER_LABELS: Readonly<Record<string, keyof ReturnType<typeof phrases>['importLabels']>> = {
  Purpose: 'purpose',
  Location: 'location',
  Transfer: 'transfer',
  Website: 'website',
  Company: 'company',
  Certifications: 'certifications',
  Address: 'address',
  'AI training': 'aiTraining',
  Hosting: 'hosting',
  'Registered office': 'registeredOffice',
  'Stored in': 'storedIn',
  DPA: 'dpa',
  Headquartered: 'headquartered',
  Destination: 'destination',
  Support: 'support',
  Service: 'service',
  Seat: 'seat',
  Registered: 'registered',
  Region: 'region',
  Name: 'name',
  Located: 'located',
};

/**
 * `ids`: ids already given; `reserved`: ids the page gives (a CSV's `id` column), which a name's id must not take.
 * `quote`: what the entry's note quotes of a text (a long one it shares with other entries: the words naming it).
 * `lang`: the language of the note's labels.
 */
function buildEntry(
  read: ReadEntry,
  ids: IdPool,
  reserved: ReadonlySet<string>,
  r: Readings,
  quote: (text: string, names: readonly string[]) => string,
  lang: Lang,
): Built {
  // A name and entity in two cells are kept as they are; a combined heading is split only where the entity has a legal form.
  const split = nameAndEntity(read.name ?? read.heading);
  const name = read.name !== undefined ? read.name : split.name;
  const entity = read.entity ?? split.entity;
  const base = read.id ? kebabCase(read.id) : kebabCase(name);
  let id = base;
  let n = ids.next.get(base) ?? 2;
  while (ids.used.has(id) || (!read.id && reserved.has(id))) id = `${base}-${n++}`;
  ids.next.set(base, n);
  ids.used.add(id);
  // An entity the page does not give is `unknown`, never the brand's name.
  const e: Obj = { id, name, entity: entity ?? 'unknown' };
  if (read.group) e.group = read.group;
  if (read.category) e.category = read.category;
  if (read.affiliate) e.relationship = 'affiliate';
  const notes: string[] = [];
  const flows: string[] = [];
  const transfers: Built['transfers'] = [];
  let noTransfer = false;
  const names = [...namesOf(read), ...(entity ? [entity] : [])];
  const said = (text: string) => quote(text, names);
  // A reader's own label in the page's language ("Transfert", not "Transfer", on a French page); a page's label as written.
  const named = phrases(lang).importLabels;
  const labelOf = (label: string) => (Object.hasOwn(READER_LABELS, label) ? named[READER_LABELS[label]!] : label);
  const keep = (f: ReadFact) => notes.push(f.label ? `${labelOf(f.label)}: ${said(f.value)}` : said(f.value));
  for (const f of read.facts) {
    const key = f.key ?? (f.label ? factKey(f.label) : undefined);
    const v = f.value.trim();
    switch (key) {
      case 'purpose':
      case 'serviceAuthentication':
      case 'serviceAccessControl':
      case 'administrationAccessControl':
      case 'website':
        // "Stripe is certified as a PCI Level 1 Service Provider", "It is compliant with SOC 2/3, ISO 27001": a sentence
        // of the vendor's description that says it holds schemes; the description stays its purpose.
        if (key === 'purpose' && heldInDescription(v).length) addCertifications(e, heldInDescription(v));
        // A web address the schema would refuse stays in the page's words, in the note; a bare domain
        // ("aws.amazon.com", printed as the vendor's address) is that site's address.
        if (key === 'website' && !hasSchemaFormat('uri', v) && BARE_SITE.test(v) && e.url === undefined) e.url = `https://${v}`;
        else if (key === 'website' && !hasSchemaFormat('uri', v)) keep(f);
        else if (e[key === 'website' ? 'url' : key] === undefined) e[key === 'website' ? 'url' : key] = v;
        else keep(f);
        break;
      case 'dataLocation': {
        const had = (e.dataLocation as Obj | undefined)?.countries;
        if (f.adds && Array.isArray(had)) {
          // "Les sous-traitants identifiés ci-dessus … en Union européenne (Irlande)": every place kept.
          for (const c of (parseLocation(v).location.countries as string[] | undefined) ?? []) if (!had.includes(c)) had.push(c);
          break;
        }
        // "APAC / PH-region buckets" in the row, then "United States (… Cloudflare …)" in a destinations sentence: the
        // place added, the row's own words kept in the location's note.
        const added = f.adds && e.dataLocation !== undefined ? parseLocation(v).location.countries : undefined;
        if (Array.isArray(added)) {
          (e.dataLocation as Obj).countries = [...(added as string[])];
          break;
        }
        // A second place of the entry (a summary table's "USA (opt UK)" after "États-Unis OU Royaume-Uni (configurable)"
        // in its section) is read when the first stated no country; the first's words stay in the note.
        const unstated = (e.dataLocation as Obj | undefined)?.countries === 'unknown';
        const later = unstated ? parseLocation(v, f) : undefined;
        if (e.dataLocation !== undefined && !(later && Array.isArray(later.location.countries))) {
          keep(f);
          break;
        }
        const before = (e.dataLocation as Obj | undefined)?.note;
        if (typeof before === 'string' && before) notes.push(before);
        const loc = later ?? parseLocation(v, f);
        e.dataLocation = loc.location;
        transfers.push(...loc.transfers);
        // "UE/USA — clauses contractuelles types" under "Localisation": the cell's mechanism is read too.
        if (!loc.transfers.length)
          for (const mechanism of r.placeAndMechanisms(v).mechanisms)
            if (!transfers.some((t) => t.mechanism === mechanism)) transfers.push({ mechanism });
        if (loc.access.length) e.access = { countries: loc.access };
        if (loc.entityCountries?.length === 1 && e.entityCountry === undefined) e.entityCountry = loc.entityCountries[0];
        if (loc.entities?.length === 1 && (e.entity === undefined || e.entity === 'unknown')) e.entity = loc.entities[0];
        // "USA (SOC 2 Type II)": the schemes the cell names are held too; its words stay in the location's note.
        addHeldSchemes(e, v, r);
        break;
      }
      case 'access': {
        // "India, United States (24/7 support)", as the page writes the countries the data is reached from.
        const read = readLocation(v);
        const countries = [...read.countries, ...read.access].filter((c) => c !== 'EU' && c !== 'GLOBAL');
        if (countries.length && e.access === undefined) {
          e.access = { countries, ...(read.note ? { note: read.note } : {}) };
          // "Oui. Pays couverts par une décision d'adéquation : Canada, Royaume-Uni": the basis of that access.
          for (const mechanism of r.placeAndMechanisms(v).mechanisms) transfers.push({ to: countries, mechanism });
        } else keep(f);
        break;
      }
      case 'entityCountry': {
        // "Parent company: Seattle, USA", « Maison mère : … »: where the vendor's group is, not its own seat (kept in the note).
        if (PARENT_LABEL.test(v)) {
          keep(f);
          break;
        }
        // Where the entity is established: a country the text names on its own, or its last part ("..., Seattle, WA, USA").
        // "Delaware, USA (infra EU Francfort)": what the parenthesis adds is not where the entity is.
        // "Irlande (UE) + USA pour le processing": the seat, then where the data is processed, joined by "+".
        // "États-Unis [à confirmer]": a template's note in brackets beside the place is no place (as `readLocation`).
        const joined = v.replace(/\s*\[[^\]]{0,80}\]/g, '').split(/\s\+\s/);
        const processing = joined.length === 2 ? FOR_PROCESSING.exec(joined[1]!.trim()) : null;
        const seat = processing ? joined[0]!.trim() : joined.join(' + ');
        if (processing && e.dataLocation === undefined && !read.facts.some((x) => (x.key ?? factKey(x.label)) === 'dataLocation')) {
          const place = parseLocation(processing[1]!);
          if (place.location.countries !== 'unknown') e.dataLocation = { ...place.location, note: said(v) };
        }
        const parts = (parenthesised(seat)?.head || seat).split(/\s*[,;·—]\s*|\s+-\s+/).filter(Boolean);
        // "San Francisco, CA, USA": a state's abbreviation before the US is no country (Canada).
        // The last part that names the US, found once: a state before it is no country (linear in the parts).
        let lastUs = parts.length - 1;
        while (lastUs >= 0 && countryCode(parts[lastUs]!) !== 'US') lastUs--;
        const named = parts.filter((p, k) => !(US_STATES.has(p) && k < lastUs));
        const codes = [...new Set(named.map((p) => countryCode(p)).filter((c): c is string => c !== undefined && c !== 'GLOBAL'))];
        const specific = codes.filter((c) => c !== 'EU');
        // "Indian SMS provider": the words that say what company the vendor is give its nationality.
        // "Denver, CO", "Cambridge, MA": a US city and its state, no country's code (Colombia, Morocco); the state's
        // abbreviation says the US only where it can be nothing else, or where the column writes its places so.
        const cityAndState = usCityAndState(seat);
        const country = cityAndState
          ? cityAndState === 'us' || f.usStates
            ? 'US'
            : undefined
          : specific.length
            ? specific.length === 1
              ? specific[0]
              : undefined
            : (addressCountry(v) ?? vendorNationality(v) ?? registerCountry(v));
        if (country && e.entityCountry === undefined) e.entityCountry = country;
        // "Siège : Paris, France — données hébergées en UE": a clause that says where the data is, beside the seat.
        const stored = v
          .split(/\s[—–]\s|;\s/)
          .slice(1)
          .map(storedIn)
          .find((x) => x !== undefined);
        if (stored && e.dataLocation === undefined && !read.facts.some((x) => (x.key ?? factKey(x.label)) === 'dataLocation'))
          e.dataLocation = { ...parseLocation(stored).location, note: said(v) };
        keep(f);
        break;
      }
      case 'personalData': {
        const p = parsePersonalData(v);
        e.personalData = p.value;
        if (p.note) notes.push(p.note);
        break;
      }
      case 'certifications': {
        // "Certification HDS: Non applicable (…)", "…: OVHcloud est certifié HDS": a label that asks one scheme is
        // answered; the schemes the answer names are held unless it says no. The words stay in the note.
        const asked = askedCertification(f.label);
        if (asked) {
          if (!NO.test(v)) {
            const named = certificationsIn(v).map((name) => certificationNamed(name));
            const ids = [...(YES.test(v) || /certifi/i.test(v) ? [asked] : []), ...named].filter((id): id is string => id !== undefined);
            if (ids.length) addCertifications(e, [...new Set(ids)]);
          }
          keep(f);
          break;
        }
        // A column and a section elsewhere on the page may both list them: every one is kept, once. Words that
        // name no scheme ("Standard") stay in the note; with none named, the list stays unknown ("None" says none).
        const read = parseCertifications(v);
        // "GDPR compliant" under Certifications is the vendor's claim, not an audit: it goes to `claims`.
        const claims = read.ids.filter((x): x is string => typeof x === 'string' && isClaim(x));
        const certified = read.ids.filter((x) => !(typeof x === 'string' && isClaim(x)));
        if (claims.length) e.claims = [...new Set([...(Array.isArray(e.claims) ? (e.claims as string[]) : []), ...claims])];
        if (certified.length || (!read.unknown.length && !claims.length)) addCertifications(e, certified);
        if (read.unknown.length) keep(f);
        break;
      }
      case 'claims':
        e.claims = parseCertifications(v).ids;
        break;
      case 'transfer': {
        const t = r.transfer(v);
        // "Clauses contractuelles types pour le support depuis les États-Unis": the mechanism covers access from there.
        const from = r.accessFrom(v);
        if (from.length && e.access === undefined) e.access = { countries: [...from] };
        // "Garanties : Certifié ISO 27001, SCC", "Conformité PCI-DSS niveau 1<br>DPA": a scheme the safeguards name is held.
        addHeldSchemes(e, v, r);
        // "UE/USA — clauses contractuelles types" under "Localisation / garanties": the places the cell names
        // beside its mechanism are where the data is, when no column of the row says it.
        const places = r.placeAndMechanisms(v).places;
        if (places && e.dataLocation === undefined && !read.facts.some((x) => (x.key ?? factKey(x.label)) === 'dataLocation')) {
          const loc = parseLocation(places);
          if (Array.isArray(loc.location.countries)) {
            e.dataLocation = { ...loc.location, note: said(v) };
            if (loc.access.length) e.access = { countries: loc.access };
          }
        }
        if (t.mechanisms.length && !(t.mechanisms.length === 1 && t.mechanisms[0] === 'none')) {
          const said = t.exact ? undefined : r.byPart(v);
          for (const mechanism of t.mechanisms) {
            const parts = said?.filter((p) => p.mechanisms.includes(mechanism)) ?? [];
            // Named only where the cell says a status can be checked ("DPF certification status tracked at …"): not stated.
            if (said && !parts.length && said.some((p) => p.statusOnly.includes(mechanism))) continue;
            // "Art. 45 adequacy not available — SCCs": a mechanism the cell only denies is none of the entry's.
            if (parts.length && parts.every((p) => p.denied)) continue;
            const conditional = parts.length > 0 && parts.every((p) => p.ifOutside);
            transfers.push({
              mechanism,
              ...(conditional ? { ifOutside: true } : {}),
              ...(conditional && parts.every((p) => p.ifProcessed) ? { ifProcessed: true } : {}),
            });
          }
          if (!t.exact && r.saysMore(v)) keep(f);
        } else {
          if (t.noTransfer) noTransfer = true;
          keep(f);
        }
        break;
      }
      case 'dpa': {
        // A link to the agreement: where it can be read. "DPA signed: Yes": the page states an agreement; any
        // other answer stays in its words. A column of the agreement or another page ("Vendor DPA / Security Page"):
        // a link is the agreement only when its address says so (not ".../privacy", ".../compliance/data-privacy").
        // Of two links ("https://…/privacy and https://…/legal/dpa"), the one whose address says so.
        const links = v.match(/https?:\/\/[^\s<>"']+/gi) ?? [];
        const link = links.length === 1 && links[0] === v && !otherThanAgreement(f.label) ? v : links.find(agreementAddress);
        if (link !== undefined && hasSchemaFormat('uri', link) && e.dpa === undefined) {
          e.dpa = { type: /addendum/i.test(f.label) ? 'addendum' : 'dpa', url: link };
          if (link !== v) keep(f);
          break;
        }
        if (YES.test(v)) e.dpa = { type: 'dpa' };
        // "sentry.io/legal/dpa — Standard Contractual Clauses (SCCs) pour le transfert hors UE": the mechanisms the
        // agreement's cell names are the entry's too.
        // "DPA; no SCCs", « Contrat ; pas de CCT »: a mechanism the cell's only words about it deny is none of the entry's.
        const parts = r.byPart(v);
        for (const mechanism of mechanismsIn(v).mechanisms) {
          const saying = parts.filter((p) => p.mechanisms.includes(mechanism));
          if (saying.length && saying.every((p) => p.denied)) continue;
          if (!transfers.some((t) => t.mechanism === mechanism)) transfers.push({ mechanism });
        }
        keep(f);
        break;
      }
      case 'administrationAuthentication':
        e.administrationAuthentication = parseAdministrationAuthentication(v);
        break;
      case 'dataFlow':
        flows.push(...v.split(/\s*;\s*/).filter(Boolean));
        break;
      case 'criticality': {
        const c = parseCriticality(v);
        if (c) e.criticality = c;
        else keep(f);
        break;
      }
      case 'trainsOnCustomerData': {
        // "Non (infrastructure uniquement ; aucun entraînement IA)": the answer, and the page's words in the note.
        const trains = otherSpeaker(v, names) ? undefined : trainsOnCustomerDataIn(v, true);
        if (trains !== undefined && e.ai === undefined) e.ai = { trainsOnCustomerData: trains };
        keep(f);
        break;
      }
      case 'note':
        // Words the page leaves open keep their column's name ("Location (to confirm): USA").
        notes.push(f.open && f.label ? `${labelOf(f.label)}: ${said(v)}` : said(v));
        break;
      default: {
        // "Provider retenu : Brevo (Sendinblue SAS, société française, Paris)": a line naming the vendor, its company
        // with its legal form first in the brackets, gives the entity.
        const company = f.label && columnMatch(f.label)?.key === 'name' ? parenthesised(v)?.inner.split(/,\s*/)[0]?.trim() : undefined;
        if (company && entityIn(company) === company && (e.entity === undefined || e.entity === 'unknown')) e.entity = company;
        // "Certifié HDS: Oui", "ISO 27001 certified: Yes": a column that asks one certification, answered yes.
        const asked = askedCertification(f.label);
        if (asked && YES.test(v)) addCertifications(e, [asked]);
        // "Mesures | Clauses contractuelles types Google": a cell of a column no meaning names that opens with a
        // safeguard's name states it (a condition left open states none: `mechanismsIn`). An adequacy decision is a
        // country's status, which such a cell leaves open ("EU Adequacy (partial)" under "Adequacy Status").
        if (mechanismsIn(v.split(/\s+/).slice(0, 4).join(' ')).named.length)
          for (const mechanism of mechanismsIn(v).mechanisms)
            if (mechanism !== 'adequacy' && !transfers.some((t) => t.mechanism === mechanism)) transfers.push({ mechanism });
        keep(f);
      }
    }
  }
  // A cell of any other column that is a certification's name, whole ("PCI DSS Level 1" under Notes).
  for (const f of read.facts) {
    const key = f.key ?? (f.label ? factKey(f.label) : undefined);
    if (key === 'certifications' || key === 'claims' || key === 'website' || key === 'dpa') continue;
    const named = r.namedSchemes(f.value);
    if (named.length) addCertifications(e, named);
  }
  // "Vercel (hébergement) — société américaine", "Canva, a US company": the company's country, in its own words.
  const nameWords = parenthesised(read.name ?? read.heading)?.inner;
  const ownWords = [
    ...(nameWords ? [nameWords] : []),
    ...read.facts
      .filter((f) => !['website', 'dpa', 'dataLocation'].includes(f.key ?? (f.label ? (factKey(f.label) ?? '') : '')))
      .map((f) => f.value),
  ];
  if (e.entityCountry === undefined && split.country) e.entityCountry = split.country;
  // "Supabase (hébergé dans l'Union européenne)": the name's own brackets say where the data is.
  // "MinIO (self-hosted, EU)": a hosting word, then the places it is hosted in.
  const hostedAt =
    nameWords !== undefined
      ? /^(?:self[- ]hosted|hosted|auto-?h[ée]berg[ée]e?s?|h[ée]berg[ée]e?s?)\s*[,;:]\s*(.+)$/iu.exec(nameWords.trim())
      : null;
  const hostedPlaces =
    hostedAt && readLocation(hostedAt[1]!).countries.length && readLocation(hostedAt[1]!).note === undefined ? hostedAt[1] : undefined;
  const nameStored = nameWords !== undefined ? (storedIn(nameWords) ?? hostedPlaces) : undefined;
  if (nameStored && e.dataLocation === undefined && !read.facts.some((x) => (x.key ?? factKey(x.label)) === 'dataLocation'))
    e.dataLocation = { ...parseLocation(nameStored).location, note: nameWords };
  for (const text of ownWords) {
    if (e.entityCountry !== undefined) break;
    const country = r.companyCountry(text);
    if (country) e.entityCountry = country;
  }
  // "… include: (i)Prospect Global Ltd (trading as Sopro)": the company that trades under the entry's name.
  const own = lower(String(read.name ?? read.heading));
  for (const text of ownWords) {
    if (e.entity !== 'unknown') break;
    for (const [company, trading] of r.tradingAs(text)) {
      if (lower(trading) === own && entityIn(company) === company) e.entity = company;
    }
  }
  // "Conformité: RGPD + CCT": a cell of a column with no meaning of its own that names a transfer mechanism, whole.
  for (const f of read.facts) {
    const key = f.key ?? (f.label ? factKey(f.label) : undefined);
    if ((key !== undefined && key !== 'note') || f.open) continue;
    for (const mechanism of r.mechanismsNamed(f.value))
      if (!transfers.some((t) => t.mechanism === mechanism)) transfers.push({ mechanism });
    // "CCT" over "Oui", "SCCs" over "Yes": a column whose header is a mechanism, whole, answered yes states it.
    if (f.label && YES.test(f.value.trim()))
      for (const mechanism of mechanismsNamed(f.label))
        if (!transfers.some((t) => t.mechanism === mechanism)) transfers.push({ mechanism });
  }
  // "No transfer outside the EEA — processing within the EEA" beside "Netherlands": a part of the transfer cell that
  // says where the processing is adds the EU the page names to a place inside it (corpus README: every place kept).
  const location = e.dataLocation as Obj | undefined;
  if (Array.isArray(location?.countries) && (location.countries as string[]).length && !(location.countries as string[]).includes('EU')) {
    const places = location.countries as string[];
    const saysEea = read.facts.some((f) => (f.key ?? (f.label ? factKey(f.label) : undefined)) === 'transfer' && r.withinEea(f.value));
    if (saysEea && places.every((c) => isEEA(c))) places.push('EU');
  }
  // "Configured such that customer data is not used to train …", "N'entraîne pas sur les entrées API": whatever
  // the column or label that says it, the words are kept (in the note) and read once.
  for (const f of read.facts) {
    if (e.ai !== undefined) break;
    if (otherSpeaker(f.value, names)) continue;
    const trains = (asksAboutTraining(f.label) ? r.trainsAsked : r.trains)(f.value);
    if (trains !== undefined) e.ai = { trainsOnCustomerData: trains };
  }
  return { entry: e, flows, notes, transfers, noTransfer };
}

/**
 * "Acme does not train its models on your data" in the row of another vendor (or of the publisher): a company speaks
 * of its own training, which is this entry's only when it names the entry (a word of its name or entity).
 */
function otherSpeaker(text: string, names: string[]): boolean {
  const speaker = trainingSpeaker(text);
  if (speaker === undefined) return false;
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 1);
  const own = new Set(names.flatMap(words));
  return !words(speaker).some((w) => own.has(w));
}

/** A value labelled as the vendor's parent's: "Parent company: …", "Ultimate parent: …", « Société mère : … », « Maison mère : … ». */
const PARENT_LABEL =
  /^\s{0,3}(?:(?:ultimate\s)?parent(?:\s(?:company|entity|group|organi[sz]ation))?|holding(?:\scompany)?|soci[ée]t[ée]\smère|maison\smère)\s{0,3}:/i;

/** "USA pour le processing", "US for processing": a place, then words that say the data is processed there. */
const FOR_PROCESSING = /^(.+?)\s+(?:pour le (?:processing|traitement)|pour l['’]h[ée]bergement|for (?:the )?processing|for hosting)$/i;

/**
 * Required fields the page does not state are `unknown` (spec section 2.2): never a value the page did not
 * give (no "-", no empty list of certifications, no criticality), so no rule reads them as facts and
 * `unstated-fact` asks for each one.
 */
const REQUIRED_FIELDS = [
  'purpose',
  'dataLocation',
  'personalData',
  'certifications',
  'serviceAuthentication',
  'administrationAuthentication',
  'serviceAccessControl',
  'administrationAccessControl',
  'criticality',
];

/**
 * The transfer field from the mechanisms an entry's words give: one object when one mechanism covers every
 * destination, else a list, each item with the destinations its words name (`to`).
 */
function transferValue(transfers: { to?: string[]; mechanism: string }[], outside: string[]): Obj | Obj[] {
  const merged: { to?: string[]; mechanism: string }[] = [];
  for (const t of transfers) {
    const same = merged.find((m) => m.mechanism === t.mechanism && (m.to === undefined) === (t.to === undefined));
    if (same && same.to && t.to) same.to = [...new Set([...same.to, ...t.to])];
    else if (!same) merged.push({ ...t, ...(t.to ? { to: [...t.to] } : {}) });
  }
  const items = merged.map((t) => {
    // Destinations that are every place the data leaves to need no `to`.
    const all =
      t.to !== undefined && outside.length > 0 && outside.every((c) => t.to!.includes(c)) && t.to.every((c) => outside.includes(c));
    return t.to && !all ? { to: t.to, mechanism: t.mechanism } : { mechanism: t.mechanism };
  });
  return items.length === 1 ? items[0]! : items;
}

/** Whether `text` holds `word` as whole words, ignoring case (no regular expression built from page text). */
/** Names' and texts' words, in lower case, for `namedIn`. */
const LOWER_WORD = /[\p{L}\p{N}_]+/gu;
/** A name's words a text is looked up by, at most. */
const NAME_WORDS = 12;

/**
 * The entry a text (a data flow's) names other than `own`: the one with the longest name the text holds as words of
 * its own, the first on the page among equals. Names are filed by their first words, and a text's runs of words looked
 * up, so that a text is compared with the few names it may hold, not every entry (a flow per entry, each compared
 * with every name, sorted again for each flow, was quadratic).
 */
function namedIn(targets: { id: string; name: string }[]): (text: string, own: string) => { id: string; name: string } | undefined {
  const byWords = new Map<string, { id: string; name: string; k: number }[]>();
  /** Names with no word to be found by ("&&"): compared with every text. */
  const always: { id: string; name: string; k: number }[] = [];
  for (const [k, t] of targets.entries()) {
    if (!t.name) continue;
    const words = t.name.toLowerCase().match(LOWER_WORD);
    if (!words) always.push({ ...t, k });
    else {
      const key = words.slice(0, NAME_WORDS).join(' ');
      byWords.set(key, [...(byWords.get(key) ?? []), { ...t, k }]);
    }
  }
  return (text, own) => {
    const hay = text.toLowerCase();
    const words = hay.match(LOWER_WORD) ?? [];
    let best: { id: string; name: string; k: number } | undefined;
    const consider = (t: { id: string; name: string; k: number }) => {
      if (t.id === own || (best && (t.name.length < best.name.length || (t.name.length === best.name.length && t.k > best.k)))) return;
      if (containsWord(hay, t.name.toLowerCase())) best = t;
    };
    for (let i = 0; i < words.length; i++)
      for (let j = i, key = words[i]!; j < words.length && j < i + NAME_WORDS; key = `${key} ${words[++j] ?? ''}`)
        for (const t of byWords.get(key) ?? []) consider(t);
    for (const t of always) consider(t);
    return best;
  };
}

/** Whether `hay` holds `needle` (both in lower case) as words of their own. */
function containsWord(hay: string, needle: string): boolean {
  if (!needle) return false;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if ((!isWord(needle[0]) || !isWord(hay[at - 1])) && (!isWord(needle[needle.length - 1]) || !isWord(hay[at + needle.length])))
      return true;
  }
  return false;
}

/** A part of the world outside Europe, named whole as a place: "Asia-Pacific", "APAC", "Amérique du Nord", "Africa". */
const OUTSIDE_EUROPE =
  /^(?:asia(?:[- ]pacific)?|apac|asie(?:[- ]pacifique)?|north america|south america|latin america|am[ée]rique(?: du nord| du sud| latine)?|africa|afrique|oceania|oc[ée]anie|middle east|moyen-orient)$/iu;

export interface ImportResult {
  yaml: string;
  /** The inventory as plain data (what the YAML holds). */
  value: Obj;
}

/**
 * Words that say when a vendor starts: "from 2027", "starting March 2027", "as of 1 March 2027", « à partir de 2027 »,
 * « à compter du 1er mars 2027 », « dès janvier 2027 »; the date they give.
 */
const STARTS_ON =
  /(?<!\p{L})(?:from|starting(?:\s(?:in|on|from))?|beginning(?:\s(?:in|on))?|as\sof|à\spartir\sd(?:e|u)|à\scompter\sd(?:e|u)|dès)\s(?:le\s|the\s)?((?:\d{1,2}(?:er|st|nd|rd|th)?\s)?(?:\p{L}{3,10}\.?\s)?\d{4})(?!\d)/iu;

/**
 * A page's vendors that start after its date (« Textello (Belgique), à partir de 2027 », "Parlio — translation, starting
 * March 2027"): planned, no current sub-processor, as a vendor that "will soon" handle a service (`providedBy`). Only
 * the words that name the vendor or its service say it (its name, its purpose, or a value that opens with the date), not
 * a fact of a current vendor ("EU storage from 2027"). The date is compared with the page's, else with the day of
 * the import; a month or a year alone is its first day. Each one set aside is reported.
 */
function withoutPlanned(page: ReadPage, today: string): ReadPage {
  const dated = page.lastUpdated ? (parseDate(page.lastUpdated, page.lang) ?? leadingDate(page.lastUpdated, page.lang)) : undefined;
  const ref = /^\d{4}-\d{2}(?:-\d{2})?$/.test(dated ?? '') ? dated! : today;
  const startOf = (text: string): { date: string; words: string } | undefined => {
    const m = STARTS_ON.exec(text);
    if (!m) return undefined;
    const date = /^\d{4}$/.test(m[1]!) ? `${m[1]}-01-01` : parseDate(m[1]!, page.lang);
    return date ? { date, words: m[0] } : undefined;
  };
  const unread: Unread[] = [];
  const entries = page.entries.filter((e) => {
    const texts = [e.name ?? e.heading, e.heading, ...e.facts.filter((f) => (f.key ?? factKey(f.label)) === 'purpose').map((f) => f.value)];
    const opening = e.facts.map((f) => f.value.trim()).filter((v) => STARTS_ON.exec(v)?.index === 0);
    const start = [...texts, ...opening].map(startOf).find((x) => x !== undefined);
    if (start === undefined || start.date <= ref) return true;
    unread.push({ kind: 'entryPlanned', data: { name: e.name ?? e.heading, text: start.words } });
    return false;
  });
  return unread.length && entries.length ? { ...page, entries, unread: [...page.unread, ...unread] } : page;
}

/**
 * Words that leave a case open set off by commas right after "and"/"et" ("SCCs and, where applicable, the DPF", "CCT
 * et, le cas échéant, DPF"): they cover the mechanism that follows them only, and the one before them stays stated.
 */
function openCaseAfterAnd(text: string): boolean {
  for (const m of text.matchAll(/(?<!\p{L})(?:and|et)\s*,\s*/giu)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (openCaseIn(rest)?.index === 0 && /^[^,.;:]{1,45},/.test(rest)) return true;
  }
  return false;
}

/**
 * Whether a page-wide transfer statement says its mechanism of the transfers out of the EEA: not "where applicable" /
 * « le cas échéant » (unless it only covers a second mechanism after "and": `openCaseAfterAnd`), and not a sentence that
 * denies it ("We do not rely on SCCs for transfers outside the EU", « Nous n'encadrons pas … par des CCT »).
 */
function pageWideSaid(text: string): boolean {
  if (openCaseIn(text) && !openCaseAfterAnd(text)) return false;
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => mechanismsIn(x).named.length);
  return !sentences.some((x) => MECHANISM_DENIED.test(x));
}

/** Words that deny what a sentence says: "do not", "never", « ne … pas », « n'… pas », « jamais ». */
const MECHANISM_DENIED =
  /(?<!\p{L})(?:not|never|pas|jamais|plus)(?!\p{L})|(?<!\p{L})n['’](?=\p{L})|(?<!\p{L})(?:don['’]t|doesn['’]t)(?!\p{L})/iu;

export function pageToInventory(read: ReadPage, options: ImportOptions): ImportResult {
  const page = withoutPlanned(read, options.today);
  const comments: { path: (string | number)[]; text: string; before?: boolean }[] = [];
  // The file's own words are in the page's language (its comments quote the page), unless the user asks for another.
  const lang = options.lang ?? page.lang;
  const say = phrases(lang).importNotes;
  const labels = LABELS[lang];
  const header: string[] = [say.header];

  const inventory: Obj = {};
  inventory.organization = options.organization ?? 'unknown';
  if (!options.organization)
    comments.push({
      path: ['inventory', 'organization'],
      text: ` ${say.noOrganization}`,
    });
  // The address a contact line gives ("DPO contact: dpo@example.com."), without the sentence around it.
  const contact =
    options.contact ?? (page.contact ? (/[^\s@<>()"'`]+@[^\s@<>()"'`]+\.[a-z]{2,}/i.exec(page.contact)?.[0] ?? page.contact) : undefined);
  // An address the schema's own email format accepts, or nothing.
  if (contact && hasSchemaFormat('idn-email', contact)) inventory.contact = contact;
  else {
    inventory.contact = 'unknown';
    comments.push({
      path: ['inventory', 'contact'],
      text: ` ${contact ? fill(say.contactNotEmail, { contact }) : say.noContact}`,
    });
  }
  const lastUpdated = page.lastUpdated ? (parseDate(page.lastUpdated, page.lang) ?? leadingDate(page.lastUpdated, page.lang)) : undefined;
  // The page's own date, never the day of the import: a list years old must not look fresh.
  inventory.lastUpdated = lastUpdated ?? 'unknown';
  const dateSaid = page.lastUpdated ? fill(say.pageDate, { date: page.lastUpdated }) : say.noDate;
  comments.push({ path: ['inventory', 'lastUpdated'], text: ` ${dateSaid}` });
  if (page.noticeDays !== undefined) {
    inventory.noticeDays = page.noticeDays;
    comments.push({ path: ['inventory', 'noticeDays'], text: ` "${page.noticeSentence}"` });
  }
  // The languages the page offers, else the one it is written in: it renders back in it.
  inventory.languages = page.languages.length ? page.languages : [page.lang];
  if (page.title) inventory.title = page.title;
  if (page.introduction.length) inventory.introduction = page.introduction.join('\n');

  const value: Obj = { inventory };
  const defaultTiers = DEFAULT_POLICY.tiers.map((t) => t.name);
  // The page publishes the built-in criteria: it adopts that policy, by name. Other criteria stay a comment.
  if (page.tiers.length && page.tiers.join('\n') === defaultTiers.join('\n')) {
    value.policy = 'builtin';
    comments.push({ path: ['policy'], text: ` ${say.builtinPolicy}` });
  }

  const safeguards: Obj = {};
  for (const f of page.safeguards) {
    const key = ALL.map((l) =>
      (Object.keys(l.safeguards) as (keyof typeof l.safeguards)[]).find((k) => lower(l.safeguards[k]) === lower(f.label)),
    ).find(Boolean);
    if (key && safeguards[key] === undefined) safeguards[key] = f.value;
    else header.push(fill(say.safeguardNoField, { text: f.label ? `${f.label}${labels.colon} ${f.value}` : f.value }));
  }
  if (Object.keys(safeguards).length) value.safeguards = safeguards;

  const dpaSentence = page.criteriaSentences.find((s) => /\bDPAs?\b|Data Processing Agreement|accords? de traitement/i.test(s));
  if (dpaSentence) {
    value.defaults = { dpa: { type: 'dpa' } };
    comments.push({ path: ['defaults'], text: ` "${dpaSentence}"`, before: true });
  } else {
    // The page says nothing of the agreements: not known, rather than "no DPA".
    value.defaults = { dpa: 'unknown' };
    comments.push({ path: ['defaults'], text: ` ${say.noAgreement}`, before: true });
  }
  for (const s of page.criteriaSentences) {
    // The intro is written from the policy's scope; any other sentence is kept as a comment.
    if (s !== dpaSentence && !/^(When selecting|Pour choisir)/i.test(s)) header.push(fill(say.onThePage, { text: s }));
  }
  if (page.tiers.length && page.tiers.join('\n') !== defaultTiers.join('\n'))
    header.push(fill(say.criteria, { tiers: page.tiers.map((t, i) => `${i + 1}. ${t}`).join(' ') }));
  for (const u of page.unread) header.push(fill(say.notRead, { what: unreadText(u, lang) }));
  for (const o of page.other) header.push(fill(say.onThePage, { text: o }));
  // A table that names no sub-processor: its columns, as the page wrote them.
  const unnamed = page.unread.flatMap((u) => (u.kind === 'table' ? [u.data.columns.join(' | ')] : []));
  for (const u of page.unread) {
    const columns = unreadColumnsText(u, lang);
    if (columns !== undefined) header.push(fill(say.onThePage, { text: columns }));
  }

  // A page-wide statement of the mechanism for transfers ("SCCs implemented for non-EU processors") covers every
  // entry whose data leaves the EEA and whose own words name none; the statement is quoted beside each.
  // A paragraph of the page's own text that says by which mechanism the transfers out of the EEA are made ("Ces
  // transferts sont encadrés par des clauses contractuelles types"), as a statement about the listed parties.
  // Read as the page's text after its list is read: the statement must speak of data leaving the EEA ("for any
  // processing outside the EEA"), whether or not it says "transfer".
  const transferParagraphs = page.introduction;
  const statements = [
    ...page.safeguards.map((f) => f.value),
    ...page.criteriaSentences,
    ...page.other,
    ...unnamed,
    ...transferParagraphs,
    // "Where personal data is transferred outside the EEA, we rely on:" with its item "Standard Contractual Clauses …".
    ...(page.introducedItems ?? []),
  ];
  // "Tant qu'aucun mécanisme (CCT/DPF) n'est signé […] ces transferts ne sont pas couverts": the page says its transfers
  // have no mechanism in place yet, so no cell's "CCT/DPF" and no rule of the page ("si inévitable, encadrer par CCT")
  // states one; the entries' transfers stay unknown, with the page's sentence beside them.
  const uncovered = statements.flatMap((text) => text.split(/(?<=[.!?])\s+/)).find((s) => NOT_YET_COVERED.some((re) => re.test(s)));
  // "Transferts hors UE/CH : USA (Google) - Clauses Contractuelles Types": a statement that names one of the listed
  // vendors speaks of that vendor's transfers, not of every entry's.
  const namesEntry = nameIndex(page.entries, true);
  const pageWide = statements
    .map(statedNow)
    .map((text) => ({ text, ...mechanismsIn(text) }))
    // "SCCs or the DPF", "SCCs and the DPF": a statement naming two mechanisms is none for all, whichever it states.
    // But "SCCs and, where applicable, the DPF" states the SCCs (corpus README: words that leave a case open, set off by
    // commas after a conjunction, cover what follows them), as a cell's reading does.
    // "SCCs, supplemented by the UK Addendum where applicable": the addendum is part of the SCCs for UK transfers, no
    // second mechanism beside them; the SCCs are stated.
    .find(
      (x) =>
        x.mechanisms.length === 1 &&
        (x.named.filter((m) => !(m === 'uk-addendum' && x.mechanisms[0] === 'scc')).length === 1 || openCaseAfterAnd(x.text)) &&
        LEAVING_EU.test(x.text) &&
        !namesEntry(x.text).length &&
        pageWideSaid(x.text),
    );

  const ids: IdPool = { used: new Set<string>(), next: new Map() };
  const reserved = new Set(page.entries.filter((e) => e.id).map((e) => kebabCase(e.id!)));
  const r = readings();
  // A long text many entries share (a sentence naming them all) is quoted in part in each one's note, whole once above.
  const quoting = quoter(sharedLongTexts(page.entries.map((e) => e.facts.map((f) => f.value))));
  const built = page.entries.map((e) => buildEntry(e, ids, reserved, r, quoting.quote, lang));
  const flowTarget = namedIn(built.map((b) => ({ id: b.entry.id as string, name: String(b.entry.name) })));
  const orgWord = options.organization ? lower(options.organization).split(/[\s,]+/)[0] : undefined;
  const entries: Obj[] = built.map((b, index) => {
    const e = b.entry;
    // An entity that bears the organisation's name is a company of its group.
    if (orgWord && typeof e.entity === 'string' && lower(e.entity).split(/[\s,]+/)[0] === orgWord) e.relationship = 'affiliate';
    const loc = e.dataLocation as Obj | string | undefined;
    const countries = typeof loc === 'object' && Array.isArray(loc.countries) ? (loc.countries as string[]) : [];
    const outside = countries.filter((c) => c === 'GLOBAL' || (c !== 'EU' && !isEEA(c)));
    // "Asia-Pacific", "North America": a part of the world outside Europe, named with no country, is outside the EEA.
    const worldOutside = !countries.length && typeof loc === 'object' && typeof loc.note === 'string' && OUTSIDE_EUROPE.test(loc.note);
    // "Les sous-traitants … établis hors de l'Union européenne … encadrés par des CCT": an entry whose company the page
    // places outside the EEA meets the statement's condition too, wherever it keeps the data (corpus README).
    const entityOutside = typeof e.entityCountry === 'string' && e.entityCountry !== 'EU' && !isEEA(e.entityCountry);
    // A mechanism stated for processing outside the EEA is the entry's when its place is outside (or unstated), or its
    // company is (corpus README: a mechanism stated under a condition).
    // "SCCs where processing occurs outside the EEA" on an entry the page processes in the EEA: not met, wherever its
    // company is established.
    const transfers = b.transfers.filter(
      (t) => !uncovered && (!t.ifOutside || outside.length > 0 || !countries.length || (entityOutside && !t.ifProcessed)),
    );
    if (transfers.length) e.transfer = transferValue(transfers, outside);
    else if (
      (outside.length || worldOutside || entityOutside) &&
      pageWide &&
      !uncovered &&
      !b.noTransfer &&
      !b.transfers.length &&
      // "Anthropic's processing is governed by the Customer's agreement with Anthropic, not this DPA": not the page's.
      !page.entries[index]!.outsideAgreement
    ) {
      e.transfer = { mechanism: pageWide.mechanisms[0] };
      // Beside each entry, a long statement by its opening and closing clauses (whole once at the top): the file grows
      // as the page, not as its entries times the statement.
      comments.push({ path: ['subprocessors', index, 'transfer'], text: ` "${quoting.quoteBeside(pageWide.text)}"`, before: true });
    } else if (outside.length && !b.noTransfer) {
      e.transfer = 'unknown'; // data leaves the EEA and the page names no basis: not stated, not "none"
      if (uncovered && b.transfers.length)
        comments.push({ path: ['subprocessors', index, 'transfer'], text: ` "${quoting.quoteBeside(uncovered)}"`, before: true });
    }
    const flows: Obj[] = [];
    for (const text of b.flows) {
      const target = flowTarget(text, e.id as string);
      if (target) flows.push({ to: target.id, description: text });
      else b.notes.push(`${labels.facts.dataFlow}${labels.colon} ${text}`);
    }
    if (flows.length) e.dataFlows = flows;
    if (b.notes.length) e.note = b.notes.join('\n');
    for (const k of REQUIRED_FIELDS) if (e[k] === undefined) e[k] = 'unknown';
    const ordered: Obj = {};
    for (const k of ENTRY_KEYS) if (e[k] !== undefined) ordered[k] = e[k];
    return ordered;
  });
  value.subprocessors = entries;
  // A text quoted in part in the notes is quoted whole here, once, unless the page's words above already are it.
  const above = new Set([...page.other, ...page.criteriaSentences, ...page.introduction]);
  for (const text of quoting.cut) if (!above.has(text)) header.push(fill(say.onThePage, { text }));

  const doc = new Document(value);
  doc.commentBefore = header.map((h) => ` ${h}`).join('\n');
  for (const c of comments) {
    if (c.before) {
      const parent = c.path.length > 1 ? doc.getIn(c.path.slice(0, -1), true) : doc.contents;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === c.path[c.path.length - 1]) : undefined;
      if (pair && isScalar(pair.key)) pair.key.commentBefore = c.text;
      continue;
    }
    const node = doc.getIn(c.path, true);
    if (node && typeof node === 'object') (node as { comment?: string }).comment = c.text;
    else {
      const pair = doc.getIn(c.path.slice(0, -1), true);
      if (pair && typeof pair === 'object') (pair as { commentBefore?: string }).commentBefore = c.text;
    }
  }
  // Short lists of scalars read best on one line: countries: [BE], mfa: [sms].
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.every((i) => isScalar(i) && String(i.value).length < 40)) node.flow = true;
    },
    // A multi-line value with a line that starts with `::` is written on one line, double-quoted: as a block
    // scalar that line would start a GitHub workflow command when CI prints the inventory.
    Scalar(_, node) {
      if (typeof node.value === 'string' && hasCommandLine(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
  return { yaml, value };
}
