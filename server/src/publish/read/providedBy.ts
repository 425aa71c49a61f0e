/**
 * A list item led by a topic in bold, not a name ("**Search usage data.** Our search is provided by
 * [Acme Search](https://…)", « **Données de mesure d'audience.** Nos sites sont fournis par [Mesura](https://…) »):
 * the vendor is the linked name the item's words say provides the service, the topic the entry's purpose. Pure.
 */
import type { Lead } from './blocks';

/** A lead in common nouns: a capital for its first word only, two words at least ("Les données relatives aux visiteurs"). */
const TOPIC = /^\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}'’-]+)+$/u;

/**
 * The words right before a linked name that say it provides the service: a verb's participle and "by" / « par »
 * ("provided by", "powered by", « assurée par », « fournies par », « hébergé par »), or "we use" / « nous utilisons ».
 */
const PROVIDED_BY =
  /(?:(?:provided|powered|hosted|handled|operated|delivered|served|supplied|run|sent|managed|processed)\s+by|(?:fourni|assur[ée]|propos[ée]|g[ée]r[ée]|h[ée]berg[ée]|aliment[ée]|op[ée]r[ée]|r[ée]alis[ée]|effectu[ée])e?s?\s+par|we\s+use|nous\s+utilisons)\s*$/iu;

/** A name as a vendor's is written: it opens with a capital or a digit. */
const NAME_START = /^[\p{Lu}\d]/u;

/**
 * Words that say the vendor provided it once or will: "used to be", "until 2024", "formerly", "will", "soon", "planned",
 * « étaient », « autrefois », « jusqu'en », « prochainement », « sera ». Such a vendor is no current sub-processor.
 */
const NOT_CURRENT =
  /(?<!\p{L})(?:used to|formerly|previously|until \d{4}|no longer|will|soon|planned|plan to|autrefois|anciennement|auparavant|jusqu['’]en \d{4}|prochainement|bientôt|sera|seront|serait|était|étaient|n['’]est plus|ne sont plus|ne plus)(?!\p{L})/iu;

export interface ProvidedBy {
  /** The vendor's name, the link's words. */
  name: string;
  /** The link's address: the vendor's site (none when the item names the vendor without a link). */
  href?: string;
  /** The topic the bold lead gives, without its closing stop: the entry's purpose. */
  topic: string;
  /** The words in brackets right after the link ("[Mesura](…) (EU)"): what the item says of the vendor's place. */
  brackets?: string;
  /** Whether the item's words say the vendor provided it once or will ("used to be provided by"): no current vendor. */
  notCurrent: boolean;
  /**
   * Whether the words deny that the name provides it ("Payments are not processed by Stripe", « ne sont pas hébergées
   * par Nimbo ») or say it is a company's people ("provided by Velora SAS staff"): the item names no vendor at all.
   */
  noVendor?: boolean;
}

/**
 * A denial in the sentence before the name: "not", "never", "isn't", "nor", « ne », « n'… », « jamais », « ni »: "Payments
 * are not processed by …", « Les paiements ne sont pas gérés par … ».
 */
