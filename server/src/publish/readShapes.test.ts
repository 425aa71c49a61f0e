/** The shapes a page's entries come in, read by structure (issue 22): what makes an entry, and what a sentence is about. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { detectPageFormat, readPage } from './readPage';
import { pageToInventory } from './importPage';
import { markdownBlocks } from './read/markdown';
import { unreadText } from './importWords';
import type { Unread } from './read/unread';

/** What the reader set aside, in English (as `subproc import` says it). */
const unreadEn = (page: { unread: readonly Unread[] }): string[] => page.unread.map((u) => unreadText(u, 'en'));

const markdownParagraphs = (md: string) => markdownBlocks(md).blocks.filter((b) => b.kind === 'paragraph').length;

const transfers = (text: string, file: string) =>
  readPage(text, file).entries.map((e) => [e.name ?? e.heading, e.facts.find((f) => f.key === 'transfer')?.value]);

test('a sentence under a table naming a transfer mechanism goes to the rows it names, else to every row', () => {
  const table = '| Vendor | Location |\n|---|---|\n| Acme | United States |\n| Beta | United States |\n| Gamma | Canada |\n';
  const some = 'Standard Contractual Clauses documented for Acme and Gamma.';
  assert.deepEqual(transfers(`${table}\n${some}\n`, 'p.md'), [
    ['Acme', some],
    ['Beta', undefined],
    ['Gamma', some],
  ]);
  const all = 'Transfers rely on the Standard Contractual Clauses.';
  assert.deepEqual(
    transfers(`${table}\n${all}\n`, 'p.md').map(([, t]) => t),
    [all, all, all],
  );
});

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('"Name (Country et mondial) : role" in an introduced list: the company\'s country, and the world where it operates', () => {
  const places = (md: string) =>
    (
      pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).value as {
        subprocessors: { entityCountry?: string; dataLocation?: { countries: string[] } }[];
      }
    ).subprocessors.map((e) => [e.entityCountry, e.dataLocation?.countries]);
  const fr =
    'Nos fournisseurs traitent vos renseignements pour notre compte :\n\n- Relais (Canada et mondial) : réseau de diffusion.\n- Postier (Suisse) : courriels.\n';
  assert.deepEqual(places(fr), [
    ['CA', ['GLOBAL']],
    ['CH', undefined],
  ]);
  const en =
    'Our service providers process your information on our behalf:\n\n- Relais (Canada and worldwide): content delivery.\n- Postier (Switzerland): email.\n';
  assert.deepEqual(places(en), [
    ['CA', ['GLOBAL']],
    ['CH', undefined],
  ]);
});

test('a component rendering its array of vendors: the markup around the list still gives the page its contact', () => {
  const component = (contact: string, heading: string) =>
    [
      'const vendors = [',
      '  { name: "Nuagier", region: "UE" },',
      '  { name: "Courrielle", region: "USA" },',
      '];',
      'export default function Privacy() {',
      '  return (',
      '    <main>',
      `      <h2>${heading}</h2>`,
      '      <ul>{vendors.map((v) => <li key={v.name}>{v.name} — {v.region}</li>)}</ul>',
      `      <p>${contact} <a href="mailto:privacy@exemple.org">privacy@exemple.org</a></p>`,
      '    </main>',
      '  );',
      '}',
    ].join('\n');
  for (const [contact, heading] of [
    ['Pour exercer vos droits, écrivez à :', 'Sous-traitants'],
    ['To exercise your rights, write to:', 'Sub-processors'],
  ]) {
    const page = readPage(component(contact!, heading!), 'Privacy.html');
    assert.deepEqual(
      page.entries.map((e) => e.name ?? e.heading),
      ['Nuagier', 'Courrielle'],
    );
    assert.match(page.contact ?? '', /privacy@exemple\.org/);
  }
});

test('a table headed "Partenaire | Traitement réalisé | Pays destinataire" lists the vendors, not the bold-led items above it', () => {
  const fr = [
    'La plateforme traite les données suivantes :',
    '',
    '* **Données du compte** : nom, adresse électronique ;',
    '* **Journaux** : identifiant de connexion.',
    '',
    '| Partenaire | Traitement réalisé | Pays destinataire |',
    '|---|---|---|',
    '| Nuagier SAS | Hébergement | France |',
    '| Courrielle | Envoi de courriels | Belgique |',
  ].join('\n');
  assert.deepEqual(names(fr, 'p.md'), ['Nuagier SAS', 'Courrielle']);
  const en = ['| Partners | Processing | Recipient country |', '|---|---|---|', '| Cloudnest | Hosting | Ireland |'].join('\n');
  assert.deepEqual(names(en, 'p.md'), ['Cloudnest']);
});

test('a French DPA\'s processor, "le Sous-traitant", announcing what it does over a list names no parties: its sub-processors do', () => {
  const md = [
    '## Sécurité',
    '',
    'Le Sous-traitant met en œuvre les mesures suivantes :',
    '',
    '- Chiffrement au repos',
    '- Journalisation des accès',
    '',
    '## Sous-traitants ultérieurs',
    '',
    'Le Sous-traitant fait appel aux sous-traitants ultérieurs suivants :',
    '',
    '- Nuagier SAS (hébergement) - France',
    '- Courrielle (courriels) - USA',
  ].join('\n');
  assert.deepEqual(names(md, 'dpa.md'), ['Nuagier SAS (hébergement)', 'Courrielle (courriels)']);
  // Its plural, a controller's own processors, still announce them.
  assert.deepEqual(names('Nos sous-traitants :\n\n- Nuagier\n- Courrielle\n', 'p.md'), ['Nuagier', 'Courrielle']);
});

test('"Name: …" lines, numbered or not, each over labelled lines, are one entry each; not the name of a headed entry', () => {
  const text = [
    'Our partners',
    'They may process personal data on our behalf:',
    '1. Name: Acme Mail',
    'Website: https://acme.example/',
    'Purpose: Email delivery',
    '2. Name: Beta Chat',
    'Website: https://beta.example/',
    'Purpose: Live chat for support',
  ].join('\n');
  for (const page of [text, text.replace(/^\d\. /gm, '')]) {
    const read = readPage(page, 'p.txt');
    assert.deepEqual(
      read.entries.map((e) => [e.heading, e.facts.map((f) => f.label)]),
      [
        ['Acme Mail', ['Website', 'Purpose']],
        ['Beta Chat', ['Website', 'Purpose']],
      ],
    );
  }
  // Under a heading, its one "Name:" line says more about the heading's entry, no entry of its own.
  assert.deepEqual(names('### Stripe\n\n- Name: Stripe, Inc.\n- Purpose: Payments\n', 'p.md'), ['Stripe']);
  // Under a heading naming a kind of provider, the "Name:" line names the entry.
  assert.deepEqual(names('#### Mail providers\nName: Beta Post GmbH  \nRole: Processor  \n', 'p.md'), ['Beta Post GmbH']);
  // A vendor's own address in its text is no contact of the page.
  const contact = readPage(`${text}\nBeta Chat's Data Protection Officer can be emailed at: dpo@beta.example.`, 'p.txt').contact;
  assert.equal(contact, undefined);
});

test('vendors named in bold, each opening its paragraph under one sub-processors heading; the controller’s section names none', () => {
  const html = `<h1>Privacy</h1>
<h2>Identité du responsable de traitement</h2>
<p><strong>Jeanne Martin</strong><br/>Entrepreneur individuel<br/>Email : <strong>jeanne@exemple.fr</strong></p>
<h2>Sous-traitants</h2>
<p>Nous faisons appel aux prestataires suivants :</p>
<div><p><strong>Formly</strong> (Formly Inc., Boston, États-Unis)</p><p>Formulaire de contact.</p></div>
<div><p><strong>Payco</strong> (Payco Ltd, Dublin, Irlande)</p><p>Paiements.</p></div>
<div><p><strong>Hostia</strong> (Hostia SAS, Paris, France)</p><p>Hébergement.</p></div>`;
  assert.deepEqual(names(html, 'p.html'), ['Formly', 'Payco', 'Hostia']);
  // A bold word in the middle of prose under one heading is not enough to make vendors of three names.
  const prose = html.replace(/<p><strong>(\w+)<\/strong>/g, '<p>Voir <strong>$1</strong>');
  assert.deepEqual(names(prose, 'p.html'), []);
});

test('numbered cards copied one line each ("Vendor 01", its name, then labels each over its value) are entries, not a table', () => {
  const card = (n: string, name: string, address: string, place: string) => [
    `Vendor ${n}`,
    name,
    'Head office',
    address,
    'Processing purpose',
    'Hosting',
    'Processing location',
    place,
  ];
  const text = [
    'Our vendors',
    '',
    ...card('01', 'Hostly SARL', '1 rue de Paris, Lyon', 'France'),
    ...card('02', 'Mailbird Ltd', '2 Main St, Dublin', 'Ireland'),
  ].join('\n');
  const read = readPage(text, 'p.txt');
  assert.deepEqual(
    read.entries.map((e) => [e.id, e.name, e.facts.map((f) => `${f.label}=${f.value}`)]),
    [
      ['01', 'Hostly SARL', ['Head office=1 rue de Paris, Lyon', 'Processing purpose=Hosting', 'Processing location=France']],
      ['02', 'Mailbird Ltd', ['Head office=2 Main St, Dublin', 'Processing purpose=Hosting', 'Processing location=Ireland']],
    ],
  );
});

test('cards copied with a title over a subtitle, then labels ("Name", "Kind", "Service: : …"): the title names the entry, the subtitle is its category', () => {
  const text = [
    'Our subcontractors',
    '1. Current list',
    'Nordhost',
    'Cloud Hosting',
    'Service: : Virtual servers',
    'Location: : Germany',
    'Pagewell',
    'Analytics',
    'Service: : Audience measurement',
    'Location: : Ireland',
  ].join('\n');
  assert.deepEqual(
    readPage(text, 'p.txt').entries.map((e) => [e.heading, e.category, e.facts.map((f) => `${f.label}=${f.value}`)]),
    [
      ['Nordhost', 'Cloud Hosting', ['Service=Virtual servers', 'Location=Germany']],
      ['Pagewell', 'Analytics', ['Service=Audience measurement', 'Location=Ireland']],
    ],
  );
  // Cards with one line each over their labels, after a group line: the group is no card's title.
  const grouped = [
    'Our subcontractors',
    '1. Current list',
    'Hosting',
    'Nordhost',
    'Location: Germany',
    'Webcache',
    'Location: France',
  ].join('\n');
  assert.deepEqual(names(grouped, 'p.txt'), ['Nordhost', 'Webcache']);
  // The first card right under the page's title lines ("Trust Center", "Subprocessors"), in French as in English.
  const trust = [
    'Trust Center',
    'Subprocessors',
    'Nordhost',
    'Infrastructure',
    'Location: Germany',
    'Pagewell',
    'Email',
    'Location: Ireland',
  ];
  assert.deepEqual(names(trust.join('\n'), 'p.txt'), ['Nordhost', 'Pagewell']);
  const fr = [
    'Nos sous-traitants',
    'Nordhost',
    'Hébergement',
    'Localisation : Allemagne',
    'Pagewell',
    "Mesure d'audience",
    'Localisation : Irlande',
  ];
  assert.deepEqual(names(fr.join('\n'), 'p.txt'), ['Nordhost', 'Pagewell']);
  // A kind of service over each one vendor: a group's line, then the vendor (not a title over its subtitle).
  const kinds = ['Our subprocessors', 'Hosting', 'Nordhost', 'Location: Germany', 'Analytics', 'Pagewell', 'Location: Ireland'];
  assert.deepEqual(names(kinds.join('\n'), 'p.txt'), ['Nordhost', 'Pagewell']);
});

test('the controller’s own section (its name, role and labelled details, under sub-headings too) is no entry; a card’s "Email : …" line is one of its lines', () => {
  const html = `<h2>Article 1 — Identité du responsable de traitement</h2>
<p>Le responsable du traitement est :</p>
<p><strong>Jeanne Martin</strong></p>
<p>Entrepreneuse individuelle — Éditrice du service Tricot</p>
<p>Adresse : Lille, France</p>
<p>Email : <a href="mailto:bonjour@tricot.example">bonjour@tricot.example</a></p>
<p>Site web : https://tricot.example</p>
<h2>Article 2 — Sous-traitants</h2>
<table><tr><th>Sous-traitant</th><th>Localisation</th></tr><tr><td>Hostique</td><td>France</td></tr></table>`;
  assert.deepEqual(names(html, 'p.html'), ['Hostique']);
  const md = [
    '## 1. Responsable du traitement',
    '',
    'Le responsable est la Mairie de Valbourg.',
    '',
    '### Coordonnées du responsable',
    '',
    '- **Adresse postale :** 1 place de la Mairie, Valbourg',
    '- **Email :** dpo@valbourg.example',
    '',
    '## 2. Sous-traitants',
    '',
    '| Sous-traitant | Pays |',
    '|---|---|',
    '| Hostique | France |',
  ].join('\n');
  assert.deepEqual(names(md, 'p.md'), ['Hostique']);
  // Text copied from a browser, no heading levels: the controller's details line over its labelled lines.
  const copied = [
    'Politique de confidentialité',
    'Coordonnées du responsable',
    'Adresse : 1 place de la Mairie, Valbourg',
    'Email : dpo@valbourg.example',
    'Sous-traitants',
    'Hostique',
    'Finalité : Hébergement',
    'Localisation : France',
  ].join('\n');
  assert.deepEqual(names(copied, 'p.txt'), ['Hostique']);
  // A heading that names the controller beside the processors is theirs: its vendors are entries.
  const both = ['## Controller and processors', '', '### Hostique', '', '- **Purpose:** Hosting', '- **Location:** France'].join('\n');
  assert.deepEqual(names(both, 'p.md'), ['Hostique']);
  // Among a vendor card's labelled lines, a line with a label no fact has ("Email : …") stays with the card.
  const cards = [
    'Nos prestataires',
    'Hostique SAS',
    'Finalité : Hébergement',
    'Email : dpo@hostique.example',
    'Localisation : France',
    'Postie Ltd',
    'Finalité : E-mails',
    'Localisation : Irlande',
  ].join('\n');
  assert.deepEqual(
    readPage(cards, 'p.txt').entries.map((e) => [e.heading, e.facts.map((f) => f.label)]),
    [
      ['Hostique SAS', ['Finalité', 'Email', 'Localisation']],
      ['Postie Ltd', ['Finalité', 'Localisation']],
    ],
  );
});

