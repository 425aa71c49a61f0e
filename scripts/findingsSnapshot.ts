/**
 * A differential snapshot of what the engine says, for refactors that must not change it (issue 26: the
 * engine without a language). For every inventory under `examples/` and `test/fixtures/`, and for seeded fuzz
 * mutations of them (the fuzzer's own generator), under the default policy and a stricter one: the findings
 * (rule id, severity, message id, range, the message in English and in French), the fixes of each finding
 * (titles in both languages, edits, safe, preferred, scope, kind) and the fix-all edits.
 *
 *   node --import tsx scripts/findingsSnapshot.ts [--count 1500] [--seed 26] [--out /tmp/snapshot.json]
 *
 * Run it before and after the change, and diff the two files: they must be identical.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fixAll, resolvePolicy, type Policy } from '../server/src/engine';
import { fixesOf, lintFor, messageOf } from './snapshotAdapter';
import { loadCorpus } from '../test/fuzz/harness';
import { nextInput } from '../test/fuzz/run';
import { Prng } from '../test/fuzz/prng';

export const SNAPSHOT_TODAY = '2026-01-15';

/** The policies every input is linted under: the default, and one that re-levels and narrows it. */
export const SNAPSHOT_POLICIES: readonly (Policy | undefined)[] = [
  undefined,
  resolvePolicy({
    residency: 'eu',
    certified: ['iso27001', 'soc2-type2', 'hds'],
    scope: { personalData: ['yes'], criticality: ['critical', 'high'] },
    rules: { 'missing-field': 'warning', 'unstated-fact': 'info' },
  }),
];

export interface SnapshotInput {
  name: string;
  text: string;
}

/** The inputs: the corpus as the fuzzer reads it, then `count` seeded mutations. */
export function snapshotInputs(count: number, seed: number): SnapshotInput[] {
  const corpus = loadCorpus();
  const inputs = corpus.map((text, i) => ({ name: `corpus/${i}`, text }));
  const rng = new Prng(seed);
  for (let i = 0; i < count; i++) inputs.push({ name: `fuzz/${seed}/${i}`, text: nextInput(corpus, rng).text });
  return inputs;
}

/** What the engine says of one input under one policy, in both languages. */
export function snapshotOf(text: string, policy: Policy | undefined): unknown {
  const linted = lintFor(text, { policy, today: SNAPSHOT_TODAY });
  const result = linted.result;
  const findings = result.findings.map((f, i) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    messageId: f.messageId,
    range: [f.range.start, f.range.end],
    en: messageOf(linted, i, 'en'),
    fr: messageOf(linted, i, 'fr'),
    fixes: fixesOf(linted, i).map(({ fix, en, fr }) => ({
      en,
      fr,
      safe: fix.safe,
      preferred: fix.preferred ?? false,
      scope: fix.scope ?? null,
      kind: fix.kind ?? null,
      unstated: fix.unstated ?? 0,
      resolves: fix.findings.map((x) => result.findings.indexOf(x)),
      edits: fix.edits.map((e) => [e.range.start, e.range.end, e.text]),
    })),
  }));
  const all = fixAll(result);
  return {
    findings,
    suppressed: result.suppressed.map((s) => [s.ruleId, s.messageId, s.range.start, s.range.end]),
    fixAll: { applied: all.applied, unstated: all.unstated, edits: all.edits.map((e) => [e.range.start, e.range.end, e.text]) },
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1500' },
      seed: { type: 'string', default: '26' },
      out: { type: 'string', default: '/tmp/findings-snapshot.json' },
    },
    strict: true,
  });
  const inputs = snapshotInputs(Number(values.count), Number(values.seed));
  const out = fs.openSync(values.out, 'w');
  let findings = 0;
  let fixes = 0;
  for (const input of inputs) {
    for (const [p, policy] of SNAPSHOT_POLICIES.entries()) {
      const snap = snapshotOf(input.text, policy) as { findings: { fixes: unknown[] }[] };
      findings += snap.findings.length;
      fixes += snap.findings.reduce((n, f) => n + f.fixes.length, 0);
      fs.writeSync(out, JSON.stringify({ input: input.name, policy: p, ...snap }) + '\n');
    }
  }
  fs.closeSync(out);
  process.stdout.write(
    `${inputs.length} inputs x ${SNAPSHOT_POLICIES.length} policies: ${findings} findings, ${fixes} fixes -> ${values.out}\n`,
  );
}

if (process.argv[1] && /findingsSnapshot\.ts$/.test(process.argv[1])) main();
