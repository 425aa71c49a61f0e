/**
 * Legal notices and policies whose vendors stand in cards and topic-led items (issue 22, holdout17's French lists):
 * a host's card with its postal address, the publisher's own section, a topic in bold provided by a linked vendor,
 * a role then the vendor over labelled lines. Each kind with a near-miss that must give no entry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { dateLine } from './wording';

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

interface Sub {
  name: string;
  entity?: string;
  purpose?: string;
  url?: string;
  entityCountry?: string;
  dataLocation?: { countries?: string[] } | string;
}
const subs = (text: string, file: string): Sub[] =>
  (parse(pageToInventory(readPage(text, file), { today: '2026-12-01' }).yaml) as { subprocessors: Sub[] }).subprocessors;

test("a host's card: its name, its postal address on the next line, then labelled lines (English and French)", () => {
  const fr = [
    '<h3>3. Hébergement</h3>',
    '<p>Le site est hébergé par :</p>',
    '<div><p><strong>Nuvola Cloud SAS</strong></p>',
    '<p>14 rue des Lilas, 69003 Lyon, France</p>',
    '<p>Téléphone : +33 4 00 00 00 00</p>',
    '<p>Site web : <a href="https://www.nuvola.example">www.nuvola.example</a></p></div>',
  ].join('\n');
  const [host] = subs(fr, 'notice.html');
  assert.equal(host!.name, 'Nuvola Cloud SAS');
  assert.equal(host!.entityCountry, 'FR');
  assert.equal(host!.url, 'https://www.nuvola.example');
  const en = [
    '<h3>Hosting</h3>',
    '<p>This site is hosted by:</p>',
    '<p><strong>Brightline Hosting GmbH</strong></p>',
    '<p>Hafenstraße 12, 20457 Hamburg, Germany</p>',
    '<p>Phone: +49 40 000000</p>',
    '<p>Website: <a href="https://brightline.example">brightline.example</a></p>',
  ].join('\n');
  assert.deepEqual(
    subs(en, 'notice.html').map((s) => [s.name, s.entityCountry]),
    [['Brightline Hosting GmbH', 'DE']],
  );
  // Near-miss: an address line that is no postal address (no street number, no postcode) names no card: read as before.
  const noAddress = en.replace('Hafenstraße 12, 20457 Hamburg, Germany', 'Somewhere in Germany');
  assert.ok(!names(noAddress, 'notice.html').includes('Brightline Hosting GmbH'));
});

test("the publisher's section of a legal notice ('Identification de l'Éditeur', \"Publisher details\") opens no entry", () => {
  const fr = [
    "<h3>1. Identification de l'Éditeur</h3>",
    '<p>Dénomination sociale</p>',
    '<p>Kestrel Conseil SARL</p>',
    '<p><strong>Forme juridique :</strong> SARL</p>',
    '<p><strong>Siège social :</strong> 8 avenue du Port, 13002 Marseille, France</p>',
    '<h3>2. Hébergement</h3>',
    '<p><strong>Nuvola Cloud SAS</strong></p>',
    '<p>14 rue des Lilas, 69003 Lyon, France</p>',
    '<p>Site web : <a href="https://www.nuvola.example">www.nuvola.example</a></p>',
  ].join('\n');
  assert.deepEqual(names(fr, 'notice.html'), ['Nuvola Cloud SAS']);
  const en = [
    '## Publisher details',
    '',
    'Kestrel Consulting Ltd',
    '',
    '**Registered office:** 8 Harbour Road, Bristol BS1 4AA, United Kingdom',
    '',
    '**Company number:** 01234567',
  ].join('\n');
  assert.ok(!names(en, 'notice.md').includes('Kestrel Consulting Ltd'));
});

test('a JSX comment between elements is no words of the page: not its title', () => {
  const jsx = [
    '{/* Section 1: Hosting */}',
    '<section><h2>Hosting</h2>',
    '<p><strong>Brightline Hosting GmbH</strong></p>',
    '<p>Hafenstraße 12, 20457 Hamburg, Germany</p>',
    '<p>Phone: +49 40 000000</p></section>',
  ].join('\n');
  const page = readPage(jsx, 'notice.html');
  assert.notEqual(page.title, '{/* Section 1: Hosting */}');
  assert.ok(!page.introduction.some((p) => p.includes('/*')));
});

test('"Dernière mise à jour des mentions légales : Janvier 2025": a date that opens with its month, after the words of what was updated', () => {
  assert.equal(dateLine('Dernière mise à jour des mentions légales : Janvier 2025'), 'Janvier 2025');
  assert.equal(dateLine('Last updated for this notice: March 2026'), 'March 2026');
  // Near-miss: the words before the colon name another document, whose date it is.
  assert.equal(dateLine('Effective date of the Agreement: January 2020'), undefined);
});

