/**
 * `npm run fuzz:parse -- [--count N] [--seed S]`: the fast scanner against `yaml` on N seeded inputs (half
 * subset-shaped inventories, half damaged copies of the corpus): on every input the scanner takes, the same
 * document, value and findings. Differing inputs are saved under test/fixtures/fuzz/ (the test suite replays
 * them). Exit 1 on any difference.
 */
import { parseArgs } from 'node:util';
import { loadCorpus, saveFailure, TODAY } from './harness';
import { Prng } from './prng';
import { nextInput } from './run';
import { diffParse } from '../support/parseDiff';

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
for (let i = 0; i < count; i++) {
  const { text, steps } = nextInput(corpus, rng);
  const diff = diffParse(text, { today: TODAY });
  if (diff.scanned) scanned++;
  if (diff.difference) {
    failures++;
    process.stdout.write(`FAIL #${i} [${steps.join(', ')}]: ${diff.difference}\n  saved as ${saveFailure(text)}\n`);
  }
}
process.stdout.write(
  `fuzz:parse: ${count} inputs, seed ${seed}: ${scanned} taken by the fast scanner and compared with yaml, ` +
    `${failures} difference(s), ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
process.exitCode = failures ? 1 : 0;
