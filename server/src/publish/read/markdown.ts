/**
 * A Markdown page to blocks, with markdown-it (CommonMark plus GFM tables): headings, paragraphs, list
 * items, tables, and HTML blocks read by the HTML reader. A YAML front matter is read with `yaml` for its
 * date; a TOML one (`+++`) is set aside. A line inside a table that is not a row (a cell's text broken onto
 * a new line) is an error that names it, never a sub-processor of its own.
 */
import MarkdownIt from 'markdown-it';
import { Parser } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';
import { cleanText, PageReadError, type Lead, type PageBlock, type TableRow } from './blocks';
import { fill } from '../../format';
import { htmlBlocks, joinSegments } from './html';
import { columnMatch, tableColumnKeys } from './columns';
import { templateRowBlocks } from './templateRows';
import { gluedHeaderTable } from './copiedTable';

const md = new MarkdownIt({ html: true, linkify: false });
type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * A link's target as its page wrote it: the Markdown parser stores "mailto:dpo@société.example" as
 * "mailto:dpo@xn--socit-esab.example" and an HTML page may percent-encode it; the reader keeps the page's own words.
 */
export function linkAsWritten(href: string): string {
  return md.normalizeLinkText(href);
}

/** Tags that separate values inside a cell or an item when a page writes HTML in its Markdown (`<br>`, `<li>`). */
const SEPARATING_TAGS = new Set(['br', 'li', 'p', 'div']);

