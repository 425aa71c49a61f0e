/**
 * Long runs. `npm test` runs a deterministic sample of the randomised and size tests, to keep it under 15 minutes on
 * two cores; `npm run test:long` (which CI runs after `npm test`) sets SUBPROC_TEST_LONG=1 and runs them whole,
 * together with the `*.long.test.ts` files. The sample is the start of the same seeded sequence, so a failure the
 * sample finds is found by the long run too.
 */
export const LONG = process.env.SUBPROC_TEST_LONG === '1';

/** The count a randomised test runs: `long` under `npm run test:long`, `sample` in `npm test`. */
export function runs(sample: number, long: number): number {
  return LONG ? long : sample;
}
