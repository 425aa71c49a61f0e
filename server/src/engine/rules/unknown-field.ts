import type { FixDraft } from '../ruleTypes';
import { fixTitle } from '../fixTitle';
import { isScalar } from 'yaml';
import { replaceScalarText } from '../edits';
import { nodeAt } from '../fixHelpers';
import { defineRule } from '../rule';
import type { SchemaIssueData } from '../schemaValidation';
import { isNotAnInventory } from '../shape';

interface UnknownFieldData extends SchemaIssueData {
  field: string;
}

/** A key the schema does not know, with the nearest known key as a suggestion. */
export const unknownField = defineRule<UnknownFieldData>()({
  meta: {
    id: 'unknown-field',
    defaultSeverity: 'warning',
    category: 'schema',
    description: 'A key the schema does not know (with a did-you-mean).',
    fixable: 'review',
    messages: {
      unknownSuggest: 'Unknown field `{{field}}` in {{where}}: did you mean `{{suggestion}}`?',
      unknown: 'Unknown field `{{field}}` in {{where}}. Known fields: {{known}}.',
      noSuchRuleSuggest: 'No rule has the id "{{field}}": did you mean `{{suggestion}}`?',
      noSuchRule: 'No rule has the id "{{field}}"; see docs/rules for the rule ids.',
      fixRename: 'Rename `{{field}}` to `{{suggestion}}`',
    },
  },
  check(ctx, report) {
    if (isNotAnInventory(ctx.parsed.value)) return; // one clear `missing-field` says it all
    for (const issue of ctx.shellIssues) if (issue.kind === 'unknown') report(issue as typeof issue & { data: UnknownFieldData });
  },
  checkEntry(entry, ctx, report) {
    for (const issue of ctx.entryIssues(entry)) if (issue.kind === 'unknown') report(issue as typeof issue & { data: UnknownFieldData });
  },
  // A did-you-mean is a guess (the key may be a field of a later version): offered, never applied unseen.
  fix(finding, result): FixDraft[] {
    const suggestion = finding.data?.suggestion;
    const key = nodeAt(result, finding.range);
    if (!suggestion || !isScalar(key)) return [];
    const title = fixTitle('fixRename', { field: String(key.value), suggestion });
    return [{ title, findings: [finding], edits: [replaceScalarText(result.parsed.text, key, suggestion)], safe: false, preferred: true }];
  },
});
