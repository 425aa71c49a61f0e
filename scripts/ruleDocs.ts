/**
 * The parts of the rule documentation that are generated from each rule's `meta`, not copied by hand: the rule
 * index tables (`docs/README.md`, `docs/rules/fr/README.md`, between `<!-- begin generated: rules -->` and
 * `<!-- end generated: rules -->`) and each rule page's header line (`Default severity: ... · Category: ... ·
 * Fix: ...`, and `Gravité par défaut : ...` on the French page). Every other word of the pages is left as is:
 * a header line's own note (such as "(a **warning** while the expiry is near)") is kept.
 *
 * `npm run docs:rules` (`rule-docs.ts`) writes them; `test/docs/generated.test.ts` fails when one is stale.
 */
import type { Fixable, RuleCategory, Severity } from '../server/src/engine';
import { ruleDescription } from '../server/src/format';
import type { Lang } from '../server/src/knowledge';

/** What the generated parts read of a rule. */
export interface DocumentedRule {
  readonly meta: {
    readonly id: string;
    readonly defaultSeverity: Severity;
    readonly category: RuleCategory;
    readonly description: string;
    readonly fixable?: Fixable;
  };
}

/** The words of the generated parts, in each language of the docs. */
interface DocWords {
  severity: Record<Severity, string>;
  fix: Record<Fixable | 'none', string>;
  /** A category as a page's header names it. */
  category: Record<RuleCategory, string>;
  /** A category as the index's heading rows name it, in this order. */
  group: Record<RuleCategory, string>;
  columns: readonly [string, string, string, string];
  /** The link from the index to a rule's page. */
  link(id: string): string;
  header(severity: string, note: string, category: string, fix: string): string;
  /** A page's header line; its first group is the line's own note, kept (` (a **warning** while ...)`). */
  headerLine: RegExp;
}

const WORDS: Record<Lang, DocWords> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fix: { safe: 'fix all', review: 'quick fix only', none: 'none' },
    category: {
      syntax: 'syntax',
      schema: 'schema',
      reference: 'reference',
      certification: 'certification',
      selection: 'selection',
      transfer: 'transfer',
      security: 'security',
      hygiene: 'hygiene',
    },
    group: {
      syntax: 'Syntax',
      schema: 'Schema',
      reference: 'References',
      certification: 'Certifications',
      selection: 'Selection criteria',
      transfer: 'Location and transfers',
      security: 'Security',
      hygiene: 'Hygiene and accepted risks',
    },
    columns: ['rule', 'default', 'fix', 'what it checks'],
    link: (id) => `rules/${id}.md`,
    header: (severity, note, category, fix) => `Default severity: **${severity}**${note} · Category: ${category} · Fix: **${fix}**`,
    headerLine: /^Default severity: \*\*[^*]*\*\*(.*?) · Category: [^·\n]*? · Fix: \*\*[^*\n]*\*\*$/m,
  },
  fr: {
    severity: { error: 'erreur', warning: 'avertissement', info: 'information' },
    fix: { safe: 'correction globale', review: 'correction rapide seulement', none: 'aucune' },
    category: {
      syntax: 'syntaxe',
      schema: 'schéma',
      reference: 'référence',
      certification: 'certification',
      selection: 'sélection',
      transfer: 'transfert',
      security: 'sécurité',
      hygiene: 'hygiène',
    },
    group: {
      syntax: 'Syntaxe',
      schema: 'Schéma',
      reference: 'Références',
      certification: 'Certifications',
      selection: 'Critères de sélection',
      transfer: 'Localisation et transferts',
      security: 'Sécurité',
      hygiene: 'Hygiène et risques acceptés',
    },
    columns: ['règle', 'gravité par défaut', 'correction', 'ce qu’elle vérifie'],
    link: (id) => `${id}.md`,
    header: (severity, note, category, fix) =>
      `Gravité par défaut : **${severity}**${note} · Catégorie : ${category} · Correction : **${fix}**`,
    headerLine: /^Gravité par défaut : \*\*[^*]*\*\*(.*?) · Catégorie : [^·\n]*? · Correction : \*\*[^*\n]*\*\*$/m,
  },
};

