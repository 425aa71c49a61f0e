import { isSeq } from 'yaml';
import { entryLabel, fieldValueRange, locateField } from '../entryNodes';
import type { Rule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

/** Administration sign-in without any second factor (`mfa: [none]` or `mfa: []`). */
export const adminMfaRequired: Rule = {
  meta: {
    id: 'admin-mfa-required',
    defaultSeverity: 'error',
    category: 'security',
    description: 'Administration authentication has no MFA (`mfa` is `[none]` or empty).',
  },
  checkEntry(entry, ctx, report) {
    const list = locateField(ctx.model, entry, ['administrationAuthentication', 'mfa']).node;
    if (!isSeq(list)) return; // absent: `missing-field`
    const methods = list.items.map(scalarString);
    if (methods.some((m) => m !== undefined && m !== 'none')) return;
    const none = list.items.find((i) => scalarString(i) === 'none');
    report({
      range: none ? nodeRange(none) : fieldValueRange(ctx.model, entry, ['administrationAuthentication', 'mfa']),
      message: `Administrators of ${entryLabel(entry)} sign in without MFA: turn on a second factor (preferably \`webauthn\`) and list it under \`mfa\`.`,
      data: { suggestion: 'webauthn' },
    });
  },
};
