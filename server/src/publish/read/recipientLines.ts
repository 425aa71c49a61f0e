/**
 * Readers of pages that name their vendors outside any list a reader of `sections.ts` takes: one line per recipient
 * under a heading about the recipients ("6) Destinataires et sous-traitants" over "Vercel : hébergement/CDN.",
 * "Google (Gmail) : réception des emails."). Each reads only what the page's structure says, and never a line that
 * names a kind of recipient ("Personnel habilité : …", "Authorities: on request") or a fact's label.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { columnMatch } from './columns';
import { nameIndex } from './sections';

/** A heading over the parties the data goes to: "Destinataires", "Sous-traitants", "Recipients", "Sub-processors". */
const RECIPIENTS_HEADING =
  /destinataires?|sous-traitants?|sub-?processors?|recipients?|prestataires?|fournisseurs?|service providers?|third[- ]part(?:y|ies)|tiers/iu;
/** A heading that says its parties are none: "Not sub-processors", "ne sont pas des sous-traitants". */
const NOT_RECIPIENTS =
  /(?<!\p{L})(?:not|no|non|aucun)[\s-]+(?:sub-?processors?|processors?|sous-traitants?|destinataires?|recipients?)(?!\p{L})/iu;

/**
 * "Vercel : hébergement", "Google (Gmail) : réception des emails", "Acme Cloud Ltd: hosting": a name of one to six
 * words, each capitalised (or a digit first), an optional bracket, a colon, then what the vendor does.
 */
const NAME_LINE = /^([\p{Lu}\d][\p{L}\d.&'’+-]{0,40}(?: [\p{Lu}\d][\p{L}\d.&'’+-]{0,40}){0,5})( \([^()]{1,60}\))? ?: (\S.{1,400})$/u;

/**
 * Words that name a kind of recipient, not a vendor: the staff, authorities, the company's own services, a trade
 * ("Personnel", "Autorités", "Comptable", "Banques", "Staff", "Authorities", "Hosting provider").
 */
const RECIPIENT_KIND =
  /^(?:personnel|personnels|salariés?|employés?|collaborateurs?|équipes?|services?|direction|autorités?|administrations?|organismes?|juridictions?|tribunaux|police|gendarmerie|avocats?|comptables?|expert-comptable|experts?-comptables?|commissaires?|auditeurs?|assureurs?|banques?|partenaires?|prestataires?|fournisseurs?|sous-traitants?|hébergeurs?|clients?|utilisateurs?|membres?|tiers|interne|internes|staff|employees?|team|teams|authorities|authority|courts?|lawyers?|accountants?|auditors?|insurers?|banks?|partners?|providers?|vendors?|contractors?|processors?|sub-?processors?|hosts?|customers?|users?|members?|internal|others?|autres?|public|catégories?|categories?|données|data|finalités?|purposes?|durée|duration|base|fondement)$/iu;

/** Whether a line's name is a vendor's: no kind of recipient, no label of a fact, no words in common nouns. */
function vendorName(name: string): boolean {
  const words = name.split(' ');
  if (RECIPIENT_KIND.test(words[0]!.replace(/[.,]+$/, ''))) return false;
  // "Personnel habilité", "Hébergement et diffusion": a capital for the first word only, common nouns after it.
  if (words.length > 1 && words.slice(1).every((w) => /^[\p{Ll}'’-]+$/u.test(w))) return false;
  return columnMatch(name) === undefined;
}

/**
 * Entries from the lines of a section about the recipients, each "Name : what it does", one a paragraph or a list
 * item: the name (its bracket kept, as the page writes it), the rest its purpose. Two such lines at least in the
 * section; the section's other lines (an introduction, a line naming a kind of recipient) are no entries.
 */
export function recipientLineEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  let section: ReadEntry[] | undefined;
  let level = 0;
  const close = () => {
    if (section && section.length >= 2) entries.push(...section);
    section = undefined;
  };
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (section && b.level > level) continue;
      close();
      if (RECIPIENTS_HEADING.test(b.text) && !NOT_RECIPIENTS.test(b.text)) [section, level] = [[], b.level];
      continue;
    }
    if (!section || (b.kind !== 'paragraph' && !(b.kind === 'item' && b.depth === 0)) || b.text.length > 500) continue;
    const m = NAME_LINE.exec(b.text.trim());
    if (!m || !vendorName(m[1]!)) continue;
    const name = `${m[1]!}${m[2] ?? ''}`;
    const purpose = m[3]!.replace(/\.$/, '').trim();
    section.push({ heading: name, name, line: b.line, facts: [{ label: 'Purpose', value: purpose, key: 'purpose' }] });
  }
  close();
  return entries;
}

/**
 * "Vercel et Google sont certifiés dans le cadre du EU–US Data Privacy Framework", "Acme is certified under the EU-U.S.
 * Data Privacy Framework": a sentence that states named vendors certified under the DPF, a transfer mechanism of theirs.
 */
const DPF_CERTIFIED =
  /(?<!\p{L})(?:certifi(?:é|ée|és|ées|ed)|self-certified|auto-certifi(?:é|ée|és|ées))\s(?:(?:dans le cadre d[ue]|au titre d[ue]|selon l[ea]|sous l[ea]|conformément au|under|with|to|pursuant to|in)\s)?(?:l[ea]\s|the\s)?[^;]{0,30}?(?:Data Privacy Framework|DPF)(?!\p{L})/iu;
/** Words before the certification that leave it a case or deny it: "lorsque le sous-traitant est certifié", "n'est pas". */
const OPEN_CERTIFICATION =
  /(?<!\p{L})(?:lorsque|lorsqu['’]|quand|si|s['’]il|when|where|if|unless|may|might|peut|peuvent|pourrait|not|no|pas|plus|aucun|ne|n['’]|ni)(?!\p{L})/iu;

/** The DPF for each entry a sentence states certified under it, unless words before the certification open or deny it. */
export function attachDpfCertified(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    if (!/certifi/i.test(b.text)) continue;
    // Sentences end after a word in lower case, not after "U.S.".
    for (const sentence of b.text.split(/(?<=[\p{Ll})\]][.!?])\s+|\s;\s/u)) {
      const m = DPF_CERTIFIED.exec(sentence);
      if (!m || OPEN_CERTIFICATION.test(sentence.slice(0, m.index))) continue;
      for (const e of namedIn(sentence.slice(0, m.index)))
        if (!e.facts.some((f) => f.key === 'transfer' && /\bDPF\b|Data Privacy Framework/i.test(f.value)))
          e.facts.push({ label: 'Transfer', value: sentence.trim(), key: 'transfer' });
    }
  }
}
