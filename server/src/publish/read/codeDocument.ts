/**
 * A page a component renders from a document held as data in its source code (`const SECTIONS = [{ heading: 'Qui
 * traite tes données', blocks: [{ kind: 'paragraph', text: '…' }, { kind: 'definitions', items: [{ term: 'Supabase',
 * text: 'Hébergement…' }] }] }]`, handed to `<LegalPage sections={SECTIONS} />`): the blocks the browser shows. A
 * heading's field ("heading", "title") is a heading, a text's field ("text", "paragraph", "content") a paragraph, an
 * object naming a term and its text ("term"/"label" and "text") an item led by its term, as a definition list's, and a
 * list of strings under any other field its items. Strings joined with `+` are one text. Code that is no literal (a
 * call, an arrow function, JSX) is passed over; a literal left open is none.
 *
 * One pass over the source: each literal is read once, by a reader that never goes back.
 */
import { cleanText, lineFinder, type PageBlock } from './blocks';
import { pastSpace, quotedString } from './sourceText';

type Lit =
  | { kind: 'str'; text: string; at: number }
  | { kind: 'arr'; items: Lit[]; at: number }
  | { kind: 'obj'; pairs: { key: string; value: Lit }[]; at: number }
  | { kind: 'other'; at: number };

const HEADING_KEYS = /^(?:heading|title|titre|sectionTitle|h[1-6])$/i;
const TERM_KEYS = /^(?:term|label|dt|libell[eé])$/i;
/** A record's name ("name", "nom"): a list's title when it stands beside one. */
const NAME_KEYS = /^(?:name|nom)$/i;
/** A field that holds what a section lists or says: "list", "items", "content", "destinataires", "processors". */
/** A language's key ("fr", "EN", "en-GB", "fr_FR", "french", "anglais"): the document under it is in that language. */
const LANGUAGE_KEY = /^(?:(?:fr|en|de|it|es|nl|pt)(?:[-_][a-z]{2})?|french|english|fran[cç]ais|anglais)$/i;
const LIST_KEYS =
  /^(?:list|liste|items|bullets|points|lines|entries|content|contenu|paragraphs|texts?|destinataires|recipients|processors|sub_?processors|sous_?traitants|prestataires|vendors|providers)$/i;
