/** Where each rule's documentation page lives: `docs/rules/<id>.md`, shipped beside the bundles (Node only). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../knowledge';

let docsDir: string | undefined;

/** The `docs/rules` folder: next to `dist/` in the package, or at the repository root when run from sources. */
function findDocsDir(): string {
  if (docsDir) return docsDir;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return (docsDir = candidate);
    dir = path.dirname(dir);
  }
  return (docsDir = path.resolve(__dirname, '..', 'docs', 'rules'));
}

/** The shipped `docs/rules/` folder as a file URL ending in `/`. */
export function shippedDocsBase(): string {
  return pathToFileURL(findDocsDir() + path.sep).href;
}

/** A link to the rule's page; `baseUrl` (ending in `/`) overrides the shipped copy, e.g. a repository URL. */
export function ruleDocsUrl(ruleId: string, baseUrl?: string, lang: Lang = 'en'): string {
  // The same link as `format/docsLink.ts` writes (this Node-only reader does not import the formatter).
  return `${baseUrl ?? shippedDocsBase()}${lang === 'en' ? '' : `${lang}/`}${ruleId}.md`;
}

/**
 * The rule's page as Markdown, with its relative links (`[x](other-rule.md)`) made absolute against `baseUrl`
 * (or the shipped copy), so the text can be shown away from the docs folder (SARIF `help.markdown`).
 * Undefined when the page cannot be read.
 */
export function ruleDocsMarkdown(ruleId: string, baseUrl?: string, lang: Lang = 'en'): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(findDocsDir(), ...(lang === 'en' ? [] : [lang]), `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
  const page = ruleDocsUrl(ruleId, baseUrl, lang);
  return text.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    try {
      return `](${new URL(target, page).href})`;
    } catch {
      return whole;
    }
  });
}
