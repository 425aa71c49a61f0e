/** A page held as source code, its strings its text (issue 22): read as the browser shows them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeStringBlocks, isSourceCode } from './codeStrings';
import { readPage } from '../readPage';
import { pageToInventory } from '../importPage';

type Sub = { name: string; entityCountry?: string; dataLocation?: { countries: string[] }; transfer?: { mechanism: string } };
const imported = (text: string, file: string) => {
  const value = pageToInventory(readPage(text, file), { today: '2026-12-01' }).value as {
    inventory: { contact?: string; lastUpdated?: string };
    subprocessors: Sub[];
  };
  return value;
};

test('source code is known by its first word past comments; markup and prose are not', () => {
  assert.equal(isSourceCode('// banner\n/* more */\nexport const PAGE = {};'), true);
  assert.equal(isSourceCode("(function () {\n  'use strict';\n})();"), true);
  assert.equal(isSourceCode('<main><h1>Sous-traitants</h1></main>'), false);
  assert.equal(isSourceCode('Import our list of vendors'), false);
});

test('a policy held as sections of strings, in two languages side by side: the first language, its dash lines a list', () => {
  const source = [
    'import type { Doc } from "./types";',
    'export const POLICY: Doc = {',
    '  slug: "confidentialite",',
    '  title: { fr: "Politique de confidentialité", en: "Privacy policy" },',
    '  sections: [',
    '    {',
    '      id: "prestataires",',
    '      heading: { fr: "Prestataires et communication à l\'extérieur du Québec", en: "Service providers" },',
    '      body: {',
    '        fr: [',
    '          "Nos prestataires traitent vos renseignements pour notre compte :",',
    '          "- Nuagier (Canada) : hébergement.",',
    '          "- Postelle (États-Unis) : envoi des courriels.",',
    '        ],',
    '        en: [',
    '          "Our service providers process your information on our behalf:",',
    '          "- Nuagier (Canada): hosting.",',
    '          "- Postelle (United States): email delivery.",',
    '        ],',
    '      },',
    '    },',
    '  ],',
    '};',
  ].join('\n');
  const blocks = codeStringBlocks(source)!;
  assert.deepEqual(
    blocks.map((b) => (b.kind === 'table' ? b.kind : `${b.kind}: ${b.text}`)),
    [
      'heading: Politique de confidentialité',
      "heading: Prestataires et communication à l'extérieur du Québec",
      'paragraph: Nos prestataires traitent vos renseignements pour notre compte :',
      'item: Nuagier (Canada) : hébergement.',
      'item: Postelle (États-Unis) : envoi des courriels.',
    ],
  );
  const value = imported(source, 'politique.html');
  assert.deepEqual(
    value.subprocessors.map((s) => [s.name, s.entityCountry]),
    [
      ['Nuagier (Canada)', 'CA'],
      ['Postelle (États-Unis)', 'US'],
    ],
  );
});

test('a translation dictionary of HTML strings: keys name its headings, its list items become a list', () => {
  const english = [
    '(function () {',
    "  'use strict';",
    '  const T = {',
    '    en: {',
    "      'legal-date': 'Last updated: March 2026',",
    "      'priv-h4': 'Sharing your data',",
    "      'priv-p4': 'Your data may be passed to the following service providers:',",
    "      'priv-ul4': '<li><strong>Paylane Ltd</strong> — card payments</li><li><strong>Hostwell Inc.</strong> — site hosting</li>',",
    "      'priv-p6': 'To exercise these rights, write to: <a href=\"mailto:privacy@example.org\">privacy@example.org</a>',",
    '    },',
    '    de: {',
    "      'priv-ul4': '<li><strong>Paylane Ltd</strong> — Kartenzahlungen</li>',",
    '    },',
    '  };',
    '})();',
  ].join('\n');
  const value = imported(english, 'lang.html');
  assert.deepEqual(
    value.subprocessors.map((s) => s.name),
    ['Paylane Ltd', 'Hostwell Inc.'],
  );
  assert.equal(value.inventory.contact, 'privacy@example.org');
  assert.equal(value.inventory.lastUpdated, '2026-03-01');
});

