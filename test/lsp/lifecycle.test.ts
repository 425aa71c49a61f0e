/**
 * Server lifecycle over LSP: a document closed while it is being validated leaves no stale diagnostics,
 * and a burst of edits ends with the diagnostics of the last version only.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { REPO_ROOT, TestLspClient } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('server lifecycle', () => {
  let client: TestLspClient;
  before(async () => {
    client = await TestLspClient.start({ today: '2026-01-15' });
  });
  after(async () => {
    await client.stop();
  });

  test('open, change and close at once: the last diagnostics published for the document are empty', async () => {
    const uri = 'file:///lifecycle/closed/subprocessors.yaml';
    // With a finding, so that a stale publish would show.
    const text = EXAMPLE.replace('purpose: Transactional email delivery', 'purpse: x');
    client.open(uri, text);
    client.replace(uri, `${text}# edited\n`);
    client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.diagnostics.length === 0);
    await settle(1_500);
    const forUri = client.published.filter((p) => p.uri === uri);
    assert.ok(forUri.length >= 1);
    assert.deepEqual(forUri[forUri.length - 1].diagnostics, [], 'the last publish is empty');
  });

  test('50 rapid edits end with the diagnostics of the final text only', async () => {
    const uri = 'file:///lifecycle/rapid/subprocessors.yaml';
    client.open(uri, EXAMPLE);
    const lines = EXAMPLE.split('\n');
    const line = lines.findIndex((l) => l.trim() === 'purpose: Transactional email delivery');
    let text = EXAMPLE;
    let version = 1;
    for (let i = 0; i < 50; i++) {
      // Type characters into the `purpose` key, turning it into an unknown one, then a valid one again.
      const insert = i % 2 === 0 ? 'x' : '';
      const at = { line, character: 4 };
      if (insert) version = client.edit(uri, { start: at, end: at }, insert);
      else version = client.edit(uri, { start: at, end: { line, character: 5 } }, '');
      const ls = text.split('\n');
      ls[line] = insert ? `${ls[line].slice(0, 4)}x${ls[line].slice(4)}` : `${ls[line].slice(0, 4)}${ls[line].slice(5)}`;
      text = ls.join('\n');
    }
    // One more, so that the final text has a finding of its own.
    version = client.edit(uri, { start: { line, character: 4 }, end: { line, character: 4 } }, 'q');
    const ls = text.split('\n');
    ls[line] = `${ls[line].slice(0, 4)}q${ls[line].slice(4)}`;
    text = ls.join('\n');
    const diags = await client.waitForDiagnostics(uri, (d) => d.version === version);
    await settle(1_000);
    const forUri = client.published.filter((p) => p.uri === uri);
    assert.equal(forUri[forUri.length - 1].version, version, 'nothing older is published after the last version');
    const expected = lintText(text, { today: '2026-01-15' }).findings;
    assert.deepEqual(
      diags.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort(),
      expected.map((f) => {
        const p = lintText(text, { today: '2026-01-15' }).parsed.lines.positionAt(f.range.start);
        return `${f.ruleId}@${p.line}:${p.character}`;
      }).sort(),
    );
    assert.ok(diags.some((d) => d.code === 'unknown-field'), 'the final text has the unknown key `qpurpose`');
    client.close(uri);
  });
});
