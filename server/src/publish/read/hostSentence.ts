/**
 * The host a sentence names in brackets after where the company's own infrastructure is hosted: "Our production
 * infrastructure is hosted in European Union data centers (Railway, EU West region)", "L'infrastructure est hébergée
 * en France (Scaleway, région Paris)". Pure; linear in the page's size.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { placeCode, readLocation } from '../wording';

/**
 * What is hosted (the company's machines or service, a few words at most), "is hosted in", a place, then in brackets a
 * proper name and, after a comma, where at that host. Never "may be hosted", "can be hosted": the verb states it.
 */
const HOSTED_IN_BRACKET =
  /(?<!\p{L})(?:infrastructure|servers|serveurs|application|app|platform|plateforme|backend|database|base de données|service|site|website|site web)\s+(?:is|are|est|sont)\s+(?:hosted|h[ée]berg[ée]e?s?)\s+(?:in|within|dans|en|au|aux)\s+(?:the\s+|l['’]\s?|la\s+|le\s+|les\s+)?([^().;:]{2,60}?)\s+\((\p{Lu}[\p{L}\d.&-]{1,30}(?:\s\p{Lu}[\p{L}\d.&-]{1,30}){0,2}),\s*([^()]{2,60})\)/iu;

/**
 * Words in capitals that describe a data centre rather than name a company: its tier ("Tier III"), its role ("Datacenter
 * Principal", "Primary Site"), a region or zone (review9 #2).
 */
const NOT_A_HOST =
  /(?<!\p{L})(?:tier|data ?cent(?:er|re)s?|datacenters?|centres? de données|primary|principal|secondary|backup|main|region|région|zone|site|our|notre|nos|[IVX]{1,4}|\d+)(?!\p{L})/iu;

/**
 * The hosts such sentences name, each an entry whose place is the one the sentence gives (else the place after the
 * host's name in its brackets); none when the bracket's first words are a place ("(Frankfurt, Germany)") or when no
 * place is read.
 */
export function hostedInBracketEntries(blocks: readonly PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 3000) continue;
    const m = HOSTED_IN_BRACKET.exec(b.text.replace(/[*_]{1,2}/g, '').replace(/\s+/g, ' '));
    if (!m) continue;
    const [, where, name, at] = m as unknown as [string, string, string, string];
    if (placeCode(name) !== undefined || readLocation(name).countries.length || NOT_A_HOST.test(name)) continue;
    const place = [where, at].find((w) => readLocation(w).countries.length > 0);
    if (place === undefined) continue;
    entries.push({
      heading: name,
      name,
      line: b.line,
      facts: [{ label: 'Hosting', value: place.trim(), key: 'dataLocation' }],
    });
  }
  return entries;
}

/**
 * What is hosted, "is hosted at" (« sont hébergées chez »), a proper name, then after a comma or not where that host
 * keeps it: "Our data is hosted at Hostico, in the United States (Oregon)", « Les données sont hébergées chez Hostico,
 * aux États-Unis (Oregon) », "We host our data with Hostico in Frankfurt, Germany". Group 1 the host, group 2 the place.
 * Never "may be hosted", "is not hosted": the verb states it.
 */
const HOSTED_AT =
  /(?<!\p{L})(?:(?:data|données|infrastructure|servers|serveurs|application|app|platform|plateforme|backend|database|base de données|service|site|website|site web)\s+(?:is|are|est|sont)\s+(?:hosted|stored|h[ée]berg[ée]e?s?|stock[ée]e?s?)|(?:[Ww]e|[Nn]ous)\s+(?:host|store|h[ée]bergeons|stockons)\s+(?:our|the|your|all|nos|les|vos|toutes les)\s+(?:data|données))\s+(?:at|by|with|on|chez|par|sur|auprès de)\s+(\p{Lu}[\p{L}\d.&-]{1,30}(?:\s\p{Lu}[\p{L}\d.&-]{1,30}){0,2}),?\s+(?:in|within|dans|en|au|aux|à)\s+(?:the\s+|l['’]\s?|la\s+|le\s+|les\s+)?([^.;:]{2,60}?)\s*(?:[.;:]|$)/u;

/**
 * A host's place a sentence gives elsewhere on the page, a "Hosting" section's prose ("Our data is hosted at Hostico,
 * in the United States (Oregon)") while the list names the host: that place is the listed entry's, when nothing else
 * gives one. A host the list does not name gets no entry here; a place of the company itself is no host's.
 */
export function attachHostedAtPlace(blocks: readonly PageBlock[], entries: ReadEntry[], namedIn: (text: string) => ReadEntry[]): void {
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 3000) continue;
    const m = HOSTED_AT.exec(b.text.replace(/[*_]{1,2}/g, '').replace(/\s+/g, ' '));
    if (!m) continue;
    const [, name, place] = m as unknown as [string, string, string];
    const named = namedIn(name);
    if (named.length !== 1 || !readLocation(place).countries.length) continue;
    const e = named[0]!;
    if (!entries.includes(e) || e.facts.some((f) => f.key === 'dataLocation')) continue;
    e.facts.push({ label: 'Hosting', value: place.trim(), key: 'dataLocation' });
  }
}
