/**
 * A page held as source code: a component, a translation dictionary or a data file in TypeScript or JavaScript whose
 * strings are the page's text (`sections: [{ heading: "Fournisseurs", body: ["…", "- Vercel (États-Unis) : …"] }]`,
 * `'conf-h4': 'Partage des données', 'conf-ul4': '<li><strong>Stripe, Inc.</strong> — …</li>'`,
 * `table: { head: ["Fournisseur", "Rôle"], rows: [["Square", "Paiements"]] }`). Its strings, in the order they are
 * written, become blocks as a browser would show them: a string under a heading's or a title's key is a heading; a
 * string with markup is read as HTML, one of several lines as Markdown, one line that starts with a dash as a list
 * item, other words as a paragraph; a short value under a field's name ("lastUpdated", "email") is a "field: value"
 * line, as a data file's fields are read; a `head` array beside a `rows` array of arrays is a table. Where the text is
 * written in several languages side by side (`fr: […], en: […]`), the first language's only. One pass over the text.
 */
import { cleanText, type PageBlock } from './blocks';
import { htmlBlocks } from './html';
import { markdownBlocks } from './markdown';
import { pastSpace, quotedString } from './sourceText';

/**
 * Source code by its first word, past comments: an import, a declaration, a function, a strict-mode pragma; or an
 * object literal's first key (`{ id: 9, title: "Mentions légales", content: "…" }`, an excerpt of a data array).
 */
