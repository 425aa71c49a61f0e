/**
 * Pages read by their structure (issue 22): texts a component writes once per language in one call, cards that are a
 * name line over its sentences, a place said with the machines that hold it, a company's seat in brackets after its
 * full name in prose. Fixtures in our own words; each rule beside words that must not read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { withOneTranslation } from './read/translationCalls';

interface Sub {
  name: string;
  purpose?: string;
  entityCountry?: string;
  dataLocation?: { countries: string[] | string };
}
const subs = (text: string, file: string): Sub[] =>
  (pageToInventory(readPage(text, file), { today: '2026-12-01' }).value as { subprocessors: Sub[] }).subprocessors;
const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('a call that picks its string by the language shows one string: the page read in one language', () => {
  const langOf = (t: string) => (/\b(?:les|des|nous)\b/i.test(t) ? 'fr' : /\b(?:the|we|our)\b/i.test(t) ? 'en' : undefined);
  // English written first, French second, Spanish third: the page's words outside the calls are French.
  const jsx = [
    '<p>Nous publions cette page.</p>',
    "<h2>{tx(lang, 'Our partners', 'Nos partenaires', 'Nuestros socios')}</h2>",
    "<p>{tx(lang, 'We rely on the following:', 'Nous utilisons les suivants :', 'Usamos:')}</p>",
  ].join('\n');
  assert.equal(
    withOneTranslation(jsx, langOf),
    ['<p>Nous publions cette page.</p>', '<h2>Nos partenaires</h2>', '<p>Nous utilisons les suivants :</p>'].join('\n'),
  );
  // No words outside the calls: the language of the calls' first strings, escapes read, markup characters as text.
  assert.equal(
    withOneTranslation("<p>{tr(i18n.language, 'We keep the <data> safe.', 'Nous gardons l\\'accès.')}</p>", langOf),
    '<p>We keep the &lt;data&gt; safe.</p>',
  );
  // A key looked up in a dictionary, a call whose first argument is no language, an expression among the strings: as
  // written.
  for (const kept of [
    "<p>{t('legal.hosting.title')}</p>",
    "<p>{pick(region, 'Europe', 'Amérique')}</p>",
    '<p>{tx(lang, `Hello ${name}`, `Bonjour ${name}`)}</p>',
    "<p>{tx(lang, 'Only one')}</p>",
  ])
    assert.equal(withOneTranslation(kept, langOf), kept);
});

test('cards a lead-in announces, each a name line over its sentences, are the entries (their link line no name)', () => {
  const fr = [
    '<section><h2>{tr(language, "Prestataires", "Providers")}</h2>',
    '<p>{tr(language, "Nous travaillons avec les prestataires suivants :", "We work with the following providers:")}</p>',
    '<div><div><p>Courrier Rapide SAS</p><p>{tr(language, "Envoi des e-mails de service. Données : adresse e-mail.", "Service e-mails. Data: e-mail address.")}</p>',
    '<a href="https://courrier.example/privacy">{tr(language, "Confidentialité Courrier Rapide", "Courrier Rapide privacy")}</a></div>',
    '<div><p>Nuagex</p><p>{tr(language, "Hébergement des fichiers. Serveurs UE (Francfort).", "File hosting. EU servers (Frankfurt).")}</p></div>',
    '<div><p>Plume / Encre</p><p>{tr(language, "Signature électronique des contrats.", "Contract e-signature.")}</p></div></div></section>',
  ].join('\n');
  const read = subs(fr, 'p.html');
  assert.deepEqual(
    read.map((s) => s.name),
    ['Courrier Rapide SAS', 'Nuagex', 'Plume / Encre'],
  );
  assert.equal(read[0]!.purpose, 'Envoi des e-mails de service. Données : adresse e-mail.');
  assert.deepEqual(read[1]!.dataLocation?.countries, ['EU', 'DE']);
  const en = [
    '<h2>Vendors</h2>',
    '<p>We share data with the following sub-processors:</p>',
    '<div><p>Lantern Analytics Inc.</p><p>Product analytics. Pseudonymous events only.</p></div>',
    '<div><p>Quay Support</p><p>Help desk tickets.</p><p>Replies are kept for a year.</p></div>',
  ].join('\n');
  assert.deepEqual(names(en, 'p.html'), ['Lantern Analytics Inc.', 'Quay Support']);
  // Lines in common nouns over sentences are a section's sub-headings, not vendors; one card alone is no list; a name
  // line with no sentence under it ends the cards.
  const subheadings = [
    '<h2>Sous-traitants</h2>',
    '<p>Nous faisons appel aux sous-traitants suivants :</p>',
    '<p>Hébergement du site</p><p>Le site est hébergé en France.</p>',
    '<p>Paiement en ligne</p><p>Les paiements sont sécurisés.</p>',
  ].join('\n');
  assert.deepEqual(names(subheadings, 'p.html'), []);
  const alone = '<h2>Vendors</h2><p>We use the following sub-processors:</p><p>Lantern Inc.</p><p>Product analytics.</p>';
  assert.deepEqual(names(alone, 'p.html'), []);
  const bare = '<h2>Vendors</h2><p>We use the following sub-processors:</p><p>Lantern Inc.</p><p>Quay Support</p><p>Help desk.</p>';
  assert.deepEqual(names(bare, 'p.html'), []);
});

test('a sentence that is only the machines and their place ("EU servers (Frankfurt).") is where the data is', () => {
  const md = (said: string) => `Our sub-processors:\n\n- Nuagex — File storage. ${said}\n- Plumet — E-signature.\n`;
  assert.deepEqual(subs(md('EU servers (Frankfurt).'), 'p.md')[0]!.dataLocation?.countries, ['EU', 'DE']);
  assert.deepEqual(subs(md('Serveurs Canada.'), 'p.md')[0]!.dataLocation?.countries, ['CA']);
  // Machines with no place, or more words than the noun and the place: no place read.
  for (const said of ['Serveurs mutualisés.', 'Servers managed by Nuagex.', 'Dedicated EU servers for backups.'])
    assert.ok(!Array.isArray(subs(md(said), 'p.md')[0]!.dataLocation?.countries), said);
});

test('a listed company written in prose with its legal form, then its city and country in brackets: its seat', () => {
  const fr = [
    'Les paiements sont encaissés par Caisse Nette Ltd. (Cork, Irlande) pour notre compte.',
    '',
    'Nos sous-traitants :',
    '',
    '- Caisse Nette Ltd. — paiements',
    '- Routeur SAS — e-mails',
  ].join('\n');
  assert.deepEqual(
    subs(fr, 'p.md').map((s) => s.entityCountry),
    ['IE', undefined],
  );
  const en =
    'Billing is run by Tally Books GmbH (Berlin, Germany).\n\nOur sub-processors:\n\n- Tally Books GmbH — billing\n- Pigeon — e-mail\n';
  assert.equal(subs(en, 'p.md')[0]!.entityCountry, 'DE');
  // A brand without its legal form, a bracket that is no place, a longer name that ends with the company's: no seat.
  for (const said of [
    'Billing is run by Tally (Germany).',
    'Billing is run by Tally Books GmbH (SOC 2 audited).',
    'Billing is run by Big Tally Books GmbH (Berlin, Germany).',
  ]) {
    const page = `${said}\n\nOur sub-processors:\n\n- ${said.includes('Tally Books') ? 'Tally Books GmbH' : 'Tally'} — billing\n- Pigeon — e-mail\n`;
    assert.equal(subs(page, 'p.md')[0]!.entityCountry, undefined, said);
  }
});

test('a program that builds its document one call per block: headings, paragraphs and bullets as the calls name them', () => {
  const py = [
    '"""Builds the agreement."""',
    'doc = Document()',
    'add_heading(doc, "Schedule 2 — Sub-processors", level=1)',
    'add_body(doc,',
    '    "The Processor may engage the following "',
    '    "sub-processors:")',
    'add_bullet(doc, "Parcel Cloud Ltd — file storage (Dublin, EU) ;")',
    'add_bullet(doc, "Signet Inc. — e-signature (Toronto, Canada).")',
    'r = p.add_run("Signed in two copies.")',
    'set_run(r, bold=True, size=10)',
  ].join('\n');
  const read = subs(py, 'build.py.txt');
  assert.deepEqual(
    read.map((s) => [s.name, s.purpose, s.dataLocation?.countries]),
    [
      ['Parcel Cloud Ltd', 'file storage', ['IE', 'EU']],
      ['Signet Inc.', 'e-signature', ['CA']],
    ],
  );
  const js = [
    "pdf.addTitle('Annexe 3', { level: 2 });",
    "pdf.addParagraph('Le prestataire fait appel aux sous-traitants ultérieurs ' + 'suivants :');",
    "pdf.addBullet('Nuagex SAS — hébergement (Roubaix, France) ;');",
    "pdf.addBullet('Routeur SARL — envoi des e-mails (Lyon, France).');",
  ].join('\n');
  assert.deepEqual(names(js, 'annexe.txt'), ['Nuagex SAS', 'Routeur SARL']);
  // Calls that build no block (a getter, a style, a logger), or blocks with no heading among them: not a document.
  const notBuilt = [
    'const a = getText("Nos sous-traitants suivants :");',
    'logItem("Nuagex SAS — hébergement");',
    'set_run(r, "Routeur SARL — e-mails")',
    'addBullet("Nuagex SAS — hébergement (France)");',
    'addBullet("Routeur SARL — e-mails (France)");',
  ].join('\n');
  assert.ok(!readPage(notBuilt, 'x.txt').entries.some((e) => /^Nuagex SAS$/.test(e.name ?? e.heading)));
});

test('cards that say the vendor is not used, or that give a person and a title, are no entries (review9 #1)', () => {
  const page = (cards: string) =>
    `<h2>Prestataires</h2><p>Nous faisons appel aux prestataires suivants :</p>${cards}<div><p>Routeur SAS</p><p>Envoi des e-mails.</p></div><div><p>Nuagex</p><p>Hébergement du site.</p></div>`;
  for (const card of [
    '<div><p>Compteur Plus</p><p>Nous avons cessé d’utiliser Compteur Plus en 2024.</p></div>',
    '<div><p>Mesure Web</p><p>Nous n’utilisons pas Mesure Web sur ce site.</p></div>',
    '<div><p>Claire Dubois</p><p>Directrice de la publication.</p></div>',
  ])
    assert.deepEqual(names(page(card), 'p.html'), ['Routeur SAS', 'Nuagex'], card);
  const en = `<h2>Vendors</h2><p>We use the following sub-processors:</p><div><p>Tally Inc.</p><p>Billing.</p></div><div><p>Old Metrics</p><p>We no longer use Old Metrics.</p></div><div><p>Sam Lee</p><p>Founder and CEO.</p></div><div><p>Pigeon Ltd</p><p>E-mail delivery.</p></div>`;
  assert.deepEqual(names(en, 'p.html'), ['Tally Inc.', 'Pigeon Ltd']);
});

test('a company named with its legal form after words that store the data with it: its bracket is no seat (review9 #2)', () => {
  const page = (said: string) => `${said}\n\nNos sous-traitants :\n\n- Caisse Nette SAS — paiements\n- Routeur SAS — e-mails\n`;
  for (const said of [
    'Les sauvegardes sont stockées chez Caisse Nette SAS (Allemagne).',
    'Backups are hosted with Caisse Nette SAS (Germany).',
  ])
    assert.equal(subs(page(said), 'p.md')[0]!.entityCountry, undefined, said);
  assert.equal(subs(page('Le paiement est confié à Caisse Nette SAS (Lyon, France).'), 'p.md')[0]!.entityCountry, 'FR');
});

test('a host section whose sentence introduces the host\'s labelled lines: the lines are its facts ("Adresse web", seat)', () => {
  const html = [
    '<h1>Mentions légales</h1>',
    '<p>En vigueur à partir de mars 2026</p>',
    '<h2>2. Hébergement</h2>',
    '<p>Le site est hébergé par la société :</p>',
    '<ul><li><strong>Hébergeur :</strong> Nuagex Hosting SARL</li>',
    '<li><strong>Adresse web :</strong> https://nuagex.example</li>',
    '<li><strong>Siège social :</strong> Lyon, France</li></ul>',
  ].join('\n');
  const inventory = pageToInventory(readPage(html, 'p.html'), { today: '2026-12-01' }).value as {
    inventory: { lastUpdated: string };
    subprocessors: (Sub & { url?: string })[];
  };
  assert.deepEqual(
    inventory.subprocessors.map((s) => [s.name, s.url, s.entityCountry]),
    [['Nuagex Hosting SARL', 'https://nuagex.example', 'FR']],
  );
  assert.equal(inventory.inventory.lastUpdated, '2026-03-01');
  // "Effective from" in English; a sentence that is no label ("Prices apply from June 2026") dates nothing.
  assert.equal(
    readPage('Effective from 4 May 2026\n\n| Vendor | Purpose |\n|---|---|\n| Tally | Billing |\n', 'p.md').lastUpdated,
    '4 May 2026',
  );
  assert.equal(
    readPage('Prices apply from June 2026.\n\n| Vendor | Purpose |\n|---|---|\n| Tally | Billing |\n', 'p.md').lastUpdated,
    undefined,
  );
});

test("a company named as the complement of another noun: its bracket is that noun's place, no seat (review9 #3)", () => {
  const page = (said: string) => `${said}\n\nNos sous-traitants :\n\n- Caisse Nette SAS — paiements\n- Routeur SAS — e-mails\n`;
  for (const said of ['Le support de Caisse Nette SAS (Maroc) répond en français.', 'The help desk of Caisse Nette SAS (India) answers.'])
    assert.equal(subs(page(said), 'p.md')[0]!.entityCountry, undefined, said);
});
