import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageReadError, readPage } from './readPage';
import { everyEntryEstablishedIn } from './read/sections';
import { pageToInventory } from './importPage';
import { unreadText } from './importWords';
import type { Unread } from './read/unread';

/** What the reader set aside, in English (as `subproc import` says it). */
const unreadEn = (page: { unread: readonly Unread[] }): string[] => page.unread.map((u) => unreadText(u, 'en'));

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('HTML: headed sections with a definition list, and two tables (sub-processors and affiliates) are all read', () => {
  const html = `<!doctype html><html><head><title>x</title><script>var a = "<table>";</script></head><body>
<h1>Sub-processors</h1>
<p>Last updated: 28/01/2021</p>
<h3>Stripe, Inc.</h3>
<dl><dt>Purpose</dt><dd>Payments</dd><dt>Data Location</dt><dd>United States</dd></dl>
<h2>Service providers</h2>
<table><thead><tr><th>Vendor</th><th>Service</th><th>Location</th></tr></thead>
<tbody><tr><td>Twilio (SendGrid)</td><td>Email</td><td>USA (SCCs)</td></tr></tbody></table>
<h2>Affiliates</h2>
<table><tr><th>Entity</th><th>Country</th><th>Purpose</th></tr><tr><td>Acme GmbH</td><td>Germany</td><td>Support</td></tr></table>
</body></html>`;
  const page = readPage(html, 'page.html');
  assert.deepEqual(
    page.entries.map((e) => [e.name ?? e.heading, e.affiliate ?? false]),
    [
      ['Stripe, Inc.', false],
      ['Twilio (SendGrid)', false],
      ['Acme GmbH', true],
    ],
  );
  assert.equal(page.lastUpdated, '28/01/2021');
  assert.deepEqual(
    page.entries[0]!.facts.map((f) => f.label),
    ['Purpose', 'Data Location'],
  );
});

test('Markdown: headed entries with labelled bullets, as render writes them, and a simple table', () => {
  const md =
    '# Our vendors\n\n### Stripe (Stripe, Inc.)\n\n- **Purpose:** Payments\n- **Data Location:** United States\n\n## More\n\n| Provider | Purpose | Region |\n|---|---|---|\n| Scaleway | Hosting | France |\n';
  assert.deepEqual(names(md, 'v.md'), ['Stripe (Stripe, Inc.)', 'Scaleway']);
});

test('TSV and semicolon CSV: the delimiter the header uses', () => {
  assert.deepEqual(names('Name\tPurpose\tLocation\nStripe\tPayments\tUSA\n', 'v.tsv'), ['Stripe']);
  assert.deepEqual(names('Sous-traitant;Finalité;Localisation\nScaleway;Hébergement, sauvegardes;France\n', 'v.csv'), ['Scaleway']);
});

test('a row with no name is refused with its line, never an entry without a name', () => {
  assert.throws(
    () => readPage('Vendor,Purpose\nStripe,Payments\n,Hosting\n', 'v.csv'),
    (e: unknown) => e instanceof PageReadError && /^line 3: this row has no Vendor/.test((e as Error).message),
  );
});

test('hostile pages: nesting no browser saves is a clear error, not a stack overflow; huge flat input is read', () => {
  for (const html of ['<div>'.repeat(100_000) + 'x', '<table><tr><td>' + '<b>'.repeat(100_000) + 'x', '<ul><li>'.repeat(50_000)]) {
    assert.throws(
      () => readPage(html, 'deep.html'),
      (e: unknown) => e instanceof PageReadError && /nests elements more than 256 deep/.test((e as Error).message),
    );
  }
  assert.doesNotThrow(() => readPage('> '.repeat(20_000) + 'x\n' + '- '.repeat(20_000) + 'y\n', 'deep.md'));
  const rows = Array.from({ length: 20_000 }, (_, i) => `| Vendor ${i} | Hosting | France |`).join('\n');
  assert.equal(readPage(`| Vendor | Purpose | Location |\n|---|---|---|\n${rows}\n`, 'big.md').entries.length, 20_000);
});

test('in a list a sentence introduces, a remark\'s or a contact\'s label ("Note:", "Important :", "Contact:") is no vendor', () => {
  const en = `# Sub-processors

We engage the following sub-processors:

- **Nuvola:** hosting (Ireland)
- **Postino:** email delivery
- **Notejoy:** shared notes
- **Note:** this list is reviewed every year.
- **Important:** we never sell your data.
- **Contact:** privacy@example.com
`;
  const page = readPage(en, 'p.md');
  assert.deepEqual(names(en, 'p.md'), ['Nuvola', 'Postino', 'Notejoy']);
  assert.equal(page.contact, 'privacy@example.com');
  const fr = `# Sous-traitants

Nous faisons appel aux sous-traitants suivants :

- **Nuvola :** hébergement
- **Postino :** envoi des e-mails
- **Remarque :** la liste est revue chaque année.
- **À noter :** aucune donnée n'est vendue.
`;
  assert.deepEqual(names(fr, 'p.md'), ['Nuvola', 'Postino']);
});

test('a bare list that a sentence introduces as the sub-processors gives one entry per item; a list of sentences does not', () => {
  const md = (items: string) =>
    `# Annexe\n\nLe prestataire peut recourir à des tiers.\n\nLa liste des sous-traitants ultérieurs autorisés est la suivante :\n\n${items}\n\nLa liste peut évoluer.\n`;
  assert.deepEqual(names(md('- Equinix\n- OVHcloud – hébergement\n- Iron Mountain'), 'a.md'), ['Equinix', 'OVHcloud', 'Iron Mountain']);
  // Entries, not also comments.
  const listed = readPage(md('- Equinix\n- Iron Mountain'), 'a.md');
  assert.ok(!listed.other.includes('Equinix') && !listed.other.includes('Iron Mountain'), listed.other.join(' | '));
  assert.ok([...listed.other, ...listed.introduction].includes('La liste peut évoluer.'));
  const purpose = readPage(md('- Equinix\n- OVHcloud – hébergement'), 'a.md').entries[1]!.facts;
  assert.deepEqual(purpose, [{ label: 'Purpose', value: 'hébergement', key: 'purpose' }]);
  // Items that are sentences: the list is something else (obligations, not vendors).
  assert.throws(() => {
    const page = readPage(md('- Equinix\n- il informe le client de tout changement.'), 'a.md');
    if (!page.entries.length) throw new Error('no entry');
  }, /no entry/);
  // No announcing sentence: a bare list of names is not taken for vendors.
  assert.equal(readPage('# Notes\n\nWe like:\n\n- Equinix\n- OVHcloud\n', 'b.md').entries.length, 0);
});

test('items a sentence introduces as the sub-processors, each "Name (purpose)", are entries; two names joined by "et" are two', () => {
  const md =
    '## Prestataires\n\nNous confions certaines données aux sous-traitants suivants :\n\n- Clevercloud (hébergement des applications et des sauvegardes)\n- Brevo et Mailjet (envoi des courriels)\n- Matomo (statistiques de visite, avec votre accord)\n- Scaleway (Scaleway SAS, France)\n\nRien n’est revendu.\n';
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name ?? e.heading, e.facts.find((f) => f.key === 'purpose')?.value]),
    [
      ['Clevercloud', 'hébergement des applications et des sauvegardes'],
      ['Brevo', 'envoi des courriels'],
      ['Mailjet', 'envoi des courriels'],
      ['Matomo', 'statistiques de visite, avec votre accord'],
      // A parenthesis that states the company and its country is the import's to split, not a purpose.
      ['Scaleway (Scaleway SAS, France)', undefined],
    ],
  );
  const built = pageToInventory(page, { today: '2026-12-01' }).value as { subprocessors: Record<string, unknown>[] };
  assert.deepEqual(
    built.subprocessors.map((e) => [e.name, e.entity]),
    [
      ['Clevercloud', 'unknown'],
      ['Brevo', 'unknown'],
      ['Mailjet', 'unknown'],
      ['Matomo', 'unknown'],
      ['Scaleway', 'Scaleway SAS'],
    ],
  );
  // A clause in brackets after words that are no name is no entry; the vendors beside it still are.
  assert.deepEqual(
    readPage(md.replace('- Matomo (statistiques', '- les journaux techniques du site (statistiques'), 'p.md').entries.map(
      (e) => e.name ?? e.heading,
    ),
    ['Clevercloud', 'Brevo', 'Mailjet', 'Scaleway (Scaleway SAS, France)'],
  );
});

