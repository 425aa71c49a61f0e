/**
 * Shapes and words of holdout18's and older holdouts' French leftovers (issue 22, readers-d): a row naming a kind of
 * AI, a mechanism left to each platform, a country called adequate, a version's date, a date before a template
 * string's end, sections held as [heading, paragraphs] pairs. Each with its near-miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { codeDocumentBlocks } from './read/codeDocument';
import { dateIn, mechanismsIn } from './wording';

const names = (text: string, file = 'p.md') => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('a row naming a kind of AI in common words ("IA générative", "AI assistant") names no vendor', () => {
  const fr = `| Prestataire | Rôle | Localisation |
|---|---|---|
| **Nuagique** | Hébergement | France |
| **IA générative** | Rédaction des réponses | Données du formulaire uniquement |
`;
  assert.deepEqual(names(fr), ['Nuagique']);
  const en = `| Provider | Role | Location |
|---|---|---|
| Cloudnest | Hosting | Germany |
| AI assistant | Drafting replies | Form answers only |
`;
  assert.deepEqual(names(en), ['Cloudnest']);
});

test('near misses: a brand with "AI" or "IA" in its name stays a vendor', () => {
  const md = `| Prestataire | Rôle | Localisation |
|---|---|---|
| Mistralia AI | Modèles de langage | France |
| IA Solutions | Rédaction | Belgique |
| AI21 Labs | Modèles | Israël |
`;
  assert.deepEqual(names(md), ['Mistralia AI', 'IA Solutions', 'AI21 Labs']);
});

test('a mechanism left to each platform or provider ("CCT selon plateforme", "SCCs depending on the provider") is not stated', () => {
  assert.deepEqual(mechanismsIn('CCT selon plateforme').mechanisms, []);
  assert.deepEqual(mechanismsIn('Clauses contractuelles types selon le prestataire').mechanisms, []);
  assert.deepEqual(mechanismsIn('SCCs depending on the provider').mechanisms, []);
  assert.deepEqual(mechanismsIn('SCCs or DPF, varies by platform').mechanisms, []);
  // Near misses: "selon" naming the text the clauses follow, and a plain mechanism, are stated.
  assert.deepEqual(mechanismsIn('CCT selon la décision 2021/914 de la Commission').mechanisms, ['scc']);
  assert.deepEqual(mechanismsIn('Clauses Contractuelles Types').mechanisms, ['scc']);
});

test('a country the page calls adequate ("Pays adéquat", "adequate country") is an adequacy decision', () => {
  assert.deepEqual(mechanismsIn('Pays adéquat (décision du 26 juillet 2000)').mechanisms, ['adequacy']);
  assert.deepEqual(mechanismsIn('Pays reconnu adéquat par la Commission').mechanisms, ['adequacy']);
  assert.deepEqual(mechanismsIn('Adequate country (Commission decision)').mechanisms, ['adequacy']);
  assert.deepEqual(mechanismsIn('Country deemed adequate').mechanisms, ['adequacy']);
  // Near misses: an adequate level of protection is what any safeguard aims at; a country not adequate is none.
  assert.deepEqual(mechanismsIn('Nous garantissons un niveau de protection adéquat.').mechanisms, []);
  assert.deepEqual(mechanismsIn('We ensure an adequate level of protection for your data.').mechanisms, []);
  assert.deepEqual(mechanismsIn('Pays non adéquat').mechanisms, []);
  assert.deepEqual(mechanismsIn('Countries not deemed adequate').mechanisms, []);
});

test('a version\'s date ("Version 0.2 (bêta), datée du …", "Version 3, dated …"), and a date before a backtick', () => {
  assert.equal(dateIn('Version 0.2 (bêta), datée du 14 septembre 2026.', 'fr'), '14 septembre 2026');
  assert.equal(dateIn('Version 3, dated 2 May 2026.'), '2 May 2026');
  assert.equal(dateIn('Version actuelle : Juin 2026`, }, ];', 'fr'), 'Juin 2026');
  assert.equal(dateIn('Last updated: `2026-05-04`'), '2026-05-04');
  // Near misses: a letter dated so is no version of the page; a version with no date gives none.
  assert.equal(dateIn('Voir notre lettre datée du 3 mai 2026.', 'fr'), undefined);
  assert.equal(dateIn('Version 0.2 (bêta), bientôt publique.', 'fr'), undefined);
});

const legalModule = (sections: string) =>
  [
    '// Contenus légaux de la boutique.',
    'export const LEGAL = {',
    "  '/confidentialite': {",
    "    title: 'Politique de confidentialité',",
    '    sections: [',
    sections,
    '    ],',
    '  },',
    '};',
  ].join('\n');

test('sections held as [heading, paragraphs] pairs: each heading over its paragraphs, read as the page shows them', () => {
  const text = legalModule(
    [
      "      ['Destinataires', ['Nos sous-traitants : Nuagique (hébergement du site) et Payvo (paiement).']],",
      "      ['Transferts hors de l’Union européenne', ['Nuagique est située au Canada et Payvo peut traiter des données hors de l’Union européenne. Ces transferts sont encadrés par les clauses contractuelles types.']],",
      "      ['Cookies', 'Aucun cookie publicitaire.'],",
    ].join('\n'),
  );
  assert.deepEqual(
    codeDocumentBlocks(text).map((b) => [b.kind, b.kind === 'table' ? '' : b.text.slice(0, 30)]),
    [
      ['heading', 'Politique de confidentialité'],
      ['heading', 'Destinataires'],
      ['paragraph', 'Nos sous-traitants : Nuagique '],
      ['heading', 'Transferts hors de l’Union eur'],
      ['paragraph', 'Nuagique est située au Canada '],
      ['heading', 'Cookies'],
      ['paragraph', 'Aucun cookie publicitaire.'],
    ],
  );
  // The transfer sentence, now a paragraph of its section, gives both vendors it names their mechanism.
  const page = readPage(text, 'legal.js.html');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.some((f) => f.key === 'transfer' && /clauses contractuelles/.test(f.value))]),
    [
      ['Nuagique', true],
      ['Payvo', true],
    ],
  );
});

test('near miss: pairs whose first string is a sentence, or whose second holds no text, are no sections', () => {
  const text = legalModule(
    [
      "      ['Nous ne vendons aucune donnée.', ['Jamais.']],",
      "      ['Cookies', [1, 2]],",
      "    ['Droits', ['Vous pouvez accéder à vos données.']],",
    ].join('\n'),
  );
  assert.deepEqual(
    codeDocumentBlocks(text)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text),
    ['Politique de confidentialité'],
  );
});

const companyCountries = (text: string) =>
  readPage(text, 'p.md').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'entityCountry')?.value]);

test('hosts listed after "hébergée sur :" with their postal addresses: each address is the listed vendor’s, a slashed name’s first part too', () => {
  const fr = `## Hébergement

L'application est hébergée sur :
- **Nuagique Cloud** — 12 rue des Lilas, 75001 Paris, France
- **Codeforge** — 88 Main Street, Springfield, IL 62701, USA

## Sous-traitants

| Prestataire | Pays | Usage |
|---|---|---|
| Nuagique / Nimbo | Canada | Hébergement de l'application |
| Payvo | Irlande | Paiements |
| Codeforge | USA | Code source |
`;
  assert.deepEqual(companyCountries(fr), [
    ['Nuagique / Nimbo', '12 rue des Lilas, 75001 Paris, France'],
    ['Payvo', undefined],
    ['Codeforge', '88 Main Street, Springfield, IL 62701, USA'],
  ]);
  const en = `## Hosting

The service is hosted on:
- **Cloudnest** - 4 Quay Street, Dublin 2, Ireland

## Sub-processors

| Provider | Country | Use |
|---|---|---|
| Cloudnest | Ireland | Hosting |
| Paytide | USA | Payments |
`;
  assert.deepEqual(companyCountries(en), [
    ['Cloudnest', '4 Quay Street, Dublin 2, Ireland'],
    ['Paytide', undefined],
  ]);
});

test('near misses: items after a lead that is no host’s, an item with no address, a name no part of which opens the host’s', () => {
  const md = `Nos partenaires :
- **Payvo** — 3 Dock Road, Dublin 1, Ireland

L'application est hébergée sur :
- **Codeforge** — hébergement du code source
- **Nimbostrat Hosting** — 5 Cloud Lane, Austin, TX 78701, USA

| Prestataire | Pays | Usage |
|---|---|---|
| Payvo | Irlande | Paiements |
| Codeforge | USA | Code source |
| Nimbo / Stratus | USA | Hébergement |
`;
  assert.deepEqual(companyCountries(md), [
    ['Payvo', undefined],
    ['Codeforge', undefined],
    ['Nimbo / Stratus', undefined],
  ]);
});

const certifications = (text: string) =>
  readPage(text, 'p.md').entries.map((e) => [e.name, e.facts.find((f) => f.key === 'certifications')?.value]);

test('a payment provider the page calls PCI DSS certified without naming it: the list’s one vendor for payments', () => {
  const fr = `| Prestataire | Finalité | Pays |
|---|---|---|
| Nuagique | Hébergement | France |
| Payvo | Paiement par carte | Irlande |

## Sécurité

Mots de passe chiffrés, connexions sécurisées, paiements traités par un prestataire certifié PCI-DSS.
`;
  assert.deepEqual(certifications(fr), [
    ['Nuagique', undefined],
    ['Payvo', 'PCI-DSS'],
  ]);
  const en = `| Provider | Purpose | Country |
|---|---|---|
| Cloudnest | Hosting | Ireland |
| Paytide | Payments | USA |

Card payments are handled by a PCI DSS certified provider.
`;
  assert.deepEqual(certifications(en), [
    ['Cloudnest', undefined],
    ['Paytide', 'PCI DSS'],
  ]);
});

test('near misses: two vendors for payments, a provider not certified or to be chosen, no payments said: no certification', () => {
  const two = `| Prestataire | Finalité | Pays |
|---|---|---|
| Payvo | Paiement | Irlande |
| Paytide | Paiement | USA |

Les paiements sont traités par un prestataire certifié PCI-DSS.
`;
  assert.deepEqual(certifications(two), [
    ['Payvo', undefined],
    ['Paytide', undefined],
  ]);
  const table = `| Provider | Purpose | Country |
|---|---|---|
| Cloudnest | Hosting | Ireland |
| Paytide | Payments | USA |

`;
  for (const sentence of [
    'Card payments will be handled by a PCI DSS certified provider.',
    'Payments are not handled by a PCI DSS certified provider.',
    'Our hosting is run by a provider certified ISO 27001.',
    // (review11) Payments of a channel or place of their own, a condition, a provider set apart: not the listed one's.
    'In-store payments are handled by a separate PCI DSS certified provider.',
    'If you pay by bank transfer, payments are handled by a PCI DSS certified provider.',
    'Les paiements en magasin sont traités par un prestataire certifié PCI-DSS distinct.',
    'Si vous payez par virement, les paiements sont traités par un prestataire certifié PCI-DSS.',
  ])
    assert.deepEqual(certifications(table + sentence + '\n'), [
      ['Cloudnest', undefined],
      ['Paytide', undefined],
    ]);
});

/** A component whose list is a data array it maps to a table, beside hosting cards labelled by unresolved keys. */
const keyedNotice = (cards: string) =>
  [
    'import { useTranslation } from "react-i18next";',
    '',
    'const Notice = () => {',
    "  const { t } = useTranslation('legal');",
    '  const processors = [',
    '    { name: "Nubo (Cloudrift)", location: "UE", guarantees: "RGPD" },',
    '    { name: "Payvo", location: "UE / US", guarantees: "CCT" },',
    '    { name: "Statly", location: "US", guarantees: "CCT" },',
    '  ];',
    '  return (',
    '    <div>',
    cards,
    '      <table><tbody>',
    '        {processors.map((p) => (<tr key={p.name}><td>{p.name}</td><td>{p.location}</td><td>{p.guarantees}</td></tr>))}',
    '      </tbody></table>',
    '    </div>',
    '  );',
    '};',
  ].join('\n');

