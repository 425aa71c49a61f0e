/**
 * Headings, questions, labels and placeholders a page sets where a vendor's name could stand, and words that name a
 * fact twice (issue 22): what reads as a vendor, and what does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { mechanismsIn, readLocation } from './wording';
import { roleLedLine } from './read/roleRecords';

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('a heading that asks a question over labelled lines is a topic of the page, no vendor; a vendor heading beside it is', () => {
  const fr = [
    '## 3. Pourquoi traitons-nous vos données ?',
    '',
    '- **Finalité** : vous envoyer les rappels demandés.',
    '- **Base légale** : le contrat.',
    '',
    '## 4. Nos prestataires',
    '',
    '### Orbiton SAS — envoi des rappels',
    '',
    '- **Finalité** : acheminer les rappels.',
    '- **Localisation** : France.',
    '',
  ].join('\n');
  assert.deepEqual(names(fr, 'p.md'), ['Orbiton SAS — envoi des rappels']);
  const en = [
    '## Why do we process your data?',
    '',
    '- **Purpose**: sending the reminders you asked for.',
    '- **Legal basis**: the contract.',
    '',
    '## Quillmark Inc.',
    '',
    '- **Purpose**: delivering reminders.',
    '- **Location**: Canada.',
    '',
  ].join('\n');
  assert.deepEqual(names(en, 'p.md'), ['Quillmark Inc.']);
});

test('the adequacy decision the DPF is names the DPF only; an adequacy decision for another country stays one', () => {
  assert.deepEqual(
    mechanismsIn("Transferts encadrés par les CCT et la décision d'adéquation UE-États-Unis Data Privacy Framework.").mechanisms,
    ['scc', 'dpf'],
  );
  assert.deepEqual(mechanismsIn('Covered by the adequacy decision for the EU-U.S. Data Privacy Framework.').mechanisms, ['dpf']);
  assert.deepEqual(mechanismsIn('Relies on the DPF adequacy decision.').mechanisms, ['dpf']);
  // Near-misses: an adequacy decision for a country, then the DPF for another vendor or place: both stated.
  assert.deepEqual(mechanismsIn("Décision d'adéquation pour le Royaume-Uni ; Data Privacy Framework pour les États-Unis.").mechanisms, [
    'adequacy',
    'dpf',
  ]);
  assert.deepEqual(
    mechanismsIn('Canada benefits from an adequacy decision, and US vendors adhere to the Data Privacy Framework.').mechanisms,
    ['adequacy', 'dpf'],
  );
});

/** A component holding its page in two languages behind a flag, its words outside the branches in `outside`. */
const bilingual = (outside: string, flag = 'en') =>
  [
    `export const metadata = { title: "${outside}" };`,
    'export default function Privacy() {',
    '  return (',
    '    <main>',
    `      <Hero lead={${flag} ? "Last updated: March 3, 2026." : "Dernière mise à jour : 4 mars 2026."} />`,
    `      {${flag} ? (`,
    '        <>',
    '          <h2>4. Recipients</h2>',
    '          <p>Our technical subcontractors, within their tasks:</p>',
    '          <ul>',
    '            <li><strong>Host:</strong> <span>[TO COMPLETE]</span> — hosting the site;</li>',
    '            <li><strong>Quillmark:</strong> sending e-mails;</li>',
    '            <li><strong>Orbiton:</strong> payments.</li>',
    '          </ul>',
    '        </>',
    '      ) : (',
    '        <>',
    '          <h2>4. Destinataires</h2>',
    '          <p>Nos sous-traitants techniques, dans la limite de leurs missions :</p>',
    '          <ul>',
    '            <li><strong>Hébergeur :</strong> <span>[À COMPLÉTER]</span> — hébergement du site ;</li>',
    '            <li><strong>Quillmark :</strong> envoi des e-mails ;</li>',
    '            <li><strong>Orbiton :</strong> paiements.</li>',
    '          </ul>',
    '        </>',
    '      )}',
    '    </main>',
    '  );',
    '}',
  ].join('\n');

