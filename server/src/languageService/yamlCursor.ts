/**
 * Where the cursor is in a YAML document, for completion and hover.
 *
 * Completion is asked for while the text is half typed (`criticality: ` with nothing after, an empty
 * `- ` item, `certifications: [soc`), where the parser's tree is of little help. `cursorContext` reads
 * the cursor's line and the indentation of the lines above it: which key or item is being typed, under
 * which path. Hover works on text that was typed, so `nodeAt` uses the `yaml` package's nodes and ranges.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { OffsetRange, PathSegment } from '../engine';

type Slot =
  /** A mapping key is being typed (or would go here). `path` is the mapping's path. */
  | 'key'
  /** The value of `path`'s last key is being typed. */
  | 'value'
  /** An item of a sequence is being typed; `path` ends with its index. */
  | 'item';

export interface CursorContext {
  slot: Slot;
  path: PathSegment[];
  /** The text typed so far of the key or value under the cursor. */
  prefix: string;
  /** The range a completion replaces: the word around the cursor. */
  replace: OffsetRange;
  /** Keys the mapping at `path` already has (slot `key`), or of the item mapping (slot `item`). */
  existingKeys: Set<string>;
  /** Values the sequence already holds, other than the one being typed (slot `item`). */
  existingItems: string[];
  /** Column where the key or item content starts (where a snippet's first line goes). */
  column: number;
  /** For an `item` typed after a block `- `: true; in a flow sequence `[...]`: false. */
  blockItem: boolean;
  /** Whether the character before the word is `:` with no space (a value then needs a leading space). */
  needsSpace: boolean;
  /** Inside a flow collection (`{...}`, `[...]`), where a value cannot be a block. */
  flow?: boolean;
}

