/**
 * Two capitals that are both a country's code and a US state's ("CA": Canada or California, "DE", "IN", "PA") read as a
 * state only where an address writes one: after a city, before the US. Set side by side with the US across a slash or
 * a comma, with no city before them, they are the countries the page names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLocation } from './wording';

const codes = (text: string) => readLocation(text).countries;

test('"CA / US", "DE, US", "FR, CA, US", « CA / États-Unis »: countries side by side, each kept', () => {
  assert.deepEqual(codes('CA / US'), ['CA', 'US']);
  assert.deepEqual(codes('CA/US'), ['CA', 'US']);
  assert.deepEqual(codes('DE, US'), ['DE', 'US']);
  assert.deepEqual(codes('FR, CA, US'), ['FR', 'CA', 'US']);
  assert.deepEqual(codes('CA / États-Unis'), ['CA', 'US']);
  assert.deepEqual(codes('EU, IN, US'), ['EU', 'IN', 'US']);
});

test('near misses: a state after a city and before the US is an address’s, no country ("San Francisco, CA, US", « Dover, DE, États-Unis »)', () => {
  assert.deepEqual(codes('San Francisco, CA, US'), ['US']);
  assert.deepEqual(codes('Philadelphia, PA, USA'), ['US']);
  assert.deepEqual(codes('Dover, DE, États-Unis'), ['US']);
  assert.deepEqual(codes('Wilmington, DE, United States'), ['US']);
});
