/**
 * A vendor's two places under two labels, one bare, one of its data: "Location: USA" beside "Server Location: Germany",
 * "Localisation : États-Unis" beside "Localisation des données : Irlande". The page sets the two apart: the data's
 * place is the one its label says is the servers' (or the data's, the hosting's), so the bare one is where the company
 * is, when it gives one country and nothing else. A bare label alone ("Location: USA" and nothing else of the place),
 * or one giving more than a country ("India (support team)", "EU, US"), stays where the data is, as read before.
 */
import type { ReadEntry } from '../readPage';
import { columnMatch } from './columns';
import { cleanText } from './blocks';
import { readLocation } from '../wording';

/** A place's label of one word, saying neither whose place nor of what: "Location", "Localisation", "Country", "Pays". */
const BARE = /^(?:locations?|localisations?|country|countries|pays|lieu)$/i;

/** A label of the data's place: it says servers, data, hosting, storage or processing ("Server Location", "Lieu d'hébergement"). */
const OF_DATA =
  /(?<!\p{L})(?:servers?|data|hosting|hosted|storage|stored|processing|data ?cent(?:er|re)s?|serveurs?|données|h[ée]bergement|stockage|traitement)(?!\p{L})/iu;

const labelOf = (label: string) =>
  cleanText(label)
    .replace(/[*_:]+/g, '')
    .trim();

/**
 * A value that is one country and nothing else ("USA", "Germany"): a seat. Brackets ("India (24/7 support team)"), a
 * second place ("EU, US") or a region (the EU, "Global") say where the service runs, no company's seat.
 */
function oneCountry(value: string): boolean {
  if (/[()[\],;/+&]|(?<!\p{L})(?:and|et|or|ou)(?!\p{L})/iu.test(value)) return false;
  const place = readLocation(value);
  return place.countries.length === 1 && /^[A-Z]{2}$/.test(place.countries[0]!) && place.countries[0] !== 'EU' && !place.note;
}

/** Each entry's bare place becomes the company's when another of its lines gives the data's place. */
export function attachContrastedLocations(entries: ReadEntry[]): void {
  for (const e of entries) {
    // Only the card's own labelled lines (no key: their label says it), never a table's column merged into the entry
    // ("Pays" in a summary of transfers is where the data goes).
    const places = e.facts.filter((f) => f.key === undefined && f.label && columnMatch(labelOf(f.label))?.key === 'dataLocation');
    const bare = places.filter((f) => BARE.test(labelOf(f.label)) && oneCountry(f.value));
    if (bare.length !== 1 || !places.some((f) => f !== bare[0] && OF_DATA.test(labelOf(f.label)))) continue;
    // The company's place is said once: not when a line already gives it ("Headquarters: …").
    if (e.facts.some((f) => (f.key ?? columnMatch(labelOf(f.label))?.key) === 'entityCountry')) continue;
    bare[0]!.key = 'entityCountry';
  }
}
