/**
 * The fuzzer's checks, shared by `npm run fuzz` (fuzz.ts) and the short run in `npm test` (fuzz.test.ts):
 * the corpus, the properties every input must have through the engine and through the real server, and
 * the saving of failing inputs as fixtures (replayed by the test).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  applyEdits,
  fixesFor,
  LineIndex,
  lintText,
  parseYaml,
  parseYamlFully,
  type Finding,
  type Fix,
  type LintResult,
} from '../../server/src/engine';
import { REPO_ROOT, type TestLspClient } from '../support/lspClient';
import { diffParse } from '../support/parseDiff';
import { formatFinding, formatFixTitle, formatRelated } from '../../server/src/format';

export const FUZZ_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'fuzz');
export const TODAY = '2026-01-15';
/**
 * Time bound for one input through the engine (inputs are at most a few hundred KB): its lint and the fixes of
 * every finding, as an editor asks for them (diagnostics, then code actions), in CPU time (see `judgeTime`).
 */
export const ENGINE_BOUND_MS = 5_000;
/** Time bound for one input through the server: diagnostics published and the next request answered. */
export const LSP_BOUND_MS = 15_000;

function yamlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(e.name)) out.push(full);
  }
  return out.sort();
}

/** The texts to mutate: the examples and every fixture (except saved fuzz failures), plus a few seeds. */
export function loadCorpus(): string[] {
  const files = [
    ...yamlFilesUnder(path.join(REPO_ROOT, 'examples')),
    ...yamlFilesUnder(path.join(REPO_ROOT, 'test', 'fixtures')).filter((f) => !f.startsWith(FUZZ_FIXTURES)),
  ];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  texts.push(
    '',
    'inventory:\n  organization: A\n  contact: a@example.com\n  lastUpdated: 2025-01-01\nsubprocessors: []\n',
    'defaults: &d\n  dpa: { type: dpa }\nsubprocessors:\n  - <<: *d\n    id: a\n    name: A\n',
    'policy: ./subprocessor-policy.yaml\nsubprocessors:\n  - id: x\n    certifications: [soc2-type2]\n',
    ...FIX_SEEDS,
    ...ACCEPTANCE_SEEDS,
  );
  // The example with CRLF line breaks, and with tabs in values and comments.
  const example = texts[0] ?? '';
  texts.push(example.replace(/\n/g, '\r\n'), example.replace(/: (\S)/g, ':\t$1').replace(/ # /g, '\t# '));
  return texts;
}

const HEADER = 'inventory: { organization: X, contact: x@example.com, lastUpdated: 2026-06-01 }\nsubprocessors:\n';

/**
 * Seeds for what fixes must survive: anchors and aliases in flow and block lists, block scalars with every
 * chomping indicator (with and without an indentation indicator) as the last value of an incomplete entry,
 * claims at the end of a block list, comments on key lines.
 */
export const FIX_SEEDS: string[] = [
  `${HEADER}  - id: a\n    certifications: [&soc SOC 2 Type II, &claim gdpr-compliant]\n  - id: b\n    certifications: [*claim, *soc]\n`,
  `${HEADER}  - id: a\n    certifications:\n      - &c gdpr-compliant\n      - soc2\n    claims: [*c]\n`,
  ...['|', '|-', '|+', '>', '>-', '>+', '|2+', '|+2', '>2-'].map(
    (h) =>
      `${HEADER}  - id: a\n    name: ${h}\n${h.includes('2') ? '      ' : '      '}text # not a comment\n\n\n  - id: b\n    note: ${h}\n      last\n\n`,
  ),
  `${HEADER}  - id: a\n    name: A\n    certifications: # audited\n      - soc2-type2\n      - gdpr-compliant\n`,
  `${HEADER}  - id: a\n    name: A\n    certifications:\n      - SOC 2 Type II\n      - gdpr-compliant # claim\n    dataLocation: { countries: [UK] }\n`,
];

/** Accepted risks: complete and not, in force, expired and too far ahead, on entries and under `defaults`. */
export const ACCEPTANCE_SEEDS: string[] = [
  `${HEADER}  - id: us\n    name: US\n    dataLocation: { countries: [US] }\n    administrationAuthentication: { method: Email/password, mfa: [] }\n    acceptedRisks:\n      - { rule: transfer-safeguard, until: 2999-12-31 }\n      - { rule: missing-field, reason: r, approvedBy: DPO, until: 2026-06-30 }\n      - { rule: admin-mfa-required, reason: Legacy console, approvedBy: DPO, until: 2026-06-30 }\n`,
  `inventory: { organization: X, contact: x@example.com, lastUpdated: 2026-06-01 }\ndefaults:\n  administrationAuthentication: { method: SSO, mfa: [sms] }\n  acceptedRisks: [{ rule: weak-admin-mfa, reason: SMS only, approvedBy: CISO, until: 2026-12-31 }]\nsubprocessors:\n  - id: a\n    name: A\n    criticality: critical\n    acceptedRisks: [{ rule: dpa-required, reason: r, approvedBy: DPO, until: 2026-02-01 }]\n  - id: b\n    name: B\n    criticality: critical\n`,
];

/** The rules no acceptance may hold back (the product contract, spec section 8), written out independently of the engine. */
const NEVER_ACCEPTED = new Set(['yaml-syntax', 'missing-field', 'invalid-value', 'unknown-field', 'placeholder-value', 'policy-invalid']);

/**
 * The text with every `acceptedRisks` list (of `defaults` and of each entry) emptied to `[]`: the same file
 * with no acceptance at all (a list of one's own, even empty, still keeps `defaults` away). Undefined when none.
 */
function withoutAcceptances(text: string): string | undefined {
  const cuts: [number, number][] = [];
  const doc = parseYaml(text).doc;
  const lists = (node: unknown): void => {
    const map = node as { items?: { key?: { value?: unknown }; value?: { range?: number[] } }[] } | undefined;
    for (const pair of map?.items ?? []) {
      const range = pair?.value?.range;
      if (pair?.key?.value === 'acceptedRisks' && range) cuts.push([range[0]!, range[1]!]);
    }
  };
  const root = doc?.contents as { items?: { key?: { value?: unknown }; value?: { items?: unknown[] } }[] } | null;
  for (const pair of root?.items ?? []) {
    if (pair?.key?.value === 'defaults') lists(pair.value);
    if (pair?.key?.value === 'subprocessors') for (const e of pair.value?.items ?? []) lists(e);
  }
  if (!cuts.length) return undefined;
  let out = text;
  for (const [start, end] of cuts.sort((x, y) => y[0] - x[0])) out = `${out.slice(0, start)}[]${out.slice(end)}`;
  return out;
}

/** Whether an `acceptedRisks` item (its plain value) is a complete record in force on `today`, by the contract. */
function validItem(item: unknown, today: string): item is { rule: string } {
  if (!item || typeof item !== 'object') return false;
  const i = item as Record<string, unknown>;
  const stated = (v: unknown) => typeof v === 'string' && v.trim() !== '' && !/^<[^<>]+>$/.test(v);
  if (![i.rule, i.reason, i.approvedBy].every(stated)) return false;
  const until = i.until instanceof Date ? i.until.toISOString().slice(0, 10) : i.until;
  if (typeof until !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return false;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const latest = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return until >= today && until <= latest && !NEVER_ACCEPTED.has(i.rule as string);
}

/**
 * Accepted risks never take away more than valid items allow: every finding of the text with its
 * `acceptedRisks` removed is still reported, or held back (suppressed) by a valid item naming its rule, and
 * nothing is held back that no valid item names. Returns what is wrong, or undefined.
 */
export function checkAcceptances(text: string, result: LintResult): string | undefined {
  const bare = withoutAcceptances(text);
  if (bare === undefined) return result.suppressed.length ? 'a finding is held back by no acceptedRisks at all' : undefined;
  const value = parseYaml(text).value as { defaults?: { acceptedRisks?: unknown }; subprocessors?: { acceptedRisks?: unknown }[] } | null;
  const items = [
    value?.defaults?.acceptedRisks,
    ...(Array.isArray(value?.subprocessors) ? value.subprocessors.map((e) => e?.acceptedRisks) : []),
  ]
    .flatMap((l) => (Array.isArray(l) ? l : []))
    .filter((i) => validItem(i, TODAY));
  const validRules = new Set(items.map((i) => i.rule));
  for (const f of result.suppressed) {
    if (!validRules.has(f.ruleId)) return `${f.ruleId} is held back by no valid acceptedRisks item`;
  }
  const before = lintText(bare, { today: TODAY });
  if (before.parsed.problems.length || result.parsed.problems.length) return undefined; // cutting broke or kept broken YAML: nothing to compare
  const count = (list: readonly Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) {
      const key = `${f.ruleId} ${formatFinding(f, 'en')}`;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
    return m;
  };
  const now = count([...result.findings, ...result.suppressed]);
  for (const [key, n] of count(before.findings)) {
    if ((now.get(key) ?? 0) < n) return `with acceptedRisks, fewer findings "${key}" (${now.get(key) ?? 0} < ${n}) than without`;
  }
  return undefined;
}

interface AnyNode {
  comment?: string;
  commentBefore?: string;
  anchor?: string;
  items?: unknown[];
  key?: unknown;
  value?: unknown;
  contents?: unknown;
}

/**
 * Every node of a text's document (the document, collections, pairs, scalars), depth first, from `yaml`'s own
 * parse: the fast scanner attaches no comments, so a text it takes would seem to have lost them all.
 */
function eachNode(text: string, use: (node: AnyNode) => void): void {
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as AnyNode;
    use(node);
    if (Array.isArray(node.items)) node.items.forEach(visit);
    if ('key' in node) visit(node.key);
    if ('value' in node) visit(node.value);
    if ('contents' in node) visit(node.contents);
  };
  visit(parseYamlFully(text).doc);
}

/** The comments of a text, one per line, sorted. */
export function comments(text: string): string[] {
  const out: string[] = [];
  eachNode(text, (node) => {
    for (const c of [node.commentBefore, node.comment])
      if (c)
        out.push(
          ...c
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
  });
  return out.sort();
}

/** The anchors a text defines, sorted. */
function anchorNames(text: string): string[] {
  const out: string[] = [];
  eachNode(text, (node) => {
    if (node.anchor) out.push(node.anchor);
  });
  return out.sort();
}

/**
 * Every fix offered for every finding, applied alone as an editor applies LSP edits: no two edits overlap,
 * the result parses (when the input did), no comment and no anchor is lost, and every byte outside the edits
 * is the input's (the result is checked against an independent applier). Returns what is wrong, or undefined.
 */
export function checkFixes(
  text: string,
  result: LintResult = lintText(text, { today: TODAY }),
  offered?: ReadonlyMap<Finding, readonly Fix[]>,
): string | undefined {
  if (result.parsed.problems.length > 0) return undefined; // no fix is offered on a document that does not parse
  let before: { comments: string[]; anchors: string[] } | undefined;
  for (const f of result.findings) {
    let fixes = offered?.get(f);
    try {
      fixes ??= fixesFor(result, f);
    } catch (err) {
      return `the fix of ${f.ruleId} threw: ${(err as Error).stack ?? err}`;
    }
    for (const fix of fixes) {
      const doc = TextDocument.create('file:///fuzz.yaml', 'yaml', 1, text);
      let viaLsp: string;
      try {
        viaLsp = TextDocument.applyEdits(
          doc,
          fix.edits.map((e) => ({ range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) }, newText: e.text })),
        );
      } catch (err) {
        return `"${formatFixTitle(fix, 'en')}": ${(err as Error).message}`;
      }
      if (viaLsp !== applyEdits(text, fix.edits)) return `"${formatFixTitle(fix, 'en')}": the edits give another text through LSP`;
      const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i]!.range.start < sorted[i - 1]!.range.end) return `"${formatFixTitle(fix, 'en')}": overlapping edits`;
      if (parseYaml(viaLsp).problems.length > 0)
        return `"${formatFixTitle(fix, 'en')}" breaks the YAML: ${parseYaml(viaLsp).problems[0]!.message}`;
      before ??= { comments: comments(text), anchors: anchorNames(text) };
      const kept = comments(viaLsp);
      const lost = before.comments.filter((c) => !kept.includes(c));
      if (lost.length) return `"${formatFixTitle(fix, 'en')}" loses the comment ${JSON.stringify(lost[0])}`;
      if (anchorNames(viaLsp).join() !== before.anchors.join()) return `"${formatFixTitle(fix, 'en')}" removes or adds an anchor`;
    }
  }
  return undefined;
}