function separatingTag(html: string): boolean {
  let found = false;
  const parser = new Parser({
    onopentag(name) {
      if (SEPARATING_TAGS.has(name)) found = true;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

function inlineText(token: Token | undefined): string {
  if (!token?.children) return cleanText(token?.content ?? '');
  const parts: { text: string; afterBreak: boolean }[] = [];
  let current = '';
  let afterBreak = false;
  for (const c of token.children) {
    if (c.type === 'text' || c.type === 'code_inline') current += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') current += ' ';
    else if (c.type === 'image') current += c.content;
    else if (c.type === 'html_inline' && separatingTag(c.content)) {
      if (cleanText(current)) parts.push({ text: cleanText(current), afterBreak });
      current = '';
      afterBreak = /^<br\b/i.test(c.content.trim());
    }
  }
  if (cleanText(current)) parts.push({ text: cleanText(current), afterBreak });
  return joinSegments(parts);
}

/** A line that starts with a label: "Siège Social :", "**Fournisseur** : …" (a few words before a colon). */
const LABELLED_LINE = /^[^:;]{1,60}:(?:\s|$)/;

/**
 * A paragraph whose lines, broken with hard breaks (two spaces or a backslash at a line's end), are labelled lines ("**Siège Social** :" over "Render
 * Services, Inc." over "525 Brannan Street, … USA" over "**Conditions** : …"): the inline content of each labelled line
 * with the unlabelled lines under it, kept apart as the lines of an address are (", "). Undefined
 * unless the first line and at least one other are labelled.
 */
function labelledLines(token: Token | undefined): Token[][] | undefined {
  const lines: { tokens: Token[] }[] = [{ tokens: [] }];
  for (const c of token?.children ?? []) {
    // A soft break is where the source wrapped: one paragraph still (a run of "**Label :** value" lines without
    // breaks is read as one, as before).
    if (c.type === 'hardbreak') lines.push({ tokens: [] });
    else lines[lines.length - 1]!.tokens.push(c);
  }
  if (lines.length < 2) return undefined;
  const texts = lines.map((l) => inlineText({ children: l.tokens } as unknown as Token));
  const labelled = texts.map((t) => LABELLED_LINE.test(t));
  if (!labelled[0] || labelled.filter(Boolean).length < 2) return undefined;
  const groups: { tokens: Token[]; text: string }[] = [];
  lines.forEach((l, k) => {
    const last = groups[groups.length - 1];
    if (labelled[k] || !last) groups.push({ tokens: [...l.tokens], text: texts[k]! });
    else if (texts[k]) {
      const joint = last.text.endsWith(':') ? ' ' : ', ';
      last.tokens.push({ type: 'text', content: joint } as unknown as Token, ...l.tokens);
      last.text += joint + texts[k];
    }
  });
  return groups.map((g) => g.tokens);
}

/** The link or strong text the inline content starts with. */
function leadOf(token: Token | undefined): Lead | undefined {
  const children = token?.children ?? [];
  const first = children.findIndex((c) => !(c.type === 'text' && !c.content.trim()));
  const open = children[first];
  if (!open || (open.type !== 'link_open' && open.type !== 'strong_open')) return undefined;
  const close = open.type === 'link_open' ? 'link_close' : 'strong_close';
  let text = '';
  for (const c of children.slice(first + 1)) {
    if (c.type === close) break;
    if (c.type === 'text' || c.type === 'code_inline') text += c.content;
  }
  const href = open.type === 'link_open' ? (open.attrGet('href') ?? undefined) : undefined;
  return cleanText(text) ? { text: cleanText(text), ...(href ? { href } : {}) } : undefined;
}

/** The words inline content sets in bold, in order. */
function strongOf(token: Token | undefined): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const c of token?.children ?? []) {
    if (c.type === 'strong_open') current = '';
    else if (c.type === 'strong_close') {
      if (current !== undefined && cleanText(current)) out.push(cleanText(current));
      current = undefined;
    } else if (current !== undefined && (c.type === 'text' || c.type === 'code_inline')) current += c.content;
  }
  return out;
}

/** The links of inline content, with their words. */
function linksOf(token: Token | undefined): Lead[] {
  const out: Lead[] = [];
  let current: { text: string; href?: string } | undefined;
  for (const c of token?.children ?? []) {
    if (c.type === 'link_open') current = { text: '', href: c.attrGet('href') ?? undefined };
    else if (c.type === 'link_close') {
      if (current && cleanText(current.text)) out.push({ text: cleanText(current.text), ...(current.href ? { href: current.href } : {}) });
      current = undefined;
    } else if (current && (c.type === 'text' || c.type === 'code_inline')) current.text += c.content;
  }
  return out;
}

/** The first link of inline content, if any. */
function firstLink(token: Token | undefined): string | undefined {
  for (const c of token?.children ?? []) {
    if (c.type === 'link_open') return c.attrGet('href') ?? undefined;
    // An HTML link inside the cell (\`<a href="https://…">\`): one tag's text, its href attribute.
    if (c.type === 'html_inline' && /^<a\s/i.test(c.content)) {
      const href = /\shref\s*=\s*(?:"([^"]{1,2000})"|'([^']{1,2000})')/i.exec(c.content);
      if (href) return href[1] ?? href[2];
    }
  }
  return undefined;
}

export interface FrontMatter {
  /** The front matter's fields, when it is YAML. */
  fields: Record<string, unknown>;
  /** Lines the front matter takes, to skip. */
  lines: number;
}

/** A front matter at the very start (`---` YAML or `+++` TOML) and the number of lines it takes. */
export function frontMatter(lines: string[]): FrontMatter | undefined {
  const fence = lines[0]?.trim();
  if (fence !== '---' && fence !== '+++') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === fence);
  if (end < 0) return undefined;
  let fields: Record<string, unknown> = {};
  if (fence === '---') {
    try {
      const value: unknown = parseYaml(lines.slice(1, end).join('\n'));
      if (value && typeof value === 'object' && !Array.isArray(value)) fields = value as Record<string, unknown>;
    } catch {
      fields = {};
    }
  } else fields = tomlStrings(lines.slice(1, end));
  return { fields, lines: end + 1 };
}

/**
 * A TOML front matter's `key = "text"` lines (`last_updated = "2026-07-30"`, under `[extra]` too: a table's keys are
 * read as the page's, the first of a name kept). Only quoted text and bare dates: no TOML parser, nothing else.
 */
