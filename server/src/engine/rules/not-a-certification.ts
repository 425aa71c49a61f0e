import { getCertification, getClaim, matchCertificationText } from '../../knowledge';
import { certificationItems, entryLabel } from '../entryNodes';
import type { Rule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** A claim (`gdpr-compliant`, `hipaa`, `dpf`, ...) listed under `certifications`. */
export const notACertification: Rule = {
  meta: {
    id: 'not-a-certification',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'A self-declared claim or a transfer framework (`gdpr-compliant`, `hipaa`, `dpf`, ...) is listed under `certifications`.',
  },
  checkEntry(entry, ctx, report) {
    for (const { id, node } of certificationItems(ctx.model, entry)) {
      if (getCertification(id)) continue;
      const claim = getClaim(id) ?? (() => {
        const m = matchCertificationText(id);
        return m ? getClaim(m.id) : undefined;
      })();
      if (!claim) continue;
      const transfer = claim.id === 'dpf';
      // The Privacy Shield is no claim worth keeping: the Court of Justice struck it down (facts.md section 1, S21/S23).
      const invalidated = claim.id === 'privacy-shield';
      report({
        range: nodeRange(node),
        message: transfer
          ? `"${id}" in ${entryLabel(entry)} is a transfer framework, not a certification: record it as \`transfer: { mechanism: dpf }\`.`
          : invalidated
            ? `"${id}" in ${entryLabel(entry)} is the EU-US Privacy Shield, invalidated by the Court of Justice on 2020-07-16 (Schrems II): it is no certification and no transfer basis; remove it and record the mechanism actually used under \`transfer\` (\`dpf\` or \`scc\`).`
            : `"${id}" in ${entryLabel(entry)} is a self-declared claim, not an audited certification: move it to \`claims\`.`,
        data: { claim: claim.id, moveTo: transfer ? 'transfer' : invalidated ? 'nowhere' : 'claims' },
      });
    }
  },
};
