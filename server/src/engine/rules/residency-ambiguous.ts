import { isSeq } from 'yaml';
import { entryLabel, fieldValueRange, locateField } from '../entryNodes';
import type { Rule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

/**
 * Words in a location note that leave open where the data is stored: a choice ("or", "may", "optional"),
 * an access point rather than a store ("endpoints", "edge"), or no place at all ("worldwide", "TBD").
 */
const OPEN_ENDED = /\b(or|may|might|could|possibly|optional(?:ly)?|depend(?:s|ing)?|var(?:y|ies|ious)|multiple|worldwide|global(?:ly)?|anywhere|unknown|unclear|tb[cd]|endpoints?|edge)\b/i;

/** Data location that does not say where data is stored: `GLOBAL`, no country, or an open-ended note. */
export const residencyAmbiguous: Rule = {
  meta: {
    id: 'residency-ambiguous',
    defaultSeverity: 'warning',
    category: 'transfer',
    description: 'The data location does not say where data is stored: `GLOBAL`, no country, or a note that leaves the storage place open.',
  },
  checkEntry(entry, ctx, report) {
    const countriesNode = locateField(ctx.model, entry, ['dataLocation', 'countries']).node;
    const noteNode = locateField(ctx.model, entry, ['dataLocation', 'note']).node;
    const note = scalarString(noteNode);
    const noteText = note ? ` ("${note}")` : '';
    if (!isSeq(countriesNode)) return; // absent or malformed: `missing-field` / `invalid-value`
    if (countriesNode.items.length === 0) {
      report({
        range: fieldValueRange(ctx.model, entry, ['dataLocation', 'countries']),
        message: `${entryLabel(entry)} lists no country for its data${noteText}: list the countries where it is stored (ISO codes, or \`EU\`).`,
        data: { reason: 'no-country' },
      });
      return;
    }
    const global = countriesNode.items.find((i) => scalarString(i) === 'GLOBAL');
    if (global) {
      report({
        range: nodeRange(global),
        message: `${entryLabel(entry)} stores data "GLOBAL"${noteText}, which does not say where: list the countries where its data is stored (for example \`EU\`) and keep the note for the rest.`,
        data: { reason: 'global', ...(note ? { note } : {}) },
      });
      return;
    }
    if (note && OPEN_ENDED.test(note)) {
      const word = OPEN_ENDED.exec(note)?.[0];
      report({
        range: nodeRange(noteNode),
        message: `The location note of ${entryLabel(entry)} ("${note}") leaves open where the data is stored ("${word}"): say it in \`countries\` and keep the note factual.`,
        data: { reason: 'note', note },
      });
    }
  },
};
