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

test("an array its name gives to the company's customers or people is no list of vendors; one its name gives to vendors is", () => {
  const page = (name: string) => `const ${name} = [
  { name: "Heron Cloud", purpose: "Hosting", location: "Canada" },
  { name: "Quokka Mail", purpose: "Email", location: "European Union" },
];
const CLIENT_LOGOS = [
  { name: "Boulangerie Marcel", location: "France" },
  { name: "Tindle Outdoor", location: "Canada" },
];
const equipe = [{ name: "Lise Martin", role: "DPO", location: "Nantes" }];

export default function Page() {
  return <table>{${name}.map((p) => <tr key={p.name}><td>{p.name}</td><td>{p.location}</td></tr>)}</table>;
}
`;
  for (const name of ['SUBPROCESSORS', 'customerDataProcessors', 'nosPrestataires'])
    assert.deepEqual(
      readPage(page(name), 'p.html').entries.map((e) => e.name),
      ['Heron Cloud', 'Quokka Mail'],
      name,
    );
  // Near miss: the customers' and the team's arrays alone give no entry.
  const alone = `export const TESTIMONIALS = [
  { name: "Boulangerie Marcel", location: "France" },
  { name: "Tindle Outdoor", location: "Canada" },
];
export const teamMembers: Member[] = [{ name: "Lise Martin", location: "Nantes" }];
`;
  assert.deepEqual(readPage(alone, 'p.html').entries, []);
});
