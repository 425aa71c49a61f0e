/**
 * Reading a published page back: its text form (as copied from a browser), the same page as Markdown,
 * or a CSV with a header row, into the page's parts (title, criteria, entries with their labelled
 * facts, safeguards, contact, last updated). Pure; `import` turns the result into an inventory.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { LABELS, type PageLabels } from './labels';

export interface ReadFact {
  label: string;
  value: string;
}

export interface ReadEntry {
  heading: string;
  /**
   * The name and entity when the source gives them apart (a CSV's columns): kept as they are. Absent when
   * the source has one combined heading ("Name (Entity)"), which the import splits.
   */
  name?: string;
  entity?: string;
  /** The id a CSV gives (an `id` column). */
  id?: string;
  group?: string;
  category?: string;
  facts: ReadFact[];
}

export interface ReadPage {
  title?: string;
  introduction: string[];
  tiers: string[];
  /** Sentences of the criteria section other than the intro (the DPA sentence). */
  criteriaSentences: string[];
  entries: ReadEntry[];
  safeguards: ReadFact[];
  contact?: string;
  lastUpdated?: string;
  /** Lines the reader could not place; `import` keeps them as comments. */
  other: string[];
  /** Languages the page offers (a trailing "Mis à jour" link is the French version). */
  languages: string[];
}

/** A CSV that cannot be read as a list of sub-processors; the message says why, in one line. */
export class CsvError extends Error {}

/** A CSV without a column the inventory requires. */
export class MissingColumnError extends CsvError {
  constructor(readonly column: string) {
    super(`the CSV has no "${column}" column`);
  }
}

type Block =
  | { kind: 'line'; text: string; level?: number }
  | { kind: 'bullet'; label?: string; value: string; text: string }
  | { kind: 'item'; text: string };

const ALL_LABELS = [LABELS.en, LABELS.fr];
const norm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const same = (a: string, b: string) => norm(a).toLowerCase() === norm(b).toLowerCase();

function isOneOf(text: string, pick: (l: PageLabels) => string): boolean {
  return ALL_LABELS.some((l) => same(text, pick(l)));
}

/** Every fact label in both languages, lower case, to the field it names. */
const FACT_LABELS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const l of ALL_LABELS) for (const [key, label] of Object.entries(l.facts)) map.set(norm(label).toLowerCase(), key);
  return map;
})();

export function factKey(label: string): string | undefined {
  return FACT_LABELS.get(norm(label).toLowerCase());
}

function splitLabel(text: string): { label?: string; value: string } {
  const m = /^([^:]{1,60}?)\s*:\s+(.*)$/.exec(text) ?? /^([^:]{1,60}?)\s*:\s*$/.exec(text);
  return m ? { label: norm(m[1]!), value: (m[2] ?? '').trim() } : { value: text.trim() };
}

