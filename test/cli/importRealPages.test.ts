/**
 * `subproc import` on real companies' published lists (test/fixtures/import/real), in the shapes they are
 * published in: every entry and location kept, dates read, nothing invented (no finding that asserts a fact
 * the page did not state, no placeholder on the rendered page), and the findings a privacy lawyer expects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { INVENTING_RULES as INVENTING } from '../support/inventing';
import { cli, ROOT } from '../support/runCli';

const REAL = path.join(ROOT, 'test/fixtures/import/real');
/** Text a rendered page of an import must never hold: placeholders, and criteria the page did not publish. */
const NEVER_ON_PAGE = [/not given/i, /placeholder/i, /TODO/, /<fill/i, /Selection Criteria/i, /Critères de sélection/i, /\bunknown\b/];

interface Entry {
  id: string;
  name: string;
  entity: string;
  purpose?: string;
  relationship?: string;
  entityCountry?: string;
  dataLocation: { countries: string[] | 'unknown'; note?: string; regions?: string[] };
  access?: { countries: string[] };
  transfer?: 'unknown' | { mechanism: string; to?: string[] } | { mechanism: string; to?: string[] }[];
  dpa?: { type: string };
  note?: string;
}

interface Expected {
  file: string;
  args?: string[];
  /** name -> storage countries (`unknown` when the page names none). */
  entries: Record<string, string[] | 'unknown'>;
  lastUpdated: string;
  /** Finding counts by rule (rules not listed: none, except unstated-fact and residency-ambiguous). */
  findings: Record<string, number>;
  check?: (byName: Map<string, Entry>, inventory: Record<string, unknown>, yaml: string) => void;
}

