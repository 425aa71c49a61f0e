/**
 * Escaping, one section per output format, used by every writer of that format: text from an inventory (a
 * name, an id, a date, a note) is data and must never change the structure of what it is written into.
 *
 * - terminal (stylish output, CLI messages): control characters, line breaks and bidirectional overrides are
 *   shown as visible escapes, so a value cannot move the cursor, colour the terminal, break a line, or start
 *   a line that the GitHub Actions runner would execute as a workflow command (`::error ...`);
 * - Markdown (the published page, the change notice): inline text escapes what would format or link, and
 *   any line break (CR, LF, CRLF) becomes a space; text that begins a block escapes what would start another
 *   block; control characters are dropped;
 * - hover Markdown (the editor): every ASCII punctuation character is escaped, so no link, image, autolink
 *   or markup can come from a value;
 * - HTML: the five special characters, and no control characters;
 * - XML/Atom: the five special characters, no character XML 1.0 forbids, dates that are valid RFC 3339, and
 *   IRI path segments percent-encoded.
 */

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Line breaks as CommonMark and terminals see them, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees ("Trojan source"). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text without control characters (tab and line breaks kept) and without bidirectional overrides and
 * isolates, which could make a published name or date read otherwise than it is stored (right-to-left
 * text still shows right to left: the Unicode bidirectional algorithm does not need them).
 */
export function stripControls(s: string): string {
  return s.replace(CONTROL, '').replace(BIDI, '');
}

// ---------------------------------------------------------------- terminal

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of terminal text: every control character, line break and bidi override shown as an escape. */
export function terminalText(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, visible);
}

/**
 * A terminal line that starts with user text (a file name): escaped as `terminalText`, and never starting
 * with `::`, which the GitHub Actions runner reads as a workflow command.
 */
export function terminalLineStart(s: string): string {
  const text = terminalText(s);
  return /^\s*::/.test(text) ? `./${text.trimStart()}` : text;
}

// ---------------------------------------------------------------- Markdown

/** One line of inline Markdown: characters that would format are escaped, line breaks become spaces. */
export function markdownInline(text: string): string {
  return stripControls(text)
    .replace(/\t/g, ' ')
    .replace(/[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t]*/g, ' ')
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/&(?=[a-zA-Z#][a-zA-Z0-9]*;)/g, '&amp;');
}

/**
 * A text that begins a block (a paragraph of its own, or a list item's text): escaped as inline text, and also
 * what would start another block at the beginning of a line: indentation (code), `#`, `+`, `-` (heading,
 * list), `1.` (ordered list: the escape goes before its `.`), `---` (rule), `~~~` (code fence), `=` (setext).
 */
export function markdownBlock(text: string): string {
  return markdownInline(text)
    .replace(/^\s+/, '')
    .replace(/^([#+=-])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-~=])(?=\1\1)/, '\\$1');
}

/**
 * User text in a hover, always inline: plain text whatever it holds. What could format or link is escaped
 * (CommonMark shows an escaped punctuation character as itself): emphasis, code, links and images, HTML,
 * tables, strikethrough, entities, and the `:`, `@` and `.` that autolinks need (`https\://`, `a\@b`,
 * `www\.x`); line breaks become spaces, so no block can start.
 */
export function hoverText(text: string): string {
  return stripControls(text)
    .replace(LINE_BREAK, ' ')
    .replace(/[\\`*_[\]()<>!|~&:@]/g, '\\$&')
    .replace(/\.(?=[\p{L}\p{N}])/gu, '\\.');
}

/** User text as an inline code span in a hover: a fence longer than any run of backticks in it, so it cannot close early. */
export function hoverCode(text: string): string {
  const clean = stripControls(text).replace(LINE_BREAK, ' ').replace(BIDI, '');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

// ---------------------------------------------------------------- HTML

/** Text for HTML content or a quoted attribute value. */
export function htmlText(text: string): string {
  return stripControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ---------------------------------------------------------------- XML and Atom

/** Characters not allowed in XML 1.0 are dropped; the five special ones are escaped. */
export function xmlText(s: string): string {
  return s
    .replace(BIDI, '')
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A calendar date (YYYY-MM-DD) as an RFC 3339 date-time at midnight UTC, or undefined when it is not a real date. */
export function rfc3339Date(date: unknown): string | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date ? undefined : `${date}T00:00:00Z`;
}

/** A path segment of an IRI: everything but unreserved characters percent-encoded (no space, no `/`). */
export function iriSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// ---------------------------------------------------------------- workflow commands

/** A line that the GitHub Actions runner would read as a workflow command: `::` after optional blanks. */
const COMMAND_LINE = /^([^\S\r\n]*)::/gm;

/**
 * Output that CI prints (a page, a notice, a feed, an inventory): no line starts a workflow command. The first
 * colon of such a line is written as the format's own escape of it, so the text reads the same: `\:` in
 * Markdown, `&#58;` in HTML and XML.
 */
export function neutraliseCommandLines(text: string, format: 'markdown' | 'html' | 'xml'): string {
  const colon = format === 'markdown' ? '\\:' : '&#58;';
  return text.replace(COMMAND_LINE, (_, blanks: string) => `${blanks}${colon}:`);
}

/** Whether some line of `text` starts a workflow command (as the runner reads it). */
export function hasCommandLine(text: string): boolean {
  return new RegExp(COMMAND_LINE.source, 'm').test(text);
}
