/**
 * Fixes as data, and "fix all". A rule owns its fixes (`Rule.fix`, beside its check): for one finding, the
 * fixes that resolve it, each a set of surgical text edits (`edits.ts`) and whether it is safe to apply
 * unseen ("fix all", on save). A fix is safe when it only re-files what the file already says (a claim
 * listed as a certification, "SOC 2 Type II" for `soc2-type2`) or records a missing fact as `unknown` (it
 * states nothing; `unstated-fact` lists it); a fix that asserts a fact only the user knows (a transfer mechanism, a signed DPA, a country, a
 * guessed id) is offered but never applied unseen.
 *
 * No LSP here: the language server turns these into code actions, the command line applies them.
 */
import type { OffsetEdit } from './edits';
import { acceptRiskFix } from './acceptance';
import { applyEdits, settleEdits } from './edits';
import { lintText, type LintResult } from './lint';
import { getRule } from './rules';
import type { Finding, OffsetRange } from './types';

import { type FixTitle } from './fixTitle';
import type { FixDraft } from './ruleTypes';
export { ACCEPT_RISK_TEMPLATE, ACCEPT_RISK_TITLE, fixTitle, type FixTitle } from './fixTitle';
export type { FixContext, FixDraft } from './ruleTypes';

export interface Fix extends Omit<FixDraft, 'title'> {
  /**
   * What the title is written from (where it is shown: `format/`): a message id of the fix's rule (`ruleId`) and
   * its data; without `ruleId`, "Accept this risk…" (`ACCEPT_RISK_TITLE`).
   */
  title: FixTitle & { ruleId?: string };
}

/**
 * Characters YAML does not allow in a file (C0 controls but tab and line breaks, DEL) and a CR that is not
 * followed by LF: the parser reads such a file, but not as the editor shows it, so node ranges cannot be
 * trusted for an edit. No fix is offered on such a file (its findings still are).
 */
// eslint-disable-next-line no-control-regex -- these are the characters it finds
const UNRELIABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\r(?!\n)/;
const fixable = new WeakMap<LintResult, boolean>();

function fixableText(result: LintResult): boolean {
  let ok = fixable.get(result);
  if (ok === undefined) {
    ok = !UNRELIABLE.test(result.parsed.text);
    fixable.set(result, ok);
  }
  return ok;
}

/**
 * The fixes for one finding, from its rule (none when the rule has no fix or the document does not allow
 * one safely). While the YAML does not parse, node ranges describe a guess: no edit is computed from them.
 * A fixer that throws is a bug: the error goes to the caller, never silently dropped.
 */
export function fixesFor(result: LintResult, finding: Finding, options: { acceptRisk?: boolean } = {}): Fix[] {
  const rule = getRule(finding.ruleId);
  if (!rule || result.parsed.problems.length > 0 || !fixableText(result)) return [];
  const text = result.parsed.text;
  // The edits of one fix never overlap (an insertion inside a line it deletes moves before it); a fix whose
  // edits still would is not offered.
  const accept = options.acceptRisk === false ? undefined : acceptRiskFix(result, finding);
  const own: Fix[] = (rule.fix?.(finding, result) ?? []).map((f) => {
    if (!(f.title.messageId in rule.meta.messages)) throw new Error(`rule ${rule.meta.id} has no message "${f.title.messageId}"`);
    return { ...f, title: { ruleId: rule.meta.id, ...f.title } };
  });
  return [...own, ...(accept ? [accept] : [])]
    .map((f) => ({ ...f, edits: settleEdits(text, f.edits) ?? [] }))
    .filter((f) => f.edits.length > 0);
}

// ---------------------------------------------------------------- fix all

/** Every safe fix of the document, the first one per finding, without two that touch the same text. */
function safeFixes(result: LintResult): Fix[] {
  const chosen: Fix[] = [];
  const taken = new TakenRanges();
  const covered = new Set<Finding>();
  for (const finding of result.findings) {
    if (covered.has(finding)) continue;
    const fix = fixesFor(result, finding, { acceptRisk: false }).find((f) => f.safe && f.scope !== 'file');
    if (!fix) continue;
    if (fix.edits.some((e) => taken.conflicts(e.range))) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.add(e.range);
    for (const f of fix.findings) covered.add(f);
  }
  return chosen;
}

/**
 * The ranges of the edits chosen so far, sorted by start (they do not overlap), so that checking a new edit
 * looks at its neighbours only: fix all on thousands of entries stays fast.
 */
class TakenRanges {
  private readonly ranges: OffsetRange[] = [];

