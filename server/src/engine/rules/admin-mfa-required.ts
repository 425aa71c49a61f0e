import { entryRef, type EntryRef } from '../facts';
import { isSeq } from 'yaml';
import { fieldValueRange, locateField } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

/** Administration sign-in without any second factor (`mfa: [none]` or `mfa: []`). */
interface AdminMfaRequiredData {
  label: EntryRef;
  suggestion: 'webauthn';
}

export const adminMfaRequired = defineRule<AdminMfaRequiredData>()({
  meta: {
    id: 'admin-mfa-required',
    defaultSeverity: 'error',
    category: 'security',
    description: 'Administration authentication has no MFA (`mfa` is `[none]` or empty).',
    messages: {
      noMfa: 'Administrators of {{label}} sign in without MFA: turn on a second factor (preferably `webauthn`) and list it under `mfa`.',
    },
  },
  checkEntry(entry, ctx, report) {
    const list = locateField(ctx.model, entry, ['administrationAuthentication', 'mfa']).node;
    if (!isSeq(list)) return; // absent: `missing-field`
    const methods = list.items.map(scalarString);
    if (methods.some((m) => m !== undefined && m !== 'none')) return;
    const none = list.items.find((i) => scalarString(i) === 'none');
    report({
      range: none ? nodeRange(none) : fieldValueRange(ctx.model, entry, ['administrationAuthentication', 'mfa']),
      messageId: 'noMfa',
      data: { label: entryRef(entry), suggestion: 'webauthn' },
    });
  },
});
