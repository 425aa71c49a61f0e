/**
 * The notice of changes (GDPR Art. 28(2)): sub-processors added, removed and changed between two
 * inventories, by id, with the fields that changed worded as on the published page. Pure.
 */
import { isPlainObject, type PlainObject } from '../engine/model';
import type { LintResult } from '../engine/lint';
import { escapeHtml, escapeMarkdown, markdownParagraph } from './render';
import { buildPage, type PageEntry } from './page';

export interface FieldChange {
  field: string;
  label: string;
  old?: string;
  new?: string;
}

export interface EntrySummary {
  id: string;
  name: string;
  entity?: string;
  facts: { label: string; value: string }[];
}

export interface ChangeSet {
  organization?: string;
  contact?: string;
  oldDate?: string;
  newDate?: string;
  added: EntrySummary[];
  removed: EntrySummary[];
  changed: (EntrySummary & { fields: FieldChange[] })[];
}

type Input = Pick<LintResult, 'model' | 'policy'>;

function pageEntries(result: Input): Map<string, PageEntry> {
  const map = new Map<string, PageEntry>();
  for (const g of buildPage(result, 'en').groups)
    for (const c of g.categories) for (const e of c.entries) if (e.id && !map.has(e.id)) map.set(e.id, e);
  return map;
}

function effectiveById(result: Input): Map<string, PlainObject> {
  const map = new Map<string, PlainObject>();
  for (const e of result.model.entries) if (e.own && e.id && !map.has(e.id)) map.set(e.id, e.effective);
  return map;
}

const summary = (e: PageEntry): EntrySummary => ({
  id: e.id!,
  name: e.name,
  entity: e.entity,
  facts: e.facts.map(({ label, value }) => ({ label, value })),
});

/** A field's value as one line, for fields the page does not show (dpa, since, selectionRationale ...). */
function inline(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(inline).join(', ');
  if (isPlainObject(v))
    return Object.entries(v)
      .map(([k, x]) => `${k}: ${inline(x)}`)
      .join(', ');
  return String(v);
}

const FACT_FIELD: Record<string, string> = { dataFlows: 'dataFlows' };

export function diffInventories(oldResult: Input, newResult: Input): ChangeSet {
  const oldPage = pageEntries(oldResult);
  const newPage = pageEntries(newResult);
  const oldEff = effectiveById(oldResult);
  const newEff = effectiveById(newResult);
  const inv = (r: Input) => (isPlainObject(r.model.value?.inventory) ? r.model.value.inventory : {});
  const changes: ChangeSet = {
    organization: typeof inv(newResult).organization === 'string' ? (inv(newResult).organization as string) : undefined,
    contact: typeof inv(newResult).contact === 'string' ? (inv(newResult).contact as string) : undefined,
    oldDate: typeof inv(oldResult).lastUpdated === 'string' ? (inv(oldResult).lastUpdated as string) : undefined,
    newDate: typeof inv(newResult).lastUpdated === 'string' ? (inv(newResult).lastUpdated as string) : undefined,
    added: [],
    removed: [],
    changed: [],
  };
  for (const [id, e] of newPage) if (!oldPage.has(id)) changes.added.push(summary(e));
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
    if (before.heading !== now.heading) fields.unshift({ field: 'name', label: 'Name', old: before.heading, new: now.heading });
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
      const o = inline(oe[key]);
      const n = inline(ne[key]);
      if (JSON.stringify(oe[key]) !== JSON.stringify(ne[key])) fields.push({ field: key, label: key, old: o, new: n });
    }
    // A change inside a shown fact that renders the same (e.g. the TIA flag) still counts.
    for (const key of ['transfer', 'dpa']) {
      if (fields.some((f) => f.field === key)) continue;
      if (JSON.stringify(oe[key]) !== JSON.stringify(ne[key]))
        fields.push({ field: key, label: key, old: inline(oe[key]), new: inline(ne[key]) });
    }
    if (fields.length) changes.changed.push({ ...summary(now), fields });
  }
  return changes;
}

const title = (e: EntrySummary) => (e.entity ? `${e.name} (${e.entity})` : e.name);

