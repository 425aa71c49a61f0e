/** A module that exports its vendors as an array of objects, with no markup of its own (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from '../readPage';
import { yamlQuotes } from './data';

test("a module's exported array of vendors is the list, quotes escaped in its strings and all", () => {
  const source = `import type { Locale } from './i18n';

export const PROVIDERS: Provider[] = [
  {
    // the host's own words
    name: 'Heron Cloud',
    role: { en: 'Hosting of the site', fr: 'Hébergement du site d\\'agence' },
    location: 'Canada (SOC 2 Type II)',
  },
  {
    name: "Quokka Mail",
    role: { en: "Sends the newsletter's issues", fr: "Envoi de l\\'infolettre" },
    location: 'European Union',
  },
];

export function providerCount(): number {
  return PROVIDERS.length;
}
`;
  const page = readPage(source, 'providers.html');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Heron Cloud', 'Quokka Mail'],
  );
  // Near miss: an array of objects naming no vendor (sections of a policy) gives no entry.
  const sections = `export const SECTIONS = [\n  { id: 'intro', title: 'Who we are' },\n  { id: 'rights', title: 'Your rights' },\n];\n`;
  assert.deepEqual(readPage(sections, 's.html').entries, []);
});

test('quotes escaped as JavaScript writes them become the quotes YAML reads, and nothing else moves', () => {
  assert.equal(yamlQuotes("{ a: 'd\\'ajouter', b: \"it\\'s\", c: 'C:\\\\dir' }"), "{ a: 'd''ajouter', b: \"it's\", c: 'C:\\dir' }");
  // A comment's apostrophe opens no string.
  assert.equal(yamlQuotes("[ // the vendor's list\n  'x' ]"), "[ \n  'x' ]");
  assert.equal(yamlQuotes('"a\\"b"'), '"a\\"b"');
});
