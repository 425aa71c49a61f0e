/**
 * Vendors a record of processing names in its "Destinataires" row ("| **Destinataires** | - Élève ; - Google Analytics
 * (USA - CCT) ; - Sentry (UE) |"), beside the parties that are no vendors (the company's staff, the customer, the
 * authorities). Read only where a name is written as a name and says it is a company (its legal form) or where its data
 * goes or by what it is transferred (a place or a mechanism in its brackets): "Autorités (sur réquisition)", "Moniteurs
 * assignés" and "Vercel Analytics (Edge Network)" give no entry. Pure; `interpret` adds these beside the entries the
 * page lists elsewhere (`besides`).
 */
import { cleanText, type PageBlock } from './blocks';
import type { ReadEntry, ReadFact } from '../readPage';
import { entityIn, mechanismsIn, parenthesised, readLocation } from '../wording';

/** Words of a name that need no capital: "&", "and", "de", "von" ("Procter & Gamble", "Caisse des Dépôts"). */
const NAME_JOINS = /^(?:&|\+|-|and|et|of|for|de|des|du|d['’]\p{L}+|la|le|les|l['’]\p{L}+|von|van|der|y)$/iu;

/**
 * A vendor's name as a name is written: each word capitalised (or a digit, or a word that joins names), outside what
 * its brackets add ("Google LLC", "Daily.co (Daily)"); not a phrase in common words ("Demonstrated security posture",
 * "Auto-école responsable").
 */
export function properName(name: string): boolean {
  const head = (parenthesised(cleanText(name))?.head ?? cleanText(name)).trim();
  const words = head.split(/\s+/).filter(Boolean);
  return words.length > 0 && /^[\p{Lu}\d]/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d"“«(]/u.test(w) || NAME_JOINS.test(w));
}

/** A row's label that names the parties receiving the data: "Destinataires", "Recipients", "Destinataires des données". */
const RECIPIENTS_LABEL = /^(?:destinataires?(?: des données)?|recipients?(?: of (?:the )?(?:personal )?data)?)$/iu;

/** The facts an item's brackets state: each part a place (where the data goes) or a transfer mechanism. */
function bracketFacts(inner: string): ReadFact[] | undefined {
  const facts: ReadFact[] = [];
  for (const raw of inner.split(/\s*[,;]\s*|\s+[-–—]\s+/)) {
    const part = raw.trim();
    if (!part) continue;
    const where = readLocation(part);
    if (where.countries.length && where.note === undefined) facts.push({ label: 'Location', value: part, key: 'dataLocation' });
    else if (mechanismsIn(part).mechanisms.length) facts.push({ label: 'Transfer', value: part, key: 'transfer' });
    else return undefined;
  }
  return facts.length ? facts : undefined;
}

/** One item of a recipients cell: the vendor it names and what its brackets state, else undefined (no vendor). */
function recipient(item: string, line: number | undefined): ReadEntry | undefined {
  const text = cleanText(item.replace(/^[-•*]\s+/, ''));
  const split = parenthesised(text);
  const name = (split?.head ?? text).trim();
  if (!name || name.length > 60 || !properName(name)) return undefined;
  const facts = split ? bracketFacts(split.inner) : undefined;
  // "Supabase Inc. (hébergement UE)": a company by its legal form, whatever its brackets say.
  const company = entityIn(name) === name;
  if (!facts && !company) return undefined;
  return { heading: name, name, line, facts: facts ?? (split ? [{ label: '', value: split.inner }] : []) };
}

/** The vendors the "Destinataires" rows of the page's two-column tables name (`recipient`), in page order. */
export function recipientRowEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table' || b.header.length !== 2) continue;
    for (const row of b.rows) {
      const label = cleanText((row.cells[0] ?? '').replace(/[*_]/g, '')).replace(/\s*:$/, '');
      if (!RECIPIENTS_LABEL.test(label)) continue;
      for (const item of (row.cells[1] ?? '').split(/\s*;\s*|\n/)) {
        const found = recipient(item, row.line);
        if (found) entries.push(found);
      }
    }
  }
  return entries;
}
