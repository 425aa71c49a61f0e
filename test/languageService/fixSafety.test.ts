/**
 * Property tests of every quick fix: for every fixture and every fix offered on it, applied as the LSP
 * text edits a client receives, the result parses, the fixed finding is gone, no new error appears, every
 * comment is still there, and the text outside the edits is byte for byte the same.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, type Finding, type LintResult } from '../../server/src/engine';
import { toTextEdits } from '../../server/src/languageService/codeActions';
import { fixAll, fixesFor, type Fix } from '../../server/src/languageService/fixes';
import { REPO_ROOT } from '../support/lspClient';

const TODAY = '2026-11-26';

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(d.name) ? [p] : [];
  });
}

export const FIXTURES = [...yamlFiles(path.join(REPO_ROOT, 'examples')), ...yamlFiles(path.join(REPO_ROOT, 'test', 'fixtures'))].filter(
  (f) => !/policy\.ya?ml$/.test(f),
);

/** The comments of a text, as the text after each `#` that starts a comment (outside quotes). */
export function commentsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === quote) quote = undefined;
      } else if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(line[i - 1]))) quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
        out.push(line.slice(i).trimEnd());
        break;
      }
    }
  }
  return out;
}

function counts(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const key = (f: Finding) => `${f.ruleId}: ${f.message}`;

/** Applies a fix as a client would: its LSP text edits on a TextDocument. */
function applyAsClient(text: string, result: LintResult, fix: { edits: Fix['edits'] }): string {
  const doc = TextDocument.create('file:///fixture.yaml', 'subprocessors', 1, text);
  return TextDocument.applyEdits(doc, toTextEdits(fix.edits, result.parsed.lines));
}

/** Checks that `after` is `before` with only the edits' ranges replaced: every text between edits is kept byte for byte. */
function assertOnlyEditsChanged(before: string, after: string, fix: Pick<Fix, 'edits'>): void {
  const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
  let at = 0;
  let out = 0;
  for (const e of edits) {
    const kept = before.slice(at, e.range.start);
    assert.equal(after.slice(out, out + kept.length), kept, 'text before an edit changed');
    out += kept.length;
    assert.equal(after.slice(out, out + e.text.length), e.text, 'the edit text is not where it belongs');
    out += e.text.length;
    at = e.range.end;
    // A replaced range is part of one line, or whole lines (a removed list item).
    const removed = before.slice(e.range.start, e.range.end);
    if (/[\r\n]/.test(removed.replace(/[\r\n]+$/, ''))) {
      assert.ok(e.range.start === 0 || /[\r\n]/.test(before[e.range.start - 1]) || e.text.trim().startsWith('['), `edit spans lines without starting a line: ${JSON.stringify(removed)}`);
    }
  }
  assert.equal(after.slice(out), before.slice(at), 'text after the last edit changed');
}

function assertFixIsSafe(name: string, text: string, result: LintResult, fix: Fix): void {
  const fixedText = applyAsClient(text, result, fix);
  assert.notEqual(fixedText, text, `${name}: "${fix.title}" changes nothing`);
  assertOnlyEditsChanged(text, fixedText, fix);
  const after = lintText(fixedText, { policy: result.policy, today: result.today });
  assert.equal(after.parsed.problems.length, result.parsed.problems.length, `${name}: "${fix.title}" broke the YAML: ${JSON.stringify(after.parsed.problems)}\n${fixedText}`);
  // The fixed findings are gone.
  const beforeCounts = counts(result.findings.map(key));
  const afterCounts = counts(after.findings.map(key));
  for (const [k, n] of counts(fix.findings.map(key))) {
    assert.ok((afterCounts.get(k) ?? 0) <= (beforeCounts.get(k) ?? 0) - n, `${name}: "${fix.title}" did not fix ${k}\n${fixedText}`);
  }
  // No new error.
  const errorsBefore = counts(result.findings.filter((f) => f.severity === 'error').map(key));
  for (const [k, n] of counts(after.findings.filter((f) => f.severity === 'error').map(key))) {
    assert.ok(n <= (errorsBefore.get(k) ?? 0), `${name}: "${fix.title}" brought a new error: ${k}\n${fixedText}`);
  }
  // Every comment is still there.
  const commentsAfter = counts(commentsOf(fixedText));
  for (const [c, n] of counts(commentsOf(text))) assert.ok((commentsAfter.get(c) ?? 0) >= n, `${name}: "${fix.title}" lost the comment ${c}`);
  // The line endings are the document's.
  if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixedText), `${name}: "${fix.title}" wrote a bare LF into a CRLF document`);
}

