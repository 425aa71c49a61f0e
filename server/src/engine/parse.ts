/** Parsing: the text to a `yaml` Document (ranges and comments kept) and its plain value, once per version. */
import { Composer, isAlias, Parser, visit, type CST, type Document } from 'yaml';
import { PARSE_OPTIONS, scanYaml } from './fastScan';
import { LineIndex } from './text';
import type { OffsetRange } from './types';

interface YamlProblem {
  /** The `yaml` package's error code (for example `DUPLICATE_KEY`, `BAD_INDENT`), or our own. */
  code: string;
  message: string;
  range: OffsetRange;
}

export interface ParsedYaml {
  readonly text: string;
  readonly lines: LineIndex;
  /** The first YAML document; an inventory has exactly one. */
  readonly doc: Document.Parsed | undefined;
  /** Errors the parser reported, at their places, and documents after the first. */
  readonly problems: YamlProblem[];
  /** The plain value of the document (undefined when it could not be built, for example an alias bomb). */
  readonly value: unknown;
  /** Set when the fast scanner (`fastScan.ts`) built the document instead of `yaml`'s parser. */
  readonly scanned?: true;
}

export { PARSE_OPTIONS };

/** Aliases are legal YAML, but a few can expand to gigabytes ("billion laughs"): refuse that. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Deeper nesting than this is refused before anything walks the tree: an inventory needs about five
 * levels, and code that recurses (building the value, schema validation) must never overflow the stack.
 */
const MAX_NESTING_DEPTH = 100;

/** A text with more YAML errors than this (random bytes, a binary file) is not built into a document. */
const MAX_SYNTAX_ERRORS = 1000;

/**
 * The text's document: from the fast scanner when the text is within the subset it reads (the same nodes,
 * values and ranges, checked by a differential test), else from `yaml`.
 */
export function parseYaml(text: string): ParsedYaml {
  const fast = scanYaml(text);
  if (fast) return { text, lines: new LineIndex(text), doc: fast.doc, problems: [], value: fast.value, scanned: true };
  return parseYamlFully(text);
}

/**
 * The text `yaml` reads: a leading byte order mark (U+FEFF) is not part of the document, and `yaml` 2 reads the
 * line after one wrongly (it counts the mark in the first line's indentation: `\uFEFF- - a` is two nulls). It is
 * read as a line break instead, one code unit for one, so that every offset `yaml` gives is still the text's own
 * (what the LSP client sent: its line 0 counts the mark as a character) and the document starts after the mark.
 */
function yamlSource(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? `\n${text.slice(1)}` : text;
}

/** The text's document from `yaml`'s parser, whatever the text. */
export function parseYamlFully(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const problems: YamlProblem[] = [];
  let list: Document.Parsed[];
  try {
    // What `parseAllDocuments` does, with a look at the syntax tree's depth before the documents are built.
    const tokens = Array.from(new Parser().parse(yamlSource(text)));
    const deep = firstTooDeep(tokens);
    if (deep !== undefined) return refused(text, lines, 'NESTING_LIMIT', tooDeepMessage(), deep);
    // Stray tokens between documents become errors without passing the composer's callback: count them here.
    const stray = tokens.filter((t) => t.type === 'error');
    if (stray.length > MAX_SYNTAX_ERRORS) return refused(text, lines, 'ERROR_LIMIT', tooManyErrorsMessage(), stray[0].offset);
    const composer = new Composer({ ...PARSE_OPTIONS, logLevel: 'error' });
    const stop = countErrors(composer);
    try {
      list = Array.from(composer.compose(tokens));
    } catch (err) {
      if (!(err instanceof TooManyErrors)) throw err;
      return refused(text, lines, 'ERROR_LIMIT', tooManyErrorsMessage(), stop.first);
    }
  } catch (err) {
    // The parser recurses once per nesting level (`- - - - ...` on one line): too deep overflows its stack.
    if (!(err instanceof RangeError)) throw err;
    return refused(text, lines, 'NESTING_LIMIT', tooDeepMessage(), lines.lineStart(firstDeeplyNestedLine(text)));
  }
  const doc = list[0];
  for (const d of list) {
    for (const e of [...d.errors, ...d.warnings]) {
      // The parser reports its own stack overflow (thousands of nested `[` or `{`) as resource exhaustion.
      const message = e.code === 'RESOURCE_EXHAUSTION' ? tooDeepMessage() : cleanMessage(e.message);
      problems.push({ code: e.code, message, range: errorRange(e.pos, text) });
    }
  }
  for (const extra of list.slice(1)) {
    const start = extra.range?.[0] ?? 0;
    problems.push({
      code: 'MULTIPLE_DOCUMENTS',
      message: 'An inventory holds one YAML document; this one after `---` is ignored. Merge it into the first or move it to its own file.',
      range: { start, end: Math.min(text.length, Math.max(start + 3, lines.lineEnd(lines.positionAt(start).line))) },
    });
  }
  let value: unknown;
  if (doc) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      problems.push({
        code: 'ALIAS_LIMIT',
        message: `The document could not be expanded: ${cleanMessage((err as Error).message)}. Write the values out instead of using aliases.`,
        range: { start: doc.range?.[0] ?? 0, end: Math.min(text.length, doc.range?.[0] ?? 0) },
      });
      value = undefined;
    }
  }
  return { text, lines, doc, problems, value };
}

