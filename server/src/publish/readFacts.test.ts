import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameAndPostalAddress, readPage } from './readPage';
import { pageToInventory } from './importPage';
import { storedIn } from './read/sections';
import { mechanismsIn, parseDate, placeAndMechanisms, readLocation, trainsOnCustomerDataIn } from './wording';

type Obj = Record<string, unknown>;

/** The imported entries of a page, by name. */
function imported(text: string, file: string): Map<string, Obj> {
  const value = pageToInventory(readPage(text, file), { today: '2026-12-01' }).value;
  return new Map((value.subprocessors as Obj[]).map((e) => [String(e.name), e]));
}
const countries = (e: Obj | undefined) => ((e?.dataLocation as Obj | undefined)?.countries as string[] | string | undefined) ?? 'none';
const mechanisms = (e: Obj | undefined) => {
  const t = e?.transfer;
  // Not stated: no field, or `unknown` where the data leaves the EEA.
  if (t === undefined || t === 'unknown') return 'none';
  if (typeof t === 'string') return t;
  return (Array.isArray(t) ? t : [t]).map((x) => (x as Obj).mechanism);
};

test('a sentence naming some vendors and where they are established gives their company’s country; one about their data does not', () => {
  const table = '| Prestataire | Localisation |\n|---|---|\n| Payflow | USA |\n| Hostique | France |\n| Postie | USA |\n';
  const page = imported(`${table}\nCertains de nos prestataires (Payflow, Postie) sont établis aux États-Unis.\n`, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, e.entityCountry ?? 'none']),
    [
      ['Payflow', 'US'],
      ['Hostique', 'none'],
      ['Postie', 'US'],
    ],
  );
  const data = imported(`${table}\nLes données de Payflow sont situées aux États-Unis.\n`, 'p.md');
  assert.equal(data.get('Payflow')?.entityCountry, undefined);
  // Two countries after the verb: no one country for them.
  const two = imported(`${table}\nPayflow and Postie are based in the United States and Canada.\n`, 'p.md');
  assert.equal(two.get('Payflow')?.entityCountry, undefined);
});

test('a column of US cities with their states ("Austin, TX", "Cambridge, MA") is the US; "CA" alone with a city settles nothing', () => {
  const us = imported(
    '| Vendor | Location |\n|---|---|\n| Payflow | Austin, TX |\n| Mailbird | Cambridge, MA |\n| Hostique | Palo Alto, CA |\n',
    'p.md',
  );
  assert.deepEqual(
    [...us.values()].map((e) => [e.name, countries(e)]),
    [
      ['Payflow', ['US']],
      ['Mailbird', ['US']],
      ['Hostique', ['US']],
    ],
  );
  const fr = imported('| Prestataire | Localisation |\n|---|---|\n| Payflow | Denver, CO |\n| Postie | Portland, OR |\n', 'p.md');
  assert.deepEqual(
    [...fr.values()].map((e) => countries(e)),
    [['US'], ['US']],
  );
  // Alone, "CA" after a city may be California or Canada, "MA" Massachusetts or Morocco: no place; a known city of
  // another country keeps its own ("Toronto, CA"), and so does a column that writes countries.
  const alone = imported(
    '| Vendor | Location |\n|---|---|\n| Payflow | Palo Alto, CA |\n| Mailbird | Toronto, CA |\n| Hostique | Ireland |\n',
    'p.md',
  );
  assert.deepEqual(
    [...alone.values()].map((e) => countries(e)),
    ['unknown', ['CA'], ['IE']],
  );
});

test('a headquarters column of US cities with their states is the US; alone, "Denver, CO" is no Colombia, "Cambridge, MA" no Morocco', () => {
  const seat = (rows: string, head = '| Vendor | Headquarters |\n|---|---|\n') =>
    [...imported(head + rows, 'p.md').values()].map((e) => e.entityCountry ?? 'none');
  assert.deepEqual(seat('| Payflow | Austin, TX |\n| Mailbird | Cambridge, MA |\n| Hostique | Denver, CO |\n'), ['US', 'US', 'US']);
  assert.deepEqual(
    seat('| Payflow | Denver, CO |\n| Mailbird | Cambridge, MA |\n| Hostique | Berlin, DE |\n| Postie | Wilmington, DE 19801 |\n'),
    ['none', 'none', 'DE', 'US'],
  );
  // Beside a place written otherwise, "Chicago, IL" (Illinois or Israel) says no country; "Paris, France" its own.
  assert.deepEqual(seat('| Payflow | Chicago, IL |\n| Postie | Paris, France |\n', '| Prestataire | Siège |\n|---|---|\n'), ['none', 'FR']);
  assert.deepEqual(seat('| Payflow | Atlanta, GA, USA |\n| Postie | Portland, ME |\n'), ['US', 'none']);
});

test('"Perth, WA" alone is Western Australia or Washington: no place; beside a US city and state it is Washington', () => {
  const alone = imported('| Vendor | Location |\n|---|---|\n| Payflow | Perth, WA |\n| Hostique | Ireland |\n', 'p.md');
  assert.deepEqual(
    [...alone.values()].map((e) => countries(e)),
    ['unknown', ['IE']],
  );
  const fr = imported('| Prestataire | Localisation |\n|---|---|\n| Payflow | Fremantle, WA |\n| Postie | Lyon |\n', 'p.md');
  assert.deepEqual(
    [...fr.values()].map((e) => countries(e)),
    ['unknown', ['FR']],
  );
  const us = imported('| Vendor | Location |\n|---|---|\n| Payflow | Redmond, WA |\n| Mailbird | Austin, TX |\n', 'p.md');
  assert.deepEqual(
    [...us.values()].map((e) => countries(e)),
    [['US'], ['US']],
  );
});

test('a vendor’s description that says it holds schemes ("certified as PCI", "compliant with SOC 2/3") gives them', () => {
  const en = imported(
    `| Vendor | Description |
|---|---|
| Payflow | Card payments. Payflow is certified as a PCI Level 1 Service Provider. |
| Helpdeskly | Support tickets. It is compliant with SOC 2/3, ISO 27001 and other regulations. |
| Trackly | Analytics. It has ACMEtrust certification for its privacy programme. |
| Postie | E-mail. It is not yet ISO 27001 certified. |
| Hostique | Hosting in ISO 27001 data centres. |
`,
    'p.md',
  );
  assert.deepEqual(
    [...en.values()].map((e) => [e.name, e.certifications]),
    [
      ['Payflow', ['pci-dss']],
      ['Helpdeskly', ['soc2', 'soc3', 'iso27001']],
      ['Trackly', ['acmetrust']],
      // A denial holds nothing; a scheme named with no word of holding is no certification of the vendor's.
      ['Postie', 'unknown'],
      ['Hostique', 'unknown'],
    ],
  );
  const fr = imported(
    `| Prestataire | Description |
|---|---|
| Payflow | Paiements. Payflow est certifié PCI DSS niveau 1. |
| Helpdeskly | Support. Elle est conforme aux normes SOC 2/3 et ISO 27001. |
`,
    'p.md',
  );
  assert.deepEqual(
    [...fr.values()].map((e) => e.certifications),
    [['pci-dss'], ['soc2', 'soc3', 'iso27001']],
  );
});

test('a line that says the data never leaves a place ("no storage outside EU") adds that place; a hedge does not', () => {
  const card = (name: string, place: string, line: string) => [name, `Location: ${place}`, `Sovereignty: ${line}`];
  const text = [
    'Our subcontractors',
    ...card('Nordhost', 'Germany', 'No storage outside the EU'),
    ...card('Webcache', 'France', 'Data not transferred outside EU'),
    ...card('Pagewell', 'France', 'Data may be stored outside the EU'),
    ...card('Mailbird', 'Ireland', 'Les données ne quittent pas l’UE'),
  ].join('\n');
  const page = imported(text, 'p.txt');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, countries(e)]),
    [
      ['Nordhost', ['DE', 'EU']],
      ['Webcache', ['FR', 'EU']],
      ['Pagewell', ['FR']],
      ['Mailbird', ['IE', 'EU']],
    ],
  );
});

test('a denial of transfer out of the EU, in a transfer column or answering "Transfert hors UE", keeps the data in the EU', () => {
  // Corpus README, "A denial of transfer": the EU, beside the member state the page names; never beside a place outside.
  const table = [
    '| Prestataire | Pays | Base du transfert |',
    '|---|---|---|',
    '| Rangebase | Allemagne | Pas de transfert hors UE |',
    '| Cartofil | Pays-Bas | Traitement UE (aucun transfert hors EEE) |',
    '| Mailpost | États-Unis | Clauses contractuelles types |',
    '| Oddcase | États-Unis | Pas de transfert hors UE |',
  ].join('\n');
  const page = imported(`${table}\n`, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, countries(e), mechanisms(e)]),
    [
      ['Rangebase', ['DE', 'EU'], 'none'],
      ['Cartofil', ['NL', 'EU'], 'none'],
      ['Mailpost', ['US'], ['scc']],
      ['Oddcase', ['US'], 'none'],
    ],
  );
  const asked = [
    '| Prestataire | Localisation | Transfert hors UE |',
    '|---|---|---|',
    '| Rangebase | Belgique | Non |',
    '| Mailpost | États-Unis | Oui — CCT |',
  ];
  const answered = imported(`${asked.join('\n')}\n`, 'p.md');
  assert.deepEqual(countries(answered.get('Rangebase')), ['BE', 'EU']);
  assert.deepEqual(countries(answered.get('Mailpost')), ['US']);
  // Alone, the denial is the entry's only place.
  const alone = imported(
    ['| Prestataire | Rôle |', '|---|---|', '| Rangebase | Hébergement, pas de transfert hors UE |', ''].join('\n'),
    'p.md',
  );
  assert.deepEqual(countries(alone.get('Rangebase')), ['EU']);
});

test('an introduced item "Name — role (place, what covers it)." gives the role, the place and the mechanism; brackets with no place stay in the role', () => {
  const html = `<p>Nous faisons appel aux sous-traitants suivants :</p>
<ul>
<li>Hostique SAS — hébergement des serveurs (Canada, avec clauses contractuelles types).</li>
<li>Postie Ltd — envoi des courriels (Royaume-Uni, Irlande).</li>
<li>Payflow Inc. — paiements (cartes et virements).</li>
</ul>`;
  const page = imported(html, 'p.html');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, e.purpose, countries(e), mechanisms(e)]),
    [
      ['Hostique SAS', 'hébergement des serveurs', ['CA'], ['scc']],
      ['Postie Ltd', 'envoi des courriels', ['GB', 'IE'], 'none'],
      ['Payflow Inc.', 'paiements (cartes et virements).', 'none', 'none'],
    ],
  );
});

test('"A, B and C are US companies" gives the named vendors their company’s country; "<Vendor>\'s DPA: <address>" in a later section their DPA', () => {
  const md = [
    '| Vendor | Where |',
    '|---|---|',
    '| Payflow | United States |',
    '| Hostique | France |',
    '| Postie | United States |',
    '',
    'Payflow and Postie are US companies. Hostique keeps the data in France.',
    '',
    '## Recently added: Postie',
    '',
    '- **Postie’s DPA:** https://postie.example/legal/dpa',
    '- **Status page:** https://status.postie.example',
  ].join('\n');
  const page = imported(md, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, e.entityCountry ?? 'none', (e.dpa as Obj | undefined)?.url ?? 'none']),
    [
      ['Payflow', 'US', 'none'],
      ['Hostique', 'none', 'none'],
      ['Postie', 'US', 'https://postie.example/legal/dpa'],
    ],
  );
  const fr = imported(
    '| Prestataire | Pays |\n|---|---|\n| Payflow | USA |\n\nPayflow et Hostique sont des sociétés américaines.\n',
    'p.md',
  );
  assert.equal(fr.get('Payflow')?.entityCountry, 'US');
  // Near-miss: the named vendor's customers are the companies, not the vendor.
  const customers = imported(
    '| Vendor | Where |\n|---|---|\n| Payflow | United States |\n\nPayflow’s customers are Irish firms.\n',
    'p.md',
  );
  assert.equal(customers.get('Payflow')?.entityCountry, undefined);
  const clients = imported(
    '| Prestataire | Pays |\n|---|---|\n| Payflow | USA |\n\nLes clients de Payflow sont des sociétés irlandaises.\n',
    'p.md',
  );
  assert.equal(clients.get('Payflow')?.entityCountry, undefined);
  const based = imported('| Vendor | Where |\n|---|---|\n| Payflow | United States |\n\nPayflow’s users are based in Ireland.\n', 'p.md');
  assert.equal(based.get('Payflow')?.entityCountry, undefined);
});

test('a record’s "Mesures de sécurité" row "<Vendor> <scheme>" gives that vendor the certification; a scheme apart from the name does not', () => {
  const md = [
    '### Paiements',
    '',
    '| Champ | Détail |',
    '|---|---|',
    '| **Finalité** | Encaisser les abonnements |',
    '| **Mesures de sécurité** | Payflow PCI-DSS, chiffrement TLS |',
    '',
    '### Courriels',
    '',
    '| Champ | Détail |',
    '|---|---|',
    '| **Finalité** | Envoyer les courriels |',
    '| **Mesures de sécurité** | PCI-DSS géré par Postie, Postie journalisation |',
    '',
    '## Sous-traitants',
    '',
    '| Sous-traitant | Finalité | Localisation |',
    '|---|---|---|',
    '| Payflow | Paiements | UE |',
    '| Postie | Courriels | UE |',
  ].join('\n');
  const page = imported(md, 'p.md');
  assert.deepEqual(page.get('Payflow')?.certifications, ['pci-dss']);
  assert.equal(page.get('Postie')?.certifications, 'unknown');
});

test('a bold-led item "**Name** — role (place, certified scheme)" gives the place and the scheme; "DPA: <address>" under a heading naming the vendor, its DPA when on its site', () => {
  const list = [
    'Nous faisons appel aux sous-traitants suivants :',
    '',
    '- **Payflow** — paiements (Irlande)',
    '- **Hostique** — hébergement (France, avec certification HDS)',
  ].join('\n');
  const items = imported(list, 'p.md');
  assert.deepEqual(
    [...items.values()].map((e) => [e.name, e.purpose, countries(e), e.certifications]),
    [
      ['Payflow', 'paiements', ['IE'], 'unknown'],
      ['Hostique', 'hébergement', ['FR'], ['hds']],
    ],
  );
  const md = [
    '| Subprocessor | Purpose | Region |',
    '|---|---|---|',
    '| Payflow Inc. | Payments | US |',
    '| Postie Ltd | Email | Ireland |',
    '',
    '## Recent changes',
    '',
    '### Payflow Inc.',
    '',
    'Added in May.',
    '',
    '- **DPA:** https://payflow.example/legal/dpa',
    '',
    '### Postie Ltd',
    '',
    'Postie Ltd was added in June.',
    '',
    '- **DPA:** https://ourcompany.example/dpa',
  ].join('\n');
  const page = imported(md, 'p.md');
  assert.equal((page.get('Payflow Inc.')?.dpa as Obj | undefined)?.url, 'https://payflow.example/legal/dpa');
  assert.equal((page.get('Postie Ltd')?.dpa as Obj | undefined)?.url, undefined);
  // A label naming another page beside the agreement ("DPA / Privacy"): the agreement only when the address says so.
  const both = (address: string) =>
    imported(['### Payflow Inc.', '', '- **Rôle** : paiements', `- **DPA / Privacy** : ${address}`].join('\n'), 'p.md');
  assert.equal((both('https://payflow.example/legal/privacy/').get('Payflow Inc.')?.dpa as Obj | undefined)?.url, undefined);
  assert.equal(
    (both('https://payflow.example/legal/dpa').get('Payflow Inc.')?.dpa as Obj | undefined)?.url,
    'https://payflow.example/legal/dpa',
  );
});

test('a cell of place and mechanism in one ("UE/USA — clauses contractuelles types") gives both, under either column', () => {
  assert.deepEqual(placeAndMechanisms('UE/USA — clauses contractuelles types'), { places: 'UE/USA', mechanisms: ['scc'] });
  // A full stop inside the parenthesis ends no part; a part that denies the mechanism gives none.
  assert.deepEqual(placeAndMechanisms('United States — Standard Data Protection Clauses (Art. 46 para. 2 lit. c GDPR)'), {
    places: 'United States',
    mechanisms: ['scc'],
  });
  assert.deepEqual(placeAndMechanisms('Canada – no SCCs needed'), { places: 'Canada', mechanisms: [] });
  // "USA (SCCs)": a place, with the mechanism in its brackets.
  assert.deepEqual(placeAndMechanisms('Brazil (SCCs)'), { places: 'Brazil', mechanisms: ['scc'] });
  assert.deepEqual(placeAndMechanisms('Japan (Adequacy)'), { places: 'Japan', mechanisms: ['adequacy'] });
  // A slash between spaces parts a place from the safeguard beside it; "avec garanties …" after a place is no place.
  assert.deepEqual(placeAndMechanisms('France (zone choisie) / CCT pour une partie des outils'), {
    places: 'France (zone choisie)',
    mechanisms: ['scc'],
  });
  assert.deepEqual(readLocation('Suisse / Canada avec garanties contractuelles').countries, ['CH', 'CA']);
  assert.deepEqual(readLocation('Brazil with appropriate safeguards').countries, ['BR']);
  // "Canada (Edge EU)", "Norway (backups Sweden)": a place the data also runs or is kept in, beside the main one.
  assert.deepEqual(readLocation('Canada (Edge EU)').countries, ['CA', 'EU']);
  assert.deepEqual(readLocation('Norway (backups Sweden)').countries, ['NO', 'SE']);
  assert.deepEqual(readLocation('FR (VPS Acme)').countries, ['FR']);

  const md = `| Sous-traitant ultérieur | Prestation | Localisation / garanties |
|---|---|---|
| Acme Base | Base de données | UE [région à confirmer] |
| Hôte Nuage | Hébergement | UE/USA — clauses contractuelles types |
| Courriel Plus | Emails | Suisse |
`;
  const byName = imported(md, 'dpa.md');
  // A template's blank beside a place is no place: the EU is what the cell states.
  assert.deepEqual(countries(byName.get('Acme Base')), ['EU']);
  assert.equal(mechanisms(byName.get('Acme Base')), 'none');
  assert.deepEqual(countries(byName.get('Hôte Nuage')), ['EU', 'US']);
  assert.deepEqual(mechanisms(byName.get('Hôte Nuage')), ['scc']);
  assert.deepEqual(countries(byName.get('Courriel Plus')), ['CH']);

  const en = `| Vendor | Purpose | Location |
|---|---|---|
| Mailer Co | Email | United States — EU Standard Contractual Clauses |
| Store Co | Storage | Germany |
`;
  const rows = imported(en, 'list.md');
  assert.deepEqual(countries(rows.get('Mailer Co')), ['US']);
  assert.deepEqual(mechanisms(rows.get('Mailer Co')), ['scc']);
  assert.equal(mechanisms(rows.get('Store Co')), 'none');
});

