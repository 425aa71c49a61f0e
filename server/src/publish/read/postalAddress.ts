/**
 * A postal address where a page's label says "Location": a card's "Location [city, country]:" line that holds a
 * street, a number and a postcode says where the company is (its seat), not where the data goes. Pure.
 */
import { cleanText } from './blocks';
import { addressCountry } from '../wording';

/** A postcode: four or five digits, a ZIP+4, or a country's letter before them ("D-10179"). */
const POSTCODE = /^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{4})?$/;
/** A street's number, as it leads or ends a street ("1600 Amphitheatre Parkway", "Klosterstr. 62", "12a"). */
const STREET_NUMBER = /^\d{1,5}[a-z]?$/i;

/**
 * Words that say the address is of machines, not of the company: a data centre, a colocation site, servers, or a
 * colocation company's name ("Equinix PA3 data centre, 114 Rue …"). Such an address is where the data is.
 */
const MACHINES =
  /(?<!\p{L})(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?|centres? de donn[ée]es|colocation|colo|server|servers|serveurs?|server room|salle serveur|baie|DC\d*|Equinix|Interxion|Digital Realty|Telehouse|Global Switch|Data4)(?!\p{L})/iu;

/**
 * Whether a place value is a postal address: parts set apart by commas, one led or ended by a street's number,
 * another holding a postcode, and one country the address names (`addressCountry`). "Frankfurt, Germany" (no
 * number), "eu-west-1, eu-central-1" (no country) and "Germany (2 data centres), 10 PB" (no postcode) are not; nor is a
 * data centre's address (`MACHINES`).
 */
export function isPostalAddress(text: string): boolean {
  const t = cleanText(text);
  if (t.length > 200 || MACHINES.test(t)) return false;
  const parts = t
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return false;
  const words = parts.map((p) => p.split(' '));
  const numbered = words.findIndex((w) => STREET_NUMBER.test(w[0]!) || STREET_NUMBER.test(w[w.length - 1]!));
  if (numbered < 0) return false;
  const coded = words.findIndex((w, i) => i !== numbered && w.some((x) => POSTCODE.test(x)));
  return coded >= 0 && addressCountry(t) !== undefined;
}
