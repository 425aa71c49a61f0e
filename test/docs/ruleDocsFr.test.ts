/**
 * Every rule has its French page (`docs/rules/fr/<id>.md`, where French diagnostics link), and it tells the
 * same truth as the English one: the rule's French description, and the same YAML examples and policy snippets,
 * in the same order (the English page's test runs them). Its links resolve. (Its header line and its row in
 * `docs/rules/fr/README.md` are generated from `meta`: `generated.test.ts`.)
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/engine';
import { ruleDescription } from '../../server/src/format';
import { REPO_ROOT } from '../support/lspClient';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');
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
  for (const rule of RULES) {
    const id = rule.meta.id;
    test(`${id}: French page, description, the English examples, links`, () => {
      const file = path.join(DOCS, 'fr', `${id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/fr/${id}.md is missing`);
      const md = fs.readFileSync(file, 'utf8');
      const english = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
      assert.match(md, new RegExp(`^# ${id}$`, 'm'));
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
      // Written in French: not the English sentences.
      assert.doesNotMatch(md.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, ''), /\b(the|which|should|does not)\b/);
    });
  }
});
