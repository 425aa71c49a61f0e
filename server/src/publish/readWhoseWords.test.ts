import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { trainingSpeaker } from './wording';

type Obj = Record<string, unknown>;

/** The imported inventory of a page. */
const inventoryOf = (text: string, file: string, today = '2026-12-01') => pageToInventory(readPage(text, file), { today }).value;
/** The imported entries of a page, by name. */
function imported(text: string, file: string, today?: string): Map<string, Obj> {
  return new Map((inventoryOf(text, file, today).subprocessors as Obj[]).map((e) => [String(e.name), e]));
}
const contactOf = (text: string, file: string) => (inventoryOf(text, file).inventory as Obj).contact;

test('a vendor\'s place in its own group ("Nimbo Ltd, an affiliate of Nimbo Inc.") makes it no affiliate of the publisher', () => {
  const en = imported(
    '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Nimbo Ltd, an affiliate of Nimbo Inc. | Hosting | Ireland |\n' +
      '| Postwick SAS, a subsidiary of the Postwick group | Email | France |\n| Tallyho GmbH | Analytics | Germany |\n',
    'p.md',
  );
  assert.deepEqual(
    [...en.values()].map((e) => e.relationship ?? 'none'),
    ['none', 'none', 'none'],
  );
  const fr = imported(
    '| Sous-traitant | Finalité |\n|---|---|\n| Nimbo SARL, filiale de Nimbo SA | Hébergement |\n| Tallyho | Mesure |\n',
    'p.md',
  );
  assert.equal(fr.get('Nimbo SARL, filiale de Nimbo SA')?.relationship, undefined);
  // Near-misses: a row the page marks as an intra-group company, or the affiliate of another company's name, stays one.
  const group = imported(
    '| Sub-processor | Purpose |\n|---|---|\n| Brenlow Support Ltd (intra-group) | Support |\n| Kesto Ltd, an affiliate of Brenlow | Billing |\n',
    'p.md',
  );
  assert.deepEqual(
    [...group.values()].map((e) => e.relationship ?? 'none'),
    ['affiliate', 'affiliate'],
  );
});

test('a parent company\'s seat (a "Parent company:" cell, a "Vendor parent HQ" column) is not the vendor\'s own', () => {
  const cell = imported(
    '| Sub-processor | Purpose | HQ |\n|---|---|---|\n| Nimbo Ltd | Hosting | Parent company: Seattle, USA |\n| Postwick SAS | Email | Lyon, France |\n',
    'p.md',
  );
  assert.equal(cell.get('Nimbo Ltd')?.entityCountry, undefined);
  assert.match(String(cell.get('Nimbo Ltd')?.note), /Parent company: Seattle, USA/);
  assert.equal(cell.get('Postwick SAS')?.entityCountry, 'FR');
  const column = imported(
    '| Sub-processor | Purpose | Vendor parent HQ | Data location |\n|---|---|---|---|\n| Nimbo Ltd | Hosting | USA | Ireland |\n',
    'p.md',
  );
  assert.equal(column.get('Nimbo Ltd')?.entityCountry, undefined);
  assert.deepEqual((column.get('Nimbo Ltd')?.dataLocation as Obj).countries, ['IE']);
  const fr = imported(
    '| Sous-traitant | Siège | Pays de la maison mère |\n|---|---|---|\n| Nimbo SARL | Nantes, France | États-Unis |\n',
    'p.md',
  );
  assert.equal(fr.get('Nimbo SARL')?.entityCountry, 'FR');
  const frCell = imported(
    '| Sous-traitant | Siège |\n|---|---|\n| Nimbo SARL | Maison mère : Boston, États-Unis |\n| Tallyho | Paris |\n',
    'p.md',
  );
  assert.equal(frCell.get('Nimbo SARL')?.entityCountry, undefined);
  // Near-miss: a column naming the entity beside its parent ("Entity / Parent") still names the entity.
  const both = imported('| Sub-processor | Entity / Parent | Location |\n|---|---|---|\n| Nimbo | Nimbo Europe Ltd | Ireland |\n', 'p.md');
  assert.equal(both.get('Nimbo')?.entity, 'Nimbo Europe Ltd');
});

