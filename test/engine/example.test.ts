import { assertDataIncludes } from '../support/ruleTester';
/**
 * The published page encoded as `examples/subprocessors.yaml`: the full list of findings under the default
 * policy on 2026-11-26 (spec section 4), each at its entry and on the exact text it underlines.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assessEntry, entryAt, lintText } from '../../server/src/engine';
import { formatFinding } from '../../server/src/format';

const TEXT = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'subprocessors.yaml'), 'utf8');

test("the example gives exactly the findings the page's facts support", () => {
  const result = lintText(TEXT, { today: '2026-11-26' });
  const actual = result.findings.map((f) => [
    f.ruleId,
    f.severity,
    entryAt(result.model, f.range.start)?.id ?? '(inventory)',
    TEXT.slice(f.range.start, f.range.end),
  ]);
  assert.deepEqual(actual, [
    ['stale-inventory', 'warning', '(inventory)', '2025-08-01'],
    ['not-a-certification', 'warning', 'mongodb-atlas', 'gdpr-compliant'],
    ['weak-admin-mfa', 'warning', 'mongodb-atlas', 'sms'],
    ['not-a-certification', 'warning', 'google-cloud-platform', 'gdpr-compliant'],
    ['mfa-unspecified', 'info', 'google-cloud-platform', 'unspecified'],
    ['mfa-unspecified', 'info', 'vercel', 'unspecified'],
    ['mfa-unspecified', 'info', 'resend', 'unspecified'],
    ['tier-justification', 'info', 'upstash', 'upstash'],
    ['residency-ambiguous', 'warning', 'upstash', 'GLOBAL'],
    // SCCs with no transfer impact assessment recorded: what a lawyer asks next.
    ['tia-missing', 'warning', 'upstash', 'scc'],
    ['mfa-unspecified', 'info', 'upstash', 'unspecified'],
    ['not-a-certification', 'warning', 'posthog', 'gdpr-compliant'],
    ['mfa-unspecified', 'info', 'posthog', 'unspecified'],
    ['not-a-certification', 'warning', 'google-analytics', 'gdpr-compliant'],
    ['mfa-unspecified', 'info', 'google-analytics', 'unspecified'],
    ['tier-justification', 'info', 'crisp', 'crisp'],
    ['not-a-certification', 'warning', 'crisp', 'gdpr-compliant'],
    ['mfa-unspecified', 'info', 'crisp', 'unspecified'],
    ['tier-justification', 'info', 'retool', 'retool'],
    ['not-a-certification', 'warning', 'retool', 'gdpr-compliant'],
    ['tia-missing', 'warning', 'retool', 'scc'],
    ['service-auth-missing', 'warning', 'retool', '"-"'],
    ['mfa-unspecified', 'info', 'retool', 'unspecified'],
    ['not-a-certification', 'warning', 'bigquery', 'gdpr-compliant'],
    ['mfa-unspecified', 'info', 'bigquery', 'unspecified'],
  ]);
});

test("the example's tiers follow the page's criteria", () => {
  const result = lintText(TEXT, { today: '2026-11-26' });
  const tiers = Object.fromEntries(result.model.entries.map((e) => [e.id, assessEntry(e.effective, result.policy, '2026-11-26').tier]));
  assert.deepEqual(tiers, {
    'mongodb-atlas': 1,
    'google-cloud-platform': 1,
    vercel: 1,
    resend: 1,
    upstash: 3,
    posthog: 1,
    'google-analytics': 1,
    crisp: 2,
    retool: 3,
    bigquery: 1,
  });
});

test('the messages the spec requires name the fact and the fix', () => {
  const { findings } = lintText(TEXT, { today: '2026-11-26' });
  const one = (id: string) => findings.find((f) => f.ruleId === id)!;
  assert.match(formatFinding(one('weak-admin-mfa'), 'en'), /`mongodb-atlas` \(critical\) rely on SMS.*switch to `webauthn`/);
  assert.match(
    formatFinding(one('service-auth-missing'), 'en'),
    /`retool` handles personal data but does not say how your systems authenticate to it/,
  );
  assert.match(formatFinding(one('residency-ambiguous'), 'en'), /`upstash` stores data "GLOBAL" \("with EU endpoints"\)/);
  assert.match(formatFinding(one('stale-inventory'), 'en'), /1 August 2025, more than 12 months ago/);
  assertDataIncludes(one('not-a-certification').data, { claim: 'gdpr-compliant', moveTo: 'claims' });
});
