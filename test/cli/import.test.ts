import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { lintText } from '../../server/src/engine';
import { matchCertificationText } from '../../server/src/knowledge';
import { INVENTING_RULES } from '../support/inventing';
import { bin, cli, ROOT } from '../support/runCli';
import { formatFinding } from '../../server/src/format';

const PAGE = '/work/shared/published-page/000_0776f4acd557f305.txt';
const pageText = () => readFileSync(PAGE, 'utf8');
const SCHEMA_RULES = new Set(['yaml-syntax', 'duplicate-key', 'missing-field', 'unknown-field', 'invalid-value']);

function schemaFindings(yaml: string) {
  return lintText(yaml, { today: '2026-01-01' }).findings.filter((f) => SCHEMA_RULES.has(f.ruleId));
}

/** The facts of a page, by entry heading: label -> value (text form: bullets "•"; Markdown: "- **Label:** value"). */
function entriesOf(text: string, markdown: boolean): Map<string, Map<string, string>> {
  const entries = new Map<string, Map<string, string>>();
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let current: Map<string, string> | undefined;
  let inSafeguards = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fact = markdown ? /^- \*\*(.+?):\*\* (.*)$/.exec(line) : /^• (.+?): (.*)$/.exec(line);
    if (fact) {
      current?.set(fact[1]!, fact[2]!.replace(/\\(.)/g, '$1'));
      continue;
    }
    const heading = markdown ? line.replace(/^#+ /, '') : line;
    inSafeguards = /Data Processing Safeguards/.test(heading) || (inSafeguards && !/^(For |Last Updated)/.test(heading));
    const next = lines[i + 1] ?? '';
    if ((markdown ? /^- \*\*/ : /^• /).test(next)) {
      current = new Map();
      entries.set(inSafeguards ? 'SAFEGUARDS' : heading, current);
    } else current = undefined;
  }
  return entries;
}

const CLAIMS_LABEL = 'Self-declared (not audited)';

/** A rendered entry's claims, back among its certifications where the page lists them ("GDPR Compliant"). */
function withClaims(entries: Map<string, Map<string, string>>): Map<string, Map<string, string>> {
  for (const facts of entries.values()) {
    const claims = facts.get(CLAIMS_LABEL);
    if (claims === undefined) continue;
    const certified = facts.get('Certifications');
    facts.set('Certifications', certified && certified !== 'Not stated' ? `${certified}, ${claims}` : claims);
    facts.delete(CLAIMS_LABEL);
  }
  return entries;
}

/** The two stated differences between the page and the rendering: official certification names, and the provider before a region code. */
function normalise(label: string, value: string): string {
  if (label === 'Certifications')
    return value
      .split(', ')
      .map((c) => matchCertificationText(c)?.id ?? c)
      .sort()
      .join(',');
  if (label === 'Data Location') return value.replace(/\b(?:AWS|GCP|Azure) (?=[a-z]+-[a-z]+\d)/g, '');
  return value;
}

