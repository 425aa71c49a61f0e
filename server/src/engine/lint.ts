/** The engine's entry point: text in, findings out. No LSP here: the server and the CLI both call this. */
import { buildModel, type EntryModel, type InventoryModel } from './model';
import { parseYaml, type ParsedYaml } from './parse';
import { DEFAULT_POLICY, type Policy } from './policy';
import type { PolicyProblem, Report, RuleContext } from './rule';
import { RULES } from './rules';
import { validateEntry, validateShell, type SchemaIssue } from './schemaValidation';
import type { Finding, Severity, SeveritySetting } from './types';

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
  findings: Finding[];
  policy: Policy;
  today: string;
  /** The path of the policy file the inventory names (even when it could not be used); undefined for none. */
  policyPath?: string;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function severityFor(policy: Policy, ruleId: string, fallback: Severity): SeveritySetting {
  return policy.rules[ruleId] ?? fallback;
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintParsed(parseYaml(text), options);
}

export function lintParsed(parsed: ParsedYaml, options: LintOptions = {}): LintResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const today = options.today ?? todayUtc();
  const model = buildModel(parsed);
  const entryCache = new Map<EntryModel, SchemaIssue[]>();
  const ctx: RuleContext = {
    parsed,
    model,
    policy,
    today,
    policyProblem: options.policyProblem,
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
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const configured = policy.rules[rule.meta.id];
    if (configured === 'off') continue;
    const report = (r: Report) =>
      findings.push({ ruleId: rule.meta.id, severity: configured ?? r.severity ?? rule.meta.defaultSeverity, message: r.message, range: r.range, data: r.data });
    try {
      rule.check?.(ctx, report);
      if (rule.checkEntry) for (const entry of model.entries) rule.checkEntry(entry, ctx, report);
    } catch (err) {
      // A rule that throws must not hide the others' findings; say so at the top of the file.
      findings.push({
        ruleId: rule.meta.id,
        severity: 'error',
        message: `Internal error in rule ${rule.meta.id}: ${(err as Error).message}. Please report it.`,
        range: { start: 0, end: 0 },
      });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { parsed, model, findings, policy, today, policyPath: options.policyPath };
}
