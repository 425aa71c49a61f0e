/** What the import set aside is a fact, worded where it is shown: in English and in French, the page's words kept (issue 26). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unreadColumnsText, unreadText } from './importWords';
import { readPage } from './readPage';
import type { Unread } from './read/unread';

const NBSP = '\u00a0';
const q = (s: string) => `«${NBSP}${s}${NBSP}»`;

test('each reason the reader sets aside, in English as before and in French with « » and no-break spaces; counts in the plural each language gives them', () => {
  const cases: [Unread, string, string][] = [
    [
      { kind: 'tableNotCurrent', data: { name: 'Historical', rows: 2 } },
      "table 'Historical' (2 rows): not current sub-processors",
      `tableau ${q('Historical')} (2 lignes)${NBSP}: sous-traitants ultérieurs envisagés ou anciens, non ceux en fonction`,
    ],
    [
      { kind: 'tableNotSubprocessors', data: { name: 'Other providers', rows: 1 } },
      "table 'Other providers' (1 row): the page says they are not sub-processors",
      `tableau ${q('Other providers')} (1 ligne)${NBSP}: la page indique qu’il ne s’agit pas de sous-traitants ultérieurs`,
    ],
    [
      { kind: 'tableCookies', data: { name: 'Cookies', rows: 1 } },
      "table 'Cookies' (1 row): cookies, not sub-processors",
      `tableau ${q('Cookies')} (1 ligne)${NBSP}: des cookies, non des sous-traitants ultérieurs`,
    ],
    [
      { kind: 'table', data: { name: 'GitLab affiliates', rows: 11, columns: ['Entity', 'Country'] } },
      "table 'GitLab affiliates' (11 rows)",
      `tableau ${q('GitLab affiliates')} (11 lignes)`,
    ],
    [
      { kind: 'tableProcessings', data: { name: 'Registre', rows: 3 } },
      "table 'Registre' (3 rows): a record of processing, one processing a row; the page lists its sub-processors in another table",
      `tableau ${q('Registre')} (3 lignes)${NBSP}: un registre des traitements, un traitement par ligne\u202f; la page liste ses sous-traitants ultérieurs dans un autre tableau`,
    ],
    [
      { kind: 'listAboutAbove', data: { name: 'Where things live', items: 2 } },
      "list 'Where things live' (2 items): about the sub-processors above, not more of them",
      `liste ${q('Where things live')} (2 éléments)${NBSP}: précisions sur les sous-traitants ultérieurs qui précèdent, non de nouveaux`,
    ],
    [
      { kind: 'listMeasures', data: { name: '7. Sécurité', items: 3 } },
      "list '7. Sécurité' (3 items): security measures, not sub-processors",
      `liste ${q('7. Sécurité')} (3 éléments)${NBSP}: des mesures de sécurité, non des sous-traitants ultérieurs`,
    ],
    [
      { kind: 'listOtherTopic', data: { name: '6. Data retention', items: 4 } },
      "list '6. Data retention' (4 items): another topic of the page than its sub-processors",
      `liste ${q('6. Data retention')} (4 éléments)${NBSP}: un autre objet de la page que ses sous-traitants ultérieurs`,
    ],
    [
      { kind: 'rowNotListed', data: { name: 'Amazon Bedrock', table: "Fournisseurs d'IA" } },
      "row 'Amazon Bedrock' of table 'Fournisseurs d'IA': not on the sub-processor list",
      `ligne ${q('Amazon Bedrock')} du tableau ${q("Fournisseurs d'IA")}${NBSP}: absente de la liste des sous-traitants ultérieurs`,
    ],
    [
      { kind: 'rowNotAmong', data: { name: 'Mistral', table: 'AI providers' } },
      "row 'Mistral' of table 'AI providers' (not among the sub-processors)",
      `ligne ${q('Mistral')} du tableau ${q('AI providers')} (ne figure pas parmi les sous-traitants ultérieurs)`,
    ],
    [
      { kind: 'regionRow', data: { name: 'EU' } },
      "row 'EU': says where the rows under it are processed",
      `ligne ${q('EU')}${NBSP}: indique le lieu de traitement des lignes qui la suivent`,
    ],
    [
      { kind: 'partyRow', data: { name: 'La mairie', role: 'Responsable de traitement' } },
      "row 'La mairie': the page gives it the role 'Responsable de traitement', not a sub-processor's",
      `ligne ${q('La mairie')}${NBSP}: la page lui attribue la qualité de ${q('Responsable de traitement')}, non celle de sous-traitant ultérieur`,
    ],
    [
      { kind: 'roleRow', data: { name: 'E-mail delivery provider' } },
      "row 'E-mail delivery provider': a role, no vendor named",
      `ligne ${q('E-mail delivery provider')}${NBSP}: une fonction, sans prestataire désigné`,
    ],
    [
      { kind: 'rowContinues', data: { name: 'Compute | Backup storage' } },
      "row 'Compute | Backup storage': goes on from the row above it, no vendor named",
      `ligne ${q('Compute | Backup storage')}${NBSP}: suite de la ligne qui la précède, sans prestataire désigné`,
    ],
    [
      { kind: 'statuteRow', data: { name: 'Loi n° 18-07 du 10 juin 2018' } },
      "row 'Loi n° 18-07 du 10 juin 2018': a statute, no vendor named",
      `ligne ${q('Loi n° 18-07 du 10 juin 2018')}${NBSP}: un texte de loi, non un prestataire`,
    ],
    [
      { kind: 'itemRight', data: { name: 'Right of access' } },
      "item 'Right of access': a data subject's right, not a party",
      `élément ${q('Right of access')}${NBSP}: un droit des personnes concernées, non un destinataire`,
    ],
    [
      { kind: 'itemNoPersonalData', data: { name: 'Stripe' } },
      "item 'Stripe': the page says it receives no personal data",
      `élément ${q('Stripe')}${NBSP}: la page indique qu’il ne reçoit aucune donnée à caractère personnel`,
    ],
    [
      { kind: 'placeholder', data: { text: '[Insert Date]' } },
      'unfilled placeholder: "[Insert Date]"',
      `mention du modèle non complétée${NBSP}: ${q('[Insert Date]')}`,
    ],
  ];
  for (const [unread, en, fr] of cases) {
    assert.equal(unreadText(unread, 'en'), en);
    assert.equal(unreadText(unread, 'fr'), fr);
  }
  // French says "one" of 0 and 1, English of 1 only.
  const none: Unread = { kind: 'table', data: { name: 'Vide', rows: 0, columns: [] } };
  assert.equal(unreadText(none, 'en'), "table 'Vide' (0 rows)");
  assert.equal(unreadText(none, 'fr'), `tableau ${q('Vide')} (0 ligne)`);
  assert.equal(
    unreadColumnsText(cases[3]![0], 'fr'),
    `Tableau non lu comme une liste de sous-traitants ultérieurs (aucune colonne ne les nomme)${NBSP}: Entity | Country`,
  );
  assert.equal(unreadColumnsText(cases[3]![0], 'en'), 'A table not read as sub-processors (no column names them): Entity | Country');
  assert.equal(unreadColumnsText(cases[0]![0], 'en'), undefined);
});

test("the reader keeps the facts, not sentences: the page's words as written, the size as a number, each reason once", () => {
  const page = readPage(
    [
      '| Sub-processor | Purpose |',
      '|---|---|',
      '| Acme | Hosting |',
      '',
      '## Cookies',
      '',
      '| Cookie | Durée |',
      '|---|---|',
      '| _ga | 13 mois |',
      '| _gb | 13 mois |',
      '',
      'Last updated: [Insert Date]',
      '',
      'Signed: [Insert Date]',
    ].join('\n'),
    'p.md',
  );
  assert.deepEqual(page.unread, [
    { kind: 'table', data: { name: 'Cookies', rows: 2, columns: ['Cookie', 'Durée'] } },
    { kind: 'placeholder', data: { text: '[Insert Date]' } },
  ]);
});
