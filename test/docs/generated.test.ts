/**
 * The generated parts of the rule docs (the index tables, English and French, and each page's header line) are
 * what `npm run docs:rules` writes from the rules' `meta` (`scripts/ruleDocs.ts`): a stale one fails here and says
 * the command. The generator, run on a throwaway rule as `server/README.md`'s "Add a rule" writes one, fills in
 * its rows and headers, keeps every other word, and changes nothing when run again.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/engine';
import { COMMAND, describeRule, generatedDocs, staleDocs, type DocumentedRule } from '../../scripts/ruleDocs';
import type { Lang } from '../../server/src/knowledge';
import { REPO_ROOT } from '../support/lspClient';

const fromDisk = (file: string) => {
  const full = path.join(REPO_ROOT, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
};

describe('generated rule docs', () => {
  test('the index tables and every page header agree with the rules’ meta', () => {
    const expected = generatedDocs(RULES, fromDisk);
    assert.equal(expected.size, 2 + 2 * RULES.length, 'both indexes and both pages of every rule');
    const stale = staleDocs(expected, fromDisk);
    assert.deepEqual(stale, [], `generated from the rules' meta, and stale: run ${COMMAND} (and commit what it writes)`);
  });

  test('a new rule: its rows in both indexes, its header lines written, every other word kept, idempotent', () => {
    const throwaway: DocumentedRule = {
      meta: {
        id: 'throwaway-rule',
        defaultSeverity: 'warning',
        category: 'security',
        description: 'A rule of this test only.',
        fixable: 'review',
      },
    };
    const files = new Map<string, string>([
      ['docs/README.md', fromDisk('docs/README.md')!],
      ['docs/rules/fr/README.md', fromDisk('docs/rules/fr/README.md')!],
      // The English page as the recipe has it written: no header line yet.
      ['docs/rules/throwaway-rule.md', '# throwaway-rule\n\nA rule of this test only.\n\n## What it checks\n'],
      // The French page with a stale header line and a note of its own.
      [
        'docs/rules/fr/throwaway-rule.md',
        '# throwaway-rule\n\nGravité par défaut : **erreur** (sauf exception) · Catégorie : hygiène · Correction : **aucune**\n\nUne règle de ce test seulement.\n',
      ],
    ]);
    // Its French description, as `catalogs/fr.ts` would have it.
    const describe = (rule: DocumentedRule, lang: Lang) =>
      rule === throwaway && lang === 'fr' ? 'Une règle de ce test seulement.' : describeRule(rule, lang);
    const rules = [...RULES, throwaway];
    const out = generatedDocs(rules, (f) => files.get(f) ?? fromDisk(f), describe);
    assert.match(
      out.get('docs/README.md')!,
      /^\| \[throwaway-rule\]\(rules\/throwaway-rule\.md\) \| warning \| quick fix only \| A rule of this test only\. \|$/m,
    );
    assert.match(
      out.get('docs/rules/fr/README.md')!,
      /^\| \[throwaway-rule\]\(throwaway-rule\.md\) \| avertissement \| correction rapide seulement \| Une règle de ce test seulement\. \|$/m,
    );
    assert.equal(
      out.get('docs/rules/throwaway-rule.md'),
      '# throwaway-rule\n\nDefault severity: **warning** · Category: security · Fix: **quick fix only**\n\nA rule of this test only.\n\n## What it checks\n',
    );
    assert.equal(
      out.get('docs/rules/fr/throwaway-rule.md'),
      '# throwaway-rule\n\nGravité par défaut : **avertissement** (sauf exception) · Catégorie : sécurité · Correction : **correction rapide seulement**\n\nUne règle de ce test seulement.\n',
    );
    // Outside the generated region, the index is untouched: the same text once the region is taken out.
    const outside = (text: string) => text.replace(/<!-- begin generated: rules -->[\s\S]*<!-- end generated: rules -->/, '');
    assert.equal(outside(out.get('docs/README.md')!), outside(files.get('docs/README.md')!));
    // Run again on its own output: nothing changes.
    const again = generatedDocs(rules, (f) => out.get(f) ?? fromDisk(f), describe);
    assert.deepEqual(
      staleDocs(again, (f) => out.get(f)),
      [],
    );
    // A rule without its page: the command names the file and the recipe.
    files.delete('docs/rules/fr/throwaway-rule.md');
    assert.throws(
      () => generatedDocs(rules, (f) => files.get(f) ?? fromDisk(f)),
      /docs\/rules\/fr\/throwaway-rule\.md is missing: write it \(server\/README\.md, "Add a rule"\)/,
    );
  });
});