const CODE_START =
  /^(?:import\b|export\b|const\b|let\b|var\b|function\b|\(\s{0,9}function\b|\(\s{0,9}\(\s{0,9}\)\s{0,9}=>|['"]use strict['"]|module\.exports\b|\[?\s{0,9}\{\s{0,9}[A-Za-z_$][\w$]{0,40}\s{0,9}:)/;

/** The keys of a page's headings: "title", "heading", "h2", a dictionary's "conf-h4", "ml-h2a". */
const HEADING_KEY = /^(?:title|heading|headline|h[1-6]|[\w]+[-_.]h\d+[a-z]?|[\w]+[-_.](?:title|heading))$/i;
const TITLE_KEY = /^(?:[\w]+[-_.])?title$/i;
/** Language codes that key the same text in several languages. */
const LANGUAGE_KEY = /^(?:fr|en|de|it|es|nl|pt|fr[-_][A-Z]{2}|en[-_][A-Z]{2})$/;
/** Keys whose values are the code's own (ids, paths, styles), never the page's words. */
const CODE_KEY = /^(?:id|slug|key|type|kind|icon|variant|class|className|href|src|path|route|locale|lang|anchor|component)$/i;
const HEAD_KEY = /^(?:head|header|headers|columns|cols)$/i;
const ROWS_KEY = /^(?:rows|body|data|cells)$/i;

interface Frame {
  kind: '{' | '[';
  /** The key this frame is the value of (an object's property, a declared name). */
  key?: string;
  /** In an object: the key whose value comes next. */
  next?: string;
  /** Whether this frame's strings are left out (a language after the first). */
  skip: boolean;
  /** An array's own strings, when it is a table's header or one of its rows. */
  strings?: string[];
  /** An object's table: its header, then its rows. */
  head?: string[];
  rows?: string[][];
  line: number;
}

/** Whether the text is source code: its first word past white space and comments. */
export function isSourceCode(text: string): boolean {
  const i = pastSpace(text, 0);
  return CODE_START.test(text.slice(i, i + 100));
}

/** The blocks a source file's strings show, in order; undefined when the text is no source code. */
export function codeStringBlocks(text: string): PageBlock[] | undefined {
  return isSourceCode(text) ? walk(text) : undefined;
}

/**
 * A component that shows its own dictionary's strings in its markup ("{c.legal.hosting_address}", where
 * `const content = { fr: { legal: { hosting_address: "…" } } }`): each such expression replaced by the first
 * language's string, as the browser shows it. An expression of one field ("{sp.name}") or one the file does not
 * define stays as it is.
 */
export function withDictionaryStrings(text: string): string {
  if (!isSourceCode(text) || !/\{\s*[\w$]+(?:\.[\w$]+){2,}\s*\}/.test(text)) return text;
  const values = new Map<string, string>();
  walk(text, (path, value) => {
    if (!values.has(path)) values.set(path, value);
  });
  return text.replace(/\{\s*[\w$]+((?:\.[\w$]+){2,})\s*\}/g, (all, path: string) => values.get(path.slice(1)) ?? all);
}

/** One pass over the text: its strings as blocks, and each string with the path of keys it stands under. */
function walk(text: string, onString?: (path: string, value: string) => void): PageBlock[] {
  const blocks: PageBlock[] = [];
  const stack: Frame[] = [{ kind: '{', skip: false, line: 1 }];
  let firstLanguage: string | undefined;
  let line = 1;
  /** The last word read outside strings (an identifier, a keyword), and whether `=` or `:` followed it. */
  let word: string | undefined;
  let lastToken = '';
  const top = () => stack[stack.length - 1]!;
  const emit = (value: string, at: number) => {
    const frame = top();
    if (frame.skip) return;
    // A string keyed by a language ("fr: '…', en: '…'"): the first language's only.
    const own = frame.kind === '{' ? frame.next : undefined;
    if (own !== undefined && LANGUAGE_KEY.test(own)) {
      firstLanguage ??= own;
      if (own !== firstLanguage) return;
    }
    if (frame.strings) {
      frame.strings.push(cleanText(value));
      return;
    }
    if (onString && own !== undefined) {
      const path = [...stack.slice(2).map((f) => f.key), own].filter((k) => k !== undefined && !LANGUAGE_KEY.test(k));
      if (path.length >= 2 && !value.includes('\n')) onString(path.join('.'), cleanText(value));
    }
    const key = frame.kind === '{' ? frame.next : frame.key;
    const owner = key !== undefined && LANGUAGE_KEY.test(key) ? (frame.kind === '{' ? frame.key : stack[stack.length - 2]?.key) : key;
    // A field's value is named by its object too: "PRIVACY_OFFICER = { email: … }" gives "PRIVACY OFFICER email".
    const field =
      frame.kind === '{' && frame.key !== undefined && key !== undefined && !LANGUAGE_KEY.test(key) ? `${frame.key} ${key}` : owner;
    blocks.push(...stringBlocks(value, owner, field, at, lastToken));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (let j = i; j < stop; j++) if (text[j] === '\n') line++;
      i = stop - 1;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const at = line;
      const read = quotedString(text, i);
      const value = read.value;
      // A string left open on its line is cut there, its line break counted.
      line += read.lines + (!read.closed && text[read.end] === '\n' ? 1 : 0);
      i = read.end;
      // A string followed by ":" is an object's key.
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (text[k] === ':' && top().kind === '{') {
        word = value;
        continue;
      }
      emit(value, at);
      lastToken = 'string';
      continue;
    }
    if (c === '{' || c === '[') {
      const parent = top();
      const key = parent.kind === '{' ? (parent.next ?? word) : parent.key;
      const language = key !== undefined && LANGUAGE_KEY.test(key) && parent.kind === '{' && parent.next === key;
      if (language && firstLanguage === undefined) firstLanguage = key;
      const skip = parent.skip || (language && key !== firstLanguage) || (key !== undefined && CODE_KEY.test(key));
      const frame: Frame = { kind: c, key, skip, line };
      if (c === '[' && key !== undefined && HEAD_KEY.test(key)) frame.strings = [];
      if (c === '[' && parent.kind === '[' && parent.rows) frame.strings = [];
      if (c === '[' && key !== undefined && ROWS_KEY.test(key) && stack[stack.length - 1]?.head) frame.rows = [];
      stack.push(frame);
      word = undefined;
      lastToken = c;
      continue;
    }
    if (c === '}' || c === ']') {
      if (stack.length > 1) {
        const frame = stack.pop()!;
        const parent = top();
        if (frame.strings && HEAD_KEY.test(frame.key ?? '') && parent.kind === '{') parent.head = frame.strings;
        else if (frame.strings && parent.rows) parent.rows.push(frame.strings);
        else if (frame.rows && parent.head) parent.rows = frame.rows;
        if (frame.kind === '{' && frame.head?.length && frame.rows?.length && !frame.skip)
          blocks.push({
            kind: 'table',
            header: frame.head,
            rows: frame.rows.map((cells) => ({ cells })),
            line: frame.line,
          });
        if (parent.kind === '{') parent.next = undefined;
      }
      word = undefined;
      lastToken = c;
      continue;
    }
    if (c === ':' || c === '=') {
      const frame = top();
      if (c === ':' && frame.kind === '{' && word !== undefined) frame.next = word;
      // A declared name ("const LAST_UPDATED = …"): the key of what follows.
      if (c === '=' && word !== undefined && text[i + 1] !== '=' && text[i + 1] !== '>') {
        if (frame.kind === '{') frame.next = word;
      }
      lastToken = c;
      continue;
    }
    if (c === ',' || c === ';') {
      const frame = top();
      if (frame.kind === '{') frame.next = undefined;
      word = undefined;
      lastToken = c;
      continue;
    }
    if (/[\w$]/.test(c)) {
      let j = i;
      while (j + 1 < text.length && /[\w$]/.test(text[j + 1]!)) j++;
      word = text.slice(i, j + 1);
      lastToken = word;
      i = j;
      continue;
    }
    if (!/\s/.test(c)) lastToken = c;
  }
  return blocks;
}

/** A field's name as words: "lastUpdated" -> "last Updated", "PRIVACY_OFFICER" -> "PRIVACY OFFICER". */
const keyWords = (key: string) =>
  key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();

/** One string's blocks, by its key and its words. */
function stringBlocks(value: string, key: string | undefined, field: string | undefined, line: number, before: string): PageBlock[] {
  const text = value.trim();
  // An import's path, a required module: code.
  if (before === 'from' || before === 'import' || before === 'require' || text === 'use strict') return [];
  if (key !== undefined && CODE_KEY.test(key)) return [];
  // Words, or a field's value ("lastUpdated: '2025-01-15'"); never bare punctuation or a number without a name.
  if (!/\p{L}/u.test(text) && !(key !== undefined && /\d/.test(text) && !/^\d+$/.test(key))) return [];
  const offset = (bs: PageBlock[]) => bs.map((b) => (b.line !== undefined ? { ...b, line: b.line + line - 1 } : b));
  if (key !== undefined && HEADING_KEY.test(key) && !text.includes('\n') && !/</.test(text))
    return [{ kind: 'heading', level: TITLE_KEY.test(key) ? 1 : 2, text: cleanText(text), line }];
  if (/<\/?(?:p|li|ul|ol|strong|b|em|a|br|table|tr|td|h[1-6])\b[^>]*>/i.test(text))
    // List items the page's template wraps in its own list ("<ul data-i18n-html='conf-ul4'>"): a list.
    return offset(htmlBlocks(/^<li\b/i.test(text) && !/<[uo]l\b/i.test(text) ? `<ul>${text}</ul>` : text));
  // "Siège social : …\nRCS : …\nHébergeur : OVH - …": lines the component shows one under the other, most of them
  // labelled, no Markdown of their own: each line a paragraph.
  const lines = text.split('\n').filter((l) => l.trim());
  if (
    lines.length >= 2 &&
    !lines.some((l) => /^\s*(?:#|[-*+]\s|\||\d{1,3}[.)]\s)/.test(l)) &&
    lines.filter((l) => /^[^:\n]{2,40}\s?:\s\S/.test(l.trim())).length * 2 > lines.length
  )
    return lines.map((l) => ({ kind: 'paragraph' as const, text: cleanText(l), line }));
  if (text.includes('\n')) return offset(markdownBlocks(text).blocks);
  const dash = /^[-•*]\s+(\S.*)$/.exec(text);
  if (dash) return [{ kind: 'item', text: cleanText(dash[1]!), depth: 0, ordered: false, line }];
  // A short value under a field's name ("lastUpdated: 2025-01-15", "email: privacy@…"): the field and its value.
  if (key !== undefined && !/\s/.test(text) && !/^\d+$/.test(key) && /[\d@]/.test(text))
    return [{ kind: 'paragraph', text: `${keyWords(field ?? key)}: ${text}`, line }];
  if (!/\s/.test(text)) return [];
  return [{ kind: 'paragraph', text: cleanText(text), line }];
}
