import { isMap, isScalar, type Node } from 'yaml';
import { entryRef, type EntryRef } from '../facts';
import { defineRule } from '../rule';
import { entryNameRange } from '../entryNodes';
import { findPair, mappingNameRange, nodeRange, scalarString, type PathSegment } from '../yamlNodes';
import type { OffsetRange } from '../types';

/** Whose facts a finding lists: an entry, the inventory's own header, or `defaults`. Language-neutral. */
interface UnstatedFactData {
  owner: 'entry' | 'inventory' | 'defaults';
  /** The entry, when the owner is one (named at the edge by its id, else its place in the list). */
  entry?: EntryRef;
  /** The unknown fields, as paths below the owner (`dataLocation.countries`), in document order. */
  fields: string[];
  /** How many: `fields.length`. */
  count: number;
}

/** The data of one related location: the field whose value is `unknown`. */
interface UnstatedFieldData {
  field: string;
}

/** Every value `unknown` under `owner` (an entry or `defaults`), with its path below it. */
function unknownValues(owner: Node | undefined, depthLimit = 1): { node: Node; path: PathSegment[] }[] {
  const out: { node: Node; path: PathSegment[] }[] = [];
  // The entry's fields, and one level below them (`dataLocation.countries`, `personalData.level`...).
  const visit = (node: unknown, path: PathSegment[], depth: number) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = scalarString(pair.key);
      if (key === undefined) continue;
      const value = pair.value as Node | null;
      if (isScalar(value) && value.value === 'unknown' && value.range) out.push({ node: value, path: [...path, key] });
      else if (isMap(value) && depth < depthLimit) visit(value, [...path, key], depth + 1);
    }
  };
  visit(owner, [], 0);
  return out;
}

type Found = ReturnType<typeof unknownValues>;

/** The finding's related locations: each unknown value, with its field. */
function relatedOf(found: Found): { range: OffsetRange; messageId: 'field'; data: UnstatedFieldData }[] {
  return found.map(({ node, path }) => ({ range: nodeRange(node), messageId: 'field', data: { field: path.join('.') } }));
}

function dataOf(owner: UnstatedFactData['owner'], found: Found, entry?: EntryRef): UnstatedFactData {
  const fields = found.map(({ path }) => path.join('.'));
  return { owner, ...(entry ? { entry } : {}), fields, count: fields.length };
}

/**
 * Values `unknown`: facts not known yet (a published page did not state them, a vendor has not answered). A
 * to-do list, not a fault: one finding per entry (and one for the inventory's header, one for `defaults`) at
 * its name, listing the fields, each value pointed at as a related location. No other rule reads `unknown` as
 * absent or false. No fix: only the user can state the fact, and a placeholder would turn a to-do into an
 * error (`placeholder-value`) without stating anything more.
 */
export const unstatedFact = defineRule<UnstatedFactData>()({
  meta: {
    id: 'unstated-fact',
    defaultSeverity: 'info',
    category: 'hygiene',
    description: 'Facts not known yet (`unknown`): one finding per entry lists them, each value pointed at.',
    messages: {
      entry: 'To find out for {{entry}} (from the contract, the trust centre or the vendor): {{fields}}.',
      inventory: 'To find out for the inventory itself: {{fields}}.',
      defaults: 'To find out in `defaults` (inherited by every entry that does not set its own): {{fields}}.',
      field: '`{{field}}` is not known yet',
    },
  },
  check(ctx, report) {
    // The inventory's own header (organization, contact, lastUpdated), then `defaults`.
    const header = findPair(ctx.model.root, 'inventory')?.value as Node | undefined;
    const owners = [
      ['inventory', unknownValues(header, 0)],
      ['defaults', unknownValues(ctx.model.defaultsNode)],
    ] as const;
    for (const [owner, found] of owners) {
      if (!found.length) continue;
      report({ range: mappingNameRange(ctx.model.root, [owner]), messageId: owner, data: dataOf(owner, found), related: relatedOf(found) });
    }
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const found = unknownValues(entry.node);
    if (!found.length) return;
    report({
      range: entryNameRange(ctx.model, entry),
      messageId: 'entry',
      data: dataOf('entry', found, entryRef(entry)),
      related: relatedOf(found),
    });
  },
});
