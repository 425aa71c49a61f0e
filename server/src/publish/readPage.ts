/**
 * Reading a published page back into its parts (title, criteria, entries with their facts, safeguards,
 * contact, last updated), whatever its format: each reader in `read/` turns its format into the same blocks
 * (headings, paragraphs, list items, tables), and this module interprets them. Tables are read by the
 * meaning of their columns (`read/columns.ts`); headed entries with labelled bullets (the shape `render`
 * writes) by their labels. Pure; `import` turns the result into an inventory.
 */
import { groupRow, shiftedRows } from './read/tableRows';
import { attachHostedAtPlace, hostedInBracketEntries } from './read/hostSentence';
import { cleanText, PageReadError, type PageBlock, type TableRow } from './read/blocks';
import { fill } from '../format';
import {
  columnKey,
  columnMatch,
  headerWords,
  nameFirstColumn,
  recipientsColumn,
  namesVendor,
  partyColumns,
  tableColumnKeys,
  type ColumnKey,
  processingRegister,
  recipientsFirst,
} from './read/columns';
import { delimitedTable, delimiterOf } from './read/delimited';
import { codeStringBlocks, withDictionaryStrings } from './read/codeStrings';
import { codeDocumentBlocks } from './read/codeDocument';
import { isTransferLabel, PROCESSING_HEADING, processingRecordEntries } from './read/processingRecords';
import { attachSeatBrackets } from './read/seatBrackets';
import { attachContrastedLocations } from './read/contrastedLocations';
import { nameAndSite } from './read/nameSite';
import { stackedCardEntries } from './read/stackedCards';
import {
  attachDpfCertified,
  attachIntroducedHostPlace,
  attachLabelledNamePlaces,
  attachNamedCases,
  attachSentToBrackets,
  bracketVendorEntries,
  hostingBracketEntries,
  recipientLineEntries,
} from './read/recipientLines';
import { codeArrayTables, codeMarkdownStrings, dataBlocks, namesOtherParties, withMappedArrays, withPropTables } from './read/data';
import { affiliateProseEntries } from './read/affiliates';
import { properName, recipientRowEntries } from './read/recipients';
import { htmlAttributeDate, htmlBlocks } from './read/html';
import { constantUpdateDate } from './read/updateDates';
import { providerClauses } from './read/providerClauses';
import { withOneLanguage } from './read/languageBranches';
import { withOneTranslation } from './read/translationCalls';
import { attachEntityBrackets } from './read/entityBrackets';
import { builderCallBlocks } from './read/builderCalls';
import { blankOpening, roleAwaitingName } from './read/blanks';
import { roleCard, roleLedLine } from './read/roleRecords';
import { attachHostFacts } from './read/hostFacts';
import { attachPaymentProviderCertification } from './read/paymentProvider';
import { keyedCardEntries, withKeyedCards } from './read/keyedCards';
import { isCollectedDataHeading, leadHref, leadItems, NOT_SUBPROCESSORS, notSubprocessorsSaid, PUBLISHER_TERM } from './read/leadLists';
import { uniqueUnread, type Unread } from './read/unread';
import { isPostalAddress } from './read/postalAddress';
import { providedBy } from './read/providedBy';
import { jointProcessorEntries } from './read/jointProcessors';
import { linkAsWritten, markdownBlocks } from './read/markdown';
import { textBlocks } from './read/text';
import {
  attachAgreementLinks,
  attachCardFacts,
  attachDescriptionPlaces,
  attachListLocations,
  attachPageWideFacts,
  attachNamedEstablishment,
  attachStaysIn,
  roleFacts,
  attachParagraphTransfers,
  attachClauseMechanisms,
  attachBracketedDestinations,
  attachDestinationTransfers,
  TRANSFERS_TO,
  attachDescriptionLabels,
  attachDescriptionMechanisms,
  attachDescriptionCompany,
  attachIncorporation,
  attachAgreementCellFacts,
  attachNamedRegions,
  attachSameTransfers,
  attachWhereLists,
  attachHeadingPlaces,
  attachSectionFacts,
  attachSentenceFacts,
  attachSiteLinks,
  attachTableParagraphs,
  ruleAndException,
  attachSectionTraining,
  attachNamedTraining,
  attachPageWidePlace,
  speaksOfSome,
  attachCertificationRows,
  cardEntries,
  CONTROLLER_HEADING,
  introducedListEntries,
  addressCardEntries,
  dashItemEntries,
  mergeFactTables,
  namedSectionEntries,
  inlineListEntries,
  flagListEntries,
  nameIndex,
  abbreviation,
  sentencesOf,
  proseNameEntries,
  subjectItemEntries,
  hostEntries,
  hostLabelledEntries,
  storedIn,
  CARD_NUMBER,
  labelledPlace,
  kindVendors,
} from './read/sections';
import type { Lang } from '../knowledge';
import { LABELS, type PageLabels } from './labels';
import {
  addressCountry,
  countryCode,
  dateIn,
  dateLine,
  entityIn,
  isDateLabel,
  LEAVING_EU,
  mechanismsIn,
  openCaseIn,
  nameAndEntity,
  noticeDaysIn,
  parenthesised,
  parseDate,
  partsOutsideBrackets,
  pendingName,
  readLocation,
  trainsOnCustomerDataIn,
  usCityAndState,
  withoutLegalForm,
} from './wording';
import { matchCertificationText } from '../knowledge';

export { PageReadError } from './read/blocks';

export interface ReadFact {
  label: string;
  value: string;
  /** The field a table's column names (by meaning); absent for a labelled fact, whose label says it. */
  key?: ColumnKey;
  /** A place the page states for all its entries, added to the entry's own place (`attachPageWidePlace`). */
  adds?: boolean;
  /** Words the page itself leaves open ("NOT VERIFIED", a column "to confirm"): kept in the note, read for no fact. */
  open?: boolean;
  /** A place in a column that writes US cities with their states ("Mountain View, CA"): read so (`usStateColumns`). */
  usStates?: boolean;
}

export interface ReadEntry {
  heading: string;
  /**
   * The name and entity when the source gives them apart (a table's columns): kept as they are. Absent when
   * the source has one combined heading ("Name (Entity)"), which the import splits.
   */
  name?: string;
  entity?: string;
  /** The id a table gives (an `id` column). */
  id?: string;
  group?: string;
  category?: string;
  /** The page says the entity belongs to the organisation's group (an "Affiliates" table, "Intra-group"). */
  affiliate?: boolean;
  /**
   * The page says the entry's processing is governed by another agreement, not this one ("governed by the Customer's
   * agreement with Anthropic, not this DPA"): the page's statements for all its sub-processors are not its.
   */
  outsideAgreement?: boolean;
  /** Where the entry is on the page (1-based line), for messages. */
  line?: number;
  facts: ReadFact[];
}

export interface ReadPage {
  title?: string;
  introduction: string[];
  tiers: string[];
  /** Sentences of the criteria section other than the intro (the DPA sentence). */
  criteriaSentences: string[];
  entries: ReadEntry[];
  safeguards: ReadFact[];
  /**
   * A sentence that introduces a list, joined to each of its items ("Where personal data is transferred outside the
   * EEA, we rely on: Standard Contractual Clauses …"): what the page states, one item at a time.
   */
  introducedItems?: string[];
  contact?: string;
  lastUpdated?: string;
  /** The notice a page promises before a new sub-processor, in days ("at least 30 days' notice"). */
  noticeDays?: number;
  /** The sentence that says so. */
  noticeSentence?: string;
  /** Lines the reader could not place; `import` keeps them as comments. */
  other: string[];
  /** Tables (and template placeholders) the import could not place, to report: the table "GitLab affiliates" of 11 rows. */
  unread: Unread[];
  /** Languages the page offers (a trailing "Mis à jour" link is the French version). */
  languages: string[];
  /** The language the page is written in, as far as its words tell. */
  lang: Lang;
}

/** Input that cannot be read as a list of sub-processors; the message says why, in one line. */

type Block =
  | { kind: 'line'; text: string; level?: number; line?: number }
  | { kind: 'bullet'; label?: string; value: string; text: string; line?: number }
  | { kind: 'item'; text: string; line?: number };

const ALL_LABELS = [LABELS.en, LABELS.fr];
/** Text as pages write it, with its white space made plain (the readers' one normalisation). */
const norm = cleanText;
const same = (a: string, b: string) => norm(a).toLowerCase() === norm(b).toLowerCase();

function isOneOf(text: string, pick: (l: PageLabels) => string): boolean {
  return ALL_LABELS.some((l) => same(text, pick(l)));
}

/** Every fact label in both languages, lower case, to the field it names. */
const FACT_LABELS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const l of ALL_LABELS) for (const [key, label] of Object.entries(l.facts)) map.set(norm(label).toLowerCase(), key);
  return map;
})();

/** Column meanings that name the entry itself or its place on the page, never a fact of a labelled line. */
const NOT_A_FACT: ReadonlySet<string> = new Set(['name', 'entity', 'id', 'group', 'category', 'note']);

/**
 * The field a label names: the page's own labels (the shape `render` writes), else the meaning a table
 * column of that header would have ("Territories: United States", "Nature of Processing: hosting").
 */
export function factKey(label: string): string | undefined {
  const own = FACT_LABELS.get(norm(label).toLowerCase());
  if (own) return own;
  // "Responsable de traitement", "Data controller": the page's own party, not a vendor's fact.
  if (CONTROLLER_HEADING.test(label)) return undefined;
  // "DPA Anthropic", "DPA Google AI": the agreement of the vendor the label names (a section of two candidates).
  if (/^DPA\s+\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,2}$/u.test(norm(label))) return 'dpa';
  // A longer label only when it is short: a sentence before a colon ("Adresse IP, user-agent : …") is no label.
  const match = columnMatch(label);
  if (!match || NOT_A_FACT.has(match.key)) return undefined;
  // A transfer's label says where to ("Safeguards for data transfers outside the EU"): longer, and still a label.
  const words = norm(label).split(' ').length;
  return match.exact || words <= 3 || (match.key === 'transfer' && words <= 8) ? match.key : undefined;
}

function splitLabel(text: string): { label?: string; value: string } {
  // "Territories:United Kingdom" (a label in bold with no space after it) too, but never "https://…".
  const m = /^([^:]{1,60}?)\s*:\s+(.*)$/.exec(text) ?? /^([^:]{1,60}?)\s*:\s*$/.exec(text) ?? /^([^:/]{1,60}?):(\p{L}.*)$/u.exec(text);
  // "Service: : Server hosting": a label whose own colon the copy kept before the separator's; the value after both.
  return m ? { label: norm(m[1]!), value: (m[2] ?? '').replace(/^:\s+/, '').trim() } : { value: text.trim() };
}

/**
 * The name a line gives under a label that names the entry whole ("Name: Chatwoot", "Sous-traitant : Brevo"). A
 * sentence after the label is no name: "Sous-traitant : <the publisher, its address and registration>. Ci-après
 * « l'Éditeur »." in a contract's parties describes the page's own party.
 */
function namedBy(text: string): string | undefined {
  return nameUnder(text, (label) => {
    const match = columnMatch(label);
    return match?.key === 'name' && !!match.exact;
  });
}

/** What a line gives under a label `isLabel` accepts, when it is a name and not a sentence (`namedBy`, `hostedBy`, `entityNamed`). */
function nameUnder(text: string, isLabel: (label: string) => boolean): string | undefined {
  const { label, value } = splitLabel(text);
  return label !== undefined && value && isLabel(label) && !isSentence(value) ? value : undefined;
}

/** The host a line names under a host label ("Le site est hébergé par : OVH"), a name and not a sentence. */
function hostedBy(text: string): string | undefined {
  return nameUnder(text, (label) => HOST_LABEL.test(label));
}

/** A heading over a legal notice's host: "Hébergement", "Hébergement du site", "Hébergeur", "Hosting", "Web host". */
const HOST_HEADING =
  /^(?:h[ée]bergement|h[ée]bergeurs?)(?:\s+(?:du|de\s+la|de\s+l['’]\s?)\s*(?:site|application|service|plateforme)(?:\s+web)?)?$|^(?:web\s*)?host(?:ing)?(?:\s+provider)?$/iu;

/** The company an entity's label gives ("Raison sociale : OVH SAS", "Company: Hetzner Online GmbH"), not a sentence. */
function entityNamed(text: string): string | undefined {
  return nameUnder(text, isEntityLabel);
}

/**
 * A label that names who hosts the site or the service, a legal notice's host: "Hébergeur", "Le site est hébergé
 * par", "Hosted by", "Hosting provider" (not "Hosting", which may give a place). The publisher's labels ("Édité
 * par", "Éditeur") name the page's own party.
 */
const HOST_LABEL =
  /^(?:(?:l['’]\s?)?h[ée]bergeurs?(?:\s+(?:du|de\s+la|de\s+l['’]\s?|des)\s*(?:site|application|service|plateforme|données)(?:\s+web)?)?|(?:(?:le|ce|notre)\s+(?:site|service|application|plateforme)(?:\s+web)?\s+est\s+)?h[ée]berg[ée]e?s?\s+(?:par|chez|auprès\s+de)|(?:(?:the|this|our)\s+(?:site|website|service|application|platform)\s+is\s+)?hosted\s+(?:by|with|at)|(?:web\s*)?host|(?:web\s*)?hosting\s+(?:provider|company))$/iu;

/** The indexes of the blocks of the section `i` is in: from the heading above it to the next heading. */
function sectionAt(blocks: PageBlock[], i: number): number[] {
  let start = i;
  while (start > 0 && blocks[start - 1]!.kind !== 'heading') start--;
  let end = i;
  while (end + 1 < blocks.length && blocks[end + 1]!.kind !== 'heading') end++;
  return Array.from({ length: end - start + 1 }, (_, k) => start + k);
}

/**
 * A table of one entry's facts, a label per row ("Champ | Detail" over "**Raison sociale** | AZNetwork",
 * "**Localisation** | France"): two columns, neither of which names entries, at least two rows (and half of them)
 * led by the label of a fact or of the entity. Each row as a labelled line; a value that is one link, its address.
 */
function factRows(table: Table): { label: string; value: string; line?: number }[] | undefined {
  if (table.header.length !== 2 || table.header.some((h) => ['name', 'entity'].includes(columnKey(h) ?? ''))) return undefined;
  const rows = table.rows.flatMap((r) => {
    const label = norm((r.cells[0] ?? '').replace(/[*_]/g, '')).replace(/\s*:$/, '');
    const text = norm(r.cells[1] ?? '');
    if (!label || !text) return [];
    // "[sentry.io/legal/dpa](https://sentry.io/legal/dpa) — SCCs …": the address the link's words give, then the rest.
    const link = r.links?.[1];
    const words = text.split(/\s/)[0]!.replace(/^www\./i, '');
    if (link && /^https?:\/\//i.test(link) && link.replace(/^https?:\/\/(?:www\.)?/i, '').startsWith(words)) {
      const rest = text.slice(text.indexOf(words) + words.length).replace(/^[\s—–,;:-]+/, '');
      return [{ label, value: link, line: r.line }, ...(rest ? [{ label, value: rest, line: r.line }] : [])];
    }
    return [{ label, value: text, line: r.line }];
  });
  const known = rows.filter((r) => factKey(r.label) !== undefined || isEntityLabel(r.label)).length;
  // "Champ | Valeur", "Field | Value": a header that says each row is a field needs only two known labels (the
  // others, "Chiffrement", "Risque résiduel", are kept in the note); not a record of a processing or a transfer,
  // whose rows give its legal basis ("Base légale").
  return known >= 2 && (known * 2 >= rows.length || fieldTable(table)) ? rows : undefined;
}

/**
 * A description that labels its place in a clause ("Hosting as a CSP, location: AWS EU (Paris)", "Email sending.
 * Location of processing: USA, Azure"), in any of the entry's descriptions, keyed or labelled (a card's rows): where
 * the data is, for an entry that states no place of its own.
 */
function attachLabelledPlaces(entries: ReadEntry[]): void {
  for (const e of entries) {
    const keyOf = (f: ReadFact) => f.key ?? factKey(f.label);
    if (e.facts.some((f) => keyOf(f) === 'dataLocation')) continue;
    const place = e.facts
      .filter((f) => keyOf(f) === 'purpose')
      .flatMap((f) => sentencesOf(f.value))
      .map(labelledPlace)
      .find((x) => x);
    if (place) e.facts.push({ label: 'Stored in', value: place, key: 'dataLocation' });
  }
}

/** A table headed by a card's number alone ("Sub-Processor 1 |", "Sous-traitant n° 2 |"): one vendor's card. */
const numberedCard = (table: Table): boolean =>
  CARD_NUMBER.test(
    norm(table.header[0] ?? '')
      .replace(/[*_:]/g, '')
      .trim(),
  ) && table.header.slice(1).every((h) => !h.trim());

/** A row's label that names the party whole: "Full legal name of sub-processor", "Name", "Nom", "Dénomination sociale". */
const NAME_ROW = /(?<!\p{L})(?:name|nom|d[ée]nomination|raison sociale)(?!\p{L})/iu;

type CardRow = { label: string; value: string; line?: number };

/**
 * A numbered card set as a table (`numberedCard`): the row naming the vendor ("Full legal name of sub-processor",
 * "Nom du sous-traitant"), and its other rows as labelled facts. Their labels are a template's long ones ("Subject
 * matter and description of processing including …", "Nature of processing (hosting, access only, etc.)"): labels by
 * where they stand, read by the meaning of their words as a column's header is, and written as the label of that
 * meaning. A row whose label means nothing is kept as written (a note); an empty value, a row left unfilled.
 */
function cardRows(table: Table): { name: CardRow; facts: CardRow[] } | undefined {
  if (table.header.length !== 2 || !numberedCard(table)) return undefined;
  const rows = table.rows.flatMap((r) => {
    const label = norm((r.cells[0] ?? '').replace(/[*_]/g, '')).replace(/\s*:$/, '');
    const value = norm(r.cells[1] ?? '');
    return label && value ? [{ label, value, line: r.line }] : [];
  });
  const name = rows.find((r) => NAME_ROW.test(r.label) && ['name', 'entity'].includes(columnKey(r.label) ?? ''));
  if (!name || isSentence(name.value)) return undefined;
  const facts = rows
    .filter((r) => r !== name)
    .map((r) => {
      if (factKey(r.label) !== undefined) return r;
      const key = columnMatch(r.label)?.key;
      const label = key !== undefined && !NOT_A_FACT.has(key) ? (LABELS.en.facts as Record<string, string>)[key] : undefined;
      return label ? { ...r, label } : r;
    });
  return { name, facts };
}

/**
 * A table of one party's fields: its header says so ("Champ | Valeur"), and no row gives a legal basis (a record of a
 * processing or of a transfer, "Base légale", describes no vendor).
 */
const fieldTable = (table: Table): boolean =>
  FIELD_HEADER.test(table.header.map((h) => norm(h)).join(' | ')) &&
  !table.rows.some((r) => LEGAL_BASIS_LABEL.test(norm((r.cells[0] ?? '').replace(/[*_]/g, '')).replace(/\s*:$/, '')));

/**
 * Two or more tables of fields, each under its vendor's heading, that the page's tables of entries list again, every
 * row of them, by the same or a short name ("Brevo Email" for "### Sous-traitant #2 : Brevo Transactional Email API v3"):
 * a summary of the sections, which are the vendors'. Otherwise such tables describe something else.
 */
function summarised(blocks: PageBlock[], fieldTables: { b: Table; i: number }[], entryTables: { b: Table; i: number }[]): boolean {
  if (fieldTables.length < 2) return false;
  const sections = new EarlierEntries();
  for (const { i } of fieldTables) {
    const heading = blocks[i - 1] as Extract<PageBlock, { kind: 'heading' }>;
    sections.add({ heading: unnumbered(norm(heading.text)).replace(NUMBERED_PARTY, ''), facts: [] });
  }
  return entryTables.every(({ b }) => {
    const at = tableColumnKeys(b.header).indexOf('name');
    return (
      at >= 0 &&
      b.rows.every((r) => {
        const row = { heading: norm((r.cells[at] ?? '').replace(/[*_]/g, '')), facts: [] };
        return sections.sameVendor(row) !== undefined || sections.shortFor(row) !== undefined;
      })
    );
  });
}

/** A two-column table's header of fields and their values: "Champ | Valeur", "Field | Value", "Attribute | Details". */
const FIELD_HEADER =
  /^(?:champs?|rubriques?|attributs?|propriétés?|éléments?|fields?|attributes?|properties|items?|keys?|clés?)\s\|\s(?:valeurs?|détails?|informations?|contenu|values?|details?|information)$/iu;

/** Whether a heading and a name share a word of three letters or more ("Stripe" and "Stripe, Inc."). */
function headingSharesWord(heading: string, name: string): boolean {
  const words = (t: string) =>
    new Set(
      norm(unnumbered(t))
        .toLowerCase()
        .match(/\p{L}[\p{L}\d]{2,}/gu) ?? [],
    );
  const own = words(name);
  return [...words(heading)].some((w) => own.has(w));
}

/** "« Sous-traitant » désigne Acme SA", "“Processor” means Acme Ltd": the processor an agreement defines. */
const DEFINES_PROCESSOR =
  /[«“"]\s*(?:sous-traitant|processor|data processor)\s*[»”"]\s+(?:désigne|means|refers to)\s+([\p{Lu}][^.,;«»“”"()]{1,60}?)\s*[.,;]/giu;

/** The names (lower case) the page's paragraphs give the processor the agreement itself binds: the publisher. */
function definedProcessors(blocks: PageBlock[]): Set<string> {
  const names = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const m of b.text.slice(0, 5000).matchAll(DEFINES_PROCESSOR)) names.add(m[1]!.trim().toLowerCase());
  }
  return names;
}

/** A bare domain, the whole of a line ("aws.amazon.com", "www.cloudflare.com"). */
const DOMAIN = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}$/i;

/** A paragraph that can be a vendor's name: short, no label, not a sentence. */
const isNameLine = (b: PageBlock | undefined) =>
  b?.kind === 'paragraph' && b.text.length <= 80 && splitLabel(b.text).label === undefined && !isSentence(b.text);

/**
 * The interpreter's view of the readers' blocks: a labelled paragraph or item ("Purpose: ...") is a fact bullet;
 * with `factTables`, so is each row of a two-column table of labels (`factRows`).
 */
function toBlocks(blocks: PageBlock[], factTables: boolean | ReadonlySet<PageBlock>): Block[] {
  const out: Block[] = [];
  const labelled = (b: PageBlock | undefined) => {
    if (b?.kind !== 'item' && b?.kind !== 'paragraph') return false;
    const { label } = splitLabel(b.text);
    return label !== undefined && (factKey(label) !== undefined || PHONE_LABEL.test(norm(label)));
  };
  // "Name: Chatwoot" over "Website: …", "Description: …" (numbered or not): the line names an entry, as a heading
  // would; not under a heading whose section it is the one such line of ("### Stripe" over "- Name: Stripe, Inc.").
  const nameLines = blocks.map((b, i) =>
    b.kind !== 'table' && b.kind !== 'heading' && labelled(blocks[i + 1]) ? namedBy(b.text) : undefined,
  );
  // "### Base de données" over "- Service : PostgreSQL", "- Fournisseur : Neon": a section whose one line naming a
  // vendor ("Fournisseur", "Provider", "Sous-traitant") names its entry; the heading names the service it provides.
  const vendorLine = new Map<number, number>();
  const ownProcessor = definedProcessors(blocks);
  blocks.forEach((b, h) => {
    if (b.kind !== 'heading' || blocks[h + 1] === undefined || blocks[h + 1]!.kind === 'heading') return;
    // "1. Qui sommes-nous" over "Responsable du traitement : le marchand", "Sous-traitant : <the publisher>": the
    // page's own parties, whose roles those labels give; no vendor. Only a heading about the parties: one in common
    // words that a fact label matches ("### Base de données" over "Fournisseur : Neon") names the service.
    const t = unnumbered(norm(b.text)).replace(/[.:]+$/, '');
    // "Traitement 1 : Gestion des clients" over "Sous-traitants : …": a processing, whose vendors a record's reader reads.
    if (PARTY_HEADING.test(t) || DOCUMENT_HEADING.test(t) || PROCESSING_HEADING.test(t)) return;
    // "## Hébergement du site" over "Nom : o2switch" or "Raison sociale : OVH SAS": under a host's heading, the line
    // naming a party names the host.
    const hostSection = HOST_HEADING.test(t);
    const named = sectionAt(blocks, h + 1).filter((j) => {
      const c = blocks[j]!;
      if (c.kind !== 'item' && c.kind !== 'paragraph') return false;
      // A definition list's host term ("Hébergeur" over "Hetzner Online GmbH") is read whole by `hostEntries`.
      if (c.kind === 'item' && c.term) return namedBy(c.text) !== undefined && namesVendor(splitLabel(c.text).label!);
      // Only under a host's heading: under a vendor's ("### Supabase" over "Hébergeur : AWS") it names that vendor's host.
      if (hostSection && hostedBy(c.text) !== undefined) return true;
      const { label } = splitLabel(c.text);
      return (namedBy(c.text) !== undefined && (namesVendor(label!) || hostSection)) || (hostSection && entityNamed(c.text) !== undefined);
    });
    // "Sous-traitant : Mano Verde SA, Kinshasa" on a page that says "« Sous-traitant » désigne Mano Verde SA": the
    // processor the agreement binds, the page's own company, no sub-processor of it.
    const one = named.length === 1 ? (blocks[named[0]!] as { text: string }) : undefined;
    const ownName = one ? (namedBy(one.text) ?? '').split(',')[0]!.trim().toLowerCase() : '';
    if (one && !(ownName && ownProcessor.has(ownName))) vendorLine.set(h, named[0]!);
  });
  const vendorLines = new Set(vendorLine.values());
  // Items a label alone on its line has taken as its value.
  const listed = new Set<PageBlock>();
  for (const [i, b] of blocks.entries()) {
    if (vendorLines.has(i) || listed.has(b)) continue;
    const j = vendorLine.get(i);
    if (j !== undefined && b.kind === 'heading') {
      const vendor = blocks[j] as Extract<PageBlock, { kind: 'item' | 'paragraph' }>;
      const said = namedBy(vendor.text) ?? hostedBy(vendor.text) ?? entityNamed(vendor.text)!;
      // "Ce site est hébergé par :<br><strong>Nubo Cloud Inc.</strong><br>12 Harbour Road …": the card's lines run on
      // after the name in bold; the name is the bold words.
      const bold = vendor.kind === 'paragraph' ? vendor.strong?.[0]?.trim() : undefined;
      const name = bold && said.startsWith(`${bold} `) ? bold : said;
      out.push({ kind: 'line', text: name, level: b.level, line: vendor.line });
      out.push({ kind: 'bullet', label: 'Service', value: b.text, text: b.text, line: b.line });
      // "Le site est hébergé par la société :" between the heading and the vendor's line: the sentence that introduces
      // the lines the entry now opens, not one that ends it.
      for (let k = i + 1; k < j; k++) {
        const x = blocks[k]!;
        if (x.kind === 'paragraph' && isSentence(x.text) && x.text.trim().endsWith(':')) listed.add(x);
      }
      // "[Neon.tech](https://neon.tech)": a name that is one link is the vendor's site.
      const link = vendor.links?.length === 1 ? vendor.links[0]! : undefined;
      if (link?.href && /^https?:\/\//i.test(link.href) && norm(link.text) === name)
        out.push({ kind: 'bullet', label: 'Website', value: link.href, text: vendor.text, line: vendor.line });
      continue;
    }
    if (b.kind === 'table') {
      // "Champ | Detail" over "Raison sociale | AZNetwork", "Localisation | France": labelled lines set as a table.
      if (factTables === true || (factTables !== false && factTables.has(b))) {
        const card = cardRows(b);
        // "Sub-Processor 1 |" over "Full legal name of sub-processor | Acme Ltd", "Address / country | …": a numbered
        // card set as a table, one per vendor; the row naming it names the entry, as a heading would.
        // A card whose other rows are left empty is still the vendor's entry: `interpret` adds it.
        if (card?.facts.length) out.push({ kind: 'line', text: card.name.value, line: card.name.line });
        for (const row of card?.facts ?? factRows(b) ?? []) out.push({ kind: 'bullet', ...row, text: `${row.label}: ${row.value}` });
      }
      continue;
    }
    const name = nameLines[i];
    const above = blocks[i - 1];
    // "### Stripe" over "- Name: Stripe, Inc.": the heading names the same vendor. "#### Hosting service providers"
    // over "Name: Amazon Web Services EMEA SARL": a kind of provider, the line names the entry.
    const headingNames =
      above?.kind === 'heading' &&
      sectionAt(blocks, i).filter((j) => nameLines[j]).length === 1 &&
      name !== undefined &&
      headingSharesWord(above.text, name);
    if (name !== undefined && !headingNames) {
      out.push({ kind: 'line', text: name, line: b.line });
      continue;
    }
    // A heading, a line that is only a link (the vendor's site, "aws.amazon.com"), then labelled facts: the
    // heading names the entry, the link is its website.
    const link = b.kind === 'paragraph' && b.links?.length === 1 ? b.links[0]! : undefined;
    if (link?.href && norm(link.text) === norm(b.text) && blocks[i - 1]?.kind === 'heading' && labelled(blocks[i + 1])) {
      out.push({ kind: 'bullet', label: 'Website', value: link.href, text: b.text, line: b.line });
      continue;
    }
    // Text copied from a browser: a name line, its domain alone on the next ("aws.amazon.com"), then labelled facts.
    if (b.kind === 'paragraph' && DOMAIN.test(b.text) && isNameLine(blocks[i - 1]) && labelled(blocks[i + 1])) {
      out.push({ kind: 'bullet', label: 'Website', value: b.text, text: b.text, line: b.line });
      continue;
    }
    if (b.kind === 'heading') out.push({ kind: 'line', text: b.text, level: b.level, line: b.line });
    else if (b.kind === 'item' && b.ordered && labelled(blocks[i + 1]) && isNameLine({ kind: 'paragraph', text: b.text }))
      // "1. Stripe" over "- Service: …", "- Data: …": a numbered line that is a name alone, then labelled lines, names
      // an entry as a heading would.
      out.push({ kind: 'line', text: b.text, line: b.line });
    else if (b.kind === 'item' && b.ordered) out.push({ kind: 'item', text: b.text, line: b.line });
    else if (b.kind === 'item' && b.term && b.lead && !isWholeLabel(b.lead.text)) {
      // A definition list's term that is no label names what it describes ("Stripe: payments"): no fact bullet.
      out.push({ kind: 'item', text: b.text, line: b.line });
    } else if (b.kind === 'item') {
      const { label, value } = splitLabel(b.text);
      out.push({ kind: 'bullet', label, value, text: b.text, line: b.line });
    } else {
      const { label, value } = splitLabel(b.text);
      // "Purpose:" alone over "- application hosting;", "- deployment infrastructure.": the label's value is its list.
      const list: Extract<PageBlock, { kind: 'item' }>[] = [];
      for (let j = i + 1; !value && label !== undefined && j < blocks.length; j++) {
        const x = blocks[j]!;
        if (x.kind !== 'item' || x.depth !== 0 || x.ordered || splitLabel(x.text).label !== undefined) break;
        list.push(x);
      }
      if (label !== undefined && factKey(label) !== undefined && list.length) {
        out.push({ kind: 'bullet', label, value: list.map((x) => x.text).join(' '), text: b.text, line: b.line });
        for (const x of list) listed.add(x);
      } else if (label !== undefined && (factKey(label) !== undefined || (value && PHONE_LABEL.test(norm(label))))) {
        // "Site Web : <a href="https://…/fr/">www.example.com</a>": the address the link goes to, not its words.
        const site = factKey(label) === 'website' && b.kind === 'paragraph' && b.links?.length === 1 ? b.links[0]! : undefined;
        const href = site?.href && /^https?:\/\//i.test(site.href) && norm(site.text) === norm(value) ? site.href : undefined;
        out.push({ kind: 'bullet', label, value: href ?? value, text: b.text, line: b.line });
      } else if (label !== undefined && cardLine(blocks, i, labelled)) {
        // "Vercel Inc." over "Added: Oct 5, 2025", then "Purpose:…", "Location:…": a card's line with a label of its
        // own between its name and its facts is one of its lines, not the name of the card.
        out.push({ kind: 'bullet', label, value, text: b.text, line: b.line });
      } else out.push({ kind: 'line', text: b.text, line: b.line });
    }
  }
  return out;
}

/** How many lines with labels of their own a card may hold between its name and its first fact. */
const CARD_OWN_LINES = 3;

/**
 * Whether the paragraph at `i` is a line of a card with a label of its own that names no fact ("Added: Oct 5, 2025",
 * "Ajouté le : 5 octobre 2025", "Tier: 2"): the lines from a name line alone ("Vercel Inc.") down to a fact's line
 * ("Purpose: …") hold only such lines. A label over an email address is someone's contact, never a card's line; a
 * labelled line with no name line above it, or no fact below, is read as before.
 */
function cardLine(blocks: PageBlock[], i: number, labelled: (b: PageBlock | undefined) => boolean): boolean {
  const own = (b: PageBlock | undefined) =>
    b?.kind === 'paragraph' && ownLabel(b.text) !== undefined && !contactLine(b.text) && !labelled(b);
  if (!own(blocks[i])) return false;
  let up = i - 1;
  while (up > i - CARD_OWN_LINES && own(blocks[up])) up--;
  let down = i + 1;
  while (down < i + CARD_OWN_LINES && own(blocks[down])) down++;
  return isNameLine(blocks[up]) && labelled(blocks[down]);
}

/**
 * A phone number's label ("Numéro de téléphone : +1 …", "Tél. : …", "Phone: …"): a line of a card's details between
 * its "Nom : …" and its "Adresse postale : …", never the name of an entry.
 */
const PHONE_LABEL = /^(?:(?:num[ée]ro de )?t[ée]l[ée]phone|t[ée]l\.?|phone(?: number)?|telephone(?: number)?|fax)$/iu;

const isFactBullet = (b: Block | undefined) => b?.kind === 'bullet' && b.label !== undefined && factKey(b.label) !== undefined;

/** A fact's label as a whole ("Purpose", "Finalité", "Data Location"). */
function isWholeLabel(label: string): boolean {
  const match = columnMatch(label);
  return FACT_LABELS.has(norm(label).toLowerCase()) || (match?.exact === true && !NOT_A_FACT.has(match.key));
}

/** A label that names the legal entity ("Société", "Legal entity"): the entry's entity, not a fact of it. */
const isEntityLabel = (label: string) => columnMatch(label)?.key === 'entity' && norm(label).split(' ').length <= 3;

/**
 * Whether labelled bullets start at `i` ("**Société :** …", "**Finalité :** …"): a run of bullets each with a
 * short label, one of which names a fact or the entity. Under a heading they are that heading's entry's facts,
 * whatever labels the page adds of its own ("Important :", "Politique :").
 */
function labelledRun(blocks: Block[], i: number): boolean {
  let known = false;
  for (let j = i; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== 'bullet' || b.label === undefined) break;
    if (j === i && norm(b.label).split(' ').length > 5) return false;
    // The first label as a fact bullet is read; the later ones only as labels whole ("Finalité"), not a name
    // that holds a label's word ("Amazon Web Services"). A note alone ("Note : La liste … est susceptible
    // d'évoluer" under an annex's heading) speaks of the section, not of a vendor it would name.
    const key = j === i ? factKey(b.label) : undefined;
    if ((j === i ? key !== undefined && key !== 'note' : isWholeLabel(b.label)) || isEntityLabel(b.label)) known = true;
    if (known) return true;
  }
  return false;
}

/**
 * Whether the labelled lines from `i` are a legal notice's publisher's record: one of them names the publication's
 * director ("Directeur de la publication : …", "Publication director: …"), which only the publisher has.
 */
function publisherRun(blocks: Block[], i: number): boolean {
  // The record's lines, up to the next heading: its labelled lines, and those the readers keep as plain lines.
  for (let j = i; j < Math.min(blocks.length, i + 8); j++) {
    const b = blocks[j]!;
    if (b.kind === 'line' && b.level !== undefined) return false;
    const label = b.kind === 'bullet' ? (b.label ?? '') : b.kind === 'line' ? (splitLabel(b.text).label ?? '') : '';
    if (/^(?:directeur|directrice|responsable) de (?:la )?publication$|^publication (?:director|manager)$/i.test(norm(label))) return true;
  }
  return false;
}

/** A processing's legal basis as a label: "Base légale", "Fondement juridique", "Legal basis", "Lawful basis of processing". */
const LEGAL_BASIS_LABEL =
  /^(?:base (?:légale|juridique|de licéité)|fondement (?:juridique|légal)|legal basis|lawful basis)(?: (?:du|de ce) traitement| (?:of|for) (?:the |this )?processing)?$/i;

/**
 * Whether the labelled lines from `i` describe a processing activity, a record of processing ("Finalité", "Base
 * légale : exécution du contrat", "Sous-traitant : Postie (envoi des courriels)."): its legal basis, and a line that
 * names the sub-processor it uses or no line of a vendor's facts. Its heading names the processing ("T2 —
 * Authentification"), never a vendor; a vendor's own section may give a legal basis too, beside its address or the
 * country of processing, but names no sub-processor of its own.
 */
/** The label of a processing's name in a record of processing: "Nom du traitement", "Processing name". */
const PROCESSING_NAME_LABEL =
  /^(?:nom|intitulé|dénomination) du traitement$|^(?:processing(?: activity)? name|name of (?:the )?processing(?: activity)?)$/i;

function processingRecord(blocks: Block[], i: number): boolean {
  let named = false;
  let basis = false;
  let vendor = false;
  let vendorFact = false;
  let subjects = false;
  for (let j = i; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== 'bullet' || b.label === undefined) break;
    const label = norm(b.label).replace(/[*_]/g, '').trim();
    const legalBasis = LEGAL_BASIS_LABEL.test(label);
    subjects ||= DATA_SUBJECTS_LABEL.test(label);
    // "Nom du traitement", "Name of the processing": the lines name a processing, whatever they say of its transfers.
    if (PROCESSING_NAME_LABEL.test(label)) named = true;
    basis ||= legalBasis;
    if (basis && named) return true;
    vendor ||= namesVendor(label) && columnMatch(label)?.key === 'name';
    if (basis && vendor) return true;
    const key = legalBasis ? undefined : factKey(label);
    vendorFact ||= (key !== undefined && VENDOR_FACTS.has(key)) || isEntityLabel(label);
  }
  // Or a legal basis among lines that say nothing a vendor's would (its place, company, agreement, certifications):
  // "### T1 — Gestion des comptes" over "Finalité", "Base légale", "Données", "Conservation". The same for the
  // description of the processing a DPA gives (Art. 28(3)): "Finalité", "Durée", "Personnes concernées".
  return (basis || subjects) && !vendorFact;
}