test('a column of mechanisms beside a column of places: the places are read from their own column only', () => {
  const md = `| Vendor | Location | Transfer mechanism |
|---|---|---|
| Mailer Co | Ireland | EU SCCs — United States |
`;
  const mailer = imported(md, 'list.md').get('Mailer Co');
  assert.deepEqual(countries(mailer), ['IE']);
  assert.deepEqual(mechanisms(mailer), ['scc']);
});

test('footnotes after a table, one per line: each is its own sentence; a scheme named in one is not certified by another', () => {
  const md = `| Raison sociale | Rôle | Pays |
|---|---|---|
| Hébergeur Un | Hébergeur | France |
| Base Deux | Sous-traitant | France |

<sup>1</sup> : Hébergeur Un respecte les exigences du chapitre 19.6 du référentiel SecNumCloud.<br>
<sup>2</sup> : Exemption de Base Deux au titre du contrôle exercé par Hébergeur Un, vérifié lors des audits de certification.
`;
  const byName = imported(md, 'hds.md');
  assert.equal(byName.get('Hébergeur Un')!.certifications, 'unknown');
  assert.equal(byName.get('Base Deux')!.certifications, 'unknown');
  // The same words on one line, the scheme said held: certified.
  const held = imported(md.replace(/<sup>1[\s\S]*$/, 'Hébergeur Un est certifié SecNumCloud et HDS.\n'), 'hds.md');
  assert.deepEqual(held.get('Hébergeur Un')!.certifications, ['secnumcloud', 'hds']);
});

test('a paragraph that names vendors and says what their transfers rest on gives them the mechanism; vendors it does not name get none', () => {
  const md = `## Sous-traitants

| Sous-traitant | Finalité | Pays |
|---|---|---|
| Basedonnees Inc. | Base de données | Irlande |
| Pagesweb Inc. | Hébergement | États-Unis |
| Courrier | Emails | États-Unis |
| Paiement Ltd | Paiements | Irlande |

## Transferts

Deux prestataires sont établis aux États-Unis : Pagesweb et Courrier. Les transferts correspondants sont encadrés par les clauses contractuelles types de la Commission européenne.
`;
  const byName = imported(md, 'p.md');
  // "Pagesweb" names "Pagesweb Inc.": the brand without its legal form.
  assert.deepEqual(mechanisms(byName.get('Pagesweb Inc.')), ['scc']);
  assert.deepEqual(mechanisms(byName.get('Courrier')), ['scc']);
  assert.equal(mechanisms(byName.get('Basedonnees Inc.')), 'none');
  assert.equal(mechanisms(byName.get('Paiement Ltd')), 'none');

  // The mechanism in the list the paragraph introduces; two named together are both stated, two alternatives
  // neither (corpus README: "X or Y" settles nothing).
  const listed = md.replace(
    /Deux prestataires[\s\S]*$/,
    'La plupart sont aux États-Unis (Pagesweb, Courrier). Les transferts sont fondés sur :\n\n- les **clauses contractuelles types** et le **Data Privacy Framework** ;\n- le chiffrement en transit.\n',
  );
  const fromList = imported(listed, 'p.md');
  assert.deepEqual(mechanisms(fromList.get('Pagesweb Inc.')), ['scc', 'dpf']);
  assert.equal(mechanisms(fromList.get('Paiement Ltd')), 'none');
  const offered = imported(listed.replace('** et le **', '** ou le **'), 'p.md');
  assert.equal(mechanisms(offered.get('Pagesweb Inc.')), 'none');

  // A paragraph that denies or only conditions the mechanism states none.
  for (const sentence of [
    'Pagesweb et Courrier ne reposent pas sur les clauses contractuelles types pour ces transferts.',
    'Pagesweb and Courrier may rely on Standard Contractual Clauses for transfers.',
  ]) {
    const said = imported(md.replace(/Deux prestataires[\s\S]*$/, `${sentence}\n`), 'p.md');
    assert.equal(mechanisms(said.get('Pagesweb Inc.')), 'none', sentence);
  }
});

test('a long sentence naming many vendors: each note quotes its opening clause, the clause naming the vendor and its last; the file quotes it whole once', () => {
  const stems = ['Arpège', 'Boréal', 'Cobalt', 'Dolmen', 'Écume', 'Falaise', 'Granit', 'Héron', 'Iris', 'Jade', 'Kaolin', 'Lagune'];
  const names = [...stems, ...stems.map((s) => `${s} Bis`), ...stems.map((s) => `${s} Ter`)].map((s) => `${s} Données SAS`);
  const sentence = `Les transferts vers les États-Unis sont encadrés par les clauses contractuelles types de la Commission européenne pour les prestataires suivants : ${names.slice(0, -1).join(', ')} et ${names.at(-1)}.`;
  const md = `# Sous-traitants\n\n| Sous-traitant | Pays |\n| --- | --- |\n${names.map((n) => `| ${n} | États-Unis |\n`).join('')}\n${sentence}\n`;
  const { value, yaml } = pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' });
  const byName = new Map((value.subprocessors as Obj[]).map((e) => [String(e.name), e]));
  assert.ok(sentence.length > 900);
  // The fact is read from the whole sentence, for every vendor it names.
  for (const name of names) assert.deepEqual(mechanisms(byName.get(name)), ['scc'], name);
  const note = String(byName.get('Kaolin Bis Données SAS')!.note);
  assert.ok(note.length < 400, note);
  // The words that state the fact, the vendor's name among the others, and "…" where words are left out.
  assert.match(
    note,
    /^Transfert: Les transferts vers les États-Unis sont encadrés par les clauses contractuelles types de la Commission européenne/,
  );
  assert.match(note, / … Kaolin Bis Données SAS … /);
  assert.match(note, /et Lagune Ter Données SAS\.$/);
  assert.doesNotMatch(note, /Dolmen Bis/);
  // Each vendor's note quotes its own name; the first's follows the opening clause.
  for (const name of names) assert.ok(String(byName.get(name)!.note).includes(name), name);
  assert.match(String(byName.get('Arpège Données SAS')!.note), /suivants : Arpège Données SAS … /);
  // The whole sentence stays in the file, once.
  assert.equal(yaml.split(sentence).length - 1, 1);

  // A sentence of a few names, under the bound, is quoted whole in each note.
  const short = `Les transferts vers les États-Unis sont encadrés par les clauses contractuelles types pour ${names[0]}, ${names[1]} et ${names[2]}.`;
  const few = imported(`${md.slice(0, md.lastIndexOf(sentence))}${short}\n`, 'p.md');
  assert.equal(few.get(names[1]!)!.note, `Transfert: ${short}`);
});

test('a data flow goes to the entry whose name it holds as words, the longest of them, never the entry itself; another flow stays in the note', () => {
  const md = `| Name | Location | Data flow |
| --- | --- | --- |
| Relais | France | sends bounced mail to relais and to Postal Cloud |
| Postal | France | forwards logs to RELAIS |
| Postal Cloud | Ireland | copies its backups to Postal |
| Archive | France | keeps a copy with a printer |
`;
  const byName = imported(md, 'p.md');
  // "Postal Cloud", not "Postal", the longer name the words hold; "relais" is the entry itself.
  assert.deepEqual(byName.get('Relais')!.dataFlows, [
    { to: 'postal-cloud', description: 'sends bounced mail to relais and to Postal Cloud' },
  ]);
  // Whatever the case of its letters.
  assert.deepEqual(byName.get('Postal')!.dataFlows, [{ to: 'relais', description: 'forwards logs to RELAIS' }]);
  assert.deepEqual(byName.get('Postal Cloud')!.dataFlows, [{ to: 'postal', description: 'copies its backups to Postal' }]);
  assert.equal(byName.get('Archive')!.dataFlows, undefined);
  assert.match(String(byName.get('Archive')!.note), /keeps a copy with a printer/);
});

test('a paragraph naming only the first word of several entries ("(Google)") names them; "Google Analytics" names no other Google entry', () => {
  const md = `## Sous-traitants

| Sous-traitant | Finalité |
|---|---|
| Google Gemini API | IA |
| Google AdMob | Publicité |
| Mailer | Emails |

## Transferts internationaux

Certains de nos sous-traitants (Google) peuvent traiter des données hors UE. Ces transferts sont encadrés par les Clauses Contractuelles Types.
`;
  const byName = imported(md, 'p.md');
  assert.deepEqual(mechanisms(byName.get('Google Gemini API')), ['scc']);
  assert.deepEqual(mechanisms(byName.get('Google AdMob')), ['scc']);
  assert.equal(mechanisms(byName.get('Mailer')), 'none');
  const other = imported(md.replace('(Google)', '(Google Analytics)'), 'p.md');
  assert.equal(mechanisms(other.get('Google AdMob')), 'none');
});

test('a name cell that holds the postal address after the name: the name apart, and the country the address gives', () => {
  assert.deepEqual(nameAndPostalAddress('Beta Mail, Inc., 12 Main Street, Springfield IL 62701, USA'), {
    name: 'Beta Mail, Inc.',
    address: '12 Main Street, Springfield IL 62701, USA',
  });
  assert.deepEqual(
    nameAndPostalAddress('Hosting Nord GmbH – boxes, Lindenstr. 4, D-10115 Berlin, Germany').name,
    'Hosting Nord GmbH – boxes',
  );
  // A name whose company stands in brackets ends at them, a register number after them included; commas inside
  // brackets part nothing.
  assert.deepEqual(nameAndPostalAddress('Relay (Relay Systems, Inc.) 5550123, 9 Pine Street, Austin, TX 78701, USA'), {
    name: 'Relay (Relay Systems, Inc.)',
    address: '9 Pine Street, Austin, TX 78701, USA',
  });
  assert.deepEqual(nameAndPostalAddress('Delta Ops (Delta Ops Ltd), Riverside House, 4 Quay Street, Bristol, BS1 4DJ, UK'), {
    name: 'Delta Ops (Delta Ops Ltd)',
    address: 'Riverside House, 4 Quay Street, Bristol, BS1 4DJ, UK',
  });
  // A number that is no address ("Product 2") or an address naming no country keeps the cell whole.
  assert.deepEqual(nameAndPostalAddress('Acme, Product 2'), { name: 'Acme, Product 2' });
  assert.deepEqual(nameAndPostalAddress('Gamma Ltd'), { name: 'Gamma Ltd' });

  const md = `| Sub-processor | Service |
|---|---|
| Relay B.V., Kanaalweg 10, 1012 AB Amsterdam, Netherlands | SMS |
| Beta Mail, Inc., 12 Main Street, Springfield IL 62701, USA | Email |
`;
  const byName = imported(md, 'l.md');
  assert.equal(byName.get('Relay B.V.')!.entityCountry, 'NL');
  assert.equal(byName.get('Beta Mail, Inc.')!.entityCountry, 'US');
});

test('a vendor card in prose: "Name (Entity, City, Country)" gives entity and country; its labelled lines give their facts', () => {
  const html = `<h1>Confidentialité</h1>
<h2>Hébergement</h2>
<p><strong>Nuage</strong> (Nuage SAS, Lyon, France)</p>
<p>Hébergement du site. Données traitées : journaux.</p>
<h2>Envois</h2>
<p><strong>Postier</strong> (Postier Inc., Austin, États-Unis)</p>
<p>Envoi des emails.</p>
<p>Cadre du transfert hors UE : Clauses Contractuelles Types de la Commission européenne.</p>
<p><strong>Carnet</strong> (agenda partagé)</p>
<p>Prise de rendez-vous.</p>
<h2>Mise à jour</h2>
<p>Dernière mise à jour</p>
<p>12 mars 2026</p>`;
  const page = readPage(html, 'p.html');
  assert.equal(page.lastUpdated, '12 mars 2026');
  const value = pageToInventory(page, { today: '2026-12-01' }).value;
  assert.equal((value.inventory as Obj).lastUpdated, '2026-03-12');
  const byName = new Map((value.subprocessors as Obj[]).map((e) => [String(e.name), e]));
  assert.equal(byName.get('Nuage')!.entity, 'Nuage SAS');
  assert.equal(byName.get('Nuage')!.entityCountry, 'FR');
  assert.equal(mechanisms(byName.get('Nuage')), 'none');
  assert.equal(byName.get('Postier')!.entity, 'Postier Inc.');
  assert.equal(byName.get('Postier')!.entityCountry, 'US');
  assert.deepEqual(mechanisms(byName.get('Postier')), ['scc']);
  // A parenthesis with no legal form says what the vendor does: no entity, no country.
  assert.equal(byName.get('Carnet')!.entity, 'unknown');
  assert.equal(byName.get('Carnet')!.entityCountry, undefined);
});

test('a column that asks one certification ("ISO/IEC 27001 accredited", "Qualifié SecNumCloud 3.2") gives it on "Yes"/"Oui" only', () => {
  const md = `| Vendor | Purpose | ISO/IEC 27001 accredited | Qualifié SecNumCloud 3.2 |
|---|---|---|---|
| Cloud One | Hosting | Yes | Oui |
| Cloud Two | Hosting | Aiming for completion next year | Non |
`;
  const byName = imported(md, 'l.md');
  assert.deepEqual(byName.get('Cloud One')!.certifications, ['iso27001', 'secnumcloud']);
  assert.equal(byName.get('Cloud Two')!.certifications, 'unknown');
});

test('a third-country access column: "Oui. … décision d’adéquation … : Canada, Royaume-Uni" gives access and its basis; "Non, aucun accès" none', () => {
  const md = `| Raison sociale | Rôle | Accès depuis un pays tiers |
|---|---|---|
| Base Un | Sous-traitant | Oui. Pays concernés couverts par une décision d’adéquation au sens de l’article 45 du RGPD : Canada, Royaume-Uni. |
| Hôte Deux | Hébergeur | Non, aucun accès aux données depuis un pays tiers à l’Espace Économique Européen |
`;
  const byName = imported(md, 'hds.md');
  assert.deepEqual((byName.get('Base Un')!.access as Obj).countries, ['CA', 'GB']);
  assert.deepEqual(mechanisms(byName.get('Base Un')), ['adequacy']);
  assert.equal(byName.get('Hôte Deux')!.access, undefined);
  assert.equal(mechanisms(byName.get('Hôte Deux')), 'none');
});

test('"EU West (Ireland)" is the EU and Ireland; a "UK ICO Addendum" is the UK addendum', () => {
  assert.deepEqual(readLocation('EU West (Ireland) — no restricted transfer').countries, ['EU', 'IE']);
  assert.deepEqual(readLocation('US East').countries, ['US']);
  assert.deepEqual(mechanismsIn('Vendor DPA with EU SCCs and UK ICO Addendum').mechanisms, ['scc', 'uk-addendum']);
});

test('a contact section with an address for security questions and one for data-protection questions gives the latter', () => {
  const md = `# Trust

| Vendor | Location |
|---|---|
| Host | Ireland |

## Contact

For any security or privacy questions, contact us at security@example.com.

For DPA requests or GDPR queries, contact privacy@example.com.
`;
  assert.equal(readPage(md, 't.md').contact, 'For DPA requests or GDPR queries, contact privacy@example.com.');
  // The first address, when none is for security.
  const two = md.replace('For any security or privacy questions', 'Questions about your data');
  assert.equal(readPage(two, 't.md').contact, 'Questions about your data, contact us at security@example.com.');
});

test('"ISO 27001/27018" beside a place names both schemes; a parenthesis after the seat\'s country is not the seat', () => {
  const md = `| Sous-traitant | Rôle | Localisation / garanties | Siège |
|---|---|---|---|
| Nuage Un | Hébergement | Irlande (UE) — DPA, ISO 27001/27018 | Delaware, USA (infra EU Francfort) |
| Nuage Deux | Emails | France | Paris, France |
`;
  const byName = imported(md, 'p.md');
  assert.deepEqual(byName.get('Nuage Un')!.certifications, ['iso27001', 'iso27018']);
  assert.deepEqual(countries(byName.get('Nuage Un')), ['IE', 'EU']);
  assert.equal(byName.get('Nuage Un')!.entityCountry, 'US');
  assert.equal(byName.get('Nuage Deux')!.entityCountry, 'FR');
  assert.equal(byName.get('Nuage Deux')!.certifications, 'unknown');
});

test('a sentence introducing a list of sub-processors with where they are located gives each listed entry that country', () => {
  const md = `# Vendors

The following subprocessors are all located in the United States:

* [Mailbox](https://mailbox.example) - Newsletters
* [Cloudy](https://cloudy.example) - Hosting

This subprocessor is located in the United Kingdom:

* [Tipjar](https://tipjar.example) - Payments

These vendors are located in Europe:

* [Roamer](https://roamer.example) - Support
`;
  const byName = imported(md, 'v.md');
  assert.equal(byName.get('Mailbox')!.entityCountry, 'US');
  assert.equal(byName.get('Cloudy')!.entityCountry, 'US');
  assert.equal(byName.get('Tipjar')!.entityCountry, 'GB');
  // "Europe" is no country: nothing.
  assert.equal(byName.get('Roamer')!.entityCountry, undefined);
});

test("an entry's own description that says where it is hosted gives its place; a conditional one does not", () => {
  const md = `| Vendor | Purpose |
|---|---|
| Basey | Managed database. Currently hosted in Singapore; see below. |
| Hosty | Infrastructure - we only host in Dublin, Ireland (EU) |
| Maybe | Email. Data may be hosted in the United States if you enable it. |
`;
  const byName = imported(md, 'v.md');
  assert.deepEqual(countries(byName.get('Basey')), ['SG']);
  // "Dublin, Ireland (EU)": the city, its country and the EU around it, as "Irlande (UE)" gives both.
  assert.deepEqual(countries(byName.get('Hosty')), ['IE', 'EU']);
  assert.equal(byName.get('Maybe')!.dataLocation, 'unknown');
});

