/**
 * Readers of pages that name their vendors outside any list a reader of `sections.ts` takes: one line per recipient
 * under a heading about the recipients ("6) Destinataires et sous-traitants" over "Vercel : hébergement/CDN.",
 * "Google (Gmail) : réception des emails."). Each reads only what the page's structure says, and never a line that
 * names a kind of recipient ("Personnel habilité : …", "Authorities: on request") or a fact's label.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry, ReadFact } from '../readPage';
import { columnMatch } from './columns';
import { nameIndex } from './sections';
import { roleLedLine } from './roleRecords';
import { addressCountry, entityIn, mechanismsIn, readLocation, withoutOpenCases } from '../wording';

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
 * "Vercel Inc. (hosting) ;", "Brevo (envoi des e-mails, France)": a name as `NAME_LINE` takes it, then one bracket that
 * closes the line (a semicolon or a full stop after it, as a legal list's items end).
 */
const BRACKET_LINE = /^([\p{Lu}\d][\p{L}\d.&'’+-]{0,40}(?: [\p{Lu}\d][\p{L}\d.&'’+-]{0,40}){0,5}) \(([^()]{2,120})\) ?[;.,]?$/u;

/** Words opening a bracket that is no role: a clause, a condition, an example, an article ("when required", "the French authority"). */
const NOT_A_ROLE =
  /^(?:when|where|if|unless|in case|as|such as|including|e\.g\.|i\.e\.|the|a|an|on|upon|under|per|see|si|lorsque|lorsqu['’]|en cas|le|la|les|l['’]|un|une|sur|selon|sous|cf\.?|notamment|par exemple|voir|ex\.)(?!\p{L})/iu;
