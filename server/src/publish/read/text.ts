/**
 * Text copied from a browser to blocks. It has no markup: a line is a bullet when it starts with a bullet
 * character, an ordered item when it starts with a number and a dot, and a run of lines holding tabs is a
 * table as the browser copies one (cells separated by tabs), read by the TSV reader.
 */
import { cleanText, PageReadError, type PageBlock, type TableRow } from './blocks';
import { readLocation } from '../wording';
import { fill } from '../../format';
import { delimitedTable } from './delimited';
import { gluedTable, runTogetherTable, twoColumnTable } from './copiedTable';
import { columnMatch } from './columns';

/** A cell a browser copied on a line of its own, closed by a bar: "Entity name |", "Ireland |". */
const BAR_CELL = /^(.*\S)\s*\|$/;

/**
 * A table a browser copied one cell per line: at `start`, three or more short lines that each name a column
 * (`columns.ts`), the first the sub-processor's ("Entity Name", "Location of Processing", "Purpose"), then the
 * cells up to a blank line. Rows of exactly one line per cell are read; cells that run over several lines are read
 * when one reading of the lines is better than any other (`rowsOverLines`), else the table is refused with its line,
 * never read by guess.
 */
function cellPerLineTable(lines: string[], start: number): { table: Extract<PageBlock, { kind: 'table' }>; end: number } | undefined {
  const header: string[] = [];
  let k = start;
  for (; k < lines.length && header.length < 12; k++) {
    const t = cleanText(lines[k]!);
    // A column's name, not a labelled line ("Name: Chatwoot", "Website: https://…" give a value after their label).
    const match = t && t.length <= 60 && !/[.:;!?]$/.test(t) && !/:\s/.test(t) ? columnMatch(t) : undefined;
    // A cell closed by a bar ("Entity name |") is read by \`barCellTable\`.
    if (!match || BAR_CELL.test(t) || (header.length === 0 && match.key !== 'name' && match.key !== 'entity')) break;
    header.push(t);
  }
  // "Third Party Sub-processors" over "Entity Name": a title line, then the header that names the column.
  let first = start;
  while (header.length > 1 && ['name', 'entity'].includes(columnMatch(header[1]!)!.key)) {
    header.shift();
    first++;
  }
  if (header.length < 3) return undefined;
  const body: { text: string; line: number }[] = [];
  let end = k - 1;
  for (; k < lines.length && cleanText(lines[k]!); k++) {
    body.push({ text: cleanText(lines[k]!), line: k + 1 });
    end = k;
  }
  if (!body.length) return undefined;
  // Its names again below ("Registered address" on every card): labels each over its value, cards not a table.
  const again = new Set(body.map((c) => c.text));
  if (header.slice(1).some((h) => again.has(h))) return undefined;
  // Rows of one line per cell: every row names a vendor of its own, none of them a value of another column
  // (a cell over several lines would shift the rows, and put "API" or "United States" where names are).
  const n = header.length;
  const names = body.filter((_, j) => j % n === 0).map((c) => c.text);
  const others = new Set(body.filter((_, j) => j % n !== 0).map((c) => c.text));
  const evenRows = body.length % n === 0 && new Set(names).size === names.length && !names.some((x) => others.has(x));
  if (!evenRows) {
    const rows = rowsOverLines(header, body);
    if (!rows) throw new PageReadError((w) => fill(w.cellPerLine, { count: header.length, header: header.join(', ') }), first + 1);
    return { table: { kind: 'table', header, rows, line: first + 1 }, end };
  }
  const rows = [];
  for (let r = 0; r < body.length; r += header.length) {
    const cells = body.slice(r, r + header.length);
    rows.push({ cells: cells.map((c) => c.text), line: cells[0]!.line });
  }
  return { table: { kind: 'table', header, rows, line: first + 1 }, end };
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

export function textBlocks(text: string): PageBlock[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const blocks: PageBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
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
    // A table copied one cell per line: its headers one per line, then its rows' cells.
    const perLine = barCellTable(lines, i) ?? cellPerLineTable(lines, i);
    if (perLine) {
      blocks.push(perLine.table);
      i = perLine.end;
      continue;
    }
    // A table whose cells the copy ran together: read by its header's meaning and its cells' grammar.
    const copied = gluedTable(lines, i) ?? runTogetherTable(lines, i) ?? twoColumnTable(lines, i);
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
    const bullet = /^[•·▪‣◦*–-]\s+(.*)$/.exec(line);
    if (bullet) {
      blocks.push({ kind: 'item', text: bullet[1]!, depth: 0, ordered: false, line: i + 1 });
      continue;
    }
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    if (item) blocks.push({ kind: 'item', text: item[1]!, depth: 0, ordered: true, line: i + 1 });
    else blocks.push({ kind: 'paragraph', text: line, line: i + 1 });
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
