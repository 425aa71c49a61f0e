/**
 * The differential check of the fast scanner (`server/src/engine/fastScan.ts`): on a text it accepts, the
 * document, the value and the findings must be those of `yaml`'s parser. Shared by the unit test and the fuzz run.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { lintParsed, type LintOptions } from '../../server/src/engine';
import { parseYaml, parseYamlFully, type ParsedYaml } from '../../server/src/engine/parse';
import { formatFinding } from '../../server/src/format';

export interface ParseDiff {
  /** Whether the fast scanner took the text (otherwise both paths are `yaml`'s and nothing is compared). */
  scanned: boolean;
  /** The first difference, described; undefined when both agree. */
  difference?: string;
}

/** Compares the two paths on `text`; with `options`, the findings of both are compared too. */
export function diffParse(text: string, options?: LintOptions): ParseDiff {
  const fast = parseYaml(text);
  if (!fast.scanned) return { scanned: false };
  const full = parseYamlFully(text);
  const difference = diffParsed(fast, full) ?? (options ? diffFindings(fast, full, options) : undefined);
  return { scanned: true, difference };
}

function diffParsed(fast: ParsedYaml, full: ParsedYaml): string | undefined {
  if (full.problems.length) return `yaml reports ${full.problems.map((p) => `${p.code} at ${p.range.start}`).join(', ')}`;
  if (!full.doc || !fast.doc) return 'no document';
  if (!isDeepStrictEqual(fast.doc.range, full.doc.range)) return `document range ${fast.doc.range} ≠ ${full.doc.range}`;
  const d = diffNode(fast.doc.contents, full.doc.contents, '$');
  if (d) return d;
  if (!isDeepStrictEqual(fast.value, full.value)) return `values differ: ${JSON.stringify(fast.value)} ≠ ${JSON.stringify(full.value)}`;
  return undefined;
}

function diffNode(a: unknown, b: unknown, at: string): string | undefined {
  if (a === b) return undefined;
  if (!a || !b || (a as object).constructor !== (b as object).constructor) return `${at}: ${name(a)} ≠ ${name(b)}`;
  if (isPair(a) && isPair(b)) return diffNode(a.key, b.key, `${at}.key`) ?? diffNode(a.value, b.value, `${at}.value`);
  const ra = (a as { range?: unknown }).range;
  const rb = (b as { range?: unknown }).range;
  if (!isDeepStrictEqual(ra, rb)) return `${at}: range ${String(ra)} ≠ ${String(rb)}`;
  if (isScalar(a) && isScalar(b)) {
    for (const k of ['value', 'type', 'source', 'format', 'tag', 'minFractionDigits'] as const) {
      if (!Object.is(a[k as keyof typeof a], b[k as keyof typeof b]))
        return `${at}: ${k} ${JSON.stringify(a[k as keyof typeof a])} ≠ ${JSON.stringify(b[k as keyof typeof b])}`;
    }
    return undefined;
  }
  if ((isMap(a) && isMap(b)) || (isSeq(a) && isSeq(b))) {
    if (!!a.flow !== !!b.flow) return `${at}: flow ${a.flow} ≠ ${b.flow}`;
    if (a.items.length !== b.items.length) return `${at}: ${a.items.length} items ≠ ${b.items.length}`;
    for (let i = 0; i < a.items.length; i++) {
      const d = diffNode(a.items[i], b.items[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  return `${at}: unexpected ${name(a)}`;
}

function name(n: unknown): string {
  return n && typeof n === 'object' ? n.constructor.name : String(n);
}

function diffFindings(fast: ParsedYaml, full: ParsedYaml, options: LintOptions): string | undefined {
  const show = (p: ParsedYaml) =>
    lintParsed(p, options).findings.map((f) => `${f.ruleId} ${f.severity} ${f.range.start}-${f.range.end} ${formatFinding(f, 'en')}`);
  const a = show(fast);
  const b = show(full);
  if (isDeepStrictEqual(a, b)) return undefined;
  const i = a.findIndex((f, j) => f !== b[j]);
  return `findings differ at ${i}: ${a[i] ?? '(none)'} ≠ ${b[i] ?? '(none)'}`;
}
