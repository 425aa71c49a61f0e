import type { FixDraft } from '../ruleTypes';
import type { Fact } from '../facts';
import { fixTitle } from '../fixTitle';
import { isScalar, isSeq, type Node } from 'yaml';
import { COUNTRY_ALIASES, getCountry } from '../../knowledge';
import { CERTIFICATION_FIX_MESSAGES, certificationFixes, type CertificationFixData } from '../certificationFixes';
import { replaceScalarText } from '../edits';
import { certificationItem, nodeAt } from '../fixHelpers';
import { isPlaceholderNode } from '../placeholder';
import { clausesNamedIn } from '../sccClauses';
import { defineRule, type Reporter } from '../rule';
import type { SchemaIssueData } from '../schemaValidation';
import { locate, nodeRange, scalarString } from '../yamlNodes';

/** Codes the format accepts besides ISO 3166-1 alpha-2: `EU`, `GLOBAL`, and `EL` (the EU's code for Greece). */
const ACCEPTED_LOCATIONS = new Set(['EU', 'GLOBAL', 'EL']);

interface InvalidValueData extends Partial<SchemaIssueData>, CertificationFixData {
  /** A country code that is not ISO 3166-1, and its name when it is an alias of one. */
  code?: string;
  name?: Fact;
}

/** A value of the wrong type or outside its enum, a bad date, email, URL, id or country code. */
export const invalidValue = defineRule<InvalidValueData>()({
  meta: {
    id: 'invalid-value',
    defaultSeverity: 'error',
    category: 'schema',
    description: 'A value of the wrong type or outside its enum, a bad date, email or country code.',
    fixable: 'safe',
    messages: {
      notInventoryShape: 'A sub-processor inventory is a mapping with `inventory:` and `subprocessors:` at the top level, not {{actual}}.',
      entryNotMapping: 'Each sub-processor is a mapping of fields (`id`, `name`, ...), not {{actual}}.',
      wrongType: '{{where}} must be {{wanted}}, not {{actual}}.',
      wrongTypeOrUnknown: '{{where}} must be {{wanted}}, or `unknown` when it is not known yet, not {{actual}}.',
      enumSuggest: '{{shown}} is not a valid {{where}}: did you mean `{{suggestion}}`?',
      enum: '{{shown}} is not a valid {{where}}: use one of {{choices}}.',
      badDate: '{{shown}} is not a valid date for {{where}}: write it as YYYY-MM-DD (for example 2025-08-01).',
      badEmail: '{{shown}} is not an email address ({{where}}).',
      badUrl: '{{shown}} is not an absolute URL ({{where}}): start it with https://.',
      badFormat: '{{shown}} is not a valid {{format}} ({{where}}).',
      badPattern: '"{{value}}" is not valid here: {{hint}}.',
      empty: '{{where}} must not be empty.',
      duplicateItem: '{{where}} lists the same value twice (items {{first}} and {{second}}); remove one.',
      tooFew: '{{where}} needs at least {{limit|# item|# items}}.',
      tooSmall: '{{where}} must be at least {{limit}}, not {{actual}}.',
      tooLarge: '{{where}} must be at most {{limit}}, not {{actual}}.',
      other: '{{where}}: {{detail}}.',
      countryAlias: '"{{code}}" is not an ISO 3166-1 country code: use `{{suggestion}}` ({{name}}).',
      countryUnknown: '"{{code}}" is not an ISO 3166-1 country code: use a two-letter code such as `FR` or `US`, `EU` or `GLOBAL`.',
      countryUnknownNoArea: '"{{code}}" is not an ISO 3166-1 country code: use a two-letter code such as `FR` or `US`.',
      policyNotMapping:
        'A policy is a mapping of settings (`residency`, `certified`, `tiers`, `rules`, ...), not a list or a single value.',
      fixReplace: 'Change "{{value}}" to `{{suggestion}}`',
      ...CERTIFICATION_FIX_MESSAGES,
    },
  },
  check(ctx, report) {
    for (const issue of ctx.shellIssues) {
      if (issue.kind !== 'invalid' || isPlaceholderNode(locate(ctx.model.root, issue.path).node)) continue; // `placeholder-value` says it
      if (issue.path.length > 0) report(issue);
      else {
        // The whole document has the wrong shape: underline its first line, not the whole file.
        const line = ctx.parsed.lines.positionAt(issue.range.start).line;
        report({ ...issue, range: { start: issue.range.start, end: Math.min(issue.range.end, ctx.parsed.lines.lineEnd(line)) } });
      }
    }
    checkCountries(ctx.model.defaultsNode, report);
  },
  checkEntry(entry, ctx, report) {
    for (const issue of ctx.entryIssues(entry)) {
      if (issue.kind !== 'invalid') continue;
      const node = locate(ctx.model.root, issue.path).node;
      if (isPlaceholderNode(node)) continue; // placeholders: `placeholder-value`
      if (namesClauses(issue.path, scalarString(node))) continue; // `scc-outdated` says why, once
      report(issue);
    }
    checkCountries(entry.node, report);
  },
  // A malformed certification id is corrected like any certification item; otherwise the suggestion replaces
  // the value: safe for a country alias (UK for GB says the same thing), only offered for an enum's did-you-mean.
  fix(finding, result): FixDraft[] {
    if (certificationItem(result, finding.range)) return certificationFixes(finding, result);
    const suggestion = finding.data?.suggestion;
    const node = nodeAt(result, finding.range);
    if (!suggestion || !isScalar(node)) return [];
    const title = fixTitle('fixReplace', { value: String(node.value), suggestion });
    return [
      {
        title,
        findings: [finding],
        edits: [replaceScalarText(result.parsed.text, node, suggestion)],
        safe: !finding.data?.allowed,
        preferred: true,
      },
    ];
  },
});