test('import: the published page becomes an inventory with no schema error, and the same sub-processors as the example', async () => {
  const r = await cli(['import', PAGE, '--today', '2026-01-01']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    schemaFindings(r.stdout).map((f) => formatFinding(f, 'en')),
    [],
  );
  const imported = parse(r.stdout);
  const example = parse(readFileSync(path.join(ROOT, 'examples/subprocessors.yaml'), 'utf8'));
  assert.deepEqual(
    imported.subprocessors.map((e: { id: string }) => e.id),
    example.subprocessors.map((e: { id: string }) => e.id),
  );
  for (const [i, e] of imported.subprocessors.entries()) {
    const x = example.subprocessors[i];
    // The hand-made encoding of the same page: the same facts wherever the page states them.
    // "GDPR Compliant" among the page's certifications is a claim: the import keeps it in `claims`; the example,
    // which shows the not-a-certification finding, keeps it where the page wrote it. Together, the same facts.
    const certified = (v: unknown) => (Array.isArray(v) ? v : []);
    assert.deepEqual([...certified(e.certifications), ...certified(e.claims)], certified(x.certifications), `${e.id}.certifications`);
    assert.ok(!certified(e.certifications).includes('gdpr-compliant'), `${e.id}: a claim is no certification`);
    for (const key of [
      'name',
      'entity',
      'group',
      'category',
      'purpose',
      'personalData',
      'serviceAuthentication',
      'serviceAccessControl',
      'administrationAccessControl',
      'criticality',
      'dataFlows',
    ]) {
      assert.deepEqual(e[key], x[key], `${e.id}.${key}`);
    }
    assert.deepEqual(e.administrationAuthentication, x.administrationAuthentication, `${e.id}.administrationAuthentication`);
    assert.deepEqual(e.dataLocation.countries, x.dataLocation.countries, `${e.id} countries`);
    assert.deepEqual(e.dataLocation.regions, x.dataLocation.regions, `${e.id} regions`);
  }
  assert.deepEqual(imported.safeguards, example.safeguards);
  assert.deepEqual(imported.defaults, example.defaults);
  assert.equal(imported.inventory.lastUpdated, '2025-08-01');
  assert.deepEqual(imported.inventory.languages, ['en', 'fr']);
  // What has no field is kept: the page's hidden contact address, in a comment; the contact itself is
  // not known (never an invented address), nor is the organisation, which the page does not name.
  assert.match(r.stdout, /contact: unknown # the page shows "\[email.protected\]"/);
  assert.match(r.stdout, /organization: unknown # the page does not name the organization/);
});

test('round trip: import the published page, render it, and every fact of every entry is the same', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-import-'));
  const yamlFile = path.join(dir, 'page.subprocessors.yaml');
  assert.equal((await cli(['import', PAGE, '-o', yamlFile, '--today', '2026-01-01'])).code, 0);
  const rendered = await cli(['render', yamlFile, '--format', 'markdown', '--lang', 'en']);
  assert.equal(rendered.code, 0, rendered.stderr);
  const page = entriesOf(pageText(), false);
  const back = withClaims(entriesOf(rendered.stdout, true));
  assert.equal(page.size, 11); // ten sub-processors and the safeguards
  assert.deepEqual([...back.keys()], [...page.keys()]);
  for (const [heading, facts] of page) {
    const other = back.get(heading)!;
    // The page states its transfer safeguard once, for every non-EU processor ("SCCs implemented for non-EU
    // processors"): the import records it on each entry it covers, as the example does, and the entry shows it.
    if (!facts.has('Transfer Safeguard') && other.get('Transfer Safeguard') === 'Standard Contractual Clauses')
      other.delete('Transfer Safeguard');
    assert.deepEqual([...other.keys()].sort(), [...facts.keys()].sort(), heading);
    for (const [label, value] of facts) assert.equal(normalise(label, other.get(label)!), normalise(label, value), `${heading} / ${label}`);
  }
  // Title, criteria, groups and categories, DPA sentence, last updated: the same lines.
  const pageLines = new Set(
    pageText()
      .split('\n')
      .map((l) => l.trim().replace(/^\d+\.\s+/, '')),
  );
  const renderedLines = rendered.stdout
    .split('\n')
    .map((l) => l.replace(/^#+ /, '').replace(/^\d+\.\s+/, ''))
    .filter((l) => l && !l.startsWith('- **'));
  for (const line of renderedLines) {
    if (line.startsWith('For sub-processor and data processing questions, contact:')) continue; // the page hides the address
    assert.ok(pageLines.has(line), `rendered line not on the page: ${line}`);
  }
});

test('import: Markdown of the same shape round-trips through render', async () => {
  const md = (await cli(['render', 'examples/subprocessors.yaml', '--today', '2026-01-01'])).stdout;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-import-'));
  writeFileSync(path.join(dir, 'page.md'), md);
  const imported = await cli(['import', 'page.md', '--today', '2026-01-01', '--organization', 'Example SAS'], dir);
  assert.equal(imported.code, 0, imported.stderr);
  assert.deepEqual(schemaFindings(imported.stdout), []);
  writeFileSync(path.join(dir, 'again.subprocessors.yaml'), imported.stdout);
  const again = await cli(['render', 'again.subprocessors.yaml', '--today', '2026-01-01'], dir);
  // The same page, but for the claims the example lists among certifications, now shown as claims.
  const factLine = /^- \*\*/;
  const others = (text: string) => text.split('\n').filter((l) => !factLine.test(l));
  assert.deepEqual(others(again.stdout), others(md));
  const norm = (m: Map<string, Map<string, string>>) =>
    [...m].map(([h, facts]) => [h, [...facts].map(([l, v]) => [l, normalise(l, v)]).sort()]);
  assert.deepEqual(norm(withClaims(entriesOf(again.stdout, true))), norm(entriesOf(md, true)));
  // Plain "- Label: value" bullets and ## / ### headings read too.
  const plain = md
    .replace(/^- \*\*(.+?):\*\* /gm, '- $1: ')
    .replace(/^#####/gm, '###')
    .replace(/^####/gm, '##');
  writeFileSync(path.join(dir, 'plain.md'), plain);
  const p = await cli(['import', 'plain.md', '--today', '2026-01-01'], dir);
  assert.equal(p.code, 0, p.stderr);
  const value = parse(p.stdout);
  assert.equal(value.subprocessors.length, 10);
  assert.deepEqual(value.subprocessors[0].administrationAuthentication, { method: 'Email/password (Keychain-generated)', mfa: ['sms'] });
});

test('import: CSV with a header row; a column with no field goes into the note', async () => {
  const r = await bin(['import', 'test/fixtures/import/vendors.csv', '--today', '2026-01-01']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(schemaFindings(r.stdout), []);
  const v = parse(r.stdout);
  assert.equal(v.subprocessors[0].purpose, 'Hosting, backups and object storage');
  assert.deepEqual(v.subprocessors[0].certifications, ['iso27001', 'hds']);
  assert.deepEqual(v.subprocessors[0].administrationAuthentication, { method: 'SSO', mfa: ['webauthn'] });
  assert.equal(v.subprocessors[0].note, 'Contract Owner: Jane Doe');
  assert.deepEqual(v.subprocessors[1].dataLocation, { countries: ['DE', 'FR'] });
  // "GDPR compliant" under Certifications is a claim: certifications stay unknown, the claim is kept.
  assert.equal(v.subprocessors[1].certifications, 'unknown');
  assert.deepEqual(v.subprocessors[1].claims, ['gdpr-compliant']);
});

test('import: bad input exits 2 with one line saying which file and why', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-import-'));
  writeFileSync(path.join(dir, 'empty.txt'), '  \n');
  writeFileSync(path.join(dir, 'prose.txt'), 'Hello world\nNothing to see here.\n');
  writeFileSync(path.join(dir, 'quote.csv'), 'Name,Purpose\nStripe,Pay"ments"\n');
  const cases: [string[], RegExp][] = [
    [
      ['import', 'test/fixtures/import/no-name-column.csv'],
      /^subproc: test\/fixtures\/import\/no-name-column\.csv: line 1: the CSV has no column that names the sub-processors \(a header such as Name, Sub-processor, Vendor, Legal entity or Sous-traitant\)\n$/,
    ],
    [['import', 'nope.txt'], /^subproc: cannot read nope\.txt: no such file or directory\n$/],
    [['import', path.join(dir, 'empty.txt')], /empty\.txt is empty\n$/],
    [['import', path.join(dir, 'prose.txt')], /prose\.txt: no sub-processor found/],
    [['import', path.join(dir, 'quote.csv')], /quote\.csv: line 2: not valid CSV: invalid opening quote/i],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});

const CSV_HEADER =
  'Name,Entity,Purpose,Data Location,Personal Data,Certifications,Service Authentication,Administration Authentication,Service Access Control,Administration Access Control,Criticality';

test('import: CSV as spreadsheets save it (BOM, CRLF, quotes, blank rows, semicolons, other header spellings, ids, any script)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-csv-'));
  const row = (name: string, entity = 'Acme SAS') =>
    `${name},${entity},Hosting,France,Yes,ISO 27001,API keys,SSO + 2FA (TOTP),RBAC,Admin role,High`;
  type Entry = {
    id: string;
    name: string;
    purpose: string;
    serviceAuthentication: string;
    administrationAccessControl: string;
    url?: string;
    note?: string;
    criticality: string;
  };
  const cases: { name: string; csv: string; check: (entries: Entry[]) => void }[] = [
    {
      name: 'BOM, CRLF, a quoted value holding a comma, a quote and a line break',
      csv: `\ufeff${CSV_HEADER}\r\n"Acme, Inc","Acme ""EU"" SARL","Hosting, backups\nand logs",France,Yes,None,API keys,SSO,RBAC,RBAC,Low\r\n`,
      check: (e) => {
        assert.deepEqual([e[0]!.id, e[0]!.name, e[0]!.purpose], ['acme-inc', 'Acme, Inc', 'Hosting, backups\nand logs']);
      },
    },
    {
      name: 'a blank row, saved as empty cells, is no sub-processor',
      csv: `${CSV_HEADER}\n${row('Scaleway')}\n,,,,,,,,,,\n\n${row('OVH')}\n`,
      check: (e) =>
        assert.deepEqual(
          e.map((x) => x.id),
          ['scaleway', 'ovh'],
        ),
    },
    {
      name: 'semicolon-separated (a French spreadsheet), with commas inside values',
      csv: `${CSV_HEADER.replace(/,/g, ';')}\nScaleway;Scaleway SAS;Hosting, backups;France;Yes;ISO 27001, HDS;API keys;SSO;RBAC;RBAC;Critical\n`,
      check: (e) => assert.deepEqual([e[0]!.name, e[0]!.purpose, e[0]!.criticality], ['Scaleway', 'Hosting, backups', 'critical']),
    },
    {
      name: 'headers in another case, with extra spaces, or as the field names',
      csv: `  NAME , entity ,PURPOSE,dataLocation,personal_data,CERTIFICATIONS,serviceAuthentication,Administration  Authentication,service-access-control,AdministrationAccessControl,criticality,url\n${row('Scaleway')},https://www.scaleway.com\n`,
      check: (e) => {
        assert.equal(e[0]!.serviceAuthentication, 'API keys');
        assert.equal(e[0]!.administrationAccessControl, 'Admin role');
        assert.equal(e[0]!.url, 'https://www.scaleway.com');
        assert.equal(e[0]!.note, undefined, 'every column went to its field');
      },
    },
    {
      name: 'an id column is used, and a name never takes an id the file gives',
      csv: `id,${CSV_HEADER}\n,${row('Stripe')}\nstripe,${row('Stripe Payments')}\nStripe EU,${row('Stripe')}\nstripe,${row('Stripe again')}\n`,
      check: (e) =>
        assert.deepEqual(
          e.map((x) => x.id),
          ['stripe-2', 'stripe', 'stripe-eu', 'stripe-3'],
        ),
    },
    {
      name: 'names with accents, in other scripts, or the same twice: valid, unique ids',
      csv: `${CSV_HEADER}\n${row('École Numérique')}\n${row('株式会社テスト')}\n${row('Сбербанк')}\n${row('Straße & Co')}\n${row('École Numérique')}\n`,
      check: (e) => {
        const ids = e.map((x) => x.id);
        assert.equal(new Set(ids).size, ids.length, ids.join(' '));
        for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.equal(ids[0], 'ecole-numerique');
      },
    },
  ];
  for (const c of cases) {
    writeFileSync(path.join(dir, 'vendors.csv'), c.csv);
    const r = await cli(['import', 'vendors.csv', '--today', '2026-01-01'], dir);
    assert.equal(r.code, 0, `${c.name}: ${r.stderr}`);
    assert.deepEqual(
      schemaFindings(r.stdout).map((f) => formatFinding(f, 'en')),
      [],
      c.name,
    );
    c.check(parse(r.stdout).subprocessors);
  }
});

test('import: a CSV row with more values than columns (an unquoted comma) is refused, not shifted', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-csv-'));
  writeFileSync(
    path.join(dir, 'vendors.csv'),
    `${CSV_HEADER}\nScaleway,Scaleway SAS,Hosting,France,Yes,None,API keys,SSO,RBAC,RBAC,Low\nAcme, Inc,Acme,Hosting,France,Yes,None,API keys,SSO,RBAC,RBAC,Low\n`,
  );
  const r = await cli(['import', 'vendors.csv'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'subproc: vendors.csv: line 3: 12 values for 11 columns (a value that holds a "," must be in double quotes)\n');
  assert.equal(r.stdout, '');
  // In French the delimiter is named in French too (it once read « contient a "," »).
  const fr = await cli(['import', 'vendors.csv', '--lang', 'fr'], dir);
  assert.equal(fr.code, 2);
  assert.match(fr.stderr, /12 valeurs pour 11 colonnes \(une valeur qui contient un «\s,\s» doit être entre guillemets doubles\)/);
  // A trailing empty cell loses nothing: accepted.
  writeFileSync(
    path.join(dir, 'trailing.csv'),
    `${CSV_HEADER}\nScaleway,Scaleway SAS,Hosting,France,Yes,None,API keys,SSO,RBAC,RBAC,Low,\n`,
  );
  assert.equal((await cli(['import', 'trailing.csv'], dir)).code, 0);
});

test('import: Markdown keeps each entry in its group and category, an entry with none after a group included', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-md-'));
  const entry = (id: string, extra: string) =>
    `  - { id: ${id}, name: ${id.toUpperCase()}, entity: ${id} SA, ${extra}purpose: p, dataLocation: { countries: [FR] }, personalData: { level: no }, certifications: [], serviceAuthentication: k, administrationAuthentication: { method: m, mfa: [webauthn] }, serviceAccessControl: r, administrationAccessControl: r, criticality: low }\n`;
  const inventory =
    'inventory: { organization: A, contact: a@example.com, lastUpdated: 2025-08-01 }\nsubprocessors:\n' +
    entry('g1', 'group: Infra, category: Hosting, ') +
    entry('g2', 'group: Infra, category: Email, ') +
    entry('g3', 'group: Infra, ') +
    entry('free', '') +
    entry('cat', 'category: Analytics, ') +
    entry('ops', 'group: Operations, ');
  writeFileSync(path.join(dir, 'mixed.subprocessors.yaml'), inventory);
  const md = await cli(['render', 'mixed.subprocessors.yaml', '--today', '2026-01-01'], dir);
  writeFileSync(path.join(dir, 'page.md'), md.stdout);
  const r = await cli(['import', 'page.md', '--today', '2026-01-01'], dir);
  assert.equal(r.code, 0, r.stderr);
  const placed = (entries: { id: string; group?: string; category?: string }[]) =>
    entries.map((e) => `${e.id}: ${e.group ?? '-'} / ${e.category ?? '-'}`).sort();
  assert.deepEqual(placed(parse(r.stdout).subprocessors), placed(parse(inventory).subprocessors));
});

test('import states nothing the source did not: what a list leaves out is unknown, and no finding or page text invents it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-import-unknown-'));
  writeFileSync(
    path.join(dir, 'list.csv'),
    'Name,Entity,Purpose,Data Location,Personal Data,Certifications,Service Authentication,Administration Authentication,Service Access Control,Administration Access Control,Criticality\n' +
      'Acme Mail,,Transactional email,,,,,,,,\nBeta Analytics,Beta SAS,Product analytics,France,Yes,ISO 27001,,,,,\n',
  );
  const r = await cli(['import', 'list.csv', '-o', 'subprocessors.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  const yaml = readFileSync(path.join(dir, 'subprocessors.yaml'), 'utf8');
  const value = parse(yaml);
  assert.equal(value.subprocessors[0].entity, 'unknown', 'no entity is made up from the brand');
  assert.equal(value.subprocessors[0].criticality, 'unknown');
  assert.equal(value.subprocessors[0].certifications, 'unknown', 'not an empty list: nobody said there is none');
  assert.equal(value.inventory.lastUpdated, 'unknown', 'never the day of the import');
  assert.equal(value.defaults.dpa, 'unknown');
  const check = JSON.parse((await cli(['check', '--today', '2026-11-26', '--format', 'json', 'subprocessors.yaml'], dir)).stdout);
  const invented = check[0].findings.filter((f: { ruleId: string }) =>
    [...INVENTING_RULES, 'selection-tier', 'critical-uncertified'].includes(f.ruleId),
  );
  assert.deepEqual(invented, []);
  assert.ok(check[0].findings.some((f: { ruleId: string }) => f.ruleId === 'unstated-fact'));
  const page = (await cli(['render', 'subprocessors.yaml'], dir)).stdout;
  assert.doesNotMatch(page, /unknown|not given|<[a-z]+>/i);
  assert.match(page, /\*\*Criticality:\*\* Not stated/);
});

test("import: the file's comments are in the page's language (or --lang's), what was not read is said on stderr in the run's", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-import-'));
  const page = [
    '# Liste des sous-traitants ultérieurs',
    '',
    'Contact : DPO de la société',
    '',
    '| Sous-traitant | Finalité | Localisation des données |',
    '|---|---|---|',
    '| Scaleway SAS | Hébergement | France |',
    '',
    '## Cookies',
    '',
    '| Cookie | Finalité | Durée |',
    '|---|---|---|',
    "| _ga | Mesure d'audience | 13 mois |",
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'page-fr.md'), page);
  const env = { env: { LANG: 'C' } };
  const fr = await cli(['import', 'page-fr.md'], dir, env);
  assert.equal(fr.code, 0, fr.stderr);
  const said = (yaml: string) => yaml.split('\n').filter((l) => l.includes('#'));
  assert.deepEqual(said(fr.stdout), [
    '# Importé par `subproc import` depuis une page publiée de sous-traitants ultérieurs. Vérifiez chaque valeur au regard de la source.',
    // What the reader set aside is a fact worded here, in the page's language; the page's words stay as it wrote them.
    '# non lu\u00a0: tableau «\u00a0Cookies\u00a0» (1 ligne)',
    '# Sur la page\u00a0: Cookies',
    '# Sur la page\u00a0: Tableau non lu comme une liste de sous-traitants ultérieurs (aucune colonne ne les nomme)\u00a0: Cookie | Finalité | Durée',
    '  organization: unknown # la page ne nomme pas l’organisation\u00a0: indiquez-la (ou utilisez --organization)',
    '  contact: unknown # la page indique «\u00a0DPO de la société\u00a0», qui n’est pas une adresse électronique\u00a0: indiquez la véritable adresse',
    '  lastUpdated: unknown # la page ne donne aucune date',
    '# la page ne précise pas quel accord lie les sous-traitants ultérieurs',
  ]);
  // The command's own line is in the run's language (here the environment's: English).
  assert.equal(fr.stderr, "subproc: not read: table 'Cookies' (1 row)\n");

  const en = await cli(['import', 'page-fr.md', '--lang', 'en'], dir, env);
  assert.equal(en.code, 0, en.stderr);
  assert.deepEqual(said(en.stdout), [
    '# Imported from a published sub-processor page by `subproc import`. Check every value against the source.',
    "# not read: table 'Cookies' (1 row)",
    '# On the page: Cookies',
    '# On the page: A table not read as sub-processors (no column names them): Cookie | Finalité | Durée',
    '  organization: unknown # the page does not name the organization: set it (or use --organization)',
    '  contact: unknown # the page shows "DPO de la société" (not an email address): set the real one',
    '  lastUpdated: unknown # the page gives no date',
    '# the page does not say which agreement binds the sub-processors',
  ]);
  assert.equal(
    (await cli(['import', 'page-fr.md', '--lang', 'fr'], dir, env)).stderr,
    'subproc: non lu\u00a0: tableau «\u00a0Cookies\u00a0» (1 ligne)\n',
  );
  // A French environment says it in French too, without --lang.
  assert.equal(
    (await cli(['import', 'page-fr.md'], dir, { env: { LANG: 'fr_FR.UTF-8' } })).stderr,
    'subproc: non lu\u00a0: tableau «\u00a0Cookies\u00a0» (1 ligne)\n',
  );
});