test("an introduced list keeps its vendors when one item in four names none; a name may carry brackets; a table of the controller's people is no list", () => {
  const md = `# Analyse d'impact

| Rôle | Nom | Date |
|---|---|---|
| Délégué à la protection des données | Claire Dumas | 2026-03-02 |
| Responsable du traitement | Commune de Valbonne | — |

**Prestataires retenus :**
- Nuagerie (France, UE) — hébergement du site.
- Courrielo SAS — envoi des lettres d'information.
- Annuaire Public des Entreprises (annuaire.gouv.fr, France) — vérification des numéros SIREN.
- Contenus affichés par le navigateur des visiteurs (reçoivent leur adresse IP) : polices et cartes.
`;
  const page = readPage(md, 'a.md');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Nuagerie (France, UE)', 'Courrielo SAS', 'Annuaire Public des Entreprises (annuaire.gouv.fr, France)'],
  );
  // The item that names no vendor stays on the page's comments; the people's table is said not to be read.
  assert.ok(
    page.other.some((o) => o.startsWith('Contenus affichés')),
    page.other.join(' | '),
  );
  assert.ok(
    unreadEn(page).some((u) => u.startsWith("table '")),
    unreadEn(page).join(' | '),
  );
  // Two items in four that name no vendor: the list is something else.
  const half = md.replace('- Courrielo SAS — envoi', '- Les lettres partent chaque mois, envoi');
  assert.equal(readPage(half, 'a.md').entries.length, 0);
});

test('a sentence that says every sub-processor is established in one country gives each entry that country', () => {
  const md =
    'These subprocessors are all headquartered in the United States and subject to local privacy laws.\n\n- [Stripe](https://stripe.com), for payments.\n- [Postmark](https://postmarkapp.com), for email.\n';
  const page = readPage(md, 'w.md');
  assert.deepEqual(
    page.entries.map((e) => e.facts.find((f) => f.key === 'entityCountry')?.value),
    ['the United States', 'the United States'],
  );
  // Some of them only: no fact for any.
  const some = readPage(md.replace('These subprocessors are all headquartered', 'Some of our subprocessors are headquartered'), 'w.md');
  assert.ok(some.entries.every((e) => !e.facts.some((f) => f.key === 'entityCountry')));
  assert.equal(everyEntryEstablishedIn('Tous nos sous-traitants sont établis en France.')?.country, 'FR');
  assert.equal(everyEntryEstablishedIn('Nos sous-traitants sont établis en France.'), undefined);
  assert.equal(everyEntryEstablishedIn('Tous nos sous-traitants sont établis en France ou aux États-Unis.'), undefined);
  // "These companies" in the words that introduce the list are the parties it lists, all of them.
  assert.equal(
    everyEntryEstablishedIn('Nous travaillons avec les prestataires suivants. Ces sociétés sont implantées en Irlande :')?.country,
    'IE',
  );
  assert.equal(everyEntryEstablishedIn('We use the following vendors. These companies are based in Canada:')?.country, 'CA');
  // Not in the words that introduce a list: "these" may be some of them only.
  assert.equal(everyEntryEstablishedIn('Three of our vendors handle payments. These companies are based in Canada.'), undefined);
});

test("a link whose words say it is an agreement and name one vendor is that vendor's DPA, wherever it stands", () => {
  const html = `<h2>Sous-traitants</h2>
<p>Nous faisons appel aux prestataires suivants :</p>
<ul><li><strong>Nuage Lumière</strong> — hébergement</li><li><strong>Courriel Plus</strong> — e-mails</li></ul>
<div><a href="https://nuage.example/legal/terms">Accord de traitement Nuage Lumière</a></div>
<div><a href="https://courriel.example/privacy">Politique de confidentialité Courriel Plus</a></div>`;
  const page = readPage(html, 'p.html');
  const dpa = (name: string) => page.entries.find((e) => e.name === name)?.facts.find((f) => f.key === 'dpa')?.value;
  assert.equal(dpa('Nuage Lumière'), 'https://nuage.example/legal/terms');
  // A privacy policy is no agreement.
  assert.equal(dpa('Courriel Plus'), undefined);
  const en = html
    .replace('Accord de traitement Nuage Lumière', 'Data Processing Agreement (Nuage Lumière)')
    .replace('Nous faisons appel aux prestataires suivants :', 'We use the following providers:');
  assert.equal(
    readPage(en, 'p.html')
      .entries.find((e) => e.name === 'Nuage Lumière')
      ?.facts.find((f) => f.key === 'dpa')?.value,
    'https://nuage.example/legal/terms',
  );
});

const PROSE = `# Our service providers

Updated regularly.

## Hosting

Everything runs on **Hetzner Online**. Invoices and account data are stored in Germany.

## Support

The chat is powered by **Crisp**, and e-mail by **Brevo**. We **never** sell data.

## Payments

Payments go to **Mollie** directly; **Note**: no card is kept. See the [Mollie website](https://mollie.example/) and [Mollie terms](https://mollie.example/terms). Write to help@example.com for help with your app.
`;

test('headed sections of prose that name vendors in bold give one entry per name, the heading its purpose', () => {
  const page = readPage(PROSE, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'purpose')?.value]),
    [
      ['Hetzner Online', 'Hosting'],
      ['Crisp', 'Support'],
      ['Brevo', 'Support'],
      ['Mollie', 'Payments'],
    ],
  );
  // "See the [Mollie website](…)": the vendor's site; its terms are not.
  assert.deepEqual(
    page.entries.flatMap((e) => e.facts.filter((f) => f.key === 'website').map((f) => [e.name, f.value])),
    [['Mollie', 'https://mollie.example/']],
  );
  // The introduction is the prose before the first section; the sections' text is kept, under its heading.
  assert.deepEqual(page.introduction, ['Updated regularly.']);
  assert.ok(page.other.some((o) => o.startsWith('Support: The chat is powered by Crisp')));
  // The same in HTML, with <strong> and <b>.
  const html = `<h1>Providers</h1><h2>Hosting</h2><p>We use <strong>Hetzner Online</strong>.</p><h2>Support</h2><p>Chat by <b>Crisp</b> and mail by <b>Brevo</b>.</p>`;
  assert.deepEqual(names(html, 'p.html'), ['Hetzner Online', 'Crisp', 'Brevo']);
  // Bold words under one heading only: emphasis, not a list of vendors.
  assert.deepEqual(names('# FAQ\n\n## Help\n\nAsk **Support** or **Sales** or **Billing**.\n', 'f.md'), []);
});

test('a section of prose that names one vendor gives it the one country its data is said to be stored in', () => {
  const page = readPage(PROSE, 'p.md');
  assert.deepEqual(page.entries[0]!.facts.find((f) => f.key === 'dataLocation')?.value, 'Germany');
  // Two vendors in the section: the place is neither's.
  const two = readPage(PROSE.replace('and e-mail by **Brevo**.', 'and e-mail by **Brevo**. Messages are stored in France.'), 'p.md');
  assert.ok(two.entries.every((e) => e.name === 'Hetzner Online' || !e.facts.some((f) => f.key === 'dataLocation')));
});

test('the page contact is an address in a sentence about privacy or questions, not any address on the page', () => {
  assert.equal(readPage(PROSE, 'p.md').contact, undefined);
  const asked = PROSE + '\nFor questions about our sub-processors, write to privacy@example.com.\n';
  assert.equal(readPage(asked, 'p.md').contact, 'privacy@example.com');
});

test('an address for questions of another topic (sales, recruitment, press, billing) is no privacy contact', () => {
  const table = '# Sub-processors\n\n| Vendor | Location |\n|---|---|\n| Hostr | Germany |\n\n';
  assert.equal(readPage(table + 'Pour toute question commerciale : ventes@exemple.fr\n', 'p.md').contact, undefined);
  assert.equal(readPage(table + 'Pour toute question relative au recrutement : rh@exemple.fr\n', 'p.md').contact, undefined);
  assert.equal(readPage(table + 'For sales questions, write to hello@example.com.\n', 'p.md').contact, undefined);
  // Near-misses: questions about personal data, or of both kinds, still give the address.
  assert.equal(readPage(table + 'Pour toute question sur vos données : dpo@exemple.fr\n', 'p.md').contact, 'dpo@exemple.fr');
  assert.equal(readPage(table + 'For sales or privacy questions, write to hello@example.com.\n', 'p.md').contact, 'hello@example.com');
  assert.equal(readPage(table + 'Questions? Write to privacy@example.com.\n', 'p.md').contact, 'privacy@example.com');
});

