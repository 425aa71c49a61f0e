import type { Fact } from '../facts';
import { dateFact, entryRef, type EntryRef } from '../facts';
import { isMap } from 'yaml';
import { getCertification } from '../../knowledge';
import { certificationItems } from '../entryNodes';
import { defineRule } from '../rule';
import { findPair, nodeRange } from '../yamlNodes';
import { addDays } from '../dates';

/** A certification whose `validUntil` has passed (or comes soon), or whose edition is no longer valid. */
interface CertificationExpiredData {
  label: EntryRef;
  certification: string;
  /** The certification's name. */
  name: Fact;
  validUntil?: Fact;
  expired?: boolean;
  edition?: string;
  invalidAfter?: Fact;
  /** The current edition, when the knowledge base names one. */
  suggestion?: string;
}

export const certificationExpired = defineRule<CertificationExpiredData>()({
  meta: {
    id: 'certification-expired',
    defaultSeverity: 'error',
    category: 'certification',
    description:
      "A certification whose `validUntil` has passed or whose edition is no longer valid (ISO 27001:2013 after 31 October 2025); a warning when it expires within the policy's warning period (60 days by default).",
    messages: {
      expired:
        '{{name}} of {{label}} expired on {{validUntil}}: ask the provider for the current certificate or report and update `validUntil`.',
      editionInvalid:
        '{{name}} edition {{edition}} of {{label}} is no longer valid since {{invalidAfter}}: ask for a certificate against the {{suggestion}} edition.',
      editionInvalidNoCurrent:
        '{{name}} edition {{edition}} of {{label}} is no longer valid since {{invalidAfter}}: ask for a certificate against the current edition.',
      expiresSoon: '{{name}} of {{label}} expires on {{validUntil}}: ask the provider for the renewed certificate or report.',
    },
  },
  checkEntry(entry, ctx, report) {
    const soon = addDays(ctx.today, ctx.policy.expiryWarningDays);
    for (const { id, item } of certificationItems(ctx.model, entry)) {
      if (!isMap(item)) continue;
      const name: Fact = { fact: 'certificationName', id };
      const untilNode = findPair(item, 'validUntil')?.value;
      const until = (untilNode as { value?: unknown } | undefined)?.value;
      const validUntil = typeof until === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : undefined;
      if (validUntil && validUntil < ctx.today) {
        report({
          range: nodeRange(untilNode),
          messageId: 'expired',
          data: { label: entryRef(entry), name, certification: id, validUntil: dateFact(validUntil), expired: true },
        });
        continue;
      }
      const editionNode = findPair(item, 'edition')?.value;
      const edition = (editionNode as { value?: unknown } | undefined)?.value;
      const info = edition === undefined ? undefined : getCertification(id)?.editions?.find((e) => e.edition === String(edition));
      if (info?.invalidAfter && info.invalidAfter < ctx.today) {
        const current = getCertification(id)
          ?.editions?.filter((e) => !e.invalidAfter)
          .map((e) => e.edition)
          .pop();
        report({
          range: nodeRange(editionNode),
          messageId: current ? 'editionInvalid' : 'editionInvalidNoCurrent',
          data: {
            label: entryRef(entry),
            name,
            certification: id,
            edition: String(edition),
            invalidAfter: dateFact(info.invalidAfter),
            ...(current ? { suggestion: current } : {}),
          },
        });
        continue;
      }
      if (validUntil && validUntil <= soon) {
        report({
          range: nodeRange(untilNode),
          messageId: 'expiresSoon',
          data: { label: entryRef(entry), name, certification: id, validUntil: dateFact(validUntil), expired: false },
          severity: 'warning',
        });
      }
    }
  },
});
