import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { entryNameRange } from '../entryNodes';
import { defineRule } from '../rule';

interface TierJustificationData {
  label: EntryRef;
  tier: number;
  /** Why it is in that tier, written from the assessment. */
  grounds: Fact;
  field: 'selectionRationale';
}

/** An entry in a lower tier (2, 3, ...) without a `selectionRationale`. */
export const tierJustification = defineRule<TierJustificationData>()({
  meta: {
    id: 'tier-justification',
    defaultSeverity: 'info',
    category: 'selection',
    description: 'A sub-processor in a tier below the first has no `selectionRationale` saying why no higher-tier provider was chosen.',
    messages: {
      noRationale: '{{label}} is in tier {{tier}}: {{grounds}}. Add a `selectionRationale` saying why no higher-tier provider was chosen.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (a.tier === undefined || a.tier < 2 || a.affiliate) return;
    const rationale = entry.effective.selectionRationale;
    if (typeof rationale === 'string' && rationale.trim() !== '') return;
    report({
      range: entryNameRange(ctx.model, entry),
      messageId: 'noRationale',
      data: { label: entryRef(entry), tier: a.tier, grounds: { fact: 'tierGrounds', assessment: a }, field: 'selectionRationale' },
    });
  },
});
