import { entryLabel, entryNameRange } from '../entryNodes';
import type { Rule } from '../rule';

/** An in-scope entry that fits none of the tiers the policy allows. */
export const selectionTier: Rule = {
  meta: {
    id: 'selection-tier',
    defaultSeverity: 'error',
    category: 'selection',
    description: 'An in-scope sub-processor fits none of the tiers the policy allows (certification and data residency).',
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (!a.inScope || a.tier !== undefined) return;
    // Only the missing transfer safeguard keeps it out: `transfer-safeguard` reports that (unless it is off).
    if (a.blockedBySafeguard && ctx.policy.rules['transfer-safeguard'] !== 'off') return;
    const fix =
      a.residency === 'unknown'
        ? 'list the countries where its data is stored'
        : a.residency === 'outside' && !a.certified
          ? `keep its data in the ${ctx.policy.residency === 'eu' ? 'EU' : 'EU/EEA'} or choose a certified provider (${ctx.policy.certified.join(', ')})`
          : a.residency === 'outside'
            ? 'add a valid transfer mechanism under `transfer`'
            : `choose a provider certified ${ctx.policy.certified.join(' or ')}`;
    report({
      range: entryNameRange(ctx.model, entry),
      message: `${entryLabel(entry)} fits no tier of the policy (${a.reason.replace(/^Fits no tier of the policy: /, '').replace(/\.$/, '')}): ${fix}.`,
      data: { reason: a.reason, certified: a.certified, residency: a.residency, outside: a.outsideLocations },
    });
  },
};
