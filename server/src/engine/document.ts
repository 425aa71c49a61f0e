/**
 * An inventory kept across edits: `InventoryDocument` re-checks only what an edit touched. Entries are
 * independent items of `subprocessors`, so an edit inside one entry re-parses just that item's text (a
 * standalone YAML snippet at the same offsets) and splices it into the document; the entry rules of the
 * other entries come from `EntryResultCache`. Whenever the edit is not safely inside one entry, or the
 * snippet does not parse cleanly, the whole text is parsed again: the result always equals `lintText`.
 */
import { isCollection, isMap, isPair, isSeq, type Document, type Node, type YAMLSeq } from 'yaml';
import { EntryResultCache, lintParsed, type LintOptions, type LintResult } from './lint';
import { parseYaml, usesAnchors, type ParsedYaml } from './parse';
import type { LineIndex } from './text';
import type { OffsetRange } from './types';
import { findPair } from './yamlNodes';

/** One edit, in offsets of the text before it. */
export interface TextEdit {
  range: OffsetRange;
  text: string;
}

/** The entries' items, where the incremental path may splice: found after each full parse. */
interface SpliceTarget {
  seq: YAMLSeq;
  /** Column of the items' `-`. */
  column: number;
}

export class InventoryDocument {
  private parsed: ParsedYaml;
  private current: LintResult;
  private target: SpliceTarget | undefined;
  private readonly cache = new EntryResultCache();
  /** How the last change was taken in (for tests and the benchmark). */
  lastUpdate: 'full' | 'incremental' | 'unchanged' = 'full';

  /**
   * `resolve` adds options that depend on the text (the policy the inventory names), after each parse.
   */
  constructor(
    text: string,
    private options: LintOptions = {},
    private readonly resolve?: (parsed: ParsedYaml) => LintOptions,
  ) {
    this.parsed = parseYaml(text);
    this.target = spliceTarget(this.parsed);
    this.current = this.lint();
  }

  private lint(): LintResult {
    const options = this.resolve ? { ...this.options, ...this.resolve(this.parsed) } : this.options;
    return lintParsed(this.parsed, options, this.cache);
  }

  get text(): string {
    return this.parsed.text;
  }

  get result(): LintResult {
    return this.current;
  }

  /** New options (policy, today): the text is not parsed again; unchanged entries are re-checked since their context changed. */
  setOptions(options: LintOptions): LintResult {
    this.options = options;
    this.current = this.lint();
    return this.current;
  }

