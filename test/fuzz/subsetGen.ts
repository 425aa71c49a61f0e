/**
 * Inventories shaped like the YAML subset the fast scanner reads (`server/src/engine/fastScan.ts`), with the
 * variations it must get exactly right or decline: quoting styles and escapes, comments at every position,
 * CRLF, lone CR, BOM, Unicode, trailing spaces, empty values, typed scalars, flow collections, lists at
 * their key's column. Some outputs fall outside the subset on purpose (the scanner must decline them).
 */
import type { Prng } from './prng';

const WORDS = ['acme', 'Example SAS', 'privacy@example.com', 'soc2-type2', 'iso27001', 'gdpr-compliant', 'EU', 'FR', 'US', 'dpa', 'scc'];
const ODD = [
  'été',
  'Zürich AG',
  '日本語',
  '😀 emoji',
  'R&D',
  'a: b',
  'x #y',
  'x#y',
  '50%',
  '@corp',
  '`tick`',
  '-dash',
  '- item',
  '? q',
  ': c',
  '[x]',
  '{y}',
  'a, b',
  "it's",
  'say "hi"',
  'back\\slash',
  'tab\there',
  'café\u00a0noël',
  '\u2028sep',
  '',
  ' ',
  '---',
  '...',
  '#',
  '*a',
  '&b',
  '!t',
  '|',
  '>',
  '%Y',
];
const TYPED = [
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'null',
  'Null',
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
  '0.1e',
];
const KEYS = ['id', 'name', 'entity', 'purpose', 'criticality', 'countries', 'level', 'note', 'type', 'valid', 'é', 'x y'];

/** One scalar as written: plain, single- or double-quoted (with escapes). */
function scalar(rng: Prng, inFlow: boolean): string {
  const word = rng.chance(0.2) ? rng.pick(TYPED) : rng.chance(0.06) ? rng.pick(ODD) : rng.pick(WORDS);
  const style = rng.int(6);
  if (style === 0) return `'${word.replace(/'/g, "''")}'`;
  if (style === 1) {
    const escaped = word.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const extra = rng.chance(0.1)
      ? rng.pick(['\\n', '\\t', '\\u00e9', '\\x41', '\\/', '\\ ', '\\_', '\\N', '\\U0001F600', '\\q', '\\'])
      : '';
    return `"${escaped}${extra}"`;
  }
  if (inFlow && rng.chance(0.7)) return word.replace(/[,[\]{}]/g, '');
  return word;
}

function flow(rng: Prng, depth: number): string {
  const sp = rng.chance(0.5) ? ' ' : '';
  const n = rng.int(4);
  const items: string[] = [];
  const isMap = rng.chance(0.3);
  for (let i = 0; i < n; i++) {
    const v = depth < 2 && rng.chance(0.15) ? flow(rng, depth + 1) : scalar(rng, true);
    items.push(isMap ? `${rng.pick(KEYS)}:${rng.chance(0.97) ? ' ' : ''}${v}` : v);
  }
  const sep = rng.pick([', ', ',', ' , ', ', ']);
  const trail = rng.chance(0.02) ? ',' : '';
  return isMap ? `{${sp}${items.join(sep)}${trail}${sp}}` : `[${sp}${items.join(sep)}${trail}${sp}]`;
}

function comment(rng: Prng): string {
  return rng.pick([' # c', '  # note: x', ' #', ' # «commentaire»', '# tight']);
}

/** A value after `key:` on the same line (or nothing). */
function inlineValue(rng: Prng): string {
  const r = rng.int(200);
  if (r === 0) return '';
  if (r === 1) return ' ';
  if (r >= 10) return ` ${scalar(rng, false)}`;
  if (r <= 3) return ` ${flow(rng, 0)}`;
  return ` ${scalar(rng, false)}`;
}

function trailing(rng: Prng): string {
  let s = '';
  if (rng.chance(0.01)) s += rng.pick([' ', '  ', '\t']);
  if (rng.chance(0.15)) s += comment(rng);
  return s;
}

