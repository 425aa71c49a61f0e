import type { Lang } from '../knowledge';
import { phrases } from './catalogs/phrases';

/**
 * The path of a rule's page in `lang` inside the documentation folder (`docs/rules/`): `<id>.md` in English,
 * `fr/<id>.md` in French (the catalogue's `docsFolder`). The language is chosen here, at the edge; the engine's
 * Node reader (`engine/node`, `docsPageMarkdown`) reads whatever page it is given.
 */
export function ruleDocsPage(ruleId: string, lang: Lang = 'en'): string {
  return `${phrases(lang).docsFolder}${ruleId}.md`;
}

/**
 * A link to a rule's documentation page from a base (a folder URL ending in `/`): the shipped `docs/rules/`
 * (a file URL for the Node server and the CLI, the extension's own URL in a web editor) or the
 * `subprocessors.docsBaseUrl` setting. Each language's pages are in its catalogue's `docsFolder` under the same
 * base (French: `fr/`).
 */
export function ruleDocsLink(ruleId: string, base: string, lang: Lang = 'en'): string {
  return `${base}${ruleDocsPage(ruleId, lang)}`;
}
