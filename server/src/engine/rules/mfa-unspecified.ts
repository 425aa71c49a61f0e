import { entryRef, type EntryRef } from '../facts';
import { isSeq } from 'yaml';
import { locateField } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

/** MFA is said to be on (`unspecified`) without its method. */
interface MfaUnspecifiedData {
  label: EntryRef;
  method: 'unspecified';
}

export const mfaUnspecified = defineRule<MfaUnspecifiedData>()({
  meta: {
    id: 'mfa-unspecified',
    defaultSeverity: 'info',
    category: 'security',
    description: 'Administration MFA is listed as `unspecified`: MFA is on but its method is not said.',
    messages: {
      unspecified:
        'Administrators of {{label}} use MFA of an unstated method: replace `unspecified` with the method (`webauthn`, `totp`, `push`, `sms`...), as its strength depends on it.',
    },
  },
  checkEntry(entry, ctx, report) {
    const list = locateField(ctx.model, entry, ['administrationAuthentication', 'mfa']).node;
    if (!isSeq(list)) return;
    const item = list.items.find((i) => scalarString(i) === 'unspecified');
    if (!item) return;
    report({
      range: nodeRange(item),
      messageId: 'unspecified',
      data: { label: entryRef(entry), method: 'unspecified' },
    });
  },
});
