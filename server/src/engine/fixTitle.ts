/**
 * A fix title as a rule gives it. Its own module, importing nothing: rules and their helpers
 * (`certificationFixes.ts`) use it, and `fixes.ts` imports every rule, so taking it from there would close a cycle
 * whose order decides whether a constant is initialised yet.
 */

/** A fix title as a rule gives it: one of the rule's messages and its data (the words are written where it is shown). */
export interface FixTitle {
  messageId: string;
  data: object;
}

/** The title of "Accept this risk…" (a fix of no rule): its message id, and its English template. */
export const ACCEPT_RISK_TITLE = 'acceptRisk';
export const ACCEPT_RISK_TEMPLATE = 'Accept this risk at {{label}} ({{rule}}) until {{until}}: fill in the reason and who approved it';

/** A fix title: the rule's message `messageId`, filled from `data` (facts only, as a finding's). */
export function fixTitle(messageId: string, data: object = {}): FixTitle {
  return { messageId, data };
}
