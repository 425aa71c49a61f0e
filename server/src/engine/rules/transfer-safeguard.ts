import { isSeq } from 'yaml';
import { getTransferMechanism } from '../../knowledge';
import { entryLabel, fieldKeyRange, fieldValueRange, locateField } from '../entryNodes';
import type { Rule } from '../rule';
import { suggestMechanism } from '../selection';
import { nodeRange, scalarString } from '../yamlNodes';

/** An in-scope entry whose data leaves EU residency without a transfer mechanism valid for where it goes. */
export const transferSafeguard: Rule = {
  meta: {
    id: 'transfer-safeguard',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'An in-scope sub-processor stores data outside EU residency without a valid transfer mechanism (`dpf` only for the US, `adequacy` only for countries with an adequacy decision).',
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    if (!a.inScope || a.residency !== 'outside' || a.safeguard.valid) return;
    const suggestion = suggestMechanism(a.transferLocations, ctx.today);
    const suggestionName = getTransferMechanism(suggestion)?.name ?? suggestion;
    const where = a.transferLocations.join(', ');
    const hasMechanism = locateField(ctx.model, entry, ['transfer', 'mechanism']).node !== undefined;
    let range;
    if (hasMechanism) range = fieldValueRange(ctx.model, entry, ['transfer', 'mechanism']);
    else {
      // Underline the first listed location outside EU residency.
      const countries = locateField(ctx.model, entry, ['dataLocation', 'countries']).node;
      const first = isSeq(countries) ? countries.items.find((i) => { const c = scalarString(i); return c !== undefined && a.transferLocations.includes(c); }) : undefined;
      range = first ? nodeRange(first) : fieldKeyRange(ctx.model, entry, ['dataLocation']);
    }
    report({
      range,
      message: hasMechanism
        ? `${entryLabel(entry)} sends data to ${where}, but ${a.safeguard.reason}: use a mechanism valid there, such as \`${suggestion}\` (${suggestionName}).`
        : `${entryLabel(entry)} stores data outside the EEA (${where}) with no transfer mechanism: add \`transfer: { mechanism: ${suggestion} }\` (${suggestionName}).`,
      data: { mechanism: suggestion, outside: a.transferLocations, ...(a.safeguard.mechanism ? { current: a.safeguard.mechanism } : {}) },
    });
  },
};
