import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { columnKey } from './read/columns';
import {
  addressCountry,
  companyCountryIn,
  vendorNationality,
  countryCode,
  accessFromIn,
  dateIn,
  dateLine,
  leadingDate,
  mechanismsIn,
  mechanismsNamed,
  asksAboutTraining,
  trainsOnCustomerDataIn,
  nameAndEntity,
  noticeDaysIn,
  parseDate,
  readLocation,
} from './wording';

test('places: every country a page names is kept, and its words too when they say more', () => {
  const cases: [string, string[], string | undefined][] = [
    ['USA (PostHog US Cloud) or Germany (PostHog EU Cloud)', ['US', 'DE'], 'USA (PostHog US Cloud) or Germany (PostHog EU Cloud)'],
    ['Belgium (GCP europe-west1)', ['BE'], undefined],
    ['Global (with EU endpoints)', ['GLOBAL'], 'with EU endpoints'],
    // Brackets after a global word that open with places: each kept beside GLOBAL; words after them stay in the note.
    ['Global (USA + edge sites)', ['GLOBAL', 'US'], 'Global (USA + edge sites)'],
    ['Worldwide (EU/Canada depending on load)', ['GLOBAL', 'EU', 'CA'], 'Worldwide (EU/Canada depending on load)'],
    ['Global (edge locations worldwide)', ['GLOBAL'], 'edge locations worldwide'],
    ['EU — Germany', ['EU', 'DE'], undefined],
    ['EU (Sweden)', ['EU', 'SE'], undefined],
    // A city inside "EU (…)": the EU the page says, and the city's country (domain facts: "EU (Frankfurt)" -> DE, EU).
    ['EU (Frankfurt)', ['EU', 'DE'], 'EU (Frankfurt)'],
    ['UE (Cologne)', ['EU', 'DE'], 'UE (Cologne)'],
    ['UE (Francfort + Amsterdam)', ['EU', 'DE', 'NL'], 'UE (Francfort + Amsterdam)'],
    ['Allemagne et Finlande (UE)', ['DE', 'FI', 'EU'], 'Allemagne et Finlande (UE)'],
    ['UE/US', ['EU', 'US'], undefined],
    ['États-Unis', ['US'], undefined],
    ['worldwide', ['GLOBAL'], undefined],
    ['Union européenne', ['EU'], undefined],
    ['EU servers (with BigQuery export to Belgium)', ['EU'], 'EU servers (with BigQuery export to Belgium)'],
    ['Région SES configurée', [], 'Région SES configurée'],
    // The EU beside a member state, as a place of its own or around it ("EU — Ireland", "France (EU)"): every place the
    // page names is kept (corpus README, "The EU beside a member state").
    ['France (EU)', ['FR', 'EU'], undefined],
    ['Irlande (UE)', ['IE', 'EU'], undefined],
    ['Gravelines, France (EU)', ['FR', 'EU'], undefined],
    ['EEA (Belgium / Ireland regions)', ['EU', 'BE', 'IE'], undefined],
    ['United States (EU)', ['US'], undefined],
    ['Italy / EU', ['IT', 'EU'], undefined],
    ['Italie / UE', ['IT', 'EU'], undefined],
    ['Sweden, EU or UK', ['SE', 'EU', 'GB'], 'Sweden, EU or UK'],
    ['EU — Milan (eu-south-1)', ['EU', 'IT'], undefined],
    ['UE — Milan, europe-west8', ['EU', 'IT'], 'UE — Milan, europe-west8'],
    ['Union européenne (Milan, Italie)', ['EU', 'IT'], 'Union européenne (Milan, Italie)'],
    ['EU — Ireland (AWS eu-west-1)', ['EU', 'IE'], undefined],
    // One region code inside "EU (…)" names its member state, as a city does; two codes offered as one or the other, none.
    ['EU (eu-central-1)', ['EU', 'DE'], undefined],
    ['Union européenne (région eu-central-1)', ['EU', 'DE'], undefined],
    ['EU region (eu-west-1 / eu-central-1)', ['EU'], 'EU region (eu-west-1 / eu-central-1)'],
    // One code beside its provider's name ("EU (europe-west1, GCP)") names its member state too.
    ['EU (eu-west-3, AWS)', ['EU', 'FR'], 'AWS'],
    ['UE (europe-west9, GCP)', ['EU', 'FR'], 'GCP'],
    // Cities and member states side by side inside "EU (…)": each its member state; a provider's region beside a member
    // state says which machines there; regions alone still name none.
    ['EU (Milan, Sweden)', ['EU', 'IT', 'SE'], 'EU (Milan, Sweden)'],
    ['UE (Milan, Suède)', ['EU', 'IT', 'SE'], 'UE (Milan, Suède)'],
    ['EU (France / AWS eu-west-3)', ['EU', 'FR'], 'EU (France / AWS eu-west-3)'],
    ['UE (europe-west1, europe-west3)', ['EU'], undefined],
    // A place that ends its sentence, then other sentences about the service: the place.
    ['Uptime checks — Canada. Metadata only; no personal data.', ['CA'], 'Uptime checks — Canada. Metadata only; no personal data.'],
    ['Paiements — Belgique. Conforme PCI-DSS.', ['BE'], 'Paiements — Belgique. Conforme PCI-DSS.'],
    // A host, then in brackets its machines by their country: where the data is, not where the host is established.
    ['self-hosted on Nuvola SA (South African infrastructure)', ['ZA'], 'self-hosted on Nuvola SA (South African infrastructure)'],
    ['hébergé chez Nuvola SAS (serveurs français)', ['FR'], 'hébergé chez Nuvola SAS (serveurs français)'],
    [
      'Signing — self-hosted on Nuvola SA (German servers). No data leaves our systems.',
      ['DE'],
      'Signing — self-hosted on Nuvola SA (German servers). No data leaves our systems.',
    ],
    // "(if configured)" after a place's brackets: the places named where the service is set up so, kept.
    ['EU (Sweden) (if configured)', ['EU', 'SE'], 'EU (Sweden) (if configured)'],
    ['UE (Suède) (si configuré)', ['EU', 'SE'], 'UE (Suède) (si configuré)'],
    // Microsoft's "EU Data Boundary" is a place's noun, as "EU data residency" is.
    ['EU Data Boundary; worldwide CDN caching', ['EU', 'GLOBAL'], 'EU Data Boundary; worldwide CDN caching'],
    ['EU — AWS Ireland (Dublin)', ['EU', 'IE'], 'EU — AWS Ireland (Dublin)'],
    ['UE — Italie', ['EU', 'IT'], undefined],
    // A network the page says is global is GLOBAL; an edge network or a CDN with no such word is no place.
    ['Worldwide CDN with origin servers in the EU', ['GLOBAL'], 'Worldwide CDN with origin servers in the EU'],
    ['Canada (global edge network)', ['GLOBAL', 'CA'], 'global edge network'],
    ['Stockage : Italie ; diffusion sur le réseau mondial', ['IT', 'GLOBAL'], 'Stockage : Italie ; diffusion sur le réseau mondial'],
    ['CDN mondial avec points de présence en UE', ['GLOBAL'], 'CDN mondial avec points de présence en UE'],
    ['Edge network', [], 'Edge network'],
    ['Réseau de diffusion européen', [], 'Réseau de diffusion européen'],
    // A place for some accounts or customers: the place, whom it is for kept in the note.
    ['Suède (UE) pour les clients européens', ['SE', 'EU'], 'Suède (UE) pour les clients européens'],
    [
      'Canada for North American customers, Sweden for EU customers',
      ['CA', 'SE'],
      'Canada for North American customers, Sweden for EU customers',
    ],
    ['Built for teams', [], 'Built for teams'],
    ['India for 24/7 support', [], 'India for 24/7 support'],
    // The points of presence of a network: where they are is where the data is processed.
    ['Sweden PoPs', ['SE'], 'Sweden PoPs'],
    ['Points de présence en Italie', ['IT'], 'Points de présence en Italie'],
    // What is done there, then the place.
    ['Global edge; main processing Canada/EU', ['GLOBAL', 'CA', 'EU'], 'Global edge; main processing Canada/EU'],
    ['Stockage en Suède', ['SE'], 'Stockage en Suède'],
    ['Processing of card payments', [], 'Processing of card payments'],
    // A continent's word stays a word (never the EU); the city inside it says where.
    ['Europe (Milan)', ['IT'], 'Europe (Milan)'],
    ['Asie (Tokyo)', ['JP'], 'Asie (Tokyo)'],
    ['Europe (several regions)', [], 'Europe (several regions)'],
  ];
  for (const [text, countries, note] of cases) {
    const read = readLocation(text);
    assert.deepEqual(read.countries, countries, text);
    assert.equal(read.note, note, text);
  }
  assert.deepEqual(readLocation('Belgium (GCP europe-west1)').regions, ['gcp:europe-west1']);
});

test('places: a mechanism after the place ("US avec CCT", "USA with SCCs") is no part of it', () => {
  for (const text of ['US avec CCT', 'USA with SCCs', 'États-Unis avec les clauses contractuelles types'])
    assert.deepEqual(readLocation(text).countries, ['US'], text);
});

test('places: a place the page leaves to be confirmed is not stated; its words stay in the note', () => {
  for (const text of ['Pays-Bas (UE) — à confirmer', 'Canada, to be confirmed', 'Japon (à vérifier)', 'US (TBC)']) {
    const read = readLocation(text);
    assert.deepEqual(read.countries, [], text);
    assert.equal(read.note, text, text);
  }
  // A place with no such words is still read.
  assert.deepEqual(readLocation('Pays-Bas (UE)').countries, ['NL', 'EU']);
});

test('places: a parenthesis is read for what it is (a mechanism for that place, a region, a role, or a note)', () => {
  assert.deepEqual(readLocation('USA (SCCs)').transfers, [{ to: ['US'], mechanism: 'scc' }]);
  assert.deepEqual(readLocation('USA (Standard Contractual Clauses)').transfers, [{ to: ['US'], mechanism: 'scc' }]);
  assert.deepEqual(readLocation('USA (Art. 46(2)(c))').transfers, [{ to: ['US'], mechanism: 'scc' }]);
  assert.deepEqual(readLocation('UK (Adequacy)').transfers, [{ to: ['GB'], mechanism: 'adequacy' }]);
  assert.deepEqual(readLocation('USA (DPF)').transfers, [{ to: ['US'], mechanism: 'dpf' }]);
  assert.deepEqual(readLocation('USA (SCCs), UK (Adequacy)').countries, ['US', 'GB']);
  const roles = readLocation('États-Unis (principal), Inde (support)');
  assert.deepEqual([roles.countries, roles.access], [['US'], ['IN']]);
});

