import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longDate } from './dates';

test('a day in a message is written as a person writes it: « le 1er août 2025 », "on 1 August 2025"', () => {
  assert.equal(longDate('2025-08-01', 'fr'), '1er août 2025');
  assert.equal(longDate('2025-08-01', 'en'), '1 August 2025');
  assert.equal(longDate('2022-12-27', 'fr'), '27 décembre 2022');
  assert.equal(longDate('2022-12-27', 'en'), '27 December 2022');
  assert.equal(longDate('2026-02-09', 'fr'), '9 février 2026');
});

test('what is no day is written as it is: a date that does not exist, a partial one, text', () => {
  assert.equal(longDate('2025-02-30', 'fr'), '2025-02-30');
  assert.equal(longDate('2025-08', 'en'), '2025-08');
  assert.equal(longDate('soon', 'en'), 'soon');
});
