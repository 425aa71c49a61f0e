/**
 * A table copied from a browser whose cells the copy ran together: with runs of spaces between them, or with
 * single spaces ("Name Purpose Applicable Data location" over "Microsoft We're using … Always EEA"). The header
 * is found by the meaning of its words (`columns.ts`): a short line that splits whole into column headers,
 * one of them naming the sub-processor. A row is then split where its cells' grammar says: from its end, a
 * transfer mechanism's words and a list of places; from its start, a name up to its legal form or its
 * parenthesis. What lies between stays one cell, under the headers it spans: never split by guess.
 */
import { columnMatch, headerWords, type ColumnKey } from './columns';
import { cleanText, type PageBlock, type TableRow } from './blocks';
import { entityIn, mechanismsIn, placeAndMechanisms, placeCode, readLocation } from '../wording';

type Table = Extract<PageBlock, { kind: 'table' }>;

const MAX_HEADER_WORDS = 24;

/** A column header's words, with a plural mark "(x)", "(s)" dropped: "Lieu(x)" is "Lieu". */
const headerToken = (w: string) => w.replace(/\((?:x|s|es)\)$/i, '');

/** A short line that splits whole into column headers (at most one word unknown), one of them a name's: the headers. */
export function runTogetherHeader(line: string): { header: string[]; keys: (ColumnKey | undefined)[] } | undefined {
  const text = cleanText(line);
  if (!text || text.length > 160 || /[.:;!?]$/.test(text)) return undefined;
  const words = text.split(' ').map(headerToken);
  if (words.length < 3 || words.length > MAX_HEADER_WORDS) return undefined;
  // The fewest unknown words, then the fewest columns: best[i] for the first i words.
  type Best = { unknown: number; cols: { text: string; key?: ColumnKey }[] };
  const best: (Best | undefined)[] = [{ unknown: 0, cols: [] }];
  for (let i = 1; i <= words.length; i++) {
    for (let j = Math.max(0, i - 5); j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const phrase = words.slice(j, i).join(' ');
      const match = columnMatch(phrase);
      const known = match?.exact === true;
      if (!known && i - j > 1) continue;
      const cand: Best = {
        unknown: prev.unknown + (known ? 0 : 1),
        cols: [...prev.cols, { text: phrase, ...(known ? { key: match!.key } : {}) }],
      };
      const cur = best[i];
      if (!cur || cand.unknown < cur.unknown || (cand.unknown === cur.unknown && cand.cols.length < cur.cols.length)) best[i] = cand;
    }
  }
  const exactFound = best[words.length];
  const found = exactFound && exactFound.unknown <= 1 && exactFound.cols.length >= 3 ? exactFound : capitalHeader(words);
  if (!found || found.unknown > 1 || found.cols.length < 3) return undefined;
  const keys = found.cols.map((c) => c.key);
  if (keys[0] !== 'name' && keys[0] !== 'entity') return undefined;
  if (keys.filter((k) => k !== undefined).length < 3) return undefined;
  // The header as the page writes it, word for word.
  const original = text.split(' ');
  let at = 0;
  const header = found.cols.map((c) => {
    const n = c.text.split(' ').length;
    const h = original.slice(at, at + n).join(' ');
    at += n;
    return h;
  });
  return { header, keys };
}

/** A header word a column may start with: a capital, then a small letter ("Data", "Description"; not "EU"). */
const COLUMN_START = /^\p{Lu}\p{Ll}/u;

/** The most words a column of a run-together header may have ("Legal basis for data processing outside the EU"). */
const MAX_COLUMN_WORDS = 10;

/**
 * A header whose columns say more than a column's known words ("Description of the processing", "Legal basis for
 * data processing outside the EU"): split where a column starts with a capitalised word. A column is written in
 * sentence case (no capitalised word after its first: "Updated on" after "…outside the EU" starts another) or in
 * title case ("Other Data Processor"), and holds no column's exact words that end before it does ("Other Data
 * Processor Data Location" is two). Each column is read by its meaning (`columnMatch`): said in those exact words it
 * costs nothing, holding them among others one, no meaning three (at most three words). The cheapest reading, then
 * the one of more columns.
 */
