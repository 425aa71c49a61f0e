/**
 * Completion over LSP, against the real server: each kind of completion at a given position, mostly
 * in half-typed YAML (a key with no value, an empty `- ` item, an unclosed `[`), as people type it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { CLAIMS } from '../../server/src/knowledge';
import { REPO_ROOT, TestLspClient, withServer } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
const MONGO_CERTS = 'certifications: [soc2-type2, iso27001, gdpr-compliant]';

let counter = 0;
function uniqueUri(name = 'subprocessors.yaml'): string {
  return `file:///virtual/completion/${++counter}/${name}`;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

function byLabel(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${JSON.stringify(labels(items))}`);
  return item;
}

function docOf(item: CompletionItem): string {
  const d = item.documentation;
  return typeof d === 'string' ? d : (d?.value ?? '');
}

/** The text after applying a completion item's edit. */
function apply(text: string, item: CompletionItem, newText?: string): string {
  const edit = item.textEdit as TextEdit;
  assert.ok(edit && 'range' in edit, 'items carry a textEdit with a range');
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + (newText ?? edit.newText) + text.slice(offset(edit.range.end));
}

/** Fills a snippet's tab stops with values chosen by the key on each line (choices: the first option). */
function fillSnippet(snippet: string, values: Record<string, string>): string {
  return snippet
    .split('\n')
    .map((line) => {
      const key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1] ?? '';
      return line.replace(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)?\}/g, (_m, _n, placeholder?: string, choices?: string) => {
        if (key in values) return values[key];
        if (choices) return choices.split(',')[0];
        return placeholder ?? '';
      });
    })
    .join('\n')
    .replace(/\$0/g, '');
}

