/** What several rules' fixes need to find in the document: the node a finding underlines, a certification item. */
import type { FixContext } from './ruleTypes';
import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { adequacyOn } from '../knowledge';
import { entryAt, type EntryModel } from './model';
import { normalizeCountry } from './selection';
import type { OffsetRange } from './types';
import { findPair, scalarString } from './yamlNodes';

/** The scalar whose range is exactly `range` (a finding's underlined key or value). */
export function nodeAt(result: FixContext, range: OffsetRange): Node | undefined {
  let found: Node | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.range && (range.start < n.range[0] || range.start > n.range[2])) return;
    if (isScalar(n) && n.range && n.range[0] === range.start && n.range[1] === range.end) {
      found = n;
      return;
    }
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (item && typeof item === 'object' && 'key' in (item as object)) {
          visit((item as { key: unknown }).key);
          visit((item as { value: unknown }).value);
        } else visit(item);
      }
    }
  };
  visit(result.model.root);
  return found;
}

/** A list's own values as plain strings (items with details by their id). */
export function seqIds(seq: YAMLSeq): string[] {
  return (seq.items as Node[]).map((i) => scalarString(isMap(i) ? findPair(i, 'id')?.value : i) ?? '');
}

export interface CertItem {
  entry: EntryModel;
  seq: YAMLSeq;
  index: number;
  /** The scalar that holds the id: the item, or its `id` for an item with details. */
  idNode: Node;
  text: string;
}

/** The item of an entry's own `certifications` that holds `range`. */
export function certificationItem(result: FixContext, range: OffsetRange): CertItem | undefined {
  const entry = entryAt(result.model, range.start);
  const seq = entry && findPair(entry.node, 'certifications')?.value;
  if (!entry || !isSeq(seq)) return undefined;
  for (let index = 0; index < seq.items.length; index++) {
    const item = seq.items[index] as Node;
    const idNode = isMap(item) ? (findPair(item, 'id')?.value as Node | undefined) : item;
    if (!item?.range || !idNode?.range || !isScalar(idNode)) continue;
    if (range.start >= item.range[0] && range.end <= item.range[1]) {
      const text = scalarString(idNode);
      if (text !== undefined) return { entry, seq: seq as YAMLSeq, index, idNode, text };
    }
  }
  return undefined;
}

/** The mechanisms valid for where the data goes: `dpf` only for the US, `adequacy` only for adequacy countries, `scc` otherwise. */
export function fittingMechanisms(outside: readonly string[], today: string): string[] {
  const countries = outside.map(normalizeCountry);
  if (!countries.length) return [];
  if (countries.every((c) => c === 'US')) return ['dpf', 'scc'];
  if (countries.every((c) => c !== 'GLOBAL' && adequacyOn(c, today))) return ['adequacy', 'scc'];
  return ['scc'];
}
