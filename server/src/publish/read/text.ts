/**
 * Text copied from a browser to blocks. It has no markup: a line is a bullet when it starts with a bullet
 * character, an ordered item when it starts with a number and a dot, and a run of lines holding tabs is a
 * table as the browser copies one (cells separated by tabs), read by the TSV reader.
 */
import { cleanText, PageReadError, type PageBlock, type TableRow } from './blocks';
import { mechanismsIn, readLocation } from '../wording';
import { certificationsIn } from './sections';
import { fill } from '../../format';
import { delimitedTable } from './delimited';
import { gluedHeaderTable, gluedRowsTable, gluedTable, runTogetherTable, twoColumnTable } from './copiedTable';
import { columnMatch, type ColumnKey } from './columns';

/** A cell a browser copied on a line of its own, closed by a bar: "Entity name |", "Ireland |". */
const BAR_CELL = /^(.*\S)\s*\|$/;

/** Blank lines a page copied with a blank line after every line may hold between two cells: more end the table. */
const MAX_BLANKS = 2;

/** The next line with text at or after `k`, over at most `MAX_BLANKS` blank lines when `spaced`, else none. */
function nextText(lines: string[], k: number, spaced: boolean): number | undefined {
  let j = k;
  while (j < lines.length && !cleanText(lines[j]!) && spaced && j - k < MAX_BLANKS) j++;
  return j < lines.length && cleanText(lines[j]!) ? j : undefined;
}

/** A run of lines with text, each the next's `nextText`: their texts, and where each text stands in the run. */
interface LineRun {
  lines: { text: string; line: number }[];
  /** Whether `text` stands at a place from `from` to before `to` in the run. */
  stands(text: string, from: number, to: number): boolean;
}

/** Each page's runs of lines, one lines after another or `spaced`: the runs, and each line's run and place in it. */
const pageRuns = new WeakMap<string[], Map<boolean, { runs: LineRun[]; at: number[]; index: number[] }>>();

/**
 * The runs of `lines` that `nextText` follows (`spaced` or not), made once for a page: the lines a table copied one
 * cell per line may take from any of its lines are the rest of that line's run, found without reading them again.
 */
function runsOf(lines: string[], spaced: boolean): { runs: LineRun[]; at: number[]; index: number[] } {
  const known = pageRuns.get(lines)?.get(spaced);
  if (known) return known;
  const runs: LineRun[] = [];
  const at: number[] = [];
  const index: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!cleanText(lines[k]!)) continue;
    const run: { text: string; line: number }[] = [];
    const places = new Map<string, number[]>();
    let j: number | undefined = k;
    for (; j !== undefined; k = j, j = nextText(lines, j + 1, spaced)) {
      const text = cleanText(lines[j]!);
      at[j] = runs.length;
      index[j] = run.length;
      const seen = places.get(text);
      if (seen) seen.push(run.length);
      else places.set(text, [run.length]);
      run.push({ text, line: j + 1 });
    }
    runs.push({
      lines: run,
      stands: (text, from, to) => {
        const p = places.get(text) ?? [];
        // The first place at or after `from` (the places are in order).
        let [lo, hi] = [0, p.length];
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (p[mid]! < from) lo = mid + 1;
          else hi = mid;
        }
        return lo < p.length && p[lo]! < to;
      },
    });
  }
  const made = { runs, at, index };
  pageRuns.set(lines, (pageRuns.get(lines) ?? new Map()).set(spaced, made));
  return made;
}

/** A column's name, not a labelled line ("Name: Chatwoot", "Website: https://…" give a value after their label). */
const headerCell = (t: string) => (t && t.length <= 60 && !/[.:;!?]$/.test(t) && !/:\s/.test(t) ? columnMatch(t) : undefined);

