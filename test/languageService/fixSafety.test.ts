/**
 * Property tests of every code action: for every fixture and every edit offered on it (each quick fix,
 * "fix all", and renaming each entry id), applied as the LSP text edits a client receives, the result
 * parses, keeps every comment and every entry (same count, same ids but the renamed one), no new error
 * appears, and the text outside the edits is byte for byte the same. A quick fix also removes its finding;
 * "fix all" applied to its own result changes nothing.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { isMap } from 'yaml';
import { isPolicyFileName, lintText, type Finding, type LintResult } from '../../server/src/engine';
import { findPair } from '../../server/src/engine/yamlNodes';
import { toTextEdits } from '../../server/src/languageService/codeActions';
import type { OffsetEdit } from '../../server/src/engine/edits';
import { fixAll, fixesFor, type Fix } from '../../server/src/engine/fixes';
import { idSites, rename } from '../../server/src/languageService/navigation';
import { REPO_ROOT } from '../support/lspClient';
import { formatFinding, formatFixTitle } from '../../server/src/format';

const TODAY = '2026-11-26';

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(d.name) ? [p] : [];
  });
}

/** Saved fuzz inputs: garbage on purpose (the fuzz tests replay them); not documents a fix is meant for. */
const FUZZ_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'fuzz');
/** Published pages to import (a company may publish its list as YAML): not inventories. */
const IMPORT_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'import');

export const FIXTURES = [...yamlFiles(path.join(REPO_ROOT, 'examples')), ...yamlFiles(path.join(REPO_ROOT, 'test', 'fixtures'))].filter(
  (f) => !isPolicyFileName(f) && !f.startsWith(FUZZ_FIXTURES + path.sep) && !f.startsWith(IMPORT_FIXTURES + path.sep),
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

const key = (f: Finding) => `${f.ruleId}: ${formatFinding(f, 'en')}`;

/** Applies a fix as a client would: its LSP text edits on a TextDocument. */
function applyAsClient(text: string, result: LintResult, fix: { edits: Fix['edits'] }): string {
  const doc = TextDocument.create('file:///fixture.yaml', 'subprocessors', 1, text);
  return TextDocument.applyEdits(doc, toTextEdits(fix.edits, result.parsed.lines));
}

/** Checks that `after` is `before` with only the edits' ranges replaced: every text between edits is kept byte for byte. */
function assertOnlyEditsChanged(before: string, after: string, fix: { edits: readonly OffsetEdit[] }): void {
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
      assert.ok(
        e.range.start === 0 || /[\r\n]/.test(before[e.range.start - 1]) || e.text.trim().startsWith('['),
        `edit spans lines without starting a line: ${JSON.stringify(removed)}`,
      );
    }
  }
  assert.equal(after.slice(out), before.slice(at), 'text after the last edit changed');
}

/** The ids of the entries, in order (undefined for an entry without a string id). */
const entryIds = (r: LintResult) => r.model.entries.map((e) => e.id);

/**
 * What every edit must keep: it is applied as the client's text edits, changes the text only inside its
 * ranges, parses as well as before, brings no new error, keeps every comment and every entry (an entry's id
 * may only change by `renamed`; an entry without an id may gain one), and keeps CRLF line endings.
 */
function assertEditIsSafe(
  name: string,
  text: string,
  result: LintResult,
  title: string,
  edits: readonly OffsetEdit[],
  renamed?: { from: string; to: string; onlyEntry?: number },
  /** "Accept this risk…" inserts an item whose reason and approver are blanks to fill: those are errors until filled. */
  template = false,
): { text: string; after: LintResult } {
  const fixedText = applyAsClient(text, result, { edits: [...edits] });
  assert.notEqual(fixedText, text, `${name}: "${title}" changes nothing`);
  assertOnlyEditsChanged(text, fixedText, { edits });
  const after = lintText(fixedText, { policy: result.policy, today: result.today });
  assert.equal(
    after.parsed.problems.length,
    result.parsed.problems.length,
    `${name}: "${title}" broke the YAML: ${JSON.stringify(after.parsed.problems)}\n${fixedText}`,
  );
  // No new error (after a rename, messages name the new id: errors are counted per rule).
  const errorKey = renamed ? (f: Finding) => f.ruleId : key;
  const errorsBefore = counts(result.findings.filter((f) => f.severity === 'error').map(errorKey));
  const newErrors = after.findings.filter((f) => f.severity === 'error' && !(template && f.ruleId === 'placeholder-value'));
  for (const [k, n] of counts(newErrors.map(errorKey))) {
    assert.ok(n <= (errorsBefore.get(k) ?? 0), `${name}: "${title}" brought a new error: ${k}\n${fixedText}`);
  }
  // Every comment is still there.
  const commentsAfter = counts(commentsOf(fixedText));
  for (const [c, n] of counts(commentsOf(text))) assert.ok((commentsAfter.get(c) ?? 0) >= n, `${name}: "${title}" lost the comment ${c}`);
  // Every entry is still there, with its id.
  const idsBefore = entryIds(result);
  const idsAfter = entryIds(after);
  assert.equal(idsAfter.length, idsBefore.length, `${name}: "${title}" changed the number of entries\n${fixedText}`);
  idsBefore.forEach((id, i) => {
    if (id === undefined) return; // a missing id may be inserted as a placeholder
    const isRenamed = renamed && id === renamed.from && (renamed.onlyEntry === undefined || renamed.onlyEntry === i);
    assert.equal(idsAfter[i], isRenamed ? renamed.to : id, `${name}: "${title}" changed the id of entry #${i + 1}`);
  });
  // The line endings are the document's.
  if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixedText), `${name}: "${title}" wrote a bare LF into a CRLF document`);
  return { text: fixedText, after };
}