test('names: a legal-form suffix makes an entity; a brand in parentheses does not', () => {
  assert.deepEqual(nameAndEntity('MongoDB Atlas (MongoDB, Inc.)'), { name: 'MongoDB Atlas', entity: 'MongoDB, Inc.' });
  assert.deepEqual(nameAndEntity('Twilio (SendGrid)'), { name: 'Twilio (SendGrid)', entity: undefined });
  assert.deepEqual(nameAndEntity('Microsoft (Azure)'), { name: 'Microsoft (Azure)', entity: undefined });
  // Two companies, one or the other: no single entity.
  assert.deepEqual(nameAndEntity('Nimbus (Nimbus Europe Ltd / Nimbus Inc.)'), {
    name: 'Nimbus (Nimbus Europe Ltd / Nimbus Inc.)',
    entity: undefined,
  });
  assert.deepEqual(nameAndEntity('Nimbus (Nimbus Europe Ltd ou Nimbus Inc.)').entity, undefined);
  assert.deepEqual(nameAndEntity('NexMo Inc (aka Vonage)'), { name: 'NexMo Inc (aka Vonage)', entity: 'NexMo Inc' });
  assert.deepEqual(nameAndEntity('Stripe, Inc.'), { name: 'Stripe, Inc.', entity: 'Stripe, Inc.' });
  assert.deepEqual(nameAndEntity('Crisp (Crisp IM SARL)'), { name: 'Crisp', entity: 'Crisp IM SARL' });
  // A body with no legal form that names itself by its kind (foundation, association, group) is the entity; a
  // brand or a product name in brackets still is not.
  assert.deepEqual(nameAndEntity('Openmaps (Open Cartography Foundation)'), { name: 'Openmaps', entity: 'Open Cartography Foundation' });
  assert.deepEqual(nameAndEntity('Certbox (Fondation Pour Un Web Sûr)'), { name: 'Certbox', entity: 'Fondation Pour Un Web Sûr' });
  assert.deepEqual(nameAndEntity('Tilehub (Tilehub Maps)'), { name: 'Tilehub (Tilehub Maps)', entity: undefined });
  assert.deepEqual(nameAndEntity('Tilehub (group hosting)'), { name: 'Tilehub (group hosting)', entity: undefined });
  // A country in the parenthesis, alone or after the entity, is where the company is established.
  assert.deepEqual(nameAndEntity('Payflow Inc. (États-Unis)'), { name: 'Payflow Inc.', entity: 'Payflow Inc.', country: 'US' });
  assert.deepEqual(nameAndEntity('Hostique (Hostique SAS, France)'), { name: 'Hostique', entity: 'Hostique SAS', country: 'FR' });
  assert.deepEqual(nameAndEntity('Postie (Germany)'), { name: 'Postie', entity: undefined, country: 'DE' });
  assert.deepEqual(nameAndEntity('Hostique SAS, France'), { name: 'Hostique SAS, France', entity: 'Hostique SAS', country: 'FR' });
  // Not the EU or "Europe" (no company's country), not words that are no company, not two companies in one name.
  assert.deepEqual(nameAndEntity('Postie (UE)'), { name: 'Postie (UE)', entity: undefined });
  assert.deepEqual(nameAndEntity('Postie (Europe)'), { name: 'Postie (Europe)', entity: undefined });
  assert.deepEqual(nameAndEntity('Postie (emails, France)'), { name: 'Postie (emails, France)', entity: undefined });
  assert.deepEqual(nameAndEntity('Payflow, Inc. (USA) and Payflow Ltd (Ireland)').country, undefined);
  // A brand, a comma, then the company that runs it: the company is the entity; a legal form alone is part of the name.
  assert.deepEqual(nameAndEntity('Chatly, Chat Systems SAS'), { name: 'Chatly, Chat Systems SAS', entity: 'Chat Systems SAS' });
  assert.deepEqual(nameAndEntity('Mailo, Post Office Pty. Ltd'), { name: 'Mailo, Post Office Pty. Ltd', entity: 'Post Office Pty. Ltd' });
  assert.deepEqual(nameAndEntity('Acme Labs, LLC'), { name: 'Acme Labs, LLC', entity: 'Acme Labs, LLC' });
  // A company in a brand's brackets, then a remark on it after a comma (its group, what it is): the company is the
  // entity, whole (never cut at the comma after its legal form, nor reaching back over the bracket).
  assert.deepEqual(nameAndEntity('Relay (Relay Labs Ltd, part of the Hub group)'), { name: 'Relay', entity: 'Relay Labs Ltd' });
  assert.deepEqual(nameAndEntity('Postbox (Postbox Systems, Inc., Nordic group)'), { name: 'Postbox', entity: 'Postbox Systems, Inc.' });
  assert.deepEqual(nameAndEntity('Relais (Relais Numérique SAS, filiale du groupe Hub)'), {
    name: 'Relais',
    entity: 'Relais Numérique SAS',
  });
  for (const entity of [
    'Acme L.L.C.',
    'Acme Ltd',
    'Acme Limited',
    'Acme GmbH',
    'Acme SAS',
    'Acme d.o.o.',
    'Acme sp. z o.o.',
    'Acme B.V.',
    'Acme S.A.',
    'Acme PBC',
    'Acme Corp.',
    'Acme Oy',
    'Acme AB',
    'Acme AG',
  ])
    assert.equal(nameAndEntity(entity).entity, entity, entity);
  assert.equal(nameAndEntity('Sentry').entity, undefined);
});

test('dates as pages write them; an order that is not certain is no date', () => {
  assert.equal(parseDate('2021-01-28'), '2021-01-28');
  // A dash before the year, or between all three: "21/05-2018", "21-05-2018" (the day first when it is over 12).
  assert.equal(parseDate('21/05-2018'), '2018-05-21');
  assert.equal(parseDate('03-11-2024', 'fr'), '2024-11-03');
  assert.equal(parseDate('21/05-18'), undefined);
  assert.equal(parseDate('August 2025'), '2025-08-01');
  assert.equal(parseDate('août 2025', 'fr'), '2025-08-01');
  assert.equal(parseDate('1er août 2025', 'fr'), '2025-08-01');
  assert.equal(parseDate('September 6, 2025'), '2025-09-06');
  assert.equal(parseDate('28/01/2021'), '2021-01-28');
  assert.equal(parseDate('03/04/2021', 'fr'), '2021-04-03');
  assert.equal(parseDate('03/04/2021', 'en'), undefined, 'day or month first: not certain on an English page');
  assert.equal(parseDate('31/02/2021'), undefined);
  assert.equal(dateLine('Latest update 2021-01-28'), '2021-01-28');
  assert.equal(dateLine('Last updated: August 2025'), 'August 2025');
  assert.equal(dateLine('_Last updated: 01/09/2025_'), '01/09/2025');
  assert.equal(dateLine('Mis à jour le 28/01/2021'), '28/01/2021');
  assert.equal(dateLine('Dernière mise à jour : 19 août 2025'), '19 août 2025');
  assert.equal(dateLine('Effective date: 2024-05-01'), '2024-05-01');
  assert.equal(dateLine('Updated our list of vendors'), undefined);
  // A comma before the year, an ordinal dot after the day, in both languages.
  assert.equal(parseDate('3rd March, 2026'), '2026-03-03');
  assert.equal(parseDate('3 mars, 2026', 'fr'), '2026-03-03');
  assert.equal(parseDate('7. November 2025'), '2025-11-07');
  assert.equal(parseDate('3rd Marchy, 2026'), undefined);
});

test('a month with a comma after it, and a French effective date ("applicable à compter du")', () => {
  assert.equal(parseDate('April, 9, 2026'), '2026-04-09');
  assert.equal(parseDate('Aprilx, 9, 2026'), undefined);
  assert.equal(dateIn('Conditions applicables à compter du 2 février 2026', 'fr'), '2 février 2026');
  assert.equal(dateIn('En vigueur à compter du 1er mars 2026.', 'fr'), '1er mars 2026');
  assert.equal(dateIn('Tarifs applicables à compter de votre inscription en 2026', 'fr'), undefined);
});

test("a date the words give to another thing (a law, a framework, an agreement, the version replaced) is not the page's", () => {
  assert.equal(dateIn('The EU-U.S. Data Privacy Framework became effective on July 10, 2023.'), undefined);
  assert.equal(dateIn('Le Data Privacy Framework est entré en vigueur le 10 juillet 2023.', 'fr'), undefined);
  assert.equal(dateIn('The Master Services Agreement, effective 1 March 2021, governs these vendors.'), undefined);
  assert.equal(dateIn('This version replaces the version of 4 May 2020.'), undefined);
  assert.equal(dateIn('Cette version remplace la version du 4 mai 2020.', 'fr'), undefined);
  assert.equal(dateIn('Version du 2 février 2022 du contrat-cadre.', 'fr'), undefined);
  assert.equal(dateIn("Date d'entrée en vigueur du RGPD : 25 mai 2018.", 'fr'), undefined);
  assert.equal(dateLine('Effective date of the Agreement: 1 January 2020'), undefined);
  // The page's own: its subject is the list, or the words name no other thing.
  assert.equal(dateIn('This list became effective on 1 May 2025.'), 'on 1 May 2025');
  assert.equal(dateIn('Cette liste est entrée en vigueur le 1er mai 2025.', 'fr'), 'le 1er mai 2025');
  assert.equal(dateIn('Version du 2 février 2022', 'fr'), '2 février 2022');
  assert.equal(dateIn('Last updated 2 May 2025 (previous version: 1 January 2024)'), '2 May 2025');
  assert.equal(dateLine('Effective date: 1 January 2020'), '1 January 2020');
  const page = (intro: string) =>
    pageToInventory(readPage(`# Sub-processors\n\n${intro}\n\n| Vendor | Location |\n|---|---|\n| Hostr | Germany |\n`, 'p.md'), {
      today: '2026-12-01',
    }).value.inventory as Record<string, unknown>;
  assert.equal(page('The Data Privacy Framework became effective on July 10, 2023.').lastUpdated, 'unknown');
  assert.equal(page('This list became effective on 1 May 2025.').lastUpdated, '2025-05-01');
});

test('a date after "As of", "à jour au" or a bare "Date:" label, and none where no date follows', () => {
  assert.equal(dateIn('Stand / As of: 7. November 2025'), '7. November 2025');
  assert.equal(dateIn('This list is accurate as of 3 March 2026.'), '3 March 2026');
  // An effective date, then the date of the last update in the same text: the update's is the page's, in any order.
  assert.equal(dateIn('Version 2 · En vigueur : 2026-01-05 Dernière mise à jour : 2026-04-09', 'fr'), '2026-04-09');
  assert.equal(dateIn('Last updated 9 April 2026. Effective 5 January 2026.'), '9 April 2026');
  assert.equal(dateIn('Effective 5 January 2026, updated as needed.'), '5 January 2026');
  assert.equal(dateIn('Liste des sous-traitants à jour au 3 mars 2026.', 'fr'), '3 mars 2026');
  assert.equal(dateIn('**DATE: March 3, 2026**'), 'March 3, 2026');
  assert.equal(dateIn('Date : 3 mars 2026', 'fr'), '3 mars 2026');
  assert.equal(dateIn('as of this revision, the 2026 prices apply'), undefined);
  assert.equal(dateIn('Date of birth and address: 2026 records'), undefined);
  // Another word's date ("start date:") is not the page's.
  assert.equal(dateIn('Contract start date: January 2020'), undefined);
  assert.equal(dateIn('Tenez votre compte à jour au quotidien, 2026', 'fr'), undefined);
});

test('mechanisms named in prose, and "no transfer"', () => {
  assert.deepEqual(mechanismsIn('DPF UE-USA + SCC').mechanisms, ['dpf', 'scc']);
  assert.deepEqual(mechanismsIn('Clauses contractuelles types de l’UE').mechanisms, ['scc']);
  // "Standard contractuel UE", "standards contractuels européens": the clauses as some French pages name them; a
  // company's own "standard contractuel" is none.
  assert.deepEqual(mechanismsIn('Standard contractuel UE applicable.').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Encadré par les standards contractuels européens').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Notre standard contractuel interne').mechanisms, []);
  assert.deepEqual(mechanismsIn('Intra-group Agreement with SCCs').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('GDPR').mechanisms, []);
  assert.deepEqual(mechanismsIn('with appropriate safeguards').mechanisms, []);
  assert.equal(mechanismsIn('No transfer').noTransfer, true);
  assert.equal(mechanismsIn('Pas de transfert').noTransfer, true);
});