/** Blank and comment lines at some indentation. */
function between(rng: Prng, indent: number): string[] {
  const out: string[] = [];
  while (rng.chance(0.15)) {
    const d = rng.chance(0.95) ? indent : rng.pick([0, indent + 2, Math.max(0, indent - 2), indent + 4]);
    out.push(rng.chance(0.5) ? '' : `${' '.repeat(d)}# ${rng.pick(['comment', 'Core Infrastructure', 'à revoir'])}`);
    if (rng.chance(0.02)) out.push(' '.repeat(d));
  }
  return out;
}

function block(rng: Prng, indent: number, depth: number, out: string[]): void {
  const n = rng.between(1, 5);
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    out.push(...between(rng, indent));
    let key = rng.pick(KEYS);
    if (used.has(key) && rng.chance(0.98)) continue;
    used.add(key);
    if (rng.chance(0.1)) key = rng.pick([`"${key}"`, `'${key}'`]);
    const pad = ' '.repeat(indent);
    const r = rng.int(10);
    if (depth < 3 && r === 0) {
      out.push(`${pad}${key}:${trailing(rng)}`);
      block(rng, indent + rng.pick([2, 2, 4]), depth + 1, out);
    } else if (depth < 3 && r === 1) {
      out.push(`${pad}${key}:${trailing(rng)}`);
      list(rng, rng.chance(0.2) ? indent : indent + 2, depth + 1, out);
    } else {
      out.push(`${pad}${key}:${inlineValue(rng)}${trailing(rng)}`);
    }
  }
}

function list(rng: Prng, indent: number, depth: number, out: string[]): void {
  const n = rng.between(1, 4);
  const pad = ' '.repeat(indent);
  for (let i = 0; i < n; i++) {
    out.push(...between(rng, indent));
    if (rng.chance(0.5)) {
      // A mapping item: its first pair on the `-` line.
      const sub: string[] = [];
      block(rng, indent + 2, depth + 1, sub);
      const first = sub.findIndex((l) => l.trim() && !l.trim().startsWith('#'));
      if (first < 0) continue;
      out.push(`${pad}- ${sub[first].slice(indent + 2)}`, ...sub.slice(first + 1));
    } else {
      out.push(`${pad}-${rng.chance(0.95) ? ' ' : ''}${rng.chance(0.3) ? flow(rng, 0) : scalar(rng, false)}${trailing(rng)}`);
    }
  }
}

/** One subset-shaped inventory. */
export function subsetInventory(rng: Prng): string {
  const out: string[] = [];
  out.push(...between(rng, 0));
  out.push('inventory:', `  organization: ${scalar(rng, false)}`, '  lastUpdated: 2025-08-01');
  if (rng.chance(0.5)) {
    out.push(...between(rng, 0), 'defaults:');
    block(rng, 2, 1, out);
  }
  out.push(...between(rng, 0), `subprocessors:${trailing(rng)}`);
  const entries = rng.between(0, 6);
  const indent = rng.chance(0.2) ? 0 : 2;
  for (let i = 0; i < entries; i++) {
    out.push(...between(rng, indent));
    const sub: string[] = [];
    block(rng, indent + 2, 1, sub);
    const first = sub.findIndex((l) => l.trim() && !l.trim().startsWith('#'));
    if (first < 0) continue;
    if (/^\s*id:/.test(sub[first])) continue;
    out.push(`${' '.repeat(indent)}- id: e${i}`, `${' '.repeat(indent + 2)}${sub[first].slice(indent + 2)}`);
    out.push(...sub.slice(first + 1));
  }
  if (entries === 0) out[out.length - 1] += ' []';
  out.push(...between(rng, 0));
  let text = out.join('\n') + (rng.chance(0.8) ? '\n' : '');
  if (rng.chance(0.2)) text = text.replace(/\n/g, '\r\n');
  if (rng.chance(0.03)) text = text.replace(/\n/, '\r');
  if (rng.chance(0.1)) text = '\ufeff' + text;
  return text;
}