test("a company's words on its own training are the fact of the entry they name, not of another vendor's row", () => {
  const page = imported(
    '| Sub-processor | Purpose | AI |\n|---|---|---|\n| Sparkly Inc. | Summaries | Brenlow does not train its models on your data |\n' +
      '| Quillo Inc. | Drafting | Quillo does not train its models on your data |\n| Vectra | Search | Customer data is not used to train models |\n',
    'p.md',
  );
  assert.equal(page.get('Sparkly Inc.')?.ai, undefined);
  assert.deepEqual(page.get('Quillo Inc.')?.ai, { trainsOnCustomerData: false });
  assert.deepEqual(page.get('Vectra')?.ai, { trainsOnCustomerData: false });
  const fr = imported(
    '| Sous-traitant | Finalité | IA |\n|---|---|---|\n| Sparkly | Résumés | Brenlow n’entraîne pas ses modèles sur vos données |\n' +
      '| Quillo | Rédaction | Quillo n’entraîne pas ses modèles sur vos données |\n| Vectra | Recherche | N’entraîne pas sur les entrées API |\n',
    'p.md',
  );
  assert.equal(fr.get('Sparkly')?.ai, undefined);
  assert.deepEqual(fr.get('Quillo')?.ai, { trainsOnCustomerData: false });
  assert.deepEqual(fr.get('Vectra')?.ai, { trainsOnCustomerData: false });
  // The subject is a name only when a denial follows it: an opening word of another kind names no company.
  assert.equal(trainingSpeaker('Configured such that customer data is not used to train models'), undefined);
  assert.equal(trainingSpeaker('Ne sont pas utilisées pour l’entraînement des modèles'), undefined);
  assert.equal(trainingSpeaker('The vendor does not train its models on your data'), undefined);
  assert.equal(trainingSpeaker('Quillo AI never trains on customer data'), 'Quillo AI');
});

test('"holds a SOC 2 Type II certification" is the Type II report, and its type no scheme of its own', () => {
  const en = imported(
    '# Sub-processors\n\n- **Nimbo Ltd** (Ireland): hosting. Nimbo holds a SOC 2 Type II certification.\n' +
      '- **Postwick SAS** (France): email. Postwick holds a SOC 2 certification.\n',
    'p.md',
  );
  assert.deepEqual(en.get('Nimbo Ltd')?.certifications, ['soc2-type2']);
  assert.deepEqual(en.get('Postwick SAS')?.certifications, ['soc2']);
  const fr = imported(
    '# Sous-traitants\n\n- **Nimbo SAS** (France) : hébergement. Nimbo détient une certification SOC 2 Type II.\n' +
      '- **Postwick SAS** (France) : courriels. Postwick détient la certification ISO 27001.\n',
    'p.md',
  );
  assert.deepEqual(fr.get('Nimbo SAS')?.certifications, ['soc2-type2']);
  const cell = imported(
    '| Sub-processor | Certifications |\n|---|---|\n| Nimbo | Holds a SOC 2 Type II certification |\n| Postwick | ISO 27001 |\n',
    'p.md',
  );
  assert.deepEqual(cell.get('Nimbo')?.certifications, ['soc2-type2']);
});

test("an Art. 27 representative's address is the page's contact only when the page gives none of its own", () => {
  const table = '| Sub-processor | Purpose |\n|---|---|\n| Nimbo Ltd | Hosting |\n| Postwick SAS | Email |\n';
  assert.equal(
    contactOf(
      `# Brenlow sub-processors\n\n## EU representative\n\nOur representative under Article 27 GDPR is Reprly GmbH. Contact: rep@reprly.example\n\n## List\n\n${table}\n` +
        '## Contact\n\nFor any question about your personal data, write to privacy@brenlow.example.\n',
      'p.md',
    ),
    'privacy@brenlow.example',
  );
  assert.equal(
    contactOf(
      `# Sous-traitants de Brenlow\n\n${table}\nReprésentant dans l'Union (article 27 du RGPD) : Reprly GmbH, rep@reprly.example\n\n` +
        'Pour toute question sur vos données personnelles : privacy@brenlow.example\n',
      'p.md',
    ),
    'privacy@brenlow.example',
  );
  // Near-miss: a page whose only address is its representative's gives that one (GDPR Art. 27(4): to be addressed on
  // all issues of the processing).
  assert.equal(
    contactOf(`# Brenlow sub-processors\n\n${table}\nEU representative (Art. 27 GDPR): Reprly GmbH. Contact: rep@reprly.example\n`, 'p.md'),
    'rep@reprly.example',
  );
});

