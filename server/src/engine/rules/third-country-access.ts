import { countryName, getCountry } from '../../knowledge';
import { entryLabel, fieldValueRange, locateField } from '../entryNodes';
import { destinations, type Route } from '../reach';
import { defineRule } from '../rule';
import { normalizeCountry } from '../selection';
import { nodeRange, scalarString } from '../yamlNodes';
import { isSeq } from 'yaml';

export interface ThirdCountryAccessData {
  label: string;
  country: string;
  countryName: string;
  route: Exclude<Route, 'storage'>;
}

/**
 * Data stored in the EEA (or covered where it is stored) that can still be reached from a third country no
 * transfer covers: remote access (support, operations), or the law an entity established there is under.
 * Storage outside the EEA is `transfer-safeguard`'s; this rule speaks of the other ways in.
 */
export const thirdCountryAccess = defineRule<ThirdCountryAccessData>()({
  meta: {
    id: 'third-country-access',
    defaultSeverity: 'warning',
    category: 'transfer',
    description:
      'Data can be reached from a third country that no transfer covers: remote access (`access`), or an entity (or its parent) established there, whose staff and authorities can reach the data wherever it is stored.',
    messages: {
      access:
        "{{label}}'s data can be reached from {{countryName}} ({{country}}), and no transfer covers it: remote access from a third country is a transfer (EDPB Guidelines 05/2021). Add a transfer item for {{country}} with its mechanism.",
      entity:
        '{{label}} is established in {{countryName}} ({{country}}): its staff, and the authorities of {{country}}, can reach the data wherever it is stored, and no transfer covers {{country}}. Record the basis (a transfer item for {{country}}, such as `dpf` for a certified US entity) or accept the risk on record.',
      parent:
        "{{label}}'s parent company is established in {{countryName}} ({{country}}): the group's law can reach the data, and no transfer covers {{country}}. Record the basis (a transfer item for {{country}}) or accept the risk on record.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (!a.inScope && !a.unknown.includes('personalData')) return;
    for (const d of destinations(entry.effective, ctx.today)) {
      if (d.eea || d.covered || d.routes.includes('storage')) continue;
      const route = d.routes.includes('access') ? 'access' : d.routes.includes('entity') ? 'entity' : 'parent';
      let range;
      if (route === 'access') {
        const list = locateField(ctx.model, entry, ['access', 'countries']).node;
        const item = isSeq(list) ? list.items.find((i) => normalizeCountry(scalarString(i) ?? '') === d.country) : undefined;
        range = item ? nodeRange(item) : fieldValueRange(ctx.model, entry, ['access']);
      } else range = fieldValueRange(ctx.model, entry, [route === 'entity' ? 'entityCountry' : 'parentCountry']);
      report({
        range,
        messageId: route,
        data: {
          label: entryLabel(entry, ctx.lang),
          country: d.country,
          countryName: countryName(d.country, ctx.lang, getCountry(d.country)) ?? d.country,
          route,
        },
      });
    }
  },
});
