/**
 * The published page as data: what `render` prints (Markdown or HTML) and what `import` reads back.
 * Built from the engine's result (model, policy, today) with the page's labels; pure, no I/O.
 */
import { getCertification, getClaim, getCountry, type Lang } from '../knowledge';
import { isPlainObject, type PlainObject, type LintResult, type Policy, transferItems, adoptsPolicy } from '../engine';
import { labelsFor, type PageLabels } from './labels';
import { countryCode } from './wording';

export interface PageFact {
  /** The inventory field it comes from (`purpose`, `dataLocation`, ... or `note`). */
  key: string;
  label: string;
  value: string;
}

export interface PageEntry {
  /** The entry's index in `subprocessors` (the model's). */
  index: number;
  id?: string;
  /** "MongoDB Atlas (MongoDB, Inc.)" */
  heading: string;
  name: string;
  entity?: string;
  url?: string;
  facts: PageFact[];
}

interface PageCategory {
  title?: string;
  entries: PageEntry[];
}

interface PageGroup {
  /** The heading as printed ("Core Infrastructure Sub-Processors"); undefined for entries with no group. */
  title?: string;
  categories: PageCategory[];
}

export interface Page {
  lang: Lang;
  labels: PageLabels;
  title: string;
  introduction?: string;
  /** The selection criteria, only when the inventory adopts a policy (`adoptsPolicy`): never ones its source did not state. */
  selection?: { heading: string; intro: string; tiers: string[] };
  dpaSentence?: string;
  subprocessorsHeading: string;
  groups: PageGroup[];
  safeguards: { heading: string; items: PageFact[] };
  contact?: string;
  lastUpdated?: string;
}

const PROVIDER_LABELS: Record<string, string> = { aws: 'AWS', gcp: 'GCP', azure: 'Azure' };
/** The short names the page uses where the ISO short name is long. */
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s): s is string => s !== undefined) : []);

function countryName(code: string, lang: Lang): string {
  const labels = labelsFor(lang);
  if (code === 'EU' || code === 'GLOBAL') return labels.locations[code];
  if (code === 'US' || code === 'GB') return labels.shortCountries[code];
  if (lang !== 'en') {
    try {
      const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
      if (name && name !== code) return name;
    } catch {
      // fall back to the knowledge base's English name
    }
  }
  return getCountry(code)?.name ?? code;
}

function regionLabel(ref: string): string {
  const colon = ref.indexOf(':');
  if (colon < 0) return ref;
  const provider = ref.slice(0, colon);
  return `${PROVIDER_LABELS[provider] ?? provider} ${ref.slice(colon + 1)}`;
}

/** "Belgium (GCP europe-west1)", "Global (with EU endpoints)", "EU (Frankfurt)". */
function formatLocation(location: unknown, lang: Lang): string | undefined {
  if (!isPlainObject(location)) return undefined;
  const countries = strings(location.countries);
  const regions = strings(location.regions).map(regionLabel);
  const note = str(location.note)?.trim();
  const place = countries.map((c) => countryName(c, lang)).join(', ');
  const placeEn = countries.map((c) => countryName(c, 'en')).join(', ');
  // A note that starts with the place itself is the page's full wording ("EU servers (with ...)", "USA (...) or Germany (...)").
  const firstWord = note?.split(/[\s(,]/)[0] ?? '';
  const noteIsWording =
    note !== undefined &&
    place !== '' &&
    (note.startsWith(place) || note.startsWith(placeEn) || (countries.length > 0 && countryCode(firstWord) === countries[0]));
  const base = noteIsWording ? note : place;
  const inner = [...regions, ...(note && !noteIsWording ? [note] : [])];
  if (!base) return inner.join(', ') || undefined;
  return inner.length ? `${base} (${inner.join(', ')})` : base;
}

function formatPersonalData(value: unknown, labels: PageLabels): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const level = value.level === 'unknown' ? undefined : str(value.level);
  const description = str(value.description)?.trim();
  const levelText = level ? (labels.personalDataLevels[level as 'yes'] ?? level) : undefined;
  if (levelText && description) return `${levelText} - ${description}`;
  return levelText ?? description;
}