function tomlStrings(lines: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const line of lines) {
    const m = /^\s*([A-Za-z_][\w-]{0,60})\s*=\s*(?:"([^"\\]{0,200})"|'([^']{0,200})'|(\d{4}-\d{2}-\d{2}))\s*(?:#.*)?$/.exec(line);
    if (m && !(m[1]! in fields)) fields[m[1]!] = m[2] ?? m[3] ?? m[4];
  }
  return fields;
}

/** The cells a table line writes: its "|" separators, outer ones not counted ("a | b |" and "| a | b |" are two). */
function sourceCells(line: string): number {
  const t = line.trim();
  const outer = (t.startsWith('|') ? 1 : 0) + (t.endsWith('|') ? 1 : 0);
  return pipesIn(t) - outer + 1;
}

/** The "|" a line writes, escaped ones not counted. */
function pipesIn(t: string): number {
  let pipes = 0;
  for (let k = 0; k < t.length; k++) if (t[k] === '|' && t[k - 1] !== '\\') pipes++;
  return pipes;
}

/**
 * Rows broken over several lines, each line ending at a cell's "|": consecutive short lines whose cells add up
 * to exactly the header's count are one row, their cells in order. Anything else is left as it is.
 */
function joinBrokenRows(rows: TableRow[], written: Map<TableRow, number>, columns: number): TableRow[] {
  const out: TableRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const first = rows[k]!;
    const n = written.get(first);
    if (n === undefined || n >= columns) {
      out.push(first);
      continue;
    }
    let total = n;
    let last = k;
    while (total < columns && last + 1 < rows.length) {
      const m = written.get(rows[last + 1]!);
      if (m === undefined || m >= columns || total + m > columns) break;
      total += m;
      last++;
    }
    if (total !== columns || last === k) {
      out.push(first);
      continue;
    }
    const parts = rows.slice(k, last + 1);
    const cells = parts.flatMap((r) => r.cells.slice(0, written.get(r)));
    const links = parts.flatMap((r) => (r.links ?? []).concat(new Array<undefined>(columns)).slice(0, written.get(r)));
    const cellLinks = parts.flatMap((r) => (r.cellLinks ?? []).concat(new Array<undefined>(columns)).slice(0, written.get(r)));
    out.push({ cells, links, ...(cellLinks.some(Boolean) ? { cellLinks } : {}), line: first.line });
    k = last;
  }
  return out;
}

/** How many cells a line is the delimiter row of ("|---|:--:|", "---|---|"), or undefined when it is none. */
function delimiterCells(line: string): number | undefined {
  const t = line.trim();
  if (!t.includes('-')) return undefined;
  const cells = t.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.every((c) => /^:?-+:?$/.test(c.trim())) ? cells.length : undefined;
}

/** Whether lines `k` and `k + 1` start a table: a line of cells, then a delimiter row of as many. */
function tableStartsAt(lines: string[], k: number): boolean {
  const head = lines[k]?.trim() ?? '';
  if (!head.includes('|') || head.startsWith('>')) return false;
  const n = lines[k + 1] !== undefined ? delimiterCells(lines[k + 1]!) : undefined;
  return n !== undefined && n === sourceCells(head);
}

/**
 * A row whose cell's text broke onto new lines ("| Chatbase | AI chat |", "Website widget.", "|", "Chat logs | USA |"):
 * the lines from `k`, joined with a space, up to the first that closes a cell with the row's last "|". Joined only
 * when that gives exactly the header's `columns` cells, each line carrying on a cell the line above left open or
 * bringing no "|" of its own at its start; else undefined (the row is left as it is, and reported if broken).
 */