type Entry = Record<string, unknown>;
const imported = (text: string, file: string): Entry[] =>
  (parse(pageToInventory(readPage(text, file), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors;

test('a heading over a two-column table of labels ("Champ | Détail") is one entry, its rows the entry’s labelled facts', () => {
  const section = (n: number, name: string, rows: string[][]) =>
    [`### 1.${n} ${name}`, '', '| Champ | Détail |', '|---|---|', ...rows.map(([k, v]) => `| **${k}** | ${v} |`), ''].join('\n');
  const md = [
    '# Registre des sous-traitants — Acme',
    '',
    '**Responsable de traitement :** Acme (acme.fr)',
    '**Date :** 2026-07-01',
    '',
    '## 1. Sous-traitants',
    '',
    section(1, 'Hostia (hébergement)', [
      ['Raison sociale', 'Hostia SAS'],
      ['Localisation', 'France'],
      ['Certification HDS', 'Hostia est certifiée hébergeur de données de santé (HDS) + ISO 27001'],
      ['DPA / Contrat', 'Contrat signé'],
    ]),
    section(2, 'Tracely', [
      ['Raison sociale', 'N/A — logiciel auto-hébergé'],
      ['Localisation', 'États-Unis'],
      ['Certification HDS', 'Non applicable (aucune donnée de santé traitée)'],
      ['DPA / Contrat', '[tracely.example/dpa](https://tracely.example/dpa) — clauses contractuelles types'],
    ]),
    'Changements : hébergement migré vers Hostia (certifiée HDS) ; renumérotation de Tracely.',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entity, (e.dataLocation as Entry).countries, e.certifications, (e.dpa as Entry | undefined)?.url]),
    [
      ['Hostia (hébergement)', 'Hostia SAS', ['FR'], ['hds', 'iso27001'], undefined],
      ['Tracely', 'unknown', ['US'], 'unknown', 'https://tracely.example/dpa'],
    ],
  );
  // The same tables on a page that lists its sub-processors in a table describe something else: no entries of them.
  const withTable = `${md}\n\n## 2. Liste\n\n| Sous-traitant | Pays |\n|---|---|\n| Mailbird | Irlande |\n`;
  assert.deepEqual(names(withTable, 'p.md'), ['Mailbird']);
});

test('a vendor in two tables of one page with the same facts is one entry; one whose facts differ stays two', () => {
  const table = (purpose: string, place: string) =>
    `| Sous-traitant | Pays | Finalité |\n|---|---|---|\n| Hostia SAS | ${place} | ${purpose} |\n`;
  const page = (place: string) =>
    `## Infrastructure\n\n${table('Base de données', 'France')}\n## Support\n\n${table('Workers', place)}| Mailbird | Irlande | E-mails |\n`;
  const one = readPage(page('France'), 'p.md');
  assert.deepEqual(
    one.entries.map((e) => [e.name, e.facts.filter((f) => f.key === 'purpose').map((f) => f.value)]),
    [
      ['Hostia SAS', ['Base de données', 'Workers']],
      ['Mailbird', ['E-mails']],
    ],
  );
  assert.deepEqual(names(page('Allemagne'), 'p.md'), ['Hostia SAS', 'Hostia SAS', 'Mailbird']);
});

test('an affiliate the "Affiliates" section engages as a sub-processor in a sentence is an entry beside the table’s', () => {
  const md = `| Vendor | Location |\n|---|---|\n| Mailbird Inc. | United States |\n\n## Acme Affiliates\n\nDepending on where a Customer is, Acme may also engage its Affiliates, Acme UK Limited and Acme GmbH, as Subprocessors to deliver the Services.\n\n## Updates\n\nAcme Corp. may change this page, as any Subprocessor list.\n`;
  const read = readPage(md, 'p.md');
  assert.deepEqual(
    read.entries.map((e) => [e.name, e.affiliate ?? false]),
    [
      ['Mailbird Inc.', false],
      ['Acme UK Limited', true],
      ['Acme GmbH', true],
    ],
  );
});

test('a list whose lead-in adds to the prose above it ("Additionally, …:") keeps the provider that prose names, in page order', () => {
  const place = (e: Record<string, unknown>) => (e.dataLocation as Record<string, unknown> | undefined)?.countries;
  const en = `## Sub-processors

We host the Service with our cloud infrastructure provider, Nimbus Compute (NC). The servers are located in Canada.

Additionally, here is the list of our sub-processors:

1. Postie: Emails
2. Payflow: Payments
`;
  const read = parse(pageToInventory(readPage(en, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: Record<string, unknown>[] };
  assert.deepEqual(
    read.subprocessors.map((e) => [e.name, place(e) ?? 'none']),
    [
      ['Nimbus Compute (NC)', ['CA']],
      ['Postie', 'none'],
      ['Payflow', 'none'],
    ],
  );
  const fr = `## Sous-traitants

Le service est hébergé chez Hostique. Les serveurs sont situés en France.

En outre, nous faisons appel aux sous-traitants suivants :

- Postie : e-mails
- Payflow : paiements
`;
  assert.deepEqual(
    readPage(fr, 'p.md').entries.map((e) => e.name),
    ['Hostique', 'Postie', 'Payflow'],
  );
  // A lead-in that does not add to the prose (the list is the whole of it) takes no provider from it.
  assert.deepEqual(
    readPage(fr.replace('En outre, nous', 'Nous'), 'p.md').entries.map((e) => e.name),
    ['Postie', 'Payflow'],
  );
});

test('a row whose name is a template’s blank ("{{other_vendor_name}}") is no entry, and import says it is unfilled', () => {
  const md =
    '| Sous-traitant | Pays |\n|---|---|\n| Stripe, Inc. | {{stripe_region}} |\n| {{other_vendor_name}} | {{other_vendor_region}} |\n';
  const read = readPage(md, 'p.md');
  assert.deepEqual(names(md, 'p.md'), ['Stripe, Inc.']);
  assert.ok(unreadEn(read).includes('unfilled placeholder: "{{other_vendor_name}}"'), unreadEn(read).join('; '));
});

test('an admonition (":::info Last updated", then the date, then ":::") gives the page its date; its markers are no text', () => {
  const md = [
    ':::info Last updated',
    '',
    'March 3, 2025',
    '',
    ':::',
    '',
    '| Vendor | Location |',
    '|---|---|',
    '| Acme | France |',
    '',
    ':::note',
    'Acme hosts our data.',
    ':::',
  ].join('\n');
  const page = readPage(md, 'list.md');
  assert.equal(page.lastUpdated, 'March 3, 2025');
  assert.equal(page.entries.length, 1);
  // A long run of colons in a paragraph reads in linear time.
  const colons = readPage(`| Vendor | Location |\n|---|---|\n| Acme | France |\n\nRatio a::::b ${':'.repeat(100_000)}x\n`, 'c.md');
  assert.equal(colons.entries.length, 1);
});

test("a section headed by the service it provides, whose one labelled line names the vendor, is that vendor's entry", () => {
  const md = [
    '# Hébergeurs',
    '',
    '### Stockage des fichiers',
    '',
    '- **Service** : stockage objet',
    '- **Prestataire** : [Cubby](https://cubby.example)',
    '- **Localisation** : Allemagne',
    '',
    '### Envoi des e-mails',
    '',
    '- **Service** : e-mails transactionnels',
    '- **Prestataire** : Postie SAS',
    '- **Localisation** : France',
    '',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose, e.url, (e.dataLocation as { countries: unknown }).countries]),
    [
      ['Cubby', 'Stockage des fichiers', 'https://cubby.example', ['DE']],
      ['Postie SAS', 'Envoi des e-mails', undefined, ['FR']],
    ],
  );
  // A DPA's parties ("Processor:" is the publisher, not a vendor) make no entry.
  const parties = [
    '## 1. Parties',
    '',
    '- **Processor:** Acme Analytics Ltd, registered in England',
    '- **Controller:** the customer',
    '',
    '## 2. Sub-processors',
    '',
    '| Sub-processor | Purpose | Location |',
    '|---|---|---|',
    '| Hostique | Hosting | Germany |',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(parties, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Hostique'],
  );
  // A "Name:" line under a heading that names the vendor keeps the heading's name (the heading is the vendor).
  const named = '### Acme\n\n- Name: Acme, Inc.\n- Location: Canada\n';
  assert.deepEqual(
    readPage(named, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Acme'],
  );
});

test('plain-text blocks of "Label : valeur" lines: a name with its legal form opens one, a line in lower case goes on from the line above', () => {
  const text = [
    'Sous-traitants',
    '',
    'Hostique, Inc.',
    'Rôle : Hébergement des serveurs',
    'Siège : Lyon, France',
    'Note : les sauvegardes ne quittent pas',
    "l'Union européenne.",
    '',
    'Postie SAS',
    'Rôle : Envoi des e-mails',
    '',
  ].join('\n');
  const read = readPage(text, 'p.txt');
  assert.deepEqual(
    read.entries.map((e) => e.name ?? e.heading),
    ['Hostique, Inc.', 'Postie SAS'],
  );
  assert.ok(read.entries[0]!.facts.some((f) => f.value === "les sauvegardes ne quittent pas l'Union européenne."));
  // A line that does not start in lower case may as well name the next vendor: refused at its line, not guessed.
  const ambiguous = ['Hostique, Inc.', 'Rôle : Hébergement des', 'Serveurs web', 'Siège : Lyon, France', ''].join('\n');
  assert.throws(() => readPage(ambiguous, 'p.txt'), /line 3/);
});

test('a definition list copied from a browser: name, domain with the first term glued to it, then each term and definition a bullet', () => {
  const text = [
    'Our vendors',
    'Hostique Cloud',
    'hostique.example- Purpose',
    '- Servers for the application.',
    '- Jurisdiction',
    '- Germany (eu-central)',
    'Postie Ltd.',
    'www.postie.example- Purpose',
    '- Transactional email.',
    '- Data categories',
    '- Email addresses; message bodies.',
    '',
  ].join('\n');
  const read = readPage(text, 'p.txt');
  assert.deepEqual(
    read.entries.map((e) => [e.name ?? e.heading, e.facts.map((f) => `${f.label}=${f.value}`)]),
    [
      ['Hostique Cloud', ['Website=hostique.example', 'Purpose=Servers for the application.', 'Jurisdiction=Germany (eu-central)']],
      ['Postie Ltd.', ['Website=www.postie.example', 'Purpose=Transactional email.', 'Data categories=Email addresses; message bodies.']],
    ],
  );
  // "Jurisdiction" says where: the import reads the country.
  const entries = imported(text, 'p.txt');
  assert.deepEqual((entries[0]!.dataLocation as { countries: unknown }).countries, ['DE']);
});

test('sections under a sub-processors heading, each headed by a name its prose repeats, are entries; a link on its domain is its site', () => {
  const md = [
    '# Our sub-processors',
    '',
    'These services carry our traffic.',
    '',
    '### Hostique',
    'Hostique keeps our servers; see https://www.hostique.example/privacy for its practices.',
    '',
    '### Postie (transactional email only)',
    'Read how Postie handles mail: https://postie.example/legal and https://other.example/x',
    '',
  ].join('\n');
  const read = readPage(md, 'p.md');
  assert.deepEqual(
    read.entries.map((e) => [e.name, e.facts.map((f) => `${f.key}=${f.value}`)]),
    [
      ['Hostique', ['website=https://www.hostique.example/privacy']],
      ['Postie', ['purpose=transactional email only', 'website=https://postie.example/legal']],
    ],
  );
  // A section whose prose does not name its heading is no vendor's: the page has no such list.
  const topics = md.replace('Read how Postie handles mail', 'Read how mail is handled');
  assert.deepEqual(readPage(topics, 'p.md').entries, []);
});

test('sub-processors named inside a sentence after a colon, each with its service in parentheses, are entries', () => {
  const html = `<h2>Sous-traitance</h2>
<p><strong>Sous-traitants.</strong> Nous faisons appel aux sous-traitants suivants : Hostique (hébergement, sauvegardes), Postie SAS (envoi des e-mails) et Payflow (paiement). Le client est informé de tout changement.</p>
<p>Vos données sont confiées à nos sous-traitants : Hostique (hébergement) et Postie SAS (e-mails).</p>`;
  assert.deepEqual(
    readPage(html, 'p.html').entries.map((e) => [e.name, e.facts.map((f) => f.value)]),
    [
      ['Hostique', ['hébergement, sauvegardes']],
      ['Postie SAS', ['envoi des e-mails']],
      ['Payflow', ['paiement']],
    ],
  );
  // A part after the colon that is no name ("les hébergeurs") means the sentence lists no vendors.
  const vague = '<p>Nos sous-traitants : les hébergeurs, Postie (e-mails).</p>';
  assert.deepEqual(readPage(vague, 'p.html').entries, []);
});

test('flag-led bullets under a services heading ("🇫🇷 Hosting: Hostique Cloud, France") name the vendor after the colon, the flag where it runs', () => {
  const md = [
    '## Third-party services',
    '',
    '- 🇫🇷 Hosting: Hostique Cloud, France',
    '- 🇪🇺 Email: Postie (receipts only)',
    '- 🇨🇭 Backups: Vault Box AG',
    '',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose, (e.dataLocation as { countries: unknown }).countries]),
    [
      ['Hostique Cloud', 'Hosting', ['FR']],
      ['Postie', 'Email (receipts only)', ['EU']],
      ['Vault Box AG', 'Backups', ['CH']],
    ],
  );
  // "Name: description" (the words after the colon not a name in capitals) is never read backwards.
  const described = '## Services we use\n\n- 🇺🇸 Stripe: Payment processing\n- 🇩🇪 Hostique: Servers in Germany\n';
  assert.ok(!readPage(described, 'p.md').entries.some((e) => ['Payment processing', 'Servers in Germany'].includes(e.name ?? '')));
  // Single words on both sides say neither way: no entry is made of them by this reader.
  const single = '## Services we use\n\n- 🇺🇸 Payments: Stripe\n- 🇩🇪 Hosting: Hostique\n';
  assert.ok(!readPage(single, 'p.md').entries.some((e) => e.name === 'Payments' || e.name === 'Stripe'));
});

test('bullets that are the entries a "… suivants :" sentence introduces each speak of their own entry: one’s mechanism is not every entry’s', () => {
  const md = [
    'Nous faisons appel aux prestataires suivants :',
    '',
    '- **Payflow SAS** (paiements) — transfert encadré par les clauses contractuelles types.',
    '- **Modelia SAS** — modèles d’IA, société française.',
    '',
  ].join('\n');
  const read = transfers(md, 'p.md');
  assert.deepEqual(
    read.map(([name]) => name),
    ['Payflow SAS', 'Modelia SAS'],
  );
  assert.equal(read[1]![1], undefined);
  // A list of mechanisms the sentence introduces still speaks of the entries it names.
  const mechanisms = [
    '- **Payflow SAS** — paiements',
    '- **Modelia SAS** — modèles d’IA',
    '',
    'Les transferts vers Payflow SAS et Modelia SAS sont fondés sur :',
    '',
    '- les clauses contractuelles types de la Commission européenne',
    '',
  ].join('\n');
  assert.deepEqual(
    transfers(mechanisms, 'p.md').map(([, t]) => t !== undefined),
    [true, true],
  );
});

test('a bullet led by a template’s blank ("[PLACEHOLDER — Hébergeur]") is no entry, and import says it is unfilled', () => {
  const md = [
    'Nous faisons appel aux prestataires suivants :',
    '',
    '- **Hostique SAS** — hébergement',
    '- **Postie Ltd** — e-mails',
    '- **[PLACEHOLDER — Hébergeur]** — sauvegardes',
    '',
  ].join('\n');
  const read = readPage(md, 'p.md');
  assert.deepEqual(names(md, 'p.md'), ['Hostique SAS', 'Postie Ltd']);
  assert.ok(unreadEn(read).includes('unfilled placeholder: "[PLACEHOLDER — Hébergeur]"'), unreadEn(read).join('; '));
});

test('an element that is no block but holds blocks (a framework’s <PageShell>) is read block by block, not run into one paragraph', () => {
  const html = `<PageShell title="Confidentialité" updated="2 mars 2026">
  <p>Acme SAS édite ce service.</p>
  <h2>Prestataires</h2>
  <p>Nous faisons appel aux prestataires suivants :</p>
  <ul>
    <li><strong>Hostique SAS</strong> — hébergement du service.</li>
    <li><strong>Postie Ltd</strong> — envoi des e-mails.</li>
  </ul>
</PageShell>`;
  assert.deepEqual(names(html, 'p.html'), ['Hostique SAS', 'Postie Ltd']);
  // Inline words around it stay one paragraph with them: a <span> holding only text is still inline.
  const inline = '<p>Nos sous-traitants : <span>Hostique</span> (hébergement) et <span>Postie</span> (e-mails).</p>';
  assert.deepEqual(names(inline, 'p.html'), ['Hostique', 'Postie']);
});

test('names in one paragraph, set apart by middle dots, after a sentence that introduces the sub-processors, are entries', () => {
  const html = `<h2>Sous-traitants</h2>
<p>Nous faisons appel aux prestataires suivants :</p>
<p><strong>Hostique</strong> (hébergement) · <strong>Postie Mail</strong> (e-mails, notifications) · <strong>Payflow</strong> (paiements — carte bancaire)</p>`;
  assert.deepEqual(
    readPage(html, 'p.html').entries.map((e) => [e.name, e.facts.map((f) => f.value)]),
    [
      ['Hostique', ['hébergement']],
      ['Postie Mail', ['e-mails, notifications']],
      ['Payflow', ['paiements — carte bancaire']],
    ],
  );
  // Without a sentence that introduces sub-processors, a line of dotted words (a footer's links) names none.
  assert.deepEqual(readPage('<p>Liens utiles :</p><p>Accueil · Blog · Contact</p>', 'p.html').entries, []);
});

test('a bullet’s bold name then its country in brackets ("**Payflow Ltd** (Irlande) — paiements") gives the company’s country', () => {
  const md = [
    'Nous faisons appel aux prestataires suivants :',
    '',
    '- **Payflow Ltd** (Irlande) — paiements',
    '- **Hostique** (hébergement) — serveurs en France',
    '- **Postie Inc.** (UE) — e-mails',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entityCountry, e.purpose]),
    [
      ['Payflow Ltd', 'IE', 'paiements'],
      // A parenthesis that is no country is the purpose's; the EU is no country a company is established in. A legal
      // form keeps its full stop ("Postie Inc.").
      ['Hostique', undefined, '(hébergement) — serveurs en France'],
      ['Postie Inc.', undefined, '(UE) — e-mails'],
    ],
  );
});

