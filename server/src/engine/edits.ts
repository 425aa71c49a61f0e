/**
 * Surgical YAML text edits for quick fixes: each edit is computed from node ranges and the indentation of
 * the lines around it, never by re-stringifying the document, so comments, key order, quoting, flow or
 * block style, indentation and line endings stay as they are. Offsets are UTF-16 indices (engine style).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex } from './text';
import type { OffsetRange } from './types';

/** A replacement of `range` of the text by `text` (an insertion when the range is empty). */
export interface OffsetEdit {
  range: OffsetRange;
  text: string;
}

/** The document's line break: CRLF when the text uses it, else LF. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** The column of `offset` on its line (UTF-16 code units, a byte order mark not counted). */
function columnOf(lines: LineIndex, offset: number): number {
  return lines.column(offset);
}

/** The offset just after the last non-blank character before `offset` (skips spaces and line breaks). */
export function contentEnd(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /[ \t\r\n]/.test(text[i - 1])) i--;
  return i;
}

/** The end of the line (before its line break) that holds the last content before `offset`. */
function endOfContentLine(lines: LineIndex, offset: number): number {
  const end = contentEnd(lines.text, offset);
  return lines.lineEnd(lines.positionAt(Math.max(0, end - 1)).line);
}

/** The last node of `node`'s tree in document order (the last item's or last pair's, all the way down). */
function lastLeaf(node: Node): Node {
  let n = node;
  for (let guard = 0; guard < 1000; guard++) {
    if ((isMap(n) || isSeq(n)) && !n.flow && n.items.length) {
      const last = n.items[n.items.length - 1] as unknown;
      const next = isPair(last) ? ((last.value as Node | null) ?? (last.key as Node)) : (last as Node);
      if (!next?.range) return n;
      n = next;
    } else return n;
  }
  return n;
}

/**
 * Where text goes after `node` (the last value of a mapping or the last item of a list): after its last
 * content line, except when the node ends with a block scalar whose chomping keeps its trailing line
 * breaks (`|+`, `>+`): those blank lines are part of its value, so the text goes after them, at a line
 * start. `atLineStart` says which: an insertion at a line start ends with a line break instead of
 * beginning with one.
 */
function insertionAfter(lines: LineIndex, node: Node): { offset: number; atLineStart: boolean } {
  const leaf = lastLeaf(node);
  if (isScalar(leaf) && (leaf.type === 'BLOCK_LITERAL' || leaf.type === 'BLOCK_FOLDED') && leaf.range) {
    const header = lines.text.slice(leaf.range[0], lines.lineEnd(lines.positionAt(leaf.range[0]).line));
    if (/^[|>](?:\d?\+|\+\d?)/.test(header)) {
      const end = leaf.range[1];
      return end > 0 && lines.text[end - 1] === '\n' ? { offset: end, atLineStart: true } : { offset: end, atLineStart: false };
    }
  }
  // The node's end, or its last leaf's when that lies further (a complex key written before a `:` on the next line).
  return { offset: endOfContentLine(lines, Math.max(node.range![2], leaf.range?.[2] ?? 0)), atLineStart: false };
}

/** Whether a node carries an anchor or is an alias: such a node is never removed or moved by a fix. */
function isAnchorOrAlias(node: unknown): boolean {
  return isAlias(node) || !!(node as { anchor?: string } | null)?.anchor;
}

/**
 * The edits of one fix made safe to apply together: an insertion that falls strictly inside a range the same
 * fix deletes (the claim line it removes, say) moves to the end of the content before that range, where the
 * text it was written for still is. Undefined when edits still overlap (the fix is then not offered).
 */
