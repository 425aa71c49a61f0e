/** One seeded fuzz run: `count` inputs through the engine, every `lspEvery`-th also through the real server. */
import { checkEngine, checkLsp, loadCorpus, saveFailure, type EngineTally } from './harness';
import { mutate } from './mutators';
import { Prng } from './prng';
import { edgeInventory, subsetInventory } from './subsetGen';
import { TestLspClient } from '../support/lspClient';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Every Nth input also goes through the server over LSP (0: none). */
  lspEvery: number;
  /** Called on each failure (after the input is saved). */
  onFailure?: (failure: FuzzFailure) => void;
  onProgress?: (done: number) => void;
}

export interface FuzzFailure {
  index: number;
  steps: string[];
  problem: string;
  saved: string;
}

export interface FuzzReport {
  inputs: number;
  throughLsp: number;
  failures: FuzzFailure[];
  elapsedMs: number;
  /** The slowest engine run (lint and fixes of one input), in CPU time, and by the wall clock. */
  maxEngineMs: number;
  maxEngineWallMs: number;
  /** Engine runs past the bound by the wall clock only, their CPU time within it (the machine was busy). */
  busyRuns: number;
  /** The slowest check of one input by the wall clock, the harness's own checks included (not bounded). */
  maxCheckMs: number;
  totalChars: number;
  /** Inputs the fast scanner took, compared with `yaml` (document, value, findings). */
  scanned: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const corpus = loadCorpus();
  const rng = new Prng(options.seed);
  const failures: FuzzFailure[] = [];
  const started = performance.now();
  let client = options.lspEvery > 0 ? await TestLspClient.start({ today: '2026-01-15' }) : undefined;
  let throughLsp = 0;
  let maxCheckMs = 0;
  let totalChars = 0;
  const tally: EngineTally = { scanned: 0 };
  try {
    for (let i = 0; i < options.count; i++) {
      const { text, steps } = nextInput(corpus, rng);
      totalChars += text.length;
      const t0 = performance.now();
      let problem = checkEngine(text, tally);
      maxCheckMs = Math.max(maxCheckMs, performance.now() - t0);
      if (!problem && client && i % options.lspEvery === 0) {
        throughLsp++;
        problem = await checkLsp(client, `file:///fuzz/${options.seed}/${i}.subprocessors.yaml`, text);
        if (problem && client.exited) {
          // Keep going with a fresh server, so one crash does not hide the next.
          await client.stop();
          client = await TestLspClient.start({ today: '2026-01-15' });
        }
      }
      if (problem) {
        const failure = { index: i, steps, problem, saved: saveFailure(text) };
        failures.push(failure);
        options.onFailure?.(failure);
      }
      options.onProgress?.(i + 1);
    }
  } finally {
    await client?.stop();
  }
  return {
    inputs: options.count,
    throughLsp,
    failures,
    elapsedMs: performance.now() - started,
    maxEngineMs: tally.slowest?.cpuMs ?? 0,
    maxEngineWallMs: tally.slowest?.wallMs ?? 0,
    busyRuns: tally.busy ?? 0,
    maxCheckMs,
    totalChars,
    scanned: tally.scanned,
  };
}

/**
 * Half the inputs are damaged copies of the corpus; the other half inventories shaped like the fast scanner's
 * subset: 60% as generated, 20% with one construct at or past the subset's edge, 20% damaged once.
 */
export function nextInput(corpus: readonly string[], rng: Prng): { text: string; steps: string[] } {
  if (rng.chance(0.5)) return mutate(corpus, rng);
  const r = rng.next();
  if (r < 0.2) {
    const { text, edge } = edgeInventory(rng);
    return { text, steps: [`edge:${edge}`] };
  }
  const text = subsetInventory(rng);
  if (r < 0.8) return { text, steps: ['subset'] };
  const damaged = mutate([text], rng);
  return { text: damaged.text, steps: ['subset', ...damaged.steps] };
}
