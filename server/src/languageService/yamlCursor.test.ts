/** The cursor resolver on complete and half-typed YAML: `|` marks the cursor in each text. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { cursorContext, nodeAt } from './yamlCursor';

function at(marked: string) {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'mark the cursor with |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const ctx = cursorContext(text, offset);
  return { ...ctx, replaced: text.slice(ctx.replace.start, ctx.replace.end), existingKeys: [...ctx.existingKeys].sort() };
}

describe('cursorContext', () => {
  const cases: { name: string; text: string; expect: Record<string, unknown> }[] = [
    { name: 'an empty file', text: '|', expect: { slot: 'key', path: [], prefix: '' } },
    { name: 'a top-level key being typed', text: 'inven|', expect: { slot: 'key', path: [], prefix: 'inven', replaced: 'inven' } },
    {
      name: 'a key being typed under inventory, with a sibling above and below',
      text: 'inventory:\n  organization: X\n  con|\n  lastUpdated: 2025-01-01\nsubprocessors: []\n',
      expect: { slot: 'key', path: ['inventory'], prefix: 'con', existingKeys: ['lastUpdated', 'organization'], column: 2 },
    },
    {
      name: 'an empty line inside an entry',
      text: 'subprocessors:\n  - id: a\n    name: A\n    |\n    purpose: P\n',
      expect: { slot: 'key', path: ['subprocessors', 0], prefix: '', existingKeys: ['id', 'name', 'purpose'], column: 4 },
    },
    {
      name: 'a key with no value yet (`    criticality: `)',
      text: 'subprocessors:\n  - id: a\n  - id: b\n    criticality: |\n',
      expect: { slot: 'value', path: ['subprocessors', 1, 'criticality'], prefix: '', needsSpace: false },
    },
    {
      name: 'a colon just typed',
      text: 'subprocessors:\n  - id: a\n    criticality:|\n',
      expect: { slot: 'value', path: ['subprocessors', 0, 'criticality'], prefix: '', needsSpace: true },
    },
    {
      name: 'a value being typed',
      text: 'subprocessors:\n  - id: a\n    personalData:\n      level: lim|\n',
      expect: { slot: 'value', path: ['subprocessors', 0, 'personalData', 'level'], prefix: 'lim', replaced: 'lim' },
    },
    {
      name: 'an empty list item (`  - `)',
      text: 'subprocessors:\n  - id: a\n    name: A\n  - |\n',
      expect: { slot: 'item', path: ['subprocessors', 1], prefix: '', column: 4, blockItem: true, existingKeys: [] },
    },
    {
      name: 'items at the same column as their key',
      text: 'subprocessors:\n- id: a\n- id: b\n- id: c\n  name: C\n  crit|\n',
      expect: { slot: 'key', path: ['subprocessors', 2], prefix: 'crit', existingKeys: ['id', 'name'] },
    },
    {
      name: 'an unclosed flow sequence (`certifications: [soc`)',
      text: 'subprocessors:\n  - id: a\n    certifications: [soc|\n',
      expect: { slot: 'item', path: ['subprocessors', 0, 'certifications', 0], prefix: 'soc', replaced: 'soc', existingItems: [] },
    },
    {
      name: 'the second item of a flow sequence, with items around it',
      text: 'subprocessors:\n  - id: a\n    certifications: [soc2-type2, iso|, pci-dss]\n',
      expect: { slot: 'item', path: ['subprocessors', 0, 'certifications', 1], prefix: 'iso', existingItems: ['soc2-type2', 'pci-dss'] },
    },
    {
      name: 'a block sequence item with items above',
      text: 'subprocessors:\n  - id: a\n    dataLocation:\n      countries:\n        - BE\n        - F|\n',
      expect: { slot: 'item', path: ['subprocessors', 0, 'dataLocation', 'countries', 1], prefix: 'F', existingItems: ['BE'] },
    },
    {
      name: 'a region with its provider typed',
      text: 'subprocessors:\n  - id: a\n    dataLocation:\n      regions: [aws:eu-|]\n',
      expect: { slot: 'item', path: ['subprocessors', 0, 'dataLocation', 'regions', 0], prefix: 'aws:eu-', replaced: 'aws:eu-' },
    },
    {
      name: 'a value inside a flow mapping',
      text: 'subprocessors:\n  - id: a\n    transfer: { mechanism: s|, tia: true }\n',
      expect: { slot: 'value', path: ['subprocessors', 0, 'transfer', 'mechanism'], prefix: 's' },
    },
    {
      name: 'a key inside a flow mapping',
      text: 'subprocessors:\n  - id: a\n    dpa: { signed: 2024-01-01, t| }\n',
      expect: { slot: 'key', path: ['subprocessors', 0, 'dpa'], prefix: 't', existingKeys: ['signed'] },
    },
    {
      name: 'a reference in a flow mapping inside a flow sequence',
      text: 'subprocessors:\n  - id: a\n    dataFlows: [{ to: b, description: x }, { to: |\n',
      expect: { slot: 'value', path: ['subprocessors', 0, 'dataFlows', 1, 'to'], prefix: '' },
    },
    {
      name: 'a dash just typed',
      text: 'subprocessors:\n  - id: a\n  -|\n',
      expect: { slot: 'item', path: ['subprocessors', 1], needsSpace: true },
    },
    {
      name: 'comments and blank lines between the cursor and its parent',
      text: 'subprocessors:\n  # core\n\n  - id: a # first\n\n    # note\n    adm|\n',
      expect: { slot: 'key', path: ['subprocessors', 0], prefix: 'adm', existingKeys: ['id'] },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const got = at(c.text);
      for (const [k, v] of Object.entries(c.expect))
        assert.deepEqual((got as Record<string, unknown>)[k], v, `${k} in ${JSON.stringify(got)}`);
    });
  }
});

describe('nodeAt', () => {
  const text = 'subprocessors:\n  - id: a\n    certifications: [soc2-type2, iso27001]\n    dataLocation:\n      countries:\n        - BE\n';
  const doc = parseDocument(text);
  test('a scalar in a flow sequence', () => {
    const got = nodeAt(doc.contents, text.indexOf('iso27001') + 2);
    assert.deepEqual(got?.path, ['subprocessors', 0, 'certifications', 1]);
    assert.equal(got?.onKey, false);
    assert.equal(text.slice(got!.range.start, got!.range.end), 'iso27001');
  });
  test('a key', () => {
    const got = nodeAt(doc.contents, text.indexOf('dataLocation') + 1);
    assert.deepEqual(got?.path, ['subprocessors', 0, 'dataLocation']);
    assert.equal(got?.onKey, true);
  });
  test('a block sequence item', () => {
    const got = nodeAt(doc.contents, text.indexOf('BE'));
    assert.deepEqual(got?.path, ['subprocessors', 0, 'dataLocation', 'countries', 0]);
  });
  test('nothing in blank space between nodes', () => {
    assert.equal(nodeAt(doc.contents, text.indexOf('\n    dataLocation') + 2), undefined);
  });
});