/**
 * A table a browser copied one cell per line: at `start`, three or more short lines that each name a column
 * (`columns.ts`), the first the sub-processor's ("Entity Name", "Location of Processing", "Purpose"), then the
 * cells, each line one cell. The lines follow each other, up to a blank line; or, when the page was copied with a
 * blank line after every line (the header's first two cells a blank line apart), they are a blank line apart, up to
 * more blank lines, and the table ends with the last whole row (`spacedRows`). Rows of exactly one line per cell are
 * read; rows one cell short, the same column empty in every row, are read when one column's meaning fits the cells
 * better than any other (`rowsOneShort`); cells that run over several lines are read when one reading of the lines is
 * better than any other (`rowsOverLines`), else the table is refused with its line, never read by guess.
 */
function cellPerLineTable(lines: string[], start: number): { table: Extract<PageBlock, { kind: 'table' }>; end: number } | undefined {
  const firstMatch = headerCell(cleanText(lines[start]!));
  if (!firstMatch || BAR_CELL.test(cleanText(lines[start]!)) || (firstMatch.key !== 'name' && firstMatch.key !== 'entity'))
    return undefined;
  // Spaced: a blank line between the first two headers.
  const second = start + 1 < lines.length && !cleanText(lines[start + 1]!) ? nextText(lines, start + 1, true) : undefined;
  const spaced = second !== undefined && headerCell(cleanText(lines[second]!)) !== undefined;
  const cells: string[] = [];
  let k: number | undefined = start;
  for (; k !== undefined && cells.length < (spaced ? 16 : 12); k = nextText(lines, k + 1, spaced)) {
    const t = cleanText(lines[k]!);
    const match = headerCell(t);
    // A cell closed by a bar ("Entity name |") is read by \`barCellTable\`.
    // A header names each column once: a cell met again is no header's.
    if (!match || BAR_CELL.test(t) || cells.includes(t)) break;
    cells.push(t);
  }
  // Fewer than three columns are no table: no line after them is read (a page of lines that each name a column would
  // otherwise be read to its end from every one of them).
  if (cells.length < 3) return undefined;
  // Every line from the header's first: the header's cells, then the rows' (the run of lines it stands in, read once
  // for the page, not again from every line that may begin a table).
  const run = runsOf(lines, spaced);
  const [from, at] = [run.at[start]!, run.index[start]!];
  const all = run.runs[from]!.lines.slice(at, at + 5000);
  // "Third Party Sub-processors" over "Entity Name": a title line, then the header that names the column. Or two
  // columns that name the party ("Subprocessor", "Legal Entity"): the readings with and without the first line.
  let drop = 0;
  while (drop + 1 < cells.length && ['name', 'entity'].includes(columnMatch(cells[drop + 1]!)!.key)) drop++;
  /** The table of header `cells[d..h)`, its rows read by `rows` from the lines after it. */
  const read = <R extends { rows: TableRow[] }>(
    d: number,
    h: number,
    rows: (header: string[], body: { text: string; line: number }[]) => R | undefined,
  ) => {
    const header = cells.slice(d, h);
    const body = all.slice(h);
    // Its names again below ("Registered address" on every card): labels each over its value, cards not a table.
    const again = (x: string) => run.runs[from]!.stands(x, at + h, at + all.length);
    if (header.length < 3 || !body.length || header.slice(1).some(again)) return undefined;
    const fit = rows(header, body);
    return fit && { fit, table: { kind: 'table' as const, header, rows: fit.rows, line: all[d]!.line } };
  };
  if (spaced) {
    // Lines a blank line apart are as often paragraphs as cells: rows that fit, or no table (never refused). A row's
    // cell may name a column's meaning in part ("Google Cloud Platform"): the header is the reading that fits best.
    const fitted = [];
    for (let d = 0; d <= drop; d++) for (let h = d + 3; h <= cells.length; h++) fitted.push(read(d, h, spacedRows));
    const found = fitted.filter((f) => f !== undefined).sort((x, y) => y.fit.end - x.fit.end || y.fit.score - x.fit.score);
    const [top, next] = found;
    if (!top || (next && next.fit.end === top.fit.end && next.fit.score === top.fit.score)) return undefined;
    return { table: top.table, end: top.fit.end - 2 };
  }
  if (k === undefined) return undefined;
  const end = all[all.length - 1]!.line - 1;
  const even = read(drop, cells.length, (header, body) => {
    // Rows of one line per cell: every row names a vendor of its own, none of them a value of another column
    // (a cell over several lines would shift the rows, and put "API" or "United States" where names are).
    const rows = rowsOf(header.length, body);
    if (rows && rows.rows.length * header.length === body.length) return rows;
    const other = rowsOneShort(header, body, false)?.rows ?? rowsOverLines(header, body);
    if (!other) throw new PageReadError((w) => fill(w.cellPerLine, { count: header.length, header: header.join(', ') }), all[drop]!.line);
    return { rows: other };
  });
  return even && { table: even.table, end };
}

