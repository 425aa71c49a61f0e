import { entryRef, type EntryRef } from '../facts';
import { isMap, type Node } from 'yaml';
import { transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { findPair, nodeRange, scalarString } from '../yamlNodes';

interface BcrOutsideGroupData {
  label: EntryRef;
}

/**
 * Binding corporate rules relied on for a transfer to a company outside the group that adopted them. Processor
 * BCRs (BCR-P) approved for a vendor's group cover that vendor's transfers to members of its own group (WP257
 * rev.01): recorded as `bcr: { group: vendor }`, they are no finding. Your own group's BCRs (`group: organisation`)
 * cited for a vendor outside your group always are. Whose BCRs they are is a fact only the user knows: when it is
 * not stated, the finding asks for it (a warning), and states nothing.
 */
export const bcrOutsideGroup = defineRule<BcrOutsideGroupData>()({
  meta: {
    id: 'bcr-outside-group',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      "A transfer relies on binding corporate rules for a company outside the group that adopted them (your group's BCRs for an outside vendor), or does not say whose BCRs they are: BCRs only cover transfers within that group (GDPR Art. 47; WP257 rev.01).",
    messages: {
      outside:
        "{{label}} is not a company of your group (`relationship: affiliate`), yet its transfers rely on your group's binding corporate rules: BCRs bind the members of the group that adopted them only (GDPR Art. 47(1)), so a transfer to an outside vendor needs its own mechanism (such as `scc`).",
      unstated:
        "{{label}}'s transfers rely on binding corporate rules, and the inventory does not say whose: the processor BCRs approved for {{label}}'s own group cover its transfers to members of that group (write `bcr: { group: vendor }`); your own group's BCRs never cover a vendor outside it (then it needs its own mechanism, such as `scc`).",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || entry.effective.relationship === 'affiliate') return;
    for (const t of transferItemNodes(ctx.model, entry)) {
      if (t.mechanism !== 'bcr') continue;
      const bcr = findPair(t.item, 'bcr')?.value;
      const group = isMap(bcr) ? scalarString(findPair(bcr, 'group')?.value as Node | undefined) : undefined;
      if (group === 'vendor') continue;
      const data = { label: entryRef(entry) };
      if (group === 'organisation') report({ range: nodeRange(t.mechanismNode), messageId: 'outside', data });
      else report({ range: nodeRange(t.mechanismNode), messageId: 'unstated', data, severity: 'warning' });
    }
  },
});