test('cards that each open with a "Name — role" line are entries, the role their purpose; one with prose under it is one too', () => {
  const html = `<h2>Sous-traitants</h2>
<p>Nous faisons appel aux sous-traitants suivants :</p>
<div><p>Payflow SAS — Paiement en ligne</p><p>Données transmises : nom et adresse e-mail.</p></div>
<div><p>Hostique (Hostique SARL) — Hébergement</p><p>Données stockées : commandes, produits.</p></div>
<div><p>Postie Ltd — E-mails transactionnels</p><p>Si vous le choisissez, votre adresse lui est transmise.</p></div>
<h2>Nous écrire</h2>
<p>Courrier — 3 rue du Port, Nantes</p>`;
  assert.deepEqual(
    imported(html, 'p.html').map((e) => [e.name, e.entity, e.purpose]),
    [
      ['Payflow SAS', 'Payflow SAS', 'Paiement en ligne'],
      ['Hostique', 'Hostique SARL', 'Hébergement'],
      ['Postie Ltd', 'Postie Ltd', 'E-mails transactionnels'],
    ],
  );
});

test('labelled lines a Markdown paragraph breaks with hard breaks are lines of their own; a seat’s lines give the entity and its country', () => {
  const md = [
    '## Sous-traitants',
    '',
    '### Hébergement',
    '',
    '- **Fournisseur** : Hostique',
    '- **Localisation** : Allemagne',
    '',
    '**Siège social** :  ',
    'Hostique Services, Inc.  ',
    '12 Market Street, San Francisco, CA 94105, USA  ',
    '**Conditions** : [CGU Hostique](https://hostique.example/terms)',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entity, e.entityCountry]),
    [['Hostique', 'Hostique Services, Inc.', 'US']],
  );
  // Lines the source only wrapped (no hard break) stay one paragraph.
  const wrapped = '**Éditeur :** Acme SARL\n**Adresse :** 1 rue Neuve, Lyon, France\n';
  assert.equal(markdownParagraphs(wrapped), 1);
});

test('a country alone after a bullet’s role ("**Payflow** (paiements) — Irlande.") is where the data goes; one inside a sentence is not', () => {
  const md = [
    'Nous faisons appel aux prestataires suivants :',
    '',
    '- **Payflow** (paiements) — Irlande. Transfert encadré par les clauses contractuelles types.',
    '- **Hostique** — hébergement — Allemagne',
    '- **Postie** — e-mails, y compris vers l’Irlande et la France',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.dataLocation === 'unknown' ? undefined : (e.dataLocation as Entry).countries]),
    [
      ['Payflow', ['IE']],
      ['Hostique', ['DE']],
      ['Postie', undefined],
    ],
  );
});

test('lines a sentence introduces as the sub-processors, each "Name — role", set apart by <br>, semicolons or bars, are entries', () => {
  const intro = '<h2>Sous-traitants</h2><p>Nous faisons appel aux sous-traitants suivants :</p>';
  const lines = `${intro}<p>Payflow Inc. — paiements<br>Hostique — hébergement<br>Postie — e-mails</p>`;
  const semicolons = `${intro}<p>Payflow Inc. (paiements) ; Hostique (hébergement) ; Postie (e-mails).</p>`;
  const bars = `${intro}<p>Payflow Inc. (paiements) | Hostique (hébergement) | Postie (e-mails)</p>`;
  const items =
    '## Sous-traitants\n\nNous faisons appel aux sous-traitants suivants :\n\n- Payflow Inc. – paiements\n- Hostique – hébergement\n- Postie – e-mails\n';
  for (const [page, file] of [
    [lines, 'p.html'],
    [semicolons, 'p.html'],
    [bars, 'p.html'],
    [items, 'p.md'],
  ] as const)
    assert.deepEqual(
      readPage(page, file).entries.map((e) => [e.name, e.facts.map((f) => f.value)]),
      [
        ['Payflow Inc.', ['paiements']],
        ['Hostique', ['hébergement']],
        ['Postie', ['e-mails']],
      ],
      page,
    );
  // Lines of that shape that no sentence introduces as sub-processors (opening hours) are none.
  assert.deepEqual(readPage('<h2>Horaires</h2><p>Lundi — 9 h<br>Mardi — 10 h</p>', 'p.html').entries, []);
});

test('a bullet’s name keeps its legal form’s full stop, and a later bullet led by that name still speaks of its entry', () => {
  const md = [
    'Nous faisons appel aux prestataires suivants :',
    '',
    '- **Payflow Inc.** — paiements',
    '- **Hostique** — hébergement',
    '',
    '## Certifications',
    '',
    '- **Payflow Inc.** — ISO/IEC 27001:2022, SOC 2 Type II',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entity, e.certifications]),
    [
      ['Payflow Inc.', 'Payflow Inc.', [{ id: 'iso27001', edition: '2022' }, 'soc2-type2']],
      ['Hostique', 'unknown', 'unknown'],
    ],
  );
});

test('bullets under a sub-processors heading whose subject is the vendor ("Acme hosts …") are entries; a placeholder is no fact', () => {
  const read = (text: string) =>
    readPage(text, 'p.md').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value ?? null]);
  const en = [
    '# Subprocessors',
    '',
    '## Live',
    '',
    '- Acme Cloud hosts the web application. Location: Dublin (eu-west-1).',
    '- Beta (once enabled) sends the reminder emails. Location: [COUNSEL: confirm the region.]',
    '',
    '## Not used',
    '',
    '- Gizmo uses no monitoring service.',
    '',
  ].join('\n');
  assert.deepEqual(read(en), [
    ['Acme Cloud', 'Dublin (eu-west-1)'],
    ['Beta', null],
  ]);
  const fr = [
    '# Sous-traitants',
    '',
    '- Hébergix héberge l’application et la base de données. Localisation : Roubaix (France).',
    '- Postal Mail envoie les courriels de connexion.',
    '',
  ].join('\n');
  assert.deepEqual(read(fr), [
    ['Hébergix', 'Roubaix (France)'],
    ['Postal Mail', null],
  ]);
  // The same bullets under a heading that is not about the parties: a page's ordinary list, no vendors.
  assert.deepEqual(read(fr.replace('Sous-traitants', 'Fonctionnement')), []);
  // One such bullet alone is not a list of vendors.
  assert.deepEqual(read(fr.split('\n').slice(0, 3).join('\n')), []);
});

test('bold-led items that name a data subject’s right ("Right of access", "Droit à l’effacement") are no parties, said as unread', () => {
  const read = (vendors: string, rights: string) => {
    const page = readPage(`## Vendors\n\n${vendors}\n\n## Rights\n\n${rights}\n`, 'p.md');
    return [page.entries.map((e) => e.name ?? e.heading), unreadEn(page).filter((u) => u.includes('right')).length];
  };
  const en = read(
    '- **Acme Cloud** — hosting.\n- **Beta Mail** — emails.',
    '- **Right of access**: a copy\n- **Right to erasure**: deletion',
  );
  assert.deepEqual(en, [['Acme Cloud', 'Beta Mail'], 2]);
  const fr = read(
    '- **Hébergix** — hébergement.\n- **Postal** — courriels.',
    "- **Droit d'accès** : une copie\n- **Droit à l'effacement** : la suppression",
  );
  assert.deepEqual(fr, [['Hébergix', 'Postal'], 2]);
  // A vendor whose name merely starts with the word is still one.
  assert.deepEqual(read('- **Droitier Cloud** — hébergement.\n- **Rightsline** — contrats.', ''), [['Droitier Cloud', 'Rightsline'], 0]);
});

test('a heading over a table and a "Note:" about the list is no entry; a vendor heading over a note and its facts still is', () => {
  const names = (text: string) => readPage(text, 'p.md').entries.map((e) => e.name ?? e.heading);
  const table = '| Sub-processor | Country |\n|---|---|\n| Acme Cloud | Ireland |\n| Beta Mail | Germany |\n';
  assert.deepEqual(names(`## Sub-processors\n\n${table}\n## Annex 2 — Authorised sub-processors\n\n**Note:** this list may change.\n`), [
    'Acme Cloud',
    'Beta Mail',
  ]);
  assert.deepEqual(names(`## Sous-traitants\n\n${table}\n## ANNEXE 3 — LISTE\n\n**Note :** La liste est susceptible d'évoluer.\n`), [
    'Acme Cloud',
    'Beta Mail',
  ]);
  assert.deepEqual(names('## Gamma Analytics\n\n- Note: self-hosted option\n- Purpose: analytics\n- Location: France\n'), [
    'Gamma Analytics',
  ]);
});

test('a legal notice naming its host in a sentence ("Le Site est hébergé par …") gives that one entry, its seat and its site', () => {
  const host = (html: string) =>
    readPage(html, 'p.html').entries.map((e) => [e.name, ...e.facts.filter((f) => f.key !== 'purpose').map((f) => `${f.key}=${f.value}`)]);
  const fr =
    '<h1>Mentions légales</h1><h2>Hébergeur</h2><p>Le Site est hébergé par <a href="https://hebergix.example">Hébergix SAS</a>. ' +
    'Siège social : 2 rue Kellermann, 59100 Roubaix, France. Email : contact@hebergix.example</p>';
  assert.deepEqual(host(fr), [
    ['Hébergix SAS', 'entityCountry=2 rue Kellermann, 59100 Roubaix, France', 'website=https://hebergix.example'],
  ]);
  const en = '<h1>Legal notice</h1><h2>Host</h2><p>This website is hosted by Acme Cloud Inc., 1 Main St, Boston, USA.</p>';
  // Its postal address right after its name says where the company is, as a "Siège social" line would.
  assert.deepEqual(host(en), [['Acme Cloud Inc.', 'entityCountry=1 Main St, Boston, USA']]);
  // "hosted by our team" names no company: not an entry.
  assert.deepEqual(host('<h1>About</h1><p>The event is hosted by our team in Lyon.</p>'), []);
});

