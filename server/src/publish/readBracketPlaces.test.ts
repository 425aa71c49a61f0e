import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLocation } from './wording';

const places = (text: string) => readLocation(text).countries;

test('machines in other places, in brackets after a place ("with EU/AU regional infrastructure"), are places of the data too', () => {
  assert.deepEqual(places('United States (with EU/AU regional infrastructure)'), ['US', 'EU', 'AU']);
  assert.deepEqual(places('Canada (with UK data centres)'), ['CA', 'GB']);
  assert.deepEqual(places('États-Unis (avec des serveurs régionaux en UE)'), ['US', 'EU']);
  assert.deepEqual(places('Suisse (avec une infrastructure en Allemagne)'), ['CH', 'DE']);
  // Near-misses: a team or a mechanism in the brackets is no place of the data; words that are no place name none.
  assert.deepEqual(places('Ireland (with US support)'), ['IE']);
  assert.deepEqual(places('United States (with SCCs)'), ['US']);
  assert.deepEqual(places('United States (with redundant regional infrastructure)'), ['US']);
});

test('a part of the world written as a region ("Asia-Pac", "APAC", "EMEA") with a city in brackets is that city’s country', () => {
  assert.deepEqual(places('Asia-Pac (Tokyo)'), ['JP']);
  assert.deepEqual(places('APAC (Singapore)'), ['SG']);
  assert.deepEqual(places('EMEA (Dublin)'), ['IE']);
  assert.deepEqual(places('Asie-Pacifique (Sydney)'), ['AU']);
  // Near-misses: the region alone names no country; words that are no place in the brackets name none.
  assert.deepEqual(places('Asia-Pacific'), []);
  assert.deepEqual(places('APAC (several regions)'), []);
});
