/**
 * The notice of changes (GDPR Art. 28(2)): sub-processors added, removed and changed between two
 * inventories, by id, with the fields that changed worded as on the published page. Pure.
 */
import {
  addDays,
  isIsoDate,
  isPlainObject,
  type PlainObject,
  type LintResult,
  htmlText as escapeHtml,
  iriSegment,
  markdownBlock as markdownParagraph,
  markdownInline as escapeMarkdown,
  rfc3339Date,
  xmlText as escapeXml,
} from '../engine';
import { buildPage, type PageEntry } from './page';
import { LANGS, type Lang } from '../knowledge';
import { fill, longDate, phrases, plural } from '../format';
import { labelsFor } from './labels';

interface FieldChange {
  field: string;
  label: string;
  old?: string;
  new?: string;
}

interface EntrySummary {
  /** Absent for an entry without an id (it is matched by name and entity). */
  id?: string;
  name: string;
  entity?: string;
  facts: { label: string; value: string }[];
  /** For an added sub-processor: the day it starts processing the data (`since`), when the list states it. */
  since?: string;
  /**
   * For an added sub-processor, when the list states `inventory.noticeDays`: the last day of the notice period,
   * counted from the entry's `noticeSent`, or from the day the notice is made when none is recorded.
   */
  objectionDeadline?: string;
}

interface ChangeSet {
  /** The language the notice is written in (labels, notes, headings). */
  lang: Lang;
  organization?: string;
  contact?: string;
  oldDate?: string;
  newDate?: string;
  added: EntrySummary[];
  removed: EntrySummary[];
  changed: (EntrySummary & { fields: FieldChange[] })[];
  /** How entries were told apart when ids could not do it alone (duplicated or missing ids). */
  notes: string[];
}

/**
 * Why two lists cannot be compared, as facts (the words are the catalogue's, `cli.diffNotMapping` ...): an entry
 * that is not a mapping of fields, or two entries of one list that nothing tells apart (1-based positions).
 */
export type DiffProblem =
  | { kind: 'not-mapping'; list: string; entry: number }
  | { kind: 'twins'; list: string; first: number; second: number; id?: string; name: string; entity?: string };

/** Two lists that cannot be compared: no notice can say which entry changed. Worded where it is shown (`problem`). */
export class DiffError extends Error {
  constructor(readonly problem: DiffProblem) {
    super(`cannot compare: ${problem.kind} in ${problem.list}`);
  }
}

/**
 * A notice names who gives it and where to object (Art. 28(2)): the new list does not state them (`missing`,
 * worded where it is shown).
 */
export class NoticeError extends Error {
  constructor(readonly missing: ('organization' | 'contact')[]) {
    super(`no notice without inventory.${missing.join(', inventory.')}`);
  }
}

type Input = Pick<LintResult, 'model' | 'policy'> & { today?: string };

interface SideEntry {
  page: PageEntry;
  effective: PlainObject;
  key: string;
}

/**
 * Every entry of one list, each with the key it is matched by: its id; or, for an id that more than one
 * entry has (in either list), the id with the name and entity; or, without an id, the name and entity.
 * Nothing is left out: an entry that is not a mapping, or two that nothing tells apart, stop the diff.
 */
function sideEntries(result: Input, listName: string, ambiguous: ReadonlySet<string>, lang: Lang): SideEntry[] {
  const notMapping = result.model.entries.find((e) => !e.own);
  if (notMapping) throw new DiffError({ kind: 'not-mapping', list: listName, entry: notMapping.index + 1 });
  const effective = new Map(result.model.entries.map((e) => [e.index, e.effective]));
  const seen = new Map<string, PageEntry>();
  const out: SideEntry[] = [];
  for (const g of buildPage(result, lang).groups)
    for (const c of g.categories)
      for (const e of c.entries) {
        const key =
          e.id !== undefined && !ambiguous.has(e.id)
            ? `id\0${e.id}`
            : `${e.id === undefined ? 'name' : `id\0${e.id}`}\0${e.name}\0${e.entity ?? ''}`;
        const twin = seen.get(key);
        if (twin) {
          const { id, name, entity } = e;
          throw new DiffError({
            kind: 'twins',
            list: listName,
            first: twin.index + 1,
            second: e.index + 1,
            id,
            name,
            entity: entity || undefined,
          });
        }
        seen.set(key, e);
        out.push({ page: e, effective: effective.get(e.index) ?? {}, key });
      }
  return out;
}

