import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnMatch } from './columns';

test('a column label is read the same way every time it comes back, and a caller cannot change what the next one gets', () => {
  for (const label of ['Location', 'Sub-processor', 'Pays de stockage', 'Data processing location', 'Whatever this is']) {
    const first = columnMatch(label);
    const again = columnMatch(label);
    assert.deepEqual(again, first, label);
    if (first) {
      first.exact = !first.exact;
      assert.notDeepEqual(columnMatch(label), first, `${label}: the cached answer was changed through a returned object`);
    }
  }
  assert.equal(columnMatch('Location')?.key, 'dataLocation');
  // Past the cache's size, labels are still read (the cache is emptied, never wrong).
  for (let i = 0; i < 5000; i++) columnMatch(`Column ${i} of vendors`);
  assert.deepEqual(columnMatch('Location'), { key: 'dataLocation', exact: true });
  // A long label is not kept, and is read all the same.
  const long = `Location ${'x'.repeat(300)}`;
  assert.deepEqual(columnMatch(long), columnMatch(long));
});

test('"Partenaire(s)" and "Partners" head a column of vendors\' names, as "Partner" does', () => {
  for (const label of ['Partenaire', 'Partenaires', 'Partners', 'Partner']) assert.equal(columnMatch(label)?.key, 'name', label);
});
