/**
 * The failures issue 22 names, rebuilt on real pages of the corpus (test/fixtures/import/corpus): each test
 * imports the page with the code `subproc import` runs and checks the facts that used to be lost or invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPage } from '../../server/src/publish/readPage';
import { pageToInventory } from '../../server/src/publish/importPage';
import { cli, ROOT } from '../support/runCli';
import { unreadText } from '../../server/src/publish/importWords';
import type { Unread } from '../../server/src/publish/read/unread';

/** What the reader set aside, in English (as `subproc import` says it). */
const unreadEn = (page: { unread: readonly Unread[] }): string[] => page.unread.map((u) => unreadText(u, 'en'));

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function imported(file: string): { inventory: Obj; byName: Map<string, Obj>; yaml: string } {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/import/corpus', file), 'utf8');
  const { value, yaml } = pageToInventory(readPage(text, file), { today: '2026-12-01' });
  const entries = value.subprocessors as Obj[];
  return { inventory: value.inventory as Obj, byName: new Map(entries.map((e) => [String(e.name), e])), yaml };
}

test('headed sections (<h3>Vendor</h3><p><strong>Label:</strong> value<br/>…</p>) are entries, their labelled lines facts', () => {
  const { byName, inventory } = imported('twis-subprocessors.html');
  assert.deepEqual([...byName.keys()], ['Vercel', 'Paddle', 'Functional Software, Inc. (Sentry)', 'MongoDB Cloud', 'SendGrid']);
  assert.deepEqual(byName.get('Vercel')!.dataLocation.countries, ['US']);
  assert.deepEqual(byName.get('Paddle')!.dataLocation.countries, ['GB']);
  assert.equal(byName.get('Vercel')!.purpose, 'hosting environment');
  assert.equal(inventory.lastUpdated, '2021-06-01');
});

test('a list of "<Vendor> data processing agreement" links: entries with their dpa.url, not a refusal', () => {
  const { byName } = imported('qfieldcloud-data-processing.html');
  assert.deepEqual([...byName.keys()], ['Exoscale', 'Flow', 'Stripe', 'Sentry', 'Brevo']);
  assert.deepEqual(byName.get('Exoscale')!.dpa, { type: 'dpa', url: 'https://www.exoscale.com/dpa' });
  assert.equal(byName.get('Exoscale')!.url, undefined, 'an agreement is not the vendor’s site');
});

test('certifications and transfer mechanisms stated in a section per vendor are attached to it; names linking to the DPA give dpa.url', () => {
  const { byName, inventory } = imported('tale-sous-traitants.md');
  const ids = (e: Obj) => (e.certifications as (string | Obj)[]).map((c) => (typeof c === 'string' ? c : c.id));
  assert.deepEqual(ids(byName.get('Exoscale')!), ['iso27001', 'iso27017', 'iso27018', 'soc2-type2', 'pci-dss', 'hds', 'c5', 'tisax']);
  // "les clauses contractuelles types de l’UE s’appliquent"; "Data Privacy Framework UE-US".
  assert.deepEqual(byName.get('OpenRouter')!.transfer, { mechanism: 'scc' });
  assert.deepEqual(byName.get('Vercel AI Gateway')!.transfer, { mechanism: 'dpf' });
  assert.equal(byName.get('Vercel AI Gateway')!.dpa.url, 'https://vercel.com/legal/dpa');
  assert.deepEqual(inventory.languages, ['fr'], 'a French page renders back in French');
});

test('"Europe" stays the page’s word, never EU; text after a table with no blank line is no broken row; a date after "Version"', () => {
  const { byName, inventory } = imported('lyyli-annex-5-subprocessors.md');
  const pipedrive = byName.get('Pipedrive')!;
  assert.equal(pipedrive.dataLocation.countries, 'unknown');
  assert.match(pipedrive.dataLocation.note, /Europe/);
  assert.deepEqual(byName.get('Clerk')!.dataLocation.countries, ['DE']);
  assert.equal(inventory.lastUpdated, '2025-11-23');
  assert.equal(inventory.noticeDays, 30);
});

