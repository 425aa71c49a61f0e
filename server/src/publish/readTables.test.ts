/** Tables read by the meaning of their columns and the grammar of their cells, whatever the page (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { mechanismsIn, parseDate, readLocation } from './wording';
import { unreadText } from './importWords';
import type { Unread } from './read/unread';

/** What the reader set aside, in English (as `subproc import` says it). */
const unreadEn = (page: { unread: readonly Unread[] }): string[] => page.unread.map((u) => unreadText(u, 'en'));

type Entry = Record<string, unknown>;
const imported = (text: string, file: string): Entry[] =>
  (parse(pageToInventory(readPage(text, file), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors;

test('a training column in French or English, and a training sentence in any column, give ai.trainsOnCustomerData', () => {
  const md = `| Sous-traitant | Finalité | Entraînement sur les données du client |
|---|---|---|
| Mistral AI | Modèles d'IA | Non (aucun entraînement) |
| Acme | Hébergement | Oui |
| Beta | Hébergement | Ne sait pas |

| Vendor | Purpose | Retention policy |
|---|---|---|
| Gamma | LLM | Does not train on API inputs; 30 days |
| Delta | Hosting | 30 days |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Mistral AI', false],
      ['Acme', true],
      ['Beta', undefined],
      ['Gamma', false],
      ['Delta', undefined],
    ],
  );
  // The page's words are kept beside the answer.
  assert.match(String(entries[0]!.note), /aucun entraînement/);
});

test('a template blank in a cell ("[[region]]", "[Insert location]") is no fact, and import says it is unfilled', () => {
  const md = `| Sub-processor | Purpose | Location | Transfer basis |
|---|---|---|---|
| Supabase | Database | [[region]] | [[SCCs / adequacy]] |
| Resend | Email | [Insert location] | SCCs |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(unreadEn(page), [
    'unfilled placeholder: "[[region]]"',
    'unfilled placeholder: "[[SCCs / adequacy]]"',
    'unfilled placeholder: "[Insert location]"',
  ]);
  const entries = imported(md, 'p.md');
  assert.equal(entries[0]!.dataLocation, 'unknown');
  assert.equal(entries[0]!.transfer, undefined);
  assert.equal(entries[1]!.dataLocation, 'unknown');
  assert.deepEqual(entries[1]!.transfer, { mechanism: 'scc' });
});

test('a table of planned or former vendors is no entry, and a table that says more about listed vendors gives them its facts', () => {
  const md = `# Trust

## How AI providers handle your data

| Provider | Region | Retention policy |
|---|---|---|
| **Anthropic** (Claude) | United States | Does not train on API inputs |
| **Bedrock** | Australia | Stays in the region |

## Sub-processors

| Sub-processor | Purpose | Location |
|---|---|---|
| **Anthropic** | AI models | United States |
| **Neon** | Database | United States |

## Planned sub-processors

| Vendor | Purpose | Status |
|---|---|---|
| **LinkedIn** | Profile import | Pending |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Anthropic', 'Neon'],
  );
  assert.deepEqual(unreadEn(page), [
    "table 'Planned sub-processors' (1 row): not current sub-processors",
    "row 'Bedrock' of table 'How AI providers handle your data': not on the sub-processor list",
  ]);
  const entries = imported(md, 'p.md');
  assert.deepEqual(entries[0]!.ai, { trainsOnCustomerData: false });
  assert.deepEqual((entries[0]!.dataLocation as Entry).countries, ['US']);
  assert.equal(entries[1]!.ai, undefined);
});

test('two tables each headed as sub-processors, or of other vendors, are all entries', () => {
  const md = `## Sub-processors

| Sub-processor | Purpose |
|---|---|
| Neon | Database |

## Analytics providers

| Vendor | Purpose |
|---|---|
| Plausible | Analytics |
`;
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name),
    ['Neon', 'Plausible'],
  );
});

test('places: member states inside "EEA (…)" are kept beside the EEA, and "(entity)" names the company’s country, not the data’s', () => {
  assert.deepEqual(readLocation('EEA (Belgium / Ireland regions)').countries, ['EU', 'BE', 'IE']);
  assert.deepEqual(readLocation('EU (Belgium region)').countries, ['EU', 'BE']);
  assert.deepEqual(readLocation('EEA (data stays in the EEA)').countries, ['EU']);
  const vercel = readLocation('US (entity); edge globally');
  assert.deepEqual(vercel.countries, ['GLOBAL']);
  assert.deepEqual(vercel.entityCountries, ['US']);
  assert.equal(vercel.note, 'US (entity); edge globally');
  const [entry] = imported('| Vendor | Purpose | Location |\n|---|---|---|\n| Vercel | Hosting | US (entity); edge globally |\n', 'p.md');
  assert.equal(entry!.entityCountry, 'US');
  assert.deepEqual((entry!.dataLocation as Entry).countries, ['GLOBAL']);
});

test('places: a city inside "EU (…)" keeps the EU the page says, and gives its country; a place after "outside" is none', () => {
  assert.deepEqual(readLocation('EU (Amsterdam)').countries, ['EU', 'NL']);
  assert.deepEqual(readLocation('UE (Dublin)').countries, ['EU', 'IE']);
  // "outside" / "hors" before places, outside a parenthesis: where data is not (or not only).
  assert.deepEqual(readLocation('United Kingdom and remote offices, including outside the UK/EEA').countries, ['GB']);
  assert.deepEqual(readLocation('France; hors UE : aucun').countries, ['FR']);
  assert.deepEqual(readLocation('US (transfert hors UE — CCT)').countries, ['US']);
  // "EU/UK data regions", "and/or", a condition after the noun.
  assert.deepEqual(readLocation('EU/UK data regions and/or Canada').countries, ['EU', 'GB', 'CA']);
  assert.deepEqual(readLocation('UK data residency where available').countries, ['GB']);
});

test('a certification is read from any cell that names it whole, and from a column that asks it ("Certifié HDS : Oui")', () => {
  const md = `| Sous-traitant | Finalité | Certifié HDS | Remarques |
|---|---|---|---|
| OVHcloud | Hébergement | Oui | ISO 27001 ; données chiffrées |
| Brevo | E-mails | Non | Conforme RGPD |
| Stripe | Paiements | | PCI DSS Level 1 |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.certifications]),
    [
      ['OVHcloud', ['hds', 'iso27001']],
      ['Brevo', 'unknown'],
      ['Stripe', ['pci-dss']],
    ],
  );
  // The page's answer stays in its words.
  assert.match(String(entries[1]!.note), /Certifié HDS: Non/);
});

test("a name linked whole to a page of the vendor's site is its site; a link beside the name to its privacy page is not; a DPA link is the DPA", () => {
  const md = `| Sub-processor | Purpose |
|---|---|
| [Edgewall](https://edgewall.example/trust/gdpr/) | CDN |
| [Modelhub](https://modelhub.example/privacy) | LLM |
| Quillet<br>[Privacy terms](https://quillet.example/legal/privacy) | Notes |
| [Hostberg](https://hostberg.example/dpa/) | Hosting |
| [Tabula](https://tabula.example/) | Database |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.url, (e.dpa as Entry | undefined)?.url]),
    [
      // The corpus reads a vendor's pages linked under its name as its site (tavern, jsdelivr, gridar).
      ['https://edgewall.example/trust/gdpr/', undefined],
      ['https://modelhub.example/privacy', undefined],
      // A link of other words beside the name ("Privacy terms") is another document: no site.
      [undefined, undefined],
      [undefined, 'https://hostberg.example/dpa/'],
      ['https://tabula.example/', undefined],
    ],
  );
  assert.match(String(entries[2]!.note), /legal\/privacy/);
  // A page that says its names link to the agreements: each name's link is the vendor's DPA.
  const said = imported(`Each name links to the vendor's DPA.\n\n${md}`, 'p.md');
  assert.deepEqual(
    said.slice(0, 2).map((e) => [e.url, (e.dpa as Entry | undefined)?.url]),
    [
      [undefined, 'https://edgewall.example/trust/gdpr/'],
      [undefined, 'https://modelhub.example/privacy'],
    ],
  );
});

test('"Location" beside a "Regions" column is the vendor’s country; a contact cell keeps its HTML link and gives its address’s country', () => {
  const md = `| Sub-Processor | Location | Our Regions | Website & Contact Details |
|---|---|---|---|
| MongoDB Limited | Ireland | Global, USA, EU | <p><a href="https://www.mongodb.com/">https://www.mongodb.com/</a></p><p>Ballsbridge, Dublin 4, Ireland</p> |
| Acme s.r.o. | | EU | <p>Acme s.r.o.<br>Praha 120 00<br>Czech republic</p> |
`;
  const page = readPage(md, 'p.md');
  assert.equal(page.entries[0]!.facts.find((f) => f.key === 'website')?.value, 'https://www.mongodb.com/');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entityCountry, (e.dataLocation as Entry).countries, e.url]),
    [
      ['MongoDB Limited', 'IE', ['GLOBAL', 'US', 'EU'], 'https://www.mongodb.com/'],
      ['Acme s.r.o.', 'CZ', ['EU'], undefined],
    ],
  );
  assert.match(String(entries[0]!.note), /Dublin 4, Ireland/);
});

test('one "Location" column, or "Location" beside another place column, stays where the data is', () => {
  const md = '| Vendor | Location | Purpose |\n|---|---|---|\n| Neon | United States | Database |\n';
  assert.deepEqual((imported(md, 'p.md')[0]!.dataLocation as Entry).countries, ['US']);
  assert.equal(imported(md, 'p.md')[0]!.entityCountry, undefined);
});

test('a bare "Country" beside a column that says where data is processed, hosted or stored is the vendor’s country', () => {
  for (const [country, where] of [
    ['Country', 'Processing location'],
    ['Pays', 'Lieu d’hébergement'],
  ]) {
    const md = `| Vendor | ${country} | ${where} | Purpose |\n|---|---|---|---|\n| Neon | United States | Germany | Database |\n`;
    const [entry] = imported(md, 'p.md');
    assert.equal(entry!.entityCountry, 'US', country);
    assert.deepEqual((entry!.dataLocation as Entry).countries, ['DE'], country);
  }
  // Beside a place column that says nothing of data, "Country" stays where the data is (the one column of places).
  const md = '| Vendor | Country | Purpose |\n|---|---|---|\n| Neon | Germany | Database |\n';
  assert.deepEqual((imported(md, 'p.md')[0]!.dataLocation as Entry).countries, ['DE']);
});

test('a location column that names the sub-processor itself ("Location of Subprocessors", "Pays du prestataire") is where it is established', () => {
  for (const header of ['Location of Subprocessors', 'Vendor country', 'Pays du prestataire']) {
    const md = `| Vendor | ${header} | Purpose |\n|---|---|---|\n| Neon | United States | Database |\n`;
    const [entry] = imported(md, 'p.md');
    assert.equal(entry!.entityCountry, 'US', header);
    assert.ok(!Array.isArray((entry!.dataLocation as Entry | undefined)?.countries), header);
  }
  // The place of processing stays where the data is.
  const md = '| Vendor | Location of processing |\n|---|---|\n| Neon | United States |\n';
  assert.deepEqual((imported(md, 'p.md')[0]!.dataLocation as Entry).countries, ['US']);
});

test('a Markdown table row broken over lines at its cells\' "|": short lines that add up to the header\'s cells are one row', () => {
  const md = [
    '# | Vendor | Location | Address | Purpose |',
    '---|---|---|---|---|',
    '1 | Hostly GmbH | Germany |',
    'Hauptstr. 1, 10115 Berlin, Germany | Hosting |',
    '2 | Mailbird Inc. | United States | 1 Main St., Austin, TX 78701 | E-mail |',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dataLocation as Entry).countries, e.entityCountry, e.purpose]),
    [
      ['Hostly GmbH', ['DE'], 'DE', 'Hosting'],
      ['Mailbird Inc.', ['US'], 'US', 'E-mail'],
    ],
  );
  // Lines that do not add up to one row are not joined by guess.
  const apart = imported(md.replace('| Hosting |', '| Hosting | extra |'), 'p.md');
  assert.notEqual(apart.find((e) => e.name === 'Hostly GmbH')!.purpose, 'Hosting');
});

test("a section's sentence naming one transfer mechanism goes to its table's rows; a denial, or 'outside the EU', does not", () => {
  const md = `## Hosting

| Sous-traitant | Où |
|---|---|
| Vercel | États-Unis |
| Neon | États-Unis |

Ces deux sont aux États-Unis. Le transfert repose sur les clauses contractuelles types de la Commission européenne.

## Services

| Sous-traitant | Où |
|---|---|
| Hunter | États-Unis |

Ce transfert n'est pas couvert par les clauses contractuelles types.
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.transfer]),
    [
      ['Vercel', { mechanism: 'scc' }],
      ['Neon', { mechanism: 'scc' }],
      ['Hunter', 'unknown'],
    ],
  );
  const outside = `## Other

| Sous-traitant | Où |
|---|---|
| Mistral AI | France |

Les transferts hors UE s'effectuent sous Clauses Contractuelles Types.
`;
  assert.deepEqual(
    readPage(outside, 'p.md').entries[0]!.facts.map((f) => f.key),
    ['dataLocation'],
  );
  assert.equal(imported(outside, 'p.md')[0]!.transfer, undefined);
});

test("a section's transfer sentence that names the destination, or only a case of it, goes to the rows it covers, not to every row", () => {
  const table = '| Prestataire | Lieu |\n|---|---|\n| Nuagix | Irlande |\n| Courrielo | États-Unis |\n';
  const mechanisms = (sentence: string) =>
    imported(`## Sous-traitants\n\n${sentence}\n\n${table}`, 'p.md').map((e) => [e.name, e.transfer]);
  // The destination named, the mechanism after it: the rows placed there only.
  for (const sentence of [
    'We transfer data to the US under the Data Privacy Framework.',
    'Personal data is transferred to the United States on the basis of Standard Contractual Clauses.',
    'Nous transférons les données vers les États-Unis sur la base des clauses contractuelles types.',
  ]) {
    const rows = mechanisms(sentence);
    assert.equal(rows[0]![1], undefined, sentence);
    assert.ok(typeof rows[1]![1] === 'object', sentence);
  }
  // A case the sentence sets ("only where", a choice of the customer's): no row is said to meet it.
  for (const sentence of [
    'Transfers rely on the Data Privacy Framework only where customers opt in to US hosting.',
    'Le transfert repose sur les clauses contractuelles types uniquement si le client active l’option américaine.',
    'The Data Privacy Framework applies when the customer enables US storage.',
  ])
    assert.deepEqual(
      mechanisms(sentence).map((r) => r[1]),
      [undefined, 'unknown'],
      sentence,
    );
  // Near miss: a sentence for every row, with no destination and no case, still goes to each.
  assert.deepEqual(
    mechanisms('Le transfert repose sur les clauses contractuelles types.').map((r) => r[1]),
    [{ mechanism: 'scc' }, { mechanism: 'scc' }],
  );
});

test('a row whose status cell says the vendor is planned or no longer used is no entry; an active one, or a status column of other words, is', () => {
  const md = `| Vendor | Purpose | Status |
|---|---|---|
| Nuagix | Hosting | Active |
| Courrielo | Email | Planned (Q3) |
| Hébergix | Backups | Removed in 2025 |
| Postilla | SMS | Active (migration planned) |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Nuagix', 'Postilla'],
  );
  assert.deepEqual(unreadEn(page), [
    "row 'Courrielo': its status 'Planned (Q3)' says it is not a current sub-processor",
    "row 'Hébergix': its status 'Removed in 2025' says it is not a current sub-processor",
  ]);
  const fr =
    '| Prestataire | Finalité | Statut |\n|---|---|---|\n| Nuagix | Hébergement | En service |\n| Courrielo | Courriels | Prévu |\n| Hébergix | Sauvegardes | Retiré |\n';
  assert.deepEqual(
    readPage(fr, 'p.md').entries.map((e) => e.name),
    ['Nuagix'],
  );
  // Near miss: a column of another meaning whose cells hold such a word ("Removed data", a certification "planned").
  const other = '| Vendor | Purpose | Certification |\n|---|---|---|\n| Nuagix | Hosting | ISO 27001 |\n| Courrielo | Email | Planned |\n';
  assert.deepEqual(
    readPage(other, 'p.md').entries.map((e) => e.name),
    ['Nuagix', 'Courrielo'],
  );
});

test('a table copied with its cells run together by single spaces: header by meaning, rows split by their cells’ grammar', () => {
  const text = `Our vendors

Vendor Purpose Data location
Acme Cloud GmbH Hosting of the service and its backups. Germany
Initech Ltd (EU) Email delivery for account notices. Ireland / USA
Hooli Search for the web site, from the visitor's browser. Everywhere in the world
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.map((f) => [f.key, f.value])]),
    [
      [
        'Acme Cloud GmbH',
        [
          ['purpose', 'Hosting of the service and its backups.'],
          ['dataLocation', 'Germany'],
        ],
      ],
      [
        'Initech Ltd (EU)',
        [
          ['purpose', 'Email delivery for account notices.'],
          ['dataLocation', 'Ireland / USA'],
        ],
      ],
      // No place the reader can read whole at the end: the row's text stays in one cell, nothing split by guess.
      ['Hooli', [['purpose', "Search for the web site, from the visitor's browser. Everywhere in the world"]]],
    ],
  );
  const entries = imported(text, 'p.txt');
  assert.deepEqual((entries[1]!.dataLocation as Entry).countries, ['IE', 'US']);
  assert.equal(entries[2]!.dataLocation, 'unknown');
});

test('a run-together transfer cell that opens with the place the data stays in ("EU primary processing") starts there', () => {
  const text = `Our vendors

Vendor Purpose Data location Transfer mechanism
Acme Cloud GmbH Hosting of the service and its backups EU (Milan) EU primary processing; no third-country transfer
Initech Ltd Support desk for customers US SCCs
Hooli Oy Document archive for invoices EEA EEA hosting only
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.filter((f) => f.key === 'purpose' || f.key === 'dataLocation').map((f) => f.value)]),
    [
      ['Acme Cloud GmbH', ['Hosting of the service and its backups', 'EU (Milan)']],
      ['Initech Ltd', ['Support desk for customers', 'US']],
      ['Hooli Oy', ['Document archive for invoices', 'EEA']],
    ],
  );
  const entries = imported(text, 'p.txt');
  assert.deepEqual((entries[0]!.dataLocation as Entry).countries, ['EU', 'IT']);
  assert.equal(entries[0]!.transfer, undefined);
  // French: "UE traitement principal" does not open with the place then what is done, but "UE uniquement" does.
  const fr = `Nos sous-traitants

Sous-traitant Finalité Localisation Mécanisme de transfert
Acme Cloud SAS Hébergement du service France UE uniquement
`;
  assert.deepEqual(
    readPage(fr, 'p.txt').entries.map((e) => e.facts.filter((f) => f.key === 'dataLocation').map((f) => f.value)),
    [['France']],
  );
});

test('a run-together header whose columns say more than their known words, split at capitals; a place column after the name ends the name', () => {
  const text = `Approved processors

Approved Data Processor Server Location Description of the processing Safeguard for transfers outside the EEA Added on
Nimbus Store EU Off-site backups   2020.02.01
Cloud Office for Teams Ireland, USA Mail and calendars SCCs 2021.06.15
Payline Norway Card payments   2022.09.30
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Nimbus Store', 'EU'],
      ['Cloud Office for Teams', 'Ireland, USA'],
      ['Payline', 'Norway'],
    ],
  );
  // Words that do not start as a mechanism's do are no transfer cell: they stay with the columns after it.
  assert.match(page.entries[0]!.facts.find((f) => f.key === 'purpose')?.value ?? '', /^Off-site backups/);
  const entries = imported(text, 'p.txt');
  assert.deepEqual((entries[1]!.dataLocation as Entry).countries, ['IE', 'US']);
  // The row that names its safeguard states it; the others state none.
  assert.deepEqual(
    entries.map((e) => JSON.stringify(e.transfer ?? null).includes('"scc"')),
    [false, true, false],
  );
  // In French, the same: a title-case name column, a sentence-case purpose column of many words.
  const fr = `Sous-traitants

Sous-traitant Pays Finalité du traitement confié Date d’ajout
Hébergeur Alpin SA Suisse Hébergement des serveurs 2023
Mailor Pologne, Allemagne Envoi des lettres d’information 2024
`;
  assert.deepEqual(
    readPage(fr, 'p.txt').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Hébergeur Alpin SA', 'Suisse'],
      ['Mailor', 'Pologne, Allemagne'],
    ],
  );
  // A line of capitalised words is no header unless each of its parts names a column: a menu, a title.
  for (const line of ['Company Our Story Careers Press Kit Contact', 'Provider Terms And Conditions Of Use For Customers']) {
    const menu = `${line}\nAcme Ltd Germany Hosting\nBeta Inc USA Support\n`;
    assert.ok(!readPage(`${menu}\n- Hostly: hosting`, 'p.txt').entries.some((e) => e.name === 'Acme Ltd' || e.name === 'Acme'), line);
  }
});