test('a page held in two languages behind a flag is read once, in the language of its words outside the branches', () => {
  const fr = readPage(bilingual('Politique de confidentialité : vos données et vos droits'), 'page.html');
  // The French branch's words: its purposes, not the English ones.
  assert.deepEqual(
    fr.entries.map((e) => [e.name ?? e.heading, /^(?:envoi|paiements)/.test(String(e.facts.find((f) => f.key === 'purpose')?.value))]),
    [
      ['Quillmark', true],
      ['Orbiton', true],
    ],
  );
  assert.equal(fr.lastUpdated, '4 mars 2026');
  const en = readPage(bilingual('Privacy policy: your data and your rights'), 'page.html');
  assert.deepEqual(
    en.entries.map((e) => e.name ?? e.heading),
    ['Quillmark', 'Orbiton'],
  );
  assert.equal(en.lastUpdated, 'March 3, 2026');
  // A flag that compares a locale with a code ("locale === 'en'"): its branch is that language's.
  const byLocale = readPage(bilingual('Politique de confidentialité : vos données', "locale === 'en'"), 'page.html');
  assert.equal(byLocale.lastUpdated, '4 mars 2026');
});

test('a flag that names no language keeps both branches of the markup', () => {
  const page = [
    'export default function Privacy() {',
    '  return (',
    '    <main>',
    '      <h2>Sub-processors</h2>',
    '      <p>We use the following sub-processors:</p>',
    '      {compact ? (<ul><li><strong>Quillmark:</strong> e-mails;</li><li><strong>Orbiton:</strong> payments.</li></ul>) : (<ul><li><strong>Nimbus:</strong> hosting;</li><li><strong>Vellum:</strong> analytics.</li></ul>)}',
    '    </main>',
    '  );',
    '}',
  ].join('\n');
  assert.deepEqual(names(page, 'page.html'), ['Quillmark', 'Orbiton', 'Nimbus', 'Vellum']);
});

test('an attribute one of whose sentences is a labelled date line dates the page; a year in other words does not', () => {
  const page = (lead: string) =>
    `<main><Hero lead="${lead}" /><h2>Sub-processors</h2><table><tr><th>Name</th><th>Location</th></tr><tr><td>Quillmark</td><td>France</td></tr></table></main>`;
  assert.equal(readPage(page('Conforme au RGPD. Dernière mise à jour : 9 juin 2026.'), 'page.html').lastUpdated, '9 juin 2026');
  assert.equal(readPage(page('GDPR compliant. Last updated: June 9, 2026.'), 'page.html').lastUpdated, 'June 9, 2026');
  assert.equal(readPage(page('Founded in 2019, serving 2026 shops across Europe.'), 'page.html').lastUpdated, undefined);
});

test('a role whose vendor is still a blank ("Host: [TO COMPLETE]") is no entry; a vendor with a blank after it is', () => {
  const list = (items: string[]) => ['Nous faisons appel aux sous-traitants suivants :', '', ...items.map((i) => `- ${i}`), ''].join('\n');
  assert.deepEqual(
    names(list(['Hébergeur : [À COMPLÉTER] — hébergement du site', 'Quillmark : envoi des e-mails', 'Orbiton : paiements']), 'p.md'),
    ['Quillmark', 'Orbiton'],
  );
  assert.deepEqual(names(list(['Host: [TO COMPLETE] — hosting the site', 'Quillmark: e-mails', 'Orbiton: payments']), 'p.md'), [
    'Quillmark',
    'Orbiton',
  ]);
  // Near-miss: the vendor is named, only its role is left blank.
  assert.deepEqual(names(list(['Nimbus : [à compléter]', 'Quillmark : envoi des e-mails', 'Orbiton : paiements']), 'p.md'), [
    'Nimbus',
    'Quillmark',
    'Orbiton',
  ]);
});

test('a transfer sentence naming "Google" is the entry named Google, not also "Google Analytics"; with no such entry, it is', () => {
  const transfer = (items: string[]) =>
    [
      'Nous faisons appel aux sous-traitants suivants :',
      '',
      ...items.map((i) => `- ${i}`),
      '',
      'Certains prestataires (Google, Orbiton) peuvent transférer des données vers les États-Unis. Ces transferts sont encadrés par les clauses contractuelles types.',
      '',
    ].join('\n');
  const mechanisms = (md: string) =>
    readPage(md, 'p.md').entries.map((e) => [e.name ?? e.heading, e.facts.some((f) => f.key === 'transfer')]);
  assert.deepEqual(
    mechanisms(transfer(['Google : fiche d’établissement', 'Google Analytics : mesure d’audience', 'Orbiton : paiements'])),
    [
      ['Google', true],
      ['Google Analytics', false],
      ['Orbiton', true],
    ],
  );
  assert.deepEqual(mechanisms(transfer(['Google Analytics : mesure d’audience', 'Orbiton : paiements'])), [
    ['Google Analytics', true],
    ['Orbiton', true],
  ]);
});

