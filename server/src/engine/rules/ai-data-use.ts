import { entryRef, type EntryRef } from '../facts';
import { saysAiProvider } from '../../knowledge';
import { fieldKeyRange, fieldValueRange, locateField } from '../entryNodes';
import { mapping } from '../fields';
import { defineRule } from '../rule';

interface AiDataUseData {
  label: EntryRef;
}

/**
 * An AI provider that trains its models on the data (an error: beyond documented instructions, Art. 28(3)(a),
 * and a controller for that processing, Art. 28(10)), one silent on whether it does, or an entry whose own words
 * say it runs AI models (an LLM, AI inference) with no `ai` block saying what it does with the data.
 */
export const aiDataUse = defineRule<AiDataUseData>()({
  meta: {
    id: 'ai-data-use',
    defaultSeverity: 'error',
    category: 'security',
    description:
      'A provider that runs AI models on the data trains them on it (an error: beyond documented instructions, GDPR Art. 28(3)(a), and a controller for that processing, Art. 28(10)), does not say whether it does, or is described as an LLM or AI-inference provider with no `ai` block (warnings).',
    messages: {
      silent:
        '{{label}} runs AI models on the data, and the inventory does not say whether it trains its models on it: check its terms (API and enterprise terms usually exclude training) and write `trainsOnCustomerData: false` or `true`.',
      trains:
        '{{label}} trains its models on the data it receives: a processor acts only on your documented instructions (GDPR Art. 28(3)(a)), and one that uses the data for its own ends becomes a controller for that processing (Art. 28(10)). Switch training off in its settings or contract before it receives personal data, or choose another provider.',
      noAiBlock:
        '{{label}} is described as an AI provider (an LLM, AI inference), and the inventory does not say what it does with the data: add `ai: { trainsOnCustomerData: ..., retentionDays: ... }` from its terms.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const label = entryRef(entry);
    const ai = mapping(entry.effective, 'ai');
    if (!ai) {
      // Recognised by its own words only (purpose, category): a miss is better than a false finding.
      const field = (['purpose', 'category'] as const).find((k) => {
        const text = entry.effective[k];
        return typeof text === 'string' && saysAiProvider([text]);
      });
      if (entry.effective.ai === undefined && field)
        report({ range: fieldValueRange(ctx.model, entry, [field]), messageId: 'noAiBlock', data: { label }, severity: 'warning' });
      return;
    }
    const trains = ai.trainsOnCustomerData;
    if (trains === false) return;
    const present = locateField(ctx.model, entry, ['ai', 'trainsOnCustomerData']).pair !== undefined;
    report({
      range: present ? fieldValueRange(ctx.model, entry, ['ai', 'trainsOnCustomerData']) : fieldKeyRange(ctx.model, entry, ['ai']),
      messageId: trains === true ? 'trains' : 'silent',
      data: { label },
      ...(trains === true ? {} : { severity: 'warning' as const }),
    });
  },
});
