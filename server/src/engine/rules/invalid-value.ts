import { isSeq, type Node } from 'yaml';
import { COUNTRY_ALIASES, getCountry } from '../../knowledge';
import { isPlaceholderNode } from '../placeholder';
import type { Report, Rule } from '../rule';
import { locate, nodeRange, scalarString } from '../yamlNodes';

/** Codes the format accepts besides ISO 3166-1 alpha-2: `EU`, `GLOBAL`, and `EL` (the EU's code for Greece). */
const ACCEPTED_LOCATIONS = new Set(['EU', 'GLOBAL', 'EL']);

/** A value of the wrong type or outside its enum, a bad date, email, URL, id or country code. */
export const invalidValue: Rule = {
  meta: {
    id: 'invalid-value',
    defaultSeverity: 'error',
    category: 'schema',
    description: 'A value of the wrong type or outside its enum, a bad date, email or country code.',
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
      if (issue.kind === 'invalid' && !isPlaceholderNode(locate(ctx.model.root, issue.path).node)) report(issue); // placeholders: `placeholder-value`
    }
    checkCountries(entry.node, report);
  },
};

/**
 * Country codes of the right shape that are not ISO 3166-1 codes (the schema checks only the shape), under
 * `dataLocation.countries` of `owner`: an entry, or `defaults` (reported once there, not per inheriting entry).
 */
function checkCountries(owner: Node | undefined, report: (r: Report) => void): void {
  const countries = locate(owner, ['dataLocation', 'countries']).node;
  if (!isSeq(countries)) return;
  for (const item of countries.items) {
    const code = scalarString(item);
    if (code === undefined || !/^[A-Z]{2}$/.test(code) || ACCEPTED_LOCATIONS.has(code) || getCountry(code)) continue;
    const alias = COUNTRY_ALIASES[code];
    const suggestion = alias;
    report({
      range: nodeRange(item),
      message: alias
        ? `"${code}" is not an ISO 3166-1 country code: use \`${alias}\` (${getCountry(alias)?.name}).`
        : `"${code}" is not an ISO 3166-1 country code: use a two-letter code such as \`FR\` or \`US\`, \`EU\` or \`GLOBAL\`.`,
      data: suggestion ? { suggestion } : undefined,
    });
  }
}