/** The label of whose data a processing concerns: "Personnes concernées", "Catégories de personnes concernées", "Data subjects". */
const DATA_SUBJECTS_LABEL = /^(?:catégories? de )?personnes concernées$|^(?:categories of )?data subjects$|^catégories de personnes$/i;

/** The facts only a vendor's lines give, never a processing's: where, which company, its agreement, its site. */
const VENDOR_FACTS: ReadonlySet<string> = new Set([
  'dataLocation',
  'entityCountry',
  'transfer',
  'certifications',
  'dpa',
  'website',
  'access',
  'trainsOnCustomerData',
]);

/**
 * A heading that names the page's own parties or a topic, never a vendor: the controller ("1. Responsable du
 * traitement", "Joint controllers"), its contact or publisher, or a fact's label as a whole ("Résidence des
 * données", "Data location"). Its labelled lines are the page's, not an entry's.
 */
const PARTY_HEADING =
  /^(?:(?:the |our |le |la |les )?(?:data )?(?:controllers?|joint controllers?|co-?controllers?|responsables? (?:conjoints? )?(?:du|de|des) traitements?|responsables? conjoints?|contact|contacts|nous contacter|contact us|dpo|data protection officer|délégué à la protection des données|éditeur|publisher|who we are|qui sommes-nous|about us|identité)(?: \(dpo\))?)$/i;
/**
 * A party of the agreement the page is, with the name the contract gives it: "Le Sous-traitant (ci-après « Kairos »)",
 * "Acme SAS (hereinafter the “Processor”)". Its lines are that party's details, no sub-processor's.
 */