/** A line that may name a row's vendor: a capital or a digit first, no label, no sentence, no place, no column's name. */
const nameLike = (t: string) =>
  /^[\p{Lu}\d]/u.test(t) && t.length <= 100 && !/[.:]$/.test(t) && !isPlaceLine(t) && columnMatch(t)?.exact !== true;

/**
 * The whole rows of `size` lines each from the first line, up to the first row whose first line names no vendor
 * (`nameLike`), or whose name is another row's or another cell's: each row's lines, and the line after the last.
 */
function rowsOf(size: number, body: { text: string; line: number }[]): { rows: TableRow[]; end: number } | undefined {
  const rows: TableRow[] = [];
  const names = new Set<string>();
  const others = new Set<string>();
  for (let r = 0; r + size <= body.length; r += size) {
    const cells = body.slice(r, r + size);
    const name = cells[0]!.text;
    if (!nameLike(name) || names.has(name) || others.has(name) || cells.slice(1).some((c) => names.has(c.text))) break;
    names.add(name);
    for (const c of cells.slice(1)) others.add(c.text);
    rows.push({ cells: cells.map((c) => c.text), line: cells[0]!.line });
  }
  if (!rows.length) return undefined;
  const last = body[rows.length * size - 1]!;
  return { rows, end: last.line + 1 };
}

/**
 * How well a cell fits its column's meaning: a place under a place's column, a scheme under certifications, a
 * mechanism under transfers, a link under a link's column (1); a text that is none of these there (-1); else 0.
 */
function fits(text: string, key: ColumnKey | undefined): number {
  if (!text) return 0;
  switch (key) {
    case 'dataLocation':
      return readLocation(text).countries.length ? 1 : -1;
    case 'entityCountry':
      return readLocation(text).countries.length ? 1 : 0;
    case 'certifications':
      return certificationsIn(text).length ? 1 : -1;
    case 'transfer':
      return mechanismsIn(text).named.length || mechanismsIn(text).noTransfer ? 1 : 0;
    case 'website':
    case 'dpa':
      return /^(?:https?:\/\/|www\.)\S+$/i.test(text) ? 1 : -1;
    default:
      return 0;
  }
}

/**
 * Rows one cell short: a column the copy left out of every row (links that left no text, an empty cell), the other
 * cells in the header's order. The column left out is the one whose reading fits the cells best (`fits`), summed
 * over the rows; two as good, or no column better than reading the rows whole: undefined. With `partial`, the rows
 * may end before the lines do (the table is over; what follows is the page's).
 */
function rowsOneShort(
  header: string[],
  body: { text: string; line: number }[],
  partial: boolean,
): { rows: TableRow[]; end: number } | undefined {
  const n = header.length;
  const keys = header.map((h) => columnMatch(h)?.key);
  const short = rowsOf(n - 1, body);
  if (!short || (!partial && short.rows.length * (n - 1) !== body.length)) return undefined;
  let best: { score: number; rows: TableRow[] } | undefined;
  let tied = false;
  for (let gap = 1; gap < n; gap++) {
    const rows = short.rows.map((r) => ({ ...r, cells: [...r.cells.slice(0, gap), '', ...r.cells.slice(gap)] }));
    const score = fitness(rows, keys);
    if (score === undefined) continue;
    if (!best || score > best.score) [best, tied] = [{ score, rows }, false];
    else if (score === best.score) tied = true;
  }
  if (!best || tied || best.score <= 0) return undefined;
  return { rows: best.rows, end: short.end };
}

