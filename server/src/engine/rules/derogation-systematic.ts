import { entryLabel, transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

export interface DerogationSystematicData {
  label: string;
}

/** An Art. 49 derogation as the basis of a sub-processor's transfers: a recurring relationship they do not fit. */
export const derogationSystematic = defineRule<DerogationSystematicData>()({
  meta: {
    id: 'derogation-systematic',
    defaultSeverity: 'warning',
    category: 'transfer',
    description:
      "A sub-processor's transfers rely on an Art. 49 derogation: derogations are for occasional, non-repetitive transfers, not for the regular flows of a service provider (EDPB Guidelines 2/2018).",
    messages: {
      systematic:
        "{{label}}'s transfers rely on an Art. 49 derogation, which is for occasional transfers and is read restrictively (EDPB Guidelines 2/2018): a sub-processor receives data as a matter of course, so its transfers need Art. 46 safeguards (such as `scc`) or an adequacy decision.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const t of transferItemNodes(ctx.model, entry))
      if (t.mechanism === 'derogation')
        report({ range: nodeRange(t.mechanismNode), messageId: 'systematic', data: { label: entryLabel(entry, ctx.lang) } });
  },
});
