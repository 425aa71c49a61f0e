/**
 * Table tests for rules, in the style of ESLint's RuleTester: each valid case must give no finding of the
 * rule; each invalid case must give exactly the listed findings, each underlining the listed text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText, resolvePolicy, type Finding, type Policy } from '../../server/src/engine';

export interface ValidCase {
  name: string;
  code: string;
  policy?: Partial<Policy>;
  today?: string;
}

export interface ExpectedFinding {
  /** The exact text the finding underlines. */
  text: string;
  /** Zero-based line of the finding's start, when the text occurs more than once. */
  line?: number;
  message?: RegExp;
  severity?: Finding['severity'];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export function findingsOf(ruleId: string, code: string, policy?: Partial<Policy>, today = '2026-11-26') {
  const result = lintText(code, { policy: policy ? resolvePolicy(policy) : undefined, today });
  return { result, findings: result.findings.filter((f) => f.ruleId === ruleId) };
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const c of cases.valid) {
    test(`${ruleId} valid: ${c.name}`, () => {
      const { findings } = findingsOf(ruleId, c.code, c.policy, c.today);
      assert.deepEqual(
        findings.map((f) => f.message),
        [],
        `expected no ${ruleId} finding`,
      );
    });
  }
  for (const c of cases.invalid) {
    test(`${ruleId} invalid: ${c.name}`, () => {
      const { result, findings } = findingsOf(ruleId, c.code, c.policy, c.today);
      assert.equal(findings.length, c.findings.length, `expected ${c.findings.length} ${ruleId} finding(s), got: ${JSON.stringify(findings.map((f) => f.message))}`);
      findings.forEach((f, i) => {
        const want = c.findings[i];
        assert.equal(c.code.slice(f.range.start, f.range.end), want.text, `finding ${i} underlines the wrong text (${f.message})`);
        if (want.line !== undefined) assert.equal(result.parsed.lines.positionAt(f.range.start).line, want.line);
        if (want.message) assert.match(f.message, want.message);
        if (want.severity) assert.equal(f.severity, want.severity);
      });
    });
  }
}

/** A minimal valid inventory with one entry; `entry` lines are indented under `- `. */
export function inventory(opts: { entries?: string[]; top?: string; defaults?: string } = {}): string {
  const entries = opts.entries ?? [entry()];
  return [
    'inventory:',
    '  organization: Example SAS',
    '  contact: privacy@example.com',
    '  lastUpdated: 2026-06-01',
    ...(opts.top ? [opts.top] : []),
    ...(opts.defaults ? ['defaults:', opts.defaults] : []),
    'subprocessors:',
    ...entries,
    '',
  ].join('\n');
}

export const ENTRY_FIELDS: Record<string, string> = {
  id: 'acme',
  name: 'Acme Cloud',
  entity: 'Acme, Inc.',
  purpose: 'Hosting',
  dataLocation: '{ countries: [FR], regions: [aws:eu-west-3] }',
  personalData: '{ level: yes, description: account data }',
  certifications: '[soc2-type2, iso27001]',
  dpa: '{ type: dpa }',
  serviceAuthentication: 'API keys',
  administrationAuthentication: '{ method: SSO, mfa: [webauthn] }',
  serviceAccessControl: 'Scoped tokens',
  administrationAccessControl: 'Roles with least privilege',
  criticality: 'high',
};

/** One entry, as YAML list item lines; `fields` override (or with `undefined`, remove) the defaults above. */
export function entry(fields: Record<string, string | undefined> = {}): string {
  const merged: Record<string, string | undefined> = { ...ENTRY_FIELDS, ...fields };
  const lines = Object.entries(merged)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join('\n');
}
