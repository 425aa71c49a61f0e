/**
 * The fast scanner (`server/src/engine/fastScan.ts`) against `yaml`: on every fixture, every YAML example of the
 * rule pages and a seeded sample of subset-shaped inventories, it either declines or gives the same document
 * (node classes, values, ranges, scalar types), value and findings. The long run is `npm run fuzz:parse`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseYaml, parseYamlFully } from '../../server/src/engine/parse';
import { loadCorpus } from '../fuzz/harness';
import { Prng } from '../fuzz/prng';
import { subsetInventory } from '../fuzz/subsetGen';
import { REPO_ROOT } from '../support/lspClient';
import { diffParse } from '../support/parseDiff';

const TODAY = '2026-01-15';

function ruleExamples(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.md')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) out.push(m[1]);
      }
    }
  };
  walk(path.join(REPO_ROOT, 'docs', 'rules'));
  return out;
}

function agree(texts: readonly string[], withFindings: boolean): number {
  let scanned = 0;
  for (const text of texts) {
    const d = diffParse(text, withFindings ? { today: TODAY } : undefined);
    assert.equal(d.difference, undefined, `on ${JSON.stringify(text.slice(0, 400))}`);
    if (d.scanned) scanned++;
  }
  return scanned;
}

describe('the fast scanner agrees with yaml', () => {
  test('on every fixture and example (document, value and findings)', () => {
    const corpus = loadCorpus();
    const scanned = agree(corpus, true);
    // The bundled example (quoted scalars, comments, flow lists) is within the subset.
    assert.equal(parseYaml(corpus[0]).scanned, true);
    assert.ok(scanned >= 15, `only ${scanned} of ${corpus.length} scanned`);
  });

  test('on every YAML example of the rule pages (English and French)', () => {
    const examples = ruleExamples();
    assert.ok(examples.length > 100, `${examples.length} examples`);
    const scanned = agree(examples, true);
    assert.ok(scanned > examples.length / 2, `only ${scanned} of ${examples.length} scanned`);
  });

  test('on 1,500 seeded subset-shaped inventories (the findings of the first 150)', () => {
    const rng = new Prng(20260115);
    const texts = Array.from({ length: 1500 }, () => subsetInventory(rng));
    const scanned = agree(texts.slice(0, 150), true) + agree(texts.slice(150), false);
    assert.ok(scanned > 300, `only ${scanned} scanned`);
  });
});

describe('the fast scanner', () => {
  const typed = [
    'a: true\nb: False\nc: ~\nd: null\ne: 0x1F\nf: 0o17\ng: 012\nh: 1.50\ni: .inf\nj: -.5e3\nk: 2025-01-01\nl: yes\nm: "1"\nn: \'true\'\n',
    '\ufeffinventory:\r\n  organization: "Ex\\u00e9mple \\"SAS\\"" # c\r\n  languages: [en, fr]\r\n',
    'a:\n- x\n- y\nb: { k: v, l: [1, 2] }\n',
    "# head\n\nsubprocessors:\n  # group\n  - id: a # the id\n    name: 'It''s'\n\n  - id: b\n    tags: []\n# end\n",
    'x:\n  y:\n  z: 1\n',
    'é: ü\n日本: 語 # コメント\nemoji: 😀\n',
    // An indented root (an entry's text, as the incremental path parses it): the document starts at its line.
    '\n    - id: a\n      name: A\n',
  ];
  test('reads the common subset (so the differential test compares something), with the values yaml gives', () => {
    for (const text of typed) {
      const fast = parseYaml(text);
      assert.equal(fast.scanned, true, JSON.stringify(text));
      assert.deepEqual(fast.value, parseYamlFully(text).value);
      assert.equal(diffParse(text).difference, undefined);
    }
  });

  const outside = {
    'block scalar': 'a: |\n  text\n',
    anchor: 'a: &x 1\nb: *x\n',
    tag: 'a: !!str 1\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    directive: '%YAML 1.2\n---\na: 1\n',
    tab: 'a:\t1\n',
    'lone CR': 'a: 1\rb: 2\n',
    'duplicate key': 'a: 1\na: 2\n',
    'multi-line plain scalar': 'a: one\n  two\n',
    'multi-line flow': 'a: [1,\n  2]\n',
    'multi-line quoted': 'a: "one\n  two"\n',
    'explicit key': '? a\n: 1\n',
    'empty item': 'a:\n  -\n  - x\n',
    'empty value at the end': 'a: 1\nb:\n',
    'bad indentation': 'a:\n    b: 1\n  c: 2\n',
    'comment deeper than the next line': 'a:\n  b: 1\n    # c\nd: 2\n',
    'unknown escape': 'a: "\\q"\n',
    'merge key': '<<: {a: 1}\n',
    'number key': '1: a\n',
    'trailing comma': 'a: [1, 2,]\n',
    'nothing after the colon but spaces': 'a:  \nb: 1\n',
    'text after a flow collection': 'a: [1]x\n',
  };
  test('declines what is outside the subset, so yaml gives its own messages and positions', () => {
    for (const [what, text] of Object.entries(outside)) {
      const parsed = parseYaml(text);
      assert.equal(parsed.scanned, undefined, what);
      assert.deepEqual(parsed.problems, parseYamlFully(text).problems, what);
    }
  });
});
