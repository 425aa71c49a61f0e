/**
 * An HTML page saved from a browser to blocks, with htmlparser2: headings, paragraphs, lists, tables
 * (a header of `th` cells, or the first row when the table has none) and definition lists (`dt`/`dd` as
 * "term: description" items). Scripts, styles and the document head are skipped.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type AnyNode, type Document, type Element } from 'domhandler';
import { cleanText, lineFinder, PageReadError, type Lead, type PageBlock, type TableRow } from './blocks';
import { fill } from '../../format';
import { dateLine, parseDate } from '../wording';
import { isDocumentMenu } from './navigation';
import { namesUpdateDate } from './updateDates';

/** Deeper than any page a browser saves; beyond it the reader stops with a message rather than its stack. */
const MAX_DEPTH = 256;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'button', 'select', 'iframe', 'form']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'body',
  'html',
  'ul',
  'ol',
  'li',
  'table',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'caption',
]);
/** Elements whose content is one of several values in a cell: kept apart with "; ". */
const SEPARATE = new Set(['li', 'p', 'div', 'br', 'tr']);

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** A run of a node's text, and whether a line break (`<br>`) rather than a block separates it from the one before. */
interface Segment {
  text: string;
  afterBreak: boolean;
}

/** The boxes a component sets apart by its style, not by their tag: `span`, `small`, `div`. */
const GLUED_BOXES = new Set(['span', 'small', 'div']);

/** The first words under a node: its first text node with words, found down its first children only. */
function firstWords(node: Element): string {
  let n: AnyNode | undefined = node;
  for (let depth = 0; n && depth <= MAX_DEPTH; depth++) {
    if (n.type === 'text') return (n as unknown as { data: string }).data.trimStart();
    if (!isElement(n) || SKIP.has(n.name)) return '';
    n = n.children.find((c) => !(c.type === 'text' && !(c as unknown as { data: string }).data.trim()));
  }
  return '';
}

/** The runs of a node's text, split where list items, paragraphs and line breaks start. */
function segmentsOf(node: AnyNode): Segment[] {
  const parts: Segment[] = [];
  let current = '';
  let afterBreak = false;
  const flush = (next: boolean) => {
    const t = cleanText(current);
    if (t) parts.push({ text: t, afterBreak });
    current = '';
    if (t || !next) afterBreak = next;
  };
  const walk = (n: AnyNode, depth: number) => {
    if (depth > MAX_DEPTH) throw tooDeep(n);
    if (n.type === 'text') current += (n as unknown as { data: string }).data;
    else if (isElement(n)) {
      if (SKIP.has(n.name)) return;
      if (n.name === 'img') {
        current += n.attribs.alt ?? '';
        return;
      }
      if (n.name === 'br') {
        flush(true);
        return;
      }
      // "Supabase<span class=\"sub\">database &amp; auth</span>": a box (`span`, `small`, `div`) whose words the source
      // glues to the word before it is set apart on the page (its own line), or the words would run together: a run of
      // its own. Emphasis on part of a word ("Pay<b>flow</b>") stays in the word.
      const separate =
        SEPARATE.has(n.name) || (GLUED_BOXES.has(n.name) && /[\p{L}\p{N}]$/u.test(current) && /^[\p{L}\p{N}]/u.test(firstWords(n)));
      if (separate) flush(false);
      for (const c of n.children) walk(c, depth + 1);
      if (separate) flush(false);
    }
  };
  walk(node, 0);
  flush(false);
  return parts;
}

/**
 * Runs of text joined: a line break inside a sentence (the next run starts in lower case) is a space; any
 * other break, and list items and paragraphs, keep values apart with "; ".
 */
