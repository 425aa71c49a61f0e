import { entryRef, type EntryRef } from '../facts';
import { isMap, type Node } from 'yaml';
import { transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { findPair, nodeRange } from '../yamlNodes';

interface SccModuleData {
  label: EntryRef;
  module: number;
}

/**
 * A module of the 2021/914 clauses that does not fit a sub-processor: Module 1 (controller to controller) or
 * Module 4 (processor to controller). A processor's sub-processor signs Module 3 (processor to processor), a
 * controller's processor Module 2 (Decision (EU) 2021/914 and its Q&A). Which of 2 and 3 fits depends on the
 * organisation's own role, which the inventory does not state: neither is reported.
 */
export const sccModule = defineRule<SccModuleData>()({
  meta: {
    id: 'scc-module',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      "A transfer to a sub-processor relies on Module 1 (controller to controller) or Module 4 (processor to controller) of the 2021/914 clauses, which do not fit its role: Module 3 (processor to processor) for a processor's sub-processor, Module 2 for a controller's processor.",
    messages: {
      wrongModule:
        "{{label}}'s transfer relies on Module {{module}} of the 2021/914 clauses, which does not fit a sub-processor (Module 1 is controller to controller, Module 4 processor to controller): the clauses signed must match the roles, Module 3 (processor to processor) when you are a processor, Module 2 (controller to processor) when you are the controller. Sign the module that fits, then write it in `scc.module`.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const t of transferItemNodes(ctx.model, entry)) {
      if (t.mechanism !== 'scc') continue;
      const scc = findPair(t.item, 'scc')?.value;
      const node = isMap(scc) ? (findPair(scc, 'module')?.value as (Node & { value?: unknown }) | undefined) : undefined;
      const module = node?.value;
      if (module !== 1 && module !== 4) continue;
      report({ range: nodeRange(node), messageId: 'wrongModule', data: { label: entryRef(entry), module } });
    }
  },
});
