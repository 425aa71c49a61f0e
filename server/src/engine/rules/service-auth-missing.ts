import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { fieldValueRange } from '../entryNodes';
import { defineRule } from '../rule';
import { mapping } from '../fields';

const PERSONAL = new Set(['yes', 'limited']);

/** `serviceAuthentication` is `-` or empty for an entry that handles personal data. */
interface ServiceAuthMissingData {
  label: EntryRef;
  level: Fact;
  field: 'serviceAuthentication';
}

export const serviceAuthMissing = defineRule<ServiceAuthMissingData>()({
  meta: {
    id: 'service-auth-missing',
    defaultSeverity: 'warning',
    category: 'security',
    description: '`serviceAuthentication` is `-` or empty for a sub-processor that handles personal data (`yes` or `limited`).',
    messages: {
      missing:
        '{{label}} handles {{level}} but does not say how your systems authenticate to it: describe it (API keys, service accounts, SSO...).',
    },
  },
  checkEntry(entry, ctx, report) {
    const level = mapping(entry.effective, 'personalData')?.level;
    if (typeof level !== 'string' || !PERSONAL.has(level)) return;
    const value = entry.effective.serviceAuthentication;
    if (value === undefined) return; // absent: `missing-field`
    if (typeof value === 'string' && value.trim() !== '' && value.trim() !== '-') return;
    if (value !== null && typeof value !== 'string') return; // wrong type: `invalid-value`
    report({
      range: fieldValueRange(ctx.model, entry, ['serviceAuthentication']),
      messageId: 'missing',
      data: { label: entryRef(entry), level: { fact: 'level', value: level }, field: 'serviceAuthentication' },
    });
  },
});
