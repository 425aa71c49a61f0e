/**
 * A data file a site renders its list from (a Jekyll `_data/subprocessors.yml`, a JSON export) to blocks,
 * with `yaml` (which reads JSON too): a sequence of mappings is a table, its keys the columns
 * ("legal_entity" read as "legal entity"), one row per mapping; the page's own fields beside it
 * ("updated: 2026-08-05", "notice_days: 30") are paragraphs "key: value", which `readPage` reads as it reads
 * any page's words. A sequence under a key is headed by that key. Nothing is guessed from the file's name.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { cleanText, PageReadError, type PageBlock } from './blocks';
import { fill } from '../../format';

/** A field name as words: "notice_days" -> "notice days", "legalEntity" -> "legal Entity". */
const fieldWords = (key: string) =>
  key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();

/** A value as text: a scalar as written, a list joined ("ISO 27001, SOC 2"), a mapping as "key: value" pairs. */
function valueText(node: unknown): string {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) {
    const v = node.value;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return v === null || v === undefined ? '' : cleanText(String(v));
  }
  if (isSeq(node)) return node.items.map(valueText).filter(Boolean).join(', ');
  if (isMap(node))
    return node.items
      .map((p) => {
        const v = valueText(p.value);
        return v ? `${fieldWords(valueText(p.key))}: ${v}` : '';
      })
      .filter(Boolean)
      .join('; ');
  return '';
}

/** A sequence whose items are all mappings (vendors): its table, columns in the order keys first appear. */
function seqTable(node: Node, lineOf: (n: Node) => number | undefined): PageBlock | undefined {
  if (!isSeq(node) || !node.items.length || !node.items.every((x) => isMap(x))) return undefined;
  const keys: string[] = [];
  for (const item of node.items)
    if (isMap(item))
      for (const p of item.items) {
        const k = valueText(p.key);
        if (k && !keys.includes(k)) keys.push(k);
      }
  const rows = node.items.map((item) => {
    const cells = keys.map((k) => (isMap(item) ? valueText(item.get(k, true)) : ''));
    return { cells, line: lineOf(item as Node) };
  });
  return { kind: 'table', header: keys.map(fieldWords), rows, line: lineOf(node) };
}

export function dataBlocks(text: string): PageBlock[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter, uniqueKeys: false });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    throw new PageReadError((w) => fill(w.notData, { detail: error.message.split('\n')[0]! }), line);
  }
  const lineOf = (n: Node) => (n.range ? lineCounter.linePos(n.range[0]).line : undefined);
  const blocks: PageBlock[] = [];
  const root = doc.contents;
  const table = root ? seqTable(root, lineOf) : undefined;
  if (table) return [table];
  if (root && isMap(root))
    for (const pair of root.items) {
      const key = fieldWords(valueText(pair.key));
      const value = pair.value as Node | null;
      const line = value ? lineOf(value) : undefined;
      const rows = value ? seqTable(value, lineOf) : undefined;
      if (rows) {
        blocks.push({ kind: 'heading', level: 2, text: key, line }, rows);
        continue;
      }
      const said = valueText(value);
      if (key && said) blocks.push({ kind: 'paragraph', text: `${key}: ${said}`, line });
    }
  return blocks;
}

/** The end of the bracket that opens at `start` in source code, past quoted strings and comments; -1 if none. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // A string: to its closing quote, past escaped characters.
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Source code's string literals as YAML's flow quotes read them: a quote escaped in a JavaScript string ('d\\'ajouter',
 * "it\\'s") is written as YAML writes it ('d''ajouter', "it's"); a backslash escaped in single quotes is one backslash;
 * a line's comment is left out. Everything else is kept, so lines stay where they were. Linear in the text's size.
 */
export function yamlQuotes(source: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote === undefined) {
      // A line's comment ("// the vendor's DPA") is no string, nor anything YAML reads: left out to its line's end.
      if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        i = (end < 0 ? source.length : end) - 1;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      out += c;
      continue;
    }
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      if (next === "'") out += quote === "'" ? "''" : "'";
      else if (next === '\\' && quote === "'") out += '\\';
      else out += c + next;
      i++;
      continue;
    }
    if (c === quote) quote = undefined;
    out += c;
  }
  return out;
}