const keyedCard = (id: string, lines: [string, string][], badges = '') =>
  [
    `      <h3>{t('notice.hosting.${id}.title')}</h3>`,
    ...lines.map(([label, value]) => `      <p><strong>{t('notice.hosting.${id}.${label}')}</strong> ${value}</p>`),
    badges ? `      <div>${badges}</div>` : '',
  ].join('\n');

const factsOf = (text: string) =>
  readPage(text, 'notice.html').entries.map((e) => [
    e.name ?? e.heading,
    ...e.facts
      .filter((f) => ['entityCountry', 'website', 'certifications', 'transfer'].includes(f.key ?? ''))
      .map((f) => `${f.key}=${f.value}`),
  ]);

test('cards labelled by unresolved translation keys: each names its vendor, its address, site and badges; the list’s short name joins it', () => {
  const cards = [
    keyedCard(
      'db',
      [
        ['company', 'Nubo Inc.'],
        ['address', '12 Harbour Road, Singapore 318992'],
        ['region', "{t('notice.hosting.db.regionValue')}"],
        ['website', '<a href="https://nubo.example">https://nubo.example</a>'],
      ],
      '<span>SOC 2 Type II</span> <span>GDPR Compliant</span>',
    ),
    keyedCard(
      'infra',
      [
        ['provider', 'Cloudrift'],
        ['website', '<a href="https://cloudrift.example">https://cloudrift.example</a>'],
      ],
      '<span>ISO 27001</span> <span>SOC 1/2/3</span>',
    ),
    keyedCard('mail', [['company', 'Postie Ltd']], '<span>CCT</span> <span>Data Privacy Framework</span>'),
  ].join('\n');
  assert.deepEqual(factsOf(keyedNotice(cards)), [
    [
      'Nubo Inc.',
      'entityCountry=12 Harbour Road, Singapore 318992',
      'website=https://nubo.example',
      'certifications=SOC 2 Type II',
      // The list's "Nubo (Cloudrift)" (its first word the card's): its cells are the card's vendor's.
      'transfer=RGPD',
    ],
    ['Cloudrift', 'website=https://cloudrift.example', 'certifications=ISO 27001, SOC 1, SOC 2, SOC 3'],
    ['Postie Ltd', 'transfer=CCT Data Privacy Framework'],
    // The list's own vendors the cards do not name follow, as the list gives them.
    ['Payvo', 'transfer=CCT'],
    ['Statly', 'transfer=CCT'],
  ]);
});

test('near miss: a card of another product of the same company ("Statly Cloud") takes no listed vendor ("Statly")', () => {
  const cards = keyedCard('infra', [['provider', 'Statly Cloud']]);
  assert.deepEqual(
    factsOf(keyedNotice(cards)).map((e) => e[0]),
    ['Statly Cloud', 'Nubo (Cloudrift)', 'Payvo', 'Statly'],
  );
});

test('near misses: keyed lines with no company, provider or platform, and a value that is itself a key, name no vendor', () => {
  const cards = [
    keyedCard('editor', [
      ['siret', '51089741600036'],
      ['email', 'contact@exemple.fr'],
    ]),
    keyedCard('db', [['company', "{t('notice.hosting.db.companyValue')}"]]),
  ].join('\n');
  assert.deepEqual(
    factsOf(keyedNotice(cards)).map((e) => e[0]),
    ['Nubo (Cloudrift)', 'Payvo', 'Statly'],
  );
});
