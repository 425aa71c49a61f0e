/**
 * Size limits: a file larger than the limit is not parsed (the YAML parser reads about 1 MB a second, so a
 * 50 MB paste would hold the server for a minute); it gets one finding that says why instead.
 */
import { entryAssessor } from './selection';
import { DEFAULT_POLICY } from './policy';
import { buildModel } from './model';
import { todayUtc, type LintOptions, type LintResult } from './lint';
import type { ParsedYaml } from './parse';
import { LineIndex } from './text';
import { makeFinding } from './rule';
import { yamlSyntax } from './rules/yaml-syntax';

/** The default of the `subprocessors.maxFileSize` setting, in bytes (UTF-8). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * The UTF-8 size of a text, counted without encoding it (no `Buffer`: the web build runs this too). A lone
 * surrogate counts 3 bytes, as the encoder writes U+FFFD for it.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The text's size in bytes when it is over `maxBytes`, else undefined. */
export function oversize(text: string, maxBytes: number): number | undefined {
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: skip the count when the text cannot be over.
  if (maxBytes <= 0 || text.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(text);
  return bytes > maxBytes ? bytes : undefined;
}

/** The result for a file that is too large to check: no parse, one `yaml-syntax` finding on the first line. */
export function tooLargeResult(text: string, bytes: number, maxBytes: number, options: LintOptions = {}): LintResult {
  const lines = new LineIndex(text);
  const parsed: ParsedYaml = { text, lines, doc: undefined, problems: [], value: undefined };
  return {
    parsed,
    model: buildModel(parsed),
    suppressed: [],
    findings: [
      makeFinding(
        yamlSyntax,
        'fileTooLarge',
        { yamlCode: 'FILE_TOO_LARGE', size: { fact: 'size', bytes }, limit: { fact: 'size', bytes: maxBytes } },
        { start: 0, end: lines.lineEnd(0) },
      ),
    ],
    policy: options.policy ?? DEFAULT_POLICY,
    today: options.today ?? todayUtc(),
    assess: entryAssessor(options.policy ?? DEFAULT_POLICY, options.today ?? todayUtc()),
  };
}
