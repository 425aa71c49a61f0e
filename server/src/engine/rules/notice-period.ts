import { dateFact, entryRef, type EntryRef, type Fact } from '../facts';
import { addDays, isIsoDate } from '../dates';
import { fieldValueRange } from '../entryNodes';
import { mapping } from '../fields';
import { defineRule } from '../rule';

interface NoticePeriodData {
  label: EntryRef;
  since: Fact;
  noticeDays: number;
  /** The first day the sub-processor may start, given the notice (sent today, or on `noticeSent`). */
  earliest: Fact;
  /** The day the notice was sent, when the entry records it. */
  noticeSent?: Fact;
}

/**
 * How long after its start a sub-processor without a recorded notice is still "new": the objection window of a
 * usual 30-day notice has just closed, and the record of the notice is still at hand. Older entries predate the
 * record (`noticeSent` came with format 0.3) and are not judged.
 */
const RECENT_DAYS = 90;

/**
 * The change notice as a process (GDPR Art. 28(2)), for an inventory that promises `noticeDays`: a sub-processor
 * that starts (`since`) before the notice it was given (`noticeSent`) has run, or a new one (starting in the
 * future, or in the last 90 days) with no notice on record.
 */
export const noticePeriod = defineRule<NoticePeriodData>()({
  meta: {
    id: 'notice-period',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description:
      'A sub-processor starts (`since`) before the `inventory.noticeDays` of notice have run from `noticeSent` (or from today, when no notice is recorded), or a new one (starting in the future or in the last 90 days) has no notice recorded: customers must be told of a new sub-processor in time to object (GDPR Art. 28(2)).',
    messages: {
      short:
        '{{label}} starts on {{since}}, fewer than the {{noticeDays}} days of notice you promise from today, and no notice is recorded: your customers must be told of a new sub-processor in time to object (GDPR Art. 28(2)). Send the notice now and start it on {{earliest}} or later, and record the day it went out in `noticeSent`.',
      noNotice:
        '{{label}} is a new sub-processor (it starts on {{since}}) and no notice to your customers is recorded: record in `noticeSent` the day they were told, at least {{noticeDays}} days before it starts (GDPR Art. 28(2)).',
      beforeNotice:
        '{{label}} starts on {{since}}, before the {{noticeDays}} days of the notice sent on {{noticeSent}} have run (on {{earliest}}): your customers could not object in time (GDPR Art. 28(2)). Start it on {{earliest}} or later.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const noticeDays = mapping(ctx.model.value, 'inventory')?.noticeDays;
    const since = entry.effective.since;
    if (typeof noticeDays !== 'number' || !Number.isInteger(noticeDays) || noticeDays < 0 || !isIsoDate(since)) return;
    const label = entryRef(entry);
    const range = fieldValueRange(ctx.model, entry, ['since']);
    const noticeSent = entry.effective.noticeSent;
    if (isIsoDate(noticeSent)) {
      const earliest = addDays(noticeSent, noticeDays);
      if (since < earliest)
        report({
          range,
          messageId: 'beforeNotice',
          data: { label, since: dateFact(since), noticeDays, noticeSent: dateFact(noticeSent), earliest: dateFact(earliest) },
        });
      return;
    }
    // A `noticeSent` that is not a date is for `invalid-value`; none at all, for a new entry, is this rule's.
    if (noticeSent !== undefined) return;
    if (since < addDays(ctx.today, -RECENT_DAYS)) return;
    const earliest = addDays(ctx.today, noticeDays);
    const messageId = since >= ctx.today && since < earliest ? 'short' : 'noNotice';
    report({ range, messageId, data: { label, since: dateFact(since), noticeDays, earliest: dateFact(earliest) } });
  },
});