export function changesToMarkdown(c: ChangeSet): string {
  const out: string[] = [`# Changes to our sub-processors${c.organization ? `: ${escapeMarkdown(c.organization)}` : ''}`, ''];
  out.push(
    `Under Article 28(2) of the GDPR we inform you of changes to the sub-processors that process personal data on our behalf${c.oldDate && c.newDate ? `, between the list of ${c.oldDate} and that of ${c.newDate}` : ''}.${c.contact ? ` To object to a change, write to ${escapeMarkdown(c.contact)}.` : ''}`,
    '',
  );
  if (!c.added.length && !c.removed.length && !c.changed.length) {
    out.push('No sub-processor was added, removed or changed.', '');
    return `${out.join('\n').trimEnd()}\n`;
  }
  if (c.added.length) {
    out.push(`## Added (${c.added.length})`, '');
    for (const e of c.added) {
      out.push(`### ${escapeMarkdown(title(e))}`, '');
      for (const f of e.facts) out.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`);
      out.push('');
    }
  }
  if (c.removed.length) {
    out.push(`## Removed (${c.removed.length})`, '');
    for (const e of c.removed) out.push(`- ${markdownParagraph(title(e))}`);
    out.push('');
  }
  if (c.changed.length) {
    out.push(`## Changed (${c.changed.length})`, '');
    for (const e of c.changed) {
      out.push(`### ${escapeMarkdown(title(e))}`, '');
      for (const f of e.fields)
        out.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.old ?? '(none)')} → ${escapeMarkdown(f.new ?? '(none)')}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function changesToJson(c: ChangeSet): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

/** Characters not allowed in XML 1.0 are dropped; the five special ones are escaped. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- XML 1.0's allowed characters are named by code point
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'inventory'
  );
}

export interface AtomOptions {
  /** The published page or the feed's own address, for links and ids. */
  link?: string;
  /** ISO date-time of the feed's update (default: the new list's lastUpdated). */
  updated?: string;
}

function dateTime(date: string | undefined): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  return date ?? '1970-01-01T00:00:00Z';
}

/** An Atom 1.0 feed (RFC 4287): one entry per added, removed or changed sub-processor. */
export function changesToAtom(c: ChangeSet, options: AtomOptions = {}): string {
  const updated = options.updated ?? dateTime(c.newDate);
  const day = (c.newDate ?? updated).slice(0, 10);
  const feedId = options.link ?? `tag:subprocessor-inventory,${day.slice(0, 4)}:${slug(c.organization ?? 'inventory')}`;
  const entryId = (kind: string, id: string) =>
    options.link ? `${options.link.replace(/#.*$/, '')}#${kind}-${id}-${day}` : `${feedId}:${day}:${kind}:${id}`;
  const entries: string[] = [];
  const entry = (kind: string, id: string, heading: string, html: string) =>
    entries.push(
      [
        '  <entry>',
        `    <id>${escapeXml(entryId(kind, id))}</id>`,
        `    <title>${escapeXml(heading)}</title>`,
        `    <updated>${escapeXml(updated)}</updated>`,
        ...(options.link ? [`    <link rel="alternate" href="${escapeXml(options.link)}"/>`] : []),
        `    <content type="html">${escapeXml(html)}</content>`,
        '  </entry>',
      ].join('\n'),
    );
  const factsHtml = (facts: { label: string; value: string }[]) =>
    `<dl>${facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
  for (const e of c.added)
    entry('added', e.id, `Added: ${title(e)}`, `<p>New sub-processor: ${escapeHtml(title(e))}.</p>${factsHtml(e.facts)}`);
  for (const e of c.removed) entry('removed', e.id, `Removed: ${title(e)}`, `<p>${escapeHtml(title(e))} is no longer a sub-processor.</p>`);
  for (const e of c.changed) {
    const items = e.fields
      .map((f) => `<li><strong>${escapeHtml(f.label)}</strong>: ${escapeHtml(f.old ?? '(none)')} → ${escapeHtml(f.new ?? '(none)')}</li>`)
      .join('');
    entry('changed', e.id, `Changed: ${title(e)}`, `<ul>${items}</ul>`);
  }
  const author = c.organization ?? 'Sub-processor inventory';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedId)}</id>`,
    `  <title>${escapeXml(`Sub-processor changes${c.organization ? `: ${c.organization}` : ''}`)}</title>`,
    `  <subtitle>${escapeXml('Notice of changes to the sub-processors that process personal data (GDPR Art. 28(2)).')}</subtitle>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(author)}</name>${c.contact ? `<email>${escapeXml(c.contact)}</email>` : ''}</author>`,
    ...(options.link ? [`  <link rel="alternate" href="${escapeXml(options.link)}"/>`] : []),
    '  <generator>subproc</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