test('mechanisms offered one or the other ("BCR or SCC", "adéquation ou CCT") are none stated; "and/or" states both', () => {
  assert.deepEqual(mechanismsIn('BCR or SCC').mechanisms, []);
  assert.deepEqual(mechanismsIn("Décision d'adéquation ou CCT").mechanisms, []);
  assert.deepEqual(mechanismsIn('Nous recourons aux CCT de la Commission ou, à défaut, à des BCR').mechanisms, []);
  // Every member of a list closed by "or" is an alternative; a mechanism said apart from it stays stated.
  assert.deepEqual(mechanismsIn('IDTA, BCRs or the SCCs').mechanisms, []);
  assert.deepEqual(mechanismsIn('DPF. Otherwise BCR or SCC').mechanisms, ['dpf']);
  // Both named, each where it applies; the names stay in `named` for readers that look for the words.
  assert.deepEqual(mechanismsIn('BCR and/or SCC').mechanisms, ['bcr', 'scc']);
  assert.deepEqual(mechanismsIn('CCT et/ou décision d’adéquation').mechanisms, ['scc', 'adequacy']);
  assert.deepEqual(mechanismsIn('BCR or SCC').named, ['bcr', 'scc']);
  // An "or" between other words offers no mechanism as an alternative.
  assert.deepEqual(mechanismsIn('SCCs for Canadian or Indian staff, and the DPF').mechanisms, ['scc', 'dpf']);
  assert.deepEqual(mechanismsIn('SCCs with customers or partners').mechanisms, ['scc']);
});

test('a mechanism beside a basis in general words ("adequacy/contractual commitments") is an alternative: none stated', () => {
  assert.deepEqual(mechanismsIn("Transfers rest on each vendor's adequacy/contractual commitments.").mechanisms, []);
  assert.deepEqual(mechanismsIn('the DPF or other contractual safeguards').mechanisms, []);
  assert.deepEqual(mechanismsIn('CCT / engagements contractuels du prestataire').mechanisms, []);
  assert.deepEqual(mechanismsNamed('Adequacy / contractual undertakings'), []);
  // Two mechanisms on either side of a slash are both stated; a signed agreement beside one is a fact apart.
  assert.deepEqual(mechanismsIn('SCCs/IDTA and confidentiality obligations').mechanisms, ['scc', 'idta']);
  assert.deepEqual(mechanismsNamed('CCT / DPA signé'), ['scc']);
  // "and/or" a basis in general words: the mechanism stays stated.
  assert.deepEqual(mechanismsIn('SCCs and/or other contractual safeguards').mechanisms, ['scc']);
  // "Appropriate safeguards" after "or" are an alternative; after a slash, a name for the SCCs beside them.
  assert.deepEqual(mechanismsIn("décision d'adéquation ou garanties appropriées").mechanisms, []);
  assert.deepEqual(mechanismsIn('SCCs / appropriate safeguards').mechanisms, ['scc']);
});