function capitalHeader(words: string[]): { unknown: number; cols: { text: string; key?: ColumnKey }[] } | undefined {
  const n = words.length;
  if (!COLUMN_START.test(words[0]!)) return undefined;
  const starts = words.map((w) => COLUMN_START.test(w));
  // match[j][l - 1]: the meaning of words j..j+l, for columns that start at a capital.
  const match = words.map((_, j) =>
    starts[j] ? Array.from({ length: Math.min(MAX_COLUMN_WORDS, n - j) }, (_, l) => columnMatch(words.slice(j, j + l + 1).join(' '))) : [],
  );
  // The first column names the parties.
  if (!match[0]!.some((m) => m?.key === 'name' || m?.key === 'entity')) return undefined;
  const valid = (j: number, i: number): boolean => {
    const inner = starts.slice(j + 1, i);
    const sentence = !inner.some(Boolean);
    const title = words.slice(j + 1, i).every((w, k) => w.length < 4 || inner[k]);
    if (!sentence && !title) return false;
    for (let a = j + 1; a < i; a++) for (let b = a + 1; b < i; b++) if (match[a]?.[b - a - 1]?.exact) return false;
    return true;
  };
  type Best = { cost: number; unknown: number; cols: { text: string; key?: ColumnKey }[] };
  const best: (Best | undefined)[] = [{ cost: 0, unknown: 0, cols: [] }];
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_COLUMN_WORDS); j < i; j++) {
      const prev = best[j];
      if (!prev || !starts[j]) continue;
      const m = match[j]![i - j - 1];
      if ((!m && i - j > 3) || !valid(j, i)) continue;
      const cand: Best = {
        cost: prev.cost + (m ? (m.exact ? 0 : 1) : 3),
        unknown: prev.unknown + (m ? 0 : 1),
        cols: [...prev.cols, { text: words.slice(j, i).join(' '), ...(m ? { key: m.key } : {}) }],
      };
      const cur = best[i];
      if (!cur || cand.cost < cur.cost || (cand.cost === cur.cost && cand.cols.length > cur.cols.length)) best[i] = cand;
    }
  }
  return best[n];
}

/** The index of the word in `words[from..from+max)` that closes a parenthesis opened at or after `from`, if any. */
function closingWord(words: string[], from: number, max: number): number | undefined {
  let depth = 0;
  let opened = false;
  for (let i = from; i < Math.min(words.length, from + max); i++) {
    for (const ch of words[i]!) {
      if (ch === '(') {
        depth++;
        opened = true;
      } else if (ch === ')') depth--;
    }
    if (opened && depth === 0 && words[i]!.endsWith(')')) return i;
  }
  return undefined;
}

/** Words that join two companies into one row's name: "Stripe, Inc. (USA) and Stripe Payments Europe Ltd. (Ireland)". */
const JOINS = /^(?:and|et|&|\/|\+)$/i;

/**
 * The name a run-together row starts with: up to a parenthesis that closes early (and through a second one
 * when a conjunction joins a second company to it), else up to a legal form.
 */
function leadingName(words: string[], placeNext = false): { name: string; rest: string[] } {
  const head = words.slice(0, 8);
  const closes = closingWord(words, 0, 8);
  // "Backblaze Inc. US Off-site backup storage (3-2-1)", "DuckDNS US Legacy DNS (sunset …)": a name that ends (at its
  // legal form, or before a place when a column of places is next) with words between it and the parenthesis, which is
  // then the next cell's.
  const opens = closes === undefined ? -1 : words.findIndex((w) => w.includes('('));
  const early = opens > 1 ? earlyName(words, opens, placeNext) : undefined;
  if (early !== undefined) return { name: words.slice(0, early).join(' '), rest: words.slice(early) };
  if (closes !== undefined) {
    const second = JOINS.test(words[closes + 1] ?? '') ? closingWord(words, closes + 2, 6) : undefined;
    const end = (second ?? closes) + 1;
    return { name: words.slice(0, end).join(' '), rest: words.slice(end) };
  }
  for (let i = head.length; i >= 2; i--) {
    const candidate = words.slice(0, i).join(' ');
    // A legal form as companies write it ("GmbH", "Inc.", "SAS"), never a lower-case word ("as").
    if (/\p{Lu}/u.test(words[i - 1]!) && entityIn(candidate) === candidate.replace(/,$/, ''))
      return { name: candidate, rest: words.slice(i) };
  }
  // A column of places next: the name ends where the first place starts ("Amazon Web services EEA Backup services").
  if (placeNext)
    for (let i = 1; i < Math.min(words.length, 11); i++)
      if (leadingPlace(words.slice(i))) return { name: words.slice(0, i).join(' '), rest: words.slice(i) };
  // Else its first word: the cell boundary the copy lost is nowhere else to be seen.
  return { name: words[0]!, rest: words.slice(1) };
}

