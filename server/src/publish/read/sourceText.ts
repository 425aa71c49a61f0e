/**
 * The two lexical steps every reader of a page held as source code takes (read/codeStrings.ts, read/codeDocument.ts):
 * past white space and comments, and one quoted string literal with its escapes read. Each reader keeps its own
 * policy on what it finds (a string left open on its line is cut there by one, refused by the other).
 */

/** The offset past the white space and the comments (`// …`, `/* … *\/`) that start at `i`. */
export function pastSpace(text: string, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

/** A string literal read from its opening quote at `start`. */
export interface QuotedString {
  /** Its characters, escapes read (`\n` a line break, `\t` a tab, a backslash before a line break nothing). */
  value: string;
  /** The offset of its closing quote, or of what stopped it (a line break in a '…' or "…" string, the text's end). */
  end: number;
  /** Whether its closing quote was found. */
  closed: boolean;
  /** The line breaks it holds, escaped ones included. */
  lines: number;
}

/** The string literal whose quote (', " or `) is at `start`; only a template (`…`) runs over a line break. */
export function quotedString(text: string, start: number): QuotedString {
  const q = text[start]!;
  let value = '';
  let lines = 0;
  let j = start + 1;
  for (; j < text.length && text[j] !== q; j++) {
    const d = text[j]!;
    if (d === '\n') {
      if (q !== '`') return { value, end: j, closed: false, lines };
      lines++;
    }
    if (d === '\\' && j + 1 < text.length) {
      const e = text[++j]!;
      value += e === 'n' ? '\n' : e === 't' ? '\t' : e === '\n' ? '' : e;
      if (e === '\n') lines++;
      continue;
    }
    value += d;
  }
  return { value, end: j, closed: j < text.length, lines };
}

/**
 * The string literal written out at `i` (', " or `, closed on its line unless a template), its words and the offset
 * past it; undefined when none opens there, it is left open, or it is a template holding an expression (`${…}`: words
 * the program fills in, not the page's).
 */
export function writtenString(text: string, i: number): { text: string; end: number } | undefined {
  const q = text[i];
  if (q !== '"' && q !== "'" && q !== '`') return undefined;
  const s = quotedString(text, i);
  if (!s.closed || (q === '`' && text.slice(i, s.end).includes('${'))) return undefined;
  return { text: s.value, end: s.end + 1 };
}

/** A span of a source, from `at` to `end` (excluded), in source order and not overlapping the next. */
export interface SourceSpan {
  at: number;
  end: number;
}

/**
 * The source with each span (in order) replaced by what `by` gives for it: a call or a branch that picks one language's
 * words by the one it keeps (`withOneTranslation`, `withOneLanguage`); one pass over the text.
 */
export function replaceSpans<S extends SourceSpan>(text: string, spans: readonly S[], by: (span: S) => string): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.at) + by(s);
    from = s.end;
  }
  return out + text.slice(from);
}

/** The source outside the spans, each span a space: the words a page says whatever language it picks. */
export const textOutside = (text: string, spans: readonly SourceSpan[]): string => replaceSpans(text, spans, () => ' ');
