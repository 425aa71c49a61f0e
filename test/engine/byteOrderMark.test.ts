/**
 * A leading byte order mark (U+FEFF) is not part of the document: the engine reads a text that starts with one
 * as it reads the text without it (the same findings, fixes and problems), its offsets those of the text it was
 * given (the mark is character 0 of line 0, as LSP counts the text a client sent). The CLI reads a file as an
 * editor does, without the mark, and `--fix` writes it back (test/cli/check.test.ts).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fixAll, fixesFor, LineIndex, lintText, parseYaml, parseYamlFully } from '../../server/src/engine';
import { cursorContext } from '../../server/src/languageService';
import { ROOT } from '../support/runCli';

const BOM = '\ufeff';
const TODAY = '2026-01-15';

function inventories(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) {
      if (name !== 'import') out.push(...inventories(full));
    } else if (/\.ya?ml$/.test(name) && !/policy/.test(name)) out.push(full);
  }
  return out;
}

/** Everything the engine says of `text`, its offsets moved back by `shift`. */
function said(text: string, shift: number): string[] {
  const result = lintText(text, { today: TODAY });
  const at = (r: { start: number; end: number }) => `${r.start - shift}-${r.end - shift}`;
  return [
    ...result.parsed.problems.map((p) => `problem ${p.code} ${at(p.range)} ${p.message}`),
    ...result.findings.map((f) => {
      const fixes = fixesFor(result, f).map((fix) => fix.edits.map((e) => `${at(e.range)} ${JSON.stringify(e.text)}`).join(' + '));
      const related = (f.related ?? []).map((r) => at(r.range)).join(',');
      return `${f.ruleId}/${f.messageId} ${at(f.range)} ${JSON.stringify(f.data)} [${related}] fixes: ${fixes.join(' | ')}`;
    }),
  ];
}

test('line 0 starts after a byte order mark; positions still count it (LSP), columns do not', () => {
  const lines = new LineIndex(`${BOM}inventory:\n  organization: A\n`);
  assert.deepEqual(lines.positionAt(1), { line: 0, character: 1 });
  assert.equal(lines.offsetAt({ line: 0, character: 1 }), 1);
  assert.equal(lines.lineStart(0), 1);
  assert.equal(lines.column(1), 0);
  assert.equal(lines.column(14), 2);
  assert.equal(new LineIndex(BOM).lineStart(0), 1);
  assert.equal(new LineIndex('a:\n').lineStart(0), 0);
  // An edit that takes the mark away (or puts one in) gives the index of the new text.
  assert.equal(new LineIndex(`${BOM}a: 1\n`).edited('a: 1\n', 0, 1, 0).lineStart(0), 0);
  assert.equal(new LineIndex('a: 1\n').edited(`${BOM}a: 1\n`, 0, 0, 1).lineStart(0), 1);
});

test('a block sequence on the line after a byte order mark is read as without it', () => {
  // `yaml` alone reads `\ufeff- - a` as two nulls: it counts the mark in the first line's indentation.
  for (const text of ['- - a\n', '-  a: b\n  c: d\n', 'subprocessors:\n  - id: a\n']) {
    const plain = parseYamlFully(text);
    const marked = parseYamlFully(BOM + text);
    assert.deepEqual(marked.value, plain.value, text);
    assert.deepEqual(
      marked.problems.map((p) => p.code),
      plain.problems.map((p) => p.code),
      text,
    );
    assert.deepEqual(parseYaml(BOM + text).value, plain.value, text);
  }
});

test('every example and fixture inventory: with a byte order mark, the same findings, fixes and problems, one code unit later', () => {
  // The large fuzz inputs (seconds of work) but two that hit the parser's limits (nesting on line 0, too many errors).
  const limits = ['0e035dda403f851d.yaml', '0ecf591e6cb82655.yaml'];
  const files = [...inventories(path.join(ROOT, 'examples')), ...inventories(path.join(ROOT, 'test', 'fixtures'))].filter(
    (f) => fs.statSync(f).size < 20_000 || limits.includes(path.basename(f)),
  );
  assert.ok(files.length > 30, `${files.length} files`);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    assert.deepEqual(said(BOM + text, 1), said(text, 0), path.relative(ROOT, file));
  }
});

test('fix all on a text with a byte order mark keeps the mark and changes what it changes without it', () => {
  // The missing `inventory:` is inserted at the document's start, after the mark, without a stray indentation.
  const text = 'subprocessors:\n  - id: a\n    name: A\n';
  const plain = fixAll(lintText(text, { today: TODAY })).text;
  const marked = fixAll(lintText(BOM + text, { today: TODAY })).text;
  assert.ok(plain.startsWith('inventory:'), plain);
  assert.equal(marked, BOM + plain);
});

test('an empty file with a byte order mark is said empty at the document start', () => {
  const [finding] = lintText(BOM, { today: TODAY }).findings;
  assert.equal(finding?.messageId, 'empty');
  assert.deepEqual(finding?.range, { start: 1, end: 1 });
});

test('completion on a text with a byte order mark: line 0 keys are at column 0', () => {
  const text = `${BOM}inventory:\n  organization: A\nsub`;
  const plain = cursorContext(text.slice(1), text.length - 1);
  const marked = cursorContext(text, text.length);
  assert.deepEqual({ ...marked, replace: undefined }, { ...plain, replace: undefined });
  assert.deepEqual(marked.replace, { start: plain.replace.start + 1, end: plain.replace.end + 1 });
  const inside = cursorContext(`${BOM}inventory:\n  org`, 16);
  assert.deepEqual(inside.path, ['inventory']);
});
