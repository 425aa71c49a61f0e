/** Markdown tables as pages set them without blank lines: where a table starts and ends, and rows broken over lines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownBlocks } from './markdown';
import { PageReadError, type PageBlock } from './blocks';

type Table = Extract<PageBlock, { kind: 'table' }>;
const tables = (md: string) => markdownBlocks(md).blocks.filter((b): b is Table => b.kind === 'table');

test('a row whose cell broke onto lines of its own (a lone "|" closing it) is one row when it adds up to the header', () => {
  const md = [
    'Our vendors',
    '| Vendor | Purpose | Location |',
    '|---|---|---|',
    '| Acme | Hosting | France |',
    '| Beta | Support chat widget.',
    'Transfers rely on the SCCs.',
    '|',
    'Germany |',
    '| Gamma | Email | Ireland |',
  ].join('\n');
  const [table] = tables(md);
  assert.deepEqual(
    table!.rows.map((r) => [r.cells, r.line]),
    [
      [['Acme', 'Hosting', 'France'], 4],
      [['Beta', 'Support chat widget. Transfers rely on the SCCs.', 'Germany'], 5],
      [['Gamma', 'Email', 'Ireland'], 9],
    ],
  );
  // A row that opens a cell and carries it on to the next line, the same.
  const open = tables('| Vendor | Purpose | Location |\n|---|---|---|\n| Beta | Support and\nbilling | Germany |\n')[0]!;
  assert.deepEqual(open.rows[0]!.cells, ['Beta', 'Support and billing', 'Germany']);
});

test('a broken row whose lines do not add up to the header is never joined by guess: the page is refused at its line', () => {
  const md = '| Vendor | Purpose | Location |\n|---|---|---|\n| Beta | Support and\nbilling | Germany | extra |\n';
  assert.throws(
    () => markdownBlocks(md),
    (e: unknown) => e instanceof PageReadError && e.line === 3 && /does not end with "\|"/.test(e.message),
  );
});

test('a row that writes all the header\'s cells but leaves out its closing "|" is a whole row; one that writes fewer is still refused', () => {
  const md = [
    '| Provider | Role | Head office |',
    '|---|---|---|',
    '| Lumen | File storage | Oslo, Norway',
    '| Parcel | Shipping labels | Lyon, France |',
    '| Quill | Editor | Austin, US',
  ].join('\n');
  assert.deepEqual(
    tables(md)[0]!.rows.map((r) => [r.cells, r.line]),
    [
      [['Lumen', 'File storage', 'Oslo, Norway'], 3],
      [['Parcel', 'Shipping labels', 'Lyon, France'], 4],
      [['Quill', 'Editor', 'Austin, US'], 5],
    ],
  );
  const short = '| Provider | Role | Head office |\n|---|---|---|\n| Lumen | File storage\n| Parcel | Shipping labels | Lyon, France |\n';
  assert.throws(
    () => markdownBlocks(short),
    (e: unknown) => e instanceof PageReadError && e.line === 3 && /does not end with "\|"/.test(e.message),
  );
});

test('a title line between two tables with no blank line ends the first table: two tables, the title a paragraph', () => {
  const md = [
    'Infrastructure',
    '| Vendor | Region |',
    '|---|---|',
    '| Acme | France |',
    'Payments',
    'Card payments only.',
    '| Vendor | Region |',
    '|---|---|',
    '| Beta | Ireland |',
  ].join('\n');
  const blocks = markdownBlocks(md).blocks;
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.kind === 'table' ? b.rows.map((r) => r.cells[0]) : b.text, b.line]),
    [
      ['paragraph', 'Infrastructure', 1],
      ['table', ['Acme'], 2],
      ['paragraph', 'Payments Card payments only.', 5],
      ['table', ['Beta'], 7],
    ],
  );
});

test('a table right under a list item, with no blank line, is a table of its own, not the item’s text', () => {
  for (const header of ['| Vendor | Region |\n|---|---|\n| Acme | France |', 'Vendor | Region |\n---|---|\nAcme | France |']) {
    const md = `- Terms\n- Sub-processors\nUpdated: 1 May 2026\n${header}\n`;
    const blocks = markdownBlocks(md).blocks;
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['item', 'item', 'table'],
      header,
    );
    assert.equal(blocks[1]!.kind === 'item' && blocks[1]!.text, 'Sub-processors Updated: 1 May 2026');
    assert.deepEqual((blocks[2] as Table).rows[0]!.cells, ['Acme', 'France']);
    assert.equal(blocks[2]!.line, 4);
  }
  // A table inside a fenced code block stays code.
  assert.deepEqual(tables('Text\n```\n| a | b |\n|---|---|\n```\n'), []);
});

test("a table whose header row is empty (converted from a document) keeps it empty: its first row is the interpreter's to judge", () => {
  const md = [
    '|  |  |  |',
    '|---|---|---|',
    '| Vendor | Location | Purpose |',
    '| Acme | Germany | Hosting |',
    '| Beta | Ireland | Email |',
  ].join('\n');
  const [table] = tables(md);
  assert.deepEqual(table!.header, ['', '', '']);
  assert.deepEqual(
    table!.rows.map((r) => [r.cells, r.line]),
    [
      [['Vendor', 'Location', 'Purpose'], 3],
      [['Acme', 'Germany', 'Hosting'], 4],
      [['Beta', 'Ireland', 'Email'], 5],
    ],
  );
  // A header with words keeps them, even beside an empty cell.
  assert.deepEqual(tables('| Vendor |  |\n|---|---|\n| Acme | Germany |')[0]!.header, ['Vendor', '']);
});

test('a code block whose text is prose (a whole policy in a "```markdown" fence, an indented item) is read as the page; code stays unread', () => {
  const policy = [
    '```markdown',
    '# Privacy notice',
    '',
    'We rely on the providers below to run the service for our members.',
    '',
    '| Provider | Purpose | Location |',
    '|---|---|---|',
    '| Northwind Mail | Newsletters | Canada |',
    '```',
  ].join('\n');
  const read = markdownBlocks(policy).blocks;
  assert.deepEqual(
    read.map((b) => [b.kind, b.line]),
    [
      ['heading', 2],
      ['paragraph', 4],
      ['table', 6],
    ],
  );
  assert.deepEqual(
    (read[2] as Table).rows.map((r) => [r.cells[0], r.line]),
    [['Northwind Mail', 8]],
  );
  // An item indented into a code block after an HTML comment is shown as text: read as an item.
  const indented =
    'Our providers:\n<!-- - Old Vendor Ltd, no longer used. -->\n    - Lakeside Analytics Ltd, which is providing analytics services for us.\n';
  assert.ok(markdownBlocks(indented).blocks.some((b) => b.kind === 'item' && b.text.startsWith('Lakeside Analytics Ltd')));
  // Code, or settings, or a language named: unread.
  for (const code of [
    '```js\nconst vendors = ["Acme"]; // the providers we use for hosting our members data\n```',
    '```\nvendor: Acme\npurpose: hosting\n```',
    '```\nif (vendor) { send(vendor) }\n```',
  ])
    assert.deepEqual(markdownBlocks(code).blocks, [], code);
});

test('a French policy in a "```markdown" fence, its sentences ending in " :" as French sets them, is read as the page', () => {
  const policy = [
    '```markdown',
    '# Politique de confidentialité',
    '',
    '**Contact :** dpo@cabinet-exemple.fr',
    '',
    '- Vous pouvez nous écrire à tout moment :',
    '',
    '| Prestataire | Rôle | Pays |',
    '|---|---|---|',
    '| Boréal Courriel | Envoi des lettres | Canada |',
    '```',
  ].join('\n');
  const read = markdownBlocks(policy).blocks;
  assert.ok(read.some((b) => b.kind === 'table' && b.rows[0]!.cells[0] === 'Boréal Courriel'));
  // A space before the colon ends a sentence only after six words: "Contact :" alone is no sentence.
  assert.deepEqual(markdownBlocks('```\n**Contact :** dpo@cabinet-exemple.fr\n```').blocks, []);
});

test('a delimiter row that writes more or fewer cells than its header is read by the header, when every row agrees with the header', () => {
  const cases: [string, string[][]][] = [
    // One cell too many, outer bars, the last one left open.
    [
      '| Vendor | Purpose | Location |\n|-|-|-|-\n| Nuagix | Hosting | France |\n| Postlark | Email | Germany |\n',
      [
        ['Nuagix', 'Hosting', 'France'],
        ['Postlark', 'Email', 'Germany'],
      ],
    ],
    // One cell too few, in French, the table in a longer page with text straight under it.
    [
      '# Sous-traitants\n\nNous faisons appel à :\n\n| Sous-traitant | Finalité | Pays |\n|---|---|\n| Nuagerie | Hébergement | France |\nContact : dpo@exemple.fr\n\n## Cookies\n',
      [['Nuagerie', 'Hébergement', 'France']],
    ],
    // No outer bars, a fourth delimiter cell.
    [
      'Provider | Service | Region\n---|---|---|---\nNuagix | Hosting | EU\nPostlark | Email | USA\n',
      [
        ['Nuagix', 'Hosting', 'EU'],
        ['Postlark', 'Email', 'USA'],
      ],
    ],
    // Bold headers, alignment colons.
    ['|**Entity**|**Role**|**Country**|\n|:--|:--|:--|:--|\n|Nuagix SA|Hosting|Switzerland|\n', [['Nuagix SA', 'Hosting', 'Switzerland']]],
  ];
  for (const [md, rows] of cases)
    assert.deepEqual(
      tables(md).map((t) => t.rows.map((r) => r.cells)),
      [rows],
      md,
    );
  // A second table after it on the same page keeps its own delimiter row.
  const two =
    '| Vendor | Purpose | Location |\n|---|---|---|---|\n| Nuagix | Hosting | France |\n\n| Vendor | Region |\n|---|---|\n| Postlark | EU |\n';
  assert.deepEqual(
    tables(two).map((t) => t.header),
    [
      ['Vendor', 'Purpose', 'Location'],
      ['Vendor', 'Region'],
    ],
  );
  // Near misses: rows that write the delimiter's count (or another) do not agree with the header: refused as before.
  for (const md of [
    '| Vendor | Purpose | Location |\n|---|---|---|---|\n| Nuagix | Hosting | France | EU |\n',
    '| Vendor | Purpose | Location |\n|---|---|\n| Nuagix | Hosting | France |\n| Postlark | Email |\n',
  ])
    assert.throws(
      () => markdownBlocks(md),
      (e: unknown) => e instanceof PageReadError && e.line === 1,
      md,
    );
  // A delimiter row in a code fence is code, left alone.
  assert.deepEqual(tables('```\n| a | b | c |\n|---|---|\n| 1 | 2 | 3 |\n```\n'), []);
});
