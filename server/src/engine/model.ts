/** The inventory model: where each part of the document is, and each entry's own and inherited fields. */
import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ParsedYaml } from './parse';
import type { OffsetRange } from './types';
import { findPair, nodeRange, scalarString, type PathSegment } from './yamlNodes';

export type PlainObject = Record<string, unknown>;

export interface EntryModel {
  /** Position in `subprocessors`. */
  readonly index: number;
  /** Path of the entry in the document: `['subprocessors', index]`. */
  readonly path: readonly PathSegment[];
  readonly node: Node | undefined;
  /** The entry's own fields, as written (undefined when the item is not a mapping). */
  readonly own: PlainObject | undefined;
  /** The entry's fields with those of `defaults` it does not set itself. */
  readonly effective: PlainObject;
  /** Keys of `effective` that come from `defaults`. */
  readonly inherited: ReadonlySet<string>;
  readonly id: string | undefined;
  /** The whole item, from its first key to the end of its last value. */
  readonly range: OffsetRange;
}

export interface InventoryModel {
  readonly root: Node | undefined;
  readonly value: PlainObject | undefined;
  readonly defaults: PlainObject;
  readonly defaultsNode: YAMLMap | undefined;
  readonly subprocessorsNode: YAMLSeq | undefined;
  readonly entries: readonly EntryModel[];
  /** Entries by id, in document order (more than one when an id repeats). */
  readonly byId: ReadonlyMap<string, EntryModel[]>;
}

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function buildModel(parsed: ParsedYaml): InventoryModel {
  const root = parsed.doc?.contents as Node | null | undefined;
  const value = isPlainObject(parsed.value) ? parsed.value : undefined;
  const defaults = value && isPlainObject(value.defaults) ? value.defaults : {};
  const defaultsPair = findPair(root, 'defaults');
  const defaultsNode = isMap(defaultsPair?.value) ? (defaultsPair.value as YAMLMap) : undefined;
  const subPair = findPair(root, 'subprocessors');
  const subprocessorsNode = isSeq(subPair?.value) ? (subPair.value as YAMLSeq) : undefined;
  const values = value && Array.isArray(value.subprocessors) ? value.subprocessors : [];
  const entries: EntryModel[] = [];
  const byId = new Map<string, EntryModel[]>();
  subprocessorsNode?.items.forEach((item, index) => {
    const node = item as Node | undefined;
    const own = isPlainObject(values[index]) ? (values[index] as PlainObject) : undefined;
    const inherited = new Set<string>();
    const effective: PlainObject = { ...(own ?? {}) };
    if (own) {
      for (const [k, v] of Object.entries(defaults)) {
        if (!(k in own)) {
          effective[k] = v;
          inherited.add(k);
        }
      }
    }
    const id = isMap(node) ? scalarString(findPair(node, 'id')?.value) : undefined;
    const entry: EntryModel = {
      index,
      path: ['subprocessors', index],
      node,
      own,
      effective,
      inherited,
      id,
      range: nodeRange(node, subprocessorsNode.range?.[0] ?? 0),
    };
    entries.push(entry);
    if (id !== undefined) {
      const list = byId.get(id);
      if (list) list.push(entry);
      else byId.set(id, [entry]);
    }
  });
  return { root: root ?? undefined, value, defaults, defaultsNode, subprocessorsNode, entries, byId };
}

/** The entry whose item contains `offset`, if any. */
export function entryAt(model: InventoryModel, offset: number): EntryModel | undefined {
  let lo = 0;
  let hi = model.entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = model.entries[mid];
    if (offset < e.range.start) hi = mid - 1;
    else if (offset > e.range.end) lo = mid + 1;
    else return e;
  }
  return undefined;
}
