/**
 * A place whose brackets leave open only the region inside it (« UE (région à confirmer) / US », "EU (exact region
 * TBC)"): the place is stated, the region is not; a place left open as a whole ("UE (France) — à confirmer", "US (to be
 * confirmed)") stays unstated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLocation } from './wording';

const codes = (text: string) => readLocation(text).countries;

test('« UE (région à confirmer) / US », "EU (exact region TBC)", « Irlande (zone à préciser) »: the places before the open region', () => {
  assert.deepEqual(codes('UE (région à confirmer) / US'), ['EU', 'US']);
  assert.deepEqual(codes('Irlande (zone à préciser)'), ['IE']);
  assert.deepEqual(codes('EU (exact region TBC)'), ['EU']);
  assert.deepEqual(codes('United States (data centre to be confirmed), EU'), ['US', 'EU']);
  // The page's words stay beside the codes.
  assert.equal(readLocation('UE (région à confirmer) / US').note, 'UE (région à confirmer) / US');
});

test('near misses: a place itself left to be confirmed, or open words with no place, state none', () => {
  assert.deepEqual(codes('UE (France) — à confirmer'), []);
  assert.deepEqual(codes('US (à confirmer)'), []);
  assert.deepEqual(codes('United States (to be confirmed)'), []);
  assert.deepEqual(codes('Région à confirmer'), []);
  assert.deepEqual(codes('EU region TBC'), []);
});
