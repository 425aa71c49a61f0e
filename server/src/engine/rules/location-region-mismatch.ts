import type { FixDraft } from '../ruleTypes';
import type { Fact } from '../facts';
import { fixTitle } from '../fixTitle';
import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { getRegion, isEU } from '../../knowledge';
import { appendToSeq, replaceScalarText } from '../edits';
import { locateField } from '../entryNodes';
import { seqIds } from '../fixHelpers';
import { entryAt } from '../model';
import { defineRule } from '../rule';
import { entryCountries, normalizeCountry } from '../selection';
import { findPair, nodeRange, scalarString } from '../yamlNodes';

interface LocationRegionMismatchData {
  region: string;
  /** The region's place (`regionCity`), as the region table writes it; each catalogue names it its own way. */
  city: Fact;
  /** The region's country: its code and name. */
  country: string;
  /** The region's country, by its name and code, in brackets after its city. */
  place: Fact;
  /** The countries the entry lists, if any: each by its name and code, in brackets ("France, FR"). */
  listed: Fact;
}

/** A cloud region whose country is not among the entry's listed countries. */
export const locationRegionMismatch = defineRule<LocationRegionMismatchData>()({
  meta: {
    id: 'location-region-mismatch',
    defaultSeverity: 'error',
    category: 'transfer',
    description: 'A cloud region in `dataLocation.regions` lies in a country that `dataLocation.countries` does not list.',
    fixable: 'review',
    messages: {
      mismatch:
        '{{region}} is in {{city}} ({{place}}), which `countries` does not list (listed: {{listed}}): add `{{country}}` or correct the region.',
      mismatchNoCountries:
        '{{region}} is in {{city}} ({{place}}), which `countries` does not list: add `{{country}}` or correct the region.',
      fixAddCountry: 'Add {{country}} to dataLocation.countries, where the region is',
      fixReplaceCountry: 'Replace {{listed}} with {{country}} in dataLocation.countries',
    },
  },
  checkEntry(entry, ctx, report) {
    const regions = locateField(ctx.model, entry, ['dataLocation', 'regions']).node;
    if (!isSeq(regions)) return;
    const countries = entryCountries(entry.effective).map(normalizeCountry);
    if (countries.includes('GLOBAL')) return; // "anywhere" covers every region
    for (const item of regions.items) {
      const ref = scalarString(item);
      const region = ref === undefined ? undefined : getRegion(ref);
      if (!region || ref === undefined) continue;
      if (countries.includes(region.country) || (countries.includes('EU') && isEU(region.country))) continue;
      report({
        range: nodeRange(item),
        messageId: countries.length ? 'mismatch' : 'mismatchNoCountries',
        data: {
          region: ref,
          city: { fact: 'regionCity', city: region.city },
          country: region.country,
          place: { fact: 'places', codes: [region.country] },
          listed: { fact: 'places', codes: countries },
        },
      });
    }
  },
  // Add the region's country, or (one country listed) replace it: never applied unseen, since either the
  // region or the country may be the mistake.
  fix(finding, result): FixDraft[] {
    const entry = entryAt(result.model, finding.range.start);
    if (!entry || !isMap(entry.node)) return [];
    const location = findPair(entry.node, 'dataLocation')?.value;
    const countries = isMap(location) ? findPair(location, 'countries')?.value : undefined;
    const regions = isMap(location) ? findPair(location, 'regions')?.value : undefined;
    if (!isSeq(countries)) return [];
    const listed = seqIds(countries as YAMLSeq);
    const named = finding.data ? [finding.data.country] : [];
    // The regions the finding points at (a region item), else every region of the entry.
    const regionNodes = isSeq(regions) ? (regions.items as Node[]) : [];
    const pointed = regionNodes.filter((r) => r.range && finding.range.start >= r.range[0] && finding.range.end <= r.range[1]);
    const fromRegions = (pointed.length ? pointed : regionNodes)
      .map((r) => getRegion(scalarString(r) ?? '')?.country)
      .filter((c): c is string => !!c);
    const wanted = [...new Set([...named, ...fromRegions])].filter((c) => !listed.map(normalizeCountry).includes(c));
    const fixes: FixDraft[] = [];
    for (const country of wanted) {
      const label: Fact = { fact: 'countryLabel', code: country };
      fixes.push({
        title: fixTitle('fixAddCountry', { country: label }),
        findings: [finding],
        edits: appendToSeq(result.parsed.lines, countries as YAMLSeq, [country]),
        safe: false,
        preferred: fixes.length === 0,
      });
      const only = (countries as YAMLSeq).items as Node[];
      if (only.length === 1 && isScalar(only[0]) && wanted.length === 1) {
        fixes.push({
          title: fixTitle('fixReplaceCountry', { listed: { fact: 'countryLabel', code: normalizeCountry(listed[0]!) }, country: label }),
          findings: [finding],
          edits: [replaceScalarText(result.parsed.text, only[0], country)],
          safe: false,
        });
      }
    }
    return fixes;
  },
});