/** By Document: a splice keeps the document (and puts no anchor in it), so its answer holds across keystrokes. */
const anchorsSeen = new WeakMap<Document, boolean>();
/** An anchor (`&a`) or alias (`*a`) starts a node: after a space, a flow indicator or `:`, followed by its name. */
const MAYBE_ANCHOR = /(?:^|[\s[\]{},:])[&*][^\s[\]{},]/;

/**
 * Whether the document has anchors or aliases: then one entry's value can depend on text outside it, so
 * nothing may be re-used or re-parsed per entry. A text with no place an anchor could be (a `&` in "R&D" or
 * "Data & AI" is none) needs no walk of its tree; the answer is kept per document.
 */
export function usesAnchors(parsed: ParsedYaml): boolean {
  const doc = parsed.doc;
  if (!doc) return false;
  let found = anchorsSeen.get(doc);
  if (found !== undefined) return found;
  found = false;
  if (MAYBE_ANCHOR.test(parsed.text)) {
    visit(doc, (_, node) => {
      if (isAlias(node) || (node && typeof node === 'object' && 'anchor' in node && (node as { anchor?: string }).anchor)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    });
  }
  anchorsSeen.set(doc, found);
  return found;
}

function tooManyErrorsMessage(): string {
  return `The file has more than ${MAX_SYNTAX_ERRORS} YAML errors, the first one here, so it is not checked further. Is it really YAML?`;
}

function tooDeepMessage(): string {
  return `The document nests more than ${MAX_NESTING_DEPTH} levels deep, so it is not checked; an inventory needs only a few levels. Remove the extra nesting`;
}

/** The first line that opens more than `MAX_NESTING_DEPTH` collections (`- `, `[`, `{`), or else 0. */
function firstDeeplyNestedLine(text: string): number {
  const all = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < all.length; i++) {
    if ((all[i].match(/- |\[|\{/g)?.length ?? 0) > MAX_NESTING_DEPTH) return i;
  }
  return 0;
}

/** The offset of the first syntax-tree token nested deeper than `MAX_NESTING_DEPTH`, found without recursion. */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 })).reverse();
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) return token.offset;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
        if ('key' in item && item.key) stack.push({ token: item.key, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

class TooManyErrors extends Error {}

/**
 * Makes `composer` stop (throw `TooManyErrors`) at its `MAX_SYNTAX_ERRORS + 1`th error: random bytes or a
 * line of 50,000 quotes would otherwise give tens of thousands of errors and seconds of work. `onError` is
 * the composer's error callback (not in its public types; pinned by test/engine/hostile.test.ts).
 */
function countErrors(composer: Composer): { first: number } {
  const seen = { first: 0, count: 0 };
  const target = composer as unknown as { onError: (source: unknown, code: string, message: string, warning?: boolean) => void };
  const report = target.onError;
  target.onError = (source, code, message, warning) => {
    // Duplicate keys are findings of their own (one per repeated key), not a sign of a file that is not YAML.
    if (!warning && code !== 'DUPLICATE_KEY') {
      if (seen.count === 0) seen.first = errorOffset(source);
      if (++seen.count > MAX_SYNTAX_ERRORS) throw new TooManyErrors();
    }
    report(source, code, message, warning);
  };
  return seen;
}

function errorOffset(source: unknown): number {
  if (typeof source === 'number') return source;
  if (Array.isArray(source) && typeof source[0] === 'number') return source[0];
  const offset = (source as { offset?: unknown } | undefined)?.offset;
  return typeof offset === 'number' ? offset : 0;
}

/** A text that is not built into a document: one problem, on the line of `offset`. */
function refused(text: string, lines: LineIndex, code: string, message: string, offset: number): ParsedYaml {
  const start = Math.max(0, Math.min(offset, text.length));
  const end = Math.max(start, lines.lineEnd(lines.positionAt(start).line));
  return { text, lines, doc: undefined, problems: [{ code, message, range: { start, end } }], value: undefined };
}

function errorRange(pos: [number, number] | undefined, text: string): OffsetRange {
  if (!pos) return { start: 0, end: 0 };
  const start = Math.max(0, Math.min(pos[0], text.length));
  const end = Math.max(start, Math.min(pos[1], text.length));
  return { start, end };
}

/** The parser's messages sometimes carry a source excerpt after a colon and newline; keep the first line. */
function cleanMessage(message: string): string {
  return message.split('\n')[0].trim();
}
