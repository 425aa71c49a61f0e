/** The host a sentence names in brackets after where the infrastructure is hosted (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from '../readPage';
import { hostedInBracketEntries } from './hostSentence';
import type { PageBlock } from './blocks';

const paragraph = (text: string): PageBlock[] => [{ kind: 'paragraph', text, line: 1 }];

test('"infrastructure is hosted in <place> (<Host>, <region>)" names the host, its place the one the sentence gives', () => {
  const md = `# Services we use

| Vendor | Purpose |
|---|---|
| Heron Mail | Newsletters |
| Quokka Pay | Payments |

## Where your data lives

Our backend infrastructure is hosted in **Canadian data centers** (Maplecloud, Toronto region). Some services process data elsewhere.
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Heron Mail', 'Quokka Pay', 'Maplecloud'],
  );
  const host = page.entries.find((e) => e.name === 'Maplecloud');
  assert.deepEqual(host?.facts, [{ label: 'Hosting', value: 'Canadian data centers', key: 'dataLocation' }]);
  const fr = hostedInBracketEntries(paragraph("L'infrastructure est hébergée en France (Nuage Gaulois, région Paris)."));
  assert.deepEqual(
    fr.map((e) => [e.name, e.facts[0]?.value]),
    [['Nuage Gaulois', 'France']],
  );
});

test('near misses: a city in the brackets, a host left open ("may be hosted"), no place read, no list beside', () => {
  assert.deepEqual(hostedInBracketEntries(paragraph('Our infrastructure is hosted in the EU (Frankfurt, Germany).')), []);
  // A data centre's tier or description in capitals is no company (review9 #2).
  assert.deepEqual(hostedInBracketEntries(paragraph('Our infrastructure is hosted in Germany (Tier III, redundant power).')), []);
  assert.deepEqual(hostedInBracketEntries(paragraph('Le site est hébergé en France (Datacenter Principal, Paris).')), []);
  assert.deepEqual(hostedInBracketEntries(paragraph('Our infrastructure may be hosted in the EU (Maplecloud, EU West).')), []);
  assert.deepEqual(hostedInBracketEntries(paragraph('Our infrastructure is hosted in secure facilities (Maplecloud, see below).')), []);
  // A page with no list of vendors gains none from such a sentence alone.
  assert.deepEqual(
    readPage('Our backend infrastructure is hosted in Canadian data centers (Maplecloud, Toronto region).\n', 'p.md').entries,
    [],
  );
});
