/**
 * Mutators for the fuzzer: each takes a text and returns a damaged copy, the way people and tools damage
 * YAML (lines and characters lost, doubled or swapped, indentation changed, anchors, aliases, tags and
 * document markers added, very long lines, control characters, invalid UTF-8, random bytes).
 * Bytes are decoded as the CLI and the server decode files (`Buffer#toString('utf8')`: invalid sequences
 * become U+FFFD).
 */
import type { Prng } from './prng';

export type Mutator = (text: string, rng: Prng, corpus: readonly string[]) => string;

function lines(text: string): string[] {
  return text.split('\n');
}

function spliceAt(text: string, at: number, insert: string, remove = 0): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** The offset just after a `: ` in a random line, or a random offset. */
function valueOffset(text: string, rng: Prng): number {
  const ls = lines(text);
  for (let tries = 0; tries < 8; tries++) {
    const i = rng.int(ls.length);
    const c = ls[i].indexOf(': ');
    if (c >= 0) return ls.slice(0, i).reduce((n, l) => n + l.length + 1, 0) + c + 2;
  }
  return rng.int(text.length + 1);
}

const ANCHOR_NAMES = ['a', 'b', 'base', 'x1', 'über', 'a'.repeat(200)];
const TAGS = [
  '!!str',
  '!!int',
  '!!float',
  '!!bool',
  '!!null',
  '!!map',
  '!!seq',
  '!!set',
  '!!omap',
  '!!pairs',
  '!!binary',
  '!!timestamp',
  '!custom',
  '!<tag:yaml.org,2002:str>',
  '!!js/function',
  '!',
  '!!merge',
];
const CONTROL = [
  '\0',
  '\x01',
  '\x07',
  '\x08',
  '\x0b',
  '\x0c',
  '\x1b',
  '\x7f',
  '\x85',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\r',
  '\t',
  '\ud800',
  '\udfff',
  '\uffff',
  '\u200b',
  '\u202e',
];
const PUNCT = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '-',
  '?',
  '|',
  '>',
  "'",
  '"',
  '#',
  '%',
  '@',
  '`',
  '&',
  '*',
  '!',
  '<<',
  '\\',
  '- ',
  ': ',
  '|-',
  '>+',
];
const ODD_VALUES = [
  '1e309',
  '-.inf',
  '.nan',
  '0x1F',
  '0o17',
  '2026-13-45',
  '2025-02-30',
  '~',
  'null',
  '',
  '""',
  "''",
  '9007199254740993',
  '-0',
  'yes',
  'no',
  'on',
  '[]',
  '{}',
  '[[[]]]',
  '{a: {b: {c: []}}}',
  '"\\u0000"',
  '"\\x"',
  '!!binary aGVsbG8=',
  '2026-01-01T00:00:00Z',
];

/** Rules an `acceptedRisks` item may name: acceptable ones, the file's own validity (never acceptable), and no rule. */
const ACCEPT_RULES = [
  'weak-admin-mfa',
  'transfer-safeguard',
  'dpa-required',
  'admin-mfa-required',
  'selection-tier',
  'tia-missing',
  'critical-uncertified',
  'mfa-unspecified',
  'unstated-fact',
  'missing-field',
  'invalid-value',
  'unknown-field',
  'placeholder-value',
  'yaml-syntax',
  'policy-invalid',
  'invalid-risk-acceptance',
  'unused-risk-acceptance',
  'no-such-rule',
];
const ACCEPT_UNTIL = [
  '2026-03-01',
  '2026-12-31',
  '2027-01-15',
  '2027-01-16',
  '2099-12-31',
  '2026-01-14',
  '2026-01-15',
  'soon',
  '"<YYYY-MM-DD>"',
];
const ACCEPT_TEXT = ['Legacy console', 'r', '""', '"  "', '"<reason>"', '[a]', 'DPO'];

/** One `acceptedRisks` item, complete or not, valid or not. */
function acceptanceItem(rng: Prng): string {
  const fields = [
    `rule: ${rng.pick(ACCEPT_RULES)}`,
    `reason: ${rng.pick(ACCEPT_TEXT)}`,
    `approvedBy: ${rng.pick(ACCEPT_TEXT)}`,
    `until: ${rng.pick(ACCEPT_UNTIL)}`,
  ].filter(() => rng.chance(0.8));
  return `{ ${fields.join(', ')} }`;
}

