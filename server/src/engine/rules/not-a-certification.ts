import { entryRef, type EntryRef } from '../facts';
import { getCertification, getClaim, matchCertificationText } from '../../knowledge';
import { certificationItems } from '../entryNodes';
import { CERTIFICATION_FIX_MESSAGES, certificationFixes, type CertificationFixData } from '../certificationFixes';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** A claim (`gdpr-compliant`, `hipaa`, `dpf`, ...) listed under `certifications`. */
interface NotACertificationData extends CertificationFixData {
  label: EntryRef;
  /** The item as written. */
  text: string;
  claim: string;
  moveTo: 'claims' | 'transfer' | 'nowhere';
}

export const notACertification = defineRule<NotACertificationData>()({
  meta: {
    id: 'not-a-certification',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'A self-declared claim or a transfer framework (`gdpr-compliant`, `hipaa`, `dpf`, ...) is listed under `certifications`.',
    fixable: 'safe',
    messages: {
      transferFramework:
        '"{{text}}" in {{label}} is a transfer framework, not a certification: record it as `transfer: { mechanism: dpf }`.',
      privacyShield:
        '"{{text}}" in {{label}} is the EU-US Privacy Shield, invalidated by the Court of Justice on 16 July 2020 (Schrems II): it is no certification and no transfer basis; remove it and record the mechanism actually used under `transfer` (`dpf` or `scc`).',
      swissPrivacyShield:
        '"{{text}}" in {{label}} is the Swiss-US Privacy Shield, which the Swiss FDPIC found inadequate on 8 September 2020 and which was never an EU transfer basis: remove it and record the mechanism actually used under `transfer`.',
      claim: '"{{text}}" in {{label}} is a self-declared claim, not an audited certification: move it to `claims`.',
      claimInPolicy: '"{{text}}" is a claim, not a certification: it cannot make a provider certified; remove it from `certified`.',
      ...CERTIFICATION_FIX_MESSAGES,
    },
  },
  checkEntry(entry, ctx, report) {
    for (const { id, node } of certificationItems(ctx.model, entry)) {
      if (getCertification(id)) continue;
      const claim =
        getClaim(id) ??
        (() => {
          const m = matchCertificationText(id);
          return m ? getClaim(m.id) : undefined;
        })();
      if (!claim) continue;
      const transfer = claim.id === 'dpf';
      // The Privacy Shield is no claim worth keeping: the Court of Justice struck it down (facts.md section 1, S21/S23).
      // So is the Swiss-US one, which the Swiss FDPIC found inadequate (facts.md section 7, S32).
      const invalidated = claim.id === 'privacy-shield' || claim.id === 'swiss-us-privacy-shield';
      report({
        range: nodeRange(node),
        messageId: transfer
          ? 'transferFramework'
          : claim.id === 'swiss-us-privacy-shield'
            ? 'swissPrivacyShield'
            : invalidated
              ? 'privacyShield'
              : 'claim',
        data: {
          label: entryRef(entry),
          text: id,
          claim: claim.id,
          moveTo: transfer ? 'transfer' : invalidated ? 'nowhere' : 'claims',
        },
      });
    }
  },
  // Re-filing a claim is safe; a removal of the Privacy Shield is not (the mechanism in use is still to record).
  fix: certificationFixes,
});