test('the page contact from a closing sentence: to be told of changes, to object, a link that is the address', () => {
  const notified = PROSE + '\nTo be notified of changes to this list, write to lists@example.com.\n';
  assert.equal(readPage(notified, 'p.md').contact, 'lists@example.com');
  const objectEn = PROSE + '\nIf you object to a new provider, you may [send us an email](mailto:legal@example.com) giving your reasons.\n';
  assert.equal(readPage(objectEn, 'p.md').contact, 'legal@example.com');
  const objectFr =
    PROSE.replace('# Our service providers', '# Nos prestataires') +
    '\nPour formuler une objection à un nouveau prestataire, [écrivez-nous](mailto:juridique@example.fr).\n';
  assert.equal(readPage(objectFr, 'p.md').contact, 'juridique@example.fr');
  // A link to a page to write to, in a sentence about privacy: its address (the import asks for an email instead).
  const page = PROSE + '\nFor any privacy question, please [contact our privacy team](https://example.com/privacy-desk).\n';
  assert.equal(readPage(page, 'p.md').contact, 'https://example.com/privacy-desk');
  // A mail link in a sentence about nothing of the kind is no contact.
  assert.equal(readPage(PROSE + '\nFor help with your app, [send us an email](mailto:help@example.com).\n', 'p.md').contact, undefined);
});

test("an internationalised contact address (RFC 6531) is the page contact and the inventory's; a malformed one is neither", () => {
  const contactOf = (md: string) =>
    (pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).value.inventory as Record<string, unknown>).contact;
  const en = PROSE + '\nFor questions about our sub-processors, write to contact@rdv-solidarités.fr.\n';
  assert.equal(readPage(en, 'p.md').contact, 'contact@rdv-solidarités.fr');
  assert.equal(contactOf(en), 'contact@rdv-solidarités.fr');
  const fr =
    PROSE.replace('# Our service providers', '# Nos prestataires') +
    '\nPour toute question sur nos sous-traitants, écrivez à josé.müller@école-exemple.fr.\n';
  assert.equal(contactOf(fr), 'josé.müller@école-exemple.fr');
  const link = PROSE + '\nIf you object to a new provider, [send us an email](mailto:dpo@société.example) giving your reasons.\n';
  assert.equal(contactOf(link), 'dpo@société.example');
  // Near-misses: a label that starts with a hyphen, an empty label, no domain after the @: no address is made up.
  for (const bad of ['contact@-solidarités.fr', 'contact@rdv..solidarités.fr', 'contact@ solidarités.fr']) {
    const page = PROSE + `\nFor questions about our sub-processors, write to ${bad}.\n`;
    assert.equal(contactOf(page), 'unknown', bad);
  }
});

test('a contact section that is only a web address: the page contact, which the import reports beside `contact: unknown`', () => {
  const page = PROSE + '\n## Contact\n\nhttps://example.com/write-to-us\n';
  assert.equal(readPage(page, 'p.md').contact, 'https://example.com/write-to-us');
  const inventory = pageToInventory(readPage(page, 'p.md'), { today: '2026-12-01' });
  assert.equal((inventory.value.inventory as Record<string, unknown>).contact, 'unknown');
  assert.match(inventory.yaml, /contact: unknown # .*https:\/\/example\.com\/write-to-us/);
  // An email address in the section comes first; a web address in a sentence is no contact of this kind.
  const both = PROSE + '\n## Contact\n\nhttps://example.com/write-to-us\n\nprivacy@example.com\n';
  assert.equal(readPage(both, 'p.md').contact, 'privacy@example.com');
  const sentence = PROSE + '\n## Contact\n\nSee https://example.com/write-to-us for our offices.\n';
  assert.equal(readPage(sentence, 'p.md').contact, undefined);
});

test('cards copied as one line each (name, category, then the same labels and values on every card) are entries', () => {
  const card = (name: string, category: string, region: string) =>
    `${name}\n\n${category}\n\nPurpose\nHosting of ${name}\nRegion\n${region}\nSupport tier\nStandard\nNotes\nNone to add\n`;
  const text = `Vendors\n\nThe list below names our vendors.\n\n${card('Scaleway', 'Infrastructure', 'France')}\n${card('Postmark', 'Email', 'United States')}${card('Crisp', 'Chat', 'Germany')}`;
  const page = readPage(text, 'cards.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.category, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Scaleway', 'Infrastructure', 'France'],
      ['Postmark', 'Email', 'United States'],
      ['Crisp', 'Chat', 'Germany'],
    ],
  );
  // A label with no column meaning stays under its words, for the note.
  assert.deepEqual(page.entries[0]!.facts[2], { label: 'Support tier', value: 'Standard' });
  // One card alone is not a pattern: no entry is guessed from it.
  assert.equal(readPage(`Vendors\n\n${card('Scaleway', 'Infrastructure', 'France')}`, 'one.txt').entries.length, 0);
});

test('a sentence of prose gives the entries it names the certifications it says they hold and the one country it names', () => {
  const html = `<h1>Data processing</h1>
<p>The service runs on Exoscale and Flow.swiss ISO27001 certified datacenters located in Switzerland and subject to Swiss law. Workflow tools are SOC 2 certified.</p>
<ul><li><a href="https://exoscale.example/dpa">Exoscale data processing agreement</a></li><li><a href="https://flow.example/dpa">Flow data processing agreement</a></li>
<li><a href="https://stripe.example/dpa">Stripe data processing agreement</a></li></ul>
<p>PCI handled by Stripe.</p>`;
  const page = readPage(html, 'q.html');
  const facts = (name: string) =>
    page.entries
      .find((e) => e.name === name)!
      .facts.filter((f) => f.key === 'certifications' || f.key === 'dataLocation')
      .map((f) => `${f.key}=${f.value}`);
  assert.deepEqual(facts('Exoscale'), ['certifications=ISO27001', 'dataLocation=Switzerland']);
  // "Flow" in "Flow.swiss" is the entry; in "Workflow" it is not.
  assert.deepEqual(facts('Flow'), ['certifications=ISO27001', 'dataLocation=Switzerland']);
  // A scheme named without saying it is held is no certification.
  assert.deepEqual(facts('Stripe'), []);
});

test('a sentence naming one entry as "a US company" / "société américaine" gives that entry its country, and no other', () => {
  const md = `# Sous-traitants

| Prestataire | Finalité |
|---|---|
| Nuvola | Hébergement |
| Postino | Emails |
| Rapido | Paiements |

Nuvola, société américaine, héberge le service. Postino and Rapido are used by a US company and an Irish company.
`;
  const v = pageToInventory(readPage(md, 's.md'), { today: '2026-12-01' }).value as {
    subprocessors: { name: string; entityCountry?: string }[];
  };
  const country = (n: string) => v.subprocessors.find((e) => e.name === n)!.entityCountry;
  assert.equal(country('Nuvola'), 'US');
  // A sentence naming two entries (and two countries) says nothing about either.
  assert.equal(country('Postino'), undefined);
  assert.equal(country('Rapido'), undefined);
});

test('an entry\'s own words that say what company it is ("— société américaine", "entité irlandaise") give its country', () => {
  const html = `<h2>Nos sous-traitants</h2><p>La liste de nos sous-traitants est la suivante :</p>
<ul><li>Nuvola (hébergement) — société américaine ;</li><li>Rapido (paiements, entité irlandaise) — aucune donnée bancaire stockée ;</li><li>Postino (emails) — hébergé en France.</li></ul>`;
  const v = pageToInventory(readPage(html, 'k.html'), { today: '2026-12-01' }).value as {
    subprocessors: { name: string; entityCountry?: string }[];
  };
  assert.deepEqual(
    v.subprocessors.map((e) => [e.name.split(' ')[0], e.entityCountry]),
    [
      ['Nuvola', 'US'],
      ['Rapido', 'IE'],
      ['Postino', undefined],
    ],
  );
});

test('the page date from a front matter field that names an update ("updated_at", "last_modified")', () => {
  for (const field of ['updated_at', 'last_modified'])
    assert.equal(
      readPage(`---\ntitle: Vendors\n${field}: 2026-03-19\n---\n\n| Vendor | Purpose |\n|---|---|\n| Scaleway | Hosting |\n`, 'v.md')
        .lastUpdated,
      '2026-03-19',
    );
});