export function joinSegments(parts: Segment[]): string {
  let out = '';
  for (const [i, p] of parts.entries()) {
    if (i > 0) out += p.afterBreak && /^[\p{Ll}(]/u.test(p.text) ? ' ' : '; ';
    out += p.text;
  }
  return out;
}

/** The text of a node, with list items, paragraphs and line breaks in it kept apart by "; ". */
function textOf(node: AnyNode): string {
  return joinSegments(segmentsOf(node));
}

/** The first link under a node (a cell's "DPA" link), without recursion. */
function firstHref(node: Element): string | undefined {
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a' && n.attribs.href) return n.attribs.href;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return undefined;
}

/** An element that holds no word, only a mark drawn before an item ("✦", "→", an icon): decoration, no text of the item's. */
const isDecoration = (n: AnyNode) => isElement(n) && !/[\p{L}\p{N}]/u.test(textOf(n)) && textOf(n).trim().length <= 3;

/**
 * A list item's own nodes without the marks drawn before its words (`<span>✦</span>`), and inside the one wrapper that
 * then holds them all (`<span><strong>Resend</strong> — …</span>`): the nodes its name leads.
 */
function itemNodes(nodes: AnyNode[]): AnyNode[] {
  const blank = (n: AnyNode) => n.type === 'text' && !(n as unknown as { data: string }).data.trim();
  let rest = nodes.filter((n) => !blank(n));
  while (rest.length && isDecoration(rest[0]!)) rest = rest.slice(1);
  if (rest.length === nodes.filter((n) => !blank(n)).length) return nodes;
  const only = rest.length === 1 ? rest[0]! : undefined;
  return only && isElement(only) && (only.name === 'span' || only.name === 'div') ? only.children : rest;
}

/** The link or strong text a list item starts with: the name it gives. */
function leadOf(nodes: AnyNode[]): Lead | undefined {
  const first = nodes.find((n) => !(n.type === 'text' && !(n as unknown as { data: string }).data.trim()));
  if (!first || !isElement(first) || !['a', 'strong', 'b'].includes(first.name)) return undefined;
  const text = cleanText(textOf(first));
  if (!text) return undefined;
  return first.name === 'a' && first.attribs.href ? { text, href: first.attribs.href } : { text };
}

/** The links under a node, with their words, in order, without recursion. */
function linksOf(node: Element): Lead[] {
  return linksIn(node.children);
}

/** The links of some nodes and under them, with their words, in order, without recursion. */
function linksIn(nodes: AnyNode[]): Lead[] {
  const out: Lead[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) || SKIP.has(n.name)) continue;
    if (n.name === 'a') {
      const text = cleanText(textOf(n));
      if (text) out.push({ text, ...(n.attribs.href ? { href: n.attribs.href } : {}) });
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** The words a node sets in bold (`<strong>`, `<b>`), in order, without recursion. */
function strongOf(node: Element): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) || SKIP.has(n.name)) continue;
    if (n.name === 'strong' || n.name === 'b') {
      const text = cleanText(textOf(n));
      if (text) out.push(text);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** A labelled line: "Territories: United States". */
const LABELLED = /^[^:;]{1,60}:/;
/** A line of a name, a dash, then words, with no other dash: "Vercel Inc. — hébergement". */
const NAME_DASH_LINE = /^[^—–]{1,80}\s[—–]\s[^—–]{1,200}$/;

/** Nesting deeper than `MAX_DEPTH`, at `node`: `htmlBlocks` turns it into a `PageReadError` at the node's line. */
class NestingTooDeep extends Error {
  constructor(readonly node: AnyNode) {
    super('nesting too deep');
  }
}
const tooDeep = (n: AnyNode) => new NestingTooDeep(n);

/** Props of an element that style or key it, no cell of a row: `className`, `key`, `style`, `id`. */
const PRESENTATION_PROPS = new Set(['class', 'classname', 'key', 'style', 'id']);

/** A table's own elements: never a component's row. */
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'td', 'th', 'caption', 'colgroup', 'col']);

/** The `tr` elements of a table, not of a table nested in one of its cells, without recursion. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: { node: AnyNode; depth: number }[] = table.children.map((node) => ({ node, depth: 1 })).reverse();
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) throw tooDeep(node);
    if (!isElement(node) || node.name === 'table') continue;
    if (node.name === 'tr') rows.push(node);
    else {
      // A component's row that takes its cells as props (`<Row name="Acme" location="US" />`), which the parser nests
      // in the one before it (no HTML element closes itself): a row, and its children still read.
      if (!TABLE_PARTS.has(node.name) && Object.keys(node.attribs).filter((k) => !PRESENTATION_PROPS.has(k)).length >= 2) rows.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1 });
    }
  }
  return rows;
}

const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));

/** Columns a cell may span: more than any table a page sets, so that `colspan="100000"` builds no huge row. */
const MAX_COLUMNS = 64;

/** A cell's `rowspan` or `colspan` as a count from 1 to `max`. */
const spanOf = (c: Element, name: 'rowspan' | 'colspan', max: number) =>
  Math.min(max, Math.max(1, Number.parseInt(c.attribs[name] ?? '1', 10) || 1));