const DENIED = /(?<!\p{L})(?:[Nn]ot|NOT|[Nn]ever|[Nn]or|ne|ni|n['’]|[Jj]amais)(?!\p{L})|\p{L}n['’]t(?!\p{L})/u;

/** The words after a name that make it a company's people, not a vendor: "Velora SAS staff", "Acme's team", « équipes ». */
const PEOPLE_AFTER =
  /^(?:['’]s\s+)?(?:own\s+)?(?:staff|team|teams|employees|personnel|people|workforce|équipes?|salariés|employés|collaborateurs|agents)(?!\p{L})/iu;

/** The text's last sentence (after its last stop followed by a space, or a semicolon): where a denial of a name counts. */
const lastSentence = (text: string) =>
  text.slice(Math.max(text.lastIndexOf('. '), text.lastIndexOf('; '), text.lastIndexOf('! '), text.lastIndexOf('? ')) + 1);

/** Whether the words around a name say the item names no vendor: a denial before it, or the company's people after it. */
const namesNoVendor = (before: string, after: string) => DENIED.test(lastSentence(before)) || PEOPLE_AFTER.test(after.trimStart());

/**
 * The vendor an item led by a topic names as providing it: the first link (to a web address) whose words are a name
 * and follow "provided by", « assurée par »... in the item's first sentences. None when the lead is a name (a capital
 * on a later word: "Acme Search"), or no such link: "**Paiements.** Gérés par nos soins" names no vendor.
 */
export function providedBy(item: { text: string; lead: Lead; links?: { text: string; href?: string }[] }): ProvidedBy | undefined {
  const topic = item.lead.text
    .trim()
    .replace(/[.:]+$/, '')
    .trim();
  // "**Search.**": a topic of one word, as a name may be written too; a topic only when the vendor its words say
  // provides it is another name (`unlinked` below), never the lead's own word.
  const oneWord = ONE_WORD.test(topic);
  if ((!TOPIC.test(topic) && !oneWord) || item.lead.href !== undefined) return undefined;
  const rest = item.text.slice(item.lead.text.length);
  for (const link of item.links ?? []) {
    const name = link.text.trim();
    if (!link.href || !/^https?:\/\//i.test(link.href) || !NAME_START.test(name) || name.length > 60) continue;
    const at = rest.indexOf(name);
    if (at < 0) continue;
    if (PROVIDED_BY.test(rest.slice(Math.max(0, at - 40), at))) {
      const after = rest.slice(at + name.length).trimStart();
      const close = after.startsWith('(') ? after.indexOf(')') : -1;
      const brackets = close > 0 ? after.slice(1, close).trim() : undefined;
      if (oneWord && sameWord(name, topic)) return undefined;
      const noVendor = namesNoVendor(rest.slice(0, at), after);
      return {
        name,
        href: link.href,
        topic,
        ...(brackets ? { brackets } : {}),
        notCurrent: NOT_CURRENT.test(rest),
        ...(noVendor ? { noVendor } : {}),
      };
    }
  }
  return unlinked(rest, topic, oneWord);
}

/** A lead of one word in common letters after its capital: "Search", "Hébergement". */
const ONE_WORD = /^\p{Lu}[\p{Ll}'’-]{2,30}$/u;
const sameWord = (name: string, word: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .includes(word.toLowerCase());

/** "provided by", « assurée par », "we use": the words that say the name after them provides the service. */
const PROVIDED_BY_AT = new RegExp(PROVIDED_BY.source.replace(/\\s\*\$$/, '\\s+'), 'iu');

/**
 * The name written right after "provided by" in the item's first sentence, with no link: its words that open with a
 * capital or a digit, up to four ("Findly Inc.", « Textello SAS »): "Our search is provided by Findly Inc. in the United
 * States". None when the next word is in common letters ("provided by our own team").
 */
const UNLINKED_NAME = /^[\p{Lu}\d][\p{L}\d&'’-]{0,40}\.?(?: [\p{Lu}\d][\p{L}\d&'’-]{0,40}\.?){0,3}/u;

function unlinked(rest: string, topic: string, oneWord: boolean): ProvidedBy | undefined {
  const sentence = rest.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  const at = PROVIDED_BY_AT.exec(sentence);
  if (!at) return undefined;
  // "Findly Inc.": the stop of an abbreviation is the name's; the sentence's ("Nimbo Ltd.") is not.
  const from = sentence.slice(at.index + at[0].length);
  const words = UNLINKED_NAME.exec(from)?.[0].trim();
  const name = words && !/\b(?:Inc|Co|Corp)\.$/.test(words) ? words.replace(/\.$/, '') : words;
  if (!name || (oneWord && sameWord(name, topic))) return undefined;
  const noVendor = namesNoVendor(sentence.slice(0, at.index), from.slice(from.indexOf(name) + name.length));
  return { name, topic, notCurrent: NOT_CURRENT.test(rest), ...(noVendor ? { noVendor } : {}) };
}
