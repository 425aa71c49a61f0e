import type { Lang } from '../knowledge';
import { phrases } from './catalogs/phrases';

/**
 * A link to a rule's documentation page from a base (a folder URL ending in `/`): the shipped `docs/rules/`
 * (a file URL for the Node server and the CLI, the extension's own URL in a web editor) or the
 * `subprocessors.docsBaseUrl` setting. Each language's pages are in its catalogue's `docsFolder` under the same
 * base (French: `fr/`).
 */
export function ruleDocsLink(ruleId: string, base: string, lang: Lang = 'en'): string {
  return `${base}${phrases(lang).docsFolder}${ruleId}.md`;
}
