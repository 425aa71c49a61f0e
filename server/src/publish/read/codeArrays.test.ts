/** A module that exports its vendors as an array of objects, with no markup of its own (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from '../readPage';
import { pageToInventory } from '../importPage';
import { trainsOnCustomerDataIn } from '../wording';
import { withMappedArrays, withPropTables, yamlQuotes } from './data';

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

test('an array of categories each holding its providers: one entry per provider, in order, under its category; the notice around it read', () => {
  const source = `import { Card } from './card';

const vendorGroups = [
  {
    category: "Hosting",
    description: "Where the app runs",
    providers: [
      { name: "Heron Cloud", location: "Canada", compliance: ["ISO 27001"], purpose: "Servers" },
      { name: "Ibis Storage", location: "Germany", compliance: ["SOC 2"], purpose: "Backups" },
    ],
  },
  {
    category: "Email",
    description: "Messages we send",
    providers: [{ name: "Quokka Mail", location: "Ireland", compliance: ["SOC 2"], purpose: "Newsletters" }],
  },
];

export default function Vendors() {
  return (
    <main>
      <h1>Our sub-processors</h1>
      <p>We give at least 30 days notice before adding new sub-processors.</p>
      {vendorGroups.map((group) => (
        <section key={group.category}>
          <h2>{group.category}</h2>
          <p>{group.description}</p>
          {group.providers.map((p) => (
            <Card key={p.name}>
              <h3>{p.name}</h3>
              <p>{p.location}</p>
              {p.compliance.map((c) => (
                <span key={c}>{c}</span>
              ))}
            </Card>
          ))}
        </section>
      ))}
    </main>
  );
}
`;
  const page = readPage(source, 'vendors.html');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Heron Cloud', 'Canada'],
      ['Ibis Storage', 'Germany'],
      ['Quokka Mail', 'Ireland'],
    ],
  );
  // The groups' descriptions are no vendors.
  assert.ok(!page.entries.some((e) => /Where the app runs|Messages we send/.test(e.name ?? e.heading)));
  assert.equal(page.noticeDays, 30);
  // Near miss: groups that hold no array of objects (a list of words each) give no entry.
  const tags = `const groups = [\n  { category: "Hosting", tags: ["fast", "cheap"] },\n  { category: "Email", tags: ["daily"] },\n];\n`;
  assert.deepEqual(readPage(tags, 't.html').entries, []);
});

test('a mapping nested in a mapped template (each category rendering its providers) is rendered as the page shows it', () => {
  const rendered = withMappedArrays(
    `const groups = [{ title: "Hosting", items: [{ name: "Heron Cloud" }, { name: "Ibis Storage" }] }];\n` +
      `<div>{groups.map((g) => (<section><h2>{g.title}</h2>{g.items.map((i) => (<p>{i.name}</p>))}</section>))}</div>`,
  );
  assert.ok(rendered.includes('<h2>Hosting</h2>'));
  assert.ok(rendered.includes('<p>Heron Cloud</p>') && rendered.includes('<p>Ibis Storage</p>'));
  assert.ok(!rendered.includes('g.items.map'));
});

test('a component handed its table as props (a header array, rows as arrays of strings) is that table', () => {
  const source = `function Grid({ cols, data }: { cols: string[]; data: string[][] }) {
  return (<table><tr>{cols.map((c) => (<th key={c}>{c}</th>))}</tr>{data.map((r, i) => (<tr key={i}>{r.map((v, j) => (<td key={j}>{v}</td>))}</tr>))}</table>);
}

export default function Vendors() {
  return (
    <main>
      <h1>Sub-processors</h1>
      <p>We use the following sub-processors.</p>
      <Grid
        cols={['Sub-processor', 'Purpose', 'Location']}
        data={[
          ['Heron Cloud', 'Hosting', 'Canada'],
          ['Quokka Mail', 'Email delivery', 'Ireland'],
        ]}
      />
    </main>
  );
}
`;
  const page = readPage(source, 'vendors.html');
  assert.deepEqual(
    page.entries.map((e) => [e.name, e.facts.find((f) => f.key === 'dataLocation')?.value]),
    [
      ['Heron Cloud', 'Canada'],
      ['Quokka Mail', 'Ireland'],
    ],
  );
  // The element becomes the table on the lines it held.
  const lines = (t: string) => t.split('\n').length;
  assert.equal(lines(withPropTables(source)), lines(source));
  // Near misses: rows not as long as the header, or a header with no rows, are left as they are.
  const uneven = `<Grid cols={['Sub-processor', 'Location']} data={[['Heron Cloud', 'Canada', 'extra']]} />`;
  assert.equal(withPropTables(uneven), uneven);
  const headerOnly = `<Tabs items={['Hosting', 'Email']} />`;
  assert.equal(withPropTables(headerOnly), headerOnly);
});

test('near misses: a group the page titles as former providers or as its customers gives no entry', () => {
  const source = `const groups = [
  { category: "Hosting", providers: [{ name: "Heron Cloud", purpose: "Servers", location: "Germany" }] },
  { category: "Former providers (no longer used)", providers: [{ name: "Ibis Apps", purpose: "Hosting until 2024", location: "United States" }] },
  { category: "Our customers", providers: [{ name: "Boulangerie Lune", purpose: "Uses our app", location: "France" }] },
];
export default function Vendors() {
  return (<main><h1>Sub-processors</h1>
    {groups.map((g) => (<section key={g.category}><h2>{g.category}</h2><table><tbody>
      {g.providers.map((p) => (<tr key={p.name}><td>{p.name}</td><td>{p.purpose}</td><td>{p.location}</td></tr>))}
    </tbody></table></section>))}
  </main>);
}
`;
  assert.deepEqual(
    readPage(source, 'vendors.html').entries.map((e) => e.name),
    ['Heron Cloud'],
  );
  const fr = `const groupes = [
  { categorie: "Hébergement", prestataires: [{ nom: "Héron Cloud", finalite: "Serveurs", pays: "Allemagne" }] },
  { categorie: "Nos clients", prestataires: [{ nom: "Boulangerie Lune", finalite: "Utilise notre application", pays: "France" }] },
];
export default function Prestataires() {
  return (<main><h1>Sous-traitants</h1>
    {groupes.map((g) => (<section key={g.categorie}><h2>{g.categorie}</h2><ul>
      {g.prestataires.map((p) => (<li key={p.nom}>{p.nom}</li>))}
    </ul></section>))}
  </main>);
}
`;
  assert.deepEqual(
    readPage(fr, 'prestataires.html').entries.map((e) => e.name),
    ['Héron Cloud'],
  );
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
