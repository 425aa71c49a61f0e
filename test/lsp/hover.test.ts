/**
 * Hover over LSP, against the real server: certification ids, regions, countries, transfer mechanisms,
 * MFA methods, keys, an entry's tier, and the rule behind a diagnostic.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { positionOf, REPO_ROOT, TestLspClient, textAt, withServer } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');

describe('hover over LSP', () => {
  let client: TestLspClient;
  let counter = 0;
  withServer({ today: '2026-11-26' }, (c) => (client = c));

  function open(text: string, name = 'subprocessors.yaml'): string {
    const uri = `file:///virtual/hover/${++counter}/${name}`;
    client.open(uri, text, name.startsWith('subprocessor-policy') ? 'subprocessor-policy' : 'subprocessors');
    return uri;
  }

  test('a certification id: what it is, who issues it, evidence, validity, confusions, and that it counts', async () => {
    const uri = open(EXAMPLE);
    const h = await client.hover(uri, positionOf(EXAMPLE, 'soc2-type2', 3));
    assert.ok(h);
    assert.match(h.text, /\*\*SOC 2 Type II\*\*/);
    assert.match(h.text, /AICPA/);
    assert.match(h.text, /attestation report/);
    assert.match(h.text, /Validity: /);
    assert.match(h.text, /"SOC 2 certified" is wrong/);
    assert.match(h.text, /Counts as "certified"\*\* under the active policy/);
    assert.equal(textAt(EXAMPLE, h.range!), 'soc2-type2');
  });

  test('a certification that does not count under the default policy says so', async () => {
    const text = EXAMPLE.replace('certifications: [soc2-type2, iso27001, gdpr-compliant]', 'certifications: [soc2-type1]');
    const uri = open(text);
    const h = await client.hover(uri, positionOf(text, 'soc2-type1', 2));
    assert.match(h!.text, /\*\*SOC 2 Type I\*\*/);
    assert.match(h!.text, /Does not count as "certified"/);
  });

  test('an expired certification is said not to count', async () => {
    const text = EXAMPLE.replace(
      'certifications: [soc2-type2, iso27001, gdpr-compliant]',
      'certifications: [{ id: iso27001, validUntil: 2026-01-01 }]',
    );
    const uri = open(text);
    const h = await client.hover(uri, positionOf(text, 'iso27001', 1));
    assert.match(h!.text, /not current: expired on 1 January 2026, so it does not count/);
  });

  test('a claim listed as a certification', async () => {
    const uri = open(EXAMPLE);
    const h = await client.hover(uri, positionOf(EXAMPLE, 'gdpr-compliant', 1));
    assert.match(h!.text, /a claim, not a certification/);
    assert.match(h!.text, /Move it to `claims`/);
  });

  test('gcp:europe-west1 is in St. Ghislain, Belgium, EU', async () => {
    const uri = open(EXAMPLE);
    const h = await client.hover(uri, positionOf(EXAMPLE, 'gcp:europe-west1', 5));
    assert.match(h!.text, /St\. Ghislain, Belgium \(EU\)/);
    assert.equal(textAt(EXAMPLE, h!.range!), 'gcp:europe-west1');
  });

  test('country codes: EU, EEA, adequacy with the decision, none', async () => {
    const text = 'subprocessors:\n  - id: a\n    dataLocation:\n      countries: [BE, NO, CH, GB, US, IN]\n';
    const uri = open(text);
    const be = await client.hover(uri, positionOf(text, 'BE'));
    assert.match(be!.text, /\*\*Belgium\*\* \(`BE`\): EU/);
    const no = await client.hover(uri, positionOf(text, 'NO'));
    assert.match(no!.text, /EEA, not EU/);
    const gb = await client.hover(uri, positionOf(text, 'GB'));
    assert.match(gb!.text, /adequacy decision/);
    assert.match(gb!.text, /2021\/1772/);
    const us = await client.hover(uri, positionOf(text, 'US'));
    assert.match(us!.text, /partial adequacy decision/);
    assert.match(us!.text, /Data Privacy Framework/);
    const india = await client.hover(uri, positionOf(text, 'IN'));
    assert.match(india!.text, /no adequacy decision/);
    assert.match(india!.text, /SCCs/);
  });

  test('a transfer mechanism: its legal basis', async () => {
    const uri = open(EXAMPLE);
    const h = await client.hover(uri, positionOf(EXAMPLE, 'mechanism: scc', 12));
    assert.match(h!.text, /Standard contractual clauses/);
    assert.match(h!.text, /Legal basis: GDPR Art\. 46\(2\)\(c\)/);
  });

  test('an MFA method: its strength and why', async () => {
    const uri = open(EXAMPLE);
    const h = await client.hover(uri, positionOf(EXAMPLE, 'mfa: [sms]', 7));
    assert.match(h!.text, /SMS one-time code\*\* \(`sms`\): weak/);
    assert.match(h!.text, /SIM swap/);
  });

  test('a key: its schema description, whether it is required', async () => {
    const uri = open(EXAMPLE);
    const h = await client.hover(uri, positionOf(EXAMPLE, 'serviceAuthentication:', 3));
    assert.match(h!.text, /\*\*serviceAuthentication\*\* \(required\)/);
    assert.match(h!.text, /How your systems authenticate to the service/);
    assert.equal(textAt(EXAMPLE, h!.range!), 'serviceAuthentication');
    const policy = await client.hover(uri, positionOf(EXAMPLE, 'policy', 0, 0));
    assert.equal(policy, undefined, 'no hover inside a comment');
  });

  test("an entry's id and name: its tier under the active policy and why", async () => {
    const uri = open(EXAMPLE);
    const id = await client.hover(uri, positionOf(EXAMPLE, 'id: mongodb-atlas', 6));
    assert.match(id!.text, /\*\*Tier 1\*\* under the active policy/);
    assert.match(id!.text, /certified \(SOC 2 Type II and ISO\/IEC 27001\)/);
    const name = await client.hover(uri, positionOf(EXAMPLE, 'name: MongoDB Atlas', 8));
    assert.equal(name!.text, id!.text);
    // An entry outside the EU with SCCs and a certification: tier 3.
    const crisp = EXAMPLE.indexOf('transfer: { mechanism: scc }');
    const before = EXAMPLE.lastIndexOf('  - id: ', crisp);
    const entryId = /- id: (\S+)/.exec(EXAMPLE.slice(before))![1];
    const tier3 = await client.hover(uri, positionOf(EXAMPLE, `id: ${entryId}`, 5));
    assert.match(tier3!.text, /\*\*Tier 3\*\* under the active policy/);
    assert.match(tier3!.text, /safeguarded by standard contractual clauses \(SCCs\)/);
    assert.match(tier3!.text, /GLOBAL|outside/);
  });

  test("a diagnostic's rule: id, description, link to its page", async () => {
    const text = EXAMPLE.replace('    purpose: Primary database hosting\n', '    purpse: Primary database hosting\n');
    const uri = open(text);
    await client.waitForDiagnostics(uri);
    const h = await client.hover(uri, positionOf(text, 'purpse', 2));
    assert.match(h!.text, /\*\*unknown-field\*\* \(warning\)/);
    assert.match(h!.text, /\[Rule documentation\]\([^)]*docs\/rules\/unknown-field\.md\)/);
  });

  test('the fields import writes: where the entity is established, its relationship, a transfer per destination, the notice', async () => {
    const text =
      'inventory:\n  noticeDays: 30\nsubprocessors:\n  - id: a\n    entityCountry: US\n    relationship: affiliate\n    transfer:\n      - to: [IN]\n        mechanism: scc\n    purpose: unknown\n';
    const uri = open(text);
    const country = await client.hover(uri, positionOf(text, 'US', 0));
    assert.match(country!.text, /United States/);
    assert.match((await client.hover(uri, positionOf(text, 'entityCountry', 0)))!.text, /Not where the data is stored/);
    assert.match(
      (await client.hover(uri, positionOf(text, 'relationship', 0)))!.text,
      /`affiliate` \(a company of the organisation's own group/,
    );
    assert.match((await client.hover(uri, positionOf(text, 'IN', 0)))!.text, /India/);
    assert.match((await client.hover(uri, positionOf(text, 'scc', 0)))!.text, /46\(2\)\(c\)/);
    assert.match((await client.hover(uri, positionOf(text, 'noticeDays', 0)))!.text, /Art\. 28\(2\)/);
    const unknown = await client.hover(uri, positionOf(text, 'unknown', 0));
    assert.match(unknown!.text, /\*\*Not known yet\*\*/);
    assert.match(unknown!.text, /What the sub-processor does for you/);
  });

  test('a country hover says what its adequacy means for a sub-processor: none needed (with the scope for Israel), DPF only', async () => {
    const text = 'subprocessors:\n  - id: a\n    dataLocation: { countries: [GB, US, IL] }\n';
    const uri = open(text);
    assert.match(
      (await client.hover(uri, positionOf(text, 'GB', 0)))!.text,
      /needs no transfer mechanism: the decision is the basis \(GDPR Art\. 45\(1\)\)/,
    );
    const us = (await client.hover(uri, positionOf(text, 'US', 0)))!.text;
    assert.match(us, /Only organisations active on the Data Privacy Framework list are covered/);
    assert.doesNotMatch(us, /mechanism: adequacy/);
    const il = (await client.hover(uri, positionOf(text, 'IL', 0)))!.text;
    assert.match(il, /needs no transfer mechanism/);
    assert.match(il, /Automated international transfers.*every SaaS, hosting or support flow/);
  });

  test("an entry's hover says who can reach its data and on what basis, country by country", async () => {
    const text =
      'inventory: { organization: X, contact: a@b.co, lastUpdated: 2026-10-01 }\nsubprocessors:\n  - id: helpdesk\n    name: HelpDesk\n    entityCountry: US\n    dataLocation: { countries: [BE] }\n    access: { countries: [IN] }\n    transfer: [{ to: [US], mechanism: dpf }]\n';
    const uri = open(text);
    const h = await client.hover(uri, positionOf(text, 'helpdesk', 2));
    assert.match(h!.text, /\*\*Who can reach the data\*\*/);
    assert.match(h!.text, /- Belgium \(BE\), stored there: inside the EEA, no transfer/);
    assert.match(h!.text, /- India \(IN\), reached from there: \*\*no valid basis\*\*: no transfer mechanism/);
    assert.match(h!.text, /- United States \(US\), the entity is established there: EU-US Data Privacy Framework \(DPF\)/);
  });

  test('broken YAML still gets hovers where the text parses', async () => {
    const text = 'subprocessors:\n  - id: a\n    dataLocation:\n      regions: [aws:eu-west-3]\n    certifications: [soc\n';
    const uri = open(text);
    const h = await client.hover(uri, positionOf(text, 'aws:eu-west-3', 4));
    assert.match(h!.text, /Paris, France \(EU\)/);
  });

  test('policy files: keys and rule ids', async () => {
    const text = 'residency: eea\nrules:\n  weak-admin-mfa: off\n  missing-field: warning\n';
    const uri = open(text, 'subprocessor-policy.yaml');
    const residency = await client.hover(uri, positionOf(text, 'residency', 1));
    assert.match(residency!.text, /What "EU residency" means/);
    const rule = await client.hover(uri, positionOf(text, 'missing-field', 1));
    assert.match(rule!.text, /Rule `missing-field` \(default error\)/);
    assert.match(rule!.text, /docs\/rules\/missing-field\.md/);
  });
});