/** Columns whose cells say what they are (a place, a scheme, a link): most of theirs must, else the rows are no table's. */
const TYPED: readonly (ColumnKey | undefined)[] = ['dataLocation', 'certifications', 'website', 'dpa'];

/**
 * How well rows fit their columns: the sum of their cells' `fits`; undefined when a column of places, schemes or
 * links holds more cells that are none of these than cells that are.
 */
function fitness(rows: TableRow[], keys: (ColumnKey | undefined)[]): number | undefined {
  let score = 0;
  for (let j = 0; j < keys.length; j++) {
    let column = 0;
    for (const r of rows) column += fits(r.cells[j] ?? '', keys[j]);
    if (TYPED.includes(keys[j]) && column < 0) return undefined;
    score += column;
  }
  return score;
}

/**
 * The rows of a table copied a blank line after every line: whole rows of one line per cell, or one cell short in
 * every row (`rowsOneShort`), whichever reading takes more of the lines, then fits the cells' columns better
 * (`fitness`, above nought: lines a blank line apart are as often a page's paragraphs or its menu); two readings as
 * good: undefined. The table ends with its last whole row.
 */
function spacedRows(
  header: string[],
  body: { text: string; line: number }[],
): { rows: TableRow[]; end: number; score: number } | undefined {
  const keys = header.map((h) => columnMatch(h)?.key);
  const readings = [rowsOf(header.length, body), rowsOneShort(header, body, true)].flatMap((r) => {
    const score = r && r.rows.length >= 2 ? fitness(r.rows, keys) : undefined;
    return r && score !== undefined && score > 0 ? [{ ...r, score }] : [];
  });
  readings.sort((a, b) => b.end - a.end || b.score - a.score);
  const [top, next] = readings;
  if (!top || (next && next.end === top.end && next.score === top.score)) return undefined;
  return top;
}

/** A cell's lines as one text: "; " between them, a space after a label's colon ("All services: Support"). */
const joinLines = (lines: string[]): string =>
  lines.reduce((out, l, i) => (i === 0 ? l : `${out}${out.endsWith(':') ? ' ' : '; '}${l}`), '');

/** A line that is a place and nothing else ("Australia", "United States"). */
const isPlaceLine = (text: string) => {
  const read = readLocation(text);
  return read.countries.length > 0 && read.note === undefined;
};

/**
 * The rows of a table copied one cell per line whose cells run over several lines: each line given the column it
 * reads best in, in the columns' order, a row's name on one line of its own. A name is a line found once in the table
 * that starts with a capital or a digit, is no label (no closing colon) and no place; a line that is only a place
 * belongs in the location column (any other line there costs one); a line found only once in a column between the
 * name and the last is the last column's text or a name (it costs one there), since values the rows share repeat
 * ("API", "ChatGPT Team") and descriptions do not. The one reading of least cost is the table's; when two readings
 * cost the same, the rows cannot be told apart: undefined (refused by the caller, never guessed).
 */
