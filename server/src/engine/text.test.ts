/** `LineIndex.edited` (the line index of a text after one edit, as the incremental path builds it) against a fresh index. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prng } from '../../../bench/generate';
import { LineIndex } from './text';

const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n', 'é😀', '\ufeff'];

function starts(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, i) => index.lineStart(i));
}

/** The position of `offset` in `text`, counted from the line breaks (the end of a line for an offset inside a CRLF). */
function expectedPosition(text: string, offset: number): { line: number; character: number } {
  let o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && text[o] === '\n' && text[o - 1] === '\r') o--;
  let line = 0;
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    if (m.index + m[0].length > o) break;
    line++;
    start = m.index + m[0].length;
  }
  return { line, character: o - start };
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

test('a line index starts its lines after each LF, CRLF and lone CR (texts with and without CR), line 0 after a byte order mark', () => {
  const rnd = prng(11);
  const pick = () => PIECES[Math.floor(rnd() * PIECES.length)];
  for (let n = 0; n < 3000; n++) {
    let text = Array.from({ length: Math.floor(rnd() * 30) }, pick).join('');
    if (rnd() < 0.5) text = text.replace(/\r/g, '');
    // Line 0 starts after a byte order mark.
    const expected = [text.startsWith('\ufeff') ? 1 : 0];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) expected.push(m.index + m[0].length);
    assert.deepEqual(starts(new LineIndex(text)), expected, JSON.stringify(text));
  }
});

test('a chain of edited indexes (keystrokes on one line, then elsewhere, line breaks typed and deleted) equals fresh indexes', () => {
  const rnd = prng(27);
  const pick = () => PIECES[Math.floor(rnd() * PIECES.length)];
  for (let n = 0; n < 300; n++) {
    let text = Array.from({ length: 5 + Math.floor(rnd() * 40) }, pick).join('');
    let index = new LineIndex(text);
    let at = Math.floor(rnd() * (text.length + 1));
    for (let k = 0; k < 30; k++) {
      // Mostly typing or deleting one character where the last edit was; sometimes somewhere else, or a line break.
      if (rnd() < 0.2) at = Math.floor(rnd() * (text.length + 1));
      at = Math.min(at, text.length);
      const del = rnd() < 0.4 ? Math.min(Math.floor(rnd() * 2), text.length - at) : 0;
      const inserted = rnd() < 0.15 ? pick() : rnd() < 0.5 ? 'x' : '';
      const after = text.slice(0, at) + inserted + text.slice(at + del);
      index = index.edited(after, at, at + del, inserted.length);
      const fresh = new LineIndex(after);
      const context = JSON.stringify({ text, at, del, inserted, k });
      assert.deepEqual(starts(index), starts(fresh), context);
      // Positions in order (the line of the previous call is tried first), out of order, and back.
      const offsets = Array.from({ length: after.length + 2 }, (_, i) => i - 1);
      for (const o of [...offsets, ...offsets.map(() => Math.floor(rnd() * (after.length + 1)))])
        assert.deepEqual(index.positionAt(o), expectedPosition(after, o), `${context} offset ${o}`);
      for (let line = 0; line < fresh.lineCount; line++) {
        assert.equal(index.lineEnd(line), fresh.lineEnd(line), `${context} line ${line}`);
        assert.equal(index.offsetAt({ line, character: 1 }), fresh.offsetAt({ line, character: 1 }), `${context} line ${line}`);
      }
      text = after;
      at += inserted.length;
    }
  }
});
