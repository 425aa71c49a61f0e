/**
 * Editor features over LSP on inputs real files have and the other protocol tests lack: quoted values,
 * flow-style entries and lists, `-   ` item indentation, duplicate ids. Each case applies the server's edit and
 * checks the resulting text, so a range one character off fails.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { lintText } from '../../server/src/engine';
import { messageOf, TestLspClient, withServer } from '../support/lspClient';

const TODAY = '2026-11-26';
const HEAD = 'inventory:\n  organization: X\n  contact: dpo@x.eu\n  lastUpdated: 2026-01-01\nsubprocessors:\n';

let counter = 0;
const uniqueUri = () => `file:///virtual/edges/${++counter}/subprocessors.yaml`;

/** `text` with `|` removed, and the position of `|`. */
function cursor(marked: string): { text: string; position: { line: number; character: number } } {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const lines = text.slice(0, offset).split('\n');
  return { text, position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'subprocessors', 1, text), edits);
}

/** A snippet's text with its tab stops and choices removed (choices: the first one). */
function plain(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$0/g, '');
}

describe('editor features on edge inputs, over LSP', () => {
  let client: TestLspClient;
  withServer({ today: TODAY }, (c) => (client = c));

  async function complete(marked: string): Promise<{ items: CompletionItem[]; text: string }> {
    const { text, position } = cursor(marked);
    const uri = uniqueUri();
    client.open(uri, text);
    const items = await client.completion(uri, position);
    client.close(uri);
    return { items, text };
  }

  // [what, text with | as the cursor, item to accept, the line it must give]
  const completionCases: [string, string, string, string][] = [
    ['a double-quoted enum value', `${HEAD}  - id: a\n    criticality: "cri|"\n`, 'critical', '    criticality: "critical"'],
    ['a single-quoted enum value', `${HEAD}  - id: a\n    criticality: 'hi|'\n`, 'high', "    criticality: 'high'"],
    ['an empty quoted value', `${HEAD}  - id: a\n    criticality: "|"\n`, 'low', '    criticality: "low"'],
    ['a quoted reference target', `${HEAD}  - id: b\n  - id: a\n    dataFlows:\n      - to: "|"\n`, 'b', '      - to: "b"'],
    ['a value in a flow-style entry', `${HEAD}  - {id: a, criticality: h|}\n`, 'high', '  - {id: a, criticality: high}'],
    ['a key in a flow-style entry', `${HEAD}  - {id: a, crit|}\n`, 'criticality', '  - {id: a, criticality: }'],
    [
      'a reference in a flow-style entry',
      `${HEAD}  - {id: b}\n  - {id: a, dataFlows: [{to: |}]}\n`,
      'b',
      '  - {id: a, dataFlows: [{to: b}]}',
    ],
    ['an object key in a flow-style entry', `${HEAD}  - {id: a, dataLoc|}\n`, 'dataLocation', '  - {id: a, dataLocation: {}}'],
    ['a list-of-objects key in a flow-style entry', `${HEAD}  - {id: a, dataFl|}\n`, 'dataFlows', '  - {id: a, dataFlows: []}'],
    [
      'an object key in a flow list of entries',
      'subprocessors: [{id: a, personalD|}]\n',
      'personalData',
      'subprocessors: [{id: a, personalData: {}}]',
    ],
    [
      'a region in a flow-style entry',
      `${HEAD}  - {id: a, dataLocation: {regions: [aws:eu-w|]}}\n`,
      'aws:eu-west-3',
      '  - {id: a, dataLocation: {regions: [aws:eu-west-3]}}',
    ],
  ];
  for (const [what, marked, label, expected] of completionCases) {
    test(`completion of ${what} replaces exactly the typed word`, async () => {
      const { items, text } = await complete(marked);
      const item = items.find((i) => i.label === label);
      assert.ok(item, `no ${label} in ${JSON.stringify(items.map((i) => i.label))}`);
      const after = applyEdits(text, [{ ...(item.textEdit as TextEdit), newText: plain((item.textEdit as TextEdit).newText) }]);
      const line = after.split('\n')[cursor(marked).position.line];
      assert.equal(line, expected);
    });
  }

  test('completion in a flow-style entry offers no key the entry already has', async () => {
    const { items } = await complete(`${HEAD}  - {id: a, name: A, |}\n`);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('criticality'), JSON.stringify(labels));
    assert.ok(!labels.includes('id') && !labels.includes('name'), JSON.stringify(labels));
  });

  test('in a flow list of entries, no block snippet is offered (it would break the list)', async () => {
    const { items } = await complete('subprocessors: [|]\n');
    assert.ok(
      items.some((i) => i.label === 'id'),
      JSON.stringify(items.map((i) => i.label)),
    );
    assert.ok(!items.some((i) => i.label === 'new sub-processor'), 'the new sub-processor snippet is block YAML');
  });

  // Items written `-   key: value` (content four columns in, as some formatters write them).
  test('after `-   ` the new sub-processor snippet and object keys indent under the item content', async () => {
    const marked = 'subprocessors:\n-   id: a\n    name: A\n-   |\n';
    const { items, text } = await complete(marked);
    const snippet = items.find((i) => i.label === 'new sub-processor');
    assert.ok(snippet, JSON.stringify(items.map((i) => i.label)));
    const after = applyEdits(text, [{ ...(snippet.textEdit as TextEdit), newText: plain((snippet.textEdit as TextEdit).newText) }]);
    const entries = lintText(after, { today: TODAY }).model.entries;
    assert.equal(entries.length, 2, after);
    assert.equal(entries[1].id, 'new-sub-processor', after);
    assert.equal(typeof entries[1].own?.name, 'string', after);
    assert.deepEqual(
      lintText(after, { today: TODAY }).findings.filter((f) => f.ruleId === 'yaml-syntax'),
      [],
      after,
    );

    const keyed = await complete('subprocessors:\n-   id: a\n    name: A\n-   dataLoc|\n');
    const key = keyed.items.find((i) => i.label === 'dataLocation')!;
    const withKey = applyEdits(keyed.text, [
      { ...(key.textEdit as TextEdit), newText: plain((key.textEdit as TextEdit).newText) + 'countries: [FR]' },
    ]);
    assert.deepEqual(lintText(withKey, { today: TODAY }).model.entries[1].own?.dataLocation, { countries: ['FR'] }, withKey);
  });

  test('a text sent with a byte order mark: the diagnostics and fix all of the text without it, line 0 one character later', async () => {
    // VS Code drops the mark before the server sees the text; another client may send it. Positions are then in
    // the text sent (the mark is character 0 of line 0), and the mark is kept by every edit.
    const text = 'subprocessors:\n  - id: a\n    name: A\n    dataLocation: { countries: [US] }\n';
    const shown = (ds: Diagnostic[], shift: number) =>
      ds
        .map((d) => {
          const c = (p: { line: number; character: number }) => `${p.line}:${p.character - (p.line === 0 ? shift : 0)}`;
          return `${d.code} ${c(d.range.start)}-${c(d.range.end)} ${messageOf(d)}`;
        })
        .sort();
    const results: { diagnostics: string[]; fixed: string }[] = [];
    for (const [sent, shift] of [
      [text, 0],
      [`\ufeff${text}`, 1],
    ] as const) {
      const uri = uniqueUri();
      client.open(uri, sent);
      const diagnostics = await client.waitForDiagnostics(uri);
      const [fixAll] = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      results.push({ diagnostics: shown(diagnostics, shift), fixed: applyEdits(sent, fixAll!.edit!.changes![uri] as TextEdit[]) });
      client.close(uri);
    }
    assert.ok(
      results[0]!.diagnostics.some((d) => d.startsWith('missing-field 0:0-0:13 ')),
      results[0]!.diagnostics.join('\n'),
    );
    assert.deepEqual(results[1]!.diagnostics, results[0]!.diagnostics);
    assert.ok(results[0]!.fixed.startsWith('inventory:'), results[0]!.fixed);
    assert.equal(results[1]!.fixed, `\ufeff${results[0]!.fixed}`);
  });

  test('renaming one of two entries with the same id renames that entry only, so the duplicate goes away', async () => {
    const text = `${HEAD}  - id: eurobase\n    name: EuroBase\n  - id: eurobase\n    name: EuroBase Backup\n`;
    const uri = uniqueUri();
    client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const at = { line: 7, character: 10 };
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position: at,
      newName: 'eurobase-backup',
    });
    const after = applyEdits(text, edit.changes![uri] as TextEdit[]);
    assert.deepEqual(
      lintText(after, { today: TODAY }).model.entries.map((e) => e.id),
      ['eurobase', 'eurobase-backup'],
    );
    // From the first one too.
    const first = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position: { line: 5, character: 10 },
      newName: 'eurobase-main',
    });
    assert.deepEqual(
      lintText(applyEdits(text, first.changes![uri] as TextEdit[]), { today: TODAY }).model.entries.map((e) => e.id),
      ['eurobase-main', 'eurobase'],
    );
    client.close(uri);
  });
});