test('a second table about the sub-processors (an "AI providers" table) gives facts to them, not new entries; a row naming none is reported', () => {
  const md = `# Conformité

## Fournisseurs d'IA

| Fournisseur | Région | Politique |
|---|---|---|
| **Anthropic** (Claude) | États-Unis | N'entraîne pas sur les entrées API |
| **Mistral AI** | France | N'entraîne pas sur les entrées API |
| **Amazon Bedrock** | Australie | Région choisie |

## Sous-traitants

| Sous-traitant | Finalité | Localisation |
|---|---|---|
| **Anthropic** | Modèles d'IA | États-Unis |
| **Mistral AI** | Modèles d'IA | France |
| **Stripe** | Paiements | États-Unis |
`;
  const page = readPage(md, 'c.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.group]),
    [
      ['Anthropic', undefined],
      ['Mistral AI', undefined],
      ['Stripe', undefined],
    ],
  );
  assert.equal(page.entries.length, 3);
  assert.ok(page.entries[0]!.facts.some((f) => f.label === 'Politique' && f.value === "N'entraîne pas sur les entrées API"));
  assert.deepEqual(unreadEn(page), ["row 'Amazon Bedrock' of table 'Fournisseurs d'IA': not on the sub-processor list"]);
  // Two tables of different vendors: both are read as entries, each under its heading.
  const other = readPage(
    md.replace(/\*\*Anthropic\*\* \(Claude\)/, 'Cohere').replace('**Mistral AI** | France', 'Aleph Alpha | Allemagne'),
    'c.md',
  );
  assert.equal(other.entries.length, 6);
});

test('import: what a page says about training on customer data becomes ai.trainsOnCustomerData; silence leaves no ai field', () => {
  const md = `# Sous-traitants

| Sous-traitant | Finalité | Entraînement sur les données du client |
|---|---|---|
| Mistral AI | Modèles d'IA | Non — contractuellement interdit. |
| Scaleway | Hébergement | |
`;
  const entries = pageToInventory(readPage(md, 's.md'), { today: '2026-12-01' }).value.subprocessors as Record<string, unknown>[];
  assert.deepEqual(entries[0]!.ai, { trainsOnCustomerData: false });
  assert.equal(entries[1]!.ai, undefined);
});

test('a paragraph under a table that speaks of its rows as a whole gives them the transfer mechanism it names; another table is not concerned', () => {
  const md = `# Sous-traitants

## Hébergement

| Sous-traitant | Où |
| --- | --- |
| Vercel | États-Unis |
| Neon | États-Unis |

Ces deux sont aux États-Unis. Le transfert repose sur les clauses contractuelles types, que chacun de ces fournisseurs intègre à ses conditions.

## Services

| Sous-traitant | Où |
| --- | --- |
| Sentry | États-Unis |

Sentry reçoit les erreurs du serveur.
`;
  const transfer = (page: ReturnType<typeof readPage>) => page.entries.map((e) => e.facts.some((f) => f.key === 'transfer'));
  assert.deepEqual(transfer(readPage(md, 't.md')), [true, true, false]);
  // A mechanism named without speaking of the rows: not theirs.
  const vague = md.replace(/Ces deux .*\n/, 'Le transfert de certaines données repose sur les clauses contractuelles types.\n');
  assert.deepEqual(transfer(readPage(vague, 't.md')), [false, false, false]);
  // A paragraph that speaks of some of the rows ("Certaines de ces sociétés", "one of these providers") says it of none.
  for (const some of [
    'Certaines de ces sociétés sont américaines. Le transfert repose alors sur les clauses contractuelles types.',
    'One of these providers is in the United States; its transfer relies on Standard Contractual Clauses.',
    // "these transfers" points at the transfers of some rows, not at the rows as a whole.
    'Some of these providers transfer data outside the EU; these transfers rely on Standard Contractual Clauses.',
    "Certains de ces prestataires transfèrent des données hors de l'UE ; ces transferts sont encadrés par les clauses contractuelles types.",
    'Some of the providers above send data to the United States. These transfers rely on Standard Contractual Clauses.',
    'Certains de nos sous-traitants sont établis aux États-Unis : ces transferts reposent sur les clauses contractuelles types.',
  ]) {
    const partial = md.replace(/Ces deux .*\n/, `${some}\n`);
    assert.deepEqual(transfer(readPage(partial, 't.md')), [false, false, false], some);
  }
  // Near-miss: the rows as a whole, then the transfers ("these transfers") of all of them.
  for (const all of [
    'These providers are all in the United States; these transfers rely on Standard Contractual Clauses.',
    'Ces prestataires sont tous aux États-Unis ; ces transferts sont encadrés par les clauses contractuelles types.',
  ]) {
    const whole = md.replace(/Ces deux .*\n/, `${all}\n`);
    assert.deepEqual(transfer(readPage(whole, 't.md')), [true, true, false], all);
  }
});