/**
 * The mappings of a sequence of groups, each a mapping whose one list is of mappings (`[{ title: "2.1 Hosting", items:
 * [{ name, description }, …] }, …]`: vendors under numbered categories), in order: the vendors. Undefined when some
 * group holds no such list, or one holds two (a group's vendors and something else), or the sequence is not of mappings.
 */
function groupedItems(node: Node): { title: string; items: Node }[] | undefined {
  if (!isSeq(node) || !node.items.length || !node.items.every((x) => isMap(x))) return undefined;
  const groups: { title: string; items: Node }[] = [];
  for (const group of node.items) {
    if (!isMap(group)) return undefined;
    const lists = group.items.filter((p) => isSeq(p.value) && p.value.items.length > 0 && p.value.items.every((x) => isMap(x)));
    if (lists.length !== 1) return undefined;
    // The group's title: its first field written as words ("title: 2.1 Hosting", "category: …").
    const title = group.items.map((p) => (isScalar(p.value) ? valueText(p.value) : '')).find((t) => /\p{L}/u.test(t)) ?? '';
    groups.push({ title, items: lists[0]!.value as Node });
  }
  return groups;
}

/** A sequence of mappings whose nested mappings are spread into columns ("links: { dpa: … }" -> "links dpa"). */
function flatTable(node: Node, lineOf: (n: Node) => number | undefined): PageBlock | undefined {
  if (!isSeq(node) || !node.items.length || !node.items.every((x) => isMap(x))) return undefined;
  const keys: string[] = [];
  const rows = node.items.map((item) => {
    const fields = new Map<string, string>();
    if (isMap(item))
      for (const p of item.items) {
        const k = valueText(p.key);
        if (isMap(p.value)) for (const q of p.value.items) fields.set(`${k} ${valueText(q.key)}`, valueText(q.value));
        else fields.set(k, valueText(p.value));
      }
    for (const k of fields.keys()) if (!keys.includes(k)) keys.push(k);
    return { fields, line: lineOf(item as Node) };
  });
  return {
    kind: 'table',
    header: keys.map(fieldWords),
    rows: rows.map((r) => ({ cells: keys.map((k) => r.fields.get(k) ?? ''), line: r.line })),
    line: lineOf(node),
  };
}

/** The name a declaration gives the value after its `=` (`const CUSTOMERS`, `export const team: Member[]`). */
const DECLARED_NAME = /([A-Za-z_$][\w$]{0,60})\s*(?::[^=\n;]{0,80})?$/;
/** A word of a name that says whose array it is: the company's customers, its people, its offices. */
const OTHER_PARTY_WORD =
  /^(?:customers?|clients?|testimonials?|reviews?|logos?|team|teams|members?|membres?|staff|employees?|people|founders?|investors?|offices?|temoignages?|equipes?|salaries|bureaux|avis)$/;
/** A word of a name that says it holds vendors, whatever else it says (`CUSTOMER_DATA_PROCESSORS`). */
const VENDOR_WORD =
  /^(?:subprocessors?|processors?|vendors?|providers?|suppliers?|partners?|services?|tools?|hosts?|hosting|prestataires?|fournisseurs?|soustraitants?|sous|traitants?|hebergeurs?|thirdparty|thirdparties|recipients?|destinataires?)$/;
/** Whether an array's name gives it to other parties than vendors (`CUSTOMERS`, `teamMembers`, `nosClients`). */
export function namesOtherParties(name: string): boolean {
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_$]+/)
    .filter(Boolean);
  return words.some((w) => OTHER_PARTY_WORD.test(w)) && !words.some((w) => VENDOR_WORD.test(w));
}

/**
 * The arrays of objects a page's source code holds (`const processors: Processor[] = [{ name: 'Stripe', … }]` in a
 * TypeScript or JSX file): each a table, its fields the columns, as a data file's. An object literal is YAML's flow
 * mapping (unquoted keys, quoted strings), so `yaml` reads it; an array it cannot read is passed over.
 */
