import { fixTitle, type FixDraft } from '../fixes';
import { entryRef, type EntryRef } from '../facts';
import { isMap, isScalar, type Node } from 'yaml';
import { nodeAt } from '../fixHelpers';
import { placeholderYaml } from '../placeholder';
import { defineRule } from '../rule';
import { schemaAt } from '../schemaWalk';
import { findPair, nodeRange, scalarString, type PathSegment } from '../yamlNodes';

export interface UnstatedFactData {
  /** Where the value is: the entry, or `defaults`. */
  label: EntryRef | string;
  /** The field, as a path below the entry (`dataLocation.countries`). */
  field: string;
  /** The path of the value from the document root, for the fix. */
  path: PathSegment[];
}

/** Every value `unknown` under `owner` (an entry or `defaults`), with its path below it. */
function unknownValues(owner: Node | undefined, base: readonly PathSegment[]): { node: Node; path: PathSegment[] }[] {
  const out: { node: Node; path: PathSegment[] }[] = [];
  // The entry's fields, and one level below them (`dataLocation.countries`, `personalData.level`...).
  const visit = (node: unknown, path: PathSegment[], depth: number) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = scalarString(pair.key);
      if (key === undefined) continue;
      const value = pair.value as Node | null;
      if (isScalar(value) && value.value === 'unknown' && value.range) out.push({ node: value, path: [...path, key] });
      else if (isMap(value) && depth < 1) visit(value, [...path, key], depth + 1);
    }
  };
  visit(owner, [...base], 0);
  return out;
}

/**
 * A field whose value is `unknown`: the fact is not known yet (a published page did not state it, a vendor
 * has not answered). One finding per field, at the value. No other rule reads `unknown` as absent or false.
 */
export const unstatedFact = defineRule<UnstatedFactData>()({
  meta: {
    id: 'unstated-fact',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description: 'A field is `unknown`: the fact is not known yet (one finding per field).',
    fixable: 'review',
    messages: {
      unknown:
        '`{{field}}` of {{label}} is not known yet: find it out (from the contract, the trust centre or the vendor) and write it here.',
      fixPlaceholder: 'Replace `unknown` with a placeholder to fill in ({{field}})',
    },
  },
  check(ctx, report) {
    // The inventory's own header (organization, contact, lastUpdated), then `defaults`.
    const header = findPair(ctx.model.root, 'inventory')?.value as Node | undefined;
    for (const { node, path } of unknownValues(header, ['inventory']).filter((u) => u.path.length === 2)) {
      report({ range: nodeRange(node), messageId: 'unknown', data: { label: 'the inventory', field: String(path[1]), path } });
    }
    for (const { node, path } of unknownValues(ctx.model.defaultsNode, ['defaults'])) {
      report({ range: nodeRange(node), messageId: 'unknown', data: { label: '`defaults`', field: path.slice(1).join('.'), path } });
    }
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const { node, path } of unknownValues(entry.node, entry.path)) {
      report({
        range: nodeRange(node),
        messageId: 'unknown',
        data: { label: entryRef(entry), field: path.slice(2).join('.'), path },
      });
    }
  },
  // The placeholder says what is to be found out, and `placeholder-value` keeps it visible; it is no fact
  // either, so it is offered, never applied unseen (fix all would only trade one blank for another).
  fix(finding, result): FixDraft[] {
    const node = nodeAt(result, finding.range);
    const path = finding.data?.path;
    if (!isScalar(node) || !path || path[0] === 'defaults' || path[0] === 'inventory') return [];
    const key = String(path[path.length - 1]);
    const text = placeholderYaml(key, schemaAt('inventory', path));
    const title = fixTitle('fixPlaceholder', { field: finding.data!.field });
    return [{ title, findings: [finding], edits: [{ range: finding.range, text }], safe: false }];
  },
});
