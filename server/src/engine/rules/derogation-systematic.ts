import { entryRef, type EntryRef } from '../facts';
import { transferItemNodes } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

interface DerogationSystematicData {
  label: EntryRef;
}

/** An Art. 49 derogation as the basis of a sub-processor's transfers: a recurring relationship they do not fit. */
export const derogationSystematic = defineRule<DerogationSystematicData>()({
  meta: {
    id: 'derogation-systematic',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      "A sub-processor's transfers rely on an Art. 49 derogation, which is not a safeguard: derogations apply only where there is neither adequacy nor an Art. 46 safeguard, for occasional, non-repetitive transfers; a sub-processor relationship is structural, so relying on one has no basis (GDPR Art. 49; EDPB Guidelines 2/2018).",
    messages: {
      systematic:
        "{{label}}'s transfers rely on an Art. 49 derogation, which is not a safeguard: it applies only where there is neither adequacy nor an Art. 46 safeguard, for occasional and non-repetitive transfers (EDPB Guidelines 2/2018). A sub-processor receives data as a matter of course, so these transfers have no basis: put Art. 46 safeguards in place (such as `scc`) or rely on an adequacy decision.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const t of transferItemNodes(ctx.model, entry))
      if (t.mechanism === 'derogation')
        report({ range: nodeRange(t.mechanismNode), messageId: 'systematic', data: { label: entryRef(entry) } });
  },
});
