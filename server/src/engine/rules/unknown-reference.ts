import type { FixDraft } from '../ruleTypes';
import { fixTitle } from '../fixTitle';
import { isScalar, isSeq, type Node } from 'yaml';
import { closest } from '../../knowledge';
import { replaceScalarText } from '../edits';
import { nodeAt } from '../fixHelpers';
import { defineRule } from '../rule';
import { findPair, nodeRange, scalarString } from '../yamlNodes';

interface UnknownReferenceData {
  to: string;
  /** The closest id of another entry, if one is close. */
  suggestion?: string;
}

/** `dataFlows[].to` names an id that no entry has. */
export const unknownReference = defineRule<UnknownReferenceData>()({
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'error',
    category: 'reference',
    description: '`dataFlows[].to` names no entry.',
    fixable: 'review',
    messages: {
      unknownSuggest: 'No sub-processor has the id "{{to}}": did you mean "{{suggestion}}"?',
      unknown: 'No sub-processor has the id "{{to}}"; use the `id` of an entry of this file.',
      fixChange: 'Change the reference "{{to}}" to `{{suggestion}}`',
    },
  },
  check(ctx, report) {
    let ids: string[] | undefined;
    for (const entry of ctx.model.entries) {
      for (const { toNode, to } of referencesOf(entry.node)) {
        if (ctx.model.byId.has(to)) continue;
        ids ??= [...ctx.model.byId.keys()];
        const suggestion = closest(
          to,
          ids.filter((i) => i !== entry.id),
        );
        report({
          range: nodeRange(toNode),
          messageId: suggestion ? 'unknownSuggest' : 'unknown',
          data: suggestion ? { to, suggestion } : { to },
        });
      }
    }
  },
  // A did-you-mean is a guess: offered, never applied unseen.
  fix(finding, result): FixDraft[] {
    const node = nodeAt(result, finding.range);
    const suggestion = finding.data?.suggestion;
    if (!isScalar(node) || !suggestion) return [];
    const title = fixTitle('fixChange', { to: String(node.value), suggestion });
    return [{ title, findings: [finding], edits: [replaceScalarText(result.parsed.text, node, suggestion)], safe: false, preferred: true }];
  },
});

interface Reference {
  toNode: Node;
  to: string;
}

const NO_REFERENCES: readonly Reference[] = Object.freeze([]);

/**
 * The references of each entry node, found once: this rule reads every entry on each keystroke, and an entry an
 * edit did not touch keeps its node (only its ranges move, in place, and `nodeRange` reads them when reporting).
 */
const referencesByNode = new WeakMap<object, readonly Reference[]>();

function referencesOf(node: Node | undefined): readonly Reference[] {
  if (!node) return NO_REFERENCES;
  let found = referencesByNode.get(node);
  if (!found) {
    const list: Reference[] = [];
    const flows = findPair(node, 'dataFlows')?.value;
    if (isSeq(flows)) {
      for (const flow of flows.items) {
        const toNode = findPair(flow, 'to')?.value as Node | undefined;
        const to = scalarString(toNode);
        if (toNode && to !== undefined) list.push({ toNode, to });
      }
    }
    found = list.length ? list : NO_REFERENCES;
    referencesByNode.set(node, found);
  }
  return found;
}
