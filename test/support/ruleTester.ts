/**
 * Table tests for rules, in the style of ESLint's RuleTester:
 * - the rule id must exist;
 * - each valid case must give no finding of the rule;
 * - each invalid case must give exactly the listed findings, each underlining the listed text, with its
 *   message checked (`message`, or `messageId` and, optionally, `data`): every expected finding says one; every
 *   kind of message a table shows (its message id) gives its whole French message (`messageFr`) at least once, from
 *   the same lint result;
 * - each invalid case whose findings have fixes lists them (`fixes`): title and the text after applying
 *   each (ESLint's `output`); and fix all on the case's code leaves none of the rule's findings that had a
 *   safe fix; every kind of fix title a table shows (its message id) gives its whole French title (`titleFr`)
 *   at least once;
 * - the rule's `meta.fixable` agrees with what its tables show: no fix without it, no safe fix with `review`,
 *   at least one safe fix with `safe`.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  applyEdits,
  fixAll,
  fixesFor,
  getRule,
  lintInventory,
  lintText,
  resolvePolicy,
  type Finding,
  type Fix,
  type LintResult,
  type Policy,
} from '../../server/src/engine';
import { formatFinding, formatFixTitle, formatRelated } from '../../server/src/format';
import { LANGS } from '../../server/src/lang';

export interface ValidCase {
  name: string;
  code: string;
  policy?: Partial<Policy>;
  today?: string;
  /**
   * The inventory as a file, its policy resolved from files as the editor and the CLI resolve it
   * (`lintInventory`): saved as `/workspace/inventory.yaml` (its workspace folder) beside `files` (by path
   * relative to it), or `unsaved`, or in an editor that reads no files (`noFiles`). Not with `policy`.
   */
  location?: { files?: Record<string, string>; unsaved?: boolean; noFiles?: boolean };
}

const WORKSPACE = '/workspace';

/** Lints a case's code (or its text after fixes) as the case says: with its policy, or as a file beside its policy files. */
function lintCase(c: Pick<ValidCase, 'policy' | 'today' | 'location'>, code: string): LintResult {
  const today = c.today ?? '2026-11-26';
  const where = c.location;
  if (!where) return lintText(code, { policy: c.policy ? resolvePolicy(c.policy) : undefined, today });
  assert.equal(c.policy, undefined, 'a case gives its policy as `policy` or as files under `location`, not both');
  const files = new Map(Object.entries(where.files ?? {}).map(([rel, text]) => [path.join(WORKSPACE, rel), text]));
  return lintInventory(
    code,
    {
      inventoryPath: where.unsaved ? undefined : path.join(WORKSPACE, 'inventory.yaml'),
      root: WORKSPACE,
      noFiles: where.noFiles,
      read: (p) => files.get(p),
    },
    { today },
  );
}

export interface ExpectedFinding {
  /** The exact text the finding underlines. */
  text: string;
  /** Zero-based line of the finding's start, when the text occurs more than once. */
  line?: number;
  message?: RegExp;
  /** The whole message in French, as a French reader sees it (from the same lint result as the English). */
  messageFr?: string;
  messageId?: string;
  /** Fields the finding's data must hold (others may be there too). */
  data?: Record<string, unknown>;
  severity?: Finding['severity'];
  /** The finding's related locations, all of them in order, when it has some: the text each underlines. */
  related?: { text: string; line?: number; message?: RegExp; data?: Record<string, unknown> }[];
}

/**
 * One fix offered for the case's findings (deduplicated by title, in the order offered): its title, and the
 * text after applying it alone, either in full or as `[from, to]`: the case's code with the first `from`
 * replaced by `to`.
 */
export interface ExpectedFix {
  title: RegExp;
  /** The whole title in French, as a French reader sees it (from the same fix as the English). */
  titleFr?: string;
  output: string | [from: string, to: string];
  safe?: boolean;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** Required when the findings have fixes; `[]` to say they have none. */
  fixes?: ExpectedFix[];
}

export function findingsOf(ruleId: string, code: string, policy?: Partial<Policy>, today = '2026-11-26', location?: ValidCase['location']) {
  const result = lintCase({ policy, today, location }, code);
  return { result, findings: result.findings.filter((f) => f.ruleId === ruleId) };
}

/** Asserts that `data` holds each field of `expected` (deeply equal), whatever else it holds. */
export function assertDataIncludes(data: object | undefined, expected: Record<string, unknown>, message?: string): void {
  const actual = data as Record<string, unknown> | undefined;
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, actual?.[k]]));
  assert.deepEqual(picked, expected, message);
}

