import { isSeq } from 'yaml';
import type { Rule } from '../rule';
import { closest } from '../../knowledge';
import { findPair, nodeRange, scalarString } from '../yamlNodes';

/** `dataFlows[].to` names an id that no entry has. */
export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'error',
    category: 'reference',
    description: '`dataFlows[].to` names no entry.',
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
        const suggestion = closest(to, ids.filter((i) => i !== entry.id));
        report({
          range: nodeRange(toNode),
          message: `No sub-processor has the id "${to}"${suggestion ? `: did you mean "${suggestion}"?` : '; use the `id` of an entry of this file.'}`,
          data: suggestion ? { to, suggestion } : { to },
        });
      }
    }
  },
};
