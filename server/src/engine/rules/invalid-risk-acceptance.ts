import type { Fact } from '../facts';
import { defineRule } from '../rule';

interface InvalidRiskAcceptanceData {
  /** Where the item is written: an entry's label, or `defaults`. */
  label: Fact;
  /** The rule the item names (absent when it names none). */
  rule?: string;
  /** `missing`: the fields absent, empty or still a placeholder, comma-separated. */
  fields?: string;
  until?: string | Fact;
  /** `tooFar`: the last day the policy lets an acceptance run to, and the policy's number of months. */
  latest?: Fact;
  months?: number;
}

/**
 * An `acceptedRisks` item that is not a complete record (rule, reason, approver, an end date within the
 * policy's `maxAcceptanceMonths`), or that names a rule about the file's own validity: it holds nothing back,
 * and this says why. Reported by `engine/acceptance.ts`.
 */
export const invalidRiskAcceptance = defineRule<InvalidRiskAcceptanceData>()({
  meta: {
    id: 'invalid-risk-acceptance',
    defaultSeverity: 'error',
    category: 'hygiene',
    description:
      'An accepted risk (`acceptedRisks`) is not a complete record, runs past the policy’s limit, or names a rule that cannot be accepted: it holds nothing back.',
    messages: {
      notAMapping:
        'This item of `acceptedRisks` for {{label}} is not a record: write `{ rule, reason, approvedBy, until }`; until then it holds nothing back.',
      missing:
        'The acceptance of `{{rule}}` for {{label}} lacks {{fields}}: an accepted risk is a record (rule, reason, approvedBy, until); until it is complete it holds nothing back.',
      missingRule:
        'This acceptance for {{label}} names no rule and lacks {{fields}}: an accepted risk is a record (rule, reason, approvedBy, until); it holds nothing back.',
      badUntil: 'The acceptance of `{{rule}}` for {{label}} ends on "{{until}}", which is not a date (YYYY-MM-DD): it holds nothing back.',
      tooFar:
        'The acceptance of `{{rule}}` for {{label}} runs until {{until}}, beyond the policy’s limit of {{months}} months ({{latest}}): set an earlier `until`; until then it holds nothing back.',
      notAcceptable:
        'The acceptance for {{label}} names `{{rule}}`, a finding about the file’s own validity, which cannot be accepted: correct the file instead; it holds nothing back.',
    },
  },
});
