import type { Fact } from '../facts';
import { defineRule } from '../rule';

interface UnusedRiskAcceptanceData {
  label: Fact;
  rule: string;
  /** The closest rule id, when `rule` names none. */
  suggestion?: string;
}

/**
 * An `acceptedRisks` item that holds back no finding: the risk is gone (or the rule id is wrong), so the
 * record no longer says anything true. Reported by `engine/acceptance.ts`.
 */
export const unusedRiskAcceptance = defineRule<UnusedRiskAcceptanceData>()({
  meta: {
    id: 'unused-risk-acceptance',
    defaultSeverity: 'info',
    category: 'hygiene',
    description: 'An accepted risk (`acceptedRisks`) matches no finding of its entry, or names no rule.',
    messages: {
      unused: 'The acceptance of `{{rule}}` for {{label}} matches no finding: the risk is gone; remove the acceptance.',
      unknownRule: 'The acceptance for {{label}} names `{{rule}}`, which is no rule id: did you mean `{{suggestion}}`?',
      unknownRuleNoSuggestion: 'The acceptance for {{label}} names `{{rule}}`, which is no rule id (see docs/rules).',
    },
  },
});