/** A first word that makes the name a kind of party ("Our Support Team", "Nos Partenaires", "The Authorities"). */
const DETERMINER = /^(?:our|your|their|the|its|nos|vos|leurs|notre|votre|les|la|le|des|l['’]\p{L}+)$/iu;
/** A last word that names a kind of party or a legal text, not a company ("Professional Advisers", "Business Transfers", "Article 28"). */
const KIND_OR_LAW =
  /(?<!\p{L})(?:advis[eo]rs|authorities|companies|affiliates|subsidiaries|partners|providers|vendors|suppliers|contractors|consultants|agencies|regulators|auditors|lawyers|accountants|insurers|banks|transfers|enforcement|article|articles|regulation|règlement|clauses|law|loi|directive|gdpr|rgpd)(?!\p{L})/iu;

/**
 * Whether a line "Name (what it does)" names a vendor: a role in words in the brackets (in lower case, no clause, no
 * example, no way to reach someone), and a name that is no kind of party or legal text (a legal form settles it).
 */
function bracketedVendor(name: string, inner: string): boolean {
  const role = inner.trim();
  if (!/^\p{Ll}/u.test(role) || NOT_A_ROLE.test(role) || CONTACT_ONLY.test(role)) return false;
  if (entityIn(name) === name) return true;
  return !DETERMINER.test(name.split(' ')[0]!) && !KIND_OR_LAW.test(name);
}

/**
 * Words that name a kind of recipient, not a vendor: the staff, authorities, the company's own services, a trade
 * ("Personnel", "Autorités", "Comptable", "Banques", "Staff", "Authorities", "Hosting provider").
 */
const RECIPIENT_KIND =
  /^(?:personnel|personnels|salariés?|employés?|collaborateurs?|équipes?|services?|direction|autorités?|administrations?|organismes?|juridictions?|tribunaux|police|gendarmerie|avocats?|comptables?|expert-comptable|experts?-comptables?|commissaires?|auditeurs?|assureurs?|banques?|partenaires?|prestataires?|fournisseurs?|sous-traitants?|hébergeurs?|clients?|utilisateurs?|membres?|tiers|interne|internes|staff|employees?|team|teams|authorities|authority|courts?|lawyers?|accountants?|auditors?|insurers?|banks?|partners?|providers?|vendors?|contractors?|processors?|sub-?processors?|hosts?|customers?|users?|members?|internal|others?|autres?|public|catégories?|categories?|données|data|finalités?|purposes?|durée|duration|base|fondement)$/iu;

/**
 * Whether a line's name is a vendor's: no kind of recipient, no label of a fact, no words in common nouns. A name
 * closing on a company's legal form ("Amazon Web Services EMEA SARL") is a company's, whatever words it holds.
 */
export function vendorName(name: string, labels = true): boolean {
  const words = name.split(' ');
  if (RECIPIENT_KIND.test(words[0]!.replace(/[.,]+$/, ''))) return false;
  // "Personnel habilité", "Hébergement et diffusion": a capital for the first word only, common nouns after it.
  if (words.length > 1 && words.slice(1).every((w) => /^[\p{Ll}'’-]+$/u.test(w))) return false;
  // `labels`: whether the name may be a fact's label (a line's words before a colon); a column's word in it only counts
  // when the whole name is such a label.
  const column = columnMatch(name);
  if (!labels) return column === undefined || !column.exact;
  return column === undefined || (words.length > 1 && entityIn(name) === name);
}

/** What a line's rest holds when it is only a way to reach someone: an email address, a web address, a phone number. */
const CONTACT_ONLY = /^(?:\S+@\S+\.\p{L}{2,}|(?:https?:\/\/|www\.)\S+|\+?[\d ().-]{6,20})$/u;

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
    // "Hosting: Amazon Web Services (Ireland)": a role, then the vendor filling it; the vendor is the entry.
    const led = roleLedLine(b.text.trim());
    if (led) {
      const name = `${led.name}${led.brackets}`;
      section.push({ heading: name, name, line: b.line, facts: [{ label: 'Purpose', value: led.role, key: 'purpose' }] });
      continue;
    }
    // "Vercel Inc. (hébergement) ;", "Stripe (payments, USA)." (a French list's item closes on a semicolon): the name,
    // then what it does in brackets closing the line.
    const bracketed = BRACKET_LINE.exec(b.text.trim());
    if (bracketed && vendorName(bracketed[1]!) && bracketedVendor(bracketed[1]!, bracketed[2]!)) {
      const name = bracketed[1]!.trim();
      section.push({ heading: name, name, line: b.line, facts: [{ label: 'Purpose', value: bracketed[2]!.trim(), key: 'purpose' }] });
      continue;
    }
    const m = NAME_LINE.exec(b.text.trim());
    if (!m || !vendorName(m[1]!)) continue;
    const name = `${m[1]!}${m[2] ?? ''}`;
    const purpose = m[3]!.replace(/\.$/, '').trim();
    // "Contact : dpo@exemple.fr", "Phone: +33 1 23 45 67 89": a label, then a way to reach someone, says no role.
    if (CONTACT_ONLY.test(purpose)) continue;
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

/** Words that add to what the sentence before said: "en outre", "également", "also", "in addition". */
const ADDED = /(?<!\p{L})(?:en outre|également|aussi|de plus|par ailleurs|also|additionally|in addition|as well|further)(?!\p{L})/iu;
/** Words that turn to other parties: "les autres prestataires", "other providers". */
const OTHERS = /(?<!\p{L})(?:autres?|other|others|remaining|rest)(?!\p{L})/iu;

/**
 * The DPF for each entry a sentence states certified under it, unless words before the certification open or deny it,
 * or words of its clause leave the case open.
 */
export function attachDpfCertified(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    if (!/certifi/i.test(b.text)) continue;
    // Sentences end after a word in lower case, not after "U.S.".
    const sentences = b.text.split(/(?<=[\p{Ll})\]][.!?])\s+|\s;\s/u);
    for (const [k, sentence] of sentences.entries()) {
      const m = DPF_CERTIFIED.exec(sentence);
      if (!m || OPEN_CERTIFICATION.test(sentence.slice(0, m.index))) continue;
      // "… sont certifiés DPF le cas échéant", "… certified under the DPF if they are certified": words after it in its
      // clause that leave the case open (the ones `mechanismsIn` reads) cover the certification too.
      if (DPF_CERTIFIED.exec(withoutOpenCases(sentence))?.index !== m.index) continue;
      const certified = namedIn(sentence.slice(0, m.index));
      for (const e of certified)
        if (!e.facts.some((f) => f.key === 'transfer' && /\bDPF\b|Data Privacy Framework/i.test(f.value)))
          e.facts.push({ label: 'Transfer', value: sentence.trim(), key: 'transfer' });
      // "Nous nous appuyons en outre sur des clauses contractuelles types.", "We also rely on SCCs.": the next sentence
      // adds a mechanism for the same vendors, when it names no other and leaves nothing open.
      const next = sentences[k + 1];
      if (
        next !== undefined &&
        ADDED.test(next) &&
        !OTHERS.test(next) &&
        !SENT_OPEN.test(next) &&
        !namedIn(next).length &&
        mechanismsIn(next).mechanisms.length
      )
        for (const e of certified) e.facts.push({ label: 'Transfer', value: next.trim(), key: 'transfer' });
    }
  }
}

/** Words that name the sub-processors a sentence speaks of. */
const SUBPROCESSOR_WORDS = /sous-traitants?|sub-?processors?|prestataires?|fournisseurs?|service providers?|vendors?/iu;
/** "notamment", "e.g.", "such as", "including": words that open the examples a bracket gives. */
const EXAMPLES_OPEN =
  /^(?:notamment|par exemple|par ex\.|ex\.|dont|comme|tels? que|telles? que|e\.g\.,?|for example,?|such as|including|incl\.)\s+/iu;

/** "Supabase Singapore", "Apify République Tchèque — UE": a name of one to four capitalised words, then a place. */
function nameThenPlace(part: string): { name: string; place: string } | undefined {
  const words = part.split(' ');
  for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
    if (!/^[\p{Lu}\d]/u.test(words[k - 1]!)) return undefined;
    const place = words.slice(k).join(' ');
    const read = readLocation(place);
    if (read.countries.length && read.note === undefined) return { name: words.slice(0, k).join(' '), place };
  }
  return undefined;
}

/**
 * A sentence about the sub-processors whose bracket names them, each with where it processes the data ("Certains
 * sous-traitants ultérieurs traitent des données hors de l'EEE (notamment Supabase Singapore, Cloudflare global,
 * Apify République Tchèque — UE)"): an entry each, its place the words after its name. Two vendors at least, and every
 * part of the bracket a capitalised name then a place: a bracket of kinds of data ("notamment nom, e-mail") or of
 * roles names none.
 */
export function bracketVendorEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 3000 || !SUBPROCESSOR_WORDS.test(b.text)) continue;
    for (const m of b.text.matchAll(/\(([^()]{3,300})\)/g)) {
      const before = b.text.slice(Math.max(0, m.index - 300), m.index);
      const sentence = before.slice(before.search(/[^.!?]*$/));
      if (!SUBPROCESSOR_WORDS.test(sentence)) continue;
      const parts = m[1]!
        .trim()
        .replace(EXAMPLES_OPEN, '')
        .split(/\s*[,;]\s*|\s+(?:et|and)\s+/u)
        .map((p) => p.replace(/\.$/, '').trim())
        .filter(Boolean);
      const read = parts.map(nameThenPlace);
      if (read.length < 2 || read.some((r) => r === undefined)) continue;
      for (const r of read)
        entries.push({
          heading: r!.name,
          name: r!.name,
          line: b.line,
          facts: [{ label: 'Location', value: r!.place, key: 'dataLocation' }],
        });
    }
  }
  return entries;
}

