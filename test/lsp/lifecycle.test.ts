/**
 * Server lifecycle over LSP: a document closed while it is being validated leaves no stale diagnostics,
 * and a burst of edits ends with the diagnostics of the last version only.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { messageOf, REPO_ROOT, TestLspClient, textAt, withServer } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('server lifecycle', () => {
  let client: TestLspClient;
  withServer({ today: '2026-01-15' }, (c) => (client = c));

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
      expected
        .map((f) => {
          const p = lintText(text, { today: '2026-01-15' }).parsed.lines.positionAt(f.range.start);
          return `${f.ruleId}@${p.line}:${p.character}`;
        })
        .sort(),
    );
    assert.ok(
      diags.some((d) => d.code === 'unknown-field'),
      'the final text has the unknown key `qpurpose`',
    );
    client.close(uri);
  });
});

describe('the workspace scan and the `subprocessors.files` setting', () => {
  let client: TestLspClient;
  let parent: string;
  before(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-files-'));
    const broken =
      'inventory: { organization: X, contact: x@example.com, lastUpdated: 2026-06-01 }\nsubprocessors:\n  - id: a\n    purpse: typo\n';
    for (const [dir, file] of [
      ['ws', 'vendors/list.yaml'],
      ['ws', 'other/list.yaml'],
      ['ws2', 'vendors/list.yaml'],
    ]) {
      fs.mkdirSync(path.dirname(path.join(parent, dir, file)), { recursive: true });
      fs.writeFileSync(path.join(parent, dir, file), broken);
    }
  });
  withServer(
    () => ({ today: '2026-11-26', workspaceFolder: path.join(parent, 'ws'), settings: { files: ['vendors/*.yaml'] } }),
    (c) => (client = c),
  );
  after(async () => {
    fs.rmSync(parent, { recursive: true, force: true });
  });

  test('a closed file matching a glob of the setting is checked; others, and a sibling folder with a longer name, are not', async () => {
    const uri = (p: string) => pathToFileURL(path.join(parent, p)).href;
    const diags = await client.waitForDiagnostics(uri('ws/vendors/list.yaml'), (p) => p.diagnostics.length > 0);
    assert.ok(
      diags.some((d) => d.code === 'unknown-field'),
      JSON.stringify(diags.map((d) => d.code)),
    );
    // ws2 is outside the workspace folder ws, though its path starts with it.
    const text = fs.readFileSync(path.join(parent, 'ws2/vendors/list.yaml'), 'utf8');
    for (const p of ['ws/other/list.yaml', 'ws2/vendors/list.yaml']) {
      client.open(uri(p), text, 'yaml');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(client.lastDiagnostics(uri(p)), undefined, `${p} is not an inventory`);
    }
  });
});

describe('subprocessors.files is read per workspace folder (resource scope)', () => {
  let client: TestLspClient;
  let parent: string;
  before(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-scoped-'));
    const broken =
      'inventory: { organization: X, contact: x@example.com, lastUpdated: 2026-06-01 }\nsubprocessors:\n  - id: a\n    purpse: typo\n';
    fs.mkdirSync(path.join(parent, 'ws', 'vendors'), { recursive: true });
    fs.writeFileSync(path.join(parent, 'ws', 'vendors', 'list.yaml'), broken);
  });
  // The user settings name no glob; the folder's own settings do.
  withServer(
    () => ({
      today: '2026-11-26',
      workspaceFolder: path.join(parent, 'ws'),
      configurationFor: (section, scopeUri) =>
        section === 'subprocessors'
          ? { validationDelay: 0, files: scopeUri === pathToFileURL(path.join(parent, 'ws')).href ? ['vendors/*.yaml'] : [] }
          : {},
    }),
    (c) => (client = c),
  );
  after(async () => {
    fs.rmSync(parent, { recursive: true, force: true });
  });

  test('a closed file matching the folder-scoped glob is checked', async () => {
    const uri = pathToFileURL(path.join(parent, 'ws/vendors/list.yaml')).href;
    const diags = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(
      diags.some((d) => d.code === 'unknown-field'),
      JSON.stringify(diags.map((d) => d.code)),
    );
  });
});

describe('document sync: several changes in one didChange, after non-ASCII text', () => {
  let client: TestLspClient;
  withServer({ today: '2026-11-26' }, (c) => (client = c));

  test('the diagnostics equal those of a fresh open of the final text, with ranges in UTF-16 units', async () => {
    const example = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
    const lineOf = (text: string, pattern: RegExp, from = 0) => text.split('\n').findIndex((l, i) => i >= from && pattern.test(l));
    type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
    const apply = (text: string, c: Change) => {
      const lines = text.split('\n');
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      return text.slice(0, offset(c.range.start)) + c.text + text.slice(offset(c.range.end));
    };
    const at = (line: number, character: number) => ({ line, character });
    // Each change is computed on the text the previous one left, as the client sends them.
    const changes: Change[] = [];
    let text = example;
    const push = (c: Change) => {
      changes.push(c);
      text = apply(text, c);
    };
    const first = lineOf(text, /^ {2}- id: /);
    push({ range: { start: at(first, 0), end: at(first, 0) }, text: '  # 🙂 Société Générale, 東京\n' });
    const crit = lineOf(text, /^ {4}criticality: critical$/);
    push({
      range: { start: at(crit, '    criticality: '.length), end: at(crit, '    criticality: critical'.length) },
      text: '"🙂 crítico"',
    });
    const purpose = lineOf(text, /^ {4}purpose: /, crit + 1);
    push({ range: { start: at(purpose, 0), end: at(purpose + 1, 0) }, text: '' });
    const name = lineOf(text, /^ {4}name: /, purpose);
    push({ range: { start: at(name, '    name: '.length), end: at(name, '    name: '.length) }, text: '🇫🇷 ' });

    const edited = 'file:///virtual/sync/a/subprocessors.yaml';
    const fresh = 'file:///virtual/sync/b/subprocessors.yaml';
    client.open(edited, example);
    await client.waitForDiagnostics(edited);
    client.editMany(edited, changes);
    const got = await client.waitForDiagnostics(edited);
    client.open(fresh, text);
    const want = await client.waitForDiagnostics(fresh);
    const view = (d: { code?: unknown; range: unknown; message: unknown }) => JSON.stringify([d.code, d.range, d.message]);
    assert.deepEqual(got.map(view), want.map(view));
    // the changes took effect where they were aimed, and the ranges count UTF-16 units
    const invalid = got.find((d) => d.code === 'invalid-value');
    assert.ok(invalid, `an invalid-value: ${JSON.stringify(got.map((d) => d.code))}`);
    assert.equal(textAt(text, invalid.range), '"🙂 crítico"');
    assert.ok(
      got.some((d) => d.code === 'missing-field' && /purpose/.test(messageOf(d))),
      'the deleted purpose is missing',
    );
  });

  test('a client that sends the whole text on each change gets the one-entry re-parse, and the same diagnostics', async () => {
    // Neovim, Helix, Emacs and simple clients may send `contentChanges: [{ text }]`. The server finds the edit by
    // comparing the texts; its trace (on when the client sets it) says which parse each version got.
    const traces: string[] = [];
    client.connection.onNotification('$/logTrace', (p: { message: string }) => {
      traces.push(p.message);
    });
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
    const whole = 'file:///virtual/whole/a/subprocessors.yaml';
    const ranged = 'file:///virtual/whole/b/subprocessors.yaml';
    client.open(whole, EXAMPLE);
    client.open(ranged, EXAMPLE);
    await client.waitForDiagnostics(whole);
    await client.waitForDiagnostics(ranged);
    const lines = EXAMPLE.split('\n');
    const line = lines.findIndex((l) => l.trim() === 'purpose: Transactional email delivery');
    const column = lines[line].indexOf('purpose');
    let text = EXAMPLE;
    for (const ch of 'x-') {
      // type two characters before `purpose`, making the key unknown: whole texts to one, ranges to the other
      text = text
        .split('\n')
        .map((l, i) => (i === line ? l.slice(0, column) + ch + l.slice(column) : l))
        .join('\n');
      client.replace(whole, text);
      client.edit(ranged, { start: { line, character: column }, end: { line, character: column } }, ch);
    }
    const got = await client.waitForDiagnostics(whole);
    const want = await client.waitForDiagnostics(ranged);
    const view = (d: { code?: unknown; range: unknown; message: unknown }) => JSON.stringify([d.code, d.range, d.message]);
    assert.deepEqual(got.map(view), want.map(view));
    assert.ok(
      got.some((d) => d.code === 'unknown-field' && textAt(text, d.range) === '-xpurpose'),
      JSON.stringify(got.map((d) => d.code)),
    );
    const parses = traces.filter((t) => t.startsWith(`${whole} version`));
    assert.ok(parses.length >= 1, `the server traced the whole-text versions: ${JSON.stringify(traces)}`);
    assert.ok(
      parses.every((t) => t.endsWith(': incremental parse')),
      `each whole-text version was re-parsed in one entry only: ${JSON.stringify(parses)}`,
    );
    await client.connection.sendNotification('$/setTrace', { value: 'off' });
  });
});
