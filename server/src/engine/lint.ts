/** The engine's entry point: text in, findings out. No LSP here: the server and the CLI both call this. */
import { applyAcceptances, type SuppressedFinding } from './acceptance';
import { buildModel, type EntryModel, type InventoryModel } from './model';
import { parseYaml, usesAnchors, type ParsedYaml } from './parse';
import { DEFAULT_POLICY, type Policy } from './policy';
import { INTERNAL_ERROR_ID } from './messages';
import { makeFinding, type PolicyProblem, type Report, type RuleContext } from './rule';
import { RULES } from './rules';
import { syntaxDamage } from './syntaxDamage';
import { entryAssessor, type Assessment } from './selection';
import { validateEntry, validateShell, type SchemaIssue } from './schemaValidation';
import type { Finding, OffsetRange, Severity, SeveritySetting } from './types';

export interface LintOptions {
  policy?: Policy;
  /** YYYY-MM-DD; defaults to the current UTC date. */
  today?: string;
  /** Set when the inventory's `policy:` could not be used (rule `policy-invalid` reports it). */
  policyProblem?: PolicyProblem;
  /** The absolute path of the policy file in force, if any (kept on the result so editors know whom to revalidate). */
  policyPath?: string;
}

export interface LintResult {
  parsed: ParsedYaml;
  model: InventoryModel;
  /** The findings in force (accepted ones held back). */
  findings: Finding[];
  /** Findings held back by an `acceptedRisks` item that is still in force, with the acceptance. */
  suppressed: SuppressedFinding[];
  policy: Policy;
  today: string;
  /** The entry's assessment under `policy` on `today` (tier, scope, residency), computed once per entry. */
  assess(entry: EntryModel): Assessment;
  /** The path of the policy file the inventory names (even when it could not be used); undefined for none. */
  policyPath?: string;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintParsed(parseYaml(text), options);
}

/**
 * What the entry rules (`checkEntry`) found for each entry, kept between versions of one document: an entry
 * whose text is unchanged (and with the same defaults, policy and today) is not checked again. Findings are
 * kept with the entry's start they were found at, so an entry that moved is still a hit (its findings are
 * moved with it). It also keeps the last model, whose unchanged entries the next one re-uses.
 */
export class EntryResultCache {
  private context = '';
  private results = new Map<string, CachedEntry>();
  /** Each entry node's key: an entry an edit did not touch keeps its node, and its key is not rebuilt and hashed again. */
  private keys = new WeakMap<object, { index: number; key: string }>();
  /** The model of the latest version. */
  model: InventoryModel | undefined;

  /** A first version's entries, kept without their keys: an open builds none, the first edit builds them. */
  private pending: { text: string; entries: PendingEntry[] } | undefined;

  /**
   * Whether nothing is kept yet (a first version, or one after which nothing could be kept): no lookup can hit,
   * so this version's entries are kept by `defer`, without building their keys.
   */
  fresh(context: string): boolean {
    if (this.results.size !== 0 || this.pending) return false;
    this.context = context;
    return true;
  }

  /** Keeps a fresh version's entries (their index and range in `text`); their keys are built at the first lookup. */
  defer(text: string, entries: PendingEntry[]): void {
    this.results = new Map();
    this.pending = entries.length ? { text, entries } : undefined;
  }

  /** Builds the keys of the deferred entries, as `keyOf` would have built them at their version. */
  private settle(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    for (const { node, index, range, checked } of pending.entries) {
      const key = entryKey(index, pending.text, range);
      if (node) this.keys.set(node, { index, key });
      this.results.set(key, checked);
    }
  }

  /** The cached findings of `key`, forgetting everything when `context` changed. */
  get(context: string, key: string): CachedEntry | undefined {
    this.settle();
    if (context !== this.context) {
      this.context = context;
      this.results.clear();
    }
    return this.results.get(key);
  }

  /** The key of an entry: its position and its text. */
  keyOf(entry: EntryModel, text: string): string {
    this.settle();
    const node = entry.node;
    const known = node ? this.keys.get(node) : undefined;
    if (known && known.index === entry.index) return known.key;
    const key = entryKey(entry.index, text, entry.range);
    if (node) this.keys.set(node, { index: entry.index, key });
    return key;
  }

  /** Keeps only the entries of the latest version (`keep`), so the cache does not grow with edits. */
  replace(keep: Map<string, CachedEntry>): void {
    this.pending = undefined;
    this.results = keep;
  }
}