test('a cell of a column no meaning names that opens with a safeguard’s name states it; a condition, or an adequacy status, does not', () => {
  const md = `| Prestataire | Rôle | Pays | Précautions |
|---|---|---|---|
| Nuagerie | Hébergement | USA | Clauses contractuelles types signées |
| Courrielo | Courriels | USA | CCT si applicable |
| Relais | Paie | USA | Chiffrement au repos |
| Cartel | Cartes | USA | Adequacy (partial) |
`;
  const mechanisms = imported(md, 'p.md').map((e) => JSON.stringify(e.transfer ?? null));
  assert.match(mechanisms[0]!, /"scc"/);
  for (const m of mechanisms.slice(1)) assert.doesNotMatch(m, /"scc"|"adequacy"/);
});

test('pipe rows with no delimiter row under a header of column words are a table, a short row padded; other pipe lines are not', () => {
  const md = `Our providers
We list them here.
| Vendor | Purpose | Hosting location |
| Nordhost (Nordhost AB) | Hosting | Sweden |
| Postlark | Newsletters |
Questions go to privacy@example.com.
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose, (e.dataLocation as Entry | string | undefined) && (e.dataLocation as Entry).countries]),
    [
      ['Nordhost (Nordhost AB)', 'Hosting', ['SE']],
      ['Postlark', 'Newsletters', undefined],
    ],
  );
  // In French too.
  const fr = '| Sous-traitant | Finalité | Pays |\n| Nuagerie | Hébergement | France |\n| Courrielo | Envoi de courriels | Allemagne |\n';
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => (e.dataLocation as Entry).countries),
    [['FR'], ['DE']],
  );
  // A header whose cells are not all column words (a timetable, a layout): no table is made of it; refused as before.
  const layout = '| Vendor | Monday | Tuesday |\n| Acme | Open | Closed |\n| Beta | Open | Open |\n\n- Hostly: hosting\n';
  assert.throws(() => readPage(layout, 'p.md'), /Markdown does not read it as one/);
});

test('pipe rows with no delimiter row: two columns of column words make a table when every row writes two; a lone header row, a diagram, stay text', () => {
  const en = '# Subprocessors\n\n| Vendor | Country |\n| Nuagix | France |\n| Postlark | Germany |\n';
  assert.deepEqual(
    imported(en, 'p.md').map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Nuagix', ['FR']],
      ['Postlark', ['DE']],
    ],
  );
  const fr = '## Nos prestataires\n\nNous faisons appel à :\n\n| Prestataire | Pays |\n| Nuagerie | Irlande |\n\n## Cookies\n';
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [['Nuagerie', ['IE']]],
  );
  // Near misses: a header row alone names no vendors, its cells no list of names.
  for (const lone of [
    '# Sub-processors\n\n| Vendor | Purpose | Location |\n\nWe use a few providers.\n',
    '# Sous-traitants\n\n| Sous-traitant | Pays |\n',
  ])
    assert.deepEqual(readPage(lone, 'p.md').entries, [], lone);
  // A diagram drawn with bars is the page's text, not a table refused: the list beside it is read.
  const diagram = [
    '# Sub-processors',
    '',
    '| browser | --> | api |',
    '| api | --> | database |',
    '',
    '- **Nuagix**: hosting, France',
    '- **Postlark**: email, Germany',
  ].join('\n');
  assert.deepEqual(
    imported(diagram, 'p.md').map((e) => e.name),
    ['Nuagix', 'Postlark'],
  );
});

test('pipe rows with no delimiter row: a row whose last cell the copy broke onto the next line is joined; a short row before other lines is not', () => {
  const md = `| Vendor | Purpose | Server location |
| Nordhost | Hosting | Sweden |
| Payrix Ltd | Card payments |
Canada Norway |
| Postlark | Newsletters | Germany |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.dataLocation as Entry | undefined)?.countries]),
    [
      ['Nordhost', ['SE']],
      ['Payrix Ltd', ['CA', 'NO']],
      ['Postlark', ['DE']],
    ],
  );
  const fr = '| Sous-traitant | Finalité | Pays |\n| Nuagerie | Hébergement |\nFrance |\n| Courrielo | Courriels | Allemagne |\n';
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, (e.dataLocation as Entry | undefined)?.countries]),
    [
      ['Nuagerie', ['FR']],
      ['Courrielo', ['DE']],
    ],
  );
  // A short row, then a line that closes no cell: the row stays short, the line is no place of its.
  const open = '| Vendor | Purpose | Server location |\n| Payrix Ltd | Card payments |\nCanada is where we are.\n';
  assert.equal((imported(open, 'p.md')[0]!.dataLocation as Entry | undefined)?.countries, undefined);
});

test('a place before "data centers" ending its sentence with a full stop is still the place; other words before the stop are none', () => {
  assert.deepEqual(readLocation('UK data centres.').countries, ['GB']);
  assert.deepEqual(readLocation('Global data centers.').countries, ['GLOBAL']);
  assert.deepEqual(readLocation('CA/EU servers.').countries, ['CA', 'EU']);
  assert.deepEqual(readLocation('Serveurs en Suisse.').countries, ['CH']);
  assert.deepEqual(readLocation('US Inc.').countries, []);
  assert.deepEqual(readLocation('Acme data centers.').countries, []);
});

test('a location cell saying in a sentence where the machines are ("Primary infrastructure is in the EU. … may process data globally") gives that place; a hedged or denied sentence none', () => {
  assert.deepEqual(readLocation('Main infrastructure is in the EU. The vendor may process data globally for support.').countries, ['EU']);
  assert.deepEqual(readLocation('Our servers are located in Canada.').countries, ['CA']);
  assert.deepEqual(readLocation('Hosting is in Switzerland').countries, ['CH']);
  assert.deepEqual(readLocation('Our infrastructure is not in the US.').countries, []);
  assert.deepEqual(readLocation('Data may be in the US.').countries, []);
  assert.deepEqual(readLocation('Support staff are in India.').countries, []);
  assert.deepEqual(readLocation('The vendor may process data globally.').countries, []);
  assert.deepEqual(readLocation('Nos serveurs sont situés en France.').countries, ['FR']);
  assert.deepEqual(readLocation("L'infrastructure principale est hébergée dans l'UE. Le support peut accéder aux données.").countries, [
    'EU',
  ]);
  assert.deepEqual(readLocation('Nos serveurs ne sont pas en France.').countries, []);
});

test('a later table naming a vendor listed above and, in another row, that vendor with a service in brackets: the bracketed row is an entry of its own', () => {
  const first =
    '## Hosting\n\n| Vendor | Purpose | Website |\n|---|---|---|\n| Cloudex | Hosting | https://cloudex.example |\n| Mailwave | Emails | https://mailwave.example |\n';
  const second =
    '## Second product\n\n| Vendor | Purpose | Website |\n|---|---|---|\n| Cloudex | Hosting | https://cloudex.example |\n| Cloudex (Cloudex Vision) | Image models | https://cloudex.example |\n| Mailwave | Emails | https://mailwave.example |\n';
  assert.deepEqual(
    imported(`${first}\n${second}`, 'p.md').map((e) => e.name),
    ['Cloudex', 'Mailwave', 'Cloudex (Cloudex Vision)'],
  );
  // The same vendors again, one row each: no entry of their own.
  const again =
    '## Second product\n\n| Vendor | Purpose | Website |\n|---|---|---|\n| Cloudex | Storage | https://cloudex.example |\n| Mailwave | Newsletters | https://mailwave.example |\n';
  assert.deepEqual(
    imported(`${first}\n${again}`, 'p.md').map((e) => e.name),
    ['Cloudex', 'Mailwave'],
  );
  // In French too.
  const fr1 =
    '## Hébergement\n\n| Prestataire | Finalité | Pays |\n|---|---|---|\n| Nuagerie | Hébergement | France |\n| Courrielo | Courriels | France |\n';
  const fr2 =
    '## Second produit\n\n| Prestataire | Finalité | Pays |\n|---|---|---|\n| Nuagerie | Hébergement | France |\n| Nuagerie (Nuagerie IA) | Modèles | France |\n';
  assert.deepEqual(
    imported(`${fr1}\n${fr2}`, 'p.md').map((e) => e.name),
    ['Nuagerie', 'Courrielo', 'Nuagerie (Nuagerie IA)'],
  );
});

test('places a copy set side by side with a space ("USA EU (Ireland)") are each read; words that are not all places are not', () => {
  assert.deepEqual(readLocation('USA EU (Ireland)').countries, ['US', 'EU', 'IE']);
  assert.deepEqual(readLocation('United Kingdom Ireland').countries, ['GB', 'IE']);
  assert.deepEqual(readLocation('Suisse France').countries, ['CH', 'FR']);
  assert.deepEqual(readLocation('Germany 2 zones').countries, []);
  assert.deepEqual(readLocation('Ireland Dublin office').countries, []);
  // A two-letter word in lower case is no country's code: "Is", "in" are words.
  assert.deepEqual(readLocation('Is De').countries, []);
  // A US state after the US (its code, or Georgia's name) is no second country (review8).
  assert.deepEqual(readLocation('USA VA').countries, []);
  assert.deepEqual(readLocation('US GA').countries, []);
  assert.deepEqual(readLocation('United States IN').countries, []);
  assert.deepEqual(readLocation('United States Georgia').countries, []);
  assert.deepEqual(readLocation('UK US').countries, ['GB', 'US']);
});

test('a table copied with its cells glued (headers ending in colons, cells at a stop before a capital) is read by its columns', () => {
  const text = `Annex 3

Name of the processor (including its company and postal address):The service performed by the processor:Where the data is processed, and the safeguard for places outside the EEA:
Brightmail (Brightmail Oy), 4 Esimerkkikatu, 00100 Helsinki, Finland.Sending of newsletters.Finland, Estonia
Cloudrun (Cloudrun Corp.) 998877, 1 Harbor Road, Portland, OR 97201, USA.Compute for the background jobsUSA (SCCs)
Supportly (Supportly Ltd), Unit 5, 12 Mill Lane, Leeds, LS1 4AB, UK.Customer supportUK (Adequacy)
`;
  const entries = imported(text, 'annex.txt');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entity, e.purpose, (e.dataLocation as Entry).countries, e.entityCountry]),
    [
      ['Brightmail (Brightmail Oy)', 'Brightmail Oy', 'Sending of newsletters', ['FI', 'EE'], 'FI'],
      ['Cloudrun (Cloudrun Corp.)', 'Cloudrun Corp.', 'Compute for the background jobs', ['US'], 'US'],
      ['Supportly (Supportly Ltd)', 'Supportly Ltd', 'Customer support', ['GB'], 'GB'],
    ],
  );
  // "USA (SCCs)", "UK (Adequacy)": a place, and in its brackets the mechanism.
  assert.deepEqual(entries[1]!.transfer, { mechanism: 'scc' });
  assert.deepEqual(entries[2]!.transfer, { mechanism: 'adequacy' });
  // A row glued where the next column reads no part whole: its text stays in the cell, no place split off by guess.
  const unsure = imported(text.replace('Customer supportUK (Adequacy)', 'Customer supportLeeds office'), 'annex.txt');
  assert.equal(unsure[2]!.purpose, 'Customer supportLeeds office');
  assert.equal(unsure[2]!.dataLocation, 'unknown');
});

test('a later table whose first column has no meaning but names, row by row, vendors listed above gives them more facts', () => {
  const md = `## Prestataires

| Prestataire | Finalité | Pays |
|---|---|---|
| **Caisson** | Paiement | USA |
| **Rendezvous** | Agenda | USA |
| **Lettrine** | Courriels | France |

## Transferts hors UE

| Destinataire | Pays | Mécanisme de transfert |
|---|---|---|
| Caisson | États-Unis | Clauses contractuelles types |
| Rendezvous | États-Unis | Décision d'adéquation |

## Autres destinataires

| Destinataire | Pays | Mécanisme de transfert |
|---|---|---|
| Service comptable | France | Aucun |
| Caisson | États-Unis | Clauses contractuelles types |
`;
  const entries = imported(md, 'registre.md');
  // No entry for a party no table above lists; the rows naming listed vendors add to them.
  assert.deepEqual(
    entries.map((e) => [e.name, (e.transfer as Entry | undefined)?.mechanism]),
    [
      ['Caisson', 'scc'],
      ['Rendezvous', 'adequacy'],
      ['Lettrine', undefined],
    ],
  );
});

test('copied run-together table: a transfer column is split off by its mechanism words, columns it cannot tell apart stay whole', () => {
  const text = `Sous-traitant ultérieur But Catégories de données Lieu(x) Mécanisme de transfert
Exemple SAS Hébergement des données clients. Comptes et journaux. France CCT/Addendum du Royaume-Uni, le cas échéant
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.map((f) => [f.label, f.value])]),
    [
      [
        'Exemple SAS',
        [
          ['But', 'Hébergement des données clients. Comptes et journaux.'],
          ['Lieu(x)', 'France'],
          ['Mécanisme de transfert', 'CCT/Addendum du Royaume-Uni, le cas échéant'],
        ],
      ],
    ],
  );
  // The cell names the clauses and the addendum, and states neither: "le cas échéant" leaves open whether they apply.
  assert.deepEqual(mechanismsIn('CCT/Addendum du Royaume-Uni, le cas échéant').named, ['scc', 'uk-addendum']);
  assert.deepEqual(mechanismsIn('CCT/Addendum du Royaume-Uni, le cas échéant').mechanisms, []);
});

test('copied run-together table: a name of two companies joined by "and", each with its country in brackets, is one cell', () => {
  const text = `Vendor Role Location Transfer mechanism
Payflow, Inc. (USA) and Payflow Ltd (Ireland) Payment processing Ireland None (EEA)
Hostique SAS (France) Hosting of the data France None (EEA)
`;
  assert.deepEqual(
    readPage(text, 'p.txt').entries.map((e) => [e.name, e.facts.find((f) => f.label === 'Role')?.value]),
    [
      ['Payflow, Inc. (USA) and Payflow Ltd (Ireland)', 'Payment processing'],
      ['Hostique SAS (France)', 'Hosting of the data'],
    ],
  );
  // Two companies, two countries: no one country for the entry.
  assert.deepEqual(
    imported(text, 'p.txt').map((e) => e.entityCountry),
    [undefined, 'FR'],
  );
});

test('copied run-together table: "EU SCCs" is the transfer cell whole (no EU location), "None (EEA)" a transfer cell', () => {
  const text = `Vendor Role Location Transfer mechanism
Acme SAS Hosting of the data Germany None (EEA)
Beta Inc. Email delivery in many places UK EU SCCs Module 2 + DPF
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.map((f) => [f.label, f.value])]),
    [
      [
        'Acme SAS',
        [
          ['Role', 'Hosting of the data'],
          ['Location', 'Germany'],
          ['Transfer mechanism', 'None (EEA)'],
        ],
      ],
      [
        'Beta Inc.',
        [
          ['Role', 'Email delivery in many places'],
          ['Location', 'UK'],
          ['Transfer mechanism', 'EU SCCs Module 2 + DPF'],
        ],
      ],
    ],
  );
});

test('a two-column table copied as text: a party per row, the place on its line or on the lines under it, a region its header names', () => {
  const text = `Where our partners process data

Partner entity Processing country and associated hosting zone
Nordlicht Rechenzentrum GmbH
Germany
Hosting zone: Central Europe (Nuremberg)
Anatolia Veri Merkezi Limited Şirketi Turkey
Maple Compute Inc. Canada
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.map((f) => [f.key, f.value])]),
    [
      ['Nordlicht Rechenzentrum GmbH', [['dataLocation', 'Germany; Hosting zone: Central Europe (Nuremberg)']]],
      ['Anatolia Veri Merkezi Limited Şirketi', [['dataLocation', 'Turkey']]],
      ['Maple Compute Inc.', [['dataLocation', 'Canada']]],
    ],
  );
  const entries = imported(text, 'p.txt');
  assert.deepEqual(
    entries.map((e) => (e.dataLocation as Entry).countries),
    [['DE'], ['TR'], ['CA']],
  );
  // A label the location column's header does not name ("Contact: …") ends the table: one row above it is no table.
  assert.deepEqual(readPage(text.replace('Hosting zone:', 'Contact:'), 'p.txt').entries, []);
});

test('a row whose data cell says "None" is a party the page lists beside its sub-processors, not one of them', () => {
  const json = `{"parties": [
  {"name": "Hostique", "role": "processor", "data": "Every record we store.", "location": "Germany"},
  {"name": "Adwise", "role": "vendor", "data": "None. We buy advertising from them; no visitor data is sent.", "location": "Not applicable"}
]}`;
  assert.deepEqual(
    imported(json, 'parties.json').map((e) => e.name),
    ['Hostique'],
  );
  const md = `| Prestataire | Finalité | Données traitées |
|---|---|---|
| Hostique | Hébergement | Comptes clients |
| Papeterie Martin | Fournitures de bureau | Aucune |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.heading),
    ['Hostique'],
  );
  assert.equal(page.unread.length, 1);
  // A description that says a listed vendor sees no personal data keeps it listed (the page lists it).
  const listed = imported(
    '| Vendor | Description |\n|---|---|\n| Codehub | Version control. Codehub does not have access to personal data. |\n',
    'p.md',
  );
  assert.deepEqual(
    listed.map((e) => e.name),
    ['Codehub'],
  );
});

test("a column of the vendors' terms gives a DPA only where its address is an agreement's", () => {
  const md = `| Vendor | Purpose | Terms |
|---|---|---|
| Hostique | Hosting | https://hostique.example/legal/data-processing-agreement |
| Modelo | Inference | https://modelo.example/terms-of-service |
| Postie | E-mail | https://postie.example/legal/dpa |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.dpa as Entry | undefined)?.url ?? 'none']),
    [
      ['Hostique', 'https://hostique.example/legal/data-processing-agreement'],
      ['Modelo', 'none'],
      ['Postie', 'https://postie.example/legal/dpa'],
    ],
  );
  const fr = `| Prestataire | Finalité | Conditions |
|---|---|---|
| Modelo | Inférence | https://modelo.example/conditions-generales |
| Hostique | Hébergement | https://hostique.example/dpa |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => (e.dpa as Entry | undefined)?.url ?? 'none'),
    ['none', 'https://hostique.example/dpa'],
  );
});

test('places: "served from the operator\'s global edge", "via notre edge mondial" are global beside the country', () => {
  assert.deepEqual(readLocation("United States, served from the operator's global edge").countries, ['US', 'GLOBAL']);
  assert.deepEqual(readLocation('France, diffusé via un réseau mondial').countries, ['FR', 'GLOBAL']);
  // "global footprint" says what the operator has, not where this data goes.
  assert.deepEqual(readLocation("United States (sfo3), on the operator's global footprint").countries, ['US']);
});

