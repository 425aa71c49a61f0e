/**
 * Cards a list's lead-in announces, each a line that is only the vendor's name over the sentences that describe it
 * (`<div><p>Acme Mail SAS</p><p>Envoi des e-mails. Données : adresse.</p><a>Politique de confidentialité</a></div>`,
 * as a page's markup flattens them into paragraphs): each card one line "Name — description", as a list of
 * "Name — role" lines gives it, so that the list's reader takes it. A card's own link line (its vendor's privacy
 * page) is no name. Two cards at least, each with its description; a name line with no sentence under it, or a
 * sentence with no name over it, ends the cards. A card whose sentences say the vendor is not used, or give a person's
 * title, is no vendor's.
 */

import type { PageBlock } from './blocks';
import { entityIn } from '../wording';

type Paragraph = Extract<PageBlock, { kind: 'paragraph' }>;

/** A paragraph that is only a link's words ("Politique de confidentialité Stripe", "Privacy policy"). */
const onlyLink = (p: Paragraph) => (p.links ?? []).some((l) => l.text.trim() === p.text.trim());

/**
 * A line that is a vendor's name and nothing else: six words at most, capitalised (or a digit first), no sentence
 * (a full stop only where it closes a legal form: "Acme Ltd."), no label (a colon), no phrase of common nouns after
 * its first word ("Données transmises", "Hébergement du site"), no part of it set apart in bold.
 */
function nameLine(p: Paragraph): string | undefined {
  const t = p.text.trim();
  if (!t || t.length > 60 || t.split(/\s+/).length > 6 || onlyLink(p)) return undefined;
  // "**Acme** (Acme Inc., Boston)": a line that sets its name apart in bold is read by the bold names' reader.
  if (p.strong?.some((w) => w.trim() && w.trim() !== t)) return undefined;
  if (!/^[\p{Lu}\d]/u.test(t) || /[:?!;,]$/.test(t) || /[@]/.test(t)) return undefined;
  if (t.endsWith('.') && entityIn(t) !== t) return undefined;
  const words = t.split(/\s+/);
  if (words.length > 1 && words.slice(1).every((w) => /^[\p{Ll}'’-]+$/u.test(w))) return undefined;
  return t;
}

/** A description: a sentence, ended by its full stop (or longer than a name). */
const sentence = (p: Paragraph) => !onlyLink(p) && nameLine(p) === undefined && (/[.!]$/.test(p.text.trim()) || p.text.length > 60);

/**
 * A card's sentences that say the page does not use the vendor it names ("Nous n'utilisons pas Acme.", "Nous avons cessé
 * d'utiliser Acme en 2024.", "We no longer use Acme."), or that give a person's title ("Directeur de la publication.",
 * "Founder and CEO."): no sub-processor's card.
 */
const NOT_A_VENDOR =
  /(?<!\p{L})(?:n['’](?:utilis|emploi)\p{L}*\s+(?:pas|plus|jamais)|ne\s+(?:l['’])?(?:utilis|emploi)\p{L}*\s+(?:pas|plus|jamais)|(?:cess[ée]e?s?|arr[êe]t[ée]e?s?)\s+d['’](?:utiliser|employer)|(?:do|does|did)\s+not\s+use|don['’]t\s+use|no\s+longer\s+(?:use|used|in\s+use)|(?:stopped|ceased)\s+using|not\s+in\s+use)(?!\p{L})/iu;
const PERSON_TITLE =
  /^(?:(?:co-?)?fondat(?:eur|rice)|(?:co-?)?founder|directeur|directrice|director|pr[ée]sidente?|president|g[ée]rante?|managing\s+director|ceo|cto|coo|cfo|dpo|responsable|d[ée]l[ée]gu[ée]e?|editor|[ée]dit(?:eur|rice)|owner|propri[ée]taire)(?!\p{L})/iu;
const notAVendor = (said: string[]) => said.some((x) => NOT_A_VENDOR.test(x)) || PERSON_TITLE.test(said[0] ?? '');

/** The cards from block `from` on, each one paragraph "Name — description"; none unless two cards at least. */
export function nameCardLines(blocks: readonly PageBlock[], from: number): Paragraph[] {
  const cards: Paragraph[] = [];
  let open: { name: string; line?: number; said: string[] } | undefined;
  const close = () => {
    if (open?.said.length && !notAVendor(open.said))
      cards.push({ kind: 'paragraph', text: `${open.name} — ${open.said.join(' ')}`, line: open.line });
    const ended = open !== undefined && !open.said.length;
    open = undefined;
    return !ended;
  };
  for (let j = from; j < blocks.length; j++) {
    const x = blocks[j]!;
    if (x.kind !== 'paragraph') break;
    const name = nameLine(x);
    if (name !== undefined) {
      if (!close()) break;
      open = { name, line: x.line, said: [] };
    } else if (open && sentence(x)) open.said.push(x.text.trim());
    else if (!(open?.said.length && onlyLink(x))) break;
  }
  close();
  return cards.length >= 2 ? cards : [];
}
