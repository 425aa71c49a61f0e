/** The lexical steps shared by the readers of a page held as source code: past comments, one string literal. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pastSpace, quotedString } from './sourceText';
import { codeStringBlocks } from './codeStrings';
import { codeDocumentBlocks } from './codeDocument';
import { lineFinder } from './blocks';

test('pastSpace: white space, line comments and block comments, however many in a row', () => {
  const text = '  // a note\n /* two\nlines */\n\t const X = 1;';
  assert.equal(text.slice(pastSpace(text, 0)), 'const X = 1;');
  assert.equal(pastSpace('/* never closed', 0), '/* never closed'.length);
});

test('quotedString: escapes read, a plain string stops at its line break, a template runs over it', () => {
  assert.deepEqual(quotedString(`'l\\'hôte\\n' + x`, 0), { value: "l'hôte\n", end: 10, closed: true, lines: 0 });
  const open = quotedString(`"open\nnext"`, 0);
  assert.equal(open.closed, false);
  assert.equal(open.value, 'open');
  assert.equal(open.end, 5);
  const template = quotedString('`one\ntwo \\\nthree`', 0);
  assert.deepEqual(template, { value: 'one\ntwo three', end: 16, closed: true, lines: 2 });
});

test('both readers of source code keep their lines past a template and a string left open', () => {
  const source = [
    'const doc = {',
    '  intro: `Nous ne vendons',
    '  aucune donnée.`,',
    "  broken: 'une ligne",
    "  title: 'Nos sous-traitants',",
    '};',
  ].join('\n');
  const heading = codeStringBlocks(source)?.find((b) => b.kind === 'heading');
  assert.equal(heading?.line, 5);
  const held = [
    'export const SECTIONS = [',
    "  { heading: 'Hébergement',",
    '    text: `Les données sont',
    '    conservées par Exemplo SAS.` },',
    '];',
  ].join('\n');
  assert.deepEqual(
    codeDocumentBlocks(held).map((b) => [b.kind, b.line]),
    [
      ['heading', 2],
      ['paragraph', 3],
    ],
  );
});

test('lineFinder: the line of an offset, the first line, a line break itself and the last line', () => {
  const lineAt = lineFinder('one\ntwo\n\nfour');
  assert.deepEqual(
    [0, 3, 4, 8, 9, 13].map((o) => lineAt(o)),
    [1, 1, 2, 3, 4, 4],
  );
});
