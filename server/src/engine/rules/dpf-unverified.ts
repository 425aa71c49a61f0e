import { dateFact, entryRef, type EntryRef, type Fact } from '../facts';
import { adequacyCoversVendor } from '../../knowledge';
import { addMonths, isIsoDate } from '../dates';
import { transferItemNodes } from '../entryNodes';
import { destinations } from '../reach';
import { defineRule } from '../rule';
import { normalizeCountry } from '../selection';
import { findPair, nodeRange, scalarString } from '../yamlNodes';
import { isSeq } from 'yaml';

interface DpfUnverifiedData {
  label: EntryRef;
  verified?: Fact;
  /** For `notUs`: the destinations outside the US the DPF is recorded for. */
  countries?: string[];
  /** The same destinations, by their names and codes, in brackets after "a third country". */
  places?: Fact;
}

/** How long a check of the DPF list stands: certifications are renewed each year. */
const MONTHS = 12;

/**
 * The DPF relied on with no recent check of the entity's active listing; or recorded as the basis for a recipient
 * outside the US that an adequacy decision covers (a UK recipient): the EU-US DPF covers US organisations only, and
 * the UK Extension is a basis for UK exporters, not EU ones. (For a country with no adequacy, `transfer-safeguard`
 * already says the DPF does not cover it.)
 */
export const dpfUnverified = defineRule<DpfUnverifiedData>()({
  meta: {
    id: 'dpf-unverified',
    defaultSeverity: 'warning',
    category: 'transfer',
    description:
      "A transfer relies on the EU-US Data Privacy Framework with no check of the entity's active listing recorded (`verified`), or a check older than 12 months: only organisations active on the DPF list are covered. Or the DPF is recorded for a recipient outside the US (a UK one): a wrong basis.",
    messages: {
      never:
        "{{label}} relies on the Data Privacy Framework, and no check of its listing is recorded: the decision covers only organisations active on the DPF list (for the data concerned). Check the entity's entry on dataprivacyframework.gov and record the date in `verified`.",
      stale:
        "{{label}}'s DPF listing was last checked on {{verified}}, more than 12 months ago: certifications lapse when not renewed each year. Check the entry again and update `verified`.",
      notUs:
        "{{label}}'s transfer to {{countries|a third country|third countries}} ({{places}}) is recorded under the Data Privacy Framework, which is a wrong basis there: the EU-US DPF covers US organisations only, and its UK Extension is a basis for UK exporters, not for data leaving the EEA. {{countries|An adequacy decision covers that country|Adequacy decisions cover those countries}}: record `mechanism: adequacy` there.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const outside = destinations(entry.effective, ctx.today)
      .filter((d) => !d.eea)
      .map((d) => d.country);
    for (const t of transferItemNodes(ctx.model, entry)) {
      if (t.mechanism !== 'dpf') continue;
      const toNode = findPair(t.item, 'to')?.value;
      const to = isSeq(toNode) ? toNode.items.map((i) => normalizeCountry(scalarString(i) ?? '')).filter((c) => c) : undefined;
      const applies = to ?? outside;
      // Named in `to`, or the DPF recorded for an entry that reaches no US destination at all: a wrong basis.
      const wrong = applies.filter((c) => c !== 'US' && c !== 'GLOBAL' && adequacyCoversVendor(c, ctx.today));
      if (wrong.length && (to !== undefined || !applies.includes('US')))
        report({
          range: nodeRange(t.mechanismNode),
          messageId: 'notUs',
          data: { label: entryRef(entry), countries: wrong, places: { fact: 'places', codes: wrong } },
        });
      // A listing check matters only where the DPF is a basis: for a US recipient.
      if (!applies.includes('US') && applies.length) continue;
      const node = findPair(t.item, 'verified')?.value as { value?: unknown; range?: unknown } | undefined;
      const verified = isIsoDate(node?.value) ? node.value : undefined;
      if (!verified) report({ range: nodeRange(t.mechanismNode), messageId: 'never', data: { label: entryRef(entry) } });
      else if (addMonths(verified, MONTHS) < ctx.today)
        report({ range: nodeRange(node as never), messageId: 'stale', data: { label: entryRef(entry), verified: dateFact(verified) } });
    }
  },
});
