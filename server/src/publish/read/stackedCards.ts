/**
 * Cards whose labels stand on their own lines over their values, as a browser copies a grid of cards: the vendor's
 * name, a line or two of its own (what it does, a link's words), then "Region" over "India", "Data categories" over a
 * list of bullets. No line says "Label: value": the page's structure says it. A label is a line that is a fact's
 * label whole (`columnMatch`, exact) with a value under it (a line that is no label, or a list); the cards are the
 * runs of such labels, each opened by the same first label. Read only when every card has the same number of lines
 * between its labels and the card above (the lines its name opens), so that the page's own lines (title,
 * introduction) never name a vendor: the first card takes as many lines above its labels as the others. Only on a page
 * that speaks of its sub-processors (vendors, providers), and never when a card's name is led by a place ("EU region"
 * over "Region", "Germany": the company's own deployments).
 */
import { cleanText, type PageBlock } from './blocks';
import type { ReadEntry, ReadFact } from '../readPage';
import { columnMatch, type ColumnKey } from './columns';
import { placeCode } from '../wording';

/** Words that name the parties a page lists: the cards are theirs only on a page that says it lists them. */
const PARTY_WORDS =
  /sub-?processors?|sous-traitants?|sub-?contractors?|vendors?|service providers?|third[- ]part(?:y|ies)|prestataires?|fournisseurs?|tiers/i;

/** A name led by a place ("EU region", "US data centre") or a region's word over one ("Région UE"): a deployment, no vendor. */
function placeLed(name: string): boolean {
  const words = name.split(/\s+/);
  const regionWord = /^(?:r[ée]gions?|zones?|data|datacenters?|centres?|centers?|h[ée]bergement|hosting|deployment|d[ée]ploiement)$/iu;
  return placeCode(words[0]!) !== undefined || (regionWord.test(words[0]!) && placeCode(words[words.length - 1]!) !== undefined);
}

/** The most lines a card holds above its labels (its name, what it does, a link's words). */
const MAX_HEAD = 3;

/** The words of a link to one of the vendor's documents or its site, an arrow after them: no purpose. */
const LINK_WORDS =
  /[→»›↗]|^(?:privacy(?: policy| notice)?|terms(?: of (?:service|use))?|dpa|website|site(?: web)?|politique de confidentialit[ée]|conditions|en savoir plus|learn more|read more|voir|view)$/iu;

/** The key of a line that is a fact's label whole ("Region", "Data categories", "Finalité"), no name's. */
function labelKey(b: PageBlock | undefined): ColumnKey | undefined {
  if (b?.kind !== 'paragraph') return undefined;
  const text = cleanText(b.text).replace(/\s*:$/, '');
  if (text.length > 40) return undefined;
  const match = columnMatch(text);
  return match?.exact && match.key !== 'name' && match.key !== 'entity' && match.key !== 'note' ? match.key : undefined;
}

/** The value under the label at `i`: one line that is no label, or a list's items. Its end (exclusive) and text. */
function valueAt(blocks: PageBlock[], i: number): { end: number; value: string } | undefined {
  const next = blocks[i + 1];
  if (next?.kind === 'paragraph' && labelKey(next) === undefined) return { end: i + 2, value: cleanText(next.text) };
  let j = i + 1;
  const items: string[] = [];
  for (; blocks[j]?.kind === 'item'; j++) items.push(cleanText((blocks[j] as { text: string }).text));
  return items.length ? { end: j, value: items.join(', ') } : undefined;
}

/** A line that can be a card's name: short, no sentence, no label, no link's words. */
const nameLine = (b: PageBlock | undefined): b is Extract<PageBlock, { kind: 'paragraph' | 'heading' }> =>
  (b?.kind === 'paragraph' || b?.kind === 'heading') &&
  cleanText(b.text).length <= 80 &&
  !/[:;?!]$/.test(cleanText(b.text)) &&
  cleanText(b.text).split(' ').length <= 10 &&
  labelKey(b) === undefined &&
  !LINK_WORDS.test(cleanText(b.text));

/**
 * The entries of cards whose labels stand over their values, and the texts of their lines; none when the page is not
 * made of such cards.
 */
export function stackedCardEntries(blocks: PageBlock[]): { entries: ReadEntry[]; lines: Set<string> } {
  const none = { entries: [], lines: new Set<string>() };
  if (!blocks.some((b) => b.kind !== 'table' && PARTY_WORDS.test(b.text))) return none;
  const first = blocks.findIndex((b, i) => labelKey(b) !== undefined && valueAt(blocks, i) !== undefined);
  if (first < 0) return none;
  const opener = cleanText((blocks[first] as { text: string }).text);
  // Each card's labels: from its first label (the page's first one) through the last label with a value after it.
  const cards: { start: number; end: number; facts: ReadFact[] }[] = [];
  for (let i = first; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || cleanText(b.text) !== opener) continue;
    const facts: ReadFact[] = [];
    let j = i;
    for (let key = labelKey(blocks[j]); key !== undefined; key = labelKey(blocks[j])) {
      const value = valueAt(blocks, j);
      if (!value) break;
      facts.push({ label: cleanText((blocks[j] as { text: string }).text).replace(/\s*:$/, ''), value: value.value, key });
      j = value.end;
    }
    if (!facts.length) return none;
    cards.push({ start: i, end: j, facts });
    i = j - 1;
  }
  if (cards.length < 2) return none;
  // The lines between each card and the one above: the same number for all, each a line of text.
  const heads = cards.slice(1).map((c, k) => c.start - cards[k]!.end);
  const size = heads[0]!;
  if (size < 1 || size > MAX_HEAD || heads.some((h) => h !== size)) return none;
  const entries: ReadEntry[] = [];
  const lines = new Set<string>();
  for (const card of cards) {
    const head = blocks.slice(card.start - size, card.start);
    if (head.length !== size || !nameLine(head[0]) || head.some((b) => b.kind !== 'paragraph' && b.kind !== 'heading')) return none;
    for (const b of blocks.slice(card.start - size, card.end)) if (b.kind !== 'table') lines.add(b.text);
    const name = cleanText(head[0].text);
    if (placeLed(name)) return none;
    const facts = [...card.facts];
    // The line under the name, no link's words: what the vendor does, unless a label says it.
    const role = head[1] as { text: string } | undefined;
    if (role && !LINK_WORDS.test(cleanText(role.text)) && !facts.some((f) => f.key === 'purpose'))
      facts.unshift({ label: 'Purpose', value: cleanText(role.text), key: 'purpose' });
    entries.push({ heading: name, line: head[0].line, facts });
  }
  return { entries, lines };
}
