import type { OffsetRange, Position } from './types';

/**
 * Converts between offsets and line/character positions of one text, built once per text version. Positions are
 * the text's own (UTF-16 code units, as LSP counts them in the text the client sent): a leading byte order mark
 * is character 0 of line 0. It is not part of the document, though: line 0 starts after it (`lineStart`), and
 * `column` (a node's indentation) does not count it.
 */
export class LineIndex {
  /**
   * The line starts are `starts[i]`, plus `shift` from line `from` on: an edit that adds or removes no line break
   * (a keystroke) shares the previous version's list and moves the lines after it by a number, instead of copying
   * the list (some 17,000 lines at 1,000 entries). A list is never changed once an index has it.
   */
  private readonly starts: number[];
  private readonly from: number;
  private readonly shift: number;
  /** The line of the last `positionAt` (findings are converted in order, mostly several on one line). */
  private hint = 0;
  /** 1 when the text starts with a byte order mark (U+FEFF), else 0. */
  private readonly bom: number;

  constructor(
    readonly text: string,
    known?: number[],
    from = known ? known.length : 0,
    shift = 0,
  ) {
    this.from = from;
    this.shift = shift;
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (known) {
      this.starts = known;
      return;
    }
    const starts = [0];
    if (!text.includes('\r')) {
      // Only `\n` breaks (most files): found by the string search, not one character at a time.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** The start of line `i` (0 <= i < lineCount). */
  private at(i: number): number {
    return i < this.from ? this.starts[i] : this.starts[i] + this.shift;
  }

  /**
   * The index of `text`, which is this index's text with the range `[start, end)` replaced by `inserted` code
   * units: the lines before the edit are kept, the edited lines scanned, the lines after it moved.
   */
  edited(text: string, start: number, end: number, inserted: number): LineIndex {
    const count = this.starts.length;
    const delta = inserted - (end - start);
    // The last line starting before the edit (a start at `p` depends on the characters at `p - 1` and `p`).
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at(mid) < start) lo = mid;
      else hi = mid - 1;
    }
    // The starts of the edited lines, after the kept ones.
    const added: number[] = [];
    // Starts from `limit` on depend on characters after the edit only: they are the old ones, moved.
    const limit = start + inserted + 2;
    for (let i = this.at(lo); i < limit - 1 && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) added.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        if (i + 1 < limit) added.push(i + 1);
      }
    }
    // The old starts kept are a tail of the old list (they only grow): found by binary search.
    let first = lo + 1;
    let last = count;
    while (first < last) {
      const mid = (first + last) >> 1;
      if (this.at(mid) + delta >= limit) last = mid;
      else first = mid + 1;
    }
    // The edited lines' starts are the old ones moved (no line break added, removed or changed): the old list
    // is shared, the lines after the edit moved by `delta` on top of what this index moves them by, when that
    // is from the same line (or nothing).
    const moves = added.length === first - lo - 1 && added.every((a, j) => a === this.at(lo + 1 + j) + delta);
    if (moves && (delta === 0 || this.shift === 0 || this.from === lo + 1)) {
      if (delta === 0) return new LineIndex(text, this.starts, this.from, this.shift);
      return new LineIndex(text, this.starts, lo + 1, this.shift === 0 ? delta : this.shift + delta);
    }
    // Otherwise one copy of the old list (moved as this index moves it), the edited lines replaced, the tail
    // moved by `delta`.
    const starts: number[] = new Array(count - (first - lo - 1) + added.length);
    for (let i = 0; i <= lo; i++) starts[i] = this.at(i);
    for (let j = 0; j < added.length; j++) starts[lo + 1 + j] = added[j];
    for (let i = first, j = lo + 1 + added.length; i < count; i++, j++) starts[j] = this.at(i) + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // An offset between the \r and the \n of a line break is the end of that line, not a column past it.
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    const count = this.starts.length;
    // The last line starting at or before `o`: the line of the previous call or the next one (offsets come in
    // order), else by binary search.
    let line = this.hint;
    if (line >= count || this.at(line) > o) line = -1;
    else if (line + 1 < count && this.at(line + 1) <= o) line = line + 2 < count && this.at(line + 2) <= o ? -1 : line + 1;
    if (line < 0) {
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.at(mid) <= o) lo = mid;
        else hi = mid - 1;
      }
      line = lo;
    }
    this.hint = line;
    return { line, character: o - this.at(line) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.at(position.line);
    const next = position.line + 1 < this.starts.length ? this.at(position.line + 1) : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + position.character, next));
  }

  /** Start offset of a 0-based line: line 0 starts after a byte order mark. */
  lineStart(line: number): number {
    const i = Math.max(0, Math.min(line, this.starts.length - 1));
    return i === 0 ? Math.min(this.bom, this.text.length) : this.at(i);
  }

  /** The column of `offset` in the document (UTF-16 code units from its line's start, a byte order mark not counted). */
  column(offset: number): number {
    const { line, character } = this.positionAt(offset);
    return line === 0 ? Math.max(0, character - this.bom) : character;
  }

  /** End offset of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.at(line + 1) - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  range(r: OffsetRange): { start: Position; end: Position } {
    return { start: this.positionAt(r.start), end: this.positionAt(r.end) };
  }
}
