/** HTML rows a template helper wraps in a Markdown page (ERB, EJS, Jinja, Liquid): the table the browser shows. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownBlocks } from './markdown';
import { withoutTemplateTags } from './templateRows';
import { readPage } from '../readPage';
import type { PageBlock } from './blocks';

type Table = Extract<PageBlock, { kind: 'table' }>;
const tables = (md: string) => markdownBlocks(md).blocks.filter((b): b is Table => b.kind === 'table');

const erb = [
  '## Nos prestataires',
  '',
  'Nous confions certaines données à des prestataires.',
  '',
  '<%= render_table(titre: "Prestataires") do |t| %>',
  '  <%= t.head do %>',
  '    <tr>',
  '      <th>Prestataire</th>',
  '      <th>Pays</th>',
  '      <th>Rôle</th>',
  '    </tr>',
  '  <% end %>',
  '  <% t.body do %>',
  '    <tr>',
  '      <td>Nuagerie SAS</td>',
  '      <td>Belgique</td>',
  '      <td>Hébergement de la base</td>',
  '    </tr>',
  '    <tr>',
  '      <td>Courriel Express</td>',
  '      <td>Allemagne</td>',
  '      <td>Envoi des messages</td>',
  '    </tr>',
  '  <% end %>',
  '<% end %>',
  '',
].join('\n');

test('ERB tags around HTML rows in a Markdown page: the rows are a table, each vendor an entry with its place', () => {
  const [table] = tables(erb);
  assert.deepEqual(table!.header, ['Prestataire', 'Pays', 'Rôle']);
  assert.deepEqual(
    table!.rows.map((r) => [r.cells, r.line]),
    [
      [['Nuagerie SAS', 'Belgique', 'Hébergement de la base'], 14],
      [['Courriel Express', 'Allemagne', 'Envoi des messages'], 19],
    ],
  );
  const page = readPage(erb, 'privacy.html.md');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Nuagerie SAS', 'Belgique'],
      ['Courriel Express', 'Allemagne'],
    ],
  );
});

test('Jinja or Liquid tags around HTML rows, in English: the same table', () => {
  const md = [
    'Our vendors:',
    '',
    '{% call vendor_table() %}',
    '<tr><th>Vendor</th><th>Location</th></tr>',
    '{% for v in [] %}{% endfor %}',
    '<tr><td>Harbor Mail Ltd</td><td>Ireland</td></tr>',
    '{% endcall %}',
    '',
  ].join('\n');
  const [table] = tables(md);
  assert.deepEqual(table!.header, ['Vendor', 'Location']);
  assert.deepEqual(
    table!.rows.map((r) => r.cells),
    [['Harbor Mail Ltd', 'Ireland']],
  );
  // The tags alone on their lines show nothing: no paragraph of code is left.
  assert.ok(markdownBlocks(md).blocks.every((b) => b.kind === 'table' || !b.text.includes('{%')));
});

test('near misses: template tags with no row, or rows inside a table of their own, are not read as template rows', () => {
  // Tags and words, no row: a paragraph, as before (its words kept).
  const prose = 'Bonjour <%= user.name %>, vos données restent chez nous.\n';
  assert.equal(tables(prose).length, 0);
  assert.ok(markdownBlocks(prose).blocks.some((b) => b.kind === 'paragraph' && b.text.includes('vos données restent')));
  // A sentence that speaks of rows without template tags: no table.
  assert.equal(tables('We write each vendor as a <tr> row in the source.\n').length, 0);
  // An HTML block with its own <table>: the HTML reader reads it, one table, not a second one.
  const html = '<table>\n<tr><th>Vendor</th><th>Location</th></tr>\n<tr><td>Acme</td><td>France</td></tr>\n</table>\n';
  assert.equal(tables(html).length, 1);
});

test('template tags are removed in one pass, their line breaks kept, and a tag left open ends the text', () => {
  assert.equal(withoutTemplateTags('a <% x %> b {% y\n z %} c'), 'a   b  \n c');
  assert.equal(withoutTemplateTags('a <% never closed'), 'a  ');
  const many = '<%'.repeat(100_000);
  const started = process.hrtime.bigint();
  withoutTemplateTags(many);
  assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 1);
});

test('near misses: a statement inside a row (a cell shown in some cases only) leaves the rows unread as a table', () => {
  const around = (cell: string) =>
    [
      '<%= vendor_table do |t| %>',
      '    <tr><th>Vendor</th><th>Purpose</th><th>Location</th></tr>',
      `    <tr><td>Postino</td><td>Email</td><td>${cell}</td></tr>`,
      '<% end %>',
      '',
    ].join('\n');
  for (const cell of ['{% if region == "eu" %}Germany{% endif %}', '<% if eu %>Ireland<% else %>United States<% end %>']) {
    assert.equal(tables(around(cell)).length, 0, cell);
    assert.ok(!readPage(around(cell), 'p.md').entries.some((e) => e.facts.some((f) => f.key === 'dataLocation')), cell);
  }
  // An output tag in a cell prints a value the page does not hold: the row is read, that cell empty.
  const [table] = tables(around('<%= vendor.location %>'));
  assert.deepEqual(table!.rows[0]!.cells, ['Postino', 'Email', '']);
});