/**
 * A transfer mechanism or SCC version written as clauses that are no transfer basis ("EU Model Clauses (2010)",
 * `version: "2021/915"`): `scc-outdated` gives the one clear finding, not a schema error beside it.
 */
function namesClauses(path: readonly unknown[], value: string | undefined): boolean {
  const last = path[path.length - 1];
  const inTransfer = path.includes('transfer');
  return (
    inTransfer && (last === 'mechanism' || (last === 'version' && path[path.length - 2] === 'scc')) && clausesNamedIn(value) !== undefined
  );
}

/** The fields of an entry (or of `defaults`) that hold country codes; `area`: `EU` and `GLOBAL` are allowed there too. */
const COUNTRY_FIELDS: readonly { path: readonly string[]; area?: true }[] = [
  { path: ['dataLocation', 'countries'], area: true },
  { path: ['access', 'countries'] },
  { path: ['entityCountry'] },
  { path: ['parentCountry'] },
  { path: ['transfer', 'to'] },
];

/**
 * Country codes of the right shape that are not ISO 3166-1 codes (the schema checks only the shape), in every
 * field of `owner` that holds countries (an entry, or `defaults`: reported once there, not per inheriting entry):
 * where data is stored, reached from, where the entity and its parent are established, where a transfer goes. Such
 * a code is this rule's alone: no other rule judges it as a place inside or outside the EEA.
 */
function checkCountries(
  owner: Node | undefined,
  report: Reporter<InvalidValueData, 'countryAlias' | 'countryUnknown' | 'countryUnknownNoArea'>,
): void {
  for (const { path, area } of COUNTRY_FIELDS) {
    const found = locate(owner, path.slice(0, -1)).node;
    // `transfer` may be one item or a list of them, each with its own `to`.
    const holders = path[0] === 'transfer' && isSeq(found) ? (found.items as Node[]) : [found];
    for (const holder of holders) {
      const value = locate(holder, path.slice(-1)).node;
      for (const item of isSeq(value) ? (value.items as Node[]) : [value]) {
        const code = scalarString(item);
        if (!item || code === undefined || !/^[A-Z]{2}$/.test(code) || ACCEPTED_LOCATIONS.has(code) || getCountry(code)) continue;
        const alias = COUNTRY_ALIASES[code];
        report({
          range: nodeRange(item),
          messageId: alias ? 'countryAlias' : area ? 'countryUnknown' : 'countryUnknownNoArea',
          data: alias ? { code, suggestion: alias, name: { fact: 'countryName', code: alias } } : { code },
        });
      }
    }
  }
}