test('page facts: "Last reviewed <date>", a contact sentence about providers, and "no AI training … by any provider above" for every entry', () => {
  const html = `<h1>Providers</h1>
<p>Acme · Last reviewed 3 August 2026 (Mailer added)</p>
<table><tr><th>Provider</th><th>Purpose</th><th>Notes</th></tr>
<tr><td>Hosty</td><td>Hosting</td><td>Servers</td></tr>
<tr><td>Mailer</td><td>Email</td><td>Trains on customer data.</td></tr></table>
<ul><li><strong>No AI training on your data</strong>, by us or by any provider above.</li></ul>
<p>To ask about a specific provider or object to a change, email owner@acme.example.</p>`;
  const page = readPage(html, 'p.html');
  assert.equal(page.lastUpdated, '3 August 2026');
  assert.equal(page.contact, 'owner@acme.example');
  const value = pageToInventory(page, { today: '2026-12-01' }).value;
  const byName = new Map((value.subprocessors as Obj[]).map((e) => [String(e.name), e]));
  assert.deepEqual(byName.get('Hosty')!.ai, { trainsOnCustomerData: false });
  // The entry's own words come first.
  assert.deepEqual(byName.get('Mailer')!.ai, { trainsOnCustomerData: true });
  // Without the sentence for all, nothing is said of training.
  const silent = readPage(html.replace(/<ul>.*<\/ul>/, ''), 'p.html');
  const none = (pageToInventory(silent, { today: '2026-12-01' }).value.subprocessors as Obj[]).find((e) => e.name === 'Hosty')!;
  assert.equal(none.ai, undefined);
});

test('a list of agreements ("Les DPA … sont consultables :" over "- Vendor : link") gives each named entry its DPA link', () => {
  const html = `<h1>Sous-traitants</h1>
<table><tr><th>Sous-traitant</th><th>Finalité</th></tr>
<tr><td>Basey Inc.</td><td>Base</td></tr><tr><td>Paiements Europe Ltd</td><td>Paiement</td></tr>
<tr><td>Google Maps</td><td>Cartes</td></tr><tr><td>Google Fonts</td><td>Polices</td></tr></table>
<h2>Justificatifs</h2>
<p>Les DPA des principaux fournisseurs sont publiquement consultables :</p>
<ul>
<li>Basey : <a href="https://basey.example/terms/customer">basey.example/terms</a></li>
<li>Paiements : <a href="https://pay.example/legal/dpa">pay.example/legal/dpa</a></li>
<li>Google : <a href="https://google.example/processorterms">google.example/processorterms</a></li>
</ul>
<h2>Liens</h2>
<ul><li>Basey : <a href="https://basey.example/blog">le blog</a></li></ul>`;
  const byName = imported(html, 'p.html');
  assert.deepEqual(byName.get('Basey Inc.')!.dpa, { type: 'dpa', url: 'https://basey.example/terms/customer' });
  assert.deepEqual(byName.get('Paiements Europe Ltd')!.dpa, { type: 'dpa', url: 'https://pay.example/legal/dpa' });
  // "Google" names two entries: neither gets the link.
  assert.equal((byName.get('Google Maps')!.dpa as Obj | undefined)?.url, undefined);
});

test('a column headed by a mechanism with its clauses ("Clauses CCT") answered "Oui (…)" states it; "Non requis" does not', () => {
  const md = `| Prestataire | Localisation | Clauses CCT |
|---|---|---|
| Nuagex | USA | Oui (CCT signées en 2024) |
| Postal | Irlande | Non requis (UE) |
`;
  const byName = imported(md, 'cct.md');
  assert.deepEqual(mechanisms(byName.get('Nuagex')), ['scc']);
  assert.equal(mechanisms(byName.get('Postal')), 'none');
});

test('a seat cell with a template note in brackets ("Canada [à vérifier]") gives the country it names', () => {
  const md = `| Sous-traitant | Siège |
|---|---|
| Érable Cloud | Canada [à vérifier] |
| Sans Lieu | [à compléter] |
`;
  const byName = imported(md, 'siege.md');
  assert.equal(byName.get('Érable Cloud')!.entityCountry, 'CA');
  assert.equal(byName.get('Sans Lieu')!.entityCountry, undefined);
});

test('a "Guarantees" column is read as the transfer safeguards: "EU SCCs (Module 3 – Processor to Processor)" states the SCCs', () => {
  const md = `| Subprocessor | Location | Guarantees |
|---|---|---|
| Helpline SA | Chile | EU Standard Contractual Clauses (Module 2 – Controller to Processor) |
| Localdesk SL | Spain | Data Processing Agreement |
`;
  const byName = imported(md, 'g.md');
  assert.deepEqual(mechanisms(byName.get('Helpline SA')), ['scc']);
  assert.equal(mechanisms(byName.get('Localdesk SL')), 'none');
});

test('alternatives under a column or a label of transfers ("Garanties : DPF ou CCT") settle nothing; "et/ou" states both', () => {
  const md = `| Prestataire | Pays | Garanties de transfert |
|---|---|---|
| Orion | États-Unis | DPF ou CCT |
| Vega | États-Unis | BCR or SCC |
| Lyra | États-Unis | CCT et/ou DPF |
| Rigel | États-Unis | CCT |
`;
  const byName = imported(md, 'garanties.md');
  assert.equal(mechanisms(byName.get('Orion')), 'none');
  assert.equal(mechanisms(byName.get('Vega')), 'none');
  assert.deepEqual(mechanisms(byName.get('Lyra')), ['scc', 'dpf']);
  assert.deepEqual(mechanisms(byName.get('Rigel')), ['scc']);
  // The same words after a label, in one section per vendor.
  const list = `## Sous-traitants

### Orion

- Finalité : hébergement
- Pays : États-Unis
- Garanties : DPF ou CCT

### Lyra

- Finalité : emails
- Pays : États-Unis
- Garanties : CCT et/ou DPF
`;
  const listed = imported(list, 'liste.md');
  assert.equal(mechanisms(listed.get('Orion')), 'none');
  assert.deepEqual(mechanisms(listed.get('Lyra')), ['scc', 'dpf']);
});

test('alternatives in a cell of a column with no meaning ("SCC or DPF", "DPF ou CCT") settle nothing; "et/ou" states both', () => {
  const md = `| Vendor | Location | Notes |
|---|---|---|
| Alpha | United States | SCC or DPF |
| Beta | United States | DPF ou CCT |
| Delta | United States | CCT et/ou DPF |
| Epsilon | United States | DPF, SCCs |
| Gamma | United States | SCCs for some transfers |
`;
  const byName = imported(md, 'l.md');
  // Which of the two applies is not said (corpus README: "X or Y" settles nothing).
  assert.equal(mechanisms(byName.get('Alpha')), 'none');
  assert.equal(mechanisms(byName.get('Beta')), 'none');
  assert.deepEqual(mechanisms(byName.get('Delta')), ['scc', 'dpf']);
  assert.deepEqual(mechanisms(byName.get('Epsilon')), ['dpf', 'scc']);
  // A part that says more than a mechanism names none here.
  assert.equal(mechanisms(byName.get('Gamma')), 'none');
});

test('a section about one vendor that says its data is not used to (re)train models gives that vendor trainsOnCustomerData: false', () => {
  const md = `# Sous-traitants

| Sous-traitant | Finalité |
|---|---|
| Modèle Corp | IA |
| Postier | Emails |

## Intelligence artificielle

- Les données transmises par API à Modèle Corp ne sont pas utilisées pour réentraîner les modèles.

## Courriels

- Chez Postier, les données ne sont pas utilisées pour réentraîner les modèles si vous le demandez.
`;
  const byName = imported(md, 's.md');
  assert.deepEqual(byName.get('Modèle Corp')!.ai, { trainsOnCustomerData: false });
  // A conditional sentence says nothing.
  assert.equal(byName.get('Postier')!.ai, undefined);
});

test('"Multi-régions UE (Francfort + Amsterdam)" is the EU and the two member states; "formation" as pages translate training', () => {
  assert.deepEqual(readLocation('Multi-régions UE (Francfort + Amsterdam)').countries, ['EU', 'DE', 'NL']);
  assert.deepEqual(readLocation('région UE').countries, ['EU']);
  assert.equal(trainsOnCustomerDataIn("DPA ; pas de formation sur les données d'API payantes"), false);
  assert.equal(trainsOnCustomerDataIn('DPA ; pas de rétention pour la formation'), false);
  // Training of staff is no training of models.
  assert.equal(trainsOnCustomerDataIn('Formation du personnel sur la protection des données'), undefined);
});

test("a paragraph that names a vendor and links the page's own agreement gives the vendor no DPA", () => {
  const md = `| Vendor | Purpose |
|---|---|
| Payco | Payments |

Payco processes card payments for us. Read [our DPA](https://acme.example/legal/dpa).
`;
  const payco = imported(md, 'p.md').get('Payco')!;
  assert.equal((payco.dpa as Obj | undefined)?.url, undefined);
});

test('certifications separated by ";", each with words around its name, give each known scheme and no made-up id', () => {
  const md = `| Sub-processor | Purpose | Certifications |
|---|---|---|
| Rack Host GmbH | Servers | ISO/IEC 27001 (Rack Host GmbH); SOC 2 Type II for the hosting part; PCI DSS |
| Queue Co | Messaging | Audited yearly; internal review |
`;
  const byName = imported(md, 'list.md');
  assert.deepEqual(byName.get('Rack Host GmbH')!.certifications, ['iso27001', 'soc2-type2', 'pci-dss']);
  // The page's words stay beside the ids, in the note.
  assert.match(String(byName.get('Rack Host GmbH')!.note), /for the hosting part/);
  // Words that name no scheme give none.
  assert.equal(byName.get('Queue Co')!.certifications, 'unknown');
});

test('a place that is only a provider\'s place in parentheses ("EU — Atlas cluster (GCP Belgium).") gives that country', () => {
  assert.deepEqual(readLocation('EU — managed cluster in region eu-3 (GCP Belgium).').countries, ['EU', 'BE']);
  assert.deepEqual(readLocation('Primary cluster (AWS Germany)').countries, ['DE']);
  // The page's words stay in the note.
  assert.equal(readLocation('Primary cluster (AWS Germany)').note, 'Primary cluster (AWS Germany)');
  // A parenthesis that names no provider's place gives nothing.
  assert.deepEqual(readLocation('Primary cluster (see our DPA)').countries, []);
});

test('a location cell that names certifications ("USA (SOC 2 Type II)") gives the place and the schemes', () => {
  const md = `| Vendor | Purpose | Location |
|---|---|---|
| Login Co | Authentication | USA (SOC 2 Type II) |
| Edge Co | CDN | Global (ISO 27001, PCI DSS) |
| Plain Co | Email | Germany (Frankfurt) |
`;
  const byName = imported(md, 'list.md');
  assert.deepEqual(countries(byName.get('Login Co')), ['US']);
  assert.deepEqual(byName.get('Login Co')!.certifications, ['soc2-type2']);
  assert.deepEqual(countries(byName.get('Edge Co')), ['GLOBAL']);
  assert.deepEqual(byName.get('Edge Co')!.certifications, ['iso27001', 'pci-dss']);
  // A place alone says nothing of certifications.
  assert.equal(byName.get('Plain Co')!.certifications, 'unknown');
});

test('French written without accents ("ne sont pas utilisees pour entrainer") says no training as the accented words do', () => {
  assert.equal(trainsOnCustomerDataIn('Aucune : les donnees envoyees ne sont pas utilisees pour entrainer des modeles'), false);
  assert.equal(trainsOnCustomerDataIn('Les requetes peuvent etre utilisees pour entrainer les modeles du fournisseur'), true);
  assert.equal(trainsOnCustomerDataIn('Les donnees sont hebergees en France'), undefined);
});

test('an agreement cell that names a mechanism ("DPA — Standard Contractual Clauses") gives the entry that mechanism', () => {
  const md = `| Vendor | Location | DPA |
|---|---|---|
| Trace Co | United States | [trace.example/dpa](https://trace.example/dpa) — Standard Contractual Clauses (SCCs) for transfers outside the EU |
| Mail Co | United States | Signed |
`;
  const byName = imported(md, 'list.md');
  assert.deepEqual(mechanisms(byName.get('Trace Co')), ['scc']);
  assert.equal(mechanisms(byName.get('Mail Co')), 'none');
});

test('the Czech Republic as French writes it ("République tchèque", "tchèque") is CZ', () => {
  assert.deepEqual(readLocation('République tchèque (UE)').countries, ['CZ', 'EU']);
  assert.deepEqual(readLocation('Republique tcheque, Europe').countries, ['CZ']);
  assert.deepEqual(readLocation('Czech Republic').countries, ['CZ']);
});

test("a privacy policy's notice of its own changes is not the sub-processor notice; one about the list or its vendors is", () => {
  const policy = `# Politique de confidentialité

| Sous-traitant | Finalité | Pays |
|---|---|---|
| Hôte Nuage | Hébergement | Allemagne |

## 9. Évolutions

Cette politique peut évoluer au fil du service.

Toute modification importante vous sera annoncée par courriel 15 jours avant son application.
`;
  assert.equal(readPage(policy, 'policy.md').noticeDays, undefined);
  const en = `# Privacy notice

| Vendor | Purpose | Location |
|---|---|---|
| Mailer Co | Email | Ireland |

## Changes

We may update this notice from time to time. Material changes are announced 20 days before they apply.
`;
  assert.equal(readPage(en, 'notice.md').noticeDays, undefined);
  // The same words about the list, or under a heading that does not name the document: the notice.
  const list = policy.replace('Cette politique peut évoluer au fil du service.', 'Cette liste peut évoluer au fil du service.');
  assert.equal(readPage(list, 'list.md').noticeDays, 15);
  const changes = en.replace('We may update this notice from time to time. ', '');
  assert.equal(readPage(changes, 'changes.md').noticeDays, 20);
  // "trente (30) jours avant": the number in words, then in figures.
  const fr = `| Sous-traitant | Pays |
|---|---|
| Hôte Nuage | Allemagne |

Tout ajout d'un sous-traitant ultérieur est signalé au moins trente (30) jours avant sa mise en œuvre.
`;
  assert.equal(readPage(fr, 'dpa.md').noticeDays, 30);
});

test("a policy's changes section apart from its sub-processors' section gives no notice; the list's own section does", () => {
  const fr = `# Politique de confidentialité

## 4. Sous-traitants

| Sous-traitant | Finalité | Pays |
|---|---|---|
| Hôte Nuage | Hébergement | Belgique |

## 9. Modifications

Toute modification substantielle sera annoncée par courriel au moins 30 jours avant son application.
`;
  assert.equal(readPage(fr, 'policy.md').noticeDays, undefined);
  const en = `# Privacy Policy

## 3. Service providers

| Vendor | Purpose | Location |
|---|---|---|
| Mailer Co | Email | Ireland |

## 8. Updates

Material changes will be announced by email at least 15 days before they take effect.
`;
  assert.equal(readPage(en, 'policy.md').noticeDays, undefined);
  // The same words in the sub-processors' own section, or on a page titled as the list: the notice.
  const inSection = fr.replace('\n## 9. Modifications\n', '');
  assert.equal(readPage(inSection, 'policy.md').noticeDays, 30);
  const list = en.replace('# Privacy Policy', '# Sub-processors');
  assert.equal(readPage(list, 'list.md').noticeDays, 15);
});

test('"les sous-traitants US (A, B)" in a transfer sentence: those companies are in the US, the mechanism is theirs', () => {
  const facts = (md: string) =>
    (
      pageToInventory(readPage(md, 'p.md'), { today: '2026-12-01' }).value as {
        subprocessors: { name: string; entityCountry?: string; dataLocation?: { countries: string[] }; transfer?: { mechanism: string } }[];
      }
    ).subprocessors.map((e) => [e.name, e.entityCountry, e.dataLocation?.countries, e.transfer?.mechanism]);
  const fr = [
    '| Sous-traitant | Finalité | Localisation | Garanties |',
    '|---|---|---|---|',
    '| Modela Inc. | IA | États-Unis | DPA + CCT |',
    '| Payco Inc. | Paiements | Irlande | DPA Payco |',
    '| Nuagier | CDN | UE principalement | DPA |',
    '',
    'Pour les sous-traitants US (Modela, Payco) : transfert encadré par les clauses contractuelles types.',
  ].join('\n');
  // Payco's cell names an agreement only, so the sentence says its mechanism; its data stays in Ireland, as its row
  // says. "UE principalement": the place the data mostly is, the EU.
  assert.deepEqual(facts(fr), [
    ['Modela Inc.', 'US', ['US'], 'scc'],
    ['Payco Inc.', 'US', ['IE'], 'scc'],
    ['Nuagier', undefined, ['EU'], undefined],
  ]);
  const en = [
    '| Vendor | Purpose | Location | Safeguards |',
    '|---|---|---|---|',
    '| Modela Inc. | AI | United States | DPA |',
    '| Payco Inc. | Payments | Ireland | DPA |',
    '| Nuagier | CDN | mainly EU | DPA |',
    '',
    'For our US sub-processors (Modela, Payco), transfers rely on the standard contractual clauses.',
  ].join('\n');
  assert.deepEqual(facts(en), [
    ['Modela Inc.', 'US', ['US'], 'scc'],
    ['Payco Inc.', 'US', ['IE'], 'scc'],
    ['Nuagier', undefined, ['EU'], undefined],
  ]);
});

test('certifications named in a safeguards cell are held, and "ISO 27001/27017/27018" is three schemes', () => {
  const fr = `| Sous-traitant | Finalité | Garanties RGPD |
|---|---|---|
| Nuage Lumière | Hébergement | Certifié ISO 27001/27017/27018 ; DPA signé |
| Paiements Tessel | Paiement | Conformité PCI-DSS niveau 1<br>Clauses contractuelles types |
| Courriel Plus | E-mails | DPA signé |
`;
  const frByName = imported(fr, 'garanties.md');
  assert.deepEqual(frByName.get('Nuage Lumière')?.certifications, ['iso27001', 'iso27017', 'iso27018']);
  assert.deepEqual(frByName.get('Paiements Tessel')?.certifications, ['pci-dss']);
  assert.deepEqual(mechanisms(frByName.get('Paiements Tessel')), ['scc']);
  assert.equal(frByName.get('Courriel Plus')?.certifications, 'unknown');

  const en = `| Vendor | Purpose | Safeguards |
|---|---|---|
| Lantern Cloud | Hosting | ISO/IEC 27001, 27017 and 27018 certified; SCCs |
| Quill Mail | Email | GDPR compliant |
`;
  const enByName = imported(en, 'safeguards.md');
  assert.deepEqual(enByName.get('Lantern Cloud')?.certifications, ['iso27001', 'iso27017', 'iso27018']);
  // A claim is no certification.
  assert.equal(enByName.get('Quill Mail')?.certifications, 'unknown');
});

