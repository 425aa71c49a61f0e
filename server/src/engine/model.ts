/** The inventory model: where each part of the document is, and each entry's own and inherited fields. */
import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EntryFields, InventoryFields } from './fields';
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
  readonly own: EntryFields | undefined;
  /** The entry's fields with those of `defaults` it does not set itself. */
  readonly effective: EntryFields;
  /** Keys of `effective` that come from `defaults`. */
  readonly inherited: ReadonlySet<string>;
  readonly id: string | undefined;
  /** The whole item, from its first key to the end of its last value. */
  readonly range: OffsetRange;
}

export interface InventoryModel {
  readonly root: Node | undefined;
  readonly value: InventoryFields | undefined;
  readonly defaults: EntryFields;
  readonly defaultsNode: YAMLMap | undefined;
  readonly subprocessorsNode: YAMLSeq | undefined;
  readonly entries: readonly EntryModel[];
  /** Entries by id, in document order (more than one when an id repeats). */
  readonly byId: ReadonlyMap<string, EntryModel[]>;
}

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `defaults` of an inventory without any (one object, so that models of successive versions share it). */
const NO_DEFAULTS: PlainObject = Object.freeze({}) as PlainObject;

/**
 * The model of a parsed inventory. With `previous` (the model of the version before an edit), an entry whose
 * node and value are unchanged (an edit elsewhere keeps both) and whose defaults are the same is taken over.
 */
export function buildModel(parsed: ParsedYaml, previous?: InventoryModel): InventoryModel {
  const root = parsed.doc?.contents as Node | null | undefined;
  const value = isPlainObject(parsed.value) ? parsed.value : undefined;
  const defaults = value && isPlainObject(value.defaults) ? value.defaults : NO_DEFAULTS;
  const defaultsPair = findPair(root, 'defaults');
  const defaultsNode = isMap(defaultsPair?.value) ? (defaultsPair.value as YAMLMap) : undefined;
  const subPair = findPair(root, 'subprocessors');
  const subprocessorsNode = isSeq(subPair?.value) ? (subPair.value as YAMLSeq) : undefined;
  const values = value && Array.isArray(value.subprocessors) ? value.subprocessors : [];
  const entries: EntryModel[] = [];
  const byId = new Map<string, EntryModel[]>();
  const reuse = previous && previous.defaults === defaults ? previous.entries : undefined;
  subprocessorsNode?.items.forEach((item, index) => {
    const node = item as Node | undefined;
    const own = isPlainObject(values[index]) ? (values[index] as PlainObject) : undefined;
    const range = nodeRange(node, subprocessorsNode.range?.[0] ?? 0);
    const before = reuse?.[index];
    let entry: EntryModel;
    if (before && node && before.node === node && before.own === own) {
      entry = before.range.start === range.start && before.range.end === range.end ? before : { ...before, range };
    } else {
      const inherited = new Set<string>();
      const effective: PlainObject = { ...(own ?? {}) };
      if (own) {
        for (const k in defaults) {
          if (!(k in own)) {
            effective[k] = defaults[k];
            inherited.add(k);
          }
        }
      }
      const id = isMap(node) ? scalarString(findPair(node, 'id')?.value) : undefined;
      entry = { index, path: ['subprocessors', index], node, own, effective, inherited, id, range };
    }
    entries.push(entry);
    const id = entry.id;
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