export function settleEdits(text: string, edits: readonly OffsetEdit[]): OffsetEdit[] | undefined {
  const deletions = edits.filter((e) => e.range.end > e.range.start && e.text === '');
  const settled = edits.map((e) => {
    if (e.range.start !== e.range.end) return e;
    const inside = deletions.find((d) => d.range.start < e.range.start && e.range.start < d.range.end);
    if (!inside) return e;
    const to = contentEnd(text, inside.range.start);
    return { range: { start: to, end: to }, text: e.text };
  });
  const sorted = [...settled].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range.start < sorted[i - 1]!.range.end) return undefined;
  return settled;
}

/** Whether `s` holds a YAML comment (a `#` at the start or after a blank), quotes aside. */
function holdsComment(s: string): boolean {
  return commentStart(s) >= 0;
}

/** The index in `s` of the `#` of its first YAML comment, quotes aside; -1 when it holds none. */
function commentStart(s: string): number {
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(s[i - 1]))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) return i;
    else if (c === '\n') quote = undefined;
  }
  return -1;
}

/** Applies non-overlapping edits to `text` (insertions at one offset keep their order). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.range.start - b.e.range.start || a.e.range.end - b.e.range.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.range.start < at) throw new Error('overlapping edits');
    out += text.slice(at, e.range.start) + e.text;
    at = e.range.end;
  }
  return out + text.slice(at);
}

/** The source range of a node (its value, trailing comment excluded). */
export function sourceRange(node: Node): OffsetRange {
  return { start: node.range![0], end: node.range![1] };
}

/** The text that replaces a scalar with `value`, keeping its quote style. */
export function replaceScalarText(text: string, node: Node, value: string): OffsetEdit {
  const r = sourceRange(node);
  const first = text[r.start];
  const quoted = first === '"' || first === "'" ? `${first}${value}${first}` : value;
  return { range: r, text: quoted };
}

/**
 * Inserts `key: value` pairs (value texts already YAML) into a mapping, each before the first present key
 * that comes after it in `order`, else after the mapping's last pair. Pairs that land at one place are
 * joined into one edit, in `order`.
 */
export function insertPairs(
  lines: LineIndex,
  map: YAMLMap,
  pairs: readonly { key: string; value: string }[],
  order: readonly string[],
): OffsetEdit[] {
  const text = lines.text;
  const eol = lineBreakOf(text);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  // A pair with an empty key (`: value` on a line of its own) belongs to what precedes it in ways an
  // insertion cannot keep: no insertion into such a mapping (the fix is not offered).
  if (map.items.some((p) => !p.key || (isScalar(p.key) && (p.key.value === null || p.key.value === '')))) return [];
  const present = map.items.filter((p) => isScalar(p.key) && p.key.range) as Pair<Node, Node>[];
  const sorted = [...pairs].sort((a, b) => rank(a.key) - rank(b.key));
  const groups = new Map<Pair<Node, Node> | undefined, { key: string; value: string }[]>();
  for (const pair of sorted) {
    const before = present.find((p) => rank(String((p.key as { value: unknown }).value)) > rank(pair.key));
    const list = groups.get(before) ?? [];
    list.push(pair);
    groups.set(before, list);
  }
  const edits: OffsetEdit[] = [];
  for (const [before, list] of groups) {
    if (map.flow) {
      const body = list.map((p) => `${p.key}: ${p.value}`).join(', ');
      if (before) edits.push({ range: at(pairStart(lines, before.key)), text: `${body}, ` });
      else if (present.length) {
        const last = present[present.length - 1];
        const end = last.value?.range ? last.value.range[1] : last.key.range![1];
        edits.push({ range: at(end), text: `, ${body}` });
      } else {
        // `{}`: insert inside the braces.
        const open = text.indexOf('{', map.range![0]);
        edits.push({ range: at(open + 1), text: ` ${body} ` });
      }
      continue;
    }
    if (before) {
      // An explicit key (`? key`, its value on a `: value` line) starts at its `?`: the pair goes before that.
      const start = pairStart(lines, before.key);
      const col = columnOf(lines, start);
      const keyLine = lines.positionAt(start).line;
      const prefix = text.slice(lines.lineStart(keyLine), start);
      if (/^[ \t]*$/.test(prefix)) {
        // The key starts its line: go above the comment lines that belong to it, so they stay with it.
        let line = keyLine;
        const ownComment = new RegExp(`^${prefix}#`);
        while (line > 0 && ownComment.test(text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)))) line--;
        const body = list.map((p) => `${' '.repeat(col)}${p.key}: ${p.value}${eol}`).join('');
        edits.push({ range: at(lines.lineStart(line)), text: body });
        continue;
      }
      const body = list.map((p) => `${p.key}: ${p.value}${eol}${' '.repeat(col)}`).join('');
      edits.push({ range: at(start), text: body });
    } else {
      const last = present[present.length - 1];
      if (!last) continue;
      const col = columnOf(lines, pairStart(lines, last.key));
      const where = last.value?.range
        ? insertionAfter(lines, last.value)
        : { offset: endOfContentLine(lines, last.key.range![1]), atLineStart: false };
      const body = where.atLineStart
        ? list.map((p) => `${' '.repeat(col)}${p.key}: ${p.value}${eol}`).join('')
        : list.map((p) => `${eol}${' '.repeat(col)}${p.key}: ${p.value}`).join('');
      edits.push({ range: at(where.offset), text: body });
    }
  }
  return edits;
}