test('"transfers to <countries> are covered by <mechanism>" gives that mechanism to the entries whose data or company is there', () => {
  const fr = `| Prestataire | Finalité | Pays de l'entité | Localisation |
|---|---|---|---|
| Nuage Lumière | Hébergement | Canada | Canada |
| Courriel Plus | E-mails | Émirats arabes unis | |
| Paiements Tessel | Paiement | Irlande | Irlande |
| Archives Nord | Sauvegarde | | Canada (DPF) |

Les transferts vers le Canada et les Émirats arabes unis sont encadrés par les clauses contractuelles types et, le cas échéant, par une décision d'adéquation.
`;
  const frByName = imported(fr, 'transferts.md');
  // The clauses are the rule; what applies "le cas échéant" is none.
  assert.deepEqual(mechanisms(frByName.get('Nuage Lumière')), ['scc']);
  assert.deepEqual(mechanisms(frByName.get('Courriel Plus')), ['scc']);
  // Not one of the countries named.
  assert.equal(mechanisms(frByName.get('Paiements Tessel')), 'none');
  // An entry's own mechanism stays its own.
  assert.deepEqual(mechanisms(frByName.get('Archives Nord')), ['dpf']);

  const en = `| Vendor | Purpose | Location |
|---|---|---|
| Lantern Cloud | Hosting | Canada |
| Quill Mail | Email | Canada |

Transfers to Canada may rely on Standard Contractual Clauses.
`;
  // "may": no rule.
  assert.ok([...imported(en, 'may.md').values()].every((e) => mechanisms(e) === 'none'));
  const enByName = imported(en.replace('may rely', 'rely'), 'rule.md');
  assert.deepEqual(mechanisms(enByName.get('Quill Mail')), ['scc']);
});

test('a description that says where the servers are gives the entry that place; a possibility does not', () => {
  const en = `| Vendor | Purpose | Data |
|---|---|---|
| Lantern Cloud | Our backend runs here. All of our Lantern servers are in Canada. | Accounts |
| Quill Mail | Sends our email, on servers in Canada. | Emails |
| Tessel Pay | Payments. Some servers may be in Canada. | Cards |
`;
  const enByName = imported(en, 'servers.md');
  assert.deepEqual(countries(enByName.get('Lantern Cloud')), ['CA']);
  assert.deepEqual(countries(enByName.get('Quill Mail')), ['CA']);
  assert.equal(countries(enByName.get('Tessel Pay')), 'none');
  const fr = `| Prestataire | Finalité | Données |
|---|---|---|
| Nuage Lumière | Hébergement de l'application ; nos serveurs sont en Suisse. | Comptes |
| Courriel Plus | Envoi des e-mails. | Adresses |
`;
  const frByName = imported(fr, 'serveurs.md');
  assert.deepEqual(countries(frByName.get('Nuage Lumière')), ['CH']);
  assert.equal(countries(frByName.get('Courriel Plus')), 'none');
});

test('a seat cell with a clause on where the data is hosted gives both; "hébergé dans l’UE" is a place', () => {
  const en = `| Vendor | Purpose | Headquarters |
|---|---|---|
| Lantern Cloud | Hosting | Boston, USA — data hosted in Ireland |
| Quill Mail | Email | Boston, USA |
`;
  const enByName = imported(en, 'seat.md');
  assert.equal(enByName.get('Lantern Cloud')?.entityCountry, 'US');
  assert.deepEqual(countries(enByName.get('Lantern Cloud')), ['IE']);
  assert.equal(countries(enByName.get('Quill Mail')), 'none');
  const fr = `| Prestataire | Finalité | Siège |
|---|---|---|
| Nuage Lumière | Hébergement (hébergé dans l'Union européenne) | Lyon, France |
| Courriel Plus | E-mails | Genève, Suisse — données hébergées en Suisse |
`;
  const frByName = imported(fr, 'siege.md');
  assert.deepEqual(countries(frByName.get('Nuage Lumière')), ['EU']);
  assert.equal(frByName.get('Courriel Plus')?.entityCountry, 'CH');
  assert.deepEqual(countries(frByName.get('Courriel Plus')), ['CH']);
});

test('a labelled sentence inside a description ("Transfer mechanism: SCCs.") is read as that column would be', () => {
  const en = `| Vendor | Purpose | Location |
|---|---|---|
| Lantern Cloud | Chat widget. Transfer mechanism: Standard Contractual Clauses. Certifications: ISO 27001. | Canada |
| Quill Mail | Email. Our mechanism for this is under review. | Canada |
`;
  const enByName = imported(en, 'labels.md');
  assert.deepEqual(mechanisms(enByName.get('Lantern Cloud')), ['scc']);
  assert.deepEqual(enByName.get('Lantern Cloud')?.certifications, ['iso27001']);
  assert.equal(mechanisms(enByName.get('Quill Mail')), 'none');
  const fr = `| Prestataire | Finalité | Localisation |
|---|---|---|
| Nuage Lumière | Hébergement. Garanties : clauses contractuelles types. | Canada |
`;
  assert.deepEqual(mechanisms(imported(fr, 'garanties.md').get('Nuage Lumière')), ['scc']);
});

test("a mechanism a sentence of the entry's own description names is its transfer; a case, a denial or a choice is none", () => {
  const md = `## Nos prestataires

- **Paiekit Inc.** (paiements) — États-Unis. Transfert encadré par les clauses contractuelles types de la Commission.
- **Modela LLC** — Génération de texte. Données pseudonymisées. CCT applicables.
- **Posta SA** — Emails. Les CCT s'appliquent si nécessaire.
- **Cloudo Inc.** — Stockage. Transferts fondés sur les CCT ou le DPF.
- **Localo SAS** — Hébergement en France, aucun transfert hors UE, pas de CCT.
- **Authix** — Connexion. Transfert hors UE éventuel encadré par le Data Privacy Framework [à confirmer].
- **Relaya** — SMS. Transferts encadrés par les CCT, au besoin.
- **Duo Inc.** — Support. Transferts encadrés par les CCT et, le cas échéant, le DPF.
`;
  const byName = imported(md, 'p.md');
  assert.deepEqual(mechanisms(byName.get('Paiekit Inc.')), ['scc']);
  assert.deepEqual(mechanisms(byName.get('Modela LLC')), ['scc']);
  assert.equal(mechanisms(byName.get('Posta SA')), 'none');
  assert.equal(mechanisms(byName.get('Cloudo Inc.')), 'none');
  assert.equal(mechanisms(byName.get('Localo SAS')), 'none');
  // A transfer only possible, its framework still to be confirmed: no mechanism is stated.
  assert.equal(mechanisms(byName.get('Authix')), 'none');
  // Words that leave the case open cover the mechanisms they follow or lead into, not the others (corpus README).
  assert.equal(mechanisms(byName.get('Relaya')), 'none');
  assert.deepEqual(mechanisms(byName.get('Duo Inc.')), ['scc']);
});

test('a description that lists where data is stored gives every place of the list, each list up to its first non-place', () => {
  assert.equal(storedIn('Models run on servers in Canada, Oceania (Sydney), and Europe.'), 'Canada, Oceania (Sydney), Europe');
  assert.equal(
    storedIn('Most servers are in Canada, with a few backup nodes located in cloud regions in (Osaka) and Europe (Madrid).'),
    'Canada, Osaka, Europe (Madrid)',
  );
  // The list ends where other words begin; a place with what its brackets add is kept whole.
  assert.equal(storedIn('Backups are stored in Norway for 30 days.'), 'Norway');
  // Where the data at rest lies, after its host's name: each place of the list, a city its own.
  assert.equal(storedIn('All data at rest within the Nuvola Dublin / Milan regions.'), 'Dublin, Milan');
  assert.equal(storedIn('Les données au repos dans les régions Nuvola de Lyon et Lille.'), 'Lyon, Lille');
  assert.equal(storedIn('Files are encrypted at rest within the database.'), undefined);
  assert.equal(storedIn('Logs are kept in Ireland, which is in the EU.'), 'Ireland');
  assert.equal(storedIn('Files are hosted in Frankfurt (eu-central-1) and Paris.'), 'Frankfurt (eu-central-1), Paris');
  assert.equal(storedIn('Data is hosted in our own racks.'), undefined);
  // Hosted on a provider's region: the region, whose country it says.
  assert.equal(storedIn('Les fichiers sont hébergés sur GCP europe-west1 (Belgique).'), 'GCP europe-west1 (Belgique)');
  assert.equal(storedIn('Data is hosted on AWS eu-north-1.'), 'AWS eu-north-1');
  assert.equal(storedIn('Data is hosted on our own racks in a basement.'), undefined);
  assert.equal(storedIn('Data is stored globally.'), undefined);

  const csv = `Vendor,Purpose
Nodeco,"Hosting. Most servers are in Canada, with a few nodes located in cloud regions in (Osaka) and Europe (Madrid)."
`;
  const e = imported(csv, 'list.csv').get('Nodeco');
  assert.deepEqual(countries(e), ['CA', 'JP', 'ES']);
  assert.match(String((e?.dataLocation as Obj).note), /Europe/);
});

test('"located in" says where its subject is: the data\'s place only when the subject is data or machines', () => {
  assert.equal(storedIn('Servers are located in Germany.'), 'Germany');
  assert.equal(storedIn('Les données sont situées en France.'), 'France');
  assert.equal(storedIn('Located in Belgium.'), 'Belgium');
  // Someone else located there: the customers, a team, an office, a parent company.
  assert.equal(storedIn('Our customers are located in India.'), undefined);
  assert.equal(storedIn('The support team is located in Morocco.'), undefined);
  assert.equal(storedIn('Its parent company is located in Japan.'), undefined);
  assert.equal(storedIn('Notre équipe support est située au Maroc.'), undefined);
  assert.equal(storedIn('Nos clients sont localisés en Inde.'), undefined);
  // The company that hosts the data, and where that company is: its seat, not the data's place.
  assert.equal(storedIn('Les fichiers sont hébergés chez Nubo, société située en Belgique.'), undefined);
  assert.equal(storedIn('Customer files are hosted by Nubo, a company located in Belgium.'), undefined);
  assert.equal(storedIn('Les fichiers sont hébergés chez Nubo, dont le siège est situé en France.'), undefined);
  // Near-misses: the clause's subject is the data or its machines, and the place is theirs.
  assert.equal(storedIn('Customer files are hosted by Nubo, whose servers are located in Belgium.'), 'Belgium');
  assert.equal(storedIn('Les fichiers sont hébergés chez Nubo, sur des serveurs situés en Belgique.'), 'Belgique');
  // A comma inside brackets ends no clause: the machines are still the subject.
  assert.equal(storedIn('Nos serveurs sont loués à Nubo (Nubo SA, Gand, Belgique) et sont situés en Belgique.'), 'Belgique');
  // An aside between the data and its verb leaves the data the subject (review9 on fixes11).
  assert.equal(storedIn('Les données, chiffrées au repos, sont situées en France.'), 'France');
  assert.equal(storedIn('Backups, encrypted at rest, are located in Germany.'), 'Germany');
  assert.equal(storedIn('Customer files are hosted by Nubo, which is located in Belgium.'), undefined);
  const md = `# Subprocessors

- **Transcrivo** — Transcription. Our customers are located in India.
- **Serverly** — Hosting. Its servers are located in Germany.
`;
  const byName = imported(md, 'p.md');
  assert.equal(countries(byName.get('Transcrivo')), 'none');
  assert.deepEqual(countries(byName.get('Serverly')), ['DE']);
});

test('a place its clause denies is not where the data is: "ne transfère pas de données aux États-Unis", "no data is kept in Canada"', () => {
  assert.equal(storedIn('Postie ne transfère pas de données aux États-Unis.'), undefined);
  assert.equal(storedIn('Aucune donnée n’est hébergée en Inde.'), undefined);
  assert.equal(storedIn('Les données ne sont plus stockées aux États-Unis.'), undefined);
  assert.equal(storedIn('No data is kept in Canada.'), undefined);
  assert.equal(storedIn('Backups are never stored in the United States.'), undefined);
  // A denial in another clause leaves this one's place.
  assert.equal(storedIn('Les données sont hébergées en France.'), 'France');
  assert.equal(storedIn('No tracking; data is stored in Ireland.'), 'Ireland');
  const md = `# Sous-traitants

- **Postie** — envoi des e-mails. Postie ne transfère pas de données aux États-Unis.
- **Hostique** — hébergement. Les données sont hébergées en Allemagne.
`;
  const byName = imported(md, 'p.md');
  assert.equal(countries(byName.get('Postie')), 'none');
  assert.deepEqual(countries(byName.get('Hostique')), ['DE']);
});

test("an item's closing brackets after a city the words put a team in are no place of the data; after a hosting role they are", () => {
  const md = `# Sous-traitants

- **Chatly** — chat. Chatly a été fondée à Lyon ; son équipe commerciale est à Montréal (Canada).
- **Helpo** — support. Our support team works in Tunis (Tunisia).
- **Hostique** — hébergement à Paris (France).
- **Cloudo** — hosting in Frankfurt (Germany).
- **Crmly** — CRM (United States).
`;
  const byName = imported(md, 'p.md');
  assert.deepEqual(
    [...byName.values()].map((e) => [e.name, countries(e)]),
    [
      ['Chatly', 'none'],
      ['Helpo', 'none'],
      ['Hostique', ['FR']],
      ['Cloudo', ['DE']],
      ['Crmly', ['US']],
    ],
  );
});

test('a bullet\'s brackets after a name with brackets of its own, and "(country / host region)": the company\'s country and the place', () => {
  const md = `## Sous-traitants

Nous faisons appel aux sous-traitants suivants :

- **Basio Inc.** (Canada / AWS EU) — base de données
- **Visio.io (Visio)** (Canada) — visioconférence
- **Mailo SAS** (France) — emails

## Transferts

Certains de ces sous-traitants sont établis hors de l'Union européenne. Ces transferts sont encadrés par des clauses contractuelles types.
`;
  const byName = imported(md, 'p.md');
  assert.equal(byName.get('Basio Inc.')?.entityCountry, 'CA');
  assert.deepEqual(countries(byName.get('Basio Inc.')), ['EU']);
  assert.equal(byName.get('Visio.io (Visio)')?.entityCountry, 'CA');
  // The statement on transfers covers the companies established outside the EU, wherever their data is kept.
  assert.deepEqual(mechanisms(byName.get('Basio Inc.')), ['scc']);
  assert.deepEqual(mechanisms(byName.get('Visio.io (Visio)')), ['scc']);
  assert.equal(byName.get('Mailo SAS')?.entityCountry, 'FR');
  assert.equal(mechanisms(byName.get('Mailo SAS')), 'none');
});

test("a website written as a bare domain is that site's https address; words that are no address stay in the note", () => {
  const md = `| Vendor | Purpose | Website |
|---|---|---|
| Alpha Hosting | Hosting | www.alpha.example |
| Beta Mail | Email | beta.example/legal |
| Gamma | Support | see their site |
`;
  const byName = imported(md, 'v.md');
  assert.equal(byName.get('Alpha Hosting')?.url, 'https://www.alpha.example');
  assert.equal(byName.get('Beta Mail')?.url, 'https://beta.example/legal');
  assert.equal(byName.get('Gamma')?.url, undefined);
  assert.match(String(byName.get('Gamma')?.note), /see their site/);
});

test('a description that opens with what company the vendor is, or is a place on its own, gives its country or place', () => {
  const html = `<h2>Who processes your data</h2>
<dl>
  <div><dt>Textaro</dt><dd>Irish SMS provider, registered with the regulator. Receives your phone number.</dd></div>
  <div><dt>Cloudbox</dt><dd>Frankfurt region (eu-central-1). Where the log archive is kept.</dd></div>
  <div><dt>Helpo</dt><dd>Support inbox. Works with a French hosting provider.</dd></div>
  <div><dt>Maybe</dt><dd>Frankfurt region. May move elsewhere.</dd></div>
</dl>`;
  assert.deepEqual(readLocation('région Paris (cdg1)').countries, ['FR']);
  const byName = imported(html, 'p.html');
  assert.equal(byName.get('Textaro')?.entityCountry, 'IE');
  assert.deepEqual(countries(byName.get('Cloudbox')), ['DE']);
  // Another company the description names later is not the vendor; a place that does not open a short sentence is none.
  assert.equal(byName.get('Helpo')?.entityCountry, undefined);
  assert.equal(countries(byName.get('Helpo')), 'none');
  assert.deepEqual(countries(byName.get('Maybe')), ['DE']);
});

test('"Northwind Media Ltd (trading as Leadly) Reg. UK Co. 01234567": the company behind the entry\'s name, and its country', () => {
  const md = `| Vendor | Description |
|---|---|
| Leadly | Outreach agency. Our appointed processors include: (i)Northwind Media Ltd (trading as Leadly) Reg. UK Co. 01234567. |
| Mailo | Email. Partner of Southwind Ltd (trading as Windy). |
`;
  const byName = imported(md, 'v.md');
  assert.equal(byName.get('Leadly')?.entity, 'Northwind Media Ltd');
  assert.equal(byName.get('Leadly')?.entityCountry, 'GB');
  // A company trading under another name is not this entry's.
  assert.equal(byName.get('Mailo')?.entity, 'unknown');
});

test('a transfer cell that points to another row ("Mêmes garanties que Nuvola ci-dessus") takes that row\'s mechanisms', () => {
  const md = `| Sous-traitant | Prestation | Localisation | Garanties |
|---|---|---|---|
| Nuvola Inc. (États-Unis) | Hébergement | États-Unis | Data Privacy Framework ; clauses contractuelles types |
| Nuvola Inc. — Vision (option) | Analyse d'images | États-Unis | Mêmes garanties que Nuvola ci-dessus |
| Postino Inc. | Emails | États-Unis | Same safeguards as Nobody above |
`;
  const byName = imported(md, 'a.md');
  assert.deepEqual(mechanisms(byName.get('Nuvola Inc. — Vision (option)')), ['dpf', 'scc']);
  // A row it names that is not on the page gives nothing.
  assert.equal(mechanisms(byName.get('Postino Inc.')), 'none');
});

