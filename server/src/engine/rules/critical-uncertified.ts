import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { fieldKeyRange } from '../entryNodes';
import { defineRule } from '../rule';

/** A critical entry with no certification that counts under the policy. */
interface CriticalUncertifiedData {
  label: EntryRef;
  /** The certifications that count under the policy. */
  counting: string[];
  /** The same, written for the message (`soc2-type2` or `iso27001`). */
  wanted: Fact;
}

export const criticalUncertified = defineRule<CriticalUncertifiedData>()({
  meta: {
    id: 'critical-uncertified',
    defaultSeverity: 'warning',
    category: 'certification',
    description:
      'A critical sub-processor holds no current certification that counts under the policy (by default SOC 2 Type II or ISO 27001).',
    messages: {
      uncertified:
        '{{label}} is critical but holds no current certification that counts ({{wanted}}): obtain its report or certificate, or choose a certified provider.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || entry.effective.criticality !== 'critical') return;
    const a = ctx.assess(entry);
    // Certifications not known yet are not "none": `unstated-fact` asks for them.
    if (a.certified || a.unknown.includes('certifications')) return;
    const wanted: Fact = { fact: 'anyOf', items: ctx.policy.certified, code: true };
    report({
      range: fieldKeyRange(ctx.model, entry, ['certifications']),
      messageId: 'uncertified',
      data: { label: entryRef(entry), counting: ctx.policy.certified, wanted },
    });
  },
});
