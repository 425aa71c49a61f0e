/**
 * Inventories shaped like the YAML subset the fast scanner reads (`server/src/engine/fastScan.ts`), with the
 * variations it must get exactly right: single- and double-quoted scalars (escapes, `''` doubling, `#` inside
 * quotes), comments at every position (own lines at every depth, after `key:`, after a value, after a `-`
 * item, after a flow collection), CRLF and mixed line ends, a BOM, Unicode (accents, CJK, RTL, combining
 * marks, characters outside the BMP) in keys and values, trailing spaces, empty values, `~`/`null` and the
 * other typed scalars, one-line flow collections, lists at their key's column. `subsetInventory` stays
 * inside the subset (most of its outputs are taken by the scanner, so the differential test compares them);
 * `edgeInventory` puts one construct at or past the subset's edge into such an inventory (lone CR, tabs,
 * block scalars, anchors, multi-line scalars, unsupported escapes...), which the scanner must decline or
 * read exactly as `yaml` does. `test/fuzz/subsetFeatures.ts` counts which variations the scanner took.
 */
import type { Prng } from './prng';

const WORDS = [
  'acme',
  'Example SAS',
  'privacy@example.com',
  'soc2-type2',
  'iso27001',
  'gdpr-compliant',
  'EU',
  'FR',
  'US',
  'dpa',
  'scc',
  'high',
];
/** Unicode a plain scalar can hold: accents, CJK, RTL, combining marks, characters outside the BMP, joiners. */
const UNICODE = [
  'été',
  'Zürich AG',
  '日本語',
  '😀 emoji',
  'e\u0301te\u0301',
  'Cafe\u0301 Noe\u0308l',
  'n\u0303o\u0327',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '𠜎𠜱',
  '👩\u200d💻 team',
  '🇫🇷',
  'Ελληνικά',
  'русский',
  'עברית',
  'عربى',
  'café\u00a0noël',
  'zero\u200bwidth',
  'Straße',
];
/** Plain scalars with punctuation the scanner must not mistake for syntax. */
const PUNCT = [
  'R&D',
  'x#y',
  '50%',
  'a:b',
  'https://example.com/dpa?x=1#s',
  "it's",
  'say "hi"',
  'back\\slash',
  '-dash',
  'a - b',
  'a, b',
  'semi;colon',
  'a|b',
  'x>y',
  'q?',
  'wow!',
  '0.1e',
  'v1.2.3',
];
/** Texts that need quotes (as plain scalars they are other syntax, or lose characters). */
const QUOTE_ONLY = [
  '',
  ' ',
  ' lead',
  'trail ',
  'x #y',
  '# not a comment',
  'a: b',
  'ends:',
  ': c',
  '- item',
  '? q',
  '[x]',
  '{y}',
  '*a',
  '&b',
  '!t',
  '|',
  '>',
  '%Y',
  '@corp',
  '`tick`',
  '---',
  "'",
  "''",
  "l'été",
  "O'Brien",
  '"',
  'a"b',
  'tab\there',
  'line\nbreak',
  '\\',
];
const TYPED = [
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'null',
  'Null',
  'NULL',
  '~',
  '0',
  '-0',
  '+12',
  '012',
  '0o17',
  '0x1F',
  '0X1f',
  '1.5',
  '1.50',
  '.5',
  '-.inf',
  '.NaN',
  '1e3',
  '1E-3',
  '2025-01-01',
  '2025-01-01T10:00:00Z',
  '12:30',
  '1_000',
  '9007199254740993',
];
/** Double-quoted escapes `yaml` reads and the scanner reads too. */
const ESCAPES = ['\\n', '\\t', '\\r', '\\0', '\\a', '\\b', '\\e', '\\f', '\\v', '\\N', '\\_', '\\L', '\\P', '\\ ', '\\"', '\\/', '\\\\'];
const U_ESCAPES = ['\\u00e9', '\\u00E9', '\\u0301', '\\u4e2d', '\\ud83d\\ude00', '\\u0000', '\\u2028', '\\uFEFF'];
const KEYS = ['id', 'name', 'entity', 'purpose', 'criticality', 'countries', 'level', 'note', 'type', 'valid', 'certifications', 'dpa'];
const ODD_KEYS = ['é', 'x y', 'clé', '日本', '😀', 'e\u0301', 'naïve', '𝔨𝔢𝔶', 'k-1', 'a.b', 'a/b', 'x#y', 'key_2', 'Ünïcödé'];
const COMMENTS = [
  '# c',
  '# note: x',
  '#',
  '# «commentaire»',
  '#tight',
  '# 日本語 😀',
  '# it\'s "quoted" # twice',
  '# key: value',
  '# - item',
  '# e\u0301',
  '#   ',
];

