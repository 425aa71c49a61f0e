/**
 * Shapes the readers once refused (issue 22, holdout13's French lists): a document a component holds as data, each
 * read by its structure, each with the near-miss that must stay unread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { codeDocumentBlocks } from './read/codeDocument';
import { placeAndMechanisms, registerCountry } from './wording';

const read = (text: string, file: string) =>
  readPage(text, file).entries.map((e) => [
    e.name ?? e.heading,
    ...e.facts.filter((f) => f.key !== 'purpose').map((f) => `${f.key}=${f.value}`),
  ]);

const legalPage = (sections: string) =>
  [
    "import { LegalPage } from '@/components/legal-page';",
    "const UPDATED = '3 mars 2026';",
    `const SECTIONS = ${sections};`,
    'export default function Page() {',
    '  return <LegalPage title="Confidentialité" updatedAt={UPDATED} sections={SECTIONS} />;',
    '}',
  ].join('\n');

test('a document held as data: its headings, paragraphs and definition items are the page (French and English)', () => {
  const fr = legalPage(`[
  { heading: 'Qui traite vos données', blocks: [
    { kind: 'paragraph', text: 'Vos données sont traitées par les prestataires ' + 'suivants :' },
    { kind: 'definitions', items: [
      { term: 'Nuagique', text: 'Hébergement de la base. Serveurs situés en Allemagne.' },
      { term: 'Postale', text: \`Envoi des courriels de \${APP_NAME}.\` },
    ] },
  ] },
  { heading: 'Vos droits', blocks: [{ kind: 'paragraph', text: 'Vous pouvez nous écrire.' }] },
]`);
  assert.deepEqual(read(fr, 'p.html'), [['Nuagique', 'dataLocation=Allemagne'], ['Postale']]);
  assert.equal(readPage(fr, 'p.html').lastUpdated, '3 mars 2026');
  const en = legalPage(`[
  { title: 'Who processes your data', content: [
    { paragraph: 'We rely on the following providers:' },
    { label: 'Hostico', description: 'Database hosting. Servers located in Ireland.' },
    { label: 'Mailora', description: 'Reminder emails.' },
  ] },
] as const`);
  assert.deepEqual(read(en, 'p.html'), [['Hostico', 'dataLocation=Ireland'], ['Mailora']]);
});

test('a document held as data: a glossary or a list of the data collected gives no vendor', () => {
  const glossary = legalPage(`[
  { heading: 'Définitions', blocks: [
    { kind: 'definitions', items: [
      { term: 'Donnée personnelle', text: 'Toute information se rapportant à une personne physique identifiée.' },
      { term: 'Traitement', text: 'Toute opération appliquée à des données personnelles.' },
    ] },
  ] },
]`);
  assert.deepEqual(read(glossary, 'p.html'), []);
  const kinds = legalPage(`[
  { heading: 'Data we collect', blocks: [
    { kind: 'definitions', items: [
      { term: 'Identity', text: 'Your name and email address.' },
      { term: 'Journeys', text: 'The distance and means of each trip.' },
    ] },
  ] },
]`);
  assert.deepEqual(read(kinds, 'p.html'), []);
});

test('a document held as data: the same term twice, each with a role of its own, is two entries', () => {
  const page = legalPage(`[
  { heading: 'Qui traite vos données', blocks: [
    { kind: 'paragraph', text: 'Nous faisons appel aux prestataires suivants :' },
    { kind: 'definitions', items: [
      { term: 'Nuagique', text: 'Hébergement.' },
      { term: 'Gogol', text: 'Notifications.' },
      { term: 'Gogol', text: 'Connexion avec un compte Gogol.' },
    ] },
  ] },
]`);
  assert.deepEqual(read(page, 'p.html'), [['Nuagique'], ['Gogol'], ['Gogol']]);
});

test('a document held as data: code that is no literal is passed over, a literal left open gives nothing', () => {
  const blocks = codeDocumentBlocks(
    "const S = [{ heading: 'A', onClick: () => { go('x'); }, text: f('y'), blocks: [{ kind: 'p', text: 'Un texte.' }] }];",
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, 'text' in b ? b.text : '']),
    [
      ['heading', 'A'],
      ['paragraph', 'Un texte.'],
    ],
  );
  assert.deepEqual(codeDocumentBlocks("const S = [{ heading: 'A', text: 'Un texte.' "), []);
});

test('a document held as data: a block of statements in brackets is no literal, and is read once', () => {
  assert.deepEqual(codeDocumentBlocks('const f = [a; b]; const g = {x; y}; const h = [1, ;]'), []);
  const long = `const f = [${'{ a: [x; '.repeat(2000)}`;
  const start = process.cpuUsage();
  assert.deepEqual(codeDocumentBlocks(long), []);
  const { user, system } = process.cpuUsage(start);
  assert.ok((user + system) / 1000 < 2000, 'under 2 s of processor time');
});

test('one line "Name : role" per recipient under a heading about the recipients: an entry each (French and English)', () => {
  const fr = [
    '<h2>3) Données collectées</h2>',
    '<p>Formulaire de contact : nom, prénom, email.</p>',
    '<p>Messages de contact : 3 ans après le dernier échange.</p>',
    '<h2>5) Destinataires et sous-traitants</h2>',
    '<p>Nuagique : hébergement du site et statistiques.</p>',
    '<p>Postale (Courriel) : réception des messages du formulaire.</p>',
    '<h2>6) Transferts</h2>',
    '<p>Nuagique et Postale sont certifiés dans le cadre du Data Privacy Framework (DPF).</p>',
    '<h2>7) Contact</h2>',
    '<p>Email de contact (droits RGPD) : vie.privee@exemple.fr</p>',
  ].join('\n');
  assert.deepEqual(read(fr, 'p.html'), [
    ['Nuagique', 'transfer=Nuagique et Postale sont certifiés dans le cadre du Data Privacy Framework (DPF).'],
    ['Postale (Courriel)', 'transfer=Nuagique et Postale sont certifiés dans le cadre du Data Privacy Framework (DPF).'],
  ]);
  assert.equal(readPage(fr, 'p.html').contact, 'vie.privee@exemple.fr');
  const en = [
    '<h2>Recipients</h2>',
    '<ul><li>Hostico Cloud: hosting of the application.</li><li>Mailora: delivery of reminder emails.</li></ul>',
    '<p>Hostico Cloud is certified under the EU-U.S. Data Privacy Framework. Mailora may be certified under the DPF.</p>',
  ].join('\n');
  assert.deepEqual(read(en, 'p.html'), [
    ['Hostico Cloud', 'transfer=Hostico Cloud is certified under the EU-U.S. Data Privacy Framework.'],
    ['Mailora'],
  ]);
});

test('a line under a heading about the recipients whose rest is only an address or a number (a contact) gives no entry', () => {
  const fr = [
    '<h2>Destinataires</h2>',
    '<p>Nuagique : hébergement du site.</p>',
    '<p>Postale : envoi des courriels.</p>',
    '<p>Contact : vie.privee@exemple.fr</p>',
    '<p>Téléphone : 01 23 45 67 89</p>',
  ].join('\n');
  assert.deepEqual(read(fr, 'p.html'), [['Nuagique'], ['Postale']]);
  const en = [
    '<h2>Recipients</h2>',
    '<p>Hostico: hosting of the application.</p>',
    '<p>Mailora: reminder emails.</p>',
    '<p>Enquiries: privacy@example.org</p>',
    '<p>Website: https://www.example.org</p>',
  ].join('\n');
  assert.deepEqual(read(en, 'p.html'), [['Hostico'], ['Mailora']]);
});

test('lines under a heading about the recipients that name kinds of recipient, or labels, give no entry', () => {
  const fr = [
    '<h2>Destinataires des données</h2>',
    '<p>Personnel habilité : accès aux seules données nécessaires.</p>',
    '<p>Autorités : sur réquisition judiciaire.</p>',
    '<p>Prestataires : hébergement et maintenance.</p>',
  ].join('\n');
  assert.deepEqual(read(fr, 'p.html'), []);
  const en = ['<h2>Recipients</h2>', '<p>Staff: on a need-to-know basis.</p>', '<p>Purpose: to answer your requests.</p>'].join('\n');
  assert.deepEqual(read(en, 'p.html'), []);
});

test('a bracket in a sentence about the sub-processors naming each with its place: an entry each (French and English)', () => {
  const fr = [
    '# Accord de traitement',
    '## Transferts',
    'Certains sous-traitants ultérieurs traitent des données hors de l’EEE (notamment Nuagique Singapour, Relais mondial, Postale Allemagne — UE).',
    '',
    'Le Data Privacy Framework (DPF) lorsque le sous-traitant est certifié (cas de Relais et de plusieurs autres fournisseurs).',
  ].join('\n');
  assert.deepEqual(read(fr, 'p.md'), [
    ['Nuagique', 'dataLocation=Singapour'],
    ['Relais', 'dataLocation=mondial', 'transfer=Le Data Privacy Framework (DPF)'],
    ['Postale', 'dataLocation=Allemagne — UE'],
  ]);
  const en = [
    '# Transfers',
    'Some of our sub-processors process data outside the EEA (e.g. Hostico United States and Mailora Canada).',
    '',
    'The Data Privacy Framework applies where the provider is certified.',
  ].join('\n');
  assert.deepEqual(read(en, 'p.md'), [
    ['Hostico', 'dataLocation=United States'],
    ['Mailora', 'dataLocation=Canada'],
  ]);
});

test('a bracket of kinds of data, or of names with no place, in a sentence about the sub-processors gives no entry', () => {
  assert.deepEqual(
    read('# Sous-traitants\nNos sous-traitants reçoivent certaines données (notamment nom, adresse e-mail, téléphone).\n', 'p.md'),
    [],
  );
  assert.deepEqual(read('# Sub-processors\nOur sub-processors (Hosting, Payments) process data for us.\n', 'p.md'), []);
});

test('a line labelled as the contact for personal data is the contact, before the officer’s address', () => {
  const md = [
    '# Accord',
    '- Contact RGPD : vie.privee@exemple.fr',
    '- Délégué à la Protection des Données : dpo@exemple.fr',
    '',
    '## Sous-traitants',
    'Nous faisons appel aux sous-traitants suivants : Nuagique (hébergement), Postale (courriels).',
  ].join('\n');
  assert.equal(readPage(md, 'p.md').contact, 'vie.privee@exemple.fr');
});

test('a legal notice’s host "hébergé en France par la société X", its legal name and address on the next line', () => {
  const fr = [
    'Mentions légales',
    '',
    'Hébergement',
    '',
    'Le site est hébergé en France par la société NUAGIQUE (Groupe Exemple).',
    '',
    'NUAGIQUE HÉBERGEMENT – 12 rue des Serveurs 75001 Paris, France',
  ].join('\n');
  const page = readPage(fr, 'p.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.entity, ...e.facts.filter((f) => f.key !== 'purpose').map((f) => `${f.key}=${f.value}`)]),
    [['NUAGIQUE', 'NUAGIQUE HÉBERGEMENT', 'dataLocation=France', 'entityCountry=12 rue des Serveurs 75001 Paris, France']],
  );
  const en = 'Legal notice\n\nHosting\n\nThis website is hosted in Germany by the company Hostico.\n';
  assert.deepEqual(read(en, 'p.txt'), [['Hostico', 'dataLocation=Germany']]);
  // Hosted by the publisher itself: no vendor.
  assert.deepEqual(read('Mentions légales\n\nLe site est hébergé en France par nos soins.\n', 'p.txt'), []);
});

test('beside a list, a vendor a hosting section names with its company and address in brackets; where its data is sent', () => {
  const fr = [
    '# Politique',
    '## 4. Hébergement et infrastructure',
    'Nous hébergeons les pages statiques chez Relais (Relais, Inc., 10 Main Street, Austin, TX 78701, USA). Nous exploitons la base sur nos propres serveurs en Suisse.',
    '',
    'Relais est certifié au titre du Data Privacy Framework UE–États-Unis. Nous nous appuyons en outre sur des clauses contractuelles types.',
    '## 5. Sous-traitants',
    'Nous faisons appel aux sous-traitants suivants :',
    '',
    '* Postale (Postale Ltd., Royaume-Uni) — envoi des courriels.',
    '* Nuagique (Suisse) — sauvegardes.',
    '## 6. Transferts',
    'En dehors de la Suisse, les données sont transmises à Relais (USA, pages statiques) et à Postale (Royaume-Uni).',
  ].join('\n');
  const page = readPage(fr, 'p.md');
  const relais = page.entries.find((e) => e.name === 'Relais')!;
  assert.equal(relais.entity, 'Relais, Inc.');
  assert.deepEqual(
    relais.facts.map((f) => `${f.key}=${f.value}`),
    [
      'entityCountry=10 Main Street, Austin, TX 78701, USA',
      'transfer=Relais est certifié au titre du Data Privacy Framework UE–États-Unis.',
      'transfer=Nous nous appuyons en outre sur des clauses contractuelles types.',
      'dataLocation=USA',
    ],
  );
  assert.ok(
    page.entries.find((e) => e.name?.startsWith('Postale'))!.facts.some((f) => f.value === 'Royaume-Uni' && f.key === 'dataLocation'),
  );
  const en = [
    '# Hosting',
    'Our static pages are served by Hostico (Hostico GmbH, Hauptstrasse 1, 10115 Berlin, Germany).',
    'Hostico is certified under the EU-U.S. Data Privacy Framework. For other providers we also rely on SCCs.',
  ].join('\n');
  const hosted = readPage(en, 'p.md').entries;
  assert.deepEqual(
    hosted.map((e) => [e.name, e.entity, ...e.facts.map((f) => f.key)]),
    [['Hostico', 'Hostico GmbH', 'entityCountry', 'transfer']],
  );
});

test('a hosting section’s bracket that is no company, and a sending denied, give nothing', () => {
  assert.deepEqual(read('# Hébergement\nLe site est servi chez Relais (offre mutualisée, Europe).\n', 'p.md'), []);
  const md = [
    '# Sous-traitants',
    'Nous faisons appel aux sous-traitants suivants : Relais (hébergement), Postale (courriels).',
    '',
    'Les données ne sont pas transmises à Relais (USA) ni à Postale (Canada).',
  ].join('\n');
  assert.deepEqual(read(md, 'p.md'), [['Relais'], ['Postale']]);
});

test('a name’s bracket in a sentence list: "localisation UE - eu-west-1", a place with its cloud region (French and English)', () => {
  const fr =
    'Nous recourons aux sous-traitants suivants : Nuagique (base de données, localisation UE - eu-west-1), Postale (courriels, localisation UE).';
  assert.deepEqual(read(`<p>${fr}</p>`, 'p.html'), [
    ['Nuagique', 'dataLocation=UE - eu-west-1'],
    ['Postale', 'dataLocation=UE'],
  ]);
  const en = 'We use the following sub-processors: Hostico (database, location EU - eu-central-1), Mailora (email, location EU).';
  assert.deepEqual(read(`<p>${en}</p>`, 'p.html'), [
    ['Hostico', 'dataLocation=EU - eu-central-1'],
    ['Mailora', 'dataLocation=EU'],
  ]);
});

test('a place whose bracket names a mechanism and the vendor it is signed with: the place, then the mechanism', () => {
  assert.deepEqual(placeAndMechanisms('UE + hors UE possible (CCT Nuagique)'), { places: 'UE + hors UE possible', mechanisms: ['scc'] });
  assert.deepEqual(placeAndMechanisms('EU (SCCs Hostico)'), { places: 'EU', mechanisms: ['scc'] });
  // A bracket that says more than a mechanism and a name is no place's.
  assert.deepEqual(placeAndMechanisms('UE (CCT signées avec chaque prestataire)').places, '');
});

test('"your data is hosted in X" introducing a list: X for the entries whose role hosts the data (French and English)', () => {
  const fr = [
    '<h2>Qui traite tes données</h2>',
    '<p>Tes données sont hébergées dans l’Union européenne. Nous faisons appel aux prestataires suivants :</p>',
    '<dl><dt>Nuagique</dt><dd>Base de données et hébergement des données applicatives. Serveurs situés en Allemagne.</dd>',
    '<dt>Vitrine</dt><dd>Hébergement de la version web de l’application.</dd></dl>',
  ].join('\n');
  assert.deepEqual(read(fr, 'p.html'), [['Nuagique', 'dataLocation=Allemagne', 'dataLocation=Union européenne'], ['Vitrine']]);
  const en = [
    '<h2>Who processes your data</h2>',
    '<p>Your data is stored in the EU. We use the following providers:</p>',
    '<dl><dt>Hostico</dt><dd>Database hosting.</dd><dt>Mailora</dt><dd>Reminder emails.</dd></dl>',
  ].join('\n');
  assert.deepEqual(read(en, 'p.html'), [['Hostico', 'dataLocation=EU'], ['Mailora']]);
  const may = en.replace('Your data is stored in the EU.', 'Your data may be stored in the EU.');
  assert.deepEqual(read(may, 'p.html'), [['Hostico'], ['Mailora']]);
});

test('"your data is hosted in X or Y" introducing a list offers places the page does not settle: no place for the entries', () => {
  const fr = [
    '<h2>Qui traite tes données</h2>',
    '<p>Tes données sont hébergées en Belgique ou au Canada selon ton abonnement. Nous faisons appel aux prestataires suivants :</p>',
    '<dl><dt>Nuagique</dt><dd>Base de données.</dd><dt>Postale</dt><dd>Envoi des courriels.</dd></dl>',
  ].join('\n');
  assert.deepEqual(read(fr, 'p.html'), [['Nuagique'], ['Postale']]);
  const en = [
    '<h2>Who processes your data</h2>',
    '<p>Your data is stored in Sweden or Japan. We use the following providers:</p>',
    '<dl><dt>Hostico</dt><dd>Database hosting.</dd><dt>Mailora</dt><dd>Reminder emails.</dd></dl>',
  ].join('\n');
  assert.deepEqual(read(en, 'p.html'), [['Hostico'], ['Mailora']]);
});

test('a labelled line "Role : Vendor (where its machines are)" elsewhere on the page: the vendor’s place', () => {
  const fr = [
    '<h2>2) À propos du site</h2>',
    '<p>Hébergement et diffusion : Nuagique (infrastructure edge mondiale).</p>',
    '<p>Hébergeur : Postale (France).</p>',
    '<h2>6) Destinataires et sous-traitants</h2>',
    '<p>Nuagique : hébergement du site.</p>',
    '<p>Postale : envoi des courriels.</p>',
  ].join('\n');
  // A country alone in the brackets: where the company is (the corpus convention), never where its data goes.
  assert.deepEqual(read(fr, 'p.html'), [
    ['Nuagique', 'dataLocation=infrastructure edge mondiale'],
    ['Postale', 'entityCountry=France'],
  ]);
  const en = [
    '<p>Hosting: Hostico (edge network worldwide).</p>',
    '<h2>Recipients</h2>',
    '<p>Hostico: hosting of the site.</p>',
    '<p>Mailora: reminder emails.</p>',
  ].join('\n');
  assert.deepEqual(read(en, 'p.html'), [['Hostico', 'dataLocation=edge network worldwide'], ['Mailora']]);
});

test('a host’s registration at the French RCS, with its nine-digit number, on a line after it: a company established in France', () => {
  const fr = [
    'Hébergement',
    '',
    'Le site est hébergé en France par la société NUAGIQUE.',
    '',
    'NUAGIQUE HÉBERGEMENT – 12 rue des Serveurs 94200 IVRY-SUR-SEINE',
    '',
    'SAS au capital de 10 000 € – RCS Créteil 123 456 789',
  ].join('\n');
  const host = readPage(fr, 'p.txt').entries[0]!;
  assert.deepEqual(
    host.facts.filter((f) => f.key === 'entityCountry').map((f) => f.value),
    ['RCS Créteil 123 456 789'],
  );
  assert.equal(registerCountry('RCS Créteil 123 456 789'), 'FR');
  assert.equal(registerCountry('R.C.S. Paris B 123 456 789'), 'FR');
  // Luxembourg's register: a letter and six digits, no French company.
  assert.equal(registerCountry('RCS Luxembourg B 123456'), undefined);
});

test('a register on a line after the host that names another company (the publisher) gives the host no country', () => {
  const countryOf = (text: string) =>
    readPage(text, 'p.txt')
      .entries[0]?.facts.filter((f) => f.key === 'entityCountry')
      .map((f) => f.value);
  const fr = [
    'Le site est hébergé par la société Nuvola.',
    '',
    'NUVOLA CLOUD LTD – 12 Harbour Road, Galway',
    '',
    'Le site est édité par Boutiquette SAS – RCS Nantes 987 654 321',
  ].join('\n');
  assert.deepEqual(countryOf(fr), []);
  const en = [
    'The site is hosted by Nuvola.',
    '',
    'Nuvola Cloud Ltd – 12 Harbour Road, Galway',
    '',
    'Publisher: Boutiquette SAS, RCS Nantes 987 654 321',
  ].join('\n');
  assert.deepEqual(countryOf(en), []);
  // The host's own register, its name before it, still gives France.
  assert.deepEqual(countryOf(fr.replace(/Le site est édité par Boutiquette SAS/, 'Nuvola Cloud, SAS au capital de 5 000 €')), [
    'RCS Nantes 987 654 321',
  ]);
});

test('a DPF certification its sentence leaves open after it ("where applicable", "le cas échéant", "if …") is no mechanism', () => {
  const page = (heading: string, lines: string[], sentence: string) =>
    [`<h2>${heading}</h2>`, ...lines.map((l) => `<p>${l}</p>`), `<p>${sentence}</p>`].join('\n');
  const fr = (sentence: string) =>
    read(page('Destinataires', ['Nuagique : hébergement du site.', 'Postale : envoi des courriels.'], sentence), 'p.html');
  const en = (sentence: string) =>
    read(page('Recipients', ['Hostico Cloud: hosting of the application.', 'Mailora: delivery of emails.'], sentence), 'p.html');
  for (const sentence of [
    'Nuagique et Postale sont certifiés DPF le cas échéant.',
    'Nuagique et Postale sont certifiés dans le cadre du Data Privacy Framework lorsque c’est requis.',
  ])
    assert.deepEqual(fr(sentence), [['Nuagique'], ['Postale']], sentence);
  for (const sentence of [
    'Hostico Cloud and Mailora are certified under the Data Privacy Framework where applicable.',
    'Hostico Cloud and Mailora rely on being certified under the EU-U.S. DPF if they are certified.',
  ])
    assert.deepEqual(en(sentence), [['Hostico Cloud'], ['Mailora']], sentence);
  // Near-misses: the words that leave a case open cover another mechanism, or another sentence; the DPF stays stated.
  const frStated = 'Nuagique et Postale sont certifiés DPF et, le cas échéant, signent des clauses contractuelles types.';
  assert.deepEqual(fr(frStated), [
    ['Nuagique', `transfer=${frStated}`],
    ['Postale', `transfer=${frStated}`],
  ]);
  const enStated = 'Hostico Cloud is certified under the EU-U.S. Data Privacy Framework. Where applicable, we also use SCCs.';
  assert.deepEqual(en(enStated), [
    ['Hostico Cloud', 'transfer=Hostico Cloud is certified under the EU-U.S. Data Privacy Framework.'],
    ['Mailora'],
  ]);
});
