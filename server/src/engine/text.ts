import type { OffsetRange, Position } from './types';

/** Converts between offsets and line/character positions of one text, built once per text version. */
export class LineIndex {
  private readonly starts: number[];

  constructor(
    readonly text: string,
    known?: number[],
  ) {
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

  /**
   * The index of `text`, which is this index's text with the range `[start, end)` replaced by `inserted` code
   * units: the lines before the edit are kept, the edited lines scanned, the lines after it moved.
   */
  edited(text: string, start: number, end: number, inserted: number): LineIndex {
    const old = this.starts;
    const delta = inserted - (end - start);
    // The last line starting before the edit (a start at `p` depends on the characters at `p - 1` and `p`).
    let lo = 0;
    let hi = old.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (old[mid] < start) lo = mid;
      else hi = mid - 1;
    }
    // The starts of the edited lines, after the kept ones.
    const added: number[] = [];
    // Starts from `limit` on depend on characters after the edit only: they are the old ones, moved.
    const limit = start + inserted + 2;
    for (let i = old[lo]; i < limit - 1 && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) added.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        if (i + 1 < limit) added.push(i + 1);
      }
    }
    // The old starts kept are a tail of the old list (they only grow): found by binary search.
    let first = lo + 1;
    let last = old.length;
    while (first < last) {
      const mid = (first + last) >> 1;
      if (old[mid] + delta >= limit) last = mid;
      else first = mid + 1;
    }
    // One copy of the old list, the edited lines replaced in place (a keystroke adds no line: nothing moves), the
    // tail moved by `delta`.
    let starts: number[];
    if (added.length <= 1024) {
      starts = old.slice();
      starts.splice(lo + 1, first - lo - 1, ...added);
    } else starts = old.slice(0, lo + 1).concat(added, old.slice(first));
    if (delta !== 0) for (let j = lo + 1 + added.length; j < starts.length; j++) starts[j] += delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // An offset between the \r and the \n of a line break is the end of that line, not a column past it.
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + position.character, next));
  }

  /** Start offset of a 0-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End offset of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  range(r: OffsetRange): { start: Position; end: Position } {
    return { start: this.positionAt(r.start), end: this.positionAt(r.end) };
  }
}
