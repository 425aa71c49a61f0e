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

test('an acronym of three letters beside a party\'s or a link\'s word ("Vendor DPA", "DPA link", "Vendor HQ") names what the column holds', () => {
  for (const [header, key] of [
    ['Vendor DPA', 'dpa'],
    ['DPA link', 'dpa'],
    ['Link to DPA', 'dpa'],
    ['Lien vers le DPA', 'dpa'],
    ['Vendor HQ', 'entityCountry'],
    ['Siège (HQ)', 'entityCountry'],
    ['Provider SCC', 'transfer'],
  ] as const)
    assert.equal(columnMatch(header)?.key, key, header);
  // Near-misses: a header with no such acronym keeps its meaning; one the phrases do not place stays unplaced ("DPA
  // disponible", a yes/no column beside the links); the letters inside a longer word name nothing.
  assert.equal(columnMatch('Vendor name')?.key, 'name');
  assert.equal(columnMatch('Data location')?.key, 'dataLocation');
  assert.equal(columnMatch('DPA disponible'), undefined);
  assert.notEqual(columnMatch("Processor's DPA contact")?.key, 'dpa');
  assert.notEqual(columnMatch('Headquarters address')?.key, 'dpa');
});