test('where a bullet says the data is: "— hébergement AWS, Union européenne", and a name\'s own "(hébergé dans l\'Union européenne)"', () => {
  const html = `<h2>Sous-traitants</h2>
<p>Nous faisons appel aux prestataires suivants :</p>
<ul>
  <li><strong>Basix</strong> (base de données) — hébergement GCP, Belgique ;</li>
  <li><strong>Mailix</strong> (emails) — société américaine ;</li>
</ul>`;
  const byName = imported(html, 'p.html');
  assert.deepEqual(countries(byName.get('Basix')), ['BE']);
  assert.equal(countries(byName.get('Mailix')), 'none');
  const spans = `<h2>Sous-traitants</h2>
<p>Nos sous-traitants sont les suivants :</p>
<ul>
  <li><span>Stockix</span> (hébergé en Allemagne) — stockage.</li>
  <li><span>Courrix</span> — envoi des e-mails.</li>
</ul>`;
  const rows = [...imported(spans, 'p.html').values()];
  assert.deepEqual(countries(rows.find((e) => String(e.name).startsWith('Stockix'))), ['DE']);
  assert.equal(countries(rows.find((e) => String(e.name).startsWith('Courrix'))), 'none');
});

test('a transfer cell: a mechanism it denies is none; one stated for processing outside the EEA holds where the place or the company is outside', () => {
  const md = `| Vendor | Location | Entity country | Transfer basis |
|---|---|---|---|
| Tundra Maps | Worldwide | | Adequacy decision not available — SCCs (Art. 46) |
| Lindqvist Cloud | EU | | EEA processing; SCCs where processing occurs outside the EEA |
| Hudson Data | EU | United States | SCCs for any transfer outside the EEA |
| Kestrel Edge | Global edge caching | | SCCs where content is processed outside the EEA |
| Ostra Mail | | | Clauses contractuelles types en cas de transfert hors UE |
`;
  const got = imported(md, 'p.md');
  assert.deepEqual(mechanisms(got.get('Tundra Maps')), ['scc']);
  // Processed in the EU by a company the page does not place outside: the condition is not met.
  assert.deepEqual(mechanisms(got.get('Lindqvist Cloud')), 'none');
  // Its company is outside the EEA: the condition is met.
  assert.deepEqual(mechanisms(got.get('Hudson Data')), ['scc']);
  assert.deepEqual(mechanisms(got.get('Kestrel Edge')), ['scc']);
  // No place stated: the page's words for it are kept.
  assert.deepEqual(mechanisms(got.get('Ostra Mail')), ['scc']);
  // A condition on where processing occurs is not met by a company established outside when the page processes in
  // the EEA; one on transfers is.
  const byCompany = imported(
    `| Vendor | Location | Entity country | Transfer basis |
|---|---|---|---|
| Alpenweg | EU | Switzerland | SCCs where processing occurs outside the EEA |
| Hudson Data | EU | United States | SCCs for any transfer outside the EEA |
`,
    'p.md',
  );
  assert.equal(mechanisms(byCompany.get('Alpenweg')), 'none');
  assert.deepEqual(mechanisms(byCompany.get('Hudson Data')), ['scc']);
});

test("a sentence of a table's section saying none of them trains on the data gives each of its rows no training; 'we' do not is no vendor's", () => {
  const md = `## Hosting

| Vendor | Purpose | Location |
|---|---|---|
| Harbor Cloud | Servers | Canada |

## Language models

We call these services when you ask for a summary. None of them may train models on your data.

| Vendor | Purpose | Location |
|---|---|---|
| Quill Models | Summaries | Canada |
| Pebble AI | Translation | Canada |

## Search

We do not train models on your data.

| Vendor | Purpose | Location |
|---|---|---|
| Lantern Search | Search index | Canada |
`;
  const byName = imported(md, 'ai.md');
  const trains = (name: string) => (byName.get(name)?.ai as Obj | undefined)?.trainsOnCustomerData;
  assert.equal(trains('Quill Models'), false);
  assert.equal(trains('Pebble AI'), false);
  assert.equal(trains('Harbor Cloud'), undefined);
  assert.equal(trains('Lantern Search'), undefined);
});

test('a seat cell "Irlande (UE) + USA pour le processing" gives the seat and the place of processing; a sentence naming a company by its first word certifies it', () => {
  const md = `| Sous-traitant | Service | Siège / Transfert |
|---|---|---|
| Payflow Europe Ltd. | Paiements | Irlande (UE) + USA pour le processing |
| Nuage Clair Inc. | Hébergement | États-Unis d'Amérique |
| Courriel Plus SAS | E-mails | France (UE) |

Les paiements se déroulent dans l'environnement Payflow, certifié PCI-DSS Level 1.
`;
  const byName = imported(md, 'siege.md');
  const payflow = byName.get('Payflow Europe Ltd.');
  assert.equal(payflow?.entityCountry, 'IE');
  assert.deepEqual(countries(payflow), ['US']);
  assert.deepEqual(payflow?.certifications, ['pci-dss']);
  assert.equal(byName.get('Nuage Clair Inc.')?.entityCountry, 'US');
  assert.equal(countries(byName.get('Courriel Plus SAS')), 'none');
  assert.equal(byName.get('Courriel Plus SAS')?.certifications, 'unknown');
});

test('a mechanism under a condition the page leaves open ("where applicable", "le cas échéant") is none, in a cell as in prose', () => {
  const cells = imported(
    `| Vendor | Purpose | Location | Transfer mechanism |
|---|---|---|---|
| Orchard Compute | Hosting | United States | SCCs (where applicable) |
| Pebble Queue | Queues | United States | SCCs |
| Harbor Notes | Notes | United States | SCCs/UK IDTA as needed |
| Tessel Pay | Payments | United States | Standard contractual clauses and, where applicable, the Data Privacy Framework |

| Vendor | Purpose | Location & transfer mechanism |
|---|---|---|
| Lumen Maps | Maps | United States — Lumen DPA (SCCs / UK Addendum as applicable) |
| Quartz Mail | Email | United States — Quartz DPA with SCCs and UK Addendum |
`,
    'cells.md',
  );
  assert.equal(mechanisms(cells.get('Orchard Compute')), 'none');
  assert.deepEqual(mechanisms(cells.get('Pebble Queue')), ['scc']);
  assert.equal(mechanisms(cells.get('Harbor Notes')), 'none');
  // The clauses are stated; the framework only "where applicable".
  assert.deepEqual(mechanisms(cells.get('Tessel Pay')), ['scc']);
  // The place beside the mechanism is read; the "UK" of the addendum is no place.
  assert.deepEqual(countries(cells.get('Lumen Maps')), ['US']);
  assert.equal(mechanisms(cells.get('Lumen Maps')), 'none');
  assert.deepEqual(mechanisms(cells.get('Quartz Mail')), ['scc', 'uk-addendum']);

  const prose = (sentence: string) =>
    imported(
      `| Fournisseur | Finalité | Localisation |
|---|---|---|
| Nuage Verger | Hébergement | États-Unis |
| Galet Mesure | Statistiques | États-Unis |

Certaines données sont traitées aux États-Unis par Nuage Verger et Galet Mesure. ${sentence}
`,
      'prose.md',
    );
  // "X ou, le cas échéant, Y": which one frames the transfers is not said.
  const alternative = prose(
    'Ces transferts sont encadrés par le Data Privacy Framework ou, le cas échéant, par des clauses contractuelles types.',
  );
  assert.equal(mechanisms(alternative.get('Nuage Verger')), 'none');
  assert.equal(mechanisms(alternative.get('Galet Mesure')), 'none');
  const rule = prose(
    'Ces transferts sont encadrés par des clauses contractuelles types et, le cas échéant, par le Data Privacy Framework.',
  );
  assert.deepEqual(mechanisms(rule.get('Nuage Verger')), ['scc']);

  // A statement for the whole page: "Lorsque nécessaire" leaves open whether any transfer rests on the clauses.
  const page = (sentence: string) =>
    imported(
      `# Sous-traitants

## Transferts

${sentence}

## Liste

| Fournisseur | Finalité | Localisation |
|---|---|---|
| Nuage Verger | Hébergement | États-Unis |
| Galet Mesure | Base de données | Allemagne |
`,
      'page.md',
    );
  const open = page("Lorsque nécessaire, les transferts hors de l'Union européenne reposent sur les clauses contractuelles types.");
  assert.equal(mechanisms(open.get('Nuage Verger')), 'none');
  const stated = page("Les transferts hors de l'Union européenne reposent sur les clauses contractuelles types.");
  assert.deepEqual(mechanisms(stated.get('Nuage Verger')), ['scc']);
  assert.equal(mechanisms(stated.get('Galet Mesure')), 'none');
});

test('a transfer cell that leaves its mechanism to be checked ("CCT à vérifier", "SCCs to be confirmed") states none; its other parts still do', () => {
  const md = `| Prestataire | Pays | Service | Garanties transfert |
|---|---|---|---|
| Quillon Inc. | USA | Messagerie | CCT à vérifier |
| Brume Labs | États-Unis | Analyse | DPF ; SCCs to be confirmed |
| Ferrant Inc. | USA | Factures | CCT signées |
`;
  const got = imported(md, 'p.md');
  assert.equal(mechanisms(got.get('Quillon Inc.')), 'none');
  assert.deepEqual(mechanisms(got.get('Brume Labs')), ['dpf']);
  assert.deepEqual(mechanisms(got.get('Ferrant Inc.')), ['scc']);
  // The page's words stay in the entry's note.
  assert.match(String(got.get('Quillon Inc.')?.note), /CCT à vérifier/);
});

test('"not used by <the vendor> to train models": the agent between the verb and its aim still says no training', () => {
  assert.equal(trainsOnCustomerDataIn('Prompts only. Not used by Corvid Labs to train its models.'), false);
  assert.equal(trainsOnCustomerDataIn('Les requêtes ne sont pas utilisées par Corvid Labs pour entraîner ses modèles.'), false);
  // A sentence that says what the data is used for, no training: nothing.
  assert.equal(trainsOnCustomerDataIn('Used by Corvid Labs to answer support tickets.'), undefined);
  const md = `| Subprocessor | Purpose | Data categories | Region |
|---|---|---|---|
| Corvid Labs | Inference | Prompts. **Not** used by Corvid Labs to train models under its terms. | United States |
`;
  assert.deepEqual(imported(md, 'p.md').get('Corvid Labs')!.ai, { trainsOnCustomerData: false });
});

test('a column whose header is a transfer mechanism ("CCT", "SCCs") answered yes states that mechanism; "N/A" or "Non" none', () => {
  const md = `| Prestataire | Finalité | Localisation | CCT |
|---|---|---|---|
| Ferrant Inc. | Factures | USA | Oui |
| Brume | Stockage | UE | N/A |
| Quillon Inc. | Messagerie | USA | Non |
`;
  const got = imported(md, 'p.md');
  assert.deepEqual(mechanisms(got.get('Ferrant Inc.')), ['scc']);
  assert.equal(mechanisms(got.get('Brume')), 'none');
  assert.equal(mechanisms(got.get('Quillon Inc.')), 'none');
  const en = imported(`| Vendor | Region | SCCs |\n|---|---|---|\n| Tallow | United States | Yes |\n`, 'p.md');
  assert.deepEqual(mechanisms(en.get('Tallow')), ['scc']);
});

test('a transfer cell saying the processing stays in the EEA adds the EU to a place inside it; never to a place outside', () => {
  const md = `| Processor | Purpose | Country / region | Transfer basis |
|---|---|---|---|
| Tundra Cloud | Hosting | Finland | No transfer outside the EEA — processing within the EEA |
| Lindqvist | Storage | Sweden | EU/EEA processing; SCCs where processing occurs outside the EEA |
| Hudson Data | Backups | United States | Processing within the EEA |
| Ostra Mail | E-mail | Germany | SCCs |
`;
  const got = imported(md, 'p.md');
  assert.deepEqual(countries(got.get('Tundra Cloud')), ['FI', 'EU']);
  assert.deepEqual(countries(got.get('Lindqvist')), ['SE', 'EU']);
  // A place the page puts outside the EEA is not contradicted by a guess: left as the page's column says.
  assert.deepEqual(countries(got.get('Hudson Data')), ['US']);
  assert.deepEqual(countries(got.get('Ostra Mail')), ['DE']);
});

test('"données dans l’UE (…)" in an entry’s description says where its data is; a list titled by a paragraph about where the data is gives each vendor its place', () => {
  assert.equal(storedIn("Base de données ; données dans l'UE (Finlande)."), 'UE (Finlande)');
  assert.equal(storedIn('Transfert de données en dehors de l’UE encadré par les CCT.'), undefined);
  const md = `Nous recourons aux sous-traitants suivants :

- Nuagel — stockage des fichiers ; données dans l'UE (Finlande).
- Payvia — paiement.
- Postline — envoi des courriels.

**Localisation des données :**

- Site web : Postline, Allemagne (UE).
`;
  const got = imported(md, 'p.md');
  assert.deepEqual(countries(got.get('Nuagel')), ['EU', 'FI']);
  assert.deepEqual(countries(got.get('Postline')), ['DE', 'EU']);
  assert.equal(countries(got.get('Payvia')), 'none');
});

test('a measures table’s "Certifications <Vendor>" row gives that entry its certifications; a roles table’s "Référent RGPD" row the page’s contact', () => {
  const md = `Nous recourons aux sous-traitants suivants :

- Nuagel — hébergement.
- Payvia — paiement.

| Rôle | Acteur | Remarques |
|---|---|---|
| Responsable du traitement | Acme SAS | Lyon |
| Référent RGPD interne | C. Durand — DSI | rgpd@acme.example — à valider |

| Mesure | Description | Niveau |
|---|---|---|
| Certifications Nuagel | **ISO/IEC 27001:2022**, **27018:2019** (périmètre UE) | Documenté |
| Chiffrement | TLS 1.3 en transit | Fait |
`;
  const page = readPage(md, 'p.md');
  assert.equal(page.contact, 'rgpd@acme.example');
  const got = imported(md, 'p.md');
  assert.deepEqual(
    ((got.get('Nuagel')?.certifications as Obj[] | undefined) ?? []).map((c) => c.id),
    ['iso27001', 'iso27018'],
  );
  assert.equal(got.get('Payvia')?.certifications, 'unknown');
  // The roles table is still said to be unread, though it gave the contact.
  assert.ok(page.unread.some((u) => u.kind === 'table'));
});

test('under a heading about where the data is, a sentence ending in a colon before the list keeps it a list of places', () => {
  const md = `Nous recourons aux sous-traitants suivants :

- Nuagel — stockage des photos.
- Postline — envoi des courriels.

## Where your data is stored

Plainly, as it stands:

- Photos: Nuagel, Finland region.
- Mail: Postline, Germany region.
`;
  const got = imported(md, 'p.md');
  assert.deepEqual(countries(got.get('Nuagel')), ['FI']);
  assert.deepEqual(countries(got.get('Postline')), ['DE']);
});

test('"Ces transferts vers les États-Unis sont encadrés par les CCT" under bullets "Name (USA) — role": each company there', () => {
  const text = [
    'Sous-traitants',
    '',
    'Nous faisons appel aux sous-traitants suivants :',
    '',
    '• Hostique Inc. (USA) — hébergement',
    '• Postie SAS (France) — envoi des courriels',
    '',
    'Ces transferts vers les États-Unis sont encadrés par des garanties contractuelles (clauses contractuelles types).',
    '',
  ].join('\n');
  const byName = imported(text, 'p.txt');
  assert.deepEqual(mechanisms(byName.get('Hostique Inc. (USA)')), ['scc']);
  assert.deepEqual(mechanisms(byName.get('Postie SAS (France)')), 'none');
});

test('a page-wide sentence on transfers out of the EEA is read the same before the table as after it, heading or none', () => {
  const table = `| Vendor | Purpose | Location |
|---|---|---|
| Lantern Mail | Email delivery | United States |
| Orchard Store | Hosting | Germany |
| Quill Notes | Note taking | |
`;
  const sentences = [
    'We rely on SCCs for transfers outside the EEA.',
    'Where a vendor processes data outside the EEA, we rely on Standard Contractual Clauses.',
  ];
  for (const sentence of sentences) {
    const pages = {
      before: `# Vendors\n\n${sentence}\n\n${table}`,
      after: `# Vendors\n\n${table}\n${sentence}\n`,
      'after, no heading': `${table}\n${sentence}\n`,
    };
    for (const [where, md] of Object.entries(pages)) {
      const byName = imported(md, 'v.md');
      // The condition is met by the entry's own place only: not by one in the EEA, nor by one with no place.
      assert.deepEqual(mechanisms(byName.get('Lantern Mail')), ['scc'], `${where}: ${sentence}`);
      assert.equal(mechanisms(byName.get('Orchard Store')), 'none', `${where}: ${sentence}`);
      assert.equal(mechanisms(byName.get('Quill Notes')), 'none', `${where}: ${sentence}`);
    }
  }
  // After the table, with no heading, the sentence is no title of the page.
  assert.equal(readPage(`${table}\n${sentences[0]}\n`, 'v.md').title, undefined);
});

test('a sentence anywhere on the page whose subject is one listed party and that denies training gives that entry trainsOnCustomerData: false', () => {
  const md = `# Registre

| Rôle | Entité |
|---|---|
| Sous-traitant ultérieur | Plume Modèles SAS (génération de textes) |
| Sous-traitant ultérieur | Serveur Nord SAS (hébergement) |
| Sous-traitant ultérieur | Relais Courriel (e-mails) |

## Cycle de vie

1. Envoi du texte au modèle.
2. Côté Plume : pas de réentraînement sur les textes envoyés.

## Risques

| Risque | Mesures |
|---|---|
| Réutilisation des données | Serveur Nord ne réentraîne pas de modèle sur les données hébergées |
| Fuite | Plume Modèles et Relais Courriel ne réentraînent pas sur les données ; chiffrement |
`;
  const page = readPage(md, 'r.md');
  const training = (name: string) =>
    page.entries.find((e) => (e.name ?? e.heading).startsWith(name))!.facts.find((f) => f.key === 'trainsOnCustomerData')?.value;
  assert.equal(training('Plume'), 'Côté Plume : pas de réentraînement sur les textes envoyés.');
  assert.equal(training('Serveur'), 'Serveur Nord ne réentraîne pas de modèle sur les données hébergées');
  // A sentence that names two parties says nothing of one.
  assert.equal(training('Relais'), undefined);
});

