/**
 * The fast scanner (`server/src/engine/fastScan.ts`) against `yaml`: on every fixture, every YAML example of the
 * rule pages, a seeded sample of subset-shaped inventories and one of inventories at the subset's edge, it either
 * declines or gives the same document (node classes, keys, values, every node's range, scalar types), value,
 * findings (ranges, data, related places, messages) and fixes. The sample must be nearly all taken by the
 * scanner and show every variation of `test/fuzz/subsetFeatures.ts` taken; a planted difference must be found.
 * The long run is `npm run fuzz:parse` (and `npm run fuzz`, which runs the same check on every input).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSeq, Scalar, visit, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseYaml, parseYamlFully, type ParsedYaml } from '../../server/src/engine/parse';
import { loadCorpus } from '../fuzz/harness';
import { Prng } from '../fuzz/prng';
import { countFeatures, featureTable, SUBSET_FEATURES, type FeatureCounts } from '../fuzz/subsetFeatures';
import { EDGES, edgeInventory, entrySnippets, subsetInventory } from '../fuzz/subsetGen';
import { ruleExamples } from '../support/ruleExamples';
import { comparePaths, diffOutputs, diffParse, engineOutput, type DiffOptions } from '../support/parseDiff';

const TODAY = '2026-01-15';

function agree(texts: readonly string[], options?: DiffOptions, counts?: FeatureCounts): number {
  let scanned = 0;
  for (const text of texts) {
    const d = diffParse(text, options);
    assert.equal(d.difference, undefined, `on ${JSON.stringify(text.slice(0, 400))}`);
    if (d.scanned) scanned++;
    if (counts) countFeatures(counts, text, d.scanned);
  }
  return scanned;
}

const FINDINGS: DiffOptions = { today: TODAY };
const FIXES: DiffOptions = { today: TODAY, fixes: true };
/** Variations the scanner must decline (so they are seen, never taken). */
const DECLINED = new Set(['lone CR', 'trailing tab']);

describe('the fast scanner agrees with yaml', () => {
  test('on every fixture and example (document, value, findings and fixes)', () => {
    const corpus = loadCorpus();
    const scanned = agree(corpus, FIXES);
    // The bundled example (quoted scalars, comments, flow lists) is within the subset.
    assert.equal(parseYaml(corpus[0]).scanned, true);
    assert.ok(scanned >= 15, `only ${scanned} of ${corpus.length} scanned`);
  });

  test('on every YAML example of the rule pages (English and French)', () => {
    const examples = ruleExamples();
    assert.ok(examples.length > 100, `${examples.length} examples`);
    const scanned = agree(examples, FIXES);
    assert.ok(scanned > examples.length / 2, `only ${scanned} of ${examples.length} scanned`);
  });

  test('on 1,500 seeded subset-shaped inventories, nearly all taken, every variation compared (findings of 150, fixes of 30)', () => {
    const rng = new Prng(20260115);
    const texts = Array.from({ length: 1500 }, () => subsetInventory(rng));
    const counts: FeatureCounts = {};
    const scanned =
      agree(texts.slice(0, 30), FIXES, counts) + agree(texts.slice(30, 150), FINDINGS, counts) + agree(texts.slice(150), undefined, counts);
    // A generator whose inputs the scanner declines compares nothing.
    assert.ok(scanned > 0.9 * texts.length, `only ${scanned} of ${texts.length} scanned`);
    for (const name of Object.keys(SUBSET_FEATURES)) {
      if (DECLINED.has(name)) continue;
      assert.ok((counts[name]?.taken ?? 0) >= 5, `"${name}" compared ${counts[name]?.taken ?? 0} times:\n${featureTable(counts)}`);
    }
  });

  test("on the entries' texts the incremental path parses (indented lists), of 500 subset-shaped inventories", () => {
    const rng = new Prng(20260116);
    const snippets = Array.from({ length: 500 }, () => entrySnippets(subsetInventory(rng))).flat();
    const scanned = agree(snippets);
    assert.ok(scanned > 0.8 * snippets.length, `only ${scanned} of ${snippets.length} scanned`);
  });

  test('on 600 seeded inventories at the edge of the subset: declined, or the same (lone CRs and tabs declined)', () => {
    const rng = new Prng(27);
    const counts: FeatureCounts = {};
    const edges = new Map<string, number>();
    let scanned = 0;
    for (let i = 0; i < 600; i++) {
      const { text, edge } = edgeInventory(rng);
      edges.set(edge, (edges.get(edge) ?? 0) + 1);
      scanned += agree([text], FINDINGS, counts);
    }
    assert.deepEqual(
      Object.keys(EDGES).filter((e) => !edges.has(e)),
      [],
      'every edge generated',
    );
    assert.ok(scanned < 0.2 * 600, `${scanned} of 600 taken: the edges are not edges`);
    for (const name of DECLINED) {
      assert.ok((counts[name]?.seen ?? 0) >= 5, `"${name}" seen ${counts[name]?.seen ?? 0} times`);
      assert.equal(counts[name]?.taken ?? 0, 0, `"${name}" taken`);
    }
  });
});

