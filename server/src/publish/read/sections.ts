/**
 * The parts of a page that are not tables, read for entries and for facts about them: a bare list that a
 * sentence introduces as the sub-processors ("La liste des sous-traitants … est la suivante :"), and a
 * sentence that states one fact for every entry ("These subprocessors are all headquartered in the United
 * States"). Each is a rule about a page's structure or wording, never about one page. Pure.
 */
import { nameCardLines } from './nameCards';
import { cleanText, type PageBlock } from './blocks';
import type { ReadEntry, ReadFact } from '../readPage';
import type { Unread } from './unread';
import {
  addressCountry,
  audienceClause,
  asksAboutTraining,
  companyCountryIn,
  countryCode,
  entityIn,
  lowerText,
  mechanismsIn,
  nameAndEntity,
  NOT_YET_HELD,
  PUBLISHER_SUBJECT,
  openCaseIn,
  parenthesised,
  partsOutsideBrackets,
  pendingName,
  placeAndMechanisms,
  placeCode,
  readLocation,
  registerCountry,
  regionRef,
  trainsOnCustomerDataIn,
  vendorNationality,
  WORLDWIDE_AFTER,
  withoutLegalForm,
} from '../wording';
import { columnMatch } from './columns';
import { roleAwaitingName } from './blanks';
import { partiesNotCurrent, roleLedLine, roleNotCurrent } from './roleRecords';
import { isEEA, matchCertificationText } from '../../knowledge';

/**
 * A text's sentences: split after a full stop, "!" or "?", and after one a line break follows (a "<br>" read as
 * "; ": "… droit extra-européen.; 2 : Exemption …" is two sentences).
 */
/** A company's legal form that ends in a full stop ("Vercel Inc.", "Acme Ltd.", "Nuvola S.A."): no sentence's end. */
const FORM_STOP = /(?<![\p{L}\d])(?:Inc|Ltd|Corp|Co|S\.A|S\.p\.A|B\.V|N\.V|P\.B\.C)\.$/u;
/**
 * A text's sentences: split after a full stop, a question or an exclamation mark. Not after a legal form the next words
 * continue with its brackets, a comma or "and" ("Vercel Inc. (hébergement), Resend (…)", "Acme Ltd. and Beta"): the
 * list of names goes on.
 */
export const sentencesOf = (text: string): string[] => {
  const parts = text.split(/(?<=[.!?]);?\s+/);
  const out: string[] = [];
  for (const p of parts) {
    const last = out.length ? out[out.length - 1]! : undefined;
    if (last !== undefined && FORM_STOP.test(last) && /^(?:[(,;]|(?:et|and|ou|or)\s)/u.test(p)) out[out.length - 1] = `${last} ${p}`;
    else out.push(p);
  }
  return out;
};

/** Words that name the parties a list of sub-processors lists. */
const PARTY_WORDS =
  /sub-?processors?|sous-traitants?|sub-?contractors?|vendors|(?:service |third[- ]party )?providers|prestataires|fournisseurs/i;

/** A heading that names the parties a page shares data with: "Sub-processors", "Third parties", "3rd Parties", "Tiers". */
const PARTIES_HEADING = new RegExp(
  `${PARTY_WORDS.source}|(?<!\\p{L})(?:third|3rd)[- ]part(?:y|ies)(?!\\p{L})|(?<!\\p{L})tiers(?!\\p{L})`,
  'iu',
);

/**
 * "The following sub-processors:", "La liste des sous-traitants ultérieurs autorisés est la suivante :": a
 * sentence that names sub-processors and ends in a colon announces the list that follows it.
 */
function introducesList(text: string): boolean {
  const t = text.trim();
  // "For each subprocessor, we:", "Pour chaque sous-traitant, nous :": what we do follows, not the parties.
  if (/(?<!\p{L})(?:we|we will|we shall|we also|nous|nous nous engageons à)\s*:$/iu.test(t)) return false;
  // "Le Sous-traitant met en œuvre les mesures suivantes :": a French DPA's processor, itself, by its defined name
  // (its own sub-processors are "sous-traitants ultérieurs"), announcing what it does, not the parties it lists.
  // "Acme is used as a sub-processor for the following services:", « Acme intervient comme sous-traitant pour les
  // services suivants : »: what follows is what the one party named does, not parties.
  if (FOLLOWING_TASKS.test(t)) return false;
  return t.endsWith(':') && PARTY_WORDS.test(t.replace(THE_PROCESSOR_FR, ' '));
}

/**
 * Words announcing what is done rather than who does it: "the following services", "these purposes", « les services
 * suivants », « les finalités suivantes » (not "the following service providers", « les prestataires suivants »).
 */
const FOLLOWING_TASKS =
  /(?<!\p{L})(?:the following|these)\s(?:services|purposes|tasks|activities|uses|features|products)(?!\p{L})(?!\s(?:providers?|vendors?|companies))|(?<!\p{L})(?:les|des|aux)\s(?:services|finalit[ée]s|prestations|fins|usages|fonctionnalit[ée]s|activit[ée]s|traitements)\ssuivant(?:e|s|es)?(?!\p{L})/iu;

/** "le Sous-traitant", "du sous-traitant", "au Sous-traitant": the processor a French agreement binds, named once. */
const THE_PROCESSOR_FR = /(?<!\p{L})(?:le|du|au)\s+sous-traitant(?!\p{L}|\s+ult[ée]rieur)/giu;

/**
 * The name an item gives when it is only a name, or a name then its purpose after a dash or a colon
 * ("Interxion"; "Data4 – hébergement"): undefined for a sentence, which names no vendor by itself.
 */
function itemName(text: string): string | undefined {
  // "Acme Sarl, for the provision of hosting.", « Acme SAS, pour l'hébergement. »: the name, then a comma and what it is for.
  const head = text.split(/\s[–—-]\s|:\s|,\s(?:for|pour)\s/)[0]!.trim();
  // "API Adresse / Base Adresse Nationale (data.gouv.fr, France)": what the brackets after the name add is no part of it.
  const bare = parenthesised(head)?.head ?? head;
  if (!head || head.length > 90 || bare.length > 60 || bare.split(/\s+/).length > 6) return undefined;
  // A name starts with a capital or a digit ("Data4", "1Password"); a clause does not. A full stop ends a sentence,
  // not a legal form's abbreviation ("Vercel Inc.").
  if (!(/^[\p{Lu}\d]/u.test(head) || DOMAIN_NAME.test(head)) || (/[.!?]$/.test(head) && entityIn(head) !== head)) return undefined;
  return head;
}

/**
 * An item that names a kind of provider, no vendor, before what it is for: a word or an acronym, then lower-case words
 * ending in a plural noun for those who do a job ("SMS aggregators, for the routing of texts", "Payment processors —
 * card payments", « Agrégateurs SMS, pour l'acheminement »). Not a vendor's name whose other words are capitalised
 * ("Amazon Sarl", "Google Analytics"), nor a name of one word.
 */
function kindOfProviderItem(text: string): boolean {
  const head = text
    .trim()
    .split(/\s[–—-]\s|:\s|,\s/)[0]!
    .trim();
  return (
    (/^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)(?: \p{Ll}[\p{Ll}-]*){1,3}$/u.test(head) &&
      /(?:[oe]rs|ists|ants|ents|ies)$/u.test(head) &&
      !/[.!?]$/.test(head)) ||
    /^(?:Agr[ée]gateurs?|Fournisseurs|Prestataires|Partenaires|Opérateurs)(?: \p{L}[\p{L}-]*){0,3}$/u.test(head)
  );
}

/**
 * The vendors a kind of provider's brackets name ("Payment processors" and "Paystack", "Email delivery" and "Postmark,
 * Mailgun"): the names, two across a comma or a slash one as the page writes them, two joined by "and" two; none for
 * a place ("Hosting" and "EU"); undefined when the words before are no kind or the brackets hold other words.
 */
export function kindVendors(kind: string, brackets: string): string[] | undefined {
  if (!kindOfService(kind)) return undefined;
  const inner = brackets.trim();
  const vendor = (n: string) => itemName(n) === n && !kindOfService(n) && countryCode(n) === undefined && !readLocation(n).countries.length;
  if (inner.split(/\s*[,;/]\s*|\s+(?:et|and|&)\s+/u).every((n) => vendor(n.trim()))) return inner.split(JOINED_NAMES).map((n) => n.trim());
  return readLocation(inner).countries.length ? [] : undefined;
}

/**
 * A kind of service or provider in common words, as a list of kinds writes it: "Payment processors", "Email
 * delivery", "Cloud hosting", "Analytics providers", « Hébergement », « Paiement », « Envoi d'e-mails », « Prestataires
 * de paiement ». Its first word says what is provided (or is a provider's noun), the others are lower case.
 */
function kindOfService(head: string): boolean {
  return kindOfProviderItem(head) || SERVICE_KIND.test(head.trim());
}
const SERVICE_KIND =
  /^(?:(?:transactional|cloud|web|online|third-party)\s)?(?:e-?mails?|e-?mailing|mail|newsletters?|hosting|payments?|analytics|support|sms|crm|databases?|storage|backups?|monitoring|logging|search|cdn|dns|authentication|video|telephony|translation|transcription|maps|h[ée]bergement|paiements?|envoi|messagerie|stockage|sauvegardes?|authentification|mesure|statistiques|traduction|cartographie|t[ée]l[ée]phonie|visioconf[ée]rence|assistance|prestataires?|fournisseurs?)(?:\s[\p{Ll}'’-]+(?:\s[\p{Ll}'’-]+){0,3})?$/iu;

/**
 * A vendor named by its domain, as pages write it in lower case ("gigenet.com", "crisp.chat"): a name. Labels of
 * letters, digits and hyphens, the last of letters only (two at least), so that "e.g" or "i.e" are none.
 */
const DOMAIN_NAME = /^(?:[a-z0-9-]{1,63}\.){1,3}[a-z]{2,24}$/;

/** A title that is only the parties' name: "Sub-processors", "Our subprocessors", "Liste des sous-traitants ultérieurs". */
const PARTIES_TITLE =
  /^(?:(?:our|list of|(?:la\s+)?liste des|nos)\s+)?(?:sub-?processors|sous-traitants(?:\s+ult[ée]rieurs)?|subcontractors)$/iu;

/**
 * An item that gives its vendor's postal address before its role ("Hetzner Online GmbH, Industriestr. 25, 91710
 * Gunzenhausen, Germany — data centre"; "Acme Group (Acme), Boston, USA — e-mail"): the name before the first comma,
 * the address after it (a street, a city, its country last: three parts at least), the role after the dash.
 */
function addressedItem(text: string): { name: string; address: string; rest: string } | undefined {
  const dash = /\s[–—]\s/.exec(text);
  const head = dash ? text.slice(0, dash.index) : text;
  const parts = head.split(/,\s+/);
  if (parts.length < 3 || countryCode(parts[parts.length - 1]!.trim()) === undefined) return undefined;
  const name = parts[0]!.trim();
  if (!/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 8 || name.length > 80) return undefined;
  return { name, address: parts.slice(1).join(', ').trim(), rest: dash ? text.slice(dash.index + dash[0].length).trim() : '' };
}

/** A sentence that opens by announcing parties: "The following service providers …", "Les prestataires suivants …". */
const FOLLOWING_PARTIES = /^(?:the\s+following|les\s+(?:\p{L}+\s+){1,3}suivant(?:e|s|es)?)(?!\p{L})/iu;

/**
 * The company a sentence opens with, its legal form closing it and a comma after it ("Google LLC, having its
 * registered office at …, is providing analytics services."): the item's vendor.
 */
function companyLed(text: string): string | undefined {
  const head = /^([^,]{2,80}),\s/.exec(text.trim())?.[1]?.trim();
  return head !== undefined && /^[\p{Lu}\d]/u.test(head) && entityIn(head) === head ? head : undefined;
}

/** A paragraph that opens with its bold words, a colon closing them ("**Vercel (États-Unis) :** hébergement …"). */
function boldLed(p: Extract<PageBlock, { kind: 'paragraph' }>): boolean {
  const lead = p.strong?.[0]?.trim();
  if (!lead || !p.text.startsWith(lead)) return false;
  return /:$/.test(lead) || /^\s*:\s/.test(p.text.slice(lead.length));
}

/** "Stripe et PayPal", "Mux and Vimeo": two names joined by a conjunction, each capitalised. */
const JOINED_NAMES = /\s+(?:et|and)\s+(?=[\p{Lu}\d])/u;

/**
 * An item that is a name and its parenthesis ("Supabase (hébergement)", "Stripe et PayPal (paiement)"): the
 * entries it names, the parenthesis their purpose; a parenthesis that states the company or its country
 * ("Scaleway (Scaleway SAS, France)") is left whole for the import to split. Undefined when the words before the
 * parenthesis are no name (a clause, a sentence).
 */
function bracketedItem(text: string): Omit<ReadEntry, 'line'>[] | undefined {
  const t = text.trim();
  const split = parenthesised(t);
  if (!split || !split.inner.trim() || split.inner.includes('(')) return undefined;
  const head = itemName(split.head);
  if (head === undefined || head !== split.head) return undefined;
  // "Payment processors (Paystack)", « Hébergement (OVHcloud) », "Email delivery (Postmark, Mailgun)": a kind of
  // provider, then in brackets the vendors that are it: the vendors the entries, the kind their purpose (two names
  // across a comma or a slash one entry as the page writes it, two joined by "and" two, as before the brackets; corpus
  // README). "Hosting (EU)": a kind and its place names no vendor, no entry. Never "Stripe (payments)": a vendor, then
  // its role.
  const vendors = kindVendors(head, split.inner);
  if (vendors) return vendors.map((n) => ({ heading: n, name: n, facts: [{ label: 'Purpose', value: head, key: 'purpose' }] }));
  // A legal form in the name before the brackets ("Vercel Inc. (hébergement)") is no company the brackets state.
  const company = nameAndEntity(t);
  if (company.country !== undefined || (company.entity !== undefined && company.name !== t)) return [{ heading: t, facts: [] }];
  const names = head.split(JOINED_NAMES);
  if (names.some((n) => itemName(n) !== n)) return undefined;
  return names.map((n) => ({ heading: n, name: n, facts: [{ label: 'Purpose', value: split.inner.trim(), key: 'purpose' }] }));
}

/**
 * What an item says after its vendor's name: its role, and in brackets closing it where the data is and what covers
 * the transfer ("hébergement de la base (USA, avec clauses contractuelles types applicables)."): the role is the
 * purpose, the bracket's first part a place when it is one (corpus README: a place after the vendor's role is where
 * the data goes), the rest a mechanism when it states one. Brackets that open with no place stay in the purpose.
 */
/** Words that are a place and nothing else ("USA", "Irlande (UE)", "eu-west-1"). */
function isPlace(words: string): boolean {
  const where = readLocation(words);
  return where.countries.length > 0 && where.note === undefined;
}

/** "EU cloud", "US servers", "serveurs UE": one place and the noun of what is there, as a role's brackets open. */
function isPlaceAndNoun(words: string): boolean {
  return PLACE_AND_NOUN.test(words.trim()) && readLocation(words).countries.length === 1;
}

/** A place and the noun of what is there, in either order: "EU cloud", "US servers", "EU region", "serveurs UE". */
const PLACE_AND_NOUN =
  /^(?:[\p{Lu}][\p{L}.-]{1,20}\s(?:cloud|region|servers?|data ?cent(?:er|re)s?|hosting|instance)|(?:r[ée]gion|serveurs?|h[ée]bergement|cloud|instance)\s[\p{Lu}][\p{L}.-]{1,20})$/u;

/** "… est à Montréal", "… is based in Austin": a place's name after "in", "à", "at" closing the words. */
const AT_PLACE = /(?<!\p{L})(?:in|at|à|au|aux|en|near|près de)\s\p{Lu}[\p{L}'’.-]{1,30}(?:[\s-]\p{Lu}[\p{L}'’.-]{1,30}){0,2}$/u;

/**
 * Brackets after a city the words put someone in ("son équipe commerciale est à Montréal (Canada)", "founded in Austin
 * (USA)"): the bracket is that city's country, where the clause's subject is; the data's place only when that subject
 * is data or machines ("hébergement à Paris (France)").
 */
function someoneElsesCity(role: string): boolean {
  if (!AT_PLACE.test(role)) return false;
  return !DATA_OR_MACHINES.test(clauseBefore(role, role.length));
}

export function roleFacts(rest: string): ReadFact[] {
  // "hébergement (Frankfurt, UE) ;": a French list's item closes on a semicolon as on a full stop.
  const m = /^(.*?\S)\s*\(([^()]{2,200})\)\s?[.;]?$/.exec(rest);
  const parts = m ? m[2]!.split(/[,;]\s*/).map((p) => p.trim()) : [];
  // "(France, Allemagne, avec …)": every place the bracket opens with.
  let n = 0;
  while (n < parts.length && (isPlace(parts[n]!) || (n === 0 && isPlaceAndNoun(parts[n]!)))) n++;
  // "stockage ; données dans l'UE (Finlande)": brackets that say more of a place the role's words already give.
  // "Hébergement. Serveurs UE (Francfort)": the bracket says more of the place the machines' sentence gives.
  const last = m ? sentencesOf(`${m[1]!} (${m[2]!})`).pop() : undefined;
  if (
    !m ||
    n === 0 ||
    storedIn(m[1]!) !== undefined ||
    someoneElsesCity(m[1]!) ||
    (last !== undefined && machinesPlace(last) !== undefined)
  )
    return [{ label: 'Purpose', value: rest, key: 'purpose' }];
  const facts: ReadFact[] = [
    { label: 'Purpose', value: m[1]!, key: 'purpose' },
    { label: 'Location', value: parts.slice(0, n).join(', '), key: 'dataLocation' },
  ];
  const more = parts.slice(n).join(', ').trim();
  // "(France, avec certification HDS)": a scheme the words say is held.
  const held = CERTIFIED.test(more) ? certificationsIn(more) : [];
  if (more && statesMechanism(more)) facts.push({ label: 'Transfer', value: more, key: 'transfer' });
  else if (held.length) facts.push({ label: 'Certifications', value: held.join(', '), key: 'certifications' });
  else if (more) facts.push({ label: '', value: more });
  return facts;
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
    // "## List of sub-processors used by Acme:": a heading may introduce the list as a sentence does; so may an item,
    // the list nested under it ("- Nos sous-traitants techniques :" over its own items, in a list of recipients).
    // "The following service providers process personal data according to …" right over a list: the sentence opens
    // by announcing the parties, as one ending in a colon does.
    // "Sub-processors", "Sous-traitants ultérieurs" alone on its line (a heading as text copied from a browser gives it)
    // right over the items: it names the list as a heading ending in a colon does.
    const titled = (b.kind === 'paragraph' || b.kind === 'heading') && blocks[i + 1]?.kind === 'item' && PARTIES_TITLE.test(b.text.trim());
    const announces =
      titled || (b.kind === 'paragraph' && blocks[i + 1]?.kind === 'item' && FOLLOWING_PARTIES.test(b.text) && PARTY_WORDS.test(b.text));
    if ((b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'item') || !(introducesList(b.text) || announces)) continue;
    // "Previously used sub-processors:", « Sous-traitants envisagés : »: the list is of vendors the page had or plans.
    if (partiesNotCurrent(b.text)) continue;
    const depth = b.kind === 'item' ? b.depth + 1 : 0;
    const items: Extract<PageBlock, { kind: 'item' | 'paragraph' }>[] = [];
    // "1. Hetzner Online GmbH" over "1. Location of processing: Germany": the labelled lines nested in an item are
    // its facts, each under its label.
    const nested = new Map<Extract<PageBlock, { kind: 'item' | 'paragraph' }>, ReadFact[]>();
    for (let j = i + 1; j < blocks.length; j++) {
      const x = blocks[j]!;
      if (x.kind !== 'item' || x.depth < depth) break;
      if (x.depth === depth) items.push(x);
      // "1.2 Location of processing: …": the field's number is no part of its label.
      const field = x.text.trim().replace(/^\d+(?:\.\d+)+\.?\s+/, '');
      const labelled = x.depth === depth + 1 && items.length ? /^([^:]{2,60}?)\s*:\s+(\S.*)$/.exec(field) : null;
      if (!labelled) continue;
      const facts = nested.get(items[items.length - 1]!);
      const fact = { label: labelled[1]!, value: labelled[2]! };
      if (facts) facts.push(fact);
      else nested.set(items[items.length - 1]!, [fact]);
    }
    // Or lines set as paragraphs, each a name, a dash and its role ("Vercel Inc. — hébergement"), or each led by
    // its name in bold before a colon ("**Vercel (États-Unis) :** hébergement. …"): two at least.
    if (!items.length) {
      const lines: Extract<PageBlock, { kind: 'paragraph' }>[] = [];
      for (let j = i + 1; j < blocks.length; j++) {
        const x = blocks[j]!;
        if (x.kind !== 'paragraph' || !(/\s[—–]\s/.test(x.text) || boldLed(x))) break;
        lines.push(x);
      }
      if (lines.length >= 2) items.push(...lines);
      // Or cards, each a line that is only the vendor's name over the sentences describing it (`read/nameCards.ts`).
      else items.push(...nameCardLines(blocks, i + 1));
    }
    // "[À CONFIRMER : Vercel, Inc.] — hébergement": the vendor named, its name still to be confirmed (kept in the note).
    // "Hébergeur : [À COMPLÉTER] — …": a role whose vendor is still a blank names none, and is no item of the list.
    // "AI provider: Planned — Cognita (USA)", « Fournisseur CRM : Anciennement Salesloop »: a role the page fills with a
    // vendor it plans or had names no current one either.
    const awaiting = (x: { text: string }) =>
      roleAwaitingName(x.text.trim().split(/\s[–—-]\s|:\s/)[0]!, x.text.trim().replace(/^[^:]{1,60}:\s*/, '')) || roleNotCurrent(x.text);
    const found = items
      .filter((x) => !awaiting(x) && !kindOfProviderItem(x.text))
      .map((x) => {
        const mark = /^\[[^[\]]{2,100}\]/.exec(x.text.trim());
        const pending = mark ? pendingName(mark[0]) : undefined;
        // "Hosting: Amazon Web Services (Ireland)": the role first, the vendor after the colon.
        const text = pending !== undefined ? pending + x.text.trim().slice(mark![0].length) : (roleLedLine(x.text)?.line ?? x.text);
        // The name read without the mark closing the item ("Vercel Inc. (hébergement) ;"); what follows it as it is.
        const bracketed = bracketedItem(withoutListEnd(text));
        const addressed = bracketed ? undefined : addressedItem(text);
        const named = bracketed || addressed ? undefined : itemName(withoutListEnd(text));
        return {
          item: x,
          text,
          mark: pending !== undefined ? mark![0] : undefined,
          bracketed,
          addressed,
          name: bracketed ? undefined : (named ?? addressed?.name ?? companyLed(text)),
        };
      });
    // Items that name no vendor among items that do (three at least for each): the list still names its vendors, and
    // those items stay in the page's comments ("Services chargés dans le navigateur du visiteur : …").
    const unnamed = found.filter((f) => f.name === undefined && f.bracketed === undefined).length;
    if (!found.length || (unnamed > 0 && (found.length - unnamed < 2 || unnamed * 3 > found.length - unnamed))) continue;
    // "Additionally, here is the list of Sub-Processors:" after "… hosts its Service with outsourced cloud infrastructure
    // provider, Amazon Web Services (AWS).": the list adds to the provider the section's prose has named.
    if (b.kind === 'paragraph' && ADDS_TO.test(b.text.trim())) {
      const listed = new Set(found.map((f) => f.name));
      for (const named of providersNamedBefore(blocks, i)) if (!listed.has(named.heading)) entries.push(named);
    }
    for (const { item, text, mark, name, bracketed, addressed } of found) {
      const noted: ReadFact[] = mark ? [{ label: 'Name', value: mark, key: 'note' }] : [];
      if (bracketed) {
        entries.push(...bracketed.map((e) => ({ ...e, facts: [...e.facts, ...noted], line: item.line })));
        continue;
      }
      // "- **Note:** this list is reviewed every year.", "- **Contact :** privacy@…": a remark's or a contact's label in the
      // list, no vendor.
      if (name === undefined || NOTICE_LABEL.test(name.replace(/[*_]/g, '').replace(/\s*:$/, '').trim())) continue;
      if (addressed) {
        const facts: ReadFact[] = [{ label: 'Address', value: addressed.address, key: 'entityCountry' }];
        entries.push({ heading: name, line: item.line, facts: [...facts, ...(addressed.rest ? roleFacts(addressed.rest) : []), ...noted] });
        continue;
      }
      const rest = text
        .slice(name.length)
        .replace(/^\s*(?:[–—:-]|,(?=\s(?:for|pour)\s))\s*/, '')
        .trim();
      // "Cloudflare (États-Unis et mondial) : …": the company's country (the import reads it in the name), and the
      // world, where it operates.
      const worldwide = WORLDWIDE_AFTER.exec(parenthesised(name)?.inner.trim() ?? '')?.[2];
      const world: ReadFact[] = worldwide ? [{ label: 'Location', value: worldwide, key: 'dataLocation' }] : [];
      const seat = seatClause(text.slice(name.length));
      entries.push({
        heading: name,
        name,
        line: item.line,
        facts: [
          ...(seat ? [{ label: 'Registered office', value: seat, key: 'entityCountry' as const }] : []),
          ...(rest ? roleFacts(rest) : []),
          ...world,
          ...noted,
          ...(nested.get(item) ?? []),
        ],
      });
    }
  }
  return entries;
}

/**
 * An item without the mark that closes it in a list written as one sentence: "Vercel Inc. (hébergement) ;", "Stripe
 * (paiement) ; et", "Brevo (e-mails)." (a full stop after a bracket only: "Vercel Inc." keeps its legal form's).
 */
export function withoutListEnd(item: string): string {
  const t = item.trimEnd();
  return t.replace(/ ?[;,](?: (?:et|and|ou|or))?$|(?<=\)) ?\.$/, '');
}

/**
 * The address the clause right after a company's name gives as its seat ("Google LLC, having its registered office at
 * 1 Main Street, Mountain View, CA 94043, is providing …", « Hostique SAS, dont le siège social est situé 2 rue des
 * Lilas, 69003 Lyon, France, assure … »), when it is a postal address naming one country (`addressCountry`); the
 * clause ends at the verb that goes on with the sentence. Undefined for any other words after the name (an office the
 * company has among others, "with offices in Paris", is no seat).
 */
