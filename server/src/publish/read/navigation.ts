/**
 * A site's menu of its own documents, kept in a page's markup beside the list it publishes: a list whose items are
 * each only a link to an address of the same site ("terms-of-service", "/privacy", "#dpa"), most of them naming a
 * document ("Terms of Service", "Privacy Policy", "Mentions légales", "Politique de cookies"). Such items are the
 * page's navigation, no vendors: the readers skip them.
 */
import type { Lead } from './blocks';

/** The words that name a site's documents, in English and French. */
const DOCUMENT_WORDS =
  /(?<!\p{L})(?:terms|conditions|polic(?:y|ies)|notice|agreement|addendum|guidelines|imprint|disclaimer|legal|cookies?|mentions\s+légales|politique|conditions\s+générales|cgu|cgv|charte|accord)(?!\p{L})/iu;

/** An address of the page's own site: no scheme ("https:", "mailto:") and no host of its own ("//cdn…"). */
const ownAddress = (href: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href.trim());

/** One item of a list: its words and the links in them. */
export interface ListItem {
  text: string;
  links: readonly Lead[];
}

/**
 * Whether a list is a menu of the site's documents: three items at least, each only one link (its words are the
 * link's) to an address of the same site, and more than half of them naming a document. A list of vendors linked to
 * their own sites ("https://stripe.com") is no menu, nor is a list whose items say more than their link.
 */
export function isDocumentMenu(items: readonly ListItem[]): boolean {
  if (items.length < 3) return false;
  const onlyOwnLink = (i: ListItem) => i.links.length === 1 && i.links[0]!.text === i.text && ownAddress(i.links[0]!.href ?? 'x:');
  if (!items.every(onlyOwnLink)) return false;
  return items.filter((i) => DOCUMENT_WORDS.test(i.text)).length * 2 > items.length;
}