test('a legal notice whose publisher and host are definition lists: the publisher’s terms are labels, the host term names the one entry', () => {
  const html = `<h1>Mentions légales</h1>
<h2>1. Éditeur</h2>
<dl>
  <dt>Éditrice</dt><dd>Camille Verdier</dd>
  <dt>Statut</dt><dd>Micro-entreprise</dd>
  <dt>Adresse</dt><dd>3 place du Marché, 69002 Lyon, France</dd>
  <dt>Numéro SIREN</dt><dd>123 456 789</dd>
  <dt>Responsable de la publication</dt><dd>Camille Verdier</dd>
</dl>
<h2>2. Hébergement</h2>
<dl>
  <dt>Hébergeur</dt><dd>Nuagix Hosting BV</dd>
  <dt>Adresse</dt><dd>Keizersgracht 1, 1015 Amsterdam, Pays-Bas</dd>
  <dt>Contact</dt><dd>+31 20 000 00 00 — <a href="https://nuagix.example">nuagix.example</a></dd>
</dl>`;
  const read = readPage(html, 'p.html');
  assert.deepEqual(
    read.entries.map((e) => [e.name, ...e.facts.map((f) => `${f.key}=${f.value}`)]),
    [
      [
        'Nuagix Hosting BV',
        'purpose=Hébergement',
        'entityCountry=Keizersgracht 1, 1015 Amsterdam, Pays-Bas',
        'website=https://nuagix.example',
      ],
    ],
  );
  // A definition list of vendors, with or without a fact's label among its terms, is still a list of entries.
  const vendors =
    '<h2>Sous-traitants</h2><dl><dt>Nuagix</dt><dd>Hébergement</dd><dt>Postal</dt><dd>Envoi des courriels</dd>' +
    '<dt>Localisation</dt><dd>France</dd></dl>';
  assert.deepEqual(
    readPage(vendors, 'p.html').entries.map((e) => e.name),
    ['Nuagix', 'Postal'],
  );
});

test('two bold names joined by "and" / "et" before the role they share are two entries, each with that role', () => {
  const read = (md: string) => readPage(md, 'p.md').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'purpose')?.value]);
  assert.deepEqual(read('- **Acme Cloud** — hosting.\n- **Groqo** and **Open Mind** — AI providers for summaries.\n'), [
    ['Acme Cloud', 'hosting'],
    ['Groqo', 'AI providers for summaries'],
    ['Open Mind', 'AI providers for summaries'],
  ]);
  assert.deepEqual(
    read('- **Hébergix** — hébergement.\n- **Mistralo** et **Postal** (courriels) — envoi.\n').map(([n]) => n),
    ['Hébergix', 'Mistralo', 'Postal'],
  );
  // "and" before words in lower case joins no vendor.
  assert.deepEqual(
    read('- **Acme Cloud** — hosting.\n- **Beta** and its affiliates — support.\n').map(([n]) => n),
    ['Acme Cloud', 'Beta'],
  );
});

test('labelled lines under a heading about the page’s own parties ("Qui sommes-nous") name no vendor, even a "Sous-traitant :" line', () => {
  const md = `# Politique de confidentialité

## 1. Qui sommes-nous

Carnetto est une application pour les boutiques en ligne.

- **Responsable du traitement :** la boutique, qui choisit les données collectées
- **Sous-traitant :** Carnetto, qui traite les données pour le compte de la boutique
- **Éditeur :** Studio Pivert

## 2. Prestataires

| Prestataire | Finalité | Localisation |
|---|---|---|
| Nuagix SAS | Hébergement | France |
`;
  // A heading that names a service, over its one "Fournisseur :" line, still names that vendor's entry.
  const service = '## Hébergement\n\n- Service : serveurs applicatifs\n- Fournisseur : Nuagix SAS\n- Localisation : France\n';
  assert.deepEqual(
    readPage(service, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Nuagix SAS'],
  );
  const names = (
    parse(pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: { name: string }[] }
  ).subprocessors.map((e) => e.name);
  assert.deepEqual(names, ['Nuagix SAS']);
});

test('a contract’s parties: "Sous-traitant :" before a sentence describing the publisher names no entry', () => {
  const md = [
    '## 1. Parties',
    '',
    '**Responsable de traitement** : le client, ci-après « le Client ».',
    '',
    '**Sous-traitant** : Jeanne Exemple, entrepreneuse individuelle, exerçant sous le nom Plumo, 3 rue des Lilas, 25000 Besançon. Ci-après « le Prestataire ».',
    '',
    '## 5. Sous-traitants ultérieurs',
    '',
    '| Sous-traitant | Rôle | Région |',
    '|---|---|---|',
    '| Hostique | Hébergement | Francfort |',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Hostique'],
  );
  // A name after the label, under a section of its own, still names the vendor.
  const named = '### Base de données\n\n- **Fournisseur** : Hostique\n- **Localisation** : Allemagne\n';
  assert.deepEqual(
    readPage(named, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Hostique'],
  );
});

test('an address bullet of two addresses, or of one and another company in brackets: the named company’s address', () => {
  const md = [
    '### 1. Hostique Inc.',
    '',
    '- **Finalité** : hébergement',
    '- **Adresse** : 12 Harbour Road, Singapore 123456 (maison mère) / Hostique, Inc., 5 Main Street, Austin TX 73301, USA',
    '',
    '### 2. Statly Inc.',
    '',
    '- **Finalité** : statistiques',
    '- **Adresse** : 40 Pine Street, Seattle WA 98101, USA (entité UE disponible : Statly Limited, Royaume-Uni)',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.entity, e.entityCountry]),
    [
      ['Hostique Inc.', 'Hostique, Inc.', 'US'],
      ['Statly Inc.', 'Statly Inc.', 'US'],
    ],
  );
});

test('a section headed by an entry speaks of it, whatever other vendor its lines name ("Adresse Modela : Hostique SAS (cf. ci-dessus)")', () => {
  const md = [
    '### 1. Hostique SAS',
    '',
    '- **Finalité** : hébergement',
    '- **Pays de traitement** : France',
    '',
    '### 2. Modela Inc. ou Autre IA (à venir)',
    '',
    '- **Finalité** : assistant',
    '- **Adresse Autre IA** : Hostique SAS (cf. ci-dessus)',
    '- **Durée conservation** : les requêtes ne sont pas gardées (mode "no-training")',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.ai as Entry | undefined)?.trainsOnCustomerData]),
    [
      ['Hostique SAS', undefined],
      ['Modela Inc. ou Autre IA (à venir)', false],
    ],
  );
});

test('paragraphs each led by a bold name and a colon, after a sentence introducing the sub-processors, are its entries', () => {
  const html = `<h2>3. Prestataires</h2>
<p>Nous recourons aux sous-traitants suivants :</p>
<p><strong>Nuagel (Canada) :</strong> hébergement des fichiers. Transfert encadré par les clauses contractuelles types.</p>
<p><strong>Payvia :</strong> encaissement des abonnements. Certifié PCI-DSS.</p>
<p>Aucune donnée n'est vendue à des tiers.</p>`;
  const page = readPage(html, 'p.html');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Nuagel (Canada)', 'Payvia'],
  );
  assert.equal(page.entries[1]!.facts.find((f) => f.key === 'purpose')?.value, 'encaissement des abonnements. Certifié PCI-DSS.');
  // The same in Markdown; one bold-led paragraph alone is no list.
  const md = `Nous recourons aux sous-traitants suivants :\n\n**Nuagel :** hébergement.\n\n**Payvia :** paiement.\n`;
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name),
    ['Nuagel', 'Payvia'],
  );
  assert.deepEqual(readPage(`Nous recourons aux sous-traitants suivants :\n\n**Nuagel :** hébergement.\n`, 'p.md').entries, []);
});

test('a privacy policy’s topic heading ("Durée de conservation", "Your rights") over labelled lines is no vendor’s entry', () => {
  const md = `## Sous-traitants

Nous recourons aux sous-traitants suivants :

- Nuagel — hébergement
- Payvia — paiement

## 6. Durée de conservation

**Données de compte :** conservées tant que le compte est ouvert.

**Données de facturation :** conservées dix ans.

## Your rights

**Access:** write to us.
`;
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Nuagel', 'Payvia'],
  );
});

test('a heading that introduces the list as a sentence would ("## Sub-processors engaged by Acme:") over bare names: each name an entry', () => {
  const md = `# Legal\n\n## Sub-processors engaged by Acme:\n\n* Nuagel\n* Payvia\n* Postline\n`;
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name),
    ['Nuagel', 'Payvia', 'Postline'],
  );
  // Items that are sentences name no vendor: no entries.
  assert.deepEqual(
    readPage(`## Sub-processors engaged by Acme:\n\n* We review each one yearly.\n* We sign a contract with each.\n`, 'p.md').entries,
    [],
  );
});

test('a bullet "**Name** (role) — place, what covers it." gives the place: a country first in its clause, or after "région"/"hébergement"', () => {
  const md = [
    'Nous faisons appel aux prestataires suivants :',
    '',
    '- **Hostique** (base de données) — région UE. [Politique de confidentialité](https://hostique.example/privacy)',
    '- **Postie** (courriels) — hébergement UE. [Politique](https://postie.example/privacy)',
    '- **Nuvola** (hébergement) — USA, couvert par les clauses contractuelles types (CCT).',
    '- **Payflow** (paiement) — certifié PCI-DSS.',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, ((e.dataLocation as Entry | undefined)?.countries as string[] | undefined) ?? 'none']),
    [
      ['Hostique', ['EU']],
      ['Postie', ['EU']],
      ['Nuvola', ['US']],
      ['Payflow', 'none'],
    ],
  );
});

test('a bullet "**Name** (host.name) — role": the brackets that hold only a host name are the vendor’s site', () => {
  const md = [
    'We use the following sub-processors:',
    '',
    '- **Hostique** (hostique.io) — cloud hosting. Your data stays with Hostique.',
    '- **Postie** (www.postie.example) — transactional email.',
    '- **Nuvola** (support@nuvola.example) — support desk.',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, e.url, e.purpose]),
    [
      ['Hostique', 'https://hostique.io', 'cloud hosting. Your data stays with Hostique'],
      ['Postie', 'https://www.postie.example', 'transactional email'],
      // An address in the brackets is no site.
      ['Nuvola', undefined, '(support@nuvola.example) — support desk'],
    ],
  );
  const fr =
    'Nous faisons appel aux sous-traitants suivants :\n\n- **Hostique** (hostique.fr) : hébergement\n- **Postie** (postie.fr) : envoi des courriels\n';
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => e.url),
    ['https://hostique.fr', 'https://postie.fr'],
  );
});

test('a bullet "**Name** — role (EU cloud)": a place and the noun of what is there in the role’s brackets is the place', () => {
  const md = [
    'We use the following sub-processors:',
    '',
    '- **Hostique Ltd** — Analytics (EU cloud)',
    '- **Postie Inc.** — Email delivery (US servers, SCCs in place)',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(md, 'p.md').map((e) => [e.name, (e.dataLocation as Entry).countries, e.purpose]),
    [
      ['Hostique Ltd', ['EU'], 'Analytics'],
      ['Postie Inc.', ['US'], 'Email delivery'],
    ],
  );
  const fr =
    'Nous faisons appel aux sous-traitants suivants :\n\n- **Hostique SAS** — Hébergement (serveurs UE)\n- **Postie SAS** — Courriels (France)\n';
  assert.deepEqual(
    imported(fr, 'p.md').map((e) => (e.dataLocation as Entry).countries),
    [['EU'], ['FR']],
  );
});

test('sections then a summary table: "DPA <Vendor>", a "Mécanisme" column, a place the section left open, a change log’s date', () => {
  const md = [
    '# Registre des sous-traitants',
    '',
    '### 1. Hostique Inc.',
    '',
    '- **Finalité** : hébergement',
    '- **Pays de traitement** : États-Unis OU Canada (au choix)',
    '- **DPA Hostique** : https://hostique.example/legal/dpa',
    '',
    '### 2. Postie SAS',
    '',
    '- **Finalité** : courriels',
    '- **Pays de traitement** : France',
    '',
    '## Résumé des transferts',
    '',
    '| Sous-traitant | Pays | Mécanisme |',
    '|---|---|---|',
    '| Hostique | USA (option Canada) | CCT + adéquation UK |',
    '| Postie | France | Aucun transfert |',
    '',
    '## Mises à jour',
    '',
    '| Date | Modification | Auteur |',
    '|---|---|---|',
    '| 2026-01-10 | Création du registre | J. Exemple |',
    '| 2026-03-02 | Ajout de Postie | J. Exemple |',
    '',
  ].join('\n');
  const page = readPage(md, 'p.md');
  assert.equal(page.lastUpdated, '2026-03-02');
  // The change log's rows are still said not to be read.
  assert.ok(unreadEn(page).some((u) => u.includes('Mises à jour')));
  const [hostique, postie] = imported(md, 'p.md');
  assert.deepEqual((hostique!.dataLocation as Entry).countries, ['US']);
  assert.equal((hostique!.dpa as Entry).url, 'https://hostique.example/legal/dpa');
  assert.deepEqual(
    (hostique!.transfer as Entry[]).map((t) => t.mechanism),
    ['scc', 'adequacy'],
  );
  assert.deepEqual((postie!.dataLocation as Entry).countries, ['FR']);
});