test('an item led by a topic in bold names its vendor as the linked name that provides it (French and English)', () => {
  const fr = [
    '## Quelles informations recueillons-nous ?',
    '',
    '- **Les données de mesure d’audience.** Notre site est fourni par [Mesura Stats](https://mesura.example/), qui n’utilise pas de cookies.',
    '- **Données de la recherche interne.** Notre recherche est assurée par [Trouvix](https://trouvix.example/), sans suivi.',
  ].join('\n');
  assert.deepEqual(
    subs(fr, 'policy.md').map((s) => [s.name, s.url, s.purpose]),
    [
      ['Mesura Stats', 'https://mesura.example/', 'Les données de mesure d’audience'],
      ['Trouvix', 'https://trouvix.example/', 'Données de la recherche interne'],
    ],
  );
  const en = [
    '- **Website analytics.** Our analytics are provided by [Countly Lite](https://countly-lite.example/).',
    '- **Search usage data.** Search is powered by [Findwell](https://findwell.example/).',
  ].join('\n');
  assert.deepEqual(names(en, 'policy.md'), ['Countly Lite', 'Findwell']);
  // Near-miss: a topic in bold whose link is the page's own, not after "provided by": no vendor named by the link.
  const own = [
    '- **Website analytics.** Read more on [our blog](https://acme.example/blog) about analytics.',
    '- **Search usage data.** See [the FAQ](https://acme.example/faq) for details.',
  ].join('\n');
  const read = names(own, 'policy.md');
  assert.ok(!read.includes('our blog') && !read.includes('the FAQ'));
});

test('a role, a colon, then the vendor over labelled lines: the vendor is the entry, the role its purpose', () => {
  const fr = [
    '## Hébergement des données',
    '',
    '**Hébergement :** Nuvola (infrastructure propre)',
    '- **Région :** eu-west-3 (Paris, France) - UE',
    '- **Garanties :** aucune donnée hors UE',
  ].join('\n');
  assert.deepEqual(
    readPage(fr, 'p.md').entries.map((e) => [e.name ?? e.heading, e.facts.find((f) => f.key === 'purpose')?.value]),
    [['Nuvola', 'Hébergement']],
  );
  // Near-miss: a role whose value is a place, not a name ("Hosting: France"): no entry named France.
  const place = ['**Hosting:** France', '- **Region:** eu-west-3', '- **Safeguards:** none'].join('\n');
  assert.ok(!names(place, 'p.md').includes('France'));
});

test('a heading about the transfers ("🌍 Transferts Internationaux", "International transfers") over labelled lines is no vendor', () => {
  const fr = [
    '## 🌍 Transferts Internationaux',
    '',
    '**Pays couverts :** France, Suisse',
    '',
    '**Garanties :** clauses contractuelles types',
  ].join('\n');
  assert.ok(!names(fr, 'p.md').some((n) => /Transferts/.test(n)));
  const en = ['## International transfers', '', '**Countries:** United States', '', '**Safeguards:** Standard Contractual Clauses'].join(
    '\n',
  );
  assert.ok(!names(en, 'p.md').some((n) => /transfers/i.test(n)));
});

test('a sentence ending "hébergé par :" over labelled items, the company label first: one host each (French and English)', () => {
  const fr = [
    '<h2>2. Hébergement</h2>',
    '<p>Le site est hébergé par :</p>',
    '<ul><li><strong>Raison sociale :</strong> Nuvola Cloud SAS</li>',
    '<li><strong>Adresse :</strong> 14 rue des Lilas, 69003 Lyon, France</li>',
    '<li><strong>Site web :</strong>{" "}<a href="https://www.nuvola.example">https://www.nuvola.example</a></li></ul>',
    '<p>La base de données est hébergée par :</p>',
    '<ul><li><strong>Raison sociale :</strong> Basalt Data Inc.</li>',
    '<li><strong>Adresse :</strong> 500 Market Street, San Francisco, CA 94105, États-Unis</li>',
    '<li><strong>Localisation des données :</strong> Union européenne (Irlande)</li></ul>',
  ].join('\n');
  assert.deepEqual(
    subs(fr, 'notice.html').map((s) => [s.name, s.entityCountry, s.url]),
    [
      ['Nuvola Cloud SAS', 'FR', 'https://www.nuvola.example'],
      ['Basalt Data Inc.', 'US', undefined],
    ],
  );
  const en = [
    '<p>This website is hosted by:</p>',
    '<ul><li><strong>Company name:</strong> Brightline Hosting GmbH</li>',
    '<li><strong>Address:</strong> Hafenstraße 12, 20457 Hamburg, Germany</li></ul>',
  ].join('\n');
  assert.deepEqual(
    subs(en, 'notice.html').map((s) => [s.name, s.entityCountry]),
    [['Brightline Hosting GmbH', 'DE']],
  );
  // Near-miss: a company label still to be filled in names no host.
  const blank = en.replace('Brightline Hosting GmbH', '[À REMPLIR — nom de la société]');
  assert.deepEqual(names(blank, 'notice.html'), []);
});

