import { CERTIFICATIONS, closest, getCertification, getClaim, matchCertificationText } from '../../knowledge';
import { certificationItems } from '../entryNodes';
import type { Rule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** A certification id the knowledge base does not know; suggests the closest known one. */
export const unknownCertification: Rule = {
  meta: {
    id: 'unknown-certification',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'A certification id the product does not know (with a did-you-mean).',
  },
  checkEntry(entry, ctx, report) {
    for (const { id, node } of certificationItems(ctx.model, entry)) {
      if (getCertification(id) || getClaim(id)) continue;
      const matched = matchCertificationText(id);
      if (matched && getClaim(matched.id)) continue; // a claim written as text: `not-a-certification` says so
      const suggestion = matched?.id ?? closest(id, CERTIFICATIONS.map((c) => c.id));
      report({
        range: nodeRange(node),
        message: suggestion
          ? `Unknown certification "${id}": did you mean \`${suggestion}\` (${getCertification(suggestion)?.name})?`
          : `Unknown certification "${id}": use a known id such as \`soc2-type2\` or \`iso27001\`, or move a self-declared statement to \`claims\`.`,
        data: suggestion ? { certification: id, suggestion } : { certification: id },
      });
    }
  },
};
