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
      report({
        range: nodeRange(node),
        message: transfer
          ? `"${id}" in ${entryLabel(entry)} is a transfer framework, not a certification: record it as \`transfer: { mechanism: dpf }\`.`
          : `"${id}" in ${entryLabel(entry)} is a self-declared claim, not an audited certification: move it to \`claims\`.`,
        data: { claim: claim.id, moveTo: transfer ? 'transfer' : 'claims' },
      });
    }
  },
};
