/**
 * Hostile YAML over LSP: the real server gets each input of test/engine/hostile.test.ts, answers within a
 * time bound with a clear diagnostic, and keeps answering.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOSTILE } from '../support/hostileInputs';
import { messageOf, TestLspClient, withServer } from '../support/lspClient';

async function alive(client: TestLspClient, uri: string): Promise<void> {
  // Any answer proves the server is reading: a result, or an error response for a method it does not offer.
  await client
    .request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })
    .catch((err: { code?: number }) => {
      if (typeof err?.code !== 'number') throw err;
    });
  assert.equal(client.exited, false);
}

describe('hostile YAML over LSP', () => {
  let client: TestLspClient;
  withServer({ today: '2026-01-15' }, (c) => (client = c));

  const cases: { name: string; make: () => string; expect: RegExp; boundMs: number }[] = [
    { name: 'billion laughs', make: HOSTILE.billionLaughs, expect: /could not be expanded/, boundMs: 5_000 },
    { name: '10,000 nested [', make: () => HOSTILE.nestedFlowSequences(), expect: /nests more than 100 levels deep/, boundMs: 10_000 },
    {
      name: '10,000 nested flow mappings',
      make: () => HOSTILE.nestedFlowMappings(),
      expect: /nests more than 100 levels deep/,
      boundMs: 10_000,
    },
    {
      name: '100,000 nested sequences on a line',
      make: () => HOSTILE.nestedBlockSequencesOnOneLine(),
      expect: /nests more than 100 levels deep/,
      boundMs: 10_000,
    },
    { name: 'a 10 MB line', make: HOSTILE.tenMegabyteLine, expect: /missing the required field `contact`/, boundMs: 20_000 },
    { name: '5,000 duplicate keys', make: () => HOSTILE.duplicateKeys(), expect: /name/, boundMs: 15_000 },
  ];
  for (const c of cases) {
    test(`${c.name}: a clear diagnostic within ${c.boundMs / 1000} s, and the server keeps answering`, async (t) => {
      const uri = `file:///hostile/${c.name.replace(/\W+/g, '-')}.subprocessors.yaml`;
      const started = Date.now();
      client.open(uri, c.make());
      const diags = await client.waitForDiagnostics(uri, undefined, c.boundMs * 2);
      const ms = Date.now() - started;
      t.diagnostic(`${ms} ms, ${diags.length} diagnostics`);
      assert.ok(ms < c.boundMs, `${ms} ms`);
      assert.ok(
        diags.some((d) => c.expect.test(messageOf(d))),
        JSON.stringify(diags.slice(0, 3)),
      );
      await alive(client, uri);
      client.close(uri);
    });
  }

  test('a 50 MB file gets one diagnostic about the size limit, fast, instead of a minute of parsing', async (t) => {
    const uri = 'file:///hostile/fifty/subprocessors.yaml';
    const text = `inventory:\n  organization: x\n${`${'x'.repeat(99)}\n`.repeat(525_000)}`;
    const started = Date.now();
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, undefined, 30_000);
    const ms = Date.now() - started;
    t.diagnostic(`50 MB over LSP: ${ms} ms`);
    assert.ok(ms < 15_000, `${ms} ms`);
    assert.equal(diags.length, 1);
    assert.match(messageOf(diags[0]), /^This file is 50\.\d MB, over the 10\.0 MB limit \(setting `subprocessors\.maxFileSize`\)/);
    assert.deepEqual(diags[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
    await alive(client, uri);
    client.close(uri);
  });

  test('the size limit is a setting: a lower one refuses a small file, 0 turns it off', async () => {
    const limited = await TestLspClient.start({ today: '2026-01-15', settings: { maxFileSize: 100 } });
    try {
      const uri = 'file:///hostile/limited/subprocessors.yaml';
      limited.open(uri, `inventory:\n  organization: ${'x'.repeat(200)}\n`);
      const diags = await limited.waitForDiagnostics(uri);
      assert.equal(diags.length, 1);
      assert.match(messageOf(diags[0]), /over the 1 KB limit/);
    } finally {
      await limited.stop();
    }
    const unlimited = await TestLspClient.start({ today: '2026-01-15', settings: { maxFileSize: 0 } });
    try {
      const uri = 'file:///hostile/unlimited/subprocessors.yaml';
      unlimited.open(uri, `inventory:\n  organization: ${'x'.repeat(200)}\n`);
      const diags = await unlimited.waitForDiagnostics(uri);
      assert.ok(diags.some((d) => d.code === 'missing-field'));
      assert.ok(!diags.some((d) => /limit/.test(messageOf(d))));
    } finally {
      await unlimited.stop();
    }
  });
});