function brokenRowAt(lines: string[], k: number, columns: number): { text: string; last: number } | undefined {
  const first = lines[k]!.trim();
  // The cells of the lines joined so far: their "|" (each opens one), less the last line's closing one.
  const cells = (pipes: number, end: string) => pipes - (end.endsWith('|') ? 1 : 0);
  let pipes = pipesIn(first);
  let end = first;
  let j = k;
  while (!(end.endsWith('|') && cells(pipes, end) >= columns)) {
    const next = lines[j + 1]?.trim();
    if (!next || (end.endsWith('|') && next.startsWith('|') && next !== '|') || j - k >= 20) return undefined;
    pipes += pipesIn(next);
    end = next;
    j++;
  }
  if (j === k || cells(pipes, end) !== columns) return undefined;
  return {
    text: lines
      .slice(k, j + 1)
      .map((l) => l.trim())
      .join(' '),
    last: j,
  };
}

/**
 * A page's lines as markdown-it is to read them, with the line of the page each comes from. A table stands on its
 * own, wherever a page without blank lines sets it: a blank line goes before its header (else a list item above
 * would take the whole table as its text) and before a title line between two tables ("Payments" over the second:
 * GFM would run the first table on through it). A row broken over lines inside an outer-piped table is joined
 * into one line when it adds up to the header's cells (`brokenRowAt`).
 */
function tableLines(page: string[]): { lines: string[]; from: number[] } {
  const lines = withHeaderWidthDelimiters(page);
  const out: string[] = [];
  const from: number[] = [];
  const push = (text: string, k: number) => {
    out.push(text);
    from.push(k);
  };
  let fence: string | undefined;
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!.trim();
    const marker = /^(`{3,}|~{3,})/.exec(t)?.[1]?.slice(0, 3);
    if (marker && (!fence || fence === marker)) fence = fence ? undefined : marker;
    if (!fence && !tableStartsAt(lines, k) && headerWithoutDelimiter(lines, k)) {
      // A header row and rows, no delimiter row between them: the table the rows' header names, set apart.
      if (out.length && out[out.length - 1]!.trim()) push('', k);
      push(lines[k]!, k);
      push(`|${' --- |'.repeat(sourceCells(t))}`, k);
      let j = k + 1;
      for (; j < lines.length && PIPE_ROW.test(lines[j]!.trim()); j++) {
        // "| Stripe | Payments |" over "USA, EU |": a row whose last cell the copy broke onto the next line, joined.
        const broken = brokenRowAt(lines, j, sourceCells(t));
        push(broken?.text ?? lines[j]!, j);
        if (broken) j = broken.last;
      }
      push('', j - 1);
      k = j - 1;
      continue;
    }
    if (fence || !tableStartsAt(lines, k)) {
      push(lines[k]!, k);
      continue;
    }
    if (out.length && out[out.length - 1]!.trim()) push('', k);
    push(lines[k]!, k);
    push(lines[k + 1]!, k + 1);
    const columns = sourceCells(t);
    const piped = t.startsWith('|') && t.endsWith('|');
    let j = k + 2;
    while (j < lines.length && lines[j]!.trim()) {
      const row = lines[j]!.trim();
      const broken = piped && row.startsWith('|') ? brokenRowAt(lines, j, columns) : undefined;
      if (broken) {
        push(broken.text, j);
        j = broken.last + 1;
        continue;
      }
      if (!row.includes('|')) {
        // Lines with no "|" up to the next line that has one: a title over the next table ends this one.
        let next = j;
        while (next < lines.length && lines[next]!.trim() && !lines[next]!.includes('|')) next++;
        if (next < lines.length && lines[next]!.trim() && tableStartsAt(lines, next)) {
          push('', j);
          break;
        }
        for (; j < next; j++) push(lines[j]!, j);
        continue;
      }
      push(lines[j]!, j);
      j++;
    }
    k = j - 1;
  }
  return { lines: out, from };
}

/**
 * A page's lines, each delimiter row that writes more or fewer cells than the header above it ("|-|-|-|-" under three
 * headers, "|---|---|" under three) written again with the header's cells, when every row under it, up to the next
 * blank line or line of text, writes as many cells as the header: the rows agree with the header, the delimiter row
 * miscounted. When a
 * row writes another count (the delimiter's, or any), the lines are left as they are (and the page refused as before).
 */
function withHeaderWidthDelimiters(lines: string[]): string[] {
  let out: string[] | undefined;
  let fence: string | undefined;
  for (let k = 0; k + 2 < lines.length; k++) {
    const t = lines[k]!.trim();
    const marker = /^(`{3,}|~{3,})/.exec(t)?.[1]?.slice(0, 3);
    if (marker && (!fence || fence === marker)) fence = fence ? undefined : marker;
    if (fence || !t.includes('|') || t.startsWith('>')) continue;
    const written = delimiterCells(lines[k + 1]!);
    const columns = sourceCells(t);
    if (written === undefined || written === columns || columns < 2) continue;
    let j = k + 2;
    while (j < lines.length && lines[j]!.trim() && lines[j]!.includes('|') && sourceCells(lines[j]!) === columns) j++;
    // Every row to the blank line, a line of text or the page's end agrees with the header, and there is one at least.
    if (j === k + 2 || (j < lines.length && lines[j]!.includes('|'))) continue;
    out ??= [...lines];
    const piped = t.startsWith('|');
    out[k + 1] = `${piped ? '|' : ''}${new Array<string>(columns).fill(' --- ').join('|')}${piped || t.endsWith('|') ? '|' : ''}`;
    k = j - 1;
  }
  return out ?? lines;
}