const CASES: Expected[] = [
  {
    file: 'stakater-subprocessors.md',
    entries: {
      // "EU (Amsterdam)": the EU the page says and the city's country (domain facts: "EU (Frankfurt)" -> DE, EU).
      'Digital Realty + OpenMetal': ['EU', 'NL'],
      // "EU (Sweden)": the EU and the member state, every place the page names (corpus README).
      AWS: ['EU', 'SE'],
      'Stakater AB': ['SE'],
      'Stakater Czech s.r.o.': ['CZ'],
      'Stakater Pakistan SMC-Pvt Ltd': ['PK'],
    },
    lastUpdated: 'unknown',
    // Pakistan: "Intra-group Agreement with SCCs" is a stated safeguard; what a lawyer asks next is its assessment.
    findings: { 'transfer-safeguard': 0, 'tia-missing': 1 },
    check: (e) => {
      assert.deepEqual(e.get('Stakater Pakistan SMC-Pvt Ltd')!.transfer, { mechanism: 'scc' });
      for (const n of ['Stakater AB', 'Stakater Czech s.r.o.', 'Stakater Pakistan SMC-Pvt Ltd'])
        assert.equal(e.get(n)!.relationship, 'affiliate', n);
      assert.equal(e.get('AWS')!.relationship, undefined);
      // A brand is not an entity; a name with a legal form is.
      assert.equal(e.get('AWS')!.entity, 'unknown');
      assert.equal(e.get('Stakater AB')!.entity, 'Stakater AB');
      // The HTML list inside a Markdown cell keeps both items.
      assert.match(JSON.stringify(e.get('AWS')), /Route 53 for DNS Management; S3 for Backups/);
      assert.equal(e.get('Digital Realty + OpenMetal')!.dataLocation.note, 'EU (Amsterdam)');
    },
  },
  {
    file: 'posthog-dpa-annex-iii.html',
    entries: {
      'Amazon Web Services, Inc.': ['US', 'DE'],
      'Cloudflare Inc.': ['US'],
      'Salesforce, Inc. (t/a ‘Heroku’)': ['US'],
      'Functional Software, Inc., t/a ‘Sentry’': ['US'],
    },
    lastUpdated: 'unknown',
    // The annex states no transfer mechanism: each US recipient needs one (the expected error), and "A or B" is ambiguous.
    findings: { 'transfer-safeguard': 4, 'residency-ambiguous': 1 },
    check: (e) => {
      assert.equal(e.get('Amazon Web Services, Inc.')!.dataLocation.note, 'USA (PostHog US Cloud) or Germany (PostHog EU Cloud)');
      assert.equal(e.get('Salesforce, Inc. (t/a ‘Heroku’)')!.entity, 'Salesforce, Inc.');
      assert.equal(e.get('Functional Software, Inc., t/a ‘Sentry’')!.entity, 'Functional Software, Inc.');
      // Unknown columns are kept in the note, under their own headers.
      assert.match(e.get('Cloudflare Inc.')!.note!, /^Contact details: 101 Townsend Street/m);
      assert.match(e.get('Cloudflare Inc.')!.note!, /^Categories of data subject: Employees, Customers/m);
    },
  },
  {
    file: 'silktide-copied.txt',
    entries: { 'Amazon Web Services, Inc. (AWS)': ['US'], 'Amazon Web Services Australia Pty Ltd (AWS)': ['AU'] },
    lastUpdated: 'unknown',
    // "SCCs" in the Transfer Mechanism column: no missing-safeguard error, and the assessment is asked for.
    findings: { 'transfer-safeguard': 0, 'tia-missing': 2 },
    check: (e) => {
      const us = e.get('Amazon Web Services, Inc. (AWS)')!;
      assert.deepEqual(us.transfer, { mechanism: 'scc' });
      // "Address" is where the entity is established, never where data is stored.
      assert.equal(us.entityCountry, 'US');
      assert.equal(e.get('Amazon Web Services Australia Pty Ltd (AWS)')!.entityCountry, 'AU');
      assert.equal(us.entity, 'Amazon Web Services, Inc.');
      assert.equal(us.dataLocation.note, 'Americas customers only');
    },
  },
  {
    file: 'liza-chat-subprocessors.csv',
    entries: {
      // "EU · Germany": the EU and the member state, every place the page names.
      'UpCloud Oy': ['EU', 'DE', 'US', 'SG'],
      'Aiven Oy': ['EU', 'DE', 'US', 'SG'],
      'Mistral AI SAS': ['EU', 'FR'],
      'Qwant SAS': ['EU', 'FR'],
      'Lettermint V.O.F.': ['EU', 'NL'],
      'seven GmbH & Co. KG': ['EU', 'DE'],
      'AppSignal B.V.': ['EU', 'NL'],
      Bugsink: ['EU', 'DE'],
      'Plausible Insights OÜ': ['EU', 'DE'],
      'Cordnet OÜ': ['EU', 'NL', 'DE'],
      'Brevo GmbH': ['EU', 'DE', 'BE'],
    },
    lastUpdated: 'unknown',
    // The US and Singapore (a customer's choice) with nothing stated: a mechanism is asked for.
    findings: { 'transfer-safeguard': 2 },
    check: (e) => {
      assert.equal(e.get('UpCloud Oy')!.transfer, 'unknown', 'the page names no basis for the US and Singapore: not stated');
      assert.equal(e.get('Mistral AI SAS')!.transfer, undefined, 'stored in France: no transfer to state');
      assert.equal(e.get('UpCloud Oy')!.entityCountry, 'FI');
      assert.equal(e.get('Bugsink')!.entityCountry, 'NL');
      assert.equal(e.get('Bugsink')!.entity, 'unknown', 'a name without a legal form is not an entity');
      assert.equal(e.get('UpCloud Oy')!.dataLocation.note, 'At the customer-selected location: A) EU · Germany, B) USA, C) Singapore');
    },
  },
  {
    file: 'apexmail-emplacements-des-donnees.md',
    entries: {
      // "Centre de données UE — Allemagne": the member state and the EU.
      'Hetzner Online GmbH': ['DE', 'FI', 'EU'],
      'Amazon Web Services, Inc. (AWS S3)': 'unknown',
      'Amazon Web Services, Inc. (AWS SES)': 'unknown',
      'Stripe, Inc.': ['US'],
      'Google LLC': ['US'],
      'GitHub, Inc.': ['US'],
    },
    // The TOML front matter's "[extra] last_updated".
    lastUpdated: '2026-07-30',
    // Stripe (US, and support from India), Google and GitHub on SCCs: no assessment recorded.
    findings: { 'transfer-safeguard': 0, 'tia-missing': 3 },
    check: (e, inventory) => {
      const stripe = e.get('Stripe, Inc.')!;
      // "États-Unis (principal), Inde (support)": stored in the US, reached from India.
      assert.deepEqual(stripe.access, { countries: ['IN'] });
      assert.deepEqual(stripe.transfer, { mechanism: 'scc' });
      assert.equal(e.get('Amazon Web Services, Inc. (AWS S3)')!.dataLocation.note, 'Région S3 configurée (par défaut : eu-central-1)');
      assert.equal(inventory.contact, 'privacy@apexmail.ee');
    },
  },
  {
    file: 'navlys-politique-de-confidentialite.md',
    entries: {
      'Cloudflare R2': ['EU', 'US'],
      'Stripe Inc.': ['US'],
      Resend: ['US'],
      'Vercel Inc.': ['US'],
      'Google Workspace': ['EU', 'US'],
      'Anthropic (optionnel)': ['US', 'EU'],
    },
    lastUpdated: 'unknown',
    // Anthropic's own safeguards name no mechanism for the US ("DPA, traitement éphémère sans entraînement").
    findings: { 'transfer-safeguard': 1, 'tia-missing': 5 },
    check: (e, inventory) => {
      assert.deepEqual(e.get('Google Workspace')!.transfer, { mechanism: 'scc' }, '"DPA EU Model Clauses" are SCCs');
      // "Toute modification substantielle de la présente Politique est notifiée … 30 jours avant": the notice of the
      // policy's own changes, not of a new sub-processor, so no notice period is read (issue 22).
      assert.equal(inventory.noticeDays, undefined);
      assert.equal(inventory.contact, 'dpo@navlys.com');
      // Kept in the note: the certification the "Garanties" column mentions, in the page's words.
      assert.match(e.get('Cloudflare R2')!.note!, /Garanties: DPA signé, SCC EU 2021\/914, ISO 27001/);
    },
  },
  {
    file: 'ren0vate-registre.md',
    entries: { 'Heroku (Salesforce)': ['EU', 'IE'], Cloudinary: ['US'], Anthropic: ['US'], Stripe: ['US'], 'Resend (SMTP)': ['US'] },
    // "Dernière mise à jour | Mai 2026" in a key-value table.
    lastUpdated: '2026-05-01',
    // Stripe on the DPF with no check of its listing; three on SCCs with no assessment.
    findings: { 'transfer-safeguard': 0, 'tia-missing': 3, 'dpf-unverified': 1 },
    check: (e) => {
      assert.deepEqual(e.get('Stripe')!.transfer, [{ mechanism: 'dpf' }, { mechanism: 'scc' }]);
      assert.equal(e.get('Heroku (Salesforce)')!.transfer, undefined, '"Pas de transfert" in the EU');
      assert.equal(e.get('Heroku (Salesforce)')!.entity, 'unknown', 'a brand in parentheses is not the entity');
      assert.deepEqual(e.get('Cloudinary')!.dpa, { type: 'dpa' }, '"DPA signé: Oui"');
    },
  },
];

