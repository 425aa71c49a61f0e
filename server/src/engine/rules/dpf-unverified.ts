import { addMonths, isIsoDate } from '../dates';
import { entryLabel, transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { findPair, nodeRange } from '../yamlNodes';

export interface DpfUnverifiedData {
  label: string;
  verified?: string;
}

/** How long a check of the DPF list stands: certifications are renewed each year. */
const MONTHS = 12;

/** The DPF relied on with no recent check of the entity's active listing. */
export const dpfUnverified = defineRule<DpfUnverifiedData>()({
  meta: {
    id: 'dpf-unverified',
    defaultSeverity: 'warning',
    category: 'transfer',
    description:
      "A transfer relies on the EU-US Data Privacy Framework with no check of the entity's active listing recorded (`verified`), or a check older than 12 months: only organisations active on the DPF list are covered.",
    messages: {
      never:
        "{{label}} relies on the Data Privacy Framework, and no check of its listing is recorded: the decision covers only organisations active on the DPF list (for the data concerned). Check the entity's entry on dataprivacyframework.gov and record the date in `verified`.",
      stale:
        "{{label}}'s DPF listing was last checked on {{verified}}, more than 12 months ago: certifications lapse when not renewed each year. Check the entry again and update `verified`.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const t of transferItemNodes(ctx.model, entry)) {
      if (t.mechanism !== 'dpf') continue;
      const node = findPair(t.item, 'verified')?.value as { value?: unknown; range?: unknown } | undefined;
      const verified = isIsoDate(node?.value) ? node.value : undefined;
      if (!verified) report({ range: nodeRange(t.mechanismNode), messageId: 'never', data: { label: entryLabel(entry, ctx.lang) } });
      else if (addMonths(verified, MONTHS) < ctx.today)
        report({ range: nodeRange(node as never), messageId: 'stale', data: { label: entryLabel(entry, ctx.lang), verified } });
    }
  },
});