/** A condition on the provider ("lorsque le sous-traitant est certifié", "where the vendor is certified"). */
const PROVIDER_CASE =
  /(?<!\p{L})(?:lorsque|lorsqu['’]|quand|si|when|where|if)\s[^.;:()]{0,60}?(?:adh[èeé]r|particip|certifi|self-certif)[^.;:()]{0,40}/iu;
/** The bracket after it that names the vendors the case is: "(cas de Cloudflare …)", "(as is the case for Acme)". */
const CASE_OF =
  /^\s*\((?:c['’]est le )?(?:cas de|cas d['’]|notamment|par exemple|e\.g\.,?|such as|as is the case (?:for|of|with)|the case (?:for|of|with)|including)\s?([^()]{1,200})\)/iu;

/**
 * A mechanism stated for the providers that meet a condition, the bracket after the condition naming those that do
 * ("Le Data Privacy Framework lorsque le sous-traitant est certifié (cas de Cloudflare et de …)"): that mechanism for
 * each entry the bracket names. The same sentence without such a bracket settles it for no one.
 */
export function attachNamedCases(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries);
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 3000) continue;
    for (const sentence of b.text.split(/(?<=[\p{Ll})\]][.!?])\s+|\s;\s/u)) {
      const c = PROVIDER_CASE.exec(sentence);
      if (!c) continue;
      const stated = sentence.slice(0, c.index).trim();
      const bracket = CASE_OF.exec(sentence.slice(c.index + c[0].length));
      if (!bracket || !mechanismsIn(stated).mechanisms.length || OPEN_CERTIFICATION.test(stated)) continue;
      for (const e of namedIn(bracket[1]!)) e.facts.push({ label: 'Transfer', value: stated, key: 'transfer' });
    }
  }
}

