import type { Fact } from '../facts';
import { CERTIFICATIONS, closest, getCertification, getClaim, matchCertificationText, matchNotHeldScheme } from '../../knowledge';
import { certificationItems } from '../entryNodes';
import { CERTIFICATION_FIX_MESSAGES, certificationFixes, type CertificationFixData } from '../certificationFixes';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** A certification id the knowledge base does not know; suggests the closest known one. */
interface UnknownCertificationData extends CertificationFixData {
  certification: string;
  /** The suggestion's name, or the unadopted scheme's. */
  name?: Fact;
  /** For a name no provider holds as a certification (EUCS, CE): why. */
  why?: Fact;
}

export const unknownCertification = defineRule<UnknownCertificationData>()({
  meta: {
    id: 'unknown-certification',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'A certification id the product does not know (with a did-you-mean).',
    fixable: 'safe',
    messages: {
      unknownSuggest: 'Unknown certification "{{certification}}": did you mean `{{suggestion}}` ({{name}})?',
      unknown:
        'Unknown certification "{{certification}}": use a known id such as `soc2-type2` or `iso27001`, or move a self-declared statement to `claims`.',
      unknownInPolicySuggest: 'Unknown certification "{{certification}}": did you mean `{{suggestion}}`?',
      unknownInPolicy: 'Unknown certification "{{certification}}": use a known id such as `iso27701`.',
      notHeld: '"{{certification}}" is no certification a provider holds: {{why}}',
      ...CERTIFICATION_FIX_MESSAGES,
    },
  },
  checkEntry(entry, ctx, report) {
    for (const { id, node } of certificationItems(ctx.model, entry)) {
      if (getCertification(id) || getClaim(id)) continue;
      const matched = matchCertificationText(id);
      if (matched && getClaim(matched.id)) continue; // a claim written as text: `not-a-certification` says so
      // A scheme not adopted (EUCS) or a mark that is something else (CE): say so, never a did-you-mean to a look-alike.
      const unadopted = matched ? undefined : matchNotHeldScheme(id);
      if (unadopted) {
        const name: Fact = { fact: 'claimWord', id: unadopted.id, word: 'name' };
        const why: Fact = { fact: 'claimWord', id: unadopted.id, word: 'why' };
        report({ range: nodeRange(node), messageId: 'notHeld', data: { certification: id, name, why } });
        continue;
      }
      const suggestion =
        matched?.id ??
        closest(
          id,
          CERTIFICATIONS.map((c) => c.id),
        );
      report({
        range: nodeRange(node),
        messageId: suggestion ? 'unknownSuggest' : 'unknown',
        data: suggestion ? { certification: id, suggestion, name: { fact: 'certificationName', id: suggestion } } : { certification: id },
      });
    }
  },
  // Text that names a certification ("SOC 2 Type II") is re-filed safely; an edit-distance guess is only offered.
  fix: (finding, result) => (finding.messageId === 'notHeld' ? [] : certificationFixes(finding, result)),
});
