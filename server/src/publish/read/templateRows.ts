/**
 * A Markdown page whose table is built by a template helper around HTML rows (a Rails view's
 * `<%= dsfr_table(caption: "…") do |t| %>` … `<tr><th>Partenaire</th>…</tr>` … `<% end %>`, a Jinja or Liquid
 * `{% call table() %}` … `{% endcall %}`): the template's tags are code the server runs, not text, and the rows
 * they wrap are the table the browser shows. Markdown takes such a block for a paragraph (its first line is no HTML
 * tag), so its rows would read as one run of words.
 *
 * One pass over the text for each kind of tag: each tag is found with `indexOf`, never a pattern that scans back.
 */
import { htmlBlocks } from './html';
import type { PageBlock } from './blocks';

/** The template languages' tags: ERB and EJS (`<% … %>`), Jinja and Liquid (`{% … %}`). */
const TEMPLATE_TAGS: [string, string][] = [
  ['<%', '%>'],
  ['{%', '%}'],
];

/** The text without its template tags, each replaced by a space (and the line breaks it held); a tag left open ends the text. */
export function withoutTemplateTags(text: string): string {
  let out = text;
  for (const [open, close] of TEMPLATE_TAGS) {
    let kept = '';
    let from = 0;
    for (let at = out.indexOf(open); at >= 0; at = out.indexOf(open, from)) {
      kept += out.slice(from, at) + ' ';
      const end = out.indexOf(close, at + open.length);
      if (end < 0) {
        from = out.length;
        break;
      }
      kept += out.slice(at, end).replace(/[^\n]/g, '');
      from = end + close.length;
    }
    out = kept + out.slice(from);
  }
  return out;
}

/**
 * Whether a template's statement (`<% if … %>`, `<% end %>`, `{% if … %}`, `{% for … %}`: any tag but ERB's output
 * `<%= … %>`) stands inside a row: a cell the template shows only in some cases ("{% if region == 'eu' %}Germany{% endif
 * %}") states nothing for every reader, so such rows are not read as a table. One pass over the text.
 */
export function statementInRow(text: string): boolean {
  const lower = text.toLowerCase();
  let inRow = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    if (c !== '<' && c !== '{') continue;
    const two = lower.slice(i, i + 2);
    if (two === '<%' || two === '{%') {
      const end = lower.indexOf(two === '<%' ? '%>' : '%}', i + 2);
      const output = two === '<%' && lower[i + 2] === '=';
      if (inRow && !output) return true;
      if (end < 0) return false;
      i = end + 1;
    } else if (lower.startsWith('<tr', i) && /[\s>]/.test(lower[i + 3] ?? '')) inRow = true;
    else if (lower.startsWith('</tr', i)) inRow = false;
  }
  return false;
}

/**
 * A block's source that holds HTML table rows with no `<table>` of their own, around or between a template's tags: the
 * blocks the browser shows, the rows one table (the text before the first row and after the last, paragraphs). A
 * paragraph (`inText`) is read so only when template tags are in it; one of template tags alone shows nothing: no block.
 * Undefined for any other block: a paragraph with no template tag, template tags with no row around them (words that
 * show a value, "Bonjour <%= name %>"), rows inside a `<table>`, rows with a template's statement inside them.
 */
export function templateRowBlocks(source: string, firstLine: number, inText: boolean): PageBlock[] | undefined {
  const tagged = TEMPLATE_TAGS.some(([open, close]) => source.includes(open) && source.includes(close));
  if ((inText && !tagged) || (tagged && statementInRow(source))) return undefined;
  const html = tagged ? withoutTemplateTags(source) : source;
  if (inText && !html.trim()) return [];
  const lower = html.toLowerCase();
  const first = lower.search(/<tr[\s>]/);
  const last = lower.lastIndexOf('</tr>');
  if (first < 0 || last < first || /<table[\s>]/.test(lower)) return undefined;
  const end = last + '</tr>'.length;
  return htmlBlocks(`${html.slice(0, first)}<table>${html.slice(first, end)}</table>${html.slice(end)}`, firstLine);
}
