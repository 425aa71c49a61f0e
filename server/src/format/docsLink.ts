import type { Lang } from '../knowledge';

/**
 * A link to a rule's documentation page from a base (a folder URL ending in `/`): the shipped `docs/rules/`
 * (a file URL for the Node server and the CLI, the extension's own URL in a web editor) or the
 * `subprocessors.docsBaseUrl` setting. French pages are in `fr/` under the same base.
 */
export function ruleDocsLink(ruleId: string, base: string, lang: Lang = 'en'): string {
  return lang === 'fr' ? `${base}fr/${ruleId}.md` : `${base}${ruleId}.md`;
}