  /** The index of the first range that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether `y` starts where a taken range starts, or overlaps one. */
  conflicts(y: OffsetRange): boolean {
    for (let i = Math.max(0, this.firstFrom(y.start) - 1); i < this.ranges.length && this.ranges[i].start <= y.end; i++) {
      const x = this.ranges[i];
      if (x.start === y.start || (x.start < y.end && y.start < x.end)) return true;
    }
    return false;
  }

  add(r: OffsetRange): void {
    this.ranges.splice(this.firstFrom(r.start), 0, r);
  }
}

export interface FixAllResult {
  /** The text with every safe fix applied. */
  text: string;
  /** Edits of the original text that give `text` (one per fix, or one covering the changes after several rounds). */
  edits: OffsetEdit[];
  /** How many fixes were applied. */
  applied: number;
  /** How many facts the applied fixes recorded as `unknown` (not stated: `check --fix` fails on them). */
  unstated: number;
}

/**
 * Applies every safe fix; when some were held back because they touched the same text, lints the result
 * and goes again, up to a few rounds, as long as each round parses as cleanly as the one before.
 */
export function fixAll(result: LintResult, maxRounds = 5): FixAllResult {
  const rounds = fixAllRounds(result, maxRounds);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
  }
}

/** `fixAll` one round at a time: yields the number of each round done, so a caller can stop between rounds. */
export function* fixAllRounds(result: LintResult, maxRounds = 5): Generator<number, FixAllResult, void> {
  const original = result.parsed.text;
  let current = result;
  let applied = 0;
  let unstated = 0;
  let composed: OffsetEdit[] = [];
  for (let round = 0; round < maxRounds; round++) {
    if (round > 0) yield round;
    const fixes = safeFixes(current);
    if (!fixes.length) break;
    const edits = fixes.flatMap((f) => f.edits);
    const text = applyEdits(current.parsed.text, edits);
    const next = lintText(text, { policy: current.policy, today: current.today });
    if (next.parsed.problems.length > current.parsed.problems.length) break; // never make the YAML worse
    composed = composeEdits(composed, edits);
    applied += fixes.length;
    unstated += fixes.reduce((n, f) => n + (f.unstated ?? 0), 0);
    current = next;
  }
  const text = current.parsed.text;
  if (text === original) return { text, edits: [], applied: 0, unstated: 0 };
  return { text, edits: composed, applied, unstated };
}

/**
 * Edits of the original text equal to `base` followed by `next` (whose ranges are in the text `base` gives),
 * so that several rounds of fixes still reach the client as small edits of the text it has.
 */
function composeEdits(base: readonly OffsetEdit[], next: readonly OffsetEdit[]): OffsetEdit[] {
  if (!base.length) return [...next].sort((a, b) => a.range.start - b.range.start);
  let list = [...base].sort((a, b) => a.range.start - b.range.start);
  // Later edits first: an edit never shifts the positions of those before it.
  for (const n of [...next].sort((a, b) => b.range.start - a.range.start)) {
    let delta = 0;
    const out = list.map((e) => {
      const outStart = e.range.start + delta;
      delta += e.text.length - (e.range.end - e.range.start);
      return { e, outStart, outEnd: outStart + e.text.length, deltaAfter: delta };
    });
    const touched = out.filter((o) => n.range.start <= o.outEnd && n.range.end >= o.outStart);
    const before = out.filter((o) => o.outEnd < n.range.start);
    const shift = before.length ? before[before.length - 1].deltaAfter : 0;
    if (!touched.length) {
      list.push({ range: { start: n.range.start - shift, end: n.range.end - shift }, text: n.text });
    } else {
      const first = touched[0];
      const last = touched[touched.length - 1];
      // The touched edits' output around the new edit stays; the original text between them is inside it.
      const textBefore = n.range.start > first.outStart ? first.e.text.slice(0, n.range.start - first.outStart) : '';
      const textAfter = n.range.end < last.outEnd ? last.e.text.slice(last.e.text.length - (last.outEnd - n.range.end)) : '';
      const origStart = n.range.start < first.outStart ? first.e.range.start - (first.outStart - n.range.start) : first.e.range.start;
      const origEnd = n.range.end > last.outEnd ? last.e.range.end + (n.range.end - last.outEnd) : last.e.range.end;
      list = list.filter((e) => !touched.some((t) => t.e === e));
      list.push({ range: { start: origStart, end: origEnd }, text: textBefore + n.text + textAfter });
    }
    list.sort((a, b) => a.range.start - b.range.start);
  }
  return list;
}