test('a table of cookies (under a cookies heading, or with a lifetime column and no place) is reported, not read as vendors', () => {
  const md = `# Politique

## Cookies

| Nom | Finalité | Durée |
|---|---|---|
| \`session_id\` | Session | 1 an |

## Prestataires

| Nom | Finalité | Expiry |
|---|---|---|
| \`theme\` | Préférence | 1 an |

## Sous-traitants

| Sous-traitant | Finalité | Localisation |
|---|---|---|
| Acme | Hébergement | France |
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Acme'],
  );
  assert.ok(unreadEn(page).includes("table 'Cookies' (1 row): cookies, not sub-processors"), unreadEn(page).join('\n'));
  assert.ok(unreadEn(page).includes("table 'Prestataires' (1 row): cookies, not sub-processors"), unreadEn(page).join('\n'));
});

test('a sentence introducing labelled details ("… auprès de la CNIL :" over "Adresse : …") is no entry', () => {
  const md = `## Sous-traitants

| Sous-traitant | Finalité | Localisation |
|---|---|---|
| Acme | Hébergement | France |

## Réclamation

Vous pouvez introduire une réclamation auprès de l'autorité de contrôle :

- Site web : https://authority.example
- Adresse : 1 rue de la Paix, Paris
`;
  assert.deepEqual(names(md, 'p.md'), ['Acme']);
});

test('a mechanism stated for transfers "hors de l’Union européenne" is for the rows whose data leaves it, not the others', () => {
  const md = `## Sous-traitants

| Sous-traitant | Finalité | Localisation |
|---|---|---|
| Acme | Hébergement | Allemagne |
| Beta | E-mails | États-Unis |

Pour les transferts de données hors de l'Union européenne, des clauses contractuelles types sont mises en place.
`;
  const yaml = pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).yaml;
  const acme = yaml.slice(yaml.indexOf('name: Acme'), yaml.indexOf('name: Beta'));
  const beta = yaml.slice(yaml.indexOf('name: Beta'));
  assert.doesNotMatch(acme, /mechanism/);
  assert.match(beta, /mechanism: scc/);
});

test('a link in the DPA column whose words name the terms is no DPA; a name linked whole to its site policies is its site', () => {
  const html = `<table><tr><th>Name</th><th>Location</th><th>DPA</th></tr>
<tr><td>Acme</td><td>France</td><td><a href="https://acme.example/legal/">Terms</a></td></tr>
<tr><td>Beta</td><td>France</td><td><a href="https://beta.example/dpa">DPA</a></td></tr>
<tr><td><a href="https://docs.gamma.example/site-policy">Gamma</a></td><td>France</td><td></td></tr>
</table>`;
  const yaml = pageToInventory(readPage(html, 'p.html'), { today: '2026-12-01' }).yaml;
  const acme = yaml.slice(yaml.indexOf('name: Acme'), yaml.indexOf('name: Beta'));
  const beta = yaml.slice(yaml.indexOf('name: Beta'), yaml.indexOf('name: Gamma'));
  const gamma = yaml.slice(yaml.indexOf('name: Gamma'));
  assert.doesNotMatch(acme, /dpa:/);
  assert.match(acme, /Terms: https:\/\/acme\.example\/legal\//);
  assert.match(beta, /url: https:\/\/beta\.example\/dpa/);
  // The corpus reads a vendor's pages linked under its name as its site (tavern, jsdelivr, gridar).
  assert.match(gamma, /^\s+url: https:\/\/docs\.gamma\.example\/site-policy/m);
});

test('a data file (YAML or JSON) a site renders its list from: one entry per mapping, the file’s own fields read as the page’s', () => {
  const yaml = [
    '# vendors shown on /legal/vendors',
    'last_updated: 2026-03-02',
    'notice_days: 14',
    'vendors:',
    '  - name: Hostly GmbH',
    '    purpose: Hosting',
    '    location: Germany',
    '    dpa: https://hostly.example/dpa',
    '  - name: Mailbird Inc.',
    '    purpose: E-mail',
    '    location: United States',
    '    certifications: [ISO 27001, SOC 2 Type II]',
  ].join('\n');
  const page = readPage(yaml, 'vendors.yml');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Hostly GmbH', 'Mailbird Inc.'],
  );
  assert.equal(page.lastUpdated, '2026-03-02');
  assert.equal(page.noticeDays, 14);
  assert.equal(page.title, undefined, 'a field of the file is no title');
  const inv = pageToInventory(page, { today: '2026-01-01' }).value as { subprocessors: Record<string, unknown>[] };
  assert.deepEqual(inv.subprocessors[0]!.dataLocation, { countries: ['DE'] });
  assert.deepEqual(inv.subprocessors[0]!.dpa, { type: 'dpa', url: 'https://hostly.example/dpa' });
  assert.deepEqual(inv.subprocessors[1]!.certifications, ['iso27001', 'soc2-type2']);
  // The same list as JSON, a bare array of vendors.
  const json = JSON.stringify([
    { name: 'Hostly GmbH', location: 'Germany' },
    { name: 'Mailbird Inc.', location: 'United States' },
  ]);
  assert.deepEqual(names(json, 'vendors.json'), ['Hostly GmbH', 'Mailbird Inc.']);
  // A file that is not YAML is an error naming its line, never an empty list.
  assert.throws(() => readPage('vendors:\n  - name: [unclosed\n', 'v.yaml'), PageReadError);
  // A notice field with no "days" in its name is no number of days.
  assert.equal(readPage(yaml.replace('notice_days', 'notice'), 'vendors.yml').noticeDays, undefined);
});

test('a heading, a line that is only the vendor’s link, then labelled facts: the heading names the entry, the link is its site', () => {
  const section = (name: string, site: string) =>
    [
      `<h2>${name}</h2>`,
      `<p><a href="https://${site}/">${site}</a></p>`,
      '<ul><li><strong>Country:</strong> Germany.</li>',
      '<li><strong>Certifications:</strong> ISO/IEC 27001.</li>',
      '<li><strong>Safeguards for personal data transfers outside the EEA:</strong> Standard Contractual Clauses.</li></ul>',
    ].join('\n');
  const html = `<h1>Our vendors</h1>\n<p>The vendors we use.</p>\n${section('Hostly', 'hostly.example')}\n${section('Mailbird', 'mailbird.example')}`;
  const page = readPage(html, 'v.html');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Hostly', 'Mailbird'],
  );
  const inv = pageToInventory(page, { today: '2026-01-01' }).value as { subprocessors: Record<string, unknown>[] };
  assert.equal(inv.subprocessors[1]!.url, 'https://mailbird.example/');
  assert.deepEqual(inv.subprocessors[1]!.certifications, ['iso27001']);
  // The long label names the transfer safeguard: its mechanism is read.
  assert.match(JSON.stringify(inv.subprocessors[0]!.transfer), /"scc"/);
  // A link line with prose after it is no website line: the heading is not taken from it.
  const prose = html.replace('>mailbird.example</a></p>', '>mailbird.example</a> hosts our mail.</p>');
  assert.ok(!readPage(prose, 'v.html').entries.some((e) => e.facts.some((f) => f.value === 'https://mailbird.example/')));
});

test('a table copied one cell per line: rows of one line per cell are read; cells over several lines are read when one reading is best, else refused with the line', () => {
  const rows = ['Hostly GmbH', 'Germany', 'Hosting', 'Mailbird Inc.', 'United States', 'E-mail'];
  const text = ['Our vendors', 'Vendor', 'Location', 'Purpose', ...rows, '', 'Questions: privacy@example.com'].join('\n');
  const page = readPage(text, 'v.txt');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Hostly GmbH', 'Germany'],
      ['Mailbird Inc.', 'United States'],
    ],
  );
  // A purpose over two lines: the place column tells the rows apart, and a name starts with a capital.
  const broken = readPage(text.replace('Hosting', 'Hosting\nand backups'), 'v.txt');
  assert.deepEqual(
    broken.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'purpose')?.value]),
    [
      ['Hostly GmbH', 'Hosting; and backups'],
      ['Mailbird Inc.', 'E-mail'],
    ],
  );
  // Values the rows share over several lines ("Web", "Mobile"), a place, a description: each line in its column; a
  // location that is a sentence is that row's location, and the name after a description is the next row's.
  const products = [
    ...['Vendor', 'Service', 'Location', 'Purpose'],
    ...['Edgecast Ltd.', 'Web', 'Mobile', 'Nearest data centre to the user', 'Content delivery'],
    ...['Rainfall Corp', 'Web', 'Mobile', 'Canada', 'Storage'],
    ...['Dunlin', 'Mobile', 'France', 'Support', 'Escalations'],
    ...['Ledger Works Inc.', 'Web', 'United States', 'Billing'],
  ];
  assert.deepEqual(
    readPage(['Our vendors', ...products].join('\n'), 'v.txt').entries.map((e) => [
      e.name,
      e.facts.find((f) => f.key === 'dataLocation')?.value,
      e.facts.find((f) => f.label === 'Purpose')?.value,
    ]),
    [
      ['Edgecast Ltd.', 'Nearest data centre to the user', 'Content delivery'],
      ['Rainfall Corp', 'Canada', 'Storage'],
      ['Dunlin', 'France', 'Support; Escalations'],
      ['Ledger Works Inc.', 'United States', 'Billing'],
    ],
  );
  // No place to tell the rows apart, and two readings as good as each other: refused at the header, never guessed.
  const flat = [
    'Our vendors',
    'Vendor',
    'Service',
    'Purpose',
    'Hostly GmbH',
    'Web',
    'Hosting',
    'Backups',
    'Mailbird Inc.',
    'Web',
    'E-mail',
  ];
  assert.throws(
    () => readPage(flat.join('\n'), 'v.txt'),
    (e: unknown) => e instanceof PageReadError && e.line === 2 && /one cell per line/.test(e.message),
  );
});

test('a table copied one cell per line with a blank line after every line: read in any column count or language, a column empty in every row left out', () => {
  const spaced = (lines: string[]) => lines.join('\n\n');
  const facts = (text: string) =>
    readPage(text, 'v.txt').entries.map((e) => [
      e.name ?? '',
      ...e.facts.filter((f) => f.key !== 'note').map((f) => `${f.key}=${f.value}`),
    ]);
  // Three columns, then the page's own words after the last whole row: not a cell.
  const three = spaced([
    'Our service providers',
    'Vendor',
    'Hosting location',
    'Purpose',
    'Skyvault Ltd',
    'Ireland',
    'File storage',
    'Pingmail',
    'United States',
    'Transactional e-mail',
    'Write to privacy@example.com with any question.',
  ]);
  assert.deepEqual(facts(three), [
    ['Skyvault Ltd', 'dataLocation=Ireland', 'purpose=File storage'],
    ['Pingmail', 'dataLocation=United States', 'purpose=Transactional e-mail'],
  ]);
  assert.equal(readPage(three, 'v.txt').contact, 'privacy@example.com');
  // Five columns in French, the site's cell a link that left no line: the column left out is the one no other
  // reading fits (its cells would be certifications under the site, places under certifications).
  const five = spaced([
    'Sous-traitant',
    'Pays',
    'Finalité',
    'Certifications',
    'Site web',
    'Nuagerie SAS',
    'France',
    'Hébergement',
    'ISO 27001',
    'Courrielo',
    'Allemagne',
    'Envoi de courriels',
    'SOC 2 Type II',
    'Relais Paie',
    'Belgique',
    'Paie',
    'ISO 27001, SOC 2',
  ]);
  assert.deepEqual(
    facts(five).map((e) => e.slice(0, 2)),
    [
      ['Nuagerie SAS', 'dataLocation=France'],
      ['Courrielo', 'dataLocation=Allemagne'],
      ['Relais Paie', 'dataLocation=Belgique'],
    ],
  );
  assert.ok(facts(five).every((e) => e.some((f) => f.startsWith('certifications=')) && !e.some((f) => f.startsWith('website='))));
  // A name column and its legal entity column ("Vendor", "Legal entity"): both kept, neither taken for a title.
  const entity = spaced([
    'Vendor',
    'Legal entity',
    'Country',
    'Purpose',
    ...['Skyvault', 'Skyvault Ltd', 'Ireland', 'Storage'],
    ...['Pingmail', 'Pingmail Inc.', 'Canada', 'E-mail'],
  ]);
  assert.deepEqual(
    readPage(entity, 'v.txt').entries.map((e) => [e.name, e.entity]),
    [
      ['Skyvault', 'Skyvault Ltd'],
      ['Pingmail', 'Pingmail Inc.'],
    ],
  );
});

test('lines a blank line apart that are no table: a menu, a list of short lines, paragraphs under column words', () => {
  const spaced = (lines: string[]) => lines.join('\n\n');
  // A menu whose first items happen to be column words: its places column would hold no place.
  const menu = spaced([
    'Company',
    'Services',
    'Locations',
    'About us',
    'Careers',
    'News',
    'Press',
    'Blog',
    'Legal',
    'Our sub-processors are listed below.',
  ]);
  assert.ok(!readPage(`${menu}\n\n- Hostly: hosting`, 'v.txt').entries.some((e) => ['About us', 'Press'].includes(e.name ?? '')));
  // Short lines with no place, scheme or link to tell cells from lines: no table, whatever their count.
  const short = spaced(['Vendor', 'Purpose', 'Notes', 'Acme', 'Hosting', 'None', 'Beta', 'Support', 'None']);
  assert.ok(!readPage(`${short}\n\n- Hostly: hosting`, 'v.txt').entries.some((e) => e.name === 'Acme'));
  // Sentences under column words are paragraphs, never cells.
  const prose = spaced([
    'Vendor',
    'Location',
    'Purpose',
    'We choose our vendors with care.',
    'Each is reviewed every year.',
    'They are listed below.',
  ]);
  assert.ok(!readPage(`${prose}\n\n- Hostly: hosting`, 'v.txt').entries.some((e) => /care|reviewed/.test(e.name ?? '')));
});

test('an introduced list whose items hold labelled lines nested under them: each line a fact of its item, in text or Markdown', () => {
  const facts = (text: string, file: string) =>
    readPage(text, file).entries.map((e) => [e.name, ...e.facts.map((f) => `${f.label}=${f.value}`)]);
  const expected = [
    ['Nordhost AB', 'Purpose of processing=Hosting', 'Location of processing=Sweden', 'Last reviewed=May 2025'],
    ['Postlark Ltd', 'Purpose of processing=Newsletters', 'Location of processing=United Kingdom'],
  ];
  // Text copied from a browser: the nested lines indented, each with its section's number and its own ("1.1").
  const text = [
    'Our sub-processors',
    '',
    'We engage the following sub-processors:',
    '',
    '1. Nordhost AB',
    '',
    '  1. 1.1 Purpose of processing: Hosting',
    '  2. 1.2 Location of processing: Sweden',
    '  3. 1.3 Last reviewed: May 2025',
    '',
    '2. Postlark Ltd',
    '',
    '  1. 2.1 Purpose of processing: Newsletters',
    '  2. 2.2 Location of processing: United Kingdom',
  ].join('\n');
  assert.deepEqual(facts(text, 'v.txt'), expected);
  // The lines numbered without the list's own marks, one under the other: the same.
  assert.deepEqual(facts(text.replace(/^ {2}\d\. /gm, ''), 'v.txt'), expected);
  // A vendor's own date is no date of the page.
  assert.equal(readPage(text, 'v.txt').lastUpdated, undefined);
  // Markdown, the nested items numbered with their section's number or not.
  const md = [
    'We engage the following sub-processors:',
    '',
    '1. Nordhost AB',
    '   1. Purpose of processing: Hosting',
    '   2. Location of processing: Sweden',
    '   3. Last reviewed: May 2025',
    '2. Postlark Ltd',
    '   1. 2.1 Purpose of processing: Newsletters',
    '   2. 2.2 Location of processing: United Kingdom',
  ].join('\n');
  assert.deepEqual(facts(md, 'v.md'), expected);
  // A paragraph numbered as a section with no label is no field: "1.1 Scope" stays the page's words.
  assert.ok(!readPage(`1.1 Scope\n\n${text}`, 'v.txt').entries.some((e) => /Scope/.test(e.name ?? '')));
});

test('cards of a name over its postal address, a short line of what it does, then sentences: one vendor each', () => {
  const text = [
    'Our sub-processors',
    'We list every sub-processor below with its address.',
    'Postlark',
    'Kongensgade 12, 5000 Odense Denmark',
    'Newsletters',
    'Postlark sends our newsletters. Processing takes place in the EU, where our own servers are.',
    'Nordhost AB',
    'Storgatan 8, 111 22 Stockholm Sweden',
    'Hosting',
    'Nordhost may process data in Norway if we ask it to.',
  ].join('\n');
  const entries = (pageToInventory(readPage(text, 'v.txt'), { today: '2026-12-01' }).value as { subprocessors: Record<string, unknown>[] })
    .subprocessors;
  assert.deepEqual(
    entries.map((e) => [e.name, e.entityCountry, e.purpose, JSON.stringify(e.dataLocation)]),
    [
      ['Postlark', 'DK', 'Newsletters', JSON.stringify({ countries: ['EU'] })],
      // "may … if": a condition, no place stated.
      ['Nordhost AB', 'SE', 'Hosting', JSON.stringify('unknown')],
    ],
  );
  // One card alone, or names over lines that are no address: no cards.
  assert.ok(!readPage(text.split('\n').slice(0, 6).join('\n'), 'v.txt').entries.some((e) => e.name === 'Postlark'));
});

test('items led by a name and a dash under section titles, on a page about sub-processors: one vendor each, none under "Not sub-processors."', () => {
  const text = [
    'Hosting.',
    '- Nordhost AB (Sweden) — servers for the application. Backups are kept for 30 days.',
    '- Vaultbox (self-hosted, EU) — file storage for uploaded documents.',
    'Email.',
    '- Postlark — newsletters. Standard Contractual Clauses in place.',
    'Not sub-processors.',
    'These reach the service but process no personal data:',
    '- Public DNS resolvers that answer queries.',
    '- The Open Registry — receives only public identifiers.',
    'Questions about our sub-processors go to privacy@example.com.',
  ].join('\n');
  const entries = (pageToInventory(readPage(text, 'v.txt'), { today: '2026-12-01' }).value as { subprocessors: Record<string, unknown>[] })
    .subprocessors;
  assert.deepEqual(
    entries.map((e) => [e.name, e.entityCountry, JSON.stringify((e.dataLocation as { countries?: unknown } | undefined)?.countries)]),
    [
      ['Nordhost AB', 'SE', undefined],
      // "(self-hosted, EU)": where it is hosted, not a company's seat.
      ['Vaultbox (self-hosted, EU)', undefined, JSON.stringify(['EU'])],
      ['Postlark', undefined, undefined],
    ],
  );
  assert.match(JSON.stringify(entries[2]!.transfer), /"scc"/);
  // Under a single section, or on a page that never speaks of sub-processors: no vendors read from dashes.
  const one = text.split('\n').slice(0, 3).join('\n');
  assert.ok(!readPage(`${one}\n\n- Hostly: hosting`, 'v.txt').entries.some((e) => /Nordhost/.test(e.heading)));
});

test('"GDPR compliant" under Certifications is a claim: it goes to claims, never to certifications', () => {
  const md = `| Vendor | Purpose | Certifications |
|---|---|---|
| Nuvola | Hosting | SOC 2 Type II, GDPR compliant |
| Postino | Email | Conforme RGPD |
`;
  const v = pageToInventory(readPage(md, 'c.md'), { today: '2026-12-01' }).value as {
    subprocessors: { name: string; certifications: unknown; claims?: string[] }[];
  };
  const [nuvola, postino] = v.subprocessors;
  assert.deepEqual([nuvola!.certifications, nuvola!.claims], [['soc2-type2'], ['gdpr-compliant']]);
  // A claim alone states no certification: they stay unknown.
  assert.deepEqual([postino!.certifications, postino!.claims], ['unknown', ['gdpr-compliant']]);
});

test('a cell that names a certification with the word that says it is held ("PCI-DSS certifié") gives it', () => {
  const md = `| Prestataire | Pays | Finalité | Conformité |
|---|---|---|---|
| Nuvola | USA | Paiements | PCI-DSS certifié |
| Postino | USA | Emails | certifié par nous-mêmes |
`;
  const v = pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).value as { subprocessors: { certifications: unknown }[] };
  assert.deepEqual(
    v.subprocessors.map((e) => e.certifications),
    [['pci-dss'], 'unknown'],
  );
});

test('HTML: a definition list wrapped in containers names its vendors; a list about them, or a party that gets no personal data, is no entry', () => {
  const html = `<main><section><h2>Who helps us</h2>
<dl class="vendors"><div><dt>Zephyr Hosting</dt><dd>Servers and backups.</dd></div>
<div class="row"><span><dt>Amazon Web Services</dt><dd>Object storage.</dd></span></div>
<div><dt>Ticker feeds</dt><dd>Market prices. These feeds receive no personal data about you.</dd></div></dl></section>
<section><h2>Where things live</h2>
<dl><div><dt>Backups</dt><dd>Norway (Zephyr Hosting, Oslo).</dd></div><div><dt>Uploads</dt><dd>Amazon Web Services, Frankfurt.</dd></div></dl>
</section></main>`;
  const page = readPage(html, 'p.html');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.map((f) => f.value)]),
    [
      ['Zephyr Hosting', ['Servers and backups']],
      ['Amazon Web Services', ['Object storage']],
    ],
  );
  assert.ok(unreadEn(page).some((u) => /^item 'Ticker feeds'/.test(u)));
  assert.ok(unreadEn(page).some((u) => /^list 'Where things live' \(2 items\)/.test(u)));
  // A definition list of labels under a heading stays the heading's facts.
  const labelled = readPage(
    '<h3>Nimbus</h3><dl><div><dt>Purpose</dt><dd>Email</dd></div><div><dt>Data Location</dt><dd>Ireland</dd></div></dl>',
    'l.html',
  );
  assert.deepEqual(
    labelled.entries.map((e) => [e.heading, e.facts.map((f) => f.label)]),
    [['Nimbus', ['Purpose', 'Data Location']]],
  );
});

test('Markdown: "**Label :**" bullets under a numbered vendor heading are its facts; a controller or topic heading is no entry', () => {
  const md = `# Confidentialité

## 1. Responsable du traitement

- **Nom :** Brindille SAS
- **Contact :** dpo@brindille.example

## 5. Sous-traitants

### 5.1 Nuage Vert (hébergement)
- **Société :** Nuage Vert GmbH, Hauptstraße 5, 10115 Berlin, Allemagne
- **Finalité :** hébergement des comptes
- **Remarque :** sauvegardes chiffrées

### 5.2 Courrielo
- **Finalité :** envoi des e-mails
- **Politique :** <https://courrielo.example/privacy>

## Résidence des données

- **Comptes :** Allemagne
- **Paiements :** États-Unis
`;
  const page = readPage(md, 'c.md');
  assert.deepEqual(
    page.entries.map((e) => [e.heading, e.entity, e.facts.map((f) => `${f.key ?? f.label}=${f.value}`)]),
    [
      [
        'Nuage Vert (hébergement)',
        'Nuage Vert GmbH',
        ['entityCountry=Hauptstraße 5, 10115 Berlin, Allemagne', 'Finalité=hébergement des comptes', 'Remarque=sauvegardes chiffrées'],
      ],
      ['Courrielo', undefined, ['Finalité=envoi des e-mails', 'Politique=https://courrielo.example/privacy']],
    ],
  );
});

test('a sentence that introduces what we do for each sub-processor ("we:") introduces no list of them', () => {
  const md = `# Vendors

The following sub-processors:

- Heron Cloud
- Kite Mail

For each sub-processor, we:

- Review their security
- Sign an agreement
`;
  assert.deepEqual(names(md, 'w.md'), ['Heron Cloud', 'Kite Mail']);
});

test('a list under a heading about where the data is gives each vendor it names first the place of its first clause', () => {
  const fr = `# Politique de confidentialité

## Sous-traitants

| Sous-traitant | Finalité |
|---|---|
| Nuage Lumière | Hébergement |
| Courriel Plus | E-mails |
| Paiements Tessel | Paiement |

## Où vos données sont hébergées

- Base de données : Nuage Lumière, Suède.
- Courriels : Courriel Plus (anciennement Postier), région UE.
- Paiement : Paiements Tessel, traitement conforme aux règles du secteur, entité à Dublin.
`;
  const place = (page: ReturnType<typeof readPage>, name: string) =>
    page.entries.find((e) => e.name === name)?.facts.find((f) => f.key === 'dataLocation')?.value;
  const frPage = readPage(fr, 'p.md');
  assert.equal(place(frPage, 'Nuage Lumière'), 'Suède');
  assert.equal(place(frPage, 'Courriel Plus'), 'région UE');
  // Only the first clause after the vendor: the entity's city further on is no place of the data.
  assert.equal(place(frPage, 'Paiements Tessel'), undefined);
  const en = fr
    .replace('## Où vos données sont hébergées', '## Where your data is stored')
    .replace('Base de données : Nuage Lumière, Suède.', 'Photos: Nuage Lumière, on its global network.');
  assert.equal(place(readPage(en, 'p.md'), 'Nuage Lumière'), 'on its global network');
  // Under any other heading, the same list says nothing.
  assert.equal(place(readPage(fr.replace('## Où vos données sont hébergées', '## Nos engagements'), 'p.md'), 'Nuage Lumière'), undefined);
});

test("HTML: a layout element's date attribute is the page's date when its text gives none", () => {
  const html = `<PolicyFrame heading="Confidentialité" updated="9 avril 2026">
<h2>Nos prestataires</h2>
<ul><li><strong>Hôte Alpha SAS</strong> — hébergement</li><li><strong>Courriel Beta</strong> — emails</li></ul>
</PolicyFrame>`;
  assert.equal(readPage(html, 'p.html').lastUpdated, '9 avril 2026');
  // The text's own date comes first; an attribute that is no date is none.
  assert.equal(readPage(html.replace('<h2>', '<p>Mis à jour le 3 mai 2026</p><h2>'), 'p.html').lastUpdated, '3 mai 2026');
  assert.equal(readPage(html.replace('9 avril 2026', 'v2 2026'), 'p.html').lastUpdated, undefined);
});

test("HTML: a date held under a name that says it is the date of update (an attribute, a constant) is the page's; another name's is not", () => {
  const list = `<h2>Nos prestataires</h2>
<ul><li><strong>Hôte Alpha SAS</strong> — hébergement</li><li><strong>Courriel Beta</strong> — emails</li></ul>`;
  // Attributes of any spelling that says so: "lastUpdate", "dateMaj", "revised-on".
  for (const attribute of ['lastUpdate', 'dateMaj', 'revised-on'])
    assert.equal(readPage(`<Frame ${attribute}="4 février 2026">\n${list}\n</Frame>`, 'p.html').lastUpdated, '4 février 2026', attribute);
  // A constant the page renders beside its date label.
  const code = (name: string) => `const ${name} = "2026-02-04";
const OWNER = "Studio Alpha";

<p>{fr ? "Mis à jour le " : "Updated "}{new Date(${name}).toLocaleDateString()}</p>
${list}`;
  assert.equal(readPage(code('REVISED_ON'), 'p.html').lastUpdated, '2026-02-04');
  assert.equal(readPage(code('lastUpdatedIso'), 'p.html').lastUpdated, '2026-02-04');
  // Near misses: a date under another name (a launch, a creation, a build) is none of the page's.
  assert.equal(readPage(code('LAUNCH_DATE'), 'p.html').lastUpdated, undefined);
  assert.equal(readPage(code('createdAt'), 'p.html').lastUpdated, undefined);
  assert.equal(readPage(`<Frame createdAt="4 février 2026">\n${list}\n</Frame>`, 'p.html').lastUpdated, undefined);
});

test('a notice period promised for "the processors listed here" is the sub-processor notice', () => {
  const md = `# Processor register

> Clients authorise the processors listed here and receive at least 45 days' notice before any addition.

| Processor | Purpose | Country |
| --- | --- | --- |
| Hosto | Hosting | Germany |
`;
  assert.equal(readPage(md, 'r.md').noticeDays, 45);
  // "Payment processors" in passing says nothing of a notice before a new sub-processor.
  const other = md.replace('Clients authorise the processors listed here and receive', 'Card payment processors give');
  assert.equal(readPage(other, 'r.md').noticeDays, undefined);
});

test("a notice of the document's own updates, sub-processors named only as a reason it changes, is no sub-processor notice", () => {
  const page = (words: string) => `# Notice on personal data

## Providers

| Provider | Purpose | Country |
| --- | --- | --- |
| Hosto | Hosting | Germany |

## Updates

${words}
`;
  // The days' sentence names no party; the parties are a reason the document is updated.
  const en =
    'We may amend this notice when our offering, our providers or the law evolve. Significant edits are announced by email 21 days before they apply.';
  assert.equal(readPage(page(en), 'n.md').noticeDays, undefined);
  const fr =
    'Nous pouvons modifier la présente politique pour tenir compte de nos prestataires ou de la loi. Toute modification importante est annoncée par courriel 21 jours avant son entrée en vigueur.';
  assert.equal(readPage(page(fr), 'n.md').noticeDays, undefined);
  // Near misses: the days' own sentence names the parties; or the parties' sentence says no update of the document.
  const own = 'We may amend this notice from time to time. A new provider is announced by email 21 days before it starts.';
  assert.equal(readPage(page(own), 'n.md').noticeDays, 21);
  const lists = 'This notice names our providers. Any change is announced by email 21 days before it applies.';
  assert.equal(readPage(page(lists), 'n.md').noticeDays, 21);
  const frOwn = 'Nous pouvons modifier la présente politique. Tout nouveau sous-traitant est annoncé 21 jours avant son intervention.';
  assert.equal(readPage(page(frOwn), 'n.md').noticeDays, 21);
});

test("a heading that titles a document (an impact assessment, a privacy policy) over a labelled line is the page's, no entry", () => {
  for (const title of ["Analyse d'impact sur la protection des données", 'Privacy policy', 'Politique de confidentialité']) {
    const md = `# ${title}

**Traitement :** Tri des demandes reçues par le guichet.

## Sous-traitants

| Sous-traitant | Finalité |
|---|---|
| Nuage Clair SAS | Hébergement |
`;
    assert.deepEqual(names(md, 't.md'), ['Nuage Clair SAS'], title);
  }
});

test("a legal notice's publisher section gives the page's contact; the host's address under its own heading does not", () => {
  const html = `<html><body><h1>Mentions légales</h1>
<h2>Éditeur du site</h2>
<p>Le site est édité par Atelier Sorbier, SARL au capital de 1 000 euros. Siège : 3 place Verte, 69001 Lyon. Courriel : bonjour@sorbier.example</p>
<h2>Hébergeur</h2>
<p>Le site est hébergé par <a href="https://nuage.example">Nuage Blanc SAS</a>. Courriel : aide@nuage.example</p>
</body></html>`;
  const inventory = pageToInventory(readPage(html, 'p.html'), { today: '2026-12-01' }).value.inventory as { contact: string };
  assert.equal(inventory.contact, 'bonjour@sorbier.example');
  // Without the publisher's heading, its address is in no sentence about privacy: no contact.
  const bare = html.replace('<h2>Éditeur du site</h2>', '');
  assert.equal(
    (pageToInventory(readPage(bare, 'p.html'), { today: '2026-12-01' }).value.inventory as { contact: string }).contact,
    'unknown',
  );
});

test('the page contact from a sentence offering a countersigned copy of the agreement ("… requires a countersigned copy, email …")', () => {
  const md = `# Data processing terms

| Sub-processor | Purpose |
|---|---|
| Birchline | Hosting |

These terms bind us without signature. Should your compliance team need a countersigned copy, email paperwork@lark.example and we will send it.
`;
  assert.equal(readPage(md, 'p.md').contact, 'paperwork@lark.example');
  const fr = md.replace(/These terms.*\n/, 'Pour obtenir une copie contresignée, adressez un courriel à papiers@lark.example.\n');
  assert.equal(readPage(fr, 'p.md').contact, 'papiers@lark.example');
  // An address in a sentence about something else is still none.
  assert.equal(readPage(md.replace(/These terms.*\n/, 'For billing, email billing@lark.example.\n'), 'p.md').contact, undefined);
});

test('the page date from a TOML front matter (+++), under a table such as [extra] too', () => {
  const table = '\n| Vendor | Purpose |\n|---|---|\n| Scaleway | Hosting |\n';
  assert.equal(readPage(`+++\ntitle = "Vendors"\n\n[extra]\nlast_updated = "2026-04-02"\n+++\n${table}`, 'v.md').lastUpdated, '2026-04-02');
  assert.equal(readPage(`+++\ntitle = 'Vendors'\nupdated = 2026-05-11\n+++\n${table}`, 'v.md').lastUpdated, '2026-05-11');
  // A field that names no update gives no date.
  assert.equal(readPage(`+++\ntitle = "Vendors"\ndate_created = "2020-01-01"\n+++\n${table}`, 'v.md').lastUpdated, undefined);
});

test('a Hugo page’s front matter "date" is when it was first dated, no update; "lastmod" is', () => {
  const body = '\n## Hébergement\n- Hébergeur : Nuagix\n- Adresse : 3 rue Haute, 67000 Strasbourg, France\n';
  const hugo = `---\ntitle: "Mentions légales"\ndate: 2023-02-01\ntranslationKey: "legal"\n---\n${body}`;
  assert.equal(readPage(hugo, 'p.md').lastUpdated, undefined);
  // A shortcode in the text says the same.
  const shortcode = `---\ntitle: "Mentions légales"\ndate: 2023-02-01\n---\n${body}\nÉcrivez-nous : {{< email "a" >}}\n`;
  assert.equal(readPage(shortcode, 'p.md').lastUpdated, undefined);
  assert.equal(readPage(hugo.replace('date: 2023-02-01', 'date: 2023-02-01\nlastmod: 2024-03-05'), 'p.md').lastUpdated, '2024-03-05');
  // Elsewhere a front matter's only date is still the page's.
  assert.equal(readPage(`---\ntitle: "Vendors"\ndate: 2023-02-01\n---\n${body}`, 'p.md').lastUpdated, '2023-02-01');
});

test('a contact line ("Customer Support: support@…") over an address line names no vendor', () => {
  const md = `## Vendors

| Vendor | Purpose |
|---|---|
| Nuagix | Hosting |

## Contact

**Privacy Officer**: privacy@lark.example  
**Customer Support**: help@lark.example  

**Office Address**:  
Lark Ltd, 4 Quay Street, Galway, Ireland
`;
  const page = readPage(md, 'p.md');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Nuagix'],
  );
});

test('the page date from an element named for it: <LastUpdated date="…">', () => {
  const html = (tag: string) =>
    `<article><h1>Confidentialité</h1>${tag}<h2>Sous-traitants</h2><ul><li><strong>Lumo</strong> — hébergement (France).</li><li><strong>Postie</strong> — courriels (France).</li></ul></article>`;
  assert.equal(readPage(html('<LastUpdated date="3 mars 2026" version="2"></LastUpdated>'), 'p.html').lastUpdated, '3 mars 2026');
  // An element named for something else gives no date by its "date".
  assert.equal(readPage(html('<Published date="3 mars 2026"></Published>'), 'p.html').lastUpdated, undefined);
});

test('an introduced list whose items share a line (HTML on one line): every item read as an entry leaves the page’s comments', () => {
  const html = [
    '<h1>Sub-processors</h1>',
    '<p>We use the following sub-processors:</p>',
    '<ul><li>Orvia Cloud SAS — hosting</li><li>Pelta Mail Ltd — email</li></ul>',
    '',
  ].join('\n');
  const page = readPage(html, 'p.html');
  assert.deepEqual(
    page.entries.map((e) => e.name ?? e.heading),
    ['Orvia Cloud SAS', 'Pelta Mail Ltd'],
  );
  // The second item was kept as a comment: only the first item on the entries' line was looked up.
  assert.deepEqual(page.other, []);
});

test("the officer's line gives the officer's address, not that of a label after it in the same paragraph", () => {
  const table = '\n\n| Vendor | Location |\n|---|---|\n| Hostique | Germany |\n';
  const contact = (text: string) =>
    (pageToInventory(readPage(text + table, 'p.md'), { today: '2026-12-01' }).value.inventory as Record<string, unknown>).contact;
  assert.equal(contact('Our DPO: Jane Doe, dpo@acme.example. Our EU Representative: rep@eurep.example.'), 'dpo@acme.example');
  assert.equal(contact('Notre DPO : Jean Martin, dpo@acme.example. Représentant : rep@eurep.example.'), 'dpo@acme.example');
  // A second label right after the officer's stays set aside.
  assert.equal(contact('DPO (Délégué à la Protection des Données) : Contact : dpo@acme.example'), 'dpo@acme.example');
});
