import { entryRef, type EntryRef } from '../facts';
import { isSeq } from 'yaml';
import { fieldValueRange, locateField } from '../entryNodes';
import { defineRule } from '../rule';
import { nodeRange, scalarString } from '../yamlNodes';

/**
 * Words in a location note that leave open where the data is stored: a choice ("or", "may", "optional"),
 * an access point rather than a store ("endpoints", "edge"), or no place at all ("worldwide", "TBD").
 */
const OPEN_ENDED =
  /\b(or|may|might|could|possibly|optional(?:ly)?|depend(?:s|ing)?|var(?:y|ies|ious)|multiple|worldwide|global(?:ly)?|anywhere|unknown|unclear|tb[cd]|endpoints?|edge)\b/i;

/** Data location that does not say where data is stored: `GLOBAL`, no country, or an open-ended note. */
interface ResidencyAmbiguousData {
  label: EntryRef;
  reason: 'no-country' | 'global' | 'note';
  /** The location note, when there is one, and the open-ended word found in it. */
  note?: string;
  word?: string;
}

export const residencyAmbiguous = defineRule<ResidencyAmbiguousData>()({
  meta: {
    id: 'residency-ambiguous',
    defaultSeverity: 'warning',
    category: 'transfer',
    description: 'The data location does not say where data is stored: `GLOBAL`, no country, or a note that leaves the storage place open.',
    messages: {
      noCountry: '{{label}} lists no country for its data: list the countries where it is stored (ISO codes, or `EU`).',
      noCountryNote: '{{label}} lists no country for its data ("{{note}}"): list the countries where it is stored (ISO codes, or `EU`).',
      global:
        '{{label}} stores data "GLOBAL", which does not say where: list the countries where its data is stored (for example `EU`) and keep the note for the rest.',
      globalNote:
        '{{label}} stores data "GLOBAL" ("{{note}}"), which does not say where: list the countries where its data is stored (for example `EU`) and keep the note for the rest.',
      openNote:
        'The location note of {{label}} ("{{note}}") leaves open where the data is stored ("{{word}}"): say it in `countries` and keep the note factual.',
    },
  },
  checkEntry(entry, ctx, report) {
    const countriesNode = locateField(ctx.model, entry, ['dataLocation', 'countries']).node;
    const noteNode = locateField(ctx.model, entry, ['dataLocation', 'note']).node;
    const note = scalarString(noteNode);
    if (!isSeq(countriesNode)) return; // absent or malformed: `missing-field` / `invalid-value`
    if (countriesNode.items.length === 0) {
      report({
        range: fieldValueRange(ctx.model, entry, ['dataLocation', 'countries']),
        messageId: note ? 'noCountryNote' : 'noCountry',
        data: { label: entryRef(entry), reason: 'no-country', ...(note ? { note } : {}) },
      });
      return;
    }
    const global = countriesNode.items.find((i) => scalarString(i) === 'GLOBAL');
    if (global) {
      report({
        range: nodeRange(global),
        messageId: note ? 'globalNote' : 'global',
        data: { label: entryRef(entry), reason: 'global', ...(note ? { note } : {}) },
      });
      return;
    }
    if (note && OPEN_ENDED.test(note)) {
      const word = OPEN_ENDED.exec(note)?.[0] ?? '';
      report({
        range: nodeRange(noteNode),
        messageId: 'openNote',
        data: { label: entryRef(entry), reason: 'note', note, word },
      });
    }
  },
});
