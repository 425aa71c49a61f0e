/**
 * `npm run fuzz -- [--count N] [--seed S] [--lsp-every K]`: a seeded fuzz run of the engine and the server.
 * Failing inputs are saved under test/fixtures/fuzz/ (the test suite replays them). Exit 1 on any failure.
 */
import { parseArgs } from 'node:util';
import { ENGINE_BOUND_MS } from './harness';
import { runFuzz } from './run';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 100000) },
    'lsp-every': { type: 'string', default: '50' },
  },
  strict: true,
});
const count = Number(values.count);
const seed = Number(values.seed);
const lspEvery = Number(values['lsp-every']);
if (![count, seed, lspEvery].every((n) => Number.isInteger(n) && n >= 0)) {
  process.stderr.write('fuzz: --count, --seed and --lsp-every take whole numbers\n');
  process.exit(2);
}

async function main(): Promise<void> {
  process.stdout.write(`fuzz: ${count} inputs, seed ${seed}, every ${lspEvery || '-'}th through the server over LSP\n`);
  const report = await runFuzz({
    count,
    seed,
    lspEvery,
    onFailure: (f) =>
      process.stdout.write(`FAIL #${f.index} [${f.steps.join(', ')}]: ${f.problem.split('\n')[0]}\n  saved as ${f.saved}\n`),
    onProgress: (n) => {
      if (n % 1000 === 0) process.stdout.write(`  ${n} inputs\n`);
    },
  });
  process.stdout.write(
    `fuzz: ${report.inputs} inputs (${report.throughLsp} through LSP, ${(report.totalChars / 1e6).toFixed(1)} M characters) in ${(report.elapsedMs / 1000).toFixed(1)} s; ` +
      `slowest engine run (lint and fixes) ${report.maxEngineMs.toFixed(0)} ms of CPU time (${report.maxEngineWallMs.toFixed(0)} ms wall; bound ${ENGINE_BOUND_MS} ms of CPU), ` +
      `${report.busyRuns} over the bound by the wall clock only (a busy machine); slowest whole check ${report.maxCheckMs.toFixed(0)} ms wall; ` +
      `${report.scanned} taken by the fast scanner and compared with yaml; ` +
      `${report.failures.length} failure(s)\n`,
  );
  process.exitCode = report.failures.length ? 1 : 0;
}

void main();