/** Whether `word` reads back as itself as a plain scalar (in a flow collection: with no flow indicator). */
export function plainSafe(word: string, inFlow: boolean): boolean {
  if (!word || word !== word.trim() || /[\n\t]/.test(word)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(word) && !/^-\S/.test(word)) return false;
  if (/: |:$| #/.test(word)) return false;
  return !(inFlow && /[,[\]{}]/.test(word));
}

function singleQuoted(word: string): string {
  return `'${word.replace(/'/g, "''")}'`;
}

/** Double-quoted, every character that needs it escaped, and escapes the scanner reads added between characters. */
function doubleQuoted(rng: Prng, word: string): string {
  const chars = Array.from(word, (c) => (c === '\\' || c === '"' ? `\\${c}` : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c));
  while (rng.chance(0.3)) chars.splice(rng.int(chars.length + 1), 0, rng.chance(0.7) ? rng.pick(ESCAPES) : rng.pick(U_ESCAPES));
  return `"${chars.join('')}"`;
}

interface Gen {
  rng: Prng;
  out: string[];
  /** Set after an empty value (`key:`): the next line must be the next content (else the scanner declines). */
  tight: boolean;
  indentStep: number;
}

/** One scalar as written: plain, single- or double-quoted. */
function scalar(g: Gen, inFlow: boolean): string {
  const { rng } = g;
  const r = rng.next();
  const word =
    r < 0.2
      ? rng.pick(TYPED)
      : r < 0.32
        ? rng.pick(UNICODE)
        : r < 0.42
          ? rng.pick(PUNCT)
          : r < 0.5
            ? rng.pick(QUOTE_ONLY)
            : r < 0.53
              ? `${rng.pick(WORDS)} ${rng.pick(UNICODE)}`
              : rng.pick(WORDS);
  // A tab or a line break is written as an escape (raw, it is outside the subset).
  const style = /[\n\t]/.test(word) ? 2 : rng.int(4);
  if (style === 0 && plainSafe(word, inFlow) === false) return rng.chance(0.5) ? singleQuoted(word) : doubleQuoted(rng, word);
  if (style === 1) return singleQuoted(word);
  if (style === 2) return doubleQuoted(rng, word);
  return plainSafe(word, inFlow) ? word : singleQuoted(word);
}

function key(g: Gen, used: Set<string>): string | undefined {
  const { rng } = g;
  for (let tries = 0; tries < 4; tries++) {
    const name = rng.chance(0.12) ? rng.pick(ODD_KEYS) : rng.pick(KEYS);
    if (used.has(name)) continue;
    used.add(name);
    const style = rng.int(12);
    if (style === 0) return singleQuoted(name);
    if (style === 1) return doubleQuoted(rng, name);
    return name;
  }
  return undefined;
}

function flow(g: Gen, depth: number): string {
  const { rng } = g;
  const sp = rng.chance(0.5) ? ' ' : '';
  const n = rng.int(4);
  const items: string[] = [];
  const isMap = rng.chance(0.35);
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const v = depth < 2 && rng.chance(0.15) ? flow(g, depth + 1) : scalar(g, true);
    if (!isMap) items.push(v);
    else {
      const k = key(g, used);
      if (k) items.push(`${k}:${rng.chance(0.2) ? '  ' : ' '}${v}`);
    }
  }
  const sep = rng.pick([', ', ',', ' , ', ',  ']);
  return isMap ? `{${sp}${items.join(sep)}${sp}}` : `[${sp}${items.join(sep)}${sp}]`;
}