/** A line written as a table's row: "| … |". */
const PIPE_ROW = /^\|.*\|$/;

/**
 * A table's header row with no delimiter row under it ("| Provider name | Purpose | Region |" over "| Hetzner | … |"):
 * three cells or more (two when every row of the run writes two as well), each naming a column by its meaning
 * (`columns.ts`), the first the parties'; a row follows.
 */
function headerWithoutDelimiter(lines: string[], k: number): boolean {
  const head = lines[k]!.trim();
  if (!PIPE_ROW.test(head) || !PIPE_ROW.test(lines[k + 1]?.trim() ?? '') || delimiterCells(lines[k + 1]!) !== undefined) return false;
  const cells = head.slice(1, -1).split('|');
  if (cells.length < 2 || cells.length > 16) return false;
  const keys = cells.map((c) => columnMatch(c.trim())?.key);
  if (!(keys[0] === 'name' || keys[0] === 'entity') || keys.some((key) => key === undefined)) return false;
  // Two columns ("| Vendor | Country |"): a table when every row of the run writes two cells as well.
  if (cells.length > 2) return true;
  let j = k + 1;
  while (j < lines.length && PIPE_ROW.test(lines[j]!.trim()) && sourceCells(lines[j]!) === 2) j++;
  return !(j < lines.length && PIPE_ROW.test(lines[j]!.trim()));
}