test('"Contact RGPD : dpo@…" is the page\'s contact beside a general address', () => {
  const md = [
    '## Éditeur',
    '',
    '- **Email :** contact@kestrel.example',
    '',
    '## Données personnelles',
    '',
    'Contact RGPD : dpo@kestrel.example',
    '',
    '## Hébergement',
    '',
    'Le site est hébergé par Nuvola Cloud SAS.',
  ].join('\n');
  assert.equal(readPage(md, 'p.md').contact, 'dpo@kestrel.example');
  // Near-miss: "Contact : …" is no line about personal data.
  const sales = readPage(md.replace('Contact RGPD : dpo@', 'Contact commercial : sales@'), 'p.md').contact ?? '';
  assert.ok(!sales.includes('sales@'));
});

test("a component's source kept as text (imports, `export default function`, markup) is read as the page it renders", () => {
  const tsx = [
    'import { Footer } from "@/components/Footer";',
    '',
    'export default function Page() {',
    '  return (',
    '    <main>',
    '      <h2>Destinataires</h2>',
    '      <p>',
    '        Nos prestataires techniques traitent vos données pour notre compte : Nuvola Inc. (hébergement), Postier',
    '        (envoi des e-mails) et Mesura (mesure d’audience).',
    '      </p>',
    '    </main>',
    '  );',
    '}',
  ].join('\n');
  assert.deepEqual(names(tsx, 'page.txt'), ['Nuvola Inc.', 'Postier', 'Mesura']);
  // Near-miss: a text that only speaks of code, with no markup, stays text.
  const prose = 'export default function is how a module exports its main value.\n\nNothing else here.';
  assert.deepEqual(names(prose, 'notes.txt'), []);
});

test("rows given as props of a component, one prop per column in order, are the table's rows", () => {
  const tsx = [
    '<table><thead><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr></thead>',
    '<tbody>',
    '<Row name="Nuvola, Inc." purpose="Hosting" location="US (SOC 2 Type II)" />',
    '<Row name="Postier Ltd" purpose="Email delivery" location="UK" />',
    '</tbody></table>',
  ].join('\n');
  assert.deepEqual(
    subs(tsx, 'list.html').map((s) => [s.name, (s.dataLocation as { countries?: string[] })?.countries]),
    [
      ['Nuvola, Inc.', ['US']],
      ['Postier Ltd', ['GB']],
    ],
  );
  // Near-miss: props that are expressions (`name={p.name}`) hold no cell's words: no rows.
  const expr = tsx.replace('name="Nuvola, Inc."', 'name={p.name}').replace('name="Postier Ltd"', 'name={q.name}');
  assert.deepEqual(names(expr, 'list.html'), []);
});

test('"Vercel Inc. (hébergement), …": a legal form\'s full stop before brackets or a comma ends no sentence', () => {
  const md = '## Destinataires\n\nNos prestataires : Nuvola Inc. (hébergement), Postier Ltd. (e-mails) et Mesura (audience).\n';
  assert.deepEqual(names(md, 'p.md'), ['Nuvola Inc.', 'Postier Ltd.', 'Mesura']);
  // Near-miss: "Inc." before a new sentence still ends it; the next sentence names no party.
  const two = 'Nos prestataires : Nuvola Inc. Ils sont sérieux. Postier (e-mails) et Mesura (audience).';
  assert.ok(!names(`## Destinataires\n\n${two}\n`, 'p.md').includes('Ils sont sérieux'));
});