/** The error-severity findings of a rule in `check --format json` output. */
function errorsOf(json: string, rule: string): string[] {
  return (JSON.parse(json) as { findings: { ruleId: string; severity: string; message: string }[] }[]).flatMap((file) =>
    file.findings.filter((f) => f.ruleId === rule && f.severity === 'error').map((f) => f.message),
  );
}

function findingsByRule(json: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of JSON.parse(json) as { findings: { ruleId: string }[] }[])
    for (const f of file.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
}

for (const c of CASES) {
  test(`import a real list: ${c.file}`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-real-'));
    const out = path.join(dir, 'imported.subprocessors.yaml');
    const r = await cli(['import', path.join(REAL, c.file), '-o', out, '--today', '2026-11-30', ...(c.args ?? [])]);
    assert.equal(r.code, 0, r.stderr);
    const yaml = readFileSync(out, 'utf8');
    const doc = parse(yaml) as { inventory: Record<string, unknown>; subprocessors: Entry[] };
    // Every entry, in the page's order, with every location it names.
    assert.deepEqual(
      doc.subprocessors.map((e) => e.name),
      Object.keys(c.entries),
    );
    const byName = new Map(doc.subprocessors.map((e) => [e.name, e]));
    for (const [name, countries] of Object.entries(c.entries)) assert.deepEqual(byName.get(name)!.dataLocation.countries, countries, name);
    assert.equal(doc.inventory.lastUpdated, c.lastUpdated);
    c.check?.(byName, doc.inventory, yaml);

    const check = await cli(['check', out, '--format', 'json', '--today', '2026-11-30']);
    const counts = findingsByRule(check.stdout);
    for (const rule of INVENTING) assert.equal(counts[rule] ?? 0, 0, `${rule}: ${check.stdout}`);
    // A page silent on safeguards states no "none": what it leaves out is asked for as a warning, never an error.
    assert.deepEqual(errorsOf(check.stdout, 'transfer-safeguard'), [], 'no error-severity transfer-safeguard on a real list');
    for (const [rule, n] of Object.entries(c.findings)) assert.equal(counts[rule] ?? 0, n, rule);
    for (const rule of Object.keys(counts))
      assert.ok(['unstated-fact', 'residency-ambiguous', ...Object.keys(c.findings)].includes(rule), `unexpected ${rule}`);
    assert.ok(counts['unstated-fact']! > 0, 'what the page did not state is asked for');
    // As a to-do list: at most one finding per entry (and one for the header, one for `defaults`), never a warning.
    const todo = (JSON.parse(check.stdout) as { findings: { ruleId: string; severity: string }[] }[])[0]!.findings.filter(
      (f) => f.ruleId === 'unstated-fact',
    );
    assert.ok(todo.length <= doc.subprocessors.length + 2, `${todo.length} unstated-fact findings for ${doc.subprocessors.length} entries`);
    assert.deepEqual([...new Set(todo.map((f) => f.severity))], ['info']);

    for (const format of ['markdown', 'html']) {
      const page = await cli(['render', out, '--format', format]);
      assert.equal(page.code, 0, page.stderr);
      for (const bad of NEVER_ON_PAGE) assert.doesNotMatch(page.stdout, bad, `${format}: ${bad}`);
      for (const name of Object.keys(c.entries))
        assert.ok(
          page.stdout.includes(format === 'html' ? name.replace(/&/g, '&amp;') : name.replace(/([\\`*_[\]{}()#+\-.!<>|~])/g, '\\$1')) ||
            page.stdout.includes(name),
          `${format}: ${name}`,
        );
    }
  });
}

test('a real table whose delimiter row writes one cell too many is read by its header, its rows agreeing with the header', async () => {
  const r = await cli(['import', path.join(REAL, 'opendatadsl-cloud-service-subprocessors.md')]);
  assert.equal(r.code, 0, r.stderr);
  const doc = parse(r.stdout) as { subprocessors: Entry[] };
  assert.deepEqual(
    doc.subprocessors.map((e) => [e.name, e.purpose]),
    [
      ['Microsoft Corp', 'Authentication services'],
      ['MongoDB', 'Database'],
      ['Microsoft Corp', 'Azure Cloud Services'],
      ['Microsoft Corp', 'Cloud Provider'],
    ],
  );
});

test('a wrapped bullet and a broken copied table give a clear message naming the line, never a phantom entry', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-broken-'));
  const page = readFileSync('/work/shared/published-page/000_0776f4acd557f305.txt', 'utf8').split('\n');
  const at = page.findIndex((l) => l.includes('Purpose: Queue management'));
  // The bullet wraps, as a narrow window copies it: a line in lower case goes on from the bullet, joined to it.
  const joined = [...page.slice(0, at), '  • Purpose: Queue management and background', 'job processing', ...page.slice(at + 1)];
  writeFileSync(path.join(dir, 'joined.txt'), joined.join('\n'));
  const j = await cli(['import', path.join(dir, 'joined.txt')]);
  assert.equal(j.code, 0, j.stderr);
  assert.match(j.stdout, /purpose: Queue management and background job processing\n/);
  assert.doesNotMatch(j.stdout, /name: job processing/i);
  // One that does not start in lower case may as well name the next vendor: refused at its line.
  const wrapped = [...page.slice(0, at), '  • Purpose: Queue management and background', 'Job processing', ...page.slice(at + 1)];
  writeFileSync(path.join(dir, 'wrapped.txt'), wrapped.join('\n'));
  const r = await cli(['import', path.join(dir, 'wrapped.txt')]);
  assert.equal(r.code, 2, r.stdout);
  assert.match(r.stderr, new RegExp(`wrapped\\.txt: line ${at + 2}: this line continues the bullet above it`));

  writeFileSync(path.join(dir, 'copied.txt'), 'Vendor\tPurpose\tLocation\nStripe\tPayments and\nbilling\tUSA\nAcme\tHosting\tFrance\n');
  const t = await cli(['import', path.join(dir, 'copied.txt')]);
  assert.equal(t.code, 2, t.stdout);
  assert.match(t.stderr, /copied\.txt: line 2: 2 values for 3 columns \(a line break inside a cell has split its row/);

  // A row broken over lines that do not add up to the header's cells (a row joined when they do).
  writeFileSync(
    path.join(dir, 'broken.md'),
    '| Vendor | Purpose | Location |\n|---|---|---|\n| Stripe | Payments and\nbilling | USA | 2 |\n',
  );
  const m = await cli(['import', path.join(dir, 'broken.md')]);
  assert.equal(m.code, 2, m.stdout);
  assert.match(m.stderr, /broken\.md: line 3: this row of the table that starts on line 1 does not end with "\|" as its header does/);
});