function rowsOverLines(header: string[], body: { text: string; line: number }[]): TableRow[] | undefined {
  const n = header.length;
  const N = body.length;
  if (N > 5000) return undefined;
  const location = header.findIndex((h) => columnMatch(h)?.key === 'dataLocation');
  const seen = new Map<string, number>();
  for (const c of body) seen.set(c.text, (seen.get(c.text) ?? 0) + 1);
  const place = body.map((c) => isPlaceLine(c.text));
  const INF = Number.MAX_SAFE_INTEGER;
  const cost = (k: number, col: number): number => {
    const t = body[k]!.text;
    const once = seen.get(t) === 1;
    if (col === 0) return once && /^[\p{Lu}\d]/u.test(t) && !t.endsWith(':') && !place[k] && t.length <= 100 ? 0 : INF;
    // Not a place: a sentence of its own costs one; a value the rows share ("ChatGPT Team") is another column's.
    if (col === location) return place[k] ? 0 : once ? 1 : 3;
    if (place[k] && location >= 0) return 2;
    return col < n - 1 && once ? 1 : 0;
  };
  // best[k][c]: the least cost of lines 0..k with line k in column c; ways: how many readings reach it (at most 2).
  const best = Array.from({ length: N }, () => new Array<number>(n).fill(INF));
  const ways = Array.from({ length: N }, () => new Array<number>(n).fill(0));
  const from = (c: number): number[] => (c === 0 ? [n - 1] : c === 1 ? [0, 1] : [c - 1, c]);
  best[0]![0] = cost(0, 0);
  ways[0]![0] = best[0]![0] < INF ? 1 : 0;
  for (let k = 1; k < N; k++)
    for (let c = 0; c < n; c++) {
      const own = cost(k, c);
      if (own === INF) continue;
      // A name's cell is one line: from column 0 the next line is column 1's.
      for (const p of from(c)) {
        if (p === 0 && c === 0) continue;
        const prev = best[k - 1]![p]!;
        if (prev === INF) continue;
        const total = prev + own;
        if (total < best[k]![c]!) {
          best[k]![c] = total;
          ways[k]![c] = ways[k - 1]![p]!;
        } else if (total === best[k]![c]!) ways[k]![c] = Math.min(2, ways[k]![c]! + ways[k - 1]![p]!);
      }
    }
  if (N < 2 * n || best[N - 1]![n - 1] === INF || ways[N - 1]![n - 1] !== 1) return undefined;
  // The one reading, back from the last line.
  const columns = new Array<number>(N);
  columns[N - 1] = n - 1;
  for (let k = N - 1; k > 0; k--) {
    const c = columns[k]!;
    columns[k - 1] = from(c).find(
      (p) => !(p === 0 && c === 0) && best[k - 1]![p] !== INF && best[k - 1]![p]! + cost(k, c) === best[k]![c],
    )!;
  }
  const rows: TableRow[] = [];
  let cells: string[][] = [];
  columns.forEach((c, k) => {
    if (c === 0) {
      cells = Array.from({ length: n }, () => []);
      rows.push({ cells: [], line: body[k]!.line });
    }
    cells[c]!.push(body[k]!.text);
    rows[rows.length - 1]!.cells = cells.map(joinLines);
  });
  // Where the table has a location column, most rows name a place in it: else the reading is not this table's.
  if (location >= 0 && rows.filter((r) => isPlaceLine(r.cells[location]!)).length * 2 < rows.length) return undefined;
  return rows;
}

/**
 * A table a browser copied one cell per line, each closed by a bar ("Entity name |" … "Ireland |"), with no mark
 * between rows: the header is the fewest leading cells (three at least, the first naming the sub-processor, the
 * others column names or short words without digits) after which the cells fall into whole rows, each row's first
 * cell a name of its own (not a column's name, not repeated in another cell). None such: not this shape.
 */