/** Where each language's pages are, from the repository's root. */
const PAGES: Record<Lang, { index: string; page(id: string): string }> = {
  en: { index: 'docs/README.md', page: (id) => `docs/rules/${id}.md` },
  fr: { index: 'docs/rules/fr/README.md', page: (id) => `docs/rules/fr/${id}.md` },
};

export const COMMAND = 'npm run docs:rules';
const BEGIN = '<!-- begin generated: rules -->';
const END = '<!-- end generated: rules -->';

/** A rule's description in the index: one line, plain spaces (the French no-break spaces are the renderer's). */
type Describe = (rule: DocumentedRule, lang: Lang) => string;
export const describeRule: Describe = (rule, lang) => ruleDescription(rule, lang).replace(/[\u00a0\u202f]/g, ' ');

/** The index table of `rules` in `lang`: grouped by category (in `WORDS.group`'s order), in the rule list's order within one. */
export function indexTable(rules: readonly DocumentedRule[], lang: Lang, describe: Describe = describeRule): string {
  const w = WORDS[lang];
  const lines = [`| ${w.columns.join(' | ')} |`, '|---|---|---|---|'];
  for (const category of Object.keys(w.group) as RuleCategory[]) {
    const group = rules.filter((r) => r.meta.category === category);
    if (group.length === 0) continue;
    lines.push(`| **${w.group[category]}** | | | |`);
    for (const rule of group) {
      const { id, defaultSeverity, fixable } = rule.meta;
      const description = describe(rule, lang).replace(/\|/g, '\\|');
      lines.push(`| [${id}](${w.link(id)}) | ${w.severity[defaultSeverity]} | ${w.fix[fixable ?? 'none']} | ${description} |`);
    }
  }
  return lines.join('\n');
}

/** `text` with its generated region replaced by `content`. Throws when the region's markers are not there once each. */
export function withRegion(text: string, content: string, file: string): string {
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin || text.indexOf(BEGIN, begin + 1) >= 0 || text.indexOf(END, end + 1) >= 0)
    throw new Error(`${file}: the rule index must sit between one "${BEGIN}" line and one "${END}" line`);
  return `${text.slice(0, begin)}${BEGIN}\n${content}\n${text.slice(end)}`;
}

/**
 * A rule page with its header line written from `meta`, its own note kept. A page without one gets it under its
 * title (`# <id>`), as the first paragraph. Throws when the page has no such title.
 */
export function withHeader(text: string, rule: DocumentedRule, lang: Lang, file: string): string {
  const w = WORDS[lang];
  const { meta } = rule;
  const line = (note: string) => w.header(w.severity[meta.defaultSeverity], note, w.category[meta.category], w.fix[meta.fixable ?? 'none']);
  const found = w.headerLine.exec(text);
  if (found) return text.slice(0, found.index) + line(found[1]) + text.slice(found.index + found[0].length);
  const title = new RegExp(`^# ${meta.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`, 'm').exec(text);
  if (!title) throw new Error(`${file}: the page must start with the title "# ${meta.id}"`);
  const at = title.index + title[0].length;
  return `${text.slice(0, at)}\n${line('')}\n${text.slice(at)}`;
}

/**
 * Every file with generated parts, as it should be: repository-relative path → text. `read` gives a file's current
 * text (undefined: it does not exist, which throws: a rule's pages are written by hand first).
 */
export function generatedDocs(
  rules: readonly DocumentedRule[],
  read: (file: string) => string | undefined,
  describe: Describe = describeRule,
): Map<string, string> {
  const out = new Map<string, string>();
  const current = (file: string) => {
    const text = read(file);
    if (text === undefined) throw new Error(`${file} is missing: write it (server/README.md, "Add a rule"), then run ${COMMAND}`);
    return text;
  };
  for (const lang of ['en', 'fr'] as const) {
    const { index, page } = PAGES[lang];
    out.set(index, withRegion(current(index), indexTable(rules, lang, describe), index));
    for (const rule of rules) out.set(page(rule.meta.id), withHeader(current(page(rule.meta.id)), rule, lang, page(rule.meta.id)));
  }
  return out;
}

/** The generated files whose text on disk is not what `generatedDocs` writes. */
export function staleDocs(expected: ReadonlyMap<string, string>, read: (file: string) => string | undefined): string[] {
  return [...expected].filter(([file, text]) => read(file) !== text).map(([file]) => file);
}
