import type { Rule } from '../rule';
import { isNotAnInventory } from '../shape';

/** A required field is absent, counting the fields an entry inherits from `defaults`. */
export const missingField: Rule = {
  meta: {
    id: 'missing-field',
    defaultSeverity: 'error',
    category: 'schema',
    description: 'A required field is absent (own or inherited from `defaults`).',
  },
  check(ctx, report) {
    const value = ctx.parsed.value;
    if ((value === null || value === undefined) && ctx.parsed.problems.length === 0) {
      report({
        range: { start: 0, end: 0 },
        message: 'The inventory is empty: start it with `inventory:` (organization, contact, lastUpdated) and `subprocessors:`.',
        data: { field: 'inventory', parent: [] },
      });
      return;
    }
    if (isNotAnInventory(value)) {
      const first = ctx.model.root && (ctx.model.root as { range?: [number, number, number] }).range;
      const firstLine = first ? ctx.parsed.lines.positionAt(first[0]).line : 0;
      report({
        range: { start: first?.[0] ?? 0, end: first ? ctx.parsed.lines.lineEnd(firstLine) : 0 },
        message: 'This file is not a sub-processor inventory: it has neither `inventory:` nor `subprocessors:` at the top level.',
        data: { field: 'inventory', parent: [], notAnInventory: true },
      });
      return;
    }
    for (const issue of ctx.shellIssues) if (issue.kind === 'missing') report(issue);
  },
  checkEntry(entry, ctx, report) {
    for (const issue of ctx.entryIssues(entry)) if (issue.kind === 'missing') report(issue);
  },
};