test('places: a second place in a country\'s brackets with what is kept there ("USA (EU storage)", "États-Unis (hébergement UE)")', () => {
  const countries = (t: string) => readLocation(t).countries;
  assert.deepEqual(countries('USA (EU data residency)'), ['US', 'EU']);
  assert.deepEqual(countries('USA (EU compute: Frankfurt)'), ['US', 'EU', 'DE']);
  assert.deepEqual(countries('USA (EU ingest: eu.ingest.example)'), ['US', 'EU']);
  assert.deepEqual(countries('United States (with EU-region edge nodes)'), ['US', 'EU']);
  assert.deepEqual(countries('États-Unis (hébergement UE)'), ['US', 'EU']);
  assert.deepEqual(countries('USA (stockage en Allemagne)'), ['US', 'DE']);
  // A possibility is no place; a city and its own country in another country's brackets name that country.
  assert.deepEqual(countries('USA (EU hosting available on request)'), ['US']);
  assert.deepEqual(countries('Germany (Helsinki, Finland)'), ['DE', 'FI']);
  assert.deepEqual(countries('Allemagne (Falkenstein, Nuremberg)'), ['DE']);
  // "Worldwide (Data Centers in EU/US/Asia)": the machines' words before the places are no place.
  assert.deepEqual(countries('Worldwide (Data Centers in EU/US/Asia)'), ['GLOBAL', 'EU', 'US']);
  assert.deepEqual(countries('Mondial (serveurs en France, USA)'), ['GLOBAL', 'FR', 'US']);
});

test('a transfer cell denying a transfer and naming the EU ("EU (no transfer)", "Dans l\'UE — pas de transfert") adds the EU', () => {
  const place = (e: Entry) => (e.dataLocation as Entry | undefined)?.countries;
  const en = `| Vendor | Region | Transfer mechanism |
|---|---|---|
| Hostique | Germany (Falkenstein) | EU (no transfer) |
| Nordhost | Finland | Within EU — no transfer |
| Payflow | USA | n/a |
`;
  assert.deepEqual(
    imported(en, 'p.md').map((e) => [e.name, place(e)]),
    [
      ['Hostique', ['DE', 'EU']],
      ['Nordhost', ['FI', 'EU']],
      // A place outside the EEA keeps no EU it does not name.
      ['Payflow', ['US']],
    ],
  );
  const fr = `| Prestataire | Localisation | Transfert |
|---|---|---|
| Hostique | France | Dans l'UE — pas de transfert |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => place(e)),
    [['FR', 'EU']],
  );
});

test('a transfer cell whose brackets deny the mechanism they name ("UK adequacy decision (no SCCs required)") keeps the other', () => {
  const md = `| Vendor | Region | Transfer mechanism |
|---|---|---|
| Cachely | UK | UK adequacy decision (no SCCs required) |
| Payflow | USA | SCCs (no DPF certification) |
| Postie | USA | No adequacy decision (SCCs pending) |
| Hostique | Suisse | Décision d'adéquation (pas de CCT nécessaires) |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, [e.transfer ?? []].flat().map((t) => (typeof t === 'object' ? (t as Entry).mechanism : t))]),
    [
      ['Cachely', ['adequacy']],
      ['Payflow', ['scc']],
      // The words outside the brackets deny too: nothing stands.
      ['Postie', ['unknown']],
      ['Hostique', ['adequacy']],
    ],
  );
});

test('a clause saying where the vendor\'s entity is incorporated ("Resend entity is US", "Acme Inc. is US-incorporated") gives its country', () => {
  const md = `| Provider | Region | Transfer mechanism |
|---|---|---|
| Postie | Ireland | n/a (EEA residency; Postie entity is US, SCCs cover access) |
| Hostique | Global CDN | SCCs (Hostique Inc. is US-incorporated; SCCs cover entity-level access) |
| Payflow | France | Payflow SAS est immatriculée en France |
| Cachely | USA | SCCs (Other Corp. is US-incorporated) |
`;
  const read = imported(md, 'p.md');
  assert.deepEqual(
    read.map((e) => [e.name, e.entity, e.entityCountry ?? 'none']),
    [
      ['Postie', 'unknown', 'US'],
      ['Hostique', 'Hostique Inc.', 'US'],
      ['Payflow', 'Payflow SAS', 'FR'],
      // A clause about another company says nothing of this one.
      ['Cachely', 'unknown', 'none'],
    ],
  );
  // "EU visitors served from EEA PoPs": whom the place serves, then the place.
  assert.deepEqual(readLocation('Global CDN — EU visitors served from EEA PoPs').countries, ['GLOBAL', 'EU']);
  assert.deepEqual(readLocation('USA ; visiteurs européens servis depuis des PoP UE').countries, ['US', 'EU']);
});

test('copied run-together table: a name ends at its legal form or before a place, not at a parenthesis further on; "US/UK" is places', () => {
  const place = (e: Entry) => (e.dataLocation as Entry | undefined)?.countries;
  const en = `Sub-processor list

Provider Country Purpose Data processed
Payflow Inc. US Card payments (3-D Secure) Billing email
Cloudbox GmbH DE Off-site backups (encrypted) All data at rest
Chatly LLC US/UK Notifications (opt-in) Chat identifiers
Namely US Legacy DNS (sunset 2027) Host names
`;
  assert.deepEqual(
    imported(en, 'p.txt').map((e) => [e.name, place(e)]),
    [
      ['Payflow Inc.', ['US']],
      ['Cloudbox GmbH', ['DE']],
      ['Chatly LLC', ['US', 'GB']],
      ['Namely', ['US']],
    ],
  );
  const fr = `Liste des sous-traitants

Prestataire Pays Finalité Données traitées
Payflow SAS France Paiements (3-D Secure) E-mail de facturation
Namely USA Ancien DNS (arrêt en 2027) Noms d'hôtes
`;
  assert.deepEqual(
    imported(fr, 'p.txt').map((e) => [e.name, place(e)]),
    [
      ['Payflow SAS', ['FR']],
      ['Namely', ['US']],
    ],
  );
});

test('places a tenant may choose ("US available if tenant chooses", "USA si le client le choisit") are named; "EU-regionalized" is the EU', () => {
  const countries = (t: string) => readLocation(t).countries;
  assert.deepEqual(
    countries('EU regions by default for EU tenants; US available if tenant chooses (note: mail reaches recipients globally)'),
    ['EU', 'US'],
  );
  assert.deepEqual(countries('EU-regionalized for EU tenants; global POPs as configured'), ['EU', 'GLOBAL']);
  assert.deepEqual(countries('France ; USA si le client le choisit'), ['FR', 'US']);
  // A copied row's last cell of places, however many words, is read whole; "to" is no place (Tonga).
  const text = `Subprocessors

Vendor Purpose Location(s)
Hostique Hosting and backups for every tenant EU regions by default for EU tenants; US available if tenant chooses (note: backups follow the tenant's choice of region)
Edgely CDN and DNS EU-regionalized for EU tenants; global POPs as configured
Payly Payments: you need to share your email with Payly to pay UK/USA
`;
  assert.deepEqual(
    imported(text, 'p.txt').map((e) => [e.name, (e.dataLocation as Entry | undefined)?.countries]),
    [
      ['Hostique', ['EU', 'US']],
      ['Edgely', ['EU', 'GLOBAL']],
      ['Payly', ['GB', 'US']],
    ],
  );
});

test('a prose line is no run-together header', () => {
  const text = 'We list each vendor and the purpose and data location below.\nAcme does hosting in Germany.\n';
  assert.deepEqual(readPage(text, 'p.txt').entries, []);
});

test('dates: a front matter field of another name whose text is a labelled date ("description: Last Modified: …")', () => {
  const table = '| Vendor | Purpose |\n|---|---|\n| Neon | Database |\n';
  assert.equal(
    readPage(`---\ndescription: 'Last Modified: September 30, 2022'\n---\n\n${table}`, 'p.md').lastUpdated,
    'September 30, 2022',
  );
  assert.equal(readPage(`---\nsummary: "Dernière modification : 3 mars 2024"\n---\n\n${table}`, 'p.md').lastUpdated, '3 mars 2024');
  // A field that says something else with a year in it gives no date.
  assert.equal(readPage(`---\ndescription: Our list since 2020\n---\n\n${table}`, 'p.md').lastUpdated, undefined);
});

test('dates: "1ᵉʳ mai 2026" as French typography writes it, and an updated_at front matter field', () => {
  assert.equal(parseDate('1ᵉʳ mai 2026', 'fr'), '2026-05-01');
  const md = '---\nupdated_at: 2026-03-19\n---\n\n| Vendor | Purpose |\n|---|---|\n| Neon | Database |\n';
  assert.equal(readPage(md, 'p.md').lastUpdated, '2026-03-19');
});

test('places: "EAU"/"UAE" are the Emirates, and "Self-hosted in DE", "Hébergé en France" name the place after their lead-in', () => {
  assert.deepEqual(readLocation('Pays-Bas / EAU').countries, ['NL', 'AE']);
  assert.deepEqual(readLocation('UAE').countries, ['AE']);
  assert.deepEqual(readLocation('Self-hosted in DE').countries, ['DE']);
  const fr = readLocation('Hébergé en France');
  assert.deepEqual(fr.countries, ['FR']);
  assert.equal(fr.note, 'Hébergé en France');
  assert.deepEqual(readLocation('hosted in').countries, []);
});

test('a run-together copied table with a 1 MB row is read in linear time', () => {
  const row = `Acme GmbH ${'France((((( '.repeat(90_000)}Germany`;
  // Processor time, not the clock: on a busy machine the clock measured 3.3 s for about 0.6 s of work.
  const started = process.cpuUsage();
  const page = readPage(`Vendor Purpose Location\n${row}\n`, 'p.txt');
  assert.equal(page.entries[0]!.name, 'Acme GmbH');
  const { user, system } = process.cpuUsage(started);
  const ms = (user + system) / 1000;
  assert.ok(ms < 2000, `${Math.round(ms)} ms of processor time`);
});

test('a certifications cell: a plain word stays in the note, French "niveau" is a level', () => {
  const md = `| Vendor | Purpose | Certifications |
|---|---|---|
| Acme | Hosting | SOC 2 Type II |
| Beta | Login | Standard |
| Gamma | Payments | PCI DSS niveau 1, Plateforme Agréée |
`;
  const [acme, beta, gamma] = imported(md, 'p.md');
  assert.deepEqual(acme!.certifications, ['soc2-type2']);
  assert.equal(beta!.certifications, 'unknown');
  assert.match(String(beta!.note), /Standard/);
  assert.deepEqual(gamma!.certifications, ['pci-dss', 'plateforme-agreee']);
});

test("a certifications cell that denies a scheme or says it is still to come holds none; a certificate's number is no denial", () => {
  const md = `| Vendor | Purpose | Certifications |
|---|---|---|
| Chatly | Chat | Not SOC 2 certified |
| Payrolla | Payroll | SOC 2 report requested |
| Mailo | Emails | ISO 27001 certification in progress |
| Statsy | Analytics | HDS: no |
| Hosto | Hosting | ISO 27001 (certificate no. 4411) |
| Nuageo | Cloud | ISO 27001, SOC 2 Type II |
`;
  const [chatly, payrolla, mailo, statsy, hosto, nuageo] = imported(md, 'p.md');
  for (const e of [chatly, payrolla, mailo, statsy]) assert.equal(e!.certifications, 'unknown', String(e!.name));
  assert.match(String(mailo!.note), /in progress/);
  assert.deepEqual(hosto!.certifications, ['iso27001']);
  assert.deepEqual(nuageo!.certifications, ['iso27001', 'soc2-type2']);
  const fr = `| Prestataire | Finalité | Certifications |
|---|---|---|
| Hebergo | Hébergement | HDS en cours |
| Factura | Facturation | Pas de certification ISO 27001 |
| Stocko | Stockage | ISO 27001 (certificat en cours de validité), HDS |
`;
  const [hebergo, factura, stocko] = imported(fr, 'p.md');
  assert.equal(hebergo!.certifications, 'unknown');
  assert.equal(factura!.certifications, 'unknown');
  assert.deepEqual(stocko!.certifications, ['iso27001', 'hds']);
});

test('a scheme no longer held ("withdrawn", "expired", « retirée »), one a vendor plans to obtain, or the publisher\'s own is no certification of the vendor', () => {
  const md = `| Vendor | Description | Certifications |
|---|---|---|
| Chatly | Chat. Chatly plans to obtain ISO 27701 certification. | |
| Payrolla | Payroll. Our own company is ISO 27001 certified. | |
| Mailo | Emails | ISO 27001 (withdrawn) |
| Statsy | Analytics | SOC 2 Type II (expired) |
| Hosto | Hosting. Hosto is ISO 27001 certified. | SOC 2 Type II |
`;
  const [chatly, payrolla, mailo, statsy, hosto] = imported(md, 'p.md');
  for (const e of [chatly, payrolla, mailo, statsy]) assert.equal(e!.certifications, 'unknown', String(e!.name));
  assert.deepEqual(hosto!.certifications, ['iso27001', 'soc2-type2']);
  const fr = `- **Comptalo** — comptabilité. Notre propre société est certifiée ISO 27001 ; Comptalo ne l'est pas encore.
- **Hebergo** — hébergement. Certification HDS retirée en 2024.
- **Stocko** — stockage. Stocko est certifiée ISO 27001.
`;
  const [comptalo, hebergo, stocko] = imported(`# Sous-traitants\n\n${fr}`, 'p.md');
  assert.equal(comptalo!.certifications, 'unknown');
  assert.equal(hebergo!.certifications, 'unknown');
  assert.deepEqual(stocko!.certifications, ['iso27001']);
});

test('a table\'s totals row ("Total | 3 sous-traitants") is no vendor, and is said; a vendor whose name starts with "Total" is one', () => {
  const html = `<table><thead><tr><th>Sous-traitant</th><th>Finalité</th><th>Pays</th></tr></thead><tbody>
<tr><td>Nuagique</td><td>Hébergement</td><td>France</td></tr>
<tr><td>TotalSend</td><td>Emails</td><td>Irlande</td></tr>
<tr><td>Total</td><td>2 sous-traitants</td><td></td></tr>
</tbody></table>`;
  const page = readPage(html, 'p.html');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Nuagique', 'TotalSend'],
  );
  assert.ok(page.unread.some((u) => u.kind === 'totalRow' && u.data.name === 'Total'));
  const md = '| Vendor | Purpose |\n|---|---|\n| Hostly | Hosting |\n| Grand total | 1 vendor |\n';
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name),
    ['Hostly'],
  );
});

test('places: a labelled part of a location cell ("Siège : Singapour") is the entity\'s; "International" stays the page\'s word', () => {
  const read = readLocation('Siège : Singapour; Serveurs : Francfort; Support : Inde');
  assert.deepEqual(read.countries, ['DE']);
  assert.deepEqual(read.entityCountries, ['SG']);
  assert.deepEqual(read.access, ['IN']);
  // Across borders is not everywhere: no GLOBAL the page did not say.
  assert.deepEqual(readLocation('International').countries, []);
  assert.equal(readLocation('International').note, 'International');
  assert.deepEqual(readLocation('Worldwide').countries, ['GLOBAL']);
});

test('a <br> inside a sentence of a cell is a space; between values it keeps them apart', () => {
  const html = (cell: string) => `<table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Edgely</td><td>${cell}</td></tr></table>`;
  assert.equal(
    imported(html('Collects IP addresses to<br/>optimize security'), 'p.html')[0]!.purpose,
    'Collects IP addresses to optimize security',
  );
  assert.equal(imported(html('Hosting<br>Backups'), 'p.html')[0]!.purpose, 'Hosting; Backups');
});

test('a table with no column naming its parties, whose first column shares a meaning with another, names them in that column', () => {
  const md = `## Hosting

| Service | Purpose | Location |
|---|---|---|
| Quartz Cloud | Servers | Canada |
| Pebble Mail | Email | Ireland |

## Changes

We will email you at least 45 days before:

- Adding a new subprocessor
- Changing where data is processed
`;
  const page = readPage(md, 's.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.map((f) => `${f.key}=${f.value}`)]),
    [
      ['Quartz Cloud', ['purpose=Servers', 'dataLocation=Canada']],
      ['Pebble Mail', ['purpose=Email', 'dataLocation=Ireland']],
    ],
  );
  // The sentence over the list says what its items say: a notice before a new sub-processor.
  assert.equal(page.noticeDays, 45);
  // One column of a meaning alone stays that meaning: no name, no entries.
  assert.equal(readPage('| Service | Location |\n|---|---|\n| Servers | Canada |\n', 'n.md').entries.length, 0);
});

test('a bare link column in a table about agreements links the DPA; a key/value table gives the contact', () => {
  const md = `| | |
|---|---|
| **Société** | Lumen SARL |
| **Adresse e-mail de contact** | vie-privee@lumen.example |

| Sous-traitant | Contrat de sous-traitance | Lien |
|---|---|---|
| Orbite | CGU Orbite + DPA | https://orbite.example/legal/terms |

| Vendor | Purpose | Link |
|---|---|---|
| Kestrel | Analytics | https://kestrel.example |
`;
  const page = readPage(md, 'k.md');
  assert.equal(page.contact, 'vie-privee@lumen.example');
  const entries = imported(md, 'k.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dpa as Entry | undefined)?.url, e.url]),
    [
      ['Orbite', 'https://orbite.example/legal/terms', undefined],
      ['Kestrel', undefined, 'https://kestrel.example'],
    ],
  );
});

test('a table the page says is not of sub-processors (no personal data, controllers) is reported, not imported', () => {
  const md = `## Sub-processors

| Name | Location |
|---|---|
| Heron Cloud | Germany |

## Other vendors

We also use these providers, which do not have access to personal data.

| Name | Location |
|---|---|
| Sparrow Fonts | France |

## Responsables conjoints du traitement

| Nom | Pays |
|---|---|
| Partenaire Régional | France |
`;
  const page = readPage(md, 'o.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.group]),
    [['Heron Cloud', undefined]],
  );
  assert.deepEqual(unreadEn(page), [
    "table 'Other vendors' (1 row): the page says they are not sub-processors",
    "table 'Responsables conjoints du traitement' (1 row): the page says they are not sub-processors",
  ]);
});

test('a row named by a template blank is no entry; a contact label run together with others gives its address; a DPA sentence gives the contact', () => {
  const md = `**Éditeur :** Lumen SARL
**Contact :** bonjour@lumen.example
**DPO :** dpo@lumen.example

| Sous-traitant | Pays |
|---|---|
| Heron Cloud | Allemagne |
| **[Fournisseur SMS]** | [Pays] |
`;
  const page = readPage(md, 't.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Heron Cloud'],
  );
  assert.ok(unreadEn(page).includes('unfilled placeholder: "[Fournisseur SMS]"'));
  assert.equal(page.contact, 'bonjour@lumen.example');
  const html =
    '<table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Kite</td><td>Email</td></tr></table><p>To sign a Data Processing Agreement, write to legal@kite-user.example.</p>';
  assert.equal(readPage(html, 'd.html').contact, 'legal@kite-user.example');
});

test('a link to an agreement or contract about processing personal data is the DPA, whatever its column; another agreement is not', () => {
  const html = `<table><tr><th>Sous-traitant</th><th>Garanties</th></tr>
<tr><td>Heron</td><td><a href="https://heron.example/fr/contrat-traitement-donnees">https://heron.example/fr/contrat-traitement-donnees</a></td></tr>
<tr><td>Kite</td><td><a href="https://kite.example/agreements-gdpr">https://kite.example/agreements-gdpr</a></td></tr>
<tr><td>Wren</td><td><a href="https://wren.example/agreements/reseller">https://wren.example/agreements/reseller</a></td></tr></table>`;
  assert.deepEqual(
    imported(html, 'g.html').map((e) => [e.name, (e.dpa as Entry | undefined)?.url]),
    [
      ['Heron', 'https://heron.example/fr/contrat-traitement-donnees'],
      ['Kite', 'https://kite.example/agreements-gdpr'],
      ['Wren', undefined],
    ],
  );
});

