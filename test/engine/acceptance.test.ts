/**
 * Accepted risks end to end: before, on and after `until`, in the engine, the CLI (stylish, JSON, SARIF,
 * --accepted) and the server (diagnostics, hover, the quick fix, completion of rule ids).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type * as Sarif from 'sarif';
import { applyEdits, fixesFor, lintText } from '../../server/src/engine';
import { entry, inventory } from '../support/ruleTester';
import { TestLspClient, withServer } from '../support/lspClient';
import { cli } from '../support/runCli';
import { validateSarif } from '../support/sarif';
import { formatFixTitle } from '../../server/src/format';

const WEAK = { administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' };
const ACCEPTED = inventory({
  entries: [
    entry({
      ...WEAK,
      acceptedRisks: '[{ rule: weak-admin-mfa, reason: Only SMS is offered; access is limited by IP, approvedBy: DPO, until: 2027-03-31 }]',
    }),
  ],
});

const codes = (text: string, today: string) => lintText(text, { today }).findings.map((f) => f.ruleId);

describe('accepted risks: the engine', () => {
  test('before and on until the finding is held back (and kept as suppressed); the day after it is back', () => {
    for (const today of ['2026-11-26', '2027-03-31']) {
      const r = lintText(ACCEPTED, { today });
      assert.ok(!r.findings.some((f) => f.ruleId === 'weak-admin-mfa'), today);
      assert.deepEqual(
        r.suppressed.map((f) => [f.ruleId, f.suppression.approvedBy, f.suppression.until, f.suppression.entry]),
        [['weak-admin-mfa', 'DPO', '2027-03-31', 'acme']],
      );
    }
    const later = lintText(ACCEPTED, { today: '2027-04-01' });
    assert.deepEqual(
      later.findings.filter((f) => ['weak-admin-mfa', 'risk-acceptance-expired'].includes(f.ruleId)).map((f) => f.ruleId),
      ['weak-admin-mfa', 'risk-acceptance-expired'],
    );
    assert.deepEqual(later.suppressed, []);
  });

  test('an acceptance holds back its own rule only, at its own entry', () => {
    const two = inventory({
      entries: [
        entry({ ...WEAK, acceptedRisks: '[{ rule: weak-admin-mfa, reason: r, approvedBy: DPO, until: 2027-03-31 }]' }),
        entry({ id: 'other', ...WEAK }),
      ],
    });
    const r = lintText(two, { today: '2026-11-26' });
    assert.equal(r.findings.filter((f) => f.ruleId === 'weak-admin-mfa').length, 1, 'the other entry keeps its finding');
    assert.equal(r.suppressed.length, 1);
    assert.ok(codes(two, '2026-11-26').includes('weak-admin-mfa'));
  });

  test('"Accept this risk…" inserts an item with placeholders and until one year ahead; it is never in fix all', () => {
    const text = inventory({ entries: [entry(WEAK)] });
    const result = lintText(text, { today: '2026-11-26' });
    const finding = result.findings.find((f) => f.ruleId === 'weak-admin-mfa')!;
    const fix = fixesFor(result, finding).find((f) => f.kind === 'accept-risk')!;
    assert.equal(fix.safe, false);
    assert.match(formatFixTitle(fix, 'en'), /^Accept this risk at `acme` \(weak-admin-mfa\) until 26 November 2027/);
    const fixed = applyEdits(text, fix.edits);
    assert.match(
      fixed,
      /\n {4}acceptedRisks: \[\{ rule: weak-admin-mfa, reason: "<reason>", approvedBy: "<approvedBy>", until: 2027-11-26 \}\]/,
    );
    const after = lintText(fixed, { today: '2026-11-26' });
    assert.ok(
      after.findings.some((f) => f.ruleId === 'weak-admin-mfa'),
      'not held back while the record is blank',
    );
    assert.deepEqual(
      after.findings.filter((f) => f.ruleId === 'placeholder-value').map((f) => f.data?.field),
      ['reason', 'approvedBy'],
      'the placeholders keep it honest until filled',
    );
    assert.deepEqual(
      after.findings.filter((f) => f.ruleId === 'invalid-risk-acceptance'),
      [],
      'a draft is pointed at by placeholder-value, not reported twice',
    );
    const filled = fixed.replace('"<reason>"', 'Only SMS is offered').replace('"<approvedBy>"', 'DPO');
    assert.ok(!lintText(filled, { today: '2026-11-26' }).findings.some((f) => f.ruleId === 'weak-admin-mfa'), 'held back once filled');
    // Not offered for a mistake in the file (a missing field is corrected, not accepted).
    const missing = lintText(inventory({ entries: [entry({ purpose: undefined })] }), { today: '2026-11-26' });
    const m = missing.findings.find((f) => f.ruleId === 'missing-field')!;
    assert.ok(!fixesFor(missing, m).some((f) => f.kind === 'accept-risk'));
  });
});

describe('accepted risks: the CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-accepted-'));
    fs.writeFileSync(path.join(dir, 'subprocessors.yaml'), ACCEPTED);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('stylish counts them, JSON marks them suppressed, SARIF carries the suppression, --accepted lists them', async () => {
    const stylish = await cli(['check', '--today', '2026-11-26', 'subprocessors.yaml'], dir);
    assert.match(stylish.stdout, /1 accepted risk not counted/);
    assert.doesNotMatch(stylish.stdout, /weak-admin-mfa\n/);
    const json = JSON.parse((await cli(['check', '--today', '2026-11-26', '--format', 'json', 'subprocessors.yaml'], dir)).stdout);
    const held = json[0].findings.filter((f: { suppressed?: unknown }) => f.suppressed);
    assert.deepEqual(
      held.map((f: { ruleId: string; suppressed: { approvedBy: string; until: string } }) => [
        f.ruleId,
        f.suppressed.approvedBy,
        f.suppressed.until,
      ]),
      [['weak-admin-mfa', 'DPO', '2027-03-31']],
    );
    const sarif = JSON.parse(
      (await cli(['check', '--today', '2026-11-26', '--format', 'sarif', 'subprocessors.yaml'], dir)).stdout,
    ) as Sarif.Log;
    assert.deepEqual(validateSarif(sarif), []);
    const result = sarif.runs[0]!.results!.find((r) => r.ruleId === 'weak-admin-mfa')!;
    assert.deepEqual(
      result.suppressions?.map((s) => [s.kind, s.status]),
      [['inSource', 'accepted']],
    );
    assert.match(result.suppressions![0]!.justification!, /Only SMS is offered.*approved by DPO, until 2027-03-31/);
    const listing = await cli(['check', '--today', '2026-11-26', '--accepted', 'subprocessors.yaml'], dir);
    assert.equal(listing.code, 0);
    assert.match(
      listing.stdout,
      /subprocessors\.yaml:\d+ {2}acme {2}weak-admin-mfa {2}until 2027-03-31 {2}in force \(1 finding held back\)\n {4}approved by DPO: Only SMS is offered/,
    );
    // On the until day it still holds.
    const onDay = await cli(['check', '--today', '2027-03-31', 'subprocessors.yaml'], dir);
    assert.match(onDay.stdout, /1 accepted risk not counted/);
    assert.doesNotMatch(onDay.stdout, /risk-acceptance-expired/);
    // After until: counted again, and the expiry is said.
    const later = await cli(['check', '--today', '2027-04-01', 'subprocessors.yaml'], dir);
    assert.match(later.stdout, /weak-admin-mfa\n/);
    assert.match(later.stdout, /risk-acceptance-expired/);
    assert.match(
      (await cli(['check', '--today', '2027-04-01', '--accepted', 'subprocessors.yaml'], dir)).stdout,
      /until 2027-03-31 {2}expired/,
    );
  });
});

describe('accepted risks: the server', () => {
  let client: TestLspClient;
  withServer({ today: '2026-11-26' }, (c) => (client = c));

  test('no diagnostic for the held-back finding; the entry hover says what is accepted; rule ids complete in rule:', async () => {
    const uri = 'file:///accepted/subprocessors.yaml';
    client.open(uri, ACCEPTED);
    const diags = await client.waitForDiagnostics(uri);
    assert.ok(!diags.some((d) => d.code === 'weak-admin-mfa'), JSON.stringify(diags.map((d) => d.code)));
    const line = ACCEPTED.split('\n').findIndex((l) => l.includes('- id: acme'));
    const hover = await client.hover(uri, { line, character: ACCEPTED.split('\n')[line]!.indexOf('acme') + 1 });
    assert.match(hover!.text, /\*\*Accepted risks\*\*/);
    assert.match(hover!.text, /`weak-admin-mfa` until 31 March 2027, approved by DPO/);
    assert.match(hover!.text, /1 finding is held back/);
    const ruleLine = ACCEPTED.split('\n').findIndex((l) => l.includes('acceptedRisks'));
    const col = ACCEPTED.split('\n')[ruleLine]!.indexOf('weak-admin-mfa');
    const items = await client.completion(uri, { line: ruleLine, character: col });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('weak-admin-mfa') && labels.includes('transfer-safeguard'), JSON.stringify(labels.slice(0, 10)));
    assert.ok(!labels.includes('yaml-syntax'));
  });

  test('on the until day it still holds; the day after, the diagnostic is back with the expiry', async () => {
    for (const [today, back] of [
      ['2027-03-31', false],
      ['2027-04-01', true],
    ] as const) {
      const server = await TestLspClient.start({ today });
      try {
        const uri = `file:///accepted/${today}/subprocessors.yaml`;
        server.open(uri, ACCEPTED);
        const diags = await server.waitForDiagnostics(uri);
        assert.equal(
          diags.some((d) => d.code === 'weak-admin-mfa'),
          back,
          today,
        );
        assert.equal(
          diags.some((d) => d.code === 'risk-acceptance-expired'),
          back,
          today,
        );
      } finally {
        await server.stop();
      }
    }
  });
});