  /** The whole new text: the edit is what differs between the old and the new text. */
  setText(text: string): LintResult {
    const old = this.parsed.text;
    if (text === old) {
      this.lastUpdate = 'unchanged';
      return this.current;
    }
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, prefix);
    return this.update([{ range: { start: prefix, end: old.length - suffix }, text: text.slice(prefix, text.length - suffix) }], text);
  }

  /**
   * Applies edits in order, each in offsets of the text left by the previous one (as LSP sends them). `result`:
   * the text they leave, when the caller has it (it is then not built again from the pieces).
   */
  update(edits: readonly TextEdit[], result?: string): LintResult {
    if (edits.length === 1 && this.trySplice(edits[0], result)) {
      this.lastUpdate = 'incremental';
    } else {
      let text = this.parsed.text;
      for (const e of edits) text = text.slice(0, e.range.start) + e.text + text.slice(e.range.end);
      this.parsed = parseYaml(text);
      this.target = spliceTarget(this.parsed);
      this.lastUpdate = 'full';
    }
    this.current = this.lint();
    return this.current;
  }

  /** Re-parses only the entry the edit is in, when that is sure to give what a full parse gives. */
  private trySplice(edit: TextEdit, result?: string): boolean {
    const target = this.target;
    const old = this.parsed;
    if (!target || !old.doc) return false;
    const items = target.seq.items as Node[];
    const index = itemAt(items, edit.range.start);
    if (index < 0) return false;
    const item = items[index];
    if (!item?.range) return false;
    const lines = old.lines;
    // The item's slot: from the line after the previous item's content (comments and blank lines before the
    // item belong to it) to the end of the line where its content ends.
    const contentLine = lines.positionAt(item.range[0]).line;
    const slotStart =
      index === 0
        ? lines.lineStart(lines.positionAt(keyEnd(old, target)).line + 1)
        : lines.lineStart(lastLine(lines, items[index - 1]) + 1);
    const endLine = lastLine(lines, item);
    const slotEnd = endLine + 1 < lines.lineCount ? lines.lineStart(endLine + 1) : old.text.length;
    // The edit: from the line where the item's content starts, and not touching the slot's final line break.
    const lastBreak =
      slotEnd < old.text.length || old.text.endsWith('\n') ? slotEnd - (old.text.endsWith('\r\n', slotEnd) ? 2 : 1) : slotEnd;
    if (edit.range.start < lines.lineStart(contentLine) || edit.range.end > lastBreak || slotStart > lines.lineStart(contentLine))
      return false;
    // Every problem of the old text must be in this slot (the new snippet will have none).
    if (old.problems.some((p) => p.range.start < slotStart || p.range.end > slotEnd)) return false;
    // Comment lines after the item's content that the parser counts in the item (or, after the last item, in the
    // list) lie outside the slot: the snippet cannot give those ends.
    const isLast = index === items.length - 1;
    if (endsPastContent(old.text, item) || (isLast && endsPastContent(old.text, item, target.seq.range![2]))) return false;

    const delta = edit.text.length - (edit.range.end - edit.range.start);
    // The snippet from the old text's pieces: the whole new text is a rope that slicing would flatten.
    const snippet = old.text.slice(slotStart, edit.range.start) + edit.text + old.text.slice(edit.range.end, slotEnd);
    // Keep-chomping block scalars (`|+`) take the blank lines after them, which belong to the next slot.
    if (/[|>][1-9]?\+/.test(snippet)) return false;
    // The same guarded parse as a full one (nesting and error limits): any problem means a full parse instead.
    const parsedSnippet = parseYaml(snippet);
    const doc = parsedSnippet.doc;
    if (!doc || parsedSnippet.problems.length || !isSeq(doc.contents) || doc.contents.flow) return false;
    const seq = doc.contents as YAMLSeq;
    if (seq.items.length !== 1 || !seq.range || column(snippet, seq.range[0]) !== target.column || usesAnchors(parsedSnippet)) return false;
    const newItem = seq.items[0] as Node | null;
    if (newItem && !isCollection(newItem) && !newItem.range) return false;
    if (newItem && (endsPastContent(snippet, newItem) || (isLast && endsPastContent(snippet, newItem, seq.range[2])))) return false;
    // An empty value at the end takes in the comment lines, blank lines and indentation after it, beyond the slot.
    if (endsWithEmptyValue(newItem)) return false;

    // Splice: the new item at its place, everything after the edit moved by `delta`.
    const newValue = (parsedSnippet.value as unknown[])[0];
    if (newItem) shiftAll(newItem, slotStart);
    shiftAfter(old.doc, edit.range.end, delta, item, target.seq);
    target.seq.items[index] = newItem as never;
    if (isLast) fixEnds(old.doc, target.seq, [seq.range[1] + slotStart, seq.range[2] + slotStart]);
    const oldValue = old.value as Record<string, unknown>;
    const list = [...(oldValue.subprocessors as unknown[])];
    list[index] = newValue;
    const text = result ?? old.text.slice(0, edit.range.start) + edit.text + old.text.slice(edit.range.end);
    const newLines = old.lines.edited(text, edit.range.start, edit.range.end, edit.text.length);
    this.parsed = { text, lines: newLines, doc: old.doc, problems: [], value: { ...oldValue, subprocessors: list } };
    return true;
  }
}