function comment(g: Gen): string {
  return g.rng.pick(COMMENTS);
}

/** What may end a line after its content: spaces, a comment (after at least one space), spaces after it. */
function trailing(g: Gen): string {
  const { rng } = g;
  let s = '';
  if (rng.chance(0.08)) s += rng.pick([' ', '  ', '   ']);
  if (rng.chance(0.2)) s += `${rng.pick([' ', '  ', '    '])}${comment(g)}`;
  if (s && rng.chance(0.1)) s += ' ';
  return s;
}

/** A value after `key:` or `- ` on the same line. */
function inlineValue(g: Gen): string {
  const r = g.rng.int(20);
  if (r === 0) return g.rng.pick(['[]', '{}', '[ ]', '{ }']);
  if (r <= 3) return flow(g, 0);
  return scalar(g, false);
}

/** Blank and comment lines before a line at `indent` (never deeper than it, as the scanner wants). */
function between(g: Gen, indent: number): void {
  const { rng } = g;
  if (g.tight) {
    g.tight = false;
    return;
  }
  while (rng.chance(0.2)) {
    const d = rng.chance(0.7) ? indent : rng.int(indent + 1);
    const r = rng.int(10);
    if (r < 3) g.out.push('');
    else if (r === 3) g.out.push(' '.repeat(rng.int(indent + 1)));
    else g.out.push(`${' '.repeat(d)}${comment(g)}${rng.chance(0.1) ? '  ' : ''}`);
  }
}

function block(g: Gen, indent: number, depth: number, used = new Set<string>(), min = 1): void {
  const { rng } = g;
  const n = rng.between(min, 5);
  const pad = ' '.repeat(indent);
  for (let i = 0; i < n; i++) {
    const k = key(g, used);
    if (!k) continue;
    between(g, indent);
    const r = rng.int(12);
    if (depth < 3 && r === 0) {
      g.out.push(`${pad}${k}:${rng.chance(0.1) ? '  ' : ''}${trailing(g)}`);
      block(g, indent + g.indentStep, depth + 1);
    } else if (depth < 3 && r === 1) {
      g.out.push(`${pad}${k}:${trailing(g)}`);
      const atKeyColumn = rng.chance(0.25);
      list(g, atKeyColumn ? indent : indent + g.indentStep, depth + 1);
      // After a list at its key's column, `yaml` counts the comment lines in the list: none there.
      if (atKeyColumn) g.tight = true;
    } else if (r === 2 && i < n - 1) {
      // An empty value: right before the next key.
      g.out.push(`${pad}${k}:`);
      g.tight = true;
    } else {
      g.out.push(`${pad}${k}:${rng.chance(0.05) ? '  ' : ' '}${inlineValue(g)}${trailing(g)}`);
    }
  }
}

function list(g: Gen, indent: number, depth: number): void {
  const { rng } = g;
  const n = rng.between(1, 4);
  const pad = ' '.repeat(indent);
  for (let i = 0; i < n; i++) {
    between(g, indent);
    if (rng.chance(0.4) && depth < 3) {
      // A mapping item: its first pair on the `-` line.
      const at = g.out.length;
      // No comment line before the first pair (which moves to the `-` line).
      g.tight = true;
      block(g, indent + 2, depth + 1);
      const first = g.out.findIndex((l, j) => j >= at && l.trim() !== '' && !l.trim().startsWith('#'));
      if (first < 0) continue;
      const line = g.out[first];
      g.out.splice(first, 1);
      g.out.splice(at, 0, `${pad}- ${line.slice(indent + 2)}`);
    } else {
      g.out.push(`${pad}-${rng.chance(0.1) ? '  ' : ' '}${inlineValue(g)}${trailing(g)}`);
    }
  }
}

