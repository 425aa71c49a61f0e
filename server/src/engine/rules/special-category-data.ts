import { entryRef, type EntryRef, type Fact } from '../facts';
import { isSeq } from 'yaml';
import { healthHostingContext } from '../../knowledge';
import { fieldKeyRange, locateField } from '../entryNodes';
import { mapping } from '../fields';
import { defineRule } from '../rule';
import { certificationRefs, entryCountries, isKnownLocation, normalizeCountry } from '../selection';
import { isEEA } from '../../knowledge';
import { nodeRange, scalarString } from '../yamlNodes';

interface SpecialCategoryDataData {
  label: EntryRef;
  category: string;
  /** For `hdsOutsideEea`: the storage locations outside the EEA. */
  countries?: string[];
  /** The same locations, by their names. */
  places?: Fact;
}

/**
 * Health data of an organisation established in France: held by a sub-processor with no HDS certification (hosting
 * personal health data collected for prevention, diagnosis, care or social follow-up requires an HDS-certified
 * host, Code de la santé publique, art. L.1111-8), or by an HDS-certified host that stores it outside the EEA
 * (the 2024 referential requires hosting in the EEA). HR records such as sick-leave certificates are not within
 * L.1111-8 unless hosted for care: an entry whose own words say it keeps HR records, and none say care, is not
 * asked for HDS.
 */
export const specialCategoryData = defineRule<SpecialCategoryDataData>()({
  meta: {
    id: 'special-category-data',
    defaultSeverity: 'warning',
    category: 'certification',
    description:
      'A sub-processor of an organisation established in France (`inventory.establishment: FR`) hosts health data (`personalData.categories: [health]`) and holds no HDS certification, which French law requires of hosts of personal health data (CSP art. L.1111-8), or holds one and stores the data outside the EEA, which the 2024 HDS referential forbids. HR records (sick leave) are not health-data hosting unless hosted for care.',
    messages: {
      hds: '{{label}} handles health data for an organisation established in France and holds no HDS certification: personal health data collected for prevention, diagnosis, care or social follow-up may only be hosted by an HDS-certified host (Code de la santé publique, art. L.1111-8). Add `hds` once the host shows its certificate, or record why the data falls outside that scope.',
      hdsOutsideEea:
        '{{label}} is an HDS-certified host, yet it stores health data outside the EEA ({{places}}): the 2024 HDS referential requires health data to be hosted in the EEA (Code de la santé publique, art. L.1111-8). Move the storage into the EEA, or check that the certificate covers this hosting.',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    if (mapping(ctx.model.value, 'inventory')?.establishment !== 'FR') return;
    const pd = mapping(entry.effective, 'personalData');
    const categories = Array.isArray(pd?.categories) ? pd.categories : [];
    if (!categories.includes('health')) return;
    // Certifications not known yet: nobody said there is no HDS.
    if (entry.effective.certifications === 'unknown') return;
    // HR records (sick leave...) are not health-data hosting under L.1111-8, unless the entry says it hosts for care.
    const words = [entry.effective.purpose, entry.effective.category, pd?.description];
    if (healthHostingContext(words.filter((w): w is string => typeof w === 'string')) === 'hr') return;
    const label = entryRef(entry);
    if (certificationRefs(entry.effective).some((r) => r.id === 'hds')) {
      const outside = entryCountries(entry.effective)
        .map(normalizeCountry)
        // A code the product does not know (`ZZ`) is not known to be outside the EEA: `invalid-value` speaks of it.
        .filter((c) => isKnownLocation(c) && c !== 'EU' && (c === 'GLOBAL' || !isEEA(c)));
      if (!outside.length) return;
      const list = locateField(ctx.model, entry, ['dataLocation', 'countries']).node;
      const first = isSeq(list) ? list.items.find((i) => outside.includes(normalizeCountry(scalarString(i) ?? ''))) : undefined;
      report({
        range: first ? nodeRange(first) : fieldKeyRange(ctx.model, entry, ['dataLocation']),
        messageId: 'hdsOutsideEea',
        data: { label, category: 'health', countries: outside, places: { fact: 'countryNames', codes: outside } },
      });
      return;
    }
    const list = locateField(ctx.model, entry, ['personalData', 'categories']).node;
    const item = isSeq(list) ? list.items.find((i) => scalarString(i) === 'health') : undefined;
    if (!item) return;
    report({ range: nodeRange(item), messageId: 'hds', data: { label, category: 'health' } });
  },
});
