import { entryLabel, fieldKeyRange, fieldValueRange, locateField } from '../entryNodes';
import { isPlainObject } from '../model';
import { defineRule } from '../rule';

export interface AiDataUseData {
  label: string;
}

/** An AI provider silent on whether it trains its models on the data, or one that does. */
export const aiDataUse = defineRule<AiDataUseData>()({
  meta: {
    id: 'ai-data-use',
    defaultSeverity: 'warning',
    category: 'security',
    description:
      'A provider that runs AI models on the data (`ai`) does not say whether it trains its models on it, or says that it does: a processor may process data only on documented instructions (GDPR Art. 28(3)(a)), and training for its own ends goes beyond them.',
    messages: {
      silent:
        '{{label}} runs AI models on the data, and the inventory does not say whether it trains its models on it: check its terms (API and enterprise terms usually exclude training) and write `trainsOnCustomerData: false` or `true`.',
      trains:
        '{{label}} trains its models on the data it receives: that is processing for its own ends, beyond your documented instructions (GDPR Art. 28(3)(a)). Switch training off in its settings or contract, or make sure your customers agreed to it.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || !isPlainObject(entry.effective.ai)) return;
    const trains = entry.effective.ai.trainsOnCustomerData;
    if (trains === false) return;
    const present = locateField(ctx.model, entry, ['ai', 'trainsOnCustomerData']).pair !== undefined;
    report({
      range: present ? fieldValueRange(ctx.model, entry, ['ai', 'trainsOnCustomerData']) : fieldKeyRange(ctx.model, entry, ['ai']),
      messageId: trains === true ? 'trains' : 'silent',
      data: { label: entryLabel(entry, ctx.lang) },
    });
  },
});
