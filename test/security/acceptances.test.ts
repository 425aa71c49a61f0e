/**
 * Round three, attacks 1 and 2: accepted risks are a record, not a switch. An `acceptedRisks` item holds a
 * finding back only when it is complete (rule, reason, approvedBy, until), ends within the policy's
 * `maxAcceptanceMonths`, names a rule that may be accepted, and belongs to the entry the finding is about.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { resolvePolicy } from '../../server/src/engine/policy';
import { entry, inventory } from '../support/ruleTester';
import { cli } from '../support/runCli';
import { TestLspClient } from '../support/lspClient';
import { formatFinding } from '../../server/src/format';

const TODAY = '2026-11-26';
const FORGED_RULES = ['transfer-safeguard', 'dpa-required', 'admin-mfa-required', 'selection-tier', 'missing-field', 'tia-missing'];
/** Attack 1 as reported: personal data to the US, no mechanism, no DPA, no admin MFA, six items with no reason and no approver. */
const SELF_ACCEPTING = inventory({
  entries: [
    entry({
      dataLocation: '{ countries: [US] }',
      dpa: undefined,
      administrationAuthentication: '{ method: Email/password, mfa: [] }',
      acceptedRisks: '\n' + FORGED_RULES.map((r) => `      - { rule: ${r}, until: 2999-12-31 }`).join('\n'),
    }),
  ],
});

