/**
 * Which standard contractual clauses a transfer's own words name: a repealed set (the 2001, 2004 and 2010
 * decisions, without effect since 27 December 2022), or the Art. 28(7) clauses of Decision 2021/915, which are
 * no transfer tool. Read from `scc.version`, from a transfer's `note`, and from a mechanism written as text
 * ("EU Model Clauses (2010)"). `scc-outdated` reports what this finds, the assessment counts no such clauses as a
 * safeguard, and `invalid-value` leaves those values to `scc-outdated`, so each gets one finding.
 */

/** The decisions of the repealed clauses (Commission Implementing Decision (EU) 2021/914, Art. 4), by year. */
const REPEALED_SCC: Readonly<Record<string, string>> = { '2010': '2010/87/EU', '2004': '2004/915/EC', '2001': '2001/497/EC' };

/** The Art. 28(7) controller-processor clauses: not a transfer tool. */
const ART28_CLAUSES = '2021/915';

export type NamedClauses = { kind: 'repealed'; version: string } | { kind: 'art28'; version: typeof ART28_CLAUSES };

const DECISION = /\b(2010\/87|2004\/915|2001\/497)\/(?:EU|UE|EC|CE)\b/i;
const CLAUSES = String.raw`(?:model|standard contractual|contractual)\s+clauses|SCCs?|clauses\s+(?:contractuelles\s+)?types|CCT`;
const YEAR_NEAR = new RegExp(
  String.raw`\b(?:${CLAUSES})\b[^.;\n\d]{0,25}\b(2001|2004|2010)\b|\b(2001|2004|2010)\b[^.;\n\d]{0,25}\b(?:${CLAUSES})\b`,
  'i',
);

/** The clauses a text names, if it names repealed ones or 2021/915 (and not, as well, the 2021/914 clauses in force). */
export function clausesNamedIn(text: string | undefined): NamedClauses | undefined {
  if (!text) return undefined;
  if (text.includes(ART28_CLAUSES)) return { kind: 'art28', version: ART28_CLAUSES };
  // "The 2021/914 clauses, which replaced the 2010 model clauses" names the set in force.
  if (/2021\/914|\b2021\b/.test(text)) return undefined;
  const decision = DECISION.exec(text);
  if (decision) return { kind: 'repealed', version: Object.values(REPEALED_SCC).find((v) => v.startsWith(decision[1]))! };
  const year = YEAR_NEAR.exec(text);
  if (year) return { kind: 'repealed', version: REPEALED_SCC[year[1] ?? year[2]]! };
  return undefined;
}

/** The clauses a transfer item relies on that are no transfer basis, from its version, its note or its mechanism text. */
export function invalidClauses(item: { mechanism?: unknown; scc?: unknown; note?: unknown }): NamedClauses | undefined {
  const version = item.scc && typeof item.scc === 'object' ? (item.scc as { version?: unknown }).version : undefined;
  if (item.mechanism === 'scc') {
    if (typeof version === 'string') {
      if (version === ART28_CLAUSES) return { kind: 'art28', version: ART28_CLAUSES };
      return Object.values(REPEALED_SCC).includes(version) ? { kind: 'repealed', version } : undefined;
    }
    return clausesNamedIn(typeof item.note === 'string' ? item.note : undefined);
  }
  // A mechanism written as text rather than an id ("EU Model Clauses (2010)").
  if (typeof item.mechanism === 'string' && !/^[a-z-]+$/.test(item.mechanism)) return clausesNamedIn(item.mechanism);
  return undefined;
}