/**
 * Where a name ends before the word that opens a parenthesis at `opens`, with words between: after a legal form
 * ("Backblaze Inc."), or, when a column of places is next, before its first place ("DuckDNS" before "US"); undefined
 * when neither comes before the parenthesis with a word between.
 */
function earlyName(words: string[], opens: number, placeNext: boolean): number | undefined {
  for (let i = 2; i < opens; i++) {
    const candidate = words.slice(0, i).join(' ');
    if (/\p{Lu}/u.test(words[i - 1]!) && entityIn(candidate) === candidate.replace(/,$/, '')) return i;
  }
  if (placeNext) for (let i = 1; i < opens - 1; i++) if (leadingPlace(words.slice(i, opens))) return i;
  return undefined;
}

/** How many of the first words are places and nothing else ("EEA, UK, India, US" before "Software development"): 0 if none. */
function leadingPlace(words: string[]): number {
  // A run of places starts with one: its first one, two or three words name it ("EEA,", "United States").
  const first = (n: number) => placeCode(words.slice(0, n).join(' ').replace(/[,;]$/, ''));
  // "US/UK": places joined by a slash, each a place.
  const joined = (words[0] ?? '').includes('/') && (words[0] ?? '').split('/').every((p) => p !== '' && placeCode(p) !== undefined);
  if (!joined && first(1) === undefined && first(2) === undefined && first(3) === undefined) return 0;
  let found = 0;
  for (let k = 1; k <= Math.min(words.length - 1, 8); k++) {
    const read = readLocation(words.slice(0, k).join(' ').replace(/[,;]$/, ''));
    if (read.countries.length && !read.access.length && read.note === undefined) found = k;
  }
  return found;
}

/** Whether the words start the way a cell of `key` does: a place, a mechanism, or a denial of transfer. */
function startsCell(words: string[], key: ColumnKey | undefined): boolean {
  if (key === 'dataLocation' || key === 'entityCountry') return leadingPlace(words) > 0;
  if (key === 'transfer') {
    const head = words.slice(0, 6).join(' ');
    return mechanismsIn(head).named.length > 0 || mechanismsIn(head).noTransfer || NO_MECHANISM.test(words[0] ?? '');
  }
  return true;
}

const CLAUSES_OF = /^(?:EU|UE|UK|EEA|EEE)$/;

/** What a transfer cell says is done in the place it opens with: "EU primary processing", "EEA hosting only". */
const DONE_THERE =
  /^(?:(?:primary|main|principal|principale)\s+)?(?:processing|hosting|storage|only|traitement|hébergement|stockage|uniquement|seulement)(?![\p{L}-])/iu;

/**
 * A transfer cell that opens with the place the data stays in, then what is done there ("EU primary processing; no
 * known third-country transfers", "EEA hosting — no transfer", "UE uniquement"): the column's cell starts at the
 * place, as it does at a mechanism's words.
 */
function placeProcessingLead(words: string[]): boolean {
  const place = placeCode((words[0] ?? '').replace(/[,;:]$/, ''));
  return place !== undefined && place !== 'GLOBAL' && DONE_THERE.test(words.slice(1).join(' '));
}
const NO_MECHANISM = /^(?:None|N\/A|Aucun|Aucune)$/;

