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

test('a module of constants kept as text (a comment first, then `export const`) gives its array of parties, not its code as lines', () => {
  const source = `/**
 * Les valeurs légales du site, écrites une fois.
 */
export const EDITEUR = {
  raisonSociale: "[raison sociale]",
  email: "[adresse email]",
} as const;

export const PRESTATAIRES = [
  {
    nom: "Héron Cloud SAS (France)",
    role: "Hébergement du site. Les serveurs applicatifs s’exécutent à Lyon.",
  },
  {
    nom: "Quokka Mail Inc. (États-Unis)",
    role: "Envoi des courriels, hébergés dans l’Union européenne, à Dublin.",
  },
] as const;
`;
  const page = readPage(source, 'legal.txt');
  assert.deepEqual(
    page.entries.map((e) => e.name),
    ['Héron Cloud SAS (France)', 'Quokka Mail Inc. (États-Unis)'],
  );
  const places = page.entries.map((e) => e.facts.find((f) => f.key === 'dataLocation')?.value);
  assert.deepEqual(places, ['Lyon', 'Union européenne, Dublin']);
  // English: "runs in", and a later place with its own preposition.
  const en = `export const VENDORS = [
  { name: "Heron Cloud", purpose: "Hosting. The application runs in Frankfurt." },
  { name: "Quokka Mail", purpose: "Email, stored in the EU, in Dublin." },
];
`;
  assert.deepEqual(
    readPage(en, 'vendors.txt').entries.map((e) => e.facts.find((f) => f.key === 'dataLocation')?.value),
    ['Frankfurt', 'the EU, Dublin'],
  );
  // Near misses: "runs in the background" names no place, a later item that is no place ends the list, and a module
  // whose only array names no party (its cookies) is read as before, giving no entry from the array.
  const near = `export const VENDORS = [
  { name: "Heron Cloud", purpose: "Backups. The job runs in the background." },
  { name: "Quokka Mail", purpose: "Email, stored in the EU, in particular for support." },
];
`;
  assert.deepEqual(
    readPage(near, 'vendors.txt').entries.map((e) => e.facts.find((f) => f.key === 'dataLocation')?.value),
    [undefined, 'the EU'],
  );
  // Near miss (review11): beside its providers, a module's array of its customers gives no entry.
  const clients = `// Prestataires et clients
export const PRESTATAIRES = [
  { nom: "Héron Cloud SAS", role: "Hébergement", pays: "France" },
  { nom: "Postie", role: "Envoi des courriels", pays: "Irlande" },
];
export const CLIENTS = [
  { nom: "Boulangerie Dupré", pays: "France" },
  { nom: "Maple Outfitters Inc.", pays: "Canada" },
];
`;
  assert.deepEqual(
    readPage(clients, 'data.txt').entries.map((e) => e.name),
    ['Héron Cloud SAS', 'Postie'],
  );
  const cookies = `export const COOKIES = [\n  { cookie: "session", duree: "13 mois" },\n  { cookie: "langue", duree: "1 an" },\n];\n`;
  assert.ok(!readPage(cookies, 'cookies.txt').entries.some((e) => e.name === 'session'));
});
