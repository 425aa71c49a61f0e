/** The client's restart policy for a crashed server: restart with a cap, one message. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../client/src/restartPolicy';

test('a crashed server is restarted with one message, then given up on after too many crashes, with one more', () => {
  const p = new RestartPolicy(3, 60_000);
  const first = p.onClosed(0);
  assert.equal(first.restart, true);
  assert.match(first.message ?? '', /stopped unexpectedly and was restarted/);
  assert.deepEqual(p.onClosed(1_000), { restart: true, message: undefined }, 'no second message');
  assert.deepEqual(p.onClosed(2_000), { restart: true, message: undefined });
  const last = p.onClosed(3_000);
  assert.equal(last.restart, false);
  assert.match(last.message ?? '', /stopped 4 times in 1 minutes and will not be restarted/);
});

test('crashes far apart keep being restarted quietly', () => {
  const p = new RestartPolicy(2, 60_000);
  p.onClosed(0);
  for (let i = 1; i <= 10; i++) assert.deepEqual(p.onClosed(i * 61_000), { restart: true, message: undefined });
});