function seatClause(after: string): string | undefined {
  const m = SEAT_CLAUSE.exec(after.slice(0, 400));
  if (!m) return undefined;
  const rest = after.slice(m[0].length, m[0].length + 300);
  const end = /,\s(?:is|are|was|which|who|provides?|acts?|est|sont|qui|assure|fournit|agit)(?!\p{L})/iu.exec(rest);
  const address = (end ? rest.slice(0, end.index) : '').trim();
  return address && /\d/.test(address) && addressCountry(address) !== undefined ? address : undefined;
}
const SEAT_CLAUSE =
  /^,\s(?:having|with|whose)\s(?:its\s)?(?:registered|head)\s(?:office|address)\s(?:is\s)?(?:located\s)?(?:at|in)\s|^,\s(?:ayant\s(?:son|leur)\ssi[èe]ge(?:\ssocial)?|dont\sle\ssi[èe]ge(?:\ssocial)?\s(?:est\s)?(?:situ[ée]\s|établi\s)?)(?:au|à|en)?\s?/iu;

/** A label that opens a remark or gives a contact, never a vendor's name: "Note", "NB", "Important", "Remarque", "Contact". */
export const NOTICE_LABEL =
  /^(?:notes?|nb|n\.b\.|important|attention|warning|caution|please note|remarks?|remarques?|à noter|a noter|avertissement|contact|contacts|e-?mail|courriel)$/iu;

/** Words that open a list's lead-in by adding it to what was said: "Additionally", "In addition", "En outre", "De plus". */
const ADDS_TO = /^(?:additionally|in addition|moreover|furthermore|besides|also|en outre|de plus|par ailleurs|en compl[ée]ment)(?!\p{L})/iu;

/** A company's name as prose writes it: capitalised words (six at most), then an abbreviation in brackets ("(AWS)"). */
const PROSE_NAME = String.raw`(\p{Lu}[\p{L}\d.&'’-]{0,40}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,40}){0,5}(?: \([\p{Lu}\d]{2,10}\))?)`;
/**
 * "… with outsourced cloud infrastructure provider, Amazon Web Services (AWS).", "hosted by Hostique SAS.", "hébergé
 * chez Hostique.": a provider named after its role noun and a comma, or after "hosted by / with / on".
 */
const PROVIDER_NAMED = new RegExp(
  String.raw`(?:(?<!\p{L})(?:provider|prestataire|fournisseur|h[ée]bergeur)\s*,\s*|(?<!\p{L})(?:hosted|h[ée]berg[ée]e?s?)\s+(?:by|with|on|par|chez)\s+)${PROSE_NAME}(?=\s*(?:[.;,]|$))`,
  'u',
);

/**
 * The providers the paragraphs right above a list's lead-in name (back to the heading or list before them), each an
 * entry: the sentence naming it is its purpose, a place a following sentence of its paragraph says the servers are in
 * its place ("The servers and the databases are located in the US").
 */
function providersNamedBefore(blocks: PageBlock[], at: number): ReadEntry[] {
  const found: ReadEntry[] = [];
  for (let k = at - 1; k >= 0 && at - k <= 6; k--) {
    const p = blocks[k]!;
    if (p.kind !== 'paragraph') break;
    const sentences = sentencesOf(p.text.slice(0, 3000));
    sentences.forEach((sentence, j) => {
      const m = PROVIDER_NAMED.exec(sentence);
      if (!m || !/[.;]?$/.test(sentence)) return;
      const name = m[1]!.replace(/[.,;]+$/, '');
      if (found.some((e) => e.heading === name)) return;
      const facts: ReadFact[] = [{ label: 'Purpose', value: sentence, key: 'purpose' }];
      // "… are located in the US and optionally Europe.": the sentence's words after the verb, which name the places.
      const place = sentences
        .slice(j + 1, j + 3)
        .map((x) => {
          const at = storedIn(x) === undefined ? undefined : [...x.matchAll(STORED_IN)][0];
          const tail = at ? x.slice(at.index + at[0].length).replace(/[.;]$/, '') : undefined;
          return tail !== undefined && readLocation(tail).countries.length ? tail : undefined;
        })
        .find((x) => x !== undefined);
      if (place !== undefined) facts.push({ label: 'Location', value: place, key: 'dataLocation' });
      found.unshift({ heading: name, name, line: p.line, facts });
    });
  }
  return found;
}

/** "All our sub-processors are headquartered in …", "Tous nos sous-traitants sont établis en …". */
const ESTABLISHED_EN = /\b(?:headquartered|based|established|incorporated|domiciled)\s+in\s+/i;
/** The same words, and "located in", of the parties a page has listed above (never of those a list introduces). */
const ABOVE_ESTABLISHED_EN = /\b(?:headquartered|based|established|incorporated|domiciled|located)\s+in\s+/i;
const ESTABLISHED_FR = /(?<!\p{L})(?:[ée]tablie?s|bas[ée]e?s|domicili[ée]e?s|implant[ée]e?s|situ[ée]e?s)\s+(?:en|aux|au|à)\s+/iu;
const EVERY = /(?<!\p{L})(?:all|every|each|tous|toutes|chacun)(?!\p{L})/iu;
/** "These companies", "ces prestataires": the parties a text has just listed or is about to list. */
const THESE_PARTIES =
  /(?<!\p{L})(?:these|ces)\s+(?:companies|providers|vendors|suppliers|sub-?processors|entreprises|sociétés|prestataires|fournisseurs|sous-traitants)(?!\p{L})/iu;
/** Words that speak of some of the parties, not all: "certains de ces sous-traitants", "some of our vendors". */
const SOME = /(?<!\p{L})(?:certains|certaines|quelques-uns|quelques-unes|plusieurs|la plupart|some|several|most)(?!\p{L})/iu;
/** Words that announce the list: "the following sub-processors", "les sous-traitants suivants", "ci-dessous". */
const INTRODUCES_LIST = /(?<!\p{L})(?:following|below|listed|suivants|suivantes|ci-dessous|ci-après)(?!\p{L})/iu;

/**
 * The country a sentence says every sub-processor is established in ("These subprocessors are all
 * headquartered in the United States", "The sub-processors above are located in the United States; transfers rely on
 * SCCs"): only when the sentence says all of them (never "some of", « certains »), and names one country.
 */
export function everyEntryEstablishedIn(text: string): { country: string; place: string } | undefined {
  // "Nous faisons appel aux sous-traitants suivants. Ces entreprises sont basées aux États-Unis … :": in the sentences
  // that introduce the list, "these companies" are the parties it lists, all of them.
  const introduces = INTRODUCES_LIST.test(text) || text.trim().endsWith(':');
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    // "Certains de ces sous-traitants sont établis aux États-Unis": some of the parties, none named, not all of them.
    if (SOME.test(sentence)) continue;
    // "… are not located in", "may be based in", "…, except Acme": a denial, a possibility or an exception places no
    // one for all (review12).
    if (DENIES.test(sentence) || /(?<!\p{L})(?:could|pourrai(?:t|ent))(?!\p{L})/iu.test(sentence) || EXCEPT_FOR.test(sentence)) continue;
    // "The sub-processors above are located in …", « Les sous-traitants ci-dessus sont situés … »: all the parties
    // listed, as "all" says.
    const above = PARTIES_ABOVE.test(sentence);
    const all = (PARTY_WORDS.test(sentence) && EVERY.test(sentence)) || above;
    if (!all && !(introduces && THESE_PARTIES.test(sentence))) continue;
    const m = (above ? ABOVE_ESTABLISHED_EN : ESTABLISHED_EN).exec(sentence) ?? ESTABLISHED_FR.exec(sentence);
    if (!m) continue;
    // The place is the words up to the end of the clause: "the United States and subject to …" gives "the
    // United States"; "France or the United States" names two countries, so no one country for all.
    const parts = sentence
      .slice(m.index + m[0].length)
      .split(/[,;.():]/)[0]!
      .split(/\s(?:and|et|or|ou|which|qui|where|où|but|mais)\s/)
      .map((p) => p.trim());
    const country = countryCode(parts[0]!);
    if (parts.slice(1).some((p) => countryCode(p.replace(/^(?:in|en|aux|au|à)\s+/i, '')) !== undefined)) continue;
    if (country && country !== 'EU' && country !== 'GLOBAL') return { country, place: parts[0]! };
  }
  return undefined;
}

/** "any provider above", "all our sub-processors", "aucun de nos prestataires": every party the page lists. */
const ALL_PARTIES =
  /(?<!\p{L})(?:any|every|all|each|none|aucun|aucune|tous|toutes|chacun|chacune)\s+(?:(?:of\s+)?(?:our|the|these|de\s+nos|nos|les|ces|des)\s+)?(?:sub-?processors?|providers?|vendors?|suppliers?|third[\s-]part(?:y|ies)|prestataires?|fournisseurs?|sous-traitants?)(?!\p{L})/iu;

/**
 * A fact the page states for all its entries, given to each entry that does not state its own: the country they
 * are all established in, and that none trains on the data ("No AI training on your data, by us or by any
 * provider above"). Only a denial of training is read for all: a page's claim that every vendor trains is no
 * page's way to say it.
 */
export function attachPageWideFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'heading') continue;
    const sentence = sentencesOf(b.text).find((s) => ALL_PARTIES.test(s) && trainsOnCustomerDataIn(s) === false);
    if (!sentence) continue;
    // An entry whose own words say whether it trains keeps them, whatever their column.
    const says = (e: ReadEntry) =>
      e.facts.some((f) => f.key === 'trainsOnCustomerData' || trainsOnCustomerDataIn(f.value, asksAboutTraining(f.label)) !== undefined);
    for (const e of entries) if (!says(e)) e.facts.push({ label: 'AI training', value: sentence, key: 'trainsOnCustomerData' });
    break;
  }
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

/** "… are based in", "… sont établis aux": a verb that says where its subject is established, then the place. */
const ARE_ESTABLISHED =
  /(?<!\p{L})(?:is|are|est|sont)\s+(?:all\s+|tous\s+|toutes\s+)?(?:headquartered|based|established|incorporated|domiciled|located|[ée]tablie?s?|bas[ée]e?s?|domicili[ée]e?s?|implant[ée]e?s?|situ[ée]e?s?)\s+(?:in|en|aux|au|à)\s+/iu;
/** "… are US companies", "… sont des sociétés américaines": a verb, then what companies its subject are. */
const ARE_COMPANIES =
  /(?<!\p{L})(?:is|are|est|sont)\s+(?:all\s+|tous\s+|toutes\s+)?(?:an?\s+|des\s+|une?\s+)?((?:\p{L}[\p{L}.-]*\s+(?:compan(?:y|ies)|corporations?|firms?))|(?:soci[ée]t[ée]s?|entreprises?|entit[ée]s?)\s+\p{L}+)(?!\p{L})/iu;
/** A subject about the data or the machines, not the companies: "the data of Stripe", "les serveurs de Google". */
const NOT_THE_COMPANY =
  /(?<!\p{L})(?:data|données|servers?|serveurs?|data ?cent(?:er|re)s?|centres? de données|infrastructure|copies|backups?)(?!\p{L})/iu;

/**
 * A sentence that names some entries and says where they are established ("Certains de nos sous-traitants (Stripe,
 * Cloudinary, Expo) sont établis aux États-Unis", "Acme and Beta are based in Canada"): that country is each named
 * entry's, when nothing of its own says where its company is. Only one country after the verb; a subject about the
 * data or the machines ("our data … is located in") says where the data is, not the company.
 */
export function attachNamedEstablishment(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  const entryLines = new Set(entries.map((e) => e.line).filter((l) => l !== undefined));
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || (b.line !== undefined && entryLines.has(b.line))) continue;
    for (const sentence of sentencesOf(b.text)) {
      const m = ARE_ESTABLISHED.exec(sentence);
      if (!m) {
        // "ElevenLabs, Google and Groq are US companies", "Payflow et Postie sont des sociétés américaines".
        const are = ARE_COMPANIES.exec(sentence);
        const singular = are?.[1]!
          .replace(/companies/i, 'company')
          .replace(/(soci[ée]t[ée]|entreprise|entit[ée])s\s+(\p{L}+?)e?s(?!\p{L})/iu, '$1 $2e');
        const country = singular ? companyCountryIn(singular) : undefined;
        // "Stripe's customers are Irish firms": the subject is the vendor's audience, not the vendor.
        const subject = are ? sentence.slice(0, are.index) : '';
        if (!are || !country || NOT_THE_COMPANY.test(subject) || audienceClause(subject)) continue;
        for (const e of namedIn(subject))
          if (!e.facts.some((f) => f.key === 'entityCountry')) e.facts.push({ label: 'Company', value: country, key: 'entityCountry' });
        continue;
      }
      const subject = sentence.slice(0, m.index);
      if (NOT_THE_COMPANY.test(subject) || audienceClause(subject)) continue;
      const parts = sentence
        .slice(m.index + m[0].length)
        .split(/[,;.():]/)[0]!
        .split(/\s(?:and|et|or|ou|which|qui|where|où|but|mais)\s/)
        .map((p) => p.trim());
      if (parts.slice(1).some((p) => countryCode(p.replace(/^(?:in|en|aux|au|à)\s+/i, '')) !== undefined)) continue;
      const country = countryCode(parts[0]!);
      if (!country || country === 'EU' || country === 'GLOBAL') continue;
      for (const e of namedIn(subject))
        if (!e.facts.some((f) => f.key === 'entityCountry'))
          e.facts.push({ label: 'Headquartered', value: parts[0]!, key: 'entityCountry' });
    }
  }
}

/** A subject that is every party a text speaks of: "None of them", "none of these services", "aucun d'entre eux". */
const ALL_OF_THEM =
  /(?<!\p{L})(?:none\s+of\s+(?:them|these|those)|neither\s+of\s+(?:them|these)|each\s+of\s+(?:them|these)|aucune?\s+d['’]entre\s+(?:eux|elles)|aucune?\s+de\s+ces|chacune?\s+d['’]entre\s+(?:eux|elles))(?!\p{L})/iu;

/**
 * A sentence of a table's section (the prose between its heading and the next, the table the section's only one)
 * that says none of the parties it speaks of trains on the data ("We use these services to process data for you.
 * None of them may train models on your data."): each row of that table that says nothing of its own on training.
 * A sentence whose subject is not all of them ("We do not train models") says nothing of the vendors.
 */
export function attachSectionTraining(blocks: PageBlock[], entries: ReadEntry[]): void {
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const lines = new Set(b.rows.map((r) => r.line).filter((l) => l !== undefined));
    const rows = entries.filter((e) => e.line !== undefined && lines.has(e.line));
    if (!rows.length) return;
    const prose: string[] = [];
    for (const step of [-1, 1])
      for (let j = i + step; j >= 0 && j < blocks.length; j += step) {
        const x = blocks[j]!;
        if (x.kind === 'heading') break;
        if (x.kind === 'table') return;
        if (x.kind === 'paragraph') prose.push(x.text);
      }
    const says = (e: ReadEntry) =>
      e.facts.some((f) => f.key === 'trainsOnCustomerData' || trainsOnCustomerDataIn(f.value, asksAboutTraining(f.label)) !== undefined);
    // "Acme processes data only for the task and does not use data sent through its API to train its models": a
    // sentence whose subject is one row, the row's.
    const named = nameIndex(rows);
    for (const s of prose.flatMap(sentencesOf)) {
      if (trainsOnCustomerDataIn(s) !== false || CONDITIONAL.test(s)) continue;
      const subject = named(s);
      const first = subject.length === 1 ? (subject[0]!.name ?? subject[0]!.heading).split(/[\s,(]/)[0]! : '';
      if (first && s.startsWith(`${first} `) && !says(subject[0]!))
        subject[0]!.facts.push({ label: 'AI training', value: s, key: 'trainsOnCustomerData' });
    }
    const sentence = prose
      .flatMap(sentencesOf)
      .find((s) => (ALL_OF_THEM.test(s) || ALL_PARTIES.test(s)) && trainsOnCustomerDataIn(s) === false);
    if (!sentence) return;
    for (const e of rows) if (!says(e)) e.facts.push({ label: 'AI training', value: sentence, key: 'trainsOnCustomerData' });
  });
}

/**
 * A sentence anywhere on the page (a paragraph, a list item, a cell of a table that lists no entry) whose subject is
 * one listed party and that says it does not train on the data ("Acme ne ré-entraîne pas sur les données API",
 * "Côté Acme : pas de réentraînement"): that entry's, when its own words say nothing of training. A sentence that
 * names two parties, or makes it a case, says nothing of one.
 */
/**
 * The party's own terms, named by a possessive before the party itself: "Selon les conditions de son API, ", "Under its
 * API terms, ". The party the sentence then names is the one whose terms they are.
 */
const OWN_TERMS = String.raw`(?:[Ss]elon\s+les\s+conditions\s+(?:de\s+son|de\s+sa|de\s+ses)\s+[^,;]{1,40},\s*|[Uu]nder\s+its\s+(?:own\s+)?[^,;]{0,40}?terms,\s*)`;

export function attachNamedTraining(blocks: PageBlock[], entries: ReadEntry[]): void {
  const entryLines = new Set(entries.map((e) => e.line).filter((l) => l !== undefined));
  const texts = blocks.flatMap((b) => {
    if (b.kind === 'paragraph' || b.kind === 'item') return [b.text];
    if (b.kind !== 'table' || b.rows.some((r) => r.line !== undefined && entryLines.has(r.line))) return [];
    return b.rows.flatMap((r) => r.cells);
  });
  const says = (e: ReadEntry) =>
    e.facts.some((f) => f.key === 'trainsOnCustomerData' || trainsOnCustomerDataIn(f.value, asksAboutTraining(f.label)) !== undefined);
  const named = nameIndex(entries, true);
  // "… est transmise à Acme ; selon les conditions de son API, Acme n'utilise pas …": each clause a sentence of its own.
  for (const s of texts.flatMap(sentencesOf).flatMap((x) => x.split(/\s;\s/))) {
    if (trainsOnCustomerDataIn(s) !== false || CONDITIONAL.test(s)) continue;
    const subject = named(s);
    if (subject.length !== 1 || says(subject[0]!)) continue;
    const first = firstWord(subject[0]!);
    const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "Under Anthropic's commercial API terms, content is not used …", "Selon les conditions d'Acme, …": the party's own terms.
    if (
      new RegExp(
        `^(?:(?:Côté|Chez|At|For|Under|Per|Selon\\s+les\\s+conditions\\s+(?:de|d['’]))\\s*|${OWN_TERMS})?${escaped}(?:['’]s)?(?:\\s*:|\\s|,)`,
        'u',
      ).test(s.trim())
    )
      subject[0]!.facts.push({ label: 'AI training', value: s.trim(), key: 'trainsOnCustomerData' });
  }
  // "**Audio** is sent to Acme for transcription only. We have opted out of model training.": an item (or a paragraph)
  // that names one listed party, one of whose sentences names none and says the publisher opted out of training (« Nous
  // avons désactivé l'option d'entraînement … »): the opt-out is of that party's training, the one the item sends data to.
  for (const b of blocks) {
    // The opt-out's words first (one pattern over the block), the names after (an index lookup per block that has them).
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || !OPTED_OUT.test(b.text)) continue;
    const subject = named(b.text);
    if (subject.length !== 1 || says(subject[0]!)) continue;
    const optOut = sentencesOf(b.text).find(
      (s) => OPTED_OUT.test(s) && !CONDITIONAL.test(s) && named(s).length === 0 && trainsOnCustomerDataIn(s) === false,
    );
    if (optOut) subject[0]!.facts.push({ label: 'AI training', value: optOut.trim(), key: 'trainsOnCustomerData' });
  }
}

/** Words saying the publisher turned a vendor's option off: "we have opted out", "opt-out", « nous avons désactivé ». */
const OPTED_OUT = /(?<!\p{L})(?:opted\s+out|opt-out|(?:avons|a)\s+(?:d[ée]sactiv[ée]|refus[ée]))(?!\p{L})/iu;

/** "The sub-processors listed above", "les sous-traitants identifiés ci-dessus": every party the page has listed. */
const PARTIES_ABOVE =
  /(?<!\p{L})(?:the|les)\s+(?:sub-?processors|providers|vendors|suppliers|prestataires|fournisseurs|sous-traitants)\s+(?:(?:identified|listed|named|identifiés|listés|mentionnés|cités)\s+)?(?:above|ci-dessus)(?!\p{L})/iu;
/** "… host the data in", "… héberger les données en": the words before the place where the data is kept. */
const HOSTS_IN =
  /(?<!\p{L})(?:host(?:ed)?|store[sd]?|kept|keep|run|héberg\p{L}*|stock\p{L}*|conserv\p{L}*)\s+(?:(?:the|your|les|vos)\s+(?:data|données)\s+)?(?:in|en|au|aux|dans)\s+([^.;:]+)/iu;
/** "… situés dans l'Union européenne", "… located in the EU": the words before where the parties are. */
const LOCATED_IN = /(?<!\p{L})(?:situ[ée]e?s?|located|localis[ée]e?s?)\s+(?:in|en|au|aux|dans)\s+(?:l['’]\s?|la\s+|the\s+)?([^.;:]+)/iu;
/** "All Azure services", "tous les services Azure": the entries whose name starts with that word. */
const ALL_BRAND =
  /(?<!\p{L})(?:[Aa]ll|[Ee]very)\s+(?:(?:of\s+)?our\s+)?(\p{Lu}[\p{L}\d-]*)\s+(?:services|products|components|resources)(?!\p{L})|(?<!\p{L})(?:[Tt]ous\s+les|[Tt]outes\s+les)\s+(?:services|produits|composants|ressources)\s+(\p{Lu}[\p{L}\d-]*)/u;

/**
 * A sentence that says where every listed party keeps the data ("Les sous-traitants identifiés ci-dessus sont
 * configurés pour héberger les données en Union européenne (Irlande)"): that place, for each entry that states none,
 * and added to the place of an entry that states one inside it ("UE" gains Ireland). An entry whose own place lies
 * outside it keeps its own (a global network beside a place inside it is none); a sentence that makes it a case, or
 * hedges, says nothing for all. "All Azure services run in the West Europe (Netherlands) region": the same, for the
 * entries whose name starts with that word.
 */
export function attachPageWidePlace(blocks: PageBlock[], entries: ReadEntry[]): void {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    for (const s of sentencesOf(b.text)) {
      const brand = ALL_BRAND.exec(s);
      const brandWord = brand ? (brand[1] ?? brand[2])! : undefined;
      // "Nous faisons appel aux sous-traitants suivants, tous situés dans l'Union européenne :": the words that
      // introduce the list, of all the parties it lists.
      const introduces = INTRODUCES_LIST.test(s) && PARTY_WORDS.test(s) && EVERY.test(s);
      if (!(PARTIES_ABOVE.test(s) || ALL_PARTIES.test(s) || introduces || brandWord) || CONDITIONAL.test(s) || HEDGED.test(s)) continue;
      // "situés dans l'Union européenne", "located in the EU": no company is established in the EU as a whole, so the
      // words say where the parties work with the data (a country after them says where they are established).
      const located = LOCATED_IN.exec(s);
      const m = HOSTS_IN.exec(s) ?? (located && readLocation(located[1]!).countries.join() === 'EU' ? located : null);
      const place = m?.[1]!.trim();
      // "the West Europe (Netherlands) region": a region's name, then its country in brackets.
      const bracket = place ? /\(([^()]+)\)/.exec(place)?.[1] : undefined;
      const code = bracket ? countryCode(bracket) : undefined;
      const said = place ? (readLocation(place).countries.length ? readLocation(place).countries : code ? [code] : []) : [];
      if (!place || !said.length || said.includes('GLOBAL')) continue;
      // A member state is inside the EU the sentence names ("France" gains the EU), as the EU is around one it names.
      const inside = (c: string) =>
        said.includes(c) || (c === 'EU' && said.some((x) => x !== 'EU' && isEEA(x))) || (said.includes('EU') && c !== 'EU' && isEEA(c));
      const value = readLocation(place).countries.length ? place : bracket!;
      for (const e of brandWord ? entries.filter((x) => firstWord(x) === brandWord) : entries) {
        const own = e.facts.filter((f) => f.key === 'dataLocation');
        if (!own.length) e.facts.push({ label: 'Hosting', value, key: 'dataLocation' });
        // A global network beside a place inside ("EU data boundary; global CDN edge caching") is no place outside it:
        // the network serves from everywhere, the service runs where the sentence says.
        else if (
          own.every((f) => {
            const cs = readLocation(f.value).countries;
            return cs.some(inside) && cs.every((c) => inside(c) || c === 'GLOBAL');
          })
        )
          e.facts.push({ label: 'Hosting', value, key: 'dataLocation', adds: true });
      }
      return;
    }
  }
}

/** A heading that names the controllers ("Joint controllers", "Identité du responsable de traitement"), not sub-processors. */
export const CONTROLLER_HEADING =
  /\b(?:(?:independent |joint |separate )?(?:data )?controllers?|responsables? (?:conjoints? )?(?:du|de|des) traitements?|responsables conjoints)\b/i;

/** Bold words that mark a paragraph's kind or stress a word, never a vendor's name. */
const NOT_A_NAME =
  /^(?:note|nota|nb|n\.b\.|important|warning|attention|remarque|caution|update|new|nouveau|disclaimer|avertissement|example|exemple|tip|astuce)$/i;

/** Bold words that can be a vendor's name: a short name, not a sentence, a label or an emphasised word. */
function boldName(text: string): string | undefined {
  const t = text.replace(/[.,;]+$/, '').trim();
  if (!t || t.length > 40 || t.split(/\s+/).length > 4 || t.endsWith(':') || NOT_A_NAME.test(t)) return undefined;
  // "not", "only", "never": an emphasised word is lower case; a name is capitalised or holds a digit ("page2images").
  if (!/^[\p{Lu}\d]/u.test(t) && !/\d/.test(t)) return undefined;
  // An address ("contact@acme.fr", "acme.fr/privacy") is where to write, not who.
  if (/[!?@/]/.test(t)) return undefined;
  return t;
}

/** A phrase of common nouns: a capital for its first word only, two words at least ("Pour la fuite d'enregistrements"). */
const RUN_IN_PHRASE = /^\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}'’-]+)+$/u;

/** A contract clause's number before its run-in heading: "1.1 ", "2. ", "a) ", "(ii) ". */
const CLAUSE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-z]\)|\((?:[a-z]|[ivx]{1,5})\))\s+/;

/**
 * The bold words a paragraph opens with, closed by a full stop that ends no legal form ("**Finalité.**",
 * "1.2 **Nature du traitement.**" after a clause's number), without it.
 */