/** Where the entries are, if the document allows splicing: one document, no anchors, a block list of entries. */
function spliceTarget(parsed: ParsedYaml): SpliceTarget | undefined {
  const doc = parsed.doc;
  if (!doc || !isMap(doc.contents) || !parsed.value || typeof parsed.value !== 'object') return undefined;
  if (parsed.problems.some((p) => p.code === 'MULTIPLE_DOCUMENTS' || p.code === 'ALIAS_LIMIT')) return undefined;
  if (doc.directives?.tags && Object.keys(doc.directives.tags).some((h) => h !== '!!' && h !== '!')) return undefined;
  const seq = findPair(doc.contents, 'subprocessors')?.value;
  if (!isSeq(seq) || seq.flow || !seq.range || !Array.isArray((parsed.value as Record<string, unknown>).subprocessors)) return undefined;
  if (usesAnchors(parsed)) return undefined;
  return { seq, column: parsed.lines.column(seq.range[0]) };
}

/** The end of the `subprocessors` key. */
function keyEnd(parsed: ParsedYaml, target: SpliceTarget): number {
  const pair = findPair(parsed.doc?.contents, 'subprocessors');
  const key = pair?.key as Node | undefined;
  return key?.range ? key.range[1] : target.seq.range![0];
}

/** The index of the item whose slot holds `offset`: the last item starting at or before the line of `offset`. */
function itemAt(items: readonly Node[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = items[mid]?.range?.[0];
    if (start === undefined) return -1;
    if (start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last line of a node's content. */
function lastLine(lines: LineIndex, node: Node | undefined): number {
  const r = node?.range;
  if (!r) return 0;
  return lines.positionAt(Math.max(r[0], r[1] - 1)).line;
}

function column(text: string, offset: number): number {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  return offset - lineStart;
}

function children(node: unknown): unknown[] {
  if (isCollection(node)) return node.items as unknown[];
  if (isPair(node)) return [node.key, node.value];
  return [];
}

/** Moves a freshly parsed subtree to absolute offsets. */
function shiftAll(node: unknown, by: number): void {
  const r = (node as Node | undefined)?.range;
  if (r) for (let i = 0; i < 3; i++) r[i] += by;
  for (const c of children(node)) shiftAll(c, by);
}

/**
 * Moves every offset at or after `pos` by `delta`, skipping the replaced subtree. It visits every node after
 * the edit on each keystroke: a plain walk over `items`, `key` and `value`, without `yaml`'s type tests, and
 * the entries (the items of `entries`) through the flat list of their ranges (`rangesOf`).
 */
function shiftAfter(doc: Document, pos: number, delta: number, replaced: Node, entries: YAMLSeq): void {
  if (delta === 0) return;
  shiftNode(doc.contents as ShiftNode | null, pos, delta, replaced, entries as ShiftNode);
  const r = doc.range;
  if (r) for (let i = 0; i < 3; i++) if (r[i] >= pos) r[i] += delta;
}

function shiftNode(node: ShiftNode | null | undefined, pos: number, delta: number, replaced: Node, entries: ShiftNode): void {
  if (!node || node === replaced) return;
  const r = node.range;
  if (r) {
    if (r[2] < pos) return; // entirely before the edit
    if (r[0] >= pos) r[0] += delta;
    if (r[1] >= pos) r[1] += delta;
    if (r[2] >= pos) r[2] += delta;
  }
  const items = node.items;
  if (items === undefined) {
    if (!r) {
      // A pair (scalars and collections have a range; a pair has none, its key and value do).
      shiftNode(node.key, pos, delta, replaced, entries);
      shiftNode(node.value, pos, delta, replaced, entries);
    }
  } else if (node === entries) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!item || item === replaced || (item.range && item.range[2] < pos)) continue;
      shiftRanges(rangesOf(item), pos, delta);
    }
  } else {
    for (let i = 0; i < items.length; i++) shiftNode(items[i], pos, delta, replaced, entries);
  }
}