/**
 * Where a pair starts: its key, or the `?` that makes the key explicit (`? key`, its value on a `: value` line),
 * on the key's line or alone on a line above it (blank and comment lines between).
 */
function pairStart(lines: LineIndex, key: Node): number {
  const text = lines.text;
  const keyStart = key.range![0];
  let i = keyStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < keyStart - 1 && text[i] === '?' && (i === 0 || /\s/.test(text[i - 1]!))) return i;
  if (i >= 0 && text[i] !== '\n') return keyStart; // after a dash, or inside a flow mapping
  for (let line = lines.positionAt(keyStart).line - 1; line >= 0; line--) {
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    const indicator = /^([ \t]*(?:-[ \t]+)*)\?[ \t]*(?:#.*)?\r?$/.exec(content);
    if (indicator) return lines.lineStart(line) + indicator[1]!.length;
    if (!/^[ \t]*(?:#.*)?\r?$/.test(content)) break;
  }
  return keyStart;
}

function at(offset: number): OffsetRange {
  return { start: offset, end: offset };
}

/** Appends `items` (YAML texts) to a sequence, in its style. */
export function appendToSeq(lines: LineIndex, seq: YAMLSeq, items: readonly string[]): OffsetEdit[] {
  const text = lines.text;
  const eol = lineBreakOf(text);
  const nodes = seq.items as Node[];
  if (seq.flow) {
    const last = nodes[nodes.length - 1];
    if (last?.range) return [{ range: at(last.range[1]), text: items.map((i) => `, ${i}`).join('') }];
    const open = text.indexOf('[', seq.range![0]);
    return [{ range: at(open + 1), text: items.join(', ') }];
  }
  const last = nodes[nodes.length - 1];
  if (!last?.range) return [];
  const dash = dashOffset(text, last.range[0]);
  const col = columnOf(lines, dash);
  const where = insertionAfter(lines, last);
  const body = where.atLineStart
    ? items.map((i) => `${' '.repeat(col)}- ${i}${eol}`).join('')
    : items.map((i) => `${eol}${' '.repeat(col)}- ${i}`).join('');
  return [{ range: at(where.offset), text: body }];
}

/** The offset of the `-` that introduces a block sequence item starting at `itemStart`. */
export function dashOffset(text: string, itemStart: number): number {
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? i : itemStart;
}

/**
 * Removes item `index` of a sequence: in a flow sequence with its separating comma, in a block sequence
 * its whole line. Undefined when that would delete a comment or leave the sequence without a value.
 */
export function removeSeqItem(lines: LineIndex, seq: YAMLSeq, index: number): OffsetEdit[] | undefined {
  const text = lines.text;
  const nodes = seq.items as Node[];
  const item = nodes[index];
  if (!item?.range) return undefined;
  // An anchor may be used elsewhere (`*name`), and an alias stands for a value defined elsewhere: removing
  // either would break the document or change another place. No removal then (the fix is not offered).
  if (isAnchorOrAlias(item) || (isMap(item) && item.items.some((p) => isAnchorOrAlias(p.key) || isAnchorOrAlias(p.value))))
    return undefined;
  let range: OffsetRange;
  if (seq.flow) {
    if (nodes.length === 1) range = { start: item.range[0], end: item.range[1] };
    else if (index < nodes.length - 1) range = { start: item.range[0], end: nodes[index + 1].range![0] };
    else range = { start: nodes[index - 1].range![1], end: item.range[1] };
  } else {
    if (nodes.length === 1) {
      // `key:\n  - x` would become `key:` (null): write an empty flow sequence instead, before the comment
      // that ends the key's line if there is one (`key: [] # c`, not `key: # c []`).
      const dash = dashOffset(text, item.range[0]);
      const keyLineEnd = contentEnd(text, dash);
      const end = endOfContentLine(lines, item.range[1]);
      if (holdsComment(text.slice(keyLineEnd, end))) return undefined;
      const keyLineStart = lines.lineStart(lines.positionAt(keyLineEnd).line);
      const comment = commentStart(text.slice(keyLineStart, keyLineEnd));
      const start = comment < 0 ? keyLineEnd : contentEnd(text, keyLineStart + comment);
      return [{ range: { start, end }, text: ` []${text.slice(start, keyLineEnd)}` }];
    }
    const dash = dashOffset(text, item.range[0]);
    const first = lines.positionAt(dash).line;
    const last = lines.positionAt(contentEnd(text, item.range[1])).line;
    if (text.slice(lines.lineStart(first), dash).trim() !== '') return undefined; // `- - x`: not a line of its own
    range = { start: lines.lineStart(first), end: last + 1 < lines.lineCount ? lines.lineStart(last + 1) : text.length };
  }
  if (holdsComment(text.slice(range.start, range.end))) return undefined;
  return [{ range, text: '' }];
}

/**
 * Removes the pair `key` of a mapping: in a flow mapping with its separating comma, in a block mapping its whole
 * lines. No edit when the mapping has no such pair; undefined when the removal would delete a comment or an anchor,
 * leave the mapping empty, or when the key does not start its line.
 */
export function removePair(lines: LineIndex, map: YAMLMap, key: string): OffsetEdit[] | undefined {
  const text = lines.text;
  const pairs = map.items as Pair[];
  const index = pairs.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (index < 0) return [];
  const pair = pairs[index]!;
  const keyNode = pair.key as Node;
  if (pairs.length === 1 || !keyNode.range || isAnchorOrAlias(pair.key) || isAnchorOrAlias(pair.value)) return undefined;
  // Where a pair's text ends: its value's, or its key's when it has no value.
  const end = (p: Pair) => (p.value as Node | null)?.range?.[1] ?? (p.key as Node).range![1];
  let range: OffsetRange;
  if (map.flow) {
    const next = pairs[index + 1]?.key as Node | undefined;
    if (next && !next.range) return undefined;
    range = next ? { start: keyNode.range[0], end: next.range![0] } : { start: end(pairs[index - 1]!), end: end(pair) };
  } else {
    const first = lines.positionAt(keyNode.range[0]).line;
    if (text.slice(lines.lineStart(first), keyNode.range[0]).trim() !== '') return undefined; // `- key: x`, `? key`
    const last = lines.positionAt(contentEnd(text, end(pair))).line;
    range = { start: lines.lineStart(first), end: last + 1 < lines.lineCount ? lines.lineStart(last + 1) : text.length };
  }
  if (holdsComment(text.slice(range.start, range.end))) return undefined;
  return [{ range, text: '' }];
}
