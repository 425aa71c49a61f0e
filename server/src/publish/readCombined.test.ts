/**
 * A page whose vendors come in more than one shape (issue 22, item 2): the readers combine, block by block, instead of
 * the first that finds entries reading the page alone. Fixtures in our own words, in the shapes of real pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

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

/** A record of processing as a two-column table, its recipients in one row of <br> bullets. */
const record = (title: string, recipients: string, transfers: string) =>
  [
    `## Traitement : ${title}`,
    '',
    '| Rubrique | Contenu |',
    '|---|---|',
    `| **Nom du traitement** | ${title} |`,
    '| **Finalités** | Suivi du service |',
    '| **Base légale** | Art. 6.1.b RGPD |',
    `| **Destinataires** | ${recipients} |`,
    `| **Transferts hors UE** | ${transfers} |`,
    '',
  ].join('\n');

/** The annex that lists the processors, one heading each over labelled lines. */
const annex = [
  '## Annexe : sous-traitants',
  '',
  '### Orvia SAS',
  '',
  '**Fonction** : Hébergement  ',
  '**Localisation** : France',
  '',
  '### Traceo Labs Inc. (Traceo)',
  '',
  '**Fonction** : Journalisation  ',
  '**Localisation** : UE',
  '',
].join('\n');

type Entry = { name: string; dataLocation?: { countries?: string[] }; transfer?: unknown };
const imported = (md: string) =>
  (parse(pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors;

test('a "Destinataires" row of a record naming a vendor with its place and mechanism, beside the annex’s processors: one more entry', () => {
  const md = [
    record(
      'Mesure d’audience',
      '- Lumen Metrics (USA - CCT)<br>- Traceo (UE)<br>- Orvia (hébergement)',
      'USA (Lumen) - Clauses Contractuelles Types',
    ),
    annex,
  ].join('\n');
  const entries = imported(md);
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Orvia SAS', 'Traceo Labs Inc. (Traceo)', 'Lumen Metrics'],
  );
  const lumen = entries[2]!;
  assert.deepEqual(lumen.dataLocation?.countries, ['US']);
  assert.deepEqual(lumen.transfer, { mechanism: 'scc' });
});

test('two records naming the same vendor in their "Destinataires" rows give it one entry', () => {
  const md = [
    record('Mesure d’audience', '- Lumen Metrics (USA - CCT)', 'USA - Clauses Contractuelles Types'),
    record('Tests A/B', '- Lumen Metrics (USA)', 'USA - Clauses Contractuelles Types'),
    annex,
  ].join('\n');
  assert.deepEqual(
    imported(md).map((e) => e.name),
    ['Orvia SAS', 'Traceo Labs Inc. (Traceo)', 'Lumen Metrics'],
  );
});

test('"Destinataires" rows that name no vendor add nothing: the company’s staff, its customers, the authorities, a brand with no place', () => {
  const md = [
    record('Gestion des élèves', '- Moniteurs assignés<br>- Élève (ses factures)<br>- Autorités (sur réquisition)', 'Aucun'),
    record('Communications', '- Acme<br>- Service email (futur : Postwing)<br>- Orvia Analytics (Edge Network)', 'À définir'),
    annex,
  ].join('\n');
  assert.deepEqual(
    imported(md).map((e) => e.name),
    ['Orvia SAS', 'Traceo Labs Inc. (Traceo)'],
  );
});

test('a statement of the transfers that names one vendor ("USA (Lumen) - CCT") is that vendor’s, not every entry’s', () => {
  const md = [
    record('Mesure d’audience', '- Lumen Metrics (USA - CCT)', 'USA (Lumen) - Clauses Contractuelles Types'),
    annex.replace('**Localisation** : France', '**Localisation** : États-Unis'),
  ].join('\n');
  const orvia = imported(md).find((e) => e.name === 'Orvia SAS');
  assert.deepEqual(orvia?.dataLocation?.countries, ['US']);
  assert.equal(orvia?.transfer, 'unknown');
});

test('a list introduced as the sub-processors read first, then a record’s "Destinataires" row naming one more vendor: both', () => {
  const md = [
    'Nos sous-traitants sont les suivants :',
    '',
    '- Orvia SAS — hébergement',
    '- Pelta Inc. — paiement',
    '',
    record('Mesure d’audience', '- Lumen Metrics (USA - CCT)<br>- Équipe support', 'USA - Clauses Contractuelles Types'),
  ].join('\n');
  assert.deepEqual(
    imported(md).map((e) => e.name),
    ['Orvia SAS', 'Pelta Inc.', 'Lumen Metrics'],
  );
});

test('"SCCs and, where applicable, the DPF" for transfers outside the EEA states the SCCs for every entry outside it; an alternative states none', () => {
  const table = ['| Vendor | Location |', '|---|---|', '| Pelta Inc. | United States |', '| Orvia SAS | France |', ''].join('\n');
  const transfer = (sentence: string) => imported(`${table}\n${sentence}\n`).map((e) => e.transfer);
  assert.deepEqual(
    transfer(
      'Transfers outside the EEA rely on the Standard Contractual Clauses and, where applicable, the EU-U.S. Data Privacy Framework.',
    ),
    [{ mechanism: 'scc' }, undefined],
  );
  assert.deepEqual(
    transfer('Les transferts hors de l’UE reposent sur les clauses contractuelles types et, le cas échéant, le Data Privacy Framework.'),
    [{ mechanism: 'scc' }, undefined],
  );
  for (const open of [
    'Transfers outside the EEA rely on the EU-U.S. Data Privacy Framework or, where applicable, the Standard Contractual Clauses.',
    'Transfers outside the EEA rely on the Standard Contractual Clauses and the EU-U.S. Data Privacy Framework.',
  ])
    assert.deepEqual(transfer(open), ['unknown', undefined], open);
});

test('a condition closing a clause of its own ("…, and we use SCCs where applicable") leaves the DPF of the clause before it stated', () => {
  const row = (name: string, cell: string) => `| ${name} | United States | ${cell} |`;
  const table = (rows: string[]) => ['| Vendor | Location | Transfers |', '|---|---|---|', ...rows, ''].join('\n');
  const md = table([
    row('Pelta Inc.', 'Pelta is certified under the Data Privacy Framework, and we use SCCs where applicable'),
    row('Orvia Inc.', 'Orvia est certifiée au Data Privacy Framework, et nous utilisons les CCT le cas échéant'),
    // Near-misses: the condition closes a run of mechanisms joined by "and"/« et »: neither is stated.
    row('Quanta Inc.', 'SCCs and the DPF where applicable'),
    row('Rhea Inc.', 'CCT et DPF le cas échéant'),
  ]);
  assert.deepEqual(
    imported(md).map((e) => e.transfer),
    [{ mechanism: 'dpf' }, { mechanism: 'dpf' }, 'unknown', 'unknown'],
  );
});

test('beside a table, sections under a "Sub-processors" heading each named by its vendor, and bullets whose subject is a vendor: entries too', () => {
  const table = ['## Hosting', '', '| Vendor | Country |', '|---|---|', '| Nordhost AB | Sweden |', ''].join('\n');
  const sections = [
    '## Other sub-processors',
    '',
    '#### Lumen Metrics',
    '',
    'For the privacy practices of Lumen Metrics, see https://lumen.example/privacy.',
    '',
    '#### Postwing',
    '',
    'For the privacy practices of Postwing, see https://postwing.example/privacy.',
    '',
  ].join('\n');
  assert.deepEqual(names(`${table}\n${sections}`, 'p.md'), ['Nordhost AB', 'Lumen Metrics', 'Postwing']);
  const bullets = [
    '## Our sub-processors',
    '',
    '- Lumen Metrics analyses the audience of the site. Location: Ireland.',
    '- Postwing sends our transactional emails. Location: Germany.',
    '- Kappa Cloud stores the backups. Location: Germany.',
    '',
  ].join('\n');
  assert.deepEqual(names(`${table}\n${bullets}`, 'p.md'), ['Nordhost AB', 'Lumen Metrics', 'Postwing', 'Kappa Cloud']);
  // The same bullets naming the table's vendor again add nothing but those it does not list.
  assert.deepEqual(names(`${table}\n${bullets.replace('Lumen Metrics analyses', 'Nordhost AB hosts')}`, 'p.md'), [
    'Nordhost AB',
    'Postwing',
    'Kappa Cloud',
  ]);
});