function assertFixIsSafe(name: string, text: string, result: LintResult, fix: Fix): void {
  const { text: fixedText, after: edited } = assertEditIsSafe(
    name,
    text,
    result,
    formatFixTitle(fix, 'en'),
    fix.edits,
    undefined,
    fix.kind === 'accept-risk',
  );
  // "Accept this risk…" inserts a draft record that holds nothing back until its reason and approver are
  // filled in (an accepted risk is a record, not a switch): the finding is gone once they are.
  const after =
    fix.kind === 'accept-risk'
      ? lintText(fixedText.replace('"<reason>"', 'Compensating measures').replace('"<approvedBy>"', 'DPO'), {
          policy: result.policy,
          today: result.today,
        })
      : edited;
  // The fixed findings are gone.
  const beforeCounts = counts(result.findings.map(key));
  const afterCounts = counts(after.findings.map(key));
  for (const [k, n] of counts(fix.findings.map(key))) {
    assert.ok(
      (afterCounts.get(k) ?? 0) <= (beforeCounts.get(k) ?? 0) - n,
      `${name}: "${formatFixTitle(fix, 'en')}" did not fix ${k}\n${fixedText}`,
    );
  }
}

/** The offset edits an LSP client applies for `edits` (so the surgical check covers what the client gets). */
function offsetEdits(result: LintResult, edits: readonly TextEdit[]): OffsetEdit[] {
  const lines = result.parsed.lines;
  return edits.map((e) => ({ range: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, text: e.newText }));
}

describe('every code action on every fixture is surgical and safe', () => {
  assert.ok(FIXTURES.length >= 10, `fixtures found: ${FIXTURES.length}`);
  let offered = 0;
  let fixAlls = 0;
  let renames = 0;
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
      if (all.edits.length) {
        fixAlls++;
        const once = assertEditIsSafe(name, text, result, 'fix all', all.edits);
        assert.equal(once.text, all.text, `${name}: the fix-all edits do not give the text fix-all computed`);
        const again = fixAll(once.after);
        assert.deepEqual(again.edits, [], `${name}: fix all applied twice changes the text again: ${JSON.stringify(again.edits)}`);
      }
      // Rename each entry id (once per distinct id) to a new valid one, from its definition.
      const uri = 'file:///fixture.yaml';
      const seen = new Set<string>();
      for (const site of idSites(result).filter((s) => s.kind === 'definition')) {
        if (seen.has(site.id)) continue;
        seen.add(site.id);
        let to = `renamed-${seen.size}`;
        while (result.model.byId.has(to)) to += '-x';
        const edit = rename(result, uri, site.node.range![0], to);
        const edits = edit?.changes?.[uri];
        assert.ok(edits?.length, `${name}: no rename edit for "${site.id}"`);
        renames++;
        // One of several entries with the id (duplicate-id): only that entry is renamed, its twins and the references keep the id.
        const twins = result.model.byId.get(site.id)!;
        if (twins.length > 1) {
          const onlyEntry = result.model.entries.findIndex((e) => isMap(e.node) && findPair(e.node, 'id')?.value === site.node);
          const { after } = assertEditIsSafe(name, text, result, `rename ${site.id} to ${to}`, offsetEdits(result, edits), {
            from: site.id,
            to,
            onlyEntry,
          });
          assert.equal(
            idSites(after).filter((s) => s.id === to).length,
            1,
            `${name}: renaming one "${site.id}" of ${twins.length} renamed more`,
          );
          continue;
        }
        const { after } = assertEditIsSafe(name, text, result, `rename ${site.id} to ${to}`, offsetEdits(result, edits), {
          from: site.id,
          to,
        });
        // Every reference follows the id.
        const refsBefore = idSites(result).filter((s) => s.kind === 'reference' && s.id === site.id).length;
        assert.equal(
          idSites(after).filter((s) => s.kind === 'reference' && s.id === to).length,
          refsBefore,
          `${name}: a reference to "${site.id}" was not renamed`,
        );
        assert.equal(idSites(after).filter((s) => s.id === site.id).length, 0, `${name}: "${site.id}" is still written somewhere`);
      }
    });
  }
  test('the fixtures offer fixes, fix all and renames at all', () => {
    assert.ok(offered >= 20, `only ${offered} fixes offered`);
    assert.ok(fixAlls >= 5, `fix all offered on only ${fixAlls} fixtures`);
    assert.ok(renames >= 30, `only ${renames} renames`);
  });
});