test('a definition list of roles over company cards: the company is the vendor, its address where it is, a place line where the data is', () => {
  const notice = (dl: string) =>
    `<h2>Hébergement</h2><dl>${dl}</dl><h2>Contact</h2><dl><dt>Support général</dt><dd><a href="mailto:hello@acme.example">hello@acme.example</a></dd><dt>Données personnelles / RGPD</dt><dd><a href="mailto:dpo@acme.example">dpo@acme.example</a></dd></dl>`;
  const fr = readPage(
    notice(
      '<dt>Hébergeur principal</dt><dd>Nuvola Cloud SARL<br />12 rue des Prés, L-1234 Luxembourg<br />Région eu-west-3 (Paris, France)</dd><dt>CDN / Proxy</dt><dd>Edgeways, Inc.<br />200 Pine St, San Francisco, CA 94104, USA<br />Point de présence : Paris, Francfort</dd>',
    ),
    'page.html',
  );
  assert.deepEqual(
    fr.entries.map((e) => [e.name, e.facts.map((f) => `${f.key}: ${f.value}`)]),
    [
      [
        'Nuvola Cloud SARL',
        [
          'purpose: Hébergeur principal',
          'entityCountry: 12 rue des Prés, L-1234 Luxembourg',
          'dataLocation: Région eu-west-3 (Paris, France)',
        ],
      ],
      [
        'Edgeways, Inc.',
        [
          'purpose: CDN / Proxy',
          'entityCountry: 200 Pine St, San Francisco, CA 94104, USA',
          'dataLocation: Point de présence : Paris, Francfort',
        ],
      ],
    ],
  );
  // The addresses to write to are no vendors; the one labelled by personal data is the page's contact.
  assert.equal(fr.contact, 'dpo@acme.example');
  const en = readPage(
    '<dl><dt>Hosting provider</dt><dd>Nuvola Cloud Ltd<br />1 Dock Road, Dublin D02 X285, Ireland<br />Region eu-west-1</dd><dt>Email delivery</dt><dd>Postwise GmbH<br />Hauptstraße 5, 10115 Berlin, Germany</dd></dl>',
    'page.html',
  );
  assert.deepEqual(
    en.entries.map((e) => e.name),
    ['Nuvola Cloud Ltd', 'Postwise GmbH'],
  );
});

test('a term that names the company itself, or a card whose first line is no company, is no role card', () => {
  // "Stripe" over "Stripe Payments Europe Ltd": the term is the vendor.
  const own = readPage(
    '<h2>Sous-traitants</h2><dl><dt>Stripe</dt><dd>Stripe Payments Europe Ltd<br />1 Grand Canal Street, Dublin, Irlande</dd><dt>Quillmark</dt><dd>Quillmark SAS<br />5 rue Haute, 75002 Paris, France</dd></dl>',
    'page.html',
  );
  assert.deepEqual(
    own.entries.map((e) => e.name),
    ['Stripe', 'Quillmark'],
  );
  // "Hébergeur" over "Nos propres serveurs<br>Paris": no company named on the card's first line.
  const noCompany = readPage(
    '<dl><dt>Hébergeur</dt><dd>Nos propres serveurs<br />Paris, France</dd><dt>Paiement</dt><dd>Aucun prestataire<br />Paiement sur place</dd></dl>',
    'page.html',
  );
  assert.ok(!noCompany.entries.some((e) => /^(?:Nos propres serveurs|Aucun prestataire)$/.test(e.name ?? '')));
  // A line labelled by personal data that gives no address is no contact.
  const noAddress = readPage(
    '<dl><dt>Données personnelles</dt><dd>nom, prénom, adresse e-mail</dd></dl><p>Contact : hello@acme.example</p>',
    'page.html',
  );
  assert.equal(noAddress.contact, 'hello@acme.example');
});

