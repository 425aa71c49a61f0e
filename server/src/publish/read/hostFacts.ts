/**
 * A legal notice's host beside the list of sub-processors: the notice names the host with its company, its postal
 * address and its site ("Le site est hébergé par : **Vercel Inc.** 340 Pine Street … États-Unis [vercel.com](…)", "This
 * site is hosted by Nubo Cloud Ltd, 12 Harbour Road, Dublin …, Ireland"), the list names the same vendor again
 * ("Vercel Inc. | Hébergement | États-Unis", "Railway (hébergement)"). The notice's facts are the listed entry's: where
 * its company is, its site, and its legal name when the list gives the vendor a shorter one. Pure.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { entityIn, lowerText } from '../wording';
import { hostMentions } from './sections';

/** A name compared as pages vary it: case, spaces, the punctuation around it. */
const key = (name: string) =>
  lowerText(name)
    .replace(/[.,:;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Facts a host's card gives that the listed entry may lack. */
const CARD_KEYS = ['entityCountry', 'website'] as const;

export function attachHostFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  if (!entries.length) return;
  for (const host of hostMentions(blocks)) {
    const hostName = key(host.name ?? host.heading);
    // The same vendor: the same name, or the host's legal name starting with the entry's short name ("Railway
    // Corporation" for "Railway"). One entry only: two would leave open which the notice speaks of.
    const same = entries.filter((e) => key(e.name ?? e.heading) === hostName);
    const shorter = entries.filter((e) => {
      const n = key(e.name ?? e.heading);
      return n.length >= 3 && hostName.startsWith(`${n} `) && entityIn(host.name ?? host.heading) !== undefined;
    });
    const matches = same.length ? same : shorter;
    if (matches.length !== 1 || matches[0] === host) continue;
    const entry = matches[0]!;
    for (const k of CARD_KEYS) {
      if (entry.facts.some((f) => f.key === k)) continue;
      const fact = host.facts.find((f) => f.key === k);
      if (fact) entry.facts.push(fact);
    }
    if (!same.length && entry.entity === undefined) entry.entity = host.name ?? host.heading;
  }
}
