/**
 * A legal notice's host beside the list of sub-processors: the notice names the host with its company, its postal
 * address and its site ("Le site est hébergé par : **Vercel Inc.** 340 Pine Street … États-Unis [vercel.com](…)", "This
 * site is hosted by Nubo Cloud Ltd, 12 Harbour Road, Dublin …, Ireland"), the list names the same vendor again
 * ("Vercel Inc. | Hébergement | États-Unis", "Railway (hébergement)"). The notice's facts are the listed entry's: where
 * its company is, its site, and its legal name when the list gives the vendor a shorter one. Pure.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { addressCountry, entityIn, lowerText } from '../wording';
import { hostMentions } from './sections';

/** A name compared as pages vary it: case, spaces, the punctuation around it. */
const key = (name: string) =>
  lowerText(name)
    .replace(/[.,:;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Facts a host's card gives that the listed entry may lack. */
const CARD_KEYS = ['entityCountry', 'website'] as const;

/**
 * "Les paiements par carte bancaire sont traités par Stripe Payments Europe Limited, 1 Grand Canal Street Lower, …,
 * Irlande — https://stripe.com.", "Card payments are processed by Paybel Ltd, 4 Dock Road, Dublin …, Ireland": a
 * company named after "processed by" with its postal address, and its site after a dash. Group 1 the company, group 2
 * what follows up to the sentence's end.
 */
const PROCESSED_BY =
  /(?<!\p{L})(?:(?:sont|est)\s+trait[ée]e?s?|(?:are|is)\s+processed)\s+(?:par|by)\s+(\p{Lu}[^,;()]{1,80}),\s+([^]{10,300}?)(?:\.\s|\.?$)/u;
const SITE_HOME = /^https?:\/\/(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}\/?$/i;

/** The companies a page names as processing its payments or data with their address: as a host's card, for attaching. */
function processorMentions(blocks: PageBlock[]): ReadEntry[] {
  const found: ReadEntry[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    const m = PROCESSED_BY.exec(b.text.slice(0, 3000));
    if (!m) continue;
    const name = m[1]!.trim();
    const [address, site] = m[2]!.split(/\s[—–]\s/);
    const country = /\d/.test(address!) ? addressCountry(address!) : undefined;
    if (!country || entityIn(name) !== name) continue;
    const facts: ReadEntry['facts'] = [{ label: 'Registered office', value: address!.trim(), key: 'entityCountry' }];
    const first = key(name).split(/[^\p{L}\d]+/u)[0] ?? '';
    const home = site?.trim().replace(/\.$/, '');
    if (home && SITE_HOME.test(home) && first.length >= 3 && home.toLowerCase().includes(first))
      facts.push({ label: 'Website', value: home, key: 'website' });
    found.push({ heading: name, name, line: b.line, facts });
  }
  return found;
}

/** A lead that says the site is hosted on what it lists: "L'application est hébergée sur :", "The site is hosted by:". */
const HOSTED_ON_LEAD = /(?:h[ée]berg[ée]e?s?\s+(?:sur|par|chez|aupr[èe]s\s+de)|hosted\s+(?:on|by|with|at))\s*:$/iu;

/**
 * "L'application est hébergée sur :" over items "**Nubo Cloud** — 12 Harbour Road, Dublin 2, Ireland": each item a host,
 * its name before the dash, its postal address after it (figures and a country: else no host's record), as a host's
 * card, for attaching.
 */
function hostListMentions(blocks: PageBlock[]): ReadEntry[] {
  const found: ReadEntry[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' || !HOSTED_ON_LEAD.test(b.text.trim())) return;
    for (const x of blocks.slice(i + 1)) {
      if (x.kind !== 'item') break;
      const text = x.text.replace(/[*_]/g, '').trim();
      const dash = /\s[—–-]\s/.exec(text);
      if (!dash) continue;
      const name = text.slice(0, dash.index).trim();
      const address = text.slice(dash.index + dash[0].length).trim();
      if (!/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 6 || !/\d/.test(address) || !addressCountry(address)) continue;
      found.push({ heading: name, name, line: x.line, facts: [{ label: 'Registered office', value: address, key: 'entityCountry' }] });
    }
  });
  return found;
}

/** The parts of a name that names two vendors across a slash ("Streamlit / Snowflake"): each, compared as a name. */
const slashParts = (name: string) => (/\s\/\s/.test(name) ? name.split(/\s\/\s/).map(key) : []);

export function attachHostFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  if (!entries.length) return;
  for (const host of [...hostMentions(blocks), ...processorMentions(blocks), ...hostListMentions(blocks)]) {
    const hostName = key(host.name ?? host.heading);
    // The same vendor: the same name, or the host's legal name starting with the entry's short name ("Railway
    // Corporation" for "Railway"). One entry only: two would leave open which the notice speaks of.
    const same = entries.filter((e) => key(e.name ?? e.heading) === hostName);
    const shorter = entries.filter((e) => {
      const n = key(e.name ?? e.heading);
      return n.length >= 3 && hostName.startsWith(`${n} `) && entityIn(host.name ?? host.heading) !== undefined;
    });
    // "Streamlit / Snowflake" in the list, "Streamlit Community Cloud" in the notice: the part of the name the host's
    // name opens with, the vendor's product or company named first. Its company's facts only, no legal name.
    const slashed = entries.filter((e) =>
      slashParts(e.name ?? e.heading).some((p) => p.length >= 3 && (hostName === p || hostName.startsWith(`${p} `))),
    );
    const matches = same.length ? same : shorter.length ? shorter : slashed;
    if (matches.length !== 1 || matches[0] === host) continue;
    const entry = matches[0]!;
    for (const k of CARD_KEYS) {
      if (entry.facts.some((f) => f.key === k)) continue;
      const fact = host.facts.find((f) => f.key === k);
      if (fact) entry.facts.push(fact);
    }
    if (!same.length && shorter.length && entry.entity === undefined) entry.entity = host.name ?? host.heading;
  }
}
