/**
 * Where an entry's facts are written, for rules that underline them: a field of the entry itself or, when
 * the entry inherits it, the same field under `defaults`; the entry's name; its certification items.
 */
import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import type { EntryFieldPath } from './fields';
import type { EntryModel, InventoryModel } from './model';
import type { OffsetRange } from './types';
import { findPair, keyRange, locate, mappingNameRange, nodeRange, scalarString, type Located } from './yamlNodes';

/** The node at `path` (relative to the entry): in the entry, or under `defaults` when the entry inherits the field. */
export function locateField(model: InventoryModel, entry: EntryModel, path: EntryFieldPath): Located {
  const first = path[0];
  if (typeof first === 'string' && entry.inherited.has(first)) return locate(model.defaultsNode, path);
  return locate(entry.node, path);
}

/** The range of the value at `path` (relative to the entry), falling back to its key, then to the entry's name. */
export function fieldValueRange(model: InventoryModel, entry: EntryModel, path: EntryFieldPath): OffsetRange {
  const found = locateField(model, entry, path);
  if (found.node?.range && found.node.range[1] > found.node.range[0]) return nodeRange(found.node);
  if (found.pair) return keyRange(found.pair);
  return entryNameRange(model, entry);
}

/** The range of the key at the end of `path` (relative to the entry), falling back to the entry's name. */
export function fieldKeyRange(model: InventoryModel, entry: EntryModel, path: EntryFieldPath): OffsetRange {
  const found = locateField(model, entry, path);
  if (found.pair) return keyRange(found.pair);
  return entryNameRange(model, entry);
}

/** The entry's `id` value (its name in the file), else the range `missing-field` uses for the entry. */
export function entryNameRange(model: InventoryModel, entry: EntryModel): OffsetRange {
  const idNode = findPair(entry.node, 'id')?.value as Node | undefined;
  if (idNode?.range && idNode.range[1] > idNode.range[0]) return nodeRange(idNode);
  return mappingNameRange(model.root, entry.path);
}

interface CertificationItem {
  /** The id as written (a plain item, or the `id:` of an object item). */
  id: string;
  /** The node to underline: the plain item, or the object's `id` value. */
  node: Node;
  /** The whole item (a scalar or a mapping). */
  item: Node;
}

/**
 * What a function of an entry's nodes gave for the last entry it was asked about, while that entry's node and the
 * model's `defaults` node are the same ones: the lint driver runs every rule over one entry before the next, and
 * several rules ask for the same items. One slot, so nothing is kept per entry (the workspace scan checks
 * thousands of files and keeps their results). Callers only read the arrays.
 */
function perEntry<T>(compute: (model: InventoryModel, entry: EntryModel) => T): (model: InventoryModel, entry: EntryModel) => T {
  let last: { entry: EntryModel; node: unknown; defaults: unknown; value: T } | undefined;
  return (model, entry) => {
    if (last && last.entry === entry && last.node === entry.node && last.defaults === model.defaultsNode) return last.value;
    const value = compute(model, entry);
    last = { entry, node: entry.node, defaults: model.defaultsNode, value };
    return value;
  };
}

/** The entry's certification items with the node of each id (own or inherited). */
export const certificationItems: (model: InventoryModel, entry: EntryModel) => readonly CertificationItem[] =
  perEntry(findCertificationItems);

function findCertificationItems(model: InventoryModel, entry: EntryModel): CertificationItem[] {
  const list = locateField(model, entry, ['certifications']).node;
  if (!isSeq(list)) return [];
  const items: CertificationItem[] = [];
  for (const raw of list.items) {
    const item = raw as Node;
    if (isMap(item)) {
      const idNode = findPair(item, 'id')?.value as Node | undefined;
      const id = scalarString(idNode);
      if (idNode && id !== undefined) items.push({ id, node: idNode, item });
    } else {
      const id = scalarString(item);
      if (id !== undefined) items.push({ id, node: item, item });
    }
  }
  return items;
}

interface TransferItemNode {
  /** The item's index among the entry's transfers (0 for the single-object form). */
  index: number;
  item: YAMLMap;
  mechanism?: string;
  /** The `mechanism` value's node, to underline. */
  mechanismNode?: Node;
}

/** The entry's transfer items as nodes, in both forms (one object, or a list), own or inherited. */
export const transferItemNodes: (model: InventoryModel, entry: EntryModel) => readonly TransferItemNode[] = perEntry(findTransferItemNodes);

function findTransferItemNodes(model: InventoryModel, entry: EntryModel): TransferItemNode[] {
  const transfer = locateField(model, entry, ['transfer']).node;
  const maps = isMap(transfer) ? [transfer] : isSeq(transfer) ? transfer.items.filter((i): i is YAMLMap => isMap(i)) : [];
  return maps.map((item, index) => {
    const mechanismNode = findPair(item, 'mechanism')?.value as Node | undefined;
    return { index, item, mechanism: scalarString(mechanismNode), mechanismNode };
  });
}
