import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintText, resolvePolicy } from '../engine';
import { LABELS, type PageLabels } from './labels';
import { readPage } from './readPage';
import { renderPage } from './render';

const example = readFileSync(path.join(__dirname, '../../../examples/subprocessors.yaml'), 'utf8');
const result = lintText(example, { today: '2026-03-01' });

test('markdown (en) shows the facts as the published page words them', () => {
  const md = renderPage(result, { format: 'markdown', lang: 'en' });
  for (const line of [
    '# Who we work with',
    '1. SOC 2 Type II and/or ISO 27001 certified providers with EU data residency',
    '2. Uncertified providers with EU data residency',
    '3. Certified providers with non-EU data residency (with appropriate safeguards)',
    'All sub-processors are contractually bound through Data Processing Agreements (DPAs) and Standard Contractual Clauses where applicable.',
    '### Core Infrastructure Sub-Processors',
    '#### Database & Cloud Infrastructure',
    '##### MongoDB Atlas (MongoDB, Inc.)',
    '- **Data Location:** Belgium (GCP europe-west1)',
    '- **Data Location:** Global (with EU endpoints)',
    '- **Data Location:** EU (Frankfurt)',
    '- **Data Location:** US (with EU data processing)',
    '- **Personal Data:** Yes - all application data',
    '- **Personal Data:** Limited - session cookies, request logs',
    '- **Certifications:** SOC 2 Type II, ISO/IEC 27001, GDPR compliant',
    '- **Administration Authentication:** Email/password (Keychain-generated) + 2FA (SMS)',
    '- **Administration Authentication:** Google Account (Keychain-generated password) + 2FA',
    '- **Administration Authentication:** Email/password (Keychain-generated) + 2FA or OTP',
    '- **Data Flow:** Exported to BigQuery (Belgium) for analysis',
    '- **Service Authentication:** -',
    '- **Criticality:** Critical',
    '- **Legal Framework:** All sub-processors operate under contractual data protection obligations through their Terms of Service, Data Processing Addendums, or formal DPAs where applicable',
    'For sub-processor and data processing questions, contact: privacy@example.com',
    'Last Updated: August 2025',
  ]) {
    assert.ok(md.split('\n').includes(line), `missing line: ${line}`);
  }
  // Groups and categories in file order, entries in file order within them.
  const headings = md
    .split('\n')
    .filter((l) => l.startsWith('##### '))
    .map((l) => l.slice(6).replace(/ \(.*$/, ''));
  assert.deepEqual(headings, [
    'MongoDB Atlas',
    'Google Cloud Platform',
    'Vercel',
    'Resend',
    'Upstash',
    'PostHog',
    'Google Analytics',
    'Crisp',
    'Retool',
    'BigQuery',
  ]);
});

test('markdown (fr) has French labels throughout and a French date', () => {
  const md = renderPage(result, { format: 'markdown', lang: 'fr' });
  assert.match(md, /^# Nos sous-traitants$/m);
  assert.match(md, /^Mis à jour\u00a0: août 2025$/m);
  assert.match(md, /^- \*\*Localisation des données\u00a0:\*\* Belgique \(GCP europe-west1\)$/m);
  assert.match(md, /^- \*\*Données personnelles\u00a0:\*\* Oui - all application data$/m);
  assert.match(md, /^- \*\*Criticité\u00a0:\*\* Critique$/m);
  assert.match(md, /^- \*\*Localisation des données\u00a0:\*\* Monde \(with EU endpoints\)$/m);
  for (const label of [...Object.values(LABELS.en.facts), ...Object.values(LABELS.en.safeguards)]) {
    if (label === 'Certifications') continue; // the same word in both languages
    assert.ok(!md.includes(`**${label}`), `English label left in the French page: ${label}`);
  }
  for (const words of ['Last Updated', 'Our Sub-Processors', 'Selection Criteria', 'contractually bound', 'Sub-Processors\n']) {
    assert.ok(!md.includes(words), `English words left in the French page: ${words}`);
  }
});

test('the French and English labels are complete', () => {
  const walk = (a: PageLabels, b: PageLabels) => {
    for (const [key, value] of Object.entries(a)) {
      const other = (b as unknown as Record<string, unknown>)[key];
      assert.equal(typeof other, typeof value, `fr/en label ${key}`);
      if (value && typeof value === 'object' && !(value instanceof RegExp)) {
        for (const [k, v] of Object.entries(value)) {
          const w = (other as Record<string, unknown>)[k];
          assert.ok(typeof v === 'string' && v.length > 0 && typeof w === 'string' && w.length > 0, `label ${key}.${k}`);
        }
      }
    }
  };
  walk(LABELS.en, LABELS.fr);
  walk(LABELS.fr, LABELS.en);
});

test('selection criteria are written from the active policy', () => {
  const policy = resolvePolicy({ residency: 'eu', certified: ['iso27001'], tiers: [{ certified: true, residency: 'eu' }] });
  const md = renderPage({ ...result, policy }, { format: 'markdown', lang: 'en' });
  assert.match(md, /^1\. ISO 27001 certified providers with EU data residency$/m);
  assert.doesNotMatch(md, /^2\. /m);
  const fr = renderPage({ ...result, policy }, { format: 'markdown', lang: 'fr' });
  assert.match(fr, /^1\. Prestataires certifiés ISO 27001 hébergeant les données dans l'UE$/m);
});

test('selection criteria only for a policy the inventory adopts: none for an inventory that names none', () => {
  const text = example.replace(/^policy: builtin\n/m, '');
  assert.notEqual(text, example);
  for (const format of ['markdown', 'html'] as const)
    for (const lang of ['en', 'fr'] as const) {
      const page = renderPage(lintText(text, { today: '2026-03-01' }), { format, lang });
      assert.doesNotMatch(
        page,
        /Selection Criteria|Critères de sélection|SOC 2 Type II and\/or ISO 27001 certified providers/,
        `${format} ${lang}`,
      );
      // The facts stay, the DPA sentence too: only the criteria the page never published are gone.
      assert.match(page, /MongoDB Atlas/);
    }
  assert.match(renderPage(result, { format: 'markdown', lang: 'en' }), /## Sub-Processor Selection Criteria/);
});

test('per entry, the countries of storage and of access and the mechanism for each destination, in English and French', () => {
  const text = example
    .replace(/( {4}dataLocation:\n {6}countries: \[US\]\n {6}note: with EU data processing\n)/, '$1    access: { countries: [IN] }\n')
    .replace(
      /( {4}# "Standard Contractual Clauses \(SCCs\) implemented for non-EU processors"\n {4}transfer: \{ mechanism: scc \}\n)(?![\s\S]*# "Standard Contractual)/,
      '    transfer: [{ to: [US], mechanism: dpf }, { to: [IN], mechanism: scc }]\n',
    );
  assert.match(text, /access: \{ countries: \[IN\] \}/);
  assert.match(text, /to: \[IN\], mechanism: scc/);
  const md = renderPage(lintText(text, { today: '2026-03-01' }), { format: 'markdown', lang: 'en' });
  assert.match(md, /- \*\*Access From:\*\* India\n/);
  assert.match(md, /- \*\*Transfer Safeguard:\*\* EU-US Data Privacy Framework \(US\); Standard Contractual Clauses \(India\)\n/);
  const fr = renderPage(lintText(text, { today: '2026-03-01' }), { format: 'markdown', lang: 'fr' });
  assert.match(fr, /- \*\*Accès depuis\u00a0:\*\* Inde\n/);
  assert.match(fr, /Clauses contractuelles types \(Inde\)/);
});

test('no DPA sentence when an entry has no DPA', () => {
  const text = example.replace(/defaults:\n.*\n {2}dpa: \{ type: dpa \}\n/, '');
  assert.notEqual(text, example);
  const md = renderPage(lintText(text, { today: '2026-03-01' }), { format: 'markdown', lang: 'en' });
  assert.doesNotMatch(md, /contractually bound/);
});

test('html is one self-contained, accessible page', () => {
  const html = renderPage(result, { format: 'html', lang: 'fr' });
  assert.match(html, /^<!doctype html>\n<html lang="fr">/);
  assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  assert.match(html, /@media print/);
  assert.match(html, /<h1>Nos sous-traitants<\/h1>/);
  assert.match(html, /<dt>Localisation des données<\/dt><dd>Belgique \(GCP europe-west1\)<\/dd>/);
  assert.match(html, /<time datetime="2025-08-01">Mis à jour\u00a0: août 2025<\/time>/);
  assert.doesNotMatch(html, /<script|<link|<img|src=|@import|url\(/i);
  assert.match(html, /Database &amp; Cloud Infrastructure/);
});

test('html ids are unique, whatever the entries are called', () => {
  const firstId = /\n {2}- id: ([a-z0-9-]+)/.exec(example)![1];
  for (const id of ['selection', 'subprocessors', 'safeguards']) {
    const html = renderPage(lintText(example.replace(`- id: ${firstId}`, `- id: ${id}`), { today: '2026-03-01' }), {
      format: 'html',
      lang: 'en',
    });
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(ids.includes(id), `the entry's anchor is #${id}`);
    assert.deepEqual(
      ids.filter((x, i) => ids.indexOf(x) !== i),
      [],
      `duplicate ids with an entry called ${id}`,
    );
    for (const m of html.matchAll(/aria-labelledby="([^"]+)"/g))
      assert.ok(ids.includes(m[1]), `aria-labelledby="${m[1]}" names an element`);
    for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(m[1]), `the link to #${m[1]} has a target`);
  }
});

test('markdown: a text that would start a block at the beginning of a line stays a paragraph, and reads back', () => {
  for (const [intro, line] of [
    ['---', '\\---'],
    ['~~~ code', '\\~~~ code'],
    ['1. First', '1\\. First'],
    ['2) Second', '2\\) Second'],
    ['- item', '\\- item'],
    ['+ x', '\\+ x'],
    ['# h', '\\# h'],
    ['#', '\\#'],
    ['> quote', '\\> quote'],
    ['    indented', 'indented'],
    ['19.5% of 2024. Fine', '19.5% of 2024. Fine'],
  ] as const) {
    const text = example.replace(/^inventory:\n/m, `inventory:\n  introduction: ${JSON.stringify(intro)}\n`);
    const md = renderPage(lintText(text, { today: '2026-03-01' }), { format: 'markdown', lang: 'en' });
    assert.equal(md.split('\n')[2], line, `${intro} is written as a paragraph`);
    assert.deepEqual(readPage(md, 'page.md').introduction, [intro.trim()], `${intro} reads back`);
  }
});

test('html escapes everything that comes from the inventory', () => {
  const text = example
    .replace('name: MongoDB Atlas', 'name: "<script>alert(1)</script>"')
    .replace('purpose: Primary database hosting', 'purpose: "a & b <img src=x onerror=alert(1)>"')
    .replace('category: Database & Cloud Infrastructure', 'category: "\\"><b>x</b>"');
  const html = renderPage(lintText(text, { today: '2026-03-01' }), { format: 'html', lang: 'en' });
  assert.doesNotMatch(html, /<script|<img|<b>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /a &amp; b &lt;img src=x onerror=alert\(1\)&gt;/);
  const md = renderPage(lintText(text, { today: '2026-03-01' }), { format: 'markdown', lang: 'en' });
  assert.match(md, /\\<script\\>alert\(1\)\\<\/script\\>/);
});

test('"Not stated" only for what the source did not give: a description, a sign-in method, regions are shown; `unknown` never printed', () => {
  const text = [
    'inventory: { organization: Example SAS, contact: privacy@example.com, lastUpdated: 2026-01-01 }',
    'subprocessors:',
    '  - id: acme',
    '    name: Acme',
    '    entity: Acme SAS',
    '    purpose: Hosting',
    '    dataLocation: { countries: unknown, regions: [aws:eu-west-3] }',
    '    personalData: { level: unknown, description: support tickets }',
    '    certifications: unknown',
    '    transfer: { mechanism: unknown }',
    '    serviceAuthentication: API keys',
    '    administrationAuthentication: { method: SSO, mfa: unknown }',
    '    serviceAccessControl: Scoped tokens',
    '    administrationAccessControl: Roles',
    '    criticality: high',
  ].join('\n');
  const r = lintText(text, { today: '2026-03-01' });
  const en = renderPage(r, { format: 'markdown', lang: 'en' });
  assert.match(en, /- \*\*Data Location:\*\* AWS eu-west-3/);
  assert.match(en, /- \*\*Personal Data:\*\* support tickets/);
  assert.match(en, /- \*\*Administration Authentication:\*\* SSO\n/);
  assert.match(en, /- \*\*Certifications:\*\* Not stated/, 'what the source did not give is said not stated');
  assert.equal(en.match(/Not stated/g)?.length, 1, en);
  assert.doesNotMatch(en, /\bunknown\b/i);
  const fr = renderPage(r, { format: 'markdown', lang: 'fr' });
  assert.match(fr, /support tickets/);
  assert.match(fr, /SSO\n/);
  assert.equal(fr.match(/Non précisé/g)?.length, 1, fr);
  assert.doesNotMatch(fr, /\bunknown\b/i);
});

test('the count of sub-processors in the HTML heading follows each language’s plural (French: « 0 sous-traitant »)', () => {
  const counts = (lang: 'en' | 'fr') => [0, 1, 2].map((n) => LABELS[lang].entriesCount(n));
  assert.deepEqual(counts('en'), ['0 sub-processors', '1 sub-processor', '2 sub-processors']);
  assert.deepEqual(counts('fr'), ['0 sous-traitant', '1 sous-traitant', '2 sous-traitants']);
  const empty = lintText(example.replace(/\nsubprocessors:[\s\S]*$/, '\nsubprocessors: []\n'), { today: '2026-03-01' });
  assert.match(renderPage(empty, { format: 'html', lang: 'fr' }), /Nos sous-traitants <span class="entity">\(0 sous-traitant\)<\/span>/);
});