describe('every quick fix on every fixture is surgical and safe', () => {
  assert.ok(FIXTURES.length >= 10, `fixtures found: ${FIXTURES.length}`);
  let offered = 0;
  for (const file of FIXTURES) {
    const name = path.relative(REPO_ROOT, file);
    test(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const result = lintText(text, { today: TODAY });
      for (const finding of result.findings) {
        for (const fix of fixesFor(result, finding)) {
          offered++;
          assertFixIsSafe(name, text, result, fix);
        }
      }
      const all = fixAll(result);
      if (all.edits.length) assertFixIsSafe(name, text, result, { title: 'fix all', findings: [], edits: all.edits, safe: true });
    });
  }
  test('the fixtures offer fixes at all', () => {
    assert.ok(offered >= 20, `only ${offered} fixes offered`);
  });
});

describe('what the fixes write', () => {
  const fixture = (n: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'fixes', n), 'utf8');
  const only = (text: string, ruleId: string, title: RegExp) => {
    const result = lintText(text, { today: TODAY });
    const fixes = result.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => fixesFor(result, f));
    const fix = fixes.find((f) => title.test(f.title));
    assert.ok(fix, `no fix ${title} among ${JSON.stringify(fixes.map((f) => f.title))}`);
    return applyAsClient(text, result, fix);
  };

  test('missing fields are inserted in the schema order with placeholders, at the entry indentation', () => {
    const text = fixture('broken-example.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of "resend"/);
    assert.match(fixed, /    category: Application Services\n    purpose: "<purpose>"\n    dataLocation:\n      countries: \[IE\]/);
  });

  test('a missing nested mapping gets its required fields as a flow mapping of placeholders', () => {
    const text = fixture('broken-example.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of "crisp"/);
    assert.match(fixed, /    entity: "<entity>"\n    group: Core Infrastructure/);
    assert.match(fixed, /    serviceAuthentication: Widget authentication with domain restrictions\n    administrationAuthentication: \{ method: "<method>", mfa: \["<sms\|voice\|email\|totp\|push\|webauthn\|unspecified\|none>"\] \}\n    serviceAccessControl:/);
  });

  test('a missing key at the end of an entry goes after its last line', () => {
    const text = fixture('broken-example.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of "upstash"/);
    assert.match(fixed, /    administrationAccessControl: Team roles with database-specific permissions\n    criticality: "<critical\|high\|medium\|low>"\n\n  # Core Infrastructure/);
  });

  test('the first key of an entry can be inserted before the `- ` line\'s key', () => {
    const text = 'inventory:\n  organization: X\n  contact: a@b.co\n  lastUpdated: 2026-01-01\nsubprocessors:\n  - name: Acme # n\n    entity: Acme\n';
    const fixed = only(text, 'missing-field', /sub-processor #1/);
    assert.match(fixed, /^ {2}- id: "<id>"\n {4}name: Acme # n\n {4}entity: Acme\n {4}purpose: "<purpose>"\n/m);
  });

  test('the CRLF fixture keeps CRLF line endings', () => {
    const text = fixture('crlf.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of "acme"/);
    assert.match(fixed, /    entity: Acme, Inc\. # entity\r\n    purpose: "<purpose>"\r\n    dataLocation: # where\r\n/);
  });
});
