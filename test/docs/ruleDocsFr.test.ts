/**
 * Every rule has its French page (`docs/rules/fr/<id>.md`, where French diagnostics link), and it tells the
 * same truth as the English one: the same default severity and fix in French words, the rule's French
 * description, and the same YAML examples and policy snippets, in the same order (the English page's test
 * runs them). Its links resolve.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES, ruleDescription } from '../../server/src/engine';
import { REPO_ROOT } from '../support/lspClient';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');
const SEVERITY = { error: 'erreur', warning: 'avertissement', info: 'information' } as const;
const FIX = { safe: 'correction globale', review: 'correction rapide seulement', none: 'aucune' } as const;
const SECTIONS = [
  'Ce que la règle vérifie',
  'Pourquoi c’est important',
  'Se déclenche',
  'Ne se déclenche pas',
  'Correction rapide',
  'Configurer',
];

const yamlBlocks = (md: string) => [...md.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

describe('French rule pages', () => {
  const index = fs.readFileSync(path.join(DOCS, 'fr', 'README.md'), 'utf8');
  for (const rule of RULES) {
    const id = rule.meta.id;
    test(`${id}: French page, header, description, the English examples, links`, () => {
      const file = path.join(DOCS, 'fr', `${id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/fr/${id}.md is missing`);
      const md = fs.readFileSync(file, 'utf8');
      const english = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
      assert.match(md, new RegExp(`^# ${id}$`, 'm'));
      const header = /^Gravité par défaut : \*\*(\w+)\*\* · Catégorie : [^·]+ · Correction : \*\*([^*]+)\*\*$/m.exec(md);
      assert.deepEqual(header?.slice(1, 3), [SEVERITY[rule.meta.defaultSeverity], FIX[rule.meta.fixable ?? 'none']]);
      assert.ok(
        md.includes(
          ruleDescription(rule, 'fr')
            .replace(/\u00a0/g, ' ')
            .replace(/\u202f/g, ' '),
        ),
        'the French description',
      );
      assert.deepEqual(
        [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]),
        SECTIONS,
      );
      assert.deepEqual(yamlBlocks(md), yamlBlocks(english), 'the same YAML blocks as the English page, in order');
      const quickFix = /^## Correction rapide\n\n([\s\S]*?)(?=^## )/m.exec(md)?.[1] ?? '';
      if (rule.meta.fixable) assert.doesNotMatch(quickFix, /^Aucune/);
      else assert.match(quickFix, /^Aucune/);
      for (const [, target] of md.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        assert.ok(fs.existsSync(path.join(DOCS, 'fr', target)), `link ${target} does not resolve`);
      }
      assert.ok(index.includes(`[${id}](${id}.md)`), `docs/rules/fr/README.md does not list ${id}`);
      // Written in French: not the English sentences.
      assert.doesNotMatch(md.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, ''), /\b(the|which|should|does not)\b/);
    });
  }
});
