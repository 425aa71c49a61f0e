/**
 * Which items led by a name (a linked or bold name, a definition list's term) are sub-processors: the lists
 * they form, read by their structure. A list whose descriptions name the vendors of an earlier list, under
 * terms that are not vendors ("Account database: Singapore (Neon) today"), says where their data sits: it
 * is about them, not more of them. An item that says its party receives no personal data is no
 * sub-processor. What is left out is said, never dropped in silence. Pure.
 */
import type { Lead, PageBlock } from './blocks';
import type { Unread } from './unread';
import { CONTROLLER_HEADING, NOTICE_LABEL } from './sections';
import { partiesNotCurrent, roleLedLine } from './roleRecords';

export type LeadItem = Extract<PageBlock, { kind: 'item' }> & { lead: Lead };

/** "These providers receive no personal information", "ne reçoivent aucune donnée personnelle". */
export const NO_PERSONAL_DATA =
  /\b(?:receives?|processe?s?|gets?|has|have|sees?) no (?:access to )?personal (?:data|information)\b|\b(?:do(?:es)? not|never) (?:receive|process|see|access|have access to) (?:any )?personal (?:data|information)\b|\bne (?:reçoi(?:t|vent)|traite(?:nt)?) aucune donnée (?:personnelle|à caractère personnel)\b|\bn['’]ont (?:pas|aucun) accès aux données (?:personnelles|à caractère personnel)\b/i;

/** "The following are not sub-processors", "ne sont pas des sous-traitants". */
export const NOT_SUBPROCESSORS =
  /\b(?:are|is) not (?:a |our )?sub-?processors?\b|\bne sont pas (?:des |nos )?sous-traitants\b|\bn['’]est pas (?:un |notre )?sous-traitant\b/i;

/** Words that say the parties that follow are not sub-processors: they get no personal data, or are not ones. */
export const notSubprocessorsSaid = (text: string) => NO_PERSONAL_DATA.test(text) || NOT_SUBPROCESSORS.test(text);

/**
 * A party named by an article or a possessive, then common nouns only: "The event organiser", "Your employer", "Our
 * partners", « L'organisateur de l'événement », « Votre employeur ». A kind of party, no vendor (never "The Trade Desk").
 */
const NO_VENDOR_NAMED =
  /^(?:(?:[Tt]he|[Yy]our|[Oo]ur|[Tt]heir|[Vv]otre|[Vv]os|[Nn]otre|[Nn]os|[Ll]eurs?|[Ll]es?|[Ll]a)\s+|[Ll]['’]\s?)\p{Ll}[\p{Ll}'’-]*(?:\s[\p{Ll}'’-]+){0,3}$/u;

/**
 * A common noun of the page's policy as a whole label: "Security", "Compliance", "Audits", "Retention", "Notice",
 * « Sécurité », « Conformité », « Conservation », « Préavis ». What the publisher does about it, no party.
 */
const POLICY_TOPIC =
  /^(?:(?:data |information )?security|compliance|audits?|(?:data )?retention|notice|notifications?|encryption|confidentiality|(?:international )?transfers?|certifications?|reviews?|oversight|due diligence|contracts?|agreements?|incidents?|breaches|access control|training|monitoring|s[ée]curit[ée](?: des donn[ée]es)?|conformit[ée]|conservation|dur[ée]e de conservation|pr[ée]avis|information|chiffrement|confidentialit[ée]|transferts?(?: internationaux)?|contrats?|contr[ôo]les?|formation|surveillance)$/iu;
/** A description that opens with a name, as a role's vendor is written: "Datadog (US)", "Acme Inc. — logs", "Sentry". */
const VENDOR_FIRST = /^\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,4}\s*(?:$|[(,;:—–]|-\s)/u;

/** A data subject's right ("Droit d'accès", "Right to erasure", "Right of access"): a name no party bears. */
const RIGHT = /^(?:droit\s+(?:d['’]|de\s|à\s|au\s|aux\s|des\s)|right\s+(?:of|to)\s)/i;

/** A label in common nouns: a capital for its first word only, two words at least ("Forme juridique", "Contact hébergeur"). */
const COMMON_NOUNS = /^\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}'’-]+)+$/u;

/** A legal notice's term for a party it describes: "Éditeur", "Hébergeur", "Publisher", "Host". */
const RECORD_TERM = /^(?:[ée]diteur|[ée]ditrice|h[ée]bergeur|h[ée]bergement|publisher|host|hosting provider)$/iu;

/** A legal notice's term for the page's publisher: « Éditeur », « Éditeur du site », "Publisher", « Directeur de la publication ». */
export const PUBLISHER_TERM =
  /^(?:[ée]diteur|[ée]ditrice|[ée]diteur du site|site publisher|publisher|(?:directeur|directrice) de (?:la )?publication|publication (?:director|manager))$/iu;

/** The item's words after its name: its description. */
/**
 * A heading over the page's security measures ("7. Sécurité", "Mesures de sécurité", "Security measures"): the
 * items it holds ("**Chiffrement** : HTTPS/TLS") are measures, whatever their bold lead, unless it names the vendors.
 */
const MEASURES_HEADING =
  /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:(?:mesures (?:de |techniques et organisationnelles de )?)?s[ée]curit[ée](?: des donn[ée]es)?|(?:data )?security(?: measures)?|mesures techniques et organisationnelles|technical and organi[sz]ational measures)$/iu;
const VENDOR_WORDS = /sous-traitants?|processors?|prestataires?|fournisseurs?|vendors?|providers?/iu;
/**
 * A heading over the data the page collects ("3) Quelles données sont collectées ?", "Data we collect", "Catégories de
 * données"): the terms it holds ("Identité : nom, prénom") are kinds of data, unless it names the parties too.
 */
const DATA_HEADING = /collect|recueilli|cat[ée]gories de donn[ée]es|types? (?:of|de) (?:data|donn[ée]es)|data categories/iu;
/** A heading over the data the page collects that does not name the parties too ("2. Data We Collect"). */
export const isCollectedDataHeading = (text: string): boolean => DATA_HEADING.test(text) && !NAMES_VENDORS.test(text);
/** Words that name the parties a list gives: its vendors, third parties, recipients of the data. */
const NAMES_VENDORS =
  /sous-traitants?|processors?|prestataires?|fournisseurs?|vendors?|providers?|third[- ]part(?:y|ies)|recipients?|destinataires?|partenaires?|partners?|services? (?:de |des )?tiers|third[- ]party services?/iu;

const description = (b: LeadItem) => b.text.slice(b.lead.text.length).replace(/^[\s.,:;–—-]+/, '');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names `name` as a whole word ("Singapore (Neon, ap-southeast-1)" names "Neon"). */
function names(text: string, name: string): boolean {
  if (!name || name.length > 80) return false;
  return new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'u').test(text);
}

/** A run of letters and digits: how a name that `names` finds starts where the text's word starts. */
const WORD = /[\p{L}\d]+/gu;
const LEADING_WORD = /^[\p{L}\d]+/u;
/** A code unit that is a letter or digit whole (not half of a pair). */
const WORD_UNIT = /^[\p{L}\d]$/u;

/**
 * The names of the entries kept so far, for `names`: those that start with a letter or digit by the word they start
 * with, so that a description is searched for the names starting with each of its words, not for every name.
 */
class KeptNames {
  private readonly byWord = new Map<string, string[]>();
  /** Names that start with another sign ("(Acme)"): searched for one by one. */
  private readonly others: string[] = [];
  readonly all = new Set<string>();

  add(name: string): void {
    this.all.add(name);
    if (!name || name.length > 80) return;
    const word = LEADING_WORD.exec(name)?.[0];
    if (word === undefined) this.others.push(name);
    else {
      const list = this.byWord.get(word);
      if (list) list.push(name);
      else this.byWord.set(word, [name]);
    }
  }

  /** Whether `text` names one of the names (`names`). */
  namedIn(text: string): boolean {
    if (this.others.some((n) => names(text, n))) return true;
    for (const m of text.matchAll(WORD))
      for (const n of this.byWord.get(m[0]) ?? []) {
        const end = text[m.index + n.length];
        if (text.startsWith(n, m.index) && !(end !== undefined && WORD_UNIT.test(end)) && names(text, n)) return true;
      }
    return false;
  }
}

/** A lead that is a link to a site and, without its colon, no fact's label: a vendor's name ("[Acme Mail:](https://…)"). */
function linkedName(b: Extract<PageBlock, { kind: 'item' }>, isLabel: (lead: string) => boolean): boolean {
  const href = leadHref(b);
  return href !== undefined && !isLabel(b.lead!.text.replace(/\s*:\s*$/, ''));
}

/** The site a lead links to: its own link, or the item's first link when its words are the lead's. */
export function leadHref(b: Extract<PageBlock, { kind: 'item' }>): string | undefined {
  const href = b.lead?.href ?? (b.links?.[0]?.text === b.lead?.text ? b.links?.[0]?.href : undefined);
  return href !== undefined && /^https?:\/\//i.test(href) ? href : undefined;
}

/**
 * The items led by a name that are entries, in page order; `isLabel` says a lead is a fact's label
 * ("Purpose"), never a vendor's name; what is set aside goes to `unread`, with its reason.
 */
export function leadItems(blocks: PageBlock[], isLabel: (lead: string) => boolean, unread: Unread[]): LeadItem[] {
  // Runs of items led by a name, with nothing else between them: one list each.
  // `labelled`: a definition list's term in the run is a fact's label ("Adresse", "Address").
  // `vendorLed`: a heading over the run or the words that introduce it name vendors ("We use the following
  // sub-processors:"); `topicLed`: they name something else ("What we collect:", "6. Data retention").
  // `notCurrent`: the heading over the run or the words right before it say its parties are planned or former ones.
  const runs: { items: LeadItem[]; heading?: string; labelled?: boolean; vendorLed?: boolean; topicLed?: boolean; notCurrent?: boolean }[] =
    [];
  let heading: string | undefined;
  // The headings over the current block, by level; the paragraph since the last heading that introduces what follows.
  const path: { level: number; vendors: boolean }[] = [];
  let intro: string | undefined;
  let open = false;
  let labelTerm = false;
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'heading') {
      heading = b.text;
      while (path.length && path[path.length - 1]!.level >= b.level) path.pop();
      path.push({ level: b.level, vendors: NAMES_VENDORS.test(b.text) });
      intro = undefined;
    } else if (b.kind === 'paragraph') intro = b.text;
    const termLabel = b.kind === 'item' && b.term === true && b.lead !== undefined && isLabel(b.lead.text);
    // "**Sous-traitants techniques** :" over items of its own: the words head the nested list, no vendor.
    const next = blocks[i + 1];
    const heads =
      b.kind === 'item' &&
      b.lead !== undefined &&
      /^[\s:]*$/.test(b.text.slice(b.lead.text.length)) &&
      /:\s*$/.test(b.text) &&
      next?.kind === 'item' &&
      next.depth > b.depth;
    // A lead that ends in a colon ("**Finalité :** …") is a label, never a name; so is a remark's or a contact's word
    // before a colon outside the bold ("**Remarque** : …", "**Note**: …"). But a name linked to its site
    // ("**[Acme Mail (AM):](https://acme.example)** envoi d'emails ; fournisseur : …") is the vendor's, its colon
    // inside the link.
    const remark =
      b.kind === 'item' &&
      b.lead !== undefined &&
      NOTICE_LABEL.test(b.lead.text.trim()) &&
      /^\s*:/.test(b.text.slice(b.lead.text.length)) &&
      // "**E-mail** : Brevo (France)": a role, then the vendor filling it (`roleLedLine`), is no remark.
      !roleLedLine(b.text);
    const led =
      b.kind === 'item' &&
      b.lead !== undefined &&
      b.text.startsWith(b.lead.text) &&
      (!/:\s*$/.test(b.lead.text) || linkedName(b, isLabel)) &&
      !remark &&
      !termLabel &&
      !heads;
    if (termLabel) {
      if (open) runs[runs.length - 1]!.labelled = true;
      else labelTerm = true;
    }
    if (!led) {
      if (b.kind !== 'item') open = labelTerm = false;
      continue;
    }
    const prev = i > 0 ? blocks[i - 1] : undefined;
    if (!open)
      runs.push({
        items: [],
        heading,
        labelled: labelTerm,
        vendorLed: path.some((h) => h.vendors) || (intro !== undefined && NAMES_VENDORS.test(intro)),
        // What sets the run under a topic stands right before it: a heading, or words that end in a colon.
        topicLed: prev?.kind === 'heading' || (prev?.kind === 'paragraph' && /:\s*$/.test(prev.text)),
        notCurrent: (heading !== undefined && partiesNotCurrent(heading)) || (prev?.kind === 'paragraph' && partiesNotCurrent(prev.text)),
      });
    open = true;
    runs[runs.length - 1]!.items.push(b as LeadItem);
  }
  const kept: LeadItem[] = [];
  // The names of the items kept so far.
  const earlier = new KeptNames();
  // A page that introduces one of its lists as its vendors ("5. Data sharing and third parties", "We use the following
  // sub-processors:") says what its other lists are by their own headings and words: what it collects, its legal
  // bases, how long it keeps data, the rights of the people ("Account data — …", "Consent — …", "Erasure — …").
  const vendorsSaid = runs.some((r) => r.vendorLed);
  for (const run of runs) {
    // "Éditeur : Studio X", "Forme juridique : SARL", "Adresse : …": a definition list whose terms are labels of one
    // record (a publisher's, a host's), a fact's label and a label in common nouns ("Forme juridique", "Contact
    // hébergeur") among them; its other terms are labels too, not names. A list of vendors with one "Note" term is not.
    if (
      run.labelled &&
      run.items.every((b) => b.term) &&
      run.items.some((b) => COMMON_NOUNS.test(b.lead.text.trim()) || RECORD_TERM.test(b.lead.text.trim()))
    )
      continue;
    // "## Former sub-processors", « Sous-traitants envisagés : »: vendors the page had or plans, no current ones.
    if (run.notCurrent) {
      unread.push({ kind: 'listNotCurrent', data: { name: run.heading ?? run.items[0]!.lead.text, items: run.items.length } });
      continue;
    }
    // "1. Responsable du traitement" over "**Myra SRL**", "Contact : …": the page's own party, its name no vendor's.
    if (run.heading !== undefined && CONTROLLER_HEADING.test(run.heading) && !VENDOR_WORDS.test(run.heading)) continue;
    if (run.heading !== undefined && MEASURES_HEADING.test(run.heading.trim()) && !VENDOR_WORDS.test(run.heading)) {
      unread.push({ kind: 'listMeasures', data: { name: run.heading, items: run.items.length } });
      continue;
    }
    if (run.heading !== undefined && !run.vendorLed && isCollectedDataHeading(run.heading)) {
      unread.push({ kind: 'listOtherTopic', data: { name: run.heading, items: run.items.length } });
      continue;
    }
    // (Rights named as such are said one by one, below.)
    if (vendorsSaid && !run.vendorLed && run.topicLed && !run.items.every((b) => RIGHT.test(b.lead.text.trim()))) {
      unread.push({ kind: 'listOtherTopic', data: { name: run.heading ?? run.items[0]!.lead.text, items: run.items.length } });
      continue;
    }
    const about = () => run.items.filter((b) => !earlier.all.has(b.lead.text.trim()) && earlier.namedIn(description(b)));
    if (earlier.all.size && run.items.length >= 2 && about().length * 2 >= run.items.length) {
      unread.push({ kind: 'listAboutAbove', data: { name: run.heading ?? run.items[0]!.lead.text, items: run.items.length } });
      continue;
    }
    for (const b of run.items) {
      if (RIGHT.test(b.lead.text.trim())) {
        unread.push({ kind: 'itemRight', data: { name: b.lead.text } });
        continue;
      }
      // "**The event organiser** — receives your name", « **Votre employeur** — … »: a kind of party, named by an article
      // or a possessive and common nouns, is no vendor.
      // Not a sentence in bold ("**Les données relatives aux visiteurs.** … fournies par [Fathom]"), a topic.
      if (
        NO_VENDOR_NAMED.test(
          b.lead.text
            .replace(/[*_]/g, '')
            .replace(/[\s:;–—-]+$/u, '')
            .trim(),
        )
      ) {
        unread.push({ kind: 'itemNoVendor', data: { name: b.lead.text } });
        continue;
      }
      // "**Compliance** — we review …", « **Sécurité** — nous chiffrons … »: a topic of the page's policy, what the
      // publisher does; not "**Monitoring** — Datadog (US)", a role and the vendor filling it.
      if (
        POLICY_TOPIC.test(
          b.lead.text
            .replace(/[*_]/g, '')
            .replace(/[\s.,:;–—-]+$/u, '')
            .trim(),
        ) &&
        !VENDOR_FIRST.test(description(b))
      ) {
        unread.push({ kind: 'itemTopic', data: { name: b.lead.text } });
        continue;
      }
      if (NO_PERSONAL_DATA.test(description(b))) {
        unread.push({ kind: 'itemNoPersonalData', data: { name: b.lead.text } });
        continue;
      }
      kept.push(b);
      earlier.add(b.lead.text.replace(/[.,:;]+$/, '').trim());
    }
  }
  return kept;
}