test("a column that holds the publishing company on every row is not the entries' name; the vendor column is, and a header's vendor word alone decides nothing", () => {
  // A collection of companies' lists, one company's rows: the "Company" column repeats the publisher.
  const csv = `Company,Sub-processor,What they do
Northwind,Hostique,Hosting of our servers in the US.
Northwind,Mailbird,Transactional email.
Northwind,Payflow,Billing.
`;
  const entries = imported(csv, 'p.csv');
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Hostique', 'Mailbird', 'Payflow'],
  );
  // The publisher is no fact of any entry.
  assert.ok(entries.every((e) => !String(e.note ?? '').includes('Northwind')));
  // Two party columns whose values all differ: a vendor word in a header does not decide ("Data shared with the
  // sub-processor" is about the data); the first name column names the entries, as before.
  const md = `| Name | Data shared with Subprocessor | Purpose |
|---|---|---|
| Hostique | * Real-time data<br>* Backups | Hosting |
| Mailbird | * Email addresses | Email |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => e.name),
    ['Hostique', 'Mailbird'],
  );
  // One party column that repeats is still the name (a list whose vendors share one name is not a publisher column).
  const one = `| Sub-processor | Purpose |
|---|---|
| Hostique | Hosting |
| Hostique | Backups |
`;
  assert.deepEqual(
    imported(one, 'p.md').map((e) => e.name),
    ['Hostique', 'Hostique'],
  );
});

test('a table named by its "Entity Name" column keeps each linked name as the vendor\'s site, in an HTML table inside Markdown too', () => {
  const md = `# Our subprocessors

<table>
  <thead><tr><th>Entity Name</th><th>Purpose</th><th>Corporate Location</th></tr></thead>
  <tbody>
    <tr><td><a href="https://hostique.example/"><b>Hostique, Inc.</b></a></td><td>Hosting</td><td>1 Main Street<br>Boston, MA 02110<br>United States</td></tr>
    <tr><td><a href="https://postie.example/legal/privacy">Postie Ltd</a></td><td>Email</td><td>London, United Kingdom</td></tr>
  </tbody>
</table>
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.url, e.entityCountry]),
    [
      ['Hostique, Inc.', 'https://hostique.example/', 'US'],
      // A name linked whole to a page of the vendor's site (its privacy policy): the site, as the corpus reads it.
      ['Postie Ltd', 'https://postie.example/legal/privacy', 'GB'],
    ],
  );
});

test('a "Seat" column is the company’s address (its country), "Place of processing" where data is; a role with no fact of its own is no entry', () => {
  const md = `| Sub-processor | Seat | Purpose | Place of processing |
|---|---|---|---|
| Hostique Limited | 4 Quay Street, Dublin 2, Ireland | Hosting | Germany |
| Payflow Ltd | 1 High Street, London, United Kingdom | Payments | EU, with possible intra-group transfer on the basis of the SCCs |
| E-mail delivery provider | see note below | Transactional mail | see note below |
| Chat support provider | 9 Rue Neuve, Lyon, France | Support chat | France |
`;
  const read = readPage(md, 'p.md');
  assert.ok(unreadEn(read).includes("row 'E-mail delivery provider': a role, no vendor named"), unreadEn(read).join('; '));
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entityCountry, (e.dataLocation as Entry).countries, e.relationship]),
    [
      ['Hostique Limited', 'IE', ['DE'], undefined],
      // The vendor's own transfers inside its group do not make it one of the publisher's affiliates.
      ['Payflow Ltd', 'GB', ['EU'], undefined],
      // A role with facts of its own stays an entry: the page says something to keep about it.
      ['Chat support provider', 'FR', ['FR'], undefined],
    ],
  );
});

test('a role, what it is for, then a choice of who fills it in brackets ("(Acme default relay or custom)") names no vendor', () => {
  const md = `| Provider | Service | Location | Status |
|---|---|---|---|
| **Hostique** | Hosting | Germany | Signed |
| **Email provider** for sign-in emails (Hostique default relay or custom) | Reset emails | [OWNER DECISION] | Not verified |
`;
  const read = readPage(md, 'p.md');
  assert.deepEqual(
    read.entries.map((e) => e.name),
    ['Hostique'],
  );
  assert.ok(
    unreadEn(read).some((u) => u.includes('a role, no vendor named')),
    unreadEn(read).join('; '),
  );
  const fr = `| Prestataire | Service | Lieu |
|---|---|---|
| Hostique | Hébergement | Allemagne |
| Prestataire d'envoi pour les alertes (Postal ou autre) | Courriels | UE |
`;
  assert.deepEqual(
    readPage(fr, 'p.md').entries.map((e) => e.name),
    ['Hostique'],
  );
  // A vendor's own name before the brackets is still a vendor: "Postal (EU or US region)".
  const named = `| Provider | Service |
|---|---|
| Postal (EU or US region) | Email |
`;
  assert.deepEqual(
    readPage(named, 'p.md').entries.map((e) => e.name),
    ['Postal (EU or US region)'],
  );
});

test('a postal address in brackets after the name in a name cell gives the company’s country, not a part of its name', () => {
  const md = `| Sous-traitant | Finalité |
|---|---|
| Payflow, Inc. (12 Market St, San Francisco, CA 94105) | Paiements |
| Hostique (Frankfurt region 2) | Hébergement |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entity, e.entityCountry]),
    [
      ['Payflow, Inc.', 'Payflow, Inc.', 'US'],
      // A bracket with a number that is no address (a region) stays part of the name.
      ['Hostique (Frankfurt region 2)', 'unknown', undefined],
    ],
  );
});

test('where a company is registered or has its head office is its country, never where data is stored', () => {
  const md = `| Subcontractor | Country of registration | Head office | Data location |
|---|---|---|---|
| Hostique SAS | France | 3 rue du Port, 44000 Nantes, France | Germany |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entityCountry, (e.dataLocation as Entry).countries]),
    [['Hostique SAS', 'FR', ['DE']]],
  );
  const fr = `| Sous-traitant | Pays d'immatriculation | Finalité |\n|---|---|---|\n| Postie Ltd | Irlande | E-mails |\n`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.entityCountry, e.dataLocation]),
    [['IE', 'unknown']],
  );
});

test('an HTML table’s spans as the browser lays them out: a vendor spanning rows is one entry, a cell spanning columns shifts none', () => {
  const html = `<table><tr><th>Vendor</th><th>Purpose</th><th>Location</th></tr>
<tr><td rowspan="2">Hostique</td><td>Hosting</td><td>Germany</td></tr>
<tr><td>Backups</td><td>Ireland</td></tr>
<tr><td>Postie</td><td colspan="2">E-mail delivery</td></tr>
<tr><td>Payflow</td><td>Payments</td><td rowspan="2">France</td></tr>
<tr><td>Chatly</td><td>Support chat</td></tr>
</table>`;
  assert.deepEqual(
    imported(html, 'p.html').map((e) => [
      e.name,
      e.purpose,
      e.dataLocation === 'unknown' ? undefined : (e.dataLocation as Entry).countries,
    ]),
    [
      ['Hostique', 'Hosting; Backups', ['DE', 'IE']],
      ['Postie', 'E-mail delivery', undefined],
      ['Payflow', 'Payments', ['FR']],
      ['Chatly', 'Support chat', ['FR']],
    ],
  );
  // Spans larger than the table are capped: no huge row is built.
  const huge = `<table><tr><th>Vendor</th><th>Location</th></tr><tr><td rowspan="99999999">Hostique</td><td colspan="99999999">Germany</td></tr></table>`;
  assert.deepEqual(
    readPage(huge, 'p.html').entries.map((e) => e.name),
    ['Hostique'],
  );
});

test('a table whose header row is a title ("Our sub-processors" across it) takes its first row of column names as its header', () => {
  const html = `<table><tr><td colspan="3">Our sub-processors</td></tr>
<tr><td>Vendor</td><td>Purpose</td><td>Location</td></tr>
<tr><td>Hostique</td><td>Hosting</td><td>Germany</td></tr></table>`;
  const md = '| Sub-processors | | |\n|---|---|---|\n| Vendor | Purpose | Location |\n| Hostique | Hosting | Germany |\n';
  for (const [page, file] of [
    [html, 'p.html'],
    [md, 'p.md'],
  ] as const)
    assert.deepEqual(
      readPage(page, file).entries.map((e) => [e.name, e.facts.map((f) => [f.label, f.value])]),
      [
        [
          'Hostique',
          [
            ['Purpose', 'Hosting'],
            ['Location', 'Germany'],
          ],
        ],
      ],
      file,
    );
  // A first row of values under a header with one column name is no header: the table stays as it is.
  const values = '| Sub-processors | | |\n|---|---|---|\n| Hostique | Hosting | Germany |\n';
  assert.deepEqual(unreadEn(readPage(values, 'p.md')), ["table 'Sub-processors' (1 row)"]);
});

test('a name cell that gives the brand, then its company with its legal form and country (on a line of its own or after a comma)', () => {
  const html = `<table><tr><th>Sub-processor</th><th>Purpose</th></tr>
<tr><td>Payflow<br>Payflow Payments Europe Ltd, Ireland</td><td>Payments</td></tr>
<tr><td>Hostique SAS, France</td><td>Hosting</td></tr>
<tr><td>Postie Inc.<br>Postie Europe Ltd</td><td>E-mails</td></tr></table>`;
  const entries = imported(html, 'p.html');
  assert.deepEqual(
    entries.slice(0, 2).map((e) => [e.name, e.entity, e.entityCountry]),
    [
      ['Payflow', 'Payflow Payments Europe Ltd', 'IE'],
      ['Hostique SAS, France', 'Hostique SAS', 'FR'],
    ],
  );
  // Two companies, each with its legal form: no brand to take apart, no country.
  assert.deepEqual([entries[2]!.name, entries[2]!.entityCountry], ['Postie Inc.; Postie Europe Ltd', undefined]);
});

test('a name cell whose role the source glues under the name (<span>), and a place that ends its sentence before others', () => {
  const html = `<table><tr><th>Sub-processor</th><th>Purpose &amp; location</th></tr>
<tr><td>Hostique<span class="sub">database &amp; hosting</span></td><td>Database hosting — Germany. Encrypted at rest; no support access.</td></tr>
<tr><td>Postie<span class="sub">Postie Europe Ltd</span></td><td>Transactional email — United States</td></tr>
<tr><td>Pay<b>flow</b></td><td>Payments — Ireland</td></tr></table>`;
  const entries = imported(html, 'p.html');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose, (e.dataLocation as Entry).countries]),
    [
      ['Hostique', 'database & hosting', ['DE']],
      // A line that opens with a capital is no role: the company under its brand.
      ['Postie', 'unknown', ['US']],
      // Part of a word set in bold is still one word.
      ['Payflow', 'unknown', ['IE']],
    ],
  );
  assert.equal(entries[1]!.entity, 'Postie Europe Ltd');
  const fr = `<table><tr><th>Sous-traitant</th><th>Finalité et lieu</th></tr>
<tr><td>Hostique<small>hébergement</small></td><td>Hébergement — Allemagne. Chiffrement au repos.</td></tr></table>`;
  assert.deepEqual(
    imported(fr, 'p.html').map((e) => [e.name, e.purpose, (e.dataLocation as Entry).countries]),
    [['Hostique', 'hébergement', ['DE']]],
  );
});

test('a table copied one cell per line, each cell closed by a bar, is read row by row; a register number or parent company is no name', () => {
  const lines = (cells: string[]) => cells.map((c) => `${c} |`).join('\n');
  const en = [
    'Third-party subprocessors',
    lines(['Entity name', 'Activity', 'Country where processing is performed', 'Company number', 'Parent company']),
    lines(['Acme Support Limited', 'Technical support', 'Ireland and Canada', '620139', 'Acme Holdings PLC']),
    lines(['Beta Care GmbH', 'Technical support', 'Germany', '175138361', 'Beta Group AG']),
    '',
  ].join('\n');
  const read = imported(en, 'p.txt');
  assert.deepEqual(
    read.map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Acme Support Limited', ['IE', 'CA']],
      ['Beta Care GmbH', ['DE']],
    ],
  );
  const fr = [
    lines(['Sous-traitant', 'Finalité', 'Localisation', 'Numéro SIREN', 'Société mère']),
    lines(['Hébergix SAS', 'Hébergement', 'France', '123456789', 'Groupe Hébergix']),
    lines(['Postal SARL', 'Courriels', 'Belgique', '987654321', 'Postal Holding']),
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'p.txt').entries.map((e) => e.name ?? e.heading),
    ['Hébergix SAS', 'Postal SARL'],
  );
  // Cells that do not fall into whole rows under a header are no such table: never read by guess.
  assert.ok(
    !readPage(lines(['Entity name', 'Activity', 'Country', 'Acme Ltd', 'Support']), 'p.txt').entries.some((e) => e.name === 'Support'),
  );
});

test('a region row introducing the rows under it gives them its place until the next region row, and is no entry', () => {
  const md = `| Vendor | Service | Retention | Notes |
|---|---|---|---|
| **North America** | The following sub-processors process data in a data center in Canada: |
| Maple Hosting Ltd. | Compute | 30 days |
| Loon Mail Inc. | Email | Ephemeral |
| **Europe** | The following sub-processors process data in a data center in Sweden: |
| Fjord Cloud AB | Compute | 30 days |
| Oslo Logs AS | Logging | 14 days |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Maple Hosting Ltd.', ['CA']],
      ['Loon Mail Inc.', ['CA']],
      ['Fjord Cloud AB', ['SE']],
      ['Oslo Logs AS', ['SE']],
    ],
  );
  const fr = `| Sous-traitant | Service | Pays |
|---|---|---|
| **UE** | Les sous-traitants suivants hébergent les données dans un centre de données en Allemagne : |
| Nuage Rhin GmbH | Hébergement | |
| Courriel Sûr SARL | E-mails | France |
| **Reste du monde** | Les sous-traitants suivants traitent les données hors de l'Union européenne : |
| Trame Inc. | Journalisation | |
`;
  const frEntries = imported(fr, 'p.md');
  assert.deepEqual(
    frEntries.map((e) => [e.name, (e.dataLocation as Entry | undefined)?.countries ?? 'unknown']),
    [
      ['Nuage Rhin GmbH', ['DE']],
      // A row that names its own place keeps it.
      ['Courriel Sûr SARL', ['FR']],
      // A region row that says no place ends the one above: nothing is stated for the rows under it.
      ['Trame Inc.', 'unknown'],
    ],
  );
});

test("a row one cell short whose first cell is the next column's value on other rows goes on from the row above: no entry, said so", () => {
  const md = `| Vendor | Service | Retention | Kind |
|---|---|---|---|
| Maple Hosting Ltd. | Compute | 30 days | Hosting |
| Loon Mail Inc. | Email | Ephemeral | Messaging |
| Compute | Backup storage | 90 days |
| Fjord Cloud AB | Compute | 14 days | Hosting |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Maple Hosting Ltd.', 'Loon Mail Inc.', 'Fjord Cloud AB'],
  );
  assert.deepEqual(unreadEn(page), ["row 'Compute | Backup storage | 90 days': goes on from the row above it, no vendor named"]);
  // A short row that names a vendor of its own (its first cell no other row's service) is an entry.
  assert.deepEqual(
    readPage(md.replace('| Compute | Backup storage |', '| Oslo Logs AS | Backup storage |'), 'p.md').entries.map((e) => e.name),
    ['Maple Hosting Ltd.', 'Loon Mail Inc.', 'Oslo Logs AS', 'Fjord Cloud AB'],
  );
});

test('a paragraph on transfers out of the EU gives its mechanism to the entries it covers: a company placed outside, no place stated', () => {
  const fr = `# Accord de traitement

## Sous-traitants ultérieurs

Nous faisons appel aux sous-traitants suivants :

- **Nuage Ouest Inc.** (États-Unis) — hébergement
- **Courrier Sûr SAS** (France) — envoi d'e-mails

## Transferts hors UE

Certains sous-traitants sont établis hors de l'Union européenne. Ces transferts sont encadrés par des clauses contractuelles types.
`;
  const byName = new Map(imported(fr, 'p.md').map((e) => [e.name, e]));
  assert.deepEqual(byName.get('Nuage Ouest Inc.')!.transfer, { mechanism: 'scc' });
  // A company in the EU, no place stated: the condition is not met, nothing is said.
  assert.equal(byName.get('Courrier Sûr SAS')!.transfer, undefined);
  const en = `# Data processing agreement

## Sub-processors

We use the following sub-processors:

- **West Cloud Inc.** (United States) — hosting
- **Fjord Mail AB** (Sweden) — email

## International transfers

Some sub-processors are established outside the European Economic Area. Such transfers rely on the Data Privacy Framework.
`;
  const enByName = new Map(imported(en, 'p.md').map((e) => [e.name, e]));
  assert.deepEqual(enByName.get('West Cloud Inc.')!.transfer, { mechanism: 'dpf' });
  assert.equal(enByName.get('Fjord Mail AB')!.transfer, undefined);
});

test('a mechanism for the providers that meet a condition ("DPF lorsque le prestataire y adhère") is none of a vendor\'s', () => {
  const fr = `| Sous-traitant | Pays | Rôle |
|---|---|---|
| Nuage Ouest Inc. | États-Unis | Hébergement |

Pour les transferts vers des pays tiers (notamment Nuage Ouest, États-Unis), s'appliquent :

- les clauses contractuelles types de la Commission européenne
- le Data Privacy Framework lorsque le prestataire y adhère
`;
  const [entry] = imported(fr, 'p.md');
  assert.deepEqual(entry!.transfer, { mechanism: 'scc' });
  const en = `| Vendor | Country | Role |
|---|---|---|
| West Cloud Inc. | United States | Hosting |

For transfers to third countries (including West Cloud, United States), the following apply:

- the Standard Contractual Clauses
- the EU-US Data Privacy Framework where the provider is certified under it
`;
  const [enEntry] = imported(en, 'p.md');
  assert.deepEqual(enEntry!.transfer, { mechanism: 'scc' });
});

test('a notice of changes to the document itself ("the current version is always at this URL") is no sub-processor notice', () => {
  const list = `| Vendor | Country |
|---|---|
| West Cloud Inc. | United States |
`;
  const en = `${list}
## Changes

Material changes are notified 30 days in advance by email. The current version is always at this address.
`;
  assert.equal(readPage(en, 'p.md').noticeDays, undefined);
  const fr = `${list}
## Modifications

Toute modification importante est notifiée 30 jours à l'avance par e-mail. La version en vigueur est toujours publiée à cette adresse.
`;
  assert.equal(readPage(fr, 'p.md').noticeDays, undefined);
  // The same words about the list of vendors are its notice.
  const notice = `${list}
## Changes

Changes to our sub-processors are notified 30 days in advance by email.
`;
  assert.equal(readPage(notice, 'p.md').noticeDays, 30);
});

test('a record of processing: a table of labels under an empty header row is no table of vendors; blanks and statutes are no vendor', () => {
  const record = `# Record of processing

| | |
|---|---|
| **Controller of the processing** | [company name] |
| **Registration** | [trade register] / [tax ID] |
| **Activity** | Online marketplace for second-hand bikes, with fraud scoring |
| **Legal framework** | Law No. 25.326 of 4 October 2000 |
`;
  const vendors = `
## Transfers

| Processor | Country | Purpose |
|---|---|---|
| Acme Cloud | Germany | Hosting |
| [mail provider] / [SMS provider] | [country] | Notifications |
| Regulation (EU) 2016/679 | — | Framework |
`;
  const page = readPage(record + vendors, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Acme Cloud'],
  );
  assert.ok(unreadEn(page).includes('unfilled placeholder: "[mail provider] / [SMS provider]"'), unreadEn(page).join('; '));
  assert.ok(unreadEn(page).includes("row 'Regulation (EU) 2016/679': a statute, no vendor named"), unreadEn(page).join('; '));
  // The same table of labels alone: still no vendor (its "[company name]" blank names no column).
  assert.deepEqual(
    readPage(record, 'p.md').entries.map((e) => e.name),
    [],
  );
  // An empty header row over a first row that names the columns: that row is the header.
  const converted = `|  |  |  |
|---|---|---|
| Vendor | Location | Purpose |
| Beta Mail | Ireland | Email |
`;
  assert.deepEqual(
    imported(converted, 'p.md').map((e) => [e.name, e.purpose, (e.dataLocation as Entry).countries]),
    [['Beta Mail', 'Email', ['IE']]],
  );
});