function formatCertifications(value: unknown, labels: PageLabels): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value
    .map((c) => {
      if (typeof c === 'string') return getCertification(c)?.name ?? getClaim(c)?.name ?? c;
      if (!isPlainObject(c) || typeof c.id !== 'string') return undefined;
      const name = getCertification(c.id)?.name ?? getClaim(c.id)?.name ?? c.id;
      const edition = str(c.edition);
      const withEdition = edition ? `${name}${name.startsWith('ISO') ? ':' : ' '}${edition}` : name;
      const until = str(c.validUntil);
      return until ? `${withEdition} (${labels.validUntil(until)})` : withEdition;
    })
    .filter((s): s is string => !!s);
  return names.length ? names.join(', ') : labels.none;
}

function formatClaims(value: unknown): string | undefined {
  const ids = strings(value);
  return ids.length ? ids.map((id) => getClaim(id)?.name ?? id).join(', ') : undefined;
}

/** "India, United States (24/7 support)": the countries the data can be reached from. */
function formatAccess(access: unknown, lang: Lang): string | undefined {
  if (!isPlainObject(access)) return undefined;
  const place = strings(access.countries)
    .map((c) => countryName(c, lang))
    .join(', ');
  const note = str(access.note)?.trim();
  if (!place) return note;
  // A note that starts with the first place is the page's own wording of the access.
  const first = strings(access.countries)[0];
  if (note && first && countryCode(note.split(/[\s(,]/)[0] ?? '') === first) return note;
  return note ? `${place} (${note})` : place;
}

function formatTransfer(value: unknown, labels: PageLabels): string | undefined {
  // One item per destination: "Standard Contractual Clauses (India); EU-US Data Privacy Framework (United States)".
  if (Array.isArray(value)) {
    const parts = value.map((item) => {
      const text = formatTransfer(item, labels);
      const to = isPlainObject(item) ? strings(item.to) : [];
      return text && to.length ? `${text} (${to.map((c) => countryName(c, labels.lang)).join(', ')})` : text;
    });
    return parts.filter(Boolean).join('; ') || undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const mechanism = str(value.mechanism);
  // Not stated: the page says nothing of it rather than "unknown".
  if (!mechanism || mechanism === 'unknown') return undefined;
  const name = labels.transferMechanisms[mechanism as 'scc'] ?? mechanism;
  const note = str(value.note)?.trim();
  return note ? `${name} (${note})` : name;
}

/** "Email/password (Keychain-generated) + 2FA (SMS)"; a note is the page's own wording of the second factor. */
function formatAdministrationAuthentication(value: unknown, labels: PageLabels): string | undefined {
  if (typeof value === 'string') return value;
  if (!isPlainObject(value)) return undefined;
  const method = str(value.method)?.trim() ?? '';
  const mfa = strings(value.mfa);
  const note = str(value.note)?.trim();
  let factor: string | undefined;
  if (note) factor = note;
  else if (mfa.length && !mfa.includes('none')) {
    const named = mfa.filter((m) => m !== 'unspecified').map((m) => labels.mfa[m as 'sms'] ?? m);
    factor = named.length ? `${labels.secondFactor} (${named.join(', ')})` : labels.secondFactor;
  }
  if (!factor) return method || undefined;
  return method ? `${method} + ${factor}` : factor;
}

function formatDataFlows(value: unknown, labels: PageLabels, names: ReadonlyMap<string, string>): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts = value
    .map((flow) => {
      if (!isPlainObject(flow)) return undefined;
      const description = str(flow.description)?.trim();
      if (description) return description;
      const to = str(flow.to);
      return to ? labels.flowTo(names.get(to) ?? to) : undefined;
    })
    .filter((s): s is string => !!s);
  return parts.length ? parts.join('; ') : undefined;
}

/** A note's lines: "Label: value" lines are facts of their own (as imported), others are shown as notes. */
function noteFacts(note: string, labels: PageLabels): PageFact[] {
  return note
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^([^:]{1,60}):\s+(.+)$/.exec(line);
      return m ? { key: 'note', label: m[1]!, value: m[2]! } : { key: 'note', label: labels.facts.note, value: line };
    });
}