test('the address of the publisher\'s parent company or of a company the sentence calls "its" is never the page\'s contact', () => {
  const table = '| Sub-processor | Purpose |\n|---|---|\n| Nimbo Ltd | Hosting |\n| Postwick SAS | Email |\n';
  assert.equal(
    contactOf(
      `# Sub-processors\n\n${table}\nQuestions about this list? Email privacy@brenlow.example. ` +
        "Our parent company's data protection officer can be reached at dpo@holdwick.example.\n",
      'p.md',
    ),
    'privacy@brenlow.example',
  );
  assert.equal(
    contactOf(
      `# Sub-processors\n\n${table}\nOur parent company, Holdwick plc, publishes its own list; contact its DPO at dpo@holdwick.example.\n`,
      'p.md',
    ),
    'unknown',
  );
  assert.equal(
    contactOf(
      `# Sous-traitants\n\n${table}\nLe délégué à la protection des données de notre société mère est joignable à dpo@holdwick.example.\n\n` +
        'Pour toute question sur vos données : privacy@brenlow.example\n',
      'p.md',
    ),
    'privacy@brenlow.example',
  );
  assert.equal(
    contactOf(`# Sous-traitants\n\n${table}\nHoldwick SA, notre maison mère, a son propre DPO : dpo@holdwick.example.\n`, 'p.md'),
    'unknown',
  );
  // Near-misses: the publisher's own officer, in English and French.
  assert.equal(
    contactOf(`# Sub-processors\n\n${table}\nOur data protection officer can be reached at dpo@brenlow.example.\n`, 'p.md'),
    'dpo@brenlow.example',
  );
  assert.equal(
    contactOf(`# Sous-traitants\n\n${table}\nNotre délégué à la protection des données : dpo@brenlow.example\n`, 'p.md'),
    'dpo@brenlow.example',
  );
});

test("a vendor's own privacy address (its domain names an entry) is never the page's contact", () => {
  const table = '| Sub-processor | Purpose |\n|---|---|\n| Nimbo Ltd | Hosting |\n| Postwick SAS | Email |\n';
  assert.equal(
    contactOf(
      `# Sub-processors\n\n${table}\nPostwick handles your address. Write to privacy@postwick.example to exercise your rights with them.\n`,
      'p.md',
    ),
    'unknown',
  );
  assert.equal(
    contactOf(
      `# Sous-traitants\n\n${table}\nPour exercer vos droits auprès de Nimbo, écrivez à dpo@nimbo.example.\n\n` +
        'Pour toute question sur vos données : privacy@brenlow.example\n',
      'p.md',
    ),
    'privacy@brenlow.example',
  );
  // Near-misses: the publisher's own address stays the contact, whose domain names no entry, or a vendor's whose
  // mailbox the publisher uses (in a line that names no vendor, or in words of its own: "contact us").
  assert.equal(
    contactOf(`# Sub-processors\n\n${table}\nWrite to privacy@brenlow.example to exercise your rights.\n`, 'p.md'),
    'privacy@brenlow.example',
  );
  assert.equal(contactOf(`# Sub-processors\n\n${table}\n**Contact:** brenlow@postwick.example\n`, 'p.md'), 'brenlow@postwick.example');
  assert.equal(
    contactOf(`# Sub-processors\n\n${table}\nPostwick hosts our mailbox. Contact us at brenlow@postwick.example.\n`, 'p.md'),
    'brenlow@postwick.example',
  );
});