test('an annex that lists the same vendors again ("Dénomination | Siège | …"): one entry each, with the seat it adds', () => {
  const md = `## Article 9 — Sous-traitants ultérieurs

| Sous-traitant | Prestation | Pays | Garanties |
|---|---|---|---|
| **Courrielo** | Emails de service | États-Unis | CCT |
| **Nuage Sud SAS** | Hébergement | France (UE) | Aucune (UE) |

## Annexe 2 — Liste des sous-traitants ultérieurs

| N° | Dénomination | Siège | Prestation | Garanties |
|---|---|---|---|---|
| 1 | **Courrielo** | 10 Main Street, Austin, TX 78701, USA | Envoi des emails de service | Clauses contractuelles types |
| 2 | **Nuage Sud SAS** | 4 rue des Lilas, 13001 Marseille, France | Hébergement des serveurs | Hébergement en UE |
`;
  const entries = imported(md, 'atd.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entityCountry]),
    [
      ['Courrielo', 'US'],
      ['Nuage Sud SAS', 'FR'],
    ],
  );
  assert.deepEqual((entries[0]!.dataLocation as Entry).countries, ['US']);
  // A second table naming another vendor too is not the same list again: its new vendor is an entry; its row naming
  // the vendor above says more about it (its seat), one entry, not two (readers-a, round 19: a later table's rows
  // naming listed vendors were extra entries).
  const other = imported(md.replace('| 2 | **Nuage Sud SAS** |', '| 2 | **Autre Hôte** |'), 'atd.md');
  assert.deepEqual(
    other.map((e) => [e.name, e.entityCountry]),
    [
      ['Courrielo', 'US'],
      ['Nuage Sud SAS', undefined],
      ['Autre Hôte', 'FR'],
    ],
  );
});

test('copied run-together table: a place cell of more words than places ("Ireland (EEA) and USA", "EEA edge with US headquarters") is split off from its start', () => {
  const text = `Vendor Role Location Transfer mechanism
Payflow Ltd (Ireland) Payment processing Ireland (EEA) and USA EU SCCs Module 2 + DPF
Edgeco Inc. (USA) Content delivery EEA edge with US headquarters EU SCCs Module 3
Mailco Inc. Email sending EU region (eu-west-1 / eu-central-1) EU SCCs Module 3
`;
  const page = readPage(text, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.facts.find((f) => f.label === 'Role')?.value, e.facts.find((f) => f.label === 'Location')?.value]),
    [
      ['Payment processing', 'Ireland (EEA) and USA'],
      ['Content delivery', 'EEA edge with US headquarters'],
      ['Email sending', 'EU region (eu-west-1 / eu-central-1)'],
    ],
  );
  // The company's headquarters are no place of the data; the place a second one comes with is.
  assert.deepEqual(readLocation('EEA edge with US headquarters').countries, ['EU']);
  assert.deepEqual(readLocation('Ireland (EEA) with US infrastructure').countries, ['IE', 'EU', 'US']);
});

test('a name cell that says what the vendor does, then the blank where its name goes ("SMTP [fournisseur]"), names no vendor: said so', () => {
  const md = `| Sous-traitant | Pays | Données |
|---|---|---|
| **Brevo** | France | email |
| **Envoi de SMS** [prestataire] | [pays] | numéro de téléphone |
| Stockage [provider name] | EU | files |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Brevo'],
  );
  assert.ok(unreadEn(page).includes('unfilled placeholder: "Envoi de SMS [prestataire]"'), unreadEn(page).join(' | '));
  // A bracket that is no blank for a vendor's name is part of the name.
  assert.deepEqual(
    readPage(md.replace('Stockage [provider name]', 'Stockage [beta]'), 'p.md').entries.map((e) => e.name),
    ['Brevo', 'Stockage [beta]'],
  );
});

test('a cell of several links gives the agreement the one its words call one; links naming only other documents give none', () => {
  const md = `| Vendor | Role | Their terms |
|---|---|---|
| Harbor Cloud | Hosting | [Subprocessors](https://harbor.example/subs) · [Processor terms](https://harbor.example/legal/processor) |
| Pebble Mail | Email | [Terms](https://pebble.example/terms) · [Privacy](https://pebble.example/privacy) |
| Quarry Labs | Search | [Trust center](https://quarry.example/trust) |
| Lattice Inc. | Models | [Legal](https://lattice.example/legal/dpa) |
| Model hosts: Birch (small models) and Cedar Ltd (large models) | Inference | [Birch DPA](https://birch.example/dpa) · [Cedar terms](https://cedar.example/terms) |
`;
  const dpa = (e: Entry) => (e.dpa as Entry | undefined)?.url;
  const html = `<table><tr><th>Vendor</th><th>Role</th><th>Their documents</th></tr>
<tr><td>Harbor Cloud</td><td>Hosting</td><td><a href="https://harbor.example/subs">Subprocessors</a> · <a href="https://harbor.example/legal/processor">Processor terms</a></td></tr>
<tr><td>Pebble Mail</td><td>Email</td><td><a href="https://pebble.example/terms">Terms</a> · <a href="https://pebble.example/privacy">Privacy</a></td></tr>
</table>`;
  assert.deepEqual(
    imported(md, 'links.md').map((e) => [e.name, dpa(e)]),
    [
      ['Harbor Cloud', 'https://harbor.example/legal/processor'],
      ['Pebble Mail', undefined],
      ['Quarry Labs', undefined],
      // An address that is an agreement's is one, whatever the link's words.
      ['Lattice Inc.', 'https://lattice.example/legal/dpa'],
      // One member's agreement is not the group's.
      ['Model hosts: Birch (small models) and Cedar Ltd (large models)', undefined],
    ],
  );
  assert.deepEqual(
    imported(html, 'links.html').map((e) => [e.name, dpa(e)]),
    [
      ['Harbor Cloud', 'https://harbor.example/legal/processor'],
      ['Pebble Mail', undefined],
    ],
  );
  // The links not taken stay in the entry's words.
  assert.match(String(imported(md, 'links.md')[1]!.note), /Terms: https:\/\/pebble\.example\/terms/);
});

test('a role column naming GDPR parties: the controller and the processor are set aside, the sub-processors read', () => {
  const md = `# Registre

| Date de rédaction | Mars 2026 |
|---|---|

| Rôle | Entité |
|---|---|
| Responsable de traitement | La mairie de Villebois |
| Sous-traitant | Logiciels Durand SAS (éditeur) |
| Sous-traitant ultérieur | Nuage Clair SAS (Lyon, France) — stockage des pièces, aucune copie hors UE |
| Sous-traitant ultérieur | Calcul Net SARL (calcul, datacenters Belgique) |
| Sous-traitant ultérieur | Courriel Plus Inc. – Mailpost |
`;
  const page = readPage(md, 'r.md');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Nuage Clair SAS (Lyon, France)', 'Calcul Net SARL (calcul, datacenters Belgique)', 'Courriel Plus Inc. – Mailpost'],
  );
  assert.ok(
    unreadEn(page).includes("row 'La mairie de Villebois': the page gives it the role 'Responsable de traitement', not a sub-processor's"),
    unreadEn(page).join('\n'),
  );
  assert.equal(page.unread.filter((u) => u.kind === 'partyRow').length, 2);
  const entries = imported(md, 'r.md');
  // The company's city and country in brackets; what it does after the dash is its description, not its name.
  assert.equal(entries[0]!.entity, 'Nuage Clair SAS');
  assert.equal(entries[0]!.entityCountry, 'FR');
  assert.equal(entries[0]!.purpose, 'stockage des pièces, aucune copie hors UE');
  // "datacenters Belgique" among the words in brackets: where its servers are.
  assert.deepEqual((entries[1]!.dataLocation as Entry).countries, ['BE']);
  // A brand after the dash stays in the name.
  assert.equal(entries[2]!.name, 'Courriel Plus Inc. – Mailpost');
  // "Date de rédaction" dates the page.
  assert.equal((pageToInventory(page, { today: '2026-12-01' }).value.inventory as Entry).lastUpdated, '2026-03-01');
});

test('a row naming a kind of provider, with only what it does, its data and where, is no entry; one whose company is said stays', () => {
  const md = `| Prestataire | Finalité | Données | Localisation |
|---|---|---|---|
| Nuagix SAS | Hébergement | Comptes | France |
| Hébergeur applicatif (UE) | Base de données | Comptes | Union européenne |
| **Prestataire d'envoi de SMS (SMS)** | Codes de connexion | Numéro de téléphone | UE / États-Unis |
| Outil de mesure d'audience respectueux de la vie privée | Statistiques | Pages vues | Union européenne |
| Plateforme de tickets | Support | Messages | Irlande |
| [Fournisseur de paiement — to be added: one of two banks] | Paiement | Carte | France |
`;
  const read = readPage(md, 'p.md');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => e.name),
    ['Nuagix SAS'],
  );
  const said = unreadEn(read).join('; ');
  for (const role of ['Hébergeur applicatif (UE)', "Prestataire d'envoi de SMS (SMS)", 'Plateforme de tickets'])
    assert.ok(said.includes(`row '${role}': a role, no vendor named`), said);
  // A bracket that names a company is no role's bracket: the row stays, as does a role whose seat the page gives.
  const kept = `| Vendor | Purpose | Registered office |
|---|---|---|
| Email provider (Postbird) | Mail | — |
| Chat support tool | Chat | 3 Harbour Road, Cork, Ireland |
`;
  assert.deepEqual(
    imported(kept, 'p.md').map((e) => e.name),
    ['Email provider (Postbird)', 'Chat support tool'],
  );
  // A brand before the common nouns ("Postbird email service") is a vendor's name, not a role.
  const brand = `| Vendor | Purpose | Location |
|---|---|---|
| Postbird email service | Mail | United States |
| Email delivery provider | Mail | EU |
`;
  assert.deepEqual(
    imported(brand, 'p.md').map((e) => e.name),
    ['Postbird email service'],
  );
  // Examples offered as a choice after a kind of provider ("(e.g. Hashly / Matchwell)"), even one an acronym leads:
  // no vendor chosen; one example alone names the vendor filling the role.
  const kinds = `| Vendor | Purpose | Location | Notes |
|---|---|---|---|
| OCR text-extraction provider (e.g. Scanwise / Readora) | Reading scans | United States | Not yet engaged |
| Nuagix | Hosting | France | |
`;
  assert.deepEqual(
    imported(kinds, 'p.md').map((e) => e.name),
    ['Nuagix'],
  );
  assert.ok(unreadEn(readPage(kinds, 'p.md')).some((u) => u.includes('OCR text-extraction provider')));
});

test('a transfer cell piece saying where a certification status is checked states no mechanism; a hyphened "no-training" is a refusal', () => {
  const md = `| Vendor | Purpose | Transfer mechanism | Data |
|---|---|---|---|
| Quillmind | Text generation | SCCs + DPF certification status tracked at https://example.org/dpf-list | Prompts (kept for the call only, per the vendor's no-training commitment) |
| Payflow | Payments | SCCs + DPF certified | Card data |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.transfer, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Quillmind', { mechanism: 'scc' }, false],
      ['Payflow', [{ mechanism: 'scc' }, { mechanism: 'dpf' }], undefined],
    ],
  );
});

test('a name cell that is a role whose bracket names its vendor as an example ("…, e.g. Postbird") is that vendor’s entry', () => {
  const md = `| Provider | Role |
|---|---|
| **Helpdesk mailbox** ([help@quill.example](mailto:help@quill.example), e.g. **Postbird Mail**) | Customer questions |
| Boîte de support (par ex. Courriel Sûr) | Demandes des clients |
| Chat tool (e.g. a hosted widget) | Live chat |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose]),
    [
      ['Postbird Mail', 'Customer questions'],
      ['Courriel Sûr', 'Demandes des clients'],
    ],
  );
});

test('a data centre code after what runs there ("Fonctions en cdg1 (Paris)") and a host name beside a city in the EU’s bracket are read as places', () => {
  assert.deepEqual(readLocation('Fonctions en fra1 (Francfort) ; réseau CDN mondial').countries, ['DE', 'GLOBAL']);
  assert.deepEqual(readLocation('EU (app.eu.quill.example, Frankfurt)').countries, ['EU', 'DE']);
  // Three letters in lower case with no number are a word, not a code.
  assert.deepEqual(readLocation('Les (Paris)').countries, []);
});

test('a link cell’s words outside its links that refuse training give trainsOnCustomerData; "Établi le …" dates the page', () => {
  const md = `# Registre des prestataires

Établi le 03/11/2026 à partir de la configuration de production.

| Prestataire | Finalité | Conditions |
|---|---|---|
| Quillmind | Rédaction assistée | [Conditions de l'API](https://quill.example/api-terms) · Avenant (offre payante, pas d'entraînement sur les données) |
| Nuagix | Hébergement | [Nuagix DPA](https://nuagix.example/dpa) |
`;
  const read = readPage(md, 'p.md');
  assert.equal(read.lastUpdated, '03/11/2026');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Quillmind', false],
      ['Nuagix', undefined],
    ],
  );
});

test('a place cell naming a company with its legal form and its country ("Payflow Labs Inc. (US) ; …") gives the entity and its country', () => {
  const md = `| Prestataire | Finalité | Localisation |
|---|---|---|
| Payflow | Abonnements | Payflow Labs Inc. (US) ; encaissement via une banque partenaire |
| Nuagix | Hébergement | France (Paris) |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [
      e.name,
      e.entity,
      e.entityCountry,
      (e.dataLocation as Entry | string | undefined) === 'unknown' ? 'unknown' : (e.dataLocation as Entry).countries,
    ]),
    [
      ['Payflow', 'Payflow Labs Inc.', 'US', 'unknown'],
      ['Nuagix', 'unknown', undefined, ['FR']],
    ],
  );
});

test('a column of the agreement or another page ("DPA / Security Page"): a link is the agreement only when its address says so', () => {
  const md = [
    '| Vendor | Company | Region | DPA / Trust page |',
    '|---|---|---|---|',
    '| Hostique | Hostique, Inc. | United States | https://hostique.example/trust/security/ |',
    '| Payflow | Payflow, Inc. | United States | https://payflow.example/privacy and https://payflow.example/legal/dpa |',
    '| Postie | Postie Ltd | Ireland | https://postie.example/data-processing-addendum |',
    '',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dpa as Entry | undefined)?.url]),
    [
      ['Hostique', undefined],
      ['Payflow', 'https://payflow.example/legal/dpa'],
      ['Postie', 'https://postie.example/data-processing-addendum'],
    ],
  );
  // The cell's words stay in the note, never dropped.
  assert.match(String(entries[0]!.note), /hostique\.example\/trust/);
  assert.match(String(entries[1]!.note), /payflow\.example\/privacy/);
});

test('an entity cell with its group in brackets ("Codehub, Inc. (subsidiary of Megasoft)"): the company is the entity', () => {
  const md = [
    '| Vendor | Entity / Parent | Location |',
    '|---|---|---|',
    '| Codehub | Codehub, Inc. (subsidiary of Megasoft) | United States |',
    '| Hostique | Hostique SAS (Paris office) | France |',
    '',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => e.entity),
    ['Codehub, Inc.', 'Hostique SAS (Paris office)'],
  );
  assert.match(String(entries[0]!.note), /subsidiary of Megasoft/);
});

test('a summary table after one section per vendor, naming them in short ("Hostique" for "Hostique SAS"): facts of those entries', () => {
  const md = [
    '## Sous-traitants',
    '',
    '### 1. Hostique SAS',
    '',
    '- **Finalité** : hébergement',
    '- **Pays de traitement** : France',
    '',
    '### 2. Groupe Outils SA (Mailo)',
    '',
    '- **Finalité** : envoi des courriels',
    '',
    '### 3. Modela Inc. ou Autre IA (à venir)',
    '',
    '- **Finalité** : assistant',
    '',
    '## Résumé',
    '',
    '| Sous-traitant | Pays | Risque |',
    '|---|---|---|',
    '| Hostique | France | Faible |',
    '| Mailo | Irlande | Faible |',
    '| Modela | USA | Modéré |',
    '',
  ].join('\n');
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name ?? e.heading, e.facts.filter((f) => f.label === 'Pays').map((f) => f.value)]),
    [
      ['Hostique SAS', ['France']],
      ['Groupe Outils SA (Mailo)', ['Irlande']],
      ['Modela Inc. ou Autre IA (à venir)', ['USA']],
    ],
  );
});

test('one vendor in two tables, once with its legal form and once without ("Hostique Inc." then "Hostique"): one entry', () => {
  const md = [
    '## Infrastructure',
    '',
    '| Entity Name | Entity Type | Entity Country |',
    '|---|---|---|',
    '| Hostique Inc. | Hosting | US |',
    '| Cloudo | Hosting | US |',
    '',
    '## Platform',
    '',
    '| Entity Name | Purpose | Entity Country |',
    '|---|---|---|',
    '| Hostique | Analytics | US |',
    '| Statly Ltd | Analytics | GB |',
    '| Cloudo Europe GmbH | Hosting | DE |',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Hostique Inc.', 'Cloudo', 'Statly Ltd', 'Cloudo Europe GmbH'],
  );
});

test('a table of platforms the customer connects ("Platform | Purpose | Data shared") lists vendors', () => {
  const md = [
    '### Connected platforms (customer-authorized)',
    '',
    '| Platform | Purpose | Data shared |',
    '|---|---|---|',
    '| **Photogram, Inc.** (Photogram app) | Publish posts | Posts, captions |',
    '| **Chirp Corp.** | Publish messages | Message text |',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name),
    ['Photogram, Inc. (Photogram app)', 'Chirp Corp.'],
  );
});

test('the words beside an agreement link that say the vendor does not train ("— no-training agreement") are read', () => {
  const md = [
    '| Subprocessor | Region | DPA |',
    '|---|---|---|',
    '| Modela, Inc. | US | [Modela DPA](https://modela.example/legal/dpa) — API tier (no-training) |',
    '| Hostique | US | [Hostique DPA](https://hostique.example/legal/dpa) |',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.ai as Entry | undefined)?.trainsOnCustomerData, (e.dpa as Entry).url]),
    [
      ['Modela, Inc.', false, 'https://modela.example/legal/dpa'],
      ['Hostique', undefined, 'https://hostique.example/legal/dpa'],
    ],
  );
});

test('a sentence under a table whose subject is one row and that denies training is that row’s; "We do not …" is nobody’s', () => {
  const md = [
    '| Vendor | Purpose | Location |',
    '|---|---|---|',
    '| Modela (Assistant) | AI inference | United States |',
    '| Hostique | Hosting | United States |',
    '',
    'We do not use connected-account data to train models. Modela handles data only for the task you asked for and',
    'does not use data sent through its API to train its models.',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Modela (Assistant)', false],
      ['Hostique', undefined],
    ],
  );
});

test('a link in a safeguards column to a file named as a data-protection agreement ("…_Data_Protection_Agreement-FR.pdf") is the DPA', () => {
  const html = [
    '<table><thead><tr><th>Sous-traitant</th><th>Pays destinataire</th><th>Garanties</th></tr></thead><tbody>',
    '<tr><td>Hostique</td><td>France</td><td><a href="https://files.hostique.example/contracts/42-Hostique_Data_Protection_Agreement-FR-2.0.pdf">Lien Garantie</a></td></tr>',
    '<tr><td>Statly</td><td>Irlande</td><td><a href="https://statly.example/fr/securite">Lien Garantie</a></td></tr>',
    '</tbody></table>',
  ].join('\n');
  assert.deepEqual(
    imported(html, 'p.html').map((e) => [e.name, (e.dpa as Entry | undefined)?.url]),
    [
      ['Hostique', 'https://files.hostique.example/contracts/42-Hostique_Data_Protection_Agreement-FR-2.0.pdf'],
      ['Statly', undefined],
    ],
  );
});