function unescapeMarkdown(s: string): string {
  return s.replace(/\\([\\`*_[\]{}()#+\-.!<>|~])/g, '$1').replace(/&amp;/g, '&');
}

function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^[•·▪‣◦*-]\s+(.*)$/.exec(line);
    if (bullet) {
      const { label, value } = splitLabel(bullet[1]!);
      blocks.push({ kind: 'bullet', label, value, text: bullet[1]! });
      continue;
    }
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    if (item) blocks.push({ kind: 'item', text: item[1]! });
    else blocks.push({ kind: 'line', text: line });
  }
  return blocks;
}

function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'line', text: unescapeMarkdown(heading[2]!), level: heading[1]!.length });
      continue;
    }
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      const body = bullet[1]!;
      // `**Label:** value`, `**Label**: value` or `Label: value`
      const bold = /^\*\*(.+?)\s*(?::\s*\*\*|\*\*\s*:)\s*(.*)$/.exec(body);
      if (bold)
        blocks.push({
          kind: 'bullet',
          label: norm(unescapeMarkdown(bold[1]!)),
          value: unescapeMarkdown(bold[2]!).trim(),
          text: unescapeMarkdown(body),
        });
      else {
        const plain = unescapeMarkdown(body);
        const { label, value } = splitLabel(plain);
        blocks.push({ kind: 'bullet', label, value, text: plain });
      }
      continue;
    }
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    if (item) blocks.push({ kind: 'item', text: unescapeMarkdown(item[1]!) });
    else blocks.push({ kind: 'line', text: unescapeMarkdown(line) });
  }
  return blocks;
}

const isFactBullet = (b: Block | undefined) => b?.kind === 'bullet' && b.label !== undefined && factKey(b.label) !== undefined;

function stripGroup(text: string): string | undefined {
  for (const l of ALL_LABELS) {
    if (l.groupSuffix.test(norm(text))) return norm(text).replace(l.groupSuffix, '').trim() || norm(text);
  }
  return undefined;
}

function readBlocks(blocks: Block[]): ReadPage {
  const page: ReadPage = { introduction: [], tiers: [], criteriaSentences: [], entries: [], safeguards: [], other: [], languages: [] };
  let section: 'head' | 'criteria' | 'list' | 'safeguards' | 'footer' = 'head';
  let group: string | undefined;
  let category: string | undefined;
  let entry: ReadEntry | undefined;
  // Markdown heading levels: of the group and category headings, and of the first heading under each.
  let groupLevel: number | undefined;
  let groupChild: number | undefined;
  let categoryLevel: number | undefined;
  let categoryChild: number | undefined;
  /** A heading above the group's (category's) own sub-headings, and no deeper than it, ends it: Markdown's nesting. */
  const close = (level: number | undefined) => {
    if (level === undefined) return;
    if (categoryChild !== undefined && level < categoryChild && level <= categoryLevel!) {
      category = undefined;
      categoryLevel = categoryChild = undefined;
    }
    if (groupChild !== undefined && level < groupChild && level <= groupLevel!) {
      group = category = undefined;
      groupLevel = groupChild = categoryLevel = categoryChild = undefined;
    }
  };
  const under = (level: number | undefined) => {
    if (level === undefined) return;
    if (group !== undefined && groupLevel !== undefined && groupChild === undefined) groupChild = level;
    if (category !== undefined && categoryLevel !== undefined && categoryChild === undefined) categoryChild = level;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'line') {
      const text = norm(b.text);
      const lastUpdated = ALL_LABELS.map((l) => new RegExp(`^${l.lastUpdatedLabel}\\s*:\\s*(.+)$`, 'i').exec(text)).find(Boolean);
      if (isOneOf(text, (l) => l.selectionHeading) || /selection criteria$/i.test(text)) {
        section = 'criteria';
      } else if (isOneOf(text, (l) => l.subprocessorsHeading) && section !== 'list') {
        section = 'list';
      } else if (isOneOf(text, (l) => l.safeguardsHeading)) {
        section = 'safeguards';
        entry = undefined;
      } else if (lastUpdated) {
        page.lastUpdated = lastUpdated[1]!.trim();
        section = 'footer';
      } else if (/contact\s*:|écrivez à\s*:/i.test(text)) {
        page.contact = text.replace(/^.*(?:contact|écrivez à)\s*:\s*/i, '').trim();
        section = 'footer';
      } else if (section === 'footer' && ALL_LABELS.some((l) => l.lang !== 'en' && same(text, l.lastUpdatedLabel))) {
        // The link to the page in another language.
        if (!page.languages.length) page.languages.push('en');
        page.languages.push(ALL_LABELS.find((l) => same(text, l.lastUpdatedLabel))!.lang);
      } else if (page.title === undefined && section === 'head') {
        page.title = text;
      } else if (section === 'head') {
        page.introduction.push(text);
      } else if (section === 'criteria') {
        page.criteriaSentences.push(text);
      } else if (section === 'list' && isFactBullet(blocks[i + 1])) {
        close(b.level);
        under(b.level);
        entry = { heading: text, group, category, facts: [] };
        page.entries.push(entry);
      } else if (section === 'list') {
        close(b.level);
        // A heading that is not an entry: a group when it says so, or when a sub-heading (not an entry) follows it.
        entry = undefined;
        const next = blocks[i + 1];
        const subHeadingFollows =
          next?.kind === 'line' &&
          !isFactBullet(blocks[i + 2]) &&
          (b.level === undefined || next.level === undefined || next.level > b.level);
        const asGroup = stripGroup(text);
        if (asGroup !== undefined || subHeadingFollows) {
          group = asGroup ?? text;
          category = undefined;
          groupLevel = b.level;
          groupChild = categoryLevel = categoryChild = undefined;
        } else {
          under(b.level);
          category = text;
          categoryLevel = b.level;
          categoryChild = undefined;
        }
      } else page.other.push(text);
    } else if (b.kind === 'item') {
      if (section === 'criteria') page.tiers.push(norm(b.text));
      else page.other.push(b.text);
    } else if (section === 'list' && entry) {
      entry.facts.push({ label: b.label ?? '', value: b.label ? b.value : b.text });
    } else if (section === 'safeguards') {
      page.safeguards.push({ label: b.label ?? '', value: b.label ? b.value : b.text });
    } else page.other.push(b.text);
  }
  return page;
}

/** Which form a page is in: CSV (by name or a header row naming the page's labels), Markdown (headings), or text. */
export function detectPageFormat(text: string, fileName = ''): 'csv' | 'markdown' | 'text' {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  const first = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  if (first.includes(',') && first.split(',').some((c) => factKey(c.replace(/"/g, '')) === 'purpose')) return 'csv';
  if (/^#{1,6}\s/m.test(text)) return 'markdown';
  return 'text';
}

/** The columns a CSV must have (by the page's English labels; French labels and field names are accepted too). */
export const REQUIRED_CSV_COLUMNS = [
  'Name',
  'Entity',
  'Purpose',
  'Data Location',
  'Personal Data',
  'Certifications',
  'Service Authentication',
  'Administration Authentication',
  'Service Access Control',
  'Administration Access Control',
  'Criticality',
] as const;

const CSV_EXTRA: Record<string, string> = {
  name: 'name',
  nom: 'name',
  'sub-processor': 'name',
  'sous-traitant': 'name',
  entity: 'entity',
  entité: 'entity',
  'legal entity': 'entity',
  group: 'group',
  groupe: 'group',
  category: 'category',
  catégorie: 'category',
  id: 'id',
  url: 'website',
  dataflows: 'dataFlow',
};

/** "serviceAuthentication", "service_authentication", "ServiceAuthentication": the same column. */
const squash = (s: string) =>
  norm(s)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

function csvColumnKey(column: string): string | undefined {
  const c = norm(column).toLowerCase();
  return (
    CSV_EXTRA[c] ??
    factKey(column) ??
    CSV_EXTRA[squash(column)] ??
    (Object.entries(LABELS.en.facts) as [string, string][]).find(
      ([key, label]) => squash(label) === squash(column) || key.toLowerCase() === squash(column),
    )?.[0]
  );
}

/** Spreadsheets in French (and other locales where the comma is the decimal mark) save CSV with semicolons. */
function csvDelimiter(text: string): string {
  const header =
    text
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)
      .find((l) => l.trim()) ?? '';
  return !header.includes(',') && header.includes(';') ? ';' : ',';
}

function readCsv(text: string): ReadPage {
  const delimiter = csvDelimiter(text);
  const records = parseCsv(text, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    // A row of empty cells (",,,," as spreadsheets save a blank row) is no sub-processor.
    skip_records_with_empty_values: true,
    relax_column_count: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows = records.map((r) => r.record);
  const header = rows[0] ?? [];
  // More values than columns: a value holding the separator was not quoted, and every value after it is in the wrong column.
  for (const { record, info } of records.slice(1)) {
    if (record.slice(header.length).some((v) => v.trim())) {
      throw new CsvError(
        `line ${info.lines} has ${record.length} values for ${header.length} columns (a value that holds a "${delimiter}" must be in double quotes)`,
      );
    }
  }
  const keys = header.map(csvColumnKey);
  for (const column of REQUIRED_CSV_COLUMNS) {
    const key = column === 'Name' ? 'name' : column === 'Entity' ? 'entity' : factKey(column);
    if (!keys.includes(key)) throw new MissingColumnError(column);
  }
  const page: ReadPage = { introduction: [], tiers: [], criteriaSentences: [], entries: [], safeguards: [], other: [], languages: [] };
  for (const row of rows.slice(1)) {
    const cell = (key: string) => {
      const i = keys.indexOf(key);
      return i >= 0 ? (row[i] ?? '').trim() : '';
    };
    const name = cell('name');
    const entity = cell('entity');
    const facts: ReadFact[] = [];
    header.forEach((column, i) => {
      const key = keys[i];
      if (key && ['name', 'entity', 'group', 'category', 'id'].includes(key)) return;
      const value = (row[i] ?? '').trim();
      // A column named otherwise than by a page label ("serviceAuthentication") is given the label, so that the fact reaches its field.
      const label = key && !factKey(column) ? ((LABELS.en.facts as Record<string, string>)[key] ?? norm(column)) : norm(column);
      if (value) facts.push({ label, value });
    });
    page.entries.push({
      heading: entity ? `${name} (${entity})` : name,
      name,
      entity: entity || undefined,
      id: cell('id') || undefined,
      group: cell('group') || undefined,
      category: cell('category') || undefined,
      facts,
    });
  }
  return page;
}

export function readPage(text: string, fileName = ''): ReadPage {
  const format = detectPageFormat(text, fileName);
  if (format === 'csv') return readCsv(text);
  return readBlocks(format === 'markdown' ? markdownBlocks(text) : textBlocks(text));
}
