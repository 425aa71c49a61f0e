/** Small helpers over the `yaml` package's node tree: finding pairs by path and the ranges to underline. */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { InventoryFieldName } from './fields';
import type { OffsetRange } from './types';

export type PathSegment = string | number;

/** The range of a node's value (without trailing comments), or an empty range at `fallback`. */
export function nodeRange(node: unknown, fallback = 0): OffsetRange {
  const range = (node as Node | undefined)?.range;
  if (!range) return { start: fallback, end: fallback };
  return { start: range[0], end: range[1] };
}

export function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return k.value == null ? undefined : String(k.value);
  return typeof k === 'string' ? k : undefined;
}

/**
 * The pair of `map` whose key is the field `key` (the last one when a key repeats, as the parser keeps it). The
 * key is typed against the inventory's generated model, so a misspelt field fails to compile; a key that is
 * data (a path segment, a policy file's key) goes through `pairNamed`.
 */
export function findPair(map: unknown, key: InventoryFieldName): Pair | undefined {
  return pairNamed(map, key);
}

/** The pair of `map` whose key is the text `key` (the last one when a key repeats, as the parser keeps it). */
export function pairNamed(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  const items = map.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const k = items[i].key;
    // `keyText(items[i]) === key`, without a string made of every key that is already a string.
    if (isScalar(k) ? k.value === key || (k.value != null && typeof k.value !== 'string' && String(k.value) === key) : k === key)
      return items[i];
  }
  return undefined;
}

/** The range of a pair's key; for a pair with no key node, the value's. */
export function keyRange(pair: Pair): OffsetRange {
  if (pair.key && (pair.key as Node).range) return nodeRange(pair.key);
  return nodeRange(pair.value);
}

export interface Located {
  /** The node at the path (a value), if it exists. */
  node?: Node;
  /** The pair whose value is the node, when the node is a mapping value. */
  pair?: Pair;
  /** The deepest node found along the path, when the whole path does not exist. */
  deepest: Node | undefined;
  deepestPair?: Pair;
}

/** Walks `root` along `path` (mapping keys and sequence indices). */
export function locate(root: unknown, path: readonly PathSegment[]): Located {
  let node = root as Node | undefined;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const p = pairNamed(node, String(seg));
      if (!p) return { deepest: node, deepestPair: pair };
      pair = p;
      node = p.value as Node | undefined;
      if (!node) return { pair: p, deepest: undefined, deepestPair: p };
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return { deepest: node, deepestPair: pair };
      pair = isPair(item) ? item : undefined;
      node = (isPair(item) ? item.value : item) as Node;
    } else {
      return { deepest: node, deepestPair: pair };
    }
  }
  return { node, pair, deepest: node, deepestPair: pair };
}

/** The range to underline for the value at `path`: the value itself, else its key, else the nearest ancestor's key. */
export function valueRangeAt(root: unknown, path: readonly PathSegment[]): OffsetRange {
  const found = locate(root, path);
  if (found.node?.range && found.node.range[1] > found.node.range[0]) return nodeRange(found.node);
  if (found.pair) return keyRange(found.pair);
  if (found.node?.range) return nodeRange(found.node);
  if (found.deepestPair) return keyRange(found.deepestPair);
  return nodeRange(found.deepest);
}

/** The range to underline for the key at the end of `path` (a mapping key), falling back to the value. */
export function keyRangeAt(root: unknown, path: readonly PathSegment[]): OffsetRange {
  const found = locate(root, path);
  if (found.pair && typeof path[path.length - 1] === 'string') return keyRange(found.pair);
  return valueRangeAt(root, path);
}

/**
 * The range that names a mapping as a whole: for a sub-processor entry its `id` key, else its first key;
 * for a mapping under a key, that key.
 */
export function mappingNameRange(root: unknown, path: readonly PathSegment[]): OffsetRange {
  const found = locate(root, path);
  const node = found.node;
  if (typeof path[path.length - 1] === 'string' && found.pair) return keyRange(found.pair);
  if (isMap(node)) {
    const idPair = findPair(node, 'id') ?? (node as YAMLMap).items[0];
    if (idPair) return keyRange(idPair as Pair);
  }
  if (found.node?.range) return nodeRange(found.node);
  return valueRangeAt(root, path);
}

export function scalarString(node: unknown): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return undefined;
}

export type { Scalar };

/**
 * The path (mapping keys and sequence indices from `root`) of the deepest key or value whose range holds
 * `offset`: where a finding stands, in the document's own terms rather than its lines.
 */
export function pathAtOffset(root: unknown, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node = root as Node | undefined;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = (p.key as Node | null)?.range?.[0] ?? (p.value as Node | null)?.range?.[0];
        const end = (p.value as Node | null)?.range?.[1] ?? (p.key as Node | null)?.range?.[1];
        return start !== undefined && end !== undefined && offset >= start && offset <= end;
      });
      const key = pair && keyText(pair);
      if (!pair || key === undefined) return path;
      path.push(key);
      const k = (pair.key as Node | null)?.range;
      if (k && offset < k[1]) return path; // on the key itself
      node = pair.value as Node | undefined;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => {
        const r = (item as Node | null)?.range;
        return r != null && offset >= r[0] && offset <= r[1];
      });
      if (i < 0) return path;
      path.push(i);
      node = node.items[i] as Node | undefined;
    } else return path;
  }
}
