/**
 * Accepted risks (`acceptedRisks` on an entry, or under `defaults` for every entry that lists none of its
 * own): a finding whose rule an acceptance names, at that entry, is held back until the acceptance's `until`
 * day and kept as suppressed (with the reason and the approver) for reports and the editor's hover. After
 * `until`, the finding is back and `risk-acceptance-expired` says why; an acceptance that holds nothing back
 * gets `unused-risk-acceptance`. Also the quick fix that puts a finding's risk on record.
 */
import { isMap, isNode, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { closest } from '../knowledge';
import { addMonths, isIsoDate } from './dates';
import { appendToSeq, insertPairs } from './edits';
import { dateFact, entryRef, type Fact } from './facts';
import type { Fix } from './fixes';
import type { LintResult } from './lint';
import { ACCEPT_RISK_TITLE, fixTitle } from './fixTitle';
import { entryAt, type EntryModel, type InventoryModel } from './model';
import { isPlaceholderNode, keyOrder } from './placeholder';
import { makeFinding, type AnyRule } from './rule';
import { invalidRiskAcceptance } from './rules/invalid-risk-acceptance';
import { riskAcceptanceExpired } from './rules/risk-acceptance-expired';
import { unusedRiskAcceptance } from './rules/unused-risk-acceptance';
import { schemaAt } from './schemaWalk';
import { getRule } from './rules';
import type { Finding, OffsetRange, RuleCategory, Severity, SeveritySetting } from './types';
import { findPair, nodeRange, scalarString } from './yamlNodes';
import type { InventoryFieldName } from './fields';

/** Why a finding is held back: the acceptance on record. */
interface Suppression {
  reason: string;
  approvedBy: string;
  until: string;
  /** The entry's id (absent for one without id). */
  entry?: string;
}

export type SuppressedFinding = Finding & { suppression: Suppression };

/** One item of an `acceptedRisks` list, where it is written. */
interface Acceptance {
  rule: string;
  reason: string;
  approvedBy: string;
  until: string;
  /** Who wrote it: an entry, or `defaults`. */
  owner: EntryModel | 'defaults';
  ruleRange: OffsetRange;
  untilRange: OffsetRange;
  used: boolean;
}

/**
 * Rules that no acceptance may hold back: the file's own validity (a record that hides the errors of the
 * records themselves is a switch, not a record), and the acceptances' own findings.
 */
const NOT_ACCEPTABLE: ReadonlySet<string> = new Set([
  'yaml-syntax',
  'duplicate-key',
  'missing-field',
  'invalid-value',
  'unknown-field',
  'placeholder-value',
  'policy-invalid',
  'risk-acceptance-expired',
  'unused-risk-acceptance',
  'invalid-risk-acceptance',
]);

/** Why an `acceptedRisks` item is no record: what `invalid-risk-acceptance` reports, at `range`. */
interface InvalidAcceptance {
  messageId: 'notAMapping' | 'missing' | 'missingRule' | 'badUntil' | 'tooFar' | 'notAcceptable';
  data: { rule?: string; fields?: string; until?: string | Fact; latest?: Fact; months?: number };
  owner: EntryModel | 'defaults';
  range: OffsetRange;
}

const RECORD_FIELDS = ['rule', 'reason', 'approvedBy', 'until'] as const;

/** A field's text when it is stated: present, not blank, not a placeholder still to fill in. */
function stated(item: YAMLMap, key: InventoryFieldName): string | undefined {
  const value = findPair(item, key)?.value;
  const text = scalarString(value);
  return text !== undefined && text.trim() !== '' && !isPlaceholderNode(value) ? text : undefined;
}

function acceptancesOf(
  list: unknown,
  owner: EntryModel | 'defaults',
  latest: string,
  months: number,
  invalid: InvalidAcceptance[],
): Acceptance[] {
  if (!isSeq(list)) return [];
  const out: Acceptance[] = [];
  for (const item of list.items) {
    const itemRange = isNode(item) && item.range ? nodeRange(item) : undefined;
    if (!isMap(item)) {
      if (itemRange) invalid.push({ messageId: 'notAMapping', data: {}, owner, range: itemRange });
      continue;
    }
    if (!itemRange) continue;
    const rule = stated(item, 'rule');
    const until = stated(item, 'until');
    const ruleNode = findPair(item, 'rule')?.value as Node | undefined;
    const untilNode = findPair(item, 'until')?.value as Node | undefined;
    const absent = RECORD_FIELDS.filter((k) => stated(item, k) === undefined);
    // A draft (the quick fix's `"<reason>"`): holds nothing back; `placeholder-value` already points at each blank.
    if (absent.length && absent.every((k) => isPlaceholderNode(findPair(item, k)?.value))) continue;
    if (absent.length) {
      const fields = absent
        .filter((k) => k !== 'rule')
        .map((k) => `\`${k}\``)
        .join(', ');
      invalid.push(
        rule
          ? { messageId: 'missing', data: { rule, fields }, owner, range: itemRange }
          : { messageId: 'missingRule', data: { fields: fields || '`rule`' }, owner, range: itemRange },
      );
      continue;
    }
    const ruleRange = ruleNode?.range ? nodeRange(ruleNode) : itemRange;
    const untilRange = untilNode?.range ? nodeRange(untilNode) : itemRange;
    if (!isIsoDate(until)) {
      invalid.push({ messageId: 'badUntil', data: { rule, until }, owner, range: untilRange });
      continue;
    }
    if (NOT_ACCEPTABLE.has(rule!)) {
      invalid.push({ messageId: 'notAcceptable', data: { rule }, owner, range: ruleRange });
      continue;
    }
    if (until > latest) {
      invalid.push({
        messageId: 'tooFar',
        data: { rule, until: dateFact(until), latest: dateFact(latest), months },
        owner,
        range: untilRange,
      });
      continue;
    }
    out.push({
      rule: rule!,
      reason: stated(item, 'reason')!,
      approvedBy: stated(item, 'approvedBy')!,
      until,
      owner,
      ruleRange,
      untilRange,
      used: false,
    });
  }
  return out;
}

/**
 * Every acceptance of the document that is a complete record, which list applies to each entry, the items
 * that are no record, and where the lists are written. `today` and `maxMonths` (the policy's
 * `maxAcceptanceMonths`) bound `until`.
 */
export function acceptancesIn(
  model: InventoryModel,
  today: string,
  maxMonths: number,
): {
  all: Acceptance[];
  forEntry: Map<EntryModel, Acceptance[]>;
  defaults: Acceptance[];
  invalid: InvalidAcceptance[];
  lists: Node[];
} {
  const latest = addMonths(today, maxMonths);
  const invalid: InvalidAcceptance[] = [];
  const lists: Node[] = [];
  const listOf = (node: Node | undefined) => {
    const list = findPair(node, 'acceptedRisks')?.value;
    if (isNode(list)) lists.push(list);
    return list;
  };
  const defaults = acceptancesOf(listOf(model.defaultsNode), 'defaults', latest, maxMonths, invalid);
  const all = [...defaults];
  const forEntry = new Map<EntryModel, Acceptance[]>();
  for (const entry of model.entries) {
    if (!entry.own) continue;
    if (entry.own.acceptedRisks !== undefined) {
      const own = acceptancesOf(listOf(entry.node), entry, latest, maxMonths, invalid);
      all.push(...own);
      forEntry.set(entry, own);
    } else if (entry.inherited.has('acceptedRisks')) forEntry.set(entry, defaults);
  }
  return { all, forEntry, defaults, invalid, lists };
}

function inside(range: OffsetRange, node: Node | undefined): boolean {
  return !!node?.range && range.start >= node.range[0] && range.end <= node.range[2];
}

interface AcceptanceOutcome {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

/**
 * Holds back the accepted findings and adds the acceptances' own findings. `levelOf` gives a rule's
 * severity under the policy (`off` to skip it). `aboutOf` gives the entry each entry rule's finding is about
 * (its `checkEntry` ran on it), even when the finding is written elsewhere (a value inherited from `defaults`);
 * it is called only when there are acceptances. Any other finding is about the entry it lies in, if any. A
 * finding about no entry is never held back, nor one written inside an `acceptedRisks` list.
 */
export function applyAcceptances(
  findings: readonly Finding[],
  model: InventoryModel,
  today: string,
  levelOf: (rule: AnyRule, own?: Severity) => SeveritySetting,
  knownRules: readonly string[],
  maxMonths = 12,
  aboutOf?: () => ReadonlyMap<Finding, EntryModel>,
): AcceptanceOutcome {
  const { all, forEntry, invalid, lists } = acceptancesIn(model, today, maxMonths);
  if (!all.length && !invalid.length) return { findings: [...findings], suppressed: [] };
  // Built only when there is something to accept: it maps every entry finding.
  const about = aboutOf?.();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    if (NOT_ACCEPTABLE.has(f.ruleId) || lists.some((list) => inside(f.range, list))) {
      kept.push(f);
      continue;
    }
    let entry = about?.get(f);
    if (!entry) {
      const at = entryAt(model, f.range.start);
      entry = at && inside(f.range, at.node) ? at : undefined;
    }
    const match = entry && forEntry.get(entry)?.find((a) => a.rule === f.ruleId);
    if (!match) {
      kept.push(f);
      continue;
    }
    match.used = true;
    if (match.until >= today) {
      const id = entry!.id;
      suppressed.push({
        ...f,
        suppression: { reason: match.reason, approvedBy: match.approvedBy, until: match.until, ...(id ? { entry: id } : {}) },
      });
    } else kept.push(f);
  }
  const add = (rule: AnyRule, messageId: string, data: object, range: OffsetRange) => {
    const level = levelOf(rule);
    if (level !== 'off') kept.push(makeFinding(rule, messageId, data, range, level));
  };
  const labelOf = (owner: EntryModel | 'defaults'): Fact => (owner === 'defaults' ? { fact: 'owner', key: 'defaults' } : entryRef(owner));
  for (const i of invalid) add(invalidRiskAcceptance, i.messageId, { label: labelOf(i.owner), ...i.data }, i.range);
  for (const a of all) {
    const label = labelOf(a.owner);
    if (!knownRules.includes(a.rule)) {
      const suggestion = closest(a.rule, knownRules);
      add(
        unusedRiskAcceptance,
        suggestion ? 'unknownRule' : 'unknownRuleNoSuggestion',
        { label, rule: a.rule, ...(suggestion ? { suggestion } : {}) },
        a.ruleRange,
      );
    } else if (a.until < today)
      add(riskAcceptanceExpired, 'expired', { label, rule: a.rule, until: dateFact(a.until), approvedBy: a.approvedBy }, a.untilRange);
    else if (!a.used) add(unusedRiskAcceptance, 'unused', { label, rule: a.rule }, a.ruleRange);
  }
  return { findings: kept, suppressed };
}

const RISK_CATEGORIES = new Set<RuleCategory>(['certification', 'selection', 'transfer', 'security']);
/** Findings about how the file words a fact (a claim listed as a certification, a misspelt id, a region in another country): to correct, not to accept. */
const WORDING = new Set(['not-a-certification', 'unknown-certification', 'soc2-type-unspecified', 'location-region-mismatch']);

/**
 * The quick fix "Accept this risk…" for a finding inside an entry: an `acceptedRisks` item naming the rule,
 * with placeholders for the reason and the approver (which `placeholder-value` keeps visible until filled)
 * and `until` one year from today. Never applied by fix all. Not offered where the entry inherits its
 * acceptances from `defaults` (a list of its own would hide those).
 */
export function acceptRiskFix(result: LintResult, finding: Finding): Fix | undefined {
  // A risk is a fact about the vendor (certification, selection, transfer, security); a malformed or missing
  // value is a mistake in the file, to correct, not to accept.
  if (
    NOT_ACCEPTABLE.has(finding.ruleId) ||
    WORDING.has(finding.ruleId) ||
    !RISK_CATEGORIES.has(getRule(finding.ruleId)?.meta.category ?? 'syntax')
  )
    return undefined;
  const entry = entryAt(result.model, finding.range.start);
  if (!entry || !isMap(entry.node) || !inside(finding.range, entry.node) || entry.inherited.has('acceptedRisks')) return undefined;
  const until = addMonths(result.today, 12);
  const item = `{ rule: ${finding.ruleId}, reason: "<reason>", approvedBy: "<approvedBy>", until: ${until} }`;
  const list = findPair(entry.node, 'acceptedRisks')?.value;
  let edits;
  if (isSeq(list)) {
    if (list.items.some((i) => isMap(i) && scalarString(findPair(i, 'rule')?.value) === finding.ruleId)) return undefined;
    edits = appendToSeq(result.parsed.lines, list as YAMLSeq, [item]);
  } else if (list === undefined && !findPair(entry.node, 'acceptedRisks')) {
    edits = insertPairs(
      result.parsed.lines,
      entry.node as YAMLMap,
      [{ key: 'acceptedRisks', value: `[${item}]` }],
      keyOrder(schemaAt('inventory', entry.path)),
    );
  } else return undefined;
  return {
    title: fixTitle(ACCEPT_RISK_TITLE, { label: entryRef(entry), rule: finding.ruleId, until: dateFact(until) }),
    findings: [finding],
    edits,
    safe: false,
    kind: 'accept-risk',
  };
}
