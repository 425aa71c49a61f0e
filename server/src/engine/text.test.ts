/** `LineIndex.edited` (the line index of a text after one edit, as the incremental path builds it) against a fresh index. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prng } from '../../../bench/generate';
import { LineIndex } from './text';

const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n', 'é😀'];

function starts(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, i) => index.lineStart(i));
}

test('an edited line index equals the index of the new text (LF, CRLF, lone CR, edits splitting a CRLF)', () => {
  const rnd = prng(5);
  const pick = () => PIECES[Math.floor(rnd() * PIECES.length)];
  for (let n = 0; n < 3000; n++) {
    const text = Array.from({ length: Math.floor(rnd() * 30) }, pick).join('');
    const start = Math.floor(rnd() * (text.length + 1));
    const end = start + Math.floor(rnd() * (text.length - start + 1) * (rnd() < 0.5 ? 0 : 1));
    const inserted = Array.from({ length: Math.floor(rnd() * 4) }, pick).join('');
    const after = text.slice(0, start) + inserted + text.slice(end);
    const edited = new LineIndex(text).edited(after, start, end, inserted.length);
    assert.deepEqual(starts(edited), starts(new LineIndex(after)), JSON.stringify({ text, start, end, inserted }));
  }
});

test('a line index starts its lines after each LF, CRLF and lone CR (texts with and without CR)', () => {
  const rnd = prng(11);
  const pick = () => PIECES[Math.floor(rnd() * PIECES.length)];
  for (let n = 0; n < 3000; n++) {
    let text = Array.from({ length: Math.floor(rnd() * 30) }, pick).join('');
    if (rnd() < 0.5) text = text.replace(/\r/g, '');
    const expected = [0];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) expected.push(m.index + m[0].length);
    assert.deepEqual(starts(new LineIndex(text)), expected, JSON.stringify(text));
  }
});
