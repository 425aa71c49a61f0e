/**
 * What every reader of a published page produces, whatever the page's format: headings, paragraphs,
 * list items (with their nesting depth), and tables (header row plus body rows), each with the 1-based
 * line of the source it comes from, so that a message can name it. `readPage` interprets these blocks
 * the same way for Markdown, HTML, copied text, CSV and TSV.
 */

import { fill, phrases, plural } from '../../format';
import { typeset, type Lang } from '../../knowledge';
export type PageBlock =
  | { kind: 'heading'; level: number; text: string; line?: number }
  /** `strong`: the words the paragraph sets in bold (`**Stripe**`, `<strong>`), where prose names its vendors. */
  /** `links`: the paragraph's links, with their words ("See the [Matomo website](https://matomo.org/)"). */
  | { kind: 'paragraph'; text: string; line?: number; strong?: string[]; links?: Lead[] }
  /** `term`: the item is a definition list's description, its `lead` the term it describes (`<dt>Stripe</dt><dd>…</dd>`). */
  /** An item's `links`: the links of its own text (not of a list nested in it), with their words. */
  /** An item's `lines`: a description's lines, where `<br>` sets them apart ("Acme SAS<br>1 rue …<br>Région eu-west-3"). */
  | {
      kind: 'item';
      text: string;
      depth: number;
      ordered: boolean;
      line?: number;
      lead?: Lead;
      term?: boolean;
      links?: Lead[];
      lines?: string[];
    }
  | { kind: 'table'; header: string[]; rows: TableRow[]; line?: number };

/** A link or strong text an item starts with ("[Stripe](https://stripe.com), for payments"): the name it gives. */
export interface Lead {
  text: string;
  href?: string;
}

export interface TableRow {
  cells: string[];
  /** The first link of each cell, where it has one. */
  links?: (string | undefined)[];
  /** Every link of each cell with its words ("[DPA](…) · [Subprocessors](…)"), where the reader keeps them. */
  cellLinks?: (Lead[] | undefined)[];
  line?: number;
}

/** Input that cannot be read as a list of sub-processors, at a place the message names. */
export class PageReadError extends Error {
  /** `say`: the message, written from a language's `pageRefusals` phrases (its `message` is the English one). */
  constructor(
    readonly say: (w: PageRefusals, lang: Lang) => string,
    readonly line?: number,
  ) {
    super(PageReadError.write(say, line, 'en'));
  }

  /** The message in `lang`, with its line. */
  messageIn(lang: Lang): string {
    return PageReadError.write(this.say, this.line, lang);
  }

  private static write(say: (w: PageRefusals, lang: Lang) => string, line: number | undefined, lang: Lang): string {
    const w = phrases(lang).pageRefusals;
    const message = say(w, lang);
    return typeset(line !== undefined ? fill(w.atLine, { line, message }) : message, lang);
  }
}

/** The phrases a refusal is written from (`format/catalogs`: `pageRefusals`). */
export type PageRefusals = ReturnType<typeof phrases>['pageRefusals'];

/** "3 values for 4 columns (…)": a row a line break has split, its count of values by the language's plural rules. */
export function splitRowMessage(w: PageRefusals, lang: Lang, values: number, columns: number): string {
  return fill(plural(w.splitRow, values, lang), { values, columns });
}

/** White space as pages have it (non-breaking spaces, runs, line breaks inside a cell) to single spaces. */
/** The 1-based line of each offset of a text: its lines' first offsets found once, each offset's line by halving. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