interface LineInfo {
  /** Columns of the `- ` markers, left to right. */
  dashes: number[];
  /** The key at the end of the dash chain, if the line holds `key:`. */
  key?: { name: string; column: number; valueStart: number; value: string };
  /** Column of the first content after indentation and dashes (-1 for a blank or comment line). */
  content: number;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},:][^#:]*?)\s*:(?=\s|$)/;

function unquote(k: string): string {
  if (k.startsWith('"') || k.startsWith("'")) return k.slice(1, -1);
  return k.trim();
}

function analyzeLine(line: string): LineInfo {
  const dashes: number[] = [];
  let i = 0;
  for (;;) {
    while (i < line.length && line[i] === ' ') i++;
    if (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ')) {
      dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  if (i >= line.length || line[i] === '#') return { dashes, content: dashes.length ? i : -1 };
  const rest = line.slice(i);
  const m = KEY_RE.exec(rest);
  if (!m) return { dashes, content: i };
  let valueStart = i + m[0].length;
  while (line[valueStart] === ' ') valueStart++;
  const value = stripComment(line.slice(valueStart));
  return { dashes, content: i, key: { name: unquote(m[1]), column: i, valueStart, value } };
}

function stripComment(s: string): string {
  const m = /(^|\s)#/.exec(s);
  return (m ? s.slice(0, m.index) : s).trimEnd();
}

/**
 * The text's lines, sliced only when read: a request looks at few of a large file's lines. Line 0 starts after a
 * byte order mark, which is not part of the document (its keys are at column 0, as `LineIndex.column` counts).
 */
class TextLines {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  get count(): number {
    return this.starts.length;
  }
  private end(l: number): number {
    if (l + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[l + 1] - 1;
    if (this.text.charCodeAt(e) === 10 && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  get(l: number): string {
    return this.text.slice(this.starts[l], this.end(l));
  }
  /** Leading spaces of a line; lines deeper than a column cannot hold its keys, items or parents (a cheap skip). */
  indent(l: number): number {
    let i = this.starts[l];
    while (this.text.charCodeAt(i) === 32) i++;
    return i - this.starts[l];
  }
}

const WORD_CHAR = /[A-Za-z0-9_.:/@+-]/;

/**
 * The path of the container that holds content starting at `column` on `lineNo`, found from the lines
 * above: each less-indented `key:` is a mapping key, each less-indented `- ` a sequence item (numbered
 * by the dashes above it at its column). With `inItem`, the content at `column` is itself a `- ` item,
 * and the path ends with its index.
 */
function ancestors(lines: TextLines, lineNo: number, column: number, inItem: boolean): PathSegment[] {
  const path: PathSegment[] = inItem ? [0] : [];
  let col = column;
  let counting = inItem;
  for (let l = lineNo - 1; l >= 0 && (col > 0 || counting); l--) {
    if (lines.indent(l) > col) continue;
    const info = analyzeLine(lines.get(l));
    if (info.content < 0) continue;
    if (counting && info.dashes[0] === col) {
      (path[0] as number)++;
      continue;
    }
    if (counting && !info.dashes.length && info.key?.column === col && info.key.value === '') {
      // `key:` with its items at the same column (`subprocessors:` then `- id: x`).
      counting = false;
      path.unshift(info.key.name);
      continue;
    }
    const tokens: { column: number; name?: string; dash: boolean }[] = info.dashes.map((d) => ({ column: d, dash: true }));
    if (info.key) tokens.push({ column: info.key.column, name: info.key.name, dash: false });
    else if (!info.dashes.length || info.content > info.dashes[info.dashes.length - 1] + 1)
      tokens.push({ column: info.content, dash: false });
    const before = tokens.filter((t) => t.column < col);
    if (!before.length) continue;
    if (before.some((t) => !t.dash && t.name === undefined)) return path; // less-indented plain text: no structure we know
    path.unshift(...before.map((t) => (t.dash ? 0 : (t.name as string))));
    col = before[0].column;
    counting = before[0].dash;
  }
  return path;
}

/**
 * Keys at `column` in the mapping that holds line `lineNo`: the lines above it (unless the line starts
 * the item) and below it, to the edges of the block.
 */
function siblingKeys(lines: TextLines, lineNo: number, column: number, searchUp: boolean): Set<string> {
  const keys = new Set<string>();
  const ends = (info: LineInfo) => info.dashes.some((d) => d < column) || info.content < column;
  if (searchUp) {
    for (let l = lineNo - 1; l >= 0; l--) {
      if (lines.indent(l) > column) continue;
      const info = analyzeLine(lines.get(l));
      if (info.content < 0) continue;
      if (info.key?.column === column) keys.add(info.key.name);
      if (ends(info)) break;
    }
  }
  for (let l = lineNo + 1; l < lines.count; l++) {
    if (lines.indent(l) > column) continue;
    const info = analyzeLine(lines.get(l));
    if (info.content < 0) continue;
    if (ends(info)) break;
    if (info.key?.column === column) keys.add(info.key.name);
  }
  return keys;
}

/** Items of a block sequence whose dashes are at `column`, around line `lineNo`. */
function siblingItems(lines: TextLines, lineNo: number, column: number): string[] {
  const items: string[] = [];
  const take = (l: number): boolean => {
    if (lines.indent(l) > column) return true;
    const info = analyzeLine(lines.get(l));
    if (info.content < 0) return true;
    if (info.dashes[0] === column) {
      if (!info.key) {
        const v = stripComment(lines.get(l).slice(info.content)).trim();
        if (v) items.push(unquote(v));
      }
      return true;
    }
    return info.content > column;
  };
  for (let l = lineNo - 1; l >= 0 && take(l); l--);
  for (let l = lineNo + 1; l < lines.count && take(l); l++);
  return items;
}

interface FlowFrame {
  kind: '[' | '{';
  index: number;
  key?: string;
  /** In a `{}` frame: whether the cursor is after the key's colon. */
  afterColon: boolean;
  items: string[];
  keys: string[];
  current: string;
}

/**
 * Scans a flow collection (`[a, b, {c: d}]`) from its start to the cursor: the open frames, the key
 * being typed or whose value is being typed, and the items before the cursor.
 */
function scanFlow(s: string): { frames: FlowFrame[]; tail: string } {
  const frames: FlowFrame[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const top = frames[frames.length - 1];
    if ((c === '"' || c === "'") && current.trim() === '') {
      const close = s.indexOf(c, i + 1);
      if (close < 0) {
        current += s.slice(i + 1);
        break;
      }
      current += s.slice(i + 1, close);
      i = close;
      continue;
    }
    if (c === '[' || c === '{') {
      if (top && top.kind === '{' && !top.afterColon && current.trim()) top.key = current.trim();
      frames.push({ kind: c, index: 0, afterColon: false, items: [], keys: [], current: '' });
      current = '';
    } else if (c === ']' || c === '}') {
      frames.pop();
      current = '';
    } else if (c === ',') {
      if (top) {
        if (top.kind === '[' && current.trim()) top.items.push(current.trim());
        if (top.kind === '{' && top.key) top.keys.push(top.key);
        if (top.kind === '{' && !top.key && current.trim()) top.keys.push(current.trim());
        top.index++;
        top.key = undefined;
        top.afterColon = false;
      }
      current = '';
    } else if (c === ':' && top?.kind === '{' && !top.afterColon && (i + 1 === s.length || s[i + 1] === ' ')) {
      top.key = current.trim();
      top.afterColon = true;
      current = '';
    } else current += c;
  }
  return { frames, tail: current };
}

function wordRange(line: string, lineStart: number, character: number, allowColon: boolean): { start: number; end: number } {
  const isWord = (ch: string) => WORD_CHAR.test(ch) && (allowColon || ch !== ':');
  let s = character;
  while (s > 0 && isWord(line[s - 1])) s--;
  let e = character;
  while (e < line.length && isWord(line[e])) e++;
  return { start: lineStart + s, end: lineStart + e };
}

/** What is being typed at `offset` in `text`, even when the document does not parse. */
export function cursorContext(text: string, offset: number): CursorContext {
  const lines = new TextLines(text);
  const starts = lines.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const lineNo = lo;
  const line = lines.get(lineNo);
  const lineStart = starts[lineNo];
  const character = Math.max(0, Math.min(offset - lineStart, line.length));
  const before = line.slice(0, character);
  const info = analyzeLine(before);
  const full = analyzeLine(line);
  const base = { existingKeys: new Set<string>(), existingItems: [] as string[], needsSpace: false };

  // The path down to what starts the cursor's line: its container, then one item per dash.
  const linePath = info.dashes.length
    ? [...ancestors(lines, lineNo, info.dashes[0], true), ...info.dashes.slice(1).map(() => 0)]
    : ancestors(lines, lineNo, info.content >= 0 ? info.content : before.length, false);

  if (info.key) {
    // After `key:`: its value, maybe inside a flow collection.
    const valuePath = [...linePath, info.key.name];
    const afterColon = before.slice(before.indexOf(':', info.key.column + info.key.name.length) + 1);
    const valueText = afterColon.trimStart();
    if (valueText.startsWith('[') || valueText.startsWith('{')) {
      return flowContext(valueText, valuePath, line, lineStart, character, info.key.column);
    }
    const r = wordRange(line, lineStart, character, true);
    // Inside quotes (`"cri|"`): the word is what follows the opening quote; the quotes stay.
    const quote = valueText[0];
    const inQuotes = (quote === '"' || quote === "'") && !valueText.includes(quote, 1);
    const typed = inQuotes ? valueText.slice(1) : valueText;
    return {
      ...base,
      slot: 'value',
      path: valuePath,
      prefix: typed,
      replace: { start: lineStart + character - typed.length, end: Math.max(r.end, lineStart + character) },
      column: info.key.column,
      blockItem: false,
      needsSpace: afterColon.length === 0,
    };
  }

  if (info.dashes.length) {
    const lastDash = info.dashes[info.dashes.length - 1];
    // Where the item's content starts: after `- `, or further (`-   id: a`, as some formatters indent).
    const column = Math.max(lastDash + 2, info.content);
    if (character < column) {
      // `-` just typed, no space yet.
      const at = lineStart + character;
      return {
        ...base,
        slot: 'item',
        path: linePath,
        prefix: '',
        replace: { start: at, end: at },
        column,
        blockItem: true,
        needsSpace: true,
      };
    }
    const itemText = before.slice(info.content);
    if (itemText.startsWith('{') || itemText.startsWith('[')) {
      // A flow-style item (`- {id: a, criticality: h|}`): its keys and values, as after `key: {`.
      return flowContext(itemText, linePath, line, lineStart, character, info.content);
    }
    const onKey = full.key !== undefined && full.key.column === column;
    const r = wordRange(line, lineStart, character, !onKey);
    return {
      ...base,
      slot: 'item',
      path: linePath,
      prefix: text.slice(r.start, lineStart + character),
      replace: r,
      column,
      blockItem: true,
      existingKeys: siblingKeys(lines, lineNo, column, false),
      existingItems: info.dashes.length === 1 && !onKey ? siblingItems(lines, lineNo, info.dashes[0]) : [],
    };
  }

  // A key being typed, or an empty line under a key.
  const column = info.content >= 0 ? info.content : before.length;
  const r = wordRange(line, lineStart, character, false);
  const keys = siblingKeys(lines, lineNo, column, true);
  if (full.key) keys.delete(full.key.name);
  return {
    ...base,
    slot: 'key',
    path: linePath,
    prefix: text.slice(r.start, lineStart + character),
    replace: r,
    column,
    blockItem: false,
    existingKeys: keys,
  };
}

function flowContext(
  valueText: string,
  valuePath: PathSegment[],
  line: string,
  lineStart: number,
  character: number,
  keyColumn: number,
): CursorContext {
  const { frames, tail } = scanFlow(valueText);
  const path = [...valuePath];
  for (let f = 0; f < frames.length; f++) {
    const frame = frames[f];
    if (frame.kind === '[') path.push(frame.index);
    else if (frame.key !== undefined && (f < frames.length - 1 || frame.afterColon)) path.push(frame.key);
  }
  const top = frames[frames.length - 1];
  const prefix = tail.trimStart();
  const r = wordRange(line, lineStart, character, true);
  const replace = { start: lineStart + character - prefix.length, end: r.end };
  const common = {
    prefix,
    replace,
    column: keyColumn,
    blockItem: false,
    needsSpace: false,
    flow: true,
    existingItems: [] as string[],
    existingKeys: new Set<string>(),
  };
  if (!top) return { ...common, slot: 'value', path: valuePath };
  if (top.kind === '[') {
    // Items after the cursor count as existing too.
    const rest = line.slice(character);
    const close = rest.indexOf(']');
    const after = (close >= 0 ? rest.slice(0, close) : rest)
      .split(',')
      .slice(1)
      .map((s) => s.trim())
      .filter(Boolean);
    return { ...common, slot: 'item', path, existingItems: [...top.items, ...after].map(unquote) };
  }
  if (top.afterColon) return { ...common, slot: 'value', path };
  const rest = line.slice(character);
  const close = rest.indexOf('}');
  const laterKeys = (close >= 0 ? rest.slice(0, close) : rest)
    .split(',')
    .slice(1)
    .map((s) => s.split(':')[0].trim())
    .filter(Boolean);
  return { ...common, slot: 'key', path, existingKeys: new Set([...top.keys, ...laterKeys]) };
}

// ---------------------------------------------------------------- hover: the node under the cursor

interface NodeAtOffset {
  /** Path of the value (or of the key's value, when on a key). */
  path: PathSegment[];
  /** True when the offset is on a mapping key. */
  onKey: boolean;
  /** The scalar under the offset (the key or the value). */
  node: Node;
  range: OffsetRange;
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | undefined)?.range;
  return !!range && range[0] <= offset && offset <= range[1];
}

/** The scalar (key or value) at `offset` in the document's tree, with its path. */
export function nodeAt(root: unknown, offset: number): NodeAtOffset | undefined {
  const path: PathSegment[] = [];
  let node = root as Node | undefined;
  while (node) {
    if (isMap(node)) {
      let next: Node | undefined;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | undefined;
        const name = isScalar(key) ? String(key.value) : undefined;
        if (key && contains(key, offset) && isScalar(key) && name !== undefined) {
          return { path: [...path, name], onKey: true, node: key, range: { start: key.range![0], end: key.range![1] } };
        }
        if (name !== undefined && contains(pair.value, offset)) {
          path.push(name);
          next = pair.value as Node;
          break;
        }
      }
      if (!next) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) return undefined;
      path.push(index);
      node = node.items[index] as Node;
    } else if (isScalar(node)) {
      return { path, onKey: false, node, range: { start: node.range![0], end: node.range![1] } };
    } else return undefined;
  }
  return undefined;
}
