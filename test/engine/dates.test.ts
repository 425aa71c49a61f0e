/** Date arithmetic (`server/src/engine/dates.ts`): the answers kept for the dates last asked are the computed ones. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, isIsoDate } from '../../server/src/engine/dates';

test('days and months added, and ISO dates recognised, the same when asked again', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(addDays('2026-02-27', 2), '2026-03-01');
    assert.equal(addDays('2024-02-27', 2), '2024-02-29');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(addDays('2026-01-01', 0), '2026-01-01');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2026-11-15', 3), '2027-02-15');
    assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
    assert.equal(isIsoDate('2026-02-28'), true);
    assert.equal(isIsoDate('2026-02-30'), false);
    assert.equal(isIsoDate('2026-2-28'), false);
    assert.equal(isIsoDate(20260228), false);
  }
});

test('more dates than the answers kept: each still computed right', () => {
  let iso = '2020-01-01';
  for (let i = 0; i < 5000; i++) {
    const next = addDays(iso, 1);
    assert.ok(next > iso && isIsoDate(next), `${iso} -> ${next}`);
    iso = next;
  }
  assert.equal(iso, addDays('2020-01-01', 5000));
  assert.equal(iso, '2033-09-09');
});
