/**
 * A page whose vendors come in more than one shape (issue 22, item 2): the readers combine, block by block, instead of
 * the first that finds entries reading the page alone. Fixtures in our own words, in the shapes of real pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('a table of vendors, then a list a sentence introduces elsewhere as the processors: the list’s vendors are entries too', () => {
  const page = [
    '## Hosting',
    '',
    '| Provider | Country |',
    '|---|---|',
    '| Nordhost AB | Sweden |',
    '| Kappa Cloud GmbH | Germany |',
    '',
    '## Analytics',
    '',
    'The following service providers process personal data on our behalf under a data processing agreement:',
    '',
    '- Lumen Metrics Ltd, with its registered office in Dublin, provides audience measurement.',
    '',
  ].join('\n');
  assert.deepEqual(names(page, 'p.md'), ['Nordhost AB', 'Kappa Cloud GmbH', 'Lumen Metrics Ltd']);
});

test('a "Name:" card, then under the next heading a processor named in an introduced item: both, the item no fact of the card', () => {
  const page = [
    '1. #### Storage providers',
    'Name: Northwind Depot SARL  ',
    'Role: Data Processor  ',
    '',
    '2. #### Mailing providers',
    'The following service providers process personal data under a processor contract.',
    '',
    '- Postwing Inc., having its registered office at 12 Harbour Road, is sending our newsletters.',
    '',
  ].join('\n');
  const read = readPage(page, 'p.md');
  assert.deepEqual(
    read.entries.map((e) => e.name ?? e.heading),
    ['Northwind Depot SARL', 'Postwing Inc.'],
  );
  assert.ok(!read.entries[0]!.facts.some((f) => f.value.includes('Postwing')));
});

test('beside a table, an introduced list that names the same vendors again adds none, even one under another name', () => {
  const page = [
    '| Sous-traitant | Finalité | Pays |',
    '|---|---|---|',
    '| Orvia SAS | Hébergement | France |',
    '| Pelta Inc. | Paiement | États-Unis |',
    '| Traceo.io | Journalisation | États-Unis |',
    '',
    'Liste de nos sous-traitants principaux :',
    '',
    '- **Orvia** : hébergement',
    '- **Pelta** : paiement',
    '- **Traceo** : journalisation',
    '',
  ].join('\n');
  assert.deepEqual(names(page, 'p.md'), ['Orvia SAS', 'Pelta Inc.', 'Traceo.io']);
});

test('beside a table, lists that name no vendor add nothing: selection criteria, the company’s own brands in prose, tools merely mentioned', () => {
  const table = ['| Vendor | Purpose |', '|---|---|', '| Nordhost AB | Hosting |', '| Pelta Inc. | Payments |', ''].join('\n');
  const criteria = [
    'Acme selects its sub-processors based on:',
    '',
    '- Demonstrated security posture (independent audits where applicable)',
    '- Contractual commitments on customer data',
    '- Operational reliability and support quality',
    '',
  ].join('\n');
  assert.deepEqual(names(`${table}\n${criteria}`, 'p.md'), ['Nordhost AB', 'Pelta Inc.']);
  // The company's own brands and the customers it names in prose, in bold: no sub-processors.
  const prose = [
    '## Our products',
    '',
    'We publish **Acme Notes** and **Acme Boards**, used by **Zeta Bank** and **Omicron Retail**.',
    '',
    '## Tools',
    '',
    'Our engineers write code in **Vim** and track work in **Kanbo**.',
    '',
  ].join('\n');
  assert.deepEqual(names(`${table}\n${prose}`, 'p.md'), ['Nordhost AB', 'Pelta Inc.']);
});

test('an item with two links, one to an agreement (".../processorterms/") and one to a privacy page: the agreement is its DPA', () => {
  const page = [
    '| Vendor | Purpose |',
    '|---|---|',
    '| Nordhost AB | Hosting |',
    '',
    'The following service providers process personal data under a processor contract:',
    '',
    '- Lumen Metrics Ltd, of Dublin, measures our audience. We signed its data processing agreement <https://lumen.example/legal/processor-terms/>; how Lumen uses data: <https://lumen.example/privacy>',
    '',
  ].join('\n');
  const lumen = readPage(page, 'p.md').entries.find((e) => (e.name ?? e.heading) === 'Lumen Metrics Ltd');
  assert.equal(lumen?.facts.find((f) => f.key === 'dpa')?.value, 'https://lumen.example/legal/processor-terms/');
});
