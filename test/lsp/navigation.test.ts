/**
 * Protocol tests of navigation, tier hints and the client's custom requests over the real server.
 */
import {
  ImportPageRequest,
  NewSubprocessorRequest,
  RenderPageRequest,
  StarterInventoryRequest,
  type ImportedInventory,
  SummaryRequest,
  type InventorySummary,
  type NewSubprocessorInsertion,
  type RenderedPage,
} from '../../server/src/protocol';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink, DocumentSymbol, InlayHint, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { lintText } from '../../server/src/engine';
import { REPO_ROOT, TestLspClient, textAt, withServer } from '../support/lspClient';
import { formatFinding } from '../../server/src/format';

const TODAY = '2026-11-26';
const EXAMPLE_PATH = path.join(REPO_ROOT, 'examples', 'subprocessors.yaml');
const EXAMPLE = fs.readFileSync(EXAMPLE_PATH, 'utf8');
const LINES = EXAMPLE.split('\n');
const uri = 'file:///virtual/nav/subprocessors.yaml';

function posOf(needle: string, offsetInNeedle = 0) {
  const line = LINES.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { line, character: LINES[line].indexOf(needle) + offsetInNeedle };
}

describe('navigation, tier hints and inventory requests over LSP', () => {
  let client: TestLspClient;
  withServer({ today: TODAY }, (c) => (client = c));
  before(async () => {
    client.open(uri, EXAMPLE);
    await client.waitForDiagnostics(uri);
  });

  test('definition of a dataFlows reference is the entry id; references list the id and every flow to it', async () => {
    const at = posOf('to: bigquery', 5);
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at });
    assert.equal(defs.length, 1);
    assert.equal(textAt(EXAMPLE, defs[0].range), 'bigquery');
    assert.equal(LINES[defs[0].range.start.line].trim(), '- id: bigquery');
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: at,
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map((r) => LINES[r.range.start.line].trim()).sort(), ['- id: bigquery', '- to: bigquery']);
    const onlyRefs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: posOf('id: bigquery', 4),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      onlyRefs.map((r) => LINES[r.range.start.line].trim()),
      ['- to: bigquery'],
    );
    // Elsewhere than an id there is nothing to go to.
    assert.deepEqual(
      await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: posOf('name: BigQuery', 7) }),
      [],
    );
  });

  test('renaming an id updates the id and every reference, and nothing else', async () => {
    const at = posOf('id: bigquery', 5);
    const prepared = await client.request<{ range: { start: { line: number } }; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri },
      position: at,
    });
    assert.equal(prepared.placeholder, 'bigquery');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at, newName: 'big-query' });
    const edits = edit.changes![uri] as TextEdit[];
    assert.equal(edits.length, 2);
    const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'subprocessors', 1, EXAMPLE), edits);
    const changed = renamed
      .split('\n')
      .map((l, i) => [l, LINES[i]])
      .filter(([a, b]) => a !== b);
    assert.deepEqual(changed, [
      ['      - to: big-query', '      - to: bigquery'],
      ['  - id: big-query', '  - id: bigquery'],
    ]);
    assert.equal(renamed.length, EXAMPLE.length + 2);
    assert.deepEqual(
      lintText(renamed, { today: TODAY }).findings.filter((f) => f.ruleId === 'unknown-reference'),
      [],
    );
    // Not an id, or an id that is taken: refused with a reason.
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri }, position: at, newName: 'Big Query' }),
      /not a valid id/,
    );
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri }, position: at, newName: 'crisp' }),
      /already has the id "crisp"/,
    );
    assert.equal(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: posOf('name: BigQuery', 7) }), null);
  });

  test('the outline lists groups, then entries with criticality and tier', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Core Infrastructure'],
    );
    const entries = symbols[0].children!;
    assert.equal(entries.length, 10);
    const mongo = entries.find((e) => e.name === 'MongoDB Atlas')!;
    assert.equal(mongo.detail, 'mongodb-atlas · critical · Tier 1');
    assert.equal(textAt(EXAMPLE, mongo.selectionRange), 'mongodb-atlas');
    assert.equal(entries.find((e) => e.name === 'Crisp')!.detail, 'crisp · low · Tier 2');
    assert.equal(entries.find((e) => e.name === 'Retool')!.detail, 'retool · critical · Tier 3');
  });

  test('document links: the contact email as mailto:', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    const mail = links.find((l) => l.target === 'mailto:privacy@example.com');
    assert.ok(mail, JSON.stringify(links));
    assert.equal(textAt(EXAMPLE, mail.range), 'privacy@example.com');
    const withUrl =
      'inventory:\n  organization: X\n  contact: dpo@x.eu\n  lastUpdated: 2026-01-01\nsubprocessors:\n  - id: a\n    url: https://a.example/legal\n    note: "see https://a.example/dpa, then write to legal@a.example or écrivez à contact@rdv-solidarités.fr."\n';
    const u2 = 'file:///virtual/nav/links.subprocessors.yaml';
    client.open(u2, withUrl);
    await client.waitForDiagnostics(u2);
    const l2 = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: u2 } });
    assert.deepEqual(
      l2.map((l) => [textAt(withUrl, l.range), l.target]),
      [
        ['dpo@x.eu', 'mailto:dpo@x.eu'],
        ['https://a.example/legal', 'https://a.example/legal'],
        ['https://a.example/dpa', 'https://a.example/dpa'],
        ['legal@a.example', 'mailto:legal@a.example'],
        ['contact@rdv-solidarités.fr', 'mailto:contact@rdv-solidarités.fr'],
      ],
    );
    client.close(u2);
  });

  test('a tier hint after each entry id', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } },
    });
    assert.equal(hints.length, 10);
    const mongo = hints.find((h) => h.position.line === posOf('id: mongodb-atlas').line)!;
    assert.equal(mongo.label, 'Tier 1');
    assert.equal(mongo.position.character, posOf('id: mongodb-atlas').character + 'id: mongodb-atlas'.length);
    assert.match(String(mongo.tooltip), /Tier 1: certified \(SOC 2 Type II and ISO\/IEC 27001\), EEA residency/);
    // A range that holds one entry gets one hint.
    const line = posOf('id: crisp').line;
    const one = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    assert.deepEqual(
      one.map((h) => h.label),
      ['Tier 2'],
    );
  });

  test('the tierHints setting turns the hints off', async () => {
    const off = await TestLspClient.start({ today: TODAY, settings: { tierHints: false } });
    try {
      off.open(uri, EXAMPLE);
      await off.waitForDiagnostics(uri);
      const hints = await off.request<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } },
      });
      assert.deepEqual(hints, []);
    } finally {
      await off.stop();
    }
  });

  test('the summary counts the errors and the entries per tier', async () => {
    const diags = await client.waitForDiagnostics(uri);
    const summary = await client.request<InventorySummary>(SummaryRequest.method, { uri });
    assert.equal(summary.errors, diags.filter((d) => d.severity === 1).length);
    assert.equal(summary.warnings, diags.filter((d) => d.severity === 2).length);
    assert.equal(summary.entries, 10);
    assert.equal(summary.tiers.reduce((a, b) => a + b, 0) + summary.noTier + summary.outOfScope, 10);
    assert.deepEqual(summary.tiers, [7, 1, 2]); // crisp is tier 2; upstash and retool tier 3
  });

  test('a new sub-processor goes after the last entry, at its indentation, with every required field', async () => {
    const res = await client.request<NewSubprocessorInsertion>(NewSubprocessorRequest.method, { uri });
    const lastLine = LINES.map((l) => l.trim()).lastIndexOf('criticality: low');
    assert.deepEqual(res.position, { line: lastLine, character: LINES[lastLine].length });
    // Fill the snippet's tab stops with their defaults / first choices, insert it and check the file.
    const filled = res.snippet
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, '');
    const doc = TextDocument.create(uri, 'subprocessors', 1, EXAMPLE);
    const text = TextDocument.applyEdits(doc, [{ range: { start: res.position, end: res.position }, newText: filled }]);
    const result = lintText(text, { today: TODAY });
    assert.equal(result.model.entries.length, 11);
    const added = result.model.entries[10];
    assert.equal(added.id, 'new-sub-processor');
    assert.deepEqual(
      result.findings
        .filter((f) => ['missing-field', 'yaml-syntax', 'invalid-value', 'unknown-field'].includes(f.ruleId))
        .map((f) => formatFinding(f, 'en')),
      [],
    );
    assert.match(text, /criticality: low\n\n {2}- id: [a-z-]+\n {4}name: /);
  });

  test('the preview shows the same page as `subproc render --format html`', async () => {
    const res = await client.request<RenderedPage>(RenderPageRequest.method, { uri, lang: 'en' });
    assert.equal(res.format, 'html');
    const cli = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'dist', 'subproc.js'), 'render', EXAMPLE_PATH, '--format', 'html', '--lang', 'en', '--today', TODAY],
      { encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.ok(res.text.includes('<html'), 'an HTML page');
    assert.equal(res.text, cli.stdout.endsWith('\n') && !res.text.endsWith('\n') ? cli.stdout.slice(0, -1) : cli.stdout);
    const md = await client.request<RenderedPage>(RenderPageRequest.method, { uri, lang: 'fr', format: 'markdown' });
    const cliMd = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'dist', 'subproc.js'), 'render', EXAMPLE_PATH, '--format', 'markdown', '--lang', 'fr', '--today', TODAY],
      { encoding: 'utf8' },
    );
    assert.equal(md.text.trimEnd(), cliMd.stdout.trimEnd());
  });

  test('Import Published Page: the same inventory as `subproc import`; a broken page is an error naming its line', async () => {
    const file = path.join(REPO_ROOT, 'test', 'fixtures', 'import', 'real', 'stakater-subprocessors.md');
    const res = await client.request<ImportedInventory>(ImportPageRequest.method, {
      text: fs.readFileSync(file, 'utf8'),
      fileName: 'stakater-subprocessors.md',
    });
    assert.equal(res.entries, 5);
    const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'subproc.js'), 'import', file, '--today', TODAY], {
      encoding: 'utf8',
    });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(res.yaml, cli.stdout);
    await assert.rejects(
      // A row broken over lines whose first line has fewer cells than the header (one with them all is a whole row).
      client.request(ImportPageRequest.method, {
        text: '| Vendor | Purpose | Location |\n|---|---|---|\n| Stripe | Payments and\nbilling | USA | 2 |\n',
        fileName: 'broken.md',
      }),
      /broken\.md: line 3: this row of the table that starts on line 1 does not end with "\|"/,
    );
    await assert.rejects(
      client.request(ImportPageRequest.method, { text: 'Hello.\n', fileName: 'prose.txt' }),
      /prose\.txt: no sub-processor found/,
    );
  });

  test('Create Inventory: a starter that states nothing, with no schema problem once the first entry is written', async () => {
    const { text } = await client.request<{ text: string }>(StarterInventoryRequest.method, undefined);
    assert.match(text, /organization: unknown/);
    assert.doesNotMatch(text, /@|\d{4}-\d{2}-\d{2}/, 'no invented address or date');
    const starter = 'file:///virtual/nav/new/subprocessors.yaml';
    client.open(starter, text);
    const at = await client.request<NewSubprocessorInsertion>(NewSubprocessorRequest.method, { uri: starter });
    assert.ok(at, 'the new entry goes under `subprocessors:`');
  });
});
