import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { destinations } from './reach';

const reach = (yaml: string) =>
  destinations(parse(yaml) as Record<string, unknown>, '2026-11-26').map((d) => [
    d.country,
    d.routes.join('+'),
    d.eea ? 'eea' : (d.by ?? 'none'),
    d.mechanism ?? '',
  ]);

test('every country that can reach the data, by storage, access and the law the entity is under, judged once', () => {
  assert.deepEqual(
    reach(
      'dataLocation: { countries: [BE, US] }\naccess: { countries: [IN, US] }\nentityCountry: US\nparentCountry: GB\ntransfer: [{ to: [US], mechanism: dpf }, { to: [IN], mechanism: scc }]',
    ),
    [
      ['BE', 'storage', 'eea', ''],
      ['US', 'storage+access+entity', 'transfer', 'dpf'],
      ['IN', 'access', 'transfer', 'scc'],
      ['GB', 'parent', 'adequacy', ''],
    ],
  );
});

test('a single transfer covers every destination; an uncovered one says why; unknown says nothing', () => {
  assert.deepEqual(reach('dataLocation: { countries: [US, CH] }\ntransfer: { mechanism: scc }'), [
    ['US', 'storage', 'transfer', 'scc'],
    ['CH', 'storage', 'adequacy', ''],
  ]);
  const [india] = destinations(parse('dataLocation: { countries: [IN] }\ntransfer: { mechanism: dpf }'), '2026-11-26');
  assert.equal(india!.covered, false);
  assert.equal(india!.failure?.basis, 'us-only');
  assert.deepEqual(reach('dataLocation: unknown\nentityCountry: unknown'), []);
  const [uk] = destinations(parse('dataLocation: { countries: [US] }\ntransfer: { mechanism: uk-addendum }'), '2026-11-26');
  assert.equal(uk!.failure?.basis, 'uk-tool', 'a UK transfer tool is no basis for an EU export');
});