test('a vendor the page says starts after its date ("from 2027", « à compter du 1er mars 2027 ») is planned, no current entry', () => {
  const fr = inventoryOf(
    '# Sous-traitants\n\nMise à jour : 2 mars 2026\n\n| Sous-traitant | Finalité | Pays |\n|---|---|---|\n| Nimbo | Hébergement | Irlande |\n' +
      '| Textor | Envoi des SMS, à partir de 2027 | Belgique |\n| Lingo | Traduction (à compter du 1er mars 2027) | Allemagne |\n',
    'p.md',
  );
  assert.deepEqual(
    (fr.subprocessors as Obj[]).map((e) => e.name),
    ['Nimbo'],
  );
  const en = imported(
    '# Sub-processors\n\nLast updated: 2 March 2026\n\n- **Nimbo** (Ireland): hosting\n- **Textor** (Belgium), from 2027: text messages\n' +
      '- **Lingo** (Germany), starting March 2027: translation\n',
    'p.md',
  );
  assert.deepEqual([...en.keys()], ['Nimbo']);
  // Near-misses: a start before the page's date is current; so is a current vendor's fact with a later date.
  const past = imported(
    '# Sub-processors\n\nLast updated: 2 March 2026\n\n- **Nimbo** (Ireland): hosting\n- **Textor** (Belgium), from 2025: text messages\n',
    'p.md',
  );
  assert.deepEqual([...past.keys()], ['Nimbo', 'Textor']);
  const fact = imported(
    '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Nimbo | Hosting | Ireland; EU-only storage from 2027 |\n| Textor | SMS | Belgium |\n',
    'p.md',
    '2026-06-01',
  );
  assert.deepEqual([...fact.keys()], ['Nimbo', 'Textor']);
});

test('a topic of one word in bold ("**Search.**") over the name its words say provides it, linked or not, gives that vendor', () => {
  const en = imported(
    '# Sub-processors\n\n- **Search.** Our search is provided by Findly Inc. in the United States.\n' +
      '- **Hosting.** Our servers are hosted by Nimbo Ltd.\n- **Website analytics.** Our analytics are provided by [Countwise](https://countwise.example/).\n',
    'p.md',
  );
  assert.deepEqual(
    [...en.values()].map((e) => [e.name, e.purpose]),
    [
      ['Findly Inc.', 'Search'],
      ['Nimbo Ltd', 'Hosting'],
      ['Countwise', 'Website analytics'],
    ],
  );
  const fr = imported(
    '# Sous-traitants\n\n- **Hébergement.** Notre site est hébergé par Nimbo SAS.\n- **Paiements.** Les paiements sont gérés par Pago.\n',
    'p.md',
  );
  assert.deepEqual(
    [...fr.values()].map((e) => [e.name, e.purpose]),
    [
      ['Nimbo SAS', 'Hébergement'],
      ['Pago', 'Paiements'],
    ],
  );
  // Near-misses: a lead of one word that is the name its words give is the vendor's; a vendor that will provide it is
  // none; words in common letters after "provided by" name no vendor.
  const named = imported('# Sub-processors\n\n- **Pago.** Payments are processed by Pago.\n- **Nimbo.** Hosting.\n', 'p.md');
  assert.deepEqual([...named.keys()], ['Pago', 'Nimbo']);
  const later = imported(
    '# Sub-processors\n\n- **Search.** Our search will soon be provided by Findly Inc.\n- **Hosting.** Our servers are hosted by Nimbo Ltd.\n',
    'p.md',
  );
  assert.deepEqual([...later.keys()], ['Nimbo Ltd']);
  const own = imported(
    '# Sub-processors\n\n- **Support.** Support is provided by our own team.\n- **Hosting.** Our servers are hosted by Nimbo Ltd.\n',
    'p.md',
  );
  assert.equal(own.has('our own team'), false);
  assert.equal(own.has('Nimbo Ltd'), true);
});

