/**
 * A read page to an inventory (YAML text): each labelled fact to its field, through the knowledge base
 * (country names to codes, region codes, certification names to ids, MFA methods), and whatever has no
 * field to a `note` (or, outside entries, a YAML comment), so nothing on the page is lost.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { COUNTRIES, COUNTRY_ALIASES, getCertification, getRegion, matchCertificationText, REGIONS } from '../knowledge';
import { editionInText } from '../engine/certificationFixes';
import { DEFAULT_POLICY } from '../engine/policy';
import { LABELS } from './labels';
import { factKey, type ReadEntry, type ReadFact, type ReadPage } from './readPage';

export interface ImportOptions {
  /** YYYY-MM-DD, for a page with no last-updated date. */
  today: string;
  organization?: string;
  contact?: string;
}

type Obj = Record<string, unknown>;

const ALL = [LABELS.en, LABELS.fr];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const lower = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .toLowerCase();

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

/** Country (and pseudo-location) names in English and French, short names and codes, to codes. */
const COUNTRY_NAMES: Map<string, string> = (() => {
  const map = new Map<string, string>();
  let fr: Intl.DisplayNames | undefined;
  try {
    fr = new Intl.DisplayNames(['fr'], { type: 'region' });
  } catch {
    fr = undefined;
  }
  for (const c of COUNTRIES) {
    map.set(lower(c.name), c.code);
    map.set(lower(c.code), c.code);
    const f = fr?.of(c.code);
    if (f && f !== c.code) map.set(lower(f), c.code);
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) map.set(lower(alias), code);
  for (const [name, code] of Object.entries({
    us: 'US',
    usa: 'US',
    'united states of america': 'US',
    uk: 'GB',
    'great britain': 'GB',
    england: 'GB',
    eu: 'EU',
    ue: 'EU',
    'european union': 'EU',
    'union européenne': 'EU',
    global: 'GLOBAL',
    worldwide: 'GLOBAL',
    monde: 'GLOBAL',
    mondial: 'GLOBAL',
  }))
    map.set(name, code);
  return map;
})();

function countryCode(name: string): string | undefined {
  return COUNTRY_NAMES.get(lower(name));
}

const PROVIDER_NAMES: Record<string, string> = {
  aws: 'aws',
  amazon: 'aws',
  'amazon web services': 'aws',
  gcp: 'gcp',
  'google cloud': 'gcp',
  azure: 'azure',
  'microsoft azure': 'azure',
};

/** "GCP europe-west1" or "europe-west1" (when one provider has that code) to `gcp:europe-west1`. */
function regionRef(text: string): string | undefined {
  const m = /^(?:(aws|amazon web services|amazon|gcp|google cloud|azure|microsoft azure)\s+)?([a-z]{2,}[a-z0-9-]*\d[a-z0-9-]*)$/i.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const code = m[2]!.toLowerCase();
  if (m[1]) {
    const ref = `${PROVIDER_NAMES[m[1].toLowerCase()]}:${code}`;
    return getRegion(ref) ? ref : /^[a-z0-9]+:[a-z0-9-]+$/.test(ref) ? ref : undefined;
  }
  const matches = REGIONS.filter((r) => r.code === code);
  return matches.length === 1 ? `${matches[0]!.provider}:${code}` : undefined;
}