test('a sentence that says where every party listed above keeps the data adds that place to each entry inside it', () => {
  const table = `| Prestataire | Rôle | Localisation |
|---|---|---|
| Nuage Clair | Hébergement | UE |
| Bureau Partagé | Messagerie | |
| Outil Lointain | Statistiques | États-Unis |
`;
  const byName = imported(
    `# Sous-traitants\n\n${table}\nLes prestataires listés ci-dessus hébergent les données en Union européenne (Allemagne).\n`,
    'p.md',
  );
  // Every place kept: the entry's own "UE" gains Germany; one with no place gets the sentence's.
  assert.deepEqual([...(countries(byName.get('Nuage Clair')) as string[])].sort(), ['DE', 'EU']);
  assert.deepEqual([...(countries(byName.get('Bureau Partagé')) as string[])].sort(), ['DE', 'EU']);
  // An entry whose own place lies outside keeps its own.
  assert.deepEqual(countries(byName.get('Outil Lointain')), ['US']);
  // A sentence that makes it a case says nothing for all.
  const hedged = imported(
    `# Sous-traitants\n\n${table}\nLes prestataires listés ci-dessus peuvent héberger les données en Union européenne (Allemagne).\n`,
    'p.md',
  );
  assert.deepEqual(countries(hedged.get('Nuage Clair')), ['EU']);
  assert.equal(countries(hedged.get('Bureau Partagé')), 'none');
});

test('"All <brand> services run in <region> (<country>)" adds that country to the entries whose name starts with the brand', () => {
  const md = `# Vendors

| Vendor | Purpose | Location |
|---|---|---|
| Cirrus Blobs | Storage | EU |
| Cirrus Mailer | Email | |
| Cirrus Edge | CDN | United States |
| Zephyr Logs | Logging | |

- All Cirrus services run in the North Europe (Ireland) region.
`;
  const byName = imported(md, 'v.md');
  assert.deepEqual([...(countries(byName.get('Cirrus Blobs')) as string[])].sort(), ['EU', 'IE']);
  assert.deepEqual(countries(byName.get('Cirrus Mailer')), ['IE']);
  // Its own place outside the region: kept as it is; another brand: nothing.
  assert.deepEqual(countries(byName.get('Cirrus Edge')), ['US']);
  assert.equal(countries(byName.get('Zephyr Logs')), 'none');
});

test('"All <brand> services run in <region> (<country>)" is added beside a global network, never to an entry only global', () => {
  const md = `# Vendors

| Vendor | Purpose | Location |
|---|---|---|
| Cirrus Tiles | Map tiles | EU; worldwide CDN caching |
| Cirrus Relay | Push | Worldwide CDN |
| Cirrus Edge | CDN | United States; worldwide CDN |

- All Cirrus services run in the North Europe (Ireland) region.
`;
  const byName = imported(md, 'v.md');
  assert.deepEqual([...(countries(byName.get('Cirrus Tiles')) as string[])].sort(), ['EU', 'GLOBAL', 'IE']);
  // Only a global network: nothing inside the region to add to; a place outside it: kept as it is.
  assert.deepEqual(countries(byName.get('Cirrus Relay')), ['GLOBAL']);
  assert.deepEqual([...(countries(byName.get('Cirrus Edge')) as string[])].sort(), ['GLOBAL', 'US']);
});

test('a transfer cell whose brackets deny something else ("SCCs + DPA (data not retained for training)") states its mechanism and the refusal', () => {
  const md = `Effective: 3 March 2026·Operated by Acme Labs

| Subprocessor | Location | Transfer mechanism |
|---|---|---|
| Modelia | US | EU SCCs + Modelia DPA (data not retained for model training under the enterprise plan) |
| Postie | US | No SCCs (EU residency) |

To join the change notification list, email notices@acme.example.
`;
  const entries = imported(md, 'p.md');
  assert.deepEqual(mechanisms(entries.get('Modelia')), ['scc']);
  assert.equal((entries.get('Modelia')!.ai as Obj | undefined)?.trainsOnCustomerData, false);
  // A denial outside the brackets still denies.
  assert.equal(mechanisms(entries.get('Postie')), 'none');
  const page = readPage(md, 'p.md');
  assert.equal(parseDate(page.lastUpdated ?? ''), '2026-03-03');
  assert.equal(page.contact, 'notices@acme.example');
});

test('a general contact and the data-protection officer’s address: the officer’s, on labelled bullets or lines, whichever comes first', () => {
  const table = '| Sous-traitant | Localisation |\n|---|---|\n| Nuagel | France |\n';
  const bullets = `## Responsable du traitement

- **Email contact :** \`bonjour@acme.example\`
- **DPO (Délégué à la Protection des Données) :** \`dpo@acme.example\`

${table}`;
  assert.equal(readPage(bullets, 'p.md').contact, 'dpo@acme.example');
  const lines = `Contact : bonjour@acme.example\n\nData Protection Officer: privacy@acme.example\n\n${table}`;
  assert.equal(readPage(lines, 'p.md').contact, 'privacy@acme.example');
  // A table of labels and values says the same.
  const rows = `| Champ | Valeur |\n|---|---|\n| Email de contact | bonjour@acme.example |\n| DPO | dpo@acme.example |\n\n${table}`;
  assert.equal(readPage(rows, 'p.md').contact, 'dpo@acme.example');
  // A vendor's officer is not the page's.
  const vendors = `Contact : bonjour@acme.example\n\nLe DPO de Nuagel : dpo@nuagel.example\n\n${table}`;
  assert.equal(readPage(vendors, 'p.md').contact, 'bonjour@acme.example');
});

test('an entry named elsewhere with its postal address after it ("…, Institut Nordlys, Hafenstraße 3, 20457 Hamburg, Allemagne") gives its country', () => {
  const md = `## Parties

- **Sous-traitant :** le laboratoire Delta, Institut Nordlys, Hafenstraße 3, 20457 Hamburg, Allemagne, qui exploite la plateforme.

## Sous-traitants ultérieurs

Nous faisons appel aux sous-traitants ultérieurs suivants :

- **Nuagel** — hébergement de la base de données.
- **Institut Nordlys** — hébergement web.
`;
  const entries = imported(md, 'p.md');
  assert.equal(entries.get('Institut Nordlys')!.entityCountry, 'DE');
  assert.equal(entries.get('Nuagel')!.entityCountry, undefined);
  // Words after the name that are no address give nothing.
  const prose = md.replace(
    'Institut Nordlys, Hafenstraße 3, 20457 Hamburg, Allemagne',
    'Institut Nordlys, partenaire de recherche, Allemagne',
  );
  assert.equal(imported(prose, 'p.md').get('Institut Nordlys')!.entityCountry, undefined);
});

test('training refused under a vendor’s own terms ("Under Modelia’s API terms, content is not used …", "Vecto’s terms prohibit using …")', () => {
  const md = `| Processor | Purpose | Location |
|---|---|---|
| Modelia | LLM API | USA |
| Vecto | Embeddings | USA |
| Payflow | Payments | USA |

Modelia receives the text we send for summaries. Under Modelia's commercial API terms, content is not used for model training.

Vecto's commercial terms prohibit using customer content for training purposes.

Payflow receives billing details. If you opt in, your data is not used for training.
`;
  const entries = imported(md, 'p.md');
  const training = (n: string) => (entries.get(n)!.ai as Obj | undefined)?.trainsOnCustomerData;
  assert.equal(training('Modelia'), false);
  assert.equal(training('Vecto'), false);
  assert.equal(training('Payflow'), undefined);
});

test('a clause naming entries and the mechanism they are used under ("we use Quill + Ember with SCCs") gives it to each', () => {
  const md = `# Vendors

| Vendor | Purpose | Region |
|---|---|---|
| Quill Labs | Text models | US |
| Ember Media | Image models | US |
| Slate Logs | Logging | US |
| Fern Mail | Email | US |

## Notes

- **Regional models**: none of the EU-hosted models fits yet; we use Quill + Ember with SCCs
- Fern Mail may be used with SCCs later.
`;
  const byName = imported(md, 'v.md');
  assert.deepEqual(mechanisms(byName.get('Quill Labs')), ['scc']);
  assert.deepEqual(mechanisms(byName.get('Ember Media')), ['scc']);
  // Not named: nothing; a clause that hedges ("may"): nothing.
  assert.notDeepEqual(mechanisms(byName.get('Slate Logs')), ['scc']);
  assert.notDeepEqual(mechanisms(byName.get('Fern Mail')), ['scc']);
});

test('a part of the world outside Europe with no country ("Asia-Pacific", "Amérique du Nord") meets a statement for transfers outside the EEA', () => {
  const html = `<html><body><h1>Sub-processors</h1>
<table><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr>
<tr><td>Kestrel Host</td><td>Hosting</td><td>Asia-Pacific</td></tr>
<tr><td>Wren Mail</td><td>Email</td><td>Germany</td></tr>
<tr><td>Plover Maps</td><td>Maps</td><td>Europe</td></tr>
</table>
<p>Transfers of personal data outside the EU/EEA are governed by Standard Contractual Clauses.</p>
</body></html>`;
  const byName = imported(html, 'p.html');
  assert.deepEqual(mechanisms(byName.get('Kestrel Host')), ['scc']);
  // Inside the EEA, or a word that may be inside it ("Europe"): not met.
  assert.equal(mechanisms(byName.get('Wren Mail')), 'none');
  assert.equal(mechanisms(byName.get('Plover Maps')), 'none');
});

test('a part of the world with a region or data-centre code in its brackets ("Europe (région fra1)") is a place kept in its words', () => {
  assert.equal(storedIn('Hébergement — serveurs en Europe (région ams1).'), 'Europe (région ams1)');
  assert.equal(storedIn('Backups are stored in Asia (ap-southeast-2).'), 'Asia (ap-southeast-2)');
  // Brackets naming something else than a place or a code: not a place.
  assert.equal(storedIn('Stored in Europe (Acme Cloud).'), undefined);
});

test('a vendor named in a summary sentence with its country in brackets after its name: that country is its company’s', () => {
  const table =
    '## Prestataires\n\n| Prestataire | Finalité | Localisation |\n|---|---|---|\n| Lexio | Traduction | FR |\n| Postie | Courriels | USA |\n| Nuage | Stockage | EU |\n';
  const intro =
    '## En bref\n- **Traduction** : automatique — Lexio (France). Postie (USA) pour les courriels, encadré par des clauses contractuelles types.\n- **Stockage** : Nuage, en Europe (Irlande).\n\n';
  const page = imported(intro + table, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, e.entityCountry ?? 'none']),
    [
      ['Lexio', 'FR'],
      ['Postie', 'US'],
      // "Nuage, en Europe (Irlande)": the brackets follow a place, not the name.
      ['Nuage', 'none'],
    ],
  );
});

test('a transfers paragraph: "data being processed in" a country places the vendors it names, unless their own cell gives a place', () => {
  const md = `| Vendor | Role | Location / safeguard |
|---|---|---|
| Lumo | Hosting | Cloud hosting. Standard Contractual Clauses |
| Pingly | Alerts | Canada / EU. Standard Contractual Clauses |
| Ardoise | Billing | Standard Contractual Clauses |

## Transfers

Processing by Lumo, Pingly and Ardoise involves personal data being processed in the United States.
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, countries(e)]),
    [
      ['Lumo', ['US']],
      // Its own cell names its places: the paragraph does not replace them.
      ['Pingly', ['CA', 'EU']],
      ['Ardoise', ['US']],
    ],
  );
});

test('the words that introduce the list place all its parties in the EU: a member state an item gives gains the EU', () => {
  const md = `## Sous-traitants

Nous faisons appel aux prestataires suivants, tous situés dans l'Union européenne :

- **Lumo** — hébergement (Allemagne).
- **Postie** — e-mails transactionnels.
- **Pingly** — alertes (UE ; éditeur américain, encadré par des clauses contractuelles types).
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, countries(e), e.entityCountry ?? 'none']),
    [
      ['Lumo', ['DE', 'EU'], 'none'],
      ['Postie', ['EU'], 'none'],
      ['Pingly', ['EU'], 'US'],
    ],
  );
  // A country after "situés" says where they are established, not where the data is.
  const us = imported(md.replace("dans l'Union européenne", 'aux États-Unis'), 'p.md');
  assert.deepEqual(countries(us.get('Postie')), 'none');
});

test('a name with its initials in brackets ("Nordic Cloud Services (NCS)") is named by them; a sentence naming one entry alone gives its certifications over one naming several', () => {
  const table = [
    '| Name | Purpose |',
    '|---|---|',
    '| Hostique | Database |',
    '| Nordic Cloud Services (NCS) | Infrastructure |',
    '| Mailpost | Email |',
  ];
  const prose = [
    '',
    'Our host (Hostique/NCS) holds SOC 2 Type II certification. NCS maintains ISO 27001 and SOC 1 certifications.',
    'Mailpost is certified ISO 27001.',
    '',
  ];
  const page = imported([...table, ...prose].join('\n'), 'p.md');
  assert.deepEqual(page.get('Nordic Cloud Services (NCS)')?.certifications, ['iso27001', 'soc1']);
  assert.deepEqual(page.get('Hostique')?.certifications, ['soc2-type2']);
  assert.deepEqual(page.get('Mailpost')?.certifications, ['iso27001']);
  // A bracket that is no acronym of the name ("Microsoft Corporation (Azure)") is not a name the page uses for it.
  const other = imported(
    ['| Name | Purpose |', '|---|---|', '| Nordic Cloud Services (NX) | Infrastructure |', '', 'NX is certified ISO 27001.', ''].join('\n'),
    'p.md',
  );
  assert.equal(other.get('Nordic Cloud Services (NX)')?.certifications, 'unknown');
});

test('SCCs for transfers from the EEA "to subprocessors outside those territories", supplemented by an addendum where applicable: the rows outside only', () => {
  const md = `| Subprocessor | Function | Processing location |
| --- | --- | --- |
| Nuagix Ltd | Hosting | Ireland, United States |
| Postie Inc. | Email | Global edge network |
| Ticketo | Support | European Union |

Transfers from the EEA and the United Kingdom to subprocessors outside those territories are made under the Standard Contractual Clauses, supplemented by the UK Addendum where applicable.
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(mechanisms(page.get('Nuagix Ltd')), ['scc']);
  assert.deepEqual(mechanisms(page.get('Postie Inc.')), ['scc']);
  // Inside the EEA: the condition is not met.
  assert.deepEqual(mechanisms(page.get('Ticketo')), 'none');
  // What supplements the stated mechanism is all the condition covers; both under it, neither.
  assert.deepEqual(mechanismsIn('the SCCs, supplemented by the UK Addendum where applicable').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('SCCs / UK Addendum as applicable').mechanisms, []);
});

test('a transfer sentence naming a place and, in brackets after it, the entries that go there adds that place to theirs', () => {
  const md = `| Vendor | Function | Location |
| --- | --- | --- |
| Nuagix | Database | Singapore |
| Postie Cloud | Email | Asia-Pacific buckets |
| Ticketo | Support | France |

Cross-border destinations: Singapore (Nuagix), United States (Postie account plane). For transfers to the USA (Ticketo) we rely on the SCCs.
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(countries(page.get('Nuagix')), ['SG']);
  assert.deepEqual(countries(page.get('Postie Cloud')), ['US']);
  // The row's own words stay in the location's note.
  assert.equal((page.get('Postie Cloud')!.dataLocation as Obj).note, 'Asia-Pacific buckets');
  assert.deepEqual(countries(page.get('Ticketo')), ['FR', 'US']);
  // A bracket that is an aside, not a list of entries, or a sentence that denies the transfer, adds nothing.
  const aside = imported(
    md.replace(/Cross-border.*$/m, 'No transfer to the United States (Ticketo). Transfers to Canada (see annex).'),
    'p.md',
  );
  assert.deepEqual(countries(aside.get('Ticketo')), ['FR']);
  // Where the data is kept, in other words: "hébergées en Allemagne (Ticketo)"; a company's seat is not.
  const kept = imported(md.replace(/Cross-border.*$/m, 'Les données sont hébergées en Allemagne (Ticketo).'), 'p.md');
  assert.deepEqual(countries(kept.get('Ticketo')), ['FR', 'DE']);
  const seat = imported(md.replace(/Cross-border.*$/m, 'Our providers are headquartered in Germany (Ticketo).'), 'p.md');
  assert.deepEqual(countries(seat.get('Ticketo')), ['FR']);
});

test('a sentence on transfers outside the EEA that introduces its mechanisms as items states them for the entries whose data leaves; not for one the page puts under another agreement', () => {
  const md = `| Sub-processor | Purpose | Location |
|---|---|---|
| Hostique | Hosting | US or EU |
| Payflow | Payments | US |
| Modelia | AI models | US |
| Mailpost | Email | Germany |

Modelia's processing is governed by the Customer's own agreement with Modelia, not this DPA.

## Transfers

Where personal data is transferred outside the EEA, Acme relies on:
- **Standard Contractual Clauses (SCCs)** approved by the European Commission.
- Adequacy decisions, where applicable.
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, mechanisms(e)]),
    [
      ['Hostique', ['scc']],
      ['Payflow', ['scc']],
      ['Modelia', 'none'],
      ['Mailpost', 'none'],
    ],
  );
  // Without the sentence, Modelia's data leaves the EEA like the others'.
  const all = imported(
    md.replace("Modelia's processing is governed by the Customer's own agreement with Modelia, not this DPA.\n", ''),
    'p.md',
  );
  assert.deepEqual(mechanisms(all.get('Modelia')), ['scc']);
  // Items that only leave the case open ("where applicable") state nothing.
  const open = imported(md.replace('- **Standard Contractual Clauses (SCCs)** approved by the European Commission.\n', ''), 'p.md');
  assert.equal(mechanisms(open.get('Payflow')), 'none');
});

test('a seat "San Francisco, CA, USA": the state’s abbreviation before the US is no country of its own', () => {
  const text = [
    'Sous-traitants',
    '',
    'Nimbus, Inc.',
    'Rôle : CDN',
    'Siège : San Jose, CA, USA',
    '',
    'Caribou Ltd',
    'Rôle : Support',
    'Siège : Toronto, ON, Canada',
    '',
  ].join('\n');
  const page = imported(text, 'p.txt');
  assert.equal(page.get('Nimbus, Inc.')?.entityCountry, 'US');
  assert.equal(page.get('Caribou Ltd')?.entityCountry, 'CA');
});

test('a sentence naming an entry by the abbreviation its brackets give ("GCP") states its facts; one naming it alone wins', () => {
  const md = `| Vendor | Purpose |
|---|---|
| Google Cloud Platform (GCP) | Hosting |
| Lumo | Database |

Lumo runs on GCP. GCP maintains ISO 27001 and SOC 1 certifications. Lumo is ISO 27017 certified.

Our hosting stack (Lumo/GCP) is SOC 2 Type II certified.
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, e.certifications]),
    [
      // Each has a sentence of its own: the one naming both does not add to them.
      ['Google Cloud Platform (GCP)', ['iso27001', 'soc1']],
      ['Lumo', ['iso27017']],
    ],
  );
  // Without a sentence of its own, the one naming both is each one's.
  const both = imported(md.replace('GCP maintains ISO 27001 and SOC 1 certifications. ', ''), 'p.md');
  assert.deepEqual(both.get('Google Cloud Platform (GCP)')?.certifications, ['soc2-type2']);
});