/** The longest run of the row's last words that the reader of `key` reads whole. */
function trailingCell(words: string[], key: ColumnKey | undefined): number {
  const most = Math.min(words.length - 1, 24);
  let found = 0;
  for (let k = 1; k <= most; k++) {
    const cell = words.slice(words.length - k).join(' ');
    // A place or a mechanism is a few words: a longer run is no such cell (and is never read whole).
    if (cell.length > 300) break;
    if (key === 'transfer') {
      // The cell starts with a mechanism's words: "CCT/Addendum du Royaume-Uni, le cas échéant", "EU SCCs
      // Module 2" (the place naming the clauses is theirs, not a location), or says none is needed: "None (EEA)".
      const first = words[words.length - k]!;
      const next = words[words.length - k + 1] ?? '';
      if (
        mechanismsIn(first).named.length > 0 ||
        (CLAUSES_OF.test(first) && mechanismsIn(next).named.length > 0) ||
        (NO_MECHANISM.test(first) && k <= 3) ||
        placeProcessingLead(words.slice(words.length - k, words.length - k + 4))
      )
        found = k;
    } else if (key === 'dataLocation') {
      const read = readLocation(cell);
      // "Ireland (EEA) and USA", "EU region (eu-west-1)": a cell of more words than places starts with a place.
      const first = words[words.length - k]!.replace(/[,;:]$/, '');
      // "EU-regionalized for EU tenants": a place joined to the word saying the vendor keeps the data there.
      const joined = /^(\p{L}{2,20})-(?:regionali[sz]ed|hosted|resident)$/u.exec(first)?.[1];
      // A place's name is written with a capital: "to" is no Tonga.
      const startsWithPlace =
        /^\p{Lu}/u.test(first) && (placeCode(first) !== undefined || (joined !== undefined && placeCode(joined) !== undefined));
      if (read.countries.length && !read.access.length && (read.note === undefined || startsWithPlace)) found = k;
    } else return 0;
  }
  return found;
}

/** The rows under a run-together header, split by their cells' grammar: each row's cells, and the last column it could not split off. */
function runTogetherRows(lines: { text: string; line: number }[], keys: (ColumnKey | undefined)[]): TableRow[] {
  const rows: TableRow[] = [];
  const isPlace = (k: ColumnKey | undefined) => k === 'dataLocation' || k === 'entityCountry';
  for (const { text, line } of lines) {
    const lead = leadingName(cleanText(text).split(' '), isPlace(keys[1]));
    let words = lead.rest;
    const cells: string[] = new Array<string>(keys.length).fill('');
    cells[0] = lead.name;
    let last = keys.length - 1;
    // From the start, the columns of places after the name: "EEA, UK, India, US" (no place there: the text goes on).
    let first = 1;
    while (first < last && isPlace(keys[first])) {
      const k = leadingPlace(words);
      if (!k) break;
      cells[first++] = words.slice(0, k).join(' ');
      words = words.slice(k);
    }
    while (last > first) {
      const k = trailingCell(words, keys[last]);
      if (!k) break;
      cells[last] = words.slice(words.length - k).join(' ');
      words = words.slice(0, words.length - k);
      last--;
    }
    // What is left spans the columns from \`first\` to \`last\`: one cell, never split by guess, in the first of them
    // whose words it may start (a transfer's column holds it only if it starts with a mechanism's words).
    let at = first;
    while (at < last && !startsCell(words, keys[at])) at++;
    cells[at] = words.join(' ');
    rows.push({ cells, line });
  }
  return rows;
}

/**
 * A table whose cells a copy ran together, at \`start\` (its header line): the table block and the last line
 * it takes, or undefined when the line is no such header.
 */
export function runTogetherTable(lines: string[], start: number): { table: Table; end: number } | undefined {
  const head = runTogetherHeader(lines[start]!);
  if (!head) return undefined;
  const body: { text: string; line: number }[] = [];
  let end = start;
  while (end + 1 < lines.length && cleanText(lines[end + 1]!)) {
    end++;
    body.push({ text: lines[end]!, line: end + 1 });
  }
  if (!body.length) return undefined;
  // The columns a row could not tell apart: their text stays whole in one of them, the others empty (not stated
  // apart), so no column's meaning is given to another's words.
  const table: Table = { kind: 'table', header: head.header, rows: runTogetherRows(body, head.keys), line: start + 1 };
  return { table, end };
}