test('a name whose item denies it provides the service, or calls it a company\'s people ("not processed by", "staff"), gives no vendor', () => {
  const en = imported(
    '# Sub-processors\n\n- **Billing.** Invoices are never handled by Ledgerly Ltd; we send them ourselves.\n' +
      '- **Helpdesk.** Our helpdesk is run by Quillon SA employees in Geneva.\n' +
      "- **Storage.** Files aren't hosted by [Boxen](https://boxen.example/); they stay on our servers.\n" +
      '- **Backups.** Backups are hosted by Nimbo Ltd in Ireland.\n',
    'p.md',
  );
  assert.deepEqual([...en.keys()], ['Nimbo Ltd']);
  const fr = imported(
    '# Sous-traitants\n\n- **Paiements.** Les paiements ne sont pas gérés par Pago ; nous facturons par virement.\n' +
      "- **Assistance.** L'assistance est assurée par Quillon SA équipe de Genève.\n" +
      "- **Hébergement.** Le site n'est jamais hébergé par Tarvo SAS.\n" +
      '- **Sauvegardes.** Les sauvegardes sont hébergées par Nimbo SAS en France.\n',
    'p.md',
  );
  assert.deepEqual([...fr.keys()], ['Nimbo SAS']);
  // Near-misses: a vendor named in a sentence after one that denies something else, and a name followed by words that
  // are no people ("Nimbo Ltd teams up" is no shape of a list; "Nimbo Ltd in its Irish data centres" is), stay vendors.
  const kept = imported(
    '# Sub-processors\n\n- **Billing.** We do not print invoices. Invoices are handled by [Ledgerly Ltd](https://ledgerly.example/).\n' +
      '- **Hosting.** Our servers are hosted by Nimbo Ltd in its Irish data centres.\n',
    'p.md',
  );
  assert.deepEqual(
    [...kept.values()].map((e) => [e.name, e.purpose]),
    [
      ['Ledgerly Ltd', 'Billing'],
      ['Nimbo Ltd', 'Hosting'],
    ],
  );
  const garde = imported(
    "# Sous-traitants\n\n- **Facturation.** Nous n'imprimons rien. Les factures sont gérées par [Ledgerly SAS](https://ledgerly.example/).\n" +
      '- **Hébergement.** Notre site est hébergé par Nimbo SAS.\n',
    'p.md',
  );
  assert.deepEqual([...garde.keys()], ['Ledgerly SAS', 'Nimbo SAS']);
  // The reviewer's page (review11): a past vendor, a denied one and a company's staff give none; the host stays.
  const review = imported(
    '# Sub-processors\n\n- **Search.** Our search used to be provided by Findly Inc. until 2024; it now runs on our own servers.\n' +
      "- **Email.** Emails are sent by the customer's own provider, for example Postmark Inc.\n" +
      '- **Payments.** Payments are not processed by Stripe, Inc.; we invoice by bank transfer.\n' +
      '- **Support.** Support is provided by Velora SAS staff in Lyon.\n' +
      '- **Hosting.** Hosting is managed by Hetzner Online GmbH in Germany.\n',
    'p.md',
  );
  for (const gone of ['Findly Inc.', 'Stripe', 'Payments', 'Velora SAS', 'Support']) assert.equal(review.has(gone), false, gone);
  assert.equal(review.get('Hetzner Online GmbH')?.purpose, 'Hosting');
});

test("sections headed by a company's name (its legal form) over the service it performs give one entry each, the name unrepeated", () => {
  const html = imported(
    '<html><body><h1>Our sub-processors</h1><h3>Nimbo Ltd</h3><p>Provides the servers the service runs on, in Ireland.</p>' +
      '<h3>Postwick SAS</h3><p>Sends the service’s transactional emails.</p></body></html>',
    'p.html',
  );
  assert.deepEqual(
    [...html.values()].map((e) => [e.name, e.purpose]),
    [
      ['Nimbo Ltd', 'Provides the servers the service runs on, in Ireland.'],
      ['Postwick SAS', 'Sends the service’s transactional emails.'],
    ],
  );
  const fr = imported(
    '# Nos sous-traitants\n\n### Nimbo SAS\n\nHéberge les serveurs du service, en France.\n\n### Postwick SARL\n\nEnvoie les courriels du service.\n',
    'p.md',
  );
  assert.deepEqual([...fr.keys()], ['Nimbo SAS', 'Postwick SARL']);
  // Near-misses: topic words over the same prose name no vendor; a company's name over words of no service neither.
  const read = (text: string) => {
    try {
      return [...imported(text, 'p.md').keys()];
    } catch {
      return [];
    }
  };
  assert.deepEqual(
    read(
      '# Our sub-processors\n\n### Hosting\n\nProvides the servers the service runs on.\n\n### Email\n\nSends the transactional emails.\n',
    ),
    [],
  );
  assert.deepEqual(
    read(
      '# Our sub-processors\n\n### Nimbo Ltd\n\nOur founders met there in 2019.\n\n### Postwick SAS\n\nA partner since our first year.\n',
    ),
    [],
  );
});
