/** Parsing: the text to a `yaml` Document (ranges and comments kept) and its plain value, once per version. */
import { parseAllDocuments, type Document } from 'yaml';
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

/** The parser's options: ranges kept, duplicate keys and other doubtful input reported. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

/** Aliases are legal YAML, but a few can expand to gigabytes ("billion laughs"): refuse that. */
const MAX_ALIAS_COUNT = 1000;

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const problems: YamlProblem[] = [];
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  for (const d of list) {
    for (const e of [...d.errors, ...d.warnings]) {
      problems.push({ code: e.code, message: cleanMessage(e.message), range: errorRange(e.pos, text) });
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