test('"en région européenne (europe-west)", "in the European region": where the processing runs, in the page’s words', () => {
  assert.equal(storedIn('Appels au modèle en région européenne (europe-north) sans conservation.'), 'région européenne (europe-north)');
  assert.equal(storedIn('Requests are served in the European region (eu-west-2).'), 'the European region (eu-west-2)');
  // "en région" alone, without the word that says which part of the world, is no place.
  assert.equal(storedIn('Ateliers organisés en région chaque trimestre.'), undefined);
});

test("a card's \"Location\" line that holds a postal address (a street's number, a postcode) gives the company's country, not where data is stored", () => {
  const card = (location: string) =>
    `Subprocessors\n\nCompany: Packetly Ltd\n\nActivity: Log storage\n\n${location}\n\nCompany: Mailorama GmbH\n\nActivity: Emails\n\nLocation: Hauptweg 17, 20095 Hamburg, Germany\n`;
  const page = imported(card('Location [city, country]: 88 Harbour Street, Suite 4, Boston, MA 02110, USA'), 'p.txt');
  assert.equal(page.get('Packetly Ltd')?.entityCountry, 'US');
  assert.equal(countries(page.get('Packetly Ltd')), 'none');
  assert.equal(page.get('Mailorama GmbH')?.entityCountry, 'DE');
  assert.equal(countries(page.get('Mailorama GmbH')), 'none');
  // A place with no street or postcode stays where the data is: a city and its country, a cloud region.
  const city = imported(card('Location: Frankfurt, Germany'), 'p.txt');
  assert.deepEqual(countries(city.get('Packetly Ltd')), ['DE']);
  assert.equal(city.get('Packetly Ltd')?.entityCountry, undefined);
  const region = imported(card('Location: eu-west-1, Ireland, 2 zones'), 'p.txt');
  assert.equal(region.get('Packetly Ltd')?.entityCountry, undefined);
  // A data centre's postal address says where the machines are, not the company's seat (review8).
  const centre = imported(card('Location: Colohall DC2 data centre, 40 Rue des Serveurs, 93200 Saint-Denis, France'), 'p.txt');
  assert.equal(centre.get('Packetly Ltd')?.entityCountry, undefined);
  assert.deepEqual(countries(centre.get('Packetly Ltd')), ['FR']);
  // French: "Localisation : 12 rue des Lilas, 69003 Lyon, France".
  const fr = imported(
    'Sous-traitants\n\nNom : Hébergix SAS\n\nActivité : Hébergement\n\nLocalisation : 12 rue des Lilas, 69003 Lyon, France\n\nNom : Courrielo SARL\n\nActivité : Courriels\n\nLocalisation : Paris, France\n',
    'p.txt',
  );
  assert.equal(fr.get('Hébergix SAS')?.entityCountry, 'FR');
  assert.equal(countries(fr.get('Hébergix SAS')), 'none');
  assert.deepEqual(countries(fr.get('Courrielo SARL')), ['FR']);
  assert.equal(fr.get('Courrielo SARL')?.entityCountry, undefined);
});

test('a heading under a heading of the data the page collects is a kind of data, not a vendor, whatever its labelled bullets', () => {
  const en = `# Privacy

## 2. Data we collect

### 2.1 Profile data
- **Identity:** your email address.
- **Location:** approximate city, used for forecasts.

## 4. Providers

### 4.1 Bright Data — Proxies
- **Location:** Israel.

### 4.2 Hostly — Hosting
- **Location:** Germany.
`;
  assert.deepEqual(
    [...imported(en, 'p.md').keys()].map((n) => n.split(' ')[0]),
    ['Bright', 'Hostly'],
  );
  const fr = `## Données collectées

### Données de compte
- **Identité :** adresse électronique.
- **Localisation :** ville approximative.

## Prestataires

### Hébergix — Hébergement
- **Localisation :** France.
`;
  assert.deepEqual(
    [...imported(fr, 'p.md').keys()].map((n) => n.split(' ')[0]),
    ['Hébergix'],
  );
  // A heading over the data and the parties who get it names the vendors: its sub-headings stay entries.
  const both = `## Data we collect and the processors who receive it

### Hostly
- **Location:** Germany.
`;
  assert.deepEqual([...imported(both, 'p.md').keys()], ['Hostly']);
});

test('a heading "Service (Company) — role" gives the service, its company as the entity and the role as purpose; brackets holding no company do not', () => {
  const md = `## Providers

### 3.1 Mailwave (Sendpost SAS) — Emailing
- **Location:** France.

### 3.2 shrink.io (Tiny Links Ltd) — Short links
- **Location:** Ireland.

### 3.3 Payflow (payments) — Card processing
- **Location:** USA.
`;
  const page = imported(md, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, e.entity ?? 'none', e.purpose ?? 'none']),
    [
      ['Mailwave', 'Sendpost SAS', 'Emailing'],
      ['shrink.io', 'Tiny Links Ltd', 'Short links'],
      ['Payflow (payments) — Card processing', 'unknown', 'unknown'],
    ],
  );
  const fr = imported('## Prestataires\n\n### Hébergix (Nuagerie SARL) — Hébergement\n- **Localisation :** France.\n', 'p.md');
  assert.deepEqual(
    [...fr.values()].map((e) => [e.name, e.entity, e.purpose]),
    [['Hébergix', 'Nuagerie SARL', 'Hébergement']],
  );
});

test('a statement of the transfers to one country ("Transfers from the EU to the US are made under SCCs") is the mechanism of the entries placed there only', () => {
  const table =
    '| Vendor | Purpose | Location |\n|---|---|---|\n| Cloudex | Hosting | US data centers. |\n| Mailwave | Emails | Germany |\n| Edgely | CDN | Global |\n| Mapster | Maps | US / EU |\n';
  const page = imported(`${table}\nTransfers from the EU to the United States are made under the Standard Contractual Clauses.\n`, 'p.md');
  assert.deepEqual(
    [...page.values()].map((e) => [e.name, mechanisms(e)]),
    [
      ['Cloudex', ['scc']],
      ['Mailwave', 'none'],
      ['Edgely', 'none'],
      ['Mapster', ['scc']],
    ],
  );
  const fr = imported(
    '| Prestataire | Finalité | Pays |\n|---|---|---|\n| Nuagerie | Hébergement | États-Unis |\n| Courrielo | Courriels | France |\n\nLes transferts vers les États-Unis sont encadrés par les clauses contractuelles types.\n',
    'p.md',
  );
  assert.deepEqual(mechanisms(fr.get('Nuagerie')), ['scc']);
  assert.equal(mechanisms(fr.get('Courrielo')), 'none');
  // Hedged, denied, or to a country inside the EEA: no mechanism for anyone.
  for (const said of [
    'Transfers to the United States may rely on the Standard Contractual Clauses.',
    'Transfers to the United States are not covered by the Standard Contractual Clauses.',
    'Transfers to Ireland are made under the Standard Contractual Clauses.',
  ])
    assert.equal(mechanisms(imported(`${table}\n${said}\n`, 'p.md').get('Cloudex')), 'none', said);
  // Headed sections whose "Location:" lines place the vendors, the statement in a section of its own.
  const cards = `## Providers

### Cloudex (Cloudex Inc.) — Hosting
- **Location:** US data centers.

### Mailwave (Mailwave GmbH) — Emails
- **Location:** Germany.

## International transfers

Transfers from the EEA to the US are made under the Standard Contractual Clauses.
`;
  const byCard = imported(cards, 'p.md');
  assert.deepEqual(mechanisms(byCard.get('Cloudex')), ['scc']);
  assert.equal(mechanisms(byCard.get('Mailwave')), 'none');
});

test('a page-wide sentence on a transfer that may happen ("would be subject to", « nécessite … la signature ») states no mechanism', () => {
  const table = (p: string) =>
    `## Prestataires techniques\n\n| Prestataire | Mission | Où |\n| --- | --- | --- |\n| Kelvra | Stockage | UE (Dublin) |\n| Pavonis | SMS | États-Unis |\n\n${p}\n`;
  for (const p of [
    'Any transfer outside the EEA would be subject to the SCCs.',
    'Should a provider transfer data outside the EU in future, we will sign the SCCs with it.',
    'Tout transfert hors UE nécessite notre accord écrit préalable et la signature de clauses contractuelles types.',
    'Un transfert hors UE serait encadré par des clauses contractuelles types.',
  ])
    assert.equal(mechanisms(imported(table(p), 'p.md').get('Pavonis')), 'none', p);
  // Near-miss: the same sentence said of transfers that are made.
  const made = imported(table('Transfers outside the EEA are made under the SCCs. We would be glad to answer any question.'), 'p.md');
  assert.deepEqual(mechanisms(made.get('Pavonis')), ['scc']);
  const fr = imported(table('Les transferts hors UE sont encadrés par des clauses contractuelles types.'), 'p.md');
  assert.deepEqual(mechanisms(fr.get('Pavonis')), ['scc']);
});

test('a bracket saying where the hosting or the data is gives storage; a noun for an activity or a thing is no company', () => {
  const where = (s: string) => {
    const r = readLocation(s);
    return { countries: r.countries, entityCountries: r.entityCountries ?? [] };
  };
  assert.deepEqual(where("Nubo SA (L'hébergement est en Suisse)"), { countries: ['CH'], entityCountries: [] });
  assert.deepEqual(where('Nubo SA (les données sont situées en Belgique)'), { countries: ['BE'], entityCountries: [] });
  assert.deepEqual(where('Nubo SA (Hosting is in Switzerland)'), { countries: ['CH'], entityCountries: [] });
  assert.deepEqual(where('Nubo SA (the data is located in Belgium)'), { countries: ['BE'], entityCountries: [] });
  // Near-misses: a company with its legal form is where it is established; another subject says nothing.
  assert.deepEqual(where('Nubo (Nubo SA est située à Genève, Suisse)'), { countries: [], entityCountries: ['CH'] });
  assert.deepEqual(where('Nubo (Nubo AG is in Zurich, Switzerland)'), { countries: [], entityCountries: ['CH'] });
  assert.deepEqual(where('Nubo SA (le support est en Suisse)'), { countries: [], entityCountries: [] });
  assert.deepEqual(where('Nubo SA (the support team is in Switzerland)'), { countries: [], entityCountries: [] });
});

test('a paragraph under a table on "any transfer outside the EU": its mechanism for the rows whose data leaves, none for the rows kept in the EU', () => {
  const table = (p: string) =>
    `## Prestataires techniques\n\n| Prestataire | Mission | Où |\n| --- | --- | --- |\n| Kelvra | Stockage des fichiers | UE (Dublin) |\n| Pavonis | Envoi de SMS | États-Unis |\n\n${p}\n`;
  const fr = imported(
    table('Ces prestataires sont tenus au secret. Tout transfert hors UE est encadré par des clauses contractuelles types.'),
    'p.md',
  );
  assert.deepEqual(mechanisms(fr.get('Pavonis')), ['scc']);
  assert.equal(mechanisms(fr.get('Kelvra')), 'none');
  const en = imported(table('These providers are bound by confidentiality. Any transfer outside the EEA is covered by the SCCs.'), 'p.md');
  assert.deepEqual(mechanisms(en.get('Pavonis')), ['scc']);
  assert.equal(mechanisms(en.get('Kelvra')), 'none');
  // The kinds of safeguard the law offers, listed in brackets: no row's mechanism, wherever its data is.
  const kinds = imported(
    table(
      'Ces prestataires sont tenus au secret. Tout transfert hors UE est encadré par des garanties appropriées (CCT, règles d’entreprise contraignantes).',
    ),
    'p.md',
  );
  assert.equal(mechanisms(kinds.get('Pavonis')), 'none');
  const examples = imported(
    table('These providers are bound by confidentiality. Their transfers rely on safeguards such as the SCCs.'),
    'p.md',
  );
  assert.equal(mechanisms(examples.get('Pavonis')), 'none');
  // Near miss: a paragraph that states the mechanism for every transfer, with no place, gives it to each row.
  const all = imported(
    table('Ces prestataires sont tenus au secret. Leurs transferts sont encadrés par des clauses contractuelles types.'),
    'p.md',
  );
  assert.deepEqual(mechanisms(all.get('Pavonis')), ['scc']);
  assert.deepEqual(mechanisms(all.get('Kelvra')), ['scc']);
});

test('of the addresses a sentence gives, the privacy one is the contact; an address alone is the one it gives', () => {
  const page = (intro: string) =>
    ['# Sub-processors', '', intro, '', '| Vendor | Purpose |', '|---|---|', '| Nubo | Hosting |', ''].join('\n');
  const contact = (intro: string) => readPage(page(intro), 'p.md').contact;
  assert.equal(contact('Questions? Write to sales@velora.example or to our DPO at officer@velora.example.'), 'officer@velora.example');
  assert.equal(
    contact('Pour toute question, écrivez à ventes@velora.example ou à notre DPO : officer@velora.example.'),
    'officer@velora.example',
  );
  assert.equal(contact('Questions? Write to support@velora.example or privacy@velora.example.'), 'privacy@velora.example');
  // An address alone is the one the sentence gives for questions, whatever its own part; of several that are all
  // other desks', none is the privacy contact.
  assert.equal(contact('To object to a new sub-processor, write to support@velora.example.'), 'support@velora.example');
  assert.equal(contact('Pour toute question, écrivez à support@velora.example.'), 'support@velora.example');
  assert.equal(contact('For any question, contact sales@velora.example or billing@velora.example.'), undefined);
  // Near-misses: a support address the words give to the officer is the contact; a general address is still the
  // contact, alone or first of two that are no other desk's.
  assert.equal(contact('Notre DPO répond à vos questions : support@velora.example.'), 'support@velora.example');
  assert.equal(contact('For any question about this list, write to hello@velora.example.'), 'hello@velora.example');
  assert.equal(contact('Pour toute question sur cette liste : contact@velora.example ou sales@velora.example.'), 'contact@velora.example');
});

test('an item whose own sentence says its data is sent to one country gives that place; a denial or no country gives none', () => {
  const list = (fr: string, en: string) =>
    `## Sous-traitants\n\nNous faisons appel aux sous-traitants suivants :\n\n- **Nuagerie** — Sauvegardes. ${fr}\n- **Postlane** — Mailing. ${en}\n`;
  const page = imported(
    list('Données transférées au Canada (clauses contractuelles types).', 'Data transferred to the United States.'),
    'p.md',
  );
  assert.deepEqual(countries(page.get('Nuagerie')), ['CA']);
  assert.deepEqual(countries(page.get('Postlane')), ['US']);
  // Near misses: a denial, a place that is no one country.
  const none = imported(list('Les données ne sont pas transférées au Canada.', 'Data transferred outside the EEA.'), 'p.md');
  assert.equal(countries(none.get('Nuagerie')), 'none');
  assert.equal(countries(none.get('Postlane')), 'none');
});

test('a sentence of prose under a table gives a vendor a scheme only when it says the vendor holds it, named before the scheme', () => {
  const table =
    '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Nimbara GmbH | Hosting | Germany |\n| Postwick SAS | Email | France |\n| Ledgerly Ltd | Accounting | Ireland |\n';
  // Denied, aimed at, or no longer held: no scheme.
  const denied = imported(
    `${table}\nNimbara is not ISO 27001 certified. Postwick expects to be SOC 2 Type II certified in 2027.\nLedgerly's ISO 27001 certification lapsed in 2024.\n`,
    'p.md',
  );
  for (const e of denied.values()) assert.equal(e.certifications, 'unknown', String(e.name));
  const tableFr =
    '| Sous-traitant | Finalité | Pays |\n|---|---|---|\n| Nimbara GmbH | Hébergement | Allemagne |\n| Postwick SAS | Emailing | France |\n| Ledgerly SAS | Comptabilité | France |\n';
  const deniedFr = imported(
    `${tableFr}\nNimbara n'est pas certifié HDS. Postwick prépare sa certification ISO 27001 pour 2027.\nLa certification SecNumCloud de Ledgerly est visée pour 2028.\n`,
    'p.md',
  );
  for (const e of deniedFr.values()) assert.equal(e.certifications, 'unknown', String(e.name));
  // The publisher's own scheme, named before the vendor the sentence names: not the vendor's.
  const own = imported(
    `${table}\nAcme is ISO 27001 certified and hosts its platform with Nimbara.\nOur SOC 2 Type II certified platform sends email through Postwick.\nWe are HDS certified; Ledgerly keeps our books.\n`,
    'p.md',
  );
  for (const e of own.values()) assert.equal(e.certifications, 'unknown', String(e.name));
  const ownFr = imported(`${tableFr}\nAcme, certifiée ISO 27001, héberge sa plateforme chez Nimbara.\n`, 'p.md');
  assert.equal(ownFr.get('Nimbara GmbH')?.certifications, 'unknown');
  // Near-misses: the vendor named before the scheme it holds, in English and French, keeps it.
  const held = imported(`${table}\nNimbara is ISO 27001 certified. Postwick is SOC 2 Type II certified.\n`, 'p.md');
  assert.deepEqual(held.get('Nimbara GmbH')?.certifications, ['iso27001']);
  assert.deepEqual(held.get('Postwick SAS')?.certifications, ['soc2-type2']);
  const heldFr = imported(`${tableFr}\nNimbara est certifié HDS.\n`, 'p.md');
  assert.deepEqual(heldFr.get('Nimbara GmbH')?.certifications, ['hds']);
});

