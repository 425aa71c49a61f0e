import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageReadError, readPage } from './readPage';

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('HTML: headed sections with a definition list, and two tables (sub-processors and affiliates) are all read', () => {
  const html = `<!doctype html><html><head><title>x</title><script>var a = "<table>";</script></head><body>
<h1>Sub-processors</h1>
<p>Last updated: 28/01/2021</p>
<h3>Stripe, Inc.</h3>
<dl><dt>Purpose</dt><dd>Payments</dd><dt>Data Location</dt><dd>United States</dd></dl>
<h2>Service providers</h2>
<table><thead><tr><th>Vendor</th><th>Service</th><th>Location</th></tr></thead>
<tbody><tr><td>Twilio (SendGrid)</td><td>Email</td><td>USA (SCCs)</td></tr></tbody></table>
<h2>Affiliates</h2>
<table><tr><th>Entity</th><th>Country</th><th>Purpose</th></tr><tr><td>Acme GmbH</td><td>Germany</td><td>Support</td></tr></table>
</body></html>`;
  const page = readPage(html, 'page.html');
  assert.deepEqual(
    page.entries.map((e) => [e.name ?? e.heading, e.affiliate ?? false]),
    [
      ['Stripe, Inc.', false],
      ['Twilio (SendGrid)', false],
      ['Acme GmbH', true],
    ],
  );
  assert.equal(page.lastUpdated, '28/01/2021');
  assert.deepEqual(
    page.entries[0]!.facts.map((f) => f.label),
    ['Purpose', 'Data Location'],
  );
});

test('Markdown: headed entries with labelled bullets, as render writes them, and a simple table', () => {
  const md =
    '# Our vendors\n\n### Stripe (Stripe, Inc.)\n\n- **Purpose:** Payments\n- **Data Location:** United States\n\n## More\n\n| Provider | Purpose | Region |\n|---|---|---|\n| Scaleway | Hosting | France |\n';
  assert.deepEqual(names(md, 'v.md'), ['Stripe (Stripe, Inc.)', 'Scaleway']);
});

test('TSV and semicolon CSV: the delimiter the header uses', () => {
  assert.deepEqual(names('Name\tPurpose\tLocation\nStripe\tPayments\tUSA\n', 'v.tsv'), ['Stripe']);
  assert.deepEqual(names('Sous-traitant;Finalité;Localisation\nScaleway;Hébergement, sauvegardes;France\n', 'v.csv'), ['Scaleway']);
});

test('a row with no name is refused with its line, never an entry without a name', () => {
  assert.throws(
    () => readPage('Vendor,Purpose\nStripe,Payments\n,Hosting\n', 'v.csv'),
    (e: unknown) => e instanceof PageReadError && /^line 3: this row has no Vendor/.test((e as Error).message),
  );
});

test('hostile pages: nesting no browser saves is a clear error, not a stack overflow; huge flat input is read', () => {
  for (const html of ['<div>'.repeat(100_000) + 'x', '<table><tr><td>' + '<b>'.repeat(100_000) + 'x', '<ul><li>'.repeat(50_000)]) {
    assert.throws(
      () => readPage(html, 'deep.html'),
      (e: unknown) => e instanceof PageReadError && /nests elements more than 256 deep/.test((e as Error).message),
    );
  }
  assert.doesNotThrow(() => readPage('> '.repeat(20_000) + 'x\n' + '- '.repeat(20_000) + 'y\n', 'deep.md'));
  const rows = Array.from({ length: 20_000 }, (_, i) => `| Vendor ${i} | Hosting | France |`).join('\n');
  assert.equal(readPage(`| Vendor | Purpose | Location |\n|---|---|---|\n${rows}\n`, 'big.md').entries.length, 20_000);
});