/** A heading over the page's hosting: "4. Hébergement et infrastructure", "Hosting", "Infrastructure". */
const HOSTING_HEADING = /h[ée]bergement|h[ée]bergeur|hosting|infrastructure/iu;
/**
 * "chez Cloudflare (Cloudflare, Inc., 101 Townsend Street, San Francisco, CA 94107, USA)", "with Hostico (Hostico GmbH,
 * …)": a name of one to four capitalised words after the word that says with whom, then a bracket.
 */
const NAME_WITH_BRACKET =
  /(?<!\p{L})(?:chez|par|auprès de|with|by|at)\s([\p{Lu}][\p{L}\d.&'’-]{1,40}(?:\s[\p{Lu}][\p{L}\d.&'’-]{1,40}){0,3})\s\(([^()]{5,200})\)/gu;

/**
 * A vendor named once in a sentence of a section about hosting, its legal entity and postal address in the brackets
 * after its name ("DFX héberge les pages statiques chez Cloudflare (Cloudflare, Inc., 101 Townsend Street, San
 * Francisco, CA 94107, USA)"): an entry, its entity the bracket's company (which holds the name, with a legal form),
 * its company's country the address's. A bracket of anything else (an example, a role) names no vendor.
 */
export function hostingBracketEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  /** The names already read, found at once (not by a search of every entry per bracket). */
  const seen = new Set<string>();
  let hosting = false;
  for (const b of blocks) {
    if (b.kind === 'heading') hosting = HOSTING_HEADING.test(b.text);
    if (!hosting || b.kind !== 'paragraph' || b.text.length > 3000) continue;
    for (const m of b.text.matchAll(NAME_WITH_BRACKET)) {
      const name = m[1]!;
      const entity = entityIn(m[2]!);
      if (!entity || !m[2]!.startsWith(entity) || !entity.toLowerCase().startsWith(name.split(' ')[0]!.toLowerCase())) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      const address = m[2]!.slice(entity.length).replace(/^[\s,]+/, '');
      const facts: ReadFact[] = [];
      if (address && addressCountry(address)) facts.push({ label: 'Registered office', value: address, key: 'entityCountry' });
      entries.push({ heading: name, name, entity, line: b.line, facts });
    }
  }
  return entries;
}

/** Words of a sentence that says where the data is sent: "transmises à", "transférées vers", "transferred to". */
const SENT_TO =
  /(?<!\p{L})(?:transmise?s?|transmis|transférée?s?|communiquée?s?|transferred|sent|disclosed)\s(?:à|au|aux|vers|to)(?!\p{L})/iu;
/** Words that deny or leave open the sending: "ne sont pas transmises", "may be transferred". */
const SENT_OPEN =
  /(?<!\p{L})(?:ne|n['’]|pas|aucun|aucune|jamais|not|no|never|may|might|could|peut|peuvent|pourrait|pourraient|si|if|when|lorsque)(?!\p{L})/iu;

/**
 * A sentence that says the data is sent to named vendors, each with a bracket that opens with a place ("elles sont
 * transmises à Cloudflare (USA, hébergement des pages statiques), à Sumsub (Royaume-Uni)"): that place is one more of
 * the vendor's. A bracket that opens with anything else, or a sentence that denies or conditions the sending, gives none.
 */
export function attachSentToBrackets(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries);
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 3000 || !SENT_TO.test(b.text)) continue;
    for (const sentence of b.text.split(/(?<=[\p{Ll})\]][.!?])\s+/u)) {
      const sent = SENT_TO.exec(sentence);
      if (!sent || SENT_OPEN.test(sentence.slice(0, sent.index))) continue;
      for (const m of sentence
        .slice(sent.index)
        .matchAll(/([\p{Lu}][\p{L}\d.&'’-]{1,40}(?:\s[\p{Lu}][\p{L}\d.&'’-]{1,40}){0,3})\s\(([^(),]{2,40})[,)]/gu)) {
        const named = namedIn(m[1]!);
        const read = readLocation(m[2]!);
        if (named.length !== 1 || !read.countries.length || read.note !== undefined) continue;
        const e = named[0]!;
        if (!e.facts.some((f) => f.key === 'dataLocation' && f.value === m[2]))
          e.facts.push({ label: 'Destination', value: m[2]!.trim(), key: 'dataLocation', adds: true });
      }
    }
  }
}

