/**
 * A `subprocessor-policy.yaml` file: parsed with the engine's parser, validated against
 * `schemas/policy.schema.json`, checked for rule and certification ids the product does not know, and
 * resolved to a full `Policy`. A policy with errors resolves to nothing: the inventory then falls back to
 * the default policy (and says so, see `policyResolution.ts`). Data only: nothing in the file is executed.
 */
import { isMap } from 'yaml';
import { CERTIFICATIONS, closest, getCertification, getClaim } from '../knowledge';
import { parseYaml, type ParsedYaml } from './parse';
import { resolvePolicy, type Policy } from './policy';
import { makeFinding, type AnyRule, type Report, type RuleContext } from './rule';
import { RULES, getRule } from './rules';
import { duplicateKey } from './rules/duplicate-key';
import { yamlSyntax } from './rules/yaml-syntax';
import { validatePolicyValue } from './schemaValidation';
import type { Finding } from './types';
import { keyRange, keyText, nodeRange, pairNamed, scalarString } from './yamlNodes';
import { isPlainObject } from './model';

interface PolicyFileResult {
  parsed: ParsedYaml;
  findings: Finding[];
  /** The resolved policy; undefined when the file has errors (the default policy applies instead). */
  policy: Policy | undefined;
}

import { invalidValue } from './rules/invalid-value';
import { missingField } from './rules/missing-field';
import { notACertification } from './rules/not-a-certification';
import { unknownCertification } from './rules/unknown-certification';
import { unknownField } from './rules/unknown-field';

const SCHEMA_RULE: Record<string, AnyRule> = { missing: missingField, unknown: unknownField, invalid: invalidValue };

export function lintPolicyText(text: string): PolicyFileResult {
  const parsed = parseYaml(text);
  const findings: Finding[] = [];
  // A policy is linted like an inventory, but strictly: a key or a rule id it does not know is an error (a
  // `missing-feld: off` must not pass for a setting), and a policy with errors is not used.
  const add = (rule: AnyRule, r: Report) =>
    findings.push(makeFinding(rule, r.messageId, r.data, r.range, rule === unknownField ? 'error' : r.severity));

  // The two syntax rules read only the parsed text, so they run here as they do on inventories.
  const syntaxCtx = { parsed } as RuleContext;
  yamlSyntax.check?.(syntaxCtx, (r) => add(yamlSyntax, r));
  duplicateKey.check?.(syntaxCtx, (r) => add(duplicateKey, r));

  const root = parsed.doc?.contents ?? undefined;
  const value = parsed.value;
  if (value !== null && value !== undefined && !isPlainObject(value)) {
    const start = nodeRange(root).start;
    add(invalidValue, {
      range: { start, end: parsed.lines.lineEnd(parsed.lines.positionAt(start).line) },
      messageId: 'policyNotMapping',
      data: {},
    });
  } else if (isPlainObject(value)) {
    for (const issue of validatePolicyValue(root, value)) add(SCHEMA_RULE[issue.kind], issue);
    checkRuleIds(root, add);
    checkCertificationIds(root, add);
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
  const hasErrors = findings.some((f) => f.severity === 'error');
  const policy = hasErrors ? undefined : resolvePolicy((isPlainObject(value) ? value : {}) as Partial<Policy>);
  if (policy) {
    // Settings for rule ids that do not exist were reported above and have no effect.
    for (const id of Object.keys(policy.rules)) if (!getRule(id)) delete policy.rules[id];
  }
  return { parsed, findings, policy };
}

/** Keys of `rules:` that are no rule id: an error at the key, with the closest id. */
function checkRuleIds(root: unknown, add: (rule: AnyRule, r: Report) => void): void {
  // A policy file's keys: the policy schema has no generated model (`pairNamed` takes any text).
  const rules = pairNamed(root, 'rules')?.value;
  if (!isMap(rules)) return;
  const ids = RULES.map((r) => r.meta.id);
  for (const pair of rules.items) {
    const key = keyText(pair);
    if (key === undefined || getRule(key)) continue;
    const suggestion = closest(key, ids);
    add(unknownField, {
      range: keyRange(pair),
      messageId: suggestion ? 'noSuchRuleSuggest' : 'noSuchRule',
      data: suggestion ? { field: key, suggestion } : { field: key },
    });
  }
}

/** Ids under `certified:` that are no known certification (or are claims, which never count). */
function checkCertificationIds(root: unknown, add: (rule: AnyRule, r: Report) => void): void {
  const list = pairNamed(root, 'certified')?.value as { items?: unknown[] } | undefined;
  if (!list || !Array.isArray(list.items)) return;
  for (const item of list.items) {
    const id = scalarString(item);
    if (id === undefined || getCertification(id)) continue;
    if (getClaim(id)) {
      add(notACertification, { range: nodeRange(item), messageId: 'claimInPolicy', data: { text: id, claim: id } });
      continue;
    }
    const suggestion = closest(
      id,
      CERTIFICATIONS.map((c) => c.id),
    );
    add(unknownCertification, {
      range: nodeRange(item),
      messageId: suggestion ? 'unknownInPolicySuggest' : 'unknownInPolicy',
      data: suggestion ? { certification: id, suggestion } : { certification: id },
    });
  }
}