const TEXT_KEYS = /^(?:text|texte|paragraph|paragraphs|body|content|contenu|description|desc|intro|p|dd|definition|value|details?)$/i;
/** A note the page shows under its text or list ("note", "listNote", "footnote"): a paragraph too. */
const NOTE_KEYS = /^(?:[a-z][\w$]{0,30})?note$/i;
/** The document's date field ("date", "updated", "lastUpdated"): a paragraph when it is a labelled line the page shows. */
const DATE_KEYS = /^(?:date|updated|last_?updated|updated_?at|mise_?a_?jour|miseAJour)$/i;
/** "Mise à jour : septembre 2026", "Last updated: May 2026": words, a colon, then the date. */
const LABELLED_LINE = /^[\p{L}][\p{L}' ’.-]{2,40}\s?:\s*\S/u;
/** Deeper than any document a page holds; beyond it the literal is passed over. */
const MAX_DEPTH = 64;

class LiteralReader {
  i: number;
  constructor(
    readonly s: string,
    start: number,
  ) {
    this.i = start;
  }

  /** Past white space and comments. */
  space(): void {
    this.i = pastSpace(this.s, this.i);
  }

  /** A quoted string at `i` (', " or `), its escapes read; a template's `${…}` kept as written. */
  string(): string | undefined {
    const read = quotedString(this.s, this.i);
    this.i = read.closed ? read.end + 1 : read.end;
    return read.closed ? read.value : undefined;
  }

  /** Past one expression that is no literal, to the `,` or closing bracket that ends it (brackets and strings kept whole). */
  skip(): boolean {
    const s = this.s;
    let depth = 0;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === "'" || c === '"' || c === '`') {
        if (this.string() === undefined) return false;
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return true;
        depth--;
      } else if ((c === ',' || c === ';') && depth === 0) return true;
      this.i++;
    }
    return false;
  }

  /** A value: an object, an array, strings joined with `+`, or something else passed over. */
  value(depth: number): Lit | undefined {
    if (depth > MAX_DEPTH) return undefined;
    this.space();
    const s = this.s;
    const at = this.i;
    const c = s[this.i];
    if (c === '{' || c === '[') {
      const lit = c === '{' ? this.object(depth) : this.array(depth);
      if (!lit) return undefined;
      this.space();
      // `[…] as const`, `{…} satisfies Section`: the literal, the rest passed over.
      if (s[this.i] !== ',' && s[this.i] !== '}' && s[this.i] !== ']' && s[this.i] !== ')' && !this.skip()) return undefined;
      return lit;
    }
    if (c === "'" || c === '"' || c === '`') {
      let text = '';
      for (;;) {
        const part = this.string();
        if (part === undefined) return undefined;
        text += part;
        this.space();
        if (s[this.i] !== '+') break;
        this.i++;
        this.space();
        // `'Édité par ' + EDITOR_NAME + '.'`: a name the code fills in, kept as a template writes it.
        const name = /^[A-Za-z_$][\w$.]{0,60}/.exec(s.slice(this.i, this.i + 61))?.[0];
        if (name) {
          text += `\${${name}}`;
          this.i += name.length;
          this.space();
          if (s[this.i] !== '+') break;
          this.i++;
          this.space();
        }
        const n = s[this.i];
        if (n !== "'" && n !== '"' && n !== '`') break;
      }
      this.space();
      const n = s[this.i];
      if (n !== ',' && n !== '}' && n !== ']' && n !== ')' && n !== undefined) {
        if (!this.skip()) return undefined;
        return { kind: 'other', at };
      }
      return { kind: 'str', text, at };
    }
    return this.skip() ? { kind: 'other', at } : undefined;
  }

  object(depth: number): Lit | undefined {
    const s = this.s;
    const at = this.i;
    const pairs: { key: string; value: Lit }[] = [];
    this.i++;
    for (;;) {
      this.space();
      const c = s[this.i];
      if (c === undefined) return undefined;
      if (c === '}') {
        this.i++;
        return { kind: 'obj', pairs, at };
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      const from = this.i;
      let key: string | undefined;
      if (c === "'" || c === '"') key = this.string();
      else {
        const m = /^[A-Za-z_$][\w$]{0,60}/.exec(s.slice(this.i, this.i + 61));
        if (m) {
          key = m[0];
          this.i += key.length;
        }
      }
      this.space();
      if (key !== undefined && s[this.i] === ':') {
        this.i++;
        const value = this.value(depth + 1);
        if (!value) return undefined;
        pairs.push({ key, value });
      } else if (!this.skip()) return undefined;
      // A spread, a shorthand, a method: passed over.
      else if (s[this.i] === ')' || s[this.i] === ']') return undefined;
      // What no rule reads (a `;` in the braces of a block, not of an object): no literal.
      if (this.i === from) return undefined;
    }
  }

  array(depth: number): Lit | undefined {
    const s = this.s;
    const at = this.i;
    const items: Lit[] = [];
    this.i++;
    for (;;) {
      this.space();
      const c = s[this.i];
      if (c === undefined) return undefined;
      if (c === ']') {
        this.i++;
        return { kind: 'arr', items, at };
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      const from = this.i;
      const value = this.value(depth + 1);
      if (!value || this.i === from) return undefined;
      items.push(value);
      if (s[this.i] === '}' || s[this.i] === ')') return undefined;
    }
  }
}

/**
 * A heading and its text held as a pair: `['Destinataires', ['…', '…']]`, `['Cookies', '…']`. The title is short and
 * no sentence (at most 100 characters, no full stop at its end); the text is a string or a list of strings.
 */
function isSectionPair(lit: Lit): boolean {
  if (lit.kind !== 'arr' || lit.items.length !== 2) return false;
  const [title, body] = lit.items as [Lit, Lit];
  const t = str(title);
  if (!t || t.length > 100 || /[.;!?]$/.test(t)) return false;
  if (body.kind === 'str') return str(body) !== undefined;
  return body.kind === 'arr' && body.items.length > 0 && body.items.every((x) => x.kind === 'str');
}

const str = (lit: Lit | undefined): string | undefined => (lit?.kind === 'str' ? cleanText(lit.text) || undefined : undefined);

/** The blocks a literal shows, in source order. */
function literalBlocks(lit: Lit, key: string, depth: number, lineAt: (at: number) => number, out: PageBlock[]): void {
  if (depth > MAX_DEPTH) return;
  if (lit.kind === 'str') {
    const text = cleanText(lit.text);
    if (!text) return;
    if (HEADING_KEYS.test(key)) out.push({ kind: 'heading', level: Math.min(6, 1 + depth), text, line: lineAt(lit.at) });
    else if (TEXT_KEYS.test(key) || NOTE_KEYS.test(key) || (DATE_KEYS.test(key) && LABELLED_LINE.test(text)))
      out.push({ kind: 'paragraph', text, line: lineAt(lit.at) });
    return;
  }
  if (lit.kind === 'arr') {
    // `sections: [['Destinataires', ['Les données sont …', '…']], …]`: a list of pairs, each a heading's string then its
    // text (a string, or a list of strings): a section per pair, its heading over its paragraphs.
    if (lit.items.length > 0 && lit.items.every(isSectionPair)) {
      for (const x of lit.items as Extract<Lit, { kind: 'arr' }>[]) {
        const [title, body] = x.items as [Lit, Lit];
        const text = str(title)!;
        out.push({ kind: 'heading', level: Math.min(6, 2 + depth), text, line: lineAt(title.at) });
        for (const p of body.kind === 'arr' ? body.items : [body]) {
          const para = str(p);
          if (para) out.push({ kind: 'paragraph', text: para, line: lineAt(p.at) });
        }
      }
      return;
    }
    const strings = lit.items.length > 0 && lit.items.every((x) => x.kind === 'str');
    // A list of strings under a field that is no text's ("items", "bullets"): the list's items.
    if (strings && !TEXT_KEYS.test(key) && !HEADING_KEYS.test(key)) {
      for (const x of lit.items) {
        const text = str(x);
        if (text) out.push({ kind: 'item', text, depth: 0, ordered: false, line: lineAt(x.at) });
      }
      return;
    }
    // `[{ lang: 'fr', sections: […] }, { lang: 'en', sections: […] }]`: the same document in each language: the first.
    const first = lit.items[0] && recordLanguage(lit.items[0]);
    for (const x of lit.items) {
      const language = recordLanguage(x);
      if (first !== undefined && language !== undefined && language !== first) continue;
      literalBlocks(x, key, depth, lineAt, out);
    }
    return;
  }
  if (lit.kind !== 'obj') return;
  // A term and its text, nothing else that is a text or a list: a definition list's item.
  const term = lit.pairs.find((p) => TERM_KEYS.test(p.key) && str(p.value));
  const texts = lit.pairs.filter((p) => TEXT_KEYS.test(p.key) && str(p.value));
  if (term && texts.length && !lit.pairs.some((p) => p.value.kind === 'arr' || HEADING_KEYS.test(p.key))) {
    const lead = str(term.value)!;
    const value = texts.map((p) => str(p.value)!).join(' ');
    out.push({ kind: 'item', text: `${lead}: ${value}`, depth: 0, ordered: false, line: lineAt(lit.at), lead: { text: lead }, term: true });
    return;
  }
  // `{ label: 'Recipients', list: ['…', '…'] }`, `{ name: 'Sub-processors', content: [...] }`: a term's or a name's field
  // beside a list is that list's title, as a heading's field is.
  const titled = lit.pairs.some((p) => LIST_KEYS.test(p.key) && p.value.kind === 'arr' && p.value.items.every((x) => x.kind === 'str'))
    ? lit.pairs.find((p) => (TERM_KEYS.test(p.key) || NAME_KEYS.test(p.key)) && str(p.value))
    : undefined;
  const nested = titled !== undefined || lit.pairs.some((p) => HEADING_KEYS.test(p.key) && str(p.value));
  // `{ fr: { sections: […] }, en: { sections: […] } }`: the same document in several languages, of which the page shows
  // one: the first only, as the source's strings are read (`codeStrings.ts`), never each vendor once per language.
  const languages = lit.pairs.filter((p) => LANGUAGE_KEY.test(p.key));
  for (const p of lit.pairs) {
    if (languages.length > 1 && p !== languages[0] && languages.includes(p)) continue;
    if (p === titled) out.push({ kind: 'heading', level: Math.min(6, 2 + depth), text: str(p.value)!, line: lineAt(p.value.at) });
    else literalBlocks(p.value, p.key, nested ? depth + 1 : depth, lineAt, out);
  }
}

/** The language a constant's name ends with ("sectionsFr", "SECTIONS_EN", "content_fr", "fr"), lower-cased. */
function declaredLanguage(before: string): string | undefined {
  const name = /(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*(?::[^=\n]{0,80})?$/.exec(before.trimEnd())?.[1];
  if (name === undefined) return undefined;
  const m = /(?:^|[_-])(fr|en|de|es|it|nl|pt)$/i.exec(name) ?? /(?<=[a-z])(Fr|En|De|Es|It|Nl|Pt|FR|EN|DE|ES|IT|NL|PT)$/.exec(name);
  return m?.[1]!.toLowerCase();
}

/** An object's language field ("lang: 'fr'", "locale: 'en-GB'"): its language, lower-cased. */
function recordLanguage(lit: Lit): string | undefined {
  if (lit.kind !== 'obj') return undefined;
  const value = str(lit.pairs.find((p) => /^(?:lang|language|locale)$/i.test(p.key))?.value);
  return value !== undefined && /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(value) ? value.slice(0, 2).toLowerCase() : undefined;
}

/**
 * The blocks of the documents a component's source holds as data, in source order; none unless they show a heading
 * and something under it.
 */
export function codeDocumentBlocks(text: string): PageBlock[] {
  const lineAt = lineFinder(text);
  const blocks: PageBlock[] = [];
  const opening = /=[ \t]*(?=[[{])|export[ \t]+default[ \t]+(?=[[{])/g;
  let firstLanguage: string | undefined;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const reader = new LiteralReader(text, m.index + m[0].length);
    const lit = text[reader.i] === '[' ? reader.array(0) : reader.object(0);
    // Never read again: a literal left open is passed over from where its reading stopped.
    opening.lastIndex = Math.max(reader.i, opening.lastIndex);
    if (!lit) continue;
    // `const sectionsFr = […]; const sectionsEn = […]`: one document per language, the page showing one: the first.
    const language = declaredLanguage(text.slice(Math.max(0, m.index - 160), m.index));
    firstLanguage ??= language;
    if (language !== undefined && language !== firstLanguage) continue;
    literalBlocks(lit, '', 0, lineAt, blocks);
  }
  const headings = blocks.filter((b) => b.kind === 'heading').length;
  return headings && blocks.length > headings ? blocks : [];
}
