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
  /(?:(?:provided|powered|hosted|handled|operated|delivered|served|supplied|run)\s+by|(?:fourni|assur[ée]|propos[ée]|g[ée]r[ée]|h[ée]berg[ée]|aliment[ée]|op[ée]r[ée]|r[ée]alis[ée]|effectu[ée])e?s?\s+par|we\s+use|nous\s+utilisons)\s*$/iu;

/** A name as a vendor's is written: it opens with a capital or a digit. */
const NAME_START = /^[\p{Lu}\d]/u;

export interface ProvidedBy {
  /** The vendor's name, the link's words. */
  name: string;
  /** The link's address: the vendor's site. */
  href: string;
  /** The topic the bold lead gives, without its closing stop: the entry's purpose. */
  topic: string;
}

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
  if (!TOPIC.test(topic) || item.lead.href !== undefined) return undefined;
  const rest = item.text.slice(item.lead.text.length);
  for (const link of item.links ?? []) {
    const name = link.text.trim();
    if (!link.href || !/^https?:\/\//i.test(link.href) || !NAME_START.test(name) || name.length > 60) continue;
    const at = rest.indexOf(name);
    if (at < 0) continue;
    if (PROVIDED_BY.test(rest.slice(Math.max(0, at - 40), at))) return { name, href: link.href, topic };
  }
  return undefined;
}
