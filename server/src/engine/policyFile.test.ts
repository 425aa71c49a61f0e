import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintPolicyText } from './policyFile';
import { DEFAULT_POLICY } from './policy';
import { formatFinding } from '../format';

const at = (text: string, f: { range: { start: number; end: number } }) => text.slice(f.range.start, f.range.end);

test('a valid policy resolves, with the defaults for what it leaves out', () => {
  const text =
    'residency: eu\ncertified: [soc2-type2, iso27001, iso27701]\nreviewIntervalMonths: 6\nrules:\n  weak-admin-mfa: error\n  mfa-unspecified: off\n';
  const r = lintPolicyText(text);
  assert.deepEqual(r.findings, []);
  assert.equal(r.policy?.residency, 'eu');
  assert.deepEqual(r.policy?.certified, ['soc2-type2', 'iso27001', 'iso27701']);
  assert.equal(r.policy?.reviewIntervalMonths, 6);
  assert.deepEqual(r.policy?.rules, { 'weak-admin-mfa': 'error', 'mfa-unspecified': 'off' });
  assert.deepEqual(r.policy?.tiers, DEFAULT_POLICY.tiers);
  assert.deepEqual(r.policy?.scope, DEFAULT_POLICY.scope);
});

test('an empty policy is the default policy', () => {
  const r = lintPolicyText('# nothing changed\n');
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.policy, { ...DEFAULT_POLICY, tiers: DEFAULT_POLICY.tiers.map((t) => ({ ...t })), rules: {} });
});

test('an unknown rule id is an error at its key, with a did-you-mean, and the policy is not used', () => {
  const text = 'rules:\n  weak-admin-mfaa: error\n  stale-inventory: off\n';
  const r = lintPolicyText(text);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].ruleId, 'unknown-field');
  assert.equal(r.findings[0].severity, 'error');
  assert.equal(at(text, r.findings[0]), 'weak-admin-mfaa');
  assert.match(formatFinding(r.findings[0], 'en'), /did you mean `weak-admin-mfa`\?/);
  assert.deepEqual(r.findings[0].data, { field: 'weak-admin-mfaa', suggestion: 'weak-admin-mfa' });
  assert.equal(r.policy, undefined, 'a policy with a typo is not used: `missing-feld: off` must not pass for a setting');
});

test('schema errors are reported at the value and make the policy unusable', () => {
  const text = 'residency: europe\nrules:\n  weak-admin-mfa: fatal\ntiers:\n  - certified: true\nreviewInterval: 6\n';
  const r = lintPolicyText(text);
  const summary = r.findings.map((f) => [f.ruleId, at(text, f)]);
  assert.deepEqual(summary, [
    ['invalid-value', 'europe'],
    ['invalid-value', 'fatal'],
    ['missing-field', 'certified'],
    ['unknown-field', 'reviewInterval'],
  ]);
  assert.equal(r.policy, undefined);
});

test('unknown and claim ids under `certified` are flagged', () => {
  const text = 'certified: [iso2701, gdpr-compliant, iso27001]\n';
  const r = lintPolicyText(text);
  assert.deepEqual(
    r.findings.map((f) => [f.ruleId, at(text, f), f.data?.suggestion]),
    [
      ['unknown-certification', 'iso2701', 'iso27001'],
      ['not-a-certification', 'gdpr-compliant', undefined],
    ],
  );
  assert.ok(r.policy, 'warnings do not make the policy unusable');
});

test('YAML errors and a policy that is not a mapping make it unusable', () => {
  const broken = lintPolicyText('rules: {weak-admin-mfa: error\n');
  assert.ok(broken.findings.some((f) => f.ruleId === 'yaml-syntax'));
  assert.equal(broken.policy, undefined);
  const list = lintPolicyText('- residency: eu\n');
  assert.deepEqual(
    list.findings.map((f) => f.ruleId),
    ['invalid-value'],
  );
  assert.match(formatFinding(list.findings[0], 'en'), /A policy is a mapping/);
  assert.equal(list.policy, undefined);
  const dup = lintPolicyText('residency: eu\nresidency: eea\n');
  assert.deepEqual(
    dup.findings.map((f) => f.ruleId),
    ['duplicate-key'],
  );
});