describe('what the fixes write', () => {
  const fixture = (n: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'fixes', n), 'utf8');
  const only = (text: string, ruleId: string, title: RegExp) => {
    const result = lintText(text, { today: TODAY });
    const fixes = result.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => fixesFor(result, f));
    const fix = fixes.find((f) => title.test(formatFixTitle(f, 'en')));
    assert.ok(fix, `no fix ${title} among ${JSON.stringify(fixes.map((f) => formatFixTitle(f, 'en')))}`);
    return applyAsClient(text, result, fix);
  };

  test('missing fields are inserted in the schema order as `unknown`, at the entry indentation', () => {
    const text = fixture('broken-example.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of `resend`/);
    assert.match(fixed, / {4}category: Application Services\n {4}purpose: unknown\n {4}dataLocation:\n {6}countries: \[IE\]/);
  });

  test('a missing mapping that can be `unknown` is `unknown`, never a mapping of placeholders', () => {
    const text = fixture('broken-example.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of `crisp`/);
    assert.match(fixed, / {4}entity: unknown\n {4}group: Core Infrastructure/);
    assert.match(
      fixed,
      / {4}serviceAuthentication: Widget authentication with domain restrictions\n {4}administrationAuthentication: unknown\n {4}serviceAccessControl:/,
    );
    assert.doesNotMatch(fixed, /"<|: \[\]/);
  });

  test('a missing `inventory` gets its required fields, each `unknown`', () => {
    const fixed = only('subprocessors: []\n', 'missing-field', /./);
    assert.equal(fixed, 'inventory: { organization: unknown, contact: unknown, lastUpdated: unknown }\nsubprocessors: []\n');
  });

  test('a missing key at the end of an entry goes after its last line', () => {
    const text = fixture('broken-example.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of `upstash`/);
    assert.match(
      fixed,
      / {4}administrationAccessControl: Team roles with database-specific permissions\n {4}criticality: unknown\n\n {2}# Core Infrastructure/,
    );
  });

  test("the first key of an entry can be inserted before the `- ` line's key", () => {
    const text =
      'inventory:\n  organization: X\n  contact: a@b.co\n  lastUpdated: 2026-01-01\nsubprocessors:\n  - name: Acme # n\n    entity: Acme\n';
    const fixed = only(text, 'missing-field', /sub-processor #1/);
    assert.match(fixed, /^ {2}- id: acme\n {4}name: Acme # n\n {4}entity: Acme\n {4}purpose: unknown\n/m);
  });

  test('a claim, the only item of a list whose key line ends with a comment, leaves `[]` before the comment', () => {
    const text = fixture('comment-on-key-line.subprocessors.yaml');
    const acme = only(text, 'not-a-certification', /"gdpr-compliant"/);
    assert.match(acme, /\n {4}criticality: high\n {4}certifications: \[\] # audited only\n {2}- id: beta\n/);
    assert.match(acme, /\n {4}claims: \[gdpr-compliant\]\n/);
    assert.match(
      only(text, 'not-a-certification', /"hipaa"/),
      /\n {4}certifications: \[\] {3}# none yet\n {4}claims: \[ccpa-compliant, hipaa\]\n/,
    );
    const crlf = text.replace(/\n/g, '\r\n');
    assert.match(
      only(crlf, 'not-a-certification', /"gdpr-compliant"/),
      /\r\n {4}certifications: \[\] # audited only\r\n {2}- id: beta\r\n/,
    );
  });

  test('the CRLF fixture keeps CRLF line endings', () => {
    const text = fixture('crlf.subprocessors.yaml');
    const fixed = only(text, 'missing-field', /of `acme`/);
    assert.match(fixed, / {4}entity: Acme, Inc\. # entity\r\n {4}purpose: unknown\r\n {4}dataLocation: # where\r\n/);
  });
});
