/**
 * Hostile YAML through the engine: alias bombs, deep nesting, huge files and lines, thousands of duplicate
 * keys. Each must end within a time bound and a memory bound, with a clear finding, and without a crash.
 * (The same inputs over LSP: test/lsp/hostile.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { HOSTILE } from '../support/hostileInputs';
import { DEFAULT_MAX_FILE_SIZE, LineIndex, lintText, oversize, tooLargeResult, type LintResult } from '../../server/src/engine';
import { formatFinding } from '../../server/src/format';

interface Measured {
  result: LintResult;
  ms: number;
  heapMb: number;
}

function measure(t: TestContext, text: string): Measured {
  const heap0 = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = lintText(text, { today: '2026-01-15' });
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  t.diagnostic(
    `${(text.length / 1e6).toFixed(2)} M chars: ${ms.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB, ${result.findings.length} findings, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  for (const f of result.findings)
    assert.ok(
      f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length,
      `${f.ruleId} range ${JSON.stringify(f.range)}`,
    );
  return { result, ms, heapMb };
}

function only(result: LintResult, yamlCode: string) {
  const hits = result.findings.filter((f) => f.data?.yamlCode === yamlCode);
  assert.equal(hits.length, 1, JSON.stringify(result.findings.slice(0, 5)));
  return hits[0];
}

describe('hostile YAML through the engine', () => {
  test('an alias expansion bomb is refused at once with one clear finding', (t) => {
    const { result, ms, heapMb } = measure(t, HOSTILE.billionLaughs());
    assert.ok(ms < 2_000, `${ms} ms`);
    assert.ok(heapMb < 100, `${heapMb} MB`);
    const f = only(result, 'ALIAS_LIMIT');
    assert.equal(f.ruleId, 'yaml-syntax');
    assert.equal(f.severity, 'error');
    assert.match(formatFinding(f, 'en'), /could not be expanded.*Write the values out instead of using aliases/);
    assert.equal(result.parsed.value, undefined);
  });

  const deep: [string, () => string][] = [
    ['10,000 nested `[`', () => HOSTILE.nestedFlowSequences()],
    ['10,000 unclosed `[`', () => HOSTILE.unclosedFlowSequences()],
    ['10,000 nested flow mappings', () => HOSTILE.nestedFlowMappings()],
    ['2,000 nested block mappings', () => HOSTILE.nestedBlockMappings()],
    ['100,000 nested block sequences on one line', () => HOSTILE.nestedBlockSequencesOnOneLine()],
  ];
  for (const [name, make] of deep) {
    test(`${name}: no stack overflow, one finding at the first level too deep`, (t) => {
      const text = make();
      const { result, ms, heapMb } = measure(t, text);
      assert.ok(ms < 10_000, `${ms} ms`);
      assert.ok(heapMb < 500, `${heapMb} MB`);
      const f = only(result, 'NESTING_LIMIT');
      assert.equal(f.ruleId, 'yaml-syntax');
      assert.match(formatFinding(f, 'en'), /nests more than 100 levels deep, so it is not checked/);
      assert.equal(result.findings.length, 1, 'nothing else is reported about a document that is not checked');
      assert.ok(f.range.end > f.range.start);
    });
  }

  test('a nesting of 100 levels is still checked', (t) => {
    const { result } = measure(t, `inventory: ${'['.repeat(99)}${']'.repeat(99)}\n`);
    assert.equal(result.findings.filter((f) => f.data?.yamlCode === 'NESTING_LIMIT').length, 0);
    assert.ok(
      result.findings.some((f) => f.ruleId === 'invalid-value'),
      'the ordinary check ran',
    );
  });

  test('a single 10 MB line is checked within the bounds', (t) => {
    const { result, ms, heapMb } = measure(t, HOSTILE.tenMegabyteLine());
    assert.ok(ms < 15_000, `${ms} ms`);
    assert.ok(heapMb < 600, `${heapMb} MB`);
    assert.ok(result.findings.some((f) => f.ruleId === 'missing-field' && /`contact`/.test(formatFinding(f, 'en'))));
  });

  test('5,000 duplicate keys: one finding each, at each repeated key, within the bounds', (t) => {
    const text = HOSTILE.duplicateKeys();
    const { result, ms, heapMb } = measure(t, text);
    assert.ok(ms < 10_000, `${ms} ms`);
    assert.ok(heapMb < 300, `${heapMb} MB`);
    const dups = result.findings.filter((f) => f.ruleId === 'duplicate-key');
    assert.equal(dups.length, 4_999);
    for (const d of dups) assert.equal(text.slice(d.range.start, d.range.end), 'name');
  });

  test('thousands of syntax errors (random bytes, binary files) stop the check with one finding', (t) => {
    const text = `inventory:\n${'{a: '.repeat(20_000)}\n`;
    const { result, ms } = measure(t, text.replace('inventory:\n', '- a\n  b: c\n'));
    assert.ok(ms < 10_000, `${ms} ms`);
    assert.ok(result.findings.length <= 1_001, `${result.findings.length} findings`);
  });

  test('a 50 MB file is over the default size limit: one finding, no parse, in well under a second', (t) => {
    const line = 'x'.repeat(99) + '\n';
    const text = `inventory:\n  organization: x\n${line.repeat(525_000)}`;
    const started = performance.now();
    const bytes = oversize(text, DEFAULT_MAX_FILE_SIZE);
    assert.ok(bytes !== undefined && bytes > 50 * 1024 * 1024);
    const result = tooLargeResult(text, bytes, DEFAULT_MAX_FILE_SIZE, { today: '2026-01-15' });
    const ms = performance.now() - started;
    t.diagnostic(`50 MB: ${ms.toFixed(0)} ms`);
    assert.ok(ms < 3_000, `${ms} ms`);
    assert.equal(result.findings.length, 1);
    assert.match(
      formatFinding(result.findings[0], 'en'),
      /^This file is 50\.\d MB, over the 10\.0 MB limit \(setting `subprocessors\.maxFileSize`\), so it is not checked/,
    );
    assert.deepEqual(result.findings[0].range, { start: 0, end: 'inventory:'.length });
    assert.equal(oversize('x'.repeat(1000), DEFAULT_MAX_FILE_SIZE), undefined);
    assert.equal(oversize('é'.repeat(600), 1000), 1200, 'the limit counts UTF-8 bytes');
    assert.equal(oversize('x'.repeat(2000), 0), undefined, '0: no limit');
  });

  test('an offset between CR and LF is the end of its line, never a column past it', () => {
    const lines = new LineIndex('a\r\n\r\nb');
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(1), { line: 0, character: 1 });
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 1 });
  });
});