function barCellTable(lines: string[], start: number): { table: Extract<PageBlock, { kind: 'table' }>; end: number } | undefined {
  const cells: { text: string; line: number }[] = [];
  for (let k = start; k < lines.length && cells.length < 5000; k++) {
    const m = BAR_CELL.exec(cleanText(lines[k]!));
    if (!m) break;
    cells.push({ text: m[1]!.trim(), line: k + 1 });
  }
  const first = columnMatch(cells[0]?.text ?? '');
  if (cells.length < 6 || (first?.key !== 'name' && first?.key !== 'entity')) return undefined;
  for (let n = 3; n <= 12 && n * 2 <= cells.length; n++) {
    const head = cells.slice(0, n).map((c) => c.text);
    if (head.some((h) => h.length > 60 || /[\d.:;,!?]/.test(h))) return undefined;
    const body = cells.slice(n);
    if (body.length % n !== 0 || columnMatch(body[0]!.text)) continue;
    const names = body.filter((_, j) => j % n === 0).map((c) => c.text);
    const others = new Set(body.filter((_, j) => j % n !== 0).map((c) => c.text));
    if (new Set(names).size !== names.length || names.some((x) => others.has(x))) continue;
    if (head.filter((h) => columnMatch(h)).length < 3) continue;
    const rows = [];
    for (let r = 0; r < body.length; r += n) rows.push({ cells: body.slice(r, r + n).map((c) => c.text), line: body[r]!.line });
    return { table: { kind: 'table', header: head, rows, line: start + 1 }, end: start + cells.length - 1 };
  }
  return undefined;
}