/**
 * Whether a value is the text `unknown` (a fact not known yet), or an object whose deciding field is and that
 * states nothing else: a description, a sign-in method, regions or words the source gave are shown, not
 * "Not stated".
 */
function isUnknown(v: unknown): boolean {
  if (v === 'unknown') return true;
  if (!isPlainObject(v)) return false;
  if (v.level === 'unknown') return !str(v.description)?.trim();
  if (v.countries === 'unknown') return !str(v.note)?.trim() && !strings(v.regions).length;
  if (v.mfa === 'unknown') return !str(v.method)?.trim() && !str(v.note)?.trim();
  return false;
}

function entryFacts(e: PlainObject, labels: PageLabels, lang: Lang, names: ReadonlyMap<string, string>): PageFact[] {
  const f = labels.facts;
  const facts: [string, string, string | undefined][] = [
    ['purpose', f.purpose, str(e.purpose)],
    ['dataLocation', f.dataLocation, formatLocation(e.dataLocation, lang)],
    ['access', f.access, formatAccess(e.access, lang)],
    ['personalData', f.personalData, formatPersonalData(e.personalData, labels)],
    ['certifications', f.certifications, formatCertifications(e.certifications, labels)],
    ['claims', f.claims, formatClaims(e.claims)],
    ['transfer', f.transfer, formatTransfer(e.transfer, labels)],
    ['serviceAuthentication', f.serviceAuthentication, str(e.serviceAuthentication)],
    [
      'administrationAuthentication',
      f.administrationAuthentication,
      formatAdministrationAuthentication(e.administrationAuthentication, labels),
    ],
    ['serviceAccessControl', f.serviceAccessControl, str(e.serviceAccessControl)],
    ['administrationAccessControl', f.administrationAccessControl, str(e.administrationAccessControl)],
    ['dataFlows', f.dataFlow, formatDataFlows(e.dataFlows, labels, names)],
    ['criticality', f.criticality, str(e.criticality) && (labels.criticality[e.criticality as 'low'] ?? str(e.criticality))],
    ['url', f.website, str(e.url)],
  ];
  // A fact recorded as `unknown` is said to be not stated: never a value the source did not give, and never
  // "Not stated" over what it did give (a location's words or regions, a description, a sign-in method).
  const stated = (key: string, value: string | undefined) => (isUnknown(e[key]) ? labels.notStated : value);
  const out: PageFact[] = facts
    .map(([key, label, value]): [string, string, string | undefined] => [key, label, stated(key, value)])
    .filter((x): x is [string, string, string] => x[2] !== undefined && x[2] !== '')
    .map(([key, label, value]) => ({ key, label, value }));
  const note = str(e.note);
  if (note) {
    // Imported facts with no field of their own go back to where they were: before Criticality when they came from there.
    out.splice(
      out.findIndex((x) => x.key === 'criticality') >= 0 ? out.findIndex((x) => x.key === 'criticality') : out.length,
      0,
      ...noteFacts(note, labels),
    );
  }
  return out;
}

function certificationNames(policy: Policy): string[] {
  return policy.certified.map((id) => {
    const name = getCertification(id)?.name ?? id;
    return name.replace(/^ISO\/IEC /, 'ISO ');
  });
}