function runInHeading(p: Extract<PageBlock, { kind: 'paragraph' }>): string | undefined {
  const lead = p.strong?.[0]?.trim();
  const text = p.text.replace(CLAUSE_NUMBER, '');
  if (!lead || !text.startsWith(lead) || !/[^.]\.$/.test(lead) || entityIn(lead) === lead) return undefined;
  return lead.slice(0, -1).trim();
}

/**
 * Entries from headed sections of prose that name their vendors in bold ("## Payment processing / Credit card
 * billing information is stored with **Stripe** …"): one entry per name, in page order, its purpose the
 * section's heading. Only for a page whose prose names at least three vendors under at least two headings, or
 * under one heading that names sub-processors with each name opening its paragraph ("**Stripe** (Stripe
 * Payments Europe Limited, Dublin)"), so that a word in bold in an ordinary page is no vendor. The controller's
 * own section names no vendor.
 */
export function proseNameEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  const seen = new Set<string>();
  const sections = new Set<string>();
  let heading: string | undefined;
  let cardsOnly = true;
  // "**Finalité.** Prise de rendez-vous …", "**Acteurs.**", "**Pour la fuite d'enregistrements.**": bold words opening
  // their paragraph and closed by a full stop are a run-in heading. In a section where one of them is a fact's label
  // ("Finalité") or a phrase of common nouns, they are all the section's labels, none a vendor (as a definition
  // list's terms are, `leadItems`). One pass over the blocks first: the sections whose run-in headings are labels.
  const labelled = new Set<string | undefined>();
  let section: string | undefined;
  for (const b of blocks) {
    if (b.kind === 'heading') section = b.text;
    const head = b.kind === 'paragraph' ? runInHeading(b) : undefined;
    if (head !== undefined && (RUN_IN_PHRASE.test(head) || columnMatch(head) !== undefined)) labelled.add(section);
  }
  for (const b of blocks) {
    if (b.kind === 'heading') heading = b.text;
    if (b.kind === 'paragraph' && labelled.has(heading) && runInHeading(b) !== undefined) continue;
    // The controller's own section ("Identité du responsable de traitement") names the company and its people.
    const ofController = heading !== undefined && CONTROLLER_HEADING.test(heading) && !SUBPROCESSORS_HEADING.test(heading);
    if (b.kind !== 'paragraph' || heading === undefined || !b.strong || ofController) continue;
    // "**Hébergement** : OVH (France)": a role in bold, a colon, then the vendor filling it: the vendor, not the role.
    const roleLed = roleLedLine(b.text);
    if (roleLed && b.text.startsWith(b.strong[0]!)) {
      if (!seen.has(roleLed.name)) {
        seen.add(roleLed.name);
        const role = b.text.slice(0, b.text.indexOf(':')).trim();
        // "Amazon Web Services (Ireland)": a country in brackets right after the vendor's name is where its company is
        // (corpus README, a country beside a vendor's name), as a bullet's "Name (Country)" reads.
        const inner = roleLed.brackets.trim().slice(1, -1).trim();
        const place: ReadFact[] =
          inner && countryCode(inner) !== undefined ? [{ label: 'Company', value: inner, key: 'entityCountry' }] : [];
        entries.push({
          heading: roleLed.name,
          name: roleLed.name,
          line: b.line,
          facts: [{ label: 'Purpose', value: role, key: 'purpose' }, ...place],
        });
        sections.add(heading);
        cardsOnly = false;
      }
      continue;
    }
    for (const words of b.strong) {
      const name = boldName(words);
      // A bold run that opens a paragraph and is followed by a colon is its label ("**Contact**: …", « **Contact** : … »).
      if (!name || (b.text.startsWith(words) && /^\s*:/.test(b.text.slice(words.length))) || seen.has(name)) continue;
      seen.add(name);
      entries.push({ heading: name, name, line: b.line, facts: [{ label: 'Purpose', value: heading, key: 'purpose' }] });
      sections.add(heading);
      if (!b.text.startsWith(words) || !SUBPROCESSORS_HEADING.test(heading)) cardsOnly = false;
    }
  }
  // Under one heading, only paragraphs each led by its vendor's name in a section that says it lists sub-processors.
  return entries.length >= 3 && (sections.size >= 2 || cardsOnly) ? entries : [];
}

/**
 * "Account data is stored in Ireland", "les données sont hébergées en France", "process data in a data center in the
 * United States", "dans un centre de données situé en France", "Data location is set to Finland", « la localisation des
 * données est fixée en Allemagne »: the place named after the verb, the data centre or the data's location.
 */
const STORED_IN =
  /(?<!\p{L})(?:(?:processing|traitement)\s+(?:takes\s+place|is\s+carried\s+out|is\s+performed|a\s+lieu|est\s+effectué|est\s+réalisé)|data\s?cent(?:er|re)s?|datacenters?|centres?\s+de\s+donn[ée]es|stored|hosted|host|kept|located|processed|stockées?|stockés?|hébergées?|hébergés?|conservées?|conservés?|situées?|situés?|localisées?|localisés?|servers\s+are|servers|serveurs\s+sont|serveurs|hébergé|stocké|regions?|régions?|donn[ée]es|s['’]ex[ée]cut(?:e|ent)|runs?|execute[sd]?)\s+(?:dans\sl['’]\s?|(?:in|en|aux|au|à|dans(?:\s(?:la|le|les))?)\s+)|(?<!\p{L})(?:stored|hosted|stockées?|stockés?|hébergées?|hébergés?|hébergé|stocké)\s+(?:on|sur)\s+(?=(?:AWS|Amazon|GCP|Google Cloud|Azure|Microsoft Azure)\s)|(?<!\p{L})(?:in|en)\s+(?=(?:the\s+)?(?:r[ée]gion\s+europ[ée]enne|european\s+region))|(?<!\p{L})(?:data\s+location|localisation\s+des\s+donn[ée]es)\s+(?:is|est)\s+(?:set\s+to\s+|fix[ée]e\s+(?:à|en|aux|au)\s+|d[ée]finie\s+(?:sur|à|en)\s+)?/giu;

/** A part of the world a page names that is no country: kept in the page's words ("Europe", "Asia", "région européenne"). */
const WORLD_PART =
  /^(?:europe|r[ée]gions?\s+europ[ée]ennes?|european\s+regions?|asia|africa|oceania|(?:north|south|latin)\s+america|the\s+americas|middle\s+east|asia[-\s]pacific|apac|emea|asie|afrique|amérique\s+du\s+(?:nord|sud)|moyen-orient)$/i;

/** A cloud region's or a data centre's code, after "région" or not: "eu-west-1", "europe-west3", "fra1", "CDG1". */
const REGION_CODE = /^(?:[Rr][ée]gions?\s+|[Rr]egions?\s+)?(?:[a-z]{2,}(?:-[a-z0-9]+){1,3}|[a-z]{3}\d|[A-Z]{3}\d?)$/u;

/** One item of a list of places: a country or a city, "Asia (Tokyo)", "Europe (London)", "(Tokyo)"; else undefined. */
function placeItem(item: string): string | undefined {
  const t = item
    .trim()
    .replace(/^(?:and|et|or|ou|&)\s+/i, '')
    .trim();
  // "(Tokyo)" alone: the city is the place.
  const bare = /^\(([^()]+)\)$/.exec(t)?.[1]?.trim() ?? t;
  const code = placeCode(bare);
  if (code !== undefined) return code === 'GLOBAL' ? undefined : bare;
  const head = bare.replace(/\s*\(.*$/, '').replace(/^the\s+/i, '');
  // "Frankfurt (eu-central-1)", "EU (Frankfurt)": a place and what its brackets add, read whole when they name a place too.
  const headCode = placeCode(head);
  if (headCode !== undefined) return headCode === 'GLOBAL' ? undefined : readLocation(bare).countries.length ? bare : head;
  // "AWS eu-west-3 (Paris, France)", "GCP europe-west1": a provider's region, whose country the region says.
  if (regionRef(head) !== undefined && readLocation(bare).countries.length) return bare;
  if (!WORLD_PART.test(head)) return undefined;
  // "Europe (London)": the part of the world, and the city or country its brackets name, if any; or the cloud region or
  // data centre's code they name ("Europe (région fra1)", "Europe (eu-west-1)"), which names no country by itself.
  const inner = /\(([^()]+)\)$/.exec(bare)?.[1];
  return inner === undefined || placeCode(inner) !== undefined || REGION_CODE.test(inner.trim()) ? bare : undefined;
}

/** Words after which a list of places has ended: "… in Ireland, which …", "… in the US for backups". */
const END_OF_PLACES =
  /\s(?:for|pour|which|qui|where|où|but|mais|with|avec|without|sans|by|par|under|sous|using|via|until|unless|except|when|if|si)\s/i;

/** "only for", "uniquement pour", "seulement pour": words that keep what precedes them for some cases. */
const ONLY_FOR = /(?<!\p{L})(?:only|uniquement|seulement)\s+(?:for|pour)(?!\p{L})/iu;

/** The places a list names from its start ("the US, Asia (Tokyo), and Europe"), up to the first item that is none. */
function placeList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  let closed = false;
  for (let i = 0; i < text.length && !closed; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    // A full stop, a semicolon, a colon, or the bracket the list sits in ("(hébergé dans l'Union européenne)") ends it.
    else if (ch === ')' || (depth === 0 && (ch === ',' || ch === ';' || ch === ':' || ch === '.'))) {
      items.push(text.slice(start, i));
      start = i + 1;
      closed = ch !== ',';
    }
  }
  if (!closed && start < text.length) items.push(text.slice(start));
  const places: string[] = [];
  for (const [k, whole] of items.entries()) {
    // "in Canada only for Canadian customers": a place kept for some customers is none (unlike "in Germany only").
    if (ONLY_FOR.test(whole)) break;
    // "the United States for backups", "Ireland, which …": the list ends where other words begin.
    const end = END_OF_PLACES.exec(whole);
    const raw = end ? whole.slice(0, end.index) : whole;
    // "(Tokyo) and Europe (London)": an item joined to the next by "and".
    for (const part of raw.split(/\s(?:and|et|or|ou|&)\s(?![^()]*\))/)) {
      if (!part.trim()) continue;
      // "hébergée dans l'Union européenne, à Francfort", "hosted in the EU, in Frankfurt": a later item that narrows the
      // place says it again with its own preposition.
      const place = placeItem(k > 0 ? part.replace(/^\s*(?:à|in|at|en|au|aux|dans)\s+(?=\p{Lu})/u, '') : part);
      if (place === undefined) return places;
      places.push(place);
    }
    if (end || k === items.length - 1) break;
  }
  return places;
}

/**
 * The places a sentence says data is stored in, as its words give them ("Most of our servers are in the US, with
 * some … servers located in AWS regions in (Tokyo) and Europe (London)" -> "the US, Tokyo, Europe (London)"); every
 * list after the words that say so, each up to its first item that is no place. Undefined when none.
 */
export function storedIn(sentence: string): string | undefined {
  const places: string[] = [];
  for (const m of sentence.matchAll(STORED_IN)) {
    // "Our customers are located in India", "notre équipe support est située au Maroc": "located" says where its subject
    // is, and only a subject that is data or machines is where the data is ("Servers located in", "données situées en").
    if (WHERE_IT_IS.test(m[0]) && !subjectIsData(sentence.slice(0, m.index))) continue;
    // "Mailjet ne transfère pas de données aux États-Unis", "no data is kept in the US": words its clause denies.
    if (DENIED_BEFORE.test(clauseBefore(sentence, m.index))) continue;
    for (const p of placeList(sentence.slice(m.index + m[0].length))) if (!places.includes(p)) places.push(p);
  }
  for (const p of atRestIn(sentence)) if (!places.includes(p)) places.push(p);
  return places.length ? places.join(', ') : undefined;
}

/**
 * Words that deny what their clause says: "not", "never", "no", "nor", « pas », « jamais », « aucun », « ni », « ne …
 * plus ». « Ne » alone is no denial (« ne … que » says only).
 */