export function codeArrayTables(text: string): PageBlock[] {
  const tables: PageBlock[] = [];
  const opening = /=\s*\[\s*\{/g;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const start = text.indexOf('[', m.index);
    const end = bracketEnd(text, start);
    if (end < 0) break;
    // `const CUSTOMERS = [{ name: "Acme Retail", location: "France" }]`: an array its name gives to other parties than
    // vendors (the company's customers, staff, offices) holds none of its sub-processors.
    const declared = DECLARED_NAME.exec(text.slice(Math.max(0, m.index - 160), m.index))?.[1];
    if (declared !== undefined && namesOtherParties(declared)) {
      opening.lastIndex = end + 1;
      continue;
    }
    const lineCounter = new LineCounter();
    const before = text.slice(0, start).split('\n').length - 1;
    const doc = parseDocument(yamlQuotes(text.slice(start, end + 1)), { lineCounter, uniqueKeys: false });
    opening.lastIndex = end + 1;
    if (doc.errors.length || !doc.contents) continue;
    const lineOf = (n: Node) => (n.range ? lineCounter.linePos(n.range[0]).line + before : undefined);
    // Vendors under categories: each category's title a heading over the table of its vendors, so that a title that
    // says its parties are former, planned or no sub-processors is read as such a table's heading is.
    const groups = groupedItems(doc.contents);
    if (groups)
      for (const g of groups) {
        const table = flatTable(g.items, lineOf);
        if (!table) continue;
        if (g.title) tables.push({ kind: 'heading', level: 2, text: g.title, line: table.line });
        tables.push(table);
      }
    else {
      const table = flatTable(doc.contents, lineOf);
      if (table) tables.push(table);
    }
  }
  return tables;
}

/**
 * The Markdown a page's source code holds in template strings (`const content = \`## 1. Introduction …\``, handed to
 * a component that renders it): each string that has a Markdown heading or table line, in page order, with the line
 * it starts on. A string left open at the end of the file is none.
 */
export function codeMarkdownStrings(text: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  const opening = /=\s*`/g;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const start = m.index + m[0].length;
    let i = start;
    for (; i < text.length && text[i] !== '`'; i++) if (text[i] === '\\') i++;
    if (i >= text.length) break;
    const body = text.slice(start, i);
    opening.lastIndex = i + 1;
    if (/^(?:#{1,6} \S|\|.*\|\s*$)/m.test(body)) found.push({ text: body, line: text.slice(0, start).split('\n').length });
  }
  return found;
}

/** The end of the parenthesis that opens at `start` in JSX: its closing `)`, past nested brackets and quoted attributes; -1 if none. */
function parenthesisEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return c === ')' ? i : -1;
    }
  }
  return -1;
}

/**
 * The arrays a component's source names and maps to markup (`const PROCESSORS = [[…], …]`, then
 * `{PROCESSORS.map(…)}`): their text by name, and the source without them (each literal left as `[]` on the lines it
 * held), so that the strings they hold are read once, where the page shows them, not again as the source's words.
 */
