import type { FixDraft } from '../ruleTypes';
import { fixTitle } from '../fixTitle';
import { isScalar, isSeq } from 'yaml';
import { closest } from '../../knowledge';
import { replaceScalarText } from '../edits';
import { nodeAt } from '../fixHelpers';
import { defineRule } from '../rule';
import { findPair, nodeRange, scalarString } from '../yamlNodes';

export interface UnknownReferenceData {
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
    const ids = [...ctx.model.byId.keys()];
    for (const entry of ctx.model.entries) {
      const flows = findPair(entry.node, 'dataFlows')?.value;
      if (!isSeq(flows)) continue;
      for (const flow of flows.items) {
        const toNode = findPair(flow, 'to')?.value;
        const to = scalarString(toNode);
        if (to === undefined || ctx.model.byId.has(to)) continue;
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