/**
 * An entry's findings, found when the entry started at `base`: `hits` are the indices of the rules that found
 * something (most entries have none or one, of some forty rules), `found[j]` the findings of rule `hits[j]`. Only
 * those are kept: an open keeps one of these per entry, and a slot per rule was the larger part of it.
 */
interface CachedEntry {
  base: number;
  found: readonly (readonly Finding[])[];
  hits: readonly number[];
}

/** An entry of a fresh version, kept before its key is built (`EntryResultCache.defer`). */
interface PendingEntry {
  node: object | undefined;
  index: number;
  range: OffsetRange;
  checked: CachedEntry;
}

/** The cache key of the entry at `index` whose item spans `range` of `text`: its position and its text. */
function entryKey(index: number, text: string, range: OffsetRange): string {
  return `${index}\0${text.slice(range.start, range.end)}`;
}

const NO_HITS: readonly number[] = Object.freeze([]);

/** The findings of an entry where no rule found anything (shared: never written to). */
const NO_FOUND: readonly (readonly Finding[])[] = Object.freeze([]);

function contextKey(model: InventoryModel, policy: Policy, today: string): string {
  try {
    return `${today}\0${JSON.stringify(policy)}\0${JSON.stringify(model.defaults)}`;
  } catch {
    return `${Math.random()}`; // not serialisable: no reuse
  }
}

/** Each moved finding's first version, as its rule reported it (`moved` copies everything but the ranges). */
const origins = new WeakMap<Finding, Finding>();

/**
 * The finding `f` was moved from (by `EntryResultCache` when its entry moved), or `f` itself: the same rule,
 * message and data at other offsets. What is derived from a finding's words (its message) can be kept by it.
 */
export function findingOrigin(f: Finding): Finding {
  return origins.get(f) ?? f;
}

/** A finding moved by `delta`. */
function moved(f: Finding, delta: number): Finding {
  const shift = (r: OffsetRange): OffsetRange => ({ start: r.start + delta, end: r.end + delta });
  const out: Finding = { ...f, range: shift(f.range) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shift(r.range) }));
  origins.set(out, findingOrigin(f));
  return out;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * A finding's severity: the policy's level for the rule (when set) is the most it can be, so a rule
 * re-levelled to `error` keeps its lesser findings (an expiry still weeks away) at their own level.
 */
function findingSeverity(configured: SeveritySetting | undefined, own: Severity | undefined, byDefault: Severity): Severity {
  if (!configured || configured === 'off') return own ?? byDefault;
  return own && RANK[own] < RANK[configured] ? own : configured;
}

