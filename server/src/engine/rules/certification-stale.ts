import { dateFact, entryRef, type EntryRef, type Fact } from '../facts';
import { isMap } from 'yaml';
import { addMonths, isIsoDate } from '../dates';
import { certificationItems } from '../entryNodes';
import { defineRule } from '../rule';
import { findPair, nodeRange } from '../yamlNodes';

interface CertificationStaleData {
  label: EntryRef;
  name: Fact;
  periodEnd: Fact;
}

/** How old the end of an audited period may be before the report says little about today's controls. */
const MONTHS = 12;

/** An attestation report whose audited period ended more than 12 months ago. */
export const certificationStale = defineRule<CertificationStaleData>()({
  meta: {
    id: 'certification-stale',
    defaultSeverity: 'warning',
    category: 'certification',
    description:
      'An attestation report (such as SOC 2 Type II) covers a period that ended more than 12 months ago (`periodEnd`): it says little about the controls in place today.',
    messages: {
      stale:
        "The {{name}} report of {{label}} covers a period that ended on {{periodEnd}}, more than 12 months ago: it says little about today's controls. Ask for the current report (or a bridge letter for the months since) and update `periodEnd`.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    for (const { id, item } of certificationItems(ctx.model, entry)) {
      if (!isMap(item)) continue;
      const node = findPair(item, 'periodEnd')?.value as { value?: unknown } | undefined;
      const periodEnd = node?.value;
      if (!isIsoDate(periodEnd) || addMonths(periodEnd, MONTHS) >= ctx.today) continue;
      report({
        range: nodeRange(node as never),
        messageId: 'stale',
        data: { label: entryRef(entry), name: { fact: 'certificationName', id }, periodEnd: dateFact(periodEnd) },
      });
    }
  },
});