/**
 * A two-column table copied as text, its header run together on one line ("AWS entity Processing location and
 * associated AWS Region (if applicable)"): the first words name the parties, the rest says where data is processed.
 * Under it each row starts with a line that names a party, the place after it when the copy kept both on one line
 * ("Acme, Inc. USA"); the lines under it that are only a place ("Germany"), or a label the location column's header
 * names with its value ("AWS Region: Europe (Frankfurt)"), go on with that row's location, joined with "; ".
 */
export function twoColumnTable(lines: string[], start: number): { table: Table; end: number } | undefined {
  const text = cleanText(lines[start]!);
  if (!text || text.length > 160 || /[.:;!?,]$/.test(text)) return undefined;
  const words = text.split(' ');
  let header: [string, string] | undefined;
  for (let i = 1; i <= Math.min(4, words.length - 1) && !header; i++) {
    const first = columnMatch(words.slice(0, i).join(' '));
    const second = columnMatch(words.slice(i).join(' '));
    if ((first?.key === 'name' || first?.key === 'entity') && second?.key === 'dataLocation')
      header = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
  }
  if (!header) return undefined;
  const locationWords = ` ${headerWords(header[1])} `;
  const rows: { cells: [string, string[]]; line: number }[] = [];
  let end = start;
  for (let k = start + 1; k < lines.length && cleanText(lines[k]!); k++) {
    const line = cleanText(lines[k]!);
    const label = /^([^:]{2,40}):\s+\S/.exec(line)?.[1];
    const place = readLocation(line);
    const goesOn =
      (place.countries.length > 0 && place.note === undefined) ||
      (label !== undefined && locationWords.includes(` ${headerWords(label)} `));
    if (goesOn) {
      if (!rows.length) return undefined;
      rows[rows.length - 1]!.cells[1].push(line);
    } else {
      // A labelled line of another kind, or a sentence, is no row: the table has ended.
      if (label !== undefined || line.split(' ').length > 12) break;
      const rowWords = line.split(' ');
      const k2 = trailingCell(rowWords, 'dataLocation');
      rows.push({
        cells: [rowWords.slice(0, rowWords.length - k2).join(' '), k2 ? [rowWords.slice(rowWords.length - k2).join(' ')] : []],
        line: k + 1,
      });
    }
    end = k;
  }
  if (rows.length < 2 || !rows.some((r) => r.cells[1].length)) return undefined;
  return {
    table: {
      kind: 'table',
      header,
      rows: rows.map((r) => ({ cells: [r.cells[0], r.cells[1].join('; ')], line: r.line })),
      line: start + 1,
    },
    end,
  };
}

/** A header cell's end glued to the next one: "…and address):The type of service…:". */
const GLUED_LABEL_END = /:(?=\p{Lu})/u;
/** A cell's end glued to the next cell's start: a full stop right before a capital ("Luxembourg.Hosts", "invites).USA"). */
const GLUED_STOP = /(?<=\p{L}{2}|[\d)])\.(?=\p{Lu}(?:\p{Ll}|\p{Lu}))/gu;
/** A word glued to the next cell's first word, with no stop between them: "implementation aidUSA", "serviceGermany". */
const GLUED_WORD = /(?<=\p{Ll})(?=\p{Lu}\p{L})/gu;

