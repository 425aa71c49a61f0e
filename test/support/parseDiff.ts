/**
 * The differential check of the fast scanner (`server/src/engine/fastScan.ts`): on a text it accepts, the
 * document, the value and the findings must be those of `yaml`'s parser. Shared by the unit test and the fuzz run.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { fixesFor, lintParsed, type Finding, type LintOptions } from '../../server/src/engine';
import { parseYaml, parseYamlFully, type ParsedYaml } from '../../server/src/engine/parse';
import { formatFinding } from '../../server/src/format';

export interface ParseDiff {
  /** Whether the fast scanner took the text (otherwise both paths are `yaml`'s and nothing is compared). */
  scanned: boolean;
  /** The first difference, described; undefined when both agree. */
  difference?: string;
}

/** The lint options of both paths; `fixes`: the fixes offered for each finding are compared too. */
export type DiffOptions = LintOptions & { fixes?: boolean };

/** Compares the two paths on `text`; with `options`, the findings of both are compared too. */
export function diffParse(text: string, options?: DiffOptions): ParseDiff {
  const fast = parseYaml(text);
  if (!fast.scanned) return { scanned: false };
  return { scanned: true, difference: comparePaths(fast, parseYamlFully(text), options) };
}

/** The first difference between the scanner's parse and `yaml`'s (document, nodes, value, then findings). */
export function comparePaths(fast: ParsedYaml, full: ParsedYaml, options?: DiffOptions): string | undefined {
  return diffParsed(fast, full) ?? (options ? diffFindings(fast, full, options) : undefined);
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

/**
 * What the engine gives on a parse, written out: every finding in force and every finding held back by an
 * accepted risk (rule, severity, message id, range, data, related places and their ranges, the message in
 * English), and with `fixes`, every fix offered for each (title, edits, flags).
 */
export function engineOutput(parsed: ParsedYaml, options: LintOptions, fixes: boolean): string[] {
  const result = lintParsed(parsed, options);
  const out: string[] = [];
  const show = (f: Finding, prefix: string): void => {
    const related = (f.related ?? []).map((r) => `${r.messageId} ${r.range.start}-${r.range.end} ${JSON.stringify(r.data)}`);
    out.push(
      `${prefix}${f.ruleId} ${f.severity} ${f.messageId} ${f.range.start}-${f.range.end} ${JSON.stringify(f.data ?? null)} ` +
        `[${related.join('; ')}] ${formatFinding(f, 'en')}`,
    );
  };
  for (const f of result.findings) {
    show(f, '');
    if (!fixes) continue;
    for (const fix of fixesFor(result, f, { acceptRisk: true })) {
      const { findings, ...rest } = fix;
      out.push(`  fix ${JSON.stringify(rest)} for ${findings.length}`);
    }
  }
  for (const f of result.suppressed) show(f, `held back (${JSON.stringify(f.suppression)}) `);
  return out;
}

/** The first difference between the engine's output on both parses. */
export function diffOutputs(a: readonly string[], b: readonly string[]): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  const at = a.findIndex((f, j) => f !== b[j]);
  const i = at < 0 ? a.length : at; // `a` is the start of `b`
  return `findings differ at ${i}: ${a[i] ?? '(none)'} ≠ ${b[i] ?? '(none)'}`;
}

function diffFindings(fast: ParsedYaml, full: ParsedYaml, options: DiffOptions): string | undefined {
  const fixes = options.fixes ?? false;
  return diffOutputs(engineOutput(fast, options, fixes), engineOutput(full, options, fixes));
}