const DENIED_BEFORE =
  /(?<!\p{L})(?:not|never|no|nor|none|pas|jamais|aucune?|ni)(?!\p{L})|(?<!\p{L})(?:ne|n['’])\s?[^.;,\s]{1,20}\s(?:[^.;,\s]{1,20}\s)?plus(?!\p{L})/iu;

/** The words of a sentence's clause before `end`: back to the last stop, colon, semicolon or comma (one slice). */
function clauseBefore(sentence: string, end: number): string {
  const before = sentence.slice(Math.max(0, end - 200), end);
  const stop = Math.max(...['.', ';', ':', ',', '!', '?'].map((c) => before.lastIndexOf(c)));
  return before.slice(stop + 1);
}

/**
 * Whether the words before "located" / « située » make data or machines its subject. The subject is in the clause
 * the verb ends ("Data is hosted by Acme, a company located in Belgium": "a company"; « hébergées chez X, société
 * située en Belgique » : « société », the company's seat, not the data's place); a clause with no word of its own
 * ("…, located in") leaves the subject to the sentence. No word at all: the place is the line's own ("Located in
 * Belgium.").
 */
function subjectIsData(before: string): boolean {
  if (!/\p{L}/u.test(before)) return true;
  // Words in brackets are an aside ("hébergés par X (X SAS, Roubaix, France) et sont situés"): their commas end no clause.
  const plain = before.replace(/\([^()]*\)/g, ' ');
  const clause = plain.slice(Math.max(plain.lastIndexOf(','), plain.lastIndexOf(';'), plain.lastIndexOf('('), plain.lastIndexOf('—')) + 1);
  // A clause that is only the verb's own words (« Les données, chiffrées au repos, sont situées », "Backups, encrypted,
  // are located") takes its subject from before the aside, as one with no word does.
  const ownWords = clause.replace(
    /(?<!\p{L})(?:are|is|were|was|remain|remains|sont|est|restent|reste|demeurent|demeure|all|toutes?|tous)(?!\p{L})/giu,
    ' ',
  );
  return DATA_OR_MACHINES.test(/\p{L}/u.test(ownWords) ? clause : plain);
}

/** The verbs of STORED_IN that say where their subject is, whatever it is: "located", "situé", "localisé". */
const WHERE_IT_IS = /^(?:located|situ[ée]e?s?|localis[ée]e?s?)\s/iu;
/** A subject that is data or the machines that hold it: "servers", "the databases", "les données", "backup nodes". */
const DATA_OR_MACHINES =
  /(?<!\p{L})(?:data|donn[ée]es|content|contenus?|files?|fichiers?|records?|logs?|backups?|sauvegardes?|servers?|serveurs?|nodes?|n[œo]euds?|machines?|infrastructures?|databases?|bases?\s+de\s+donn[ée]es|storage|stockage|hosting|h[ée]bergement|data\s?cent(?:er|re)s?|datacenters?|centres?\s+de\s+donn[ée]es|facilit(?:y|ies)|regions?|r[ée]gions?|instances?|clusters?|buckets?|systems?|syst[èe]mes?|information|informations)(?!\p{L})/iu;

/** "sur ses propres serveurs", "on our own servers", "notre propre infrastructure": the publisher's own hosting. */
const OWN_SERVERS =
  /(?<!\p{L})(?:(?:ses|nos|leurs|sa|notre|leur)\s+propres?\s+(?:serveurs?|infrastructures?|centres? de données|datacenters?)|(?:its|our|their)\s+own\s+(?:servers?|infrastructure|data ?cent(?:er|re)s?|hardware))(?!\p{L})/iu;

/** "data at rest within the", "données au repos dans les": the words that say where the stored data lies. */
const AT_REST = /(?<!\p{L})(?:at\s+rest\s+(?:with)?in|au\s+repos\s+(?:dans|en))\s+(?:the\s+|les?\s+|la\s+)?/giu;
/** "Hetzner Falkenstein / Nuremberg regions", "régions Hetzner de Falkenstein et Nuremberg": a host, places, the noun. */
const REST_PLACES =
  /^(?:(?:r[ée]gions?|data\s?cent(?:er|re)s?|centres?\s+de\s+donn[ée]es)\s+)?([^.;:()]{2,80}?)(?:\s{1,3}(?:regions?|data\s?cent(?:er|re)s?))?(?=[.;:]|$)/u;
/** The host's name before the places: "Hetzner Falkenstein / Nuremberg", "OVH de Gravelines et Roubaix". */
const REST_HOST = /^\p{Lu}[\p{L}\d-]{1,30}\s+(?:(?:de|d['’])\s*)?/u;

/**
 * The places a sentence says the data at rest lies in ("All data at rest within the Hetzner Falkenstein / Nuremberg
 * regions"): after the host's name, the places the list names, each one a place (a city its country); none else.
 */
function atRestIn(sentence: string): string[] {
  const found: string[] = [];
  for (const m of sentence.matchAll(AT_REST)) {
    const list = REST_PLACES.exec(sentence.slice(m.index + m[0].length))?.[1] ?? '';
    for (const words of [list, list.replace(REST_HOST, '')]) {
      const items = words.split(/\s*(?:\/|,|\s(?:and|et|&)\s)\s*/).map((x) => x.trim());
      if (!words || !items.every((x) => placeCode(x) !== undefined)) continue;
      found.push(...items);
      break;
    }
  }
  return found;
}

/**
 * Facts a section of prose states about the one vendor it names ("## Cloud hosting / … runs on **Amazon Web
 * Services** … / - Billing related and Account data is stored in Ireland."): where data is stored, when one
 * sentence of the section names one country. A section that names two vendors, or holds a table, says
 * nothing about either.
 */
export function attachSectionFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  const named = nameIndex(entries);
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && blocks[i]!.kind !== 'heading') continue;
    const section = blocks.slice(start, i);
    start = i;
    if (section.some((b) => b.kind === 'table')) continue;
    const texts = section.filter((b) => b.kind !== 'table' && b.kind !== 'heading').map((b) => (b as { text: string }).text);
    // A section headed by an entry ("### 7. Anthropic PBC ou Google AI Studio") speaks of that entry, whatever other
    // vendor its lines name ("Adresse Google AI : Google LLC (cf. ci-dessus)").
    const head = section[0]?.kind === 'heading' ? section[0] : undefined;
    const own = head?.line !== undefined ? entries.find((e) => e.line === head.line && e.name === undefined) : undefined;
    const vendors = own ? [own] : [...new Set(texts.flatMap(named))];
    if (vendors.length !== 1) continue;
    const entry = vendors[0]!;
    const places = entry.facts.some((f) => f.key === 'dataLocation')
      ? []
      : [
          ...new Set(
            texts
              .flatMap(sentencesOf)
              // "DFX exploite l'API sur ses propres serveurs en Suisse": the publisher's own servers, not the vendor's.
              .filter((t) => !OWN_SERVERS.test(t))
              .map(storedIn)
              .filter((p): p is string => p !== undefined),
          ),
        ];
    if (places.length === 1) entry.facts.push({ label: 'Stored in', value: places[0]!, key: 'dataLocation' });
    // "Les données transmises par API ne sont pas utilisées pour réentraîner les modèles.": said of the one vendor.
    const denial = texts.flatMap(sentencesOf).find((t) => !CONDITIONAL.test(t) && trainsOnCustomerDataIn(t) === false);
    if (denial && !entry.facts.some((f) => f.key === 'trainsOnCustomerData'))
      entry.facts.push({ label: 'AI training', value: denial, key: 'trainsOnCustomerData' });
  }
}

/** A card's number over its name: "Sub-processor 01", "Vendor #2", "Sous-traitant n° 3". */
export const CARD_NUMBER =
  /^(?:sub-?processors?|subprocessors?|vendors?|suppliers?|providers?|sous-traitants?|prestataires?|fournisseurs?) ?(?:#|no\.?|n°)? ?\d{1,3}$/i;

/**
 * Cards copied from a browser as one line each (a definition list as text): a name, maybe a category, then
 * the same labels in the same order on every card, each followed by its value on the next line
 * ("Akamai / Cloud infrastructure / Purpose / Application hosting / Region / United States / …"). The labels
 * are found as the run of lines every card repeats at every other line from a label that names a column
 * meaning (Purpose, Region); the lines between two cards are the next card's name and category. Only when at
 * least two cards share at least two labels.
 */
export function cardEntries(blocks: PageBlock[]): ReadEntry[] {
  const lines = blocks.map((b) => (b.kind === 'paragraph' ? b.text : undefined));
  const counts = new Map<string, number>();
  for (const l of lines) if (l !== undefined && l.length <= 40) counts.set(l, (counts.get(l) ?? 0) + 1);
  // The first label of a card: a line with a column meaning that starts as many cards as possible.
  const first = [...counts.entries()]
    .filter(([l, n]) => n >= 2 && columnMatch(l)?.exact === true)
    .sort((a, b) => b[1] - a[1] || lines.indexOf(a[0]) - lines.indexOf(b[0]))[0]?.[0];
  if (first === undefined) return [];
  const starts = lines.flatMap((l, i) => (l === first ? [i] : []));
  // Labels every card repeats before that one ("Registered address" over "Processing purpose"): the cards start there.
  for (;;) {
    const before = starts.map((s) => lines[s - 2]);
    const apart = starts.every((s, j) => j === 0 || s - 2 > starts[j - 1]!);
    if (before[0] === undefined || !apart || before.some((l) => l !== before[0]) || before[0].length > 40) break;
    for (let j = 0; j < starts.length; j++) starts[j]! -= 2;
  }
  // The labels: the lines at even offsets from each start that are the same on every card.
  const labels: string[] = [];
  for (let k = 0; ; k += 2) {
    const at = starts.map((s) => lines[s + k]);
    if (at[0] === undefined || at.some((l) => l !== at[0]) || (k > 0 && at[0] === lines[starts[0]!])) break;
    // The next card's first label is no label of this one.
    if (starts.some((s, j) => j + 1 < starts.length && s + k >= starts[j + 1]!)) break;
    labels.push(at[0]);
  }
  if (labels.length < 2) return [];
  const span = labels.length * 2;
  // Lines before the first label of each card: between the end of the card before and its start.
  const headLines = starts.slice(1).map((s, j) => s - (starts[j]! + span));
  const head = headLines.length ? Math.min(...headLines) : 1;
  if (head < 1 || head > 3 || headLines.some((h) => h !== head)) return [];
  const entries: ReadEntry[] = [];
  for (const s of starts) {
    const heads = lines.slice(s - head, s);
    if (heads.some((h) => h === undefined)) return [];
    // "Sub-processor 01" over the name: the card's number, not its name.
    const numbered = heads.length > 1 && CARD_NUMBER.test(heads[0]!) ? heads[0]!.replace(/\D+/g, '') : undefined;
    const [name, ...rest] = (numbered !== undefined ? heads.slice(1) : heads) as string[];
    const facts = labels.map((label, k) => {
      const value = lines[s + 2 * k + 1] ?? '';
      const key = columnMatch(label)?.key;
      return { label, value, ...(key && key !== 'category' && key !== 'name' ? { key } : {}) };
    });
    entries.push({
      heading: name!,
      name: name!,
      ...(numbered !== undefined ? { id: numbered } : {}),
      ...(rest.length ? { category: rest.join(' ') } : {}),
      line: blocks[s - head]?.line,
      facts: facts.filter((f) => f.value),
    });
  }
  return entries;
}

/**
 * Words that say the schemes are another party's: the vendor's parent or group company ("parent company is ISO 27001
 * certified", « la société mère est certifiée ISO 27001 », "an affiliate holds SOC 2"), or a requirement the vendor puts
 * on its own suppliers ("suppliers must hold SOC 2", « ses fournisseurs doivent être certifiés ISO 27001 », "required of
 * subcontractors"). The vendor holds none of them.
 */
export const OTHER_HOLDER =
  /(?<!\p{L})(?:parent(?:\s+(?:company|entity|organi[sz]ation))?|holding\s+company|group\s+(?:company|entity)|affiliates?|soci[ée]t[ée]\s+m[èe]re|maison\s+m[èe]re|filiales?|(?:suppliers?|vendors?|sub-?processors?|sub-?contractors?|providers?|partners?|fournisseurs?|sous-traitants?|prestataires?|partenaires?)\s+(?:must|shall|should|are\s+required|have\s+to|need\s+to|doivent|sont\s+tenus)|(?:required|requis|requise?s?|exig[ée]e?s?|impos[ée]e?s?|requires?|demands?|expects?|exigen?t?|imposen?t?|demanden?t?)\s+(?:(?:of|from|for|de|d['’]|aux?|des|à)\s*)?(?:(?:its|their|our|all|ses|leurs|nos|tous\s+(?:les|ses)|les)\s+)?(?:suppliers?|vendors?|sub-?processors?|sub-?contractors?|providers?|fournisseurs?|sous-traitants?|prestataires?))(?!\p{L})/iu;

/** A word that says a scheme is held: "certified", "compliant", "conforme", "accredited". */
const HELD_WORD = /^(?:certifi|compliant|conforme|accredit|accrédit)/i;
const ARTICLE_WORD = /^(?:a|an|the|its|their|un|une|le|la|les|des|sa|son|ses|leur|leurs)$/i;

/** The certifications a sentence names ("ISO27001 certified datacenters", "SOC 2 Type II"): known schemes only. */
export function certificationsIn(sentence: string): string[] {
  const words = isoNumbers(
    sentence
      .slice(0, 600)
      // "SOC 1/2/3", "SOC 1 & 2": the reports each number names, "SOC 1, SOC 2, SOC 3".
      .replace(/(?<![\p{L}\d])SOC\s?([123](?:\s?[/&]\s?[123]){1,2})(?![\d/])/gu, (_, numbers: string) =>
        numbers
          .split(/\s?[/&]\s?/)
          .map((n) => `SOC ${n}`)
          .join(', '),
      )
      .split(/[\s,;()]+/)
      // ": SOC 2 Type 2": a word of punctuation alone is no part of a scheme's name.
      .filter((w) => /[\p{L}\d]/u.test(w)),
  );
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // "PCI-DSS certified, SOC 2 Type II": the word that says a scheme is held starts no scheme's name, after one as
    // before one ("certified SOC 2" would hide the type the next words give).
    if (HELD_WORD.test(words[i]!)) continue;
    // "holds a SOC 2 Type II certification", « détient une certification … »: an article starts no scheme's name (the
    // name it stands before would be read short, without its type).
    if (ARTICLE_WORD.test(words[i]!)) continue;
    // The longest run of words from here that names a scheme ("SOC 2 Type II" before "SOC 2").
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const text = words
        .slice(i, i + n)
        .join(' ')
        .replace(/[.:]+$/, '');
      // "ISO27001 certified": the scheme, without the word that says it is held.
      if (words.slice(i + 1, i + n).some((w) => HELD_WORD.test(w))) continue;
      const match = matchCertificationText(text);
      if (match && 'owner' in match) {
        if (!found.includes(text)) found.push(text);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

const ISO_WORD = /^ISO(?:\/IEC)?$/i;
const ISO_NUMBER = /^\d{5}(?::\d{4})?$/;

/**
 * "ISO 27001/27017/27018", "ISO/IEC 27001, 27017 et 27018": one scheme's name over several numbers, each its own
 * ("ISO 27001", "ISO 27017", "ISO 27018"). A number is an ISO standard's only after "ISO" or after another of them.
 */
function isoNumbers(words: string[]): string[] {
  const out: string[] = [];
  let inSeries = false;
  for (const word of words) {
    const joined = /^(ISO(?:\/IEC)?)?(\d{5}(?::\d{4})?(?:\/\d{5}(?::\d{4})?)+)$/i.exec(word);
    const afterIso = ISO_WORD.test(out[out.length - 1] ?? '');
    if (joined && (joined[1] || afterIso || inSeries)) {
      joined[2]!
        .split('/')
        .forEach((n, k) => out.push(...(k === 0 && (afterIso || joined[1]) ? [joined[1] ? `${joined[1]} ${n}` : n] : ['ISO', n])));
      inSeries = true;
    } else if (ISO_NUMBER.test(word) && inSeries && !afterIso) out.push('ISO', word);
    else {
      out.push(word);
      if (/^(?:and|et|&)$/i.test(word)) continue;
      inSeries = afterIso && ISO_NUMBER.test(word);
    }
  }
  return out;
}

/** Words that say a scheme is held, in English and French. */
const CERTIFIED = /certifi|accredit|accrédit|attested|attesté/i;

/** A legal form that ends a name ("Supabase Inc.", "Mistral AI SAS"): the brand is the words before it. */
const LEGAL_END = /,?\s+(?:inc|llc|ltd|limited|sas|sasu|sa|gmbh|b\.?v|pbc|corp|corporation|sarl|ag|oy|ab|se|s\.a|s\.r\.o|plc)\.?$/i;

/**
 * The abbreviation a name gives in its closing brackets, when it is the initials of its capitalised words before
 * them, or of those after the first ("Amazon Web Services (AWS)", "Google Cloud Platform (GCP)", "Amazon Simple Email
 * Service (SES)"). Other brackets ("SendGrid (Twilio)", "Google (Gemini)") name another company or a product: none.
 */
export function abbreviation(name: string): string | undefined {
  const m = /^([^()]{3,80}?)\s*\(([A-Z][A-Z\d]{1,5})\)$/.exec(cleanText(name));
  if (!m) return undefined;
  const initials = m[1]!
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === m[2] || (initials.length > 2 && initials.slice(1) === m[2]) ? m[2] : undefined;
}

/**
 * The names a text may give an entry by: its name, and its brand without what its parenthesis adds or its legal
 * form ("Supabase Inc." is named "Supabase"; "Google (Gemini Flash)" is named "Google").
 */
export function namesOf(entry: ReadEntry): string[] {
  const name = (entry.name ?? entry.heading).trim();
  const brand = name
    .replace(/\s*\([^()]{0,80}\)\s*$/, '')
    .replace(LEGAL_END, '')
    .trim();
  // "Amazon Web Services (AWS)" is named "AWS" too.
  const short = abbreviation(name);
  return [name, ...(brand && brand !== name ? [brand] : []), ...(short ? [short] : [])];
}

/**
 * The entries a text names, as words of their own: entries are found by the first word of their name, so a
 * text is compared with the few entries its words may name, however many entries and words there are.
 * `byFirstWord`: a text that names only the first word of an entry's name, not followed by another capitalised
 * word ("Certains de nos sous-traitants (Google)…" names "Google Gemini API"; "Google Analytics" names no
 * "Google Workspace").
 */
export function nameIndex(entries: ReadEntry[], byFirstWord = false): (text: string) => ReadEntry[] {
  // Each name an entry may be named by, filed under its words ("Acme 2": "Acme", then "2"; a long name under its first
  // ones): a text's runs of words are looked up, never compared with every entry whose name shares their first word
  // (16,000 entries named "Acme 1", "Acme 2", … made each text compared with all of them).
  const root: NameWords = { next: new Map(), named: [] };
  const byFirst = new Map<string, ReadEntry[]>();
  /** Where an entry is found among the page's (the order of the entries a text names). */
  const order = new Map<ReadEntry, number>();
  const keysOf = new Map<ReadEntry, string[]>();
  for (const [k, e] of entries.entries()) {
    const first = (e.name ?? e.heading).split(WORD_GAP).find(Boolean);
    if (!first || order.has(e)) continue;
    order.set(e, k);
    const list = byFirst.get(first);
    if (list) list.push(e);
    else byFirst.set(first, [e]);
    // Found by its abbreviation too ("AWS" for "Amazon Web Services (AWS)").
    const short = abbreviation(e.name ?? e.heading);
    keysOf.set(e, short && short !== first ? [first, short] : [first]);
    for (const name of new Set(namesOf(e))) {
      if (name.length < 3) continue;
      const words = name.split(WORD_GAP).filter(Boolean);
      if (!words.length) continue;
      let node = root;
      for (const w of words.slice(0, NAME_WORDS)) {
        let next = node.next.get(w);
        if (!next) node.next.set(w, (next = { next: new Map(), named: [] }));
        node = next;
      }
      // Where its first word starts in it ("(Acme)": 1), to find where a run of its words says it.
      node.named.push({ e, name, lead: name.search(/[\p{L}\d]/u) });
    }
  }
  return (text) => {
    const words: string[] = [];
    const starts: number[] = [];
    /** Where each word is said, by the word: the first of them, and each of them for an entry's first word. */
    const wordAt = new Map<string, number[]>();
    for (const m of text.matchAll(WORD)) {
      const at = wordAt.get(m[0]);
      if (at) at.push(words.length);
      else wordAt.set(m[0], [words.length]);
      words.push(m[0]);
      starts.push(m.index);
    }
    const found = new Set<ReadEntry>();
    const said = new Set<string>();
    // A name said in the text is a run of its words: each run that begins a name, as long as it does, compared with the
    // name where the run starts (a search of the whole text for each name was quadratic: a sentence naming 4,000).
    for (let i = 0; i < words.length; i++)
      for (let j = i, node = root.next.get(words[i]!); node !== undefined && j < i + NAME_WORDS; node = node.next.get(words[++j]!))
        for (const { e, name, lead } of node.named)
          if (!found.has(e) && (said.has(name) || (namesAt(text, name, starts[i]! - lead) && said.add(name)))) found.add(e);
    // An entry's first word, said alone: the places the word is said are looked at, not the whole text again. When an
    // entry is named by that word alone ("Google" beside "Google Analytics"), the word names that one, not the others.
    if (byFirstWord)
      for (const [w, at] of wordAt)
        if (
          byFirst.has(w) &&
          /^\p{Lu}[\p{L}\d]{3,}$/u.test(w) &&
          at.some((k) => !/^[\s-]\p{Lu}/u.test(text.slice(starts[k]! + w.length, starts[k]! + w.length + 2)))
        ) {
          const named = byFirst.get(w)!;
          const exact = named.filter((e) => (e.name ?? e.heading).trim() === w);
          for (const e of exact.length ? exact : named) found.add(e);
        }
    // In the order the text's words name them, then the page's.
    const at = (e: ReadEntry) => Math.min(...keysOf.get(e)!.map((w) => wordAt.get(w)?.[0] ?? Infinity));
    return [...found]
      .map((e) => ({ e, at: at(e), k: order.get(e)! }))
      .sort((a, b) => a.at - b.at || a.k - b.k)
      .map((x) => x.e);
  };
}

/** Names filed under their first words: a name's words a text is looked up by, at most. */
const NAME_WORDS = 12;

interface NameWords {
  next: Map<string, NameWords>;
  named: { e: ReadEntry; name: string; lead: number }[];
}

/** What parts a name's or a text's words: any run of characters that are no letter or digit. */
const WORD_GAP = /[^\p{L}\d]+/u;
/** A name's or a text's words: the runs of letters and digits (what `WORD_GAP` parts). */
const WORD = /[\p{L}\d]+/gu;

/** Whether `text` says `name` at `at`, as words of their own (as `names`). */
function namesAt(text: string, name: string, at: number): boolean {
  if (name.length < 3 || at < 0 || !text.startsWith(name, at)) return false;
  const before = text[at - 1];
  const after = text[at + name.length];
  return (before === undefined || !/[\p{L}\d]/u.test(before)) && (after === undefined || !/[\p{L}\d]/u.test(after));
}

const firstWord = (e: ReadEntry) => (e.name ?? e.heading).split(/[^\p{L}\d]+/u).find(Boolean) ?? '';

/**
 * Whether `text` names the entry: its name as a word of its own ("Flow" in "Flow.swiss", not in "Workflow").
 * `alone`: and not followed by another capitalised word ("Google" in "(Google)", not in "Google Analytics").
 */
function names(text: string, name: string, alone = false): boolean {
  if (name.length < 3) return false;
  let at = text.indexOf(name);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + name.length];
    const next = text.slice(at + name.length, at + name.length + 2);
    if (
      (before === undefined || !/[\p{L}\d]/u.test(before)) &&
      (after === undefined || !/[\p{L}\d]/u.test(after)) &&
      !(alone && /^[\s-]\p{Lu}/u.test(next))
    )
      return true;
    at = text.indexOf(name, at + 1);
  }
  return false;
}

/** Words that deny or condition a mechanism: "we do not rely on SCCs", "sans clauses", "may rely on". */
const DENIES = /\b(?:not|no|never|without|may|might|pas|aucun|aucune|sans|jamais|peut|peuvent)\b|\bn['’]/i;

/**
 * A paragraph (with the list it introduces when it ends in a colon) that names entries and says what their
 * transfers rest on ("Trois prestataires sont établis aux États-Unis : Vercel, Resend et Cloudflare. Les
 * transferts correspondants sont encadrés par les clauses contractuelles types"; "… (Supabase, Vercel…). Les
 * transferts sont fondés sur : - les clauses contractuelles types …"): each mechanism a sentence of it names
 * is the named entries'. Entries the paragraph does not name, and a sentence that denies or conditions a mechanism,
 * give nothing; nor does a mechanism under a condition left open ("le DPF ou, le cas échéant, des clauses
 * contractuelles types": neither, `mechanismsIn`).
 */
/**
 * Where a transfer sentence sets some vendors apart from its rule: "…, except for Pavonis, which relies on the DPF",
 * « …, à l'exception de Pavonis, qui s'appuie sur le DPF », "…, other than Pavonis", « sauf pour Pavonis ». The words
 * before are the rule; those from here on speak only of the vendors they name.
 */
const EXCEPT_FOR =
  /,?\s+(?:except(?:\s+for)?|with\s+the\s+exception\s+of|other\s+than|apart\s+from|save\s+for|excluding|à\s+l['’]\s?exception\s+d(?:e|u|es)|sauf(?:\s+pour)?|excepté|hormis)(?!\p{L})/iu;

/** A relative pronoun opening the exception's own predicate: "…, except for Pavonis, which relies on the DPF". */
const OWN_PREDICATE = /,?\s*(?:which|who|that|whose|where|qui|lequel|laquelle|lesquels|lesquelles|dont)(?!\p{L})/iu;

/**
 * A sentence split at its exception (`EXCEPT_FOR`). `excepted`: the words naming the vendors set apart, up to the
 * comma that closes them or a relative pronoun; `own`: the exception's own predicate, from that pronoun to the end
 * ("which relies on the DPF"), empty when it has none; `rule`: the sentence without the exception, its words before
 * and, when a comma closes the exception, after it ("Transfers to the US, other than those to Pavonis, rely on the
 * SCCs" -> "Transfers to the US rely on the SCCs"). With no comma or pronoun to end the names ("All vendors except
 * Pavonis rely on the SCCs"), the words before are the rule when they state a mechanism, else the whole sentence (the
 * excepted vendors are kept from it all the same). Without an exception: the sentence, nothing excepted.
 */
export function ruleAndException(sentence: string): { rule: string; excepted: string; own: string } {
  const m = EXCEPT_FOR.exec(sentence);
  if (!m) return { rule: sentence, excepted: '', own: '' };
  const before = sentence.slice(0, m.index);
  const rest = sentence.slice(m.index + m[0].length);
  const pronoun = OWN_PREDICATE.exec(rest);
  const comma = rest.indexOf(',');
  const end = pronoun && (comma < 0 || pronoun.index <= comma) ? pronoun.index : comma;
  // "…, except where another safeguard applies": an exception that names nothing before its pronoun is all its words.
  if (end < 0) return { rule: mechanismsIn(before).mechanisms.length ? before : sentence, excepted: rest, own: '' };
  if (!rest.slice(0, end).trim()) return { rule: before, excepted: rest, own: '' };
  const after = rest.slice(end);
  if (OWN_PREDICATE.exec(after)?.index === 0) return { rule: before, excepted: rest.slice(0, end), own: after.replace(/^,?\s*/, '') };
  return { rule: `${before} ${after.slice(1).trim()}`, excepted: rest.slice(0, end), own: '' };
}

export function attachParagraphTransfers(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  // An item that is an entry's own speaks of that entry only, not of what the paragraph introduces.
  const entryLines = new Set(entries.map((e) => e.line).filter((l) => l !== undefined));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    const whole = [...sentencesOf(b.text)];
    if (b.text.trim().endsWith(':'))
      for (let j = i + 1; j < blocks.length; j++) {
        const x = blocks[j]!;
        if (x.kind !== 'item') break;
        if (x.line === undefined || !entryLines.has(x.line)) whole.push(x.text);
      }
    // "…, except for Pavonis, which relies on the DPF": the exception speaks of the vendors it names, who get its own
    // mechanism and not the rule's; the rule is everyone else's.
    const split = whole.map(ruleAndException);
    const parts = split.map((x) => x.rule);
    const excepted = new Set<ReadEntry>();
    for (const { excepted: words, own } of split) {
      if (!words) continue;
      const named = namedIn(words);
      for (const e of named) excepted.add(e);
      const said = mechanismsIn(own);
      if (!own || !said.mechanisms.length || said.noTransfer || DENIES.test(own) || PROVIDER_CONDITION.test(own)) continue;
      for (const e of named)
        if (!e.facts.some((f) => f.key === 'transfer' && !AGREEMENT_ONLY.test(f.value)))
          e.facts.push({ label: 'Transfer', value: own.trim(), key: 'transfer' });
    }
    // "DPF lorsque le prestataire y adhère", "the DPF where the provider is certified": a case the page does not
    // settle for any one vendor, so no mechanism of theirs (corpus README, conditional mechanisms).
    const said = parts.filter((s) => mechanismsIn(s).named.length > 0 && !PROVIDER_CONDITION.test(s));
    if (!said.length || said.some((s) => DENIES.test(s) || mechanismsIn(s).noTransfer)) continue;
    // Mechanisms are what the paragraph says of transfers, not a word in passing.
    if (!/transf[eé]r/i.test(parts.join(' '))) continue;
    // An entry's own safeguard that only names an agreement ("DPA Microsoft", "PCI-DSS + DPA" under "Garanties") leaves
    // the paragraph's to say; any other ("Non applicable — EEE", "no restricted transfer", a mechanism) is its own word.
    const ownMechanism = (f: ReadFact) => f.key === 'transfer' && !AGREEMENT_ONLY.test(f.value);
    // A sentence that names vendors speaks of them only ("Transfers to Supabase are covered by the SCCs. Expo relies on
    // the DPF."): its mechanisms are never its neighbours'. One that names none speaks of all the paragraph names.
    const namedBy = said.map((s) => namedIn(s));
    for (const e of namedIn(parts.join(' '))) {
      const value = said.filter((_, k) => !namedBy[k]!.length || namedBy[k]!.includes(e)).join(' ');
      if (value && !excepted.has(e) && !e.facts.some(ownMechanism)) e.facts.push({ label: 'Transfer', value, key: 'transfer' });
    }
  }
}

/**
 * The paragraphs and items of prose that may speak of entries: all but an entry's own item, which speaks of it and
 * is read with its facts.
 */
function proseBlocks(blocks: PageBlock[], entries: ReadEntry[]): Extract<PageBlock, { kind: 'paragraph' | 'item' }>[] {
  const entryLines = new Set(entries.map((e) => e.line).filter((l) => l !== undefined));
  return blocks.filter(
    (b): b is Extract<PageBlock, { kind: 'paragraph' | 'item' }> =>
      b.kind === 'paragraph' || (b.kind === 'item' && !(b.line !== undefined && entryLines.has(b.line))),
  );
}

/** "with SCCs", "under the EU standard contractual clauses", "avec les CCT": the mechanism the vendors named are used under. */
const USED_WITH =
  /(?<!\p{L})(?:with|under|avec|sous)\s+(?:the\s+|les\s+|des\s+)?(?:(?:EU|UE)\s+)?(?:SCCs?|standard contractual clauses|clauses contractuelles types|CCT|DPF|Data Privacy Framework|BCRs?)(?!\p{L})/iu;

/**
 * A clause of prose that names entries and the mechanism they are used under ("we use Anthropic + Higgsfield with
 * SCCs", "Nous utilisons Mistral et Scaleway avec les CCT"): that mechanism for each entry it names whose own words
 * name none. A clause that denies, hedges or conditions says nothing; another clause of the sentence ("no such
 * vendor matches …; we use …") is not read with it.
 */
export function attachClauseMechanisms(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  for (const b of proseBlocks(blocks, entries)) {
    for (const clause of sentencesOf(b.text).flatMap((x) => x.split(/\s*;\s+|\s+[—–]\s+/))) {
      if (!USED_WITH.test(clause)) continue;
      const said = mechanismsIn(clause);
      if (!said.mechanisms.length || said.noTransfer || DENIES.test(clause) || PROVIDER_CONDITION.test(clause)) continue;
      if (CONDITIONAL.test(clause) || HEDGED.test(clause)) continue;
      for (const e of namedIn(clause))
        if (!e.facts.some((f) => f.key === 'transfer' || (f.key === 'dataLocation' && mechanismsIn(f.value).named.length)))
          e.facts.push({ label: 'Transfer', value: clause.trim(), key: 'transfer' });
    }
  }
}

/**
 * A mechanism for the providers that meet a condition: "lorsque le prestataire y adhère", "where the vendor is
 * certified", "the DPF where certified": the sentence gives nothing. Wider than `mechanismsIn`'s open cases (no
 * subject needed); keeping such sentences and reading them through those instead loses a dev fact (readers-v).
 */
const PROVIDER_CONDITION =
  /(?<!\p{L})(?:lorsque|lorsqu['’]|quand|si|s['’]|when|where|if)\s?[^.;:]{0,60}?(?:adh[èeé]r|particip|certifi|self-certif)/iu;
/**
 * "Transfers to the United States", "les transferts vers les États-Unis et les Émirats arabes unis": the places after.
 * "Transfers from the EU to the US", "transferts depuis l'UE vers les États-Unis": where they leave from, then where to.
 * "We transfer data to the US under the DPF", « nous transférons les données vers les États-Unis sur la base des CCT »:
 * the same, the mechanism after the places.
 */
export const TRANSFERS_TO =
  /(?<!\p{L})(?:transfer(?:s|red)?\s+(?:(?:of\s+)?(?:(?:your|our|personal|customer)\s+)?(?:data|information)\s+)?(?:from\s+(?:the\s+)?(?:EU|EEA|UK|European Union|European Economic Area)\s+)?to|(?:transferts?|transf[ée]r(?:ons|ées?|és))\s+(?:(?:de|des|les|vos|nos)\s+données\s+)?(?:(?:depuis|de)\s+l['’]\s?(?:UE|EEE|Union européenne)\s+)?(?:vers|à destination d(?:es?|u)))\s(.{1,120}?)\s(?:are|is|rely|relies|take|takes|under|on the basis of|based on|pursuant to|sont|est|reposent|repose|s'appuient|sur la base d(?:es?|u)|en vertu d(?:es?|u)|sur le fondement d(?:es?|u))(?!\p{L})/iu;

/**
 * A sentence that says by which mechanism transfers to named countries are made ("Les transferts vers les États-Unis
 * sont encadrés par les clauses contractuelles types"): that mechanism for each entry whose data goes to one of them
 * or whose company is there, when nothing of its own names a mechanism. A mechanism named only "where applicable" is
 * no rule for all.
 */
export function attachDestinationTransfers(
  blocks: PageBlock[],
  entries: ReadEntry[],
  /** A fact's key: its own, or (a card's labelled line, "Location: US data centers.") its label's. */
  keyOf: (f: ReadFact) => string | undefined = (f) => f.key,
): void {
  // The entries still without a mechanism, by the places their data or company is in, read once when a sentence first
  // names a destination: each sentence looks its destinations up, never every entry again (a sentence per entry was
  // quadratic: 1,200 entries and 1,200 sentences, 4.8 s reading each entry's facts again for each sentence).
  let waiting: Map<string, Set<ReadEntry>> | undefined;
  let namedIn: ((text: string) => ReadEntry[]) | undefined;
  const placesOf = new Map<ReadEntry, string[]>();
  const waitingIn = (): Map<string, Set<ReadEntry>> => {
    if (waiting) return waiting;
    waiting = new Map();
    for (const e of entries) {
      if (e.facts.some((f) => keyOf(f) === 'transfer' || (keyOf(f) === 'dataLocation' && mechanismsIn(f.value).named.length))) continue;
      // "• Stripe Inc. (USA) — paiements": the country in brackets after the name is where the company is.
      const places = new Set([
        ...e.facts.flatMap((f) =>
          keyOf(f) === 'dataLocation' ? readLocation(f.value).countries : keyOf(f) === 'entityCountry' ? [countryCode(f.value) ?? ''] : [],
        ),
        nameAndEntity(e.name ?? e.heading).country ?? '',
      ]);
      placesOf.set(e, [...places]);
      for (const c of places) waiting.set(c, (waiting.get(c) ?? new Set()).add(e));
    }
    return waiting;
  };
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    for (const sentence of sentencesOf(b.text)) {
      const to = TRANSFERS_TO.exec(sentence);
      if (!to) continue;
      // "…, except for Pavonis, which relies on the DPF": the rule is not for the vendors the exception names
      // (`attachParagraphTransfers` gives them the exception's own words); an exception that names none leaves
      // unsettled whom the rule covers: nothing.
      const { rule: stated, excepted: words } = ruleAndException(sentence);
      const excepted = words ? (namedIn ??= nameIndex(entries, true))(words) : [];
      if (words && !excepted.length) continue;
      // "… SCCs and, where applicable, the DPF": what follows the words that leave the case open is a case, not a rule.
      const conditional = openCaseIn(stated);
      const rule = trimEnd(conditional ? stated.slice(0, conditional.index) : stated);
      const said = mechanismsIn(rule);
      if (!said.mechanisms.length || said.noTransfer || DENIES.test(rule)) continue;
      // "les États-Unis et les Émirats arabes unis", "the US and India": each country, without its article.
      const destinations = to[1]!
        .split(/,\s*|\s(?:and|et|or|ou)\s/)
        .map((w) => countryCode(w.trim().replace(/^(?:les|la|le|l['’]|the)\s*/i, '')))
        .filter((c): c is string => c !== undefined && c !== 'EU' && c !== 'GLOBAL');
      if (!destinations.length) continue;
      const byPlace = waitingIn();
      for (const c of destinations)
        for (const e of [...(byPlace.get(c) ?? [])]) {
          if (excepted.includes(e)) continue;
          e.facts.push({ label: 'Transfer', value: rule, key: 'transfer' });
          // Given a mechanism, it waits no more, in any of its places.
          for (const place of placesOf.get(e)!) byPlace.get(place)!.delete(e);
        }
    }
  }
}

/**
 * "… un transfert hors de l'Union européenne, notamment vers les États-Unis (Vercel Inc., Supabase)", "data is
 * transferred to the United States (Stripe, Postmark)", "transférées aux États-Unis (Postie)": a transfer to one country, the entries it concerns in the
 * brackets after it. That country is where those entries' data goes; entries named elsewhere in the sentence get nothing.
 */
const TRANSFER_TO_PLACE =
  /(?<!\p{L})(?:transf[eé]r\p{L}*)[^.;]*?(?<!\p{L})(?:vers|to|towards|into|aux|au|en|à destination d(?:es|u|e\s+la|e\s+l['’]))\s+(?:(?:les|la|le|the)\s+|l['’])?([^().;,]{2,40}?)\s*\(([^()]+)\)/giu;

/** Words that deny what a sentence says: "no data is transferred", "aucune donnée n'est transférée". */
const NEGATED = /(?<!\p{L})(?:not|no|never|none|pas|aucun|aucune|jamais)(?!\p{L})|(?<!\p{L})n['’]/iu;

function transferredTo(sentence: string, namedIn: (text: string) => ReadEntry[]): { place?: string; entries: ReadEntry[] } {
  if (NEGATED.test(sentence)) return { entries: [] };
  for (const m of sentence.matchAll(TRANSFER_TO_PLACE)) {
    const place = m[1]!.trim();
    const code = countryCode(place);
    if (code === undefined || code === 'EU' || code === 'GLOBAL') continue;
    const entries = namedIn(m[2]!);
    if (entries.length) return { place, entries };
  }
  return { entries: [] };
}

/** A clause's end without the word or comma that led to what was cut ("… (décision 2021/914) et,"). */
const trimEnd = (text: string) => text.replace(/(?:[\s,;]+(?:and|et|ou|or))?[\s,;]*$/i, '');

/**
 * Whether an entry's own facts say where its data is: a place, or a safeguard's cell that names one beside its
 * mechanism ("United States / EU. Standard Contractual Clauses" under "Location / transfer safeguard").
 */
const placeStated = (e: ReadEntry): boolean =>
  e.facts.some(
    (f) =>
      f.key === 'dataLocation' ||
      (f.key === 'transfer' && readLocation(placeAndMechanisms(f.value.slice(0, 2000)).places).countries.length > 0),
  );

/**
 * Facts a sentence of prose states about the entries it names ("The service runs on Exoscale and Flow.swiss
 * ISO27001 certified datacenters located in Switzerland"): the certifications it names and the one country it
 * says the data is in, for each entry it names. A sentence that names no entry says nothing about any.
 */
export function attachSentenceFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  const entryLines = new Set(entries.map((e) => e.line).filter((l) => l !== undefined));
  // Certifications a sentence gives several entries at once ("Our provider (Supabase/AWS) holds SOC 2 Type II"), kept
  // for an entry only when no sentence names it alone with its own ("AWS maintains ISO 27001, SOC 1, SOC 2").
  const shared = new Set<ReadFact>();
  const own = new Set<ReadEntry>();
  for (const b of blocks) {
    // A list item that names one vendor and says it is certified ("Data-centre access only for authorised Hetzner
    // personnel (ISO 27001 certified)", in a list of measures): that certification, and nothing else of the item.
    if (b.kind === 'item') {
      const named = CERTIFIED.test(b.text) && !NOT_YET_HELD.test(b.text) && !OTHER_HOLDER.test(b.text) ? namedIn(b.text) : [];
      const held = named.length === 1 && !(b.line !== undefined && entryLines.has(b.line)) ? heldBy(b.text, named[0]!, namedIn) : [];
      if (held.length && !named[0]!.facts.some((f) => f.key === 'certifications'))
        named[0]!.facts.push({ label: 'Certifications', value: held.join(', '), key: 'certifications' });
      continue;
    }
    if (b.kind !== 'paragraph') continue;
    // Clauses a " ; " sets apart are sentences of their own ("… → AZNetwork (certifié HDS) ; renumérotation Sentry/PostHog").
    for (const sentence of sentencesOf(b.text).flatMap((s) => s.split(/\s;\s/))) {
      const named = namedIn(sentence);
      if (!named.length) continue;
      // A scheme named in prose is a certification only where the sentence says so: "PCI handled by Stripe" is none;
      // nor where it denies it, says it is still to come or no longer held ("Hostora is not ISO 27001 certified",
      // "Quillmail expects to be SOC 2 certified in 2027", « la certification HDS de X a expiré »), nor the
      // publisher's own ("We are ISO 27001 certified and host with X"), nor another party's ("Postie's parent company is
      // ISO 27001 certified", "X requires its suppliers to hold SOC 2").
      const said =
        CERTIFIED.test(sentence) &&
        !NOT_YET_HELD.test(sentence) &&
        !PUBLISHER_SUBJECT.test(sentence.trim()) &&
        !OTHER_HOLDER.test(sentence);
      const certifications = said ? certificationsIn(sentence) : [];
      // A place in the brackets after one of several names is that vendor's ("Octopush (SMS, données hébergées en
      // France)" among other names), not the place of every vendor the sentence names.
      const place = storedIn(named.length > 1 ? sentence.replace(/\([^()]*\)/g, ' ') : sentence);
      const sent = transferredTo(sentence, namedIn);
      for (const e of sent.entries) if (!placeStated(e)) e.facts.push({ label: 'Location', value: sent.place!, key: 'dataLocation' });
      // The schemes are those of the vendors the sentence names before them ("Exoscale and Flow.swiss ISO27001
      // certified datacenters"), not of one it names after ("Acme, ISO 27001 certified, hosts its platform with X").
      const holders = certifications.length ? namedBefore(sentence, namedIn) : [];
      for (const e of named) {
        if (certifications.length && holders.includes(e)) {
          const fact: ReadFact = { label: 'Certifications', value: certifications.join(', '), key: 'certifications' };
          e.facts.push(fact);
          if (named.length === 1) own.add(e);
          else shared.add(fact);
        }
        if (place && !placeStated(e)) e.facts.push({ label: 'Location', value: place, key: 'dataLocation' });
      }
      // "Canva, a US company, …", "X, société américaine, …": the company's country, for the one entry the sentence names.
      const company = named.length === 1 ? companyCountryIn(sentence) : undefined;
      if (company && !named[0]!.facts.some((f) => f.key === 'entityCountry'))
        named[0]!.facts.push({ label: 'Company', value: company, key: 'entityCountry' });
    }
  }
  if (shared.size) for (const e of own) e.facts = e.facts.filter((f) => !shared.has(f));
}

/**
 * The entries a sentence names before the first certification it names: its text up to the end of the shortest
 * start that names one (a binary search over its word ends; the sentence is read up to 600 characters, as
 * `certificationsIn` reads it).
 */
function namedBefore(sentence: string, namedIn: (text: string) => ReadEntry[]): ReadEntry[] {
  const text = sentence.slice(0, 600);
  const ends = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => m.index + m[0].length);
  let low = 0;
  let high = ends.length - 1;
  if (high < 0 || !certificationsIn(text).length) return [];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (certificationsIn(text.slice(0, ends[mid])).length) high = mid;
    else low = mid + 1;
  }
  return namedIn(text.slice(0, ends[low]));
}

/** The schemes a list item says the one vendor it names holds, when it names that vendor before them. */
function heldBy(text: string, e: ReadEntry, namedIn: (text: string) => ReadEntry[]): string[] {
  return !PUBLISHER_SUBJECT.test(text.trim()) && namedBefore(text, namedIn).includes(e) ? certificationsIn(text) : [];
}

/** A table row's label that is a certification's, then whose ("Certification Supabase", "Certifications de Nuagel"). */
/** A row label for measures or certifications held: "Mesures de sécurité", "Security measures", "Certifications". */
const MEASURES_ROW = /^(?:mesures?\s+de\s+s[ée]curit[ée]|security\s+measures?|security|s[ée]curit[ée]|certifications?)$/i;
const CERTIFICATION_ROW = /^(?:certifications?|certificats?)\s+(?:de\s+|d['’]|of\s+)?(.{1,60})$/i;

/**
 * A row of a table of measures or facts whose label is a certification's and one entry's name ("Certifications
 * OVHcloud | ISO/IEC 27001:2022, 27017:2015 …"): the certifications its other cells name, for that entry when
 * nothing else states them.
 */
export function attachCertificationRows(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries);
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const { cells } of b.rows) {
      // "Mesures de sécurité | Stripe PCI-DSS, tokenisation": a row of measures whose item is one vendor's name
      // followed at once by a scheme it holds. Not "PCI handled by Stripe", nor a scheme named apart from a vendor.
      if (cells.length === 2 && MEASURES_ROW.test(cleanText(cells[0]!.replace(/[*_]/g, '')))) {
        for (const item of cleanText(cells[1]!.replace(/[*_]/g, '')).split(/\s*[,;]\s*/)) {
          const named = namedIn(item);
          if (named.length !== 1 || named[0]!.facts.some((f) => f.key === 'certifications')) continue;
          const name = namesOf(named[0]!).find((n) => item.startsWith(n));
          const rest = name ? item.slice(name.length) : '';
          const held = certificationsIn(rest);
          // The item is the name and the schemes, nothing else ("Stripe PCI-DSS", "Hostique ISO 27001 et HDS").
          const left = held.reduce((t, c) => t.replace(c, ' '), rest).replace(/(?<!\p{L})(?:and|et|&|\+)(?!\p{L})/giu, ' ');
          if (held.length && !/\p{L}/u.test(left))
            named[0]!.facts.push({ label: 'Certifications', value: held.join(', '), key: 'certifications' });
        }
        continue;
      }
      const m = CERTIFICATION_ROW.exec(cleanText(cells[0]!.replace(/[*_]/g, '')));
      const named = m ? namedIn(m[1]!) : [];
      if (named.length !== 1 || named[0]!.facts.some((f) => f.key === 'certifications')) continue;
      const found = cells.slice(1).flatMap((c) => certificationsIn(c.replace(/[*_]/g, '')));
      if (found.length) named[0]!.facts.push({ label: 'Certifications', value: found.join(', '), key: 'certifications' });
    }
  }
}

/** A heading that names the sub-processors themselves (not "AI providers", not "Affiliates"). */
const SUBPROCESSORS_HEADING = /sub-?processors?|sous-traitants?|subprocesseurs?/i;

/** A name without what its parenthesis adds, to compare: "**Anthropic** (Claude)" and "Anthropic" are one vendor. */
const baseName = (name: string) =>
  name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Tables of one page under different headings, one of them the sub-processors' ("Sous-traitants") and another
 * whose rows are mostly the same vendors ("Traitement des données par les fournisseurs d'IA: Anthropic
 * (Claude) | États-Unis | N'entraîne pas…"): the other table states facts about the sub-processors, not new
 * ones. Its rows' facts go to the entries they name; a row that names none is reported, never dropped in
 * silence. `headings`: the heading of each table of entries, in page order.
 */
export function mergeFactTables(entries: ReadEntry[], headings: string[]): { entries: ReadEntry[]; unread: Unread[] } {
  const distinct = [...new Set(headings)];
  const main = distinct.filter((h) => SUBPROCESSORS_HEADING.test(h));
  if (distinct.length < 2 || main.length !== 1) return { entries, unread: [] };
  const mainEntries = entries.filter((e) => e.group === main[0]);
  const byName = new Map(mainEntries.map((e) => [baseName(e.name ?? e.heading), e]));
  const unread: Unread[] = [];
  let out = entries;
  for (const h of distinct) {
    if (h === main[0]) continue;
    const rows = entries.filter((e) => e.group === h);
    const matched = rows.filter((r) => byName.has(baseName(r.name ?? r.heading)));
    if (!rows.length || matched.length * 2 < rows.length) continue;
    for (const r of matched) byName.get(baseName(r.name ?? r.heading))!.facts.push(...r.facts);
    for (const r of rows) if (!matched.includes(r)) unread.push({ kind: 'rowNotAmong', data: { name: r.name ?? r.heading, table: h } });
    out = out.filter((e) => !rows.includes(e));
  }
  // One table of entries left: its heading was a group only to tell the tables apart.
  if (out.every((e) => e.group === main[0])) for (const e of out) delete e.group;
  return { entries: out, unread };
}

/** Words by which a paragraph speaks of the rows above it as a whole: "Ces cinq", "each of these providers". */
const COLLECTIVE = /(?<!\p{L})(?:ces|these|those|each\s+of|chacun|chacune|all\s+of\s+them|tous|toutes)(?!\p{L})/iu;
/**
 * Words that speak of only some of the rows: "Certaines de ces sociétés", "some of these providers", "l'un de ces
 * prestataires". What such a paragraph says is not said of each row.
 */
const PARTITIVE =
  /(?<!\p{L})(?:certaine?s|quelques-une?s|plusieurs|la plupart|l['’]une?|une?|deux|trois|some|several|most|many|a few|one|two|three)\s+(?:de|d['’]|of)\s*(?:ces|these|those|them|eux|elles)(?!\p{L})/giu;
/**
 * The same with the rows named as the list's: "some of the providers above", "some of our sub-processors", « certains
 * de nos prestataires », « certains des sous-traitants ci-dessus ». Only words of quantity that never mean all.
 */
const PARTITIVE_OF_LIST =
  /(?<!\p{L})(?:certaine?s|quelques-une?s|plusieurs|la plupart|some|several|most|many|a few)\s+(?:de|des|d['’]|of)\s*(?:(?:our|the|nos|les)\s+)?(?:(?:sub-?processors?|providers?|vendors?|suppliers?|service providers?|companies|sous-traitants?(?:\s+ult[ée]rieurs)?|prestataires?|fournisseurs?|soci[ée]t[ée]s|entreprises)(?!\p{L}))/giu;
/** Whether a paragraph speaks of the rows above it as a whole, not of some of them. */
const speaksOfAll = (text: string) => COLLECTIVE.test(text.replace(PARTITIVE, ' ').replace(PARTITIVE_OF_LIST, ' '));
/** Whether a text speaks of some of the rows it is about ("Certaines de ces sociétés", "one of these providers"). */
const PARTITIVE_ONCE = [new RegExp(PARTITIVE.source, 'iu'), new RegExp(PARTITIVE_OF_LIST.source, 'iu')];
export const speaksOfSome = (text: string) => PARTITIVE_ONCE.some((words) => words.test(text));

/**
 * A paragraph under a table, before the next heading or table, that speaks of the table's rows as a whole and
 * names a transfer mechanism ("Ces cinq sont aux États-Unis. Le transfert repose sur les clauses contractuelles
 * types …, que chacun de ces fournisseurs intègre à ses conditions."): the mechanism is each row's. Rows of
 * another table are not concerned.
 */
export function attachTableParagraphs(blocks: PageBlock[], entries: ReadEntry[]): void {
  let namedIn: ((text: string) => ReadEntry[]) | undefined;
  // Where each entry is in the list, by the line it was read from.
  const atLine = new Map<number, number[]>();
  entries.forEach((e, k) => {
    if (e.line === undefined) return;
    const at = atLine.get(e.line);
    if (at) at.push(k);
    else atLine.set(e.line, [k]);
  });
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const lines = new Set(b.rows.map((r) => r.line).filter((l) => l !== undefined));
    // The entries read from the table's rows, in the list's order.
    const rows = [...lines]
      .flatMap((l) => atLine.get(l) ?? [])
      .sort((x, y) => x - y)
      .map((k) => entries[k]!);
    if (!rows.length) return;
    for (let j = i + 1; j < blocks.length; j++) {
      const p = blocks[j]!;
      if (p.kind === 'heading' || p.kind === 'table') break;
      if (p.kind !== 'paragraph') continue;
      // "…, other than those to Pavonis, rely on the SCCs": what the paragraph says of all is its rules, said of the rows
      // its exceptions do not set apart; an exception that names no row leaves unsettled which rows it covers.
      const split = sentencesOf(p.text).map(ruleAndException);
      const rules = split.map((x) => x.rule).join(' ');
      if (!speaksOfAll(rules)) continue;
      // "Some of these providers transfer data outside the EU; these transfers rely on SCCs", « Certains de ces
      // prestataires … ; ces transferts sont encadrés par les CCT »: "these" there points at the transfers of some rows,
      // not at the rows as a whole; what the paragraph says is not each row's (the page-wide reading keeps the
      // mechanism for the rows whose data leaves the EEA).
      if (speaksOfSome(p.text)) continue;
      const excepted = new Set<ReadEntry>();
      for (const x of split) if (x.excepted) for (const e of (namedIn ??= nameIndex(entries, true))(x.excepted)) excepted.add(e);
      if (split.some((x) => x.excepted) && !excepted.size) continue;
      attachRowsPlace(rules, rows);
      const said = mechanismsIn(rules);
      if (!said.mechanisms.length || said.noTransfer) continue;
      const sentence = split.map((x) => x.rule).find((s) => mechanismsIn(s).named.length) ?? rules;
      for (const e of rows)
        if (!excepted.has(e) && !e.facts.some((f) => f.key === 'transfer'))
          e.facts.push({ label: 'Transfer', value: sentence, key: 'transfer' });
    }
  });
}

/**
 * "Ces cinq sont aux États-Unis", "These providers are all located in Canada": the rows above, as a whole, and their
 * place. Only the parties or their count are the subject: "Ces données sont hébergées en France" speaks of data.
 */
const ROWS_ARE_IN =
  /^(?:ces|these|those|all of these|all of them)(?:\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten|\d{1,2}))?(?:\s+(?:prestataires|fournisseurs|sous-traitants|sociétés|services|providers|vendors|sub-?processors|companies))?\s+(?:sont|are)\s+(?:(?:all|tous|toutes|based|located|hosted|situ[ée]e?s|h[ée]berg[ée]e?s)\s+)*(?:in|en|aux|au|à|dans)\s+([^.;:]+)/iu;
const COUNT_WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * A sentence under a table that places its rows as a whole ("Ces cinq sont aux États-Unis."): that place, for each row
 * whose own words name no country ("ENAM (Amérique du Nord)"). A count that is not the table's ("Ces deux" under five
 * rows) speaks of some rows only: nothing.
 */
function attachRowsPlace(text: string, rows: ReadEntry[]): void {
  for (const s of sentencesOf(text)) {
    const m = ROWS_ARE_IN.exec(s.trim());
    if (!m || CONDITIONAL.test(s) || HEDGED.test(s)) continue;
    const word = m[1]?.toLowerCase();
    const count = word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word];
    if (count !== undefined && count !== rows.length) continue;
    const place = m[2]!.trim();
    const said = readLocation(place).countries;
    if (!said.length || said.includes('GLOBAL')) continue;
    for (const e of rows)
      if (e.facts.filter((f) => f.key === 'dataLocation').every((f) => !readLocation(f.value).countries.length))
        e.facts.push({ label: 'Hosting', value: place, key: 'dataLocation', adds: true });
    return;
  }
}

/** The vendor a link's words call the website of ("Matomo website", "site de Matomo", "Matomo homepage"), lower case. */
function siteOwner(linkText: string): string | undefined {
  const t = linkText.toLowerCase().replace(/^(?:the|le|la)\s+/, '');
  const m = /^(.+?)\s+(?:website|web site|homepage)$/.exec(t) ?? /^site (?:web |internet )?de\s+(.+)$/.exec(t);
  return m?.[1]!.trim();
}

/** A link in prose whose words call it the vendor's website ("See the [Matomo website](…)"): the entry's url. */
export function attachSiteLinks(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byName = new Map<string, ReadEntry>();
  for (const e of entries) if (!byName.has((e.name ?? e.heading).toLowerCase())) byName.set((e.name ?? e.heading).toLowerCase(), e);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.links) continue;
    for (const link of b.links) {
      if (!link.href || !/^https?:\/\//i.test(link.href)) continue;
      const owner = siteOwner(link.text.slice(0, 200));
      const entry = owner !== undefined ? byName.get(owner) : undefined;
      if (entry && !entry.facts.some((f) => f.key === 'website')) entry.facts.push({ label: 'Website', value: link.href, key: 'website' });
    }
  }
}

/** What a card's labelled line may state about its vendor: "Cadre du transfert hors UE : …", "Localisation : …". */
const CARD_KEYS: ReadonlySet<string> = new Set(['transfer', 'dataLocation', 'access', 'certifications', 'trainsOnCustomerData']);

/**
 * A vendor's card in prose: a paragraph that is its name then a parenthesis ("**Formspree** (Formspree Inc.,
 * Boston, États-Unis)"), then paragraphs up to the next such paragraph or heading. The parenthesis gives the
 * entity (by its legal form) and the country of the address after it; a short labelled line of the card
 * ("Cadre du transfert hors UE : Clauses Contractuelles Types …") gives the fact its label names.
 */
export function attachCardFacts(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byLine = new Map<number, ReadEntry>();
  for (const e of entries) if (e.line !== undefined && !byLine.has(e.line)) byLine.set(e.line, e);
  const opens = (b: PageBlock, e: ReadEntry) =>
    b.kind === 'paragraph' && b.text.startsWith(`${e.name ?? e.heading} (`) && b.text.endsWith(')');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const entry = b.kind === 'paragraph' && b.line !== undefined ? byLine.get(b.line) : undefined;
    if (!entry || !opens(b, entry) || b.kind !== 'paragraph') continue;
    const inner = b.text.slice((entry.name ?? entry.heading).length + 2, -1);
    const entity = entityIn(inner);
    if (entity && (inner === entity || inner.startsWith(`${entity}, `))) {
      if (entry.entity === undefined) entry.entity = entity;
      const address = inner.slice(entity.length).replace(/^,\s*/, '');
      const parts = address.split(/,\s*/);
      if (address && (addressCountry(address) ?? countryCode(parts[parts.length - 1]!)))
        entry.facts.push({ label: 'Address', value: address, key: 'entityCountry' });
    }
    for (let j = i + 1; j < blocks.length; j++) {
      const x = blocks[j]!;
      if (x.kind === 'heading' || x.kind === 'table') break;
      if (x.kind !== 'paragraph') continue;
      if (x.strong?.length && x.text.startsWith(x.strong[0]!)) break;
      const m = /^([^:]{3,60}?)\s*:\s+(.+)$/.exec(x.text);
      const key = m && m[1]!.split(/\s+/).length <= 6 ? columnMatch(m[1]!)?.key : undefined;
      if (key && CARD_KEYS.has(key) && !entry.facts.some((f) => f.key === key))
        entry.facts.push({ label: m![1]!, value: m![2]!.trim(), key });
    }
  }
}

/** "… are all located in the United States:", "Ce sous-traitant est situé au Royaume-Uni :": where the parties are. */
const LOCATED =
  /\b(?:located|based|headquartered|established|incorporated)\s+in\s+|(?<!\p{L})(?:situés?|situées?|basés?|basées?|établis?|établies?|implantés?|implantées?)\s+(?:en|aux|au|à)\s+/iu;

/**
 * A sentence that introduces a list of sub-processors and says where they are ("These subprocessors are all
 * located in the United States:" over "- Stripe - payments"): the country is each listed entry's, when the
 * sentence names one country. Entries of another list are not concerned.
 */
export function attachListLocations(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byLine = new Map<number, ReadEntry>();
  for (const e of entries) if (e.line !== undefined) byLine.set(e.line, e);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !b.text.trim().endsWith(':') || !PARTY_WORDS_ONE.test(b.text)) continue;
    const sentence = sentencesOf(b.text).pop()!;
    const m = LOCATED.exec(sentence);
    if (!m) continue;
    const place = sentence
      .slice(m.index + m[0].length)
      .replace(/\s*:\s*$/, '')
      .trim();
    const code = countryCode(place);
    if (!code || code === 'EU' || code === 'GLOBAL') continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const x = blocks[j]!;
      if (x.kind !== 'item') break;
      const entry = x.line !== undefined ? byLine.get(x.line) : undefined;
      if (entry && !entry.facts.some((f) => f.key === 'entityCountry'))
        entry.facts.push({ label: 'Located', value: place, key: 'entityCountry' });
    }
  }
}

/** One party or several: "This subprocessor", "these vendors", "ce sous-traitant". */
const PARTY_WORDS_ONE = /sub-?processors?|sous-traitants?|sub-?contractors?|vendors?|service providers?|prestataires?|fournisseurs?/i;

/** Words that make a place a possibility, not where the data is: "may be hosted in the US", "si nécessaire". */
const CONDITIONAL = /(?<!\p{L})(?:may|might|could|can|if|unless|when|where|peut|peuvent|pourrait|pourraient|si|lorsque)(?!\p{L})/iu;

/**
 * An entry's own description that says where its data is ("Managed PostgreSQL … Currently hosted in
 * Singapore; see §9."): the one country a sentence of it says the data is stored or hosted in, for an entry
 * whose place nothing else states. A conditional sentence ("may be hosted in the US") states no place.
 */
/** "Données transférées aux États-Unis", "data transferred to the United States": the data, sent to one country. */
const SENT_TO =
  /(?<!\p{L})(?:donn[ée]es\s+(?:sont\s+)?transf[ée]r[ée]es|data\s+(?:is\s+|are\s+)?transferred)\s+(?:vers\s+(?:les?\s+|la\s+|l['’]\s?)?|aux\s+|au\s+|en\s+|to\s+(?:the\s+)?)([^().,;:]{2,40}?)\s*(?:\(|[.,;:]|$)/iu;

/**
 * The country an entry's own sentence says its data is sent to ("Hébergement du site. Données transférées aux
 * États-Unis (clauses contractuelles types)."): where the data goes (corpus README, a place in the sentences of an
 * item). Not a sentence that denies it ("ne sont pas transférées"), nor a place that is no one country.
 */
function sentTo(sentence: string): string | undefined {
  if (NEGATED.test(sentence)) return undefined;
  const place = SENT_TO.exec(sentence)?.[1]?.trim();
  const code = place !== undefined ? countryCode(place) : undefined;
  return code !== undefined && code !== 'EU' && code !== 'GLOBAL' ? place : undefined;
}

export function attachDescriptionPlaces(entries: ReadEntry[]): void {
  for (const e of entries) {
    if (e.facts.some((f) => f.key === 'dataLocation' || f.label.toLowerCase() === 'data location')) continue;
    const description = e.facts.find((f) => f.key === 'purpose');
    if (!description) continue;
    const sentences = sentencesOf(description.value).filter((s) => !CONDITIONAL.test(s));
    // "Mumbai region (ap-south-1). Where the log archive is kept.": a sentence that is a place and nothing else.
    // "Application and API hosting. United States.": a country's name of several words is such a sentence too.
    const placeOnly = sentences
      .map((s) => s.trim().replace(/\.$/, ''))
      .find(
        (s) =>
          s.split(' ').length <= 4 &&
          (placeCode(s.split(' ')[0]!.replace(/[,;:]$/, '')) !== undefined || countryCode(s) !== undefined) &&
          readLocation(s).countries.length > 0,
      );
    const place =
      sentences.map(storedIn).find((p) => p !== undefined) ??
      placeOnly ??
      sentences.map(sentTo).find((p) => p !== undefined) ??
      sentences.map(machinesPlace).find((p) => p);
    if (place) e.facts.push({ label: 'Stored in', value: place, key: 'dataLocation' });
  }
}

/** "location: …", "Location of processing: …", "lieu de traitement : …" closing a clause of a description. */
const PLACE_LABEL =
  /(?:^|[,;–—]\s?)(?:(?:data\s|server\s)?location(?:\sof\s(?:processing|data|storage|hosting))?|lieu(?:\sde\s(?:traitement|stockage|l['’]h[ée]bergement))?|localisation(?:\sdes\s(?:données|serveurs))?)\s?:\s([^:;]{2,60})$/iu;

/**
 * A clause of a description that labels the place ("Hosting as a CSP, location: AWS EU (Paris)", "… delivery.
 * Location of processing: USA, Azure"): the place from its first word that is one (the provider's name before it,
 * "AWS", is none). Undefined when no word of it is a place.
 */
export function labelledPlace(sentence: string): string | undefined {
  // "location: EU, or the US if the customer asks": a case, not the place.
  const m = CONDITIONAL.test(sentence) ? null : PLACE_LABEL.exec(sentence.trim().replace(/\.$/, ''));
  if (!m) return undefined;
  const words = m[1]!.trim().split(' ');
  const at = words.findIndex((w) => placeCode(w.replace(/[,;:]$/, '')) !== undefined);
  if (at < 0 || at > 2) return undefined;
  const place = words.slice(at).join(' ');
  return readLocation(place).countries.length ? place : undefined;
}

/** The machines that hold the data, as a sentence names them beside their place: "Serveurs", "EU servers", "hosting". */
const MACHINES = /^(?:serveurs?|servers?|h[ée]bergement|hosting|data\s?cent(?:er|re)s?|centres?\s+de\s+donn[ée]es)$/iu;

/**
 * A sentence that is only the machines and their place, in either order ("Serveurs UE (AWS eu-west-1).", "EU servers
 * (Frankfurt)."): the place, without the noun. Undefined when the other words are no place ("Serveurs mutualisés.",
 * "Servers managed by Acme.").
 */
function machinesPlace(sentence: string): string | undefined {
  const s = sentence.trim().replace(/\.$/, '');
  const bracket = /\s\([^()]{1,60}\)$/.exec(s);
  const words = (bracket ? s.slice(0, bracket.index) : s).split(' ');
  if (words.length !== 2) return undefined;
  const at = MACHINES.test(words[0]!) ? 1 : MACHINES.test(words[1]!) ? 0 : -1;
  if (at < 0 || placeCode(words[at]!) === undefined) return undefined;
  const place = words[at]! + (bracket?.[0] ?? '');
  return readLocation(place).countries.length ? place : undefined;
}

/**
 * Words that say the data stays in a place, by denying it leaves: "no storage outside EU", "data not transferred
 * outside the EU", "never leaves the EEA", "aucun transfert hors UE", "les données ne quittent pas l'UE". The place is
 * the group.
 */
const STAYS_IN =
  /(?<!\p{L})(?:(?:no|aucune?|pas de)\s+(?:storage|transfers?|processing|hosting|stockage|transferts?|traitement|hébergement)|(?:not|never)\s+(?:be\s+)?(?:stored|transferred|processed|hosted)|(?:ne\s+sont|n['’]est|ne\s+seront|ne\s+sera)\s+(?:pas|jamais)\s+(?:stockées?|transférées?|traitées?|hébergées?))\s+(?:outside|out of|hors|en dehors)\s+(?:of\s+|de\s+|d['’]|l['’]|la\s+|le\s+|the\s+)*([^.,;()]{2,40})|(?<!\p{L})(?:never\s+leaves?|do(?:es)?\s+not\s+leave|ne\s+quitte(?:nt)?\s+(?:pas|jamais))\s+(?:l['’]|la\s+|le\s+|the\s+)?([^.,;()]{2,40})/iu;

/** "Transfert hors UE", "Transfer outside the EEA?": a label that asks whether the data leaves the EU/EEA. */
const ASKS_LEAVING_EU =
  /^(?:transferts?|transfers?)\s+(?:hors|outside|out of|en dehors)\s+(?:de\s+|d['’]|l['’]|la\s+|the\s+|of\s+)*(?:UE|EEE|EU|EEA|Union européenne|European Union)\s*\??$/iu;

/**
 * A line of an entry that says its data stays in one place by denying it leaves ("Sovereignty: no storage outside
 * EU", "Pas de transfert hors UE" in a transfer column, "Transfert hors UE : Non"): that place, added to the entry's
 * own (corpus README: a denial of transfer out of the EU states that the data stays in the EU). Only a place the words
 * name whole (one country or the EU), and not beside a place of the entry's own outside it (the denial would not hold).
 */
export function attachStaysIn(entries: ReadEntry[]): void {
  // Each text read once: a page-wide statement is a fact of every entry it names.
  const staysIn = once((text: string) => {
    const m = STAYS_IN.exec(text);
    return m ? { place: (m[1] ?? m[2])?.trim(), conditional: CONDITIONAL.test(text.slice(0, m.index)) } : undefined;
  });
  for (const e of entries)
    for (const f of [...e.facts]) {
      const m = staysIn(f.value);
      const denied = f.label !== undefined && ASKS_LEAVING_EU.test(f.label.trim()) && NO_ANSWER.test(f.value.trim());
      // "Intra-EEA" in a transfer column: the transfer stays within the EEA, a denial that it leaves.
      const within = (f.key ?? columnMatch(f.label)?.key) === 'transfer' && INTRA_EEA.test(f.value.trim());
      const place = denied || within ? 'EU' : m?.place;
      if (!place || m?.conditional) continue;
      const where = readLocation(place);
      if (where.countries.length !== 1 || where.countries[0] === 'GLOBAL' || where.note !== undefined) continue;
      const own = e.facts.flatMap((o) => ((o.key ?? columnMatch(o.label)?.key) === 'dataLocation' ? readLocation(o.value).countries : []));
      if (where.countries[0] === 'EU' && own.some((c) => c !== 'EU' && !isEEA(c))) continue;
      e.facts.push({ label: f.label, value: place, key: 'dataLocation', adds: true });
    }
}

/** A transfer within the EU/EEA, the whole of a transfer cell: "Intra-EEA", "Intra-EU transfer", "Intra-UE". */
const INTRA_EEA = /^intra[- ]?(?:EEA|EU|UE|EEE)(?: transfers?| transferts?)?\.?$/i;

/** A bare "no": "Non", "No", "Aucun". */
const NO_ANSWER = /^(?:non|no|aucun|none)\.?$/i;

/**
 * An entry's own description that opens by saying what company it is ("Indian SMS provider, registered …", "A US
 * company that …"): that company's country, for an entry whose country nothing else states. Only the first
 * sentence, which speaks of the vendor itself.
 */
/** "Resend entity is US", "the Acme entity is based in Ireland": the vendor's entity, then its country. */
const ENTITY_IS = /^(?:the\s+)?(.{1,60}?)\s+entity\s+is\s+(?:in\s+|based\s+in\s+|located\s+in\s+)?(?:the\s+)?(\p{L}[\p{L} .-]{1,30})$/iu;
/** "Vercel Inc. is US-incorporated", "Acme Ltd is incorporated in the United Kingdom": a company, then its country. */
const IS_INCORPORATED =
  /^(.{1,60}?)\s+is\s+(?:an?\s+)?(?:(\p{L}[\p{L}.]{1,20})-(?:incorporated|headquartered|registered)(?:\s+(?:company|entity))?|(?:incorporated|registered|headquartered)\s+in\s+(?:the\s+)?(\p{L}[\p{L} .-]{1,30}))$/iu;
/** "Acme SAS est immatriculée en France", "l'entité Acme est établie aux États-Unis". */
const EST_IMMATRICULEE =
  /^(?:l['’]entit[ée]\s+)?(.{1,60}?)\s+est\s+(?:une\s+(?:soci[ée]t[ée]|entit[ée])\s+)?(?:immatricul[ée]e?|constitu[ée]e?|[ée]tablie?|enregistr[ée]e?)\s+(?:en|aux|au|à)\s+(\p{L}[\p{L} .'’-]{1,30})$/iu;

/**
 * A clause of an entry's cells or lines that says where its entity is incorporated ("Resend entity is US", "Vercel Inc.
 * is US-incorporated; SCCs from the DPA cover entity-level access", "Acme SAS est immatriculée en France"): the
 * entity's country, and the company when the clause names it with its legal form; only when the clause's subject names
 * the entry, and the entry states no country of its entity.
 */
export function attachIncorporation(entries: ReadEntry[]): void {
  for (const e of entries) {
    if (e.facts.some((f) => f.key === 'entityCountry')) continue;
    const brand = lowerText(withoutLegalForm(e.name ?? e.heading)).split(/[\s(,]/)[0] ?? '';
    if (brand.length < 2) continue;
    const clauses = e.facts.flatMap((f) =>
      f.value
        .slice(0, 2000)
        .split(/\s*[;()]\s*|,\s+|(?<!\b(?:Inc|Ltd|Corp|Co|Inc\.\s\w{1,3}))\.(?:\s+|$)/)
        .map((c) => c.trim())
        .filter((c) => c.length > 4),
    );
    for (const clause of clauses) {
      const m = ENTITY_IS.exec(clause) ?? IS_INCORPORATED.exec(clause) ?? EST_IMMATRICULEE.exec(clause);
      const subject = m?.[1]?.trim();
      const place = m ? (m[2] ?? m[3])?.trim() : undefined;
      if (!subject || !place || !lowerText(subject).includes(brand)) continue;
      const code = countryCode(place);
      if (code === undefined || code === 'EU' || code === 'GLOBAL') continue;
      e.facts.push({ label: clause, value: place, key: 'entityCountry' });
      if (e.entity === undefined && entityIn(subject) === subject && subject !== e.name) e.entity = subject;
      break;
    }
  }
}

export function attachDescriptionCompany(entries: ReadEntry[]): void {
  for (const e of entries) {
    if (e.facts.some((f) => f.key === 'entityCountry')) continue;
    const description = e.facts.find((f) => f.key === 'purpose');
    const first = description ? sentencesOf(description.value)[0]?.split(/[,;]/)[0] : undefined;
    const country = first !== undefined ? vendorNationality(first) : undefined;
    if (country) e.facts.push({ label: 'Company', value: first!.trim(), key: 'entityCountry' });
  }
}

/** What an agreement's cell may list beside the agreement: "DPA", "DPA signé", "contrat", "ToS". */
const AGREEMENT_PART = /^(?:dpa|dpa sign[ée]|contrat|contract|accord|agreement|tos|cgu|signed|sign[ée])$/i;

/**
 * The cells of an agreement's or a safeguards' column read for the other facts they state: "✅ Entreprise belge",
 * "société irlandaise" (the company's country, for an entry whose country nothing else states), "✅ PCI DSS + DPA"
 * (schemes listed beside the agreement, each part of the cell a scheme or the agreement: what the vendor holds).
 */
export function attachAgreementCellFacts(entries: ReadEntry[]): void {
  // A page-wide statement is the cell of every entry it names ("… covered by the SCCs for A, B, C, …"): each cell's
  // words are read once, not once for each entry.
  const companyOf = once(companyCountryIn);
  const schemesOf = once((cell: string): string | undefined => {
    const parts = cell
      .replace(/[^\p{L}\d\s+,;/&.-]/gu, ' ')
      .split(/\s*[+,;/&]\s*|\s+(?:et|and)\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const schemes = parts.flatMap((p) => (AGREEMENT_PART.test(p) ? [] : certificationsIn(p)));
    return schemes.length && parts.every((p) => AGREEMENT_PART.test(p) || certificationsIn(p).length === 1)
      ? schemes.join(', ')
      : undefined;
  });
  for (const e of entries) {
    const cells = e.facts.filter((f) => (f.key === 'dpa' || f.key === 'transfer') && !/^https?:\/\//i.test(f.value));
    const company = e.facts.some((f) => f.key === 'entityCountry') ? undefined : cells.map((f) => companyOf(f.value)).find(Boolean);
    if (company) e.facts.push({ label: 'Company', value: company, key: 'entityCountry' });
    for (const f of cells) {
      const schemes = schemesOf(f.value);
      if (schemes !== undefined) e.facts.push({ label: 'Certifications', value: schemes, key: 'certifications' });
    }
  }
}

/** `read`, remembering what it gave for each text: a text many entries share is read once. */
export function once<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

/** "Mêmes garanties que Cloudflare ci-dessus", "Same safeguards as Stripe above": the words that point to another row. */
const SAME_AS =
  /^(?:les\s+)?m[êe]mes?\s+(?:garanties?|m[ée]canismes?|conditions?)\s+que\s+(?:pour\s+)?(.+?)(?:\s+ci-dessus|\s+plus\s+haut)?\.?$|^(?:the\s+)?same\s+(?:safeguards?|guarantees?|mechanisms?|terms)\s+as\s+(?:for\s+)?(.+?)(?:\s+above)?\.?$/i;

/**
 * A transfer cell that says an entry's safeguards are another's ("Mêmes garanties que Cloudflare ci-dessus"): the
 * transfer facts of the one entry it names, for this one. A cell naming no entry, or two, says nothing more.
 */
export function attachSameTransfers(entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries);
  for (const e of entries) {
    const own = e.facts.filter((f) => f.key === 'transfer');
    if (own.length !== 1) continue;
    const m = SAME_AS.exec(own[0]!.value.trim());
    if (!m) continue;
    const named = namedIn(m[1] ?? m[2] ?? '').filter((x) => x !== e);
    if (named.length !== 1) continue;
    const theirs = named[0]!.facts.filter((f) => f.key === 'transfer' && !SAME_AS.test(f.value.trim()));
    if (theirs.length) e.facts.push(...theirs.map((f) => ({ ...f })));
  }
}

/** A labelled sentence whose label is a column's: "Location: Frankfurt (fra1)." */
const LABELLED = /^([^:]{2,40}?)\s?:\s(.+)$/;

/**
 * A labelled sentence inside an entry's description ("Website chat widget. Transfer mechanism: Standard Contractual
 * Clauses (…)."): the fact its label names, as a column of that name would give it, when the entry states none of
 * that kind. Only the mechanism and the certifications: a place in a description is read by `attachDescriptionPlaces`.
 */
export function attachDescriptionLabels(entries: ReadEntry[]): void {
  for (const e of entries) {
    const description = e.facts.find((f) => f.key === 'purpose');
    if (!description) continue;
    for (const sentence of sentencesOf(description.value)) {
      const m = LABELLED.exec(sentence.trim());
      const key = m ? columnMatch(m[1]!) : undefined;
      if (!m || !key?.exact || (key.key !== 'transfer' && key.key !== 'certifications')) continue;
      if (!e.facts.some((f) => f.key === key.key)) e.facts.push({ label: m[1]!.trim(), value: m[2]!.replace(/\.$/, ''), key: key.key });
    }
  }
}

/** A transfer only possible or still to be checked: "transfert potentiel", "à confirmer", "to be confirmed". */
export const HEDGED =
  /(?<!\p{L})(?:potentiel(?:le)?s?|éventuel(?:le)?s?|à confirmer|à vérifier|possible|potential|to be (?:confirmed|checked|verified)|tbc)(?!\p{L})/iu;

/**
 * A sentence of an entry's own description that names the mechanism its transfers rest on ("**Stripe Inc.**
 * (paiements) — États-Unis. Transfert encadré par les Clauses Contractuelles Types (CCT)", "… CCT applicables."):
 * that mechanism, for an entry that states none elsewhere. Not a sentence that makes it a case ("may", "where
 * applicable", "si nécessaire"), denies a transfer, or offers two mechanisms as alternatives.
 */
function statesMechanism(s: string): boolean {
  const said = mechanismsIn(s);
  // "CCT et, le cas échéant, le DPF": the mechanisms words leave open are none of `mechanismsIn`'s, the others stand.
  if (!said.mechanisms.length || said.noTransfer || CONDITIONAL.test(s)) return false;
  // "SCCs or the DPF": alternatives are no mechanism of `mechanismsIn` (which one applies is not said).
  return !HEDGED.test(s);
}

export function attachDescriptionMechanisms(entries: ReadEntry[]): void {
  for (const e of entries) {
    if (e.facts.some((f) => f.key === 'transfer')) continue;
    const description = e.facts.find((f) => f.key === 'purpose');
    if (!description) continue;
    const sentence = sentencesOf(description.value).find(statesMechanism);
    if (sentence) e.facts.push({ label: 'Transfer', value: sentence.trim().replace(/\.$/, ''), key: 'transfer' });
  }
}

/** A heading that says the section is about where the data is: "Where your data is stored", "Où vos données sont hébergées". */
const WHERE_HEADING =
  /where[^.]{0,40}(?:stored|hosted|kept|located|processed)|(?:data|hosting) (?:location|residency)|où[^.]{0,40}(?:hébergées|stockées|conservées|localisées|traitées)|localisation des données|hébergement des données/i;

/** The text up to the first comma, semicolon or full stop outside parentheses: "région Europe (Francfort, Allemagne)". */
function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,;.]/.test(ch) && (i + 1 === text.length || text[i + 1] === ' ')) return text.slice(0, i).trim();
  }
  return text.trim();
}

/**
 * A list under a heading about where the data is, each item a kind of data then the vendor that keeps it and where
 * ("Photos : Cloudflare R2, région EU", "Profile photos: Cloudflare R2, on Cloudflare's global network"): the place
 * of the item's first clause after the vendor, for that vendor when nothing else states its place. An item led by a
 * place ("Server logs: India — AWS Mumbai") or whose clause names none says nothing.
 */
export function attachWhereLists(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries);
  let where = false;
  // Whether a paragraph, not the heading, opened the list: the next paragraph that titles a list ends it.
  let byTitle = false;
  for (const b of blocks) {
    // A heading, or a paragraph that titles the list below it ("**Hébergement et localisation des données :**"); a
    // sentence ending in a colon under a heading about where the data is ("We would rather tell you …:") keeps it.
    if (b.kind === 'heading') {
      where = WHERE_HEADING.test(b.text);
      byTitle = false;
    } else if (b.kind === 'paragraph' && b.text.trim().endsWith(':') && (byTitle || !where)) {
      where = WHERE_HEADING.test(b.text);
      byTitle = where;
    }
    if (!where || b.kind !== 'item' || b.depth !== 0) continue;
    const colon = b.text.indexOf(': ');
    if (colon < 0 || colon > 60) continue;
    const rest = b.text.slice(colon + 2);
    const head = firstClause(rest);
    const named = namedIn(head);
    const entry = named.length === 1 ? named[0]! : undefined;
    if (!entry || !namesOf(entry).some((n) => head.startsWith(n)) || head.length === rest.trim().replace(/\.$/, '').length) continue;
    const clause = firstClause(rest.slice(rest.indexOf(head) + head.length).replace(/^[\s,;]+/, ''));
    if (!clause || CONDITIONAL.test(clause)) continue;
    const read = readLocation(clause);
    if (!read.countries.length || read.access.length || entry.facts.some((f) => f.key === 'dataLocation')) continue;
    entry.facts.push({ label: 'Location', value: clause, key: 'dataLocation' });
  }
}

/** A link's path to a processing agreement: "/legal/dpa", "/data-processing-addendum", "/github-data-protection-agreement". */
const AGREEMENT_PATH =
  /(?:^|[/_-])(?:dpa|data-processing[\w-]*|processing-addendum|data-protection-agreement|processor-?terms|avenant-traitement)(?:[/._#?-]|$)/i;
/** A sentence that introduces agreements: "Les DPA … sont consultables :", "Data processing agreements:". */
const AGREEMENTS_SAID = /\bDPAs?\b|data processing (?:agreements?|addend(?:um|a))|accords? de traitement|contrats? de sous-traitance/i;

/**
 * A list item that names one entry, then gives one link, where the link goes to an agreement or the
 * sentence introducing the list speaks of agreements ("Les DPA … des fournisseurs sont consultables :" over
 * "- Supabase : supabase.com/legal/dpa"): the entry's DPA link.
 */
export function attachAgreementLinks(blocks: PageBlock[], entries: ReadEntry[]): void {
  // "Stripe : …" names "Stripe Payments Europe Ltd"; a name that two entries start with names neither.
  const namedIn = nameIndex(entries, true);
  let introduced = false;
  let heading: string | undefined;
  for (const b of blocks) {
    if (b.kind === 'heading') heading = b.text;
    if (b.kind === 'paragraph' || b.kind === 'heading')
      introduced = b.kind === 'paragraph' && b.text.trim().endsWith(':') && AGREEMENTS_SAID.test(b.text);
    if (b.kind === 'table') introduced = false;
    // "DPA Vercel", "Accord de traitement — Brevo": a link whose own words say it is an agreement and name one vendor.
    if ((b.kind === 'paragraph' || b.kind === 'item') && b.links)
      for (const link of b.links) {
        if (!link.href || !/^https?:\/\//i.test(link.href) || !AGREEMENTS_SAID.test(link.text)) continue;
        const named = namedIn(link.text.replace(AGREEMENTS_SAID, ' '));
        if (named.length === 1 && !named[0]!.facts.some((f) => f.key === 'dpa'))
          named[0]!.facts.push({ label: 'DPA', value: link.href, key: 'dpa' });
      }
    // "**Anthropic's DPA:** https://…", "DPA de Brevo : https://…": a line whose label is a vendor's agreement, its
    // value the address, wherever the line is (a later section about that vendor).
    if (b.kind === 'paragraph' || b.kind === 'item') {
      const m = /^([^:]{3,60}?)\s*:\s+(https?:\/\/[^\s<>"')\]]{1,300})\s*$/i.exec(b.text.replace(/[*_]/g, '').trim());
      if (m && AGREEMENTS_SAID.test(m[1]!)) {
        // "### Payflow Inc." over "- DPA: https://…": a label that names no vendor is the agreement of the one its
        // heading names.
        const own = namedIn(m[1]!.replace(AGREEMENTS_SAID, ' ').replace(/['’]s\b/g, ' '));
        // Only when the address is on the vendor's own site ("payflow.example" for Payflow): not the page's own DPA.
        const host = m[2]!
          .replace(/^https?:\/\/(?:www\.)?/i, '')
          .split('/')[0]!
          .toLowerCase();
        const onSite = (e: ReadEntry) => host.includes(firstWord(e).toLowerCase());
        const named = own.length || heading === undefined ? own : namedIn(heading).filter(onSite);
        // The line's own label goes with it: "DPA / Privacy" over a privacy page is the agreement only when the address
        // says so (the import reads a label naming another page beside the agreement that way).
        if (named.length === 1 && !named[0]!.facts.some((f) => f.key === 'dpa'))
          named[0]!.facts.push({ label: m[1]!.trim(), value: m[2]!, key: 'dpa' });
        continue;
      }
    }
    // A list item, one per vendor: a paragraph naming a vendor may link the page's own agreement. Of an item's several
    // links ("a data processing agreement <…/processorterms/>", then "more information … <…/privacy>"), the one whose
    // address is an agreement's, if only one is.
    if (b.kind !== 'item' || !b.links?.length) continue;
    const pathOf = (href: string | undefined) => (href ?? '').replace(/^https?:\/\/[^/]+/i, '');
    const agreements = b.links.filter((l) => l.href && /^https?:\/\//i.test(l.href) && AGREEMENT_PATH.test(pathOf(l.href)));
    const link = b.links.length === 1 ? b.links[0]! : agreements.length === 1 ? agreements[0]! : undefined;
    if (!link?.href || !/^https?:\/\//i.test(link.href)) continue;
    const path = pathOf(link.href);
    if (!introduced && !AGREEMENT_PATH.test(path)) continue;
    // The vendor is named before its link ("Supabase : supabase.com/legal/dpa").
    const at = b.text.indexOf(link.text);
    const named = namedIn(at > 0 ? b.text.slice(0, at) : '');
    if (named.length !== 1 || named[0]!.facts.some((f) => f.key === 'dpa')) continue;
    named[0]!.facts.push({ label: 'DPA', value: link.href, key: 'dpa' });
  }
}

/** Words of a service performed on data: "provides", "hosts", "sends", "stores", « héberge », « fournit », « envoie ». */
const SERVICE_WORDS =
  /(?<!\p{L})(?:provides?|providing|hosts?|hosting|sends?|sending|stores?|storing|processes|processing|runs?|delivers?|delivering|powers|handles|operates|supplies|fournit|fournissent|h[ée]berge(?:nt)?|h[ée]bergement|envoie(?:nt)?|envoi|stocke(?:nt)?|stockage|traite(?:nt)?|assure(?:nt)?|g[èe]re(?:nt)?|op[èe]re(?:nt)?)(?!\p{L})/iu;

/** An address on the web in prose, bounded (no backtracking over page text). */
const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]{1,300}/g;

/**
 * Sections under a heading that names the sub-processors, each headed by a name its own prose repeats ("#### Fastly"
 * over "For more information on the privacy practices of Fastly, please visit …"): one entry per section, the
 * heading's parenthesis its purpose, and an address in the section on the vendor's own domain (its name's first word
 * in the host) its website. Every sub-heading must be so, and at least two (or one headed by a company's legal name): a
 * page's ordinary sections are no vendors.
 */
export function namedSectionEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  let parent: number | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'heading') continue;
    if (parent !== undefined && b.level <= parent) parent = undefined;
    if (parent === undefined) {
      if (SUBPROCESSORS_HEADING.test(b.text) || PARTY_WORDS.test(b.text)) parent = b.level;
      continue;
    }
    const name = b.text.replace(/\s*\([^)]{0,200}\)\s*$/, '').trim();
    const said = /\(([^)]{1,200})\)\s*$/.exec(b.text)?.[1];
    const section: string[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) {
      const x = blocks[j]!;
      if (x.kind === 'paragraph' || x.kind === 'item') section.push(x.text, ...(x.links ?? []).map((l) => l.href ?? ''));
    }
    const prose = section.join(' ');
    // "### Nimbo Ltd" over "Provides the servers the service runs on": a company's name as it is written (with its legal
    // form) over words of the service it performs names the vendor, whether or not its prose says the name again.
    const company = entityIn(name) === name && /^[\p{Lu}\d]/u.test(name) && SERVICE_WORDS.test(prose);
    if (!name || name.length > 60 || !(names(prose, name) || names(prose, withoutLegalForm(name)) || company)) return [];
    const word = name
      .toLowerCase()
      .replace(/[^\p{L}\d\s]/gu, '')
      .split(/\s+/)[0]!;
    const site = (prose.match(URL_IN_TEXT) ?? []).find((u) => {
      try {
        return word.length >= 3 && new URL(u).hostname.toLowerCase().includes(word);
      } catch {
        return false;
      }
    });
    const facts: ReadFact[] = [];
    if (said) facts.push({ label: 'Purpose', value: said, key: 'purpose' });
    // The words of the service, when they do not name the vendor: what it does for the page, its purpose.
    else if (company && !names(prose, name) && section[0] && section[0].length <= 300)
      facts.push({ label: 'Purpose', value: section[0], key: 'purpose' });
    if (site) facts.push({ label: 'Website', value: site, key: 'website' });
    entries.push({ heading: name, name, line: b.line, facts });
  }
  // One section is enough when its heading is a company by its legal form ("## Nimbus Inc." under "# Sub-processors"):
  // a page's ordinary section is headed by a topic, never so.
  return entries.length >= 2 || (entries.length === 1 && entityIn(entries[0]!.heading) === entries[0]!.heading) ? entries : [];
}

/**
 * A text's parts between commas or semicolons (and a last "et"/"and", or the middle dots, bullets and bars a page sets
 * between names in place of a list) outside parentheses: "A (x, y), B et C" -> A (x, y) | B | C; "A (x) · B (y)" -> A (x) | B (y).
 */
function topLevelParts(text: string): string[] {
  const parts = partsOutsideBrackets(text, (t, k) => (',;·•|'.includes(t[k]!) ? 1 : 0));
  // "A (x), B (y), et C (z)": the comma before "et" leaves no empty part.
  return parts
    .flatMap((p) => p.split(/\s(?:et|and|ainsi que|as well as)\s(?![^(]{0,200}\))/))
    .map((p) => p.replace(/^\s*(?:et|and|ainsi que|as well as)\s+/, '').trim())
    .filter((p) => p !== '');
}

/** A label naming one party, in the singular: "Sous-traitant", "Le sous-traitant", "Processor". */
const ONE_PARTY_LABEL = /^(?:(?:le|the)\s+)?(?:sous-traitant|sub-?processor|processor|prestataire|fournisseur|vendor|provider)$/iu;

/** A sentence's subject of a few words, then "sont" / "are" / "include" (and "actuellement", "currently"), then a name. */
const LISTED_AFTER_VERB =
  /^((?:[\p{L}'’-]+\s){1,5}?)(?:sont|are|include|incluent|comprennent)(?:\s(?:actuellement|currently|notamment|principalement|mainly|aujourd['’]hui|today|presently))?\s(?=[\p{Lu}\d])/u;

/**
 * The page's own sub-processors as a sentence's whole subject: "Nos principaux sous-traitants", "Our sub-processors",
 * "The current vendors". Never another party's ("Stripe's sub-processors", « les sous-traitants de notre client »).
 */
const OWN_PARTIES_SUBJECT =
  /^(?:(?:nos|our|les|the)\s+)?(?:(?:principaux|main|key|current|actuels)\s+)?(?:sub-?processors|sous-traitants(?:\s+ult[ée]rieurs)?|sub-?contractors|vendors|service\s+providers|prestataires|fournisseurs)(?:\s+(?:actuels|current))?\s+$/iu;

/**
 * The company, then a verb of using and the first name: "We use ", "To run the app, we rely on ", « Nous faisons appel
 * à », « Nous avons recours à ». A denial ("we do not use", « nous n'utilisons pas ») is no such verb.
 */
const WE_USE =
  /^(?:[^,;:]{1,60},\s)?(?:[Ww]e|[Nn]ous)\s(?:(?:also|currently|aussi|également|actuellement)\s)?(?:use|rely on|faisons appel à|avons recours à|utilisons|nous appuyons sur)\s(?=[\p{Lu}\d])/u;

/** Processors, in the plural, as a word of its own ("the following processors"). */
const PROCESSORS = /(?<!\p{L})processors(?!\p{L})/iu;
/** A denial among a sentence's words: "not", "never", « ne … pas ». */
const DENIED = /(?<!\p{L})(?:not|never|no|pas|jamais|aucun)(?!\p{L})|n['’]/iu;

/** One part of an inline list: a name (capitalised, at most four words), then what it does in parentheses. */
const INLINE_PART = /^([\p{Lu}\d][\p{L}\d.&'’-]{0,30}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,30}){0,3})(?: \(([^()]{1,160})\))?$/u;
/** Or the name, a dash, then what it does: "Vercel Inc. — hébergement" (a line of a paragraph that `<br>` breaks). */
const DASH_PART = /^([\p{Lu}\d][\p{L}\d.&'’-]{0,30}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,30}){0,3}) [—–] ([^—–]{1,160})$/u;

/**
 * A line that is a table's row without its borders: "Hetzner, hosting, Germany" — a name, its role in words of lower
 * case (one or two parts), and a country last. Undefined for any other line.
 */
function rowLine(text: string): { name: string; role: string; place: string } | undefined {
  const parts = text.trim().split(/,\s+/);
  if (parts.length < 2 || parts.length > 4) return undefined;
  const place = parts[parts.length - 1]!.replace(/\.$/, '').trim();
  const name = parts[0]!.trim();
  const role = parts.slice(1, -1);
  if (countryCode(place) === undefined || !/^[\p{Lu}\d][\p{L}\d.&'’-]{0,30}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,30}){0,3}$/u.test(name))
    return undefined;
  if (role.some((r) => !/^\p{Ll}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}$/u.test(r.trim()))) return undefined;
  return { name, role: role.join(', '), place };
}

/** "UE - eu-west-1", "EU (eu-central-1)": a place with a cloud region's code, which the location keeps in its note. */
function regionPlace(words: string): boolean {
  const where = readLocation(words);
  return where.countries.length > 0 && where.regions.length > 0;
}

/** Hosting's noun before a place, with no preposition: "hébergement UE", "hosting EU", "stockage France". */
const HOSTING_PLACE = /^(?:h[ée]bergement|hosting|stockage|storage|localisation|location)\s+(?=\S)/iu;

/**
 * Where a name's brackets in a sentence say its data is, after its role: "(hébergement, Union européenne)",
 * "(mesure d'audience, hébergement UE)", "(SMS, données hébergées en France)"; the first part is the role, never read
 * as a place. Undefined when no later part is a place (or when two parts name places: "A or B" is read elsewhere).
 */
function bracketPlace(inner: string): string | undefined {
  const places = inner
    .split(/,\s*/)
    .slice(1)
    .flatMap((part) => {
      const t = part.trim();
      if (isPlace(t)) return [t];
      const hosted = t.replace(HOSTING_PLACE, '');
      if (hosted !== t && (isPlace(hosted) || regionPlace(hosted))) return [hosted];
      return storedIn(t) ?? [];
    });
  return places.length === 1 ? places[0] : undefined;
}

/**
 * An inline list's parts, each a name with what it does in brackets or after a dash: "Supabase (hébergement), Stripe
 * (paiement)". A part in lower case ("hébergeur HDS", "un outil d'emailing") names a kind of provider, no vendor: left
 * out, as long as the names outnumber such parts and are two at least. Undefined when a part is neither, or for a line
 * of cells between bars.
 */
function namedParts(list: string): RegExpExecArray[] | undefined {
  // "| Vendor | Purpose | Location |": a line with a bar at each end is a table's row (a header alone, a diagram), its
  // cells no names set apart by bars.
  if (/^\|.*\|$/.test(list.trim())) return undefined;
  const all = topLevelParts(list.trim().replace(/\.$/, ''));
  const kinds = all.filter((p) => /^\p{Ll}/u.test(p)).length;
  const parts = all.filter((p) => !/^\p{Ll}/u.test(p)).map((p) => INLINE_PART.exec(p) ?? DASH_PART.exec(p));
  if (parts.length < 2 || kinds >= parts.length || parts.some((m) => !m)) return undefined;
  // "Hosting — Nubo Cloud GmbH, Germany": a part that is a place ("Germany", « France ») makes the text one vendor's line
  // with its place, no list of names.
  if (parts.some((m) => placeCode(m![1]!.trim()) !== undefined)) return undefined;
  return parts as RegExpExecArray[];
}

/** A name (capitalised, at most four words), "pour" or "for", then what the vendor does. */
const PURPOSE_PART = /^([\p{Lu}\d][\p{L}\d.&'’-]{0,30}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,30}){0,3}) (?:pour|for) ([^,;]{2,160})$/u;
/** "et" / "and" before the next such part: "…, Stripe pour les paiements et Brevo pour les e-mails". */
const AND_NEXT_PART = /\s(?:et|and)\s(?=[\p{Lu}\d][\p{L}\d.&'’-]{0,30}(?: [\p{Lu}\d][\p{L}\d.&'’-]{0,30}){0,3} (?:pour|for)\s)/u;

/**
 * An inline list whose parts each give a name, then what it is used for: "Supabase pour l'hébergement et la base de
 * données, Stripe pour les paiements, Brevo pour l'envoi des e-mails", "Hostique for hosting and Postie for email".
 * An "et" / "and" inside a part's role ("l'hébergement et la base de données") stays in it; one before the next
 * name sets the parts apart. Every part must be so, two at least: "we chose them for their security, their price"
 * names no one. Undefined otherwise.
 */
function purposeParts(list: string): RegExpExecArray[] | undefined {
  const all = partsOutsideBrackets(list.trim().replace(/\.$/, ''), (t, k) => (',;'.includes(t[k]!) ? 1 : 0))
    .flatMap((p) => p.split(AND_NEXT_PART))
    .map((p) => p.replace(/^\s*(?:et|and)\s+/, '').trim())
    .filter((p) => p !== '');
  const parts = all.map((p) => PURPOSE_PART.exec(p));
  // "France pour l'hébergement, Irlande pour les e-mails", "Customers for nothing": a place or a kind of people is no
  // vendor, and a sentence that names one lists no vendors.
  const noVendor = (name: string) => placeCode(name) !== undefined || readLocation(name).countries.length > 0 || PEOPLE_NOUN.test(name);
  return parts.length >= 2 && parts.every((m) => m && !noVendor(m[1]!)) ? (parts as RegExpExecArray[]) : undefined;
}

/** People a sentence may set before "pour"/"for", no vendor: "Customers", "Utilisateurs", "Équipe", "Partners". */
const PEOPLE_NOUN =
  /^(?:customers?|clients?|users?|utilisat(?:eur|rice)s?|partners?|partenaires?|employees?|employ[ée]s?|salari[ée]s?|staff|team|[ée]quipes?|members?|membres?|visitors?|visiteurs?|people|personnes?|everyone|tous|toutes)$/iu;

/**
 * Sub-processors named inside a sentence: "OrdoMail a recours aux sous-traitants suivants : Supabase (hébergement),
 * Stripe (paiement), Postmark (e-mails).", "Our sub-processors: Hostique (hosting) and Postie (email)." The words
 * before the colon name the sub-processors; every part after it is a name, with its purpose in parentheses; at least
 * two. A name said again in another such sentence is the same entry.
 */
export function inlineListEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  const add = (list: string, line: number | undefined, bracketed = false, placed = false) => {
    const parts = namedParts(list) ?? (bracketed ? undefined : purposeParts(list));
    // A list after a verb: every part with what it does in brackets (a capitalised word after « sont » may be an
    // adjective: « sont Européens et Américains »); after a verb of using, its brackets give a place too.
    if (!parts || (bracketed && parts.some((m) => !m[2] || (placed && bracketPlace(m[2]) === undefined)))) return;
    for (const m of parts) {
      const name = m[1]!;
      const place = m[2] ? bracketPlace(m[2]) : undefined;
      // "(Assistant, sans réutilisation pour entraîner un modèle)": whether the vendor trains on the data.
      const training = m[2] !== undefined && trainsOnCustomerDataIn(m[2]) !== undefined ? m[2] : undefined;
      const known = entries.find((e) => e.name === name);
      // Said again with where its data is ("Supabase (hébergement, Union européenne)") or whether it trains on it:
      // those facts, when none was given.
      if (known && place && !known.facts.some((f) => f.key === 'dataLocation'))
        known.facts.push({ label: 'Location', value: place, key: 'dataLocation' });
      if (known && training && !known.facts.some((f) => f.key === 'trainsOnCustomerData'))
        known.facts.push({ label: 'AI training', value: training, key: 'trainsOnCustomerData' });
      if (known) continue;
      const facts: ReadFact[] = m[2] ? [{ label: 'Purpose', value: m[2], key: 'purpose' }] : [];
      if (place) facts.push({ label: 'Location', value: place, key: 'dataLocation' });
      if (training) facts.push({ label: 'AI training', value: training, key: 'trainsOnCustomerData' });
      entries.push({ heading: name, name, line, facts });
    }
  };
  const rowNames = new Set<string>();
  blocks.forEach((b, i) => {
    // "Subprocessors" over "Hetzner, hosting, Germany" (after, at most, a sentence saying what the list gives): each
    // line a vendor, its role, and the place it processes data last, as a row of a table whose cells lost their
    // borders; the title names the list, so a list of one is one.
    if ((b.kind === 'paragraph' || b.kind === 'heading') && PARTIES_TITLE.test(b.text.trim())) {
      const paragraph = (k: number) => {
        const x = blocks[k];
        return x?.kind === 'paragraph' ? x : undefined;
      };
      let j = i + 1;
      const intro = paragraph(j);
      if (intro && /[.:]$/.test(intro.text.trim()) && rowLine(intro.text) === undefined) j++;
      for (let p = paragraph(j), row = p && rowLine(p.text); p && row; p = paragraph(++j), row = p && rowLine(p.text)) {
        if (rowNames.has(row.name)) continue;
        rowNames.add(row.name);
        entries.push({
          heading: row.name,
          name: row.name,
          line: p.line,
          facts: [
            ...(row.role ? [{ label: 'Purpose', value: row.role, key: 'purpose' as const }] : []),
            { label: 'Location', value: row.place, key: 'dataLocation' as const },
          ],
        });
      }
    }
    if (b.kind !== 'paragraph' && b.kind !== 'item') return;
    // "Nous faisons appel aux prestataires suivants :" over a paragraph of names, set apart by middle dots or
    // commas as a list would be: "Vercel (hébergement) · Supabase (base de données)".
    const before = blocks[i - 1];
    if (b.kind === 'paragraph' && before?.kind === 'paragraph' && introducesList(before.text)) add(b.text, b.line);
    // "## 3rd Parties" over "Supabase (Auth/DB), Stripe (payments), OpenAI (API).": the heading names the parties,
    // the paragraph right under it is their list.
    if (b.kind === 'paragraph' && before?.kind === 'heading' && PARTIES_HEADING.test(before.text)) add(b.text, b.line);
    // "**12.7 Sous-traitants ultérieurs de Yuno CRM** Supabase (hébergement), Resend (e-mails).": a run-in heading in
    // bold that names the parties, then their list in the paragraph's first sentence.
    const lead = b.kind === 'paragraph' ? b.strong?.[0]?.trim() : undefined;
    if (lead && b.text.startsWith(lead) && PARTY_WORDS.test(lead) && !lead.includes(':')) {
      const first = sentencesOf(b.text.slice(lead.length).trim())[0];
      if (first) add(first, b.line);
    }
    for (const sentence of sentencesOf(b.text)) {
      const colon = sentence.indexOf(':');
      // "Sous-traitant : Acme SA, Lyon, France": one party's label, then its name and address; no list.
      if (colon >= 0 && ONE_PARTY_LABEL.test(sentence.slice(0, colon).trim())) continue;
      // "We use the following processors: …" names them too; "not as our processors:" names parties that are none.
      const said = colon >= 0 ? sentence.slice(0, colon) : '';
      if (colon >= 0 && (PARTY_WORDS.test(said) || (PROCESSORS.test(said) && !DENIED.test(said)))) add(sentence.slice(colon + 1), b.line);
      // "Nos principaux sous-traitants sont actuellement Supabase (stockage), Sentry (erreurs) et Vercel (hébergement).",
      // "Our sub-processors are Hostique (hosting) and Postie (email).": the parties the subject, their list after the verb.
      const verb = colon < 0 ? LISTED_AFTER_VERB.exec(sentence.trim()) : null;
      if (verb && OWN_PARTIES_SUBJECT.test(verb[1]!)) add(sentence.trim().slice(verb[0].length), b.line, true);
      // "We use Vercel (hosting, USA), Supabase (database, EU) and Resend (email, USA).", « Nous faisons appel à
      // OVHcloud (hébergement, France) et Brevo (e-mails, France). »: the company using names whose brackets each give
      // what it does and where, as a list's parts. Never "we do not use", nor what the product is "built with".
      const using = colon < 0 ? WE_USE.exec(sentence.trim()) : null;
      if (using) add(sentence.trim().slice(using[0].length), b.line, true, true);
    }
  });
  return entries;
}

/** A flag emoji at the start of a text: its two regional-indicator letters ("🇩🇪" -> "DE", "🇪🇺" -> "EU"). */
function leadingFlag(text: string): { code: string; rest: string } | undefined {
  const chars = Array.from(text.trimStart());
  const letter = (c: string | undefined) => {
    const p = c?.codePointAt(0) ?? 0;
    return p >= 0x1f1e6 && p <= 0x1f1ff ? String.fromCharCode(65 + p - 0x1f1e6) : undefined;
  };
  const a = letter(chars[0]);
  const b = letter(chars[1]);
  return a && b ? { code: a + b, rest: chars.slice(2).join('').trim() } : undefined;
}

/** Every word capitalised (or a digit first): a name ("Hetzner Dedicated", "Amazon AWS Cloudfront"), not a phrase. */
const titleCase = (text: string) => text.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w));

/** Words of a heading or sentence that introduces the services a page uses ("Services we use:", "Third-party services"). */
const SERVICES_WORDS = /\bservices?\b|\bproviders?\b|\bthird[- ]part(?:y|ies)\b|\btiers\b|\bprestataires?\b|\bfournisseurs?\b/i;

/**
 * A list under a heading of services whose items each lead with a flag, then what the service does and who provides
 * it ("🇩🇪 Backend: Hetzner Dedicated, Germany", "🇺🇸 Email: Postmark (Notifications only)"): one entry per item,
 * named by the words after the colon (the vendor, before a comma or a parenthesis), the label its purpose, the
 * flag where it runs. Only when every vendor part is a name in capitals, one of them of two words or more, so that a
 * "Name: Description" list ("Stripe: Payment processing") is never read backwards; a list of single words says
 * neither way and is left.
 */
export function flagListEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const intro = blocks[i]!;
    if ((intro.kind !== 'heading' && intro.kind !== 'paragraph') || !SERVICES_WORDS.test(intro.text)) continue;
    const items: Extract<PageBlock, { kind: 'item' }>[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'item'; j++) items.push(blocks[j] as Extract<PageBlock, { kind: 'item' }>);
    const read = items.map((item) => {
      const flag = leadingFlag(item.text);
      const m = flag && /^([^:]{1,40}):\s+(.{1,200})$/u.exec(flag.rest);
      if (!flag || !m) return undefined;
      const vendor = /^([^,(]{1,60}?)\s*(?:[,(]|$)/.exec(m[2]!)?.[1]?.trim() ?? '';
      return {
        item,
        code: flag.code,
        label: m[1]!.trim(),
        vendor,
        rest: m[2]!
          .slice(vendor.length)
          .replace(/^\s*,\s*/, '')
          .trim(),
      };
    });
    if (read.length < 2 || read.some((r) => !r || !r.vendor || !titleCase(r.vendor) || r.vendor.split(/\s+/).length > 4)) continue;
    if (!read.some((r) => r!.vendor.includes(' '))) continue;
    for (const r of read) {
      const facts: ReadFact[] = [
        { label: 'Purpose', value: r!.rest.startsWith('(') ? `${r!.label} ${r!.rest}` : r!.label, key: 'purpose' },
        { label: 'Location', value: r!.code, key: 'dataLocation' },
      ];
      entries.push({ heading: r!.vendor, name: r!.vendor, line: r!.item.line, facts });
    }
  }
  return entries;
}

/**
 * The verbs a vendor's sentence opens with when the vendor is its subject: "Vercel hosts the application", "Brevo
 * envoie les e-mails". Not "uses" / "utilise": the party that uses services is the company publishing the list.
 */
const VENDOR_VERB =
  /^(?:provides|hosts|runs|sends|delivers|stores|processes|handles|powers|operates|manages|supplies|serves|offers|performs|enables|collects|counts|analy[sz]es|monitors|tracks|supports|héberge|fournit|assure|gère|envoie|traite|stocke|opère|réalise|collecte|mesure|permet|propose|sert|achemine|analyse)$/iu;

/** A name of one to four capitalised words, an optional parenthesis, then a word in lower case: the sentence's verb. */
const SUBJECT_NAME =
  /^([\p{Lu}\d][\p{L}\d.&'’-]{0,40}(?:\s[\p{Lu}\d][\p{L}\d.&'’-]{0,40}){0,3})(?:\s\(([^()]{1,120})\))?\s(\p{Ll}{2,20})\s/u;

/**
 * Entries from the bullets of sections under a heading that names the sub-processors, each bullet a sentence whose
 * subject is the vendor ("Vercel hosts the application … Location: Frankfurt (fra1)."): the name, the sentences its
 * purpose, a labelled sentence the fact its label names. A placeholder ("[LAWYER: confirm …]") is no fact. At least
 * two such bullets: a page's ordinary lists are no vendors.
 */
export function subjectItemEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  let parent: number | undefined;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (parent !== undefined && b.level <= parent) parent = undefined;
      if (parent === undefined && (SUBPROCESSORS_HEADING.test(b.text) || PARTY_WORDS.test(b.text))) parent = b.level;
      continue;
    }
    if (parent === undefined || b.kind !== 'item' || b.depth !== 0 || b.text.length > 3000) continue;
    const m = SUBJECT_NAME.exec(b.text);
    if (!m || !VENDOR_VERB.test(m[3]!)) continue;
    const name = m[1]!;
    const facts: ReadFact[] = [];
    const said: string[] = [];
    for (const sentence of sentencesOf(b.text.slice(name.length).trim())) {
      const l = LABELLED.exec(sentence.trim());
      const key = l ? columnMatch(l[1]!) : undefined;
      if (!l || !key?.exact) {
        said.push(sentence);
        continue;
      }
      const value = l[2]!.replace(/\.$/, '').trim();
      if (!value.startsWith('[')) facts.push({ label: l[1]!.trim(), value, key: key.key });
    }
    if (said.length) facts.unshift({ label: 'Purpose', value: said.join(' '), key: 'purpose' });
    entries.push({ heading: name, name, line: b.line, facts });
  }
  // One section is enough when its heading is a company by its legal form ("## Nimbus Inc." under "# Sub-processors"):
  // a page's ordinary section is headed by a topic, never so.
  return entries.length >= 2 || (entries.length === 1 && entityIn(entries[0]!.heading) === entries[0]!.heading) ? entries : [];
}

/** "Le Site est hébergé par Hetzner Online GmbH.", "This website is hosted by Acme Inc.": the host it names. */
/**
 * With the place it is hosted in between ("est hébergé en France par la société LOCALEO", "is hosted in the EU by
 * Acme"): the place (group 1), and "la société" / "the company" before the name.
 */
const HOSTED_BY =
  /(?<!\p{L})(?:est|sont)\s+h[ée]berg[ée]e?s?\s+(?:(?:en|au|aux|dans l['’]|dans la|dans le)\s?([^,.;()]{2,40}?)\s+)?(?:par|chez)\s+(?:la soci[ée]t[ée]\s+|l['’]entreprise\s+)?|\b(?:is|are)\s+hosted\s+(?:in\s+(?:the\s+)?([^,.;()]{2,40}?)\s+)?(?:by|with)\s+(?:the company\s+)?|(?<!\p{L})(?:nous\s+)?h[ée]bergeons\s+(?:nos|notre|les|vos|la|le|l['’])[^.;:()]{1,80}?\s+(?:chez|aupr[èe]s\s+de)\s+(?:la soci[ée]t[ée]\s+)?|\bwe\s+host\s+(?:our|the|your|all)\s[^.;:()]{1,80}?\s+with\s+(?:the company\s+)?/iu;

/**
 * Where the host's machines are, in the words after its name: "dans leurs datacenters situés en région parisienne",
 * "in data centres located in Germany". Not where a company is ("société située en Allemagne"): only machines.
 */
const MACHINES_IN =
  /(?<!\p{L})(?:datacenters?|data ?cent(?:er|re)s?|centres? de donn[ée]es|serveurs?|servers?)(?!\p{L})[^.;]{0,40}?\s(?:situ[ée]e?s?|localis[ée]e?s?|located|based)\s+(?:en|à|au|aux|dans|in)\s+(?:la\s+|le\s+|l['’]|the\s+)?([^,.;()]{2,40})/iu;

/** Words that keep a place for some cases only: "only for Canadian customers", "uniquement pour", "si", "when". */
const SOME_CASES = /(?<!\p{L})(?:only|uniquement|seulement|for|pour|if|si|when|lorsque|unless|sauf)(?!\p{L})/iu;

/** A bare domain in brackets right after the name: "Gandi (gandi.net)", the host's site as the page writes it. */
const DOMAIN_AFTER = /^\s*\(((?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3})\)/i;

/** "Siège social : Industriestr. 25, 91710 Gunzenhausen, Allemagne.", "Registered office: …": the host's seat. */
const SEAT_LABEL = /(?<!\p{L})(?:si[èe]ge(?:\s+social)?|registered\s+(?:office|address)|head\s+office)\s?:\s/iu;

/**
 * A legal notice's host, named in a sentence ("Le Site est hébergé par Hetzner Online GmbH."): the page's one
 * entry, with its seat's country (a "Siège social :" line after it) and its site (the name as a link). Read only
 * when nothing else on the page is an entry, and only a name (capitalised, six words at most), never a clause.
 */
export function hostEntries(blocks: PageBlock[]): ReadEntry[] {
  for (const i of blocks.keys()) {
    const entry = hostAt(blocks, i);
    if (entry) return [entry];
  }
  return [];
}

/** Every host the page's legal notice names (`hostAt`), wherever it stands: to attach its facts to a listed vendor. */
export function hostMentions(blocks: PageBlock[]): ReadEntry[] {
  return [...blocks.keys()].flatMap((i) => hostAt(blocks, i) ?? []);
}

/**
 * "Le site est hébergé par :" then the host's card on the next lines of the same paragraph, its name in bold, its postal
 * address, its site as a link whose words are its domain ("**Vercel Inc.** 340 Pine Street … États-Unis vercel.com"):
 * the name, and what follows it without the link's words.
 */
function hostCard(b: Extract<PageBlock, { kind: 'paragraph' | 'item' }>, after: string): { name: string; rest: string } | undefined {
  const colon = /^\s*:\s*/.exec(after);
  const name = b.kind === 'paragraph' ? b.strong?.[0]?.trim() : undefined;
  if (!colon || !name) return undefined;
  const card = after.slice(colon[0].length);
  if (!card.startsWith(name)) return undefined;
  let rest = card.slice(name.length);
  for (const l of b.links ?? []) if (l.text.trim()) rest = rest.replace(l.text.trim(), ' ');
  return { name, rest: rest.replace(/\s+/g, ' ').trim() };
}

/**
 * A link whose words are a domain that holds the host's first word ("vercel.com" for "Vercel Inc."), to that site's
 * home: the host's site. Words "vercel.com" over a link to ".../legal/privacy-policy" give a policy, no site.
 */
function hostSite(b: Extract<PageBlock, { kind: 'paragraph' | 'item' }>, name: string): string | undefined {
  const first = lowerText(name).split(/[^\p{L}\d]+/u)[0] ?? '';
  if (first.length < 3) return undefined;
  const link = b.links?.find(
    (l) => l.href && SITE_HOME.test(l.href) && DOMAIN_WORDS.test(l.text.trim()) && lowerText(l.text).includes(first),
  );
  return link?.href;
}
const SITE_HOME = /^https?:\/\/(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}\/?$/i;
const DOMAIN_WORDS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}\/?$/i;

/** The host the block at `i` names, as `hostEntries` reads it; undefined if it names none. */
function hostAt(blocks: PageBlock[], i: number): ReadEntry | undefined {
  const b = blocks[i]!;
  if (b.kind === 'item' && b.term && b.lead && HOST_TERM.test(b.lead.text.trim())) return hostRecord(blocks, i);
  if (b.kind !== 'paragraph' && b.kind !== 'item') return undefined;
  const labelled = hostLine(b.text);
  if (labelled) return { heading: labelled.name, name: labelled.name, line: b.line, facts: labelled.facts };
  const m = HOSTED_BY.exec(b.text.slice(0, 3000));
  if (!m) return undefined;
  const after = b.text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const card = hostCard(b, b.text.slice(m.index + m[0].length, m.index + m[0].length + 600));
  if (card) {
    // "Le site est hébergé par :" over the host's card: its name, its address's country, its site.
    const facts: ReadFact[] = [
      { label: 'Purpose', value: sentencesOf(b.text.slice(0, m.index + m[0].length))[0]!.replace(/\s*:$/, ''), key: 'purpose' },
    ];
    if (/\d/.test(card.rest) && addressCountry(card.rest))
      facts.push({ label: 'Registered office', value: card.rest, key: 'entityCountry' });
    const site = hostSite(b, card.name);
    if (site) facts.push({ label: 'Website', value: site, key: 'website' });
    return card.name.split(/\s+/).length <= 6 ? { heading: card.name, name: card.name, line: b.line, facts } : undefined;
  }
  const name = /^(.{1,100}?)(?:\.(?:\s|$)|[,;(]|\s(?:à|en|in|at|dont|whose|located|situ[ée]e?)\s|$)/u.exec(after)?.[1]?.trim();
  if (!name || !/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 6) return undefined;
  const facts: ReadFact[] = [
    { label: 'Purpose', value: sentencesOf(b.text.slice(0, m.index + m[0].length + name.length))[0]!, key: 'purpose' },
  ];
  const rest = b.text.slice(m.index + m[0].length + name.length, m.index + 1000);
  const seat = SEAT_LABEL.exec(rest);
  // "… hébergé par OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.": the address right after the name.
  const address = !seat && /^,\s/.test(rest) ? sentencesOf(rest.slice(1).trim())[0]!.replace(/\.$/, '') : undefined;
  if (address !== undefined && /\d/.test(address) && addressCountry(address))
    facts.push({ label: 'Registered office', value: address, key: 'entityCountry' });
  if (seat) {
    // The seat's words up to the next label ("Email : …") or the end.
    const value = rest.slice(seat.index + seat[0].length).split(/\s(?=[\p{Lu}][\p{L}-]{1,20}(?:\s[\p{L}-]{1,20})?\s?:\s)/u)[0]!;
    const country = addressCountry(value.replace(/\.$/, ''));
    if (country) facts.push({ label: 'Registered office', value: value.replace(/\.$/, ''), key: 'entityCountry' });
  }
  const link = b.links?.find((l) => l.text.trim() === name && l.href && /^https?:\/\//i.test(l.href));
  const domain = DOMAIN_AFTER.exec(rest)?.[1];
  // "… hébergé par Nubo Corporation, 12 Harbour Road, …, Irlande — https://nubo.example.": the site after the address's
  // dash, the home of a domain that holds the host's first word.
  const dashed = /^[^—–]{0,300}\s[—–]\s(https?:\/\/[^\s<>"']{4,100}?)\.?(?:\s|$)/u.exec(rest)?.[1];
  const first = lowerText(name).split(/[^\p{L}\d]+/u)[0] ?? '';
  const home = dashed && SITE_HOME.test(dashed) && first.length >= 3 && lowerText(dashed).includes(first) ? dashed : undefined;
  if (link) facts.push({ label: 'Website', value: link.href!, key: 'website' });
  else if (domain) facts.push({ label: 'Website', value: domain, key: 'website' });
  else if (home) facts.push({ label: 'Website', value: home, key: 'website' });
  // "hébergé en France par …": where the site, and so the data it holds, is hosted; else "chez Gandi, dans leurs
  // datacenters situés en région parisienne", in the sentence that names the host.
  // A place the sentence keeps for some cases ("located in Canada only for Canadian customers") is none.
  const machines = MACHINES_IN.exec(sentencesOf(rest.trim())[0] ?? '')?.[1]?.trim();
  const place = m[1] ?? m[2] ?? (machines && !SOME_CASES.test(machines) ? machines : undefined);
  if (place && readLocation(place).countries.length) facts.push({ label: 'Location', value: place, key: 'dataLocation' });
  // "DOCAPOST LOCALEO – 45 47 Boulevard …" on the next line: the host's legal name, which holds its name, then its address.
  const next = blocks[i + 1];
  const line = next?.kind === 'paragraph' ? /^([^–—]{2,80}?)\s[–—]\s(\d.{0,200})$/u.exec(next.text) : null;
  const company = line?.[1]!.trim();
  const entity = company && company !== name && company.toLowerCase().includes(name.toLowerCase()) ? company : undefined;
  if (entity && addressCountry(line![2]!)) facts.push({ label: 'Registered office', value: line![2]!, key: 'entityCountry' });
  // "SAS AU Capital de 2 500€ – RCS Créteil 813 058 542" on one of the next lines: the register it is established at.
  else if (entity)
    for (const x of blocks.slice(i + 2, i + 4)) {
      const text = x.kind === 'paragraph' ? x.text : '';
      const found = /(?<!\p{L})R\.?C\.?S\.?\s.{3,60}$/u.exec(text);
      const register = found && registerOf(text.slice(0, found.index), entity) ? found[0] : undefined;
      if (register && registerCountry(register)) {
        facts.push({ label: 'Registered', value: register, key: 'entityCountry' });
        break;
      }
    }
  return { heading: name, name, line: b.line, facts, ...(entity ? { entity } : {}) };
}

/**
 * Whether the words before a register's number speak of the host: they name it ("Nuvola Cloud, RCS …"), or say only its
 * form and capital with no subject of their own ("SAS AU Capital de 2 500€ – RCS …"). A line that names another company
 * ("Le site est édité par Acme SAS – RCS Paris …", "Publisher: Acme SAS, RCS …") gives that company's register, not the
 * host's.
 */
function registerOf(lead: string, company: string): boolean {
  const first = lowerText(company).split(/\s+/)[0] ?? '';
  if (first.length >= 3 && lowerText(lead).includes(first)) return true;
  return /^(?:(?:SAS|SASU|SARL|EURL|SA|SNC|SCOP|SE|SCA)\s+)?(?:(?:AU|au)\s+)?(?:[Cc]apital\s[^:]{0,60})?[\s–—,-]*$/u.test(lead.trim());
}

/** A label that names a company: « Raison sociale », « Dénomination sociale », « Société », "Company name", "Legal name". */
const COMPANY_TERM =
  /^(?:raison sociale|d[ée]nomination(?: sociale)?|soci[ée]t[ée]|nom(?: de la soci[ée]t[ée])?|entreprise|company(?: name)?|legal name|name)\s*:?$/iu;
/** A label of where the data is: « Localisation des données », « Lieu d'hébergement », "Data location", "Region". */
const DATA_PLACE_TERM =
  /^(?:localisation(?: des (?:données|serveurs))?|lieu d['’]h[ée]bergement|r[ée]gion|data location|location|server location|region)\s*:?$/iu;
/** A label of a site: « Site web », « Site internet », "Website", "URL". */
const SITE_TERM = /^(?:site(?: web| internet)?|website|web site|url)\s*:?$/iu;

/**
 * A legal notice's hosts, each a sentence that ends where the host's name would be ("Le site est hébergé par :", "The
 * database is hosted by:") over labelled items, a company label first or among them ("Raison sociale : Netlify, Inc.",
 * "Adresse : …", "Localisation des données : …", "Site web : …"): one entry per such sentence, named by the company
 * label's value, with its address's country, where its data is and its site. A value still to be filled in
 * ("[À REMPLIR]") or in common words names none. Read only when nothing else on the page is an entry.
 */
export function hostLabelledEntries(blocks: PageBlock[]): ReadEntry[] {
  const entries: ReadEntry[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    // "hosted by:" ends where the name would be, as "hébergé par :" does.
    const said = b.text.slice(0, 500).replace(/\s*:\s*$/, ' ');
    const m = HOSTED_BY.exec(said);
    if (!m || !/^[\s:]*$/.test(said.slice(m.index + m[0].length))) continue;
    const record: (Extract<PageBlock, { kind: 'item' }> & { lead: { text: string } })[] = [];
    for (const next of blocks.slice(i + 1, i + 12)) {
      if (next.kind !== 'item' || !next.lead) break;
      record.push(next as (typeof record)[number]);
    }
    const valueOf = (r: (typeof record)[number]) =>
      r.text
        .slice(r.lead.text.length)
        .replace(/^[\s:]+/, '')
        .trim();
    const named = record.find((r) => COMPANY_TERM.test(r.lead.text.trim()));
    const name = named ? valueOf(named) : '';
    if (!name || !/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 6 || /[[\]]/.test(name)) continue;
    const facts: ReadFact[] = [{ label: 'Purpose', value: b.text.replace(/[\s:]+$/, ''), key: 'purpose' }];
    for (const r of record) {
      const label = r.lead.text.trim();
      const value = valueOf(r);
      if (!value || /[[\]]/.test(value)) continue;
      if (ADDRESS_TERM.test(label) && addressCountry(value)) facts.push({ label: 'Registered office', value, key: 'entityCountry' });
      else if (DATA_PLACE_TERM.test(label) && readLocation(value).countries.length)
        facts.push({ label: 'Location', value, key: 'dataLocation' });
      else if (SITE_TERM.test(label)) {
        const link = r.links?.find((l) => l.href && /^https?:\/\//i.test(l.href));
        if (link) facts.push({ label: 'Website', value: link.href!, key: 'website' });
      }
    }
    entries.push({ heading: name, name, line: named!.line, facts });
  }
  return entries;
}

/**
 * A legal notice's host on one labelled line: "Hébergeur : OVH - 2 rue Kellermann - 59100 Roubaix - France", "Host: Nuvola
 * Ltd, 1 Quay Street, Dublin D02, Ireland": the name up to the first dash or comma (a name, six words at most, no
 * blank to fill), then its postal address, whose country is where the company is. None without such an address.
 */
function hostLine(text: string): { name: string; facts: ReadFact[] } | undefined {
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 30 || !HOST_TERM.test(text.slice(0, colon + 1).trim())) return undefined;
  const value = text.slice(colon + 1).trim();
  const cut = /\s[-–—]\s|,\s/.exec(value);
  const name = (cut ? value.slice(0, cut.index) : value).replace(/\.$/, '').trim();
  if (!name || !/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 6 || /[[\]]/.test(name)) return undefined;
  const facts: ReadFact[] = [{ label: 'Purpose', value: text.slice(0, colon).trim(), key: 'purpose' }];
  const address = cut
    ? value
        .slice(cut.index + cut[0].length)
        .replace(/\s[-–—]\s/g, ', ')
        .replace(/\.$/, '')
        .trim()
    : '';
  // Only a host's record with its address: "Hosting: Nubo Cloud (Belgium)" among other roles is a list's line, read as such.
  if (!address || !/\d/.test(address) || !addressCountry(address)) return undefined;
  facts.push({ label: 'Registered office', value: address, key: 'entityCountry' });
  return { name, facts };
}

/** A legal notice's term for its host: "Hébergeur", "Hébergement", "Host", "Hosting provider", "Hébergé par". */
const HOST_TERM = /^(?:h[ée]bergeur(?: du site)?|h[ée]bergement|h[ée]berg[ée] par|host|hosting(?: provider)?|hosted by|web host)\s*:?$/iu;

/** A term for a company's address: "Adresse", "Siège social", "Registered office". */
const ADDRESS_TERM = /^(?:adresse(?: postale)?|si[èe]ge(?: social)?|address|registered (?:office|address)|head office)\s*:?$/iu;

/**
 * A legal notice's host given as a definition list ("Hébergeur" over "Hetzner Online GmbH", "Adresse" over its seat,
 * a term over its site's link): the one entry, named by the host term's description (a name, six words at most),
 * with its seat's country and its site, from the terms that follow it in the same list.
 */
function hostRecord(blocks: PageBlock[], at: number): ReadEntry | undefined {
  const b = blocks[at] as Extract<PageBlock, { kind: 'item' }> & { lead: { text: string } };
  const name = b.text
    .slice(b.lead.text.length)
    .replace(/^[\s:]+/, '')
    .trim();
  if (!name || !/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 6 || /[.:;!?]$/.test(name)) return undefined;
  const heading = [...blocks.slice(0, at)].reverse().find((x) => x.kind === 'heading');
  const purpose = heading?.kind === 'heading' ? heading.text.replace(/^\d{1,3}[.)]?\s+/, '') : b.lead.text;
  const facts: ReadFact[] = [{ label: 'Purpose', value: purpose, key: 'purpose' }];
  const record = [b];
  for (const next of blocks.slice(at + 1)) {
    if (next.kind !== 'item' || !next.term || !next.lead) break;
    record.push(next as typeof b);
  }
  for (const r of record.slice(1)) {
    if (!ADDRESS_TERM.test(r.lead.text.trim())) continue;
    const value = r.text
      .slice(r.lead.text.length)
      .replace(/^[\s:]+/, '')
      .trim();
    if (addressCountry(value)) facts.push({ label: 'Registered office', value, key: 'entityCountry' });
    break;
  }
  const link = record.flatMap((r) => r.links ?? []).find((l) => l.href && /^https?:\/\//i.test(l.href));
  if (link) facts.push({ label: 'Website', value: link.href!, key: 'website' });
  return { heading: name, name, line: b.line, facts };
}

/**
 * A heading that says where the parties listed under it process the data: "Subprocessors operating within the
 * European Union", "Sous-traitants hébergés dans l'UE". Not where they are established ("based in", "located in":
 * the company's place), nor "outside" a place (which names none).
 */
const PARTIES_WHERE =
  /^(?:(?:our|nos|les)\s+)?(?:sub-?processors?|sub-?contractors?|vendors|suppliers|providers|sous-traitants?(?:\s+ultérieurs)?|prestataires|fournisseurs)\s+(?:operating|processing(?:\s+data)?|hosting(?:\s+data)?|storing\s+data|opérant|hébergé(?:e)?s|traitant\s+(?:les\s+)?données)\s+(?:within|in|inside|dans|en|au\s+sein\s+de)\s+(.+?)\s*:?$/iu;

/** The place such a heading gives the entries under it (up to the next heading of its level or above) that state none. */
export function attachHeadingPlaces(blocks: PageBlock[], entries: ReadEntry[]): void {
  // One walk down the page (a heading's section ends at the next heading of its level or above), so that a page of many
  // such headings and many entries stays linear: the headings open above each entry, outermost first.
  const headings = blocks.filter((b) => b.kind === 'heading' && b.line !== undefined) as (PageBlock & { kind: 'heading' })[];
  const sorted = entries.filter((e) => e.line !== undefined).sort((x, y) => x.line! - y.line!);
  // The open headings, and for each the first of them (outermost) that gives a place.
  const open: { level: number; line: number; place?: string; first?: { line: number; text: string; place: string } }[] = [];
  let h = 0;
  for (const e of sorted) {
    while (h < headings.length && headings[h]!.line! <= e.line!) {
      const b = headings[h++]!;
      while (open.length && open[open.length - 1]!.level >= b.level) open.pop();
      const said = PARTIES_WHERE.exec(cleanText(b.text))?.[1];
      const read = said ? readLocation(said) : undefined;
      const place = read && read.countries.length && read.note === undefined && !read.access.length ? said : undefined;
      const outer = open[open.length - 1]?.first;
      open.push({ level: b.level, line: b.line!, place, first: outer ?? (place ? { line: b.line!, text: b.text, place } : undefined) });
    }
    const first = open[open.length - 1]?.first;
    if (first && e.line! > first.line && !e.facts.some((f) => f.key === 'dataLocation'))
      e.facts.push({ label: first.text, value: first.place, key: 'dataLocation' });
  }
}

/**
 * Words that say a sentence is about where data goes or is kept: "transfers to the USA", "Cross-border
 * destinations", "hosted in Germany", "données hébergées en France", "stored in". Not where a company is.
 */
const DESTINATION_WORDS =
  /(?<!\p{L})(?:transf[eé]r\p{L}*|destinations?|hosted|stored|processed|h[ée]berg[ée]e?s?|stock[ée]e?s?|trait[ée]e?s?)(?!\p{L})/iu;

/**
 * A sentence about transfers that names a place and, in brackets after it, the entries that go there ("Cross-border
 * destinations: Singapore (Supabase), United States (Vercel, Resend)", "For transfers to the USA (Cloudflare) …"):
 * that place is one more of each such entry's. Every part of the bracket must name an entry (an example or an aside
 * is no list of vendors); the place is the longest run of words before the bracket that is a place and nothing else.
 * One scan of each bracket, entries found by `nameIndex`.
 */
export function attachBracketedDestinations(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  for (const b of proseBlocks(blocks, entries)) {
    for (const sentence of sentencesOf(b.text)) {
      // "Aucune donnée n'est transférée vers le Canada (Postie)", "may be transferred": no place stated.
      if (!DESTINATION_WORDS.test(sentence) || DENIES.test(sentence)) continue;
      // Each bracket once: from a "(" to the next ")", the last "(" before it opens the innermost bracket; the next
      // search starts after the ")" (linear in the sentence, whatever its brackets).
      for (let from = sentence.indexOf('('); from >= 0;) {
        const close = sentence.indexOf(')', from);
        if (close < 0) break;
        const open = sentence.lastIndexOf('(', close);
        from = sentence.indexOf('(', close + 1);
        const inner = sentence.slice(open + 1, close);
        if (inner.length > 300) continue;
        const parts = inner.split(/\s*(?:,|;|\s(?:and|et)\s)\s*/u).filter(Boolean);
        const named = parts.map((p) => namedIn(p));
        if (!parts.length || named.some((n) => n.length !== 1)) continue;
        const words = sentence
          .slice(Math.max(0, open - 80), open)
          .split(/[,:;()]/)
          .pop()!
          .trim()
          .split(/\s+/);
        let place: string | undefined;
        let before: string | undefined;
        for (let k = Math.min(words.length, 4); k >= 1 && !place; k--) {
          const head = words.slice(-k).join(' ');
          const read = readLocation(head);
          if (read.countries.length && read.note === undefined && !read.access.length && !read.entityCountries?.length) {
            place = head;
            before = words[words.length - k - 1];
          }
        }
        // "Pour les sous-traitants US (Anthropic, Stripe) : transfert encadré par …", "our US sub-processors (Anthropic,
        // Stripe)": the place qualifies the parties, the companies' country, not where the data goes.
        const qualified = place !== undefined && before !== undefined && PARTY_NOUN.test(before);
        if (!place && words.length >= 2 && PARTY_NOUN.test(words[words.length - 1]!)) {
          const adjective = words[words.length - 2]!;
          const read = readLocation(adjective);
          if (read.countries.length === 1 && read.note === undefined && !read.access.length) {
            for (const [e] of named) e!.facts.push({ label: 'Company', value: adjective, key: 'entityCountry' });
            continue;
          }
        }
        if (!place) continue;
        if (qualified) {
          for (const [e] of named) e!.facts.push({ label: 'Company', value: place, key: 'entityCountry' });
          continue;
        }
        for (const [e] of named) e!.facts.push({ label: 'Destination', value: place, key: 'dataLocation', adds: true });
      }
    }
  }
}

/** A safeguard cell that names a data processing agreement and nothing that settles a transfer: "DPA Google Cloud". */
const AGREEMENT_ONLY =
  /^(?=[^.;]{0,60}$)(?=.*(?<!\p{L})DPA(?!\p{L}))(?!.*(?<!\p{L})(?:non|no|not|n\/a|aucun|aucune|pas|sans|without|none)(?!\p{L}))(?!.*(?:SCC|CCT|clauses|DPF|framework|BCR|adéquation|adequacy|IDTA))/iu;

/** A noun that names the parties: "sous-traitants", "prestataires", "sub-processors", "vendors". */
const PARTY_NOUN =
  /^(?:sous-traitants?|prestataires?|fournisseurs?|partenaires?|sub-?processors?|subcontractors?|vendors?|providers?|suppliers?)$/iu;

/** A name, then a cloud region's code right after it: "Supabase eu-west-3", "Neon `eu-central-1`". */
// Its city in brackets and the EU after a comma go with it: "Supabase eu-west-3 (Paris), UE".
const NAME_THEN_REGION =
  /(?<![\p{L}\d])(\p{Lu}[\p{L}\d.&-]{1,40})\s`?([a-z]{2,}-[a-z]+-\d{1,2})(?![\w-])`?((?:\s\([\p{L} .-]{1,30}\))?(?:,\s(?:UE|EU|EEE|EEA)(?!\p{L}))?)/gu;

/**
 * "Transferts hors UE : Non (Supabase eu-west-3, Paris)" in a record of processing, "Hébergement Supabase eu-west-3":
 * an entry named with the cloud region it runs in, outside its own row; that region's country is one more of its
 * places (every place the page names is kept). The entries by their name's first word: one look-up per match.
 */
export function attachNamedRegions(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byWord = new Map<string, ReadEntry | null>();
  for (const e of entries) {
    const word = (e.name ?? e.heading).split(/[\s,(]/)[0]!.toLowerCase();
    if (word) byWord.set(word, byWord.has(word) ? null : e);
  }
  const entryLines = new Set(entries.map((e) => e.line).filter((l) => l !== undefined));
  const texts = blocks.flatMap((b) => {
    if (b.kind === 'paragraph' || b.kind === 'item') return [b.text];
    if (b.kind !== 'table') return [];
    return b.rows.filter((r) => r.line === undefined || !entryLines.has(r.line)).flatMap((r) => r.cells);
  });
  for (const text of texts)
    for (const m of text.matchAll(NAME_THEN_REGION)) {
      const entry = byWord.get(m[1]!.toLowerCase());
      if (!entry || regionRef(m[2]!) === undefined || !readLocation(m[2]!).countries.length) continue;
      const place = `${m[2]!}${m[3]!}`;
      if (!entry.facts.some((f) => f.key === 'dataLocation' && f.value.includes(place)))
        entry.facts.push({ label: 'Region', value: place, key: 'dataLocation', adds: true });
    }
}

/** A line that may be a card's title: a few words, no sentence, no label, no digit of an address. */
const cardTitle = (b: PageBlock | undefined): b is Extract<PageBlock, { kind: 'paragraph' }> =>
  b?.kind === 'paragraph' &&
  b.text.length <= 60 &&
  b.text.split(' ').length <= 6 &&
  /^[\p{L}\d]/u.test(b.text) &&
  !/[.:;!?,]$/.test(b.text) &&
  !/:\s/.test(b.text) &&
  !/\d{3}/.test(b.text);

/** A postal address on a line of its own: a street's number and a postcode ("Højvangen 4, 8660 Skanderborg Denmark"). */
const postalLine = (b: PageBlock | undefined): b is Extract<PageBlock, { kind: 'paragraph' }> =>
  b?.kind === 'paragraph' &&
  b.text.length <= 120 &&
  !/[.:;!?]$/.test(b.text) &&
  /\p{L}{3,}\s+\d{1,4}[a-z]?,/u.test(b.text) &&
  /(?<!\d)\d{4,5}(?!\d)|(?<!\d)\d{3}\s\d{2}(?!\d)/.test(b.text);

/**
 * Cards copied from a browser, each a vendor's name on a line, its postal address on the next ("team.blue" over
 * "Højvangen 4, 8660 Skanderborg Denmark"), then a short line of what it does ("Emails and hosting") and sentences
 * about it, up to the next card: the name, the address (where the company is), the short line as its purpose, and
 * the place a sentence says the processing takes place or the data is stored. Two cards at least.
 */
export function addressCardEntries(blocks: PageBlock[]): ReadEntry[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) if (cardTitle(blocks[i]) && postalLine(blocks[i + 1])) starts.push(i);
  if (starts.length < 2) return [];
  return starts.map((at, k) => {
    const name = (blocks[at] as { text: string }).text;
    const address = (blocks[at + 1] as { text: string }).text;
    const facts: ReadFact[] = [{ label: 'Address', value: address, key: 'entityCountry' }];
    const next = starts[k + 1] ?? blocks.length;
    let j = at + 2;
    const role = blocks[j];
    if (j < next && cardTitle(role)) {
      facts.push({ label: 'Purpose', value: role.text, key: 'purpose' });
      j++;
    }
    const sentences = blocks.slice(j, next).flatMap((b) => (b.kind === 'paragraph' ? sentencesOf(b.text) : []));
    // A sentence's words before any that make it conditional ("may", "if", "where …"): what it states.
    const stated = sentences.map((s) => s.slice(0, s.search(CONDITIONAL) >>> 0));
    const places = [...new Set(stated.flatMap((s) => storedIn(s) ?? []))];
    if (places.length === 1) facts.push({ label: 'Stored in', value: places[0]!, key: 'dataLocation' });
    return { heading: name, name, line: blocks[at]!.line, facts };
  });
}

/** A section's title that says its parties are no sub-processors: "Not sub-processors.", "Ne sont pas des sous-traitants". */
const NOT_PARTIES =
  /(?<!\p{L})(?:not|no|non)[\s-]+(?:sub-?processors?|processors?|sous-traitants?)(?!\p{L})|ne\s+sont\s+pas\s+des\s+sous-traitants/iu;

/** A section's title in text that has no headings: a line of a few words ending in a full stop or a colon ("Billing."). */
const sectionTitle = (b: PageBlock): boolean =>
  b.kind === 'heading' || (b.kind === 'paragraph' && b.text.split(' ').length <= 5 && /[.:]$/.test(b.text));

/**
 * Items each led by a vendor's name, a dash, then what it does ("Hetzner Online GmbH (Germany) — primary hosting
 * provider. Operates …"), on a page that speaks of sub-processors, under section titles ("Infrastructure.",
 * "Billing."): one vendor each, its words after the dash its description. The items of a section whose title says
 * its parties are no sub-processors ("Not sub-processors.") are none; an item with no name before a dash, or under no
 * section's title, is none. Two such items at least, under two sections at least.
 */
export function dashItemEntries(blocks: PageBlock[]): ReadEntry[] {
  if (!blocks.some((b) => b.kind !== 'table' && PARTY_WORDS.test((b as { text: string }).text))) return [];
  const entries: ReadEntry[] = [];
  let excluded = false;
  // The section each item is under: items under two sections at least, each with its own title.
  let section = -1;
  const sections = new Set<number>();
  blocks.forEach((b, i) => {
    if (sectionTitle(b)) [excluded, section] = [NOT_PARTIES.test((b as { text: string }).text), i];
    if (b.kind !== 'item' || b.depth !== 0 || excluded || section < 0) return;
    const dash = /\s[—–]\s/.exec(b.text);
    const head = dash ? b.text.slice(0, dash.index).trim() : '';
    if (!dash || itemName(head) !== head) return;
    sections.add(section);
    entries.push({
      heading: head,
      line: b.line,
      facts: [{ label: 'Purpose', value: b.text.slice(dash.index + dash[0].length).trim(), key: 'purpose' }],
    });
  });
  return entries.length >= 2 && sections.size >= 2 ? entries : [];
}
