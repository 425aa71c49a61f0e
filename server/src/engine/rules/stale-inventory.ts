import { addMonths, isIsoDate } from '../dates';
import { dateFact, type Fact } from '../facts';
import { defineRule } from '../rule';
import { mapping } from '../fields';
import { valueRangeAt } from '../yamlNodes';

/** `inventory.lastUpdated` is older than the policy's review interval. */
interface StaleInventoryData {
  lastUpdated: Fact;
  due: Fact;
  reviewIntervalMonths: number;
}

export const staleInventory = defineRule<StaleInventoryData>()({
  meta: {
    id: 'stale-inventory',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description: '`inventory.lastUpdated` is older than the review interval of the policy (12 months by default).',
    messages: {
      stale:
        'The inventory was last reviewed on {{lastUpdated}}, more than {{reviewIntervalMonths|# month|# months}} ago (review was due by {{due}}): review the list and update `lastUpdated`.',
    },
  },
  check(ctx, report) {
    const last = mapping(ctx.model.value, 'inventory')?.lastUpdated;
    if (!isIsoDate(last)) return; // absent or malformed: schema rules
    const months = ctx.policy.reviewIntervalMonths;
    const due = addMonths(last, months);
    if (due >= ctx.today) return;
    report({
      range: valueRangeAt(ctx.model.root, ['inventory', 'lastUpdated']),
      messageId: 'stale',
      data: { lastUpdated: dateFact(last), due: dateFact(due), reviewIntervalMonths: months },
    });
  },
});
