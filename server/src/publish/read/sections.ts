/**
 * The parts of a page that are not tables, read for entries and for facts about them: a bare list that a
 * sentence introduces as the sub-processors ("La liste des sous-traitants … est la suivante :"), and a
 * sentence that states one fact for every entry ("These subprocessors are all headquartered in the United
 * States"). Each is a rule about a page's structure or wording, never about one page. Pure.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { countryCode } from '../wording';

/** Words that name the parties a list of sub-processors lists. */
const PARTY_WORDS = /sub-?processors?|sous-traitants?|sub-?contractors?|vendors|service providers|prestataires|fournisseurs/i;

/**
 * "The following sub-processors:", "La liste des sous-traitants ultérieurs autorisés est la suivante :": a
 * sentence that names sub-processors and ends in a colon announces the list that follows it.
 */
function introducesList(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') && PARTY_WORDS.test(t);
}

/**
 * The name an item gives when it is only a name, or a name then its purpose after a dash or a colon
 * ("Interxion"; "Data4 – hébergement"): undefined for a sentence, which names no vendor by itself.
 */
function itemName(text: string): string | undefined {
  const head = text.split(/\s[–—-]\s|:\s/)[0]!.trim();
  if (!head || head.length > 60 || head.split(/\s+/).length > 6) return undefined;
  // A name starts with a capital or a digit ("Data4", "1Password"); a clause does not.
  if (!/^[\p{Lu}\d]/u.test(head) || /[.!?]$/.test(head)) return undefined;
  return head;
}

/**
 * Entries from a list that a sentence introduces as the sub-processors: one per item, its name the item's
 * words (or their part before a dash). The whole list, or none of it: an item that is a sentence means the
 * list is something else.
 */
export function introducedListEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !introducesList(b.text)) continue;
    const items: Extract<PageBlock, { kind: 'item' }>[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const x = blocks[j]!;
      if (x.kind !== 'item') break;
      if (x.depth === 0) items.push(x);
    }
    const found = items.map((x) => ({ item: x, name: itemName(x.text) }));
    if (!found.length || found.some((f) => f.name === undefined)) continue;
    for (const { item, name } of found) {
      const rest = item.text
        .slice(name!.length)
        .replace(/^\s*[–—:-]\s*/, '')
        .trim();
      entries.push({ heading: name!, name, line: item.line, facts: rest ? [{ label: 'Purpose', value: rest, key: 'purpose' }] : [] });
    }
  }
  return entries;
}

/** "All our sub-processors are headquartered in …", "Tous nos sous-traitants sont établis en …". */
const ESTABLISHED_EN = /\b(?:headquartered|based|established|incorporated|domiciled)\s+in\s+/i;
const ESTABLISHED_FR =
  /(?<!\p{L})(?:établis|etablis|basés|bases|domiciliés|domicilies|implantés|implantes|situés|situes)\s+(?:en|aux|au|à)\s+/iu;
const EVERY = /(?<!\p{L})(?:all|every|each|tous|toutes|chacun)(?!\p{L})/iu;

/**
 * The country a sentence says every sub-processor is established in ("These subprocessors are all
 * headquartered in the United States"): only when the sentence says all of them, and names one country.
 */
export function everyEntryEstablishedIn(text: string): { country: string; place: string } | undefined {
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    if (!PARTY_WORDS.test(sentence) || !EVERY.test(sentence)) continue;
    const m = ESTABLISHED_EN.exec(sentence) ?? ESTABLISHED_FR.exec(sentence);
    if (!m) continue;
    // The place is the words up to the end of the clause: "the United States and subject to …" gives "the
    // United States"; "France or the United States" names two countries, so no one country for all.
    const parts = sentence
      .slice(m.index + m[0].length)
      .split(/[,;.()]/)[0]!
      .split(/\s(?:and|et|or|ou|which|qui|where|où|but|mais)\s/)
      .map((p) => p.trim());
    const country = countryCode(parts[0]!);
    if (parts.slice(1).some((p) => countryCode(p.replace(/^(?:in|en|aux|au|à)\s+/i, '')) !== undefined)) continue;
    if (country && country !== 'EU' && country !== 'GLOBAL') return { country, place: parts[0]! };
  }
  return undefined;
}

/** A fact the page states for all its entries, given to each entry that does not state its own. */
export function attachPageWideFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const said = everyEntryEstablishedIn(b.text);
    if (!said) continue;
    for (const e of entries)
      if (!e.facts.some((f) => f.key === 'entityCountry'))
        e.facts.push({ label: 'Headquartered', value: said.place, key: 'entityCountry' });
    return;
  }
}