const WEAK = { administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' };
const item = (rule: string, until = '2027-03-31', extra = 'reason: Only SMS is offered, approvedBy: DPO') =>
  `[{ rule: ${rule}, ${extra}, until: ${until} }]`;

function tmpDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-accept-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const ids = (text: string, opts: Parameters<typeof lintText>[1] = {}) => {
  const r = lintText(text, { today: TODAY, ...opts });
  return { findings: r.findings.map((f) => f.ruleId), suppressed: r.suppressed, result: r };
};

describe('attack 1: a self-accepting inventory', () => {
  let dir: string;
  before(() => (dir = tmpDir({ 'subprocessors.yaml': SELF_ACCEPTING })));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the CLI holds nothing back, reports every item as an error at the item, and fails', async () => {
    const r = await cli(['check', '--today', TODAY, '--format', 'json', 'subprocessors.yaml'], dir);
    assert.equal(r.code, 1, r.stderr);
    const found = JSON.parse(r.stdout)[0].findings as { ruleId: string; severity: string; line: number }[];
    const rules = found.map((f) => f.ruleId);
    for (const rule of ['transfer-safeguard', 'dpa-required', 'admin-mfa-required']) assert.ok(rules.includes(rule), rule);
    assert.ok(rules.includes('missing-field'), 'the items’ own missing fields are shown');
    const invalid = found.filter((f) => f.ruleId === 'invalid-risk-acceptance');
    assert.deepEqual(
      invalid.map((f) => f.severity),
      FORGED_RULES.map(() => 'error'),
    );
    const lines = SELF_ACCEPTING.split('\n');
    assert.deepEqual(
      invalid.map((f) => lines[f.line - 1]!.trim()),
      FORGED_RULES.map((rule) => `- { rule: ${rule}, until: 2999-12-31 }`),
    );
    assert.doesNotMatch(
      (await cli(['check', '--today', TODAY, 'subprocessors.yaml'], dir)).stdout,
      /no problems|accepted risks? not counted/,
    );
  });

  test('the item is underlined exactly; a complete record that runs too far or accepts the file’s validity holds nothing back', () => {
    const { result } = ids(SELF_ACCEPTING);
    const first = result.findings.find((f) => f.ruleId === 'invalid-risk-acceptance')!;
    assert.equal(SELF_ACCEPTING.slice(first.range.start, first.range.end), '{ rule: transfer-safeguard, until: 2999-12-31 }');
    assert.match(formatFinding(first, 'en'), /lacks `reason`, `approvedBy`/);

    const far = inventory({ entries: [entry({ ...WEAK, acceptedRisks: item('weak-admin-mfa', '2027-11-27') })] });
    const r = ids(far);
    assert.ok(r.findings.includes('weak-admin-mfa'));
    const tooFar = r.result.findings.find((f) => f.ruleId === 'invalid-risk-acceptance')!;
    assert.equal(tooFar.messageId, 'tooFar');
    assert.equal(far.slice(tooFar.range.start, tooFar.range.end), '2027-11-27');
    // Twelve months to the day is within the limit; a policy may allow more.
    assert.ok(!ids(far.replace('2027-11-27', '2027-11-26')).findings.includes('weak-admin-mfa'));
    assert.ok(!ids(far, { policy: resolvePolicy({ maxAcceptanceMonths: 24 }) }).findings.includes('weak-admin-mfa'));

    const validity = inventory({ entries: [entry({ purpose: undefined, acceptedRisks: item('missing-field') })] });
    const v = ids(validity);
    assert.ok(v.findings.includes('missing-field'));
    assert.deepEqual(
      v.result.findings
        .filter((f) => f.ruleId === 'invalid-risk-acceptance')
        .map((f) => [f.messageId, validity.slice(f.range.start, f.range.end)]),
      [['notAcceptable', 'missing-field']],
    );
    for (const [field, value] of [
      ['reason', '"   "'],
      ['approvedBy', '"<approvedBy>"'],
    ]) {
      const blank = inventory({
        entries: [
          entry({ ...WEAK, acceptedRisks: item('weak-admin-mfa', '2027-03-31', `reason: r, approvedBy: DPO, ${field}: ${value}`) }),
        ],
      }).replace(new RegExp(`${field}: [^,]+, (?=.*${field}:)`), '');
      assert.ok(ids(blank).findings.includes('weak-admin-mfa'), `${field}: ${value}`);
    }
  });

  test('the editor shows the same', async () => {
    const server = await TestLspClient.start({ today: TODAY });
    try {
      const uri = 'file:///forged/subprocessors.yaml';
      server.open(uri, SELF_ACCEPTING);
      const diags = await server.waitForDiagnostics(uri);
      const cliFindings = ids(SELF_ACCEPTING).result.findings;
      assert.deepEqual(
        diags.map((d) => `${d.code}@${d.range.start.line}`).sort(),
        cliFindings.map((f) => `${f.ruleId}@${SELF_ACCEPTING.slice(0, f.range.start).split('\n').length - 1}`).sort(),
      );
      assert.equal(diags.filter((d) => d.code === 'invalid-risk-acceptance' && d.severity === 1).length, 6);
    } finally {
      await server.stop();
    }
  });
});

describe('attack 2: a `defaults` acceptance and an entry with its own list', () => {
  // The weak MFA is inherited from `defaults`, so the finding is written there; it is about each entry.
  const text = inventory({
    defaults: [
      '  administrationAuthentication: { method: SSO, mfa: [sms] }',
      '  acceptedRisks: [{ rule: weak-admin-mfa, reason: Only SMS is offered, approvedBy: DPO, until: 2027-03-31 }]',
    ].join('\n'),
    entries: [
      entry({ administrationAuthentication: undefined, criticality: 'critical', acceptedRisks: item('dpa-required') }),
      entry({ id: 'inherits', administrationAuthentication: undefined, criticality: 'critical' }),
    ],
  });

  test('the entry with its own list keeps its finding; the other entry’s is held back and the record names it', () => {
    const r = lintText(text, { today: TODAY });
    const weak = r.findings.filter((f) => f.ruleId === 'weak-admin-mfa');
    assert.equal(weak.length, 1, JSON.stringify(r.findings.map((f) => f.ruleId)));
    assert.deepEqual(
      r.suppressed.map((f) => [f.ruleId, f.suppression.entry]),
      [['weak-admin-mfa', 'inherits']],
    );
  });
});
