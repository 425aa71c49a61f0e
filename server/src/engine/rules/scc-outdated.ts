import { entryLabel, transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { findPair, nodeRange, scalarString } from '../yamlNodes';
import { isMap, type Node } from 'yaml';

export interface SccOutdatedData {
  label: string;
  version: string;
}

/** The decisions of the repealed clauses (Commission Implementing Decision (EU) 2021/914, Art. 4). */
const REPEALED = ['2010/87/EU', '2004/915/EC', '2001/497/EC'];

/** Standard Contractual Clauses of a repealed set: without effect since 27 December 2022. */
export const sccOutdated = defineRule<SccOutdatedData>()({
  meta: {
    id: 'scc-outdated',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'A transfer relies on Standard Contractual Clauses of a repealed set (2010/87/EU, 2004/915/EC, 2001/497/EC), which have had no effect since 27 December 2022.',
    messages: {
      outdated:
        '{{label}}\'s transfer relies on the {{version}} clauses, repealed from 27 September 2021 and without effect since 27 December 2022: the transfer has no valid basis until the 2021/914 clauses are signed (module 3 for a processor\'s sub-processor). Then write `version: "2021/914"`.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const t of transferItemNodes(ctx.model, entry)) {
      if (t.mechanism !== 'scc') continue;
      const scc = findPair(t.item, 'scc')?.value;
      const versionNode = isMap(scc) ? (findPair(scc, 'version')?.value as Node | undefined) : undefined;
      const version = scalarString(versionNode);
      // The set named in the transfer's own words ("SCCs (2010/87/EU)") counts as well.
      const noteNode = findPair(t.item, 'note')?.value as Node | undefined;
      const inNote = REPEALED.find((v) => (scalarString(noteNode) ?? '').includes(v));
      if (version && REPEALED.includes(version))
        report({ range: nodeRange(versionNode), messageId: 'outdated', data: { label: entryLabel(entry, ctx.lang), version } });
      else if (!version && inNote)
        report({ range: nodeRange(noteNode), messageId: 'outdated', data: { label: entryLabel(entry, ctx.lang), version: inNote } });
    }
  },
});
