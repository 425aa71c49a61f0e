import { entryRef, type EntryRef } from '../facts';
import { transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { invalidClauses } from '../sccClauses';
import { findPair, nodeRange } from '../yamlNodes';
import { isMap, type Node } from 'yaml';

interface SccOutdatedData {
  label: EntryRef;
  version: string;
}

/**
 * Standard Contractual Clauses that are no transfer basis: a repealed set (without effect since 27 December 2022),
 * named by `scc.version`, by the transfer's note ("2010 model clauses") or by a mechanism written as text ("EU
 * Model Clauses (2010)"); or the Art. 28(7) clauses of Decision 2021/915 offered as transfer clauses.
 */
export const sccOutdated = defineRule<SccOutdatedData>()({
  meta: {
    id: 'scc-outdated',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'A transfer relies on Standard Contractual Clauses of a repealed set (2010/87/EU, 2004/915/EC, 2001/497/EC), which have had no effect since 27 December 2022, whether named by `scc.version`, a note or the mechanism text ("2010 model clauses"); or on the Art. 28(7) clauses of Decision 2021/915, which are not a transfer tool.',
    messages: {
      outdated:
        '{{label}}\'s transfer relies on the {{version}} clauses, repealed from 27 September 2021 and without effect since 27 December 2022: the transfer has no valid basis until the 2021/914 clauses are signed (module 3 for a processor\'s sub-processor). Then write `version: "2021/914"`.',
      art28:
        '{{label}}\'s transfer relies on the 2021/915 clauses: those are the Art. 28(7) clauses between controller and processor inside the EEA, not a transfer tool, so the transfer has no basis from them. Transfer clauses are the 2021/914 set (module 3 for a processor\'s sub-processor): write `mechanism: scc` with `version: "2021/914"` once they are signed.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const t of transferItemNodes(ctx.model, entry)) {
      const clauses = invalidClauses(t.item.toJSON() as Record<string, unknown>);
      if (!clauses) continue;
      // Underline where the clauses are named: the version, else the note, else the mechanism written as text.
      const scc = findPair(t.item, 'scc')?.value;
      const versionNode = isMap(scc) ? (findPair(scc, 'version')?.value as Node | undefined) : undefined;
      const noteNode = findPair(t.item, 'note')?.value as Node | undefined;
      const node = t.mechanism !== 'scc' ? t.mechanismNode : (versionNode ?? noteNode ?? t.mechanismNode);
      report({
        range: nodeRange(node),
        messageId: clauses.kind === 'art28' ? 'art28' : 'outdated',
        data: { label: entryRef(entry), version: clauses.version },
      });
    }
  },
});