test('a heading that says where the parties under it operate gives that place to each item under it that states none', () => {
  const md = `# Our vendors

## Sub-processors operating within the EU

- [Mailnest](https://mailnest.example). Sends our newsletters.
- [Filebox](https://filebox.example). Stores uploaded documents. Data is hosted in Norway.

## Sub-processors operating outside the EU

- [Chatly](https://chatly.example). Live chat on the site.

## Sous-traitants hébergés en France

- [Paiemo](https://paiemo.example). Paiements en ligne.
- [Factura](https://factura.example). Facturation.
`;
  const byName = new Map(imported(md, 'v.md').map((e) => [e.name, e]));
  assert.deepEqual((byName.get('Mailnest')!.dataLocation as Entry).countries, ['EU']);
  // An item's own place stays its own; "outside" a place names none.
  assert.deepEqual((byName.get('Filebox')!.dataLocation as Entry).countries, ['NO']);
  assert.equal(byName.get('Chatly')!.dataLocation, 'unknown');
  assert.deepEqual((byName.get('Paiemo')!.dataLocation as Entry).countries, ['FR']);
});

test('a list item that introduces the sub-processors ("Nos prestataires techniques :") over a nested list: each nested item an entry', () => {
  const html = [
    '<p>Vos données sont communiquées uniquement :</p>',
    '<ul>',
    '  <li>aux membres habilités de l’association</li>',
    '  <li>à nos adhérents chargés des inscriptions</li>',
    '  <li>Nos prestataires techniques :',
    '    <ul><li>Nuagel SAS (hébergement)</li><li>Postie (envoi des courriels)</li></ul>',
    '  </li>',
    '</ul>',
    '<p>Ces données peuvent être transférées vers le Canada (Postie). Ces transferts reposent sur une décision d’adéquation.</p>',
  ].join('\n');
  const entries = imported(html, 'p.html');
  assert.deepEqual(
    entries.map((e) => [e.name, ((e.dataLocation as Entry | undefined)?.countries as string[] | undefined) ?? 'none']),
    [
      ['Nuagel SAS', 'none'],
      ['Postie', ['CA']],
    ],
  );
  // The same in Markdown, the nested list indented under its item; a nested list under an item that does not
  // introduce the parties (a list of rights) gives none.
  const md = '- Les équipes internes\n- Nos sous-traitants :\n  - Nuagel (hébergement)\n  - Postie (courriels)\n';
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name),
    ['Nuagel', 'Postie'],
  );
  assert.deepEqual(readPage('- Vos droits :\n  - Accès\n  - Rectification\n', 'p.md').entries, []);
  // "transférées aux États-Unis (…)" says the same.
  const aux = html.replace('peuvent être transférées vers le Canada (Postie)', 'sont transférées au Canada (Postie)');
  assert.deepEqual((imported(aux, 'p.html')[1]!.dataLocation as Entry).countries, ['CA']);
  // A transfer the sentence denies places no one.
  const denied = `${html.split('\n').slice(0, 8).join('\n')}\n<p>Aucune donnée n’est transférée vers le Canada (Postie).</p>`;
  assert.equal(imported(denied, 'p.html')[1]!.dataLocation, 'unknown');
});

test('a label alone on its line ("Purpose:") over a bulleted list under a vendor heading: the list is the label’s value', () => {
  const md = `# Vendors

## 1. Nuagel

Purpose:

- database hosting;
- nightly backups.

Location note:

- the region is still to be chosen.

## 2. Postie

Purpose:

- transactional email.
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose]),
    [
      ['Nuagel', 'database hosting; nightly backups.'],
      ['Postie', 'transactional email.'],
    ],
  );
  // The location's words say no place: none is stated.
  assert.equal(((entries[0]!.dataLocation as Entry | undefined)?.countries as unknown) ?? 'unknown', 'unknown');
});

test('an introduced item whose name is marked as still to be confirmed ("[À CONFIRMER : Postie] — courriels") is that vendor’s entry', () => {
  const md = [
    'Nous faisons appel aux sous-traitants suivants :',
    '',
    '- Nuagel SAS — hébergement',
    '- [À CONFIRMER : Postie] — envoi des courriels',
    '- [To be confirmed: Payflow Ltd] (paiements)',
    '- [à compléter]',
    '',
  ].join('\n');
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose]),
    [
      ['Nuagel SAS', 'hébergement'],
      ['Postie', 'envoi des courriels'],
      ['Payflow Ltd', 'paiements'],
    ],
  );
  assert.match(String(entries[1]!.note), /\[À CONFIRMER : Postie\]/);
});

test('a legal notice’s host section: the line "hébergé par : X" names the host, not the heading ("Hébergement")', () => {
  const md = [
    '## Éditeur',
    '- Pivert Conseil SARL',
    '- Siège : 4 place du Marché, 21000 Dijon',
    '',
    '## Hébergement',
    '- Ce site est hébergé par : *Nuagix*',
    '- Adresse : 12 avenue des Tilleuls - 69003 Lyon - France',
    '- Site web : www.nuagix.example',
    '',
  ].join('\n');
  const yaml = pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).yaml;
  const entries = (parse(yaml) as { subprocessors: { name: string; website?: string }[] }).subprocessors;
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Nuagix'],
  );
  assert.match(yaml, /entityCountry: FR/);
  assert.match(yaml, /www\.nuagix\.example/);
  // In English, and with the label "Hébergeur" alone.
  for (const line of ['- Hosted by: Nuagix', '- Hébergeur : Nuagix'])
    assert.deepEqual(
      readPage(md.replace('- Ce site est hébergé par : *Nuagix*', line), 'p.md').entries.map((e) => e.name ?? e.heading),
      ['Nuagix'],
    );
});

test('a register’s processing sections (a legal basis, a "Sous-traitant :" line) are no vendors; the table of them is', () => {
  const md = [
    '## Traitements',
    '',
    '### P1 — Inscription à la lettre',
    '- **Finalité** : envoi de la lettre mensuelle.',
    '- **Base légale** : consentement.',
    '- **Sous-traitant** : Postie (envoi).',
    '',
    '### P2 — Facturation',
    '- **Finalité** : émission des factures.',
    '- **Base juridique** : obligation légale.',
    '- **Sous-traitant** : Comptix.',
    '- **Conservation** : 10 ans.',
    '',
    '## Sous-traitants',
    '',
    '| Sous-traitant | Finalité | Localisation |',
    '|---|---|---|',
    '| Postie | Courriels | UE |',
    '| Comptix | Comptabilité | FR |',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Postie', 'Comptix'],
  );
  // A processing with no sub-processor line, and nothing a vendor's lines would say, is no vendor either.
  const own =
    '### P3 — Gestion des comptes\n- **Finalité** : création des comptes.\n- **Base légale** : contrat.\n- **Données** : email.\n\n';
  assert.deepEqual(
    readPage(own + md, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Postie', 'Comptix'],
  );
  // A vendor's own section with a legal basis, and no sub-processor line, is still the vendor's.
  const vendor =
    '### Comptix SAS\n- **Finalité** : comptabilité.\n- **Base légale** : obligation légale.\n- **Pays de traitement** : France\n';
  assert.deepEqual(
    readPage(vendor, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Comptix SAS'],
  );
});

test('a numbered line that is a name alone ("1. Nuagel") over labelled bullets is that vendor\'s entry; a placeholder one is none', () => {
  const md = `## Our providers

1. Nuagel
- Service: database hosting
- Data: accounts, invoices

2. Postie
- Service: transactional email

3. [PLACEHOLDER: Queue provider]
- Service: job queue
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.purpose]),
    [
      ['Nuagel', 'database hosting'],
      ['Postie', 'transactional email'],
    ],
  );
  // The bullets nested under the numbered line, in Markdown or HTML, read the same.
  const nested = '## Providers\n\n1. Nuagel\n   - Service: hosting\n2. Postie\n   - Service: email\n';
  const html =
    '<h2>Providers</h2><ol><li>Nuagel<ul><li>Service: hosting</li></ul></li><li>Postie<ul><li>Service: email</li></ul></li></ol>';
  for (const [text, file] of [
    [nested, 'p.md'],
    [html, 'p.html'],
  ])
    assert.deepEqual(
      imported(text!, file!).map((e) => [e.name, e.purpose]),
      [
        ['Nuagel', 'hosting'],
        ['Postie', 'email'],
      ],
    );
  // A numbered list of names with no labelled lines under them stays a list of names, no entry opened by the number.
  assert.deepEqual(readPage('Steps:\n\n1. Sign up\n2. Log in\n', 'p.md').entries, []);
});

test('a legal notice’s host in other words: a "Raison sociale" or "Nom" line under the host’s heading, an address after its name', () => {
  const publisher = '## Éditeur du site\n- Pivert Conseil SARL\n- Siège : 4 place du Marché, 21000 Dijon\n\n';
  const host = (md: string) => {
    const entries = (
      parse(pageToInventory(readPage(publisher + md, 'p.md'), { today: '2026-12-01' }).yaml) as {
        subprocessors: { name: string; entityCountry?: string }[];
      }
    ).subprocessors;
    return entries.map((e) => [e.name, e.entityCountry ?? 'none']);
  };
  assert.deepEqual(host('## Hébergeur\n- Raison sociale : Nuagix SAS\n- Adresse : 12 avenue des Tilleuls, 69003 Lyon, France\n'), [
    ['Nuagix SAS', 'FR'],
  ]);
  assert.deepEqual(host('### Hébergement du site\n**Nom :** Nuagix  \n**Adresse :** 12 avenue des Tilleuls, 69003 Lyon, France  \n'), [
    ['Nuagix', 'FR'],
  ]);
  assert.deepEqual(host('## Hébergement\nLe site est hébergé par Nuagix SAS, 12 avenue des Tilleuls, 69003 Lyon, France.\n'), [
    ['Nuagix SAS', 'FR'],
  ]);
  // Under a vendor's heading, its "Hébergeur" line names that vendor's own host, not the entry.
  assert.deepEqual(
    readPage('### Supabase\n- Hébergeur : AWS\n- Localisation : Francfort\n', 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Supabase'],
  );
  // Under another heading, a "Nom" line over labelled lines does not make the heading a host's.
  assert.deepEqual(
    readPage('### Stripe\n- Nom : Stripe Payments Europe Ltd\n- Finalité : paiements\n', 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Stripe'],
  );
});

test('a paragraph of names with their roles right under a "Third parties" heading is the list of vendors', () => {
  const html =
    '<h2>Third Parties</h2>\n<p>Northwind (mail delivery), Lakeside (payments), Quarry (search).</p>\n<h2>Contact</h2>\n<p>Email: help@northwind-app.io</p>';
  const read = readPage(html, 'p.html');
  assert.deepEqual(
    read.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'purpose')?.value]),
    [
      ['Northwind', 'mail delivery'],
      ['Lakeside', 'payments'],
      ['Quarry', 'search'],
    ],
  );
  // Under a heading of another subject, such a paragraph is no list of vendors.
  assert.deepEqual(names('<h2>Our values</h2>\n<p>Care (for members), Craft (in code), Calm (at work).</p>', 'p.html'), []);
});

test('a list announced by "The following service providers …" (no colon), each item opening with a company and its legal form', () => {
  const md = [
    'The following service providers process personal data under a written contract.',
    '',
    '- Lakeside Analytics Ltd, having its registered office at 1 Harbour Road, is providing analytics services.',
    '- Northwind Mail GmbH, with its seat in Berlin, sends our newsletters.',
    '',
  ].join('\n');
  assert.deepEqual(names(md, 'p.md'), ['Lakeside Analytics Ltd', 'Northwind Mail GmbH']);
  // A sentence that opens with a name and no legal form names no vendor by itself.
  assert.deepEqual(names(md.replace('Lakeside Analytics Ltd', 'Lakeside').replace('Northwind Mail GmbH', 'Northwind'), 'p.md'), []);
});

test('a policy’s bold-led vendors under "Sous-traitants", its bold-led measures under "Sécurité" and its own name under "Contact": the vendors only', () => {
  const text = [
    '# Politique de confidentialité',
    '## 3. Partage des données',
    '### Sous-traitants',
    '- **Hostella** - Hébergement (Belgique)',
    '- **Paymo** - Paiements par mobile (Sénégal)',
    '## 6. Sécurité',
    '- **Chiffrement** : TLS de bout en bout',
    '- **Sauvegardes** : quotidiennes et chiffrées',
    '## 9. Contact',
    '**Atelier Kora SARL**',
    '- Email : vie-privee@kora.example',
    '- Objet : "Données personnelles"',
    '',
  ].join('\n');
  const page = readPage(text, 'politique.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name ?? e.heading, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Hostella', 'Belgique'],
      ['Paymo', 'Sénégal'],
    ],
  );
  assert.ok(unreadEn(page).includes("list '6. Sécurité' (2 items): security measures, not sub-processors"), unreadEn(page).join('\n'));
});

test('bold-led lists a page introduces as another topic (what it collects, legal bases, retention, rights) beside the one it introduces as its processors: the processors only', () => {
  const html = [
    '<Page>',
    '<Section title="2. Information we hold">',
    '<p><strong>What we hold:</strong></p>',
    '<ul><li><strong>Profile details</strong> — your name and work email.</li><li><strong>Usage logs</strong> — pages opened, kept short.</li></ul>',
    '</Section>',
    '<Section title="3. Grounds for processing">',
    '<p>We rely on these grounds:</p>',
    '<ul><li><strong>Agreement</strong> — to run the service you signed up for.</li><li><strong>Consent</strong> — for optional cookies.</li></ul>',
    '</Section>',
    '<Section title="4. Who helps us">',
    '<p>We rely on the following processors:</p>',
    '<ul><li><strong>Nimbushost</strong> (nimbushost.example) — servers in the EU.</li><li><strong>Postlark</strong> (postlark.example) — email delivery.</li></ul>',
    '</Section>',
    '<Section title="5. Keeping data">',
    '<ul><li><strong>Profile details</strong> — kept while the account is open.</li><li><strong>Usage logs</strong> — kept 90 days.</li></ul>',
    '</Section>',
    '</Page>',
  ].join('\n');
  const page = readPage(html, 'privacy.html');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Nimbushost', 'Postlark'],
  );
  assert.ok(
    unreadEn(page).includes("list '5. Keeping data' (2 items): another topic of the page than its sub-processors"),
    unreadEn(page).join('\n'),
  );
  // The same in Markdown: the lists under their own headings, the processors under theirs.
  const md = [
    '## What we hold',
    '- **Profile details** — your name and work email.',
    '- **Usage logs** — pages opened.',
    '',
    '## Who helps us',
    'We rely on the following processors:',
    '',
    '- **Nimbushost** — servers in the EU.',
    '- **Postlark** — email delivery.',
    '',
    '## Your rights',
    'You may ask for:',
    '',
    '- **Access** — a copy of your data.',
    '- **Erasure** — its deletion.',
    '',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'privacy.md').entries.map((e) => e.name ?? e.heading),
    ['Nimbushost', 'Postlark'],
  );
});