/** "Belgium (GCP europe-west1)" -> countries [BE], regions [gcp:europe-west1]; what is not a place goes to the note. */
export function parseLocation(text: string): Obj {
  const m = /^(.*?)\s*\((.*)\)$/.exec(text.trim());
  const head = (m ? m[1]! : text).trim();
  const inner = m
    ? m[2]!
        .split(/,\s*/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const regions: string[] = [];
  const noteParts: string[] = [];
  for (const part of inner) {
    const ref = regionRef(part);
    if (ref && !regions.includes(ref)) regions.push(ref);
    else noteParts.push(part);
  }
  const parts = head.split(/\s*,\s*|\s+(?:and|et)\s+/).filter(Boolean);
  const codes = parts.map(countryCode);
  const location: Obj = {};
  if (codes.length && codes.every((c): c is string => c !== undefined)) {
    location.countries = [...new Set(codes)];
    if (regions.length) location.regions = regions;
    if (noteParts.length) location.note = noteParts.join(', ');
    return location;
  }
  // The place is worded ("EU servers ..."): keep the words as they are, and the country they start with.
  const first = countryCode(head.split(/\s+/)[0] ?? '');
  location.countries = first ? [first] : [];
  if (regions.length) location.regions = regions;
  location.note = m && noteParts.length ? `${head} (${noteParts.join(', ')})` : head;
  return location;
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
  // Not a level the page's words name: say yes (it is then in scope) and keep the page's words.
  return { value: { level: 'yes', description: text }, note: `${LABELS.en.facts.personalData}: ${text}` };
}

function parseCertifications(text: string): { ids: (string | { id: string; edition: string })[]; unknown: string[] } {
  const ids: (string | { id: string; edition: string })[] = [];
  const unknown: string[] = [];
  if (ALL.some((l) => lower(l.none) === lower(text)) || text.trim() === '-' || !text.trim()) return { ids, unknown };
  for (const part of text.split(/\s*,\s*/).filter(Boolean)) {
    const match = matchCertificationText(part);
    const id = match?.id ?? kebabCase(part);
    if (!match) unknown.push(part);
    // An edition the page names ("ISO 27001:2013") is kept: a withdrawn one must not count as certified.
    const edition = match ? editionInText(part, getCertification(match.id)) : undefined;
    if (edition) ids.push({ id, edition });
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
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

function parseTransfer(text: string): Obj | undefined {
  for (const l of ALL) {
    for (const [id, name] of Object.entries(l.transferMechanisms)) {
      if (lower(text) === lower(name)) return { mechanism: id };
      const m = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\((.*)\\)$`, 'i').exec(text);
      if (m) return { mechanism: id, note: m[1] };
    }
  }
  return undefined;
}

const ENTRY_KEYS = [
  'id',
  'name',
  'entity',
  'group',
  'category',
  'purpose',
  'url',
  'dataLocation',
  'personalData',
  'certifications',
  'claims',
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
}

function splitHeading(heading: string): { name: string; entity?: string } {
  const m = /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(heading.trim());
  return m && m[1] ? { name: m[1].trim(), entity: m[2]!.trim() } : { name: heading.trim() };
}

/** The ids given so far, and for each base id the next suffix to try (so that many equal names stay linear). */
interface IdPool {
  used: Set<string>;
  next: Map<string, number>;
}

/** `ids`: ids already given; `reserved`: ids the page gives (a CSV's `id` column), which a name's id must not take. */
function buildEntry(read: ReadEntry, ids: IdPool, reserved: ReadonlySet<string>): Built {
  // Two cells are kept as they are; only a combined heading is split.
  const { name, entity } = read.name !== undefined ? { name: read.name, entity: read.entity } : splitHeading(read.heading);
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
  const notes: string[] = [];
  const flows: string[] = [];
  const keep = (f: ReadFact) => notes.push(f.label ? `${f.label}: ${f.value}` : f.value);
  for (const f of read.facts) {
    const key = f.label ? factKey(f.label) : undefined;
    const v = f.value.trim();
    switch (key) {
      case 'purpose':
      case 'serviceAuthentication':
      case 'serviceAccessControl':
      case 'administrationAccessControl':
      case 'website':
        if (e[key === 'website' ? 'url' : key] === undefined) e[key === 'website' ? 'url' : key] = v;
        else keep(f);
        break;
      case 'dataLocation':
        e.dataLocation = parseLocation(v);
        break;
      case 'personalData': {
        const p = parsePersonalData(v);
        e.personalData = p.value;
        if (p.note) notes.push(p.note);
        break;
      }
      case 'certifications': {
        const c = parseCertifications(v);
        e.certifications = c.ids;
        break;
      }
      case 'claims':
        e.claims = parseCertifications(v).ids;
        break;
      case 'transfer': {
        const t = parseTransfer(v);
        if (t) e.transfer = t;
        else keep(f);
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
        else {
          e.criticality = 'high';
          keep(f);
        }
        break;
      }
      case 'note':
        notes.push(v);
        break;
      default:
        keep(f);
    }
  }
  return { entry: e, flows, notes };
}

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

const MONTHS: Record<string, number> = (() => {
  const map: Record<string, number> = {};
  for (const lang of ['en', 'fr']) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2000, m, 1));
      map[new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(d).toLowerCase()] = m + 1;
      map[new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(d).toLowerCase().replace(/\.$/, '')] = m + 1;
    }
  }
  return map;
})();

/** "August 2025", "août 2025", "1 August 2025", "2025-08-01" to an ISO date (the first of the month when no day). */
export function parseMonthYear(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(?:(\d{1,2})(?:er)?\s+)?([\p{L}.]+)\s+(\d{4})$/u.exec(t) ?? /^([\p{L}.]+)\s+(\d{1,2}),\s+(\d{4})$/u.exec(t);
  if (!m) return undefined;
  const [day, monthName, year] = /^\d/.test(m[1] ?? '') || m[1] === undefined ? [m[1], m[2]!, m[3]!] : [m[2], m[1]!, m[3]!];
  const month = MONTHS[monthName.toLowerCase().replace(/\.$/, '')];
  if (!month) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(Number(day ?? 1)).padStart(2, '0')}`;
}

export interface ImportResult {
  yaml: string;
  /** The inventory as plain data (what the YAML holds). */
  value: Obj;
}

export function pageToInventory(page: ReadPage, options: ImportOptions): ImportResult {
  const comments: { path: (string | number)[]; text: string; before?: boolean }[] = [];
  const header: string[] = ['Imported from a published sub-processor page by `subproc import`. Check every value against the source.'];

  const inventory: Obj = {};
  inventory.organization = options.organization ?? 'unknown';
  if (!options.organization)
    comments.push({
      path: ['inventory', 'organization'],
      text: ' the page does not name the organization: set it (or use --organization)',
    });
  const contact = options.contact ?? page.contact;
  if (contact && EMAIL.test(contact)) inventory.contact = contact;
  else {
    inventory.contact = 'unknown';
    comments.push({
      path: ['inventory', 'contact'],
      text: contact ? ` the page shows "${contact}" (not an email address): set the real one` : ' the page gives no contact: set it',
    });
  }
  const lastUpdated = page.lastUpdated ? parseMonthYear(page.lastUpdated) : undefined;
  // The page's own date, never the day of the import: a list years old must not look fresh.
  inventory.lastUpdated = lastUpdated ?? 'unknown';
  if (page.lastUpdated) comments.push({ path: ['inventory', 'lastUpdated'], text: ` the page says "${page.lastUpdated}"` });
  else comments.push({ path: ['inventory', 'lastUpdated'], text: ' the page gives no date' });
  if (page.languages.length) inventory.languages = page.languages;
  if (page.title) inventory.title = page.title;
  if (page.introduction.length) inventory.introduction = page.introduction.join('\n');

  const value: Obj = { inventory };

  const safeguards: Obj = {};
  for (const f of page.safeguards) {
    const key = ALL.map((l) =>
      (Object.keys(l.safeguards) as (keyof typeof l.safeguards)[]).find((k) => lower(l.safeguards[k]) === lower(f.label)),
    ).find(Boolean);
    if (key && safeguards[key] === undefined) safeguards[key] = f.value;
    else header.push(`Safeguard with no field: ${f.label ? `${f.label}: ` : ''}${f.value}`);
  }
  if (Object.keys(safeguards).length) value.safeguards = safeguards;

  const dpaSentence = page.criteriaSentences.find((s) => /\bDPAs?\b|Data Processing Agreement|accords? de traitement/i.test(s));
  if (dpaSentence) {
    value.defaults = { dpa: { type: 'dpa' } };
    comments.push({ path: ['defaults'], text: ` "${dpaSentence}"`, before: true });
  } else {
    // The page says nothing of the agreements: not known, rather than "no DPA".
    value.defaults = { dpa: 'unknown' };
    comments.push({ path: ['defaults'], text: ' the page does not say which agreement binds the sub-processors', before: true });
  }
  for (const s of page.criteriaSentences) {
    // The intro is written from the policy's scope; any other sentence is kept as a comment.
    if (s !== dpaSentence && !/^(When selecting|Pour choisir)/i.test(s)) header.push(`On the page: ${s}`);
  }
  const defaultTiers = DEFAULT_POLICY.tiers.map((t) => t.name);
  if (page.tiers.length && page.tiers.join('\n') !== defaultTiers.join('\n'))
    header.push(`Selection criteria on the page: ${page.tiers.map((t, i) => `${i + 1}. ${t}`).join(' ')}`);
  for (const o of page.other) header.push(`On the page: ${o}`);

  const ids: IdPool = { used: new Set<string>(), next: new Map() };
  const reserved = new Set(page.entries.filter((e) => e.id).map((e) => kebabCase(e.id!)));
  const built = page.entries.map((e) => buildEntry(e, ids, reserved));
  const byName = built.map((b) => ({ id: b.entry.id as string, name: String(b.entry.name) }));
  const entries: Obj[] = built.map((b) => {
    const e = b.entry;
    const flows: Obj[] = [];
    for (const text of b.flows) {
      const target = byName
        .filter((t) => t.id !== e.id)
        .sort((x, y) => y.name.length - x.name.length)
        .find((t) => new RegExp(`\\b${t.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text));
      if (target) flows.push({ to: target.id, description: text });
      else b.notes.push(`${LABELS.en.facts.dataFlow}: ${text}`);
    }
    if (flows.length) e.dataFlows = flows;
    if (b.notes.length) e.note = b.notes.join('\n');
    for (const k of REQUIRED_FIELDS) if (e[k] === undefined) e[k] = 'unknown';
    const ordered: Obj = {};
    for (const k of ENTRY_KEYS) if (e[k] !== undefined) ordered[k] = e[k];
    return ordered;
  });
  value.subprocessors = entries;

  const doc = new Document(value);
  doc.commentBefore = header.map((h) => ` ${h}`).join('\n');
  for (const c of comments) {
    if (c.before) {
      const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === c.path[0]) : undefined;
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
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return { yaml, value };
}
