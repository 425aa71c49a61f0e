/**
 * The incremental path must give exactly what a full parse gives: many random edits over the example and
 * generated inventories, each compared with `lintText` of the same text (findings, ranges, model, nodes).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { visit, type Node } from 'yaml';
import { generateInventory, prng } from '../../../bench/generate';
import { runs } from '../../../test/support/long';
import { InventoryDocument } from './document';
import { lintText, type LintResult } from './lint';
import { RULES } from './rules';

const EXAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'subprocessors.yaml'), 'utf8');
const TODAY = '2026-11-26';

/** Everything a rule or a feature can see, as plain data. */
function snapshot(r: LintResult) {
  const ranges: string[] = [];
  if (r.parsed.doc) {
    visit(r.parsed.doc, (_, node) => {
      const range = (node as Node | undefined)?.range;
      if (range) ranges.push(range.join('-')); // with the end of trailing comments (range[2]): edits insert after it
    });
  }
  return {
    findings: r.findings,
    problems: r.parsed.problems,
    value: r.parsed.value,
    lineCount: r.parsed.lines.lineCount,
    lineStarts: Array.from({ length: r.parsed.lines.lineCount }, (_, i) => r.parsed.lines.lineStart(i)),
    entries: r.model.entries.map((e) => ({
      index: e.index,
      id: e.id,
      range: e.range,
      own: e.own,
      effective: e.effective,
      inherited: [...e.inherited],
    })),
    byId: [...r.model.byId].map(([id, list]) => [id, list.map((e) => e.index)]),
    ranges,
  };
}

const INSERTS = [
  'a',
  'Z',
  '1',
  ' ',
  '  ',
  '\n',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  '[',
  ']',
  '{',
  '"',
  "'",
  '\t',
  '|',
  '&a',
  '*a',
  'x: y',
  '\n    note: n',
  '\n  - id: new-one',
  '\n      - to: nowhere',
  '\n    purpse: typo',
  '\n\n',
];

function randomEdits(name: string, original: string, seed: number, count: number) {
  test(`${name}: ${count} random edits give the same result as a full parse`, () => {
    const rnd = prng(seed);
    const doc = new InventoryDocument(original, { today: TODAY });
    let text = original;
    let incremental = 0;
    for (let step = 0; step < count; step++) {
      if (step % 6 === 0 && step > 0) {
        text = original; // back to a sane file now and then, through a whole-text change
        doc.setText(text);
      }
      // Mostly inside entries' lines (after the indentation), sometimes anywhere.
      let at = Math.floor(rnd() * (text.length + 1));
      if (rnd() < 0.8) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const firstNonSpace = lineStart + (/^ */.exec(text.slice(lineStart))?.[0].length ?? 0);
        at = Math.max(at, firstNonSpace);
      }
      const del = rnd() < 0.4 ? Math.min(text.length - at, 1 + Math.floor(rnd() * 6)) : 0;
      const insert = del > 0 && rnd() < 0.5 ? '' : INSERTS[Math.floor(rnd() * INSERTS.length)];
      text = text.slice(0, at) + insert + text.slice(at + del);
      const viaUpdate = rnd() < 0.5;
      const got = viaUpdate ? doc.update([{ range: { start: at, end: at + del }, text: insert }]) : doc.setText(text);
      if (doc.lastUpdate === 'incremental') incremental++;
      assert.equal(doc.text, text);
      const want = lintText(text, { today: TODAY });
      assert.deepEqual(
        snapshot(got),
        snapshot(want),
        `step ${step}: ${JSON.stringify(insert)} at ${at} (deleting ${del}) [${doc.lastUpdate}]`,
      );
    }
    // The test is about the incremental path: most edits must take it.
    assert.ok(incremental > count * 0.2, `only ${incremental} of ${count} edits were incremental`);
  });
}

