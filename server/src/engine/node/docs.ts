/**
 * The shipped documentation folder, `docs/rules/`, beside the bundles (Node only). It reads a page by its path
 * inside that folder and knows no language: which page shows a rule in which language (`fr/<id>.md`) is the
 * edge's choice (`format/docsLink.ts`, `ruleDocsPage`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * The page at `page` (a path inside `docs/rules/`, `/`-separated, such as `fr/missing-field.md`) as Markdown, with
 * its relative links (`[x](other-rule.md)`) made absolute against `baseUrl` (ending in `/`, e.g. a repository URL)
 * or the shipped copy, so the text can be shown away from the docs folder (SARIF `help.markdown`). Undefined when
 * the page cannot be read.
 */
export function docsPageMarkdown(page: string, baseUrl?: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(findDocsDir(), ...page.split('/')), 'utf8');
  } catch {
    return undefined;
  }
  const url = `${baseUrl ?? shippedDocsBase()}${page}`;
  return text.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    try {
      return `](${new URL(target, url).href})`;
    } catch {
      return whole;
    }
  });
}