/** Whether a column of `key` reads `text` whole as its own cell: a place (and a mechanism) where the column says where. */
function readsWhole(text: string, key: ColumnKey | undefined): boolean {
  if (key !== 'dataLocation' && key !== 'transfer') return false;
  const places = key === 'transfer' ? placeAndMechanisms(text).places : text;
  const first = places.split(/[\s,;(]/)[0] ?? '';
  return places.length > 0 && readLocation(places).countries.length > 0 && placeCode(first) !== undefined;
}

/**
 * A row's cells: split at glued stops, then at most one glued word where the next column reads its part whole. A row
 * that does not split into as many cells keeps its parts in the first columns, the rest of its text in the second.
 */
function gluedCells(text: string, keys: (ColumnKey | undefined)[]): string[] {
  const cells = text.split(GLUED_STOP).map((c) => c.trim());
  const empty = (n: number) => new Array<string>(Math.max(0, n)).fill('');
  if (cells.length === keys.length) return cells;
  if (cells.length > keys.length) return [cells[0]!, cells.slice(1).join('. '), ...empty(keys.length - 2)];
  const whole = [...cells, ...empty(keys.length - cells.length)];
  if (cells.length !== keys.length - 1) return whole;
  const found: string[][] = [];
  cells.forEach((cell, j) => {
    for (const m of cell.matchAll(GLUED_WORD)) {
      const right = cell.slice(m.index);
      if (readsWhole(right, keys[j + 1])) found.push([...cells.slice(0, j), cell.slice(0, m.index), right, ...cells.slice(j + 1)]);
    }
  });
  // Two ways to split the row: which one the copy lost is not to be guessed.
  return found.length === 1 ? found[0]! : whole;
}

/**
 * A table copied from a page whose cells were run together with nothing between them: headers that each end with
 * a colon ("The identity of the Sub-Processor (…):The type of service provided by the Sub-Processor:The location
 * …:"), each known by its meaning (`columns.ts`), one naming the parties; then one line per row, its cells glued
 * ("…, Luxembourg.Hosts the core application logic.Germany, Sweden"). A row is split where a full stop meets a
 * capital; a cell a stop does not end is split off only where the next column reads it whole ("implementation
 * aidUSA (SCCs)" under a column of places), once; a cell no column reads whole is never split by guess.
 */
export function gluedTable(lines: string[], start: number): { table: Table; end: number } | undefined {
  const text = cleanText(lines[start]!);
  if (!text.endsWith(':') || !GLUED_LABEL_END.test(text)) return undefined;
  const header = text
    .slice(0, -1)
    .split(GLUED_LABEL_END)
    .map((h) => h.trim());
  const keys = header.map((h) => columnMatch(h)?.key);
  if (header.length < 3 || keys.some((k) => k === undefined) || !keys.some((k) => k === 'name' || k === 'entity')) return undefined;
  const rows: TableRow[] = [];
  let end = start;
  while (end + 1 < lines.length && cleanText(lines[end + 1]!)) {
    end++;
    const row = cleanText(lines[end]!);
    rows.push({ cells: gluedCells(row, keys), line: end + 1 });
  }
  if (!rows.length) return undefined;
  return { table: { kind: 'table', header, rows, line: start + 1 }, end };
}

/** Two header cells glued with nothing between them: a small letter, then a capital ("Sub-processorPurpose"). */
const GLUED_HEADER = /(?<=\p{Ll})(?=\p{Lu})/u;
/** The most lines a row may hold between its name and its glued cells: link texts ("DPA", "Privacy policy"). */
const MAX_LINK_LINES = 2;
/** A link's words on a line of their own under a name: a few words, no stop, no cells glued. */
const linkLine = (text: string) =>
  text.split(' ').length <= 3 && !/[.:;]$/.test(text) && text.length <= 30 && text.split(GLUED_STOP).length === 1;

/**
 * A header line whose cells were glued with nothing between them ("Sub-processorPurposeRegion"): three parts at least,
 * each a column's header by its meaning, the first naming the parties; its parts and the other columns' keys.
 */
function gluedHeader(line: string): { header: string[]; rest: NonNullable<ReturnType<typeof columnMatch>>['key'][] } | undefined {
  const text = cleanText(line);
  if (text.length > 160 || /[.:;!?]$/.test(text)) return undefined;
  const header = text.split(GLUED_HEADER).map((h) => h.trim());
  const keys = header.map((h) => columnMatch(h));
  if (header.length < 3 || keys.some((k) => k?.exact !== true) || (keys[0]!.key !== 'name' && keys[0]!.key !== 'entity')) return undefined;
  return { header, rest: keys.slice(1).map((k) => k!.key) };
}

/**
 * A table copied from a browser whose header cells were glued with nothing between them ("Sub-processorPurposeData
 * categoriesRegion": each part a column's header by its meaning, the first naming the parties), and whose rows each
 * stand on lines of their own: the name on its line, a link's words or two ("DPA"), then the other cells glued on one
 * line ("…object storage.Tag-monitoring events….Per-tenant residency: …"), split as `gluedCells` splits them. A row
 * whose cells line does not split in two at least is no row: the table ends above it.
 */
export function gluedHeaderTable(lines: string[], start: number): { table: Table; end: number } | undefined {
  const head = gluedHeader(lines[start]!);
  if (!head) return undefined;
  const { header, rest } = head;
  const rows: TableRow[] = [];
  let end = start;
  for (let i = start + 1; i < lines.length;) {
    const name = cleanText(lines[i] ?? '');
    if (!name || name.length > 80 || /[.:;]$/.test(name)) break;
    let j = i + 1;
    while (j < lines.length && j - i <= MAX_LINK_LINES && linkLine(cleanText(lines[j]!)) && cleanText(lines[j]!)) j++;
    const glued = cleanText(lines[j] ?? '');
    const cells = glued ? gluedCells(glued, rest) : [];
    if (cells.filter(Boolean).length < 2) break;
    rows.push({ cells: [name, ...cells], line: i + 1 });
    end = j;
    i = j + 1;
  }
  if (rows.length < 2) return undefined;
  return { table: { kind: 'table', header, rows, line: start + 1 }, end };
}

/** A cell that is places and nothing else: "Germany", "United States", "Ireland / United States". */
function placesOnly(text: string): boolean {
  const parts = text.split(/\s?[/,;]\s?|\s(?:and|et)\s/);
  return parts.every((p) => p.trim() !== '' && placeCode(p.trim()) !== undefined);
}

/**
 * Where a run-together row's cells meet with nothing between them: a small letter or a closing bracket right before a
 * capital that starts a word ("transitGermany", "(OAuth)Email"), outside brackets ("sign in with GitHub)" is one cell).
 */
function gluedBreaks(text: string): number[] {
  const breaks: number[] = [];
  let depth = 0;
  for (let k = 0; k + 2 < text.length; k++) {
    const ch = text[k]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ')' || /\p{Ll}/u.test(ch)) && /\p{Lu}/u.test(text[k + 1]!) && /\p{L}/u.test(text[k + 2]!))
      breaks.push(k + 1);
  }
  return breaks;
}