describe('the differential check finds a planted difference (so it can fail)', () => {
  const text = loadCorpus()[0]!;
  const full = parseYamlFully(text);
  /** A scanned parse of the bundled example with one thing changed in its document or value. */
  function planted(change: (doc: Document.Parsed, value: Record<string, unknown>) => void): ParsedYaml {
    const fast = parseYaml(text);
    assert.equal(fast.scanned, true);
    change(fast.doc!, fast.value as Record<string, unknown>);
    return fast;
  }
  const scalars = (doc: Document.Parsed): Scalar[] => {
    const out: Scalar[] = [];
    visit(doc, { Scalar: (_, node) => void out.push(node) });
    return out;
  };
  const quoted = (doc: Document.Parsed): Scalar =>
    scalars(doc).find((n) => n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE)!;
  const firstEntry = (doc: Document.Parsed): YAMLMap => (doc.get('subprocessors') as YAMLSeq).items[0] as YAMLMap;

  test('nothing planted: no difference, findings and fixes included', () => {
    assert.equal(comparePaths(parseYaml(text), full, FIXES), undefined);
  });

  const plants: Record<string, [(doc: Document.Parsed, value: Record<string, unknown>) => void, RegExp]> = {
    "a scalar's end one character later": [(doc) => void (quoted(doc).range![1] += 1), /range/],
    "a node's end (after its comment) elsewhere": [(doc) => void (scalars(doc).at(-1)!.range![2] -= 1), /range/],
    "a scalar's value": [(doc) => void (quoted(doc).value = `${String(quoted(doc).value)}\r`), /value/],
    "a scalar's style": [(doc) => void (quoted(doc).type = Scalar.PLAIN), /type/],
    'a key': [(doc) => void ((firstEntry(doc).items[1]!.key as Scalar).value = 'nom'), /value/],
    'a pair dropped': [(doc) => void firstEntry(doc).items.pop(), /items/],
    'a flow list read as a block list': [(doc) => void ((visitFirst(doc, (n) => isSeq(n) && !!n.flow) as YAMLSeq).flow = false), /flow/],
    "the document's range": [(doc) => void (doc.range[2] -= 1), /document range/],
    'the plain value only': [(_, value) => void (value.inventory = {}), /values differ/],
  };
  for (const [what, [change, expected]] of Object.entries(plants)) {
    test(what, () => assert.match(comparePaths(planted(change), full) ?? '(no difference)', expected));
  }

  test('findings on another range, and a fix fewer, are differences', () => {
    const out = engineOutput(full, FIXES, true);
    assert.ok(
      out.some((l) => l.startsWith('  fix ')),
      'the example has fixes',
    );
    const moved = out.map((l, i) => (i === 0 ? l.replace(/ (\d+)-(\d+) /, (_, a: string, b: string) => ` ${a}-${Number(b) + 1} `) : l));
    assert.match(diffOutputs(moved, out) ?? '', /findings differ at 0/);
    const fewer = out.filter((l, i) => i !== out.findIndex((x) => x.startsWith('  fix ')));
    assert.match(diffOutputs(fewer, out) ?? '', /findings differ/);
    assert.equal(diffOutputs(out.slice(), out), undefined);
  });
});

/** The first node of `doc` that `test` accepts. */
function visitFirst(doc: Document.Parsed, test: (node: unknown) => boolean): unknown {
  let found: unknown;
  visit(doc, (_, node) => {
    if (test(node)) {
      found = node;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

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