test('kinds of safeguard listed in brackets, or given as examples, state no mechanism; one in brackets, or joined by "and", does', () => {
  // The kinds the law offers, a comma between them: which one covers a vendor is not said.
  assert.deepEqual(mechanismsIn('Outbound transfers are covered by suitable safeguards (BCRs, an adequacy decision).').mechanisms, []);
  assert.deepEqual(
    mechanismsIn(
      "Chaque envoi vers un pays tiers repose sur des mécanismes appropriés (règles d'entreprise contraignantes, décisions d'adéquation).",
    ).mechanisms,
    [],
  );
  // Examples of a kind: "such as", "e.g.", "par exemple", "tels que".
  assert.deepEqual(mechanismsIn('Our hosts give guarantees such as the Data Privacy Framework.').mechanisms, []);
  assert.deepEqual(mechanismsIn('Transfer tools (e.g. SCCs) are put in place.').mechanisms, []);
  assert.deepEqual(mechanismsIn('Nos prestataires offrent des garanties, par exemple le DPF.').mechanisms, []);
  assert.deepEqual(mechanismsIn('Des garanties telles que les CCT encadrent ces envois.').mechanisms, []);
  // Near misses: one mechanism in the brackets names it; mechanisms joined by "and", "et" or a slash are both stated;
  // a bracket of measures beside a mechanism stated apart leaves it stated.
  assert.deepEqual(mechanismsIn('Outbound transfers are covered by suitable safeguards (BCRs).').mechanisms, ['bcr']);
  assert.deepEqual(mechanismsIn('Des garanties appropriées (CCT et DPF) couvrent ces envois.').mechanisms, ['scc', 'dpf']);
  assert.deepEqual(mechanismsIn('Safeguards (SCCs / DPF) are in place.').mechanisms, ['scc', 'dpf']);
  assert.deepEqual(mechanismsIn('Les CCT, complétées par des mesures (chiffrement, journalisation).').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Safeguards: SCCs, DPF.').mechanisms, ['scc', 'dpf']);
  // The words stay named for readers that look for them.
  assert.deepEqual(mechanismsIn('Transfer tools (e.g. SCCs) are put in place.').named, ['scc']);
  // BCRs in French, with either apostrophe.
  assert.deepEqual(mechanismsIn('Règles d’entreprise contraignantes').mechanisms, ['bcr']);
  assert.deepEqual(mechanismsIn("Regles d'entreprise contraignantes").mechanisms, ['bcr']);
});

test('notice periods a page promises', () => {
  assert.equal(noticeDaysIn("We give at least 30 days' notice before adding a new sub-processor."), 30);
  assert.equal(noticeDaysIn('thirty (30) days prior notice of any new Subprocessor'), 30);
  assert.equal(noticeDaysIn('Nous informons nos clients 15 jours avant tout nouveau sous-traitant.'), 15);
  assert.equal(noticeDaysIn('un préavis de 30 jours'), 30);
  assert.equal(noticeDaysIn('We keep logs for 30 days.'), undefined);
  assert.equal(noticeDaysIn("thirty (30) calendar days' notice"), 30);
  // Working days are no count of days: a number of them is not the notice's days.
  assert.equal(noticeDaysIn("We will give at least 10 business days' notice of any change."), undefined);
  assert.equal(noticeDaysIn('10 working days prior notice of a new sub-processor'), undefined);
  assert.equal(noticeDaysIn('un préavis de 10 jours ouvrés'), undefined);
  assert.equal(noticeDaysIn('Nous informons nos clients 15 jours ouvrables avant tout changement.'), undefined);
});

test('columns by meaning, in English and French; the place of establishment is never where data is stored', () => {
  const cases: [string, string | undefined][] = [
    ['Sub-processor', 'name'],
    ['Vendor', 'name'],
    ['Sous-traitant', 'name'],
    ['Name of Subprocessor', 'name'],
    ['Legal entity', 'entity'],
    ['Entité', 'entity'],
    ['Third Party Entity', 'entity'],
    ['Purpose', 'purpose'],
    ['Description of processing', 'purpose'],
    ['Finalité', 'purpose'],
    ['Location of processing', 'dataLocation'],
    ['Data location', 'dataLocation'],
    ['Localisation', 'dataLocation'],
    ['Corporate location', 'entityCountry'],
    ['Headquarters', 'entityCountry'],
    ['Siège', 'entityCountry'],
    ['Entity location', 'entityCountry'],
    // Where the party named is: its establishment, unless the header speaks of data or processing.
    ['HQ Location', 'entityCountry'],
    // "HQ" is too short to be found inside a longer header: "Corporate HQ" is written whole.
    ['Corporate HQ', 'entityCountry'],
    ['Provider location', 'entityCountry'],
    ['Location of Subprocessors', 'entityCountry'],
    ['Pays du prestataire', 'entityCountry'],
    ['Processing location', 'dataLocation'],
    ['Sub-processor data location', 'dataLocation'],
    ['Lieu de traitement des données du prestataire', 'dataLocation'],
    ['Place of processing', 'dataLocation'],
    ['Lieu de stockage', 'dataLocation'],
    ['Transfer Mechanism', 'transfer'],
    ['Safeguards', 'transfer'],
    ['Garanties', 'transfer'],
    ['Guarantees', 'transfer'],
    ['Certifications', 'certifications'],
    ['Criticité', 'criticality'],
    ['Contact details', undefined],
    // A bracket that lists what the cells give ("including … address") says nothing of what the column is.
    ['Identity of the vendor (including its legal name and address)', 'name'],
    ['Hosting country (e.g. the address of the data centre)', 'dataLocation'],
    // "X provided by <the party>": what the column holds comes before the party.
    ['The service provided by the vendor', 'purpose'],
    ['The processing activity performed by the subcontractor', 'purpose'],
  ];
  for (const [header, key] of cases) assert.equal(columnKey(header), key, header);
  assert.equal(countryCode('Etats-Unis'), 'US');
  // Türkiye by its English name in common use, and by its French one.
  assert.equal(countryCode('Turkey'), 'TR');
  assert.equal(countryCode('Turquie'), 'TR');
});

test('a date after a version tag ("V1 - 15/01/2025", "v2.1 — 3 mars 2025") is the page\'s date; a version alone is none', () => {
  assert.equal(dateIn('V1 - 15/01/2025 - Modifié par Jeanne Martin', 'fr'), '15/01/2025');
  assert.equal(dateIn('Document v2.1 — 3 mars 2025', 'fr'), '3 mars 2025');
  assert.equal(dateIn('Requires v2 of the API and 2 GB of memory'), undefined);
});

test('a date after "Ver." (version, abbreviated) is the page\'s date; "Ver." with no date, or a word ending in "ver", gives none', () => {
  assert.equal(dateIn('Ver. 2.3 from March 2024'), 'March 2024');
  assert.equal(dateIn('Ver. 1.1 du 4 février 2025', 'fr'), '4 février 2025');
  assert.equal(dateIn('Ver. 3.0 of the annex'), undefined);
  assert.equal(dateIn('We deliver. 2024 was a good year'), undefined);
  assert.equal(dateIn('Whatever. 12 March 2024 is a holiday'), undefined);
});

test("an effective date run together with a last-update date: the last update is the page's date; another label's date is not", () => {
  assert.equal(dateLine('Effective date: March 2, 2025 Last updated: April 9, 2025'), 'April 9, 2025');
  assert.equal(dateLine('En vigueur : 1er mars 2025 Mise à jour : 9 avril 2025'), '9 avril 2025');
  // A later label that is no update ("Next review") leaves the effective date the page's.
  assert.match(dateLine('Effective date: March 2, 2025 Next review: March 2, 2026')!, /^March 2, 2025 /);
  assert.match(dateLine('Effective date: March 2, 2025 (reviewed yearly)')!, /^March 2, 2025 /);
});

test('a date after its date words, a short label and a colon ("Version de la page : 2026-02-27")', () => {
  assert.equal(dateIn('Version de la page de conformité : 2026-02-27', 'fr'), '2026-02-27');
  assert.equal(dateIn('Dernière modification : 12 juin 2026', 'fr'), '12 juin 2026');
  assert.equal(dateLine('Modifiée le 3 mars 2026'), '3 mars 2026');
  assert.equal(parseDate('1ᵉʳ mai 2026', 'fr'), '2026-05-01');
  assert.equal(dateIn('Last updated for the EU region: March 3, 2026'), 'March 3, 2026');
  // A colon too far from the date words: no label of theirs.
  assert.equal(dateIn('Version 2 of the product brings many new things to all of our customers: 2026-02-27'), undefined);
});

test('whether a vendor trains on customer data, in English and French: yes, no, or not stated (unknown)', () => {
  // [text, asked (the column or label asks the question), expected]
  const cases: [string, boolean, boolean | undefined][] = [
    // No.
    ['Configured such that customer data is not used to train shared foundation models', false, false],
    ['SCCs; paid API data not used for training', false, false],
    ["OAuth, opt-in; the vendor's Limited Use terms (no AI/ML training)", false, false],
    ['Prompts are never used for model training', false, false],
    ['Workspace content excluded from model training', false, false],
    ['API tier, opted out of training', false, false],
    ['No use of submitted files to train models', false, false],
    ["Aucune utilisation des contenus pour l'entraînement", false, false],
    ["Données exclues de l'entraînement", false, false],
    ['Clauses contractuelles types. Les contenus ne servent pas à entraîner les modèles.', false, false],
    ['Does not train on customer content', false, false],
    ['The vendor never trains on API inputs', false, false],
    ['No AI training on your data', false, false],
    ["N'entraîne pas sur les entrées API ; conservation de 30 jours", false, false],
    ['Non (infrastructure uniquement ; aucun entraînement IA).', false, false],
    ['Les données ne sont pas utilisées pour l’entraînement des modèles', false, false],
    ['Non — contractuellement interdit.', true, false],
    ['Non', true, false],
    ['No', true, false],
    ['❌', true, false],
    // Yes.
    ['Trains on customer data to improve its models', false, true],
    ['Customer prompts are used to train our models.', false, true],
    ['Les requêtes sont utilisées pour entraîner les modèles', false, true],
    ['Oui, sauf opt-out', true, true],
    ['Yes', true, true],
    // Not stated: unknown, never a guess.
    ['Non', false, undefined],
    ['Yes', false, undefined],
    ['LLM inference for AI features', false, undefined],
    ['Model training and evaluation', false, undefined],
    ['Retains prompts for 30 days', false, undefined],
    ['Hébergement de base de données', false, undefined],
    ['Ne sait pas', true, undefined],
    ['Prompts are not retained, but may be used to train models', false, undefined],
    ['', true, undefined],
  ];
  for (const [text, asked, expected] of cases) assert.equal(trainsOnCustomerDataIn(text, asked), expected, `${text} (asked: ${asked})`);
  assert.equal(asksAboutTraining('Entraînement sur les données du client'), true);
  assert.equal(asksAboutTraining('Trains on customer data?'), true);
  assert.equal(asksAboutTraining('Disabled'), false);
});

test('a date a label\'s value starts with, when the next line ran into it ("10 juin 2026 Version : 1.2")', () => {
  assert.equal(leadingDate('10 juin 2026 Version : 1.2', 'fr'), '2026-06-10');
  assert.equal(leadingDate('June 12, 2026 (effective)'), '2026-06-12');
  assert.equal(leadingDate('Version 1.2 du 10 juin 2026', 'fr'), undefined);
  assert.equal(leadingDate('[Insert Date] 2026'), undefined);
});

test('the country of a postal address: a part naming it, the last words of a street line, a US state beside its ZIP code', () => {
  assert.equal(addressCountry('12 Harbour Road, Dublin 4, Ireland'), 'IE');
  assert.equal(addressCountry('7 rue des Lilas 69001 Lyon France – contact'), 'FR');
  // A postcode after the country (Canada's, the United Kingdom's): the country before it.
  assert.equal(addressCountry('88 chemin du Lac, Gatineau, Québec Canada J8Y 3Z4'), 'CA');
  assert.equal(addressCountry('5 Mill Lane, Leeds, United Kingdom LS1 4AP'), 'GB');
  assert.equal(addressCountry('500 Pine St., Portland, OR 97204 – contact'), 'US');
  assert.equal(addressCountry('1 Main St., Austin, TX,78701'), 'US');
  // "St." is a street, "CA" beside a ZIP code a state: neither is a country.
  assert.equal(addressCountry('9 Oak St., Fresno, CA 93650, USA'), 'US');
  // Two countries, or none: not stated.
  assert.equal(addressCountry('Berlin, Germany; Paris, France'), undefined);
  assert.equal(addressCountry('Building Two, Riverside'), undefined);
  assert.equal(addressCountry('contact us'), undefined);
});

test("places: a cloud provider's region named in words gives the place it names", () => {
  // The country in the parenthesis says where; the region's words start with a place and compass words.
  assert.deepEqual(readLocation('AWS EU West (Irlande)').countries, ['IE']);
  assert.deepEqual(readLocation('AWS (US-East)').countries, ['US']);
  assert.deepEqual(readLocation('Google Cloud Frankfurt').countries, ['DE']);
  assert.deepEqual(readLocation('Azure (Pays-Bas)').countries, ['NL']);
  // A provider with no place is no place; the page's words stay.
  assert.deepEqual(readLocation('AWS (multi-région)').countries, []);
  assert.equal(readLocation('AWS (multi-région)').note, 'AWS (multi-région)');
  // Compass words after a vendor that is no cloud provider are not read.
  assert.deepEqual(readLocation('Hetzner (US-East)').countries, []);
});

test('mechanisms: the UK IDTA is its own mechanism, and a cell of any column names mechanisms by whole parts', () => {
  assert.deepEqual(mechanismsIn('SCCs/UK IDTA').mechanisms, ['scc', 'idta']);
  assert.deepEqual(mechanismsIn('International Data Transfer Agreement').mechanisms, ['idta']);
  assert.deepEqual(mechanismsIn('UK International Data Transfer Addendum').mechanisms, ['uk-addendum']);
  // "RGPD + CCT": the law is no mechanism (nor a certification), the SCCs are.
  assert.deepEqual(mechanismsNamed('RGPD + CCT'), ['scc']);
  assert.deepEqual(mechanismsNamed('DPF, Clauses contractuelles types'), ['dpf', 'scc']);
  assert.deepEqual(mechanismsNamed('Access restricted; SCCs/UK IDTA; short retention'), ['scc', 'idta']);
  assert.deepEqual(mechanismsNamed("décision d'adéquation"), ['adequacy']);
  // "Clauses SCC", "SCC clauses": the clauses are the mechanism's own word.
  assert.deepEqual(mechanismsNamed('Clauses CCT'), ['scc']);
  assert.deepEqual(mechanismsNamed('SCC clauses'), ['scc']);
  // Alternatives settle nothing; "and/or" states both.
  assert.deepEqual(mechanismsNamed('SCCs or the DPF'), []);
  assert.deepEqual(mechanismsNamed('DPF ou CCT'), []);
  assert.deepEqual(mechanismsNamed('SCCs and/or DPF'), ['scc', 'dpf']);
  // A part that says more than a mechanism names none here.
  assert.deepEqual(mechanismsNamed('SCCs signed with the US parent only for marketing data'), []);
  assert.deepEqual(mechanismsNamed("Conditions d'utilisation"), []);
});

test('companies: the country of the company a text says the vendor is, in English and French', () => {
  const cases: [string, string | undefined][] = [
    ['(hébergement applicatif) — société américaine ;', 'US'],
    ['paiements, entité irlandaise', 'IE'],
    ['une entreprise canadienne', 'CA'],
    ['Canva is a US company', 'US'],
    ['a US-based company', 'US'],
    ['an Irish entity', 'IE'],
    // The nouns for what the vendor is as a company: a software publisher, a provider, a host.
    ['UE ; éditeur américain, encadré par des clauses contractuelles types', 'US'],
    ['un prestataire allemand', 'DE'],
    ['hébergeur français', 'FR'],
    ['un fournisseur européen', undefined],
    // No country: a short word that is no initials, the EU, a company of no country, two countries.
    ['une société de conseil', undefined],
    ['the IT company', undefined],
    ['an EU company', undefined],
    ['the parent company', undefined],
    ['société américaine et filiale irlandaise', undefined],
  ];
  for (const [text, country] of cases) assert.equal(companyCountryIn(text), country, text);
});

test('companies: every EEA state, Switzerland, the UK and the main third countries by their nationality words', () => {
  const cases: [string, string | undefined][] = [
    // French, masculine, feminine and plural, and "de droit": the words a French page gives a company's nationality.
    ['une société danoise', 'DK'],
    ['un prestataire danois', 'DK'],
    ['des sociétés danoises', 'DK'],
    ['des prestataires danois', 'DK'],
    ['une société de droit néerlandais', 'NL'],
    ['filiale néerlandaise du groupe', 'NL'],
    ['hébergeur hollandais', 'NL'],
    ['entreprise autrichienne', 'AT'],
    ['société belge', 'BE'],
    ['fournisseur bulgare', 'BG'],
    ['société croate', 'HR'],
    ['société chypriote', 'CY'],
    ['éditeur tchèque', 'CZ'],
    ['société estonienne', 'EE'],
    ['éditeur finlandais', 'FI'],
    ['sociétés françaises', 'FR'],
    ['société de droit allemand', 'DE'],
    ['éditeur grec', 'GR'],
    ['entreprise grecque', 'GR'],
    ['société hongroise', 'HU'],
    ['société de droit irlandais', 'IE'],
    ['prestataire italien', 'IT'],
    ['société lettone', 'LV'],
    ['société lituanienne', 'LT'],
    ['société luxembourgeoise', 'LU'],
    ['entité maltaise', 'MT'],
    ['éditeur polonais', 'PL'],
    ['entreprise portugaise', 'PT'],
    ['société roumaine', 'RO'],
    ['société slovaque', 'SK'],
    ['société slovène', 'SI'],
    ['hébergeur espagnol', 'ES'],
    ['société suédoise', 'SE'],
    ['société islandaise', 'IS'],
    ['société liechtensteinoise', 'LI'],
    ['éditeur norvégien', 'NO'],
    ['société suisse', 'CH'],
    ['filiale britannique', 'GB'],
    ['sociétés américaines', 'US'],
    ['entreprise canadienne', 'CA'],
    ['société israélienne', 'IL'],
    ['éditeur japonais', 'JP'],
    ['prestataire indien', 'IN'],
    ['société australienne', 'AU'],
    ['société néo-zélandaise', 'NZ'],
    ['société singapourienne', 'SG'],
    ['société brésilienne', 'BR'],
    ['société sud-coréenne', 'KR'],
    ['fournisseur chinois', 'CN'],
    ['entreprise turque', 'TR'],
    ['éditeur turc', 'TR'],
    ['société sud-africaine', 'ZA'],
    // English, before the company noun, one word or two.
    ['a Danish company', 'DK'],
    ['a Dutch company', 'NL'],
    ['an Austrian firm', 'AT'],
    ['a Cypriot entity', 'CY'],
    ['an Estonian company', 'EE'],
    ['a Greek company', 'GR'],
    ['a Hungarian company', 'HU'],
    ['a Latvian company', 'LV'],
    ['a Lithuanian company', 'LT'],
    ['a Luxembourgish company', 'LU'],
    ['a Maltese company', 'MT'],
    ['a Portuguese company', 'PT'],
    ['a Romanian company', 'RO'],
    ['a Slovenian company', 'SI'],
    ['an Icelandic company', 'IS'],
    ['a Norwegian company', 'NO'],
    ['a Swiss company', 'CH'],
    ['a British company', 'GB'],
    ['an Israeli company', 'IL'],
    ['a Japanese corporation', 'JP'],
    ['a Brazilian company', 'BR'],
    ['a Chinese company', 'CN'],
    ['a Thai company', 'TH'],
    ['a South Korean company', 'KR'],
    ['a New Zealand company', 'NZ'],
    ['a Hong Kong company', 'HK'],
    ['a South African company', 'ZA'],
    ['its American subsidiaries', 'US'],
    // Near-misses stay unknown: a nationality with no company noun, a region, a place of another country's name.
    ['a Danish pastry', undefined],
    ['Danish', undefined],
    ['the French version of this page', undefined],
    ['une version danoise du contrat', undefined],
    ['a Danish pastry company', undefined],
    ['a North American company', undefined],
    ['a Latin American company', undefined],
    ['a New Mexico company', undefined],
    ['a New England company', undefined],
    ['une société nord-américaine', undefined],
    ['une société de droit privé', undefined],
    ['un éditeur européen', undefined],
    ['a Danish company and a Swedish subsidiary', undefined],
  ];
  for (const [text, country] of cases) assert.equal(companyCountryIn(text), country, text);
});

test('companyCountryIn: companies named after a preposition are those the vendor serves, not what it is', () => {
  const cases: [string, string | undefined][] = [
    ['Invoicing for Belgian companies', undefined],
    ['A CRM used by many Dutch firms', undefined],
    ['Payroll services to Canadian corporations', undefined],
    ['Bookkeeping for South African companies', undefined],
    ['Logiciel de paie pour les entreprises belges', undefined],
    ['Outil proposé aux sociétés luxembourgeoises', undefined],
    // What the vendor is stays read: apposition, a predicate, a group of the vendors themselves.
    ['Fakturo BV, a Dutch company', 'NL'],
    ['Fakturo et Paybel, sociétés belges', 'BE'],
    ['Les deux prestataires sont des sociétés de droit belge', 'BE'],
  ];
  for (const [text, country] of cases) assert.equal(companyCountryIn(text), country, text);
});

test('companyCountryIn: companies that are the predicate of the vendor’s audience ("Our customers are Irish firms") are not the vendor', () => {
  const cases: [string, string | undefined][] = [
    ['Our customers are Irish firms', undefined],
    ['Our largest customer is an Irish company', undefined],
    ['Hoopdata, whose users are mostly Irish companies, hosts data in France', undefined],
    ['Hoopdata works with merchants who are Irish firms', undefined],
    ['Nos clients sont des entreprises irlandaises', undefined],
    ['Nos utilisateurs sont principalement des sociétés irlandaises', undefined],
    // Near-misses: the vendor is the subject, its audience named in another clause.
    ['Hoopdata is an Irish company', 'IE'],
    ['Hoopdata are an Irish firm', 'IE'],
    ['Hoopdata serves customers and is an Irish company', 'IE'],
    ['Hoopdata, which serves merchants, is an Irish firm', 'IE'],
    ['Hoopdata est une société irlandaise dont les clients sont des entreprises françaises', 'IE'],
    ['Hoopdata sert des commerçants et est une société irlandaise', 'IE'],
  ];
  for (const [text, country] of cases) assert.equal(companyCountryIn(text), country, text);
});

test('companyCountryIn: a country’s name in a person’s or a company’s own name ("a Michael Jordan company", "la société Jordan") gives no country', () => {
  assert.equal(companyCountryIn('Hoopdata is a Michael Jordan company.'), undefined);
  assert.equal(companyCountryIn('Hoopdata est éditée par la société Jordan.'), undefined);
  // A nationality or a country's name of two words still gives the country.
  assert.equal(companyCountryIn('Hoopdata is a Sierra Leone company.'), 'SL');
  assert.equal(companyCountryIn('Hoopdata est une société Suisse.'), 'CH');
  assert.equal(companyCountryIn('The Irish company Hoopdata'), 'IE');
});

test('companyCountryIn, vendorNationality: a name a country and a US state share ("Georgia") gives neither', () => {
  assert.equal(companyCountryIn('Peachbill LLC, a Georgia corporation'), undefined);
  assert.equal(companyCountryIn('Peachbill, a Georgia limited company'), undefined);
  assert.equal(vendorNationality('Georgia payments provider'), undefined);
  // A country's name no US state bears stays read.
  assert.equal(companyCountryIn('Peachbill, a Jersey company'), 'JE');
});

test('import: a purpose cell naming the companies a vendor serves gives the vendor no country of its own', () => {
  const page =
    '# Sub-processors\n\n| Name | Purpose | Location |\n| --- | --- | --- |\n| Fakturo | Invoicing for Belgian companies | Ireland |\n| Mailo | Email | France |\n';
  const { value } = pageToInventory(readPage(page, 'page.md'), { today: '2026-12-01' });
  const subs = value.subprocessors as { name: string; entityCountry?: string }[];
  assert.equal(subs.find((s) => s.name === 'Fakturo')?.entityCountry ?? undefined, undefined);
});

test('training: "non utilisées pour l\'entraînement" says the vendor does not train on the data', () => {
  assert.equal(trainsOnCustomerDataIn("Entrées/sorties **non utilisées pour l'entraînement** ; logs supprimés sous 7 jours."), false);
  assert.equal(trainsOnCustomerDataIn('Données non utilisées pour la facturation'), undefined);
  // A use again is a use: "sans réutilisation pour entraîner un modèle", "aucune réutilisation pour l'entraînement".
  assert.equal(trainsOnCustomerDataIn('Rédaction, sans réutilisation pour entraîner un modèle'), false);
  assert.equal(trainsOnCustomerDataIn('aucune réutilisation des textes pour l’entraînement'), false);
  // Kept for training is used for it: "ne conserve pas les données envoyées à des fins d'entraînement".
  assert.equal(trainsOnCustomerDataIn('Le fournisseur ne conserve pas les textes envoyés à des fins d’entraînement.'), false);
  // Kept for training, in the active voice with its object: "does not retain it for training purposes".
  assert.equal(trainsOnCustomerDataIn('Acme renders the image and does not retain it for training purposes.'), false);
  assert.equal(trainsOnCustomerDataIn('Acme never keeps your uploads for model training.'), false);
  assert.equal(trainsOnCustomerDataIn('Acme does not retain your uploads after 30 days.'), undefined);
});

test('a region named after its noun ("région Europe (Francfort, Allemagne)") and a data centre\'s code over its city ("CDG (Paris)")', () => {
  assert.deepEqual(readLocation('région Europe (Milan, Italie)').countries, ['IT']);
  // A service's instance, named the same way: "Instance UE (Francfort, Allemagne)".
  assert.deepEqual(readLocation('Instance UE (Lisbonne, Portugal)').countries, ['EU', 'PT']);
  assert.deepEqual(readLocation('région AMS (Amsterdam)').countries, ['NL']);
  assert.deepEqual(readLocation('FRA1 (Frankfurt)').countries, ['DE']);
  // A code over words that are no city says nothing; a country over a city stays the country.
  assert.deepEqual(readLocation('XYZ (Atlantis)').countries, []);
  assert.deepEqual(readLocation('USA (Paris)').countries, ['US']);
});

test('"Norway-headquartered" or "US-based" inside a place\'s brackets says where the company is, not where the data is', () => {
  const read = readLocation('EU (Norway-headquartered; processing in the EEA)');
  assert.deepEqual(read.countries, ['EU']);
  assert.deepEqual(read.entityCountries, ['NO']);
  assert.deepEqual(readLocation('Germany (US-based)').entityCountries, ['US']);
  // The EU is no company's seat.
  assert.equal(readLocation('EU (EU-based)').entityCountries, undefined);
});

test('a global network or service inside the brackets of a word that is no place ("International (…; global CDN)") is GLOBAL', () => {
  assert.deepEqual(readLocation('Worldwide (company: Malta; global CDN)').countries, ['GLOBAL']);
  assert.deepEqual(readLocation('International (global service, EU presence)').countries, ['GLOBAL']);
  // Other words in such brackets name no place.
  assert.deepEqual(readLocation('International (company: Malta)').countries, []);
});

test('a date in another language on the page ("4 июня 2026 г.", "12. März 2026"), and a transfer based on consent', () => {
  assert.equal(parseDate('9 июля 2026 г.'), '2026-07-09');
  assert.equal(parseDate('12. März 2026'), '2026-03-12');
  assert.equal(parseDate('3 agosto 2026'), '2026-08-03');
  assert.equal(parseDate('9 июлы 2026 г.'), undefined);
  // English and French months keep their meaning.
  assert.equal(parseDate('mai 2026', 'fr'), '2026-05-01');
  assert.deepEqual(mechanismsIn('Independent controller; transfer based on user consent').mechanisms, ['derogation']);
  assert.deepEqual(mechanismsIn('Transferts fondés sur le consentement de la personne').mechanisms, ['derogation']);
  assert.deepEqual(mechanismsIn('Marketing emails based on consent').mechanisms, []);
});

test('a mechanism the words say is still to come is not stated: pending, planned, to be signed, en cours, à signer', () => {
  for (const t of [
    'SCCs may be added on request',
    'BCRs pending approval',
    'SCCs (signature in progress)',
    'DPF certification planned for 2026',
    'IDTA to be signed',
    'SCCs, not yet signed',
    'CCT en cours de signature',
    'CCT à signer',
    'Pas encore de CCT',
    'Les CCT pourront être ajoutées sur demande',
  ])
    assert.deepEqual(mechanismsIn(t).mechanisms, [], t);
  // Near-misses: a mechanism in place beside one to come, a possible transfer that rests on one, a valid one.
  assert.deepEqual(mechanismsIn('SCCs signed; DPF certification pending').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Data may be transferred to the US under SCCs').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('CCT (en cours de validité)').mechanisms, ['scc']);
  const md = `| Vendor | Location | Transfer mechanism |
|---|---|---|
| Nimbo | USA | SCCs may be added on request |
| Relayo | UK | IDTA to be signed |
| Sparko | USA | SCCs |
`;
  const entries = pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).value.subprocessors as Record<string, unknown>[];
  assert.deepEqual(
    entries.map((e) => [e.name, (e.transfer as { mechanism?: string } | undefined)?.mechanism]),
    [
      ['Nimbo', undefined],
      ['Relayo', undefined],
      ['Sparko', 'scc'],
    ],
  );
});

test("a mechanism the words say is no longer in force is not stated: expired, lapsed, withdrawn, replaced by, « n'est plus »", () => {
  for (const t of [
    'DPF (certification expired in 2024)',
    'DPF (self-certification lapsed)',
    'BCRs withdrawn',
    'DPF (certification expirée)',
    'Le DPF n’est plus applicable',
  ])
    assert.deepEqual(mechanismsIn(t).mechanisms, [], t);
  // What replaces stays; a mechanism beside one that lapsed stays.
  assert.deepEqual(mechanismsIn('SCCs were replaced by the DPF').mechanisms, ['dpf']);
  assert.deepEqual(mechanismsIn('CCT remplacées par le DPF').mechanisms, ['dpf']);
  assert.deepEqual(mechanismsIn('Le DPF a remplacé le Privacy Shield').mechanisms, ['dpf']);
  assert.deepEqual(mechanismsIn('SCCs; DPF certification expired').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Formerly Privacy Shield; now SCCs').mechanisms, ['scc']);
});

test('a place said to hold only "where applicable" ("le cas échéant") is not stated; its words stay in the note', () => {
  assert.deepEqual(readLocation('Canadian data centres (where applicable)').countries, []);
  assert.equal(readLocation('Canadian data centres (where applicable)').note, 'Canadian data centres (where applicable)');
  assert.deepEqual(readLocation('Suisse ; UE le cas échéant').countries, ['CH']);
  // Another place in brackets said to hold only where applicable: the place before them holds, the other is not stated.
  assert.deepEqual(readLocation('European Union (with a U.S. endpoint as applicable)').countries, ['EU']);
  assert.deepEqual(readLocation('Suisse (avec un point d’accès aux États-Unis le cas échéant)').countries, ['CH']);
  // A condition on availability is the existing rule's: the place is where the data is kept when it can be.
  assert.deepEqual(readLocation('EU data residency where available').countries, ['EU']);
});

test('places: "servers in <city>" is where the data is; a clause naming the kind of company is its country, not a place', () => {
  const fr = readLocation('Entreprise canadienne ; serveurs à Amsterdam (UE)');
  assert.deepEqual(fr.countries, ['NL', 'EU']);
  assert.deepEqual(fr.entityCountries, ['CA']);
  assert.equal(fr.note, 'Entreprise canadienne ; serveurs à Amsterdam (UE)');
  const en = readLocation('A Swiss company; servers in Ireland');
  assert.deepEqual(en.countries, ['IE']);
  assert.deepEqual(en.entityCountries, ['CH']);
  // A company's kind that names no country says nothing of either.
  const none = readLocation('Société de conseil ; centres de données en Finlande');
  assert.deepEqual(none.countries, ['FI']);
  assert.equal(none.entityCountries, undefined);
});

test('training: "None of them may train", "may not use it to train", "ne peuvent pas entraîner" say no, never yes', () => {
  for (const text of [
    'None of these tools may train models on your data.',
    'Providers may not use your content to train models.',
    'Ces services ne peuvent pas entraîner leurs modèles sur vos données.',
  ])
    assert.equal(trainsOnCustomerDataIn(text), false, text);
  assert.equal(trainsOnCustomerDataIn('The vendor trains models on your data.'), true);
});

test('names: a company by its legal form with its city and country in brackets gives that country', () => {
  assert.deepEqual(nameAndEntity('Nuage Clair SAS (Lyon, France)'), { name: 'Nuage Clair SAS', entity: 'Nuage Clair SAS', country: 'FR' });
  assert.deepEqual(nameAndEntity('Cloudy Inc. (San Francisco, USA)'), { name: 'Cloudy Inc.', entity: 'Cloudy Inc.', country: 'US' });
  // A brand without a legal form is no company whose address the brackets would give.
  assert.equal(nameAndEntity('Nuage Clair (Lyon, France)').country, undefined);
});

test('training: the hyphenated "no-training" says the vendor does not train', () => {
  assert.equal(trainsOnCustomerDataIn('Enterprise terms — no-training agreement'), false);
  assert.equal(trainsOnCustomerDataIn('API tier (no-training)'), false);
  assert.equal(trainsOnCustomerDataIn('It does not use data sent through its API to train its models.'), false);
  assert.equal(trainsOnCustomerDataIn('Les requêtes ne sont pas conservées ni utilisées pour l’entraînement.'), false);
  assert.equal(trainsOnCustomerDataIn('Training data for the support team'), undefined);
});

test('a mechanism under a condition the words leave open is named, not stated; what the condition covers', () => {
  const stated = (text: string) => mechanismsIn(text).mechanisms;
  // Closing a run of mechanisms: it covers them all.
  assert.deepEqual(stated('SCCs (where applicable)'), []);
  assert.deepEqual(mechanismsIn('SCCs (where applicable)').named, ['scc']);
  assert.deepEqual(stated('EU SCCs / IDTA if needed'), []);
  assert.deepEqual(stated('CCT et avenant britannique, si nécessaire'), []);
  assert.deepEqual(stated('Vendor agreement (DPF where the vendor is certified)'), []);
  assert.deepEqual(stated('Clauses contractuelles types [à confirmer]'), []);
  // Set off before a mechanism: it covers what follows, and the alternative it is offered to.
  assert.deepEqual(stated('Standard contractual clauses and, where applicable, the DPF'), ['scc']);
  assert.deepEqual(stated('Le DPF ou, le cas échéant, des clauses contractuelles types'), []);
  assert.deepEqual(stated('Where required, we use standard contractual clauses.'), []);
  // Only in its own clause: what another clause states stays stated.
  assert.deepEqual(stated('Standard contractual clauses; BCRs where applicable'), ['scc']);
  // A clause of its own joined by "and"/« et » (its own subject or verb): the condition covers that clause alone.
  assert.deepEqual(stated('Acme is certified under the Data Privacy Framework, and we use SCCs where applicable'), ['dpf']);
  assert.deepEqual(stated('Acme is certified under the Data Privacy Framework and relies on SCCs where applicable'), ['dpf']);
  assert.deepEqual(stated('Acme est certifiée au Data Privacy Framework, et nous utilisons les CCT le cas échéant'), ['dpf']);
  assert.deepEqual(stated('Acme est certifiée DPF et s’appuie sur les CCT le cas échéant'), ['dpf']);
  assert.deepEqual(stated('Where applicable, we use SCCs, and Acme is certified under the Data Privacy Framework'), ['dpf']);
  assert.deepEqual(stated('Le cas échéant, nous utilisons les CCT, et Acme est certifiée au DPF'), ['dpf']);
  // Near-misses: "and" between two mechanisms, or "or" between two clauses, leaves both open.
  assert.deepEqual(stated('SCCs and the Data Privacy Framework where applicable'), []);
  assert.deepEqual(stated('SCCs, BCRs, and the DPF where applicable'), []);
  assert.deepEqual(stated('CCT et DPF le cas échéant'), []);
  assert.deepEqual(stated('Acme is certified under the DPF, or we use SCCs where applicable'), []);
  // A condition on other words than a mechanism leaves the mechanism stated.
  assert.deepEqual(stated('We use SCCs, together with supplementary measures where necessary.'), ['scc']);
  assert.deepEqual(stated('Nous recourons aux CCT et, si nécessaire, à des mesures supplémentaires.'), ['scc']);
  assert.deepEqual(stated("CCT ; DPF pour les fournisseurs, s'ils y adhèrent"), ['scc']);
  // What the law requires, said as done, is no open case.
  assert.deepEqual(stated('SCCs as required by the GDPR'), ['scc']);
  assert.deepEqual(mechanismsNamed('Encryption at rest; DPF/SCCs as needed'), []);
});

test('places: "anycast" said to be global is a global network; "NA" beside a place is no country code', () => {
  assert.deepEqual(readLocation('Worldwide anycast').countries, ['GLOBAL']);
  assert.deepEqual(readLocation('Réseau anycast mondial').countries, ['GLOBAL']);
  assert.deepEqual(readLocation('Suisse ; anycast mondial').countries, ['CH', 'GLOBAL']);
  // An anycast network with no word saying it is global is no place.
  assert.deepEqual(readLocation('Anycast').countries, []);
  // "NA" is North America or "not applicable" on these pages, never Namibia; the country's name still is.
  assert.deepEqual(readLocation('US / NA').countries, ['US']);
  assert.equal(readLocation('EU / NA').note, 'EU / NA');
  assert.equal(countryCode('NA'), undefined);
  assert.equal(countryCode('Namibia'), 'NA');
});

test('places offered "selon configuration" or "depending on the customer\'s choice" are each where the data may be', () => {
  const fr = readLocation('Suède (Stockholm) ou Canada selon la configuration du client');
  assert.deepEqual(fr.countries, ['SE', 'CA']);
  assert.equal(fr.note, 'Suède (Stockholm) ou Canada selon la configuration du client');
  assert.deepEqual(readLocation('UE (Francfort) ou Japon, selon paramétrage').countries, ['EU', 'DE', 'JP']);
  assert.deepEqual(readLocation('Norway or the US depending on the customer’s settings').countries, ['NO', 'US']);
  assert.deepEqual(readLocation('Australia, as chosen by the customer').countries, ['AU']);
  // The words alone name no place.
  assert.deepEqual(readLocation('Selon configuration').countries, []);
});

test('places: the code that runs there, then the place ("Exécution en Suède", "Functions pinned to Tokyo (hnd1)")', () => {
  assert.deepEqual(readLocation('Exécution en Suède (Stockholm)').countries, ['SE']);
  assert.deepEqual(readLocation('Fonctions applicatives épinglées à Tokyo (hnd1)').countries, ['JP']);
  assert.deepEqual(readLocation('Functions pinned to Mumbai; logs kept 7 days').countries, ['IN']);
  assert.deepEqual(readLocation('Traitement au Canada').countries, ['CA']);
  // The words are kept in the note.
  assert.equal(readLocation('Exécution en Suède (Stockholm)').note, 'Exécution en Suède (Stockholm)');
});

test('a place through a provider ("Via Azure France"), machines with their host’s country in brackets, a company’s nationality in brackets', () => {
  assert.deepEqual(readLocation('Via Azure France (data processed in France)').countries, ['FR']);
  assert.deepEqual(readLocation('Through GCP Belgium').countries, ['BE']);
  assert.deepEqual(readLocation('On our own servers (Hetzner Germany)').countries, ['DE']);
  assert.deepEqual(readLocation('Self-hosted (Scaleway, France)').countries, ['FR']);
  // Brackets after words that say nothing of machines give no place.
  assert.deepEqual(readLocation('Customer choice (Acme Germany)').countries, []);
  const company = readLocation('Germany (German company)');
  assert.deepEqual([company.countries, company.entityCountries], [['DE'], ['DE']]);
  assert.deepEqual(readLocation('France (société française)').entityCountries, ['FR']);
});

test('a date "last verified", after a dot set between label and date ("Updated · 2026.05.20"), or written year first with dots', () => {
  assert.equal(parseDate(dateLine('Last verified against the register: 2026-03-04.')!), '2026-03-04');
  assert.equal(parseDate(dateIn('Notes. Last checked 2026-02-01 by the team.')!), '2026-02-01');
  assert.equal(parseDate(dateLine('Updated · 2026.05.20')!), '2026-05-20');
  assert.equal(parseDate(dateIn('Policy · Updated · 2026.05.20')!), '2026-05-20');
  assert.equal(parseDate(dateLine('Dernière vérification : 3 mars 2026')!, 'fr'), '2026-03-03');
  assert.equal(parseDate('2026/05/20'), '2026-05-20');
  assert.equal(parseDate('2026.5.20'), undefined);
});

test('a place "on request", a region code with its role ("eu-north-1 primary"), an "EU jurisdiction"', () => {
  assert.deepEqual(readLocation('EU (eu-west-3 primary), Canada on request').countries, ['EU', 'FR', 'CA']);
  assert.deepEqual(readLocation('Canada (default), EU on customer request via DPA').countries, ['CA', 'EU']);
  assert.deepEqual(readLocation('UE sur demande du client').countries, ['EU']);
  assert.deepEqual(readLocation('EU jurisdiction').countries, ['EU']);
});

test('places: "X (region) primary · A, B regions for …", a state code after the US, and "(with EU data centre for …)" beside a place', () => {
  const cases: [string, string[]][] = [
    // Which place comes first is no place; a place with its noun, for whom it is, is a place.
    ['EU (eu-west-1) primary · US, JP regions for tenants there', ['EU', 'IE', 'US', 'JP']],
    ['France (secondaire)', ['FR']],
    // A code after the US in a list of places is a country's ("IN" is India); before the US, in an address, a state's.
    ['US, EU, IN (regional acquirers)', ['US', 'EU', 'IN']],
    ['Indianapolis, IN, USA', ['US']],
    // A second place the brackets say the first comes with, whoever it is for; an option is none.
    ['US (with EU data centre for EU residency)', ['US', 'EU']],
    ['Canada (avec hébergement UE pour les clients européens)', ['CA', 'EU']],
    ['US (with EU hosting available on request)', ['US']],
    // A word inside the brackets that ends in a role word is no role of the place.
    ['France (hébergé chez Nuagel, même infrastructure que le compute principal)', ['FR']],
  ];
  for (const [text, countries] of cases) assert.deepEqual(readLocation(text).countries, countries, text);
});

test('dates: "2026.05.20" in the year-first order, after "Updated ·" or glued to a middle dot; training "not retained for model training"', () => {
  assert.equal(parseDate('2026.05.20'), '2026-05-20');
  assert.equal(parseDate('2026/05/20'), '2026-05-20');
  assert.equal(parseDate('2026.13.01'), undefined);
  assert.equal(parseDate(dateLine('Updated · 2026.05.20') ?? ''), '2026-05-20');
  assert.equal(parseDate(dateIn('Effective: 1 January 2026·Operated by Acme Labs') ?? ''), '2026-01-01');
  assert.equal(trainsOnCustomerDataIn('data not retained for model training under enterprise agreement'), false);
  assert.equal(trainsOnCustomerDataIn('prompts are not stored or used for training'), false);
});

test('places: a city of another country inside a country’s brackets names that country too; "EU (Prague)" is the EU and Czechia', () => {
  const cases: [string, string[]][] = [
    ['DE (Nuremberg, Helsinki)', ['DE', 'FI']],
    ['Germany (Frankfurt)', ['DE']],
    ['EU (Prague)', ['EU', 'CZ']],
    ['UE (Praha)', ['EU', 'CZ']],
  ];
  for (const [text, countries] of cases) assert.deepEqual(readLocation(text).countries, countries, text);
});

test('places: a region’s code and brackets that name only places ("zone eu-west-1 (Frankfurt/Germany)"): the places the words name', () => {
  const cases: [string, string[]][] = [
    ['Cloud zone eu-west-1 (Frankfurt/Germany)', ['DE']],
    ['Regions eu-west1 (St. Ghislain/Belgium), eu-west4 (Eemshaven/Netherlands) and UK', ['BE', 'NL', 'GB']],
    // A place of the words' own keeps its brackets' reading; a company's bracket is its seat, no place.
    ['EU West (Ireland)', ['EU', 'IE']],
    ['Payflow Labs Inc. (US)', []],
  ];
  for (const [text, countries] of cases) assert.deepEqual(readLocation(text).countries, countries, text);
});

test('addresses: a last part that is a data-centre city then its postcode, or the city then its country, gives the country', () => {
  assert.equal(addressCountry('Unit 4, Harbour Park, Sandyford, Dublin 18 D18 X2Y3'), 'IE');
  assert.equal(addressCountry('1 Quay Street, Docklands, Dublin Ireland'), 'IE');
  assert.equal(addressCountry('12 rue de la Paix, Paris 75002'), 'FR');
  // A city with other words after it is no postcode's city.
  assert.equal(addressCountry('4 Main Street, Paris Hill'), undefined);
});

test('training: terms that prohibit using the data for training ("prohibit using customer content for training", "interdisent d’utiliser")', () => {
  assert.equal(trainsOnCustomerDataIn('Our terms prohibit using customer content for training purposes.'), false);
  assert.equal(trainsOnCustomerDataIn('Les conditions interdisent d’utiliser les contenus des clients pour l’entraînement.'), false);
  assert.equal(trainsOnCustomerDataIn('The terms prohibit using the service for spam.'), undefined);
});

test('a French use denied, then its end ("n’utilise pas vos données pour entraîner ses modèles") says the vendor does not train', () => {
  assert.equal(trainsOnCustomerDataIn('Nordmind n’utilise pas vos données pour entraîner ses modèles.'), false);
  assert.equal(trainsOnCustomerDataIn("Nordmind n'utilise jamais les contenus des clients pour l'entraînement."), false);
  assert.equal(trainsOnCustomerDataIn("Nordmind ne les utilise pas à des fins d'entraînement."), false);
  assert.equal(trainsOnCustomerDataIn("Nordmind n'utilise pas de cookies pour le suivi."), undefined);
});

test('places: "Irlande pour les utilisateurs UE (Acme Ireland Limited)": the company in brackets after whom the place is for is no bar to it', () => {
  assert.deepEqual(readLocation('États-Unis ; Suède pour les clients UE (Nordvik Cloud AB)').countries, ['US', 'SE']);
  assert.deepEqual(readLocation('Canada for EU customers (Maple Data Inc.)').countries, ['CA']);
  // A place for support is still not where the data is.
  assert.deepEqual(readLocation('India for support (Lotus Services Pvt Ltd)').countries, []);
});

test('places: "EU (Ireland and other regions we configure)": the member state the brackets name, the others unnamed', () => {
  assert.deepEqual(readLocation('EU (Ireland and other cloud EU regions we configure) — no restricted transfer').countries, ['EU', 'IE']);
  assert.deepEqual(readLocation("UE (Suède et d'autres régions de l'UE)").countries, ['EU', 'SE']);
  // Nothing named: the EU alone.
  assert.deepEqual(readLocation('EU (other regions)').countries, ['EU']);
});

test('places: a place "by default", one "available on request", and a host’s "locations (City CODE1, …)" are each where the data may be', () => {
  assert.deepEqual(
    readLocation(
      'Nimbus Cloud, Helsinki (HEL1) by default for EEA tenants; alternative Nimbus locations (Falkenstein FSN1, Nuremberg NBG1) available on request.',
    ).countries,
    ['FI', 'DE'],
  );
  assert.deepEqual(readLocation('France par défaut').countries, ['FR']);
  assert.deepEqual(readLocation('Canada available on request.').countries, ['CA']);
  // A code alone after words that name no place is still no place.
  assert.deepEqual(readLocation('our locations (ABC1)').countries, []);
});

test('places: "US (edge Frankfurt + IAD)" adds the edge city’s country; a second bracket of codes ("(cdg1 eu-west-3)") names no other place', () => {
  assert.deepEqual(readLocation('États-Unis (edge Frankfurt + IAD)').countries, ['US', 'DE']);
  assert.deepEqual(readLocation('Europe (Madrid, Spain) (mad1 eu-south-2)').countries, ['ES']);
  // A second bracket of words is no code: the place stays unread, in the note.
  assert.deepEqual(readLocation('Europe (Madrid, Spain) (see below)').countries, []);
});

test('"EU (city, data-centre code)": the city gives its country, the code no place', () => {
  assert.deepEqual(readLocation('Union européenne (Lyon, lys1)').countries, ['EU', 'FR']);
  assert.deepEqual(readLocation('EU (Dublin, DUB2)').countries, ['EU', 'IE']);
});

test("access for support from a country, in a transfer cell's words; none when denied", () => {
  assert.deepEqual(accessFromIn('Clauses contractuelles types pour la maintenance depuis le Canada.'), ['CA']);
  assert.deepEqual(accessFromIn('SCCs cover support and monitoring from India and the UK.'), ['IN', 'GB']);
  assert.deepEqual(accessFromIn('No support access from the United States.'), []);
  assert.deepEqual(accessFromIn('SCCs for transfers from the EU.'), []);
});

test("a date labelled as the version of other documents (the terms users accept) is not the page's", () => {
  assert.equal(dateIn('Version en vigueur des CGU : 2026-03-01', 'fr'), undefined);
  assert.equal(dateIn('Date of the Terms of Service: 2026-03-01'), undefined);
  assert.equal(dateIn('Version de la page : 2026-03-01', 'fr'), '2026-03-01');
});

test('a place joined to "region" by a hyphen, with what is there after it ("US-region buckets"), is that place', () => {
  assert.deepEqual(readLocation('LATAM / BR-region buckets').countries, ['BR']);
  assert.deepEqual(readLocation('EU-region servers').countries, ['EU']);
  assert.deepEqual(readLocation('Canada buckets').countries, ['CA']);
});

test('places: a provider’s own place ("Nimbus’s global infrastructure"); a bracket saying where a company is gives its country, not the data’s', () => {
  assert.deepEqual(readLocation("Nimbus's global infrastructure").countries, ['GLOBAL']);
  const seat = readLocation('Not published by Vecto (Vecto Labs GmbH is in Berlin, Germany)');
  assert.deepEqual([seat.countries, seat.entityCountries], [[], ['DE']]);
  // Words with no legal form are no company: nothing read.
  assert.deepEqual(readLocation('Not published (the team is in Berlin, Germany)').entityCountries, undefined);
});

test('places: "some account metadata in the United States", "certaines sauvegardes en France": which data, then its place', () => {
  assert.deepEqual(readLocation('Allemagne (Francfort) ; certaines métadonnées de compte aux États-Unis').countries, ['DE', 'US']);
  assert.deepEqual(readLocation('some account metadata in the United States').countries, ['US']);
  assert.deepEqual(readLocation('données de sauvegarde en Belgique').countries, ['BE']);
  // No place after the words: nothing read.
  assert.deepEqual(readLocation('Customer data in the region the customer selects').countries, []);
});

test('places: "traitement dans les régions EU de l’infrastructure Nimbus": the regions’ place, whoever’s infrastructure', () => {
  assert.deepEqual(readLocation("traitement dans les régions EU de l'infrastructure Nimbus").countries, ['EU']);
  assert.deepEqual(readLocation('the EU regions of the infrastructure Nimbus').countries, ['EU']);
  assert.deepEqual(readLocation("les régions de l'infrastructure Nimbus").countries, []);
});

test('a date after the date words, then the next review after a colon: the first is the page’s', () => {
  assert.equal(parseDate(dateIn('Mis à jour le 3 mars 2026 Prochaine révision : 3 septembre 2026', 'fr')!, 'fr'), '2026-03-03');
  assert.equal(parseDate(dateIn('Updated 3 March 2026 Next review: 3 September 2026', 'en')!, 'en'), '2026-03-03');
});

test('a cell naming the agreement and in brackets its mechanism states it; "si activé", "if enabled" leave the case open', () => {
  assert.deepEqual(mechanismsNamed('DPA Nimbus (SCCs)'), ['scc']);
  assert.deepEqual(mechanismsNamed('Contrat de sous-traitance (CCT)'), ['scc']);
  // Brackets that say more than a mechanism state none here.
  assert.deepEqual(mechanismsNamed('DPA Nimbus (SCCs pour le support)'), []);
  // A provider used only when switched on: its mechanisms are not stated.
  assert.deepEqual(mechanismsNamed('Si activée : DPA + CCT/DPF'), []);
  assert.deepEqual(mechanismsNamed('If enabled: DPA + SCCs'), []);
  assert.deepEqual(mechanismsNamed('DPA + CCT/DPF'), ['scc', 'dpf']);
});

test('names: a country first in the brackets is the company’s when what follows is an offer, not more places', () => {
  assert.deepEqual(nameAndEntity('Postier (États-Unis, option région UE)'), { name: 'Postier', entity: undefined, country: 'US' });
  // Places after the first: a list of where the data is, no company's country.
  for (const text of ['Nuage SAS (France, Allemagne et Irlande)', 'Nuage (États-Unis, UE et Royaume-Uni)', 'Nuage (Germany, Frankfurt)'])
    assert.equal(nameAndEntity(text).country, undefined, text);
});

test('SCCs "for any access" by another party leave open whether the access happens: no mechanism; SCCs said outright still are', () => {
  assert.deepEqual(mechanismsIn('EU hosting; intra-group SCCs apply for any access by the parent company').mechanisms, []);
  assert.deepEqual(mechanismsNamed('Intra-group SCCs apply for any access by the parent company in Canada'), []);
  assert.deepEqual(mechanismsNamed('CCT en cas d’accès depuis les États-Unis'), []);
  assert.deepEqual(mechanismsNamed('SCCs + TIA'), ['scc']);
});

test('a date label whose paragraph runs on into the next label ("Stand: 3. März 2026 Scope: …"): the date ends at that label', () => {
  assert.equal(dateLine('Stand: 3. März 2026 Scope: web and API'), '3. März 2026');
  assert.equal(dateLine('Last updated: 12 May 2026 Owner: Privacy team'), '12 May 2026');
  assert.equal(dateLine('Last updated: 12 May 2026'), '12 May 2026');
});

test('companyCountryIn: companies of a nationality that a verb acts on are the vendor’s customers, not the vendor', () => {
  const cases: [string, string | undefined][] = [
    ['Helps Irish firms file taxes', undefined],
    ['Lets Swedish companies send invoices', undefined],
    ['Connects South Korean companies with suppliers', undefined],
    ['Aide les entreprises irlandaises à déclarer leurs impôts', undefined],
    ['Permet aux prestataires allemands de facturer', undefined],
    ['Accompagne des sociétés belges dans leur comptabilité', undefined],
    // Near-misses: the plural noun in an apposition or a predicate, or a singular one, still describes the vendor.
    ['Taxly and Filemate, two Irish firms', 'IE'],
    ['Taxly and Filemate are Irish firms', 'IE'],
    ['Taxly (Irish companies of the Taxly group)', 'IE'],
    ['Fiscalo et Déclaro sont des sociétés de droit irlandais', 'IE'],
    ['Fiscalo et Déclaro, entreprises irlandaises', 'IE'],
    ['des sociétés danoises', 'DK'],
    ['Taxly, an Irish firm that helps companies file taxes', 'IE'],
    ['Taxly is an Irish firm', 'IE'],
  ];
  for (const [text, country] of cases) assert.equal(companyCountryIn(text), country, text);
});

test('a mechanism a clause says is being negotiated, intended, or was left is not stated, wherever the words stand', () => {
  for (const t of [
    'We are negotiating Standard Contractual Clauses with Postwick',
    'Ledgerly intends to sign the SCCs next year',
    'Nimbara withdrew from the Data Privacy Framework in 2025',
    'Nimbara left the Data Privacy Framework in 2025',
    'Nous négocions des clauses contractuelles types avec Postwick',
    'Nimbara s’est retiré du Data Privacy Framework',
    'Ledgerly envisage de signer les CCT',
  ])
    assert.deepEqual(mechanismsIn(t).mechanisms, [], t);
  // Near-misses: a mechanism in place beside one being negotiated (its own clause), clauses already negotiated.
  assert.deepEqual(mechanismsIn('Postwick relies on the SCCs, and we are negotiating the DPF').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Clauses contractuelles types négociées et signées').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Nimbara is certified under the Data Privacy Framework').mechanisms, ['dpf']);
});

test('a mechanism the page says does not apply ("SCCs (not applicable)", « CCT (sans objet) ») is no mechanism; one beside it that applies stays', () => {
  for (const cell of [
    'SCCs (not applicable)',
    'Standard Contractual Clauses: not applicable',
    'SCCs: N/A',
    'SCCs not required (EEA vendor)',
    'CCT (sans objet)',
    'Clauses contractuelles types : non applicables',
    'Les CCT ne s’appliquent pas',
  ])
    assert.deepEqual(mechanismsIn(cell).mechanisms, [], cell);
  // Near-misses: the denial covers its own clause only; a mechanism stated in another, or plainly, stays.
  assert.deepEqual(mechanismsIn('Adequacy decision: not applicable; SCCs signed').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('CCT signées').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('SCCs (Module 3) in place').mechanisms, ['scc']);
});

test('places offered to the customer\'s choice ("Customer\'s choice of EU or US", « au choix du client : UE ou États-Unis ») are each a place, the words kept', () => {
  for (const [cell, places] of [
    ["Customer's choice of EU or US", ['EU', 'US']],
    ['At the customer’s choice between Germany and the United States', ['DE', 'US']],
    ['Customer-selected region: EU or US', ['EU', 'US']],
    ['au choix du client : UE ou États-Unis', ['EU', 'US']],
    ['Selon le choix du client : France ou Allemagne', ['FR', 'DE']],
  ] as const) {
    const read = readLocation(cell);
    assert.deepEqual(read.countries, places, cell);
    assert.equal(read.note, cell);
  }
  // Near-misses: the choice's words alone, and a team of the customer's side, are no place.
  assert.deepEqual(readLocation('Customer choice').countries, []);
  assert.deepEqual(readLocation('Customer Success team in Lisbon').countries, []);
});

test('where a support team works ("le support est au Maroc", "Support team in Lisbon, Portugal") is access, never storage; where the data is stays storage', () => {
  const fr = readLocation('les données sont en France, le support est au Maroc');
  assert.deepEqual([fr.countries, fr.access], [['FR'], ['MA']]);
  const en = readLocation('Data in France, support in Morocco');
  assert.deepEqual([en.countries, en.access], [['FR'], ['MA']]);
  for (const cell of [
    'Support team in Lisbon, Portugal',
    'Support: Lisbon, Portugal',
    'équipe support au Portugal',
    'Customer support based in Portugal',
  ]) {
    const read = readLocation(cell);
    assert.deepEqual([read.countries, read.access], [[], ['PT']], cell);
  }
  // Near-misses: a city and its country with no support words stay a place; a support team whose city is unknown is
  // no place at all.
  assert.deepEqual(readLocation('Lisbon, Portugal').countries, ['PT']);
  assert.deepEqual([readLocation('Support: Lisbon team').countries, readLocation('Support: Lisbon team').access], [[], []]);
});

test('a date followed by a long rest of line ("Last updated: 12 March 2026, following the addition of …") is the date; a long line with no date at its start is none', () => {
  assert.equal(
    dateLine('Last updated: 12 March 2026, following the addition of a new provider of email delivery services for all of our customers'),
    '12 March 2026',
  );
  assert.equal(
    dateLine('Mis à jour le 12 mars 2026, à la suite de l’ajout d’un nouveau prestataire de messagerie pour l’ensemble de nos clients'),
    '12 mars 2026',
  );
  assert.equal(dateLine('Last updated: March 12, 2026 (see the changelog at the bottom of this page for the details)'), 'March 12, 2026');
  // Near-miss: a year inside a long sentence that opens with no date.
  assert.equal(dateLine('Effective date: see the agreement signed with each customer in 2026 and its later amendments'), undefined);
  const page = readPage(
    '# Sub-processors\n\nLast updated: 12 March 2026, following the addition of a new provider of email delivery services for all of our customers.\n\n| Vendor | Location |\n|---|---|\n| Nubo | Germany |\n',
    'p.md',
  );
  assert.deepEqual(page.introduction, []);
});

test('initials written with their dots ("U.S.A", "E.U.", "U.K.", « U.E. », « E.A.U. ») are the places their letters are', () => {
  assert.deepEqual(readLocation('U.S.A').countries, ['US']);
  assert.deepEqual(readLocation('U.S.A / E.U. / Bengaluru').countries, ['US', 'EU', 'IN']);
  assert.deepEqual(readLocation('India, EU, U.S.A (dependent on Customer choice)').countries, ['IN', 'EU', 'US']);
  assert.deepEqual(readLocation('U.K.').countries, ['GB']);
  assert.deepEqual(readLocation('France (U.E.)').countries, ['FR', 'EU']);
  assert.equal(countryCode('E.A.U.'), 'AE');
  // Near misses: a legal form's initials ("S.A.", "B.V.", "S.L.") are no country's code.
  for (const form of ['S.A.', 'B.V.', 'S.L.', 'A.G.']) assert.equal(countryCode(form), undefined, form);
  assert.equal(addressCountry('Nimbus, S.A., Calle Mayor 5, 28013 Madrid, Spain'), 'ES');
});

test('an Indian address without its country: a state beside a six-digit PIN code, a dash before the PIN', () => {
  assert.equal(addressCountry('2nd Floor, Orion Park, Indiranagar, Bengaluru, Karnataka - 560038'), 'IN');
  assert.equal(addressCountry('Plot 7, Sector 5, Indore, Madhya Pradesh, 452010'), 'IN');
  assert.equal(addressCountry('14 Anna Salai, Chennai, Tamil Nadu 600002'), 'IN');
  // Near misses: a state's name with no PIN, a five-digit postcode (Lahore, Punjab, Pakistan writes five).
  assert.equal(addressCountry('Karnataka'), undefined);
  assert.equal(addressCountry('Mall Road, Lahore, Punjab, 54000'), undefined);
});

test('a Japanese godo kaisha ("G.K.") is a legal form: the company in a name’s brackets is the entity', () => {
  assert.deepEqual(nameAndEntity('Nimbus Cloud (Nimbus Cloud Japan G.K.)'), { name: 'Nimbus Cloud', entity: 'Nimbus Cloud Japan G.K.' });
  // Near miss: a brand in brackets with no legal form is no entity.
  assert.equal(nameAndEntity('Nimbus Cloud (Nimbus Drive)').entity, undefined);
});

test('"US-incorporated processor", "a Swiss-headquartered provider": the company’s country; a global network’s bracket after a label', () => {
  assert.equal(companyCountryIn('EU project region; US-incorporated processor - SCCs apply'), 'US');
  assert.equal(companyCountryIn('A Swiss-headquartered provider.'), 'CH');
  // Near miss: a compound about staff or data, not the company.
  assert.equal(companyCountryIn('US-based support staff answer tickets.'), undefined);
  assert.deepEqual(readLocation('Global anycast (data residency: EU + IN edge)').countries, ['GLOBAL', 'EU', 'IN']);
  // Near miss: a label in the brackets that names no place.
  assert.deepEqual(readLocation('Global CDN (note: cached static files only)').countries, ['GLOBAL']);
});

test("training: a prohibition the sentence denies states nothing (« il n'est pas interdit d'utiliser … pour l'entraînement »)", () => {
  assert.equal(trainsOnCustomerDataIn("Le prestataire est interdit d'utiliser les données pour l'entraînement de ses modèles."), false);
  assert.equal(trainsOnCustomerDataIn("Il n'est pas interdit d'utiliser les données pour l'entraînement de ses modèles."), undefined);
  assert.equal(
    trainsOnCustomerDataIn("Le contrat ne dit rien ; il n'est plus interdit d'utiliser les contenus pour l'entraînement."),
    undefined,
  );
  assert.equal(trainsOnCustomerDataIn('The vendor is not prohibited from using customer data to train its models.'), undefined);
});