/**
 * A table's body rows with their spans laid out as the browser shows them: a cell that spans columns fills the first
 * of them (the others empty, stated apart by nothing); a cell that spans rows stands in each. Rows whose first cell
 * (the name) a row above spans are that row's: their cells are joined to its cells ("Hosting; Backups"), one entry, not
 * one per row with every cell after the name shifted one column to the left.
 */
function spannedRows(trs: Element[], line: (n: AnyNode) => number | undefined): TableRow[] {
  const rows: TableRow[] = [];
  const pending: ({ text: string; link?: string; left: number; row: TableRow } | undefined)[] = [];
  trs.forEach((tr, r) => {
    const row: TableRow = { cells: [], links: [], line: line(tr) };
    let owner: TableRow | undefined;
    let col = 0;
    const fromAbove = () => {
      for (let p = pending[col]; p && p.left > 0 && col < MAX_COLUMNS; p = pending[col]) {
        row.cells[col] = p.text;
        row.links![col] = p.link;
        if (col === 0) owner = p.row;
        p.left--;
        col++;
      }
    };
    fromAbove();
    for (const c of cellsOf(tr)) {
      if (col >= MAX_COLUMNS) break;
      const text = textOf(c);
      const link = firstHref(c);
      const words = linksOf(c);
      const down = spanOf(c, 'rowspan', trs.length - r);
      const across = spanOf(c, 'colspan', MAX_COLUMNS - col);
      for (let k = 0; k < across; k++, col++) {
        row.cells[col] = k === 0 ? text : '';
        row.links![col] = k === 0 ? link : undefined;
        if (k === 0 && words.length) (row.cellLinks ??= [])[col] = words;
        pending[col] = down > 1 ? { text: row.cells[col]!, link: row.links![col], left: down - 1, row } : undefined;
      }
      fromAbove();
    }
    for (let k = 0; k < col; k++) row.cells[k] ??= '';
    if (!owner) {
      rows.push(row);
      return;
    }
    // The same vendor's next row: its other cells join the first row's, each value once.
    row.cells.forEach((text, k) => {
      const values = (owner!.cells[k] ?? '').split('; ').filter(Boolean);
      if (text && !values.includes(text)) owner!.cells[k] = [...values, text].join('; ');
      if (owner!.links && !owner!.links[k]) owner!.links[k] = row.links![k];
    });
  });
  return rows;
}

/**
 * The element a framework's component renders when a prop names it (`<Typography component="li">`, `<Box
 * component="ul">`, `<Heading as="h2">`): that element, as the browser shows it. An element of HTML keeps its name,
 * and a prop that names no block (`component={Link}`, `as="/about"`) changes nothing.
 */
function renderedAs(name: string, attribs: Record<string, string>): string {
  if (BLOCK.has(name) || TABLE_PARTS.has(name) || HTML_INLINE.has(name)) return name;
  const as = (attribs.component ?? attribs.as ?? '').trim().toLowerCase();
  return BLOCK.has(as) ? as : name;
}

/** Inline elements of HTML: never renamed by a prop. */
const HTML_INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'u', 'small', 'code', 'label', 'br', 'img', 'tr', 'sup', 'sub']);

/** Elements open deeper than `MAX_DEPTH` while tokenising, at the source offset of the tag that went too deep. */
class TagsTooDeep extends Error {
  constructor(readonly offset: number) {
    super('nesting too deep');
  }
}

/**
 * A DOM built as the tokeniser goes, counting the elements open (implied closes included): deeper than
 * `MAX_DEPTH` stops the parse at that tag, before any DOM of that depth is built.
 */
class CappedDomHandler extends DomHandler {
  private open = 0;
  private at?: { startIndex: number };

  override onparserinit(parser: Parser): void {
    this.at = parser;
    super.onparserinit(parser);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.open > MAX_DEPTH) throw new TagsTooDeep(this.at?.startIndex ?? 0);
    super.onopentag(renderedAs(name, attribs), attribs);
  }

  override onclosetag(): void {
    this.open--;
    super.onclosetag();
  }
}

/** The message for a page nested deeper than `MAX_DEPTH`, at its line. */
const tooDeepError = (line: number | undefined) => new PageReadError((w) => fill(w.htmlTooDeep, { depth: MAX_DEPTH }), line);