test('review8: a ternary on another variable than the language keeps both branches; a link’s title dates no page', () => {
  // `region === 'fr'` chooses a place, not the page's language: the cell keeps both places, no country read from one.
  const region = readPage(
    '<p>Politique de confidentialité : vos données et vos droits.</p><table><tr><th>Nom</th><th>Localisation</th></tr><tr><td>Nuvola</td><td>{region === \'fr\' ? "France" : "États-Unis"}</td></tr></table>',
    'page.html',
  );
  assert.notDeepEqual(
    region.entries.map((e) => e.facts.find((f) => f.key === 'dataLocation')?.value),
    ['France'],
  );
  const linked = readPage(
    '<main><h2>Sub-processors</h2><table><tr><th>Name</th><th>Location</th></tr><tr><td>Quillmark</td><td>France</td></tr></table><a href="/terms" title="Terms of Service. Last updated: 2 May 2019.">Terms</a><img alt="x" title="Cookies. Last updated: 3 May 2019." /></main>',
    'page.html',
  );
  assert.equal(linked.lastUpdated, undefined);
});

test('a vendor’s global infrastructure as the place is GLOBAL in both languages; the infrastructure deciding other places is none', () => {
  const countries = (t: string) => readLocation(t).countries;
  assert.deepEqual(countries("Nimbus's global infrastructure"), ['GLOBAL']);
  assert.deepEqual(countries('Infrastructure mondiale de Nimbus'), ['GLOBAL']);
  assert.deepEqual(countries("Data processed on Nimbus's global infrastructure"), ['GLOBAL']);
  assert.deepEqual(countries("Données traitées sur l'infrastructure mondiale de Nimbus"), ['GLOBAL']);
  // Near-misses: "other regions per …", "selon …": which other places the infrastructure decides, none stated.
  assert.deepEqual(countries("Ireland and other regions per Nimbus's global infrastructure."), ['IE']);
  assert.deepEqual(countries("Irlande et autres régions selon l'infrastructure mondiale de Nimbus."), ['IE']);
});

test('review8: a role card’s second address-like line (a support team’s city) is not the company’s address', () => {
  const page = readPage(
    '<dl><dt>Support</dt><dd>Helpwise, Inc.<br />500 Howard St, San Francisco, CA 94105, USA<br />Équipe support à Manille, Philippines</dd><dt>Hébergeur</dt><dd>Nuvola SAS<br />3 rue Basse, 59000 Lille, France</dd></dl>',
    'page.html',
  );
  assert.deepEqual(
    page.entries[0]!.facts.filter((f) => f.key === 'entityCountry').map((f) => f.value),
    ['500 Howard St, San Francisco, CA 94105, USA'],
  );
});

test('a remark\'s word in bold before a colon outside the bold ("**Remarque** : …", "**Note**: …") is no vendor', () => {
  const fr = [
    'Nous faisons appel aux sous-traitants suivants :',
    '',
    '- **Orbiton** : envoi des rappels (France)',
    '- **Velora** : hébergement (Belgique)',
    '- **Remarque** : cette liste est revue chaque année.',
    '- **Note** : les sauvegardes restent en France.',
    '',
  ].join('\n');
  assert.deepEqual(names(fr, 'p.md'), ['Orbiton', 'Velora']);
  const en = [
    'We use the following sub-processors:',
    '',
    '- **Orbiton** : reminder delivery (France)',
    '- **Velora**: hosting (Belgium)',
    '- **Note** : this list is reviewed every year.',
    '- **Remark**: backups stay in France.',
    '',
  ].join('\n');
  // Near-miss: a vendor's name with the French space before its colon stays a vendor ("**Orbiton** : …").
  assert.deepEqual(names(en, 'p.md'), ['Orbiton', 'Velora']);
});

test('a role, a colon, then the vendor filling it ("**Hosting:** Nubo (Belgium)", « **Hébergement** : Nubo ») names the vendor, not the role', () => {
  const en = [
    '# Our sub-processors',
    '',
    '**Hosting:** Nubo Cloud (Belgium)',
    '',
    '**Email:** Postiers (France)',
    '',
    '**Payments:** Pago',
    '',
  ];
  assert.deepEqual(names(en.join('\n'), 'p.md'), ['Nubo Cloud (Belgium)', 'Postiers (France)', 'Pago']);
  const fr = [
    '# Nos sous-traitants',
    '',
    '- **Hébergement** : Nubo Cloud (Belgique)',
    '- **E-mail** : Postiers (France)',
    '- **Paiement** : Pago',
    '',
  ];
  assert.deepEqual(names(fr.join('\n'), 'p.md'), ['Nubo Cloud', 'Postiers', 'Pago']);
  const roles = readPage(fr.join('\n'), 'p.md').entries.map((e) => e.facts.find((f) => f.key === 'purpose')?.value);
  assert.deepEqual(roles, ['Hébergement', 'E-mail', 'Paiement']);
  // Near-misses: a vendor, then its role, stays as it is; a value that is a place or common nouns is no vendor.
  const led = ['# Our sub-processors', '', '- **Nubo Cloud**: hosting (Belgium)', '- **Pago**: payments', ''];
  assert.deepEqual(names(led.join('\n'), 'p.md'), ['Nubo Cloud', 'Pago']);
  assert.equal(roleLedLine('Hébergement : France'), undefined);
  assert.equal(roleLedLine('Hosting: our own servers in Belgium'), undefined);
  assert.equal(roleLedLine('Nubo: hosting'), undefined);
  assert.equal(roleLedLine('Contact: Jane Doe'), undefined);
  // A value that says no vendor fills the role (review9 on fixes11).
  for (const line of [
    '**Email:** None',
    '**Payments:** TBD',
    '**Backups:** In-house',
    '**Messagerie** : Aucun',
    '**Sauvegardes** : À définir',
  ])
    assert.equal(roleLedLine(line), undefined, line);
});