/**
 * The ranges of every node of an entry, in a flat list kept by the entry's node: moving an entry is then one
 * loop over small arrays. Valid while the entry's node is in the document: an edited entry is a new node, and
 * nothing else changes the nodes but their offsets (in place).
 */
const entryRanges = new WeakMap<ShiftNode, number[][]>();

function rangesOf(item: ShiftNode): number[][] {
  let list = entryRanges.get(item);
  if (!list) {
    const found: number[][] = [];
    const walk = (node: ShiftNode | null | undefined): void => {
      if (!node) return;
      if (node.range) found.push(node.range);
      if (node.items) for (const c of node.items) walk(c);
      else if (!node.range) {
        walk(node.key);
        walk(node.value);
      }
    };
    walk(item);
    list = found;
    entryRanges.set(item, list);
  }
  return list;
}

/**
 * Each offset at or after `pos` moved by `delta`. The same as `shiftNode` over the subtree: a node's offsets
 * are in order (start, value end, node end), so the subtrees it would skip (ending before `pos`) move nothing.
 */
function shiftRanges(ranges: readonly number[][], pos: number, delta: number): void {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (r[2] < pos) continue;
    if (r[0] >= pos) r[0] += delta;
    if (r[1] >= pos) r[1] += delta;
    r[2] += delta;
  }
}

/** What `shiftAfter` reads of a node: a collection's items, a pair's key and value, a node's range. */
interface ShiftNode {
  range?: [number, number, number] | null;
  items?: ShiftNode[];
  key?: ShiftNode | null;
  value?: ShiftNode | null;
}

/**
 * When the last entry changed, the list (and the mappings that end with it) end where the snippet's list ends:
 * after the entry's content, or after the line break that follows a flow mapping.
 */
function fixEnds(doc: Document, seq: YAMLSeq, newEnd: readonly [number, number]): void {
  if (!seq.range) return;
  const oldEnd = [seq.range[1], seq.range[2]];
  if (oldEnd[0] === newEnd[0] && oldEnd[1] === newEnd[1]) return;
  const walk = (node: unknown): void => {
    const r = (node as Node | undefined)?.range;
    if (r) for (const i of [0, 1]) if (r[i + 1] === oldEnd[i]) r[i + 1] = newEnd[i];
    if (isMap(node)) {
      const last = node.items[node.items.length - 1];
      if (last) walk(last.value);
    }
  };
  walk(doc.contents);
  for (const i of [0, 1]) if (seq.range[i + 1] === oldEnd[i]) seq.range[i + 1] = newEnd[i];
}

/**
 * Whether the parser counts lines after a node's content in it (comment lines under it): `end` (its range[2], or
 * its list's) goes on past the line break that ends the line of its content's last character.
 */
function endsPastContent(text: string, node: Node, end = node.range?.[2]): boolean {
  const r = node.range;
  if (!r || end === undefined) return false;
  const last = Math.max(r[0], r[1] - 1);
  const m = /\r\n|\r|\n/g;
  m.lastIndex = last;
  const lineBreak = m.exec(text);
  return !!lineBreak && end > lineBreak.index + lineBreak[0].length;
}

/** Whether a block node's last value (the last of its last pair or item, at any depth) is empty: `key:`, `key: # c`, `- `. */
function endsWithEmptyValue(node: unknown): boolean {
  let n = node;
  for (;;) {
    if (n === null || n === undefined) return true;
    if (isMap(n) || isSeq(n)) {
      if (n.flow) return false;
      const last = n.items[n.items.length - 1];
      if (last === undefined) return false;
      n = isPair(last) ? last.value : last;
      continue;
    }
    const r = (n as Node).range;
    return !r || r[0] === r[1];
  }
}

/** Length of the common prefix of two strings (binary search over native comparisons). */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix of two strings, not overlapping a common prefix of length `prefix`. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length) - prefix;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
