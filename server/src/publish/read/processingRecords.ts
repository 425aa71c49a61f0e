/**
 * A record of processing (« registre des traitements ») published as one heading per processing ("Traitement 1 :
 * Gestion des clients", "Processing activity 2: Newsletter") over its labelled lines ("Finalité : …", "Destinataires :
 * …", "Sous-traitants : …", "Transfert hors UE : …"). A processing's heading names a purpose, never a vendor; the
 * vendors are those its recipients' or processors' lines name, one entry per vendor across the processings, with the
 * places and mechanisms its transfer line states for it by name.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry, ReadFact } from '../readPage';
import { vendorName } from './recipientLines';
import { entityIn, mechanismsIn, parenthesised, readLocation } from '../wording';

/**
 * A heading that names a processing by its number: "Traitement 1 : Gestion des clients", "Traitement n°2 —
 * Newsletter", "Activité de traitement 3 : …", "Processing activity 2: Newsletter", "Processing 4 – Analytics".
 */
export const PROCESSING_HEADING =
  /^(?:\d{1,2}[.)]?\s+)?(?:traitement|activit[ée] de traitement|processing(?: activity)?|activity)\s+(?:n[°o]\s?)?\d{1,3}\s*[:.—–-]\s*\S/iu;

/** The label of a processing's recipients or processors: "Destinataires", "Sous-traitants", "Recipients", "Processors". */
const PARTIES_LABEL =
  /^(?:destinataires?(?: des données)?|sous-traitants?(?: ultérieurs)?|prestataires?|recipients?(?: of (?:the )?data)?|(?:sub-?)?processors?|service providers?)(?:\s*\([^()]{1,40}\))?$/iu;

/** The label of a processing's transfers: "Transfert hors UE", "Transferts hors de l'UE", "Transfers outside the EU". */
const TRANSFER_LABEL =
  /^(?:transferts?(?: de données)? (?:hors (?:de l['’])?(?:ue|eee|union européenne)|internationaux)|(?:international )?transfers?(?: of data)?(?: (?:outside|out of) (?:the )?(?:eu|eea|european union))?)$/iu;

/** Whether a line's label says it is about transfers ("Transfert hors UE", "Transfers outside the EEA"). */
export function isTransferLabel(label: string): boolean {
  return TRANSFER_LABEL.test(label.replace(/[*_]/g, '').trim());
}

/** A labelled line: "Destinataires : …", "**Recipients:** …", "Sous-traitants – …". */
function labelled(text: string): { label: string; value: string } | undefined {
  const m = /^\**([^:*]{2,60}?)\**\s?:\**\s*(\S.*)$/u.exec(text.trim());
  return m ? { label: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}

/** The parts of a list written in a line, split at commas, semicolons, "et" and "and" outside brackets. */
function parts(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out
    .flatMap((p) => p.split(/\s(?:et|and)\s/u))
    .map((p) => p.trim().replace(/[.;]$/, '').trim())
    .filter(Boolean);
}

/** "OVHcloud (hébergement)", "Brevo": a vendor's name and what its brackets say, when the name is a vendor's. */
function vendorPart(part: string): { name: string; inner?: string } | undefined {
  const split = parenthesised(part);
  const name = (split?.head ?? part).trim();
  const words = name.split(/\s+/);
  if (!/^[\p{Lu}\d]/u.test(name) || words.length > 6 || name.length > 60) return undefined;
  // "Service comptable interne", "Personnel habilité", "Autorités": a kind of recipient, no vendor. A name under a
  // recipients' label may hold a column's word ("Amazon Web Services"): the label says what it is.
  if (!vendorName(name, false) && entityIn(name) !== name) return undefined;
  return { name, inner: split?.inner.trim() };
}

/** What a transfer line's bracket says for a vendor: "(États-Unis, CCT)" -> its place, its mechanism. */
function transferFacts(inner: string): ReadFact[] {
  const facts: ReadFact[] = [];
  const bits = inner.split(/[,;]\s*/).map((b) => b.trim());
  const places = bits.filter((b) => {
    const where = readLocation(b);
    return where.countries.length > 0 && where.note === undefined && !mechanismsIn(b).named.length;
  });
  if (places.length) facts.push({ label: 'Location', value: places.join(', '), key: 'dataLocation' });
  const rest = bits.filter((b) => !places.includes(b)).join(', ');
  const said = mechanismsIn(rest);
  if (said.mechanisms.length && !said.noTransfer) facts.push({ label: 'Transfer', value: rest, key: 'transfer' });
  return facts;
}

/**
 * The vendors a record of processing names: two processings' headings at least, each over labelled lines. Empty when
 * the page is no such record.
 */
export function processingRecordEntries(blocks: PageBlock[]): ReadEntry[] {
  const headings = blocks.filter((b) => b.kind === 'heading' && PROCESSING_HEADING.test(b.text.trim()));
  if (headings.length < 2) return [];
  const entries: ReadEntry[] = [];
  const byName = new Map<string, ReadEntry>();
  let inRecord = false;
  let level = 0;
  let named: ReadEntry[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (inRecord && b.level > level) continue;
      inRecord = PROCESSING_HEADING.test(b.text.trim());
      level = b.level;
      named = [];
      continue;
    }
    if (!inRecord || (b.kind !== 'item' && b.kind !== 'paragraph')) continue;
    const line = labelled(b.text);
    if (!line) continue;
    if (PARTIES_LABEL.test(line.label)) {
      for (const part of parts(line.value)) {
        const vendor = vendorPart(part);
        if (!vendor) continue;
        let entry = byName.get(vendor.name.toLowerCase());
        if (!entry) {
          entry = { heading: vendor.name, name: vendor.name, line: b.line, facts: [] };
          if (vendor.inner) entry.facts.push({ label: 'Purpose', value: vendor.inner, key: 'purpose' });
          byName.set(vendor.name.toLowerCase(), entry);
          entries.push(entry);
        }
        if (!named.includes(entry)) named.push(entry);
      }
    } else if (TRANSFER_LABEL.test(line.label)) {
      // "Transfert hors UE : Stripe (États-Unis, CCT)": the places and mechanism of each vendor it names.
      for (const part of parts(line.value)) {
        const split = parenthesised(part);
        if (!split) continue;
        const entry = byName.get(split.head.trim().toLowerCase());
        if (!entry) continue;
        for (const fact of transferFacts(split.inner))
          if (!entry.facts.some((f) => f.key === fact.key && f.value === fact.value)) entry.facts.push(fact);
      }
    }
  }
  return entries;
}