describe('completion over LSP', () => {
  let client: TestLspClient;
  withServer({ today: '2026-11-26' }, (c) => (client = c));

  /** Opens `text` (with `|` as the cursor) and asks for completion there. */
  async function complete(
    marked: string,
    options: { name?: string; trigger?: string } = {},
  ): Promise<{ items: CompletionItem[]; text: string; uri: string }> {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const uri = uniqueUri(options.name);
    client.open(uri, text, options.name?.startsWith('subprocessor-policy') ? 'subprocessor-policy' : 'subprocessors');
    const lines = text.slice(0, offset).split('\n');
    const items = await client.completion(uri, { line: lines.length - 1, character: lines[lines.length - 1].length }, options.trigger);
    return { items, text, uri };
  }

  test('in the example, `certifications: [soc` offers the SOC family with official names', async () => {
    const marked = EXAMPLE.replace(MONGO_CERTS, 'certifications: [soc|');
    const { items, text } = await complete(marked);
    const soc = items.filter((i) => i.label.startsWith('soc'));
    for (const [id, name] of [
      ['soc1', 'SOC 1'],
      ['soc2-type1', 'SOC 2 Type I'],
      ['soc2-type2', 'SOC 2 Type II'],
      ['soc3', 'SOC 3'],
    ]) {
      const item = byLabel(soc, id);
      assert.equal(item.labelDetails?.description, name, `official name of ${id}`);
      assert.equal(item.detail, name);
    }
    const type2 = byLabel(items, 'soc2-type2');
    assert.match(docOf(type2), /operated effectively over a review period/);
    // The edit replaces exactly the typed `soc`.
    assert.match(apply(text, type2), /certifications: \[soc2-type2\n/);
    assert.ok(!labels(items).includes('gdpr-compliant'), 'claims are not offered as certifications');
  });

  test('certifications already listed are not offered again', async () => {
    const { items } = await complete(EXAMPLE.replace(MONGO_CERTS, 'certifications: [soc2-type2, iso|]'));
    assert.ok(labels(items).includes('iso27001'));
    assert.ok(!labels(items).includes('soc2-type2'));
  });

  test('`    criticality: ` with nothing after offers exactly the four levels', async () => {
    const marked = EXAMPLE.replace('    criticality: critical\n', '    criticality: |\n');
    const { items, text } = await complete(marked);
    assert.deepEqual(labels(items), ['critical', 'high', 'medium', 'low']);
    assert.match(apply(text, byLabel(items, 'high')), /\n {4}criticality: high\n/);
  });

  test('a colon just typed: the value comes with its space', async () => {
    const { items, text } = await complete('subprocessors:\n  - id: a\n    personalData:\n      level:|\n', { trigger: ':' });
    assert.deepEqual(labels(items), ['yes', 'limited', 'no']);
    assert.match(apply(text, byLabel(items, 'limited')), /level: limited\n/);
  });

  test('dpa.type in a flow mapping, and the transfer mechanisms with their legal basis', async () => {
    const dpa = await complete('subprocessors:\n  - id: a\n    dpa: { type: | }\n');
    assert.deepEqual(labels(dpa.items), ['dpa', 'addendum', 'terms-of-service']);
    const transfer = await complete('subprocessors:\n  - id: a\n    transfer:\n      mechanism: |\n');
    assert.deepEqual(labels(transfer.items), ['scc', 'dpf', 'bcr', 'adequacy', 'derogation', 'idta', 'uk-addendum', 'none']);
    assert.match(String(byLabel(transfer.items, 'scc').detail), /Art\. 46\(2\)\(c\)/);
    assert.match(String(byLabel(transfer.items, 'dpf').detail), /2023\/1795/);
  });

  test('MFA methods, strongest first, with their strength', async () => {
    const { items } = await complete('subprocessors:\n  - id: a\n    administrationAuthentication:\n      method: SSO\n      mfa: [|]\n');
    const sorted = [...items].sort((a, b) => String(a.sortText ?? a.label).localeCompare(String(b.sortText ?? b.label)));
    assert.equal(sorted[0].label, 'webauthn');
    assert.match(String(byLabel(items, 'sms').detail), /weak/);
    assert.match(docOf(byLabel(items, 'sms')), /SIM swap/);
  });

  test('keys of an entry: required first, each with its description, none already present', async () => {
    const marked = 'subprocessors:\n  - id: a\n    name: A\n    |\n    criticality: low\n';
    const { items } = await complete(marked);
    const keys = labels(items);
    for (const present of ['id', 'name', 'criticality']) assert.ok(!keys.includes(present), `${present} is already there`);
    const sorted = [...items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
    const firstOptional = sorted.findIndex((i) => i.detail === 'optional');
    assert.deepEqual(
      sorted.slice(0, firstOptional).map((i) => i.label),
      [
        'entity',
        'purpose',
        'dataLocation',
        'personalData',
        'certifications',
        'serviceAuthentication',
        'administrationAuthentication',
        'serviceAccessControl',
        'administrationAccessControl',
      ],
    );
    assert.ok(sorted.slice(firstOptional).every((i) => i.detail === 'optional'));
    assert.match(docOf(byLabel(items, 'entity')), /legal entity/);
    assert.equal(new Set(keys).size, keys.length, 'no key offered twice');
  });

  test('keys at the top level and under inventory, on an empty line', async () => {
    const top = await complete('|');
    assert.deepEqual(new Set(labels(top.items)), new Set(['inventory', 'policy', 'safeguards', 'defaults', 'subprocessors']));
    const inv = await complete('inventory:\n  organization: X\n  |\nsubprocessors: []\n');
    assert.deepEqual(labels(inv.items).sort(), [
      'contact',
      'establishment',
      'introduction',
      'languages',
      'lastUpdated',
      'noticeDays',
      'title',
    ]);
    const keyEdit = apply(inv.text, byLabel(inv.items, 'contact'));
    assert.match(keyEdit, /\n {2}contact: \$0\n/);
  });

  test('an empty `  - ` item under subprocessors offers the snippet and the entry keys', async () => {
    const { items } = await complete('subprocessors:\n  - id: a\n  - |\n');
    const snippet = byLabel(items, 'new sub-processor');
    assert.equal(snippet.insertTextFormat, 2 /* Snippet */);
    assert.ok(labels(items).includes('id'));
  });

  test('a new entry typed from the snippet has every required field: no missing-field', async () => {
    const marked = `${EXAMPLE.trimEnd()}\n\n  - |\n`;
    const { items, text, uri } = await complete(marked);
    const snippet = byLabel(items, 'new sub-processor');
    const filled = fillSnippet((snippet.textEdit as TextEdit).newText, {
      id: 'acme-mail',
      name: 'Acme Mail',
      entity: 'Acme Mail SAS',
      purpose: 'Newsletter delivery',
      countries: 'FR',
      certifications: 'iso27001',
      serviceAuthentication: 'API key',
      method: 'SSO (SAML)',
      mfa: 'webauthn',
      serviceAccessControl: 'Send-only key',
      administrationAccessControl: 'Two admins',
      criticality: 'medium',
      level: 'limited',
    });
    assert.ok(!filled.includes('$'), filled);
    const newText = apply(text, snippet, filled);
    client.replace(uri, newText);
    const diags = await client.waitForDiagnostics(uri);
    const schema = diags.filter((d) => ['missing-field', 'yaml-syntax', 'invalid-value', 'unknown-field'].includes(String(d.code)));
    assert.deepEqual(schema, [], `${JSON.stringify(schema)}\n${newText.slice(-900)}`);
    assert.match(newText, /\n {2}- id: acme-mail\n {4}name: Acme Mail\n/);

    // Every tab stop left at its default value is still a complete entry.
    client.replace(uri, apply(text, snippet, fillSnippet((snippet.textEdit as TextEdit).newText, {})));
    const defaults = await client.waitForDiagnostics(uri);
    assert.deepEqual(
      defaults.filter((d) => d.code === 'missing-field'),
      [],
    );
  });

  test('an empty line under `subprocessors:` offers the snippet with its dash', async () => {
    const { items, text } = await complete('subprocessors:\n  |\n');
    const snippet = byLabel(items, 'new sub-processor');
    assert.match(apply(text, snippet), /^subprocessors:\n {2}- id: \$\{1:new-sub-processor\}\n {4}name: /);
  });

  test('country codes with name and EU/EEA/adequacy status; listed ones are skipped', async () => {
    const { items } = await complete('subprocessors:\n  - id: a\n    dataLocation:\n      countries: [BE, |]\n');
    assert.ok(!labels(items).includes('BE'));
    assert.equal(byLabel(items, 'FR').labelDetails?.description, 'France · EU');
    assert.equal(byLabel(items, 'NO').labelDetails?.description, 'Norway · EEA, not EU');
    assert.equal(byLabel(items, 'CH').labelDetails?.description, 'Switzerland · outside the EEA, adequacy decision');
    assert.equal(byLabel(items, 'US').labelDetails?.description, 'United States · outside the EEA, partial adequacy decision');
    assert.ok(labels(items).includes('EU') && labels(items).includes('GLOBAL'));
  });

  test('the countries of the 0.2 format: where the entity is established, access, and each transfer item', async () => {
    const entity = await complete('subprocessors:\n  - id: a\n    entityCountry: |\n');
    assert.equal(byLabel(entity.items, 'US').labelDetails?.description, 'United States · outside the EEA, partial adequacy decision');
    const access = await complete('subprocessors:\n  - id: a\n    access:\n      countries: [|]\n');
    assert.ok(labels(access.items).includes('IN'));
    const to = await complete('subprocessors:\n  - id: a\n    transfer:\n      - to: [US]\n        mechanism: dpf\n      - to: [|]\n');
    assert.ok(labels(to.items).includes('IN'));
    const mechanism = await complete('subprocessors:\n  - id: a\n    transfer:\n      - to: [IN]\n        mechanism: |\n');
    assert.deepEqual(labels(mechanism.items), ['scc', 'dpf', 'bcr', 'adequacy', 'derogation', 'idta', 'uk-addendum', 'none']);
    const version = await complete(
      'subprocessors:\n  - id: a\n    transfer:\n      - to: [IN]\n        mechanism: scc\n        scc: { version: | }\n',
    );
    assert.deepEqual(labels(version.items), ['2021/914', '2010/87/EU', '2004/915/EC', '2001/497/EC']);
    const moduleItems = await complete('subprocessors:\n  - id: a\n    transfer:\n      mechanism: scc\n      scc:\n        module: |\n');
    assert.deepEqual(labels(moduleItems.items), ['1', '2', '3', '4']);
    const categories = await complete('subprocessors:\n  - id: a\n    personalData:\n      level: yes\n      categories: [contact, |]\n');
    assert.ok(labels(categories.items).includes('health') && !labels(categories.items).includes('contact'));
    const relationship = await complete('subprocessors:\n  - id: a\n    relationship: |\n');
    assert.deepEqual(labels(relationship.items), ['vendor', 'affiliate']);
    const establishment = await complete('inventory:\n  establishment: |\n');
    assert.ok(labels(establishment.items).includes('FR'));
  });

  test('country codes in a block list, on an empty `- ` item', async () => {
    const { items } = await complete('subprocessors:\n  - id: a\n    dataLocation:\n      countries:\n        - DE\n        - |\n');
    assert.ok(!labels(items).includes('DE'));
    assert.ok(labels(items).includes('IE'));
  });

  test('region codes with city and country, filtered by provider once it is typed', async () => {
    const all = await complete('subprocessors:\n  - id: a\n    dataLocation:\n      regions: [|]\n');
    const providers = new Set(labels(all.items).map((l) => l.split(':')[0]));
    assert.deepEqual([...providers].sort(), ['aws', 'azure', 'gcp']);
    const gcp = await complete('subprocessors:\n  - id: a\n    dataLocation:\n      regions: [gcp:|]\n');
    assert.ok(gcp.items.length > 5);
    assert.ok(
      gcp.items.every((i) => i.label.startsWith('gcp:')),
      JSON.stringify(labels(gcp.items)),
    );
    assert.equal(byLabel(gcp.items, 'gcp:europe-west1').labelDetails?.description, 'St. Ghislain, Belgium');
    assert.match(apply(gcp.text, byLabel(gcp.items, 'gcp:europe-west9')), /regions: \[gcp:europe-west9\]/);
  });

  test('dataFlows[].to offers the ids of this file, not the entry itself', async () => {
    const marked = EXAMPLE.replace('      - to: bigquery\n', '      - to: |\n');
    const { items } = await complete(marked);
    assert.ok(labels(items).includes('bigquery'));
    assert.ok(labels(items).includes('mongodb-atlas'));
    assert.ok(!labels(items).includes('google-analytics'), 'the entry does not flow to itself');
    assert.equal(byLabel(items, 'bigquery').labelDetails?.description, 'BigQuery');
  });

  test('claims under `claims`', async () => {
    const { items } = await complete('subprocessors:\n  - id: a\n    claims: [|]\n');
    assert.deepEqual(new Set(labels(items)), new Set(CLAIMS.map((c) => c.id)));
    assert.ok(labels(items).includes('gdpr-compliant'));
  });

  test('a space typed for indentation asks for nothing; after `- ` it does', async () => {
    const indent = await complete('subprocessors:\n  - id: a\n    |\n', { trigger: ' ' });
    assert.deepEqual(indent.items, []);
    const item = await complete('subprocessors:\n  - id: a\n    claims:\n      - |\n', { trigger: ' ' });
    assert.ok(labels(item.items).includes('hipaa'));
  });

  test('policy files: keys, enums, rule ids and certification ids', async () => {
    const name = 'subprocessor-policy.yaml';
    const top = await complete('residency: eu\n|\n', { name });
    assert.ok(labels(top.items).includes('certified') && labels(top.items).includes('tiers'));
    assert.ok(!labels(top.items).includes('residency'));
    const residency = await complete('residency: |\n', { name });
    assert.deepEqual(labels(residency.items), ['eu', 'eea']);
    const rules = await complete('rules:\n  missing-field: warning\n  |\n', { name });
    assert.ok(labels(rules.items).includes('unknown-field'));
    assert.ok(!labels(rules.items).includes('missing-field'));
    const severity = await complete('rules:\n  missing-field: |\n', { name });
    assert.deepEqual(labels(severity.items), ['error', 'warning', 'info', 'off']);
    const certified = await complete('certified: [iso|]\n', { name });
    assert.equal(byLabel(certified.items, 'iso27701').labelDetails?.description, 'ISO/IEC 27701');
    const tier = await complete('tiers:\n  - certified: true\n    residency: |\n', { name });
    assert.deepEqual(labels(tier.items), ['eu', 'outside', 'any']);
  });
});