function joinWith(parts: string[], word: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts[parts.length - 1]}`;
}

/** The selection criteria, written from the active policy. */
function selectionCriteria(policy: Policy, labels: PageLabels): NonNullable<Page['selection']> {
  const scopes: string[] = [];
  if (policy.scope.personalData.some((l) => l === 'yes' || l === 'limited')) scopes.push(labels.scopePersonalData);
  if (policy.scope.criticality.length) scopes.push(labels.scopeCriticality(policy.scope.criticality));
  const where = policy.residency === 'eu' ? labels.euWhere : labels.eeaWhere;
  // A tier's name is the policy author's wording (in English for the default policy); other languages get it written from the tier.
  const tiers = policy.tiers.map((t) =>
    labels.lang === 'en' && t.name ? t.name : labels.tier(t.certified, certificationNames(policy), t.residency, where),
  );
  return {
    heading: labels.selectionHeading,
    intro: labels.selectionIntro(scopes.length ? joinWith(scopes, labels.or) : labels.scopeAll),
    tiers,
  };
}

function dpaSentence(entries: readonly PlainObject[], labels: PageLabels, transfersStatement: string | undefined): string | undefined {
  if (!entries.length) return undefined;
  const types: string[] = [];
  for (const e of entries) {
    const type = isPlainObject(e.dpa) ? str(e.dpa.type) : undefined;
    if (!type) return undefined; // not every sub-processor is bound: the page must not say so
    if (!types.includes(type)) types.push(type);
  }
  // SCCs are "where applicable": an entry that uses them, or the inventory's statement on transfers.
  const scc =
    entries.some((e) => transferItems(e).some((t) => t.mechanism === 'scc')) ||
    /Standard Contractual Clauses|clauses contractuelles types|\bSCCs?\b/i.test(transfersStatement ?? '');
  const instruments = joinWith(
    types.map((t) => labels.dpaTypes[t as 'dpa'] ?? t),
    labels.or,
  );
  return labels.dpaSentence(instruments, scc);
}

/** "August 2025" / "août 2025" from an ISO date. */
function monthYear(isoDate: string, lang: Lang): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function buildPage(result: Pick<LintResult, 'model' | 'policy'> & { policyPath?: string }, lang: Lang): Page {
  const labels = labelsFor(lang);
  const value = result.model.value ?? {};
  const inventory = isPlainObject(value.inventory) ? value.inventory : {};
  const own = result.model.entries.filter((e) => e.own);
  const entries = own.map((e) => e.effective);
  const names = new Map(entries.filter((e) => typeof e.id === 'string').map((e) => [e.id as string, str(e.name) ?? (e.id as string)]));

  const groups: PageGroup[] = [];
  const groupIndex = new Map<string | undefined, { group: PageGroup; categories: Map<string | undefined, PageCategory> }>();
  for (const [i, e] of entries.entries()) {
    const groupName = str(e.group);
    let g = groupIndex.get(groupName);
    if (!g) {
      g = { group: { title: groupName ? labels.groupHeading(groupName) : undefined, categories: [] }, categories: new Map() };
      groupIndex.set(groupName, g);
      groups.push(g.group);
    }
    const categoryName = str(e.category);
    let c = g.categories.get(categoryName);
    if (!c) {
      c = { title: categoryName, entries: [] };
      g.categories.set(categoryName, c);
      g.group.categories.push(c);
    }
    const name = str(e.name) ?? str(e.id) ?? '?';
    const entity = e.entity === 'unknown' ? undefined : str(e.entity);
    c.entries.push({
      index: own[i]!.index,
      id: str(e.id),
      name,
      entity,
      url: str(e.url),
      heading: entity ? `${name} (${entity})` : name,
      facts: entryFacts(e, labels, lang, names),
    });
  }

  const safeguards = isPlainObject(value.safeguards) ? value.safeguards : {};
  const items = (Object.keys(labels.safeguards) as (keyof PageLabels['safeguards'])[])
    .filter((k) => typeof safeguards[k] === 'string' && (safeguards[k] as string).trim())
    .map((k) => ({ key: k, label: labels.safeguards[k], value: (safeguards[k] as string).trim() }));

  // Not known yet: the page says nothing rather than "unknown".
  const known = (v: unknown) => (v === 'unknown' ? undefined : str(v));
  const contact = known(inventory.contact);
  const lastUpdated = known(inventory.lastUpdated);
  return {
    lang,
    labels,
    // The English default title is not the inventory's own wording: other languages get theirs.
    title: str(inventory.title) && inventory.title !== labelsFor('en').title ? (inventory.title as string) : labels.title,
    introduction: str(inventory.introduction),
    selection: adoptsPolicy(result) ? selectionCriteria(result.policy, labels) : undefined,
    dpaSentence: dpaSentence(entries, labels, str(safeguards.internationalTransfers)),
    subprocessorsHeading: labels.subprocessorsHeading,
    groups,
    safeguards: { heading: labels.safeguardsHeading, items },
    contact: contact ? labels.contact(contact) : undefined,
    lastUpdated: lastUpdated ? labels.lastUpdated(monthYear(lastUpdated, lang)) : undefined,
  };
}