/** The fixes of `findings`, deduplicated by title as the editor shows them. */
function fixesOfAll(result: LintResult, findings: readonly Finding[]): Fix[] {
  const seen = new Set<string>();
  const fixes: Fix[] = [];
  for (const f of findings) {
    // "Accept this risk…" is offered for every rule's findings: it is not the rule's fix (acceptance tests cover it).
    for (const fix of fixesFor(result, f, { acceptRisk: false })) {
      if (seen.has(title(fix))) continue;
      seen.add(title(fix));
      fixes.push(fix);
    }
  }
  return fixes;
}

function expectedOutput(code: string, output: ExpectedFix['output']): string {
  if (typeof output === 'string') return output;
  const [from, to] = output;
  assert.ok(code.includes(from), `the expected output replaces "${from}", which the case's code does not contain`);
  return code.replace(from, to);
}

/** A finding's message in English, as the tables match it. */
const en = (f: Finding) => formatFinding(f, 'en');
/** A fix's title in English, as the tables match it. */
const title = (fix: Fix) => formatFixTitle(fix, 'en');

/**
 * One lint, two languages: each finding's message (and related location's) and each fix title is written from
 * the same result in English and in French, with every placeholder filled, and the French from the French
 * catalogue (not the English text).
 */
function assertFormatsInBothLanguages(c: InvalidCase, findings: readonly Finding[], fixes: readonly Fix[]): void {
  findings.forEach((f, i) => {
    for (const lang of LANGS) {
      const text = formatFinding(f, lang);
      assert.doesNotMatch(text, /\{\{|\}\}/, `finding ${i}'s ${lang} message has an unfilled placeholder`);
      for (const r of f.related ?? [])
        assert.doesNotMatch(formatRelated(f, r, lang), /\{\{|\}\}/, `finding ${i}'s ${lang} related message has an unfilled placeholder`);
    }
    assert.notEqual(formatFinding(f, 'fr'), en(f), `finding ${i} (${c.name}) has the same message in French as in English`);
  });
  fixes.forEach((fix, i) => {
    for (const lang of LANGS)
      assert.doesNotMatch(formatFixTitle(fix, lang), /\{\{|\}\}/, `fix ${i}'s ${lang} title has an unfilled placeholder`);
    assert.notEqual(formatFixTitle(fix, 'fr'), title(fix), `fix ${i} (${c.name}) has the same title in French as in English`);
  });
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = getRule(ruleId);
  test(`${ruleId}: the rule exists`, () => assert.ok(rule, `no rule has the id "${ruleId}"`));
  if (!rule) return;
  const seen = { fixes: 0, safe: 0 };
  /** The message ids of the fix titles the table shows, and of those whose French title it checks. */
  const titles = { shown: new Set<string>(), checkedFr: new Set<string>() };
  /** The same for the findings' messages. */
  const messages = { shown: new Set<string>(), checkedFr: new Set<string>() };

  test(`${ruleId}: the table checks a whole message in French, not only that one is written`, () =>
    assert.ok(
      cases.invalid.some((c) => c.findings.some((f) => f.messageFr !== undefined)),
      `give \`messageFr\` (the whole French message) for at least one finding of ${ruleId}'s invalid cases`,
    ));

  for (const c of cases.valid) {
    test(`${ruleId} valid: ${c.name}`, () => {
      const { findings } = findingsOf(ruleId, c.code, c.policy, c.today, c.location);
      assert.deepEqual(findings.map(en), [], `expected no ${ruleId} finding`);
    });
  }
  for (const c of cases.invalid) {
    test(`${ruleId} invalid: ${c.name}`, () => {
      const { result, findings } = findingsOf(ruleId, c.code, c.policy, c.today, c.location);
      assert.equal(
        findings.length,
        c.findings.length,
        `expected ${c.findings.length} ${ruleId} finding(s), got: ${JSON.stringify(findings.map(en))}`,
      );
      findings.forEach((f, i) => {
        const want = c.findings[i];
        assert.equal(c.code.slice(f.range.start, f.range.end), want.text, `finding ${i} underlines the wrong text (${en(f)})`);
        assert.ok(want.message || want.messageId, `finding ${i}: say its message or messageId in the table`);
        assert.ok(
          f.messageId in rule.meta.messages,
          `finding ${i} has the message id "${f.messageId}", which ${ruleId}'s meta does not define`,
        );
        if (want.line !== undefined) assert.equal(result.parsed.lines.positionAt(f.range.start).line, want.line);
        if (want.message) assert.match(en(f), want.message);
        messages.shown.add(f.messageId);
        if (want.messageFr !== undefined) {
          assert.equal(formatFinding(f, 'fr'), want.messageFr, `finding ${i}'s French message`);
          messages.checkedFr.add(f.messageId);
        }
        if (want.messageId) assert.equal(f.messageId, want.messageId);
        if (want.data) assertDataIncludes(f.data, want.data);
        if (want.severity) assert.equal(f.severity, want.severity);
        const related = f.related ?? [];
        if (!want.related) assert.equal(related.length, 0, `finding ${i} has related locations: list them under \`related\``);
        want.related?.forEach((r, j) => {
          const got = related[j];
          assert.ok(got, `finding ${i} has no related location ${j} (${r.text})`);
          assert.equal(
            c.code.slice(got.range.start, got.range.end),
            r.text,
            `finding ${i}'s related location ${j} underlines the wrong text`,
          );
          assert.ok(got.messageId in rule.meta.messages, `related location ${j} has an unknown message id "${got.messageId}"`);
          if (r.line !== undefined) assert.equal(result.parsed.lines.positionAt(got.range.start).line, r.line);
          if (r.message) assert.match(formatRelated(f, got, 'en'), r.message);
          if (r.data) assertDataIncludes(got.data, r.data);
        });
        if (want.related) assert.equal(related.length, want.related.length, `finding ${i}'s related locations`);
      });

      const fixes = fixesOfAll(result, findings);
      assertFormatsInBothLanguages(c, findings, fixes);
      seen.fixes += fixes.length;
      seen.safe += fixes.filter((f) => f.safe).length;
      if (fixes.length && !c.fixes) {
        assert.fail(
          `the findings have ${fixes.length} fix(es); list them under \`fixes\` with their output:\n${fixes.map((f) => `  ${title(f)}`).join('\n')}`,
        );
      }
      if (c.fixes) {
        assert.deepEqual(fixes.length, c.fixes.length, `expected ${c.fixes.length} fix(es), got: ${JSON.stringify(fixes.map(title))}`);
        c.fixes.forEach((want, i) => {
          const fix = fixes[i];
          assert.match(title(fix), want.title, `fix ${i}'s title`);
          titles.shown.add(fix.title.messageId);
          if (want.titleFr !== undefined) {
            assert.equal(formatFixTitle(fix, 'fr'), want.titleFr, `fix ${i}'s French title`);
            titles.checkedFr.add(fix.title.messageId);
          }
          if (want.safe !== undefined) assert.equal(fix.safe, want.safe, `fix ${i} ("${title(fix)}") safe`);
          assert.equal(applyEdits(c.code, fix.edits), expectedOutput(c.code, want.output), `the text after fix ${i} ("${title(fix)}")`);
        });
      }
      // Fix all removes every finding of the rule that had a safe fix.
      if (fixes.some((f) => f.safe)) {
        const after = lintCase(c, fixAll(result).text);
        const left = after.findings.filter((f) => f.ruleId === ruleId && fixesFor(after, f, { acceptRisk: false }).some((x) => x.safe));
        assert.deepEqual(left.map(en), [], `fix all left ${ruleId} findings that have a safe fix`);
      }
    });
  }

  // Declared last, so they run once every case has run (a file's tests run in order).
  test(`${ruleId}: the table checks a whole French message for every kind of message it shows`, () =>
    assert.deepEqual(
      [...messages.shown].filter((id) => !messages.checkedFr.has(id)),
      [],
      `give \`messageFr\` (the whole French message) for at least one finding of each of these message ids of ${ruleId}`,
    ));
  test(`${ruleId}: the table checks a whole French title for every kind of fix it shows`, () =>
    assert.deepEqual(
      [...titles.shown].filter((id) => !titles.checkedFr.has(id)),
      [],
      `give \`titleFr\` (the whole French title) for at least one fix of each of these message ids of ${ruleId}`,
    ));
  test(`${ruleId}: meta.fixable agrees with the table`, () => {
    const fixable = rule.meta.fixable;
    if (!fixable) assert.equal(seen.fixes, 0, `${ruleId} offers fixes but its meta has no \`fixable\``);
    if (fixable === 'review') assert.equal(seen.safe, 0, `${ruleId} is \`fixable: review\` but offers a safe fix`);
    if (fixable === 'safe') assert.ok(seen.safe > 0, `${ruleId} is \`fixable: safe\` but no case of its table shows a safe fix`);
    if (fixable === 'review') assert.ok(seen.fixes > 0, `${ruleId} is \`fixable: review\` but no case of its table shows a fix`);
  });
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