/** "Tes données sont hébergées dans l'Union européenne", "Your data is stored in the EU": where the page hosts its data. */
const DATA_HOSTED_IN =
  /(?<!\p{L})(?:vos|tes|nos|les|your|our|the)\s+(?:données|data)\s+(?:sont|est|is|are)\s+(?:hébergées|stockées|conservées|hosted|stored|kept)\s+(?:dans|en|au|aux|in|within)\s+(?:l['’]\s?|la\s+|le\s+|the\s+)?([^.;:,]{2,40})/iu;
/** A role that hosts the data: "hébergement des données applicatives", "base de données", "data hosting", "database". */
const HOSTS_DATA =
  /h[ée]bergement des données|stockage des données|base de données|data (?:hosting|storage)|hosting of (?:the |your )?data|database/iu;

/** Words that offer one place or another, or make the place depend on something: "ou", "or", "selon", "depending". */
const ALTERNATIVE = /(?<!\p{L})(?:ou|or|selon|suivant|depending|according)(?!\p{L})/iu;

/**
 * The words that introduce a list ("Tes données sont hébergées dans l'Union européenne. Nous faisons appel aux
 * prestataires suivants :") say where the data is hosted: that place is one more of the listed entries whose role
 * is to host the data ("Base de données … et hébergement des données applicatives"), not of the others (a web
 * host, an email sender). A conditional sentence gives none.
 */
export function attachIntroducedHostPlace(blocks: PageBlock[], entries: ReadEntry[]): void {
  // The entries by their line (items of one source line, each found by its lead).
  const byLine = new Map<number, ReadEntry[]>();
  for (const e of entries) {
    if (e.line === undefined) continue;
    const list = byLine.get(e.line);
    if (list) list.push(e);
    else byLine.set(e.line, [e]);
  }
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'paragraph' || !b.text.trim().endsWith(':')) continue;
    const m = DATA_HOSTED_IN.exec(b.text);
    if (!m || SENT_OPEN.test(b.text.slice(0, m.index + m[0].length))) continue;
    const place = m[1]!.trim();
    // "en France ou aux États-Unis selon ton offre", "in the EU or the US": one place or another, which the page does
    // not settle for the entries; a place cut short before its clause ends says no more.
    const end = b.text.charAt(m.index + m[0].length);
    if (ALTERNATIVE.test(place) || (end !== '' && !/[.;:,]/.test(end))) continue;
    if (!readLocation(place).countries.length) continue;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'item'; j++) {
      const item = blocks[j] as Extract<PageBlock, { kind: 'item' }>;
      const onLine = byLine.get(item.line ?? -1) ?? [];
      const e = onLine.length === 1 ? onLine[0] : onLine.find((x) => item.lead !== undefined && x.name === item.lead.text);
      if (e && e.facts.some((f) => f.key === 'purpose' && HOSTS_DATA.test(f.value)))
        e.facts.push({ label: 'Hosting', value: place, key: 'dataLocation', adds: true });
    }
  }
}

/** Words that say a bracket's place is where the vendor's machines are: "infrastructure", "serveurs", "edge", "region". */
const MACHINES_WORDS =
  /(?<!\p{L})(?:infrastructures?|serveurs?|servers?|edge|r[ée]gions?|datacenters?|data ?cent(?:er|re)s?|centres? de données|h[ée]bergement|hosting|cdn|r[ée]seau|network)(?!\p{L})/iu;

/**
 * A labelled line whose value is one entry's name, then a bracket that says where its machines are ("Hébergement et
 * diffusion : Vercel (infrastructure edge mondiale).", "Hosting: Hostico (servers in Germany)"): that place is the
 * entry's, when nothing else states one. A bracket of a country alone ("Hébergeur : Acme (France)") says where the
 * company is, by the corpus convention, and is left to the readers of names.
 */
export function attachLabelledNamePlaces(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries);
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 400) continue;
    const m = /^[^:]{2,60}?\s?:\s([^:()]{2,60}?)\s\(([^()]{2,80})\)\.?$/u.exec(b.text.trim());
    if (!m || !MACHINES_WORDS.test(m[2]!)) continue;
    const named = namedIn(m[1]!);
    const read = readLocation(m[2]!);
    if (named.length !== 1 || !read.countries.length) continue;
    const e = named[0]!;
    if (!e.facts.some((f) => f.key === 'dataLocation')) e.facts.push({ label: 'Location', value: m[2]!, key: 'dataLocation' });
  }
}
