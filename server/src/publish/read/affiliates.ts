/**
 * Affiliates a page names in prose rather than in its tables ("## Retool Affiliates / … Retool may also engage its
 * Affiliate, Retool UK Limited, as Subprocessor …"): under a heading about the group's affiliates, a sentence that
 * engages them as sub-processors, each named whole as a legal entity between commas or "and" ("Acme Ltd", "Acme
 * GmbH and Acme SAS"). Other words of the sentence are no entity; a name already read is not read twice.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { entityIn } from '../wording';

const AFFILIATES_HEADING = /\b(?:affiliates?|group companies|group entities|filiales?|sociétés du groupe|entités du groupe)\b/i;
const AS_SUBPROCESSOR = /\b(?:sub-?processors?|sous-traitants?(?: ultérieurs?)?)\b/i;

export function affiliateProseEntries(blocks: PageBlock[], known: ReadEntry[]): ReadEntry[] {
  const seen = new Set(known.map((e) => (e.name ?? e.heading).toLowerCase()));
  const entries: ReadEntry[] = [];
  let heading: string | undefined;
  for (const b of blocks) {
    if (b.kind === 'heading') heading = b.text;
    if (b.kind !== 'paragraph' || heading === undefined || !AFFILIATES_HEADING.test(heading)) continue;
    for (const sentence of b.text.split(/(?<=[.!?])\s+/)) {
      if (!AS_SUBPROCESSOR.test(sentence)) continue;
      for (const part of sentence.split(/\s*,\s*|\s+(?:and|et)\s+/)) {
        const name = part.trim();
        if (!name || entityIn(name) !== name || seen.has(name.toLowerCase())) continue;
        seen.add(name.toLowerCase());
        entries.push({ heading: name, name, affiliate: true, line: b.line, facts: [] });
      }
    }
  }
  return entries;
}