/**
 * A table copied from a browser whose header cells were glued ("Sub-ProcessorPurposeData ProcessedLocationTransfer
 * Mechanism", each part a column's header by its meaning, the first naming the parties) and whose rows each stand on
 * one line: the name up to its legal form or its bracket (`leadingName`), then the other cells glued with nothing
 * between them ("…all nodes)All service data…in transitGermanyIntra-EEA"). A row splits where its glued breaks
 * (`gluedBreaks`) are exactly one fewer than its other cells, no cell empty, and its column of places reads its cell
 * whole; a word alone before the first break ("Optional") is a badge of the name's cell, no cell. A row that
 * does not split so is no row: the table ends above it, and two rows at least make it.
 */
export function gluedRowsTable(lines: string[], start: number): { table: Table; end: number } | undefined {
  const head = gluedHeader(lines[start]!);
  if (!head) return undefined;
  const { header, rest } = head;
  const rows: TableRow[] = [];
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = cleanText(lines[i] ?? '');
    if (!line || line.length > 2000) break;
    const lead = leadingName(line.split(' '));
    let cellsText = lead.rest.join(' ');
    let breaks = gluedBreaks(cellsText);
    // "Google LLC OptionalOptional sign-in (OAuth)…": the badge the name's cell shows, glued to the next cell.
    if (breaks.length === rest.length && /^\p{Lu}\p{Ll}+$/u.test(cellsText.slice(0, breaks[0]))) {
      cellsText = cellsText.slice(breaks[0]);
      breaks = gluedBreaks(cellsText);
    }
    if (breaks.length !== rest.length - 1) break;
    const cells = [0, ...breaks].map((at, k) => cellsText.slice(at, breaks[k] ?? cellsText.length).trim());
    if (cells.some((c, k) => !c || (rest[k] === 'dataLocation' && !placesOnly(c)))) break;
    rows.push({ cells: [lead.name, ...cells], line: i + 1 });
    end = i;
  }
  if (rows.length < 2) return undefined;
  return { table: { kind: 'table', header, rows, line: start + 1 }, end };
}
