import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { fieldValueRange } from '../entryNodes';
import { destinations } from '../reach';
import { defineRule } from '../rule';

interface ForeignLawExposureData {
  label: EntryRef;
  country: string;
  /** The country, by its name and code, in brackets after "a third country". */
  place: Fact;
}

/**
 * A parent company established outside the EEA, in a country whose law no adequacy decision takes in: the entity
 * is no importer, so there is no transfer to ask a mechanism for (EDPB Guidelines 05/2021), but that law (for the
 * US, the CLOUD Act) may compel the group to hand the data over. A due-diligence question for the choice of the
 * processor (GDPR Art. 28(1)) and its measures (Art. 32). A country the data is stored in, reached from, or whose
 * entity contracts is a transfer: `transfer-safeguard` and `third-country-access` speak of it.
 */
export const foreignLawExposure = defineRule<ForeignLawExposureData>()({
  meta: {
    id: 'foreign-law-exposure',
    defaultSeverity: 'warning',
    category: 'security',
    description:
      "The sub-processor's parent company is established outside the EEA, in a country no adequacy decision takes in: that is no transfer (EDPB Guidelines 05/2021), but the country's law can reach the data; a due-diligence point under GDPR Arts. 28(1) and 32.",
    messages: {
      parent:
        "{{label}}'s parent company is established in a third country ({{place}}): that alone makes no transfer (EDPB Guidelines 05/2021), but that country's law may compel the group to hand the data over. Assess that risk in the choice of the processor (GDPR Art. 28(1)) and its security measures (Art. 32), and record the outcome (for example as an accepted risk).",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (!a.inScope && !a.unknown.includes('personalData')) return;
    for (const d of destinations(entry.effective, ctx.today)) {
      // Only the parent's country; one the data goes to or is reached from is a transfer, judged elsewhere. An
      // adequacy decision that takes in a commercial recipient found that country's law essentially equivalent.
      if (d.eea || d.by === 'adequacy' || d.routes.length !== 1 || d.routes[0] !== 'parent') continue;
      report({
        range: fieldValueRange(ctx.model, entry, ['parentCountry']),
        messageId: 'parent',
        data: {
          label: entryRef(entry),
          country: d.country,
          place: { fact: 'places', codes: [d.country] },
        },
      });
    }
  },
});
