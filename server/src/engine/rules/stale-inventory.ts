import { addMonths, isIsoDate } from '../dates';
import type { Rule } from '../rule';
import { isPlainObject } from '../model';
import { valueRangeAt } from '../yamlNodes';

/** `inventory.lastUpdated` is older than the policy's review interval. */
export const staleInventory: Rule = {
  meta: {
    id: 'stale-inventory',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description: '`inventory.lastUpdated` is older than the review interval of the policy (12 months by default).',
  },
  check(ctx, report) {
    const inv = ctx.model.value?.inventory;
    const last = isPlainObject(inv) ? inv.lastUpdated : undefined;
    if (!isIsoDate(last)) return; // absent or malformed: schema rules
    const months = ctx.policy.reviewIntervalMonths;
    const due = addMonths(last, months);
    if (due >= ctx.today) return;
    report({
      range: valueRangeAt(ctx.model.root, ['inventory', 'lastUpdated']),
      message: `The inventory was last reviewed on ${last}, more than ${months} month${months === 1 ? '' : 's'} ago (review was due by ${due}): review the list and update \`lastUpdated\`.`,
      data: { lastUpdated: last, due, reviewIntervalMonths: months },
    });
  },
};