test('"ne ré-entraîne pas", "pas de réentraînement" in any cell refuse training on the data', () => {
  const md = `| Prestataire | Finalité | Remarques |
|---|---|---|
| Quillmind | Rédaction | Quillmind ne ré-entraîne pas ses modèles sur les données de l'API |
| Lexia | Traduction | Offre entreprise : pas de réentraînement |
| Nuagix | Hébergement | Serveurs à Paris |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Quillmind', false],
      ['Lexia', false],
      ['Nuagix', undefined],
    ],
  );
});

test('a name cell that ends by saying the vendor is still to be checked ("… provider to verify") names no vendor: said so', () => {
  const md = `| Function | Provider | Region |
|---|---|---|
| Ticketing | Larchwood Desk | EU |
| Uptime checks | Hosted VM or another cloud to verify | To verify |
| Archive | Hébergeur à vérifier | France |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Larchwood Desk'],
  );
  assert.ok(unreadEn(page).includes('unfilled placeholder: "Hosted VM or another cloud to verify"'), unreadEn(page).join(' | '));
  // A name that only mentions verification ("Verify", "Verifier Labs") is a name.
  assert.deepEqual(
    readPage(md.replace('Hébergeur à vérifier', 'Acme Verify'), 'p.md').entries.map((e) => e.name),
    ['Larchwood Desk', 'Acme Verify'],
  );
});

test('a name cell "[À CONFIRMER : Nuagel, Inc.]" names the vendor, the mark kept in its note; a bare "[à confirmer]" names none', () => {
  const md = `| Sous-traitant | Service | Pays |
|---|---|---|
| Postie SAS | Courriels | France |
| [À CONFIRMER : Nuagel, Inc.] | Hébergement | États-Unis |
| [To be confirmed: Payflow] | Paiements | Irlande |
| [à confirmer] | Analyse d'audience | UE |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Postie SAS', 'Nuagel, Inc.', 'Payflow'],
  );
  assert.match(String(entries[1]!.note), /\[À CONFIRMER : Nuagel, Inc\.\]/);
});

test('a record’s "Sous-traitants" row opening with an entry’s name and its country in brackets gives that entry its company’s country', () => {
  const md = `## Traitement n° 1 — Prospection

| Champ | Valeur |
|---|---|
| **Finalité** | Envoyer la lettre d'information |
| **Sous-traitants** | **Postie, Inc.** (États-Unis) — plateforme d'envoi. Encadrement : DPF. |

## Traitement n° 2 — Hébergement

| Champ | Valeur |
|---|---|
| **Sous-traitant** | [À CONFIRMER : Nuagel SAS] (France) — hébergeur. |
| **Destinataires** | Payflow (paiements) — traitement des paiements |

## Annexe — Sous-traitants

| Sous-traitant | Service | Pays |
|---|---|---|
| Postie, Inc. | Courriels | États-Unis |
| [À CONFIRMER : Nuagel SAS] | Hébergement | France |
| Payflow | Paiements | Irlande |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entityCountry]),
    [
      ['Postie, Inc.', 'US'],
      ['Nuagel SAS', 'FR'],
      // A bracket that says what the vendor does is no country.
      ['Payflow', undefined],
    ],
  );
});

test('a template blank with its instructions ("{{TRANSFER — SCCs where …; adequacy otherwise}}") and one asking to confirm a mechanism state none', () => {
  const md = `| Sub-processor | Role | Location | Transfer mechanism |
| --- | --- | --- | --- |
| Nuagel | Hosting | {{HOSTING_REGION}} | {{TRANSFER_MECHANISM — UK adequacy where data stays in the UK or the EEA; Standard Contractual Clauses otherwise}} |
| Payflow | Payments | Ireland / United States | SCCs {{— confirm against the signed Payflow DPA}} |
| Postie | Email | United States | SCCs |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, typeof e.transfer === 'object' ? (e.transfer as Entry).mechanism : 'none']),
    [
      ['Nuagel', 'none'],
      ['Payflow', 'none'],
      ['Postie', 'scc'],
    ],
  );
  assert.ok(unreadEn(readPage(md, 'p.md')).some((u) => u.includes('{{TRANSFER_MECHANISM')));
});

test('a sentence under a table placing its rows as a whole ("Ces trois sont au Canada.") gives rows without a country that place', () => {
  const md = `| Prestataire | Rôle | Où |
|---|---|---|
| Balsa Cloud | Hébergement | Canada (Montréal) |
| Ormeau Mail | Courriels | |
| Tilleul Files | Exports | Amérique du Nord |

Ces trois sont au Canada. Le transfert repose sur la décision d'adéquation.
`;
  const byName = new Map(imported(md, 'p.md').map((e) => [e.name, e]));
  const countries = (n: string) => (byName.get(n)?.dataLocation as { countries?: string[] } | undefined)?.countries;
  assert.deepEqual(countries('Balsa Cloud'), ['CA']);
  assert.deepEqual(countries('Ormeau Mail'), ['CA']);
  assert.deepEqual(countries('Tilleul Files'), ['CA']);
  // A count that is not the table's speaks of some rows only.
  const some = new Map(imported(md.replace('Ces trois', 'Ces deux'), 'p.md').map((e) => [e.name, e]));
  assert.equal((some.get('Ormeau Mail')?.dataLocation as { countries?: string[] } | undefined)?.countries, undefined);
  // A sentence whose subject is the data, or the page's own servers, is not about the rows.
  for (const other of ['Ces données sont hébergées au Canada.', 'Tous nos serveurs sont au Canada.']) {
    const rows = new Map(imported(md.replace('Ces trois sont au Canada.', other), 'p.md').map((e) => [e.name, e]));
    assert.equal((rows.get('Ormeau Mail')?.dataLocation as { countries?: string[] } | undefined)?.countries, undefined, other);
  }
});

test('a second table of certifications under short names: "GCP" is the entry "Google Cloud Platform (GCP)"', () => {
  const md = `## Sub-processors

| Provider | Purpose | Region |
|---|---|---|
| Google Cloud Platform (GCP) | Hosting | EU |
| Postie (Relay Group) | Email | US |

## Certifications by provider

| Provider | Certifications |
|---|---|
| GCP | ISO 27001, SOC 2 Type II |
| Postie | SOC 2 |
| Relay | ISO 27001 |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.certifications]),
    [
      ['Google Cloud Platform (GCP)', ['iso27001', 'soc2-type2']],
      // "Relay" is the company in Postie's brackets, no abbreviation of its name: its row is not Postie's.
      ['Postie (Relay Group)', ['soc2']],
    ],
  );
  assert.deepEqual(unreadEn(readPage(md, 'p.md')), ["row 'Relay' of table 'Certifications by provider': not on the sub-processor list"]);
});

test('a name cell whose lines after the name are links to the vendor’s documents ("Quillet<br>[Privacy terms](…)") names the vendor alone', () => {
  const md = `| Sub-processor | Purpose | Location |
|---|---|---|
| Penwick<br>[Privacy terms](https://penwick.example/privacy) | Notes | United States |
| **Tallow**<br/>[Privacy Policy](https://tallow.example/privacy) · [DPA](https://tallow.example/dpa) | Email | Germany |
| Corvane<br>[Politique de confidentialité](https://corvane.example/confidentialite) | Hébergement | France |
| Stripe<br>Stripe Payments Europe Ltd, Ireland | Payments | Ireland |
| Brindle<br>[Support desk](https://brindle.example/help) | Support | Canada |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => e.name),
    ['Penwick', 'Tallow', 'Corvane', 'Stripe', 'Brindle; Support desk'],
  );
  // Of the links under the name, the one whose words say agreement is the DPA ("[Privacy Policy](…) · [DPA](…)").
  const tallow = imported(md, 'p.md')[1]!;
  assert.equal((tallow.dpa as Entry).url, 'https://tallow.example/dpa');
  const html = `<table><tr><th>Sub-processor</th><th>Purpose</th></tr>
<tr><td>Penwick<br><a href="https://penwick.example/dpa">Data Processing Agreement</a></td><td>Notes</td></tr></table>`;
  const [penwick] = imported(html, 'p.html');
  assert.equal(penwick!.name, 'Penwick');
  assert.equal((penwick!.dpa as Entry).url, 'https://penwick.example/dpa');
});

test('a column a second purpose word heads ("Traitement") whose every cell names places is where the data is processed', () => {
  const md = `| Prestataire | Rôle | Traitement | Transfert |
| --- | --- | --- | --- |
| Nuagix | Hébergement des pages. | Union européenne | Aucun |
| Courrielo | Envoi des courriels. | États-Unis | Clauses contractuelles types. |
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.purpose, (e.dataLocation as Entry | undefined)?.countries]),
    [
      ['Nuagix', 'Hébergement des pages.', ['EU']],
      ['Courrielo', 'Envoi des courriels.', ['US']],
    ],
  );
  // A column of words that are not places stays a note: no place read from it.
  const words = `| Prestataire | Rôle | Traitement | Pays |
| --- | --- | --- | --- |
| Nuagix | Hébergement | Pages et comptes | France |
| Courrielo | Courriels | Adresses | Irlande |
`;
  assert.deepEqual(
    imported(words, 'p.md').map((e) => (e.dataLocation as Entry | undefined)?.countries),
    [['FR'], ['IE']],
  );
});

test('a declaration’s "Destinataire" column beside a "Garanties" column names the recipients; its internal recipients and interconnected processings are no vendors', () => {
  const md = [
    '## V. Destinataires des données',
    '### Destinataires internes',
    '| # | Destinataire | Données accessibles | Base d’accès |',
    '|---|---|---|---|',
    '| 1 | Agents du guichet (lecture) | Dossiers | Rôle vérifié |',
    '### Destinataires externes',
    '| # | Destinataire | Données transmises | Garanties |',
    '|---|---|---|---|',
    '| 1 | **Atlasnet** (hébergeur) | Toutes les données | Centre de données au Maroc |',
    '| 2 | **Kestrel Mail** (courriels) | Adresse électronique | Clauses contractuelles types |',
    '## X. Interconnexions avec d’autres traitements',
    '| Traitement connecté | Nature de la connexion | Finalité |',
    '|---|---|---|',
    '| Registre interne des dossiers | Import CSV | Synchronisation |',
    '| Kestrel Mail | Envoi | Notifications |',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'declaration.md').map((e) => e.name),
    ['Atlasnet (hébergeur)', 'Kestrel Mail (courriels)'],
  );
  // Without a column of safeguards, a "Destinataire" column is no column of vendors (recipients may be categories).
  assert.equal(
    readPage('| Destinataire | Données |\n|---|---|\n| Service paie | Salaires |\n| Service RH | Dossiers |\n', 'r.md').entries.length,
    0,
  );
});

test('a table the page heads or titles as its own staff (internal recipients, authorised personnel) is no table of vendors, wherever those words stand in its title', () => {
  const vendors = '| Nom | Activité | Lieu |\n|---|---|---|\n| Nuagix | Hébergement | France |\n';
  const people = '| Nom | Service | Lieu |\n|---|---|---|\n| Léa Morel | Paie | Rennes |\n| Hugo Petit | Accueil | Maroc |\n';
  for (const title of [
    '## Registre des destinataires internes',
    '## Personnel habilité',
    '## Authorised staff',
    'Our employees with access',
  ])
    assert.deepEqual(
      readPage(`# Sous-traitants\n\n${vendors}\n${title}\n\n${people}`, 'p.md').entries.map((e) => e.name),
      ['Nuagix'],
      title,
    );
  // Text copied from a browser: the title is a line of its own over the tab-separated table.
  const copied =
    'Sous-traitants\nNom\tActivité\tLieu\nNuagix\tHébergement\tFrance\n\nDestinataires internes de la paie\nNom\tService\tLieu\nLéa Morel\tPaie\tRennes\nHugo Petit\tAccueil\tNantes\n';
  assert.deepEqual(
    readPage(copied, 'p.txt').entries.map((e) => e.name),
    ['Nuagix'],
  );
  // Near miss: a heading that names the vendors the staff works with is still a table of vendors.
  assert.deepEqual(
    readPage(`# Sous-traitants\n\n## Prestataires utilisés par le personnel habilité\n\n${vendors}`, 'p.md').entries.map((e) => e.name),
    ['Nuagix'],
  );
  assert.deepEqual(
    readPage(`# Sub-processors\n\n## Tools our employees use (sub-processors)\n\n${vendors}`, 'p.md').entries.map((e) => e.name),
    ['Nuagix'],
  );
});

test('a page that says its transfers have no mechanism in place yet: no cell\'s "CCT/DPF" and no rule of the page is stated', () => {
  const md = `# Prestataires

| Prestataire | Pays des données | Garanties |
|---|---|---|
| Mailor | États-Unis | DPA + CCT/DPF |
| Hostia | Allemagne | DPA signé |

> Mailor reçoit des données aux États-Unis. Tant qu'aucune clause n'est signée, ces transferts ne sont pas couverts.

- Transferts hors UE : si nécessaire, encadrer par CCT.
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.transfer]),
    [
      ['Mailor', 'unknown'],
      ['Hostia', undefined],
    ],
  );
  // The same table without the sentence: the cell states both mechanisms.
  const stated = imported(md.replace(/^> .*$/m, ''), 'p.md').find((e) => e.name === 'Mailor')!;
  assert.deepEqual(stated.transfer, [{ mechanism: 'scc' }, { mechanism: 'dpf' }]);
  // In English, "no transfer mechanism has been signed yet" says the same.
  const en = `| Vendor | Location | Safeguards |
|---|---|---|
| Mailor | United States | SCCs |

No transfer mechanism has been signed yet with the vendors above.
`;
  assert.equal(imported(en, 'p.md')[0]!.transfer, 'unknown');
  assert.deepEqual(imported(en.replace(/^No transfer.*$/m, ''), 'p.md')[0]!.transfer, { mechanism: 'scc' });
});

test('places: code pinned to a place with no preposition, a place by default beside an option, a global network with brackets of no place', () => {
  const where = (text: string) => readLocation(text).countries;
  assert.deepEqual(where('Functions pinned EU (ams1)'), ['EU']);
  assert.deepEqual(where('Fonctions épinglées UE ; réseau mondial (fichiers statiques)'), ['EU', 'GLOBAL']);
  // The option in brackets is not where the data is.
  assert.deepEqual(where('Canada par défaut (option région UE)'), ['CA']);
  assert.deepEqual(where('Canada by default (optional EU region)'), ['CA']);
  // Brackets that name places say where the network is: not read as global.
  assert.deepEqual(where('CDN mondial (US, UE)'), []);
});

test("places: a publisher's place ('Éditeur UE (Belgique)') is the company's country, the member state rather than the EU", () => {
  const read = readLocation('Éditeur UE (Belgique), serveurs UE');
  assert.deepEqual([read.countries, read.entityCountries], [['EU'], ['BE']]);
  assert.deepEqual(readLocation('Publisher US; servers EU').entityCountries, ['US']);
  assert.deepEqual(readLocation('Siège : UE (Irlande)').entityCountries, ['IE']);
});

test('a heading per vendor over a "Champ | Valeur" table, then a summary table under short names: one entry each', () => {
  const md = `# Nos prestataires

### Prestataire n° 1 : Nuvola Cloud Storage

| Champ | Valeur |
|---|---|
| Rôle | Stockage des pièces jointes |
| Localisation des serveurs | Italie |
| Chiffrement | AES-256 |
| Sauvegardes | Quotidiennes |
| Observations | Aucune |

### Prestataire n° 2 : Nuvola Cloud Mail

| Champ | Valeur |
|---|---|
| Rôle | Envoi des courriels |
| Localisation des serveurs | Espagne |
| Chiffrement | TLS |
| Observations | Aucune |
| Statut | Validé |

## Récapitulatif

| Prestataire | Localisation | Statut |
|---|---|---|
| Nuvola Storage | Italie | Validé |
| Nuvola Mail | Espagne | Validé |
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose, (e.dataLocation as Entry).countries]),
    [
      ['Nuvola Cloud Storage', 'Stockage des pièces jointes', ['IT']],
      ['Nuvola Cloud Mail', 'Envoi des courriels', ['ES']],
    ],
  );
  // A record of a processing, its legal basis among the fields, is no vendor's table.
  const records = md
    .replace(/\| Chiffrement \| AES-256 \|/, '| Base légale | Contrat |')
    .replace(/\| Chiffrement \| TLS \|/, '| Base légale | Contrat |');
  assert.deepEqual(
    imported(records, 'p.md').map((e) => e.name),
    ['Nuvola Storage', 'Nuvola Mail'],
  );
});

test('places: machines named with no preposition before their provider or place ("datacenters AWS …", "infrastructure propre …")', () => {
  const where = (text: string) => readLocation(text).countries;
  assert.deepEqual(where('UE — datacenters AWS eu-central-1 (Allemagne, UE) et infrastructure propre Belgique'), ['EU', 'DE', 'BE']);
  assert.deepEqual(where('own servers Sweden'), ['SE']);
  // Words of a machine that name no place stay no place.
  assert.deepEqual(where('infrastructure propre'), []);
});

test('a line naming the vendor under its heading gives the company its brackets name first with a legal form', () => {
  const md = `## Prestataires

### Routage des SMS

- Fournisseur retenu : Textoria (Textoria Messaging SARL, société luxembourgeoise)
- Localisation : Luxembourg

### Stockage

- Fournisseur retenu : Coffra (offre standard)
- Localisation : France
`;
  const entries = imported(md, 'p.md');
  // The brackets that name no company ("offre standard") give none.
  assert.deepEqual(
    entries.map((e) => e.entity),
    ['Textoria Messaging SARL', 'unknown'],
  );
});

test('a record that names its processing ("Nom du traitement") is no vendor, whatever it says of transfers', () => {
  const md = `# Registre

## Fiche 1 : Inscriptions

| Élément | Description |
|---|---|
| Nom du traitement | Inscriptions aux ateliers |
| Finalités | Gestion des places |
| Base légale | Contrat |
| Destinataires | Hébergeur |
| Transferts hors UE | Aucun |
| Durée de conservation | 2 ans |

## Sous-traitants

### Nuvola SpA

**Fonction** : Hébergement
**Localisation** : Italie
`;
  assert.deepEqual(
    imported(md, 'p.md').map((e) => e.name),
    ['Nuvola SpA'],
  );
});

test('a record of processing as a table ("Traitement | … | Destinataires") is no table of vendors; its recipients name none', () => {
  const md = [
    '# Registre — Club Héron',
    '',
    '| # | Traitement | Finalité | Données collectées | Base légale | Destinataires | Transferts hors UE |',
    '|---|---|---|---|---|---|---|',
    '| 1 | Adhésion | Gestion des membres | Nom, courriel | Contrat | Hébergeurs (Nimbus Base) | Non |',
    '| 2 | Lettre | Information | Courriel | Consentement | Hébergeurs, Orque Mail (envoi) | Oui — États-Unis (CCT) |',
    '| 3 | Sessions | Connexion | Jeton | Contrat | Hébergeurs | Non — UE |',
    '',
    '## Sous-traitants',
    '',
    '| Sous-traitant | Service | Localisation |',
    '|---|---|---|',
    '| Nimbus Base | Base de données | Lyon eu-west-3 (UE) |',
    '| Orque Mail | Courriels | États-Unis |',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'registre.md').entries.map((e) => e.name ?? e.heading),
    ['Nimbus Base', 'Orque Mail'],
  );
});

test('places: a city, then its region’s or data centre’s code ("Paris eu-west-3 (UE)", "Francfort fra1")', () => {
  assert.deepEqual(readLocation('Paris eu-west-3 (UE)').countries, ['FR', 'EU']);
  assert.deepEqual(readLocation('Francfort fra1').countries, ['DE']);
  // A provider before its region's code is no city: the region is read as before.
  assert.deepEqual(readLocation('Belgium (GCP europe-west1)').regions, ['gcp:europe-west1']);
});