function mappedConstants(text: string): { named: Map<string, string>; source: string } {
  const mapped = new Set<string>();
  for (const m of text.matchAll(/\{\s*([A-Za-z_$][\w$]{0,60})\.map\(/g)) mapped.add(m[1]!);
  const named = new Map<string, string>();
  if (!mapped.size) return { named, source: text };
  let source = '';
  let from = 0;
  const declared = /(?:const|let|var)\s+([A-Za-z_$][\w$]{0,60})(?:\s*:\s*[^=\n;]{1,80})?\s*=\s*\[/g;
  for (let m = declared.exec(text); m; m = declared.exec(text)) {
    const start = m.index + m[0].length - 1;
    const end = bracketEnd(text, start);
    if (end < 0) break;
    declared.lastIndex = end + 1;
    if (!mapped.has(m[1]!) || named.has(m[1]!)) continue;
    const literal = text.slice(start, end + 1);
    named.set(m[1]!, literal);
    source += text.slice(from, start) + '[]' + '\n'.repeat(literal.split('\n').length - 1);
    from = end + 1;
  }
  return { named, source: source + text.slice(from) };
}

/** "[name, desc]", "{ name, desc }", "item": the names a mapping function gives an array's items. */
function mappedParams(params: string): { kind: 'pair' | 'object' | 'item'; names: string[] } | undefined {
  const p = params
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  const list = (inner: string) => inner.split(',').map((n) => n.trim());
  const ok = (names: string[]) => names.length > 0 && names.every((n) => /^[A-Za-z_$][\w$]{0,40}$/.test(n));
  let m = /^\[([^[\]]{1,200})\]$/.exec(p);
  if (m && ok(list(m[1]!))) return { kind: 'pair', names: list(m[1]!) };
  m = /^\{([^{}]{1,200})\}$/.exec(p);
  if (m && ok(list(m[1]!))) return { kind: 'object', names: list(m[1]!) };
  if (ok([p])) return { kind: 'item', names: [p] };
  return undefined;
}

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The lists a component renders from an array literal it maps to markup (`{[["Resend", "Email delivery."], …].map(([name,
 * desc]) => (<li><strong>{name}</strong> — {desc}</li>))}`): each item's markup with the item's values where the
 * markup shows them, as the browser shows the list. Arrays of strings, of pairs and of objects (read as YAML flow
 * sequences); an array or a template it cannot read stays as it is.
 */
export function withMappedArrays(page: string): string {
  const { named, source: text } = mappedConstants(page);
  const parsed = new Map<string, ReturnType<typeof parseDocument>>();
  // "{[…].map(", or "{PROCESSORS.map(" for an array the source names (`const PROCESSORS = [[…], …]`).
  const opening = /\{\s*(?:\[|([A-Za-z_$][\w$]{0,60})(?=\.map\())/g;
  let out = '';
  let from = 0;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    let arrayText: string;
    let end: number;
    if (m[1] === undefined) {
      const start = text.indexOf('[', m.index);
      end = bracketEnd(text, start);
      if (end < 0) break;
      arrayText = text.slice(start, end + 1);
    } else {
      const found = named.get(m[1]);
      end = m.index + m[0].length - 1;
      if (!found) continue;
      arrayText = found;
    }
    opening.lastIndex = end + 1;
    const call = /^\s*\.map\(\s*(\([^()]{0,200}\)|[A-Za-z_$][\w$]{0,40})\s*=>\s*\(/.exec(text.slice(end + 1, end + 300));
    const params = call ? mappedParams(call[1]!) : undefined;
    if (!call || !params) continue;
    const open = end + 1 + call[0].length - 1;
    const close = parenthesisEnd(text, open);
    // A template that never closes: none after it is read either (each would be searched to the end again).
    if (close < 0) break;
    // A template read to its end and not rendered is not searched again from each mapping nested in it (quadratic
    // in the nesting): the next mapping is looked for past it.
    opening.lastIndex = close + 1;
    const tail = /^\s*\)\s*\}/.exec(text.slice(close + 1, close + 40));
    if (!tail) continue;
    // An array the source names is read once, however many times the page maps it.
    const doc = parsed.get(arrayText) ?? parseDocument(arrayText, { uniqueKeys: false });
    if (m[1] !== undefined) parsed.set(arrayText, doc);
    if (doc.errors.length || !isSeq(doc.contents)) continue;
    const template = text.slice(open + 1, close);
    const rendered: string[] = [];
    for (const item of doc.contents.items) {
      const values = new Map<string, string>();
      // The item's own arrays, by the names the template gives them ("category.providers", "providers"): their source.
      const arrays = new Map<string, string>();
      const nested = (name: string, node: unknown) => {
        if (isSeq(node) && node.range) arrays.set(name, arrayText.slice(node.range[0], node.range[1]));
      };
      if (params.kind === 'pair' && isSeq(item)) params.names.forEach((n, i) => values.set(n, valueText(item.items[i])));
      else if (params.kind === 'object' && isMap(item))
        for (const n of params.names) {
          values.set(n, valueText(item.get(n, true)));
          nested(n, item.get(n, true));
        }
      else if (params.kind === 'item' && isScalar(item)) values.set(params.names[0]!, valueText(item));
      else if (params.kind === 'item' && isMap(item))
        for (const p of item.items) {
          values.set(`${params.names[0]!}.${valueText(p.key)}`, valueText(p.value));
          nested(`${params.names[0]!}.${valueText(p.key)}`, p.value);
        }
      else break;
      const filled = template.replace(/(?<!=)\{\s*([A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40})?)\s*\}/g, (all, name: string) =>
        values.has(name) ? escapeMarkup(values.get(name)!) : all,
      );
      // "{category.providers.map((provider) => (…))}" inside the template: an array the item holds, mapped in turn
      // (a list of categories, each rendering its providers), read as the page shows it; its literal, smaller than
      // the item's, is put where its name was and rendered the same way.
      const inner = arrays.size
        ? filled.replace(/\{\s*([A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40})?)(?=\.map\()/g, (all, name: string) =>
            arrays.has(name) ? `{${arrays.get(name)!}` : all,
          )
        : filled;
      rendered.push(inner === filled ? filled : withMappedArrays(inner));
    }
    if (rendered.length !== doc.contents.items.length) continue;
    // On the lines the array and its template held, so that what follows keeps its line numbers.
    const span = text.slice(m.index, close + 1 + tail[0].length);
    out +=
      text.slice(from, m.index) + rendered.map((r) => r.replace(/\s*\n\s*/g, ' ')).join(' ') + '\n'.repeat(span.split('\n').length - 1);
    from = close + 1 + tail[0].length;
    opening.lastIndex = from;
  }
  return out + text.slice(from);
}

/**
 * A component handed its table as props (`<Table headers={['Vendor', 'Location']} rows={[['Acme', 'US'], …]} />`, the
 * component's own markup mapping them to `<th>` and `<td>` cells): the table the browser shows, in HTML, on the lines
 * the element held. Only a self-closing element with one array of strings (the header) and one array of arrays of
 * strings, each as long as the header (the rows); any other element is left as it is.
 */
export function withPropTables(text: string): string {
  const opening = /<[A-Z][\w.]{0,40}(?=[\s/>])/g;
  let out = '';
  let from = 0;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    // The element's attributes, to its `/>` or `>`: each `{…}` skipped whole (`bracketEnd`), quoted values too.
    const arrays: unknown[][] = [];
    let i = m.index + m[0].length;
    let closed = false;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '{') {
        const end = bracketEnd(text, i);
        // A brace never closed: none after it closes either (each would be searched to the end again).
        if (end < 0) return out + text.slice(from);
        const inner = text.slice(i + 1, end).trim();
        if (inner.startsWith('[')) {
          const doc = parseDocument(yamlQuotes(inner), { uniqueKeys: false });
          if (!doc.errors.length && isSeq(doc.contents)) arrays.push(doc.contents.toJSON() as unknown[]);
        }
        i = end;
      } else if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1);
        if (end < 0) break;
        i = end;
      } else if (c === '/' && text[i + 1] === '>') {
        closed = true;
        i += 2;
        break;
      } else if (c === '>' || c === '<') break;
    }
    opening.lastIndex = Math.max(opening.lastIndex, i);
    if (!closed) continue;
    const isText = (v: unknown) => typeof v === 'string' || typeof v === 'number';
    const header = arrays.find((a) => a.length > 1 && a.every(isText));
    const rows = arrays.find((a) => a.length > 0 && a.every((r) => Array.isArray(r) && r.every(isText)));
    if (!header || !rows || !rows.every((r) => (r as unknown[]).length === header.length)) continue;
    const cell = (tag: string, v: unknown) => `<${tag}>${escapeMarkup(String(v))}</${tag}>`;
    const table =
      `<table><tr>${header.map((h) => cell('th', h)).join('')}</tr>` +
      (rows as unknown[][]).map((r) => `<tr>${r.map((v) => cell('td', v)).join('')}</tr>`).join('') +
      '</table>';
    const span = text.slice(m.index, i);
    out += text.slice(from, m.index) + table + '\n'.repeat(span.split('\n').length - 1);
    from = i;
  }
  return out + text.slice(from);
}
