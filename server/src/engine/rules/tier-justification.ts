import { entryLabel, entryNameRange } from '../entryNodes';
import type { Rule } from '../rule';

/** An entry in a lower tier (2, 3, ...) without a `selectionRationale`. */
export const tierJustification: Rule = {
  meta: {
    id: 'tier-justification',
    defaultSeverity: 'info',
    category: 'selection',
    description: 'A sub-processor in a tier below the first has no `selectionRationale` saying why no higher-tier provider was chosen.',
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (a.tier === undefined || a.tier < 2) return;
    const rationale = entry.effective.selectionRationale;
    if (typeof rationale === 'string' && rationale.trim() !== '') return;
    report({
      range: entryNameRange(ctx.model, entry),
      message: `${entryLabel(entry)} is in tier ${a.tier} (${a.reason.replace(/^Tier \d+: /, '').replace(/\.$/, '')}): add a \`selectionRationale\` saying why no higher-tier provider was chosen.`,
      data: { tier: a.tier, field: 'selectionRationale' },
    });
  },
};