/** A line's cells between bars, its edges open or closed ("A | B | C |", "| A | B |"); undefined for a line without. */
function barCells(line: string): string[] | undefined {
  const t = cleanText(line);
  if (!t.includes(' | ') && !t.endsWith(' |')) return undefined;
  const cells = t.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * A table copied one row per line with its cells set apart by bars, with no "|---|" line under its headers and its rows'
 * edges open or closed ("Sub Processor Name | Address | Purpose |" over "Acme | Australia | Hosting |"): its first line
 * the headers, at least three, the first a name's and another of a known meaning; then every line of bars under it, a
 * row (a cell the row lost is empty). A line with no bar ends it.
 */
function barRowTable(lines: string[], start: number): { table: Extract<PageBlock, { kind: 'table' }>; end: number } | undefined {
  const header = barCells(lines[start]!);
  if (!header || header.length < 3 || header.some((h) => !h || h.length > 60)) return undefined;
  const keys = header.map((h) => columnMatch(h)?.key);
  if ((keys[0] !== 'name' && keys[0] !== 'entity') || keys.filter((k) => k !== undefined).length < 2) return undefined;
  const rows: TableRow[] = [];
  let k = start + 1;
  for (; k < lines.length; k++) {
    const cells = barCells(lines[k]!);
    if (!cells || cells.length < 2 || cells.length > header.length) break;
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    while (cells.length < header.length) cells.push('');
    rows.push({ cells, line: k + 1 });
  }
  if (rows.length < 2) return undefined;
  return { table: { kind: 'table', header, rows, line: start + 1 }, end: k - 1 };
}

export function textBlocks(text: string): PageBlock[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const blocks: PageBlock[] = [];
  // The indent of the list's first level (its last item there); a line that is no item ends the list.
  let listIndent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const indent = /^[ \t]*/.exec(raw)![0].replace(/\t/g, '    ').length;
    if (raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length >= 2) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1]!.includes('\t')) end++;
      // A line without a tab between rows of the table: a cell's text broke onto a new line when copied.
      const next = lines[end + 1];
      if (next !== undefined && next.trim() && lines[end + 2]?.includes('\t'))
        throw new PageReadError((w) => fill(w.tabBroken, { start: i + 1 }), end + 2);
      blocks.push(delimitedTable(lines.slice(i, end + 1).join('\n'), { delimiter: '\t', firstLine: i + 1, copied: true }));
      i = end;
      continue;
    }
    const line = cleanText(raw);
    if (!line) continue;
    // A table copied one row per line, its cells set apart by bars ("Name | Address | Purpose |").
    const barRows = barRowTable(lines, i);
    if (barRows) {
      blocks.push(barRows.table);
      i = barRows.end;
      continue;
    }
    // A table copied one cell per line: its headers one per line, then its rows' cells.
    const perLine = barCellTable(lines, i) ?? cellPerLineTable(lines, i);
    if (perLine) {
      blocks.push(perLine.table);
      i = perLine.end;
      continue;
    }
    // A table whose cells the copy ran together: read by its header's meaning and its cells' grammar.
    const copied =
      gluedTable(lines, i) ??
      gluedHeaderTable(lines, i) ??
      gluedRowsTable(lines, i) ??
      runTogetherTable(lines, i) ??
      twoColumnTable(lines, i);
    if (copied) {
      blocks.push(copied.table);
      i = copied.end;
      continue;
    }
    // "aws.amazon.com- Purpose": a vendor's domain with the first term of its definition list glued to it, as a
    // browser copies a link over a list: the domain, then the term.
    const glued = /^((?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})-\s+(\S.*)$/i.exec(line);
    if (glued && columnMatch(glued[2]!)?.exact) {
      blocks.push({ kind: 'paragraph', text: glued[1]!, line: i + 1 });
      blocks.push({ kind: 'item', text: glued[2]!, depth: 0, ordered: false, line: i + 1 });
      continue;
    }
    // An item indented deeper than the list's first level is nested in the item above it.
    const depth = () => {
      if (listIndent === undefined || indent <= listIndent) {
        listIndent = indent;
        return 0;
      }
      return 1;
    };
    const bullet = /^[•·▪‣◦*–-]\s+(.*)$/.exec(line);
    if (bullet) {
      blocks.push({ kind: 'item', text: bullet[1]!, depth: depth(), ordered: false, line: i + 1 });
      continue;
    }
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    // "1.2 Registered address: …", "2. 2.1 Company: …": a number of the item's section and of the field in it, then
    // a label: the field's line in the section the first number names, the numbers no part of its words.
    const field = /^(?:\d+[.)]\s+)?\d+\.\d+\.?\s+(\p{L}[^:]{0,60}:\s.*)$/u.exec(line);
    if (field) blocks.push({ kind: 'item', text: field[1]!, depth: 1, ordered: true, line: i + 1 });
    else if (item) blocks.push({ kind: 'item', text: item[1]!, depth: depth(), ordered: true, line: i + 1 });
    else {
      listIndent = undefined;
      // "… we use the following sub-processors: • Acme, for hosting. … • Bolt, for email.": a list the copy flattened
      // into its introducing sentence's line, each item after a bullet. The words up to the colon, then one item per
      // bullet; only a colon right before the first bullet, and at least two bullets.
      const parts = line.split(/\s[•▪‣◦]\s/);
      if (parts.length >= 3 && /:$/.test(parts[0]!.trim()) && parts.slice(1).every((p) => p.trim())) {
        blocks.push({ kind: 'paragraph', text: parts[0]!.trim(), line: i + 1 });
        for (const p of parts.slice(1)) blocks.push({ kind: 'item', text: p.trim(), depth: 0, ordered: false, line: i + 1 });
        continue;
      }
      blocks.push({ kind: 'paragraph', text: line, line: i + 1 });
    }
  }
  return termsWithDefinitions(blocks);
}

/** A label whole ("Purpose", "Data categories"), the term of a definition list, not a value. */
const isTerm = (b: PageBlock | undefined) =>
  b?.kind === 'item' && !b.ordered && b.text.length <= 40 && !/[.:;,]/.test(b.text) && columnMatch(b.text)?.exact === true;

/**
 * A definition list copied as bullets, each term and each definition its own ("- Purpose" over "- Cloud hosting.",
 * "- Jurisdiction" over "- United States"): a term whole over a bullet that is no term is one labelled bullet,
 * "Purpose: Cloud hosting.".
 */
function termsWithDefinitions(blocks: PageBlock[]): PageBlock[] {
  const out: PageBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === 'item' && isTerm(b) && next?.kind === 'item' && !next.ordered && !isTerm(next)) {
      out.push({ ...next, text: `${b.text}: ${next.text}`, line: b.line });
      i++;
    } else out.push(b);
  }
  return out;
}
