/**
 * Protocol tests: the real server over stdio, driven by a real JSON-RPC client.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { messageOf, REPO_ROOT, TestLspClient, textAt, withServer } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
const SCHEMA_RULES = new Set([
  'yaml-syntax',
  'duplicate-key',
  'missing-field',
  'unknown-field',
  'invalid-value',
  'duplicate-id',
  'unknown-reference',
]);

describe('diagnostics over LSP', () => {
  let client: TestLspClient;
  withServer({ today: '2026-11-26' }, (c) => (client = c));

  test('the example has no schema diagnostics; an edit brings exactly the expected ones; close clears them', async () => {
    const uri = 'file:///virtual/example/subprocessors.yaml';
    client.open(uri, EXAMPLE);
    const initial = await client.waitForDiagnostics(uri);
    assert.deepEqual(
      initial.filter((d) => SCHEMA_RULES.has(String(d.code))),
      [],
      'the example must have no schema diagnostics',
    );

    // Delete `purpose:` from the `resend` entry: exactly one missing-field, on that entry's `id` key.
    const lines = EXAMPLE.split('\n');
    const purposeLine = lines.findIndex((l) => l.trim() === 'purpose: Transactional email delivery');
    assert.ok(purposeLine > 0);
    client.edit(uri, { start: { line: purposeLine, character: 0 }, end: { line: purposeLine + 1, character: 0 } }, '');
    const afterDelete = await client.waitForDiagnostics(uri);
    const missing = afterDelete.filter((d) => d.code === 'missing-field');
    assert.equal(missing.length, 1, JSON.stringify(missing));
    const edited = lines.filter((_, i) => i !== purposeLine).join('\n');
    const idLine = lines.findIndex((l) => l.trim() === '- id: resend');
    assert.deepEqual(missing[0].range, { start: { line: idLine, character: 4 }, end: { line: idLine, character: 6 } });
    assert.equal(textAt(edited, missing[0].range), 'id');
    assert.match(messageOf(missing[0]), /^`resend` is missing the required field `purpose`/);
    assert.equal(missing[0].source, 'subprocessors');
    assert.match(String(missing[0].codeDescription?.href), /docs\/rules\/missing-field\.md$/);

    // Put it back misspelt: unknown-field with a suggestion, at the key, and still the missing field.
    client.edit(
      uri,
      { start: { line: purposeLine, character: 0 }, end: { line: purposeLine, character: 0 } },
      '    purpse: Transactional email delivery\n',
    );
    const afterTypo = await client.waitForDiagnostics(uri);
    const unknown = afterTypo.filter((d) => d.code === 'unknown-field');
    assert.equal(unknown.length, 1);
    assert.deepEqual(unknown[0].range, { start: { line: purposeLine, character: 4 }, end: { line: purposeLine, character: 10 } });
    assert.match(messageOf(unknown[0]), /did you mean `purpose`\?/);
    assert.equal(unknown[0].severity, 2 /* Warning */);

    client.close(uri);
    const closed = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length === 0);
    assert.deepEqual(closed, []);
  });

  const badInputs: { name: string; text: string; code: string; line: number }[] = [
    { name: 'malformed YAML', text: 'inventory: [a, b\nsubprocessors: []\n', code: 'yaml-syntax', line: 1 },
    { name: 'tabs', text: 'inventory:\n\torganization: x\n', code: 'yaml-syntax', line: 1 },
    { name: 'a document that is a list', text: '- a\n- b\n', code: 'invalid-value', line: 0 },
    { name: 'a document that is a scalar', text: 'just text\n', code: 'invalid-value', line: 0 },
    { name: 'an empty file', text: '', code: 'missing-field', line: 0 },
    { name: 'a file that is not an inventory', text: 'name: my-app\nscripts:\n  test: jest\n', code: 'missing-field', line: 0 },
  ];
  for (const bad of badInputs) {
    test(`bad input: ${bad.name} gets a clear diagnostic at its place, and the server keeps answering`, async () => {
      const uri = `file:///virtual/bad/${bad.name.replace(/\W+/g, '-')}.subprocessors.yaml`;
      client.open(uri, bad.text);
      const diags = await client.waitForDiagnostics(uri);
      const hit = diags.find((d) => d.code === bad.code);
      assert.ok(hit, `expected a ${bad.code} diagnostic, got ${JSON.stringify(diags)}`);
      assert.equal(hit.range.start.line, bad.line);
      assert.ok(messageOf(hit).length > 10);
      client.close(uri);
      assert.equal(client.exited, false);
    });
  }

  test('a 5 MB inventory is checked within a time bound and the server stays responsive', async () => {
    const entry = EXAMPLE.slice(EXAMPLE.indexOf('  - id: mongodb-atlas'), EXAMPLE.indexOf('  - id: google-cloud-platform'));
    const copies: string[] = [];
    let size = EXAMPLE.length;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const e = entry.replace('id: mongodb-atlas', `id: mongodb-atlas-${i}`);
      copies.push(e);
      size += e.length;
    }
    const big = `${EXAMPLE}${copies.join('')}`;
    const uri = 'file:///virtual/big/subprocessors.yaml';
    const started = Date.now();
    client.open(uri, big);
    const diags = await client.waitForDiagnostics(uri, undefined, 60_000);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 30_000, `5 MB took ${elapsed} ms`);
    assert.equal(diags.filter((d) => SCHEMA_RULES.has(String(d.code))).length, 0);
    client.close(uri);
    assert.equal(client.exited, false);
  });
});

describe('related information over LSP', () => {
  const lines = EXAMPLE.split('\n');
  const idLine = lines.findIndex((l) => l.trim() === '- id: resend');
  const entityLine = lines.findIndex((l, i) => i > idLine && l.trim().startsWith('entity:'));
  const purposeLine = lines.findIndex((l, i) => i > idLine && l.trim().startsWith('purpose:'));
  // Two facts of `resend` not known yet.
  const text = lines.map((l, i) => (i === entityLine || i === purposeLine ? l.replace(/:.*/, ': unknown') : l)).join('\n');
  const uri = 'file:///virtual/related/subprocessors.yaml';

  for (const supported of [true, false]) {
    describe(`a client that ${supported ? 'shows' : 'does not show'} related information`, () => {
      let client: TestLspClient;
      withServer({ today: '2026-11-26', relatedInformation: supported }, (c) => (client = c));

      test(`unstated-fact: one Information diagnostic at the entry's id${supported ? ', each unknown value related' : ''}`, async () => {
        client.open(uri, text);
        const diags = await client.waitForDiagnostics(uri);
        const todo = diags.filter((d) => d.code === 'unstated-fact');
        assert.equal(todo.length, 1, JSON.stringify(todo));
        assert.equal(todo[0].severity, 3, 'Information: listed in the Problems panel');
        assert.equal(textAt(text, todo[0].range), 'resend');
        assert.equal(todo[0].range.start.line, idLine);
        assert.match(messageOf(todo[0]), /To find out for `resend` .*: entity, purpose\.$/);
        if (!supported) {
          assert.equal(todo[0].relatedInformation, undefined);
        } else {
          assert.deepEqual(
            todo[0].relatedInformation?.map((r) => [
              r.location.uri,
              r.location.range.start.line,
              textAt(text, r.location.range),
              r.message,
            ]),
            [
              [uri, entityLine, 'unknown', '`entity` is not known yet'],
              [uri, purposeLine, 'unknown', '`purpose` is not known yet'],
            ],
          );
        }
        client.close(uri);
      });
    });
  }
});
