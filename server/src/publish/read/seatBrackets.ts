/**
 * A listed vendor named again in a sentence with its seat in brackets ("nous faisons appel au service d'envoi Brevo
 * (siège en France) en qualité de sous-traitant", "we use Postie (headquartered in Ireland) for email"): the words
 * "siège", "headquartered" say whose place it is, the company's (corpus README: "headquartered in", "Seat" ->
 * `entityCountry`). Brackets of other words ("(hébergé en France)", "(France)") are read elsewhere or not at all.
 *
 * Linear in the page: each bracket of seat words is found once, and the few words before it are looked up by key.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { countryCode } from '../wording';

const SEAT_BRACKET = /\((?:si[èe]ge(?:\s+social)?|headquartered|head\s?office|HQ)\s+(?:en|au|aux|à|in)\s+(?:the\s+)?([^()]{2,40})\)/giu;

const keyOf = (name: string) =>
  name
    .replace(/[.,:;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function attachSeatBrackets(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byName = new Map<string, ReadEntry>();
  for (const e of entries) if (!byName.has(keyOf(e.name ?? e.heading))) byName.set(keyOf(e.name ?? e.heading), e);
  for (const b of blocks) {
    if (b.kind === 'table' || b.text.length > 20_000) continue;
    for (const m of b.text.matchAll(SEAT_BRACKET)) {
      const country = countryCode(m[1]!.trim());
      if (country === undefined) continue;
      // The name right before the bracket: its last one to five words.
      const words = b.text
        .slice(Math.max(0, m.index - 120), m.index)
        .trim()
        .split(/\s+/);
      let entry: ReadEntry | undefined;
      for (let k = 1; k <= Math.min(5, words.length) && !entry; k++) entry = byName.get(keyOf(words.slice(-k).join(' ')));
      if (!entry || entry.facts.some((f) => f.key === 'entityCountry')) continue;
      entry.facts.push({ label: 'Seat', value: m[1]!.trim(), key: 'entityCountry' });
    }
  }
}