function parseCapped(html: string): Document {
  const handler = new CappedDomHandler(undefined, { withStartIndices: true });
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

/** The attributes that hold the date of an element named for it (`<LastUpdated date="…">`, `<UpdatedAt value="…">`). */
const DATE_VALUE_ATTRIBUTES = new Set(['date', 'value', 'datetime']);

/**
 * The date a page's layout element carries as an attribute (a framework's `<LegalShell updated="6 juin 2026">`,
 * which the page shows as its date), the first one with a year; undefined if none.
 */
export function htmlAttributeDate(html: string): string | undefined {
  let doc: Document;
  try {
    doc = parseCapped(html);
  } catch {
    return undefined;
  }
  const stack: AnyNode[] = [...doc.children];
  // `<PageHero lead="Conforme au RGPD. Dernière mise à jour : 22 mai 2026.">`: an attribute of another name one of
  // whose sentences is a labelled date line, as the element shows it; the first such, if no attribute is a date.
  let said: string | undefined;
  while (stack.length) {
    const n = stack.shift()!;
    if (!isElement(n) || SKIP.has(n.name)) continue;
    // `<LastUpdated date="28 juin 2026">`: an element whose name says it is the date of update, its date an attribute.
    const dated = namesUpdateDate(n.name);
    for (const [name, value] of Object.entries(n.attribs)) {
      if (
        // `<LegalLayout lastUpdated="18 mars 2026">`, `lastUpdate=`, `updated_at=`: a name that says it is the date of update.
        (namesUpdateDate(name) || (dated && DATE_VALUE_ATTRIBUTES.has(name.toLowerCase()))) &&
        (parseDate(value) ?? parseDate(value, 'fr')) !== undefined
      )
        return cleanText(value);
      if (said === undefined && value.length <= 1000 && LEAD_ATTRIBUTES.has(name.toLowerCase()) && !LINKING.has(n.name.toLowerCase()))
        said = labelledDateSentence(value);
    }
    stack.push(...n.children);
  }
  return said;
}

/**
 * The attributes a page's header shows as its own words under the title (`<PageHero lead="…">`); never a link's or an
 * image's title or text (`<a title="Terms of Service. Last updated: …">`: another document's date).
 */
const LEAD_ATTRIBUTES = new Set(['lead', 'subtitle', 'intro', 'subheading', 'tagline', 'description', 'summary', 'kicker', 'eyebrow']);
const LINKING = new Set(['a', 'img', 'link', 'meta', 'area', 'source']);

/** The date of a sentence that is a labelled date line ("… Libertés. Dernière mise à jour : 22 mai 2026."), if any. */
function labelledDateSentence(value: string): string | undefined {
  for (const sentence of cleanText(value).split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const date = dateLine(sentence.replace(/\.$/, ''));
    if (date !== undefined && (parseDate(date) ?? parseDate(date, 'fr')) !== undefined) return date;
  }
  return undefined;
}

/**
 * A component's source as the browser shows it: its comments between elements (`{/* Section 3 *\/}` in JSX) and its
 * written spaces (`{" "}`) are no words of the page. Each is blanked with as many spaces (its line breaks kept), so that
 * every block keeps its line. One scan.
 */
function withoutJsxNoise(html: string): string {
  if (!html.includes('{/*') && !html.includes('{" "}') && !html.includes("{' '}")) return html;
  const blank = (x: string) => x.replace(/[^\n]/g, ' ');
  let out = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('{', at);
    if (open < 0) break;
    let end = -1;
    if (html.startsWith('{/*', open)) {
      const close = html.indexOf('*/}', open + 3);
      end = close < 0 ? -1 : close + 3;
    } else if (html.startsWith('{" "}', open) || html.startsWith("{' '}", open)) end = open + 5;
    if (end < 0) {
      out += html.slice(at, open + 1);
      at = open + 1;
      continue;
    }
    out += html.slice(at, open) + blank(html.slice(open, end));
    at = end;
  }
  return out + html.slice(at);
}

