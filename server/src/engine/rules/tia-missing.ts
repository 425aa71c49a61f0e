import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { transferItemNodes } from '../entryNodes';
import { destinations } from '../reach';
import { defineRule } from '../rule';
import { findPair, nodeRange } from '../yamlNodes';

interface TiaMissingData {
  label: EntryRef;
  mechanism: string;
  countries: string[];
  /** Where the transfers go, as the message says it after "its transfers" ("to every country the data may reach" for GLOBAL). */
  where: Fact;
  /** The same countries after "the law and practice": "of that country", "of those countries", or every one for GLOBAL. */
  law: Fact;
}

/** Mechanisms of Art. 46 whose use needs an assessment of the destination's law (Schrems II). */
const NEEDS_TIA = new Set(['scc', 'bcr']);

/** SCCs or BCRs relied on for a country without adequacy, with no transfer impact assessment recorded. */
export const tiaMissing = defineRule<TiaMissingData>()({
  meta: {
    id: 'tia-missing',
    defaultSeverity: 'warning',
    category: 'transfer',
    description:
      'SCCs or BCRs cover a destination without an adequacy decision, and no transfer impact assessment is recorded (`tia`): the clauses are valid (Schrems II upheld them), but the transfer is lawful only once the exporter has assessed the law of the destination (EDPB Recommendations 01/2020).',
    messages: {
      missing:
        '{{label}} relies on `{{mechanism}}` for its transfers {{where}} with no transfer impact assessment recorded. The Court upheld the clauses (CJEU C-311/18 Schrems II): the assessment conditions the transfer, not their validity. Assess whether the law and practice {{law}} let the importer comply, with supplementary measures where needed (EDPB Recommendations 01/2020), then record its date in `tia`.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const judged = destinations(entry.effective, ctx.today);
    for (const t of transferItemNodes(ctx.model, entry)) {
      if (!t.mechanism || !NEEDS_TIA.has(t.mechanism)) continue;
      const tia = findPair(t.item, 'tia')?.value as { value?: unknown } | undefined;
      if (tia?.value === true || (typeof tia?.value === 'string' && tia.value !== '')) continue;
      const countries = judged.filter((d) => d.by === 'transfer' && d.item === t.index).map((d) => d.country);
      if (!countries.length) continue;
      const where: Fact = { fact: 'reach', countries };
      report({
        range: nodeRange(t.mechanismNode),
        messageId: 'missing',
        data: { label: entryRef(entry), mechanism: t.mechanism, countries, where, law: { fact: 'reachLaw', countries } },
      });
    }
  },
});