test('a host’s card as <br> lines under a role heading ("Hébergeur" over "Nom : …", "Téléphone : …", "Adresse postale : …", "Site Web : <a>…</a>"): the name line names the entry, the phone is one of its lines, the link its site', () => {
  const html = [
    '<h1>Mentions légales</h1>',
    '<h3>Hébergeur</h3>',
    '<p><strong>Nom :</strong> Boréal Nuage<br>',
    '<strong>Numéro de téléphone :</strong> +1 514 000 0000<br>',
    '<strong>Adresse postale :</strong> 210 rue Saint-Paul, Montréal, Québec Canada H2Y 1Z8<br>',
    '<strong>Site Web :</strong> <a href="https://boreal-nuage.example/fr/">boreal-nuage.example</a></p>',
    '<h3>Cookies</h3><p>Nous ne déposons aucun traceur publicitaire.</p>',
  ].join('\n');
  const [host, ...others] = imported(html, 'mentions.html');
  assert.equal(others.length, 0);
  assert.equal(host!.name, 'Boréal Nuage');
  assert.equal(host!.entityCountry, 'CA');
  assert.equal(host!.url, 'https://boreal-nuage.example/fr/');
});

test('a bold item that heads a nested list ("**Prestataires techniques** :") is no vendor: its items are the list', () => {
  const md = [
    'Vos données peuvent être partagées avec :',
    '',
    '- **Prestataires techniques** :',
    '  - Lakeside (hébergement) - UE',
    '  - Northwind (envoi des e-mails) - US avec CCT',
    '',
    '- **Autorités** : si requis par la loi',
    '',
  ].join('\n');
  // Each nested item an entry (its role in brackets is split off by the import), no entry for either bold item.
  assert.deepEqual(names(md, 'p.md'), ['Lakeside (hébergement)', 'Northwind (envoi des e-mails)']);
});

test('"Fonction :" under a vendor’s heading is its purpose, a labelled line, not the name of another entry', () => {
  // Each labelled line ends in a hard break (two spaces), as a Markdown page writes a card's lines.
  const md = [
    '## Annexe : sous-traitants',
    '### Nuvola SA',
    '**Fonction** : Hébergement des bases  ',
    '**Localisation** : UE (Francfort)  ',
    '**Certifications** : ISO 27001',
    '',
  ].join('\n');
  const [entry, ...others] = imported(md, 'annexe.md');
  assert.equal(others.length, 0);
  assert.equal(entry!.name, 'Nuvola SA');
  assert.equal(entry!.purpose, 'Hébergement des bases');
});

test('"Certains de ces sous-traitants sont établis aux États-Unis" names none: no country for all; the controller’s bold name under its heading is no vendor', () => {
  const html = [
    '<h2>1. Responsable du traitement</h2>',
    '<ul><li><strong>Lumen SRL</strong></li><li>Contact : vie-privee@lumen.example</li></ul>',
    '<h2>5. Destinataires des données</h2>',
    '<p>Vos données peuvent être transmises aux sous-traitants suivants :</p>',
    '<ul><li><strong>Nimbo</strong> : hébergement (Canada).</li><li><strong>Postal</strong> : envoi des courriels (Irlande).</li></ul>',
    '<p>Certains de ces sous-traitants sont établis aux États-Unis, ce qui implique un transfert hors de l’Union :</p>',
    '<ul><li>soit par une décision d’adéquation ;</li><li>soit par des clauses contractuelles types.</li></ul>',
  ].join('\n');
  const entries = imported(html, 'politique.html');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entityCountry]),
    [
      ['Nimbo', undefined],
      ['Postal', undefined],
    ],
  );
});

test('an impact assessment: run-in bold headings ("**Objet.**") are labels, and a sentence lists the processors beside a kind of provider', () => {
  const md = [
    '# Étude d’impact — standard téléphonique',
    '',
    '## 1. Le traitement',
    '',
    '**Objet.** Orienter les appels entrants vers le bon service.',
    '',
    '**Intervenants.**',
    '- Sous-traitants ultérieurs : Nimbus Voix (transcription), prestataire de stockage agréé, Orque Cloud (calcul).',
    '',
    '## 3. Mesures',
    '',
    '**Pour la perte des enregistrements.**',
    '- Copies chiffrées chaque nuit.',
    '',
    '**Pour la conservation.**',
    '- Effacement au bout de trois mois.',
  ].join('\n');
  const read = readPage(md, 'aipd.md');
  assert.deepEqual(
    read.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'purpose')?.value]),
    [
      ['Nimbus Voix', 'transcription'],
      ['Orque Cloud', 'calcul'],
    ],
  );
  // A kind of provider among more names than itself, no more: "prestataire, Nimbus Voix" names one vendor, no list.
  assert.deepEqual(names('Nos sous-traitants : un hébergeur, Nimbus Voix (transcription).\n', 'p.md'), []);
});

test('a contract: run-in bold headings after a clause number ("1.2 **Durée.**") are labels, not vendors', () => {
  const md = [
    '# Contrat de traitement — Maison Lierre',
    '',
    '## Article 2 — Objet et durée',
    '',
    '2.1 **Objet.** Le Prestataire tient le carnet de commandes du Client.',
    '',
    '2.2 **Modalités du traitement.** Saisie, conservation, consultation et suppression.',
    '',
    '2.3 **Durée.** Celle du contrat.',
    '',
    '## Article 6 — Sous-traitants ultérieurs',
    '',
    'Le Client autorise les sous-traitants ultérieurs suivants : **Nimbus Base** (base de données), **Orque Mail** (envoi des courriels), **Pivert Push** (notifications).',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'contrat.md').entries.map((e) => e.name),
    ['Nimbus Base', 'Orque Mail', 'Pivert Push'],
  );
});

test('a DPA’s description of the processing ("Finalité", "Personnes concernées" bullets under a heading) is no vendor', () => {
  const md = [
    '# Accord de traitement — Atelier Sorbier',
    '',
    '## Annexe 1 — Le traitement confié',
    '',
    '- **Finalité** : tenir le fichier des adhérents.',
    '- **Durée** : celle de l’adhésion.',
    '- **Personnes concernées** : les adhérents et leurs proches.',
    '',
    '## Catégories de données',
    '',
    '- **Données** : identité, coordonnées.',
    '- **Catégories de personnes concernées** : adhérents.',
    '',
    '## Annexe 2 — Sous-traitants ultérieurs',
    '',
    '| Sous-traitant | Rôle | Localisation |',
    '|---|---|---|',
    '| Nimbus Base | Base de données | Union européenne |',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'accord.md').entries.map((e) => e.name ?? e.heading),
    ['Nimbus Base'],
  );
  // A vendor’s own section naming whose data it gets and where it keeps it stays an entry.
  const vendor =
    '## Orque Mail\n\n- **Finalité** : envoi des courriels.\n- **Personnes concernées** : clients.\n- **Localisation** : Irlande.\n';
  assert.deepEqual(
    readPage(vendor, 'v.md').entries.map((e) => e.name ?? e.heading),
    ['Orque Mail'],
  );
});

test('vendors named in one sentence: a place in one name’s brackets is that vendor’s; a bold run-in heading over the list; training words in brackets', () => {
  const md = [
    '# Accord de traitement — Atelier Sorbier',
    '',
    '**4. Sous-traitants ultérieurs**',
    'Le Client autorise les sous-traitants ultérieurs suivants : Nimbus Base (base de données), Orque Mail (courriels, données stockées en Belgique), Pivert Stats (statistiques, hébergement UE), Lynx IA (rédaction).',
    '',
    '**9.3 Sous-traitants ultérieurs du module Agenda**',
    'Nimbus Base (hébergement, Irlande), Lynx IA (rédaction, sans réutilisation pour entraîner un modèle). Le calendrier du Client n’est pas un sous-traitant.',
  ].join('\n');
  const read = readPage(md, 'accord.md');
  const fact = (name: string, key: string) => read.entries.find((e) => e.name === name)?.facts.find((f) => f.key === key)?.value;
  assert.deepEqual(
    read.entries.map((e) => e.name),
    ['Nimbus Base', 'Orque Mail', 'Pivert Stats', 'Lynx IA'],
  );
  assert.equal(fact('Orque Mail', 'dataLocation'), 'Belgique');
  assert.equal(fact('Pivert Stats', 'dataLocation'), 'UE');
  // Said again under the module's heading, with its place: the place, for the entry already listed.
  assert.equal(fact('Nimbus Base', 'dataLocation'), 'Irlande');
  assert.equal(fact('Lynx IA', 'dataLocation'), undefined);
  assert.equal(fact('Lynx IA', 'trainsOnCustomerData'), 'rédaction, sans réutilisation pour entraîner un modèle');
});

test('a contract’s party defined by name ("**Le Prestataire** (ci-après « Sorbier »)") over its details is no vendor', () => {
  const md = [
    '# Accord de traitement',
    '',
    '**Le Prestataire** (ci-après « Sorbier »)',
    '',
    '- Raison sociale : Sorbier SAS',
    '- Adresse : 4 rue des Tilleuls, 69003 Lyon',
    '- Contact : vieprivee@sorbier.example',
    '',
    '## Sous-traitants ultérieurs',
    '',
    '| Sous-traitant | Rôle | Localisation |',
    '|---|---|---|',
    '| Nimbus Base | Base de données | Union européenne |',
  ].join('\n');
  assert.deepEqual(
    readPage(md, 'accord.md').entries.map((e) => e.name ?? e.heading),
    ['Nimbus Base'],
  );
  const en = '**Acme Ltd** (hereinafter the “Processor”)\n\n- Registered office: 1 High Street, Leeds\n- Contact: privacy@acme.example\n';
  assert.deepEqual(
    readPage(en, 'dpa.md').entries.map((e) => e.name ?? e.heading),
    [],
  );
});

test('a component’s page: a string constant its markup shows ("{LAST_UPDATED}") reads as its text', () => {
  const jsx = [
    "const MAJ = '3 février 2026';",
    '',
    'export default function Page() {',
    '  return (',
    '    <main>',
    '      <p>Dernière mise à jour : {MAJ}</p>',
    '      <h2>Sous-traitants</h2>',
    '      <table>',
    '        <thead><tr><th>Sous-traitant</th><th>Localisation</th></tr></thead>',
    '        <tbody><tr><td>Nimbus Base</td><td>France</td></tr></tbody>',
    '      </table>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');
  const read = readPage(jsx, 'page.html');
  assert.deepEqual(
    read.entries.map((e) => e.name ?? e.heading),
    ['Nimbus Base'],
  );
  assert.equal(read.lastUpdated, '3 février 2026');
});

test('a component’s list rendered from an array literal it maps to items (pairs, objects, strings), a mark before each name', () => {
  const jsx = [
    'export default function Page() {',
    '  return (',
    '    <main>',
    '      <p>We rely on the following sub-processors:</p>',
    '      <ul>',
    '        {[',
    '          ["Postal", "Email delivery. Your data is stored in the EU."],',
    '          ["Hostique", "Hosting of the service."],',
    '        ].map(([name, desc]) => (',
    '          <li key={name}>',
    '            <span className="mark">✦</span>',
    '            <span><strong>{name}</strong> — {desc}</span>',
    '          </li>',
    '        ))}',
    '      </ul>',
    '      <p>We use it for:</p>',
    '      <ul>',
    '        {["Sending sign-in links", "Billing"].map((item) => (',
    '          <li key={item}>{item}</li>',
    '        ))}',
    '      </ul>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');
  const read = readPage(jsx, 'page.html');
  assert.deepEqual(
    read.entries.map((e) => [e.name, e.line]),
    [
      ['Postal', 6],
      ['Hostique', 6],
    ],
  );
  const fr = [
    'export default function Page() {',
    '  return (',
    '    <section>',
    '      <p>Nous faisons appel aux sous-traitants suivants :</p>',
    '      <ul>',
    "        {[{ nom: 'Postal', role: 'envoi des courriels' }, { nom: 'Hostique', role: 'hébergement' }].map(({ nom, role }) => (",
    '          <li key={nom}><b>{nom}</b> : {role}</li>',
    '        ))}',
    '      </ul>',
    '    </section>',
    '  );',
    '}',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'page.html').entries.map((e) => e.name),
    ['Postal', 'Hostique'],
  );
});

test('a component’s list mapped from an array it names (`const VENDORS = [[…]]`, `{VENDORS.map(…)}`): read where shown, once', () => {
  const jsx = [
    'const VENDORS: [string, string][] = [',
    '  ["Postal", "Email delivery. Your data is stored in Ireland."],',
    '  ["Hostique", "Hosting of the service."],',
    '];',
    '',
    'export default function Page() {',
    '  return (',
    '    <main>',
    '      <p>We use the following sub-processors:</p>',
    '      <ul>',
    '        {VENDORS.map(([name, desc]) => (',
    '          <li key={name}><strong>{name}</strong> — {desc}</li>',
    '        ))}',
    '      </ul>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');
  const read = readPage(jsx, 'page.html');
  // The array's strings are the items' words, not the source's: Ireland is Postal's place only.
  assert.deepEqual(
    read.entries.map((e) => [e.name, e.line, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Postal', 11, 'Ireland'],
      ['Hostique', 11, undefined],
    ],
  );
  const fr = [
    "const PRESTATAIRES = ['Postal', 'Hostique'];",
    'export default function Page() {',
    '  return (',
    '    <section>',
    '      <h2>Sous-traitants ultérieurs</h2>',
    '      <p>Nous faisons appel aux sous-traitants suivants :</p>',
    '      <ul>{PRESTATAIRES.map((p) => (<li key={p}><strong>{p}</strong></li>))}</ul>',
    '    </section>',
    '  );',
    '}',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'page.html').entries.map((e) => e.name),
    ['Postal', 'Hostique'],
  );
});