test('a column "to confirm" states no place; a row whose status is "Not verified" states no mechanism; a row that says only "independent controller" is no sub-processor', () => {
  const md = [
    '| Vendor | Role | Region (to confirm) | Transfer mechanism | Status |',
    '|---|---|---|---|---|',
    '| Skyvault | Storage | Germany | SCCs | Signed |',
    '| Postlark | Email | United States | DPF / SCCs | Not verified |',
    '| Appstore Co | Store | — | — | N/A (independent controller) |',
    '',
  ].join('\n');
  const page = readPage(md, 'register.md');
  const entries = imported(md, 'register.md');
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Skyvault', 'Postlark'],
  );
  // Neither place is stated: the column leaves both to be confirmed (its words stay in the note).
  assert.deepEqual(
    entries.map((e) => e.dataLocation),
    ['unknown', 'unknown'],
  );
  assert.match(String(entries[0]!.note), /Region \(to confirm\): Germany/);
  const mechanisms = (e: Entry) => {
    const t = e.transfer as Entry | string | undefined;
    if (t === undefined || typeof t === 'string') return [];
    return Array.isArray(t.mechanisms) ? t.mechanisms : t.mechanism !== undefined ? [t.mechanism] : [];
  };
  assert.deepEqual(mechanisms(entries[0]!), ['scc']);
  assert.deepEqual(mechanisms(entries[1]!), []);
  assert.ok(
    unreadEn(page).some((u) => u.includes('Appstore Co')),
    unreadEn(page).join('\n'),
  );
  // A cell that names the controller role for one purpose beside a mechanism keeps the row.
  const mixed = '| Vendor | Transfer mechanism |\n|---|---|\n| Payly | SCCs; independent controller for fraud checks |\n';
  assert.deepEqual(
    imported(mixed, 'm.md').map((e) => [e.name, mechanisms(e)]),
    [['Payly', ['scc']]],
  );
});

test('a recipients table with the country the data goes to and the data sent names its recipients; "Prohibited by contract" under a training column is no training, unless left pending', () => {
  const md = [
    '| Recipient | Country | Data transferred | Purpose | Training use |',
    '|---|---|---|---|---|',
    '| Voxlet | Canada | Voice clips | Transcription | Prohibited by contract |',
    '| Mapwise | Japan | Addresses | Routing | Prohibited by contract — confirmation pending |',
    '',
  ].join('\n');
  const entries = imported(md, 'transfers.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dataLocation as Entry).countries, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Voxlet', ['CA'], false],
      ['Mapwise', ['JP'], undefined],
    ],
  );
});

test('a component whose list is an array of objects it renders: the array is the table, nested links spread into columns, its terms no agreement', () => {
  const tsx = [
    'const vendors = [',
    '  {',
    "    name: 'Skyvault',",
    "    purpose: 'File storage',",
    "    regions: 'Germany',",
    "    links: { terms: 'https://skyvault.example/terms', dpa: 'https://skyvault.example/legal/dpa' },",
    '  },',
    "  { name: 'Postlark', purpose: 'Email', regions: 'Canada', links: { terms: 'https://postlark.example/terms' } },",
    '];',
    'export default function Vendors() {',
    '  return <ul>{vendors.map((v) => <li key={v.name}><strong>{v.name}</strong> {v.purpose}</li>)}</ul>;',
    '}',
  ].join('\n');
  const entries = imported(tsx, 'Vendors.html');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dataLocation as Entry).countries, (e.dpa as Entry | undefined)?.url]),
    [
      ['Skyvault', ['DE'], 'https://skyvault.example/legal/dpa'],
      ['Postlark', ['CA'], undefined],
    ],
  );
});

test('a component that hands its page to a renderer as a Markdown string: the string is read as Markdown, its date from the component', () => {
  const tsx = [
    'import { Legal } from "@/components/legal"',
    'const body = `## 4. Who processes data',
    '',
    'We use the following sub-processors:',
    '',
    '| Service | Purpose |',
    '|---|---|',
    '| **Skyvault** | File storage |',
    '| **Postlark** | Email |',
    '`',
    'export default function Page() {',
    '  return <Legal title="Privacy" lastUpdated="March 3, 2026" content={body} />',
    '}',
  ].join('\n');
  const page = readPage(tsx, 'privacy.html');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Skyvault', 'Postlark'],
  );
  assert.equal(page.lastUpdated, 'March 3, 2026');
});

test('a transfer cell that denies a mechanism in French (« CCT non signées », « CCT : non ») states none; « non-UE » denies nothing', () => {
  const md = `| Prestataire | Pays | Garanties |
|---|---|---|
| Textio | États-Unis | CCT non signées |
| Chatly | États-Unis | CCT : non |
| Mailo | États-Unis | DPF ; CCT non conclues |
| Hosto | États-Unis | CCT pour les transferts non-UE |
| Statso | États-Unis | CCT (pays non adéquat) |
`;
  const [textio, chatly, mailo, hosto, statso] = imported(md, 'p.md');
  const mechanisms = (e: Record<string, unknown> | undefined) => {
    const t = e?.transfer;
    return t === undefined || t === 'unknown' ? [] : (Array.isArray(t) ? t : [t]).map((x) => (x as { mechanism: string }).mechanism);
  };
  assert.deepEqual(mechanisms(textio), []);
  assert.deepEqual(mechanisms(chatly), []);
  assert.deepEqual(mechanisms(mailo), ['dpf']);
  assert.deepEqual(mechanisms(hosto), ['scc']);
  assert.deepEqual(mechanisms(statso), ['scc']);
});

test('a name cell with the vendor’s own domain after the name: the name, and the domain its site', () => {
  const md = [
    '| Vendor | Role | Country |',
    '|---|---|---|',
    '| Postie Ltd postie.io | Email | Canada |',
    '| Stowbox (Kastenwerk GmbH) www.stowbox.de | Backups | Germany |',
    '| Acme Ltd render.com | Hosting | Ireland |',
    '| Fly.io | Hosting | France |',
    '',
  ].join('\n');
  const rows = readPage(md, 'p.md').entries;
  assert.deepEqual(
    rows.map((e) => e.name ?? e.heading),
    ['Postie Ltd', 'Stowbox (Kastenwerk GmbH)', 'Acme Ltd render.com', 'Fly.io'],
  );
  const site = (e: (typeof rows)[number]) => e.facts.find((f) => f.key === 'website')?.value ?? 'none';
  // Near misses: a domain that is not the name's own stays in the name; a domain alone is the name.
  assert.deepEqual(rows.map(site), ['postie.io', 'www.stowbox.de', 'none', 'none']);
});

test('a sentence alone in a row of empty cells is the table’s note, no vendor (English and French)', () => {
  const en = [
    '| Vendor | Role | Country |',
    '|---|---|---|',
    '| Postie Ltd | Email | Canada |',
    '| More vendors for storage and search will be added here once they are chosen. | | |',
    '| Stowbox GmbH Holdings Inc. | | |',
    '',
  ].join('\n');
  const page = readPage(en, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Postie Ltd', 'Stowbox GmbH Holdings Inc.'],
  );
  assert.ok(page.unread.some((u) => u.kind === 'noteRow'));
  const fr = [
    '| Prestataire | Rôle | Pays |',
    '|---|---|---|',
    '| Hébergix SAS | Hébergement | France |',
    '| D’autres prestataires seront ajoutés à cette liste lors de la mise en production. | | |',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Hébergix SAS'],
  );
});

test('near miss: a vendor described in one sentence alone in its row is a vendor, not the table’s note', () => {
  const fr = [
    '| Prestataire | Rôle | Pays |',
    '|---|---|---|',
    '| Hébergix SAS | Hébergement | France |',
    '| Stockfer GmbH (Allemagne), stockage des sauvegardes chiffrées de la production. | | |',
    '',
  ].join('\n');
  const names = readPage(fr, 'p.md').entries.map((e) => e.name ?? e.heading);
  assert.equal(names.length, 2);
  const en = [
    '| Vendor | Role | Country |',
    '|---|---|---|',
    '| Postie Ltd | Email | Canada |',
    '| Our nightly backups go to a storage company in the north of Germany. | | |',
    '',
  ].join('\n');
  // A sentence that does not speak of the list is read as before (no rule of this reader drops it).
  assert.equal(readPage(en, 'p.md').entries.length, 2);
});

test('a copied table whose header cells are glued, each row a name line, a link line, then its cells glued on one line', () => {
  const rows = [
    'Postie Ltd',
    'Terms',
    'Sending receipts and password resets.Email addresses, names.Canada',
    'Stowbox GmbH',
    'Nightly backups of the database.Account records.Germany',
  ];
  const en = ['Our vendors', '', 'VendorPurposePersonal dataCountry', ...rows, '', 'Questions? Write to us.', ''].join('\n');
  for (const [page, file] of [
    [en, 'p.txt'],
    // A Markdown page joins the lines into one paragraph: read by its lines all the same.
    [`# Vendors\n\n${en}`, 'p.md'],
  ] as const) {
    const read = readPage(page, file);
    assert.deepEqual(
      read.entries.map((e) => e.name ?? e.heading),
      ['Postie Ltd', 'Stowbox GmbH'],
    );
    const place = read.entries.map((e) => e.facts.find((f) => f.key === 'dataLocation')?.value);
    assert.deepEqual(place, ['Canada', 'Germany']);
  }
  const fr = [
    'Sous-traitants',
    '',
    'PrestataireFinalitéPays',
    'Hébergix SAS',
    'Hébergement des serveurs.France',
    'Courriel Express',
    'Envoi des courriels.Belgique',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'p.txt').entries.map((e) => e.name ?? e.heading),
    ['Hébergix SAS', 'Courriel Express'],
  );
});

test('near misses: glued words that are no headers, or rows whose cells are not glued, make no copied table', () => {
  // "MacBook" and "iPhone" glue a small letter to a capital: not headers a column's meaning reads.
  const words = ['Our MacBookPro fleetUpdates', 'Postie Ltd', 'Sending receipts.Canada', 'Stowbox GmbH', 'Backups.Germany', ''].join('\n');
  assert.ok(!readPage(words, 'p.txt').entries.some((e) => (e.name ?? e.heading) === 'Postie Ltd' && e.facts.length > 0));
  // Headers glued, but a row's line holds one cell: no row, no table.
  const flat = ['VendorPurposeCountry', 'Postie Ltd', 'Sending receipts', 'Stowbox GmbH', 'Backups', ''].join('\n');
  assert.ok(!readPage(flat, 'p.txt').entries.some((e) => e.facts.some((f) => f.key === 'dataLocation')));
});

test('one table per hosting region with the same columns: a vendor named again with another place is that region’s entry', () => {
  const md = `The sub-processors of each hosting region:

**Canada:**

| Name | Service | Location |
| --- | --- | --- |
| Nimbo Cloud | Hosting | Canada |
| Logwise | Log search | Canada |

**Japan:**

| Name | Service | Location |
| --- | --- | --- |
| Nimbo Cloud | Hosting | Japan |
| Logwise | Log search | Japan |
`;
  const entries = imported(md, 'regions.md');
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Nimbo Cloud', ['CA']],
      ['Logwise', ['CA']],
      ['Nimbo Cloud', ['JP']],
      ['Logwise', ['JP']],
    ],
  );
  // In French, under headings.
  const fr = `## Région Canada

| Sous-traitant | Prestation | Pays |
| --- | --- | --- |
| Nimbo Cloud | Hébergement | Canada |

## Région Japon

| Sous-traitant | Prestation | Pays |
| --- | --- | --- |
| Nimbo Cloud | Hébergement | Japon |
`;
  assert.deepEqual(
    imported(fr, 'regions.md').map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Nimbo Cloud', ['CA']],
      ['Nimbo Cloud', ['JP']],
    ],
  );
  // Near-misses. A vendor the second table names again with the same place is the vendor above, one entry.
  const same = md.replace('| Logwise | Log search | Japan |', '| Logwise | Log search | Canada |');
  assert.deepEqual(
    imported(same, 'regions.md').map((e) => e.name),
    ['Nimbo Cloud', 'Logwise', 'Nimbo Cloud'],
  );
  // A table of other columns listing the same vendors again (an annex with their seats) adds facts, no entry.
  const annex = `${md.split('**Japan:**')[0]}
**Annex: seats**

| Name | Registered office |
| --- | --- |
| Nimbo Cloud | 1 Harbour Road, Toronto, Canada |
| Logwise | 5 Pine Street, Vancouver, Canada |
`;
  assert.deepEqual(
    imported(annex, 'regions.md').map((e) => e.name),
    ['Nimbo Cloud', 'Logwise'],
  );
});

test('a copied table whose header and row cells are glued, each row on one line, splits at the glued breaks', () => {
  const text = `Our sub-processors

VendorPurposeData categoriesLocationTransfer basis
Nimbo Cloud GmbH Hosting (servers, backups; every region)Account data and filesGermanyIntra-EEA
Postwise, Inc. BetaEmail delivery (transactional)Email address, message bodyUnited StatesEU-US Data Privacy Framework
`;
  const entries = imported(text, 'p.txt');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose, (e.dataLocation as Entry).countries]),
    [
      ['Nimbo Cloud GmbH', 'Hosting (servers, backups; every region)', ['DE', 'EU']],
      ['Postwise, Inc.', 'Email delivery (transactional)', ['US']],
    ],
  );
  assert.equal((entries[1]!.transfer as Entry).mechanism, 'dpf');
  // In French.
  const fr = `Sous-traitantFinalitéDonnéesPaysGaranties
Nuagix SAS Hébergement (serveurs)Comptes clientsFranceIntra-UE
Courriel Express SARL Envoi des courriels (transactionnels)Adresses emailBelgiqueIntra-UE
`;
  assert.deepEqual(
    imported(fr, 'p.txt').map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Nuagix SAS', ['FR', 'EU']],
      ['Courriel Express SARL', ['BE', 'EU']],
    ],
  );
  // Near misses: a row whose place column holds no place, or one with a glued break too many (a brand written
  // "GitHub" outside brackets), is not split by guess: no such table, nothing read from its rows.
  const unsure = `VendorPurposeData categoriesLocationTransfer basis
Nimbo Cloud GmbH Hosting (servers)Account dataEverywhere we operateIntra-EEA
Postwise, Inc. Email delivery for GitHub usersEmail addressUnited StatesSCCs
`;
  const page = readPage(unsure, 'p.txt');
  assert.ok(!page.entries.some((e) => /Hosting|Email delivery/.test(e.name ?? e.heading)));
  assert.ok(!page.entries.some((e) => e.facts.some((f) => f.value === 'United States' || f.value === 'Germany')));
});

test('a contact column holding the vendor’s postal address after its mailbox: where the company is, and the company it opens with', () => {
  const en = `| Sub-processor | Location | Contact information | Purpose |
|---|---|---|---|
| Nimbus Cloud | Canada | privacy@nimbus.example, Nimbus Cloud Inc., 12 King Street West, Toronto, ON M5H 1A1, Canada | Hosting |
| Parcelo | Japan | Parcelo K.K. 4 Chome Ginza, Tokyo 104-0061, Japan | Email delivery |
| Velto | India | dpo@velto.example, 3rd Floor, Tower B, Whitefield, Bengaluru, Karnataka - 560066 | SMS |
| Orbis | Germany | dpo@orbis.example | Analytics |
| Lumen | Germany | Support desk, Berlin, Germany | Support |
| Quarry | France | Data centre, 5 rue du Port, 93200 Saint-Denis, France | Storage |
`;
  const entries = imported(en, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entity, e.entityCountry]),
    [
      ['Nimbus Cloud', 'Nimbus Cloud Inc.', 'CA'],
      ['Parcelo', 'Parcelo K.K.', 'JP'],
      ['Velto', 'unknown', 'IN'],
      // Near misses: a mailbox alone, a city with no street or postcode, a data centre's address: no company's place.
      ['Orbis', 'unknown', undefined],
      ['Lumen', 'unknown', undefined],
      ['Quarry', 'unknown', undefined],
    ],
  );
  const fr = `| Sous-traitant | Localisation | Coordonnées | Finalité |
|---|---|---|---|
| Hostique | France | dpo@hostique.example, Hostique SAS, 2 rue des Lilas, 69003 Lyon, France | Hébergement |
| Postal | Irlande | Service clients, Dublin | Courriels |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, e.entity, e.entityCountry]),
    [
      ['Hostique', 'Hostique SAS', 'FR'],
      ['Postal', 'unknown', undefined],
    ],
  );
});

test('a contact cell of address lines: the vendor’s own lines, its mailbox on the last one, before a representative’s or an attention line', () => {
  const en = `<table>
<tr><th>Name</th><th>Country</th><th>Privacy Contact</th></tr>
<tr><td>Nimbus, Inc.</td><td>U.S.</td><td>Nimbus, Inc.<br />40 Harbor Road<br />Austin, TX 78701 privacy@nimbus.example</td></tr>
<tr><td>Parcelo, Inc.</td><td>U.S.</td><td>Parcelo, Inc.<br />9 Pine Street<br />Portland, OR 97201<br />Attn.: Data Protection Officer</td></tr>
<tr><td>Quillmail, Inc.</td><td>U.S.</td><td><p>Quillmail, Inc.<br />3 Elm Street<br />Denver, CO 80202</p><strong>EU Representative:</strong><p>Repco Ltd<br />1 Quay Road<br />Cork T12 AB12<br />Ireland</p></td></tr>
<tr><td>Velto, Inc.</td><td>U.S.</td><td>Velto Pty Ltd c/o Velto, Inc.<br />8 Bay Street<br />Boston, MA 02110</td></tr>
<tr><td>Orbis, Inc.</td><td>U.S.</td><td><strong>EU Representative:</strong> Repco Ltd, 1 Quay Road, Cork T12 AB12, Ireland</td></tr>
</table>
`;
  assert.deepEqual(
    imported(en, 'p.html').map((e) => [e.name, e.entityCountry]),
    [
      ['Nimbus, Inc.', 'US'],
      ['Parcelo, Inc.', 'US'],
      // The representative's Irish address after Quillmail's own lines is no seat of Quillmail's.
      ['Quillmail, Inc.', 'US'],
      // Near misses: another company's address care of the vendor, a representative's address alone: no seat read.
      ['Velto, Inc.', undefined],
      ['Orbis, Inc.', undefined],
    ],
  );
  const fr = `<table>
