/**
 * `npm run fuzz:parse -- [--count N] [--seed S]`: the fast scanner against `yaml` on N seeded inputs (half
 * subset-shaped inventories, some with one construct at the subset's edge or damaged, half damaged copies of the
 * corpus): on every input the scanner takes, the same document, value and findings (every 10th input: and the
 * fixes). Prints how many inputs of each kind the scanner took, and which variations of the subset it took.
 * Differing inputs are saved under test/fixtures/fuzz/ (the test suite replays them). Exit 1 on any difference.
 */
import { parseArgs } from 'node:util';
import { loadCorpus, saveFailure, TODAY } from './harness';
import { Prng } from './prng';
import { nextInput } from './run';
import { entrySnippets } from './subsetGen';
import { diffParse } from '../support/parseDiff';
import { countFeatures, featureTable, type FeatureCounts } from './subsetFeatures';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 100000) },
  },
  strict: true,
});
const count = Number(values.count);
const seed = Number(values.seed);
if (![count, seed].every((n) => Number.isInteger(n) && n >= 0)) {
  process.stderr.write('fuzz:parse: --count and --seed take whole numbers\n');
  process.exit(2);
}

const corpus = loadCorpus();
const rng = new Prng(seed);
const started = performance.now();
let scanned = 0;
let failures = 0;
/** Per kind of input (generated inside the subset, at its edge, damaged corpus...): inputs, and taken by the scanner. */
const kinds = new Map<string, { inputs: number; taken: number }>();
const features: FeatureCounts = {};
const snippets = { inputs: 0, taken: 0 };
for (let i = 0; i < count; i++) {
  const { text, steps } = nextInput(corpus, rng);
  // Every input: document, value and findings; every 10th also the fixes offered for each finding.
  const diff = diffParse(text, { today: TODAY, fixes: i % 10 === 0 });
  if (diff.scanned) scanned++;
  const kind = inputKind(steps);
  const k = kinds.get(kind) ?? { inputs: 0, taken: 0 };
  kinds.set(kind, k);
  k.inputs++;
  if (diff.scanned) k.taken++;
  if (kind.startsWith('subset')) countFeatures(features, text, diff.scanned);
  if (diff.difference) {
    failures++;
    process.stdout.write(`FAIL #${i} [${steps.join(', ')}]: ${diff.difference}\n  saved as ${saveFailure(text)}\n`);
  }
  // The entries' texts the incremental path parses (document and value).
  if (kind !== 'subset') continue;
  for (const snippet of entrySnippets(text)) {
    const d = diffParse(snippet);
    snippets.inputs++;
    if (d.scanned) snippets.taken++;
    if (d.difference) {
      failures++;
      process.stdout.write(`FAIL #${i} (an entry's text) [${steps.join(', ')}]: ${d.difference}\n  saved as ${saveFailure(snippet)}\n`);
    }
  }
}
process.stdout.write(
  `fuzz:parse: ${count} inputs, seed ${seed}: ${scanned} taken by the fast scanner and compared with yaml, ` +
    `${failures} difference(s), ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
for (const [kind, k] of [...kinds].sort()) process.stdout.write(`  ${kind}: ${k.inputs} inputs, ${k.taken} taken\n`);
process.stdout.write(
  `  entries' texts of the subset inputs (as the incremental path parses them): ${snippets.inputs}, ${snippets.taken} taken\n`,
);
process.stdout.write(`variations in the subset-shaped inputs (generated, or generated and damaged):\n${featureTable(features)}\n`);
process.exitCode = failures ? 1 : 0;

function inputKind(steps: readonly string[]): string {
  if (steps[0] === 'subset') return steps.length > 1 ? 'subset, damaged' : 'subset';
  if (steps[0]?.startsWith('edge:')) return 'subset with one edge construct';
  return 'corpus, damaged';
}
