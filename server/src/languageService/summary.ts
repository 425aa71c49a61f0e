/** The status of an inventory at a glance: its problems by severity and its entries per tier (the status bar). */
import { tierStatus, type LintResult } from '../engine';
import type { InventorySummary } from '../protocol';

export type { InventorySummary };

export function inventorySummary(result: LintResult): InventorySummary {
  const tiers = result.policy.tiers.map(() => 0);
  let noTier = 0;
  let tierUnknown = 0;
  let outOfScope = 0;
  for (const entry of result.model.entries) {
    if (!entry.own) continue;
    const a = result.assess(entry);
    // One answer with the hover and the outline: a fact not known leaves the tier not known, not "no tier".
    const status = tierStatus(a);
    if (status === 'outOfScope') outOfScope++;
    else if (status === 'tier') tiers[a.tier! - 1]++;
    else if (status === 'unknown') tierUnknown++;
    else noTier++;
  }
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    entries: result.model.entries.length,
    tiers,
    noTier,
    tierUnknown,
    outOfScope,
  };
}
