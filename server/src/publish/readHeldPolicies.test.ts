/**
 * Shapes of holdout15's French pages held as code or naming their processors in one sentence (issue 22): a policy a
 * TypeScript module exports as data, vendors named "X pour …" after a colon. Each with its near-miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { codeDocumentBlocks } from './read/codeDocument';
import { readLocation } from './wording';

const read = (text: string, file: string) =>
  readPage(text, file).entries.map((e) => [
    e.name ?? e.heading,
    ...e.facts.filter((f) => f.key === 'purpose' || f.key === 'dataLocation').map((f) => `${f.key}=${f.value}`),
  ]);

test('vendors named in a sentence, each "Name pour …" after a colon: one entry each, its use the purpose (French)', () => {
  const md =
    "Vos données ne sont confiées qu'à nos prestataires liés par contrat : Nuagique pour l'hébergement et les " +
    'sauvegardes, Payvo pour les paiements et Mailora Pro pour les lettres d’information.\n';
  assert.deepEqual(read(md, 'p.md'), [
    ['Nuagique', "purpose=l'hébergement et les sauvegardes"],
    ['Payvo', 'purpose=les paiements'],
    ['Mailora Pro', 'purpose=les lettres d’information'],
  ]);
});

test('vendors named in a sentence, each "Name for …" after a colon (English)', () => {
  const md =
    'We share data only with our service providers: Cloudnest for hosting and backups, Paytide for billing, and Sendly for email.\n';
  assert.deepEqual(read(md, 'p.md'), [
    ['Cloudnest', 'purpose=hosting and backups'],
    ['Paytide', 'purpose=billing'],
    ['Sendly', 'purpose=email'],
  ]);
});

test('near misses: reasons after "pour", a part that is no vendor, a single vendor: no entry from the sentence', () => {
  // What the parties are chosen for, no name.
  assert.deepEqual(read('Nos prestataires : nous les choisissons pour leur sécurité, leur prix et leur sérieux.\n', 'p.md'), []);
  // One part names no vendor: the sentence is no list.
  assert.deepEqual(read('Our vendors: Paytide for payments, and others as needed.\n', 'p.md'), []);
  // A list of one.
  assert.deepEqual(read("Notre sous-traitant : Nuagique pour l'hébergement.\n", 'p.md'), []);
  // (review8) Places or people before "pour"/"for" are no vendors: the sentence lists none.
  assert.deepEqual(
    read("Nos prestataires sont répartis ainsi : France pour l'hébergement, Irlande pour les e-mails, Canada pour le support.\n", 'p.md'),
    [],
  );
  assert.deepEqual(read('Our service providers: Paytide for payments, Customers for nothing, Sendly for email.\n', 'p.md'), []);
  assert.deepEqual(read('Nos prestataires : Utilisateurs pour les tests, Équipe pour le support.\n', 'p.md'), []);
  // No word naming the parties before the colon.
  assert.deepEqual(read('Nos outils : Nuagique pour les fichiers, Payvo pour les factures.\n', 'p.md'), []);
});

const policyModule = (fields: string) =>
  [
    "import type { Locale } from './i18n'",
    'export const policy: Record<Locale, Policy> = {',
    '  fr: {',
    fields,
    '    sections: [',
    "      { heading: '1. Qui nous aide', content: 'Nous faisons appel à des sous-traitants liés par contrat: Nuagique pour l\\'hébergement, Payvo pour les paiements.' },",
    "      { heading: '2. Vos droits', content: 'Vous pouvez accéder à vos données.', list: ['Droit d\\'accès', 'Droit d\\'effacement'], listNote: 'Pour exercer vos droits, contactez-nous : bonjour@exemple-asso.ch' },",
    '    ],',
    '  },',
    '}',
  ].join('\n');

test('a policy a TypeScript module exports as data, with no markup: the held document is the page, its note and dated line too', () => {
  const page = readPage(policyModule("    date: 'Mise à jour : avril 2026',"), 'privacy.ts.html');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Nuagique', 'Payvo'],
  );
  // The purpose as the document writes it, its escapes read (no "l\'hébergement" from the code's own text).
  assert.equal(page.entries[0]!.facts.find((f) => f.key === 'purpose')?.value, "l'hébergement");
  assert.equal(page.contact, 'bonjour@exemple-asso.ch');
  assert.equal(page.lastUpdated, 'avril 2026');
});

test('near misses: a date field that is a bare value or a code, and fields that are no text, give no paragraph', () => {
  const blocks = (fields: string) => codeDocumentBlocks(policyModule(fields)).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  // A bare date (a record's own field, not a line the page shows) and an identifier: no paragraph of their own.
  assert.deepEqual(blocks("    date: '2026-04-01', id: 'privacy-fr', icon: 'shield',"), [
    "Nous faisons appel à des sous-traitants liés par contrat: Nuagique pour l'hébergement, Payvo pour les paiements.",
    'Vous pouvez accéder à vos données.',
    'Pour exercer vos droits, contactez-nous : bonjour@exemple-asso.ch',
  ]);
});

const hostFacts = (text: string) =>
  readPage(text, 'p.md').entries.map((e) => [e.name, ...e.facts.filter((f) => f.key !== 'purpose').map((f) => `${f.key}=${f.value}`)]);

test('a host named in a sentence the company writes of itself ("nous hébergeons … chez X"), its site in brackets, its machines\' place', () => {
  assert.deepEqual(
    hostFacts(
      '## Infrastructure\n\nNous hébergeons nos applications et vos fichiers chez Nuagerie (nuagerie.fr), dans ses centres de données situés en Île-de-France.\n',
    ),
    [['Nuagerie', 'website=nuagerie.fr', 'dataLocation=Île-de-France']],
  );
  assert.deepEqual(
    hostFacts('## Hosting\n\nWe host our platform and its databases with Cloudnest (cloudnest.io), in data centres located in Germany.\n'),
    [['Cloudnest', 'website=cloudnest.io', 'dataLocation=Germany']],
  );
});

test('near misses: "chez nous", "with care", and offices after the host are no host nor data place', () => {
  assert.deepEqual(hostFacts('Nous hébergeons nos serveurs nous-mêmes, chez nous, à Lyon.\n'), []);
  assert.deepEqual(hostFacts('We host our workshops with care and in person.\n'), []);
  // Where the company's offices are, not where its machines are: no place for the data.
  assert.deepEqual(hostFacts('Nous hébergeons nos services chez Nuagerie, dont les bureaux sont à Bruxelles.\n'), [['Nuagerie']]);
  assert.deepEqual(hostFacts('We host our services with Cloudnest, whose offices are in Berlin.\n'), [['Cloudnest']]);
  // (review8) Machines placed for some customers only: no place for the data (nor in the passive form), unlike a
  // place that is the only one.
  assert.deepEqual(hostFacts('Our platform is hosted by Cloudnest, whose servers are located in Canada only for Canadian customers.\n'), [
    ['Cloudnest'],
  ]);
  assert.deepEqual(hostFacts('Our platform is hosted by Cloudnest. Data is stored in Germany only.\n'), [
    ['Cloudnest', 'dataLocation=Germany only'],
  ]);
  assert.deepEqual(hostFacts('We host our platform with Cloudnest, whose servers are located in Canada only for Canadian customers.\n'), [
    ['Cloudnest'],
  ]);
  assert.deepEqual(
    hostFacts('Nous hébergeons nos services chez Nuagerie, dont les serveurs sont situés en Suisse uniquement pour nos clients suisses.\n'),
    [['Nuagerie']],
  );
});

const vendorComponent = (sentence: string) =>
  [
    'const MAJ = "12 mars 2026";',
    'const VENDORS: { nom: string; role: string; lieu: string }[] = [',
    '  { nom: "Nuagique SAS", role: "hébergement de l\'outil", lieu: "centre de données dans l\'Union européenne" },',
    '  { nom: "Scribo, Inc.", role: "aide à la rédaction", lieu: "États-Unis" },',
    '];',
    'export default function Privacy() {',
    '  return (',
    '    <main>',
    '      <p>Dernière mise à jour : {MAJ}</p>',
    `      <p>${sentence}</p>`,
    '      <ul>{VENDORS.map((v) => (<li key={v.nom}><strong>{v.nom}</strong> — {v.role} — {v.lieu}</li>))}</ul>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');

const training = (text: string) =>
  readPage(text, 'privacy.tsx.html').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'trainsOnCustomerData')?.value]);

test("a component's array of vendors: the markup's date, and a sentence on one vendor's own terms, are the page's and that vendor's", () => {
  const fr = vendorComponent(
    "Votre texte est transmis à Scribo ; selon les conditions de son API, Scribo n'utilise pas ces textes pour entraîner ses modèles.",
  );
  const page = readPage(fr, 'privacy.tsx.html');
  assert.equal(page.lastUpdated, '12 mars 2026');
  assert.deepEqual(training(fr), [
    ['Nuagique SAS', undefined],
    ['Scribo, Inc.', "selon les conditions de son API, Scribo n'utilise pas ces textes pour entraîner ses modèles."],
  ]);
  const en = vendorComponent('Under its API terms, Scribo does not use this content to train its models.');
  assert.deepEqual(training(en)[1], ['Scribo, Inc.', 'Under its API terms, Scribo does not use this content to train its models.']);
});

test('near misses: a possessive clause then no vendor, a use the vendor may make, a case: no training fact', () => {
  for (const sentence of [
    'Selon les conditions de son API, ces textes ne servent pas à entraîner des modèles.',
    'Under its API terms, Scribo may use this content to train its models.',
    "Si vous l'activez, selon les conditions de son API, Scribo n'utilise pas ces textes pour entraîner ses modèles.",
  ])
    assert.deepEqual(training(vendorComponent(sentence))[1], ['Scribo, Inc.', undefined], sentence);
});

test('machines "dans l\'Union européenne", "dans l\'UE": the article is no part of the place; a place no country names stays a note', () => {
  assert.deepEqual(readLocation("centre de données dans l'Union européenne").countries, ['EU']);
  assert.deepEqual(readLocation("serveurs dans l'UE").countries, ['EU']);
  assert.deepEqual(readLocation('data centre in the European Union').countries, ['EU']);
  assert.deepEqual(readLocation("centre de données dans l'Ouest").countries, []);
});

const seats = (text: string) => readPage(text, 'p.md').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'entityCountry')?.value]);

test('a listed vendor named again with its seat in brackets ("Postie (siège en France)", "(headquartered in Ireland)"): its company\'s country', () => {
  const list = 'Nos sous-traitants : Nuagique (hébergement), Postie (courriels).\n\n';
  assert.deepEqual(
    seats(`${list}Pour les courriels, nous faisons appel au service Postie (siège en France) en qualité de sous-traitant.\n`),
    [
      ['Nuagique', undefined],
      ['Postie', 'France'],
    ],
  );
  const en =
    'Our sub-processors: Hostico (hosting), Postie (email).\n\nWe send email through Postie (headquartered in Ireland) as our processor.\n';
  assert.deepEqual(seats(en), [
    ['Hostico', undefined],
    ['Postie', 'Ireland'],
  ]);
});

test('near misses: hosting words, a bare country, a vendor not listed, or no country in the brackets give no seat', () => {
  const list = 'Nos sous-traitants : Nuagique (hébergement), Postie (courriels).\n\n';
  for (const sentence of [
    'Nos fichiers sont chez Nuagique (hébergé en France) depuis 2024.',
    'Nous utilisons aussi Mailix (siège en France) pour les lettres.',
    'Postie (siège en Europe) envoie nos courriels.',
  ])
    assert.deepEqual(
      seats(`${list}${sentence}\n`).map(([, c]) => c),
      [undefined, undefined],
      sentence,
    );
});

test('a Québec page\'s contact: "en écrivant à …" about "renseignements personnels"; a region of Paris is in France', () => {
  const page = readPage(
    'Nos fournisseurs : Nuagique (hébergement), Postie (courriels).\n\nVous pouvez corriger vos renseignements en écrivant à vie-privee@exemple.ca.\n',
    'p.md',
  );
  assert.equal(page.contact, 'vie-privee@exemple.ca');
  // An address given for orders, no word of privacy or writing: no contact.
  const orders = readPage('Nos fournisseurs : Nuagique (hébergement), Postie (courriels).\n\nCommandes : ventes@exemple.ca\n', 'p.md');
  assert.equal(orders.contact, undefined);
  assert.deepEqual(readLocation('région parisienne').countries, ['FR']);
  assert.deepEqual(readLocation('Île-de-France').countries, ['FR']);
});
