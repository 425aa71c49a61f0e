/**
 * The fast path of the parse: a line scanner for the YAML subset inventories are written in (block mappings and
 * sequences, one-line flow collections, plain and quoted one-line scalars, comments), which builds the same
 * `yaml` nodes (classes, values, ranges, scalar types) the `yaml` composer builds, in a fraction of its time.
 * It gives up (returns undefined) at the first construct outside the subset or anything irregular: block
 * scalars, anchors, aliases, tags, directives, several documents, tabs, lone CRs, duplicate keys, multi-line
 * scalars or flow collections, empty items, doubtful indentation, comment lines deeper than the line after
 * them... Then the text goes through `yaml` as before, with its messages and positions for every error.
 * `test/engine/fastScan.test.ts` and the fuzz run compare both paths on every input the scanner accepts.
 *
 * Comments are not attached to nodes (nothing in the engine or the features reads them).
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Schema } from 'yaml';

/** The parser's options (both paths): ranges kept, duplicate keys and other doubtful input reported. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;
const OPTIONS = PARSE_OPTIONS;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

/** The core schema's scalar tags with a test, in `yaml`'s order (the first whose test matches types a plain scalar). */
let TESTED: ScalarTag[] | undefined;
function testedTags(schema: Schema): ScalarTag[] {
  if (!TESTED) TESTED = (schema.tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test);
  return TESTED;
}

/** Nesting deeper than this is left to `yaml` (which refuses past `MAX_NESTING_DEPTH`). */
const MAX_DEPTH = 50;
/** `yaml` (strict) reports an implicit key whose `:` is more than 1024 characters after its start. */
const MAX_KEY = 1000;

/** Characters `yaml` reads otherwise than a plain character (line breaks of YAML 1.1, BOMs, controls), tabs, lone CRs. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const IRREGULAR = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/**
 * `yaml` marks each node's kind with an own non-enumerable property that its constructors set with
 * `Object.defineProperty`, a large part of building a node. The scanner's scalars and pairs (nearly all its
 * nodes) are made from a prototype that carries the mark: the same class, the same `isScalar`/`isPair`, no
 * defineProperty. The mark is `yaml`'s registered symbol (`Symbol.for`); fastScan.test.ts checks the result.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
function marked(sample: object, more: PropertyDescriptorMap = {}): object {
  return Object.create(Object.getPrototypeOf(sample) as object, {
    [NODE_TYPE]: { value: (sample as Record<symbol, unknown>)[NODE_TYPE] },
    ...more,
  }) as object;
}
const SCALAR_PROTO = marked(new Scalar(null));
const PAIR_PROTO = marked(new Pair(null));

/**
 * Collections the same way, their `schema` (an own property that `yaml` sets with defineProperty) on the
 * prototype too: one schema of the parse options for every scanned document, made once (a schema is the
 * options' tags, never changed by the engine, which edits text, not nodes).
 */
let COLLECTION_PROTOS: { map: object; seq: object } | undefined;
function collectionProtos(): { map: object; seq: object } {
  if (!COLLECTION_PROTOS) {
    const schema = new Document(undefined, OPTIONS).schema;
    const withSchema = (sample: object): object =>
      marked(sample, { schema: { value: schema, configurable: true, enumerable: false, writable: true } });
    COLLECTION_PROTOS = { map: withSchema(new YAMLMap(schema)), seq: withSchema(new YAMLSeq(schema)) };
  }
  return COLLECTION_PROTOS;
}

function newMap(): YAMLMap {
  const node = Object.create(collectionProtos().map) as YAMLMap;
  node.items = [];
  return node;
}

function newSeq(): YAMLSeq {
  const node = Object.create(collectionProtos().seq) as YAMLSeq;
  node.items = [];
  return node;
}

function newScalar(value: unknown): Scalar {
  const node = Object.create(SCALAR_PROTO) as Scalar;
  node.value = value;
  return node;
}

function newPair(key: Scalar, value: Scalar | YAMLMap | YAMLSeq): Pair {
  const pair = Object.create(PAIR_PROTO) as Pair;
  pair.key = key;
  pair.value = value;
  return pair;
}

/** Stand-ins for the value a flow collection of the other kind does not build (never written to). */
const NO_OBJECT = Object.freeze({});
const NO_ARRAY: unknown[] = Object.freeze([]) as unknown as unknown[];

class Decline {}
const DECLINE = new Decline();

