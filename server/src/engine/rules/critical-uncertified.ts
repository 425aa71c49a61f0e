import { entryLabel, fieldKeyRange } from '../entryNodes';
import type { Rule } from '../rule';

/** A critical entry with no certification that counts under the policy. */
export const criticalUncertified: Rule = {
  meta: {
    id: 'critical-uncertified',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'A critical sub-processor holds no current certification that counts under the policy (by default SOC 2 Type II or ISO 27001).',
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || entry.effective.criticality !== 'critical') return;
    const a = ctx.assess(entry);
    if (a.certified) return;
    const wanted = ctx.policy.certified.map((c) => `\`${c}\``).join(' or ');
    report({
      range: fieldKeyRange(ctx.model, entry, ['certifications']),
      message: `${entryLabel(entry)} is critical but holds no current certification that counts (${wanted}): obtain its report or certificate, or choose a certified provider.`,
      data: { counting: ctx.policy.certified },
    });
  },
};