test('French dates ("Version : 2 octobre 2026"), French columns ("Où", "Pourquoi"), and a contact in a closing sentence', () => {
  const mailfind = imported('mailfind-sous-traitants.md');
  assert.equal(mailfind.inventory.lastUpdated, '2026-10-02');
  assert.deepEqual(mailfind.byName.get('Vercel')!.dataLocation.countries, ['US']);
  const unitae = imported('unitae-sub-processors-en.md');
  assert.equal(unitae.inventory.contact, 'privacy@mindsers.it');
});

test('list items led by a linked name are entries, the link their site; other items of the page are not', () => {
  const { byName } = imported('zulip-subprocessors.md');
  assert.equal(byName.size, 9);
  assert.equal(byName.get('Google LLC')!.url, 'https://privacy.google.com/businesses/compliance/');
  assert.equal(byName.get('Google LLC')!.purpose, 'cloud infrastructure and services');
});

test('nothing lost in silence: a table import cannot place, and an unfilled template placeholder, are said on stderr and in the header', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'import-unread-'));
  const page = path.join(dir, 'page.md');
  writeFileSync(
    page,
    [
      '# Sub-processors',
      '',
      'Last updated: [Insert Date]',
      '',
      '| Sub-processor | Location |',
      '| --- | --- |',
      '| Acme | France |',
      '',
      '## GitLab affiliates',
      '',
      '| Affiliate | Role |',
      '| --- | --- |',
      ...Array.from({ length: 11 }, (_, i) => `| A${i} | support |`),
      '',
    ].join('\n'),
  );
  const r = await cli(['import', page, '--today', '2026-12-01']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^subproc: not read: table 'GitLab affiliates' \(11 rows\)$/m);
  assert.match(r.stderr, /^subproc: not read: unfilled placeholder: "\[Insert Date\]"$/m);
  assert.match(r.stdout, /^# not read: table 'GitLab affiliates' \(11 rows\)$/m);
  assert.match(r.stdout, /^ {2}lastUpdated: unknown/m, 'a placeholder is no date');
});

test('headed sections with the vendor’s link under each heading, then "Label: value" items: the heading is the entry, the link its site', () => {
  const { byName, inventory } = imported('searchness-subprocessors.html');
  assert.deepEqual([...byName.keys()], ['Amazon Web Services', 'Heroku (Salesforce)', 'Sentry', 'Stripe', 'Twilio']);
  assert.equal(byName.get('Amazon Web Services')!.url, 'https://aws.amazon.com/');
  // "Safeguards for data transfers outside the EU: Standard Contractual Clauses." on four of them, not on Heroku.
  assert.deepEqual(byName.get('Sentry')!.transfer, { mechanism: 'scc' });
  assert.equal(byName.get('Heroku (Salesforce)')!.transfer, 'unknown');
  assert.deepEqual(byName.get('Stripe')!.certifications, ['pci-dss']);
  assert.equal(inventory.lastUpdated, '2020-09-09', '"September 9th, 2020"');
});

test('a site’s YAML data file: one entry per mapping, its "updated" and "notice_days" fields the page’s date and notice, "TBC" no place', () => {
  const { byName, inventory } = imported('paymenthood-subprocessors.yml');
  assert.equal(byName.size, 7, 'nine entries; Microsoft Corporation and Google LLC twice each');
  assert.equal(inventory.lastUpdated, '2026-08-05');
  assert.equal(inventory.noticeDays, 30);
  assert.deepEqual(byName.get('InfyniPay B.V.')!.dataLocation.countries, ['NL'], '"Amsterdam, Netherlands"');
  assert.equal(byName.get('InfyniPay B.V.')!.dpa?.url, undefined, '"TBC — request the DPA reference" is no link');
  assert.equal(
    byName.get('GitHub, Inc.')!.dpa.url,
    'https://docs.github.com/en/site-policy/privacy-policies/github-data-protection-agreement',
  );
  const gruntwork = imported('gruntwork-subprocessors.yml');
  assert.equal(gruntwork.byName.size, 11);
  assert.equal(gruntwork.byName.get('Foqal')!.url, 'https://foqal.io');
});

