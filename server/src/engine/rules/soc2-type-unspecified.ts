import { certificationItems, entryLabel } from '../entryNodes';
import type { Rule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** `soc2` without saying whether the report is Type I or Type II. */
export const soc2TypeUnspecified: Rule = {
  meta: {
    id: 'soc2-type-unspecified',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'SOC 2 is listed without its type (Type I or Type II).',
  },
  checkEntry(entry, ctx, report) {
    for (const { id, node } of certificationItems(ctx.model, entry)) {
      if (id !== 'soc2') continue;
      report({
        range: nodeRange(node),
        message: `SOC 2 in ${entryLabel(entry)} does not say its type: write \`soc2-type2\` (controls tested over a period) or \`soc2-type1\` (design at one date), as the report states.`,
        data: { certification: id, suggestion: 'soc2-type2', alternatives: ['soc2-type2', 'soc2-type1'] },
      });
    }
  },
};
