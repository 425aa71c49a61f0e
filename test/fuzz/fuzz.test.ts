/**
 * A short seeded fuzz run (the long one is `npm run fuzz`), and the replay of every input a fuzz run saved
 * as failing (test/fixtures/fuzz/).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestLspClient } from '../support/lspClient';
import { runs } from '../support/long';
import {
  ACCEPTANCE_SEEDS,
  checkAcceptances,
  checkEngine,
  checkFixes,
  checkLsp,
  comments,
  ENGINE_BOUND_MS,
  FIX_SEEDS,
  judgeTime,
  loadCorpus,
  lspRangeInside,
  savedFailures,
  timed,
  TODAY,
  type EngineTally,
} from './harness';
import { fixesFor, LineIndex, lintText, parseYaml } from '../../server/src/engine';
import { MUTATORS, mutate } from './mutators';
import { Prng } from './prng';
import { runFuzz } from './run';

describe('fuzzing', () => {
  test('the generator is deterministic for a seed and every mutator changes its input', () => {
    const corpus = ['inventory:\n  organization: A # c\nsubprocessors:\n  - id: a\n    name: B\n'];
    const a = new Prng(7);
    const b = new Prng(7);
    for (let i = 0; i < 50; i++) assert.deepEqual(mutate(corpus, a), mutate(corpus, b));
    for (const [name, m] of Object.entries(MUTATORS)) {
      const rng = new Prng(3);
      const changed = Array.from({ length: 10 }, () => m(corpus[0], rng, corpus)).some((t) => t !== corpus[0]);
      assert.ok(changed, `${name} never changed the input`);
    }
  });

  test('the range check refuses ranges outside the document (so the fuzz checks can fail)', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.equal(lspRangeInside(lines, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }), true);
    assert.equal(lspRangeInside(lines, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }), false);
    assert.equal(lspRangeInside(lines, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }), false);
    assert.equal(lspRangeInside(lines, { start: { line: 1, character: 1 }, end: { line: 1, character: 0 } }), false);
  });

  test('the comment check reads the comments of a text the fast scanner takes (which attaches none)', () => {
    const text = 'inventory: # e\u0301\n  organization: A # c\n';
    assert.equal(parseYaml(text).scanned, true);
    assert.deepEqual(comments(text), ['c', 'e\u0301']);
  });

  test('the fix seeds offer fixes, and the fix checks hold on them (anchors, chomping, CRLF, tabs)', () => {
    let offered = 0;
    for (const text of [...FIX_SEEDS, ...loadCorpus()]) {
      const result = lintText(text, { today: '2026-01-15' });
      if (!result.parsed.problems.length) offered += result.findings.reduce((n, f) => n + fixesFor(result, f).length, 0);
      assert.equal(checkFixes(text, result), undefined, text);
    }
    assert.ok(offered > 50, `only ${offered} fixes offered`);
  });

  test('accepted risks: the seeds hold the property, and the check fails on a finding held back without a valid item', () => {
    for (const text of ACCEPTANCE_SEEDS) assert.equal(checkEngine(text), undefined, text);
    const text = ACCEPTANCE_SEEDS[0]!;
    const result = lintText(text, { today: TODAY });
    assert.ok(result.suppressed.length > 0, 'the seed holds a finding back');
    // As if an item with no reason had held the entry's dpa-required finding back.
    const forged = result.findings.find((f) => f.ruleId === 'dpa-required')!;
    const tampered = {
      ...result,
      findings: result.findings.filter((f) => f !== forged),
      suppressed: [...result.suppressed, { ...forged, suppression: { reason: '', approvedBy: '', until: '2999-12-31' } }],
    };
    assert.match(checkAcceptances(text, tampered) ?? '', /dpa-required is held back by no valid acceptedRisks item/);
    const dropped = { ...result, findings: result.findings.filter((f) => f !== forged) };
    assert.match(checkAcceptances(text, dropped) ?? '', /fewer findings "dpa-required/);
    // The mutator puts accepted risks into the fuzz inputs.
    const rng = new Prng(11);
    assert.ok(
      Array.from({ length: 20 }, () => MUTATORS.acceptRisks!(loadCorpus()[0]!, rng, [])).every((t) => /acceptedRisks: \[\{/.test(t)),
    );
  });

  test('engine time: CPU time tells a slow engine from a busy machine, and a run past the bound is reported', () => {
    // Waiting (as a process does for a core on a loaded machine) stretches the wall clock, not the CPU time.
    const waited = timed(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300)).time;
    assert.ok(waited.wallMs >= 290 && waited.cpuMs < 150, JSON.stringify(waited));
    const start = process.cpuUsage();
    const worked = timed(() => {
      while (process.cpuUsage(start).user < 200_000);
    }).time;
    assert.ok(worked.cpuMs >= 190, JSON.stringify(worked));
    // The run that went unreported: 6,605 ms by the wall clock.
    assert.equal(judgeTime({ wallMs: 6605, cpuMs: 5200 }, ENGINE_BOUND_MS), 'over');
    assert.equal(judgeTime({ wallMs: 6605, cpuMs: 1800 }, ENGINE_BOUND_MS), 'busy');
    assert.equal(judgeTime({ wallMs: 900, cpuMs: 800 }, ENGINE_BOUND_MS), undefined);
    // checkEngine judges the time it measures (here against a bound no lint can meet), and keeps it for the report.
    const tally: EngineTally = { scanned: 0 };
    const text = loadCorpus()[0]!;
    assert.match(
      checkEngine(text, tally, 0) ?? '',
      /^the engine took \d+ ms of CPU time \(\d+ ms by the wall clock\) for the lint and fixes \(bound 0 ms\)$/,
    );
    assert.ok(tally.slowest && tally.slowest.cpuMs > 0, JSON.stringify(tally));
    assert.equal(checkEngine(text, tally), undefined);
  });

  // npm test runs the first 100 inputs of the seeded sequence; npm run test:long runs 300 (test/support/long.ts), and
  // npm run fuzz as many as asked.
  const count = runs(100, 300);
  test(`${count} seeded inputs through the engine, every 10th through the server, within the bounds`, async () => {
    const report = await runFuzz({ count, seed: 20260115, lspEvery: 10 });
    assert.deepEqual(
      report.failures.map((f) => `#${f.index} [${f.steps.join(', ')}]: ${f.problem} (saved as ${f.saved})`),
      [],
    );
    assert.equal(report.throughLsp, count / 10);
    // The slowest engine run reported is the one judged against the bound, and a part of the slowest whole check.
    assert.ok(report.maxEngineMs > 0 && report.maxEngineMs <= ENGINE_BOUND_MS, `${report.maxEngineMs} ms`);
    assert.ok(report.maxEngineWallMs <= report.maxCheckMs, `${report.maxEngineWallMs} > ${report.maxCheckMs} ms`);
    // A quarter of the inputs are generated inside the fast scanner's subset: compared with yaml.
    assert.ok(report.scanned > count / 6, `${report.scanned} of ${count} taken by the fast scanner`);
  });
});

describe('saved fuzz failures replay cleanly', () => {
  let client: TestLspClient;
  before(async () => {
    client = await TestLspClient.start({ today: '2026-01-15' });
  });
  after(async () => {
    await client.stop();
  });
  const saved = savedFailures();
  test('there are saved inputs to replay', () => {
    assert.ok(saved.length > 0);
  });
  for (const { file, text } of saved) {
    test(`${file.split('/').pop()} through the engine and the server`, async () => {
      assert.equal(checkEngine(text), undefined);
      assert.equal(
        await checkLsp(client, `file:///replay/${file.split('/').pop()}.subprocessors.yaml`.replace('.yaml.', '.'), text),
        undefined,
      );
    });
  }
});