/** The saved failing inputs, replayed by the test. */
export function savedFailures(): { file: string; text: string }[] {
  return yamlFilesUnder(FUZZ_FIXTURES).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
}

/** Saves a failing input as `test/fixtures/fuzz/<hash>.yaml` and returns its path. */
export function saveFailure(text: string): string {
  fs.mkdirSync(FUZZ_FIXTURES, { recursive: true });
  const file = path.join(FUZZ_FIXTURES, `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

function inside(r: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length;
}

/** How long a run took: by the wall clock, and in the process's CPU time (user and system, all its threads). */
export interface RunTime {
  wallMs: number;
  cpuMs: number;
}

/** Runs `work`, timed both ways. */
export function timed<T>(work: () => T): { value: T; time: RunTime } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = work();
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  return { value, time: { wallMs, cpuMs: (used.user + used.system) / 1000 } };
}

/**
 * What a run's time says against a bound. On a shared machine a process waits for a core: its wall time stretches,
 * its CPU time does not. So a run is slow (`over`) when its CPU time passes the bound; when only its wall time
 * does, the machine was busy (`busy`): counted and shown, not a failure.
 */
export function judgeTime(time: RunTime, boundMs: number): 'over' | 'busy' | undefined {
  if (time.cpuMs > boundMs) return 'over';
  return time.wallMs > boundMs ? 'busy' : undefined;
}

/** What `checkEngine` counts over a run of inputs. */
export interface EngineTally {
  /** The inputs the fast scanner took (and the differential check compared with `yaml`). */
  scanned: number;
  /** The slowest engine run (lint and fixes of one input) by CPU time, with its wall time. */
  slowest?: RunTime;
  /** The engine runs past the bound by the wall clock only (their CPU time within it): the machine was busy. */
  busy?: number;
}

/**
 * The engine's properties for one input; returns what is wrong, or undefined. The engine run (the lint, then the
 * fixes of every finding) must stay within `boundMs` of CPU time; the checks that follow (fixes applied and
 * re-parsed, acceptances, the differential parse, French) are the harness's own work and are not timed against it.
 */
export function checkEngine(text: string, tally?: EngineTally, boundMs = ENGINE_BOUND_MS): string | undefined {
  let run;
  try {
    run = timed(() => {
      const result = lintText(text, { today: TODAY });
      const offered = new Map<Finding, readonly Fix[]>();
      for (const f of result.findings) {
        try {
          offered.set(f, fixesFor(result, f));
        } catch (err) {
          return { result, threw: `the fix of ${f.ruleId} threw: ${(err as Error).stack ?? err}` };
        }
      }
      return { result, offered };
    });
  } catch (err) {
    return `the engine threw: ${(err as Error).stack ?? err}`;
  }
  const { time } = run;
  if (tally && time.cpuMs >= (tally.slowest?.cpuMs ?? -1)) tally.slowest = time;
  const judged = judgeTime(time, boundMs);
  if (judged === 'busy' && tally) tally.busy = (tally.busy ?? 0) + 1;
  if (judged === 'over')
    return `the engine took ${time.cpuMs.toFixed(0)} ms of CPU time (${time.wallMs.toFixed(0)} ms by the wall clock) for the lint and fixes (bound ${boundMs} ms)`;
  if ('threw' in run.value) return run.value.threw;
  const { result, offered } = run.value;
  for (const f of result.findings) {
    if (!inside(f.range, text.length))
      return `${f.ruleId} range ${JSON.stringify(f.range)} is outside the document (length ${text.length})`;
    const message = formatFinding(f, 'en');
    if (!message) return `${f.ruleId} has no message`;
    if (/^Internal error in rule/.test(message)) return `a rule threw: ${message}`;
  }
  const wrong = checkFixes(text, result, offered) ?? checkAcceptances(text, result);
  if (wrong) return wrong;
  // The fast scanner, when it takes the text, gives what yaml gives.
  const diff = diffParse(text, { today: TODAY });
  if (diff.scanned && tally) tally.scanned++;
  if (diff.difference) return `the fast scanner and yaml differ: ${diff.difference}`;
  // In French: the same result, every message and fix title written without a throw.
  try {
    for (const f of result.findings) {
      formatFinding(f, 'fr');
      for (const r of f.related ?? []) formatRelated(f, r, 'fr');
      for (const fix of offered.get(f) ?? []) formatFixTitle(fix, 'fr');
    }
  } catch (err) {
    return `formatting in French threw: ${(err as Error).stack ?? err}`;
  }
  return undefined;
}

/** Whether an LSP range lies inside `text` (line breaks as LSP counts them: \n, \r\n, \r). */
export function lspRangeInside(lines: LineIndex, range: Diagnostic['range']): boolean {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return false;
    if (p.line >= lines.lineCount) return false;
    if (p.character > lines.lineEnd(p.line) - lines.offsetAt({ line: p.line, character: 0 })) return false;
  }
  const s = range.start;
  const e = range.end;
  return s.line < e.line || (s.line === e.line && s.character <= e.character);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The server's properties for one input: diagnostics within the bound, every range inside the document,
 * and the next request (a hover) answered: with a result, or with an error response if hover is not offered.
 */
export async function checkLsp(client: TestLspClient, uri: string, text: string): Promise<string | undefined> {
  try {
    client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, undefined, LSP_BOUND_MS);
    const lines = new LineIndex(text);
    for (const d of diagnostics) {
      if (!lspRangeInside(lines, d.range)) return `diagnostic ${d.code} range ${JSON.stringify(d.range)} is outside the document`;
    }
    const line = Math.max(0, lines.lineCount - 1);
    await withTimeout(
      client
        .request('textDocument/hover', { textDocument: { uri }, position: { line: Math.floor(line / 2), character: 2 } })
        .catch((err: { code?: number }) => {
          if (typeof err?.code !== 'number') throw err;
        }),
      LSP_BOUND_MS,
      'hover',
    );
    client.close(uri);
    if (client.exited) return `the server exited; stderr: ${client.stderr.join('')}`;
    return undefined;
  } catch (err) {
    return `over LSP: ${(err as Error).message}`;
  }
}