export function lintParsed(parsed: ParsedYaml, options: LintOptions = {}, cache?: EntryResultCache): LintResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const today = options.today ?? todayUtc();
  const model = buildModel(parsed, cache?.model);
  const entryCache = new Map<EntryModel, SchemaIssue[]>();
  const assess = entryAssessor(policy, today);
  const ctx: RuleContext = {
    parsed,
    model,
    policy,
    today,
    policyProblem: options.policyProblem,
    assess,
    shellIssues: validateShell(model, parsed.value),
    entryIssues(entry) {
      let issues = entryCache.get(entry);
      if (!issues) {
        issues = validateEntry(model, entry);
        entryCache.set(entry, issues);
      }
      return issues;
    },
  };
  const configured = RULES.map((rule) => policy.rules[rule.meta.id]);
  // One reporter per rule, writing into `sink` (set before each rule runs): no closure per entry and rule.
  let sink: Finding[] = [];
  /** The entry rules' sink, replaced only when a rule found something (most find nothing). */
  let scratch: Finding[] = [];
  const reporters = RULES.map(
    (rule, i) => (r: Report) =>
      sink.push(
        makeFinding(rule, r.messageId, r.data, r.range, findingSeverity(configured[i], r.severity, rule.meta.defaultSeverity), r.related),
      ),
  );
  const internalError = (ruleId: string, err: unknown): Finding => {
    // A rule that throws must not hide the others' findings; say so at the top of the file.
    const data = { ruleId, error: (err as Error).message };
    return {
      ruleId,
      severity: 'error',
      messageId: INTERNAL_ERROR_ID,
      range: { start: 0, end: 0 },
      data,
    };
  };

  // The entry rules, per entry: from the cache when the entry's text and context are unchanged.
  // With parse errors, the same entry text can stand for another value (the errors elsewhere change how the
  // document reads), and with anchors an unchanged entry's alias can take a changed value: no reuse then.
  const useCache = cache && parsed.problems.length === 0 && !usesAnchors(parsed) ? cache : undefined;
  const context = useCache ? contextKey(model, policy, today) : '';
  const kept = new Map<string, CachedEntry>();
  // A first version (an open) keeps its entries without building their keys: only a later edit looks them up.
  const lazy = useCache?.fresh(context) ?? false;
  const deferred: PendingEntry[] = [];
  const entryRules = RULES.map((rule, i) => (rule.checkEntry && configured[i] !== 'off' ? rule.checkEntry : undefined));
  // A syntax error is fatal for its entry: the rules that read the entry's values do not run on it.
  const damage = syntaxDamage(parsed, model);
  const perEntry = model.entries.map((entry): CachedEntry => {
    if (damage?.entries.has(entry)) return { base: 0, found: NO_FOUND, hits: NO_HITS };
    const key = useCache && !lazy ? useCache.keyOf(entry, parsed.text) : '';
    const base = entry.range.start;
    const cached = lazy ? undefined : useCache?.get(context, key);
    if (cached) {
      const delta = base - cached.base;
      let found = cached.found;
      if (delta !== 0 && cached.hits.length) found = found.map((list) => list.map((f) => moved(f, delta)));
      const shifted = delta === 0 ? cached : { base, found, hits: cached.hits };
      kept.set(key, shifted);
      return shifted;
    }
    let cacheable = true;
    let found: (readonly Finding[])[] | undefined;
    let hits: number[] | undefined;
    for (let i = 0; i < RULES.length; i++) {
      const check = entryRules[i];
      if (!check) continue;
      sink = scratch;
      try {
        check(entry, ctx, reporters[i]);
      } catch (err) {
        sink.push(internalError(RULES[i].meta.id, err));
      }
      if (!sink.length) continue;
      scratch = [];
      // A finding outside the entry (at `defaults`, say) does not move with it: do not keep such an entry.
      const outside = (r: OffsetRange) => r.start < entry.range.start || r.end > entry.range.end;
      for (const f of sink) if (outside(f.range) || f.related?.some((r) => outside(r.range))) cacheable = false;
      (found ??= []).push(sink);
      (hits ??= []).push(i);
    }
    const checked: CachedEntry = { base, found: found ?? NO_FOUND, hits: hits ?? NO_HITS };
    if (useCache && cacheable) {
      if (lazy) deferred.push({ node: entry.node, index: entry.index, range: entry.range, checked });
      else kept.set(key, checked);
    }
    return checked;
  });
  if (lazy) useCache!.defer(parsed.text, deferred);
  else useCache?.replace(kept);
  if (cache) cache.model = model;

  // Which entry each entry rule's finding is about (acceptances are matched to it, wherever it is written).
  const about = () => {
    const map = new Map<Finding, EntryModel>();
    perEntry.forEach(({ found }, k) => {
      for (const list of found) for (const f of list) map.set(f, model.entries[k]!);
    });
    return map;
  };
  // Each rule's entry findings, in entry order, visiting only the rules that found something in each entry.
  const byRule: Finding[][] = RULES.map(() => []);
  for (const { found, hits } of perEntry) for (let j = 0; j < hits.length; j++) for (const f of found[j]) byRule[hits[j]].push(f);
  const findings: Finding[] = [];
  RULES.forEach((rule, i) => {
    if (configured[i] === 'off') return;
    sink = findings;
    try {
      rule.check?.(ctx, reporters[i]);
    } catch (err) {
      findings.push(internalError(rule.meta.id, err));
    }
    for (const f of byRule[i]) findings.push(f);
  });
  const accepted = applyAcceptances(
    damage ? findings.filter((f) => damage.keeps(f)) : findings,
    model,
    today,
    (rule, own) =>
      policy.rules[rule.meta.id] === 'off' ? 'off' : findingSeverity(policy.rules[rule.meta.id], own, rule.meta.defaultSeverity),
    RULES.map((r) => r.meta.id),
    policy.maxAcceptanceMonths,
    about,
  );
  const inForce = accepted.findings;
  inForce.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return {
    parsed,
    model,
    findings: inForce,
    suppressed: accepted.suppressed,
    policy,
    today,
    assess,
    policyPath: options.policyPath,
  };
}
