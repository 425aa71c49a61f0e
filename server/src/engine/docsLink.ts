/**
 * A link to a rule's documentation page from a base (a folder URL ending in `/`): the shipped `docs/rules/`
 * (a file URL for the Node server and the CLI, the extension's own URL in a web editor) or the
 * `subprocessors.docsBaseUrl` setting.
 */
export function ruleDocsLink(ruleId: string, base: string): string {
  return `${base}${ruleId}.md`;
}