interface Line {
  start: number;
  /** Offset of the first non-space character (== end on a blank line). */
  content: number;
  /** End of the line's text (before `\r\n` or `\n`). */
  end: number;
  /** Start of the next line (the text's length on the last line). */
  next: number;
}

export interface FastParse {
  doc: Document.Parsed;
  value: unknown;
}

/** The document and its plain value, or undefined when the text is not within the subset. */
export function scanYaml(text: string): FastParse | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (IRREGULAR.test(bom ? text.slice(1) : text)) return undefined;
  try {
    return new Scanner(text, bom).run();
  } catch (err) {
    if (err === DECLINE) return undefined;
    throw err;
  }
}

class Scanner {
  private readonly doc: Document.Parsed;
  private readonly schema: Schema;
  private readonly tags: ScalarTag[];
  private readonly len: number;
  /** Start of the first line not consumed yet. */
  private pos: number;
  private depth = 0;
  /** The plain value of the node the last `map`, `seq`, `inline` or `flow` returned (no pair allocated per value). */
  private value: unknown;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.doc = new Document(undefined, OPTIONS) as Document.Parsed;
    this.schema = this.doc.schema;
    this.tags = testedTags(this.schema);
    this.len = text.length;
    this.pos = start;
  }

  run(): FastParse {
    const first = this.nextContent(this.pos);
    if (!first) throw DECLINE;
    const node = this.isSeqItem(first) ? this.seq(first) : this.map(first, first.content);
    const value = this.value;
    if (this.nextContent(this.pos)) throw DECLINE;
    const doc = this.doc;
    doc.contents = node as unknown as Document.Parsed['contents'];
    doc.range = [first.start, node.range![2], this.len];
    return { doc, value };
  }

  private line(start: number): Line {
    const text = this.text;
    let content = start;
    while (text.charCodeAt(content) === 32) content++;
    let end = text.indexOf('\n', content);
    let next: number;
    if (end < 0) end = next = this.len;
    else {
      next = end + 1;
      if (text.charCodeAt(end - 1) === 13 && end - 1 >= content) end--;
    }
    return { start, content, end, next };
  }

  /**
   * The next line with content from `from`, skipping blank and comment lines; every skipped line must be
   * indented no deeper than that line (at the end of the text: not at all), or the scanner declines.
   */
  private nextContent(from: number): Line | undefined {
    // The same line is asked for by a value (is the next line deeper?) and by its collection (is it a sibling?).
    if (from === this.lastFrom) return this.lastFound;
    this.lastFrom = from;
    this.lastFound = this.findContent(from);
    return this.lastFound;
  }

  private lastFrom = -1;
  private lastFound: Line | undefined;

  private findContent(from: number): Line | undefined {
    let deepest = 0;
    const text = this.text;
    while (from < this.len) {
      let content = from;
      while (text.charCodeAt(content) === 32) content++;
      const c = text.charCodeAt(content);
      // Neither blank (`\n`, `\r\n`, the end) nor a comment: a line with content.
      if (c !== 35 /* # */ && c !== 10 && !(c === 13 && text.charCodeAt(content + 1) === 10) && content < this.len) {
        const l = this.line(from);
        // A document marker (`---`, `...`) is left to `yaml`.
        if (l.content === l.start && (text.startsWith('---', from) || text.startsWith('...', from))) throw DECLINE;
        if (deepest > l.content - l.start) throw DECLINE;
        return l;
      }
      deepest = Math.max(deepest, content - from);
      const nl = text.indexOf('\n', content);
      from = nl < 0 ? this.len : nl + 1;
    }
    if (deepest > 0) throw DECLINE;
    return undefined;
  }

  private isSeqItem(l: Line): boolean {
    const c = l.content;
    return this.text.charCodeAt(c) === 45 /* - */ && (c + 1 === l.end || this.text.charCodeAt(c + 1) === 32);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
  }

  /** A block mapping whose first key starts at `keyPos` on `line`; its column is that of the key. */
  private map(line: Line, keyPos: number): YAMLMap {
    this.enter();
    const text = this.text;
    const col = keyPos - line.start;
    const first = keyPos;
    const map = newMap();
    const obj: Record<string, unknown> = {};
    let end: number;
    for (;;) {
      // The key.
      const k = this.scalarToken(line, keyPos, false);
      if (k.stop !== COLON || k.end - keyPos > MAX_KEY) throw DECLINE;
      const key = k.type === Scalar.PLAIN ? this.plain(k.value, keyPos, k.end, k.end) : this.quoted(k, keyPos, k.end);
      const name = key.value;
      if (typeof name !== 'string' || name === '' || name === '__proto__' || name === '<<' || Object.hasOwn(obj, name)) throw DECLINE;
      // The value: on the key's line, or the block collection on the lines under it, or nothing.
      const colon = k.end;
      let w = colon + 1;
      while (text.charCodeAt(w) === 32) w++;
      let valueNode: Scalar | YAMLMap | YAMLSeq;
      let value: unknown;
      if (w === line.end || text.charCodeAt(w) === 35) {
        const below = this.nextContent(line.next);
        if (below && (below.content - below.start > col || (below.content - below.start === col && this.isSeqItem(below)))) {
          valueNode = this.isSeqItem(below) ? this.seq(below) : this.map(below, below.content);
          value = this.value;
        } else {
          // An empty value: only as `key:` right before the next line with content. With a comment, spaces, blank
          // or comment lines after it, or at the end, `yaml` stretches its node (and the document) in ways left to it.
          if (w !== colon + 1 || !below || below.start !== line.next) throw DECLINE;
          valueNode = newScalar(null);
          valueNode.source = '';
          valueNode.type = Scalar.PLAIN;
          valueNode.range = [w, w, w];
          value = null;
          this.pos = line.next;
        }
      } else {
        valueNode = this.inline(line, w, col);
        value = this.value;
      }
      map.items.push(newPair(key, valueNode));
      obj[name] = value;
      end = valueNode.range![2];
      // The next key, at the same column.
      const l = this.nextContent(this.pos);
      if (!l) break;
      const indent = l.content - l.start;
      if (indent > col || (indent === col && this.isSeqItem(l))) throw DECLINE;
      if (indent < col) break;
      line = l;
      keyPos = l.content;
    }
    map.range = [first, end, end];
    map.items = compact(map.items);
    this.depth--;
    this.value = obj;
    return map;
  }

  /** A block sequence whose first `-` is the content of `line`. */
  private seq(line: Line): YAMLSeq {
    this.enter();
    const text = this.text;
    const col = line.content - line.start;
    const seq = newSeq();
    const arr: unknown[] = [];
    const start = line.content;
    let end: number;
    for (;;) {
      let w = line.content + 1;
      while (text.charCodeAt(w) === 32) w++;
      // An empty item, an item on the lines below, a nested `- -`: left to `yaml`.
      if (w === line.end || text.charCodeAt(w) === 35 || w === line.content + 1) throw DECLINE;
      if (text.charCodeAt(w) === 45 && (w + 1 === line.end || text.charCodeAt(w + 1) === 32)) throw DECLINE;
      const node = this.isKey(line, w) ? this.map(line, w) : this.inline(line, w, col);
      seq.items.push(node);
      arr.push(this.value);
      end = node.range![2];
      const l = this.nextContent(this.pos);
      if (!l) break;
      const indent = l.content - l.start;
      if (indent > col) throw DECLINE;
      if (indent < col) break;
      if (!this.isSeqItem(l)) {
        // A list at its key's column: `yaml` counts the comment lines after it in the list.
        if (l.start !== this.pos) throw DECLINE;
        break;
      }
      line = l;
    }
    seq.range = [start, end, end];
    seq.items = compact(seq.items);
    this.depth--;
    this.value = compact(arr);
    return seq;
  }

  /** Whether a mapping key starts at `w` (a scalar followed by `:` and a space or the end of the line). */
  private isKey(line: Line, w: number): boolean {
    const c = this.text.charCodeAt(w);
    if (c === 91 /* [ */ || c === 123 /* { */) return false;
    return this.scalarToken(line, w, false).stop === COLON;
  }

  /** A value on one line from `w` to its end (a comment aside); the lines after it must not be deeper than `col`. */
  private inline(line: Line, w: number, col: number): Scalar | YAMLMap | YAMLSeq {
    const text = this.text;
    const c = text.charCodeAt(w);
    let node: Scalar | YAMLMap | YAMLSeq;
    let value: unknown;
    let after: number;
    if (c === 91 || c === 123) {
      node = this.flow(line, w);
      value = this.value;
      after = node.range![1];
    } else {
      const t = this.scalarToken(line, w, false);
      if (t.stop === COLON) throw DECLINE;
      node = t.type === Scalar.PLAIN ? this.plain(t.value, w, t.end, t.end) : this.quoted(t, w, t.end);
      value = node.value;
      after = t.end;
    }
    // Only spaces and a comment may follow.
    let i = after;
    while (text.charCodeAt(i) === 32) i++;
    if (i < line.end && (text.charCodeAt(i) !== 35 || i === after)) throw DECLINE;
    node.range![2] = line.next;
    this.pos = line.next;
    const l = this.nextContent(line.next);
    if (l && l.content - l.start > col) throw DECLINE;
    this.value = value;
    return node;
  }

  /** A flow collection that opens at `w` and closes on the same line. */
  private flow(line: Line, w: number): YAMLMap | YAMLSeq {
    this.enter();
    const text = this.text;
    const isMap = text.charCodeAt(w) === 123;
    const close = isMap ? 125 : 93;
    const coll = isMap ? newMap() : newSeq();
    coll.flow = true;
    const obj: Record<string, unknown> = isMap ? {} : (NO_OBJECT as Record<string, unknown>);
    const arr: unknown[] = isMap ? NO_ARRAY : [];
    let i = w + 1;
    while (text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        let key: Scalar | undefined;
        if (isMap) {
          const k = this.scalarToken(line, i, true);
          if (k.stop !== COLON || text.charCodeAt(k.end + 1) !== 32) throw DECLINE;
          key = k.type === Scalar.PLAIN ? this.plain(k.value, i, k.end, k.end) : this.quoted(k, i, k.end);
          const name = key.value;
          if (typeof name !== 'string' || name === '' || name === '__proto__' || name === '<<' || Object.hasOwn(obj, name)) throw DECLINE;
          i = k.end + 1;
          while (text.charCodeAt(i) === 32) i++;
        }
        let node: Scalar | YAMLMap | YAMLSeq;
        let value: unknown;
        const c = text.charCodeAt(i);
        if (c === 91 || c === 123) {
          node = this.flow(line, i);
          value = this.value;
        } else {
          const t = this.scalarToken(line, i, true);
          if (t.stop === COLON) throw DECLINE;
          node = t.type === Scalar.PLAIN ? this.plain(t.value, i, t.end, t.end) : this.quoted(t, i, t.end);
          value = node.value;
        }
        i = node.range![1];
        while (text.charCodeAt(i) === 32) i++;
        node.range![2] = i;
        if (key) {
          (coll as YAMLMap).items.push(newPair(key, node));
          obj[key.value as string] = value;
        } else {
          (coll as YAMLSeq).items.push(node);
          arr.push(value);
        }
        const d = text.charCodeAt(i);
        if (d === close) break;
        if (d !== 44 /* , */) throw DECLINE;
        i++;
        while (text.charCodeAt(i) === 32) i++;
        if (i >= line.end || text.charCodeAt(i) === close) throw DECLINE; // a trailing comma, or more on the next line
      }
    }
    if (i >= line.end) throw DECLINE;
    coll.range = [w, i + 1, i + 1];
    coll.items = compact(coll.items as unknown[]) as typeof coll.items;
    this.depth--;
    this.value = isMap ? obj : compact(arr);
    return coll;
  }

  /**
   * A scalar's text from `w`: plain (up to a `: `, a ` #`, the end of the line, and in flow a flow indicator) or
   * quoted (closed on the same line). `end` is after its last character (spaces excluded) or closing quote.
   */
  private scalarToken(line: Line, w: number, inFlow: boolean): Token {
    const text = this.text;
    const c = text.charCodeAt(w);
    if (c === 34 /* " */) return this.doubleQuoted(line, w);
    if (c === 39 /* ' */) return this.singleQuoted(line, w);
    // Indicators that cannot start a plain scalar, or start something outside the subset.
    if (w >= line.end || START_INDICATOR[c] === 1) throw DECLINE;
    if (c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) {
      const n = text.charCodeAt(w + 1);
      if (c !== 45 || w + 1 >= line.end || n === 32 || (inFlow && FLOW_INDICATOR[n] === 1)) throw DECLINE;
    }
    let i = w;
    let last = w; // after the last non-space character
    let stop: number = EOL;
    for (; i < line.end; i++) {
      const d = text.charCodeAt(i);
      if (d === 32) continue;
      if (d === 58 /* : */) {
        const n = i + 1 < line.end ? text.charCodeAt(i + 1) : 32;
        if (n === 32 || (inFlow && FLOW_INDICATOR[n] === 1)) {
          stop = COLON;
          break;
        }
      } else if (d === 35 /* # */ && text.charCodeAt(i - 1) === 32) {
        stop = COMMENT;
        break;
      } else if (inFlow && FLOW_INDICATOR[d] === 1) {
        stop = FLOW;
        break;
      }
      last = i + 1;
    }
    // `a :` (a space before the colon) is left to `yaml`.
    if (stop === COLON && last !== i) throw DECLINE;
    return this.token(text.slice(w, last), last, stop, Scalar.PLAIN);
  }

  private singleQuoted(line: Line, w: number): Token {
    const text = this.text;
    let value = '';
    let i = w + 1;
    for (;;) {
      const q = text.indexOf("'", i);
      if (q < 0 || q >= line.end) throw DECLINE;
      value += text.slice(i, q);
      if (text.charCodeAt(q + 1) === 39) {
        value += "'";
        i = q + 2;
      } else {
        i = q + 1;
        break;
      }
    }
    return this.afterQuote(line, value, i, Scalar.QUOTE_SINGLE);
  }

  private doubleQuoted(line: Line, w: number): Token {
    const text = this.text;
    let value = '';
    let i = w + 1;
    for (;;) {
      let j = i;
      let d = 0;
      while (j < line.end && (d = text.charCodeAt(j)) !== 34 && d !== 92) j++;
      if (j >= line.end) throw DECLINE;
      value += text.slice(i, j);
      if (d === 34) {
        i = j + 1;
        break;
      }
      // An escape.
      const e = text[j + 1];
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        value += simple;
        i = j + 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        value += String.fromCodePoint(parseInt(text.slice(j + 2, j + 6), 16));
        i = j + 6;
      } else throw DECLINE;
      if (i > line.end) throw DECLINE;
    }
    return this.afterQuote(line, value, i, Scalar.QUOTE_DOUBLE);
  }

  /** What follows a closing quote: a `:` (a key), or anything the caller checks. */
  private afterQuote(line: Line, value: string, i: number, type: Scalar.Type): Token {
    const c = this.text.charCodeAt(i);
    return this.token(value, i, c === 58 && (i + 1 >= line.end || this.text.charCodeAt(i + 1) === 32) ? COLON : EOL, type);
  }

  /** The scanner's one token, overwritten by the next `scalarToken`: every caller reads it before asking again. */
  private readonly tok: Token = { value: '', end: 0, stop: EOL, type: Scalar.PLAIN };

  private token(value: string, end: number, stop: number, type: Scalar.Type): Token {
    const t = this.tok;
    t.value = value;
    t.end = end;
    t.stop = stop;
    t.type = type;
    return t;
  }

  /** A plain scalar typed as `yaml`'s core schema types it. */
  private plain(src: string, start: number, end: number, nodeEnd: number): Scalar {
    let node: Scalar;
    let format: string | undefined;
    if (MAYBE_TYPED[src.charCodeAt(0)] === 1) {
      const tag = this.tags.find((t) => t.test!.test(src));
      if (tag) {
        const res = tag.resolve(
          src,
          () => {
            throw DECLINE;
          },
          OPTIONS,
        );
        node = isScalar(res) ? res : newScalar(res);
        format = tag.format;
      } else node = newScalar(src);
    } else node = newScalar(src);
    node.range = [start, end, nodeEnd];
    node.source = src;
    node.type = Scalar.PLAIN;
    if (format) node.format = format;
    return node;
  }

  private quoted(t: Token, start: number, end: number): Scalar {
    const node = newScalar(t.value);
    node.range = [start, end, end];
    node.source = t.value;
    node.type = t.type;
    return node;
  }
}

/**
 * A list that `push` gave room for at least 17 items, copied to its length: the document outlives the open, and
 * the garbage collector copies every slot of what survives.
 */
function compact<T>(list: T[]): T[] {
  return list.length < 17 ? list.slice() : list;
}

const EOL = 0;
const COLON = 1;
const COMMENT = 2;
const FLOW = 3;

interface Token {
  value: string;
  end: number;
  stop: number;
  type: Scalar.Type;
}

function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/** Characters that cannot start a plain scalar in the subset (quotes and flow openers are handled before). */
const START_INDICATOR = charTable(',[]{}#&*!|>\'"%@`');
const FLOW_INDICATOR = charTable(',[]{}');
/** First characters of every plain scalar the core schema types as other than a string (null, bool, int, float). */
const MAYBE_TYPED = charTable('~nNtTfF+-.0123456789');

/** Double-quoted escapes of one character, as `yaml` reads them. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
