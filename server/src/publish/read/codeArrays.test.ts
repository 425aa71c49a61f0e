/** A module that exports its vendors as an array of objects, with no markup of its own (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from '../readPage';
import { pageToInventory } from '../importPage';
import { trainsOnCustomerDataIn } from '../wording';
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

/** A module of constants kept as text: dates per document, a security statement, vendors under numbered categories. */
const MODULE = (categories: string, dates = 'policiesLastUpdated = {\n  privacy: "March 3, 2026",\n  subprocessors: "April 9, 2026",\n}') =>
  `export const ${dates} as const;

export const aiStatement =
  "Our AI vendors handle prompts only to answer them.";

export const vendorGroups = [
${categories}
] as const;
`;
const GROUPS = `  {
    title: "1.1 Hosting",
    items: [
      { name: "Nubora", description: "Application hosting and backups. United Kingdom." },
      { name: "Cellarbox", description: "Object storage for uploads." },
    ],
  },
  {
    title: "1.2 AI",
    items: [
      { name: "Parlance AI", description: "Summaries of tickets. Contractually prohibited from using customer data to train its models." },
    ],
  },`;

test('a module kept as text whose vendors stand under categories (`[{ title, items: [{ name, description }] }]`): the items are the list', () => {
  const page = readPage(MODULE(GROUPS), 'legal.txt');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Nubora', 'Cellarbox', 'Parlance AI'],
  );
  // Near-miss: groups that each hold two lists (vendors and something else) are not read as one list of vendors.
  const two = GROUPS.replace(/items: \[/g, 'notes: [{ name: "see below" }],\n    items: [');
  assert.ok(!readPage(MODULE(two), 'legal.txt').entries.some((e) => e.name === 'see below'));
});

test("a description's sentence that is only a country, a ban on training, and the date a constant gives the sub-processors' document", () => {
  const value = pageToInventory(readPage(MODULE(GROUPS), 'legal.txt'), { today: '2026-12-01' }).value;
  const subs = new Map((value.subprocessors as Record<string, unknown>[]).map((e) => [String(e.name), e]));
  assert.deepEqual((subs.get('Nubora')!.dataLocation as { countries: string[] }).countries, ['GB']);
  assert.equal((subs.get('Parlance AI')!.ai as { trainsOnCustomerData: boolean }).trainsOnCustomerData, false);
  assert.equal((value.inventory as Record<string, unknown>).lastUpdated, '2026-04-09');
  // Near-misses: a longer sentence that names a country is no place of its own; a ban denied is no ban; dates of
  // other documents only are no date of the list.
  assert.equal(subs.get('Cellarbox')!.dataLocation, 'unknown');
  assert.equal(trainsOnCustomerDataIn('The vendor is not prohibited from using customer data to train its models.'), undefined);
  const others = MODULE(GROUPS, 'policiesLastUpdated = {\n  privacy: "March 3, 2026",\n  terms: "March 3, 2026",\n}');
  assert.equal(
    (pageToInventory(readPage(others, 'legal.txt'), { today: '2026-12-01' }).value.inventory as Record<string, unknown>).lastUpdated,
    'unknown',
  );
  assert.equal(
    trainsOnCustomerDataIn("Le prestataire est contractuellement interdit d'utiliser vos données pour entraîner ses modèles."),
    false,
  );
});

test("a category's title that says its parties are former vendors or no sub-processors gives no entries (review11)", () => {
  const groups = `${GROUPS}
  {
    title: "1.3 Former sub-processors (removed in 2025)",
    items: [{ name: "Oldhost", description: "Former application hosting. United States." }],
  },
  {
    title: "1.4 Independent controllers (not sub-processors)",
    items: [{ name: "Paystream", description: "Payments, as an independent controller. United States." }],
  },`;
  assert.deepEqual(
    readPage(MODULE(groups), 'legal.txt').entries.map((e) => e.name),
    ['Nubora', 'Cellarbox', 'Parlance AI'],
  );
});

test('a category titled as the publisher\'s customers ("Our customers", « Nos clients ») gives no entries (review11)', () => {
  const groups = (title: string) => `${GROUPS}
  {
    title: "${title}",
    items: [{ name: "Boulangerie Lumen", description: "Uses our app. France." }],
  },`;
  for (const title of ['Our customers', 'Nos clients'])
    assert.deepEqual(
      readPage(MODULE(groups(title)), 'legal.txt').entries.map((e) => e.name),
      ['Nubora', 'Cellarbox', 'Parlance AI'],
    );
  // Near-miss: a category titled by a kind of service its vendors give is theirs.
  assert.ok(readPage(MODULE(groups('Customer support')), 'legal.txt').entries.some((e) => e.name === 'Boulangerie Lumen'));
});