describe('InventoryDocument: incremental equals full', () => {
  // npm test runs the first edits of each seeded sequence; npm run test:long runs them all (test/support/long.ts).
  randomEdits('the example', EXAMPLE, 1, runs(150, 400));
  randomEdits('a generated inventory of 40 entries', generateInventory({ entries: 40, seed: 3, findingRate: 0.3 }), 2, runs(120, 400));
  randomEdits(
    'a generated inventory with CRLF line breaks',
    generateInventory({ entries: 15, seed: 5, findingRate: 0.3 }).replace(/\n/g, '\r\n'),
    3,
    runs(80, 200),
  );

  // Editing an anchored value changes every alias of it, elsewhere in the file: never spliced. The quick
  // look for anchors in the text must find them wherever YAML allows them.
  for (const [where, key, anchored, alias, word] of [
    ['a block value', 'purpose', '    purpose: &p Hosting', '    purpose: *p', 'Hosting'],
    [
      'a flow mapping',
      'personalData',
      '    personalData: {level: &l limited, description: logs}',
      '    personalData: {level: *l, description: logs}',
      'limited',
    ],
    ['a flow sequence', 'certifications', '    certifications: [&c iso27001]', '    certifications: [*c]', 'iso27001'],
    [
      'a flow mapping, after a quoted key',
      'personalData',
      '    personalData: {"level":&l limited, description: logs}',
      '    personalData: {level: *l, description: logs}',
      'limited',
    ],
    ['a block list item', 'certifications', '    certifications:\n      - &c iso27001', '    certifications:\n      - *c', 'iso27001'],
  ] as const) {
    test(`an anchor in ${where}: editing its value updates the alias, as a full parse does`, () => {
      const lines = generateInventory({ entries: 3, seed: 11 }).split('\n');
      const entries = lines.flatMap((l, i) => (l.startsWith('  - id: ') ? [i] : []));
      const a = lines.findIndex((l, i) => i > entries[0] && l.startsWith(`    ${key}:`));
      const b = lines.findIndex((l, i) => i > entries[1] && l.startsWith(`    ${key}:`));
      assert.ok(a < entries[1] && b < entries[2], `fixture: ${key} in each of the first two entries`);
      lines[b] = alias;
      lines[a] = anchored;
      const text = lines.join('\n');
      const doc = new InventoryDocument(text, { today: TODAY });
      assert.deepEqual(snapshot(doc.result), snapshot(lintText(text, { today: TODAY })), 'open');
      const at = text.indexOf(word);
      const result = doc.update([{ range: { start: at, end: at + word.length }, text: `${word}X` }]);
      assert.equal(doc.lastUpdate, 'full', 'an edit in a document with anchors is never spliced');
      assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })));
      assert.match(JSON.stringify(result.parsed.value), new RegExp(`${word}X[^]*${word}X`), 'the alias has the new value too');
    });
  }

  test('a "&" inside words or between spaces is not an anchor: edits stay incremental', () => {
    const text = generateInventory({ entries: 20, seed: 12 }).replace(/(\n {4}purpose: )/g, '$1R&D & ');
    assert.match(text, /R&D & /);
    const doc = new InventoryDocument(text, { today: TODAY });
    const at = text.indexOf('R&D', Math.floor(text.length / 2));
    doc.update([{ range: { start: at, end: at }, text: 'X' }]);
    assert.equal(doc.lastUpdate, 'incremental');
    assert.deepEqual(snapshot(doc.result), snapshot(lintText(doc.text, { today: TODAY })));
  });

  test('an edit inside one entry is incremental and re-checks only that entry', () => {
    const text = generateInventory({ entries: 200, seed: 9 });
    const doc = new InventoryDocument(text, { today: TODAY });
    const at = text.indexOf('purpose: ', Math.floor(text.length / 2)) + 'purpose: '.length;
    const result = doc.update([{ range: { start: at, end: at }, text: 'X' }]);
    assert.equal(doc.lastUpdate, 'incremental');
    assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })));
  });

  test('the first edit after an open re-uses the entry findings of the open for every entry it did not touch', () => {
    // An open keeps its entries' findings without building their cache keys; the first edit must still find them.
    const text = generateInventory({ entries: 30, seed: 4 });
    const doc = new InventoryDocument(text, { today: TODAY });
    const opened = new Set(doc.result.findings);
    const at = text.lastIndexOf('purpose: ') + 'purpose: '.length;
    const result = doc.update([{ range: { start: at, end: at }, text: 'X' }]);
    assert.equal(doc.lastUpdate, 'incremental');
    const entryRules = new Set(RULES.filter((r) => r.checkEntry).map((r) => r.meta.id));
    const last = result.model.entries.at(-1)!.range.start;
    const untouched = result.findings.filter((f) => entryRules.has(f.ruleId) && f.range.end < last);
    assert.ok(untouched.length > 20, `${untouched.length} entry findings before the edited entry`);
    for (const f of untouched) assert.ok(opened.has(f), `${f.ruleId} at ${f.range.start} checked again`);
    assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })));
  });

  test('an edit before an entry moves its cached findings with their related locations', () => {
    const text = generateInventory({ entries: 20, seed: 5 }).replace(/(\n {4}purpose: )[^\n]*/g, '$1unknown');
    const doc = new InventoryDocument(text, { today: TODAY });
    const at = text.indexOf('purpose: unknown') + 'purpose: '.length;
    const result = doc.update([{ range: { start: at - 1, end: at - 1 }, text: '  ' }]);
    assert.equal(doc.lastUpdate, 'incremental');
    const related = result.findings.filter((f) => f.ruleId === 'unstated-fact').flatMap((f) => f.related ?? []);
    assert.equal(related.length, text.match(/purpose: unknown/g)!.length);
    for (const r of related) assert.equal(doc.text.slice(r.range.start, r.range.end), 'unknown');
    assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })));
  });

  test('renaming an entry another entry refers to: the unchanged entry gets its unknown-reference, as a full parse gives', () => {
    // The referring entry is not re-parsed: its references come from what was read of its node before the edit.
    const text = 'subprocessors:\n  - id: target\n    name: T\n  - id: other\n    name: O\n    dataFlows:\n      - to: target\n';
    const doc = new InventoryDocument(text, { today: TODAY });
    const unknown = (r: LintResult) => r.findings.filter((f) => f.ruleId === 'unknown-reference');
    assert.equal(unknown(doc.result).length, 0);
    const at = text.indexOf('target');
    let result = doc.update([{ range: { start: at, end: at + 'target'.length }, text: 'renamed' }]);
    assert.equal(doc.lastUpdate, 'incremental');
    assert.deepEqual(
      unknown(result).map((f) => doc.text.slice(f.range.start, f.range.end)),
      ['target'],
    );
    assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })));
    // And back: the finding goes, with the moved ranges of the referring entry.
    result = doc.update([{ range: { start: at, end: at + 'renamed'.length }, text: 'target' }]);
    assert.equal(doc.lastUpdate, 'incremental');
    assert.equal(unknown(result).length, 0);
    assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })));
  });

  // The list (and the last entry) can end after the last entry's content: after the line break that follows a
  // flow mapping, after comment lines indented under it. An edit of the last entry must leave those ends
  // where a full parse puts them ("new sub-processor" inserts after the last entry's range[2]).
  const lastEntry = (items: string, after = '') =>
    `inventory:\n  organization: X\nsubprocessors:\n  - id: a\n    name: A\n    # about a\n${items}${after}`;
  for (const [name, text, from, to] of [
    ['a flow mapping as the last entry', lastEntry('  - {id: b, name: B}\n'), 'name: B', 'name: C'],
    ['a flow mapping as the last entry, CRLF', lastEntry('  - {id: b, name: B}\n').replace(/\n/g, '\r\n'), 'name: B', 'name: C'],
    ['a comment line typed at the end of the last entry', lastEntry('  - id: b\n    name: B # b\n'), 'B # b', 'B # b\n    # more'],
    [
      'a comment line typed at the end of the last entry, CRLF',
      lastEntry('  - id: b\r\n    name: B # b\r\n'),
      'B # b',
      'B # b\r\n    # more',
    ],
    ['an indented comment after the last entry', lastEntry('  - id: b\n    name: B\n', '    # the end of b\n'), 'name: B', 'name: BB'],
    [
      'an indented comment after the last entry, then a key',
      lastEntry('  - id: b\n    name: B\n', '    # the end of b\npolicy: ./p.yaml\n'),
      'name: B',
      'name: BB',
    ],
    ['an indented comment after an entry that is not the last', lastEntry('  - id: b\n    name: B\n'), 'name: A', 'name: AA'],
    [
      'a comment line typed at the end of an entry that is not the last',
      lastEntry('  - id: b\n    name: B\n'),
      'name: A',
      'name: A\n    # more',
    ],
    // An empty value at the end of an entry takes in the comment lines, blank lines and indentation after it.
    [
      'the last value of the last entry emptied, a comment after the list',
      lastEntry('  - id: b\n    name: B # b\n', '# the end\n'),
      'B # b',
      '# b',
    ],
    ['the last value of the last entry emptied, CRLF', lastEntry('  - id: b\r\n    name: B # b\r\n', '# the end\r\n'), 'B # b', '# b'],
    ['the last value of an entry emptied, before the next entry', lastEntry('  - id: b\n    name: B\n'), 'name: A', 'name: # A'],
    [
      'a nested last value of an entry emptied',
      lastEntry('  - id: b\n    dataLocation:\n      note: x # n\n  # next\n  - id: c\n'),
      'x # n',
      '# n',
    ],
    ["a comment after the last entry at the list's column", lastEntry('  - id: b\n    name: B\n', '  # after b\n'), 'name: B', 'name: BB'],
  ] as const) {
    test(`the end of the list and of its last entry after an edit: ${name}`, () => {
      const doc = new InventoryDocument(text, { today: TODAY });
      const at = text.lastIndexOf(from);
      const result = doc.update([{ range: { start: at, end: at + from.length }, text: to }]);
      assert.deepEqual(snapshot(result), snapshot(lintText(doc.text, { today: TODAY })), doc.lastUpdate);
    });
  }

  test('edits that are not inside one entry fall back to a full parse', () => {
    const text = generateInventory({ entries: 5, seed: 9 });
    const doc = new InventoryDocument(text, { today: TODAY });
    doc.setText(text.replace('organization: Bench Group SA', 'organization: Bench Group'));
    assert.equal(doc.lastUpdate, 'full');
    const second = doc.text.indexOf('\n  - id: ', doc.text.indexOf('  - id: ') + 1);
    doc.update([{ range: { start: second, end: second + 1 }, text: '' }]); // joins two entries' lines
    assert.equal(doc.lastUpdate, 'full');
    assert.deepEqual(snapshot(doc.result), snapshot(lintText(doc.text, { today: TODAY })));
  });
});