/** Line ends: LF, CRLF, or both mixed; the last line with or without one. */
function lineEnds(g: Gen, text: string): string {
  const r = g.rng.int(10);
  if (r < 3) text = text.replace(/\n/g, '\r\n');
  else if (r === 3) text = text.replace(/\n/g, () => (g.rng.chance(0.5) ? '\r\n' : '\n'));
  return text;
}

/** Moves the entry's `id:` line (at `at`) after its first pair, when that pair is on one line. */
function idAfterFirstPair(out: string[], at: number, indent: number): void {
  const first = out[at + 1];
  const pad = ' '.repeat(indent + 2);
  // A key line with its value on it (not `key:` before a block, nor an empty value).
  if (!first?.startsWith(pad) || !/^[^\s#-]/.test(first.slice(indent + 2)) || /:\s*(#.*)?$/.test(first)) return;
  const after = out.slice(at + 2).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (after !== undefined && (after.search(/\S/) > indent + 2 || after.startsWith(`${pad}- `))) return;
  out.splice(at, 2, `${' '.repeat(indent)}- ${first.slice(indent + 2)}`, `${pad}${out[at]!.slice(indent + 2)}`);
}

/** One subset-shaped inventory. */
export function subsetInventory(rng: Prng): string {
  const g: Gen = { rng, out: [], tight: false, indentStep: rng.chance(0.2) ? 4 : 2 };
  const step = g.indentStep;
  between(g, 0);
  g.out.push(`inventory:${trailing(g)}`);
  const top = new Set<string>();
  g.out.push(`${' '.repeat(step)}organization: ${scalar(g, false)}${trailing(g)}`, `${' '.repeat(step)}lastUpdated: 2025-08-01`);
  top.add('organization');
  top.add('lastUpdated');
  if (rng.chance(0.5)) block(g, step, 1, top, 0);
  if (rng.chance(0.4)) {
    between(g, 0);
    g.out.push(`defaults:${trailing(g)}`);
    block(g, step, 1);
  }
  between(g, 0);
  const entries = rng.between(0, 6);
  if (entries === 0) g.out.push(`subprocessors: ${rng.pick(['[]', '[ ]'])}${trailing(g)}`);
  else g.out.push(`subprocessors:${trailing(g)}`);
  const indent = rng.chance(0.25) ? 0 : step;
  for (let i = 0; i < entries; i++) {
    between(g, indent);
    const at = g.out.length;
    g.out.push(`${' '.repeat(indent)}- id: ${rng.chance(0.8) ? `e${i}` : scalar(g, false)}${trailing(g)}`);
    block(g, indent + 2, 1, new Set(['id']), 0);
    if (rng.chance(0.1)) idAfterFirstPair(g.out, at, indent);
  }
  // Comment and blank lines at the end: at the first column only (deeper ones are read otherwise by `yaml`).
  between(g, 0);
  let text = g.out.join('\n') + (rng.chance(0.8) ? '\n' : '');
  text = lineEnds(g, text);
  if (rng.chance(0.1)) text = '\ufeff' + text;
  return text;
}

type Edge = (text: string, rng: Prng) => string;

/** Offsets of the line starts of `text` (after `\n`). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (i + 1 < text.length) out.push(i + 1);
  return out;
}

/** Replaces the value of a random `key: value` line with `value` (or appends a line at the end). */
function atValue(text: string, rng: Prng, value: (indent: string) => string): string {
  const ls = text.split('\n');
  const candidates = ls.map((l, i) => (/^\s*(- )?[^\s#'"-][^:#]*: \S/.test(l) ? i : -1)).filter((i) => i >= 0);
  if (!candidates.length) return `${text}${text.endsWith('\n') ? '' : '\n'}x: ${value('')}\n`;
  const i = rng.pick(candidates);
  const l = ls[i]!;
  const colon = l.indexOf(': ');
  const indent = ' '.repeat(l.search(/\S/) + (l.trimStart().startsWith('- ') ? 2 : 0));
  const v = value(indent);
  ls[i] = `${l.slice(0, colon)}:${v.startsWith('\n') ? '' : ' '}${v}${l.endsWith('\r') ? '\r' : ''}`;
  return ls.join('\n');
}

/** Inserts `line` (at the indentation of a random content line) before that line. */
function beforeLine(text: string, rng: Prng, line: (indent: string) => string): string {
  const starts = lineStarts(text);
  const at = rng.pick(starts);
  const indent = /^ */.exec(text.slice(at))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text.slice(0, at) + line(indent) + eol + text.slice(at);
}

/** Constructs at or past the edge of the subset: the scanner must decline them, or read them as `yaml` does. */
export const EDGES: Record<string, Edge> = {
  loneCrLineEnd: (t, rng) => {
    const starts = lineStarts(t).filter((s) => s > 0 && t[s - 2] !== '\r' && t[s] !== '\n');
    if (!starts.length) return `${t}\rx: 1`;
    const s = rng.pick(starts);
    return t.slice(0, s - 1) + '\r' + t.slice(s);
  },
  loneCrInComment: (t, rng) => beforeLine(t, rng, (i) => `${i}# before\rafter`),
  loneCrInQuotes: (t, rng) => atValue(t, rng, () => rng.pick(['"a\rb"', "'a\rb'"])),
  tabIndent: (t, rng) => beforeLine(t, rng, (i) => `${i}\tz: 1`),
  tabBeforeComment: (t, rng) => atValue(t, rng, () => 'v\t# c'),
  trailingTab: (t, rng) => atValue(t, rng, () => rng.pick(['v\t', 'v \t', '"v"\t'])),
  tabInValue: (t, rng) => atValue(t, rng, () => rng.pick(['a\tb', '"a\tb"', "'a\tb'"])),
  blockScalar: (t, rng) => atValue(t, rng, (i) => `${rng.pick(['|', '>', '|-', '>+', '|2'])}\n${i}  text\n${i}  more`),
  anchorAlias: (t, rng) => atValue(t, rng, () => rng.pick(['&a v', '*a', '&a [1]'])),
  tag: (t, rng) => atValue(t, rng, () => rng.pick(['!!str 1', '!x v', '!!int "1"'])),
  documentStart: (t) => `---\n${t}`,
  documentEnd: (t) => `${t}${t.endsWith('\n') ? '' : '\n'}...\n`,
  twoDocuments: (t) => `${t}${t.endsWith('\n') ? '' : '\n'}---\nb: 2\n`,
  directive: (t) => `%YAML 1.2\n---\n${t}`,
  duplicateKey: (t) => t.replace(/^( *)(- )?id: .*$/m, (m: string, i: string, d?: string) => `${m}\n${i}${d ? '  ' : ''}id: again`),
  multiLinePlain: (t, rng) => atValue(t, rng, (i) => `one\n${i}  two`),
  multiLineQuoted: (t, rng) => atValue(t, rng, (i) => rng.pick([`"one\n${i}  two"`, `'one\n${i}  two'`, `"one\\\n${i}  two"`])),
  multiLineFlow: (t, rng) => atValue(t, rng, (i) => `[a,\n${i}  b]`),
  explicitKey: (t, rng) => beforeLine(t, rng, (i) => `${i}? k\n${i}: v`),
  emptyItem: (t, rng) => atValue(t, rng, (i) => `\n${i}  -\n${i}  - x`),
  commentAfterDash: (t, rng) => atValue(t, rng, (i) => `\n${i}  - # c\n${i}    k: v`),
  nestedDash: (t, rng) => atValue(t, rng, (i) => `\n${i}  - - x`),
  badIndent: (t, rng) => atValue(t, rng, (i) => `\n${i}    b: 1\n${i}  c: 2`),
  commentDeeper: (t, rng) => atValue(t, rng, (i) => `v\n${i}      # deeper`),
  unsupportedEscape: (t, rng) => atValue(t, rng, () => rng.pick(['"\\x41"', '"\\U0001F600"', '"\\q"', '"\\u12"', '"a\\'])),
  mergeKey: (t, rng) => beforeLine(t, rng, (i) => `${i}<<: {a: 1}`),
  typedKey: (t, rng) => beforeLine(t, rng, (i) => `${i}${rng.pick(['1', 'true', 'null', '~', '1.5', '[a]', '{a: 1}'])}: v`),
  trailingComma: (t, rng) => atValue(t, rng, () => rng.pick(['[1, 2,]', '{a: 1,}', '[,]'])),
  spacesAfterEmptyKey: (t, rng) => atValue(t, rng, (i) => `${rng.pick([' ', '  '])}\n${i}z: 1`),
  emptyValueThenComment: (t, rng) => beforeLine(t, rng, (i) => `${i}emptyish:\n${i}# c`),
  textAfterFlow: (t, rng) => atValue(t, rng, () => rng.pick(['[1]x', '{a: 1} b', '[a] [b]'])),
  textAfterQuote: (t, rng) => atValue(t, rng, () => rng.pick(['"a"b', "'a'b", '"a"# c', "'a' 'b'"])),
  spaceBeforeColon: (t, rng) => beforeLine(t, rng, (i) => `${i}k : v`),
  keyValueKey: (t, rng) => atValue(t, rng, () => 'a: b'),
  lineSeparators: (t, rng) => atValue(t, rng, () => rng.pick(['a\u2028b', 'a\u0085b', 'a\u2029b', '"a\u2028b"'])),
  controlChar: (t, rng) => atValue(t, rng, () => rng.pick(['a\x07b', 'a\x7fb', '"a\x1bb"', 'a\u009fb'])),
  bomInside: (t, rng) => atValue(t, rng, () => 'a\ufeffb'),
  longKey: (t, rng) => beforeLine(t, rng, (i) => `${i}${'k'.repeat(rng.pick([1000, 1023, 1024, 1030]))}: v`),
  flowKeyNoSpace: (t, rng) => atValue(t, rng, () => rng.pick(['{a:1}', '{a:b, c: d}', '[a:b]', '{"a":1}', '[a: b]'])),
  unclosed: (t, rng) => atValue(t, rng, () => rng.pick(['[a, b', '{a: 1', '"a', "'a"])),
  indicatorStart: (t, rng) => atValue(t, rng, () => rng.pick(['@x', '`x`', '%x', '|x', '>x', ',x', ']x', '}x'])),
  deepComment: (t) => `${t}${t.endsWith('\n') ? '' : '\n'}    # indented at the end\n`,
  blankLineDeeper: (t, rng) => beforeLine(t, rng, (i) => `${i}          `),
  rootScalar: (_t, rng) => rng.pick(['just text\n', '"quoted"\n', '42\n', '[a, b]\n', '{a: 1}\n', '- a\n- b\n', '# only\n', '\n', '']),
};

/** A subset-shaped inventory with one construct at or past the subset's edge. */
export function edgeInventory(rng: Prng): { text: string; edge: string } {
  const edge = rng.pick(Object.keys(EDGES));
  return { text: EDGES[edge]!(subsetInventory(rng), rng), edge };
}

/**
 * The texts the incremental path (`InventoryDocument`) hands to the parser for one entry: from the line after
 * the previous entry (or after `subprocessors:`) to the end of the entry's last line, an indented list of one
 * item; and the whole list after `subprocessors:`. Found by the entries' `-` lines at the list's column.
 */
export function entrySnippets(text: string): string[] {
  const head = /^subprocessors:[^\n]*\n/m.exec(text);
  if (!head) return [];
  const start = head.index + head[0].length;
  const body = text.slice(start);
  const dash = /^( *)- /m.exec(body);
  if (!dash) return [];
  const item = new RegExp(`^${dash[1]}- `, 'gm');
  const starts: number[] = [];
  for (let m = item.exec(body); m; m = item.exec(body)) starts.push(m.index);
  const out = [body];
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const to = i + 1 < starts.length ? starts[i + 1]! : body.length;
    out.push(body.slice(from, to));
    from = to;
  }
  return out;
}