export const MUTATORS: Record<string, Mutator> = {
  /** An `acceptedRisks` list (one to six items) on a random entry, or under `defaults`. */
  acceptRisks(text, rng) {
    const list = `acceptedRisks: [${Array.from({ length: rng.between(1, 6) }, () => acceptanceItem(rng)).join(', ')}]`;
    const ls = lines(text);
    const starts = ls.map((l, i) => [i, /^(\s*)- id:/.exec(l)] as const).filter(([, m]) => m);
    if (starts.length && rng.chance(0.8)) {
      const [i, m] = rng.pick(starts);
      ls.splice(i + 1, 0, `${m![1]}  ${list}`);
      return ls.join('\n');
    }
    return `${text.replace(/\n?$/, '\n')}defaults:\n  ${list}\n`;
  },
  deleteLine(text, rng) {
    const ls = lines(text);
    ls.splice(rng.int(ls.length), rng.between(1, 3));
    return ls.join('\n');
  },
  duplicateLine(text, rng) {
    const ls = lines(text);
    const i = rng.int(ls.length);
    const n = rng.between(1, 4);
    ls.splice(i, 0, ...ls.slice(i, i + n));
    return ls.join('\n');
  },
  swapLines(text, rng) {
    const ls = lines(text);
    const i = rng.int(ls.length);
    const j = rng.int(ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
    return ls.join('\n');
  },
  deleteChars(text, rng) {
    return spliceAt(text, rng.int(text.length + 1), '', rng.between(1, 12));
  },
  duplicateChars(text, rng) {
    const at = rng.int(text.length + 1);
    return spliceAt(text, at, text.slice(at, at + rng.between(1, 20)));
  },
  swapChars(text, rng) {
    if (text.length < 2) return text;
    const i = rng.int(text.length - 1);
    return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  },
  changeIndentation(text, rng) {
    const ls = lines(text);
    const i = rng.int(ls.length);
    const n = rng.between(1, 6);
    for (let k = i; k < Math.min(ls.length, i + n); k++) {
      const r = rng.int(4);
      if (r === 0) ls[k] = ls[k].replace(/^ {1,2}/, '');
      else if (r === 1) ls[k] = ' '.repeat(rng.between(1, 3)) + ls[k];
      else if (r === 2) ls[k] = `\t${ls[k]}`;
      else ls[k] = ls[k].trimStart();
    }
    return ls.join('\n');
  },
  insertAnchor(text, rng) {
    return spliceAt(text, valueOffset(text, rng), `&${rng.pick(ANCHOR_NAMES)} `);
  },
  insertAlias(text, rng) {
    const at = valueOffset(text, rng);
    const end = text.indexOf('\n', at);
    const alias = `*${rng.pick(ANCHOR_NAMES)}`;
    if (rng.chance(0.3)) {
      // A merge key, legal in YAML 1.1 and common in hand-written files.
      const ls = lines(text);
      const i = rng.int(ls.length);
      const indent = /^\s*(?:- )?/.exec(ls[i])?.[0].replace('-', ' ') ?? '';
      ls.splice(i + 1, 0, `${indent}<<: ${alias}`);
      return ls.join('\n');
    }
    return spliceAt(text, at, alias, end < 0 ? 0 : end - at);
  },
  insertTag(text, rng) {
    return spliceAt(text, valueOffset(text, rng), `${rng.pick(TAGS)} `);
  },
  documentMarkers(text, rng) {
    const ls = lines(text);
    const marker = rng.pick([
      '---',
      '...',
      '--- |',
      '%YAML 1.2\n---',
      '%YAML 1.1\n---',
      '%TAG ! tag:example.com,2000:\n---',
      '--- >-\n  folded',
      '---\n---\n',
      '%FOO bar',
    ]);
    ls.splice(rng.int(ls.length + 1), 0, marker);
    return ls.join('\n');
  },
  longLine(text, rng) {
    const ls = lines(text);
    const size = rng.between(2_000, 120_000);
    const unit = rng.pick(['x', 'é', '😀', 'ab ', '[', '{a: ', '- ', '\\', '"', "'"]);
    const line = rng.chance(0.5) ? `  long: ${unit.repeat(Math.ceil(size / unit.length))}` : unit.repeat(Math.ceil(size / unit.length));
    ls.splice(rng.int(ls.length + 1), 0, line);
    return ls.join('\n');
  },
  controlCharacters(text, rng) {
    let out = text;
    for (let n = rng.between(1, 5); n > 0; n--) out = spliceAt(out, rng.int(out.length + 1), rng.pick(CONTROL));
    return out;
  },
  invalidUtf8(text, rng) {
    const bytes = Buffer.from(text, 'utf8');
    const bad = [
      [0xff],
      [0xfe],
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
      [0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    ];
    const parts: Buffer[] = [];
    let last = 0;
    for (let n = rng.between(1, 4); n > 0; n--) {
      const at = rng.between(last, bytes.length);
      parts.push(bytes.subarray(last, at), Buffer.from(rng.pick(bad)));
      last = at;
    }
    parts.push(bytes.subarray(last));
    return Buffer.concat(parts).toString('utf8');
  },
  randomBytes(_text, rng) {
    const bytes = Buffer.alloc(rng.between(0, 4096));
    for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(256);
    return bytes.toString('utf8');
  },
  punctuation(text, rng) {
    let out = text;
    for (let n = rng.between(1, 4); n > 0; n--) out = spliceAt(out, rng.int(out.length + 1), rng.pick(PUNCT));
    return out;
  },
  oddValue(text, rng) {
    const at = valueOffset(text, rng);
    const end = text.indexOf('\n', at);
    return spliceAt(text, at, rng.pick(ODD_VALUES), end < 0 ? 0 : end - at);
  },
  spliceOther(text, rng, corpus) {
    const other = rng.pick(corpus);
    const from = rng.int(other.length + 1);
    return spliceAt(text, rng.int(text.length + 1), other.slice(from, from + rng.between(1, 400)));
  },
  lineEndings(text, rng) {
    return rng.chance(0.5) ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r');
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** One fuzz input: a corpus text with one to four mutations, or (sometimes) random bytes. */
export function mutate(corpus: readonly string[], rng: Prng): { text: string; steps: string[] } {
  if (rng.chance(0.04)) return { text: MUTATORS.randomBytes('', rng, corpus), steps: ['randomBytes'] };
  let text = rng.pick(corpus);
  const steps: string[] = [];
  for (let n = rng.between(1, 4); n > 0; n--) {
    const name = rng.pick(MUTATOR_NAMES.filter((m) => m !== 'randomBytes'));
    text = MUTATORS[name](text, rng, corpus);
    steps.push(name);
  }
  return { text, steps };
}
