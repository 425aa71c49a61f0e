import { entryRef, type EntryRef } from '../facts';
import { certificationItems } from '../entryNodes';
import { CERTIFICATION_FIX_MESSAGES, certificationFixes, type CertificationFixData } from '../certificationFixes';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** `soc2` without saying whether the report is Type I or Type II. */
interface Soc2TypeUnspecifiedData extends CertificationFixData {
  label: EntryRef;
  certification: string;
  suggestion: 'soc2-type2';
  alternatives: string[];
}

export const soc2TypeUnspecified = defineRule<Soc2TypeUnspecifiedData>()({
  meta: {
    id: 'soc2-type-unspecified',
    defaultSeverity: 'warning',
    category: 'certification',
    description: 'SOC 2 is listed without its type (Type I or Type II).',
    fixable: 'review',
    messages: {
      noType:
        'SOC 2 in {{label}} does not say its type: write `soc2-type2` (controls tested over a period) or `soc2-type1` (design at one date), as the report states.',
      ...CERTIFICATION_FIX_MESSAGES,
    },
  },
  checkEntry(entry, ctx, report) {
    for (const { id, node } of certificationItems(ctx.model, entry)) {
      if (id !== 'soc2') continue;
      report({
        range: nodeRange(node),
        messageId: 'noType',
        data: {
          label: entryRef(entry),
          certification: id,
          suggestion: 'soc2-type2',
          alternatives: ['soc2-type2', 'soc2-type1'],
        },
      });
    }
  },
  // Which type the report is only the report says: `soc2-type2` is offered, never applied unseen.
  fix: certificationFixes,
});