test('a legal notice\'s publisher (« Éditeur », "Publisher") is the company itself, no sub-processor; its host is one', () => {
  const fr =
    '<h1>Mentions légales</h1><dl><dt>Éditeur</dt><dd>Studio Velora SAS<br>12 rue des Lilas, 69001 Lyon, France</dd>' +
    '<dt>Hébergeur</dt><dd>Nubo Cloud SAS<br>4 avenue du Port, 59000 Lille, France</dd></dl>';
  assert.deepEqual(names(fr, 'p.html'), ['Nubo Cloud SAS']);
  const en =
    '<h1>Legal notice</h1><dl><dt>Publisher</dt><dd>Velora Studio Ltd<br>12 Lily Street, London EC1A 1AA, United Kingdom</dd>' +
    '<dt>Hosting provider</dt><dd>Nubo Cloud Ltd<br>4 Harbour Road, Dublin D02 XY45, Ireland</dd></dl>';
  assert.deepEqual(names(en, 'p.html'), ['Nubo Cloud Ltd']);
  const items = [
    '# Mentions légales',
    '',
    '- **Éditeur** : Studio Velora SAS, Lyon, France',
    '- **Hébergeur** : Nubo Cloud SAS, Lille, France',
    '',
  ];
  assert.deepEqual(names(items.join('\n'), 'p.md'), ['Nubo Cloud SAS']);
  // Near-miss: a vendor whose name holds the word ("Publisher Tools Inc.") stays a vendor.
  const vendors = ['# Sub-processors', '', '- **Publisher Tools Inc.**: newsletters', '- **Nubo Cloud**: hosting', ''];
  assert.deepEqual(names(vendors.join('\n'), 'p.md'), ['Publisher Tools Inc.', 'Nubo Cloud']);
});

test('a role in bold, a colon, then the vendor and its country in brackets ("**Hosting:** Amazon Web Services (Ireland)") keeps the country, where the company is', () => {
  const imported = (text: string) =>
    new Map(
      (pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).value.subprocessors as Record<string, unknown>[]).map((e) => [
        String(e.name),
        e,
      ]),
    );
  const en = imported(
    '# Privacy\n\n## Infrastructure\n\n**Hosting:** Nubo Web Services (Ireland)\n\n**Email:** Postiers (France)\n\n## Payments\n\n**Payments:** Pago SA\n\n**Analytics:** Pavonis (a product of Acme)\n',
  );
  assert.deepEqual(
    [...en.values()].map((e) => [e.name, e.entityCountry ?? 'none']),
    [
      ['Nubo Web Services', 'IE'],
      ['Postiers', 'FR'],
      ['Pago SA', 'none'],
      ['Pavonis', 'none'],
    ],
  );
  const fr = imported(
    '# Confidentialité\n\n## Infrastructure\n\n**Hébergement :** Nubo Cloud (Belgique)\n\n**E-mail :** Postiers (France)\n\n## Paiements\n\n**Paiement :** Pago SA\n',
  );
  assert.deepEqual(
    [...fr.values()].map((e) => [e.name, e.entityCountry ?? 'none']),
    [
      ['Nubo Cloud', 'BE'],
      ['Postiers', 'FR'],
      ['Pago SA', 'none'],
    ],
  );
  // Near-miss: the role's country is never storage.
  assert.equal(en.get('Nubo Web Services')?.dataLocation, 'unknown');
});