function idCounts(result: Input): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of result.model.entries) if (e.id !== undefined) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  return counts;
}

const summary = (e: PageEntry): EntrySummary => ({
  ...(e.id !== undefined ? { id: e.id } : {}),
  name: e.name,
  entity: e.entity,
  facts: e.facts.map(({ label, value }) => ({ label, value })),
});

/** A field's value as one line, for fields the page does not show (dpa, since, selectionRationale ...); `unknown` as "not stated". */
function inline(v: unknown, notStated: string): string | undefined {
  if (v === undefined) return undefined;
  if (v === 'unknown') return notStated;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => inline(x, notStated)).join(', ');
  if (isPlainObject(v))
    return Object.entries(v)
      .map(([k, x]) => `${k}: ${inline(x, notStated)}`)
      .join(', ');
  return String(v);
}

const FACT_FIELD: Record<string, string> = { dataFlows: 'dataFlows' };

/**
 * The changes from `oldResult` to `newResult`. Every entry of both lists is in the answer (added, removed,
 * changed or unchanged): entries are matched by id, or by name and entity where ids are duplicated or
 * missing (said in `notes`). A `DiffError` when two entries of one list cannot be told apart.
 */
export function diffInventories(
  oldResult: Input,
  newResult: Input,
  names: { old: string; new: string } = { old: 'OLD', new: 'NEW' },
  lang: Lang = 'en',
): ChangeSet {
  const words = NOTICE[lang];
  const notStated = labelsFor(lang).notStated;
  const oldIds = idCounts(oldResult);
  const newIds = idCounts(newResult);
  const ambiguous = new Set([...oldIds, ...newIds].filter(([, n]) => n > 1).map(([id]) => id));
  const oldSide = sideEntries(oldResult, names.old, ambiguous, lang);
  const newSide = sideEntries(newResult, names.new, ambiguous, lang);
  const oldPage = new Map(oldSide.map((e) => [e.key, e.page]));
  const newPage = new Map(newSide.map((e) => [e.key, e.page]));
  const oldEff = new Map(oldSide.map((e) => [e.key, e.effective]));
  const newEff = new Map(newSide.map((e) => [e.key, e.effective]));
  const notes: string[] = [];
  for (const id of [...ambiguous].sort()) {
    const where = [
      oldIds.get(id)! > 1 ? words.entriesOf(oldIds.get(id)!, names.old) : '',
      newIds.get(id)! > 1 ? words.entriesOf(newIds.get(id)!, names.new) : '',
    ]
      .filter(Boolean)
      .join(words.and);
    notes.push(words.sharedId(id, where));
  }
  const noId = (side: SideEntry[]) => side.filter((e) => e.page.id === undefined).length;
  if (noId(oldSide) + noId(newSide) > 0) notes.push(words.noId(noId(oldSide) + noId(newSide)));
  const inv = (r: Input) => (isPlainObject(r.model.value?.inventory) ? r.model.value.inventory : {});
  // What the list records as `unknown` is not stated: the notice leaves it out rather than print "unknown".
  const known = (v: unknown) => (typeof v === 'string' && v.trim() && v !== 'unknown' ? v : undefined);
  const organization = known(inv(newResult).organization);
  const contact = known(inv(newResult).contact);
  const missing = [...(organization ? [] : ['organization' as const]), ...(contact ? [] : ['contact' as const])];
  if (missing.length) throw new NoticeError(missing);
  const noticeDays = inv(newResult).noticeDays;
  const today = newResult.today ?? todayUtcDate();
  const changes: ChangeSet = {
    lang,
    organization,
    contact,
    oldDate: known(inv(oldResult).lastUpdated),
    newDate: known(inv(newResult).lastUpdated),
    added: [],
    removed: [],
    changed: [],
    notes,
  };
  for (const [id, e] of newPage) {
    if (oldPage.has(id)) continue;
    const eff = newEff.get(id) ?? {};
    const since = isIsoDate(eff.since) ? eff.since : undefined;
    const from = isIsoDate(eff.noticeSent) ? eff.noticeSent : today;
    const deadline =
      typeof noticeDays === 'number' && Number.isInteger(noticeDays) && noticeDays >= 0 ? addDays(from, noticeDays) : undefined;
    changes.added.push({ ...summary(e), ...(since ? { since } : {}), ...(deadline ? { objectionDeadline: deadline } : {}) });
  }
  for (const [id, e] of oldPage) if (!newPage.has(id)) changes.removed.push(summary(e));
  for (const [id, now] of newPage) {
    const before = oldPage.get(id);
    if (!before) continue;
    const fields: FieldChange[] = [];
    // The facts as the page words them.
    const labels = [...new Set([...before.facts.map((f) => f.label), ...now.facts.map((f) => f.label)])];
    for (const label of labels) {
      const o =
        before.facts
          .filter((f) => f.label === label)
          .map((f) => f.value)
          .join('; ') || undefined;
      const n =
        now.facts
          .filter((f) => f.label === label)
          .map((f) => f.value)
          .join('; ') || undefined;
      const field = (now.facts.find((f) => f.label === label) ?? before.facts.find((f) => f.label === label))!.key;
      if (o !== n) fields.push({ field: FACT_FIELD[field] ?? field, label, old: o, new: n });
    }
    if (before.heading !== now.heading) fields.unshift({ field: 'name', label: words.name, old: before.heading, new: now.heading });
    // Fields the page does not show (the DPA, the transfer impact assessment, dates...).
    const oe = oldEff.get(id) ?? {};
    const ne = newEff.get(id) ?? {};
    const shown = new Set([
      'name',
      'entity',
      ...now.facts.map((f) => f.key),
      ...before.facts.map((f) => f.key),
      'administrationAuthentication',
      'dataLocation',
      'personalData',
      'certifications',
      'claims',
      'transfer',
      'dataFlows',
      'url',
      'note',
    ]);
    for (const key of [...new Set([...Object.keys(oe), ...Object.keys(ne)])]) {
      if (shown.has(key)) continue;
      const o = inline(oe[key], notStated);
      const n = inline(ne[key], notStated);
      if (JSON.stringify(oe[key]) !== JSON.stringify(ne[key])) fields.push({ field: key, label: key, old: o, new: n });
    }
    // A change inside a shown fact that renders the same (e.g. the TIA flag) still counts.
    for (const key of ['transfer', 'dpa']) {
      if (fields.some((f) => f.field === key)) continue;
      if (JSON.stringify(oe[key]) !== JSON.stringify(ne[key]))
        fields.push({ field: key, label: key, old: inline(oe[key], notStated), new: inline(ne[key], notStated) });
    }
    if (fields.length) changes.changed.push({ ...summary(now), fields });
  }
  return changes;
}