export function htmlBlocks(source: string, firstLine = 1): PageBlock[] {
  const html = withoutJsxNoise(source);
  const lineAt = lineFinder(html);
  const lineOf = (offset: number | null | undefined) => (offset === null || offset === undefined ? undefined : lineAt(offset));
  let doc: Document;
  try {
    doc = parseCapped(html);
  } catch (err) {
    if (!(err instanceof TagsTooDeep)) throw err;
    const l = lineOf(err.offset);
    throw tooDeepError(l === undefined ? undefined : l + firstLine - 1);
  }
  const line = (n: AnyNode) => {
    const l = lineOf(n.startIndex);
    return l === undefined ? undefined : l + firstLine - 1;
  };
  // An element that is not a block but holds blocks (a framework's `<LegalLayout>`, a `<span>` around paragraphs)
  // is a container, as a browser lays it out: its blocks are read one by one, not run into one paragraph.
  const holdsBlocks = new Map<AnyNode, boolean>();
  const hasBlock = (n: AnyNode): boolean => {
    let known = holdsBlocks.get(n);
    if (known === undefined) {
      known = isElement(n) && n.children.some((c) => isElement(c) && !SKIP.has(c.name) && (BLOCK.has(c.name) || hasBlock(c)));
      holdsBlocks.set(n, known);
    }
    return known;
  };
  const blocks: PageBlock[] = [];
  let inline: AnyNode[] = [];
  const flushInline = () => {
    const text = cleanText(inline.map(textOf).join(' '));
    // Words outside any paragraph keep their links too ("<div>…<a href="…/dpa">DPA Vercel</a></div>").
    const links = linksIn(inline);
    if (text) blocks.push({ kind: 'paragraph', text, line: line(inline[0]!), ...(links.length ? { links } : {}) });
    inline = [];
  };
  const table = (t: Element) => {
    const own = rowsOf(t);
    if (!own.length) return;
    // A header row of empty cells (`data-header-hidden`) is no header: the first row with words is.
    const hasWords = (tr: Element) => cellsOf(tr).some((c) => textOf(c));
    const headIndex = own.findIndex((tr) => cellsOf(tr).length > 0 && cellsOf(tr).every((c) => c.name === 'th') && hasWords(tr));
    const header = headIndex >= 0 ? own[headIndex]! : (own.find(hasWords) ?? own[0]!);
    const body = spannedRows(
      own.filter((tr) => tr !== header && (headIndex >= 0 || own.indexOf(tr) > own.indexOf(header))),
      line,
    ).filter((r) => r.cells.some((c) => c));
    const head = cellsOf(header).map(textOf);
    // A component's rows that take their cells as props, one per column in order (`<TR name="Acme" purpose="…"
    // location="US" />` under a header of four cells): the props' values are the row's cells.
    if (!body.length && head.length >= 2)
      for (const tr of own) {
        if (tr === header || cellsOf(tr).length) continue;
        const props = Object.entries(tr.attribs).filter(([k]) => !PRESENTATION_PROPS.has(k));
        if (props.length === head.length && props.every(([, v]) => v.trim() && !v.trim().startsWith('{')))
          body.push({ cells: props.map(([, v]) => cleanText(v)), links: [], line: line(tr) });
      }
    blocks.push({ kind: 'table', header: head, rows: body, line: line(t) });
  };
  const list = (l: Element, depth: number) => {
    if (depth > MAX_DEPTH) throw tooDeep(l);
    const items = l.children.filter((li): li is Element => isElement(li) && li.name === 'li');
    const ownNodes = (li: Element) => itemNodes(li.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol'))));
    // The site's menu of its documents ("Terms of Service", "Privacy Policy" linked to its own pages): no list of the page's.
    if (isDocumentMenu(items.map((li) => ({ text: cleanText(ownNodes(li).map(textOf).join(' ')), links: linksIn(ownNodes(li)) })))) return;
    for (const li of items) {
      const own = ownNodes(li);
      const text = cleanText(own.map(textOf).join(' '));
      const lead = leadOf(own);
      const links = linksIn(own);
      if (text)
        blocks.push({
          kind: 'item',
          text,
          depth,
          ordered: l.name === 'ol',
          line: line(li),
          ...(lead ? { lead } : {}),
          ...(links.length ? { links } : {}),
        });
      for (const c of li.children) if (isElement(c) && (c.name === 'ul' || c.name === 'ol')) list(c, depth + 1);
    }
  };
  // A definition list's terms and descriptions wherever they sit under it (`<dl><div><dt>…</dt><dd>…</dd></div>`,
  // as HTML allows and frameworks write): each description an item led by its term. A list nested in a
  // description is read on its own, after it.
  const definitions = (dl: Element, depth: number) => {
    let term: string | undefined;
    const nested: Element[] = [];
    const stack: { node: AnyNode; depth: number }[] = dl.children.map((node) => ({ node, depth: depth + 1 })).reverse();
    while (stack.length) {
      const { node: c, depth: d } = stack.pop()!;
      if (d > MAX_DEPTH) throw tooDeep(c);
      if (!isElement(c) || SKIP.has(c.name)) continue;
      if (c.name === 'dt') term = cleanText(textOf(c));
      else if (c.name === 'dd') {
        const inner = c.children.filter((x) => !(isElement(x) && x.name === 'dl'));
        const value = cleanText(inner.map(textOf).join(' '));
        nested.push(...c.children.filter((x): x is Element => isElement(x) && x.name === 'dl'));
        const links = linksIn(inner);
        // "Acme SAS<br />1 rue …<br />Région eu-west-3": the description's lines, kept apart too.
        const segments = inner.length === c.children.length ? segmentsOf(c) : [];
        const lines = segments.length > 1 && segments.slice(1).every((x) => x.afterBreak) ? segments.map((x) => x.text) : [];
        blocks.push({
          kind: 'item',
          text: term ? `${term}: ${value}` : value,
          depth: 0,
          ordered: false,
          line: line(c),
          ...(term ? { lead: { text: term }, term: true } : {}),
          ...(links.length ? { links } : {}),
          ...(lines.length ? { lines } : {}),
        });
      } else if (c.name !== 'dl') for (let i = c.children.length - 1; i >= 0; i--) stack.push({ node: c.children[i]!, depth: d + 1 });
      else nested.push(c);
    }
    for (const n of nested) definitions(n, depth + 1);
  };
  const walk = (n: AnyNode, depth: number) => {
    if (depth > MAX_DEPTH) throw tooDeep(n);
    if (!isElement(n)) {
      if (n.type === 'text') inline.push(n);
      return;
    }
    if (SKIP.has(n.name)) return;
    if (!BLOCK.has(n.name) && !hasBlock(n)) {
      inline.push(n);
      return;
    }
    flushInline();
    const heading = /^h([1-6])$/.exec(n.name);
    if (heading) blocks.push({ kind: 'heading', level: Number(heading[1]), text: textOf(n), line: line(n) });
    else if (n.name === 'p' || n.name === 'figcaption' || n.name === 'caption' || n.name === 'summary' || n.name === 'address') {
      // Lines a paragraph breaks with `<br>`: labelled lines ("Territories: United States") are each a line of
      // their own; otherwise the breaks are where the sentence wrapped, a space.
      const segments = segmentsOf(n);
      // So are lines that each give a name, a dash and its role ("Vercel Inc. — hébergement<br>Supabase — base de données").
      if (segments.length > 1 && (segments.every((x) => LABELLED.test(x.text)) || segments.every((x) => NAME_DASH_LINE.test(x.text)))) {
        // Each line keeps the links written in it ("Site Web : <a href=…>www.example.com</a>").
        const links = linksOf(n);
        for (const x of segments) {
          const own = links.filter((l) => l.text && x.text.includes(l.text));
          blocks.push({ kind: 'paragraph', text: x.text, line: line(n), ...(own.length ? { links: own } : {}) });
        }
      } else {
        const text = cleanText(segments.map((x) => x.text).join(' '));
        const strong = strongOf(n);
        const links = linksOf(n);
        if (text)
          blocks.push({ kind: 'paragraph', text, line: line(n), ...(strong.length ? { strong } : {}), ...(links.length ? { links } : {}) });
      }
    } else if (n.name === 'table') table(n);
    else if (n.name === 'ul' || n.name === 'ol') list(n, 0);
    else if (n.name === 'dl') definitions(n, depth);
    else {
      // A framework's section that carries its title as an attribute (`<Section title="5. Data sharing">`): the title
      // heads the blocks it holds, as the component prints it.
      const title = cleanText(n.attribs.title ?? '');
      if (title && hasBlock(n)) blocks.push({ kind: 'heading', level: 2, text: title, line: line(n) });
      for (const c of n.children) walk(c, depth + 1);
    }
    flushInline();
  };
  try {
    for (const c of doc.children) walk(c, 0);
  } catch (err) {
    if (!(err instanceof NestingTooDeep)) throw err;
    throw tooDeepError(line(err.node));
  }
  flushInline();
  return blocks;
}