test('a DPA column of links keeps each link as dpa.url; a French training column gives ai.trainsOnCustomerData', () => {
  const fio = imported('fio-subprocessors.html');
  assert.deepEqual(fio.byName.get('Supabase')!.dpa, { type: 'dpa', url: 'https://supabase.com/legal/dpa' });
  // Every row's link is its DPA but Jina's, a link labelled "Terms" (a website's terms are not a DPA).
  assert.deepEqual(
    [...fio.byName].filter(([, e]) => typeof e.dpa?.url !== 'string').map(([name]) => name),
    [[...fio.byName.keys()].find((n) => n.startsWith('Jina'))],
  );
  // "Entraînement sur les données du client | Non (infrastructure uniquement ; aucun entraînement IA)."
  const tale = imported('tale-sous-traitants.md');
  assert.deepEqual(tale.byName.get('Exoscale')!.ai, { trainsOnCustomerData: false });
});

test('a contact in the page’s header ("Contact : security@…"), an em dash in prose kept, a "Month D, YYYY" date', () => {
  assert.equal(imported('voice-tool-registre-traitements-fr.md').inventory.contact, 'security@voice-tool.app');
  const certiflow = imported('certiflow-sub-processors.md');
  assert.match(certiflow.yaml, /plaintext metadata only — the decryption key/);
  const pandectes = imported('pandectes-sub-processors-list.md');
  assert.equal(pandectes.inventory.lastUpdated, '2025-03-20', '"Last updated: March 20, 2025"');
});

test('a Markdown table whose rows break over lines at a cell’s "|", with a "#" column and addresses: every row, each address’s country', () => {
  const { byName } = imported('pandectes-sub-processors-list.md');
  assert.deepEqual(
    [...byName.keys()],
    ['Amazon Web Services', 'Cloudflare Inc.', 'Crisp IM SAS', 'Heroku (Salesforce, Inc.)', 'Peaberry Software, Inc. (customer.io)'],
  );
  assert.deepEqual(byName.get('Amazon Web Services')!.dataLocation.countries, ['IE']);
  assert.equal(byName.get('Amazon Web Services')!.entityCountry, 'US', '"419 Terry Avenue North, Seattle, WA,98109-5210 – contact"');
  assert.equal(byName.get('Crisp IM SAS')!.entityCountry, 'FR', '"2 Boulevard de Launay 44100 Nantes France – contact"');
  assert.deepEqual(byName.get('Cloudflare Inc.')!.transfer, [{ mechanism: 'scc' }, { mechanism: 'dpf' }]);
});

test('"Location of Subprocessors" is where each is established, not where the data is', () => {
  const { byName } = imported('retool-subprocessors.md');
  const neon = byName.get('Neon, Inc.')!;
  assert.equal(neon.entityCountry, 'US');
  assert.ok(!Array.isArray(neon.dataLocation?.countries), 'no place of the data stated');
});

test('a template date on a real page ("[Insert Date]" in place of its date) is no date, and the import says it is unfilled', async () => {
  const text = readFileSync(path.join(ROOT, 'test/fixtures/import/corpus/pandectes-sub-processors-list.md'), 'utf8');
  assert.match(text, /Last updated: March 20, 2025/);
  const page = readPage(text.replace('March 20, 2025', '[Insert Date]'), 'p.md');
  assert.equal(page.lastUpdated, undefined);
  assert.ok(unreadEn(page).includes('unfilled placeholder: "[Insert Date]"'), unreadEn(page).join('; '));
});

test('nothing lost in silence on a real page: its "Historical" table is named on stderr and in the header; a table copied one cell per line with cells over several lines is read row by row', async () => {
  const r = await cli(['import', path.join(ROOT, 'test/fixtures/import/corpus/gidsly-subprocessors.md'), '--today', '2026-12-01']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^subproc: not read: table 'Historical' \(2 rows\)$/m);
  assert.match(r.stdout, /^# not read: table 'Historical' \(2 rows\)$/m);
  // Its place column tells the rows apart: every vendor is an entry, none of its products or places is.
  const openai = await cli(['import', path.join(ROOT, 'test/fixtures/import/corpus/openai-sub-processor-list-2025.txt')]);
  assert.equal(openai.code, 0, openai.stderr);
  assert.equal((openai.stdout.match(/^ {2}- id: /gm) ?? []).length, 12);
  assert.match(openai.stdout, /^ {4}name: Fivetran, Inc\.$/m);
});
