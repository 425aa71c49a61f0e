import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { isSeq } from 'yaml';
import { getMfaMethod } from '../../knowledge';
import { locateField } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

const CRITICALITIES = new Set(['critical', 'high']);

/** A critical or high entry whose administrators' only second factors are SMS, voice or email codes. */
interface WeakAdminMfaData {
  label: EntryRef;
  criticality: Fact;
  method: string;
  /** The method's name. */
  name: Fact;
  suggestion: 'webauthn';
}

export const weakAdminMfa = defineRule<WeakAdminMfaData>()({
  meta: {
    id: 'weak-admin-mfa',
    defaultSeverity: 'warning',
    category: 'security',
    description: 'The only MFA for administration of a critical or high sub-processor is SMS, voice or email.',
    messages: {
      weak: 'Administrators of {{label}} ({{criticality}}) rely on {{name}}, which SIM swap or phishing defeats: switch to `webauthn` (security key or passkey), or at least `totp`.',
    },
  },
  checkEntry(entry, ctx, report) {
    const criticality = entry.effective.criticality;
    if (typeof criticality !== 'string' || !CRITICALITIES.has(criticality)) return;
    const list = locateField(ctx.model, entry, ['administrationAuthentication', 'mfa']).node;
    if (!isSeq(list) || list.items.length === 0) return;
    const methods = list.items.map((i) => ({ node: i, id: scalarString(i) }));
    if (!methods.every((m) => m.id !== undefined && getMfaMethod(m.id)?.strength === 'weak')) return;
    for (const m of methods) {
      const name: Fact = { fact: 'mfaName', id: m.id! };
      report({
        range: nodeRange(m.node),
        messageId: 'weak',
        data: {
          label: entryRef(entry),
          criticality: { fact: 'criticality', value: criticality },
          method: m.id!,
          name: name ?? m.id!,
          suggestion: 'webauthn',
        },
      });
    }
  },
});
