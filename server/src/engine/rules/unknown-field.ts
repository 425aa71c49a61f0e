import type { Rule } from '../rule';
import { isNotAnInventory } from '../shape';

/** A key the schema does not know, with the nearest known key as a suggestion. */
export const unknownField: Rule = {
  meta: {
    id: 'unknown-field',
    defaultSeverity: 'warning',
    category: 'schema',
    description: 'A key the schema does not know (with a did-you-mean).',
  },
  check(ctx, report) {
    if (isNotAnInventory(ctx.parsed.value)) return; // one clear `missing-field` says it all
    for (const issue of ctx.shellIssues) if (issue.kind === 'unknown') report(issue);
  },
  checkEntry(entry, ctx, report) {
    for (const issue of ctx.entryIssues(entry)) if (issue.kind === 'unknown') report(issue);
  },
};
