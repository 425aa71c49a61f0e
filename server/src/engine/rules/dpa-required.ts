import { entryLabel } from '../entryNodes';
import type { Rule } from '../rule';
import { mappingNameRange } from '../yamlNodes';

/** An entry with no `dpa` of its own and none inherited from `defaults`. */
export const dpaRequired: Rule = {
  meta: {
    id: 'dpa-required',
    defaultSeverity: 'error',
    category: 'transfer',
    description: 'A sub-processor has no `dpa` (data processing agreement, addendum or terms), neither its own nor inherited from `defaults`.',
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || entry.effective.dpa !== undefined && entry.effective.dpa !== null) return;
    report({
      range: mappingNameRange(ctx.model.root, entry.path),
      message: `${entryLabel(entry)} has no DPA (GDPR Art. 28(3) requires a contract with every sub-processor): add \`dpa: { type: dpa }\`, or set it once under \`defaults\`.`,
      data: { field: 'dpa' },
    });
  },
};
