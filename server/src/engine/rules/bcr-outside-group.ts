import { entryLabel, transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

export interface BcrOutsideGroupData {
  label: string;
}

/** Binding corporate rules relied on for an entity outside the organisation's group. */
export const bcrOutsideGroup = defineRule<BcrOutsideGroupData>()({
  meta: {
    id: 'bcr-outside-group',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'A transfer to a sub-processor that is not a company of the group (`relationship: affiliate`) relies on binding corporate rules, which only cover transfers within a group (GDPR Art. 47).',
    messages: {
      outside:
        "{{label}} is not recorded as a company of your group (`relationship: affiliate`), yet its transfers rely on binding corporate rules: BCRs bind the group's members only (GDPR Art. 47(1)), so a transfer to an outside vendor needs its own mechanism (such as `scc`). If it is a group company, write `relationship: affiliate`.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || entry.effective.relationship === 'affiliate') return;
    for (const t of transferItemNodes(ctx.model, entry))
      if (t.mechanism === 'bcr')
        report({ range: nodeRange(t.mechanismNode), messageId: 'outside', data: { label: entryLabel(entry, ctx.lang) } });
  },
});