test('an item of a list of measures names a vendor and a scheme: the vendor holds it only when the item says so', () => {
  const page = (measures: string) =>
    imported(
      `# Sub-processors\n\n| Sub-processor | Purpose |\n|---|---|\n| Nimbara GmbH | Hosting |\n\n## Security\n\n- ${measures}\n- Encryption at rest\n`,
      'p.md',
    );
  assert.deepEqual(page('Data-centre access only for Nimbara staff (ISO 27001 certified)').get('Nimbara GmbH')?.certifications, [
    'iso27001',
  ]);
  assert.equal(page('Nimbara hosting, ISO 27001 certification in progress').get('Nimbara GmbH')?.certifications, 'unknown');
  assert.equal(page('We are ISO 27001 certified and host with Nimbara').get('Nimbara GmbH')?.certifications, 'unknown');
});

test('a name whose brackets or words tie the company to its group gives the parent’s country to no one, and the parent is no entity', () => {
  const md = `| Sub-processor | Purpose | Location |
|---|---|---|
| Nimbara GmbH, a subsidiary of Nimbara Holdings Inc. (USA) | Hosting | Germany |
| Postwick SAS (part of Mailgroup Ltd, United Kingdom) | Email | France |
| Ledgerly BV (owned by Ledger Holdings Inc., Canada) | Accounting | Netherlands |
| Relaypoint Ltd (Ireland) | Support | Ireland |
| Cloudnest (Cloudnest SAS, France) | Backup | France |
`;
  const page = imported(md, 'p.md');
  const seat = (name: string) => {
    const e = [...page.values()].find((x) => String(x.name).startsWith(name))!;
    return [e.entity, e.entityCountry ?? 'none'];
  };
  assert.deepEqual(seat('Nimbara'), ['Nimbara GmbH', 'none']);
  assert.deepEqual(seat('Postwick'), ['Postwick SAS', 'none']);
  assert.deepEqual(seat('Ledgerly'), ['Ledgerly BV', 'none']);
  // Near-misses: the company's own country in its brackets, alone or after its entity.
  assert.deepEqual(seat('Relaypoint'), ['Relaypoint Ltd', 'IE']);
  assert.deepEqual(seat('Cloudnest'), ['Cloudnest SAS', 'FR']);
  const fr = imported(
    `# Sous-traitants\n\n- **Nimbara SAS** (filiale de Nimbara Inc., États-Unis) — hébergement, France.\n- **Ledgerly SAS** (France) — comptabilité.\n`,
    'p.md',
  );
  assert.equal(fr.get('Nimbara SAS')?.entityCountry, undefined);
  assert.equal(fr.get('Ledgerly SAS')?.entityCountry, 'FR');
  const items = imported(`# Sub-processors\n\n- **Nimbara Ireland Ltd** (subsidiary of Nimbara Inc., USA) — hosting in Ireland.\n`, 'p.md');
  assert.equal(items.get('Nimbara Ireland Ltd')?.entityCountry, undefined);
});

test('days of notice a vendor gives the publisher about its own sub-processors are not the page’s notice', () => {
  const table = '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Nimbara GmbH | Hosting | Germany |\n';
  const notice = (text: string) => pageToInventory(readPage(`${table}\n${text}\n`, 'p.md'), { today: '2026-12-01' }).value.inventory as Obj;
  assert.equal(notice("Nimbara may change its own sub-processors with 14 days' notice to us.").noticeDays, undefined);
  assert.equal(
    notice('Nimbara nous informe de tout changement de ses propres sous-traitants avec un préavis de 10 jours.').noticeDays,
    undefined,
  );
  // Near-misses: the publisher's notice to its customers, in English and French.
  assert.equal(notice("We give customers 30 days' notice before engaging a new sub-processor.").noticeDays, 30);
  assert.equal(notice('Nous vous informons de tout nouveau sous-traitant avec un préavis de 15 jours.').noticeDays, 15);
});

test('the publisher’s words on its own models say nothing of whether the vendor trains on customer data', () => {
  for (const t of [
    'We never train our own models on your data.',
    'Our own models are never trained on customer data',
    'Nous n’entraînons pas nos propres modèles sur vos données.',
  ])
    assert.equal(trainsOnCustomerDataIn(t), undefined, t);
  // Near-misses: the vendor's own words, in English and French.
  assert.equal(trainsOnCustomerDataIn('Brainly does not train its models on customer data.'), false);
  assert.equal(trainsOnCustomerDataIn('Brainly n’entraîne pas ses modèles sur vos données.'), false);
  const md = `- **Brainly AI Inc.** — AI assistant, United States. We never train our own models on your data.\n- **Modelworks Ltd** — summaries. Modelworks does not train its models on customer data.\n`;
  const page = imported(`# Sub-processors\n\n${md}`, 'p.md');
  assert.equal(page.get('Brainly AI Inc.')?.ai, undefined);
  assert.deepEqual(page.get('Modelworks Ltd')?.ai, { trainsOnCustomerData: false });
});

test('another document’s update date (its terms, a vendor’s DPA) is not the page’s', () => {
  const table = '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Nimbara GmbH | Hosting | Germany |\n';
  const dated = (text: string) =>
    (pageToInventory(readPage(`${table}\n${text}\n`, 'p.md'), { today: '2026-12-01' }).value.inventory as Obj).lastUpdated;
  assert.equal(dated('Our Terms of Service were last updated on 3 April 2025.'), 'unknown');
  assert.equal(dated("Nimbara's DPA was last updated on 3 April 2025."), 'unknown');
  assert.equal(dated('Le contrat a été mis à jour le 3 avril 2025.'), 'unknown');
  // A policy the page names as a document of its own.
  assert.equal(dated('Our Privacy Policy was last updated on 3 April 2025.'), 'unknown');
  assert.equal(dated('Notre politique de confidentialité a été mise à jour le 3 avril 2025.'), 'unknown');
  assert.equal(dated('Les mentions légales ont été mises à jour le 3 avril 2025.'), 'unknown');
  // Near-misses: the list's own update, in English and French, and a bare label.
  assert.equal(dated('This list was last updated on 3 April 2025.'), '2025-04-03');
  assert.equal(dated('Cette liste a été mise à jour le 3 avril 2025.'), '2025-04-03');
  // The policy the list is published in.
  assert.equal(dated('This Privacy Policy was last updated on 3 April 2025.'), '2025-04-03');
  assert.equal(dated('Cette politique de confidentialité a été mise à jour le 3 avril 2025.'), '2025-04-03');
  assert.equal(dated('Last updated: 3 April 2025'), '2025-04-03');
});

test('a transfer sentence\'s exception ("except for Pavonis, which relies on the DPF") gives its mechanism to the vendor it names only, the rule to the others', () => {
  const table =
    '| Vendor | Purpose | Location |\n|---|---|---|\n| Nubo | Hosting | United States |\n| Pavonis | Analytics | United States |\n| Postie | Email | United States |\n';
  const en = imported(
    `${table}\nTransfers to the United States are covered by the Standard Contractual Clauses, except for Pavonis, which relies on the EU-US Data Privacy Framework.\n`,
    'p.md',
  );
  assert.deepEqual(
    [...en.values()].map((e) => [e.name, mechanisms(e)]),
    [
      ['Nubo', ['scc']],
      ['Pavonis', ['dpf']],
      ['Postie', ['scc']],
    ],
  );
  const fr = imported(
    '| Prestataire | Finalité | Localisation |\n|---|---|---|\n| Nubo | Hébergement | États-Unis |\n| Pavonis | Mesure d’audience | États-Unis |\n' +
      "\nLes transferts vers les États-Unis sont encadrés par les clauses contractuelles types, à l'exception de Pavonis, qui s'appuie sur le Data Privacy Framework UE-US.\n",
    'p.md',
  );
  assert.deepEqual(
    [...fr.values()].map((e) => [e.name, mechanisms(e)]),
    [
      ['Nubo', ['scc']],
      ['Pavonis', ['dpf']],
    ],
  );
  // Near-misses: an exception that names the vendor and no mechanism gives it none; one that names no vendor leaves
  // unsettled whom the rule covers, so no one gets it.
  const bare = imported(
    `${table}\nTransfers to the United States are covered by the Standard Contractual Clauses, except for Pavonis.\n`,
    'p.md',
  );
  assert.deepEqual(
    [...bare.values()].map((e) => mechanisms(e)),
    [['scc'], 'none', ['scc']],
  );
  // An exception inside the rule, closed by a comma before the rule's verb (review10): the vendor is only set apart.
  const inside = imported(
    `${table}\nTransfers to the United States, other than those to Pavonis, rely on the Standard Contractual Clauses.\n`,
    'p.md',
  );
  assert.deepEqual(
    [...inside.values()].map((e) => mechanisms(e)),
    [['scc'], 'none', ['scc']],
  );
  const dedans = imported(
    '| Prestataire | Localisation |\n|---|---|\n| Nubo | États-Unis |\n| Pavonis | États-Unis |\n' +
      '\nLes transferts vers les États-Unis, sauf ceux vers Pavonis, sont encadrés par les clauses contractuelles types.\n',
    'p.md',
  );
  assert.deepEqual(
    [...dedans.values()].map((e) => mechanisms(e)),
    [['scc'], 'none'],
  );
  // "All vendors except Pavonis rely on …": never the excepted vendor's.
  const all = imported(
    `${table}\nAll vendors except Pavonis rely on the Standard Contractual Clauses for transfers to the United States.\n`,
    'p.md',
  );
  assert.equal(mechanisms(all.get('Pavonis')), 'none');
  const open = imported(
    `${table}\nTransfers to the United States rely on the Standard Contractual Clauses, except where another safeguard applies.\n`,
    'p.md',
  );
  assert.deepEqual(
    [...open.values()].map((e) => mechanisms(e)),
    ['none', 'none', 'none'],
  );
});

test("a certification of the vendor's parent company, or one it requires of its suppliers, is not the vendor's", () => {
  const en = imported(
    '| Vendor | Purpose | Certifications |\n|---|---|---|\n| Nubo | Hosting | Parent company is ISO 27001 certified |\n' +
      '| Pavonis | Analytics | Suppliers must hold SOC 2 |\n| Postie | Email | ISO 27001 |\n| Mailbird | Mail | SOC 2 Type II |\n' +
      "\nMailbird's parent company is ISO 27701 certified. Postie requires its sub-processors to be ISO 27017 certified.\n",
    'p.md',
  );
  assert.deepEqual(
    [...en.values()].map((e) => [e.name, e.certifications]),
    [
      ['Nubo', 'unknown'],
      ['Pavonis', 'unknown'],
      ['Postie', ['iso27001']],
      ['Mailbird', ['soc2-type2']],
    ],
  );
  const fr = imported(
    '| Prestataire | Finalité | Certifications |\n|---|---|---|\n| Nubo | Hébergement | Société mère certifiée ISO 27001 |\n' +
      '| Pavonis | Mesure | Ses fournisseurs doivent être certifiés SOC 2 |\n| Postie | E-mail | ISO 27001, HDS |\n',
    'p.md',
  );
  assert.deepEqual(
    [...fr.values()].map((e) => [e.name, e.certifications]),
    [
      ['Nubo', 'unknown'],
      ['Pavonis', 'unknown'],
      ['Postie', ['iso27001', 'hds']],
    ],
  );
  // Near-miss: the vendor's own certification in prose stays its own.
  const own = imported('| Vendor | Purpose |\n|---|---|\n| Nubo | Hosting |\n| Postie | Email |\n\nNubo is ISO 27001 certified.\n', 'p.md');
  assert.deepEqual(own.get('Nubo')?.certifications, ['iso27001']);
});

test("a support team's place, in a place cell or on a role card's line, is access, never where the data is stored", () => {
  const cell = imported(
    '| Prestataire | Finalité | Localisation |\n|---|---|---|\n| Mailo SAS | Messagerie | les données sont en France, le support est au Maroc |\n| Nubo | Hébergement | France |\n',
    'p.md',
  );
  assert.deepEqual(countries(cell.get('Mailo SAS')), ['FR']);
  assert.deepEqual((cell.get('Mailo SAS')?.access as Obj | undefined)?.countries, ['MA']);
  const card = imported(
    '<h1>Legal notice</h1><dl><dt>Hosting</dt><dd>Nubo Cloud Ltd<br>1 High Street, London EC1A 1AA, United Kingdom<br>Support team in Lisbon, Portugal</dd>' +
      '<dt>CDN</dt><dd>Edgeways, Inc.<br>1 Market St, San Francisco, CA 94107, USA<br>Support: Lisbon team</dd></dl>',
    'p.html',
  );
  assert.deepEqual(
    [...card.values()].map((e) => [e.name, countries(e), (e.access as Obj | undefined)?.countries ?? 'none']),
    [
      ['Nubo Cloud Ltd', 'none', ['PT']],
      ['Edgeways, Inc.', 'none', 'none'],
    ],
  );
});

test("on a French page, an entry's note quotes the readers' own labels in French (« Transfert : », « Société : »); the page's labels as written", () => {
  const fr = imported(
    '# Nos sous-traitants\n\n- **Hébergement** : Nubo Cloud (Belgique)\n- **E-mail** : Postiers (France)\n- **Paiement** : Pago\n\n' +
      'Les transferts vers la Belgique sont encadrés par les clauses contractuelles types.\n',
    'p.md',
  );
  assert.match(String(fr.get('Nubo Cloud')?.note), /^Société: Belgique/);
  assert.doesNotMatch(String(fr.get('Nubo Cloud')?.note), /Company|Transfer:/);
  // Near-misses: the same page in English keeps the English labels; a French page's own column label stays as written.
  const en = imported(
    '# Our sub-processors\n\n- **Hosting**: Nubo Cloud (Belgium)\n- **Email**: Postiers (France)\n- **Payments**: Pago\n',
    'p.md',
  );
  assert.match(String(en.get('Nubo Cloud')?.note), /^Company: Belgium/);
  const table = imported('| Prestataire | Garanties |\n|---|---|\n| Nubo | CCT (sans objet) |\n| Pago | CCT |\n', 'p.md');
  assert.equal(table.get('Nubo')?.note, 'Garanties: CCT (sans objet)');
});

test('a page-wide transfer sentence that leaves the case open or denies the mechanism gives no entry a mechanism', () => {
  const table =
    '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Textello Inc. | SMS | United States |\n| Nubo SAS | Hosting | France |\n';
  const scc = (sentence: string) => {
    const page = imported(`# Sub-processors\n\n${table}\n${sentence}\n`, 'p.md');
    return [mechanisms(page.get('Textello Inc.')), mechanisms(page.get('Nubo SAS'))];
  };
  for (const sentence of [
    'We do not rely on Standard Contractual Clauses for transfers outside the EU.',
    "Nous n'encadrons pas les transferts hors UE par des clauses contractuelles types.",
    'Transfers outside the EU: where applicable, Standard Contractual Clauses.',
    'Transferts hors UE : le cas échéant, clauses contractuelles types.',
  ])
    assert.deepEqual(scc(sentence), ['none', 'none'], sentence);
  // Near-misses: the transfers out of the EU as a whole, in English and French: the entry outside the EEA only.
  assert.deepEqual(scc('Transfers outside the EU are made under Standard Contractual Clauses.'), [['scc'], 'none']);
  assert.deepEqual(scc('Les transferts hors UE sont encadrés par les clauses contractuelles types.'), [['scc'], 'none']);
  // Some of the providers send data out of the EU, and those transfers rest on the SCCs: the entry outside the EEA.
  assert.deepEqual(scc('Some of these providers transfer data outside the EU; these transfers rely on Standard Contractual Clauses.'), [
    ['scc'],
    'none',
  ]);
});

test('a vendor’s answer on training left to be confirmed (« ? À confirmer », "to be confirmed") says nothing', () => {
  assert.equal(trainsOnCustomerDataIn("Pas d'entraînement sur vos données ? À confirmer."), undefined);
  assert.equal(trainsOnCustomerDataIn('No training on your data (to be confirmed).'), undefined);
  // Near-misses: the same words, settled.
  assert.equal(trainsOnCustomerDataIn("Pas d'entraînement sur vos données."), false);
  assert.equal(trainsOnCustomerDataIn('No training on your data.'), false);
});

test('a table introduced as the publisher’s customers (« Nos clients : », "Our customers:") names no vendor', () => {
  const vendors = '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Nubo SAS | Hosting | France |\n| Postie | Email | Germany |\n';
  const names = (lead: string) => [
    ...imported(
      `# Sub-processors\n\n${vendors}\n${lead}\n\n| Company | Country |\n|---|---|\n| Nubo Partners Ltd | Canada |\n| Acme Retail | Spain |\n`,
      'p.md',
    ).keys(),
  ];
  for (const lead of [
    'Our customers:',
    'Some of our customers include:',
    'Nos clients :',
    'Quelques-uns de nos investisseurs :',
    'Nos partenaires commerciaux (non sous-traitants) :',
    'Partners that are not sub-processors:',
  ])
    assert.deepEqual(names(lead), ['Nubo SAS', 'Postie'], lead);
  // Under a heading that names them so.
  for (const heading of ['## Companies that trust us', '## Ils nous font confiance'])
    assert.deepEqual(names(`${heading}\n`), ['Nubo SAS', 'Postie'], heading);
  // Near-miss: the data of the customers, processed by the companies the table lists.
  assert.deepEqual(names('The data of our customers is also processed by:'), ['Nubo SAS', 'Postie', 'Nubo Partners Ltd', 'Acme Retail']);
});

test('a labelled line under the list’s own heading ("Transfers outside the EU: SCCs") speaks of the list: no entry named after the heading', () => {
  const table =
    '| Sub-processor | Purpose | Location |\n|---|---|---|\n| Textello Inc. | SMS | United States |\n| Nubo SAS | Hosting | France |\n';
  for (const [heading, line] of [
    ['Sub-processors', 'Transfers outside the EU: Standard Contractual Clauses.'],
    ['Liste des sous-traitants ultérieurs', 'Transferts hors UE : clauses contractuelles types.'],
  ]) {
    const page = imported(`# ${heading}\n\n${table}\n${line}\n`, 'p.md');
    assert.deepEqual([...page.keys()], ['Textello Inc.', 'Nubo SAS'], heading);
    assert.deepEqual(mechanisms(page.get('Textello Inc.')), ['scc'], heading);
    assert.equal(mechanisms(page.get('Nubo SAS')), 'none', heading);
  }
  // Near-miss: a vendor's heading over its labelled lines stays that vendor's card.
  const card = imported('# Sub-processors\n\n## Textello Inc.\n\n- Purpose: SMS\n- Location: United States\n', 'p.md');
  assert.deepEqual([...card.keys()], ['Textello Inc.']);
});
