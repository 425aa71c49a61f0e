/** Parsing: the text to a `yaml` Document (ranges and comments kept) and its plain value, once per version. */
import { Composer, Parser, type CST, type Document } from 'yaml';
import { LineIndex } from './text';
import type { OffsetRange } from './types';

export interface YamlProblem {
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
}

/** Aliases are legal YAML, but a few can expand to gigabytes ("billion laughs"): refuse that. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Deeper nesting than this is refused before anything walks the tree: an inventory needs about five
 * levels, and code that recurses (building the value, schema validation) must never overflow the stack.
 */
export const MAX_NESTING_DEPTH = 100;

/** A text with more syntax errors than this (random bytes, a binary file) is not built into a document. */
export const MAX_SYNTAX_ERRORS = 1000;

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const problems: YamlProblem[] = [];
  let list: Document.Parsed[];
  try {
    // What `parseAllDocuments` does, with a look at the syntax tree's depth before the documents are built.
    const tokens = Array.from(new Parser().parse(text));
    const { deep, errors } = inspectTree(tokens);
    if (deep !== undefined || errors.length > MAX_SYNTAX_ERRORS) {
      const at = Math.min(deep ?? errors[0], text.length);
      const message =
        deep !== undefined
          ? tooDeepMessage()
          : `The file has more than ${MAX_SYNTAX_ERRORS} syntax errors, the first one here, so it is not checked further. Is it really YAML?`;
      problems.push({ code: deep !== undefined ? 'NESTING_LIMIT' : 'ERROR_LIMIT', message, range: { start: at, end: Math.max(at, lines.lineEnd(lines.positionAt(at).line)) } });
      return { text, lines, doc: undefined, problems, value: undefined };
    }
    list = Array.from(new Composer({ prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' }).compose(tokens));
  } catch (err) {
    // The parser recurses once per nesting level (`- - - - ...` on one line): too deep overflows its stack.
    if (!(err instanceof RangeError)) throw err;
    const line = firstDeeplyNestedLine(text);
    problems.push({ code: 'NESTING_LIMIT', message: tooDeepMessage(), range: { start: lines.lineStart(line), end: lines.lineEnd(line) } });
    return { text, lines, doc: undefined, problems, value: undefined };
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

/**
 * Walks the syntax tree without recursion: the offset of the first token nested deeper than
 * `MAX_NESTING_DEPTH`, and the offsets of the error tokens.
 */
function inspectTree(tokens: readonly CST.Token[]): { deep?: number; errors: number[] } {
  const errors: number[] = [];
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 })).reverse();
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (depth > MAX_NESTING_DEPTH) return { deep: token.offset, errors };
    if (token.type === 'error') errors.push(token.offset);
    else if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
        if ('key' in item && item.key) stack.push({ token: item.key, depth: depth + 1 });
      }
    }
  }
  errors.sort((a, b) => a - b);
  return { errors };
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