test('a DPA held as a data structure: its fields, its sections, a list of dash lines in a template string', () => {
  const source = [
    'export const AGREEMENT = {',
    '  title: "Accord de sous-traitance",',
    '  lastUpdated: "2026-02-10",',
    '  sections: [',
    '    { heading: "3. Obligations", content: `Le Sous-traitant s\'engage à :',
    '- Chiffrer les données',
    '- Tenir un registre` },',
    '    { heading: "4. Sous-traitants ultérieurs", content: `Liste des sous-traitants ultérieurs autorisés :',
    '- Nuagier SAS (hébergement) - France',
    '- Courrielle Inc. (courriels) - USA - Clauses contractuelles types` },',
    '  ],',
    '};',
  ].join('\n');
  const value = imported(source, 'dpa.html');
  // "Le Sous-traitant s'engage à :" is the processor itself announcing what it does: no list of parties.
  assert.deepEqual(
    value.subprocessors.map((s) => [s.name, s.dataLocation?.countries, s.transfer?.mechanism]),
    [
      ['Nuagier SAS (hébergement)', ['FR'], undefined],
      ['Courrielle Inc. (courriels)', ['US'], 'scc'],
    ],
  );
  assert.equal(value.inventory.lastUpdated, '2026-02-10');
});

test('a table held as `head` and `rows` arrays is a table; a constant beside it gives the page its contact', () => {
  const source = [
    'const DPO = { name: "", email: "dpo@shop.example" };',
    'const CONTENT = {',
    '  sections: [',
    '    { heading: "Service providers and transfers outside Québec", body: [',
    '      { table: { head: ["Provider", "Role", "Location"], rows: [',
    '        ["Paylane", "Card payments", "Canada, United States"],',
    '        ["Mailfast", "Transactional email", "United States"],',
    '      ] } },',
    '    ] },',
    '  ],',
    '};',
  ].join('\n');
  const table = codeStringBlocks(source)!.find((b) => b.kind === 'table');
  assert.deepEqual(table && table.kind === 'table' ? [table.header, table.rows.map((r) => r.cells)] : undefined, [
    ['Provider', 'Role', 'Location'],
    [
      ['Paylane', 'Card payments', 'Canada, United States'],
      ['Mailfast', 'Transactional email', 'United States'],
    ],
  ]);
  const value = imported(source, 'privacy.html');
  assert.deepEqual(
    value.subprocessors.map((s) => [s.name, s.dataLocation?.countries]),
    [
      ['Paylane', ['CA', 'US']],
      ['Mailfast', ['US']],
    ],
  );
  assert.equal(value.inventory.contact, 'dpo@shop.example');
});

test("a component's markup shows its dictionary's strings; a card naming a listed vendor's company gives that vendor its facts", () => {
  const component = (lang: 'fr' | 'en') =>
    [
      'const content = {',
      `  ${lang}: {`,
      lang === 'fr'
        ? '    legal: { host_title: "Hébergement", host_body: "Ce site est hébergé par :", host_address: "12 Harbour Road, Dublin D02 X285, Irlande" },'
        : '    legal: { host_title: "Hosting", host_body: "This site is hosted by:", host_address: "12 Harbour Road, Dublin D02 X285, Ireland" },',
      '  },',
      '};',
      'const vendors = [',
      '  { name: "Nuagier", region: "UE" },',
      '  { name: "Courrielle", region: "USA" },',
      '];',
      'export default function Legal() {',
      `  const c = content.${lang};`,
      '  return (',
      '    <main>',
      '      <h3>{c.legal.host_title}</h3>',
      '      <p>{c.legal.host_body}<br /><strong>Nuagier Ltd</strong><br />{c.legal.host_address}<br /><a href="https://nuagier.example">nuagier.example</a></p>',
      '      <ul>{vendors.map((v) => <li key={v.name}>{v.name} — {v.region}</li>)}</ul>',
      '    </main>',
      '  );',
      '}',
    ].join('\n');
  for (const lang of ['fr', 'en'] as const) {
    const value = imported(component(lang), 'Legal.html');
    const nuagier = value.subprocessors[0] as Sub & { entity?: string; url?: string };
    assert.deepEqual(
      [nuagier.name, nuagier.entity, nuagier.entityCountry, nuagier.url],
      ['Nuagier', 'Nuagier Ltd', 'IE', 'https://nuagier.example'],
      lang,
    );
    assert.equal((value.subprocessors[1] as Sub & { entity?: string }).entity, 'unknown');
  }
});
