import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { entryNameRange } from '../entryNodes';
import { defineRule } from '../rule';
import { tierStatus, type Residency } from '../selection';

interface SelectionTierData {
  label: EntryRef;
  /** Why it fits no tier, written from the assessment. */
  why: Fact;
  certified: boolean;
  residency: Residency;
  outside: string[];
  /** The residency area of the policy (`EU` or `EEA`) and the certifications that count (ids; by name, any one). */
  area: Fact;
  counting: string[];
  countingOr: Fact;
}

/** An in-scope entry that fits none of the tiers the policy allows. */
export const selectionTier = defineRule<SelectionTierData>()({
  meta: {
    id: 'selection-tier',
    defaultSeverity: 'error',
    category: 'selection',
    description: 'An in-scope sub-processor fits none of the tiers the policy allows (certification and data residency).',
    messages: {
      noLocation: '{{label}} fits no tier of the policy: {{why}}. List the countries where its data is stored.',
      outsideUncertified:
        '{{label}} fits no tier of the policy: {{why}}. Keep its data in the {{area}} or choose a provider certified {{countingOr}}.',
      outsideUnsafeguarded: '{{label}} fits no tier of the policy: {{why}}. Add a valid transfer mechanism under `transfer`.',
      uncertified: '{{label}} fits no tier of the policy: {{why}}. Choose a provider certified {{countingOr}}.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    // A group company is judged as part of the group: the criteria are for choosing outside providers.
    if (a.affiliate) return;
    // Only an entry that fits no tier, its deciding facts known: where one is `unknown` (or a listed place is no
    // known code), its tier is not known (`tierStatus`); `unstated-fact` and `invalid-value` ask for the fact.
    if (tierStatus(a) !== 'none') return;
    // Only the missing transfer safeguard keeps it out: `transfer-safeguard` reports that (unless it is off).
    if (a.blockedBySafeguard && ctx.policy.rules['transfer-safeguard'] !== 'off') return;
    const messageId =
      a.residency === 'unknown'
        ? 'noLocation'
        : a.residency === 'outside' && !a.certified
          ? 'outsideUncertified'
          : a.residency === 'outside'
            ? 'outsideUnsafeguarded'
            : 'uncertified';
    report({
      range: entryNameRange(ctx.model, entry),
      messageId,
      data: {
        label: entryRef(entry),
        why: { fact: 'noTier', assessment: a },
        certified: a.certified,
        residency: a.residency,
        outside: a.outsideLocations,
        area: { fact: 'area', residency: ctx.policy.residency === 'eu' ? 'eu' : 'eea' },
        counting: ctx.policy.certified,
        countingOr: { fact: 'certificationNames', ids: ctx.policy.certified, or: true },
      },
    });
  },
});
