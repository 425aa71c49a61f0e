import { addDays, isIsoDate } from '../dates';
import { entryLabel, fieldValueRange } from '../entryNodes';
import { isPlainObject } from '../model';
import { defineRule } from '../rule';

export interface NoticePeriodData {
  label: string;
  since: string;
  noticeDays: number;
  /** The first day the sub-processor may start, given the notice. */
  earliest: string;
}

/** A new sub-processor that starts before the notice the organisation promises its customers can have run. */
export const noticePeriod = defineRule<NoticePeriodData>()({
  meta: {
    id: 'notice-period',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description:
      'A sub-processor starts (`since`) less than `inventory.noticeDays` days from today: customers must be told of a new sub-processor in time to object (GDPR Art. 28(2)), and the notice you promise cannot run before it starts.',
    messages: {
      short:
        '{{label}} starts on {{since}}, fewer than the {{noticeDays}} days of notice you promise from today: your customers must be told of a new sub-processor in time to object (GDPR Art. 28(2)). Send the notice now and start it on {{earliest}} or later, or confirm the notice already went out.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const inventory = isPlainObject(ctx.model.value?.inventory) ? ctx.model.value.inventory : {};
    const noticeDays = inventory.noticeDays;
    const since = entry.effective.since;
    if (typeof noticeDays !== 'number' || noticeDays <= 0 || !isIsoDate(since)) return;
    const earliest = addDays(ctx.today, noticeDays);
    if (since < ctx.today || since >= earliest) return;
    report({
      range: fieldValueRange(ctx.model, entry, ['since']),
      messageId: 'short',
      data: { label: entryLabel(entry, ctx.lang), since, noticeDays, earliest },
    });
  },
});