test('a DPA naming its vendors in one sentence ("…, et C (z)"), its own processor defined and signed for, is read', () => {
  const md = [
    '# Accord de traitement',
    '',
    '« Sous-traitant » désigne Sorbier Conseil SARL. « Client » désigne le responsable de traitement.',
    '',
    '## 4. Sous-traitants ultérieurs',
    '',
    'Le Client autorise les sous-traitants ultérieurs suivants : Nimbus Base (base de données, localisation Irlande), Orque Mail (courriels), et Pivert Pay (paiements).',
    '',
    '## 9. Transferts',
    '',
    'Les données restent dans l’UE.',
    '',
    '**Sous-traitant :** Sorbier Conseil SARL, Lyon, France',
  ].join('\n');
  const read = readPage(md, 'accord.md');
  assert.deepEqual(
    read.entries.map((e) => e.name ?? e.heading),
    ['Nimbus Base', 'Orque Mail', 'Pivert Pay'],
  );
  assert.equal(read.entries[0]!.facts.find((f) => f.key === 'dataLocation')?.value, 'Irlande');
});

test('a register: the controller’s address is the contact, "Pays (données UE)" both places, a "Lien" to a privacy page the site beside a DPA column', () => {
  const md = [
    '# Registre des traitements — Atelier Brume',
    '',
    '*Responsable du traitement : Jeanne Roux — atelier.brume@exemple.fr*',
    '',
    '## Sous-traitants',
    '',
    '| Sous-traitant | Pays | DPA signé | Lien |',
    '|---|---|---|---|',
    '| Nuage Base Inc. | USA (données UE) | Oui | https://nuagebase.example/legal/privacy-policy |',
    '| Courrier Net SAS | France | Oui | https://courrier.example/dpa |',
  ].join('\n');
  const read = readPage(md, 'registre.md');
  assert.equal(read.contact, 'atelier.brume@exemple.fr');
  const facts = (name: string) => read.entries.find((e) => e.name === name)!.facts.map((f) => [f.key, f.value]);
  assert.deepEqual(facts('Nuage Base Inc.'), [
    ['dataLocation', 'USA (données UE)'],
    ['dpa', 'Oui'],
    ['website', 'https://nuagebase.example/legal/privacy-policy'],
  ]);
  // An agreement's address beside the same column stays the agreement.
  assert.ok(facts('Courrier Net SAS').some(([k, v]) => k === 'dpa' && v === 'https://courrier.example/dpa'));
  const inventory = pageToInventory(read, { today: '2026-12-01' }).value as { subprocessors: { dataLocation?: { countries: string[] } }[] };
  assert.deepEqual(inventory.subprocessors[0]!.dataLocation?.countries, ['US', 'EU']);
});

test('an agreement column’s cell read for its other facts: "✅ Entreprise allemande" the company’s country, "ISO 27001 + DPA" a scheme held', () => {
  const md = [
    '| Sous-traitant | Pays | Rôle | DPA signé |',
    '|---|---|---|---|',
    '| Hafen GmbH | Allemagne | Sauvegardes | ✅ Entreprise allemande |',
    '| Caisse Ltd | Irlande | Paiements | ✅ ISO 27001 + DPA |',
    '| Note Inc. | USA | Prise de notes | ⚠️ À vérifier, ISO 27001 demandé |',
  ].join('\n');
  const read = readPage(md, 'sous-traitants.md');
  const facts = (name: string, key: string) =>
    read.entries
      .find((e) => e.name === name)!
      .facts.filter((f) => f.key === key)
      .map((f) => f.value);
  assert.deepEqual(facts('Hafen GmbH', 'entityCountry'), ['DE']);
  assert.deepEqual(facts('Caisse Ltd', 'certifications'), ['ISO 27001']);
  // A cell with other words than a scheme and the agreement ("À vérifier", "demandé") states no scheme held.
  assert.deepEqual(facts('Note Inc.', 'certifications'), []);
});

test('text copied from a browser: a "Sub-processors" line over items giving each vendor’s postal address, then its role', () => {
  const text = [
    'Data Processing Agreement',
    'Sub-processors',
    '- Rechenwerk AG, Hafenweg 4, 20457 Hamburg, Germany — virtual machines (Hamburg, DE)',
    '- Open Mail Foundation (Postbote), Portland, USA — bounce handling',
    'Security measures',
    '- Keys rotated every quarter.',
  ].join('\n');
  const read = readPage(text, 'dpa.txt');
  assert.deepEqual(
    read.entries.map((e) => [e.heading, e.facts.map((f) => `${f.key}=${f.value}`)]),
    [
      ['Rechenwerk AG', ['entityCountry=Hafenweg 4, 20457 Hamburg, Germany', 'purpose=virtual machines', 'dataLocation=Hamburg, DE']],
      ['Open Mail Foundation (Postbote)', ['entityCountry=Portland, USA', 'purpose=bounce handling']],
    ],
  );
  const inventory = pageToInventory(read, { today: '2026-12-01' }).value as {
    subprocessors: { name: string; entity?: string; entityCountry?: string }[];
  };
  assert.deepEqual(
    inventory.subprocessors.map((s) => [s.name, s.entity, s.entityCountry]),
    [
      ['Rechenwerk AG', 'Rechenwerk AG', 'DE'],
      ['Postbote', 'Open Mail Foundation', 'US'],
    ],
  );
});

test('a "Subprocessors" line over lines each a vendor, its role and its country (a table that lost its borders)', () => {
  const text = [
    'Our policy on subprocessors',
    'Subprocessors',
    'This list gives each subprocessor, what it does for us and where it processes data.',
    'Nordlys, object storage, Norway',
    'Kettle Mail, transactional email, Ireland',
    'Choosing subprocessors',
    'We review every subprocessor once a year.',
  ].join('\n');
  assert.deepEqual(
    readPage(text, 'policy.txt').entries.map((e) => [e.name, e.facts.map((f) => `${f.key}=${f.value}`)]),
    [
      ['Nordlys', ['purpose=object storage', 'dataLocation=Norway']],
      ['Kettle Mail', ['purpose=transactional email', 'dataLocation=Ireland']],
    ],
  );
  // A line that is no such row ("Choosing subprocessors, as we do") ends the list; a title with no rows gives none.
  assert.deepEqual(names('Subprocessors\nWe use few of them, carefully, in Europe.\n', 'p.txt'), []);
});

test('a "Date de mise à jour" heading over a sentence giving the date in figures; a name bracketing its company’s country, then an offer', () => {
  const md = [
    '# Registre',
    '',
    '| Sous-traitant | Rôle |',
    '|---|---|',
    '| Postier (États-Unis, option région UE) | Courriels |',
    '| Nuage Vert (France, UE) | Hébergement |',
    '',
    '## Date de mise à jour',
    '',
    'Registre revu le 2026-03-09 à la demande du délégué. Prochaine revue en 2027.',
  ].join('\n');
  const read = readPage(md, 'registre.md');
  assert.equal(read.lastUpdated, '2026-03-09');
  const inventory = pageToInventory(read, { today: '2026-12-01' }).value as { subprocessors: { entityCountry?: string }[] };
  // Two places in the brackets ("France, UE"): where the data is, no company's country.
  assert.deepEqual(
    inventory.subprocessors.map((s) => s.entityCountry),
    ['US', undefined],
  );
});

test('"UE + hors UE possible" places the data in the EU (the words after "hors" name where it may go besides)', () => {
  const md = [
    '| Prestataire | Rôle | Localisation / transfert |',
    '|---|---|---|',
    '| Caisse Claire | Paiement | UE + hors UE possible |',
  ].join('\n');
  const inventory = pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).value as {
    subprocessors: { dataLocation?: { countries: string[] } }[];
  };
  assert.deepEqual(inventory.subprocessors[0]!.dataLocation?.countries, ['EU']);
});

test('"Status: 2 June 2026 · v1" dates the page; an item of measures naming one vendor "certified" gives it that certification', () => {
  const text = [
    'Processing agreement',
    'Status: 14 March 2026 · v2 · Draft',
    'Sub-processors',
    '- Rechenwerk AG, Hafenweg 4, 20457 Hamburg, Germany — virtual machines',
    '- Postbote Ltd, 3 Quay Street, Dublin, Ireland — e-mail',
    'Measures',
    '- Racks at Rechenwerk reachable by its own staff only (ISO 27001 certified)',
    '- Backups every night, kept 14 days',
  ].join('\n');
  const read = readPage(text, 'dpa.txt');
  assert.equal(read.lastUpdated, '14 March 2026');
  assert.deepEqual(
    read.entries.map((e) => e.facts.filter((f) => f.key === 'certifications').map((f) => f.value)),
    [['ISO 27001'], []],
  );
  // "Status: draft": no date.
  assert.equal(
    readPage('Status: draft\nSub-processors\n- Rechenwerk AG, Hafenweg 4, 20457 Hamburg, Germany — hosting\n', 'p.txt').lastUpdated,
    undefined,
  );
});

test('an entry named with its cloud region outside its row ("Non (Nuage eu-west-3, Paris)" in a record) adds that country', () => {
  const md = [
    '## Traitement 1 — Comptes',
    '',
    '| Champ | Détail |',
    '|---|---|',
    '| Destinataires | Nuage (sous-traitant) |',
    '| Transferts hors UE | Non (Nuage eu-west-3, Paris) |',
    '',
    '## Sous-traitants',
    '',
    '| Sous-traitant | Pays |',
    '|---|---|',
    '| Nuage Inc. | USA (données UE) |',
    '| Postier SAS | France |',
  ].join('\n');
  const inventory = pageToInventory(readPage(md, 'registre.md'), { today: '2026-12-01' }).value as {
    subprocessors: { dataLocation?: { countries: string[] } }[];
  };
  assert.deepEqual(
    inventory.subprocessors.map((s) => s.dataLocation?.countries),
    [['US', 'EU', 'FR'], ['FR']],
  );
  // Its city in brackets and the EU after a comma go with the region: "Hébergement Nuage eu-central-1 (Francfort), UE."
  const measures = [
    '| Sous-traitant | Localisation |',
    '|---|---|',
    '| Nuage | eu-central-1 (Francfort) |',
    '| Postier SAS | France |',
    '',
    '- Hébergement Nuage eu-central-1 (Francfort), UE.',
  ].join('\n');
  const hosted = pageToInventory(readPage(measures, 'm.md'), { today: '2026-12-01' }).value as {
    subprocessors: { dataLocation?: { countries: string[] } }[];
  };
  assert.deepEqual(hosted.subprocessors[0]!.dataLocation?.countries, ['DE', 'EU']);
});

test('a row named by a protocol ("SMTP (configuré)") names no vendor, whatever its other cells say', () => {
  const md = [
    '| Prestataire | Finalité | DPA |',
    '|---|---|---|',
    '| Colis Vif | Expédition | À signer |',
    '| SMTP (configuré) | Courriels | À signer |',
    '| SFTP | Échanges de fichiers | Contrat |',
  ].join('\n');
  assert.deepEqual(names(md, 'p.md'), ['Colis Vif']);
});

