/**
 * The variations the differential test of the fast scanner must see taken by the scanner (else they are never
 * compared with `yaml`), each found in an input's text independently of the generator that wrote it. Used by
 * `test/engine/fastScan.test.ts` (every variation compared at least a few times) and `npm run fuzz:parse` (its
 * table). Lone CRs and tabs are counted too: the scanner must decline them, so they are never "taken".
 */
export const SUBSET_FEATURES: Readonly<Record<string, RegExp>> = {
  'CRLF line ends': /\r\n/,
  'LF and CRLF mixed': /(^|[^\r])\n[\s\S]*\r\n|\r\n[\s\S]*[^\r]\n/,
  'lone CR': /\r(?!\n)/,
  BOM: /^\ufeff/,
  'no line end at the end': /[^\n]$/,
  'single-quoted': /'[^'\n]*'/,
  "'' doubling": /'[^'\n]*''[^'\n]*'/,
  'double-quoted': /"[^"\n]*"/,
  'double-quoted escape': /"[^"\n]*\\[0abefnrtvN_LP "/\\][^"\n]*"/,
  '\\u escape': /\\u[0-9a-fA-F]{4}/,
  '# inside quotes': /'[^'\n]*#[^'\n]*'|"[^"\n]*#[^"\n]*"/,
  'quoted key': /^[ -]*(['"])[^'"\n]*\1:/m,
  'comment line': /^ *#/m,
  'indented comment line': /^ +#/m,
  'comment after key:': /^[ -]*[^\s#][^\n#]*:[ ]+#/m,
  'comment after a value': /: [^\s#][^\n]* #/,
  'comment after a - item': /^ *- [^#\n]*\S +#/m,
  'comment after a flow collection': /[\]}] +#/,
  'blank line': /\n[ ]*\r?\n/,
  'trailing spaces': / \r?\n| $/,
  'trailing tab': /\t\r?\n|\t$/,
  'non-BMP character': /[\u{10000}-\u{10ffff}]/u,
  'combining mark': /\p{M}/u,
  'CJK or RTL': /[\u3040-\u9fff\u0590-\u06ff]/,
  'non-ASCII key': /^[ -]*['"]?[^\s!-~][^:\n]*:/mu,
  'empty value': /:\r?\n *[^\s#-]/,
  '~ or null': /: (~|null|Null|NULL)\b/,
  'typed scalar (bool, number, date)': /: (true|false|True|False|TRUE|[-+]?\d[\d._eExXoO+-]*|\.inf|-\.inf|\.nan|\.NaN|\d{4}-\d\d-\d\d)\s/,
  'flow sequence': /\[[^\]\n]*\]/,
  'flow mapping': /\{[^}\n]*\}/,
  'nested flow': /[[{][^\n\]}]*[[{]/,
  'empty flow': /\[ *\]|\{ *\}/,
  'list at its key column': /^( *)[^\s#-][^\n]*:\r?\n\1- /m,
  'mapping item on a - line': /^ *- [^\s#'"[{][^:\n]*: /m,
  '4-space indentation': /^ {4}[^ ]/m,
};

export type FeatureCounts = Record<string, { seen: number; taken: number }>;

/** Adds `text` to `counts`: each feature it shows, and whether the scanner took it. */
export function countFeatures(counts: FeatureCounts, text: string, taken: boolean): void {
  for (const [name, re] of Object.entries(SUBSET_FEATURES)) {
    if (!re.test(text)) continue;
    const c = (counts[name] ??= { seen: 0, taken: 0 });
    c.seen++;
    if (taken) c.taken++;
  }
}

/** The counts as a table, one feature a line. */
export function featureTable(counts: FeatureCounts): string {
  const width = Math.max(...Object.keys(SUBSET_FEATURES).map((n) => n.length));
  return Object.keys(SUBSET_FEATURES)
    .map((name) => {
      const c = counts[name] ?? { seen: 0, taken: 0 };
      return `  ${name.padEnd(width)}  ${String(c.seen).padStart(6)} seen  ${String(c.taken).padStart(6)} taken by the scanner`;
    })
    .join('\n');
}
