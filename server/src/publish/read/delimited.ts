/**
 * CSV and TSV (a spreadsheet's export, or the rows a browser copies from a table) to one table block,
 * with csv-parse. The delimiter is the one the header row uses: a tab, a semicolon (spreadsheets in
 * French) or a comma. A row with more or fewer values than the header has columns is an error naming its
 * line: a value holding the delimiter was not quoted, or a cell's line break split its row.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { PageReadError, splitRowMessage, type PageBlock } from './blocks';
import { fill } from '../../format';

export function delimiterOf(headerLine: string): string {
  const count = (d: string) => headerLine.split(d).length - 1;
  const candidates = ['\t', ';', ','].map((d) => ({ d, n: count(d) }));
  const best = candidates.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/** `copied`: text copied from a browser, where quotes are the page's own characters, not CSV quoting. */
export function delimitedTable(text: string, options: { delimiter?: string; firstLine?: number; copied?: boolean } = {}): PageBlock {
  const source = text.replace(/^\ufeff/, '');
  const headerLine = source.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const delimiter = options.delimiter ?? delimiterOf(headerLine);
  const offset0 = (options.firstLine ?? 1) - 1;
  let parsed: unknown;
  try {
    parsed = parseCsv(source, {
      delimiter,
      quote: options.copied ? false : '"',
      skip_empty_lines: true,
      // A row of empty cells (",,,," as spreadsheets save a blank row) is no sub-processor.
      skip_records_with_empty_values: true,
      relax_column_count: true,
      relax_quotes: options.copied === true,
      trim: true,
      info: true,
    });
  } catch (err) {
    // csv-parse's own errors (an unclosed quote, a quote inside a field...) name the line: so does ours.
    const e = err as { code?: unknown; lines?: unknown; message?: string };
    if (typeof e.code !== 'string') throw err;
    const what = (e.message ?? e.code).replace(/\s+at line \d+/, '').replace(/^./, (c) => c.toLowerCase());
    const kind = delimiter === '\t' ? 'TSV' : 'CSV';
    throw new PageReadError(
      (w) => fill(w.notDelimited, { kind, detail: what }),
      typeof e.lines === 'number' ? e.lines + offset0 : undefined,
    );
  }
  const records = parsed as { record: string[]; info: { lines: number } }[];
  const offset = offset0;
  const [head, ...body] = records;
  const header = head?.record ?? [];
  for (const { record, info } of body) {
    const filled = record.length - [...record].reverse().findIndex((v) => v.trim());
    if (record.length > header.length && record.slice(header.length).some((v) => v.trim()))
      throw new PageReadError(
        (w) =>
          fill(w.tooManyValues, {
            values: record.length,
            columns: header.length,
            delimiter: delimiter === '\t' ? w.tab : fill(w.delimiter, { delimiter }),
          }),
        info.lines + offset,
      );
    // A browser copies every cell of a row, empty ones too: fewer values mean the row broke; a spreadsheet's CSV
    // may leave trailing empty values out, so there only a row of one value is taken as broken.
    if (filled < header.length && (options.copied ? record.length < header.length : filled <= 1 && header.length > 2))
      throw new PageReadError((w, lang) => splitRowMessage(w, lang, record.length, header.length), info.lines + offset);
  }
  return {
    kind: 'table',
    header,
    rows: body.map(({ record, info }) => ({ cells: record, line: info.lines + offset })),
    line: (head?.info.lines ?? 1) + offset,
  };
}
