/**
 * Policy resolution (an inventory's `policy:` key, confined to its folder tree) and the effect of a policy
 * on the findings.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintInventory, type Finding } from '../../server/src/engine';
import { entry, inventory } from '../support/ruleTester';
import { formatFinding } from '../../server/src/format';

const ROOT = path.resolve('/ws');
const INVENTORY = path.join(ROOT, 'privacy', 'subprocessors.yaml');

function reader(files: Record<string, string>) {
  const reads: string[] = [];
  const read = (p: string) => {
    reads.push(p);
    return files[p];
  };
  return { read, reads };
}

const withPolicy = (ref: string, entries?: string[]) => inventory({ top: `policy: ${ref}`, entries });
const by = (findings: Finding[], id: string) => findings.filter((f) => f.ruleId === id);

test('`policy:` is read relative to the inventory and applies', () => {
  const { read, reads } = reader({ [path.join(ROOT, 'privacy', 'subprocessor-policy.yaml')]: 'rules:\n  tier-justification: error\n' });
  const text = withPolicy('./subprocessor-policy.yaml', [entry({ certifications: '[]' })]);
  const r = lintInventory(text, { inventoryPath: INVENTORY, root: ROOT, read }, { today: '2026-11-26' });
  assert.deepEqual(reads, [path.join(ROOT, 'privacy', 'subprocessor-policy.yaml')]);
  assert.equal(r.policyPath, path.join(ROOT, 'privacy', 'subprocessor-policy.yaml'));
  assert.deepEqual(
    by(r.findings, 'tier-justification').map((f) => f.severity),
    ['error'],
  );
  assert.deepEqual(by(r.findings, 'policy-invalid'), []);
});

test('a path out of the workspace folder is not read: a finding on the value, and the default policy', () => {
  const { read, reads } = reader({});
  const text = withPolicy('../../etc/subprocessor-policy.yaml');
  const r = lintInventory(text, { inventoryPath: INVENTORY, root: ROOT, read }, { today: '2026-11-26' });
  assert.deepEqual(reads, [], 'nothing outside the workspace folder is read');
  const [f] = by(r.findings, 'policy-invalid');
  assert.equal(text.slice(f.range.start, f.range.end), '../../etc/subprocessor-policy.yaml');
  assert.equal(f.severity, 'error');
  assert.match(formatFinding(f, 'en'), /outside the inventory's folder tree.*default policy applies/);
  assert.equal(f.data?.reason, 'outside');
  // An absolute path elsewhere is refused the same way.
  const abs = lintInventory(withPolicy('/etc/passwd'), { inventoryPath: INVENTORY, root: ROOT, read }, { today: '2026-11-26' });
  assert.equal(by(abs.findings, 'policy-invalid')[0]?.data?.reason, 'outside');
  assert.deepEqual(reads, []);
});

test('a missing policy and a bad policy fall back to the default with one clear finding', () => {
  const policyPath = path.join(ROOT, 'privacy', 'subprocessor-policy.yaml');
  const missing = lintInventory(
    withPolicy('./subprocessor-policy.yaml'),
    { inventoryPath: INVENTORY, root: ROOT, read: () => undefined },
    { today: '2026-11-26' },
  );
  assert.deepEqual(
    by(missing.findings, 'policy-invalid').map((f) => f.data?.reason),
    ['not-found'],
  );

  const bad = 'residency: europe\nrules:\n  stale-inventory: off\n';
  const text = withPolicy('./subprocessor-policy.yaml').replace('lastUpdated: 2026-06-01', 'lastUpdated: 2024-01-01');
  const r = lintInventory(
    text,
    { inventoryPath: INVENTORY, root: ROOT, read: reader({ [policyPath]: bad }).read },
    { today: '2026-11-26' },
  );
  const problems = by(r.findings, 'policy-invalid');
  assert.equal(problems.length, 1);
  assert.equal(text.slice(problems[0].range.start, problems[0].range.end), './subprocessor-policy.yaml');
  assert.match(formatFinding(problems[0], 'en'), /has 1 error \(line 1\)\. "europe" is not a valid `residency`.*default policy applies/);
  assert.equal(by(r.findings, 'stale-inventory').length, 1, 'the bad policy does not switch rules off');
  assert.equal(r.policyPath, policyPath);
});

test('an override (CLI --policy) replaces `policy:` and is read where the user says', () => {
  const elsewhere = path.resolve('/elsewhere/strict.yaml');
  const { read } = reader({ [elsewhere]: 'rules:\n  stale-inventory: error\n' });
  const text = withPolicy('./subprocessor-policy.yaml').replace('lastUpdated: 2026-06-01', 'lastUpdated: 2024-01-01');
  const r = lintInventory(text, { inventoryPath: INVENTORY, root: ROOT, read, override: elsewhere }, { today: '2026-11-26' });
  assert.deepEqual(
    by(r.findings, 'stale-inventory').map((f) => f.severity),
    ['error'],
  );
  assert.deepEqual(by(r.findings, 'policy-invalid'), []);
});

test('an unsaved inventory with `policy:` says the path cannot be resolved yet', () => {
  const r = lintInventory(withPolicy('./subprocessor-policy.yaml'), { read: () => 'residency: eu\n' }, { today: '2026-11-26' });
  assert.deepEqual(
    by(r.findings, 'policy-invalid').map((f) => f.data?.reason),
    ['unsaved'],
  );
});

test('a policy that makes residency `eu` (not EEA), counts ISO 27701 and makes weak-admin-mfa an error changes the findings', () => {
  const entries = [
    // Norway: EEA but not EU. Certified, no transfer mechanism.
    entry({ id: 'nordic-mail', dataLocation: '{ countries: [NO] }' }),
    // Critical, only ISO 27701, in France.
    entry({ id: 'privacy-vault', certifications: '[iso27701]', criticality: 'critical' }),
    // Critical with SMS only.
    entry({ id: 'sms-admin', administrationAuthentication: '{ method: Password, mfa: [sms] }', criticality: 'critical' }),
  ];
  const policyPath = path.join(ROOT, 'privacy', 'subprocessor-policy.yaml');
  const policyText = 'residency: eu\ncertified: [soc2-type2, iso27001, iso27701]\nrules:\n  weak-admin-mfa: error\n';
  const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId}:${f.severity}:${textOf(f)}`);
  const plain = inventory({ entries });
  const textOf = (f: Finding) => current.slice(f.range.start, f.range.end);
  let current = plain;
  const before = lintInventory(plain, { inventoryPath: INVENTORY, root: ROOT, read: () => undefined }, { today: '2026-11-26' });
  assert.deepEqual(summary(before.findings), [
    'tier-justification:info:privacy-vault', // uncertified (27701 does not count) in the EU: tier 2
    'critical-uncertified:warning:certifications',
    'weak-admin-mfa:warning:sms',
  ]);
  current = withPolicy('./subprocessor-policy.yaml', entries);
  const after = lintInventory(
    current,
    { inventoryPath: INVENTORY, root: ROOT, read: reader({ [policyPath]: policyText }).read },
    { today: '2026-11-26' },
  );
  assert.deepEqual(summary(after.findings), [
    // Norway is no longer "EU residency": tier 3 (a flow within the EEA needs no transfer mechanism).
    'tier-justification:info:nordic-mail',
    'weak-admin-mfa:error:sms',
  ]);
});
