import type { Fact } from '../facts';
import { defineRule } from '../rule';

interface RiskAcceptanceExpiredData {
  label: Fact;
  rule: string;
  until: Fact;
  approvedBy: string;
}

/**
 * An `acceptedRisks` item whose `until` has passed: the finding it held back is reported again, and this
 * says why. Reported by `engine/acceptance.ts`, which reads every finding of the document.
 */
export const riskAcceptanceExpired = defineRule<RiskAcceptanceExpiredData>()({
  meta: {
    id: 'risk-acceptance-expired',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description: 'An accepted risk (`acceptedRisks`) has passed its `until` day: its finding is reported again.',
    messages: {
      expired:
        'The acceptance of `{{rule}}` for {{label}} (approved by {{approvedBy}}) ended on {{until}}: its finding is back; review the risk, then fix it or renew the acceptance with a new `until`.',
    },
  },
});