const DEFINED_PARTY = /\((?:ci-après|ci-dessous|hereinafter|hereafter)(?!\p{L})/iu;
/** A heading that names a legal notice's publisher: "Éditeur", "Éditeur du site", "Publisher", "2. Éditeur et directeur …". */
const PUBLISHER_HEADING = /^(?:\d{1,2}[.)]?\s+)?(?:[ée]diteur|publisher|site publisher)(?!\p{L})/iu;
/** A heading that is the title of a document ("Analyse d'impact relative à la protection des données", "Privacy policy"). */
const DOCUMENT_HEADING =
  /^(?:analyse d['’]impact|aipd|dpia|data protection impact assessment|politique de (?:confidentialité|protection des données)|privacy (?:policy|notice|statement)|registre des (?:activités de )?traitements?|record of processing|mentions légales|legal notice|conditions générales|terms of (?:service|use))(?!\p{L})/iu;
/**
 * A heading that is one of a privacy policy's own topics ("Durée de conservation", "Data retention", "Vos droits",
 * "Your rights", "Cookies"): its labelled lines ("**Données de compte :** conservées …") are about the page's data,
 * not a vendor's facts.
 */
const POLICY_TOPIC_HEADING =
  /^(?:(?:les |vos |your |our |nos )?(?:dur[ée]es? de conservation|conservation des données|(?:data )?retention(?: periods?)?|how long we (?:keep|retain)|droits|vos droits|rights|your rights|(?:data subject|individual) rights|droits des personnes|cookies?(?: et traceurs| and (?:similar )?tracking technologies)?|traceurs|transferts? (?:internationaux|de données(?: personnelles)?(?: hors (?:de l['’])?(?:ue|eee|union européenne))?)|(?:international )?(?:data )?transfers(?: of (?:personal )?data)?))$/i;
/** A heading that asks a question: it ends with a question mark. */
const QUESTION_HEADING = /\?[\s»"”]*$/u;
function isPartyHeading(text: string): boolean {
  const t = unnumbered(norm(text)).replace(/[.:]+$/, '');
  // "4. Pourquoi collectons-nous ces données ?", "Why do we share your data?": a question the page answers, no name.
  if (QUESTION_HEADING.test(t)) return true;
  // "🌍 Transferts Internationaux": the pictogram before a topic's words is no part of them.
  const words = t.replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u, '');
  if (DOCUMENT_HEADING.test(t) || POLICY_TOPIC_HEADING.test(words) || DEFINED_PARTY.test(t)) return true;
  const match = columnMatch(t);
  if (PARTY_HEADING.test(t) || (match?.exact === true && !NOT_A_FACT.has(match.key))) return true;
  // A label in common words ("Résidence des données"), no proper name after its first word.
  return factKey(t) !== undefined && !/\s[\p{Lu}\d]/u.test(t);
}

/**
 * A heading that is the title of the list ("Sub-processors", "Our sub-processors", « Liste des sous-traitants
 * ultérieurs »): no vendor's name; the labelled lines under it ("Transfers outside the EU: SCCs") speak of the list.
 */
const LIST_TITLE =
  /^(?:(?:our|the|list of|nos|les|la liste des|liste des)\s+)?(?:sub-?processors?|subcontractors?|sous-traitants?(?:\s+ult[ée]rieurs)?)(?:\s+(?:list|liste))?$/iu;

/** A heading's numbering ("4.1 Supabase", "2) Stripe", "III. Mailgun"), not part of the name it gives. */
/** "Sous-traitant #2 : Brevo", "Sub-processor 3 – Acme", "Prestataire n° 1 : …": the party's number before its name. */
const NUMBERED_PARTY =
  /^(?:sous-traitants?(?: ultérieurs?)?|sub-?processors?|prestataires?|fournisseurs?|vendors?|providers?)\s*(?:#|n°|no\.)?\s*\d{1,3}\s*[:.—–-]\s+(?=\S)/iu;
const unnumbered = (text: string) => text.replace(/^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVX]{1,5}\.|\d{1,3}\))\s+(?=\S)/, '');

/** An entity bullet's value: the entity ("Supabase Inc.") and what follows it (its address), apart. */
function entityAndAddress(value: string): { entity: string; address?: string } {
  const v = norm(value);
  const entity = entityIn(v) ?? v.split(/,\s/)[0]!;
  const address = v
    .slice(entity.length)
    .replace(/^[\s,;–—-]+/, '')
    .trim();
  return address ? { entity, address } : { entity };
}

/**
 * An address bullet that starts with a street number (never a company's name) and gives more than one address, or a
 * company in brackets after it: the address of the company the line names (`company`), and the rest (`aside`), apart.
 */
function postalAddresses(value: string): { company?: string; address: string; aside?: string } | undefined {
  const v = norm(value);
  if (!/^\d/.test(v)) return undefined;
  const parts = v.split(/\s+\/\s+/);
  if (parts.length > 1) {
    const led = parts.find((p) => !/^\d/.test(p) && entityIn(p) !== undefined && p.startsWith(entityIn(p)!));
    if (!led) return undefined;
    const { entity, address } = entityAndAddress(led);
    return { company: entity, address: address ?? led, aside: parts.filter((p) => p !== led).join(' / ') };
  }
  const bracket = parenthesised(v);
  if (bracket && entityIn(bracket.inner.replace(/^[^:]{0,40}:\s*/, '')) !== undefined)
    return { address: bracket.head.replace(/[\s,;]+$/, ''), aside: bracket.inner };
  return undefined;
}

function stripGroup(text: string): string | undefined {
  for (const l of ALL_LABELS) {
    if (l.groupSuffix.test(norm(text))) return norm(text).replace(l.groupSuffix, '').trim() || norm(text);
  }
  return undefined;
}

/** A line that goes on from the one above it: it starts in lower case, or with a parenthesis or a conjunction's sign. */
const startsInLowerCase = (text: string) => /^[\p{Ll}(,;&+]/u.test(text.trim());

/**
 * "Email : contact@…" between "Adresse : …" and "Site web : …": a line with a short label of its own, even one that
 * names no fact, is one more labelled line of the card, not the rest of the one above it nor a vendor's name.
 */
function ownLabel(text: string): { label: string; value: string } | undefined {
  const { label, value } = splitLabel(text);
  return label !== undefined && value && /^\p{Lu}/u.test(label) && label.split(' ').length <= 3 ? { label, value } : undefined;
}

/**
 * Whether the line at `i` is the rest of the bullet above it, wrapped when the page was copied: it follows a
 * fact bullet of the current entry and either starts in lower case, or is followed by a fact the entry does
 * not have yet (a new entry starts again from its first fact).
 */
function continuesBullet(blocks: Block[], i: number, entry: ReadEntry): boolean {
  const b = blocks[i]!;
  const prev = blocks[i - 1];
  if (b.kind !== 'line' || b.level !== undefined || prev?.kind !== 'bullet' || !isFactBullet(prev)) return false;
  if (startsInLowerCase(b.text)) return true;
  if (ownLabel(b.text) !== undefined) return false;
  const next = blocks[i + 1];
  if (!isFactBullet(next) || next?.kind !== 'bullet') return false;
  const seen = new Set(entry.facts.map((f) => factKey(f.label)));
  return !seen.has(factKey(next.label!));
}

/**
 * A line that is a sentence, not a name: it ends as sentences do (".", ":") or runs past a dozen words. A name whose
 * legal form ends in a dot ("Stripe, Inc.") is a name.
 */
function isSentence(text: string): boolean {
  const t = text.trim();
  if (t.endsWith('.') && entityIn(t) === t) return false;
  return /[.:]$/.test(t) || t.split(/\s+/).length > 12;
}

/** A label, then an email address and nothing else: "Customer Support: support@acme.example", a contact's line. */
function contactLine(text: string): boolean {
  const { label, value } = splitLabel(text);
  return label !== undefined && /^<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(value);
}

/**
 * A line that is a vendor's name, a dash, then its role ("Stripe Inc. — Paiement en ligne", "MongoDB Atlas (MongoDB
 * Inc.) – Base de données"): the name a capitalised phrase of at most eight words, the role a few words, no sentence.
 */
function nameDashRole(text: string): { name: string; role: string } | undefined {
  // A card's number before its name ("1. NOWPayments B.V. (Pays-Bas) - Paiements") is no part of it; after a number,
  // a hyphen between spaces is the card's dash too.
  const numbered = /^\d{1,2}[.)]\s+/.exec(text);
  if (numbered) text = text.slice(numbered[0].length);
  const at = text.search(numbered ? / [—–-] / : / [—–] /);
  if (at < 0 || text.length > 140) return undefined;
  const name = text.slice(0, at).trim();
  const role = text.slice(at + 3).trim();
  if (!name || !role || /\s[—–-]\s/.test(role) || role.includes('@') || /[.:;!?]$/.test(role)) return undefined;
  if (!/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 8 || isSentence(name) || isPartyHeading(name)) return undefined;
  return { name, role };
}

/**
 * A heading that names a service, its company in brackets, then its role ("Firebase (Google LLC) — Authentication"):
 * the name with its company ("Firebase (Google LLC)"), and the role apart. A heading whose brackets hold no company
 * ("Stripe (payments) — US") is left whole.
 */
function entityDashRole(text: string): { name: string; role: string } | undefined {
  const at = text.search(/ [—–] /);
  if (at < 0 || text.length > 140) return undefined;
  const name = text.slice(0, at).trim();
  const role = text.slice(at + 3).trim();
  // "remove.bg (Kaleido AI GmbH)": a name in lower case is a name still when its company follows it.
  const bracket = parenthesised(name);
  if (!bracket?.head || bracket.head.split(' ').length > 6 || entityIn(bracket.inner) !== bracket.inner.trim()) return undefined;
  return role && !/\s[—–]\s/.test(role) && !role.includes('@') && !/[.:;!?]$/.test(role) ? { name, role } : undefined;
}

/**
 * A heading over the page's own party, its identity or its details: "1. Responsable du traitement", "Article 1 —
 * Identité du responsable de traitement", "Coordonnées du responsable", "Data controller details", a heading that is
 * only "Contact" ("9. CONTACT" over the company's name and "Email : …"). What its section
 * holds (a name, "Adresse : …", "Email : …", sub-headings) is the publisher's, no vendor's; a heading that names the
 * sub-processors or the recipients is not one ("Sous-traitants du responsable de traitement").
 */
const OWN_PARTY_HEADING =
  /(?<!\p{L})(?:(?:identification|présentation|informations?|coordonn[ée]es|identit[ée]) (?:de l['’]|du site )?[ée]diteur|(?:site )?publisher(?:'s)? (?:details|information|identification)|(?:data )?controllers?|responsables? (?:conjoints? )?(?:du|de|des) traitements?|(?:coordonn[ée]es|identit[ée]|contact) du responsable)(?!\p{L})|^(?:contact|contacts|coordonn[ée]es|nos coordonn[ée]es|nous contacter|contactez-nous|contact us|contact details)$/iu;
const OTHER_PARTIES =
  /sub-?processors?|(?<!\p{L})processors?|sous-traitants?|destinataires?|recipients?|vendors?|prestataires?|fournisseurs?|partners?|partenaires?|third[- ]part|tiers/iu;
const isOwnPartyHeading = (text: string) => OWN_PARTY_HEADING.test(text) && !OTHER_PARTIES.test(text);

/**
 * A heading over the page's definitions of its words ("13. GLOSSAIRE", "Definitions", "Lexique"): its labelled lines
 * ("Traitement : …", "Processor: …") define terms, no vendor's facts.
 */
const GLOSSARY_HEADING =
  /^(?:glossaire|glossary|lexique|terminolog(?:y|ie)|d[ée]finitions?(?: (?:and|et) (?:interpretation|interprétation))?)$/iu;

/** A line of its own, no heading: short, not a sentence, no label. */
const isPlainNameLine = (b: Block | undefined): b is Extract<Block, { kind: 'line' }> =>
  b?.kind === 'line' && b.level === undefined && norm(b.text).length <= 80 && !isSentence(b.text) && splitLabel(b.text).label === undefined;

/** A kind of service in common words, as a card's category line gives it ("Infrastructure Hosting", "Hébergement"). */
const SERVICE_KIND =
  /^(?:h[ée]bergement|paiements?|mesure|analyse|statistiques|messagerie|e-?mailing|stockage|s[ée]curit[ée]|sauvegardes?|supervision|journalisation|authentification|facturation|comptabilit[ée]|traduction|transcription|cartographie|t[ée]l[ée]phonie|intelligence|mod[èe]les?|models?|services?|tools?)$/i;
const kindScore = (lines: string[]) =>
  lines.filter((t) => {
    const first = unnumbered(norm(t)).split(/[\s/&,-]+/)[0] ?? '';
    return ROLE_KIND.test(first) || ROLE_HEAD.test(first) || SERVICE_KIND.test(first);
  }).length;

/**
 * Cards copied from a browser whose title has a subtitle under it, then the labelled lines ("OVHcloud" over
 * "Infrastructure Hosting" over "Service: …", "Location: …"): the lines that open such a card, keyed by the
 * subtitle's index. A card reads top down, its title first: the first line names the vendor, the second (a kind of
 * service, "Analytics") is its category. Only when every card of the page has both lines (the first card's may
 * follow the page's own title lines, the others each follow the card above), there are two cards or more, and the
 * second lines read as kinds of service more often than the first: "Hosting" over "Nordhost" over labels, a group's
 * line over its one vendor, is read as before (the group, then the vendor).
 */
function titledCards(blocks: Block[]): Set<number> {
  const openers: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (isPlainNameLine(blocks[i]) && labelledRun(blocks, i + 1)) openers.push(i);
  const titled = openers.filter(
    (i, k) =>
      isPlainNameLine(blocks[i - 1]) &&
      !isPartyHeading(norm((blocks[i - 1] as { text: string }).text)) &&
      (k === 0 || !isPlainNameLine(blocks[i - 2])),
  );
  if (titled.length < 2 || titled.length !== openers.length) return new Set();
  const text = (j: number) => (blocks[j] as { text: string }).text;
  return kindScore(titled.map(text)) > kindScore(titled.map((i) => text(i - 1))) ? new Set(titled) : new Set();
}

/**
 * The page's entries, title, introduction and safeguards from its blocks. `taken`: filled with the lines of the blocks
 * the reading put into an entry (its opening line, its facts) or into the criteria or safeguards, so that a reader
 * run after it reads only the blocks left (`interpret`).
 */
function readBlocks(blocks: Block[], taken?: Set<number>): ReadPage {
  const page: ReadPage = {
    introduction: [],
    tiers: [],
    criteriaSentences: [],
    entries: [],
    safeguards: [],
    other: [],
    unread: [],
    languages: [],
    lang: 'en',
  };
  let section: 'head' | 'criteria' | 'list' | 'safeguards' | 'footer' = 'head';
  /** The headings above the block, by level: the last of a lower level than a heading is its parent. */
  const parents: { level: number; text: string }[] = [];
  let group: string | undefined;
  let category: string | undefined;
  let entry: ReadEntry | undefined;
  // Markdown heading levels: of the group and category headings, and of the first heading under each.
  let groupLevel: number | undefined;
  let groupChild: number | undefined;
  let categoryLevel: number | undefined;
  let categoryChild: number | undefined;
  /** A heading above the group's (category's) own sub-headings, and no deeper than it, ends it: Markdown's nesting. */
  const close = (level: number | undefined) => {
    if (level === undefined) return;
    if (categoryChild !== undefined && level < categoryChild && level <= categoryLevel!) {
      category = undefined;
      categoryLevel = categoryChild = undefined;
    }
    if (groupChild !== undefined && level < groupChild && level <= groupLevel!) {
      group = category = undefined;
      groupLevel = groupChild = categoryLevel = categoryChild = undefined;
    }
  };
  const under = (level: number | undefined) => {
    if (level === undefined) return;
    if (group !== undefined && groupLevel !== undefined && groupChild === undefined) groupChild = level;
    if (category !== undefined && categoryLevel !== undefined && categoryChild === undefined) categoryChild = level;
  };
  // The heading level of the current entry: a heading no deeper than it ends the entry (a later "## Data
  // residency" section is not more of the last vendor's facts).
  let entryLevel: number | undefined;
  // Entries opened by a "Name — role" line, with their role; `cards`: whether the last entry opened was one, in
  // this section (a card's line of the same shape, with prose under it rather than labelled lines, is one more).
  const roles = new Map<ReadEntry, string>();
  let cards = false;
  const subtitled = titledCards(blocks);
  // The level of the heading of the page's own party (`isOwnPartyHeading`) while in its section: no entry opens there.
  let ownLevel: number | undefined;
  // The page's contact came from a data-protection officer's line, which a general "Contact :" line does not replace.
  let dpoContact = false;
  // "Contact RGPD : privacy@…", "Privacy contact: …": a line the page labels as its contact for personal data.
  let privacyContact = false;
  // What the blocks from `from` on have been read into so far: a block that changes it is taken.
  let from = 0;
  let was = { counts: 0, entry, facts: 0, entity: undefined as string | undefined };
  const settle = (to: number) => {
    const counts = page.entries.length + page.tiers.length + page.criteriaSentences.length + page.safeguards.length;
    const now = { counts, entry, facts: entry?.facts.length ?? 0, entity: entry?.entity };
    const read =
      now.counts !== was.counts ||
      (now.entry !== undefined && now.entry !== was.entry) ||
      (now.entry !== undefined && (now.facts !== was.facts || now.entity !== was.entity));
    if (read && taken) for (let j = from; j < to; j++) if (blocks[j]!.line !== undefined) taken.add(blocks[j]!.line!);
    from = to;
    was = now;
  };
  for (let i = 0; i < blocks.length; i++) {
    settle(i);
    const b = blocks[i]!;
    if (b.kind === 'line') {
      const text = norm(b.text);
      if (b.level !== undefined) cards = false;
      if (b.level !== undefined) while (parents.length && parents[parents.length - 1]!.level >= b.level) parents.pop();
      // "### 2.1 Account Data" under "## 2. Data We Collect": a kind of data the page collects, whatever its bullets.
      const collectedKind = b.level !== undefined && parents.length > 0 && isCollectedDataHeading(parents[parents.length - 1]!.text);
      if (b.level !== undefined) parents.push({ level: b.level, text });
      if (b.level !== undefined && ownLevel !== undefined && (b.level <= ownLevel || OTHER_PARTIES.test(text))) ownLevel = undefined;
      if (b.level !== undefined && ownLevel === undefined && isOwnPartyHeading(unnumbered(text))) {
        ownLevel = b.level;
        entry = entryLevel = undefined;
      }
      const opens = (j: number) => labelledRun(blocks, j) || subtitled.has(j);
      // An entry opened by a line of no heading ("Name: Amazon Web Services EMEA SARL", a card's "Name — role") ends at
      // the next heading: its section is over ("#### Marketing and data analytics service providers" over other vendors).
      if (b.level !== undefined && (entryLevel !== undefined ? b.level <= entryLevel : entry !== undefined)) entry = entryLevel = undefined;
      const lastUpdated = ALL_LABELS.map((l) => new RegExp(`^${l.lastUpdatedLabel}\\s*:\\s*(.+)$`, 'i').exec(text)).find(Boolean);
      if (isOneOf(text, (l) => l.selectionHeading) || /selection criteria$/i.test(text)) {
        section = 'criteria';
      } else if (isOneOf(text, (l) => l.subprocessorsHeading) && section !== 'list') {
        section = 'list';
      } else if (isOneOf(text, (l) => l.safeguardsHeading)) {
        section = 'safeguards';
        entry = undefined;
      } else if (lastUpdated) {
        page.lastUpdated = lastUpdated[1]!.trim();
        section = 'footer';
      } else if ((DPO_LINE.test(text) || PRIVACY_ADDRESS_LINE.test(text)) && EMAIL.test(text) && !privacyContact) {
        // "DPO (Délégué à la Protection des Données) : dpo@…" beside "Email contact : contact@…": the officer's address
        // is the one for questions about personal data, whichever line comes first; so is the address a line labels
        // by personal data ("Données personnelles / RGPD : dpo@…").
        // A second label after the officer's ("DPO (Délégué …) : Contact : dpo@…") is set aside; not words that hold
        // the officer's own address before another line's label ("Our DPO: Jane Doe, dpo@…. Our EU Representative: …").
        const rest = text
          .replace(DPO_LINE, '')
          .replace(/^[^:@]{1,60}:\s*/, '')
          .trim();
        page.contact = EMAIL.exec(rest)?.index === 0 ? EMAIL.exec(rest)![0] : rest;
        dpoContact = true;
        section = 'footer';
      } else if (
        /contact(?:\s\([^()]{1,40}\))?\s*:|écrivez à\s*:/i.test(text) &&
        !dpoContact &&
        // "Messages de contact : 3 ans après le dernier échange", "Formulaire de contact : nom, prénom, email": a line
        // about contact messages, giving no address, is no contact.
        (EMAIL.test(text) || /https?:\/\/|www\./i.test(text) || !CONTACT_ABOUT.test(text))
      ) {
        const rest = text.replace(/^.*?(?:contact(?:\s\([^()]{1,40}\))?|écrivez à)\s*:\s*/i, '').trim();
        // Labelled lines run together ("Contact : a@b.fr Délégué … : a@b.fr"): the address the label gives.
        page.contact = EMAIL.exec(rest)?.index === 0 ? EMAIL.exec(rest)![0] : rest;
        privacyContact = EMAIL.test(rest) && PRIVACY_CONTACT.test(text);
        section = 'footer';
      } else if (section === 'footer' && ALL_LABELS.some((l) => l.lang !== 'en' && same(text, l.lastUpdatedLabel))) {
        // The link to the page in another language.
        if (!page.languages.length) page.languages.push('en');
        page.languages.push(ALL_LABELS.find((l) => same(text, l.lastUpdatedLabel))!.lang);
      } else if (ownLevel !== undefined && (opens(i + 1) || (entry === undefined && b.level === undefined && nameDashRole(text)))) {
        // The page's own name, role or details under its party's heading: kept, no entry.
        entry = undefined;
        page.other.push(text);
      } else if (subtitled.has(i + 1) && section !== 'criteria' && section !== 'safeguards') {
        // A card's title over its subtitle (`titledCards`): the title names the entry, the subtitle is its category.
        entry = { heading: text, group, category: norm((blocks[i + 1] as { text: string }).text), facts: [], line: b.line };
        entryLevel = undefined;
        page.entries.push(entry);
        cards = false;
        i++;
      } else if (entry && b.level === undefined && blocks[i - 1]?.kind === 'bullet' && ownLabel(text)) {
        // "Email : …" among a card's labelled lines: one more of its lines, kept with the entry's facts.
        entry.facts.push(ownLabel(text)!);
      } else if (entry && continuesBullet(blocks, i, entry)) {
        // A line that starts in lower case ("à OSM/CARTO, mais …") is the rest of the labelled line above it: joined.
        // One that does not may as well name the next vendor: refused at its line, never read by guess.
        const last = entry.facts.at(-1);
        const prev = blocks[i - 1] as Extract<Block, { kind: 'bullet' }>;
        if (!startsInLowerCase(text) || !last || last.label !== prev.label) throw new PageReadError((w) => w.wrappedBullet, b.line);
        last.value = `${last.value} ${text}`;
      } else if (b.level === undefined && labelledRun(blocks, i + 1) && (isSentence(text) || contactLine(text))) {
        // "Vous pouvez saisir la CNIL :" over "Site web : …", "Adresse : …": a sentence introducing details
        // is no vendor's name; its bullets are not an entry's facts. Nor is a label over an email address
        // ("Customer Support: support@…" over "Office Address: …"): someone's contact.
        entry = undefined;
        page.other.push(text);
      } else if (
        section !== 'criteria' &&
        section !== 'safeguards' &&
        labelledRun(blocks, i + 1) &&
        (isPartyHeading(text) ||
          isOwnPartyHeading(unnumbered(text)) ||
          GLOSSARY_HEADING.test(unnumbered(text)) ||
          LIST_TITLE.test(unnumbered(norm(text)).replace(/[.:]+$/, '')))
      ) {
        // "Responsable du traitement" over "Nom : …", "Contact : …": the page's own details, no entry.
        entry = undefined;
        page.other.push(text);
      } else if (b.level === undefined && labelledRun(blocks, i + 1) && publisherRun(blocks, i + 1)) {
        // "NASSER SARL au capital de …" over "Siège social : …", "Directeur de la publication : …": the publisher's own
        // record in a legal notice, no vendor's card.
        entry = entryLevel = undefined;
        page.other.push(text);
      } else if (collectedKind && labelledRun(blocks, i + 1)) {
        // "### Account Data" over "Identity: …", "Location: approximate coordinates": kinds of data, no vendor.
        entry = entryLevel = undefined;
        page.other.push(text);
      } else if (
        b.level !== undefined &&
        labelledRun(blocks, i + 1) &&
        (processingRecord(blocks, i + 1) || PROCESSING_HEADING.test(unnumbered(text)))
      ) {
        // "### T2 — Authentification" over "Finalité", "Base légale", "Conservation": a processing, no vendor.
        entry = entryLevel = undefined;
        page.other.push(text);
      } else if (
        section !== 'criteria' &&
        section !== 'safeguards' &&
        isPlainNameLine(b) &&
        isPlainNameLine(blocks[i + 1]) &&
        isPostalAddress((blocks[i + 1] as { text: string }).text) &&
        labelledRun(blocks, i + 2)
      ) {
        // "IONOS SE" over "Elgendorfer Str. 57, 56410 Montabaur, Allemagne" over "Téléphone : …", "Site web : …": a
        // host's card, its name, then its postal address (where the company is), then its labelled lines.
        close(b.level);
        under(b.level);
        entry = { heading: text, group, category, facts: [], line: b.line };
        entry.facts.push({ label: 'Address', value: norm((blocks[i + 1] as { text: string }).text), key: 'entityCountry' });
        entryLevel = undefined;
        page.entries.push(entry);
        cards = false;
        i++;
      } else if (section !== 'criteria' && section !== 'safeguards' && labelledRun(blocks, i + 1)) {
        close(b.level);
        under(b.level);
        // "**Hébergement :** Supabase (infrastructure AWS)" over "Région : eu-central-1": the role, then the vendor filling it.
        // Not a line among others of its kind ("**Hosting:** Nubo" over "**Email:** Postiers"): a list of roles, each its vendor.
        const sibling = blocks[i + 1];
        const roleLed = b.level === undefined && !(sibling?.kind === 'bullet' && roleLedLine(sibling.text)) ? roleLedLine(text) : undefined;
        const card = b.level === undefined ? (nameDashRole(text) ?? (roleLed && { name: roleLed.name, role: roleLed.role })) : undefined;
        const titled = b.level !== undefined ? entityDashRole(unnumbered(text).replace(NUMBERED_PARTY, '')) : undefined;
        entry = {
          heading: card?.name ?? titled?.name ?? (b.level !== undefined ? unnumbered(text).replace(NUMBERED_PARTY, '') : text),
          group,
          category,
          facts: [],
          line: b.line,
        };
        entryLevel = b.level;
        page.entries.push(entry);
        if (card ?? titled) roles.set(entry, (card ?? titled)!.role);
        cards = card !== undefined;
      } else if (cards && b.level === undefined && section !== 'criteria' && section !== 'safeguards' && nameDashRole(text)) {
        const card = nameDashRole(text)!;
        entry = { heading: card.name, group, category, facts: [], line: b.line };
        entryLevel = undefined;
        page.entries.push(entry);
        roles.set(entry, card.role);
      } else if (page.title === undefined && section === 'head') {
        page.title = text;
      } else if (section === 'head') {
        page.introduction.push(text);
      } else if (section === 'criteria') {
        page.criteriaSentences.push(text);
      } else if (section === 'list') {
        close(b.level);
        // A heading that is not an entry: a group when it says so, or when a sub-heading (not an entry) follows it.
        entry = undefined;
        const next = blocks[i + 1];
        const subHeadingFollows =
          next?.kind === 'line' &&
          !isFactBullet(blocks[i + 2]) &&
          (b.level === undefined || next.level === undefined || next.level > b.level);
        const asGroup = stripGroup(text);
        if (asGroup !== undefined || subHeadingFollows) {
          group = asGroup ?? text;
          category = undefined;
          groupLevel = b.level;
          groupChild = categoryLevel = categoryChild = undefined;
        } else {
          under(b.level);
          category = text;
          categoryLevel = b.level;
          categoryChild = undefined;
        }
      } else page.other.push(text);
    } else if (b.kind === 'item') {
      if (section === 'criteria') page.tiers.push(norm(b.text));
      else page.other.push(b.text);
    } else if (section !== 'criteria' && section !== 'safeguards' && entry && b.label && isEntityLabel(b.label) && !entry.entity) {
      // "Société : Supabase Inc., 970 Toa Payoh North, Singapore": the entity, then where it is established.
      // "Raison sociale : N/A — logiciel auto-hébergé": no entity.
      if (/^(?:n\/a|none|aucune?|sans objet|non applicable|not applicable|[-–—])(?![\p{L}\d])/iu.test(b.value)) {
        entry.facts.push({ label: b.label, value: b.value });
        continue;
      }
      const { entity, address } = entityAndAddress(b.value);
      entry.entity = entity;
      if (address) entry.facts.push({ label: b.label, value: address, key: 'entityCountry' });
    } else if (
      section !== 'criteria' &&
      section !== 'safeguards' &&
      entry &&
      b.label &&
      factKey(b.label) === 'entityCountry' &&
      postalAddresses(b.value)
    ) {
      // "Adresse : 970 … Singapore (entité parent) / Supabase, Inc., 970 N California Ave, …, USA": of two addresses,
      // the one a company's name leads; "2261 Market Street, …, USA (entité UE disponible : PostHog Limited, …)": an
      // address, then another company in brackets, whose place is not the address's. The rest stays in the note.
      const { company, address, aside } = postalAddresses(b.value)!;
      if (company && !entry.entity) entry.entity = company;
      entry.facts.push({ label: b.label, value: address, key: 'entityCountry' });
      if (aside) entry.facts.push({ label: b.label, value: aside });
    } else if (
      section !== 'criteria' &&
      section !== 'safeguards' &&
      entry &&
      !entry.entity &&
      b.label &&
      factKey(b.label) === 'entityCountry' &&
      entityIn(b.value) !== undefined &&
      b.value.startsWith(entityIn(b.value)!)
    ) {
      // "Siège social : Render Services, Inc., 525 Brannan Street, …": the company the address is of, then the address.
      const { entity, address } = entityAndAddress(b.value);
      entry.entity = entity;
      entry.facts.push({ label: b.label, value: address ?? b.value, key: 'entityCountry' });
    } else if (
      section !== 'criteria' &&
      section !== 'safeguards' &&
      entry &&
      b.label &&
      factKey(b.label) === 'dataLocation' &&
      isPostalAddress(b.value)
    ) {
      // "Location [city, country]: 1600 Example Road, Springfield, CA 94000, USA": a street, its number and a postcode
      // say where the company is, not where its data goes.
      entry.facts.push({ label: b.label, value: b.value, key: 'entityCountry' });
    } else if (section !== 'criteria' && section !== 'safeguards' && entry) {
      entry.facts.push({ label: b.label ?? '', value: b.label ? b.value : b.text });
    } else if (section === 'safeguards') {
      page.safeguards.push({ label: b.label ?? '', value: b.label ? b.value : b.text });
    } else page.other.push(b.text);
  }
  settle(blocks.length);
  // "Stripe Inc. — Paiement en ligne": the role the line gives is the entry's purpose, unless a line says it.
  for (const [e, role] of roles)
    if (!e.facts.some((f) => (f.key ?? (f.label ? factKey(f.label) : undefined)) === 'purpose'))
      e.facts.unshift({ label: 'Purpose', value: role, key: 'purpose' });
  return page;
}

export type PageFormat = 'csv' | 'tsv' | 'markdown' | 'html' | 'text' | 'data';

/**
 * The first statement of a JavaScript or TypeScript module: an import from a module named in quotes (or of one), a
 * directive (`"use client";`), an export of a function, a class or a constant. Prose never opens so ("Import from China
 * is…" has no quoted module).
 */
const SOURCE_MODULE =
  /^(?:import[ \t]{1,10}(?:type[ \t]{1,10})?[\w${},*\s]{1,200}[ \t]from[ \t]{1,10}["'][^"'\n]{1,200}["'];?|import[ \t]{1,10}["'][^"'\n]{1,200}["'];?|["']use (?:client|server|strict)["'];?|export[ \t]{1,10}(?:default[ \t]{1,10})?(?:async[ \t]{1,10})?(?:function|const|class|let)[ \t])/;
/** A component that renders markup: a function returning it, an arrow function whose body is it, a closing tag. */
const RENDERS_MARKUP = /(?:\breturn|=>)\s*\(\s*<[A-Za-z>]|<\/[A-Za-z][\w.-]{0,40}>/;

/** Lines only Markdown writes: a heading, a table's row, front matter's fence. */
const MARKDOWN_LINES = /^(?:#{1,6}\s|\|.*\|\s*$|---\s*$|\+\+\+\s*$)/m;

/**
 * A component's or a module's source (TSX, JSX; a page kept as `.tsx`, `.txt` or under a Markdown name): its first
 * statement that is no comment opens a module (`SOURCE_MODULE`: `import X from "…"`, `"use client";`, `export default
 * function …`), or a line of it exports the page's function; it renders markup (a closing tag: a type's `Array<string>`
 * has none); and no line is Markdown's. Its markup is the page, as the browser shows it: read as `html`, never as text
 * copied from a browser, whose every line of code would be a paragraph. Not an MDX page (Markdown whose first line
 * imports a component: its headings and tables make it Markdown), nor a module of constants and strings (read as text,
 * by the readers of code's strings and records).
 */
function isComponentSource(text: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart();
  const first = start
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('//') && !l.startsWith('/*') && !l.startsWith('*'));
  // From that statement on: an import may run over several lines ("import {\n  A,\n  B,\n} from '…'").
  const opens =
    (first !== undefined && SOURCE_MODULE.test(start.slice(start.indexOf(first)))) ||
    /^export\s+default\s+(?:async\s+)?function\b/m.test(start);
  return opens && RENDERS_MARKUP.test(start) && !MARKDOWN_LINES.test(start);
}

/** Which form a page is in: by the file's extension, else by its first lines. */
export function detectPageFormat(text: string, fileName = ''): PageFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'md' || ext === 'markdown') return isComponentSource(text) ? 'html' : 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  // A site's data file (Jekyll `_data/*.yml`, a JSON export): read with `yaml`, which reads JSON too.
  if (ext === 'yml' || ext === 'yaml' || ext === 'json') return 'data';
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|table|main|article|section|div|h[1-6])\b/i.test(start)) return 'html';
  // A component's or a module's source, whatever the file is called: read as the markup and data its source holds.
  if (isComponentSource(start)) return 'html';
  const lines = start.split(/\r?\n/).filter((l) => l.trim());
  const first = lines[0] ?? '';
  if (ext !== 'txt' && !first.includes('\t') && /[,;]/.test(first)) {
    const keys = first.split(delimiterOf(first)).map((c) => columnKey(c.replace(/"/g, '')));
    if ((keys.includes('name') || keys.includes('entity')) && keys.filter(Boolean).length >= 2) return 'csv';
  }
  if (MARKDOWN_LINES.test(start)) return ext !== 'txt' || copiedAsMarkdown(start) ? 'markdown' : 'text';
  return 'text';
}

/**
 * Whether a text saved from a browser (.txt) is Markdown: a line starting "# " alone is no proof (a copied page's
 * "# of employees", "# Sub-processors" title), Markdown structure beyond it is: two headings, a table's row, a rule
 * or front matter's fence, a link or bold words written in Markdown.
 */
function copiedAsMarkdown(text: string): boolean {
  const headings = text.match(/^#{1,6}\s/gm)?.length ?? 0;
  return (
    headings >= 2 ||
    /^\|.*\|\s*$|^(?:---|\+\+\+)\s*$/m.test(text) ||
    /\]\((?:https?:|mailto:|\/|#)/.test(text) ||
    /\*\*[^*\n]{1,200}\*\*/.test(text)
  );
}

const AFFILIATE_WORDS =
  /\b(?:affiliates?|affiliated|intra-?group|group companies|group entities|internal sub-?processors|filiales?|intragroupe|intra-groupe|sociétés du groupe|entités du groupe)\b/i;
const FRENCH_WORDS = /\b(?:sous-traitants?|données|finalité|localisation|mis à jour|mise à jour|hébergement|garanties?|transferts?)\b/i;

/** A line labelled as the data-protection officer's ("DPO (Délégué à la Protection des Données) :", "Data Protection Officer:"). */
const DPO_LINE =
  /^(?:(?:our|notre|le|la|your|votre)\s+)?(?:dpo|délégué(?:e)? à la protection des données|data protection officer|référent(?:e)? (?:rgpd|protection des données))(?:\s*\([^()]{0,60}\))?\s*:\s*/i;

/**
 * A line labelled by the topic of personal data whose value is one address ("Données personnelles / RGPD :
 * dpo@…", "Privacy: privacy@…", "Protection des données : …@…", "Contact RGPD : dpo@…", "Privacy contact: …"): the
 * address for questions about personal data.
 */
const PRIVACY_ADDRESS_LINE =
  /^(?:contact\s)?(?:données personnelles|données à caractère personnel|protection des données(?: personnelles)?|vie privée|rgpd|gdpr|privacy|data protection|personal data)(?:\scontact)?(?:\s{0,3}[/&]\s{0,3}(?:rgpd|gdpr|dpo|privacy|vie privée|données personnelles))?\s{0,3}:\s{0,3}<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}>?\.?$/i;

/** Words that name the data-protection officer, in English and French. */
const DPO_WORDS = /(?<!\p{L})(?:dpo|délégué(?:e)? à la protection des données|data protection officer)(?!\p{L})/iu;

/** An address's own part that says it is for personal data: "privacy@", "dpo@", "rgpd@", "data-protection@". */
const PRIVACY_MAILBOX = /privacy|dpo|gdpr|rgpd|data-?protection|confidentialit|donnees|vie-?privee/i;
/** A heading over the page's privacy contact: "Privacy", "Data protection", « Protection des données », « Vie privée ». */
const PRIVACY_HEADING_WORDS = /privacy|data protection|protection des donn[ée]es|vie priv[ée]e|confidentialit/i;
/** An address's own part that names another desk: "sales@", "ventes@", "support@", "billing@", "jobs@", "press@". */
const OTHER_MAILBOX =
  /^(?:sales|ventes?|commercial|business|support|help|helpdesk|assistance|sav|billing|facturation|invoices?|jobs|careers|recrutement|rh|hr|press|presse|media|marketing|partners?|partenariats?)$/i;

/**
 * The address a sentence gives for personal data, of the ones it gives: the first whose own part says so
 * ("privacy@…", "dpo@…"), else the first the words since the address before it give to the officer or for privacy
 * ("… or to our DPO at dpo@…", « ou à notre DPO : … », « Le DPO … Adresse électronique : support@… »), else the first
 * that is no other desk's (sales@, support@). An address alone is the one the sentence gives, whatever its own part
 * ("objections to support@…": the page's address for this list). Undefined when every one of several is another desk's.
 */
function privacyAddress(sentence: string): string | undefined {
  const found: { address: string; before: string }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(new RegExp(EMAIL.source, 'gu'))) {
    found.push({ address: m[0], before: sentence.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  const box = (a: string) => a.slice(0, a.indexOf('@'));
  // "Email: contact@…, info@…": a bare "Email" label over two general addresses gives neither for personal data.
  const bare = found.length >= 2 && /^\s*(?:e-?mails?|courriels?|adresses? (?:e-?mail|électronique))\s*:\s*$/iu.test(found[0]!.before);
  return (
    found.find((f) => PRIVACY_MAILBOX.test(box(f.address))) ??
    found.find((f) => DPO_WORDS.test(f.before) || PRIVACY_TOPIC.test(f.before)) ??
    (bare ? undefined : found.find((f) => !OTHER_MAILBOX.test(box(f.address)))) ??
    (found.length === 1 ? found[0] : undefined)
  )?.address;
}

/**
 * The first address, in the blocks' sentences about contact matters (`about`), whose own part says it is for personal
 * data ("privacy@…", "dpo@…", "rgpd@…") at the domain of the page's `first` address: none in a table or heading.
 */
function laterPrivacyMailbox(blocks: PageBlock[], about: (x: string) => boolean, first: string): string | undefined {
  // Only the same company's mailbox, at the first address's domain: "privacy@yourcompany.example" given as an example
  // of a customer's, a vendor's "dpo@vendor.example", a customer's own are someone else's (review11).
  const domain = first.slice(first.indexOf('@') + 1).toLowerCase();
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'heading') continue;
    for (const x of b.text.split(/(?<=[.!?])\s+/)) {
      if (!about(x)) continue;
      for (const m of x.matchAll(new RegExp(EMAIL.source, 'gu')))
        if (PRIVACY_MAILBOX.test(m[0].slice(0, m[0].indexOf('@'))) && m[0].slice(m[0].indexOf('@') + 1).toLowerCase() === domain)
          return m[0];
    }
  }
  return undefined;
}

/** A contact's label that says it is for personal data: "Contact RGPD :", "Privacy contact:", "Contact données personnelles :". */
const PRIVACY_CONTACT =
  /^[^:]{0,20}contact\s+(?:rgpd|gdpr|privacy|vie privée|données personnelles|protection des données)\s*:|^(?:privacy|rgpd|gdpr)\s+contact\s*:/i;

/**
 * "Messages de contact : 3 ans", "Formulaire de contact : nom, prénom", "Contact form: name, email": a label about
 * contact messages or the contact form, whose value is what they hold or how long they are kept.
 */
const CONTACT_ABOUT =
  /(?:messages?|formulaire|demandes?|form|requests?|forms?)\s+(?:de\s+)?contact\s*:|contact\s+(?:messages?|forms?|requests?)\s*:/i;

/** An email address, internationalised ones too (RFC 6531), bounded on both sides (no backtracking over page text). */
const EMAIL = /[\p{L}\p{M}\p{N}_.+-]{1,64}@[\p{L}\p{M}\p{N}_-]{1,63}(?:\.[\p{L}\p{M}\p{N}_-]{1,63}){1,5}/u;
/**
 * Words of a sentence that gives an address for privacy questions, in English and French ("Grievance Officer": the
 * officer India's DPDP Act and IT Rules name for data protection complaints). "You can subscribe to updates by
 * emailing …": the address for the list's changes, as a notification list's.
 */
const CONTACT_WORDS =
  /privacy|grievance officer|responsable (?:du|de) traitement|data controller|data protection|personal data|renseignements personnels|questions?|contact|dpo|gdpr|sub-?processors?|providers?|prestataires?|fournisseurs?|confidentialit|données|rgpd|sous-traitant|écrire|écrivez|écrivant|écris à|exercer (?:ces|vos|tes) droits|joindre|data processing agreement|\bdpa\b|accord de traitement|compliance|counter-?signed|signed copy|copie (?:contre-?)?signée|notified of changes|notifié|objections?|objects? to|opposition|notification list|change notifications?|liste de notification|notifications? (?:of|des) (?:changes|changements|modifications)|subscribe to (?:updates|notifications|changes)|(?:s['’]|vous )abonner aux (?:mises à jour|notifications)|abonnez-vous aux (?:mises à jour|notifications)/i;

/**
 * Questions the words say are about something other than personal data: "Pour toute question commerciale", "For sales
 * questions", "questions about jobs", "relative au recrutement", "press enquiries".
 */
const OTHER_TOPIC =
  /(?<!\p{L})(?:commerciale?s?|sales|ventes?|recrutement|recruiting|recruitment|careers?|jobs?|emplois?|candidatures?|press|presse|m[ée]dias?|billing|facturation|invoices?|factures?|partenariats?|partnerships?|investors?|investisseurs?)(?!\p{L})/iu;
/** Words that say a sentence is about personal data after all ("sales or privacy questions"). */
const PRIVACY_TOPIC = /privacy|personal data|data protection|donn[ée]es|rgpd|gdpr|dpo|confidentialit|sub-?processors?|sous-traitants?/iu;
/** A sentence that gives an address for questions of another topic, and none about personal data. */
const otherQuestions = (x: string) => {
  const words = x.replace(new RegExp(EMAIL.source, 'gu'), ' ');
  return OTHER_TOPIC.test(words) && !PRIVACY_TOPIC.test(words);
};

/** The words of a link to a page to write to: "contact our privacy team", "nous contacter", "formulaire de contact". */
const CONTACT_LINK = /\bcontact(?:ez|er)?\b|privacy team|équipe (?:de )?(?:confidentialité|protection des données)/i;

/** Words of a sentence that gives the address for security questions ("For any security or privacy questions"). */
const SECURITY_WORDS = /\b(?:security|sécurité|securite|vulnerability|vulnérabilité)\b/i;

const FRENCH_STOPWORDS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'est',
  'pour',
  'dans',
  'sur',
  'avec',
  'nous',
  'vos',
  'une',
  'aux',
  'sont',
  'données',
  'ou',
  'où',
]);
const ENGLISH_STOPWORDS = new Set([
  'the',
  'and',
  'is',
  'for',
  'in',
  'on',
  'with',
  'we',
  'your',
  'our',
  'are',
  'of',
  'to',
  'data',
  'or',
  'by',
]);

/** The language a text's common words are in, undefined when it has none of them (a bounded sample). */
function langOfWords(text: string): Lang | undefined {
  let fr = 0;
  let en = 0;
  for (const w of text
    .slice(0, 20_000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (FRENCH_STOPWORDS.has(w)) fr++;
    else if (ENGLISH_STOPWORDS.has(w)) en++;
  }
  return fr === en ? undefined : fr > en ? 'fr' : 'en';
}

/** The language an HTML document declares on its root element (`<html lang="fr-FR">`), if French or English. */
function declaredLang(html: string): Lang | undefined {
  const m = /<html\b[^<>]{0,300}?\blang=["']?(fr|en)\b/i.exec(html.slice(0, 5000));
  return m ? (m[1]!.toLowerCase() as Lang) : undefined;
}

/**
 * Whether a page is written in both languages, by the common words of each (the lesser at least a third of the greater): a
 * bilingual page whose words cannot say which language it is written in, where its declared language does.
 */
function bilingual(blocks: PageBlock[]): boolean {
  const { fr, en } = langCounts(blocks);
  return Math.min(fr, en) >= 20 && Math.min(fr, en) * 3 >= Math.max(fr, en);
}

/** The language a page is written in: French when its common words are more French than English. */
function pageLangOf(blocks: PageBlock[]): Lang {
  const { fr, en } = langCounts(blocks);
  if (fr === 0 && en === 0) {
    const words = blocks.map((b) => (b.kind === 'table' ? b.header.join(' ') : b.text)).join(' ');
    return FRENCH_WORDS.test(words) ? 'fr' : 'en';
  }
  return fr > en ? 'fr' : 'en';
}

/** The common words of each language among a page's first words (a bounded sample, however large the page). */
function langCounts(blocks: PageBlock[]): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  // The first words of the page say its language: a bounded sample, however large the page.
  let budget = 20_000;
  for (const b of blocks) {
    if (budget <= 0) break;
    const text = (b.kind === 'table' ? [b.header.join(' '), ...b.rows.slice(0, 50).map((r) => r.cells.join(' '))].join(' ') : b.text).slice(
      0,
      budget,
    );
    budget -= text.length;
    for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (FRENCH_STOPWORDS.has(w)) fr++;
      else if (ENGLISH_STOPWORDS.has(w)) en++;
    }
  }
  return { fr, en };
}

/** A cell's text: spaces as pages have them made plain, and a line break a spreadsheet cell holds kept. */
const cellText = (cell: string | undefined) => (cell ?? '').split(/\r?\n/).map(cleanText).filter(Boolean).join('\n');

/** Blanks in brackets and nothing else: "[Email provider]", "[registre du commerce] / [NIF]". */
const BLANKS = /^\[[^\]]{1,60}\](?:\s{0,3}[/,&+]\s{0,3}\[[^\]]{1,60}\])*$/;

/**
 * "SMTP [fournisseur]", "Email [provider name]": what the vendor does, then the blank where its name goes; the vendor
 * is not named yet.
 */
const PARTY_BLANK =
  /\[(?:nom du |name of (?:the )?)?(?:fournisseur|prestataire|sous-traitant|h[ée]bergeur|provider|vendor|supplier|sub-?processor)s?(?: name| [àa] (?:choisir|d[ée]finir|retenir))?\]$/i;

/**
 * "GCP or other hosting provider to verify", "Hébergeur à vérifier": a name cell that ends by saying who the vendor is
 * is still to be checked; the page has not named it yet.
 */
const NAME_TO_VERIFY = /\s(?:to (?:be )?verif(?:y|ied)|à vérifier|a verifier)\.?$/iu;

/** A row's name that is the table's sum: "Total", "Totals", "Grand total", "Sous-total", "Subtotal", "Totaux". */
const TOTAL_ROW = /^(?:(?:grand|sous-?|sub-?)\s?total|totals?|totaux|sum|somme)\s*:?$/iu;
/** A law cited by its number ("Loi n° 18-07", "Law No. 25.326", "Regulation (EU) 2016/679", "Décret 2019-536"). */
const STATUTE =
  /^(?:loi|law|act|décret|decree|ordonnance|ordinance|règlement|regulation|directive)\s(?:n\s?°|no\.|nr\.|\((?:eu|ue|ce|ec)\)\s)?\s?\d{1,4}[-./]\d{1,4}\b/i;

/** A table whose columns name sub-processors: one entry per row; other columns kept under their header. */
/** A cell that is a template's blank the company did not fill in, whole: "[[region]]", "[Insert location]", "{{country}}", "TBD". */
export function isPlaceholder(cell: string): boolean {
  const t = cell.trim();
  return (
    /^\[\[[^\]]{1,80}\]\]$/.test(t) ||
    // "{{TRANSFER_MECHANISM — UK adequacy where …; UK Addendum to SCCs otherwise}}": a blank with its instructions.
    /^\{\{[^{}]{1,300}\}\}$/.test(t) ||
    /^\[(?:insert|enter|add|fill|tbd|tbc|to be|à compléter|a completer|à remplir|nom|name|location|country|pays|date|placeholder)\b[^\]]{0,60}\]$/i.test(
      t,
    ) ||
    /^(?:tbd|tbc|à compléter|à définir|xxx+)$/i.test(t) ||
    // "[Push provider — to be added: one of two platforms]": a bracket, whole, that says it is still to be filled in.
    (/^\[[^[\]]{1,200}\]$/.test(t) && TO_BE_FILLED.test(t))
  );
}

/** Words that say a blank is still to be filled in: "to be added", "TBD", "à compléter", "à définir". */
const TO_BE_FILLED =
  /(?<!\p{L})(?:to be (?:added|confirmed|determined|defined|named|selected|chosen|set)|tbd|tbc|à (?:compléter|définir|confirmer|choisir|préciser))(?!\p{L})/iu;

/**
 * A name cell that is a role in common nouns ("E-mail delivery provider", "Fournisseur d'envoi d'e-mails"): a
 * capital for the first word only, and a word for a provider first or last. A vendor's name is capitalised.
 */
const ROLE_NAME =
  /^(?:(?:\p{L}[\p{Ll}-]*|SMTP|SMS|CDN|DNS|API|CRM|VPS|LLM|IA|AI|KYC)(?: (?:[\p{Ll}'’-]+|(?:d['’]|de )?(?:SMTP|SMS|CDN|DNS|API|CRM|VPS|LLM|IA|AI|KYC)))?(?: [\p{Ll}'’-]+){0,5} (?:providers?|vendors?|suppliers?|services?|hosts?|platforms?|tools?|processors?|mailbox(?:es)?)|(?:Fournisseurs?|Prestataires?|Hébergeurs?|Outils?|Plateformes?|Solutions?|Logiciels?|Boîtes?|Messageries?)(?: (?:[\p{Ll}'’-]+|SMTP|SMS|CDN|DNS|API|CRM|VPS|LLM|IA|KYC)){1,8})$/u;

/** A role's bracket that ends by naming the vendor as an example: "(support@…, e.g. Proton Mail)", "(par ex. Brevo)". */
const EXAMPLE_BRACKET =
  /^(.+?)\s*\((?:[^()]*?[,;]\s*)?(?:e\.g\.|eg\.|for example|for instance|such as|par ex(?:emple|\.)|ex\.|p\. ?ex\.|comme)\s*:?\s*([^(),;]+?)\s*\)$/iu;

/** A name cell that is a role whose bracket names the vendor filling it: that vendor's name, and the role. */
function exampleVendor(cell: string): { name: string; role: string } | undefined {
  const m = EXAMPLE_BRACKET.exec(cell.replace(/[*_]/g, '').trim());
  if (!m || !isRoleName(m[1]!)) return undefined;
  const name = m[2]!.trim();
  // "(e.g. a mail host)", "(e.g. Gmail or SendGrid)": a kind or a choice, no one vendor.
  if (!/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 5 || /\s(?:or|ou|and|et)\s|\//iu.test(name)) return undefined;
  return { name, role: m[1]!.trim() };
}

/** A name, then examples in its closing bracket: "… provider (e.g. PhotoDNA / NCMEC)", "… (par ex. Brevo ou Mailjet)". */
const EXAMPLES_OFFERED =
  /^([^()]{3,80}?)\s*\((?:e\.g\.|eg\.|for example|for instance|such as|par ex(?:emple|\.)|ex\.|p\. ?ex\.)\s*:?\s*([^()]{1,80})\)$/iu;
/**
 * A kind of provider in common words: an acronym or a word, lower-case words, then a noun for a provider ("CSAM
 * hash-matching provider", "Email delivery service"); "Fournisseur de …". Never a brand before the provider noun
 * alone ("Postmark service", "AWS services").
 */
const KIND_OF_PROVIDER =
  /^(?:(?:\p{Lu}{2,6}|\p{L}[\p{Ll}-]*)(?: [\p{Ll}'’-]+){1,5} (?:providers?|vendors?|suppliers?|services?|hosts?|platforms?|tools?)|(?:Fournisseurs?|Prestataires?|Hébergeurs?|Outils?|Plateformes?|Solutions?|Services?)(?: [\p{Ll}'’-]+){1,8})$/u;

/** What a role's bracket may add without naming a vendor: where ("(UE)", "(EU)", "(global)") or a technique ("(SMTP)"). */
const ROLE_BRACKET = /\s\(([^()]{1,30})\)$/u;

/**
 * The publisher's own provider, in common nouns: "Our Swedish hosting provider", "Notre hébergeur", "our payment
 * processor" (a demonym may stand before the role). The role's words, its first letter raised, or undefined.
 */
function ownRole(name: string): string | undefined {
  const m = /^(?:[Oo]ur|[Nn]otre|[Nn]os)\s+(?:\p{Lu}\p{Ll}{1,20}(?:ish|ian|an|ese|ch|ss|ic|i)\s+)?(\p{Ll}[\p{L}'’ -]{0,60})$/u.exec(name);
  return m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1) : undefined;
}

/** A role alone, its noun only: "Hébergeur", "Host", "Payment processor" is read by `ROLE_NAME`. */
const ROLE_NOUN = /^(?:Hébergeurs?|Prestataires?|Fournisseurs?|Hosts?|Providers?|Processors?)$/u;

/** A name cell that is a role in common nouns, with or without a bracket saying where or by what technique. */
function isRoleName(name: string): boolean {
  const own = ownRole(name.replace(/[*_]/g, '').trim());
  if (own !== undefined) return ROLE_NOUN.test(own) || isRoleName(own);
  const n = name.replace(/[*_]/g, '').trim();
  // "CSAM hash-matching provider (e.g. PhotoDNA / NCMEC)": examples offered as a choice say the words before them
  // are a kind of provider, even led by an acronym ("CSAM"), when lower-case words lead to the provider noun.
  const examples = EXAMPLES_OFFERED.exec(n);
  const offered = examples?.[2]!.split(/\s*(?:\/|,|\s(?:or|ou|and|et)\s)\s*/iu);
  if (examples && offered!.length > 1 && offered!.every((x) => /^[\p{Lu}\d]/u.test(x)) && KIND_OF_PROVIDER.test(examples[1]!)) return true;
  const bracket = ROLE_BRACKET.exec(n);
  const role = bracket ? n.slice(0, bracket.index) : n;
  // "Postmark email service", "Acme hosting provider": a brand before the common nouns is a vendor's name; a role
  // opens with what is provided ("Email provider", "cloud host", "Support mailbox").
  const first = role.split(/\s/)[0]!;
  if (!ROLE_HEAD.test(first) && !ROLE_KIND.test(first)) return false;
  if (!bracket) return ROLE_NAME.test(n) || AI_KIND.test(n);
  const inner = bracket[1]!;
  // "(e.g. a hosted widget)", "(par ex. un service de courriel)": an example of the kind, in common nouns.
  const kind = /^(?:e\.g\.|for example|such as|par ex(?:emple|\.)|ex\.)\s+[\p{Ll}'’ -]+$/u.test(inner);
  const saysNoVendor = kind || countryCode(inner) !== undefined || /^(?:global|mondial|monde|worldwide)$/i.test(inner);
  return (saysNoVendor || /^(?:SMTP|SMS|CDN|DNS|API|CRM|VPS|LLM|IA|AI|KYC)$/.test(inner)) && ROLE_NAME.test(role);
}

/**
 * A kind of AI in common words, the acronym then lower-case words only ("IA entraînée", "IA générative", "AI assistant",
 * "LLM interne"): what the service is, no company's name. Never a brand ("Mistral AI", "AI21 Labs", "IA Solutions").
 */
const AI_KIND = /^(?:IA|AI|LLM)(?: [\p{Ll}'’-]+){1,3}$/u;

/** A role's brackets that offer a choice of who fills it: "(Supabase default SMTP or custom)", "(Brevo ou autre)". */
const CHOICE_BRACKET = /^(.{3,80}?)\s+\(([^()]{1,80}?)\s(?:or|ou)\s([^()]{1,40})\)$/u;

/**
 * A name cell that is a role in common nouns, what it is for after it ("Email provider for auth emails", "Prestataire
 * d'envoi pour les alertes"), then in brackets a choice of who fills it ("(Supabase default SMTP or custom)"): the
 * page names no one vendor, whatever the row says of the role.
 */
function roleOffersChoice(name: string): boolean {
  const m = CHOICE_BRACKET.exec(name.replace(/[*_]/g, '').trim());
  if (!m) return false;
  const role = m[1]!.replace(/\s(?:for|pour)\s[\p{Ll}'’ -]{1,40}$/u, '');
  return isRoleName(role);
}

/** A protocol alone as a name, with or without a bracket after it: "SMTP", "SMTP (configuré)", "SFTP (self-hosted)". */
const PROTOCOL_NAME = /^(?:SMTP|IMAP|POP3?|S?FTP|FTPS|WebDAV)(?:\s\([^()]{1,30}\))?$/;

/** A role's head noun that comes first: "Fournisseur …", "Hébergeur …", "Plateforme …". */
const ROLE_HEAD = /^(?:Fournisseurs?|Prestataires?|Hébergeurs?|Outils?|Plateformes?|Solutions?|Logiciels?|Boîtes?|Messageries?)$/u;

/** What a role provides, as its first word: "Email", "cloud", "Support", "Payment"; never a brand. */
const ROLE_KIND =
  /^(?:e-?mail|mail|smtp|vps|api|kyc|cloud|hosting|web|payments?|analytics|support|sms|push|chat|crm|database|storage|backup|monitoring|logging|logs?|error|transactional|marketing|newsletter|ai|ia|llm|search|cdn|dns|infrastructure|identity|authentication|video|telephony|voice|helpdesk|ticketing|customer|billing|invoicing|accounting|security|data|notifications?|messaging|translation|transcription|speech|maps?|file|document|e-?signature|signature|forms?|survey|scheduling|calendar|third-party|external|other|delivery|shipping)$/i;

/**
 * A party's role under the GDPR, whole: "Responsable de traitement", "Sous-traitant ultérieur", "Controller", "Processor",
 * also as a register's value writes it, hyphenated ("independent-controller").
 */
const PARTY_ROLE =
  /^(?:(?:joint[ -]|independent[ -])?(?:data )?controllers?|(?:data )?processors?|(?:main |principal |primary )?processors?|sub-?processors?|(?:data )?sub-?processors?|responsables?(?: conjoints?)? (?:du |de |des )?traitements?|co-?responsables?(?: du traitement)?|sous-traitants?(?: (?:principal|principaux|direct|directs|de premier rang|ultérieurs?|de second rang|secondaires?))?)$/i;
/**
 * Whether a table's role column calls several companies a plain processor ("Data processor") and names no controller:
 * then they are vendors the list names beside its sub-processors, not the publisher (one party, its own row).
 */
function processorVendors(table: Extract<PageBlock, { kind: 'table' }>, keys: (ColumnKey | undefined)[], roleColumn: number): boolean {
  const nameAt = keys.indexOf('name') >= 0 ? keys.indexOf('name') : keys.indexOf('entity');
  const roles = table.rows.map((r) => cellText(r.cells[roleColumn]).replace(/[*_]/g, '').trim());
  if (roles.some((r) => /controller|responsable/i.test(r))) return false;
  const companies = table.rows.filter((r, k) => {
    const bare = cellText(r.cells[nameAt]).replace(/[*_]/g, '').trim();
    return PLAIN_PROCESSOR.test(roles[k]!) && entityIn(bare) === bare;
  });
  return companies.length >= 2;
}

/** A processor's role with no word that makes it the main one: "Processor", "Data processor", « Sous-traitant ». */
const PLAIN_PROCESSOR = /^(?:(?:data )?processor|sous-traitant)$/i;
/** A sub-processor's role: "Sous-traitant ultérieur", "Sub-processor", "Sous-traitant de second rang". */
const SUBPROCESSOR_ROLE = /^(?:(?:data )?sub-?processors?|sous-traitants? (?:ultérieurs?|de second rang|secondaires?))$/i;

/**
 * The column of a table whose every cell is a party's role under the GDPR ("Rôle": "Responsable de traitement",
 * "Sous-traitant principal", "Sous-traitant ultérieur"), some of them a sub-processor's and some another party's;
 * else -1. The name column is never it.
 */
function partyRoleColumn(table: Extract<PageBlock, { kind: 'table' }>, keys: (ColumnKey | undefined)[]): number {
  return table.header.findIndex((_, i) => {
    if (keys[i] === 'name' || keys[i] === 'entity') return false;
    const roles = table.rows.map((r) => cellText(r.cells[i]).replace(/[*_]/g, '').trim());
    return (
      roles.length > 1 &&
      roles.every((r) => PARTY_ROLE.test(r)) &&
      roles.some((r) => SUBPROCESSOR_ROLE.test(r)) &&
      !roles.every((r) => SUBPROCESSOR_ROLE.test(r))
    );
  });
}

/** A column of the data a party processes: "Data", "Personal data", "Data processed", "Données". */
const DATA_HEADER = /^(?:(?:personal |customer )?data|donn[ée]es(?: personnelles| trait[ée]es)?)$/iu;
/** A cell that says the party gets no data: "None.", "None — …", "Aucune", "No personal data". */
const NO_DATA = /^(?:none|aucune?|n[ée]ant|no (?:personal |customer )?data)(?:\s*[.;:—–]|\s*$)/iu;

/**
 * Whether a row's cell of the data its party processes opens with "None" (or its like): the party gets none. A
 * description that says so of a listed vendor ("GitHub does not have access to personal data") keeps it listed.
 */
function getsNoData(header: string, key: ColumnKey | undefined, cell: string): boolean {
  return (key === 'personalData' || DATA_HEADER.test(cleanText(header))) && NO_DATA.test(cleanText(cell.replace(/[*_]/g, '')));
}

/**
 * The columns of places (where the data is, or where the company is: "Headquarters") written as US cities with their
 * states' abbreviations, every cell of them ("Seattle, WA", "Mountain View, CA", "Cambridge, MA"), one at least no other
 * reading's ("WA" is no country's code): the page writes US states, so "CA" there is California, not Canada
 * (`usCityAndState`).
 */
function usStateColumns(table: Extract<PageBlock, { kind: 'table' }>, keys: (ColumnKey | undefined)[]): Set<number> {
  const columns = new Set<number>();
  keys.forEach((k, i) => {
    if (k !== 'dataLocation' && k !== 'entityCountry') return;
    const read = table.rows.map((r) => cellText(r.cells[i]).trim()).filter(Boolean);
    const kinds = read.map((c) => usCityAndState(c));
    if (kinds.includes('us') && kinds.every((c) => c !== undefined)) columns.add(i);
  });
  return columns;
}

/**
 * A name cell of two lines, the vendor's name over what it does in common words ("Supabase" over "database & auth",
 * "Postal" over "envoi des courriels"): both apart. A second line that opens with a capital (a company, an address)
 * is not its role.
 */
function nameOverRole(cell: string): { name: string; description: string } | undefined {
  const lines = cell.split(/;\s/).map((l) => l.trim());
  if (lines.length !== 2 || !lines[0] || !/^[\p{Lu}\d]/u.test(lines[0])) return undefined;
  const role = lines[1]!;
  if (!/^\p{Ll}[\p{L}\s&'’,/+-]{1,60}$/u.test(role) || entityIn(role) !== undefined || readLocation(role).countries.length)
    return undefined;
  return { name: lines[0], description: role };
}

/**
 * A name cell that is a company's name (with its legal form or a parenthesis), a dash, then what it does in common
 * words ("Mistral AI SAS (Paris, France) — modèle Pixtral Large, DPA art. 28"): both apart. A brand after the dash
 * ("Acme Inc. — Beta", "Acme SARL – acme.io") is left whole.
 */
function nameThenDescription(cell: string): { name: string; description: string } | undefined {
  const t = cleanText(cell);
  const at = t.search(/ [—–] /);
  if (at < 0 || t.slice(at + 3).search(/ [—–] /) >= 0) return undefined;
  const name = t.slice(0, at).trim();
  const description = t.slice(at + 3).trim();
  if (!name || !description || !/^[\p{Lu}\d]/u.test(name) || name.split(/\s+/).length > 10) return undefined;
  // What it does is words in lower case ("modèle Pixtral Large"); "— Workers AI", "– AWS", "– mailbox.org" name a brand.
  if (!/^\p{Ll}[\p{Ll}'’-]*\s/u.test(description)) return undefined;
  return entityIn(name) !== undefined || name.endsWith(')') ? { name, description } : undefined;
}

/** Words that say where servers are: "datacenters France", "serveurs en Allemagne", "hosted in Ireland". */
const SERVER_PLACE =
  /^(?:datacenters?|data ?cent(?:er|re)s?|centres? de données|serveurs?|servers?|h[ée]berg[ée]e?s? (?:en|au|aux|dans)|hosted in|stored in|stock[ée]e?s? (?:en|au|aux))(?!\p{L})/iu;

/** Of the comma-separated parts of a name's words, the one part that says where its servers are, if one does. */
function serverPlaces(words: string): string | undefined {
  const parts = words
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter((p) => SERVER_PLACE.test(p) && readLocation(p).countries.length > 0);
  return parts.length === 1 ? parts[0] : undefined;
}

/** A cell that states nothing itself: empty, a dash, or a reference elsewhere ("see note below", "voir ci-dessous"). */
/** The columns that say something of a company itself, not of the service it gives: who and where it is, its papers. */
/** A cell that says only that the party is an independent controller: "N/A (independent controller)", "Independent controller". */
const INDEPENDENT_CONTROLLER =
  /^\s*(?:n\/a\s*[-–—:]?\s*)?\(?\s*(?:an? )?(?:independent[ -](?:data )?controller|(?:data )?controller in its own right|responsable (?:de|du) traitement (?:indépendant|autonome|distinct))\s*\)?\s*\.?\s*$/iu;

/** A column heading that leaves its cells to be confirmed: "Location (to confirm)", "Hébergement (à confirmer)". */
const TO_CONFIRM_HEADER =
  /(?<!\p{L})(?:to (?:be )?confirm(?:ed)?|to (?:be )?verif(?:y|ied)|à (?:confirmer|vérifier)|tbc|unverified|non vérifiée?s?)(?!\p{L})/iu;

/** A cell that says only that the row is not verified: "NOT VERIFIED", "Unverified", "Non vérifié", "À vérifier". */
const UNVERIFIED_CELL =
  /^\s*(?:not (?:yet )?verified|unverified|non vérifiée?s?|pas (?:encore )?vérifiée?s?|à vérifier|to be verified)\s*\.?\s*$/iu;

const COMPANY_KEYS = new Set<ColumnKey | undefined>(['entity', 'entityCountry', 'website', 'dpa', 'certifications', 'claims', undefined]);

const REFERS_ELSEWHERE = /^(?:|[-–—]|n\/a|(?:see|cf\.?|voir)\b.{0,60})$/i;

/** "intra-group transfer(s)", "transferts intra-groupe": transfers inside the vendor's group. */
/**
 * "an affiliate of Acme Inc.", "a subsidiary of the Acme group", « filiale d'Acme SAS »: a company's group, named by the
 * word its name starts with. Over a vendor whose name starts with the same word, it places the vendor in its own
 * group and says nothing of the vendor's relation to the publisher: the words are set aside. Another group's name is
 * kept (it may be the publisher's).
 */
const VENDOR_GROUP_OF =
  /\b(?:(?:an?|one of the|part of the|member of the) )?(?:affiliates?|affiliated (?:company|entity)|subsidiary|subsidiaries|member company|group company|filiales?|société du groupe|entité du groupe) (?:of|to|de|du groupe|d['’]) ?(?:the |le |la )?(?:groupe? )?([\p{Lu}\d][\p{L}\d&-]{0,40})/giu;

function ownGroupAside(text: string, name: string): string {
  const first = /[\p{L}\d&-]+/u.exec(name)?.[0]?.toLowerCase();
  return first ? text.replace(VENDOR_GROUP_OF, (whole, group: string) => (group.toLowerCase() === first ? ' ' : whole)) : text;
}

const VENDOR_GROUP_TRANSFER = /\bintra-?group transfers?\b|\btransferts? intra-?groupe\b/gi;

/** Header words that say a place is the data's: where it is processed, hosted, stored. */
const DATA_PLACE = / (?:data|processing|hosting|hosted|storage|server|servers|donnees|traitement|hebergement|stockage|serveurs?) /;

function tableEntries(
  table: Extract<PageBlock, { kind: 'table' }>,
  group: string | undefined,
  affiliate: boolean,
  unread: Unread[] = [],
): ReadEntry[] {
  const matches = table.header.map((h) => columnMatch(h));
  const keys: (ColumnKey | undefined)[] = recipientsColumn(table.header, nameFirstColumn(matches.map((m) => m?.key)));
  // "Company | Sub-processor": the column of the company publishing the list is no column of its entries.
  const publisher = partyColumns(
    keys,
    table.rows.map((r) => r.cells),
  );
  // "Location" beside "Hosting regions", "Country" beside "Processing Location": the column that says the data's
  // place (its regions, where it is processed, hosted, stored) is the data's, so the bare location is the vendor's.
  const regionColumn = table.header.findIndex(
    (h, i) => keys[i] === 'dataLocation' && (/\br[ée]gions?\b/i.test(h) || DATA_PLACE.test(` ${headerWords(h)} `)),
  );
  if (regionColumn >= 0)
    keys.forEach((k, i) => {
      if (k === 'dataLocation' && i !== regionColumn && /^(?:location|country|pays|localisation)$/.test(headerWords(table.header[i]!)))
        keys[i] = 'entityCountry';
    });
  // "Terms" beside "DPA" (a data file's "links: { terms, dpa }"): the column that names the agreement is the agreement's;
  // the vendor's terms are another document, kept in the note.
  const namesAgreement = (h: string) => /\b(?:dpa|data processing|processing agreement|processing addendum)\b/i.test(headerWords(h));
  const otherDocuments = new Set<number>();
  if (table.header.some((h) => namesAgreement(h)))
    table.header.forEach((h, i) => {
      if (!namesAgreement(h) && /\b(?:terms|conditions|cgu|cgv)\b/i.test(headerWords(h))) {
        if (keys[i] === 'dpa') keys[i] = undefined;
        otherDocuments.add(i);
      }
    });
  // Two columns of one meaning: the one whose header says it exactly wins; the other is kept as it is.
  const exact = matches.map((m) => m?.exact === true);
  keys.forEach((k, i) => {
    if (k === undefined) return;
    const first = keys.findIndex((x, j) => x === k && (exact[j] || !keys.some((y, l) => y === k && exact[l])));
    if (first !== i) keys[i] = undefined;
  });
  // "Traitement | Union européenne", "Processing | United States": a column no meaning of its header kept (a second
  // purpose word) whose every cell names places, and only places, says where the data is processed, when no other
  // column of the table does.
  if (!keys.includes('dataLocation') && table.rows.length >= 2)
    keys.forEach((k, i) => {
      // A contact or address column holds whose address it is, not where the data is ("EU representative: …, Berlin").
      if (k !== undefined || publisher.has(i) || ADDRESS_HEADER.test(table.header[i] ?? '')) return;
      const cells = table.rows.map((r) => cellText(r.cells[i])).filter((c) => c.trim());
      const places = cells.map((c) => readLocation(c));
      if (
        cells.length >= 2 &&
        places.every((p) => p.countries.length > 0 && !p.access.length && !p.entityCountries?.length && !p.entities?.length) &&
        !keys.includes('dataLocation')
      )
        keys[i] = 'dataLocation';
    });
  const agreementLinks = linksToAgreement(table.header, keys);
  const usStates = usStateColumns(table, keys);
  const roleColumn = partyRoleColumn(table, keys);
  // Whether the role column's plain "processor" companies are vendors: two at least, and no row the controller's.
  const vendorProcessors = roleColumn >= 0 && processorVendors(table, keys, roleColumn);
  // The role a row's party holds ("Sous-traitant ultérieur") is no purpose: kept in the note under its header.
  if (roleColumn >= 0) keys[roleColumn] = undefined;
  // "Status" | « Statut »: a column that says whether each vendor is in use now ("active", "planned", « retiré »).
  const statusColumn = keys.findIndex((k, i) => k === undefined && STATUS_HEADER.test(headerWords(table.header[i] ?? '')));
  // The column that names the entries: "Entity Name" when no other names them; its links are the vendors' sites.
  const nameKey: ColumnKey = keys.includes('name') ? 'name' : 'entity';
  const entries: ReadEntry[] = [];
  /** The place a region row above says the rows under it are processed in, until the next region row. */
  let region: ReadFact | undefined;
  const continues = continuationRows(table.rows, keys.indexOf(nameKey));
  const shifted = shiftedRows(
    table.rows.map((r) => r.cells),
    keys.indexOf(nameKey),
    // The column of places: the data's, else the company's ("Sub-processor address").
    keys.includes('dataLocation') ? keys.indexOf('dataLocation') : keys.indexOf('entityCountry'),
  );
  for (const [r, row] of table.rows.entries()) {
    const above = regionRow(row.cells, table.header.length);
    if (above !== undefined) {
      region = above.place ? { label: above.text, value: above.place, key: 'dataLocation' } : undefined;
      unread.push({ kind: 'regionRow', data: { name: above.text } });
      continue;
    }
    // "| Sub-processors in Norway | |": a row heading the rows under it, its place theirs until the next such row.
    const group = groupRow(row.cells, table.header.length);
    if (group !== undefined) {
      region = group.place ? { label: group.text, value: group.place, key: 'dataLocation' } : undefined;
      unread.push({ kind: group.place ? 'regionRow' : 'groupRow', data: { name: group.text } });
      continue;
    }
    if (continues.has(r) && entries.length) {
      unread.push({ kind: 'rowContinues', data: { name: row.cells.map(cellText).filter(Boolean).join(' | ') } });
      continue;
    }
    if (shifted.has(r)) {
      unread.push({ kind: 'rowShifted', data: { name: row.cells.map(cellText).filter(Boolean).join(' | ') } });
      continue;
    }
    const cell = (key: ColumnKey) => {
      const i = keys.indexOf(key);
      return i >= 0 ? cellText(row.cells[i]) : '';
    };
    // "Quillet<br>[Privacy terms](…)": a line of the name cell that is only a link to one of the vendor's documents
    // (privacy policy, terms, DPA) is that link (read with the cell's links), no part of the name.
    const nameCell = withoutDocumentLines(cell('name') || cell('entity'), row.cellLinks?.[keys.indexOf(cell('name') ? 'name' : 'entity')]);
    // "Mistral AI SAS (Paris, France) — modèle X, DPA art. 28": a company's name, a dash, then what it does.
    // "Mollie B.V. mollie.com": the vendor's own domain printed after its name is its site, no part of the name.
    const printed = nameAndSite(nameCell);
    const described = nameThenDescription(printed?.name ?? nameCell) ?? nameOverRole(printed?.name ?? nameCell);
    const named = nameAndPostalAddress(described?.name ?? printed?.name ?? nameCell);
    // "Support mailbox (support@…, e.g. Proton Mail)": a role, then in its bracket the vendor that fills it.
    const example = exampleVendor(named.name);
    // "[À CONFIRMER : Vercel, Inc.]": the vendor named, its name still to be confirmed (kept in the note).
    const pending = pendingName(cell('name') || cell('entity'));
    const name = pending ?? example?.name ?? named.name;
    // "[Email provider]", "{{other_vendor_name}}", "[registre du commerce] / [NIF]": a template's blanks where a
    // vendor's name goes, nothing else, not a vendor; said so.
    if (
      BLANKS.test(name.replace(/[*_]/g, '')) ||
      isPlaceholder(name) ||
      PARTY_BLANK.test(name.replace(/[*_]/g, '')) ||
      NAME_TO_VERIFY.test(name.replace(/[*_]/g, '').trim())
    ) {
      unread.push({ kind: 'placeholder', data: { text: isPlaceholder(name) ? name : name.replace(/[*_]/g, '') } });
      continue;
    }
    // "More vendors (hosting, email) will be listed here once chosen. | | |": a sentence alone in a row of empty cells is
    // the table's note, no vendor.
    if (noteRow(row.cells, table.header.length)) {
      unread.push({ kind: 'noteRow', data: { name } });
      continue;
    }
    // "Total | 3 sous-traitants", "Grand total | 12": the table's own sum, no vendor.
    if (TOTAL_ROW.test(name.replace(/[*_]/g, '').trim())) {
      unread.push({ kind: 'totalRow', data: { name } });
      continue;
    }
    // "Loi n° 18-07 du 10 juin 2018", "Regulation (EU) 2016/679": the law a record is made under, no vendor.
    if (STATUTE.test(name)) {
      unread.push({ kind: 'statuteRow', data: { name } });
      continue;
    }
    // "Responsable de traitement | La collectivité", "Sous-traitant principal | Acme SAS" in a table whose role column
    // names sub-processors on other rows ("Sous-traitant ultérieur"): the page's other parties, not sub-processors.
    if (roleColumn >= 0) {
      const role = cellText(row.cells[roleColumn]);
      // "Hetzner Online GmbH | Data processor" beside "Groq Inc. | Sub-processor": a company the table names by its legal
      // form and calls a processor, no more (not the "main" one), processes the data for the page's publisher as the
      // others do: a vendor of the list, when the table calls several companies so and names no controller. A table of
      // the processing's parties ("Your organisation | Data controller", "Acme SAS | Data processor", then the
      // sub-processors) gives its one processor's row to the publisher itself; the publisher's own services named by
      // what they are ("Self-hosted storage | processor") and a "Sous-traitant principal" stay the page's other parties.
      const bare = name.replace(/[*_]/g, '').trim();
      const vendorProcessor = vendorProcessors && PLAIN_PROCESSOR.test(role.replace(/[*_]/g, '').trim()) && entityIn(bare) === bare;
      if (!SUBPROCESSOR_ROLE.test(role) && !vendorProcessor) {
        unread.push({ kind: 'partyRow', data: { name, role } });
        continue;
      }
    }
    // "Resend | Email | planned", « Heroku | Hébergement | Retiré »: a vendor the status column says is not in use now
    // (to come, or no longer), no current sub-processor.
    if (statusColumn >= 0 && NOT_IN_USE.test(cellText(row.cells[statusColumn]).trim())) {
      unread.push({ kind: 'rowNotCurrent', data: { name, status: cellText(row.cells[statusColumn]).trim() } });
      continue;
    }
    // "Apple | App Store | … | N/A (independent controller)": a row one of whose cells says only that the party is an
    // independent controller is no sub-processor, whatever the table (a cell that says it for one purpose beside a
    // mechanism, "SCCs; independent controller for fraud prevention", keeps the row).
    const controllerCell = row.cells.findIndex((c, i) => keys[i] !== nameKey && INDEPENDENT_CONTROLLER.test(cellText(c)));
    if (controllerCell >= 0) {
      unread.push({ kind: 'partyRow', data: { name, role: cellText(row.cells[controllerCell]) } });
      continue;
    }
    // "Data: None. No script of theirs is served…", "Données traitées : Aucune": a row whose cell of the data the party
    // processes says it gets none is a party the page lists beside its sub-processors, not one of them.
    const noDataCell = row.cells.findIndex((c, i) => keys[i] !== nameKey && getsNoData(table.header[i] ?? '', keys[i], cellText(c)));
    if (noDataCell >= 0) {
      unread.push({ kind: 'partyRow', data: { name, role: cellText(row.cells[noDataCell]) } });
      continue;
    }
    // "E-mail delivery provider | see note below | Delivery of mail | see note below", "Hébergeur cloud (UE) |
    // Infrastructure | Union européenne": the role a vendor fills, in common nouns, with nothing said of a company
    // (its seat, its legal name, its site or agreement): the page names no vendor. What the role does, with what data
    // and where, is said of whoever will fill it.
    const saysNothing = row.cells.every((c, i) => keys[i] === nameKey || !COMPANY_KEYS.has(keys[i]!) || REFERS_ELSEWHERE.test(cellText(c)));
    // "SMTP (configuré)", "SFTP": a protocol, whatever server speaks it, names no vendor, whatever the row says.
    if ((isRoleName(name) && saysNothing) || roleOffersChoice(name) || PROTOCOL_NAME.test(name.replace(/[*_]/g, '').trim())) {
      unread.push({ kind: 'roleRow', data: { name } });
      continue;
    }
    if (!name) {
      const column = table.header[keys.indexOf('name') >= 0 ? keys.indexOf('name') : keys.indexOf('entity')];
      if (row.cells.some((c) => c.trim())) throw new PageReadError((w) => fill(w.rowWithoutName, { column: String(column) }), row.line);
      continue;
    }
    const facts: ReadFact[] = [];
    if (named.address) facts.push({ label: 'Address', value: named.address, key: 'entityCountry' });
    const nameHeader = cleanText(table.header[keys.indexOf(nameKey)] ?? '') || 'Description';
    if (printed) facts.push({ label: nameHeader, value: printed.site, key: 'website' });
    if (example) facts.push({ label: nameHeader, value: example.role });
    if (pending) facts.push({ label: nameHeader, value: cell('name') || cell('entity'), key: 'note' });
    if (described)
      facts.push({ label: nameHeader, value: described.description, ...(keys.includes('purpose') ? {} : { key: 'purpose' as const }) });
    // "OVH SAS (hébergement VPS, datacenters France)", "… — servers in Germany": where the name's own words put its servers.
    const servers = serverPlaces([parenthesised(name)?.inner ?? '', described?.description ?? ''].join(', '));
    if (servers) facts.push({ label: nameHeader, value: servers, key: 'dataLocation' });
    // "Resend<br>[Privacy terms](…) · [DPA](…)": of the document links under the name, the agreement's is the DPA.
    if (nameCell !== (cell('name') || cell('entity'))) {
      const agreement = row.cellLinks?.[keys.indexOf(cell('name') ? 'name' : 'entity')]?.find(
        (l) => l.href && /^https?:\/\//i.test(l.href) && AGREEMENT_LINK.test(l.text),
      );
      if (agreement) facts.push({ label: nameHeader, value: agreement.href!, key: 'dpa' });
    }
    table.header.forEach((header, i) => {
      if (publisher.has(i)) return;
      // A cell that is one address and nothing else is its own link (a bare URL in Markdown).
      const bare = cellText(row.cells[i]);
      // The link column beside the agreement's: a link to the vendor's privacy policy ("https://acme.com/privacy",
      // "…/legal/privacy-policy") is its own page, no agreement, whatever the column beside it says.
      const own = row.links?.[i] ?? bare;
      const privacyPage = PRIVACY_PAGE.test(own.replace(/^https?:\/\/[^/\s]+/i, '')) && !AGREEMENT_ADDRESS.test(own);
      const key = agreementLinks === i && !privacyPage ? 'dpa' : keys[i];
      // "[DPA](…) · [Subprocessors](…)", "[Gemini API terms](…) · [Data processing terms](…)": of a cell's links, the
      // one whose words say agreement is the agreement's, wherever it stands among them.
      // A cell of copied text holds its links as Markdown wrote them ("governed by the [Vercel DPA](https://…)"): read so.
      const words =
        key === nameKey ? undefined : (row.cellLinks?.[i] ?? inlineLinks(bare))?.filter((l) => l.href && /^https?:\/\//i.test(l.href));
      const wordedLink = words?.find((l) => AGREEMENT_LINK.test(l.text));
      // "[API terms](…) · DPA (paid plan, no training on the data)": what a link cell says outside its links about
      // training is a fact of the row, whichever link the cell gives.
      if (words?.length) {
        let outside = bare;
        for (const l of words) outside = outside.replace(l.text, ' ');
        outside = cleanText(outside.replace(/^[\s·|,;–—-]+|[\s·|,;–—-]+$/g, ''));
        if (outside && trainsOnCustomerDataIn(outside) !== undefined)
          facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: outside });
      }
      // "Model providers: OpenAI and Anthropic" with "[OpenAI DPA](…)": one member's agreement is not the group's.
      if (wordedLink && oneMembersAgreement(wordedLink.text, name)) {
        facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: words!.map((l) => `${l.text}: ${l.href}`).join(' · ') });
        return;
      }
      const worded = wordedLink?.href;
      const link = worded ?? row.links?.[i] ?? (/^https?:\/\/\S+$/i.test(bare) ? bare : undefined);
      // "https://…/privacy and https://…/legal/dpa" under "DPA / Security Page": addresses written out, one of them an
      // agreement's; the cell whole, which the import reads for the agreement's address.
      const written = link === undefined ? (bare.match(/https?:\/\/[^\s<>"')\]]{1,300}/g) ?? []) : [];
      if (written.length > 1 && /\b(?:dpa|data processing)\b/i.test(header) && written.some((u) => AGREEMENT_ADDRESS.test(u))) {
        facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: bare, key: 'dpa' });
        return;
      }
      // A link column keeps its address: the agreement's ("DPA"), the vendor's site; a linked name is the site.
      if (link && /^https?:\/\//i.test(link)) {
        const agreement =
          (worded !== undefined && !otherDocuments.has(i)) ||
          key === 'dpa' ||
          // A column of the vendors' "terms" or "conditions" alone gives an agreement only where the address is one's
          // ("…/data-processing-addendum", "…/dpa"); "…/terms-of-service" is no DPA (`toAgreement` below).
          (/\b(?:dpa|data processing|contrat|accord)\b/i.test(header) && !otherDocuments.has(i)) ||
          (/\b(?:dpa|data processing|accord de traitement)\b/i.test(row.cells[i] ?? '') && key !== nameKey);
        // A name that links to an agreement ("/legal/dpa"): the page gives the agreement, not the site.
        const path = link.replace(/^https?:\/\/[^/]+/i, '');
        // An agreement or contract about processing personal data ("/contrat-gestion-traitements-donnees-personnelles",
        // "/agreements-popd") is one too.
        const toAgreement =
          // "…/contracts/9e74492-OVH_Data_Protection_Agreement-FR-6.0.pdf": a file named so, its words joined by "_".
          /(?:^|[/_-])(?:dpa|data[-_]processing[\w-]*|processing[-_]addendum|data[-_]protection[-_](?:agreement|addendum))(?:[/._#-]|$)/i.test(
            path,
          ) ||
          (/(?:^|[/_-])(?:agreements?|contrats?)(?:[/._#-]|$)/i.test(path) &&
            /(?:^|[/_-])(?:processing|popd|traitements?|donnees|personal-data|gdpr|rgpd)(?:[/._#-]|$)/i.test(path));
        // A name that links to another document of the vendor (its privacy policy, GDPR or terms page) links to
        // no agreement and to no home page: the address is kept in the note.
        // A name linked whole ("[Stripe](https://stripe.com/privacy)"): the page links the vendor's own pages under its
        // name, the vendor's site as the corpus reads it (tavern, jsdelivr, gridar); a page whose words say its names
        // link to agreements makes them the agreements (`NAMES_LINK_AGREEMENTS`).
        const ownLinks = key === nameKey ? (row.cellLinks?.[i] ?? []) : [];
        const linkedWhole =
          ownLinks.length === 1 &&
          ownLinks[0]!.href === link &&
          cleanText(ownLinks[0]!.text.replace(/[*_]/g, '')) === cleanText(bare.replace(/[*_]/g, ''));
        const toDocument =
          key === nameKey &&
          !linkedWhole &&
          /(?:^|[/_.-])(?:privacy|gdpr|rgpd|terms|legal|confidentialite|politique-de-confidentialite|trust-hub|trust|site-policy|policy|policies)(?:[/._#?-]|$)/i.test(
            link.replace(/^https?:\/\/[^/]+/i, ''),
          );
        // A link in an agreement's column whose words name another document ("Terms", "Privacy policy") is no
        // agreement: the page links the vendor's terms, not a DPA; the address is kept in the note.
        const otherDocument = key === 'dpa' && OTHER_DOCUMENT.test(cellText(row.cells[i]));
        if (otherDocument) {
          facts.push({ label: cellText(row.cells[i]), value: link });
          return;
        }
        // "Their terms: [Privacy policy](…)", "[Terms](…) · [Trust center](…)": links whose words each name another
        // of the vendor's documents give no agreement, whatever the column; they are kept in the note.
        // A link whose address is an agreement's ("…/legal/dpa") is one, whatever its words.
        const termsColumn = /\b(?:terms|conditions)\b/i.test(header) && !otherDocuments.has(i);
        if ((agreement || termsColumn) && !worded && !toAgreement && words?.length && words.every((l) => DOCUMENT_LINK.test(l.text))) {
          facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: words.map((l) => `${l.text}: ${l.href}`).join(' · ') });
          return;
        }
        if (toDocument && !agreement && !toAgreement) {
          facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: link });
          return;
        }
        const linkKey = agreement || toAgreement ? 'dpa' : key === 'website' || key === nameKey ? 'website' : undefined;
        if (linkKey && !(linkKey === 'website' && keys.includes('website') && key !== 'website')) {
          facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: link, key: linkKey });
          if (linkKey === 'dpa') {
            // "[…/dpa](…) — Standard Contractual Clauses (SCCs)", "[OpenAI DPA](…) — API tier (no-training)": the words
            // beside the link, when they name a mechanism or say whether the vendor trains on the data, are read too.
            const words = cellText(row.cells[i]);
            if (mechanismsIn(words).named.length || trainsOnCustomerDataIn(words) !== undefined)
              facts.push({ label: cleanText(header) || `Column ${i + 1}`, value: words, key: 'dpa' });
            return;
          }
          if (key === 'website') {
            // "Website & Contact Details": what the cell says besides its address on the web (a postal address).
            const rest = cellText(row.cells[i])
              .split(/\s*[;\n]\s*/)
              .filter((part) => part && !/^(?:https?:\/\/|www\.)\S*$/i.test(part))
              .join(', ');
            if (rest)
              facts.push({
                label: cleanText(header),
                value: rest,
                ...(ADDRESS_HEADER.test(header) ? { key: 'entityCountry' as const } : {}),
              });
            return;
          }
        }
      }
      if (key === 'name' || key === 'entity' || key === 'id' || key === 'group' || key === 'category') return;
      const value = cellText(row.cells[i]);
      // A template's blank ("[[region]]", "[Insert location]", "{{country}}"): not a fact, and said so.
      if (isPlaceholder(value)) {
        unread.push({ kind: 'placeholder', data: { text: value } });
        return;
      }
      // A contact column with no link: its text is the vendor's postal address. A column of no other meaning headed
      // "Contact information" (or a data file's "contact suffix") whose cell holds a postal address after the vendor's
      // mailbox or desk ("privacy@…, 3500 S Dupont Hwy, Camden, DE, USA"): the same, the company's address.
      const contact = key === undefined && ADDRESS_HEADER.test(header) ? contactAddress(value) : undefined;
      const asKey =
        (key === 'website' && !/^(?:https?:\/\/|www\.)/i.test(value) && ADDRESS_HEADER.test(header)) || contact !== undefined
          ? 'entityCountry'
          : key;
      // "Location (to confirm)", "Pays (à confirmer)": a column whose heading leaves every cell under it to be confirmed
      // states none of them; the page's words stay in the note.
      const open = asKey !== undefined && asKey !== 'note' && TO_CONFIRM_HEADER.test(header);
      if (value)
        facts.push({
          label: cleanText(header) || `Column ${i + 1}`,
          // The vendor's own lines of a contact cell, not those of the representative after them, nor its mailbox.
          value: contact !== undefined ? cleanText(withoutMailboxes(ownContactLines(value) ?? value)) : value,
          ...(open ? { key: 'note' as const, open } : asKey ? { key: asKey } : {}),
          ...(usStates.has(i) ? { usStates: true } : {}),
        });
    });
    // "NOT VERIFIED", "Non vérifié" as a cell of its own (a status): the row's agreements are not shown in place, so
    // the mechanisms its cells name are not stated; its words stay in the note.
    if (row.cells.some((c, i) => keys[i] !== nameKey && UNVERIFIED_CELL.test(cellText(c).replace(/[*_]/g, ''))))
      for (const f of facts)
        if (f.key === 'transfer') {
          f.key = 'note';
          f.open = true;
        }
    // "GitHub, Inc. (subsidiary of Microsoft)" in an entity column: the company, and its group kept in the note.
    const entityCell = keys.includes('entity') && keys.includes('name') ? ownCompany(cell('entity')) : undefined;
    if (entityCell?.group) facts.push({ label: cleanText(table.header[keys.indexOf('entity')] ?? ''), value: cell('entity'), key: 'note' });
    // Under a region row, a row that names no place of its own is processed where the region row says.
    if (region && !facts.some((f) => f.key === 'dataLocation' && readLocation(f.value).countries.length)) facts.unshift(region);
    // "with possible intra-group transfer": the vendor's own group moving data, not the vendor being one of ours.
    // "Hostora Ltd, an affiliate of Hostora Inc.": the vendor's place in its own group, nothing of ours.
    const text = ownGroupAside(row.cells.join(' ').replace(VENDOR_GROUP_TRANSFER, ' '), name);
    entries.push({
      heading: name,
      name,
      entity:
        (keys.includes('entity') && keys.includes('name') ? entityCell?.entity || undefined : undefined) ??
        named.entity ??
        // Never over the company the name itself states ("Nimbus Cloud Inc.").
        (entityIn(name) === undefined ? contactCompanyOf(table.header, keys, row.cells) : undefined),
      id: cell('id') || undefined,
      group: cell('group') || group,
      category: cell('category') || undefined,
      affiliate: affiliate || AFFILIATE_WORDS.test(text) || undefined,
      line: row.line,
      facts,
    });
  }
  return entries;
}

/**
 * Rows that go on from the row above them, their first cell spanned from it ("| Cloud Infrastructure | Log storage
 * | 30 days |" under "| Amazon Web Services, Inc. | Cloud Infrastructure | IaaS | Duration of contract |"): fewer
 * cells than the rows around them, the first of which is a value the next column holds on other rows and the name
 * column on none. Their indexes; no entry of their own (they name no vendor).
 */
function continuationRows(rows: readonly TableRow[], nameColumn: number): Set<number> {
  const out = new Set<number>();
  if (nameColumn !== 0) return out;
  const texts = rows.map((r) => r.cells.map(cellText));
  const filled = texts.map((cells) => cells.filter(Boolean).length);
  const most = Math.max(...filled);
  texts.forEach((cells, r) => {
    const first = cells[0];
    if (!first || filled[r]! >= most || filled[r]! < 2 || cells.slice(0, filled[r]).some((c) => !c)) return;
    const others = texts.filter((_, j) => j !== r);
    if (others.some((c) => c[0] === first) || others.filter((c) => c[1] === first).length < 2) return;
    out.add(r);
  });
  return out;
}

/**
 * A row that heads the rows under it with where they are processed, in fewer cells than the table has, its words
 * ending in a colon that introduces them ("| Americas | The following sub-processors process data in a data center in
 * the United States: |", "| UE | Les sous-traitants suivants hébergent les données en France : |"). Its place is the
 * one its sentence says the data is stored in, or its first cell's own place ("UE"); none when it says neither.
 */
/** Words of a sentence about the list itself: what will be added to it, when it is updated. */
const LIST_TALK = /(?<!\p{L})(?:will|listed|added|updated|list|table|seront|sera|ajoutée?s?|liste|tableau|mise? à jour)(?!\p{L})/iu;

/** The fewest words of a sentence a row holds alone as the table's note: a vendor's name is shorter. */
const NOTE_WORDS = 8;

/**
 * A row of three columns or more whose only text is one sentence in its first cell: it ends as sentences do (".", "!"),
 * runs to `NOTE_WORDS` words or more and speaks of the list (`LIST_TALK`), so no vendor's name ("Acme Holdings Inc."
 * alone in its row is one) nor a vendor described in a sentence that opens with its company's name.
 */
function noteRow(cells: string[], columns: number): boolean {
  const filled = cells.map(cellText).filter(Boolean);
  if (columns < 3 || filled.length !== 1 || filled[0] !== cellText(cells[0])) return false;
  const text = filled[0];
  // A sentence led by a company's name describes that vendor ("Hetzner Online GmbH (Allemagne), hébergement …."): a row.
  const company = entityIn(text);
  if (company !== undefined && text.startsWith(company)) return false;
  return /[.!]$/.test(text) && text.split(/\s+/).length >= NOTE_WORDS && LIST_TALK.test(text);
}

function regionRow(cells: string[], columns: number): { text: string; place?: string } | undefined {
  const filled = cells.map(cellText).filter(Boolean);
  if (columns < 3 || filled.length === 0 || filled.length > 2 || filled.length >= columns) return undefined;
  if (!/:$/.test(filled[filled.length - 1]!)) return undefined;
  const own = readLocation(filled[0]!);
  const place = storedIn(filled.join(' ')) ?? (filled.length === 2 && own.countries.length && !own.note ? filled[0] : undefined);
  return { text: filled.join(' — '), place };
}

/**
 * A name cell that holds the company's postal address after its name ("MessageBird B.V., Baarsjesweg 285-H, 1058
 * AE Amsterdam, Netherlands"): the name, and the address apart when its parts from the first one with a number
 * in it name one country. "HubSpot, Inc." keeps its legal form: a part with no number starts no address.
 */
export function nameAndPostalAddress(cell: string): { name: string; entity?: string; address?: string } {
  // "Stripe<br>Stripe Payments Europe Ltd, Ireland": the brand on its line, the company (with its legal form) and
  // where it is on the lines under it.
  const lines = cell.split(/;\s|\n/).map((l) => l.trim());
  const below = lines.slice(1).join(', ');
  // Not two companies ("Google LLC; Google Ireland Limited"): the first line is a brand, with no legal form.
  const company = lines.length > 1 && lines[0] && entityIn(lines[0]) === undefined ? entityIn(below) : undefined;
  if (company && below.startsWith(company)) {
    const rest = below.slice(company.length).replace(/^[\s,]+/, '');
    const placed = rest && (countryCode(rest) !== undefined || addressCountry(rest) !== undefined);
    return { name: lines[0]!, entity: company, ...(placed ? { address: rest } : {}) };
  }
  // "Cloudflare, Inc. (101 Townsend St, San Francisco, CA 94107)": the address in brackets after the name.
  const bracketed = parenthesised(cell);
  if (bracketed?.head && /\d/.test(bracketed.inner) && !bracketed.inner.includes('(') && addressCountry(bracketed.inner))
    return { name: bracketed.head, address: bracketed.inner };
  // Commas inside brackets ("Cloudflare (Cloudflare, Inc.)") part nothing.
  const parts = commaParts(cell);
  // "Normative Ops (Normative Ltd), Metal Box Factory, 30 …, UK", "Acme (Acme Inc.) 4710875, 101 …, USA": a name
  // whose company with its legal form stands in brackets ends at them (a register number after them is no part of
  // it); the address is what follows.
  const lead = parts[0]!.replace(/\)\s+\d[\d\s-]*$/, ')');
  const inner = parenthesised(lead)?.inner;
  if (parts.length > 1 && inner !== undefined && entityIn(inner) === inner) {
    const address = parts.slice(1).join(', ');
    if (addressCountry(address)) return { name: lead, address };
  }
  for (let k = 1; k < parts.length; k++) {
    if (!/\d/.test(parts[k]!)) continue;
    const address = parts.slice(k).join(', ');
    return addressCountry(address) ? { name: parts.slice(0, k).join(', '), address } : { name: cell };
  }
  return { name: cell };
}

/**
 * A name cell's lines ("; " apart) without those after the first that are each one link's words naming one of the
 * vendor's documents ("Quillet<br>[Privacy terms](…)" is "Quillet").
 */
function withoutDocumentLines(cell: string, links: { text: string; href?: string }[] | undefined): string {
  const lines = cell.split('; ');
  if (lines.length < 2 || !links?.length) return cell;
  const plainWords = (t: string) => cleanText(t.replace(/[*_]/g, ''));
  const isLink = (line: string) => links.some((l) => l.href && plainWords(l.text) === plainWords(line));
  // "[Privacy Policy](…) · [DPA](…)": a line of such links, each one a document's.
  const documents = (line: string) =>
    line.split(/\s+[·|/]\s+|,\s+/).every((part) => isLink(part) && (DOCUMENT_LINK.test(part) || AGREEMENT_LINK.test(part)));
  const kept = lines.filter((line, k) => k === 0 || !documents(line));
  return kept.join('; ');
}

/**
 * "Where personal data is transferred outside the EEA or UK, ClawDaddy relies on:" then its items: the sentence joined
 * to each item, in page order. Only a paragraph whose last sentence ends in a colon, and the items right after it.
 */
function introducedItems(blocks: PageBlock[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !/:$/.test(b.text.trim())) continue;
    const lead = b.text
      .trim()
      .split(/(?<=[.!?])\s+/)
      .pop()!;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'item'; j++) out.push(`${lead} ${(blocks[j] as { text: string }).text}`);
  }
  return out;
}

/** "… governed by the Customer's agreement with Anthropic, not this DPA", "régis par le contrat du client avec X, et non par le présent DPA". */
const OTHER_AGREEMENT =
  /(?<!\p{L})(?:governed by|subject to)(?!\p{L})[^.;]{0,100}?(?<!\p{L})(?:agreement|contract|terms)(?!\p{L})[^.;]{0,60}?,?\s+(?:and\s+)?not\s+(?:by\s+|to\s+)?(?:this|the present)\s+(?:dpa|agreement|addendum)(?!\p{L})|(?<!\p{L})(?:r[ée]gie?s?|soumise?s?)\s+(?:par|à|au)(?!\p{L})[^.;]{0,100}?(?<!\p{L})(?:contrat|accord|conditions)(?!\p{L})[^.;]{0,60}?,?\s+(?:et\s+)?non\s+(?:par\s+|à\s+|au\s+)?(?:le\s+|la\s+)?(?:présente?|ce|cet)\s+(?:dpa|accord|contrat|avenant)(?!\p{L})/iu;

/**
 * A sentence that names one entry and says its processing is governed by another agreement, not this one: that entry
 * is outside what the page states for all its sub-processors (a page-wide transfer mechanism).
 */
function attachOutsideAgreement(blocks: PageBlock[], entries: ReadEntry[]): void {
  const namedIn = nameIndex(entries, true);
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'heading') continue;
    for (const sentence of b.text.split(/(?<=[.!?])\s+/)) {
      if (!OTHER_AGREEMENT.test(sentence)) continue;
      const named = namedIn(sentence);
      if (named.length === 1) named[0]!.outsideAgreement = true;
    }
  }
}

/** A text's parts at ", " outside brackets. */
function commaParts(text: string): string[] {
  return partsOutsideBrackets(text, (t, k) => (t[k] === ',' && t[k + 1] === ' ' ? 2 : 0));
}

/** Words of a column header that speak of the processing agreement ("DPA disponible", "Contrat de sous-traitance"). */
const AGREEMENT_HEADER =
  /\b(?:dpa|data processing (?:agreement|addendum|terms)|processing agreement|terms of processing|accord de traitement|contrat de sous-traitance|contrat dpa)\b/i;

/**
 * The column of a table whose links are the agreements: a link column with a bare header ("Lien", "Link",
 * "URL") in a table whose other columns speak of the agreement ("DPA disponible", "Contrat de sous-traitance").
 * Otherwise none: a link column is the vendor's site, unless its header or the link's words say agreement.
 */
function linksToAgreement(header: string[], keys: (ColumnKey | undefined)[]): number | undefined {
  const bare = header.map((h) => /^(?:link|links|url|lien|liens|lien url)$/.test(headerWords(h)));
  const linkColumns = bare.flatMap((b, i) => (b ? [i] : []));
  if (linkColumns.length !== 1 || !keys.includes('website')) return undefined;
  const spoken = header.some((h, i) => !bare[i] && AGREEMENT_HEADER.test(h));
  return spoken ? linkColumns[0] : undefined;
}

/** A bullet's lead as a name: without the punctuation after it ("**Stripe:**"), but with a legal form's full stop ("Stripe Inc."). */
function leadName(lead: string): string {
  const name = lead.replace(/[,:;]+$/, '').trim();
  return entityIn(name) === name ? name : name.replace(/[.,:;]+$/, '').trim();
}

/**
 * List items that each start with a name, linked or in bold ("[Stripe](https://stripe.com), for payment
 * processing"; "**Exoscale** — hosting"): one entry per item, the link its site, the rest its purpose. Only
 * when at least two items of the page do so, so that one bold word in a list of other things is no vendor.
 */
function leadEntries(blocks: PageBlock[], unread: Unread[]): ReadEntry[] {
  // A term that is a fact's label as a whole ("Purpose", "Data Location"), not a name that holds a label's word
  // ("Amazon Web Services").
  const items = leadItems(blocks, isWholeLabel, unread);
  if (items.length < 2) return [];
  const entries: ReadEntry[] = [];
  // The first entry of each name.
  const byName = new Map<string, ReadEntry>();
  for (let b of items) {
    // « Éditeur : Studio X SAS, … », "Publisher": the company that publishes the page, no sub-processor (its host is one).
    if (PUBLISHER_TERM.test(b.lead.text.replace(/[\s:]+$/, '').trim())) continue;
    // "Hébergeur principal" over "Acme Cloud SARL<br>12 rue …<br>Région eu-west-3": the company the role's card names.
    const card = b.term ? roleCard(b.lead.text, b.lines) : undefined;
    if (card) {
      if (!byName.has(card.name)) {
        const added = { heading: card.name, name: card.name, facts: card.facts, line: b.line };
        entries.push(added);
        byName.set(card.name, added);
      }
      continue;
    }
    // "Support général" over "hello@acme.example": someone to write to, no vendor.
    if (
      b.term &&
      /^<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(
        b.text
          .slice(b.lead.text.length)
          .replace(/^[\s:]+/, '')
          .trim(),
      )
    )
      continue;
    // "**Hébergement** : OVH (France)": a role in bold, then after the colon the vendor filling it: the vendor's line.
    const roleLed = b.term ? undefined : roleLedLine(b.text);
    if (roleLed) b = { ...b, text: roleLed.line, lead: { text: roleLed.name } };
    // "**Payment processors** (Paystack) — to take payments", « **Hébergement** (OVHcloud) » : a kind of provider in
    // bold, then in brackets the vendor that is it: the vendor's line, the kind its role. "**Cloud hosting** (EU)": a
    // kind and its place, no vendor, no entry.
    const kindLed = roleLed || b.term ? null : /^\s*\(([^()]{1,80})\)\s*(?:[—–:-]\s*)?(.*)$/su.exec(b.text.slice(b.lead.text.length));
    const kind = b.lead.text
      .replace(/[*_]/g, '')
      .replace(/[\s:]+$/, '')
      .trim();
    const vendors = kindLed ? kindVendors(kind, kindLed[1]!) : undefined;
    if (vendors && !vendors.length) continue;
    if (vendors?.length === 1)
      b = { ...b, text: `${vendors[0]} — ${kind}${kindLed![2] ? ` — ${kindLed![2]}` : ''}`, lead: { text: vendors[0]! } };
    // "**Search usage data.** Our search is provided by [Acme Search](https://…)": a topic in bold, the vendor the link
    // its words say provides it.
    const provider = b.term ? undefined : providedBy(b);
    // "Search used to be provided by [Acme](…) until 2024", "will soon be handled by …": no current vendor, no entry;
    // "Payments are not processed by Stripe", "provided by Velora SAS staff": no vendor at all, no entry either.
    if (provider?.notCurrent || provider?.noVendor) continue;
    if (provider) {
      if (!byName.has(provider.name)) {
        const added: ReadEntry = {
          heading: provider.name,
          name: provider.name,
          facts: [
            { label: 'Purpose', value: provider.topic, key: 'purpose' },
            ...(provider.href !== undefined ? [{ label: 'Website', value: provider.href, key: 'website' as const }] : []),
            // "[Mesura](…) (EU)": the place the brackets after the name give.
            ...(provider.brackets !== undefined && readLocation(provider.brackets).countries.length
              ? [{ label: 'Location', value: provider.brackets, key: 'dataLocation' as const }]
              : []),
          ],
          line: b.line,
        };
        entries.push(added);
        byName.set(provider.name, added);
      }
      continue;
    }
    // "Exoscale data processing agreement", "Exoscale compliance information": a document of the vendor it names.
    const doc = DOCUMENT_WORDS.exec(b.lead.text);
    const name = leadName(doc ? b.lead.text.slice(0, doc.index) : b.lead.text);
    if (!name) continue;
    if (isPlaceholder(name)) {
      unread.push({ kind: 'placeholder', data: { text: name } });
      continue;
    }
    let entry = byName.get(name);
    // A definition list's term given again with a role of its own ("Google: Firebase Cloud Messaging", then "Google:
    // sign-in"): a second entry, as the list sets them apart.
    if (entry && b.term && !doc && entry.facts.some((f) => f.key === 'purpose')) entry = undefined;
    if (!entry) {
      entry = { heading: name, name, facts: [], line: b.line };
      entries.push(entry);
      byName.set(name, entry);
    }
    // "**[Acme:](https://acme.example)** …": the link the lead's words are, whether the lead holds it or the item's first link.
    const href =
      b.lead.href && /^https?:\/\//i.test(b.lead.href)
        ? b.lead.href
        : providerClauses(b.text.slice(b.lead.text.length))
          ? leadHref(b)
          : undefined;
    if (doc) {
      if (href && DPA_WORDS.test(doc[0])) entry.facts.push({ label: 'DPA', value: href, key: 'dpa' });
      continue;
    }
    let rest = b.text
      .slice(b.lead.text.length)
      .replace(/^[\s.,:;–—-]+/, '')
      .replace(/^for\s+/i, '')
      .trim();
    // "**Hébergeur :** [À COMPLÉTER] — pour l'hébergement du site": a role whose vendor is still a blank names none.
    if (roleAwaitingName(name, rest)) {
      unread.push({ kind: 'placeholder', data: { text: `${name}: ${blankOpening(rest)!}` } });
      if (entry.facts.length === 0 && byName.get(name) === entry && entries.at(-1) === entry) {
        entries.pop();
        byName.delete(name);
      }
      continue;
    }
    // "Envoi d'emails ; fournisseur : Acme Inc. (USA) ; informations sur la protection des données : …": a
    // generator's labelled clauses, the role first, then the company with its country; the privacy pages' links after.
    const clauses = providerClauses(rest);
    if (clauses) {
      if (clauses.role) entry.facts.push({ label: 'Purpose', value: clauses.role, key: 'purpose' });
      if (clauses.entity && entry.entity === undefined && clauses.entity !== name) entry.entity = clauses.entity;
      if (clauses.entityCountry) entry.facts.push({ label: 'Company', value: clauses.entityCountry, key: 'entityCountry' });
      if (href) entry.facts.push({ label: 'Website', value: href, key: 'website' });
      continue;
    }
    // "**Groq** and **OpenAI** — AI providers": a second vendor joined to the first, before the role they share.
    const also = AND_NAME.exec(rest);
    if (also) rest = rest.slice(also[0].length).replace(/^[\s.,:;–—-]+/, '');
    const before = entry.facts.length;
    // "**Vercel Inc.** (États-Unis) — hébergement": the parenthesis after the name says where the company is.
    const close = rest.startsWith('(') ? rest.indexOf(')') : -1;
    const inner = close > 0 ? rest.slice(1, close) : '';
    // "**Daily.co (Daily)** (États-Unis)": the name's own brackets are no part of what the next ones say.
    const bare = name.replace(/\s*\([^()]*\)$/, '') || name;
    // "(États-Unis / AWS EU)": the company's country, then where it keeps the data (a host and its region).
    const [first, ...others] = inner.split(/\s+\/\s+/);
    const hosted = others.length && countryCode(first!) !== undefined ? others.join(' / ') : undefined;
    const country = close > 0 ? nameAndEntity(`${bare} (${hosted !== undefined ? first : inner})`).country : undefined;
    if (country) {
      entry.facts.push({ label: 'Company', value: hosted !== undefined ? first! : inner, key: 'entityCountry' });
      if (hosted !== undefined && readLocation(hosted).countries.length)
        entry.facts.push({ label: 'Location', value: hosted, key: 'dataLocation' });
      rest = rest.slice(close + 1).replace(/^[\s.,:;–—-]+/, '');
    }
    // "**Railway** (railway.app) — cloud hosting": the vendor's site, its host name as the page writes it.
    const site = !country && close > 0 && !href ? siteInBrackets(inner) : undefined;
    if (site) {
      entry.facts.push({ label: 'Website', value: site, key: 'website' });
      rest = rest.slice(close + 1).replace(/^[\s.,:;–—-]+/, '');
    }
    // "**Stripe Inc.** (paiements) — États-Unis. …", "**Vercel** — hosting — United States": a country alone after the
    // role, up to the end of its sentence, is where the data goes.
    const place = rest
      .split(/\s[—–]\s/)
      .slice(1)
      .map((part) => part.split(/\.(?:\s|$)/)[0]!.trim())
      .map((part) => {
        // "— hébergement AWS, Union européenne ;": the hosting the part speaks of, then the country it is in.
        // "— Irlande, International": places all, the word that is no country's among them.
        if (placesInWords(part)) return part;
        const pieces = part.replace(/\s*[;.]$/, '').split(/,\s+/);
        const last = pieces[pieces.length - 1]!;
        if (pieces.length > 1 && HOSTING_WORDS.test(pieces[0]!) && countryCode(last) !== undefined) return last;
        // "— USA, couvert par les clauses contractuelles types": the country first, then what the clause adds of it.
        if (pieces.length > 1 && countryCode(pieces[0]!) !== undefined) return pieces[0]!;
        return part;
      })
      // "— région UE", "— hébergement UE": the country after the noun of where the data is kept, too.
      // "— International", "— UE/International": places the page names in words that are no country, kept as written.
      .find((part) => part.length <= 40 && (countryCode(part) !== undefined || placeAfterNoun(part) || placesInWords(part)));
    if (place) entry.facts.push({ label: 'Location', value: place, key: 'dataLocation' });
    if (href) entry.facts.push({ label: 'Website', value: href, key: 'website' });
    // "**Payflow** — paiements (Irlande)": the role, then in brackets where the data is (`roleFacts`).
    const bracketed = !place && !country && rest ? roleFacts(rest) : [];
    if (bracketed.length > 1) entry.facts.push(...bracketed);
    else if (rest) entry.facts.push({ label: 'Purpose', value: rest.replace(/\.$/, ''), key: 'purpose' });
    const second = also?.[1];
    if (second && !byName.has(second)) {
      const added = { heading: second, name: second, line: b.line, facts: entry.facts.slice(before).filter((f) => f.key !== 'website') };
      entries.push(added);
      byName.set(second, added);
    }
  }
  return entries;
}

/** A host name alone, as a vendor's site is written after its name: "railway.app", "www.acme.fr", "https://acme.io". */
const SITE_ALONE = /^(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,12}\/?$/i;

/** The brackets after a vendor's name that hold only its site ("(railway.app)"): the site as written; else none. */
function siteInBrackets(inner: string): string | undefined {
  const t = inner.trim();
  return SITE_ALONE.test(t) && !EMAIL.test(t) ? t.replace(/\/$/, '') : undefined;
}

/** Words that open a clause about where the vendor keeps the data: "hébergement AWS", "hosted on GCP". */
/** The noun of a place where data is kept, before its country ("région UE", "hébergement UE", "serveurs France"). */
const PLACE_NOUN = /^(?:r[ée]gion|h[ée]bergement|hosting|stockage|storage|serveurs?|servers?)\s+/iu;
const placeAfterNoun = (part: string): boolean => {
  const kept = PLACE_NOUN.exec(part);
  return kept !== null && countryCode(part.slice(kept[0].length)) !== undefined;
};

/** A part of the world a page names that is no country's: "International", "Europe", « Asie » (kept in its words). */
const WORLD_WORD = /^(?:international|internationale|europe|asia|asie|africa|afrique|oceania|océanie)$/iu;

/**
 * A bullet's place written with a word that is no country's, alone or beside countries across a slash or a comma:
 * "International", "UE/International", "France, Europe". Not words around it ("International sales team").
 */
function placesInWords(part: string): boolean {
  if (part.length > 60) return false;
  const pieces = part
    .replace(/[.;]$/, '')
    .split(/\s*[/,]\s*/)
    .map((p) => p.trim());
  return (
    pieces.length <= 4 && pieces.some((p) => WORLD_WORD.test(p)) && pieces.every((p) => WORLD_WORD.test(p) || countryCode(p) !== undefined)
  );
}

const HOSTING_WORDS = /^(?:h[ée]bergement|h[ée]berg[ée]e?s?|hosting|hosted|stockage|storage|stored|serveurs?|servers?)(?!\p{L})/iu;

/** "and OpenAI —", "et Mistral AI (": a second name of up to four capitalised words, then a dash or a parenthesis. */
const AND_NAME = /^(?:and|et|&)\s+([\p{Lu}\d][^\s—–(),]{0,40}(?:\s[\p{Lu}\d][^\s—–(),]{0,40}){0,3})\s+(?=[—–(])/u;

/**
 * Facts about an entry stated elsewhere on the page, in a list item led by its name ("**Exoscale** — ISO/IEC
 * 27001:2022, SOC 2 Type II…"; "**OpenRouter** — … les clauses contractuelles types de l'UE s'appliquent"), in bold or
 * before a colon (a transfers list after the vendor list: "- Telegram: servers in the UAE", "- Stripe: United States,
 * DPF", « - Stripe : États-Unis, CCT »): the certifications and transfer mechanisms the item names are the entry's, and
 * the place it states, when nothing else gives one; never its neighbours'. Words that make the place a possibility or
 * leave it open ("may use servers in", "where applicable") give none. Other words are not read.
 */
function attachStatedElsewhere(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byName = new Map<string, ReadEntry>();
  const key = (name: string) =>
    norm(name)
      .replace(/[.,:;]+$/, '')
      .toLowerCase();
  for (const e of entries) byName.set(key(e.name ?? e.heading), e);
  for (const b of blocks) {
    if (b.kind !== 'item') continue;
    const lead = b.lead && b.text.startsWith(b.lead.text) ? b.lead.text : /^([^:*_]{2,60}?)\s?:\s/u.exec(b.text)?.[1];
    const entry = lead === undefined ? undefined : byName.get(key(lead));
    if (!entry || entry.line === b.line) continue;
    const rest = b.text.slice(lead!.length);
    const certifications = rest
      .split(/[,;.]\s|\s[—–-]\s|:\s/)
      // "PCI DSS v4.0", "TISAX L2", "PCI DSS Level 1": the scheme, whatever its version or level.
      .map((part) =>
        part
          .replace(/\(.*$/, '')
          .trim()
          .replace(/\s+(?:v\d[\d.]*|l\d|level\s+\d)$/i, ''),
      )
      .filter((part) => {
        const match = part && matchCertificationText(part);
        return match !== undefined && match !== '' && 'owner' in match;
      });
    if (certifications.length) entry.facts.push({ label: 'Certifications', value: certifications.join(', '), key: 'certifications' });
    const said = rest
      .replace(/^[\s:]+/, '')
      .replace(/\.$/, '')
      .trim();
    const where = readLocation(said);
    // Only a place set after the name and a colon, the shape of a list of places; never the company's seat.
    const placed =
      /^\s*:/.test(rest) &&
      !COMPANY_PLACE.test(said) &&
      where.countries.length > 0 &&
      !entry.facts.some((f) => f.key === 'dataLocation') &&
      !POSSIBLE_PLACE.test(said) &&
      openCaseIn(said) === undefined;
    if (placed) entry.facts.push({ label: 'Location', value: said, key: 'dataLocation' });
    const mechanisms = mechanismsIn(rest).mechanisms;
    // "États-Unis (CCT)": the place's own brackets give its mechanism, read with the place.
    if (mechanisms.length && !(placed && where.transfers.length))
      entry.facts.push({ label: 'Transfer', value: rest.trim(), key: 'transfer' });
  }
}

/** Words that say a place is where the company is, not where the data goes: "based in", « siège ». */
const COMPANY_PLACE =
  /(?<!\p{L})(?:based|headquartered|registered|incorporated|established|head office|si[èe]ge|bas[ée]e?|[ée]tablie?|immatricul[ée]e?)(?!\p{L})/iu;

/** Words that make a place a possibility, not where the data is: "may use servers in", « peut être hébergé ». */
const POSSIBLE_PLACE =
  /(?<!\p{L})(?:may|might|could|can|if|unless|peut|peuvent|pourrait|pourraient|si)(?!\p{L})|(?<!\p{L})(?:not|no|never|pas|aucun|jamais)(?!\p{L})/iu;

/**
 * A text elsewhere on the page that opens with an entry's name and its country in brackets before what it does
 * ("**Resend, Inc.** (États-Unis) — fournisseur d'email", in a record's "Sous-traitants" row or after a label and a
 * colon; "[À CONFIRMER : Vercel, Inc.] (États-Unis) — hébergeur"): that country is where the entry's company is (the
 * corpus's convention for a country in brackets right after a name, before its role), when nothing else says so.
 */
function attachNameCountries(blocks: PageBlock[], entries: ReadEntry[]): void {
  const key = (name: string) =>
    norm(name)
      .replace(/[.,:;]+$/, '')
      .toLowerCase();
  const byName = new Map<string, ReadEntry>();
  for (const e of entries) byName.set(key(e.name ?? e.heading), e);
  const read = (text: string, line: number | undefined) => {
    let t = cleanText(text.replace(/[*_`]/g, ''));
    // "Sous-traitants : **Resend, Inc.** (États-Unis) — …": what a short label and its colon lead.
    const label = /^[^:()]{1,40}\s?:\s/.exec(t);
    // "Transfert hors UE : Stripe (États-Unis, CCT)": the label says the brackets are where the data goes, no company's seat.
    if (label && isTransferLabel(label[0].replace(/\s?:\s$/, ''))) {
      addressAfterName(cleanText(text.replace(/[*_`]/g, '')), line);
      return;
    }
    const whole = label ? [t, t.slice(label[0].length)] : [t];
    // Each sentence, and what a dash leads in it: "Intelligence artificielle : souveraine — Mistral AI (France).
    // Anthropic (USA) en secours technique, …" names two entries, each with its country after its name.
    const texts = new Set(
      whole.flatMap((w) => {
        const sentences = sentencesOf(w);
        return [w, ...sentences.slice(1), ...sentences.flatMap((x) => x.split(/\s[—–]\s/).slice(1))];
      }),
    );
    for (t of texts) {
      const pending = /^\[[^[\]]{2,100}\]/.exec(t);
      const name = pending && pendingName(pending[0]);
      if (name) t = name + t.slice(pending![0].length);
      // The role after the brackets: a dash, a stop, or words in lower case ("Anthropic (USA) en secours technique").
      const m = /^([^()]{2,80}?)\s*\(([^()]{2,40})\)\s*(?:[—–-]\s|[,:.;]|\p{Ll}|$)/u.exec(t);
      const entry = m && byName.get(key(m[1]!));
      if (!entry || entry.line === line || entry.facts.some((f) => f.key === 'entityCountry')) continue;
      if (nameAndEntity(`${m[1]} (${m[2]})`).country === undefined) continue;
      entry.facts.push({ label: 'Company', value: m[2]!, key: 'entityCountry' });
    }
    addressAfterName(cleanText(text.replace(/[*_`]/g, '')), line);
  };
  // "Sous-traitant : le groupe de recherche iScience, Université de Constance, Universitätsstraße 10, 78464 Konstanz,
  // Allemagne, exploitant …": an entry's name, then its postal address (parts with a number, up to a country).
  // The names by their last three characters, then their length, so that a text is searched once for all of them, and
  // for each name the entries still without a company's country (a search per entry and text was quadratic: a 10 MB
  // CSV of one vendor's rows never finished).
  const namesEnding = new Map<string, Map<number, Set<string>>>();
  const waiting = new Map<string, Set<ReadEntry>>();
  for (const entry of entries) {
    const name = entry.name ?? entry.heading;
    if (name.length < 3) continue;
    const byLength = namesEnding.get(name.slice(-3)) ?? new Map<number, Set<string>>();
    namesEnding.set(name.slice(-3), byLength.set(name.length, (byLength.get(name.length) ?? new Set()).add(name)));
    waiting.set(name, (waiting.get(name) ?? new Set()).add(entry));
  }
  /**
   * Each name the text gives before ", " while entries of it wait, with where it first does (`t.indexOf(name + ', ')`).
   * Before each comma, the few names of each length that end as the text does are compared with it, or the text's
   * words of that length looked up among many ("… Cloud SAS, …" for 4,000 names ending in "SAS": each compared with
   * every one of them was quadratic).
   */
  const namedBeforeComma = (t: string): Map<string, number> => {
    const found = new Map<string, number>();
    const take = (name: string, at: number) => {
      if (!found.has(name) && waiting.get(name)!.size) found.set(name, at);
    };
    for (let p = t.indexOf(', ', 3); p >= 0; p = t.indexOf(', ', p + 1))
      for (const [length, names] of namesEnding.get(t.slice(p - 3, p)) ?? []) {
        if (p < length) continue;
        if (names.size > 8) {
          const said = t.slice(p - length, p);
          if (names.has(said)) take(said, p - length);
        } else for (const name of names) if (t.startsWith(name, p - length)) take(name, p - length);
      }
    return found;
  };
  /** "…, Universitätsstraße 10, 78464 Konstanz, Allemagne": parts with a number, up to a country's name. */
  const addressIn = (rest: string): string | undefined => {
    const address: string[] = [];
    // The parts one by one, up to the first that is no part of an address: a sentence naming every entry before a
    // comma was split whole for each of them (quadratic).
    const gap = /,\s+/g;
    for (let from = 0, m = gap.exec(rest); from >= 0; from = m ? gap.lastIndex : -1, m = m && gap.exec(rest)) {
      const part = rest.slice(from, m ? m.index : undefined);
      const country = countryCode(part.replace(/[.;]+$/, ''));
      if (country !== undefined)
        return address.length && /^[A-Z]{2}$/.test(country) && country !== 'EU'
          ? [...address, part.replace(/[.;]+$/, '')].join(', ')
          : undefined;
      if (!/\d/.test(part) || part.length > 60) return undefined;
      address.push(part);
    }
    return undefined;
  };
  const addressAfterName = (t: string, line: number | undefined) => {
    for (const [name, at] of namedBeforeComma(t)) {
      const address = addressIn(t.slice(at + name.length + 2));
      if (address === undefined) continue;
      const named = waiting.get(name)!;
      for (const entry of named) {
        if (entry.line === line) continue;
        // An entry given its company's country (here or by another rule) waits no more.
        if (!entry.facts.some((f) => f.key === 'entityCountry'))
          entry.facts.push({ label: 'Address', value: address, key: 'entityCountry' });
        named.delete(entry);
      }
    }
  };
  for (const b of blocks) {
    if (b.kind === 'table') for (const row of b.rows) for (const cell of row.cells) read(cell, row.line);
    else if (b.kind === 'item' || b.kind === 'paragraph') read(b.text, b.line);
  }
}

/** A link's words that say it is the processing agreement: "DPA", "Data processing terms", "Customer terms and DPA". */
/** The links a cell's text writes as Markdown does ("[Vercel DPA](https://vercel.com/legal/dpa)"), with their words. */
function inlineLinks(text: string): { text: string; href: string }[] | undefined {
  const found = [...text.matchAll(/\[([^\][\n]{1,120})\]\((https?:\/\/[^\s()]{1,300})\)/g)].map((m) => ({ text: m[1]!, href: m[2]! }));
  return found.length ? found : undefined;
}

const AGREEMENT_LINK =
  /(?<!\p{L})(?:dpa|data processing|processor terms|processing terms|terms of processing|processing agreement|data protection (?:terms|agreement|addendum)|accord de traitement|conditions de traitement|contrat de sous-traitance|avenant)(?!\p{L})/iu;
/** A link's words that name one of the vendor's other documents: "Terms", "Privacy", "Trust center", "Subprocessors". */
const DOCUMENT_LINK =
  /(?<!\p{L})(?:terms|conditions|privacy|legal|trust|security|sub-?processors?|policy|policies|politique|confidentialité|cgu|cgv|mentions légales)(?!\p{L})/iu;

/**
 * Whether an agreement link's words name its owner ("OpenAI DPA") as one member only of a row that names several
 * ("OpenAI (GPT models) and Anthropic, PBC (Claude models)"): that member's agreement, not the row's.
 */
function oneMembersAgreement(linkText: string, rowName: string): boolean {
  const at = AGREEMENT_LINK.exec(linkText)?.index ?? 0;
  const owner = /^\p{Lu}[\p{L}\d.-]+/u.exec(linkText.slice(0, at).trim())?.[0];
  if (!owner) return false;
  const members = rowName
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s(?:and|et|&)\s/)
    .filter((m) => m.trim());
  if (members.length < 2) return false;
  // Whole words, found without a regular expression built from the page's text.
  const has = (m: string) => m.split(/[^\p{L}\d.-]+/u).some((w) => w.replace(/\.$/, '') === owner.replace(/\.$/, ''));
  return members.some(has) && !members.every(has);
}

/** A link's whole words that name a document other than an agreement: "Terms", "Privacy policy", "CGU". */
const OTHER_DOCUMENT =
  /^(?:terms|terms of (?:service|use)|privacy|privacy policy|privacy notice|legal|conditions|conditions générales(?: d['’]utilisation)?|cgu|cgv|politique de confidentialité|mentions légales|(?:gdpr|rgpd|privacy|compliance|security) (?:statement|overview|page|information)|(?:déclaration|page|informations?) (?:rgpd|de confidentialité|de conformité))$/i;

/** A link's words that name a vendor's document rather than the vendor. */
const DOCUMENT_WORDS =
  /\s+(?:data processing (?:agreement|addendum)|dpa|compliance information|compliance|privacy policy|privacy notice|terms(?: of (?:service|use|processing))?|security|gdpr(?: information)?|accord de traitement des données|politique de confidentialité|conditions)$/i;
const DPA_WORDS = /data processing|dpa|accord de traitement|terms of processing/i;

/** A two-column table of labels and values ("Last updated | May 2026"): its date, if it gives one. */
function keyValueDate(table: Extract<PageBlock, { kind: 'table' }>): string | undefined {
  const rows = [table.header, ...table.rows.map((r) => r.cells)];
  for (const cells of rows) {
    if (cells.length >= 2 && isDateLabel(cells[0]!.replace(/[*_]/g, ''))) return cleanText(cells[1]!);
  }
  return undefined;
}

/**
 * A change log ("Date | Modification | Auteur", "Date | Change"): the latest date its rows give, as written. A row whose
 * date is a template's blank ("{{EFFECTIVE_DATE}}") gives none.
 */
function changeLogDate(table: Extract<PageBlock, { kind: 'table' }>): string | undefined {
  const words = table.header.map((h) => headerWords(h));
  const at = words.findIndex((w) => /^(?:date|dates|date de mise a jour|effective date)$/.test(w));
  if (at < 0 || !words.some((w) => /^(?:changes?|changements?|modifications?|evolutions?|what changed)$/.test(w))) return undefined;
  let latest: { iso: string; text: string } | undefined;
  for (const row of table.rows) {
    const text = cleanText(row.cells[at] ?? '');
    const iso = parseDate(text, 'en') ?? parseDate(text, 'fr');
    if (iso && (!latest || iso > latest.iso)) latest = { iso, text };
  }
  return latest?.text;
}

/** A two-column table of labels and values ("Email de contact | privacy@…", "DPO | dpo@…"): its contact address. */
function keyValueContact(table: Extract<PageBlock, { kind: 'table' }>): string | undefined {
  const rows = [table.header, ...table.rows.map((r) => r.cells)];
  const found: { email: string; dpo: boolean }[] = [];
  for (const cells of rows) {
    const label = cleanText((cells[0] ?? '').replace(/[*_]/g, ''));
    if (cells.length !== 2 || !CONTACT_LABEL.test(label)) continue;
    const email = EMAIL.exec(cells[1]!);
    if (email) found.push({ email: email[0], dpo: DPO_WORDS.test(label) });
  }
  // "Email de contact | contact@…" then "DPO | dpo@…": the officer's address, as on labelled lines.
  return (found.find((f) => f.dpo) ?? found[0])?.email;
}
/** A label that gives an address to write to: "Contact", "Email de contact", "DPO", "Privacy contact", "Référent RGPD". */
const CONTACT_LABEL =
  /^(?:[\p{L} ]{0,30}\b)?(?:contact|e-?mail|courriel|dpo|data protection officer|délégué à la protection des données|référent (?:rgpd|protection des données|données personnelles))(?!\p{L})[\p{L} ()]{0,30}$/iu;

/**
 * A row of a wider table of the page's parties whose first cell is a contact's label and a later cell an address
 * ("Référent RGPD interne | D. Martin — DSI | dpo@acme.example — …"): that address. The table is still reported.
 */
function roleRowContact(table: Extract<PageBlock, { kind: 'table' }>): string | undefined {
  if (table.header.length < 3) return undefined;
  for (const { cells } of table.rows) {
    if (!CONTACT_LABEL.test(cleanText(cells[0]!.replace(/[*_]/g, '')))) continue;
    const email = cells
      .slice(1)
      .map((c) => EMAIL.exec(c)?.[0])
      .find(Boolean);
    if (email) return email;
  }
  return undefined;
}

/** A website column that holds the vendor's postal address too ("Website & Contact Details"). */
const ADDRESS_HEADER = /\b(?:address|contact|adresse|coordonn[ée]es)\b/i;

/**
 * The postal address a contact cell gives, after any mailbox or desk before it: the part from the first one that holds a
 * number (a street's, a postcode) to the end, when it names one country (`addressCountry`) and is no data centre's
 * (`isPostalAddress`'s words). "privacy@acme.example" alone, "+33 1 23 45 67 89", "Paris, France" give none.
 */
function contactAddress(cell: string): string | undefined {
  const own = ownContactLines(cell);
  if (own === undefined) return undefined;
  // "San Francisco, CA 94105 privacy@acme.example": a mailbox on the address's last line is set aside, not the line.
  const parts = cleanText(withoutMailboxes(own))
    .split(/,\s/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(?:https?:\/\/|www\.)/i.test(p));
  const from = parts.findIndex((p) => /\d/.test(p) && !/^\+?[\d\s().-]{6,}$/.test(p));
  if (from < 0 || parts.length - from < 2) return undefined;
  const address = parts.slice(from).join(', ');
  return addressCountry(address) !== undefined && !MACHINE_WORDS.test(cell) ? address : undefined;
}

/**
 * The company a contact cell's postal address opens with, by its legal form: "Meta Platforms, Inc., 1 Meta Way, …",
 * "Payoneer Inc. 195 Broadway, New York, NY 10007". The cell of the first column of no other meaning headed so
 * (`ADDRESS_HEADER`); undefined when the address opens with a street, a floor or a desk ("Privacy team, 12 Main St").
 */
function contactCompanyOf(header: string[], keys: (ColumnKey | undefined)[], cells: string[]): string | undefined {
  const column = header.findIndex(
    (h, i) =>
      keys[i] === undefined &&
      ADDRESS_HEADER.test(h) &&
      /\d/.test(cellText(cells[i])) &&
      !OTHER_PARTY.test(withoutMailboxes(cellText(cells[i]))),
  );
  if (column < 0) return undefined;
  const parts = cleanText(cellText(cells[column]))
    .split(/,\s/)
    .filter((p) => !/@|^(?:https?:\/\/|www\.)/i.test(p));
  const from = parts.findIndex((p) => /\d/.test(p));
  if (from < 0) return undefined;
  const lead = parts.slice(0, from).join(', ');
  if (lead && entityIn(lead) === lead) return lead;
  // The company and its street in one part: "Payoneer Inc. 195 Broadway".
  const joined = /^(\S.{0,80}?)\s(\d{1,5}\s\S.*)$/.exec(parts[from]!);
  return !lead && joined && entityIn(joined[1]!) === joined[1] ? joined[1] : undefined;
}

/**
 * The lines of a contact cell that are the vendor's own, before the first line that gives another party or whom to
 * write to: "Acme, Inc.; 1 Main St; Boston, MA 02110; EU Representative:; Repco Ltd; …; Ireland" and "…; Boston, MA
 * 02110; Attn.: Data Protection Officer" give Acme's lines. A cell that opens with such a line ("EU representative:
 * Repco GmbH, …", "c/o Datarep Ltd, …", "Our DPO: …", « Représentant UE : … », "Acme Pty Ltd c/o Acme, Inc.") gives
 * none: the address there is another party's (a representative, an agent, the publisher's officer), no word of the
 * vendor's seat. A line on its own is one of the cell's lines (`cellText` joins them with ";").
 */
function ownContactLines(cell: string): string | undefined {
  const lines = cell.split(/\s*;\s*/);
  const other = lines.findIndex((l) => OTHER_PARTY.test(withoutMailboxes(l).trim()));
  const own = (other < 0 ? lines : lines.slice(0, other)).join('; ').trim();
  return own || undefined;
}

/** A cell without its mail addresses ("dpo@velto.example" names the vendor's mailbox, no other party). */
const withoutMailboxes = (cell: string) => cell.replace(/[^\s,;<>()]{1,64}@[^\s,;<>()]{1,255}/g, ' ');

/** Words that give a contact cell's address to another party than the vendor, or a label that says whose it is. */
const OTHER_PARTY =
  /(?<!\p{L})(?:representatives?|repr[ée]sentante?s?|c\/o|care of|agents?|mandataires?|dpo|dpd|d[ée]l[ée]gu[ée]e?|officer|our|notre|nos)(?!\p{L})|^[^,@]{1,60}:\s/iu;

/** Words that say an address is of machines (a data centre), not of a company. */
const MACHINE_WORDS = /(?<!\p{L})(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?|centres? de donn[ée]es|colocation)(?!\p{L})/iu;

/**
 * The sentence of the section's prose (between the heading above the table and the next heading, the table
 * the section's only one) that names one transfer mechanism and does not deny it: what the section says of
 * its rows' transfers ("Ces cinq sont aux États-Unis. Le transfert repose sur les clauses contractuelles types").
 */
function sectionTransfer(blocks: PageBlock[], tableAt: number): string | undefined {
  const prose: string[] = [];
  for (let j = tableAt - 1; j >= 0 && blocks[j]!.kind !== 'heading'; j--) {
    const b = blocks[j]!;
    if (b.kind === 'table') return undefined;
    if (b.kind === 'paragraph') prose.push(b.text);
  }
  for (let j = tableAt + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) {
    const b = blocks[j]!;
    if (b.kind === 'table') return undefined;
    if (b.kind === 'paragraph') prose.push(b.text);
  }
  // "Certaines de ces sociétés sont américaines. Le transfert repose alors sur …": said of some rows, not of each.
  if (prose.some(speaksOfSome)) return undefined;
  const sentences = prose.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => mechanismsIn(s).named.length > 0);
  const [sentence] = sentences;
  // "SCCs where applicable": one mechanism named, none stated.
  if (sentences.length !== 1 || mechanismsIn(sentence!).named.length !== 1 || mechanismsIn(sentence!).mechanisms.length !== 1)
    return undefined;
  if (/\b(?:not|no|never|without|pas|aucun|aucune|sans|jamais)\b|\bn['’]/i.test(sentence!)) return undefined;
  // "All vendors except Pavonis rely on SCCs": a rule with an exception is read by the transfer readers, which keep it
  // from the vendors it sets apart (`ruleAndException`); not for every row, nor for the vendor it names.
  if (ruleAndException(sentence!).excepted) return undefined;
  // "The transfer of some data relies on SCCs": a part of the data, not what the section says of its rows.
  if (/\b(?:some|certain|certaine?s?|parfois|may|might|peut|peuvent)\b/i.test(sentence!)) return undefined;
  // "… under the DPF only where our customers opt in to US hosting", « … uniquement si le client active … »: a case
  // the sentence sets, which it does not say any row meets.
  if (ONLY_IN_CASE.test(sentence!)) return undefined;
  // "Transfers outside the EU rely on SCCs": for the rows whose data leaves, which the import decides by their places.
  // "Transfers from the EU to the US rely on SCCs": for the rows placed there (`attachDestinationTransfers`).
  return LEAVING_EU.test(sentence!) || TRANSFERS_TO.test(sentence!) ? undefined : sentence;
}

/**
 * Words that restrict what a sentence says to a case: "only where", "only if", « uniquement si », « seulement
 * lorsque », or a choice of the customer's ("if the customer opts in", "when you enable", « si le client choisit »).
 */
const ONLY_IN_CASE =
  /(?<!\p{L})(?:only|solely|uniquement|seulement|exclusivement)\s+(?:where|when|if|for|lorsque|lorsqu['’]|quand|si|s['’]|pour|dans le cas)(?!\p{L})|(?<!\p{L})(?:if|when|where|unless|si|lorsque|lorsqu['’]|quand)\s[^.;]{0,60}?(?<!\p{L})(?:opts?|opted|chooses?|choose|enables?|selects?|requests?|activates?|subscribes?|choisi\p{L}*|active\p{L}*|demande\p{L}*|souscri\p{L}*)(?!\p{L})/iu;

type Table = Extract<PageBlock, { kind: 'table' }>;

/** Words that open a section by naming vendors not in use now: "Planned subprocessors", « Anciens sous-traitants ». */
const OPENS_NOT_CURRENT =
  /^(?:(?:planned|upcoming|proposed|future|former|previous|past)\s(?:sub-?processors?|vendors|service providers)|(?:futurs?|anciens?)\ssous-traitants?|sous-traitants?\s(?:prévus|envisagés|à venir))(?!\p{L})/iu;

/** A heading that says its vendors are not in use now: planned, former, removed ("Sous-traitants prévus"). */
const NOT_CURRENT =
  /\b(?:planned|upcoming|proposed|former|previous|past|historical|history|removed|retired|discontinued|no longer used|prévus?|envisagés?|à venir|anciens?|historique|retirés?|supprimés?)\b/i;
const NAMES_SUBPROCESSORS = /\b(?:sub-?processors?|sous-traitants?)\b/i;

const COOKIE_WORDS = /\b(?:cookies?|traceurs?|trackers?)\b/i;
const LIFETIME_HEADER = /^(?:dur[ée]e|duration|expiry|expiration|expires|lifetime|lifespan|dur[ée]e de vie|dur[ée]e de conservation)$/i;

/**
 * A table of cookies, not of vendors: under a heading about cookies, or with a lifetime column ("Durée",
 * "Expiry") and no column of place, transfer or entity. Its "Nom" column names cookies.
 */
function isCookieTable(table: Table, heading: string | undefined): boolean {
  if (heading !== undefined && COOKIE_WORDS.test(heading) && !NAMES_SUBPROCESSORS.test(heading)) return true;
  const keys = table.header.map((h) => columnKey(h));
  const placed = keys.some((k) => k === 'dataLocation' || k === 'entityCountry' || k === 'transfer' || k === 'entity');
  return !placed && table.header.some((h) => LIFETIME_HEADER.test(norm(h)));
}

/** A vendor's name without what it adds in brackets or after a dash: "Anthropic (Claude)" is "anthropic". */
function vendorKey(name: string): string {
  return norm(name.replace(/\s*\([^()]{0,80}\)\s*$/, '').replace(/\s+[—–-]\s+.*$/, '')).toLowerCase();
}

/**
 * A name a later table gives an entry in short: the entry's name without its legal form ("Supabase" for "Supabase
 * Inc."), the brand in its brackets ("Sentry" for "Functional Software, Inc. (Sentry)"), or the words it starts with
 * ("Anthropic" for "Anthropic PBC ou Google AI Studio (futur)").
 */
function shortNameOf(full: string, short: string): boolean {
  const s = vendorKey(short);
  const f = norm(full).toLowerCase();
  if (!s || s === vendorKey(full)) return false;
  const inner = parenthesised(norm(full))?.inner;
  return (
    s === withoutLegalForm(vendorKey(full)).toLowerCase() ||
    (inner !== undefined && s === norm(inner).toLowerCase()) ||
    (f.startsWith(`${s} `) && !/^[,(]/.test(f.slice(s.length + 1)))
  );
}

/**
 * One vendor named twice: the same name, once with its legal form and once without ("Vercel Inc." in a hosting table,
 * "Vercel" in an analytics table).
 */
const sameCompany = (a: string, b: string): boolean => {
  const x = norm(a).toLowerCase();
  const y = norm(b).toLowerCase();
  return x !== y && withoutLegalForm(x) === withoutLegalForm(y) && (withoutLegalForm(x) === x || withoutLegalForm(y) === y);
};

/**
 * A row of a later table that is an entry already read ("Clever Cloud SAS | France, Europe | Workers | Traitement UE"
 * under a second heading): the same name, and no fact the two state differently but what each does (its purpose).
 */
function sameRow(a: ReadEntry, b: ReadEntry): boolean {
  // The same name: `EarlierEntries` compares only entries of the row's name.
  if ((a.entity ?? '') !== (b.entity ?? '')) return false;
  return b.facts.every((f) => f.key === 'purpose' || !a.facts.some((x) => x.key === f.key && x.value !== f.value));
}

/** A node of `EarlierEntries`' word tree: the entries whose name goes on, after the words leading to it, with a word. */
interface WordNode {
  next: Map<string, WordNode>;
  entries: ReadEntry[];
}

/**
 * The entries read before a table, by the keys `sameRow`, `vendorKey`, `shortNameOf` and `sameCompany` compare:
 * each lookup answers what searching the entries in page order with the predicate answers, without comparing a row
 * with every entry before it (a page of many small tables, each naming new vendors, was quadratic).
 */
class EarlierEntries {
  /** By the name in lower case (`sameRow`'s and `sameCompany`'s name): the entries in page order. */
  private readonly byName = new Map<string, ReadEntry[]>();
  /** By `vendorKey`: the first entry. */
  private readonly byVendor = new Map<string, ReadEntry>();
  /** By the name in lower case without its legal form: the first entry, and the first whose name differs from its. */
  private readonly byBare = new Map<string, { first: ReadEntry; firstName: string; other?: ReadEntry }>();
  /** By the names `shortNameOf` gives an entry whole: without its legal form, the brand in its brackets. */
  private readonly byShort = new Map<string, ReadEntry[]>();
  /** By the words a name starts with: the entries `shortNameOf` gives the short name those words make. */
  private readonly words: WordNode = { next: new Map(), entries: [] };

  add(e: ReadEntry): void {
    const name = e.name ?? e.heading;
    const x = norm(name).toLowerCase();
    const list = this.byName.get(x);
    if (list) list.push(e);
    else this.byName.set(x, [e]);
    const key = vendorKey(name);
    if (!this.byVendor.has(key)) this.byVendor.set(key, e);
    const bare = withoutLegalForm(x);
    const seen = this.byBare.get(bare);
    if (!seen) this.byBare.set(bare, { first: e, firstName: x });
    else if (!seen.other && seen.firstName !== x) seen.other = e;
    const inner = parenthesised(norm(name))?.inner;
    for (const short of new Set([withoutLegalForm(key).toLowerCase(), ...(inner === undefined ? [] : [norm(inner).toLowerCase()])])) {
      const shorts = this.byShort.get(short);
      if (shorts) shorts.push(e);
      else this.byShort.set(short, [e]);
    }
    // "acme cloud sas" is "acme " and "acme cloud " followed by a word that opens neither a bracket nor a comma.
    const words = x.split(' ');
    let node = this.words;
    for (let k = 0; k + 1 < words.length; k++) {
      let next = node.next.get(words[k]!);
      if (!next) node.next.set(words[k]!, (next = { next: new Map(), entries: [] }));
      node = next;
      if (!/^[,(]/.test(words[k + 1]!)) node.entries.push(e);
    }
  }

  /** The first entry of the row's name that `sameRow` finds the row repeats. */
  sameRow(row: ReadEntry): ReadEntry | undefined {
    return this.byName.get(norm(row.name ?? row.heading).toLowerCase())?.find((e) => sameRow(e, row));
  }

  /** The first entry of the row's vendor: the same `vendorKey`. */
  sameVendor(row: ReadEntry): ReadEntry | undefined {
    return this.byVendor.get(vendorKey(row.name ?? row.heading));
  }

  /** The one entry whose name the row's is short for (`shortNameOf`), if only one. */
  shortFor(row: ReadEntry): ReadEntry | undefined {
    const short = row.name ?? row.heading;
    const s = vendorKey(short);
    if (!s) return undefined;
    let node: WordNode | undefined = this.words;
    for (const w of s.split(' ')) node = node?.next.get(w);
    const found = new Set<ReadEntry>();
    for (const candidates of [this.byShort.get(s) ?? [], node?.entries ?? []])
      for (const e of candidates) {
        if (found.size > 1) break;
        if (shortNameOf(e.name ?? e.heading, short)) found.add(e);
      }
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
    // "Brevo Email" for "Brevo Transactional Email API v3", "Brevo SMS" for "Brevo Transactional SMS API v3": the same
    // first word, then the short name's other words in the same order. One entry only; among a few that share the
    // first word (a look-up, not a search of the page).
    const words = s.split(' ');
    const sharing = words.length >= 2 ? (this.words.next.get(words[0]!)?.entries ?? []) : [];
    if (sharing.length > 16) return undefined;
    const within = new Set(
      sharing.filter((e) => {
        const full = vendorKey(e.name ?? e.heading).split(' ');
        if (full.length <= words.length) return false;
        let k = 1;
        for (const w of full.slice(1)) if (w === words[k]) k++;
        return k === words.length;
      }),
    );
    return within.size === 1 ? [...within][0] : undefined;
  }

  /** The first entry `sameCompany` finds names the row's company. */
  sameCompany(row: ReadEntry): ReadEntry | undefined {
    const y = norm(row.name ?? row.heading).toLowerCase();
    const bare = withoutLegalForm(y);
    const seen = this.byBare.get(bare);
    // A row without its legal form: the first entry with the same bare name and another name. A row with its legal
    // form: the first entry named without one, the row's name without it.
    const found = bare === y ? seen && (seen.firstName !== y ? seen.first : seen.other) : this.byName.get(bare)?.[0];
    return found && sameCompany(found.name ?? found.heading, row.name ?? row.heading) ? found : undefined;
  }
}

/** A path to a privacy policy: "/privacy", "/legal/privacy-policy", "/confidentialite", "/politique-de-confidentialite". */
const PRIVACY_PAGE =
  /^\/(?:[\w.-]{1,60}\/){0,3}(?:privacy|privacy-policy|privacy-notice|confidentialite|politique-de-confidentialite)\/?$/i;
/** An address whose path names a processing agreement ("…/legal/dpa", "…/data-processing-addendum"). */
const AGREEMENT_ADDRESS = /^https?:\/\/[^/]+\/(?:[^\s]*[/_-])?(?:dpa|data-processing[\w-]*|processing-addendum)(?:[/._#-]|$)/i;

/** A company's group, in brackets after its name: "(subsidiary of Microsoft)", "(filiale de Hostique SA)", "(part of Acme)". */
const GROUP_OF = /^(?:a |an |une? )?(?:subsidiary|filiale|part|member|owned|wholly[- ]owned|a company|parent|groupe?|group)\b/i;

/** An entity cell: the company, and the group its brackets name apart ("GitHub, Inc. (subsidiary of Microsoft)"). */
function ownCompany(text: string): { entity: string; group?: string } {
  const p = parenthesised(text);
  if (p && GROUP_OF.test(p.inner.trim()) && entityIn(p.head) === p.head) return { entity: p.head, group: p.inner };
  return { entity: text };
}

/** A column header that names each row's status: "Status", « Statut », « État ». */
const STATUS_HEADER = /^(?:status|current status|vendor status|statut|statut actuel|etat|state)$/;
/**
 * A status cell that says the vendor is not in use now: to come ("planned", « prévu ») or no longer ("removed", « retiré »,
 * "deactivated", « désactivé », « non utilisé »); not "disabled by default", « désactivé par défaut » (in use once enabled).
 */
const NOT_IN_USE =
  /^(?:planned|upcoming|proposed|pending|future|former|removed|retired|discontinued|inactive|deprecated|terminated|offboarded|ended|no longer (?:used|in use|active)|not (?:yet )?(?:used|in use|active)|pr[ée]vue?s?|envisag[ée]e?s?|à venir|en projet|ancien(?:ne)?s?|retir[ée]e?s?|supprim[ée]e?s?|inacti(?:f|ve)s?|r[ée]sili[ée]e?s?|arr[êe]t[ée]e?s?|termin[ée]e?s?|(?:n['’]est )?plus utilis[ée]e?s?|(?:deactivated|disabled|unused|d[ée]sactiv[ée]e?s?|non utilis[ée]e?s?)(?!\s+(?:by default|par d[ée]faut|unless|sauf|until|jusqu)))(?!\p{L})/iu;

type TableRole = 'entries' | 'not-current' | 'facts' | 'not-vendors' | 'not-subprocessors' | 'processings';

/** The roles of the controller's side: the controller, joint controllers, the DPO or the person in charge of privacy. */
const CONTROLLER_ROLE =
  /(?<!\p{L})(?:r[ée]f[ée]rents?|d[ée]l[ée]gu[ée]s? [àa] la protection|dpo|data protection officers?|privacy officers?)(?!\p{L})/iu;
/** The roles of a party that processes for the controller. */
const PROCESSOR_ROLE =
  /(?<!\p{L})(?:sub-?processors?|processors?|sous-traitants?|prestataires?|fournisseurs?|vendors?|providers?|h[ée]bergeurs?|hosts?)(?!\p{L})/iu;

/**
 * A table of the controller's own people and bodies ("Rôle | Nom | Date": "Référent RGPD interne", "Responsable du
 * traitement"): its role column names the controller's side on at least half its rows and a processor on none.
 */
function controllerSide(table: Table): boolean {
  const column = table.header.findIndex((h) => /^(?:roles?|qualite|fonction|fonctions)$/.test(headerWords(h)));
  if (column < 0 || !table.rows.length) return false;
  const roles = table.rows.map((r) => cellText(r.cells[column]));
  if (roles.some((r) => PROCESSOR_ROLE.test(r))) return false;
  return roles.filter((r) => CONTROLLER_HEADING.test(r) || CONTROLLER_ROLE.test(r)).length * 2 >= roles.length;
}

/**
 * Whether the page says a table's parties are not sub-processors: its heading names controllers (and not
 * sub-processors), or its section's prose says they get no personal data or are not sub-processors ("certain
 * providers which do not have access to personal data").
 */
function saysNotSubprocessors(heading: string | undefined, prose: string, title?: string): boolean {
  // "Independent controllers (not sub-processors)", "Providers that are not sub-processors", « Prestataires non
  // sous-traitants »: a heading that names sub-processors only to deny that its parties are.
  if (heading !== undefined && NOT_SUBPROCESSORS_HEADING.test(heading)) return true;
  if (heading !== undefined && CONTROLLER_HEADING.test(heading) && !NAMES_SUBPROCESSORS.test(heading)) return true;
  // "Destinataires internes" (the company's own staff), "Interconnexions avec d'autres traitements" (other processings
  // this one is linked to): a record of processing's tables of parties that are no sub-processors. "Our customers",
  // « Nos clients »: the companies the publisher serves, none of its vendors.
  if (heading !== undefined && INTERNAL_PARTIES_HEADING.test(heading.trim())) return true;
  // "Registre des destinataires internes", "Personnel habilité", "Authorised staff (internal recipients)": the company's
  // own people, wherever its heading or its title line says so, unless it names sub-processors or vendors too.
  if ([heading, title].some((h) => h !== undefined && OWN_STAFF.test(h) && !PROCESSOR_ROLE.test(h))) return true;
  // "Our customers:", « Quelques-uns de nos clients : » as the line right over the table: its rows are the companies the
  // publisher serves (or that invest in it), as under a heading that says so.
  if (CUSTOMERS_LEAD.test(prose.trim())) return true;
  // "Nos partenaires commerciaux (non sous-traitants) :", "Providers that are not sub-processors:": the lead line right
  // over the table denies what its heading would.
  const lead = /(?:^|[.!?]\s)([^.!?]{1,120}):$/u.exec(prose.trim())?.[1];
  if (lead !== undefined && NOT_SUBPROCESSORS_HEADING.test(lead)) return true;
  return notSubprocessorsSaid(prose);
}

/**
 * The section's prose ending in words that introduce the publisher's customers or investors, and nothing else: "Our
 * customers:", "Some of our customers include:", « Nos clients : », « Quelques-uns de nos investisseurs : ». Not "the
 * data of our customers is processed by:", whose subject is the data.
 */
const CUSTOMERS_LEAD =
  /(?:^|[.!?]\s)(?:(?:some|a few|several) of |(?:quelques-uns|certains|plusieurs) de |parmi )?(?:our|nos) (?:customers|clients|investors|investisseurs|backers)(?: include| includes| incluent| comprennent| sont)?\s?:$/iu;

/** A heading's denial that its parties are sub-processors: "not sub-processors", "are not subprocessors", « non sous-traitants ». */
const NOT_SUBPROCESSORS_HEADING =
  /(?<!\p{L})(?:not|non|no|ni|pas)(?:\s(?:des|de|d['’]))?[\s-](?:sub-?processors?|sous-traitants?)(?!\p{L})/iu;

/** Words that name the company's own people as the parties of a table: its staff, its internal recipients. */
const OWN_STAFF =
  /(?<!\p{L})(?:destinataires internes|internal recipients|personnel (?:habilité|autorisé|interne)|personnes habilitées|salariés|employés|collaborateurs habilités|authori[sz]ed (?:staff|personnel|employees)|internal staff|(?:our )?employees)(?!\p{L})/iu;

/** A heading over parties that are not the publisher's vendors: its own staff, its customers, other processings. */
const INTERNAL_PARTIES_HEADING =
  /^(?:[IVX\d.]{1,6}[.)]?\s+)?(?:destinataires internes|internal recipients|(?:our\s+|nos\s+)?(?:customers|clients)|customer references|(?:companies|customers|teams) (?:that|who) trust us|trusted by|ils nous font confiance|(?:ils|elles) nous font confiance|r[ée]f[ée]rences clients|interconnexions?(?: avec d['’]autres traitements)?|interconnections?(?: with other processing(?: operations)?)?)$/iu;

/** A recipients' cell that names none, or refers to another row: "Aucun", "Néant", "None", "Idem traitement n°4", "Same as 2". */
const NO_RECIPIENT_CELL = /^(?:aucune?|n[ée]ant|none|nobody|idem|same\s+as|cf\.|voir|see)(?!\p{L})/iu;

/** A column of the parties the data goes to: "Destinataires", "Recipients / Processors", "Sous-traitants". */
const RECIPIENTS_HEADER = /(?<!\p{L})(?:destinataires?|recipients?|sous-traitants?|sub-?processors?|processors?)(?!\p{L})/iu;

/** A table whose name or recipients column says of some row that it has no recipient, or the same as another row. */
function recipientsPerProcessing(table: Table): boolean {
  const keys = tableColumnKeys(table.header);
  const columns = table.header.flatMap((h, k) => (keys[k] === 'name' || RECIPIENTS_HEADER.test(h) ? [k] : []));
  return table.rows.some((r) => columns.some((k) => NO_RECIPIENT_CELL.test(cellText(r.cells[k]).trim())));
}

/**
 * What each table of vendors is on the page: `entries` (sub-processors); `not-current` when its heading says
 * they are planned or former; `facts` when the page heads one table as its sub-processors and this one not,
 * and at least half of this one's rows name vendors of that list (a table of AI providers' retention that
 * says more about them). Tables with no role are not tables of vendors.
 */
function tableRoles(
  tables: { b: Table; i: number }[],
  headingOf: (i: number) => string | undefined,
  proseOf: (i: number) => string,
  titleLineOf: (i: number) => string | undefined = () => undefined,
): Map<Table, TableRole> {
  const roles = new Map<Table, TableRole>();
  for (const t of tables) {
    const heading = headingOf(t.i);
    // "Planned subprocessors" as a line of its own over the table (a page with no heading marks), its first line after
    // the previous table or heading: the title it gives the table, read as a heading is.
    const title = titleLineOf(t.i);
    if (isCookieTable(t.b, heading)) roles.set(t.b, 'not-vendors');
    else if (saysNotSubprocessors(heading, proseOf(t.i), title) || controllerSide(t.b)) roles.set(t.b, 'not-subprocessors');
    else {
      const said = [heading, title].some((h) => h !== undefined && NOT_CURRENT.test(h) && !AFFILIATE_WORDS.test(h));
      roles.set(t.b, said ? 'not-current' : 'entries');
    }
  }
  // A record of processing set as one table (a "Traitement" column, one processing a row) beside a table of the
  // vendors themselves, whose recipients' cells say of some processing that it has none or the same as another
  // ("Aucun", "Idem traitement n°4"): the cells are each processing's recipients, the other table is the list. A
  // record whose cells each name a vendor is a list too (review11: its vendors may be missing from a transfers table).
  const listing = tables.filter((t) => roles.get(t.b) === 'entries');
  if (listing.some((t) => !processingRegister(t.b.header)))
    for (const t of listing) if (processingRegister(t.b.header) && recipientsPerProcessing(t.b)) roles.set(t.b, 'processings');
  const current = tables.filter((t) => roles.get(t.b) === 'entries');
  const named = current.filter((t) => NAMES_SUBPROCESSORS.test(headingOf(t.i) ?? ''));
  if (!named.length || named.length === current.length) return roles;
  // Each vendor by its key, and by the abbreviation its brackets give ("AWS" for "Amazon Web Services (AWS)").
  const names = new Set(named.flatMap((t) => tableEntries(t.b, undefined, false).flatMap(vendorKeys)));
  const isNamed = new Set(named);
  for (const t of current) {
    if (isNamed.has(t) || AFFILIATE_WORDS.test(headingOf(t.i) ?? '')) continue;
    const rows = tableEntries(t.b, undefined, false);
    const known = rows.filter((e) => names.has(vendorKey(e.name ?? e.heading))).length;
    if (rows.length && known * 2 >= rows.length) roles.set(t.b, 'facts');
  }
  return roles;
}

/**
 * A block's words, and those of the list it introduces when it ends in a colon ("We will notify customers
 * at least 30 days before:" over "- Adding a new subprocessor"): the sentence says what its items say.
 */
function withListed(blocks: PageBlock[], i: number): string {
  const b = blocks[i]!;
  if (b.kind === 'table' || !b.text.trim().endsWith(':')) return b.kind === 'table' ? '' : b.text;
  const items: string[] = [];
  for (let j = i + 1; j < blocks.length && items.length < 50; j++) {
    const x = blocks[j]!;
    if (x.kind !== 'item') break;
    items.push(x.text);
  }
  return [b.text, ...items].join(' ');
}

/** Words that name the parties a list is about, or the list: a notice that names them is the sub-processor notice. */
const PARTY_WORDS =
  /sub-?processor|sous-traitant|vendor|provider|prestataire|fournisseur|\b(?:this|the|our)\s+list\b|(?<!\p{L})(?:cette|la|notre)\s+liste(?!\p{L})|\bprocessors\s+(?:listed|named|set\s+out)\b/iu;
/**
 * Words by which a notice speaks of the document itself ("this policy may change", "cette politique"): a privacy
 * policy's notice of its own changes, not of a new sub-processor.
 */
const SELF_WORDS =
  /\b(?:this|the|our)\s+(?:privacy\s+)?(?:policy|notice|statement|terms)\b|(?<!\p{L})(?:cette|la\s+présente|notre|la)\s+(?:politique|charte)(?!\p{L})|(?<!\p{L})présentes\s+(?:conditions|cgu|cgv)(?!\p{L})|\b(?:current|latest)\s+version\b|(?<!\p{L})version\s+(?:en\s+vigueur|actuelle)(?!\p{L})/iu;

/**
 * Block `i` states the notice before a new sub-processor: it names sub-processors (or vendors, providers), or it
 * speaks of changes where neither it, the block before it nor its heading speaks of the document itself. Only a
 * notice about new or changed sub-processors counts (Art. 28(2)); "any change to this policy is notified 30 days
 * before it takes effect" is not one.
 */
function isSubprocessorNotice(blocks: PageBlock[], i: number, outsideParties = false): boolean {
  const text = withListed(blocks, i);
  if (PARTY_WORDS.test(text)) return !partiesOnlyAsReason(text);
  if (!/change|modification/i.test(text)) return false;
  const around = [text];
  for (let j = i - 1; j >= 0 && around.length < 3; j--) {
    const x = blocks[j]!;
    if (x.kind === 'table') break;
    around.push(x.text);
    if (x.kind === 'heading') break;
  }
  if (around.some((t) => SELF_WORDS.test(t))) return false;
  // "## 11. Modifications" over "Toute modification substantielle sera notifiée … 30 jours avant" in a page titled
  // "Politique de confidentialité" whose sub-processors stand in a section of their own ("## 5. Sous-traitants"):
  // changes named by nothing but the document, in another of its sections, are the document's.
  return !outsideParties;
}

/**
 * A notice a vendor gives the publisher: about "its own sub-processors" ("their own providers", « ses propres
 * sous-traitants »), or given to "us" ("notice to us", "notifies us", « nous informe », « nous notifie »).
 */
const VENDORS_NOTICE =
  /(?<!\p{L})(?:(?:its|their)\s+own\s+(?:sub-?processors?|vendors?|providers?|suppliers?)|(?:ses|leurs)\s+propres\s+(?:sous-traitants?|prestataires?|fournisseurs?)|(?:notice|notification)\s+to\s+us|(?:notif(?:y|ies)|informs?|tells?|warns?)\s+us|nous\s+(?:informe|notifie|pr[ée]vient|avertit)(?:nt)?)(?!\p{L})/iu;

/**
 * Every sentence of a block that gives days of notice is a vendor's notice to the publisher, not the publisher's to
 * its customers ("Hostora may change its own sub-processors with 14 days' notice to us", « Hostora nous informe de
 * tout changement de ses propres sous-traitants avec un préavis de 10 jours »).
 */
function vendorsOwnNotice(text: string): boolean {
  const dated = sentencesOf(text).filter((s) => noticeDaysIn(s) !== undefined);
  return dated.length > 0 && dated.every((s) => VENDORS_NOTICE.test(s));
}

/**
 * A condition that leaves open whether a notice is owed at all (corpus README, a fact stated under a condition): the
 * notice is owed where an agreement requires it, or when the customer signed one that includes it ("where required by
 * the Data Processing Terms", "If you have entered into a DPA with us that includes a notification obligation", "if
 * your agreement provides for it", "where applicable", « lorsque le contrat le prévoit », « si vous avez conclu un
 * DPA », « le cas échéant »). Not "As required by our DPA" nor "Under our DPA, we notify": those say it is owed.
 */
const OPEN_NOTICE_CONDITION =
  /(?<!\p{L})(?:where|when|if)\s+(?:required|applicable|so\s+required)(?!\p{L})|(?<!\p{L})(?:where|when|if)\s+(?:(?:the|your|our|a|an|such)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:agreement|contract|dpa|terms)\s+(?:so\s+)?(?:requires?|provides?|includes?|contains?)(?!\p{L})|(?<!\p{L})if\s+you\s+(?:have\s+)?(?:entered\s+into|signed|concluded|executed|agreed\s+to)(?!\p{L})|(?<!\p{L})le\s+cas\s+[ée]ch[ée]ant(?!\p{L})|(?<!\p{L})(?:si|lorsque|lorsqu['’])\s*(?:applicable|requis|exig[ée]e?)(?!\p{L})|(?<!\p{L})(?:si|lorsque|lorsqu['’])\s*(?:le|votre|notre|l['’]|un|une)\s*(?:[\p{L}-]+\s+){0,3}?(?:contrat|accord|dpa|conditions)\s+(?:le\s+)?(?:pr[ée]voi(?:t|ent)|exige(?:nt)?|inclu(?:t|ent)|comporte(?:nt)?)(?!\p{L})|(?<!\p{L})si\s+vous\s+avez\s+(?:conclu|sign[ée]|accept[ée])(?!\p{L})/iu;

/**
 * Every sentence of a block that gives days of notice gives them under a condition left open (`OPEN_NOTICE_CONDITION`):
 * the page states no notice period.
 */
function conditionalNotice(text: string): boolean {
  const dated = sentencesOf(text).filter((s) => noticeDaysIn(s) !== undefined);
  return dated.length > 0 && dated.every((s) => OPEN_NOTICE_CONDITION.test(s));
}

/** Words by which a sentence says the document is updated: "update", "amend", "mettre à jour", "modifier", "réviser". */
const UPDATES = /(?<!\p{L})(?:updat\p{L}*|amend\p{L}*|revis\p{L}*|modif\p{L}*|mettre\s+à\s+jour|mise\s+à\s+jour|r[ée]vis\p{L}*)(?!\p{L})/iu;

/**
 * "We may update this policy to reflect changes in our service, sub-processors or legal obligations. Material changes
 * are notified 30 days before they take effect": the sentence that gives the days names no party, and the parties
 * are named only as a reason the document itself is updated. The days are the document's notice, not the notice
 * before a new sub-processor. Not "This policy lists our sub-processors. We give 30 days' notice of any change" (no
 * update of the document said), nor "We notify changes to our sub-processors 30 days before" (the days' own sentence).
 */
function partiesOnlyAsReason(text: string): boolean {
  const sentences = sentencesOf(text);
  const dated = sentences.filter((s) => noticeDaysIn(s) !== undefined);
  if (!dated.length || dated.some((s) => PARTY_WORDS.test(s))) return false;
  return sentences.filter((s) => PARTY_WORDS.test(s)).every((s) => SELF_WORDS.test(s) && UPDATES.test(s));
}

/**
 * The heading of the section the page's first entry stands in, on a page titled as a policy ("Politique de
 * confidentialité", not "Sub-processors"), when that section is one of its sections (a heading after its title).
 */
function partiesSectionOf(blocks: PageBlock[], entries: ReadEntry[]): number | undefined {
  const title = blocks.find((x) => x.kind === 'heading');
  if (title === undefined || !POLICY_TITLE.test(title.text) || PARTY_WORDS.test(title.text)) return undefined;
  const line = entries.find((e) => e.line !== undefined)?.line;
  if (line === undefined) return undefined;
  let heading: number | undefined;
  let first: number | undefined;
  for (let j = 0; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.line !== undefined && b.line > line) break;
    if (b.kind !== 'heading') continue;
    first ??= j;
    heading = j;
  }
  return heading !== undefined && heading !== first ? heading : undefined;
}

/** A page's title that names a policy, a charter or terms: "Politique de confidentialité", "Privacy Policy". */
const POLICY_TITLE =
  /(?<!\p{L})(?:politique|charte|conditions\s+g[ée]n[ée]rales|mentions\s+l[ée]gales|privacy\s+(?:policy|notice|statement)|terms\s+(?:of\s+(?:use|service)|and\s+conditions))(?!\p{L})/iu;

/** The blocks of any reader to a read page: labelled entries as before, and every table of sub-processors. */
/** How many of a row's cells are column headers whole ("Vendor", "Location"), one of them naming the parties. */
function headerCells(cells: string[]): number {
  // "[raison sociale]": a blank left to fill in on a row of labels and values, no column's name.
  const matches = cells.map((c) => (c.trim() && c.length <= 60 && !BLANKS.test(c.trim()) ? columnMatch(c) : undefined));
  if (!matches.some((m) => m?.exact && (m.key === 'name' || m.key === 'entity'))) return 0;
  return matches.filter((m) => m?.exact).length;
}

/**
 * The keys an entry's vendor is found by: its `vendorKey`, then the abbreviation its brackets give, in lower case
 * ("aws" for "Amazon Web Services (AWS)").
 */
function vendorKeys(e: ReadEntry): string[] {
  const name = e.name ?? e.heading;
  const short = abbreviation(name)?.toLowerCase();
  return short ? [vendorKey(name), short] : [vendorKey(name)];
}

/**
 * A table whose header row is a title or is empty ("| Sub-processors | | |", a caption row spanning the table) and whose
 * first row holds its columns' names ("Vendor | Purpose | Location"): that row is its header.
 */
function withHeaderRow(table: Extract<PageBlock, { kind: 'table' }>): Extract<PageBlock, { kind: 'table' }> {
  const first = table.rows[0];
  if (!first || first.cells.length < 2) return table;
  const named = headerCells(first.cells);
  if (named < 2 || named * 2 < first.cells.filter((c) => c.trim()).length) return table;
  const filled = table.header.filter((h) => h.trim());
  if (filled.length > 1) return table;
  return { ...table, header: first.cells, rows: table.rows.slice(1) };
}

/**
 * A table whose first column has no meaning of its own ("Destinataire | Pays | Mécanisme de transfert") and names,
 * every row of it, a vendor a table above lists: its first column names them again, as the earlier table's name
 * column does (its rows are then more facts about those vendors). A first column of recipients beside where the data
 * goes (`recipientsFirst`) names the vendors too when no table above lists any. Other tables are returned as they are.
 */
function namingAgain(blocks: PageBlock[]): PageBlock[] {
  // The vendors the tables so far name, by `vendorKey`.
  const listed = new Set<string>();
  return blocks.map((b) => {
    if (b.kind !== 'table') return b;
    const keys = tableColumnKeys(b.header);
    const nameAt = keys.includes('name') ? keys.indexOf('name') : keys.indexOf('entity');
    if (nameAt >= 0) {
      for (const row of b.rows) listed.add(vendorKey(cellText(row.cells[nameAt]).replace(/[*_]/g, '')));
      return b;
    }
    // "Tiers | Rôle | Pays", "Destinataire | Pays | Mécanisme de transfert": a first column of recipients names them,
    // the list itself when no table above lists vendors (one of data and their storage places, of purposes), else
    // again when every row names a vendor listed above, be it one.
    const recipients = recipientsFirst(b.header, keys);
    const first = b.rows.map((row) => vendorKey(cellText(row.cells[0]).replace(/[*_]/g, '')));
    const again =
      keys[0] === undefined &&
      keys.filter((k) => k !== undefined).length >= 2 &&
      b.rows.length >= (recipients ? 1 : 2) &&
      first.every((key) => listed.has(key));
    const own = recipients && !listed.size;
    if (own) for (const key of first) listed.add(key);
    return again || own ? { ...b, header: [NAMED_AGAIN, ...b.header.slice(1)] } : b;
  });
}
/** Words that say a table's names link to the vendors' agreements: "Chaque nom renvoie au DPA", "Each name links to the DPA". */
const NAMES_LINK_AGREEMENTS =
  /(?<!\p{L})(?:chaque nom|les noms|each name|every name|the names|vendor names)\s+(?:renvoie(?:nt)?|m[èe]ne(?:nt)?|pointe(?:nt)?|links?|points?|leads?)\s+(?:to|vers|sur|à|au|aux)\s+(?:(?:the|their|its|le|la|les|leur|son|sa)\s+)?(?:(?:public|publics|vendor['’]s|provider['’]s)\s+)?(?:dpa|data processing (?:agreement|addendum)|accords? de traitement)(?!\p{L})/iu;

/** The header `namingAgain` gives a first column that names vendors again. */
const NAMED_AGAIN = 'Name';

/**
 * The entries a reader found elsewhere on a page that has entries already: those of blocks no earlier reader read
 * (`isTaken`: a block's line another reader took), of vendors not already listed (by `EarlierEntries`' look-ups, each
 * one look-up), each named as a name is written (`properName`). `recap`: a list most of whose vendors the page lists
 * already is the list again under other names (a recap of the table above it), none of its items an entry of its own;
 * not so of the recipients each record of processing names, which name again the vendors that record uses.
 */
function besides(entries: ReadEntry[], found: ReadEntry[], isTaken: (line: number) => boolean, recap = true): ReadEntry[] {
  if (!found.length) return [];
  const known = new EarlierEntries();
  const lines = new Set<number>();
  for (const e of entries) {
    known.add(e);
    if (e.line !== undefined) lines.add(e.line);
  }
  const free = found.filter((e) => e.line !== undefined && !isTaken(e.line) && !lines.has(e.line));
  const listed = (e: ReadEntry) => (known.sameVendor(e) ?? known.shortFor(e) ?? known.sameCompany(e)) !== undefined;
  const again = free.filter(listed).length;
  if (!free.length || (recap && again * 2 >= free.length)) return [];
  // Each vendor once: one the reader names twice ("Google Analytics (USA - CCT)" in two records) is one entry.
  const added: ReadEntry[] = [];
  for (const e of free) {
    if (listed(e) || !properName(e.name ?? e.heading)) continue;
    known.add(e);
    added.push(e);
  }
  return added;
}

/**
 * The texts of the list items the entries were read from (the items on the entries' lines), in one pass over the
 * blocks: lines no longer to keep as the page's comments once their items are entries.
 */
function itemTexts(blocks: PageBlock[], entries: ReadEntry[]): Set<string> {
  const lines = new Set(entries.map((e) => e.line));
  return new Set(blocks.flatMap((b) => (b.kind === 'item' && lines.has(b.line) ? [b.text] : [])));
}

function interpret(read: PageBlock[], frontDate?: string): ReadPage {
  const blocks = namingAgain(read.map((b) => (b.kind === 'table' ? withHeaderRow(b) : b)));
  const tables = blocks
    .map((b, i) => ({ b, i }))
    .filter((x): x is { b: Extract<PageBlock, { kind: 'table' }>; i: number } => x.b.kind === 'table');
  const entryTables = tables.filter(({ b }) => {
    const keys = tableColumnKeys(b.header);
    return (keys.includes('name') || keys.includes('entity')) && keys.filter((k) => k !== undefined).length >= 2;
  });
  // A page with a table of its sub-processors: its two-column tables of labels describe other things (the company,
  // its processing activities), never one vendor each.
  // Unless each of them is a table of fields ("Champ | Valeur") under a heading of its own, two or more: one vendor's
  // facts under each vendor's heading, which a summary table then lists again.
  const fieldTables = tables.filter(({ b, i }) => blocks[i - 1]?.kind === 'heading' && fieldTable(b) && factRows(b));
  // The lines of the blocks a reader has read entries from: a reader run after it reads only the others (`besides`).
  const taken = new Set<number>();
  const page = readBlocks(
    toBlocks(blocks, !entryTables.length || (summarised(blocks, fieldTables, entryTables) ? new Set(fieldTables.map((t) => t.b)) : false)),
    taken,
  );
  // A record of processing, one heading per processing ("Traitement 1 : Gestion des clients") over its labelled lines:
  // the vendors its recipients' and processors' lines name are the entries, never a processing nor a line's label.
  const record = entryTables.length ? [] : processingRecordEntries(blocks);
  if (record.length) page.entries = record;
  // Numbered cards set as tables ("Sub-Processor 5 |" over "Full legal name of sub-processor | PubNub" and empty rows):
  // beside cards read as entries, one that names its vendor and leaves the rest unfilled is an entry with no facts.
  const cards = entryTables.length ? [] : tables.flatMap(({ b }) => (cardRows(b) ? [cardRows(b)!] : []));
  if (cards.some((c) => c.facts.length))
    for (const c of cards.filter((x) => !x.facts.length)) {
      const at = page.entries.findIndex((e) => (e.line ?? 0) > (c.name.line ?? 0));
      const entry: ReadEntry = { heading: c.name.value, line: c.name.line, facts: [] };
      if (at < 0) page.entries.push(entry);
      else page.entries.splice(at, 0, entry);
    }
  if (entryTables.length && !page.entries.length) {
    // A page of tables: its introduction is the prose before the first one; headings are its structure, and
    // what follows the tables is kept as comments.
    const start = entryTables[0]!.i;
    page.introduction = [];
    // A page with no heading: a paragraph after its first table is what the page says of the list, not its title.
    if (blocks.findIndex((b) => b.kind === 'paragraph' && b.text === page.title) > start) page.title = undefined;
    const kept = new Set(page.other);
    blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph' || b.text === page.title || dateLine(b.text)) return;
      if (i < start) page.introduction.push(b.text);
      else if (!kept.has(b.text)) {
        kept.add(b.text);
        page.other.push(b.text);
      }
    });
  }
  // The heading over each block: the last one before it.
  const headings: (string | undefined)[] = [];
  let last: string | undefined;
  for (const b of blocks) {
    headings.push(last);
    if (b.kind === 'heading') last = b.text;
  }
  const headingOf = (i: number): string | undefined => headings[i];
  // The prose of a table's section before it: what the page says of the parties the table lists.
  const proseOf = (i: number): string => {
    const prose: string[] = [];
    for (let j = i - 1; j >= 0 && blocks[j]!.kind !== 'heading' && blocks[j]!.kind !== 'table'; j--) {
      const b = blocks[j]!;
      if (b.kind === 'paragraph') prose.unshift(b.text);
    }
    return prose.join(' ');
  };
  // The first paragraph of a table's section when it is a title (a few words, no sentence's punctuation).
  const titleLineOf = (i: number): string | undefined => {
    let j = i - 1;
    while (j > 0 && blocks[j - 1]!.kind === 'paragraph') j--;
    const b = blocks[j];
    if (j >= i || b?.kind !== 'paragraph') return undefined;
    const text = cleanText(b.text);
    if (text.split(' ').length <= 6 && !/[.:;,!?]/.test(text)) return text;
    // A title line joined to the sentence under it (a page with no blank line between them): its opening words when
    // they name vendors not in use ("Planned subprocessors We will add…", « Sous-traitants prévus Nous ajouterons… »).
    return OPENS_NOT_CURRENT.exec(text)?.[0];
  };
  const roles = tableRoles(entryTables, headingOf, proseOf, titleLineOf);
  /** A table's columns, in lower case: two tables with the same are one list set in parts. */
  const sameHeader = (t: Table): string => t.header.map((h) => cleanText(h).toLowerCase()).join(' | ');
  /** The table has the columns of an entry table above it, and its own label between them (a heading or a line). */
  const sameColumnsAbove = (b: Table, i: number): boolean => {
    const columns = b.header.map((h) => cleanText(h).toLowerCase()).join(' | ');
    const above = entryTables.filter((t) => t.i < i && roles.get(t.b) === 'entries');
    const last = above[above.length - 1];
    if (!last || last.b.header.map((h) => cleanText(h).toLowerCase()).join(' | ') !== columns) return false;
    return blocks.slice(last.i + 1, i).some((x) => x.kind === 'heading' || x.kind === 'paragraph');
  };
  const current = entryTables.filter((t) => roles.get(t.b) !== 'not-current' && roles.get(t.b) !== 'not-subprocessors');
  const factTables: { b: Table; headingText?: string }[] = [];
  const before = new EarlierEntries();
  let indexed = 0;
  for (const { b, i } of tables) {
    const role = roles.get(b);
    const headingText = headingOf(i);
    const rows = b.rows.length;
    /** The table by its heading, else its columns. */
    const named = headingText ?? b.header.filter(Boolean).join(' | ');
    if (role === 'not-current') {
      // "Planned sub-processors", "Historical": vendors the page says are not (or no longer) in use.
      page.unread.push({ kind: 'tableNotCurrent', data: { name: named, rows } });
    } else if (role === 'not-subprocessors') {
      // "Other providers which do not have access to personal data", "Responsables conjoints": said, not imported.
      page.unread.push({ kind: 'tableNotSubprocessors', data: { name: named, rows } });
    } else if (role === 'processings') {
      page.unread.push({ kind: 'tableProcessings', data: { name: named, rows } });
    } else if (role === 'not-vendors') {
      page.unread.push({ kind: 'tableCookies', data: { name: named, rows } });
    } else if (role === 'facts') {
      factTables.push({ b, headingText });
    } else if (role === 'entries') {
      const group = current.length > 1 ? headingText : undefined;
      const affiliate = headingText !== undefined && AFFILIATE_WORDS.test(headingText);
      const rows = tableEntries(b, group, affiliate, page.unread);
      // "Chaque nom renvoie au DPA public du fournisseur", "Each name links to the vendor's DPA": the names' links are
      // the agreements, whatever their addresses.
      if (NAMES_LINK_AGREEMENTS.test(proseOf(i))) {
        const nameHeader = cleanText(b.header[tableColumnKeys(b.header).indexOf('name')] ?? '');
        for (const row of rows)
          for (const f of row.facts)
            if (nameHeader && f.label === nameHeader && /^https?:\/\/\S+$/.test(f.value) && (f.key === 'website' || f.key === undefined))
              f.key = 'dpa';
      }
      // "Ces cinq sont aux États-Unis. Le transfert repose sur les clauses contractuelles types…" between the
      // table's heading and the table: the section's own words on its rows' transfers.
      // A sentence naming some of the rows ("SCCs documented for Anthropic and Clerk") speaks of those only.
      const said = sectionTransfer(blocks, i);
      const named = said ? nameIndex(rows)(said) : [];
      if (said)
        for (const entry of named.length ? named : rows)
          if (!entry.facts.some((f) => f.key === 'transfer')) entry.facts.push({ label: 'Transfer', value: said, key: 'transfer' });
      // The entries before this table, indexed: its own rows are not among them.
      while (indexed < page.entries.length) before.add(page.entries[indexed++]!);
      // A table that lists again, every row of it, vendors a table above listed (an annex repeating the list with each
      // company's seat): the same vendors, its cells more facts about them, whatever else they state differently.
      // Each row a vendor listed above, and no two rows the same one: a table that names a vendor and, in another row,
      // that vendor's service in brackets ("Amazon Web Services" over "Amazon Web Services (Amazon Bedrock)") lists a
      // second entry, not the first again.
      const oneEach = (found: (ReadEntry | undefined)[]) => found.every(Boolean) && new Set(found).size === found.length;
      // One table per hosting region or product, each under its own label, with the same columns as the one above
      // ("United States:", "Australia:"): not the list again. A vendor it names again with another place is that
      // region's entry, with its own places; with the same facts, the vendor above (`sameRow`).
      const parallel = sameColumnsAbove(b, i);
      const again = !parallel && rows.length >= 2 && oneEach(rows.map((row) => before.sameVendor(row)));
      // A summary table that lists again, every row of it, the vendors the sections above describe, under short
      // names ("Supabase" for "### 1. Supabase Inc."): each row is the one entry its name is short for.
      const summary = !parallel && !again && rows.length >= 2 && oneEach(rows.map((row) => before.sameVendor(row) ?? before.shortFor(row)));
      // A later table with other columns (a transfers table, a table of legal names and seats after one of products):
      // a row naming one vendor a table above listed, by the same name or by the product name its legal name holds
      // ("Vercel Inc." for "Vercel", "Postmark (ActiveCampaign LLC)" for "Postmark"), says more about that vendor. Two
      // rows of it naming the same vendor are two entries, as in one table (the first row goes to the vendor above).
      const laterTable = !parallel && entryTables.some((t) => t.i < i && roles.get(t.b) === 'entries' && sameHeader(t.b) !== sameHeader(b));
      // The table's party column is the legal entity's ("Entity", "Legal name"), not any company's ("Company"): its
      // names are the vendors' legal names (review12: a later table of customers gave a vendor a customer's name).
      const keysHere = tableColumnKeys(b.header);
      const entityNames = keysHere.includes('entity') && !keysHere.includes('name');
      const claimed = new Set<ReadEntry>();
      for (const row of rows) {
        const later = laterTable ? (before.sameVendor(row) ?? before.shortFor(row)) : undefined;
        const same =
          before.sameRow(row) ??
          (again ? before.sameVendor(row) : undefined) ??
          (summary ? (before.sameVendor(row) ?? before.shortFor(row)) : undefined) ??
          before.sameCompany(row) ??
          (later && !claimed.has(later) ? later : undefined);
        if (same) {
          claimed.add(same);
          same.facts.push(...row.facts.filter((f) => !same.facts.some((x) => x.key === f.key && x.value === f.value)));
          // "Vercel" above, "Vercel Inc." here: the legal name of the vendor listed above.
          const rowName = row.name ?? row.heading;
          const legal = row.entity ?? (entityNames && entityIn(rowName) === rowName ? rowName : undefined);
          if (legal && !same.entity && norm(legal).toLowerCase() !== norm(same.name ?? same.heading).toLowerCase()) same.entity = legal;
        } else page.entries.push(row);
      }
    } else if (cardRows(b) && page.entries.some((e) => e.line !== undefined && b.rows.some((r) => r.line === e.line))) {
      // A numbered card set as a table: its entry read with the labelled lines.
    } else if (factRows(b) && page.entries.some((e) => e.line !== undefined && b.line !== undefined && e.line < b.line)) {
      // An entry's facts set as a table under its heading: read with the entry's labelled lines.
    } else {
      const logged = changeLogDate(b);
      const date = keyValueDate(b);
      const contact = keyValueContact(b);
      if (contact && !page.contact) page.contact = contact;
      const roleContact = contact ? undefined : roleRowContact(b);
      if (roleContact && !page.contact) page.contact = roleContact;
      // A change log's latest date is the list's; its rows (the changes) are still reported as not read.
      if (logged && !page.lastUpdated) page.lastUpdated = logged;
      if (date && !page.lastUpdated) page.lastUpdated = date;
      else if (!date && !contact) {
        // Said, never dropped in silence: the table by its heading (else its columns) and its size.
        page.unread.push({ kind: 'table', data: { name: named, rows, columns: b.header.filter(Boolean) } });
      }
    }
  }
  // A table that says more about vendors of the sub-processor list (an AI providers' table), wherever it is
  // on the page: its facts go to them, and a row that names none of them is reported.
  // The entries by their vendor's key, then by the abbreviation their brackets give ("AWS" for "Amazon Web Services
  // (AWS)"): a row is matched by one look-up, however many entries and rows.
  const byVendor = new Map<string, ReadEntry>();
  if (factTables.length) {
    const keys = page.entries.map(vendorKeys);
    for (const k of [0, 1])
      page.entries.forEach((e, j) => {
        const key = keys[j]![k];
        if (key !== undefined && !byVendor.has(key)) byVendor.set(key, e);
      });
  }
  for (const { b, headingText } of factTables)
    for (const read of tableEntries(b, undefined, false, page.unread)) {
      // "Cloudflare, Inc." for "Cloudflare": the vendor by its legal name.
      const key = vendorKey(read.name ?? read.heading);
      const entry = byVendor.get(key) ?? byVendor.get(withoutLegalForm(key).toLowerCase());
      if (entry) entry.facts.push(...read.facts);
      else
        page.unread.push({
          kind: 'rowNotListed',
          data: { name: read.name ?? read.heading, table: headingText ?? b.header.filter(Boolean).join(' | ') },
        });
    }
  // A second table about the same vendors (an "AI providers" table beside the sub-processors'): facts, not entries.
  const merged = mergeFactTables(
    page.entries,
    entryTables.flatMap(({ i }) => {
      const heading = headingOf(i);
      return heading === undefined ? [] : [heading];
    }),
  );
  page.entries = merged.entries;
  page.unread.push(...merged.unread);
  const lang = pageLangOf(blocks);
  if (!page.entries.length) page.entries.push(...leadEntries(blocks, page.unread));
  if (!page.entries.length) {
    // The list's items are entries now, no longer lines to keep as comments.
    const listed = introducedListEntries(blocks);
    const items = itemTexts(blocks, listed);
    // And the labelled lines nested in them, now their facts.
    const lines = new Set(listed.map((e) => e.line));
    const stated = new Set(listed.flatMap((e) => e.facts.map((f) => `${f.label}: ${f.value}`)));
    let under = false;
    for (const b of blocks) {
      if (b.kind !== 'item' || b.depth === 0) under = b.kind === 'item' && lines.has(b.line);
      else if (under && b.depth === 1 && stated.has(b.text.trim().replace(/^\d+(?:\.\d+)+\.?\s+/, ''))) items.add(b.text);
    }
    page.entries.push(...listed);
    if (listed.length) page.other = page.other.filter((o) => !items.has(o));
  }
  if (!page.entries.length) {
    page.entries.push(...proseNameEntries(blocks));
    // A page of prose sections: its introduction is the prose before the first section heading; the sections'
    // text, which names the vendors, is kept as comments, under the heading it belongs to.
    const first = blocks.findIndex((b) => b.kind === 'heading' && b.text !== page.title);
    if (page.entries.length && first >= 0) {
      page.introduction = blocks.slice(0, first).flatMap((b) => (b.kind === 'paragraph' && !dateLine(b.text) ? [b.text] : []));
      let heading = '';
      for (const b of blocks.slice(first)) {
        if (b.kind === 'heading') heading = b.text;
        else if (b.kind !== 'table' && !page.other.includes(b.text)) page.other.push(heading ? `${heading}: ${b.text}` : b.text);
      }
    }
  }
  if (!page.entries.length) page.entries.push(...namedSectionEntries(blocks));
  if (!page.entries.length) page.entries.push(...subjectItemEntries(blocks));
  if (!page.entries.length) page.entries.push(...inlineListEntries(blocks));
  if (!page.entries.length) {
    // The list's items are entries now, no longer lines to keep as comments.
    const flagged = flagListEntries(blocks);
    const items = itemTexts(blocks, flagged);
    page.entries.push(...flagged);
    page.other = page.other.filter((o) => !items.has(o));
  }
  if (!page.entries.length) page.entries.push(...cardEntries(blocks));
  if (!page.entries.length) page.entries.push(...jointProcessorEntries(blocks));
  if (!page.entries.length) page.entries.push(...hostLabelledEntries(blocks));
  if (!page.entries.length) page.entries.push(...hostEntries(blocks));
  if (!page.entries.length) page.entries.push(...addressCardEntries(blocks));
  if (!page.entries.length) page.entries.push(...dashItemEntries(blocks));
  if (!page.entries.length) page.entries.push(...recipientLineEntries(blocks));
  if (!page.entries.length) page.entries.push(...bracketVendorEntries(blocks));
  if (!page.entries.length) {
    // The cards' lines are entries now, no longer lines to keep as comments.
    const stacked = stackedCardEntries(blocks);
    page.entries.push(...stacked.entries);
    page.other = page.other.filter((o) => !stacked.lines.has(o));
  }
  // Beside the entries read so far (a table, labelled cards, the reader above that found them), the readers whose
  // region the page introduces as its sub-processors read the blocks no reader took, and their vendors are entries too:
  // a list the page introduces as the parties that process data for it ("The following service providers process
  // personal data …" over "- Google LLC, having its registered office at …"), sections or bullets under a heading
  // that names the sub-processors. A reader the cascade above ran finds again only what it found (the same lines:
  // nothing added). Never the weak readers (bold words in any prose, a legal notice's host): beside a list, they would
  // name what is no vendor. Nor a sentence's inline list: beside a list it named 2 parties no truth lists (holdout6's
  // figures, its lists unread).
  const rows = new Set(entryTables.flatMap(({ b }) => b.rows.flatMap((r) => (r.line === undefined ? [] : [r.line]))));
  const isTaken = (line: number) => taken.has(line) || rows.has(line);
  if (page.entries.length) {
    const added = [introducedListEntries, namedSectionEntries, subjectItemEntries].flatMap((read) => {
      const found = besides(page.entries, read(blocks), isTaken);
      page.entries.push(...found);
      return found;
    });
    // No longer lines to keep as comments.
    const items = itemTexts(blocks, added);
    if (added.length) page.other = page.other.filter((o) => !items.has(o));
  }
  // A record of processing's "Destinataires" row naming a vendor beside the parties that are none ("Google Analytics
  // (USA - CCT)" beside "Élève", "Autorités (sur réquisition)"), when the page lists its processors elsewhere.
  if (page.entries.length) page.entries.push(...besides(page.entries, recipientRowEntries(blocks), isTaken, false));
  // A vendor a hosting section names with its company and address in brackets ("chez Cloudflare (Cloudflare, Inc., …)").
  page.entries.push(...besides(page.entries, hostingBracketEntries(blocks), isTaken, false));
  // The host a sentence names in brackets after where the infrastructure is hosted ("… hosted in EU data centers
  // (Railway, EU West region)"), beside a list.
  if (page.entries.length) page.entries.push(...besides(page.entries, hostedInBracketEntries(blocks), isTaken, false));
  // Beside a list, the affiliates its "Affiliates" section engages in a sentence.
  if (page.entries.length) page.entries.push(...affiliateProseEntries(blocks, page.entries));
  attachContrastedLocations(page.entries);
  attachStatedElsewhere(blocks, page.entries);
  // A legal notice's host card (company, address, site) for the vendor the list names again.
  attachHostFacts(blocks, page.entries);
  attachNameCountries(blocks, page.entries);
  attachSeatBrackets(blocks, page.entries);
  attachCertificationRows(blocks, page.entries);
  attachPageWideFacts(blocks, page.entries);
  attachNamedEstablishment(blocks, page.entries);
  attachEntityBrackets(blocks, page.entries);
  attachSectionFacts(blocks, page.entries);
  attachSentenceFacts(blocks, page.entries);
  // "paiements traités par un prestataire certifié PCI-DSS": the list's one vendor for payments.
  attachPaymentProviderCertification(blocks, page.entries, nameIndex(page.entries, true));
  attachParagraphTransfers(blocks, page.entries);
  attachDpfCertified(blocks, page.entries);
  attachNamedCases(blocks, page.entries);
  attachClauseMechanisms(blocks, page.entries);
  attachBracketedDestinations(blocks, page.entries);
  attachSentToBrackets(blocks, page.entries);
  attachCardFacts(blocks, page.entries);
  attachListLocations(blocks, page.entries);
  attachDescriptionPlaces(page.entries);
  attachLabelledPlaces(page.entries);
  attachIntroducedHostPlace(blocks, page.entries);
  attachLabelledNamePlaces(blocks, page.entries);
  attachHeadingPlaces(blocks, page.entries);
  attachHostedAtPlace(blocks, page.entries, nameIndex(page.entries));
  attachStaysIn(page.entries);
  attachDescriptionLabels(page.entries);
  attachDescriptionMechanisms(page.entries);
  attachDescriptionCompany(page.entries);
  attachIncorporation(page.entries);
  attachAgreementCellFacts(page.entries);
  attachNamedRegions(blocks, page.entries);
  attachSameTransfers(page.entries);
  attachWhereLists(blocks, page.entries);
  attachDestinationTransfers(blocks, page.entries, (f) => f.key ?? (f.label ? factKey(f.label) : undefined));
  attachAgreementLinks(blocks, page.entries);
  attachTableParagraphs(blocks, page.entries);
  attachSectionTraining(blocks, page.entries);
  attachNamedTraining(blocks, page.entries);
  attachPageWidePlace(blocks, page.entries);
  attachSiteLinks(blocks, page.entries);
  attachOutsideAgreement(blocks, page.entries);
  page.introducedItems = introducedItems(blocks);
  const parties = partiesSectionOf(blocks, page.entries);
  let section: number | undefined;
  // "Last reviewed: March 2026" nested in a vendor's item: that vendor's date, not the page's.
  const entryLines = new Set(page.entries.map((e) => e.line));
  let inEntry = false;
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'table') continue;
    if (b.kind !== 'item' || b.depth === 0) inEntry = b.kind === 'item' && entryLines.has(b.line);
    if (!page.lastUpdated && !(inEntry && b.kind === 'item' && b.depth > 0)) {
      const date = dateLine(b.text) ?? dateIn(b.text, lang);
      if (date) page.lastUpdated = date;
      // "Dernière mise à jour" alone, its date the next block's whole text ("30 mai 2026").
      const next = blocks[i + 1];
      if (!date && isDateLabel(b.text) && next !== undefined && next.kind !== 'table' && parseDate(next.text, lang))
        page.lastUpdated = next.text;
      // "## Date de mise à jour" over "Document créé le 2026-05-13 lors de …": the section the heading names gives the
      // date its first sentence writes in figures.
      else if (!date && b.kind === 'heading' && isDateLabel(b.text) && next?.kind === 'paragraph') {
        const figures = /(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?!\d)/.exec(sentencesOf(next.text)[0] ?? '');
        if (figures && parseDate(figures[0], lang)) page.lastUpdated = figures[0];
      }
    }
    if (b.kind === 'heading') section = i;
    if (
      page.noticeDays === undefined &&
      isSubprocessorNotice(blocks, i, parties !== undefined && section !== parties) &&
      !vendorsOwnNotice(b.text) &&
      !conditionalNotice(b.text)
    ) {
      const days = noticeDaysIn(b.text);
      if (days !== undefined) {
        page.noticeDays = days;
        page.noticeSentence = b.text;
      }
    }
  }
  if (!page.lastUpdated && frontDate) page.lastUpdated = frontDate;
  // "# Registre des sous-traitants (septembre 2026)", "# Sub-processors (12 March 2026)": the page's title, dated in
  // brackets at its end, when no line gives the date. A year alone ("(2026)") is no date of update.
  if (!page.lastUpdated) {
    const title = blocks.find((b) => b.kind === 'heading');
    const dated = title ? /\(([^()]{6,30})\)$/.exec(title.text.trim()) : null;
    if (dated && /\p{L}/u.test(dated[1]!) && parseDate(dated[1]!, lang)) page.lastUpdated = dated[1]!;
  }
  // A template the company did not fill in ("Last updated: [Insert Date]"): no date, and said so.
  if (page.lastUpdated !== undefined && /\[[^\]]{1,40}\]/.test(page.lastUpdated)) {
    page.unread.push({ kind: 'placeholder', data: { text: page.lastUpdated } });
    page.lastUpdated = undefined;
  }
  for (const b of blocks)
    if (b.kind !== 'table')
      for (const m of b.text.matchAll(/\[(?:[Ii]nsert|[Ee]nter|[Aa]dd|X|DATE|Date|COMPANY|Company)\b[^\]]{0,30}\]/g))
        page.unread.push({ kind: 'placeholder', data: { text: m[0] } });
  page.unread = uniqueUnread(page.unread);
  // "Support général : hello@…" then "Données personnelles / RGPD : dpo@…" (a definition list of addresses): the one a
  // line labels by personal data is the page's contact, unless an officer's line gives one.
  const privacyLine = blocks.find((b) => (b.kind === 'item' || b.kind === 'paragraph') && PRIVACY_ADDRESS_LINE.test(b.text.trim()));
  if (privacyLine && !blocks.some((b) => b.kind !== 'table' && DPO_LINE.test(b.text.trim()) && EMAIL.test(b.text)))
    page.contact = EMAIL.exec((privacyLine as { text: string }).text)![0];
  if (!page.contact) {
    // A "Contact" section's address: "Pour les questions ... : privacy@example.com".
    // Of several, the first that is not for security questions: "For any security or privacy questions: security@…"
    // then "For DPA requests or GDPR queries: privacy@…" gives the second.
    let underContact = false;
    const given: string[] = [];
    const pages: string[] = [];
    for (const b of blocks) {
      // "Éditeur et directeur de la publication", "Publisher": a legal notice's publisher, whose address is the page's.
      if (b.kind === 'heading') underContact = /\bcontact/i.test(b.text) || PUBLISHER_HEADING.test(b.text.trim());
      else if (underContact && b.kind !== 'table' && /@/.test(b.text)) given.push(b.text);
      else if (underContact && b.kind !== 'table' && /^https?:\/\/\S+$/i.test(b.text.trim())) pages.push(b.text.trim());
    }
    // A "Contact" section that is only a web address ("https://example.com/contact"): the page's contact, which the
    // import reports beside `contact: unknown` (the inventory takes an email address only; corpus README).
    if (!given.length && pages.length) given.push(pages[0]!);
    const chosen = given.find((t) => !SECURITY_WORDS.test(t.replace(new RegExp(EMAIL.source, 'gu'), ' '))) ?? given[0];
    if (chosen !== undefined) {
      page.contact = chosen;
      page.other = page.other.filter((o) => o !== chosen);
    }
  }
  if (!page.contact) {
    // Else the first address the page's text gives ("For any questions about our sub-processors: privacy@…").
    // Only a sentence about privacy, data or questions: "write to support@… for help with your app" is no privacy contact.
    // Not a sentence naming a sub-processor ("Sopro's Data Protection Officer can be emailed at: dpo@sopro.io"): the vendor's.
    // By its first word too ("how Stripe processes your data" names "Stripe Payments Europe Ltd").
    const namesEntry = nameIndex(page.entries, true);
    // "Email contact : contact@…" then "DPO (Délégué à la Protection des Données) : dpo@…": the officer's address, the
    // one for questions about personal data, wherever it comes.
    // "Contact RGPD : privacy@…" beside "Délégué à la Protection des Données : dpo@…": the line the page labels as its
    // contact for personal data.
    for (const b of blocks) {
      if (b.kind === 'table' || b.kind === 'heading' || page.contact || !PRIVACY_CONTACT.test(b.text.trim())) continue;
      const at = EMAIL.exec(b.text);
      if (at && !namesEntry(b.text).length) page.contact = at[0];
    }
    for (const b of blocks) {
      if (b.kind === 'table' || b.kind === 'heading' || page.contact) continue;
      for (const x of b.text.split(/(?<=[.!?])\s+/)) {
        const at = EMAIL.exec(x);
        if (at && DPO_WORDS.test(x.slice(0, at.index)) && !namesEntry(x).length) {
          page.contact = at[0];
          break;
        }
      }
    }
    // The heading over a block: a privacy officer's section ("2. Délégué à la Protection des Données (DPO)") gives its
    // addresses for personal data, whatever their own part ("support@…").
    let officerSection = false;
    for (const b of blocks) {
      if (page.contact) break;
      if (b.kind === 'heading') officerSection = DPO_WORDS.test(b.text) || PRIVACY_HEADING_WORDS.test(b.text);
      if (b.kind === 'table' || b.kind === 'heading') continue;
      const sentences = b.text.split(/(?<=[.!?])\s+/);
      const about = (x: string) => CONTACT_WORDS.test(x) && !namesEntry(x).length && !otherQuestions(x);
      // "Write to sales@… or to our DPO at dpo@…": of the sentence's addresses, the privacy one.
      const address = sentences
        .filter((x) => EMAIL.test(x) && about(x))
        .map((x) => (officerSection ? EMAIL.exec(x)![0] : privacyAddress(x)))
        .find((a) => a !== undefined);
      if (address !== undefined) {
        // "If you have concerns about a change, contact us at dpa@…" then "If you have questions about our
        // sub-processors, contact us at privacy@…": of the page's sentences that give an address for these matters, a
        // later one whose own part says it is for personal data ("privacy@", "dpo@") is the page's privacy contact,
        // when the first one's does not say so. Not under an officer's heading, whose addresses are all for it.
        page.contact =
          (!officerSection && !PRIVACY_MAILBOX.test(address.slice(0, address.indexOf('@')))
            ? laterPrivacyMailbox(blocks.slice(blocks.indexOf(b) + 1), about, address)
            : undefined) ?? address;
        break;
      }
      // A link that is the address: "you may [send us an email](mailto:…) detailing your objection", "Please
      // [contact our privacy team](https://…/support)", in a sentence about privacy or the sub-processors.
      const link = (b.kind === 'paragraph' || b.kind === 'item' ? (b.links ?? []) : []).find((l) => {
        const around = sentences.find((x) => x.includes(l.text)) ?? '';
        if (!l.href || !about(around)) return false;
        return /^mailto:/i.test(l.href) ? EMAIL.test(linkAsWritten(l.href)) : /^https?:\/\//i.test(l.href) && CONTACT_LINK.test(l.text);
      });
      if (link) {
        page.contact = /^mailto:/i.test(link.href!) ? EMAIL.exec(linkAsWritten(link.href!))![0] : link.href!;
        break;
      }
    }
  }
  notTheContact(blocks, page);
  saidNotSubprocessors(blocks, page);
  othersAddress(blocks, page);
  page.lang = lang;
  return page;
}

/**
 * Words that open a note on a vendor, or close its description after a bracket, a dash or a semicolon, saying the page
 * no longer uses it or does not use it: "Deactivated since June 2026", "No longer used", "retired in 2025; no longer
 * used", « désactivé depuis 2025 », « plus utilisé », "Support chat (no longer used)". Not "disabled by default", « non
 * utilisé pour l'entraînement », "not used for EU customers": words that go on to say for what or until when.
 */
const NOTE_NOT_IN_USE =
  /^(?:deactivated|disabled|switched off|retired|removed|discontinued|no longer (?:used|in use|active)|not (?:used|in use|active)(?: anymore| any more)?|unused|d[ée]sactiv[ée]e?s?|retir[ée]e?s?|supprim[ée]e?s?|(?:n['’]est |ne sont )?plus utilis[ée]e?s?|non utilis[ée]e?s?|inacti(?:f|ve)s?)(?=\s*(?:$|[.;,(—–]|-\s|(?:since|depuis|in|en|on|le|as of|from|au|à compter du)\s+(?:\p{L}{3,9}\s+)?\d))|[(;—–]\s*(?:deactivated|retired|discontinued|no longer (?:used|in use)|not used any ?more|d[ée]sactiv[ée]e?s?|(?:n['’]est |ne sont )?plus utilis[ée]e?s?)(?:\s+(?:since|depuis|in|en)\s+[\p{L}\d ]{1,20})?\)?\.?$/iu;

/** "… is not a sub-processor", « … n'est pas un sous-traitant »: one party, said not to be a sub-processor. */
const SINGLE_NOT_SUBPROCESSOR = /\s(?:is not|isn['’]t) (?:a |our )?sub-?processor\b|\sn['’]est pas (?:un |notre )?sous-traitant\b/iu;

/**
 * What the page says of an entry that makes it none of its sub-processors: a note or description of its own that says it
 * is not one ("Sign in with Google is not a sub-processor: …", « X n'est pas un sous-traitant ») or that it is no longer
 * or not used (`NOTE_NOT_IN_USE`); or a sentence of the page whose subject names it and says it is not a sub-processor
 * ("Note: Sign in with Apple is not a sub-processor; …"). Such entries are left out and said (`page.unread`).
 */
function saidNotSubprocessors(blocks: PageBlock[], page: ReadPage): void {
  const namesEntry = nameIndex(page.entries);
  const denied = new Map<ReadEntry, string>();
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'heading') continue;
    for (const x of b.text.split(/(?<=[.!?])\s+/)) {
      // The subject alone, one party in a few words ("Sign in with Gatekey", « Gatekey (connexion) »), after a note's
      // label: never a list of parties ("Stripe and PayPal are not …"), nor a clause that goes on about others.
      const m = SINGLE_NOT_SUBPROCESSOR.exec(x);
      if (!m) continue;
      const subject = x
        .slice(0, m.index)
        .replace(/^\s*(?:note|nb|n\.b\.|remarque|important)\s*:\s*/iu, '')
        .trim();
      const named = namesEntry(subject);
      if (named.length === 1 && subject.split(/\s+/).length <= 6 && !/[,;:]/.test(subject) && !denied.has(named[0]!))
        denied.set(named[0]!, x.trim());
    }
  }
  const left: Unread[] = [];
  page.entries = page.entries.filter((e) => {
    const name = e.name ?? e.heading;
    const values = e.facts.filter((f) => f.key !== 'website' && f.key !== 'dpa').map((f) => f.value.trim());
    const notOne = values.find((v) => NOT_SUBPROCESSORS.test(v)) ?? denied.get(e);
    if (notOne !== undefined) {
      left.push({ kind: 'entryNotSubprocessor', data: { name, text: notOne } });
      return false;
    }
    const notUsed = values.find((v) => NOTE_NOT_IN_USE.test(v));
    if (notUsed !== undefined) {
      left.push({ kind: 'entryNotInUse', data: { name, text: notUsed } });
      return false;
    }
    return true;
  });
  page.unread.push(...left);
}

/**
 * Words before an address that give it as an example or as a mailbox still to set up: "e.g.", "for example", « ex. : »,
 * « par exemple », "TODO: set up", « Créer la boîte », "create the address". The words end right before the address,
 * or (a to-do's mark) open its line or sentence.
 */
const EXAMPLE_BEFORE =
  /(?<![\p{L}\p{N}])(?:e\.\s?g\.?|ex\.|for (?:example|instance)|par exemple|exemple|example|such as|comme)\s*[,:]?\s*[("«“']?\s*$|(?<![\p{L}\p{N}])(?:cr[ée]er|create|set\s?up|ouvrir|open|configurer|configure|mettre en place)\s+(?:(?:la|le|l['’]|une?|the|an?)\s*)?(?:bo[îi]te(?:\s+(?:mail|e-?mail|aux lettres))?|adresse(?:\s+(?:mail|e-?mail|électronique))?|alias|mailbox|inbox|address|e-?mail(?:\s+address)?|courriel)(?:\s+(?:dédiée?|générique|générale?|dedicated|generic|shared|partagée?))?\s*[,:]?\s*[("«“']?\s*$/iu;
/**
 * Words that open the sentence an address stands in and make the whole sentence an example or a to-do: "For example, a
 * customer could write to …", « Par exemple, … », "TODO: …" (review12). Not "for example" inside a sentence ("For
 * questions, for example about your data, write to …": the example is the question).
 */
const EXAMPLE_OPENS =
  /^\W{0,4}(?:(?:for (?:example|instance)|par exemple|e\.\s?g\.?|ex\.)\s*,|(?:todo|to-?do|fixme|à faire|a faire)(?![\p{L}\p{N}]))/iu;
/** Words right after an address that say it is still to set up: "(to be created)", « (à créer) », "(TODO)". */
const TODO_AFTER =
  /^\s*[()[—–-]?\s*(?:to be (?:created|set up|configured)|not yet (?:created|set up)|à créer|a creer|à configurer|à mettre en place|pas encore créée?|todo|tbc|tbd)(?![\p{L}\p{N}])/iu;

/**
 * An address the page gives only as an example ("e.g. contact@acme.example", « ex. : dpo@… ») or as a mailbox still to
 * create ("TODO: set up privacy@…", « Créer la boîte contact@… ») is not the page's contact: wherever the readers took
 * it from, it is dropped; another address the page gives for its contact matters, in words that are neither, is taken
 * instead, or none. `page.contact` is changed in place.
 */
function notTheContact(blocks: PageBlock[], page: ReadPage): void {
  const address = page.contact !== undefined ? EMAIL.exec(page.contact)?.[0] : undefined;
  if (address === undefined) return;
  const texts = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [b.text]));
  // Each place the address stands, the words of its sentence (or line) before it and after it.
  const uses = (a: string) =>
    texts.flatMap((t) =>
      t.split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u).flatMap((x) => {
        const found: { head: string; before: string; after: string }[] = [];
        for (let at = x.indexOf(a); at >= 0; at = x.indexOf(a, at + a.length))
          found.push({
            head: x.slice(0, at),
            before: x.slice(Math.max(0, at - 80), at),
            after: x.slice(at + a.length, at + a.length + 40),
          });
        return found;
      }),
    );
  const notReal = (a: string) => {
    const found = uses(a);
    return found.length > 0 && found.every((u) => EXAMPLE_OPENS.test(u.head) || EXAMPLE_BEFORE.test(u.before) || TODO_AFTER.test(u.after));
  };
  if (!notReal(address)) return;
  page.contact = undefined;
  // Another address in a labelled contact line or a sentence about contact matters, naming no vendor.
  const namesEntry = nameIndex(page.entries, true);
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'heading') continue;
    for (const x of b.text.split(/(?<=[.!?])\s+/)) {
      if (!EMAIL.test(x) || !CONTACT_WORDS.test(x) || namesEntry(x).length || otherQuestions(x)) continue;
      const other = [...x.matchAll(new RegExp(EMAIL.source, 'gu'))].map((m) => m[0]).find((a) => a !== address && !notReal(a));
      if (other !== undefined) {
        page.contact = other;
        return;
      }
    }
  }
}

/** Words about a representative in the Union (GDPR Art. 27): "EU representative", « Représentant dans l'Union ». */
const REPRESENTATIVE = /(?<!\p{L})(?:representative|représentante?)(?!\p{L})/iu;
const REPRESENTED_IN = /(?<!\p{L})(?:art(?:icle|\.)?\s?27|eu|uk|eea|union|european|européen|ue|eee|royaume-uni)(?!\p{L})/iu;
const aboutRepresentative = (text: string) => REPRESENTATIVE.test(text) && REPRESENTED_IN.test(text);

/**
 * An address the page gives for someone else is not its contact: its representative's in the Union (GDPR Art. 27),
 * whom the publisher names to be addressed "in addition to or instead of" itself, is kept only when the page gives no
 * address of its own for personal data; a vendor's never: an address whose domain names an entry, in a sentence that
 * (or right after one that) names the entry and does not speak as the publisher ("Postwick handles your address.
 * Write to privacy@postwick.example to exercise your rights with them"); its parent company's or group's never either
 * (`ANOTHER_COMPANY`). A publisher's own address at a vendor's domain ("Contact: acme@mailhost.example", "contact us at
 * privacy@…") stays. `page.contact` is changed in place.
 */
function othersAddress(blocks: PageBlock[], page: ReadPage): void {
  const address = page.contact !== undefined ? EMAIL.exec(page.contact)?.[0] : undefined;
  if (address === undefined) return;
  const vendorWords = new Set(
    page.entries.flatMap((e) => {
      const words = cleanText(e.name ?? e.heading)
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter(Boolean);
      return [words[0] ?? '', words.join('')].filter((w) => w.length >= 4);
    }),
  );
  const atVendor = (a: string) =>
    a
      .slice(a.indexOf('@') + 1)
      .toLowerCase()
      .split('.')
      .slice(0, -1)
      .some((label) => vendorWords.has(label.replace(/[^\p{L}\d]/gu, '')));
  const namesEntry = nameIndex(page.entries);
  const representatives = new Set<string>();
  const vendors = new Set<string>();
  const groups = new Set<string>();
  let underRepresentative = false;
  const texts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') continue;
    if (b.kind === 'heading') {
      underRepresentative = aboutRepresentative(b.text);
      continue;
    }
    let before = '';
    for (const x of b.text.split(/(?<=[.!?])\s+/)) {
      const found = [...x.matchAll(new RegExp(EMAIL.source, 'gu'))].map((m) => m[0]);
      if (underRepresentative || aboutRepresentative(x)) for (const a of found) representatives.add(a);
      else if (ANOTHER_COMPANY.test(x)) for (const a of found) groups.add(a);
      else texts.push(x);
      const aboutVendor = (namesEntry(x).length || namesEntry(before).length) && !PUBLISHER_SPEAKS.test(x);
      if (aboutVendor) for (const a of found) if (atVendor(a)) vendors.add(a);
      before = x;
    }
  }
  const others = (a: string) => representatives.has(a) || vendors.has(a) || groups.has(a);
  if (!others(address)) return;
  // The page's own address for personal data, in a sentence about it that names no vendor.
  const own = texts
    .filter((x) => EMAIL.test(x) && CONTACT_WORDS.test(x) && !namesEntry(x).length && !otherQuestions(x))
    .map((x) => privacyAddress(x))
    .find((a) => a !== undefined && !others(a));
  if (own !== undefined) page.contact = own;
  else if (vendors.has(address) || groups.has(address)) page.contact = undefined;
}

/**
 * Words that give a sentence's address to another company than the publisher: its parent or its group ("Our parent
 * company's DPO can be reached at …", « la société mère … »), or a company the sentence speaks of as "its" ("contact its
 * DPO at …", « son délégué »). The publisher's own officer is "our DPO", « notre délégué ».
 */
const ANOTHER_COMPANY =
  /(?<!\p{L})(?:parent\s+company|parent\s+organi[sz]ation|holding\s+company|group\s+company|soci[ée]t[ée]\s+m[èe]re|maison\s+m[èe]re|soci[ée]t[ée]\s+holding|its\s+(?:own\s+)?(?:dpo|data\s+protection\s+officer|privacy\s+(?:team|officer))|son\s+(?:propre\s+)?(?:dpo|d[ée]l[ée]gu[ée]))(?!\p{L})/iu;

/** The publisher speaking of itself: "contact us", "our DPO", « nous contacter », « notre délégué ». */
const PUBLISHER_SPEAKS = /(?<!\p{L})(?:us|our|we|nous|notre|nos)(?!\p{L})/iu;

const FRONT_DATE_FIELDS = [
  'last_updated',
  'lastUpdated',
  'last_update',
  'updated_at',
  'updatedAt',
  'updated',
  'last_modified',
  'lastModified',
  'modified',
  'lastmod',
  'date',
];

/**
 * A Hugo content file: a Hugo shortcode in its text ("{{< email … >}}", "{{% note %}}") or Hugo's `translationKey`
 * field. Hugo keeps the last change in `lastmod`; its `date` is the date the page was first dated, not an update.
 */
const isHugoPage = (text: string, fields: Record<string, unknown>) => 'translationKey' in fields || /\{\{[<%]\s*\/?[\w-]+/.test(text);

/** The page's date from its front matter: a field naming an update, else `date` (except a Hugo page's). */
function frontMatterDate(text: string, fields: Record<string, unknown> | undefined): string | undefined {
  if (!fields) return undefined;
  const found = FRONT_DATE_FIELDS.find((f) => fields[f] !== undefined && !(f === 'date' && isHugoPage(text, fields)));
  const field = found === undefined ? undefined : fields[found];
  if (field instanceof Date) return field.toISOString().slice(0, 10);
  if (typeof field === 'string') return field;
  // "description: 'Last Modified: September 30, 2022'": a field of another name whose text is a labelled date line.
  for (const value of Object.values(fields)) {
    const said = typeof value === 'string' ? dateLine(value) : undefined;
    if (said !== undefined) return said;
  }
  return undefined;
}

/**
 * A card of a component's markup that names one of the list's vendors by its company, in bold, then its address and
 * its site ("<strong>Vercel Inc.</strong><br/>440 N Barranca Ave, Covina, CA 91723, États-Unis<br/><a
 * href=https://vercel.com>", for the list's "Vercel"): the company, its country and its site are that vendor's.
 * Entries looked up by key, once per card.
 */
function attachCompanyCards(blocks: PageBlock[], entries: ReadEntry[]): void {
  const byKey = new Map<string, ReadEntry>();
  for (const e of entries) if (!byKey.has(vendorKey(e.name ?? e.heading))) byKey.set(vendorKey(e.name ?? e.heading), e);
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.strong?.length) continue;
    for (const bold of b.strong) {
      const company = entityIn(bold.trim());
      if (company === undefined || company !== bold.trim()) continue;
      // The company without its legal form: "Vercel" for "Vercel Inc.".
      const entry = byKey.get(vendorKey(company)) ?? byKey.get(vendorKey(company.replace(/[,\s]+[\p{L}.]+$/u, '')));
      if (!entry || entry.entity !== undefined || entry.facts.some((f) => f.key === 'entityCountry')) continue;
      entry.entity = company;
      // The words after the company, without its links' words ("vercel.com"): its address.
      let after = b.text.slice(b.text.indexOf(bold) + bold.length);
      for (const l of b.links ?? []) after = after.replace(l.text, ' ');
      after = cleanText(after);
      if (addressCountry(after)) entry.facts.push({ label: 'Address', value: after, key: 'entityCountry' });
      const key = vendorKey(entry.name ?? entry.heading);
      const site = b.links?.find(
        (l) => /^https?:\/\/[^/\s]+/i.test(l.href ?? '') && vendorKey(/^https?:\/\/([^/\s]+)/i.exec(l.href!)![1]!).includes(key),
      );
      if (site && !entry.facts.some((f) => f.key === 'website')) entry.facts.push({ label: 'Website', value: site.href!, key: 'website' });
    }
  }
}

/** A string constant a component's source defines on a line of its own: "const LAST_UPDATED = '16 mai 2026';". */
const STRING_CONSTANT = /^[ \t]*(?:export[ \t]+)?const[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*=[ \t]*(['"`])([^'"`\n<>{}$]{1,200})\2;?[ \t]*$/gm;

/**
 * A page a component renders: where its markup shows a string constant ("Dernière mise à jour : {LAST_UPDATED}"),
 * the constant's text, as the browser shows it. Other expressions stay as they are.
 */
function withStringConstants(text: string): string {
  const values = new Map<string, string>();
  for (const m of text.matchAll(STRING_CONSTANT)) if (!values.has(m[1]!)) values.set(m[1]!, m[3]!);
  if (!values.size) return text;
  // As an attribute's value (`updatedAt={UPDATED_AT}`), the constant's text in quotes, as the attribute holds it.
  return text.replace(/(=[ \t]*)?\{[ \t]*([A-Za-z_$][\w$]{0,60})[ \t]*\}/g, (all, eq: string | undefined, name: string) => {
    const value = values.get(name);
    return value === undefined ? all : eq ? `${eq}"${value}"` : value;
  });
}

/**
 * A line that declares a constant named for parties other than the company's providers (`export const CLIENTS = [`,
 * `const TEAM = [`, `TESTIMONIALS`): its records are no vendors. Not one whose name also says they provide a service
 * (`CLIENT_VENDORS`).
 */
function otherPartiesConstant(line: string): boolean {
  const name = /\bconst[ \t]+([A-Za-z_$][\w$]{0,60})/.exec(line)?.[1];
  return name !== undefined && namesOtherParties(name);
}

/** A module's exported constant: "export const VENDORS = [", "export const HOST = {". */
const EXPORTED_CONSTANT = /^[ \t]*export[ \t]+const[ \t]+[A-Za-z_$][\w$]{0,60}[ \t]*(?::[^=\n]{1,80})?=[ \t]*[[{]/m;

/** A tag of markup a page shows (a paragraph, a list, a table, a heading, a container). */
const MARKUP_TAG = /<(?:p|ul|ol|li|table|tr|h[1-6]|dl|dt|div|section|article|main|span|a|strong|br)\b/i;

/**
 * The tables of a source's arrays that name their parties (a name or entity column), each with the heading its
 * category's title gives it right before it (`codeArrayTables`); the other arrays left out.
 */
function namedArrays(blocks: PageBlock[]): PageBlock[] {
  const named = (b: PageBlock | undefined) => b?.kind === 'table' && b.header.some((h) => ['name', 'entity'].includes(columnKey(h) ?? ''));
  return blocks.filter((b, i) => named(b) || (b.kind === 'heading' && named(blocks[i + 1])));
}

export function readPage(text: string, fileName = ''): ReadPage {
  const format = detectPageFormat(text, fileName);
  switch (format) {
    case 'csv':
    case 'tsv': {
      const table = delimitedTable(text, format === 'tsv' ? { delimiter: '\t' } : {});
      if (table.kind === 'table' && !table.header.some((h) => ['name', 'entity'].includes(columnKey(h) ?? '')))
        throw new PageReadError((w) => fill(w.noNameColumn, { format: format.toUpperCase() }), table.line);
      return interpret([table]);
    }
    case 'html': {
      const page = withDictionaryStrings(
        withMappedArrays(withPropTables(withStringConstants(withOneLanguage(withOneTranslation(text, langOfWords), langOfWords)))),
      );
      // A component's source whose list is an array of objects it renders (`{processors.map((p) => <h3>{p.name}</h3>)}`):
      // the array, read as a table, is the list; the markup only shows its fields.
      const arrays = namedArrays(codeArrayTables(text));
      // A module with no markup of its own that exports such an array (`export const VENDORS = [{ name: … }]`): the same.
      if (arrays.length && (/\{\s*[\w$]+(?:\.[\w$]+)+\s*\}/.test(text) || !MARKUP_TAG.test(text))) {
        const listed = interpret(arrays);
        // The markup around the list still speaks for the page: its contact ("Contact : <a href=mailto:…>").
        const blocks = htmlBlocks(page);
        // Its date ("Dernière mise à jour : {MISE_A_JOUR}") and what its sentences say of one listed vendor's training.
        const around = interpret(blocks);
        if (!listed.contact) listed.contact = around.contact;
        // Its notice before a new sub-processor ("<P>We will notify customers … at least 30 days before …</P>").
        if (listed.noticeDays === undefined && around.noticeDays !== undefined) {
          listed.noticeDays = around.noticeDays;
          listed.noticeSentence = around.noticeSentence;
        }
        // `<LegalPageLayout lastUpdated="June 14, 2026">`: the date the markup hands its layout, when no sentence gives one.
        if (!listed.lastUpdated) listed.lastUpdated = around.lastUpdated ?? htmlAttributeDate(page) ?? constantUpdateDate(text);
        attachNamedTraining(blocks, listed.entries);
        attachCompanyCards(blocks, listed.entries);
        // Cards whose labels are unresolved translation keys (`{t('…company')}` then "Nubo Inc."): each an entry, the
        // listed vendor it names shortly merged into it.
        listed.entries = withKeyedCards(keyedCardEntries(blocks), listed.entries);
        return listed;
      }
      // A component's source that hands its page to a renderer as a Markdown string (`const content = \`## 1. …\``,
      // `<LegalPage content={content} />`) and has no markup of its own: the string is the page.
      const strings = codeMarkdownStrings(text);
      if (strings.length && !/<(?:p|ul|ol|table|h[1-6]|dl)\b/i.test(text))
        return interpret(
          strings.flatMap((x) =>
            markdownBlocks(x.text).blocks.map((b) => (b.line !== undefined ? { ...b, line: b.line + x.line - 1 } : b)),
          ),
          htmlAttributeDate(page) ?? constantUpdateDate(text),
        );
      // `<LegalLayout lastUpdate="12 avril 2026">`, `const LAST_UPDATED_ISO = "2026-06-11"`: the date the source holds
      // under a name that says so, when the page's words give none.
      const date = htmlAttributeDate(page) ?? constantUpdateDate(text);
      // A source with no markup of its own (a TypeScript module exporting the policy as data): its held document is
      // the page, before its code read as one run of words.
      if (!MARKUP_TAG.test(text)) {
        const held = codeDocumentBlocks(text);
        const doc = held.length ? interpret(held, date) : undefined;
        if (doc?.entries.length) return doc;
      }
      const shown = htmlBlocks(page);
      const read = interpret(shown, date);
      // « <html lang="fr"> » over the same page in French, then in English: the language it declares.
      const declared = declaredLang(text);
      if (declared && bilingual(shown)) read.lang = declared;
      if (!read.entries.length) {
        // A component that renders a document its source holds as data (`<LegalPage sections={SECTIONS} />`), its
        // markup naming no vendor: the document's headings, paragraphs and definition items are the page.
        const held = codeDocumentBlocks(text);
        const doc = held.length ? interpret(held, date) : undefined;
        if (doc?.entries.length) return doc;
        // A page held as source code whose strings are its text (a data structure, a translation dictionary): when
        // neither its markup nor a held document gives a list, the strings read as the browser shows them.
        const sourceStrings = codeStringBlocks(text);
        const fromStrings = sourceStrings?.length ? interpret(sourceStrings) : undefined;
        if (fromStrings?.entries.length) return fromStrings;
      }
      return read;
    }
    case 'data': {
      const blocks = dataBlocks(text);
      const page = interpret(blocks);
      // A field of the file that names a notice in days ("notice_days: 30", "noticePeriodDays: 30"): the notice.
      for (const b of blocks) {
        if (b.kind !== 'paragraph') continue;
        const m = /^([^:]{1,40}): (\d{1,3})$/.exec(b.text);
        if (page.noticeDays === undefined && m && /\bnotice\b/i.test(m[1]!) && /\bdays?\b/i.test(m[1]!)) {
          page.noticeDays = Number(m[2]);
          page.noticeSentence = b.text;
        }
      }
      // The file's own fields are data, not the page's title or introduction: kept as comments.
      const fields = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      if (page.title !== undefined && fields.includes(page.title)) page.title = undefined;
      page.introduction = page.introduction.filter((p) => !fields.includes(p));
      page.other.push(...fields.filter((f) => !page.other.includes(f) && f !== page.noticeSentence));
      return page;
    }
    case 'markdown': {
      const { blocks, front } = markdownBlocks(text);
      return interpret(blocks, frontMatterDate(text, front?.fields));
    }
    default: {
      // A module of constants with no markup (`export const legalLastUpdated = …`, `export const subprocessorCategories
      // = [{ title, items: [{ name, description }] }]`), kept as text: the array of vendors it exports, read as a
      // table, is the list; its other strings (the sentences its pages render) speak for the page: its contact, date,
      // notice, and what they say of one listed vendor's training.
      if (SOURCE_MODULE.test(text.replace(/^\ufeff/, '').trimStart())) {
        const arrays = namedArrays(codeArrayTables(text));
        if (arrays.some((t) => t.kind === 'table')) {
          const listed = interpret(arrays);
          const strings = codeStringBlocks(text) ?? [];
          const around = interpret(strings);
          if (!listed.contact) listed.contact = around.contact;
          if (!listed.lastUpdated) listed.lastUpdated = around.lastUpdated ?? constantUpdateDate(text);
          if (listed.noticeDays === undefined && around.noticeDays !== undefined) {
            listed.noticeDays = around.noticeDays;
            listed.noticeSentence = around.noticeSentence;
          }
          attachNamedTraining(strings, listed.entries);
          if (listed.entries.length) return listed;
        }
      }
      // A program that builds the page one call per block (`add_heading(doc, "…")`, `add_bullet(doc, "…")`): the blocks
      // its calls build, when they give a list.
      const built = builderCallBlocks(text);
      const read = built.length ? interpret(built) : undefined;
      if (read?.entries.length) return read;
      // A module of constants kept as text (`export const SOUS_TRAITANTS = [{ nom: "…", role: "…" }]`), no markup: its
      // arrays of records that name parties are the list, as a data file's; never its code read as lines of words.
      if (EXPORTED_CONSTANT.test(text) && !MARKUP_TAG.test(text)) {
        const lines = text.split('\n');
        const arrays = codeArrayTables(text).filter(
          (t) =>
            t.kind === 'table' &&
            t.header.some((h) => ['name', 'entity'].includes(columnKey(h) ?? '')) &&
            !otherPartiesConstant(lines[(t.line ?? 0) - 1] ?? ''),
        );
        const listed = arrays.length ? interpret(arrays, constantUpdateDate(text)) : undefined;
        if (listed?.entries.length) return listed;
      }
      // A page held as source code kept as text (a data array's records: `{ id: 9, content: "…\nHébergeur : OVH - …" }`):
      // its strings as the browser shows them, when they give a list.
      // Only records (an object literal first): a program's other strings (a logger's, a getter's) are no page.
      const strings = /^\s*\[?\s*\{\s*[A-Za-z_$][\w$]{0,40}\s*:/.test(text) ? codeStringBlocks(text) : undefined;
      const held = strings?.length ? interpret(strings, constantUpdateDate(text)) : undefined;
      if (held?.entries.length) return held;
      // `const updated = "8 septembre 2026"` in a module held as text: the date its name says is the update's.
      return interpret(textBlocks(text), constantUpdateDate(text));
    }
  }
}
