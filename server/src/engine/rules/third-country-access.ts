import type { Fact } from '../facts';
import { entryRef, type EntryRef } from '../facts';
import { fieldValueRange, locateField } from '../entryNodes';
import { destinations, type Route } from '../reach';
import { defineRule } from '../rule';
import { normalizeCountry } from '../selection';
import { nodeRange, scalarString } from '../yamlNodes';
import { isSeq } from 'yaml';

interface ThirdCountryAccessData {
  label: EntryRef;
  country: string;
  /** The country, by its name and code, in brackets after "a third country". */
  place: Fact;
  route: Exclude<Route, 'storage' | 'parent'>;
}

/**
 * Data stored in the EEA (or covered where it is stored) that can still be reached from a third country no
 * transfer covers: remote access (support, operations), which is a transfer and weighs as storage there does
 * (an error), or a contracting entity established there (a warning). Storage outside the EEA is
 * `transfer-safeguard`'s. A parent company outside the EEA makes no transfer (EDPB Guidelines 05/2021): its law
 * is a due-diligence question, `foreign-law-exposure`'s.
 */
export const thirdCountryAccess = defineRule<ThirdCountryAccessData>()({
  meta: {
    id: 'third-country-access',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'Data can be reached from a third country that no transfer covers: remote access (`access`), a transfer that weighs as storage there does (an error), or a contracting entity established there (a warning).',
    messages: {
      access:
        "{{label}}'s data can be reached from a third country ({{place}}), and no transfer covers it: remote access from a third country is a transfer (EDPB Guidelines 05/2021). Add a transfer item for that country (`to: [{{country}}]`) with its mechanism.",
      accessEverywhere:
        "{{label}}'s data can be reached from any country (`GLOBAL`), and no transfer covers it: remote access from a third country is a transfer (EDPB Guidelines 05/2021). Add a transfer item for every country (`to: [GLOBAL]`) with its mechanism, or list the countries it is reached from.",
      entity:
        "{{label}} is established in a third country ({{place}}): its staff, and that country's authorities, can reach the data wherever it is stored, and no transfer to that country is recorded. Record the basis (a transfer item for it, `to: [{{country}}]`, with a mechanism such as `dpf` for a certified US entity) or accept the risk on record.",
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (!a.inScope && !a.unknown.includes('personalData')) return;
    for (const d of destinations(entry.effective, ctx.today)) {
      if (d.eea || d.covered || d.routes.includes('storage')) continue;
      // A parent alone is no importer: `foreign-law-exposure` speaks of it.
      const route = d.routes.includes('access') ? 'access' : d.routes.includes('entity') ? 'entity' : undefined;
      if (!route) continue;
      let range;
      if (route === 'access') {
        const list = locateField(ctx.model, entry, ['access', 'countries']).node;
        const item = isSeq(list) ? list.items.find((i) => normalizeCountry(scalarString(i) ?? '') === d.country) : undefined;
        range = item ? nodeRange(item) : fieldValueRange(ctx.model, entry, ['access']);
      } else range = fieldValueRange(ctx.model, entry, ['entityCountry']);
      report({
        range,
        // Access from anywhere (`GLOBAL`) is no one third country to name.
        messageId: route === 'access' && d.country === 'GLOBAL' ? 'accessEverywhere' : route,
        data: {
          label: entryRef(entry),
          country: d.country,
          place: { fact: 'places', codes: [d.country] },
          route,
        },
        // Remote access is a transfer, and weighs as storage there does; an entity's establishment stays a warning.
        ...(route === 'entity' ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