test('vendors a paragraph names one by one, then calls processors together ("Tous deux", "Both"): exactly as many as it counts', () => {
  const fr =
    "Vos messages sont acheminés par Postier, un service d'envoi d'e-mails. Ce site est hébergé par Nuvola, qui garde les journaux. Tous deux agissent en qualité de sous-traitants, sous contrat.";
  assert.deepEqual(names(`# Politique\n\n${fr}\n`, 'p.txt'), ['Postier', 'Nuvola']);
  const en =
    'Messages reach us through Postie, an email service. The site is hosted by Nuvola Cloud. Both act as our processors under contract.';
  assert.deepEqual(names(`# Policy\n\n${en}\n`, 'p.txt'), ['Postie', 'Nuvola Cloud']);
  // Near-miss: the count does not match the names (three named, "Tous deux"): no entries from this sentence.
  const three = fr.replace('Ce site', 'Le suivi passe par Mesura. Ce site');
  assert.ok(!names(`# Politique\n\n${three}\n`, 'p.txt').includes('Postier'));
});

test('a module held as text dates the page by a constant whose name says so (`const updated = "8 septembre 2026"`)', () => {
  const ts = [
    'const updated = "8 septembre 2026";',
    'export const policy = {',
    '  body: ["Ce site est hébergé par Nuvola Cloud SAS."],',
    '};',
  ].join('\n');
  assert.equal(readPage(ts, 'policy.txt').lastUpdated, '8 septembre 2026');
  // Near-miss: a constant whose name is no update's gives no date.
  assert.equal(readPage(ts.replace('const updated', 'const founded'), 'policy.txt').lastUpdated, undefined);
});

test('a legal notice in a data record\'s string: labelled lines split on "\\n", "Hébergeur : Name - address" its host', () => {
  const js = [
    '{ id: 1, title: "Coordonnées", content: "Adresse: Rue du Port, Lomé, Togo\\nEmail: contact@kestrel.example, info@kestrel.example" },',
    '{ id: 2, title: "Mentions légales", content: "KESTREL SARL au capital de 1 000 000 FCFA\\nSiège social : Rue du Port, Lomé, Togo\\nDirecteur de la publication : M. Kossi\\nHébergeur : Nuvola - 14 rue des Lilas - 69003 Lyon - France" },',
  ].join('\n');
  const page = readPage(js, 'content.txt');
  assert.deepEqual(
    subs(js, 'content.txt').map((s) => [s.name, s.entityCountry]),
    [['Nuvola', 'FR']],
  );
  // Two general addresses after a bare "Email" label: neither is the page's contact for personal data.
  assert.equal(page.contact, undefined);
  // Near-miss: a role line without an address ("Hébergement : Nuvola (France)") among other roles is no host's record.
  const roles = '# Nos sous-traitants\n\n**Hébergement :** Nuvola (France)\n\n**E-mail :** Postier (France)\n';
  assert.deepEqual(names(roles, 'p.md').length, 2);
});

test('« Pour exercer ces droits, écris à … »: the address a policy written in « tu » gives for the rights is its contact', () => {
  const md = [
    '## Tes droits',
    '',
    'Pour exercer ces droits, écris à kestrel.team@example.com. Une réponse te sera apportée sous 30 jours.',
    '',
    '## Sous-traitants',
    '',
    '- **Nuvola** — hébergement. Données hébergées en France.',
    '- **Postier** — e-mails. Données hébergées en France.',
  ].join('\n');
  assert.equal(readPage(md, 'p.md').contact, 'kestrel.team@example.com');
  // Near-miss: an address given for orders, in « tu » too, is no contact for personal data.
  const orders = md.replace('Pour exercer ces droits, écris à', 'Pour suivre ta commande, va sur');
  assert.equal(readPage(orders, 'p.md').contact, undefined);
});

test('a topic "provided by" a vendor it used once or will use names no current vendor (review10); its brackets give the place', () => {
  const en = [
    '- **Site search.** Search used to be provided by [Findwell](https://findwell.example/) until 2024; it now runs on our servers.',
    '- **Audience measurement.** Audience measurement is provided by [Mesura](https://mesura.example/) (EU).',
    '- **Error tracking.** Error tracking will soon be handled by [Bugnet](https://bugnet.example/).',
  ].join('\n');
  assert.deepEqual(
    subs(en, 'p.md').map((s) => [s.name, (s.dataLocation as { countries?: string[] })?.countries]),
    [['Mesura', ['EU']]],
  );
  const fr = [
    '- **Données de paiement.** Les paiements étaient autrefois assurés par [Payvite](https://payvite.example/) ; ils sont gérés par nos soins.',
    '- **Données de recherche.** Notre recherche est assurée par [Trouvix](https://trouvix.example/).',
    '- **Données de mesure.** Notre mesure est fournie par [Mesura](https://mesura.example/).',
  ].join('\n');
  assert.deepEqual(names(fr, 'p.md'), ['Trouvix', 'Mesura']);
});
