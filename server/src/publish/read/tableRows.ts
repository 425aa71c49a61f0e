/**
 * Rows of a vendors' table that are no vendor: a row heading the rows under it ("Sub-processors in Norway", its other
 * cells empty), and a row that lost its name cell, its cells shifted one column left. Pure; linear in the table's size.
 */
import { cleanText } from './blocks';
import { readLocation } from '../wording';

const textOf = (cell: string | undefined): string =>
  cleanText((cell ?? '').replace(/[*_]/g, ' '))
    .replace(/\s*:$/, '')
    .trim();

/**
 * The plural of the parties a table lists, then the words that set a group of them apart: "Sub-processors in Norway",
 * "Sub-processors abroad (EU/EEA)", "Vendors outside the EEA", "Sous-traitants établis en France", "Prestataires hors
 * UE". A singular ("Sub-processor") or a name ("Subprocessors Ltd") is none.
 */
const GROUP_HEAD =
  /^(?:(?:our|other|nos|autres|les)\s+)?(?:sub-?processors|subcontractors|sub-contractors|vendors|providers|suppliers|service providers|third parties|sous-traitants(?: ultérieurs)?|prestataires|fournisseurs)\s+(?=(?:located|based|established|hosted|in|within|inside|outside|abroad|établis|situés|basés|hébergés|en|au|aux|dans|hors|à)(?!\p{L}))(.{1,80})$/iu;

/** Words before the group's place that say its data is there: "in", "hosted in", "hébergés en", "dans l'". */
const PLACE_LEAD = /^(?:(?:hosted|hébergés)\s+)?(?:in|within|inside|en|au|aux|à|dans)(?:\s+(?:the|l['’]|le|la|les))?\s*/iu;

/**
 * Words that say where the companies are, not their data ("based in", "établis en", "located in"): the corpus README
 * reads "based", "établie" as the entity's country; a group so headed gives its rows no place of their data.
 */
const SEAT_LEAD = /^(?:located|based|established|headquartered|établis|situés|basés|domiciliés|implantés)(?!\p{L})/iu;

/** Words that put the group outside a place or away from home: its place is none the words name ("hors UE"). */
const AWAY = /^(?:outside|hors|abroad|à l['’]étranger)(?!\p{L})/iu;

/**
 * A row whose only cell is its first and whose words head a group of the table's parties ("Sub-processors in Norway",
 * "Sous-traitants hors UE"), in a table of two columns or more: no vendor. Its place is where the words put the group's
 * data ("in Norway", "hosted in Norway" -> NO; "abroad (EU/EEA)" -> the place in its brackets), none when they put it
 * outside a place or say where the companies are established ("based in", "établis en").
 */
export function groupRow(cells: readonly string[], columns: number): { text: string; place?: string } | undefined {
  if (columns < 2 || cells.slice(1).some((c) => textOf(c))) return undefined;
  const text = textOf(cells[0]);
  const m = GROUP_HEAD.exec(text);
  if (!m) return undefined;
  const rest = m[1]!.trim();
  if (SEAT_LEAD.test(rest)) return { text };
  // "abroad (EU/EEA)": away from home, and in brackets where.
  const away = AWAY.exec(rest);
  const bracket = away ? /^\s*\(([^()]{1,60})\)\s*$/.exec(rest.slice(away[0].length)) : null;
  if (away && !bracket) return { text };
  const words = bracket ? bracket[1]! : rest.replace(PLACE_LEAD, '');
  const read = readLocation(words);
  const place = read.countries.length && !read.note && !read.access.length ? words : undefined;
  return place ? { text, place } : { text };
}

/**
 * The rows of a table that lost their name cell, their cells shifted one column left ("| OAuth sign-in | US + EU |
 * Email on sign-in | |" under "Vendor | Role | Region | Data"): the row's last cell is empty and the others filled, its
 * first cell is the next column's value on another row and no other row's name, and its place stands one column left of
 * the place column (the cell before it reads as a place, its own cell does not). `location` is the place column.
 */
export function shiftedRows(rows: readonly (readonly string[])[], nameColumn: number, location: number): Set<number> {
  const out = new Set<number>();
  if (nameColumn < 0 || location <= nameColumn) return out;
  const texts = rows.map((cells) => cells.map(textOf));
  const names = new Map<string, number>();
  const nextValues = new Map<string, number>();
  for (const cells of texts) {
    const name = cells[nameColumn]?.toLowerCase();
    const next = cells[nameColumn + 1]?.toLowerCase();
    if (name) names.set(name, (names.get(name) ?? 0) + 1);
    if (next) nextValues.set(next, (nextValues.get(next) ?? 0) + 1);
  }
  texts.forEach((cells, r) => {
    const n = cells.length;
    if (n <= location || cells[n - 1] || cells.slice(0, n - 1).some((c) => !c)) return;
    const first = cells[nameColumn]!.toLowerCase();
    if ((names.get(first) ?? 0) > 1 || !nextValues.has(first) || cells[nameColumn + 1]!.toLowerCase() === first) return;
    // The place standing one column left: a cell that reads as a place, or, the place column right after the names, a
    // value that column holds on another row ("North America | Analytics | … | |" under "Name | Address | Purpose | Data").
    const placed = readLocation(cells[location - 1]!).countries.length > 0 || (location === nameColumn + 1 && nextValues.has(first));
    if (!placed || readLocation(cells[location]!).countries.length > 0) return;
    out.add(r);
  });
  return out;
}
