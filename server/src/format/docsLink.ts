import type { Lang } from '../knowledge';

/**
 * The path of a rule's page in `lang` inside the documentation folder (`docs/rules/`): `<id>.md` in English,
 * `fr/<id>.md` in French. The language is chosen here, at the edge; the engine's Node reader
 * (`engine/node`, `docsPageMarkdown`) reads whatever page it is given.
 */
export function ruleDocsPage(ruleId: string, lang: Lang = 'en'): string {
  return lang === 'fr' ? `fr/${ruleId}.md` : `${ruleId}.md`;
}

/**
 * A link to a rule's documentation page from a base (a folder URL ending in `/`): the shipped `docs/rules/`
 * (a file URL for the Node server and the CLI, the extension's own URL in a web editor) or the
 * `subprocessors.docsBaseUrl` setting. French pages are in `fr/` under the same base.
 */
export function ruleDocsLink(ruleId: string, base: string, lang: Lang = 'en'): string {
  return `${base}${ruleDocsPage(ruleId, lang)}`;
}
