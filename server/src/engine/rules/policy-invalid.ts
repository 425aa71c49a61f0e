import type { Rule } from '../rule';
import { valueRangeAt } from '../yamlNodes';

/** The policy file that `policy:` names cannot be used, so the built-in default policy applies. */
export const policyInvalid: Rule = {
  meta: {
    id: 'policy-invalid',
    defaultSeverity: 'error',
    category: 'schema',
    description: 'The policy file that `policy:` names cannot be used (not found, outside the workspace, or invalid), so the built-in default policy applies.',
  },
  check(ctx, report) {
    if (!ctx.policyProblem) return;
    report({ range: valueRangeAt(ctx.model.root, ['policy']), message: ctx.policyProblem.message, data: ctx.policyProblem.data });
  },
};