/** Whether a line of cells names a column of parties ("Vendor", "Third Party Entity", "Service" first of two purposes). */
function namesParties(line: string): boolean {
  const keys = tableColumnKeys(line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|'));
  return keys.includes('name') || keys.includes('entity');
}

/** A paragraph without the ":::note" that opens an admonition and the ":::" that closes it (linear: no backtracking). */
function withoutAdmonitionMarks(text: string): string {
  let t = text.startsWith(':::') ? text.replace(/^:{3,} ?[A-Za-z-]*\s*/, '') : text;
  let end = t.length;
  while (end > 0 && t[end - 1] === ':') end--;
  if (t.length - end >= 3) t = t.slice(0, end).trimEnd();
  return t;
}

/** A fence's language that says its text is prose: none, Markdown or plain text. */
const PROSE_INFO = /^(?:|md|markdown|text|txt|plain|plaintext)$/i;
/** A line of code: braces or semicolons ending it, a keyword opening it, an arrow, an interpolation, a tag. */
const CODE_LINE =
  /[{};]\s*$|=>|\$\{|^\s*(?:import|export|const|let|var|function|def|class|return|if|for|while|SELECT|INSERT|#include|<\?php|<\/?[a-z][\w-]*[\s>])\b/iu;
/** A line of settings: `key: value` with a key of one word (one run of spaces at a time: linear in the line). */
const SETTING_LINE = /^\s*(?:-\s*)?[\w.-]+:(?:\s|$)/u;

const LETTER = /^\p{L}$/u;
/** What a word holds after its first letter: letters, digits, stops, apostrophes, hyphens. */
const IN_WORD = /^[\p{L}\d.’'-]$/u;
/** What stands between two words: spaces, commas, brackets, apostrophes, hyphens. */
const BETWEEN_WORDS = /^[\s,’'()-]$/u;

/**
 * Whether a text holds a sentence: a run of at least six words ending in a full stop, a colon or a question mark
 * (the space French typography sets before the last two is no break).
 * A word is a letter, then letters, digits, stops, apostrophes or hyphens; spaces, commas, brackets, apostrophes or
 * hyphens stand between words. An apostrophe or a hyphen may end a word or join it to the next, so every reading
 * is kept at once, in one pass over the text (the regular expression that said this took time exponential in the
 * hyphens of "a-b-c-…", and quadratic in the words of a text with no stop).
 */
function hasSentence(text: string): boolean {
  let inFirst = false;
  // French sets a space before a colon or a question mark ("vous disposez des droits suivants :"): the same end.
  text = text.replace(/[ \u00a0\u202f]([:?])/g, '$1');
  // Bit k of `between`: between words, k words read after the first (5: five or more). Bit k of `inWord`: in the
  // k-th word after the first.
  let between = 0;
  let inWord = 0;
  for (const c of text) {
    if (inWord & 32 && (c === '.' || c === ':' || c === '?')) return true;
    const letter = LETTER.test(c);
    let next = letter ? between << 1 : 0;
    if (next & 64) next = (next & 63) | 32;
    const nextBetween = BETWEEN_WORDS.test(c) ? between | inWord | (inFirst ? 1 : 0) : 0;
    inWord = (IN_WORD.test(c) ? inWord : 0) | next;
    between = nextBetween;
    // Any letter may start the first word.
    inFirst = letter;
  }
  return false;
}

/** Whether a code block's text is prose the page shows (a policy, a list of vendors), not code. */
function isProseBlock(info: string, content: string): boolean {
  if (!PROSE_INFO.test(info.trim())) return false;
  const lines = content.split('\n').filter((l) => l.trim());
  return lines.length > 0 && hasSentence(content) && lines.every((l) => !CODE_LINE.test(l)) && !lines.every((l) => SETTING_LINE.test(l));
}

/** An HTML block that goes on with an element an earlier one opened: a closing tag, a list item, a row or a cell first. */
const CONTINUES = /^\s*<(?:\/|li[\s>]|tr[\s>]|td[\s>]|th[\s>]|dd[\s>]|dt[\s>])/i;

/** A block read from a code block's text, its lines counted from the page's. */
function shiftLines(b: PageBlock, by: number): PageBlock {
  const line = b.line === undefined ? undefined : b.line + by;
  if (b.kind === 'table')
    return { ...b, line, rows: b.rows.map((r) => ({ ...r, ...(r.line === undefined ? {} : { line: r.line + by }) })) };
  return { ...b, line };
}

export function markdownBlocks(text: string): { blocks: PageBlock[]; front?: FrontMatter } {
  // Lines as markdown-it counts them: CRLF, CR and LF each end one.
  const page = text.split(/\r\n?|\n/);
  const front = frontMatter(page);
  // `lines` as markdown-it reads them (tables set apart, broken rows joined); `from[k]`: the page's line of line k.
  const { lines, from } = tableLines(front ? page.map((l, i) => (i < front.lines ? '' : l)) : page);
  const tokens = md.parse(lines.join('\n'), {});
  const blocks: PageBlock[] = [];
  const lineAt = (k: number) => from[k]! + 1;
  const lineOf = (t: Token | undefined) => (t?.map ? lineAt(t.map[0]) : undefined);
  let depth = -1;
  const ordered: boolean[] = [];
  let itemOpen: Token | undefined;
  let itemHasText = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text: inlineText(tokens[i + 1]), line: lineOf(t) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        depth++;
        ordered.push(t.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        depth--;
        ordered.pop();
        break;
      case 'list_item_open':
        itemOpen = t;
        itemHasText = false;
        break;
      case 'paragraph_open': {
        // ":::info Last updated", ":::": an admonition's markers (Docusaurus, VitePress) are no text; its title is.
        const text = withoutAdmonitionMarks(inlineText(tokens[i + 1]));
        const first = t.map ? lines[t.map[0]]!.trim() : '';
        // A template helper's tags around HTML rows (`<%= dsfr_table do |t| %>` … `<tr>…</tr>` … `<% end %>`): the table.
        const rows = !itemOpen && t.map ? templateRowBlocks(lines.slice(t.map[0], t.map[1]).join('\n'), lineAt(t.map[0]), true) : undefined;
        if (rows) {
          blocks.push(...rows);
          break;
        }
        // A table copied from a browser into a Markdown page, its header cells glued ("Sub-processorPurposeRegion") over
        // rows of lines: Markdown joins its lines into one paragraph; read by its lines, as in a text copied whole.
        const copied = !itemOpen && t.map ? gluedHeaderTable(lines.slice(t.map[0], t.map[1]), 0) : undefined;
        if (copied && t.map && copied.end === t.map[1] - t.map[0] - 1) {
          const at = (line: number | undefined) => lineAt(t.map![0] + (line ?? 1) - 1);
          blocks.push({ ...copied.table, line: at(copied.table.line), rows: copied.table.rows.map((r) => ({ ...r, line: at(r.line) })) });
          break;
        }
        // Rows of cells that GFM did not take as a table, under a header naming a column of parties: its delimiter row
        // does not match its header. Lines of bars under no such header (a diagram, a timeline) are the page's text.
        if (!itemOpen && first.startsWith('|') && first.endsWith('|') && t.map && t.map[1] - t.map[0] > 1 && namesParties(first))
          throw new PageReadError((w) => w.notATable, lineAt(t.map[0]));
        if (itemOpen && !itemHasText) {
          const lead = leadOf(tokens[i + 1]);
          const links = linksOf(tokens[i + 1]);
          blocks.push({
            kind: 'item',
            text,
            depth,
            ordered: ordered[ordered.length - 1] ?? false,
            line: lineOf(itemOpen),
            ...(lead ? { lead } : {}),
            ...(links.length ? { links } : {}),
          });
          itemHasText = true;
        } else if (!itemOpen && labelledLines(tokens[i + 1])) {
          for (const tokensOfLine of labelledLines(tokens[i + 1])!) {
            const line = { children: tokensOfLine } as unknown as Token;
            const strong = strongOf(line);
            const links = linksOf(line);
            blocks.push({
              kind: 'paragraph',
              text: inlineText(line),
              line: lineOf(t),
              ...(strong.length ? { strong } : {}),
              ...(links.length ? { links } : {}),
            });
          }
        } else if (text) {
          const strong = strongOf(tokens[i + 1]);
          const links = linksOf(tokens[i + 1]);
          blocks.push({
            kind: 'paragraph',
            text,
            line: lineOf(t),
            ...(strong.length ? { strong } : {}),
            ...(links.length ? { links } : {}),
          });
        }
        break;
      }
      case 'list_item_close':
        itemOpen = undefined;
        break;
      case 'html_block': {
        // "<ul>\n<li>…</li>", a blank line, then "<li>…</li>\n</ul>": CommonMark ends an HTML block at a blank line, so
        // a list's or a table's next items stand in blocks of their own, each opening with a tag the first left open
        // (a closing tag, an item, a row, a cell). Read as one piece of HTML, the items stay in their list.
        let last = i;
        while (t.map && tokens[last + 1]?.type === 'html_block' && tokens[last + 1]!.map && CONTINUES.test(tokens[last + 1]!.content))
          last++;
        const html = last > i ? lines.slice(t.map![0], tokens[last]!.map![1]).join('\n') : t.content;
        i = last;
        // Rows with no `<table>`, between a template helper's tags: the table they make.
        blocks.push(...(templateRowBlocks(html, lineOf(t) ?? 1, false) ?? htmlBlocks(html, lineOf(t) ?? 1)));
        break;
      }
      case 'fence':
      case 'code_block': {
        // "```markdown" around a whole policy, a list item indented into a code block after an HTML comment: text
        // the page shows as it is written, read as the page's own text. Code (a language named, or lines of code
        // or of settings) stays unread.
        const from = (lineOf(t) ?? 1) - 1 + (t.type === 'fence' ? 1 : 0);
        if (isProseBlock(t.info, t.content)) blocks.push(...markdownBlocks(t.content).blocks.map((b) => shiftLines(b, from)));
        break;
      }
      case 'table_open': {
        const header: string[] = [];
        const rows: TableRow[] = [];
        /** How many cells each row's own line writes (GFM pads a short row with empty ones). */
        const written = new Map<TableRow, number>();
        let row: TableRow | undefined;
        let inHead = false;
        const after: PageBlock[] = [];
        for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
          const c = tokens[i]!;
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open' && !inHead) {
            const at = c.map ? c.map[0] : undefined;
            // GFM takes a line without the header's outer "|" as a row all the same: on a page, it is a cell's text
            // that broke onto a new line (the row above it then lacks its closing "|", or this line its opening one).
            const source = at !== undefined ? lines[at]!.trim() : '';
            const head = t.map ? lines[t.map[0]]!.trim() : '';
            // A line that opens with "|" and writes every one of the header's cells is a whole row whose closing "|"
            // the page left out (GFM's outer pipes are optional): no cell of it broke off.
            const whole = source.startsWith('|') && sourceCells(source) === sourceCells(head);
            const ends = head.endsWith('|') && !source.endsWith('|') && !whole;
            // Lines with no "|" at all after the last row are the text that follows the table, written with no
            // blank line between (GFM runs the table on to the next blank line): paragraphs, not rows.
            const end = t.map ? t.map[1] : lines.length;
            if (at !== undefined && !source.includes('|') && lines.slice(at, end).every((l) => !l.includes('|'))) {
              for (let k = at; k < end; k++)
                if (cleanText(lines[k]!)) after.push({ kind: 'paragraph', text: cleanText(lines[k]!), line: lineAt(k) });
              while (i + 1 < tokens.length && tokens[i + 1]!.type !== 'table_close') i++;
              continue;
            }
            if (at !== undefined && ((head.startsWith('|') && !source.startsWith('|')) || ends))
              throw new PageReadError((w) => fill(ends ? w.rowNotEnded : w.rowNotStarted, { start: String(lineOf(t)) }), lineAt(at));
            row = { cells: [], line: at !== undefined ? lineAt(at) : undefined };
            rows.push(row);
            if (at !== undefined) written.set(row, sourceCells(source));
          } else if (c.type === 'inline') {
            if (inHead) header.push(inlineText(c));
            else {
              row!.cells.push(inlineText(c));
              (row!.links ??= [])[row!.cells.length - 1] = firstLink(c);
              const words = linksOf(c);
              if (words.length) (row!.cellLinks ??= [])[row!.cells.length - 1] = words;
            }
          }
        }
        const body = joinBrokenRows(rows, written, header.length).filter((r) => r.cells.some((x) => x));
        // A header row of empty cells (a table converted from a document) stays empty here: whether the first row
        // names the columns ("Vendor | Location") or is a row like the others ("Activité | Plateforme …") is the
        // interpreter's to judge, by the columns' meanings (`withHeaderRow` in readPage.ts).
        blocks.push({ kind: 'table', header, rows: body, line: lineOf(t) }, ...after);
        break;
      }
      default:
        break;
    }
  }
  return { blocks, front };
}