test('one numbered table per vendor ("Sub-processor 1 |" over labelled rows) is one entry each, its long labels read by meaning', () => {
  const card = (n: number, rows: [string, string][]) =>
    [`| Sub-processor ${n} |  |`, '| :--- | :--- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
  const md = [
    '**ANNEX 3 — List of sub-processors**',
    '',
    card(1, [
      ['Full legal name of sub-processor', 'Cumulo Hosting B.V. (Cumulo)'],
      ['Address / country', 'Keizersgracht 12, 1015 Amsterdam, Netherlands'],
      ['Description of processing including a clear delimitation of responsibilities', 'Hosting of the application servers.'],
      ['Nature of processing (hosting, access only, etc.)', 'Hosting, location: Cumulo EU (Amsterdam)'],
    ]),
    card(2, [
      ['Full legal name of sub-processor', 'Postbox Cloud (operated by Postbox Inc.)'],
      ['Address / country', '200 Market Street, San Francisco CA 94105, USA'],
      ['Nature of processing (hosting, access only, etc.)', 'Sends the service emails. Location of processing: USA'],
    ]),
    card(3, [
      ['Full legal name of sub-processor', 'Tallyho'],
      ['Address / country', ''],
      ['Nature of processing (hosting, access only, etc.)', ''],
    ]),
  ].join('\n');
  const entries = imported(md, 'annex.md');
  assert.deepEqual(
    entries.map((e) => [e.name, e.entity, e.entityCountry, e.dataLocation === 'unknown' ? 'unknown' : (e.dataLocation as Entry).countries]),
    [
      ['Cumulo Hosting B.V. (Cumulo)', 'Cumulo Hosting B.V.', 'NL', ['EU', 'NL']],
      ['Postbox Cloud', 'Postbox Inc.', 'US', ['US']],
      ['Tallyho', 'unknown', undefined, 'unknown'],
    ],
  );
  // In French.
  const fr = [
    '| Sous-traitant n° 1 |  |',
    '| --- | --- |',
    '| Nom du sous-traitant | Nuagix SAS |',
    '| Adresse / pays | 3 rue de la Paix, 75002 Paris, France |',
    '| Nature du traitement (hébergement, accès seul, etc.) | Hébergement, localisation : UE (Francfort) |',
    '',
    '| Sous-traitant n° 2 |  |',
    '| --- | --- |',
    '| Nom du sous-traitant | Courriel Express SARL |',
    '| Adresse / pays | 8 avenue Foch, 69006 Lyon, France |',
  ].join('\n');
  assert.deepEqual(
    imported(fr, 'annexe.md').map((e) => [
      e.name,
      e.entityCountry,
      e.dataLocation === 'unknown' ? 'unknown' : (e.dataLocation as Entry).countries,
    ]),
    [
      ['Nuagix SAS', 'FR', ['EU', 'DE']],
      ['Courriel Express SARL', 'FR', 'unknown'],
    ],
  );
});

test('near misses: a numbered table naming no vendor, a place left to a case, a bracket run by no company', () => {
  // No row names the vendor: no entry of the card (the page lists none).
  const noName = ['| Sub-processor 1 |  |', '| --- | --- |', '| Purpose | Hosting |', '| Location | Germany |', ''].join('\n');
  assert.deepEqual(names(noName, 'p.md'), []);
  // "location: EU if the customer asks": a case, not the place. "(operated by our team)": no company.
  const md = [
    '| Sub-processor 1 |  |',
    '| --- | --- |',
    '| Full legal name of sub-processor | Gridlet (operated by our team) |',
    '| Nature of processing | Backups, location: EU if the customer asks for it |',
    '| Address / country | 4 Harbour Road, Dublin, Ireland |',
  ].join('\n');
  const [entry] = imported(md, 'p.md');
  assert.equal(entry!.name, 'Gridlet (operated by our team)');
  assert.equal(entry!.entity, 'unknown');
  assert.equal(entry!.dataLocation, 'unknown');
});

test("a component's source (TSX, JSX) saved under a Markdown name is read as the source it is; a Markdown page that imports a component stays Markdown", () => {
  const tsx = [
    "import React from 'react';",
    "import { LegalLayout } from '@/components/LegalLayout';",
    '',
    'export default function SubProcessors() {',
    '  return (',
    '    <LegalLayout title="Sub-processors">',
    '      <table>',
    '        <thead><tr><th>Vendor</th><th>Location</th></tr></thead>',
    '        <tbody><tr><td>Nubo Cloud</td><td>Germany</td></tr><tr><td>Postiers</td><td>France</td></tr></tbody>',
    '      </table>',
    '    </LegalLayout>',
    '  );',
    '}',
    '',
  ].join('\n');
  assert.equal(detectPageFormat(tsx, 'page.md'), 'html');
  assert.deepEqual(
    readPage(tsx, 'page.md').entries.map((e) => e.name ?? e.heading),
    ['Nubo Cloud', 'Postiers'],
  );
  const jsx =
    "'use client';\n\nconst Page = () => (\n  <main><h1>Sous-traitants</h1><ul><li>Nubo</li></ul></main>\n);\nexport default Page;\n";
  assert.equal(detectPageFormat(jsx, 'page.markdown'), 'html');
  // Near-misses: an MDX-like page that imports a component but writes its list in Markdown; Markdown quoting code.
  const mdx = "import { Note } from '../components/Note';\n\n# Sub-processors\n\n| Vendor | Location |\n|---|---|\n| Nubo | Germany |\n";
  assert.equal(detectPageFormat(mdx, 'page.md'), 'markdown');
  const prose = '# Sub-processors\n\n```tsx\nexport default function A() {\n  return (<p>x</p>);\n}\n```\n';
  assert.equal(detectPageFormat(prose, 'page.md'), 'markdown');
});

test('a browser copy (.txt) with one line starting "# " is text; with Markdown structure beyond that line, Markdown', () => {
  const copied = 'Sub-processors\n\nThe full list.\n\n# last_updated 30_apr_2026 · review quarterly\n\nVendor\tLocation\nNubo\tGermany\n';
  assert.equal(detectPageFormat(copied, 'page.txt'), 'text');
  assert.equal(detectPageFormat('Nos sous-traitants\n\n# de salariés : 40\n\nPrestataire\tPays\nNubo\tAllemagne\n', 'page.txt'), 'text');
  // Markdown structure beyond the line: two headings, a table's rows, a link, bold words.
  assert.equal(detectPageFormat('# Sub-processors\n\n## Hosting\n\nNubo, Germany\n', 'page.txt'), 'markdown');
  assert.equal(detectPageFormat('# Sub-processors\n\n| Vendor | Location |\n| Nubo | Germany |\n', 'page.txt'), 'markdown');
  assert.equal(detectPageFormat('# Sous-traitants\n\n- **Nubo** : hébergement ([site](https://nubo.example))\n', 'page.txt'), 'markdown');
  // A file with no name keeps reading one "# " line as Markdown.
  assert.equal(detectPageFormat('# Sub-processors\n\nNubo, Germany\n'), 'markdown');
});

test('a component’s source kept as text (`.txt`, `.tsx`): read as its markup and data, not as lines of text; its layout’s date', () => {
  const source = (lang: 'en' | 'fr') =>
    [
      'import LegalLayout from "@/components/LegalLayout";',
      '',
      'type Vendor = { name: string; location: string; purpose: string };',
      '',
      'const vendors: Vendor[] = [',
      lang === 'en'
        ? '  { name: "Nimbus Cloud", location: "Canada", purpose: "Hosting" },'
        : '  { name: "Nimbus Cloud", location: "Canada", purpose: "Hébergement" },',
      lang === 'en'
        ? '  { name: "Parcelo", location: "Japan", purpose: "Email delivery" },'
        : '  { name: "Parcelo", location: "Japon", purpose: "Envoi des courriels" },',
      '];',
      '',
      'export default function Page() {',
      '  return (',
      lang === 'en'
        ? '    <LegalLayout title="Sub-processors" lastUpdated="March 3, 2026">'
        : '    <LegalLayout title="Sous-traitants" lastUpdated="3 mars 2026">',
      '      <table><tbody>{vendors.map((v) => (<tr key={v.name}><td>{v.name}</td><td>{v.location}</td></tr>))}</tbody></table>',
      '    </LegalLayout>',
      '  );',
      '}',
    ].join('\n');
  for (const lang of ['en', 'fr'] as const)
    for (const file of ['page.txt', 'page.tsx', 'page']) {
      const read = readPage(source(lang), file);
      assert.deepEqual(
        read.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
        [
          ['Nimbus Cloud', 'Canada'],
          ['Parcelo', lang === 'en' ? 'Japan' : 'Japon'],
        ],
        `${lang} ${file}`,
      );
      assert.equal(read.lastUpdated, lang === 'en' ? 'March 3, 2026' : '3 mars 2026');
    }
  // Near miss: text copied from a browser whose first line speaks of importing is no source: its lines stay text.
  const copied = ['Import from other tools is possible.', '', 'Sub-processors', '- Nimbus Cloud (hosting, Canada)'].join('\n');
  assert.equal(readPage(copied, 'page.txt').entries.length, 1);
  assert.ok(!readPage(copied, 'page.txt').entries.some((e) => /import/i.test(e.name ?? '')));
});

test('an MDX page (Markdown whose first line imports a component) stays Markdown, whatever its file is called', () => {
  const mdx = [
    'import Tabs from "@theme/Tabs";',
    '',
    '# Sub-processors',
    '',
    '| Sub-processor | Purpose | Location |',
    '|---|---|---|',
    '| Nimbara GmbH | Hosting | Germany |',
    '| Postwick SAS | Email | France |',
  ].join('\n');
  for (const file of ['page.mdx', 'page.txt'])
    assert.deepEqual(
      readPage(mdx, file).entries.map((e) => e.name),
      ['Nimbara GmbH', 'Postwick SAS'],
      file,
    );
});

test('a module kept as text is read as markup only when its source holds markup; a module of constants stays text', () => {
  const component = `import Link from "next/link";\n\nexport default function Vendors() {\n  return <table><tr><td>Nubo</td><td>Germany</td></tr></table>;\n}\n`;
  assert.equal(detectPageFormat(component, 'vendors.txt'), 'html');
  const constants = `export const SOUS_TRAITANTS: Array<{ nom: string; pays: string }> = [\n  { nom: "Nubo SAS", pays: "France" },\n  { nom: "Postwick Ltd", pays: "Royaume-Uni" },\n];\n`;
  assert.equal(detectPageFormat(constants, 'legal.txt'), 'text');
  const records = `import type { Vendor } from "./types";\n\nexport const vendors: Vendor[] = [{ name: "Nubo GmbH", location: "Germany" }];\n`;
  assert.equal(detectPageFormat(records, 'vendors.txt'), 'text');
});

test('a sentence whose subject names the sub-processors lists them after its verb, each with its role in brackets (French and English)', () => {
  const fr = `# Politique\n\n## 9. Sous-traitants\n\nNos principaux sous-traitants sont actuellement Héron Cloud (hébergement), Postie (courriels) et Quokka (suivi des erreurs).\n`;
  const page = readPage(fr, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'purpose')?.value]),
    [
      ['Héron Cloud', 'hébergement'],
      ['Postie', 'courriels'],
      ['Quokka', 'suivi des erreurs'],
    ],
  );
  const en = `# Privacy\n\nOur sub-processors are Heron Cloud (hosting) and Postie (email).\n`;
  assert.deepEqual(
    readPage(en, 'p.md').entries.map((e) => e.name),
    ['Heron Cloud', 'Postie'],
  );
  // Near misses: capitalised words with no role in brackets after the verb may be adjectives; a sentence whose subject
  // is no party names none; words in lower case after the verb list nothing.
  for (const text of [
    'Nos sous-traitants sont Européens et Américains.',
    'Nos outils sont Héron Cloud (hébergement) et Postie (courriels).',
    'Nos sous-traitants sont soumis au RGPD (article 28) et à la loi (article 3).',
    // Another party's sub-processors (review11): not the page's.
    "Stripe's sub-processors are Nubora (hosting) and Quillpost (email).",
    'Les sous-traitants de notre client sont Nubora (hébergement) et Quillpost (courriels).',
    "Our customers' sub-processors are Acme Retail (payments) and Globex (shipping).",
  ])
    assert.deepEqual(
      readPage(`# Politique\n\n${text}\n`, 'p.md').entries.map((e) => e.name),
      [],
      text,
    );
});

test('a component a prop renders as an element (`component="li"`, `as="h2"`) is read as that element; other props change nothing', () => {
  const source = `import { Box, Typography } from '@mui/material';

export default function Privacy() {
  return (
    <Box>
      <Typography variant="h5" component="h2">Prestataires</Typography>
      <Typography variant="body1" paragraph>Nos prestataires sont :</Typography>
      <Box component="ul">
        <Typography component="li">Héron Cloud (Hébergement) : France</Typography>
        <Typography component="li">Postie (Courriels) : Irlande</Typography>
      </Box>
    </Box>
  );
}
`;
  assert.equal(detectPageFormat(source, 'privacy.txt'), 'html');
  assert.deepEqual(
    readPage(source, 'privacy.txt').entries.map((e) => e.name),
    ['Héron Cloud (Hébergement)', 'Postie (Courriels)'],
  );
  // Near miss: a prop that names no element (`component={Link}`, `as="/about"`) leaves the component inline words.
  const links = `import { Box, Typography } from '@mui/material';

export default function Privacy() {
  return (
    <Box>
      <Typography as="/about" component={Link}>Héron Cloud (Hébergement) : France</Typography>
      <Typography as="/contact">Postie (Courriels) : Irlande</Typography>
    </Box>
  );
}
`;
  assert.deepEqual(
    readPage(links, 'privacy.txt').entries.map((e) => e.name),
    [],
  );
});

test('a list the page heads or introduces as planned or former vendors gives no entries; one of current and former vendors does', () => {
  const current = '- **Nuagix** — hosting, Canada.\n- **Courrielo** — email, Ireland.\n';
  const names = (md: string) => readPage(md, 'p.md').entries.map((e) => e.name ?? e.heading);
  for (const title of [
    '## Former subprocessors',
    '## Planned sub-processors',
    '## Vendors we no longer use',
    '## Anciens sous-traitants',
    '## Sous-traitants envisagés',
  ]) {
    const md = `# Sub-processors\n\n## Current sub-processors\n\n${current}\n${title}\n\n- **Hébergix** — hosting, until 2025.\n- **Postilla** — email.\n`;
    assert.deepEqual(names(md), ['Nuagix', 'Courrielo'], title);
  }
  const former = readPage(
    `# Sub-processors\n\n${current}\n## Former subprocessors\n\n- **Hébergix** — hosting.\n- **Postilla** — email.\n`,
    'p.md',
  );
  assert.deepEqual(unreadEn(former), ["list 'Former subprocessors' (2 items): not current sub-processors"]);
  // A list a sentence introduces as vendors used before or to come, its items plain names.
  for (const intro of ['Previously used sub-processors:', 'Sous-traitants que nous n’utilisons plus :', 'Upcoming vendors:'])
    assert.deepEqual(
      names(
        `# Sub-processors\n\nWe use the following sub-processors:\n\n- Nuagix (hosting, Canada)\n- Courrielo (email, Ireland)\n\n${intro}\n\n- Hébergix (hosting, Canada)\n- Postilla (email, Canada)\n`,
      ),
      ['Nuagix', 'Courrielo'],
      intro,
    );
  // Near misses: a heading of current and former vendors, and one that names a former thing but no vendors, keep theirs.
  assert.deepEqual(names(`# Sub-processors\n\n## Current and former sub-processors\n\n${current}`), ['Nuagix', 'Courrielo']);
  assert.deepEqual(names(`# Sub-processors\n\n## Sous-traitants actuels (anciens sous-traitants retirés en 2025)\n\n${current}`), [
    'Nuagix',
    'Courrielo',
  ]);
  assert.deepEqual(names(`# Sub-processors\n\n## Changes since the previous version\n\n${current}`), ['Nuagix', 'Courrielo']);
});

test("a sentence that gives a vendor's address by the first word of its name is no contact of the page; the page's own is", () => {
  const table = '| Sub-processor | Purpose |\n|---|---|\n| Nuagix Cloud Europe Ltd | Hosting |\n| Courrielo | Email |\n';
  const contact = (sentence: string) => readPage(`# Sub-processors\n\n${sentence}\n\n${table}`, 'p.md').contact;
  assert.equal(contact('For questions about how Nuagix processes your data, contact privacy@nuagix.example.'), undefined);
  assert.equal(contact('Pour toute question sur la façon dont Nuagix traite vos données : privacy@nuagix.example.'), undefined);
  // Near miss: the page's own privacy address, in a sentence that names no vendor.
  assert.equal(contact('For questions about how we process your data, contact privacy@acme.example.'), 'privacy@acme.example');
});