<tr><th>Nom</th><th>Pays</th><th>Coordonnées</th></tr>
<tr><td>Hostique SAS</td><td>France</td><td>Hostique SAS<br />2 rue des Lilas<br />69003 Lyon, France dpo@hostique.example<br />Représentant UE : Repco Ltd, Cork, Irlande</td></tr>
<tr><td>Postal SA</td><td>Irlande</td><td>Représentant UE : Repco Ltd<br />1 Quay Road<br />Cork, Irlande</td></tr>
</table>
`;
  assert.deepEqual(
    imported(fr, 'p.html').map((e) => [e.name, e.entityCountry]),
    [
      ['Hostique SAS', 'FR'],
      ['Postal SA', undefined],
    ],
  );
});

test('a table copied one row per line, its cells set apart by bars with no "|---|" line; a row that lost its name cell names no vendor', () => {
  const en = [
    'Our sub-processors',
    'Vendor Name | Vendor address | Purpose | Data |',
    'Nimbus Cloud | Canada | Hosting | All customer data |',
    'Parcelo | Japan | Email delivery | Email addresses |',
    'Orbis | South America | Analytics | Usage data |',
    'South America | Support chat | Messages | |',
    'Velto | Canada | SMS | Phone numbers |',
    'We review this list every year.',
  ].join('\n');
  const read = readPage(en, 'p.txt');
  assert.deepEqual(
    imported(en, 'p.txt').map((e) => [e.name, e.entityCountry]),
    [
      ['Nimbus Cloud', 'CA'],
      ['Parcelo', 'JP'],
      ['Orbis', undefined],
      ['Velto', 'CA'],
    ],
  );
  assert.ok(unreadEn(read).some((u) => u.includes('South America | Support chat')));
  const fr = [
    '| Sous-traitant | Localisation | Finalité |',
    '| Hostique | France | Hébergement |',
    '| Postal | Irlande | Courriels |',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'p.txt').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Hostique', 'France'],
      ['Postal', 'Irlande'],
    ],
  );
  // Near misses: lines with bars whose first line names no vendor column ("Plan | Price | Seats") are no table of vendors;
  // a row whose name cell is filled stays an entry even when its last cell is empty.
  const plans = ['Plan | Price | Seats |', 'Starter | 10 € | 3 |', 'Team | 30 € | 10 |'].join('\n');
  assert.equal(readPage(plans, 'p.txt').entries.length, 0);
  const kept = ['Vendor | Location | Purpose | Notes |', 'Nimbus Cloud | Canada | Hosting | |', 'Parcelo | Japan | Email | |'].join('\n');
  assert.deepEqual(
    readPage(kept, 'p.txt').entries.map((e) => e.name),
    ['Nimbus Cloud', 'Parcelo'],
  );
});

test('a title line over a table, or opening the sentence under it, that names planned or former vendors: no entries of that table', () => {
  const en = [
    'Current sub-processors',
    '| Vendor | Purpose | Location |',
    '|---|---|---|',
    '| Nimbus Cloud | Hosting | Canada |',
    'Planned sub-processors',
    'We will add these vendors when we launch the mobile app.',
    '| Vendor | Purpose | Location |',
    '|---|---|---|',
    '| Parcelo | Push notifications | Japan |',
  ].join('\n');
  const read = readPage(en, 'p.md');
  assert.deepEqual(
    read.entries.map((e) => e.name),
    ['Nimbus Cloud'],
  );
  assert.ok(unreadEn(read).some((u) => /not current/.test(u)));
  const fr = [
    'Sous-traitants actuels',
    '',
    '| Sous-traitant | Finalité | Localisation |',
    '|---|---|---|',
    '| Hostique | Hébergement | France |',
    '',
    'Anciens sous-traitants',
    '',
    '| Sous-traitant | Finalité | Localisation |',
    '|---|---|---|',
    '| Postal | Courriels | Irlande |',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'p.md').entries.map((e) => e.name),
    ['Hostique'],
  );
  // Near miss: a title line that names the vendors in use, and a sentence that only mentions future changes, keep the table.
  const current = [
    'Sub-processors',
    '',
    'We may add vendors in future; we will notify you 30 days before.',
    '',
    '| Vendor | Purpose | Location |',
    '|---|---|---|',
    '| Nimbus Cloud | Hosting | Canada |',
  ].join('\n');
  assert.deepEqual(
    readPage(current, 'p.md').entries.map((e) => e.name),
    ['Nimbus Cloud'],
  );
});

test('a link a copied cell writes as Markdown ("[Acme DPA](https://…)") is read as a link: an agreement’s words give the DPA', () => {
  const en = [
    'Vendor | Purpose | Location | Notes |',
    'Nimbus Cloud | Hosting | Canada | Governed by the [Nimbus DPA](https://nimbus.example/legal/dpa). |',
    'Parcelo | Email | Japan | See the [Parcelo privacy policy](https://parcelo.example/privacy). |',
  ].join('\n');
  assert.deepEqual(
    imported(en, 'p.txt').map((e) => [e.name, e.dpa]),
    [
      ['Nimbus Cloud', { type: 'dpa', url: 'https://nimbus.example/legal/dpa' }],
      // Near miss: a link to the vendor's privacy policy is no agreement.
      ['Parcelo', undefined],
    ],
  );
  const fr = [
    'Sous-traitant | Finalité | Localisation | Remarques |',
    'Hostique | Hébergement | France | Voir l’[accord de traitement Hostique](https://hostique.example/accord-de-traitement). |',
    'Postal | Courriels | Irlande | Aucune |',
  ].join('\n');
  assert.deepEqual(
    imported(fr, 'p.txt').map((e) => [e.name, e.dpa]),
    [
      ['Hostique', { type: 'dpa', url: 'https://hostique.example/accord-de-traitement' }],
      ['Postal', undefined],
    ],
  );
});

test('a contact cell that gives another party’s address (a representative, an agent, an officer) says nothing of the vendor; a name’s own company wins', () => {
  const en = `| Sub-processor | Purpose | Contact |
|---|---|---|
| Nimbus Cloud Inc. | Hosting | EU representative: Repco GmbH, Friedrichstraße 10, 10117 Berlin, Germany |
| Parcelo LLC | Email | privacy@parcelo.example, c/o Datarep Ltd, 12 Harcourt Street, Dublin 2, D02 X123, Ireland |
| Velto Inc. | SMS | Our DPO: Acme Widgets SAS, 5 rue de la Paix, 75002 Paris, France |
| Orbis | Analytics | UK representative: Orbis UK Ltd, 1 King Street, London EC2V 8AU, United Kingdom |
| Quillon Inc. | Support | Quillon Europe GmbH, 4 Hauptstraße, 10115 Berlin, Germany |
`;
  assert.deepEqual(
    imported(en, 'p.md').map((e) => [e.name, e.entity, e.entityCountry]),
    [
      ['Nimbus Cloud Inc.', 'Nimbus Cloud Inc.', undefined],
      ['Parcelo LLC', 'Parcelo LLC', undefined],
      ['Velto Inc.', 'Velto Inc.', undefined],
      ['Orbis', 'unknown', undefined],
      // The name states its company: the contact's company is not put in its place.
      ['Quillon Inc.', 'Quillon Inc.', 'DE'],
    ],
  );
  const fr = `| Sous-traitant | Finalité | Coordonnées |
|---|---|---|
| Hostique | Hébergement | Représentant UE : Repco SARL, 2 rue des Lilas, 69003 Lyon, France |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, e.entity, e.entityCountry]),
    [['Hostique', 'unknown', undefined]],
  );
});

test('a contact column that holds an address on every row is no place of the data', () => {
  const en = `| Sub-processor | Purpose | Contact |
|---|---|---|
| Nimbus Cloud Inc. | Hosting | EU representative: Repco GmbH, Friedrichstraße 10, 10117 Berlin, Germany |
| Quillon Inc. | Support | Quillon Europe GmbH, 4 Hauptstraße, 10115 Berlin, Germany |
`;
  assert.deepEqual(
    imported(en, 'p.md').map((e) => [e.name, e.dataLocation]),
    [
      ['Nimbus Cloud Inc.', 'unknown'],
      ['Quillon Inc.', 'unknown'],
    ],
  );
  const fr = `| Sous-traitant | Finalité | Coordonnées |
|---|---|---|
| Hostique | Hébergement | Représentant UE : Repco SARL, 2 rue des Lilas, 69003 Lyon, France |
| Postal | Courriels | Mandataire : Datarep Ltd, 12 Harcourt Street, Dublin 2, Irlande |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, e.dataLocation]),
    [
      ['Hostique', 'unknown'],
      ['Postal', 'unknown'],
    ],
  );
  // Near miss: a column of places under a header of no meaning ("Traitement") is still the data's place.
  const places = `| Sous-traitant | Finalité | Traitement |
|---|---|---|
| Hostique | Hébergement | France |
| Postal | Courriels | Irlande |
`;
  assert.deepEqual(
    imported(places, 'p.md').map((e) => (e.dataLocation as { countries: string[] } | undefined)?.countries),
    [['FR'], ['IE']],
  );
});

test('a record of processing set as one table beside a table of the vendors: its recipients cells are no entries (French and English)', () => {
  const fr = `## Registre

| # | Traitement | Données | Destinataires / Sous-traitants | Base légale |
|---|---|---|---|---|
| 1 | Comptes | Email | Base de données (auto-hébergée) | Contrat |
| 2 | Connexion | Jeton | Aucun | Contrat |
| 3 | Résumés | Texte | Idem traitement n°1, Nuvola AI (si activé) | Consentement |

## Transferts hors UE

| Sous-traitant | Pays | Garanties |
|---|---|---|
| Nuvola AI | États-Unis | CCT |
| Hostique | France | Aucun transfert |
`;
  const page = readPage(fr, 'r.md');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Nuvola AI', 'Hostique'],
  );
  assert.ok(
    unreadEn(page).includes(
      "table 'Registre' (3 rows): a record of processing, one processing a row; the page lists its sub-processors in another table",
    ),
  );
  const en = `| Processing activity | Purpose | Recipients / Processors |
|---|---|---|
| Accounts | Sign-in | None |
| Billing | Invoices | Payline (card data) |

| Sub-processor | Country |
|---|---|
| Payline | Ireland |
`;
  assert.deepEqual(
    readPage(en, 'r.md').entries.map((e) => e.name ?? e.heading),
    ['Payline'],
  );
  // Near-miss: the record alone on its page is still read (no other table lists the vendors); and a table of vendors
  // whose column says what each one does ("Traitement réalisé") is no record of processing.
  const alone = `| Traitement | Finalité | Sous-traitant |
|---|---|---|
| Paiement | Encaissement | Payline |
| Envoi | Courriels | Postie |
`;
  assert.deepEqual(
    readPage(alone, 'r.md').entries.map((e) => e.name ?? e.heading),
    ['Payline', 'Postie'],
  );
  // A record whose recipients' cells each name one vendor is a list too, beside a transfers table naming only some of
  // them (review11's page).
  const named = `## Registre

| Traitement | Finalité | Sous-traitant | Base légale |
|---|---|---|---|
| Site | Mise en ligne | Hostique SAS | Contrat |
| Lettre | Envoi | Postie | Consentement |
| Paiement | Encaissement | Payline | Contrat |

## Transferts hors UE

| Sous-traitant | Pays | Garanties |
|---|---|---|
| Payline | États-Unis | CCT |
`;
  assert.deepEqual([...new Set(readPage(named, 'r.md').entries.map((e) => e.name ?? e.heading))], ['Hostique SAS', 'Postie', 'Payline']);
  const vendors = `| Partenaire | Traitement réalisé | Pays |
|---|---|---|
| Payline | Paiement | Irlande |

| Sous-traitant | Pays |
|---|---|
| Postie | France |
`;
  assert.deepEqual(
    readPage(vendors, 'r.md').entries.map((e) => e.name ?? e.heading),
    ['Payline', 'Postie'],
  );
});

test('a later table of recipients ("Tiers", "Destinataire", "Recipient" first) after a table of data and storage places is the list', () => {
  const fr = `# Confidentialité

## Données et lieux de stockage

| Catégorie de données | Finalité | Lieu de stockage |
|---|---|---|
| Identité | Compte | Nuagerie (France) |

## Destinataires

| Tiers | Rôle | Pays | Garanties |
|---|---|---|---|
| Nuagerie SAS | Hébergement | France | — |
| Payvia | Paiement | États-Unis | CCT |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, (e.dataLocation as Entry).countries, JSON.stringify(e.transfer ?? null)]),
    [
      ['Nuagerie SAS', ['FR'], 'null'],
      ['Payvia', ['US'], '{"mechanism":"scc"}'],
    ],
  );
  const html = `<h2>Données collectées</h2>
<table><tr><th>Données</th><th>Base légale</th><th>Hébergement</th></tr><tr><td>Nom</td><td>Contrat</td><td>Nuagerie, France</td></tr></table>
<h2>Destinataires des données</h2>
<table><tr><th>Destinataire</th><th>Finalité</th><th>Localisation</th></tr>
<tr><td>Nuagerie</td><td>Hébergement</td><td>France</td></tr><tr><td>Postlark</td><td>E-mails</td><td>Union européenne</td></tr></table>`;
  assert.deepEqual(
    imported(html, 'p.html').map((e) => [e.name, (e.dataLocation as Entry).countries]),
    [
      ['Nuagerie', ['FR']],
      ['Postlark', ['EU']],
    ],
  );
  const en = `| Data category | Retention | Stored in |
|---|---|---|
| Account | 3 years | EU |

| Recipient | Purpose | Country |
|---|---|---|
| Nuagix Ltd | Hosting | Ireland |
`;
  assert.deepEqual(
    imported(en, 'p.md').map((e) => e.name),
    ['Nuagix Ltd'],
  );
  // Near misses: a recipients column after a processing's name is each processing's; one beside no place or
  // safeguard says nothing of a transfer: no list of vendors.
  const register = `| Traitement | Destinataires | Pays |
|---|---|---|
| Paie | Service RH | France |
| Newsletter | Service marketing | France |
`;
  assert.deepEqual(readPage(register, 'p.md').entries, []);
  const bare = `| Destinataire | Finalité |
|---|---|
| Service comptable | Paie |
`;
  assert.deepEqual(readPage(bare, 'p.md').entries, []);
});

test('a later table naming vendors listed above (by their legal names, or their transfers) adds its facts to them: one entry each', () => {
  const en = `# Privacy

## Third-party services

| Service | Purpose |
|---|---|
| Nuagix | Hosting |
| Payvia | Payments |

## Sub-processors

| Entity | Location | Safeguard |
|---|---|---|
| Nuagix Inc. | United States | DPF |
| Payvia, Inc. | United States | SCCs |
| Postlark Ltd | United Kingdom | Adequacy |
`;
  assert.deepEqual(
    imported(en, 'p.md').map((e) => [e.name, e.entity, (e.dataLocation as Entry).countries, JSON.stringify(e.transfer)]),
    [
      ['Nuagix', 'Nuagix Inc.', ['US'], '{"mechanism":"dpf"}'],
      ['Payvia', 'Payvia, Inc.', ['US'], '{"mechanism":"scc"}'],
      ['Postlark Ltd', 'Postlark Ltd', ['GB'], '{"mechanism":"adequacy"}'],
    ],
  );
  const fr = `| Sous-traitant | Finalité | Pays |
|---|---|---|
| Nuagerie | Base de données | Irlande |
| Cervelle | IA | États-Unis |

## Transferts hors UE

| Destinataire | Pays | Mécanisme de transfert |
|---|---|---|
| Cervelle | États-Unis | CCT |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [e.name, JSON.stringify(e.transfer ?? null)]),
    [
      ['Nuagerie', 'null'],
      ['Cervelle', '{"mechanism":"scc"}'],
    ],
  );
  const transfers = `| Vendor | Purpose | Region |
|---|---|---|
| Edgeward | CDN | Global |
| Postlark | Email | USA |

### Transfers

| Vendor | Transfer mechanism |
|---|---|
| Edgeward, Inc. | DPF |
| Postlark (Mailhouse LLC) | SCCs |
`;
  assert.deepEqual(
    imported(transfers, 'p.md').map((e) => [e.name, JSON.stringify(e.transfer)]),
    [
      ['Edgeward', '{"mechanism":"dpf"}'],
      ['Postlark', '{"mechanism":"scc"}'],
    ],
  );
  // Near miss: a later table of any companies ("Company | Country | Since") gives no vendor its legal name (review12).
  const customers = `| Vendor | Purpose | Location |
|---|---|---|
| Postlark | Email | United States |

## Companies that trust us

| Company | Country | Since |
|---|---|---|
| Postlark Inc. | Canada | 2021 |
`;
  assert.equal(imported(customers, 'p.md')[0]!.entity, 'unknown');
  // Near miss: two rows of one table naming the same vendor (one per region) stay two entries.
  const regions = `| Vendor | Purpose | Region |
|---|---|---|
| Nuagix | Hosting | EU |
| Nuagix | Hosting | USA |
`;
  assert.equal(imported(regions, 'p.md').length, 2);
});

test('a mechanism in a column of the contract or the framework, or beside a training clause in its cell: both facts read', () => {
  const en = `| Vendor | Purpose | Location | Contract type |
|---|---|---|---|
| Nuagix | Hosting | Germany | DPA |
| Cervelle | AI | USA | DPA + SCCs |
| Parlance | AI | USA | SCCs; no training on your data |
`;
  assert.deepEqual(
    imported(en, 'p.md').map((e) => [
      e.name,
      JSON.stringify(e.transfer ?? null),
      JSON.stringify((e.ai as Entry | undefined)?.trainsOnCustomerData ?? null),
    ]),
    [
      ['Nuagix', 'null', 'null'],
      ['Cervelle', '{"mechanism":"scc"}', 'null'],
      ['Parlance', '{"mechanism":"scc"}', 'false'],
    ],
  );
  const fr = `| Sous-traitant | Finalité | Pays | Garanties |
|---|---|---|---|
| Cervelle | IA | États-Unis | Clauses contractuelles types, données non utilisées pour l'entraînement |
| Nuagerie | Hébergement | France | — |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => [
      e.name,
      JSON.stringify(e.transfer ?? null),
      JSON.stringify((e.ai as Entry | undefined)?.trainsOnCustomerData ?? null),
    ]),
    [
      ['Cervelle', '{"mechanism":"scc"}', 'false'],
      ['Nuagerie', 'null', 'null'],
    ],
  );
  const framework = `| Vendor | Location | Framework |
|---|---|---|
| Nuagix | USA | EU-US Data Privacy Framework |
| Postlark | USA | Standard Contractual Clauses |
`;
  assert.deepEqual(
    imported(framework, 'p.md').map((e) => (e.transfer as Entry).mechanism),
    ['dpf', 'scc'],
  );
  // Near misses: a mechanism a clause leaves open stays open; "not used" of the clauses themselves denies them.
  for (const cell of ['SCCs, where applicable', 'Clauses contractuelles types, non utilisées'])
    assert.doesNotMatch(
      JSON.stringify(
        imported(`| Vendor | Location | Safeguards |\n|---|---|---|\n| Nuagix | USA | ${cell} |\n`, 'p.md')[0]!.transfer ?? null,
      ),
      /scc/,
      cell,
    );
  // review12: a contract column whose words deny the clauses ("DPA; no SCCs", « Contrat ; pas de CCT », "DPA (SCCs not
  // required)") states no mechanism, in a DPA column as in a transfer one; the same column naming them states them.
  const contract = (header: string, cell: string) =>
    JSON.stringify(imported(`| Vendor | Location | ${header} |\n|---|---|---|\n| Nuagix | USA | ${cell} |\n`, 'p.md')[0]!.transfer ?? null);
  for (const [header, cell] of [
    ['Contract type', 'DPA; no SCCs'],
    ['Contract type', 'DPA (SCCs not required)'],
    ['Type de contrat', 'Contrat ; pas de CCT'],
    ['DPA', 'Signed DPA, no SCCs needed'],
  ])
    assert.doesNotMatch(contract(header!, cell!), /scc/, cell);
  assert.equal(contract('Type de contrat', 'DPA et CCT'), '{"mechanism":"scc"}');
});

test('rows naming the publisher\'s own provider or a protocol\'s provider, no vendor ("Our Swedish hosting provider", "SMTP provider", "Notre hébergeur"): no entry, said not read', () => {
  const en = `| Vendor | Purpose | Location |
|---|---|---|
| Our Swedish hosting provider | Hosting | Sweden |
| SMTP provider | Email | EU |
| Payment processor | Payments | EU |
| Nuagix | Analytics | Germany |
| Stackly (self-hosted) | Routing | Germany |
`;
  const read = readPage(en, 'p.md');
  assert.deepEqual(
    imported(en, 'p.md').map((e) => e.name),
    ['Nuagix', 'Stackly (self-hosted)'],
  );
  const said = unreadEn(read).join('; ');
  for (const role of ['Our Swedish hosting provider', 'SMTP provider', 'Payment processor'])
    assert.ok(said.includes(`row '${role}': a role, no vendor named`), said);
  const fr = `| Prestataire | Rôle | Pays |
|---|---|---|
| Notre hébergeur | Hébergement | France |
| Nuagerie | Courriels | France |
`;
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => e.name),
    ['Nuagerie'],
  );
  // Near misses: a brand after the possessive, or a role whose company the row names, stays an entry.
  const kept = `| Vendor | Purpose | Entity |
|---|---|---|
| Our Nuagix cluster | Hosting | — |
| SMTP provider | Email | Postlark Ltd |
`;
  assert.deepEqual(
    imported(kept, 'p.md').map((e) => e.name),
    ['Our Nuagix cluster', 'SMTP provider'],
  );
});
