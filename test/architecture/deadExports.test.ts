/**
 * No exported name of `server/src` is dead code: every one is used, by another file or at least by its own
 * (issue 26 found six used nowhere). `scripts/deadExports.ts` finds them with the TypeScript compiler API; a name
 * only its own file uses keeps its `export` for now (the script lists those too, as a cleanup to do).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadExports } from '../../scripts/deadExports';

test('no exported name of server/src is used nowhere', () => {
  const unused = deadExports().filter((d) => !d.usedInFile);
  assert.deepEqual(
    unused.map((d) => `${d.file}: ${d.name}`),
    [],
  );
});
