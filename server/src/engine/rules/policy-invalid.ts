import { defineRule, type PolicyProblemData } from '../rule';
import { valueRangeAt } from '../yamlNodes';

/** The policy file that `policy:` names cannot be used, so the built-in default policy applies. */
export const policyInvalid = defineRule<PolicyProblemData>()({
  meta: {
    id: 'policy-invalid',
    defaultSeverity: 'error',
    category: 'schema',
    description:
      'The policy file that `policy:` names cannot be used (not found, outside the workspace, or invalid), so the built-in default policy applies.',
    messages: {
      unsaved:
        'The policy "{{policy}}" is relative to the inventory, which is not saved yet: save the file; until then the built-in default policy applies.',
      outside:
        'The policy "{{policy}}" is outside the inventory\'s folder tree ({{root}}), so it is not read: keep the policy inside it; the built-in default policy applies.',
      notYaml: 'The policy "{{policy}}" is not a YAML file: name it `subprocessor-policy.yaml`; the built-in default policy applies.',
      notFound: 'No policy file can be read at "{{policy}}": create it or correct the path; the built-in default policy applies.',
      invalid:
        'The policy "{{policy}}" has {{errors|# error|# errors}} ({{errors|line|the first at line}} {{line}}). {{first}} Fix {{errors|it|them}}; until then the built-in default policy applies.',
      noFiles:
        'The policy "{{policy}}" cannot be read in this editor, which reads no files (a web editor such as github.dev): the built-in default policy applies here; the desktop editor and `subproc check` read it.',
    },
  },
  check(ctx, report) {
    if (!ctx.policyProblem) return;
    const { messageId, data } = ctx.policyProblem;
    // Not the file's fault but the editor's: said, not counted as an error.
    report({
      range: valueRangeAt(ctx.model.root, ['policy']),
      messageId,
      data,
      ...(messageId === 'noFiles' ? { severity: 'info' as const } : {}),
    });
  },
});