const title = (e: EntrySummary) => (e.entity ? `${e.name} (${e.entity})` : e.name);

/** An added sub-processor's facts in the notice: the day it starts and the last day to object first. */
function addedFacts(e: EntrySummary, w: NoticeWords): { label: string; value: string }[] {
  return [
    ...(e.since ? [{ label: w.startsOn, value: w.day(e.since) }] : []),
    ...(e.objectionDeadline ? [{ label: w.objectBy, value: w.day(e.objectionDeadline) }] : []),
    ...e.facts,
  ];
}

function todayUtcDate(): string {
  return new Date().toISOString().slice(0, 10);
}

export function changesToMarkdown(c: ChangeSet): string {
  const w = NOTICE[c.lang];
  const colon = labelsFor(c.lang).colon;
  const none = (v: string | undefined) => v ?? w.none;
  const out: string[] = [`# ${w.title}${c.organization ? `${colon} ${escapeMarkdown(c.organization)}` : ''}`, ''];
  out.push(
    w.intro(
      c.oldDate && c.newDate ? { old: escapeMarkdown(c.oldDate), new: escapeMarkdown(c.newDate) } : undefined,
      c.contact ? escapeMarkdown(c.contact) : undefined,
    ),
    '',
  );
  for (const note of c.notes) out.push(markdownParagraph(`${w.note}${colon} ${note}`), '');
  if (!c.added.length && !c.removed.length && !c.changed.length) {
    out.push(w.nothing, '');
    return `${out.join('\n').trimEnd()}\n`;
  }
  if (c.added.length) {
    out.push(`## ${w.added} (${c.added.length})`, '');
    for (const e of c.added) {
      out.push(`### ${escapeMarkdown(title(e))}`, '');
      for (const f of addedFacts(e, w)) out.push(`- **${escapeMarkdown(f.label)}${colon}** ${escapeMarkdown(f.value)}`);
      out.push('');
    }
  }
  if (c.removed.length) {
    out.push(`## ${w.removed} (${c.removed.length})`, '');
    for (const e of c.removed) out.push(`- ${markdownParagraph(title(e))}`);
    out.push('');
  }
  if (c.changed.length) {
    out.push(`## ${w.changed} (${c.changed.length})`, '');
    for (const e of c.changed) {
      out.push(`### ${escapeMarkdown(title(e))}`, '');
      for (const f of e.fields)
        out.push(`- **${escapeMarkdown(f.label)}${colon}** ${escapeMarkdown(none(f.old))} → ${escapeMarkdown(none(f.new))}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The notice's own words, in English and in French (as a French DPO writes such a notice). */
interface NoticeWords {
  title: string;
  intro(dates: { old: string; new: string } | undefined, contact: string | undefined): string;
  note: string;
  nothing: string;
  added: string;
  removed: string;
  changed: string;
  none: string;
  name: string;
  /** Labels of an added sub-processor's start date and of the last day to object to it. */
  startsOn: string;
  objectBy: string;
  /** A day as the notice writes it: "10 January 2027", « 10 janvier 2027 » (the JSON keeps it ISO). */
  day(iso: string): string;
  and: string;
  entriesOf(n: number, list: string): string;
  sharedId(id: string, where: string): string;
  noId(n: number): string;
  feedTitle: string;
  feedSubtitle: string;
  feedAuthor: string;
  addedEntry(name: string): string;
  removedEntry(name: string): string;
  newLine(name: string): string;
  goneLine(name: string): string;
  changedEntry(name: string): string;
}

/** The notice's words in `lang`, from the catalogue (`notice`). */
function noticeWords(lang: Lang): NoticeWords {
  const w = phrases(lang).notice;
  return {
    ...w,
    intro: (dates, contact) =>
      fill(w.intro, {
        between: dates ? fill(w.between, { old: longDate(dates.old, lang), new: longDate(dates.new, lang) }) : '',
        objections: contact ? fill(w.objections, { contact }) : '',
      }),
    day: (iso) => longDate(iso, lang),
    entriesOf: (n, list) => fill(plural(w.entriesOf, n, lang), { n, list }),
    sharedId: (id, where) => fill(w.sharedId, { id, where }),
    noId: (n) => fill(plural(w.noId, n, lang), { n }),
    addedEntry: (name) => fill(w.addedEntry, { name }),
    removedEntry: (name) => fill(w.removedEntry, { name }),
    newLine: (name) => fill(w.newLine, { name }),
    goneLine: (name) => fill(w.goneLine, { name }),
    changedEntry: (name) => fill(w.changedEntry, { name }),
  };
}

const NOTICE = Object.fromEntries(LANGS.map((lang) => [lang, noticeWords(lang)])) as Readonly<Record<Lang, NoticeWords>>;

export function changesToJson(c: ChangeSet): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

export { xmlText as escapeXml } from '../engine';

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'inventory'
  );
}

interface AtomOptions {
  /** The published page or the feed's own address, for links and ids. */
  link?: string;
  /** RFC 3339 date-time of the feed's update (default: the new list's lastUpdated, if it is a date, else `today`). */
  updated?: string;
  /** YYYY-MM-DD: the date the feed is made on, when the new list's lastUpdated is not a date. */
  today?: string;
}

/** An Atom 1.0 feed (RFC 4287): one entry per added, removed or changed sub-processor. */
export function changesToAtom(c: ChangeSet, options: AtomOptions = {}): string {
  // Atom requires RFC 3339 dates: an inventory's lastUpdated that is not a real date is not copied in.
  const updated = options.updated ?? rfc3339Date(c.newDate) ?? rfc3339Date(options.today) ?? '1970-01-01T00:00:00Z';
  const day = updated.slice(0, 10);
  const feedId = options.link ?? `tag:subprocessor-inventory,${day.slice(0, 4)}:${slug(c.organization ?? 'inventory')}`;
  // An entry's IRI names it by id (or, without one, by name), percent-encoded: no space or markup gets in.
  const entryId = (kind: string, e: EntrySummary) => {
    const name = iriSegment(e.id ?? `name-${e.name}`);
    return options.link ? `${options.link.replace(/#.*$/, '')}#${kind}-${name}-${day}` : `${feedId}:${day}:${kind}:${name}`;
  };
  const entries: string[] = [];
  const entry = (kind: string, e: EntrySummary, heading: string, html: string) =>
    entries.push(
      [
        '  <entry>',
        `    <id>${escapeXml(entryId(kind, e))}</id>`,
        `    <title>${escapeXml(heading)}</title>`,
        `    <updated>${escapeXml(updated)}</updated>`,
        ...(options.link ? [`    <link rel="alternate" href="${escapeXml(options.link)}"/>`] : []),
        `    <content type="html">${escapeXml(html)}</content>`,
        '  </entry>',
      ].join('\n'),
    );
  const factsHtml = (facts: { label: string; value: string }[]) =>
    `<dl>${facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
  const w = NOTICE[c.lang];
  for (const e of c.added)
    entry('added', e, w.addedEntry(title(e)), `<p>${escapeHtml(w.newLine(title(e)))}</p>${factsHtml(addedFacts(e, w))}`);
  for (const e of c.removed) entry('removed', e, w.removedEntry(title(e)), `<p>${escapeHtml(w.goneLine(title(e)))}</p>`);
  for (const e of c.changed) {
    const items = e.fields
      .map(
        (f) =>
          `<li><strong>${escapeHtml(f.label)}</strong>${labelsFor(c.lang).colon} ${escapeHtml(f.old ?? w.none)} → ${escapeHtml(f.new ?? w.none)}</li>`,
      )
      .join('');
    entry('changed', e, w.changedEntry(title(e)), `<ul>${items}</ul>`);
  }
  const author = c.organization ?? w.feedAuthor;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${c.lang}">`,
    `  <id>${escapeXml(feedId)}</id>`,
    `  <title>${escapeXml(`${w.feedTitle}${c.organization ? `${labelsFor(c.lang).colon} ${c.organization}` : ''}`)}</title>`,
    `  <subtitle>${escapeXml(w.feedSubtitle)}</subtitle>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(author)}</name>${c.contact ? `<email>${escapeXml(c.contact)}</email>` : ''}</author>`,
    ...(options.link ? [`  <link rel="alternate" href="${escapeXml(options.link)}"/>`] : []),
    '  <generator>subproc</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
