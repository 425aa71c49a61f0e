/** Rows of a vendors' table that name no vendor: group headings and rows that lost their name cell (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from '../readPage';
import { pageToInventory } from '../importPage';
import { unreadText } from '../importWords';
import { groupRow, shiftedRows } from './tableRows';

type Entry = Record<string, unknown>;
const imported = (text: string): Entry[] =>
  (parse(pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors;
const places = (entries: Entry[]) => entries.map((e) => [e.name, (e.dataLocation as Entry | undefined)?.countries ?? 'unknown'] as const);

test('a row heading a group of the vendors under it is no entry, and its place is theirs until the next heading', () => {
  const md = `| Vendor | Service |
|---|---|
| **Vendors hosted in Denmark** | |
| Kattegat Mail ApS | Outgoing e-mail |
| Oresund Backup A/S | Nightly copies |
| Vendors outside the EEA | |
| Pinecone Logs Inc. | Error logs |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(places(imported(md)), [
    ['Kattegat Mail ApS', ['DK']],
    ['Oresund Backup A/S', ['DK']],
    // "outside the EEA" puts the group nowhere the page names: no place, and the place above ends.
    ['Pinecone Logs Inc.', 'unknown'],
  ]);
  assert.deepEqual(
    page.unread.map((u) => unreadText(u, 'en')),
    [
      "row 'Vendors hosted in Denmark': says where the rows under it are processed",
      "row 'Vendors outside the EEA': heads the rows under it, no vendor named",
    ],
  );
  const fr = `| Prestataire | Finalité |
|---|---|
| Prestataires à l'étranger (Suisse) | |
| Alpenpost AG | Envoi des courriels |
| Prestataires en Belgique | |
| Brabant Cloud SRL | Hébergement |
| Garonne Paie SAS | Paie |
`;
  assert.deepEqual(places(imported(fr)), [
    ['Alpenpost AG', ['CH']],
    ['Brabant Cloud SRL', ['BE']],
    // A row that names its own place keeps it.
    ['Garonne Paie SAS', ['BE']],
  ]);
});

test('near misses of a group heading: a vendor with empty cells, a singular, a heading over filled cells stay rows', () => {
  assert.equal(groupRow(['Fjellnett AS', ''], 2), undefined);
  assert.equal(groupRow(['Sub-processor in Norway', ''], 2), undefined);
  assert.equal(groupRow(['Subprocessors Ltd', ''], 2), undefined);
  assert.equal(groupRow(['Sub-processors in Norway', 'Domain registry'], 2), undefined);
  assert.equal(groupRow(['Sous-traitants en France'], 1), undefined);
  assert.deepEqual(groupRow(['Sous-traitants hors UE', ''], 2), { text: 'Sous-traitants hors UE' });
  // Where the companies are established is no place of their data: a group row, no place (review9 #1).
  assert.deepEqual(groupRow(['Sous-traitants établis en France', '', ''], 3), { text: 'Sous-traitants établis en France' });
  assert.deepEqual(groupRow(['Sub-processors based in the United States', ''], 2), {
    text: 'Sub-processors based in the United States',
  });
  const md = `| Vendor | Service |
|---|---|
| Fjellnett AS | |
| Kattegat Mail ApS | Outgoing e-mail |
`;
  assert.deepEqual(
    imported(md).map((e) => e.name),
    ['Fjellnett AS', 'Kattegat Mail ApS'],
  );
});

test('a row that lost its name cell (cells shifted left, last cell empty) is no entry; said so', () => {
  const md = `| Provider | Role | Region | Data |
|---|---|---|---|
| Heron Mail | Newsletter delivery | Ireland | Subscriber e-mails |
| Payment processing | US + Canada | Card tokens | |
| Quokka Pay | Payment processing | Australia | Card tokens |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(places(imported(md)), [
    ['Heron Mail', ['IE']],
    ['Quokka Pay', ['AU']],
  ]);
  assert.deepEqual(
    page.unread.map((u) => unreadText(u, 'en')),
    [
      "row 'Payment processing | US + Canada | Card tokens': its cells are shifted one column left (its first cell is another column's), no vendor named",
    ],
  );
  const fr = `| Prestataire | Rôle | Pays | Données |
|---|---|---|---|
| Envoi des SMS | Suisse | Numéros de téléphone | |
| Alpensms AG | Envoi des SMS | Suisse | Numéros de téléphone |
`;
  assert.deepEqual(
    imported(fr).map((e) => e.name),
    ['Alpensms AG'],
  );
});

test('near misses of a shifted row: a vendor whose last cell is empty, a role no row has, a place in its own column', () => {
  const rows = [
    ['Heron Mail', 'Newsletter delivery', 'Ireland', 'Subscriber e-mails'],
    ['Quokka Pay', 'Payment processing', 'Australia', 'Card tokens'],
    // Its last cell empty, but its place stands in the place column: a vendor with nothing to say of its data.
    ['Payment processing', 'Refunds', 'Canada', ''],
    // A name no row has as its role.
    ['Lyrebird Ltd', 'US', 'Call recordings', ''],
  ];
  assert.deepEqual([...shiftedRows(rows, 0, 2)], []);
  // No place column: nothing says the cells moved.
  assert.deepEqual([...shiftedRows([rows[1]!, ['Payment processing', 'US', 'Card tokens', '']], 0, -1)], []);
});
