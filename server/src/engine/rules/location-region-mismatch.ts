import { isSeq } from 'yaml';
import { getCountry, getRegion, isEU } from '../../knowledge';
import { entryCountries, normalizeCountry } from '../selection';
import { locateField } from '../entryNodes';
import type { Rule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

/** A cloud region whose country is not among the entry's listed countries. */
export const locationRegionMismatch: Rule = {
  meta: {
    id: 'location-region-mismatch',
    defaultSeverity: 'error',
    category: 'transfer',
    description: 'A cloud region in `dataLocation.regions` lies in a country that `dataLocation.countries` does not list.',
  },
  checkEntry(entry, ctx, report) {
    const regions = locateField(ctx.model, entry, ['dataLocation', 'regions']).node;
    if (!isSeq(regions)) return;
    const countries = entryCountries(entry.effective).map(normalizeCountry);
    if (countries.includes('GLOBAL')) return; // "anywhere" covers every region
    for (const item of regions.items) {
      const ref = scalarString(item);
      const region = ref === undefined ? undefined : getRegion(ref);
      if (!region) continue;
      if (countries.includes(region.country) || (countries.includes('EU') && isEU(region.country))) continue;
      const country = getCountry(region.country)?.name ?? region.country;
      report({
        range: nodeRange(item),
        message: `${ref} is in ${region.city}, ${country} (${region.country}), which \`countries\` does not list${countries.length ? ` (${countries.join(', ')})` : ''}: add ${region.country} or correct the region.`,
        data: { region: ref, country: region.country },
      });
    }
  },
};
