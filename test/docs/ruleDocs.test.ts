/**
 * Every rule has its page, with the sections of every page, and the page tells the truth: its "Quick fix"
 * section says what `meta.fixable` says, its "Fires" examples make the rule fire, its "Does not fire" examples
 * are clean of it, and its "Configure" snippets are valid policies naming real rules. (Its header line and its
 * row in `docs/README.md` are generated from `meta`: `generated.test.ts`.)
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { lintText, resolvePolicy, RULES, tierStatus, validatePolicyValue } from '../../server/src/engine';
import { REPO_ROOT } from '../support/lspClient';
import { assessmentSentence, formatFinding } from '../../server/src/format';

const TODAY = '2026-11-26';
const DOCS = path.join(REPO_ROOT, 'docs', 'rules');
const known = new Set(RULES.map((r) => r.meta.id));
const SECTIONS = ['What it checks', 'Why it matters', 'Fires', 'Does not fire', 'Quick fix', 'Configure'];

interface Block {
  section: string;
  code: string;
}

function yamlBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  const re = /^## (.+)$|^```yaml\n([\s\S]*?)^```$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(md))) {
    if (m[1]) section = m[1].trim();
    else blocks.push({ section, code: m[2] });
  }
  return blocks;
}

describe('rule documentation', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    test(`${id}: page, quick fix and examples`, () => {
      const file = path.join(DOCS, `${id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${id}.md is missing`);
      const md = fs.readFileSync(file, 'utf8');
      assert.match(md, new RegExp(`^# ${id}$`, 'm'));
      assert.deepEqual(
        [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]),
        SECTIONS,
        'the sections of every page, in this order',
      );
      // The "Quick fix" section agrees with `meta.fixable`.
      const quickFix = /^## Quick fix\n\n([\s\S]*?)(?=^## )/m.exec(md)?.[1] ?? '';
      assert.ok(quickFix, 'the page has no "Quick fix" section');
      if (!rule.meta.fixable) assert.match(quickFix, /^None/, 'the rule has no fix: its "Quick fix" section must say None');
      else {
        assert.doesNotMatch(quickFix, /^None/, 'the rule has fixes: its "Quick fix" section must say what they do');
        if (rule.meta.fixable === 'safe')
          assert.match(quickFix, /\*\*fix all\*\*\s+applies/, 'a rule with safe fixes says which ones fix all applies');
        else
          assert.match(quickFix, /never applied\s+by\s+fix\s+all/, 'a rule whose fixes all need review says fix all does not apply them');
      }
      const blocks = yamlBlocks(md);
      const fires = blocks.filter((b) => b.section === 'Fires');
      const clean = blocks.filter((b) => b.section === 'Does not fire');
      for (const b of fires) {
        const policy = /^# policy: (.*)$/m.exec(b.code);
        const found = lintText(b.code, { today: TODAY, policy: policy ? resolvePolicy(JSON.parse(policy[1])) : undefined }).findings;
        if (id === 'policy-invalid') continue; // needs a policy file on disk; covered by the policy tests
        assert.ok(
          found.some((f) => f.ruleId === id),
          `a "Fires" example does not fire ${id}:\n${b.code}`,
        );
      }
      for (const b of clean) {
        const policy = /^# policy: (.*)$/m.exec(b.code);
        const found = lintText(b.code, { today: TODAY, policy: policy ? resolvePolicy(JSON.parse(policy[1])) : undefined }).findings;
        assert.deepEqual(
          found.filter((f) => f.ruleId === id).map((f) => formatFinding(f, 'en')),
          [],
          `a "Does not fire" example fires ${id}`,
        );
      }
      for (const b of blocks.filter((x) => x.section === 'Configure')) {
        const value = parse(b.code);
        assert.deepEqual(
          validatePolicyValue(undefined, value).map((i) => `${i.messageId} ${JSON.stringify(i.data)}`),
          [],
          `invalid policy snippet:\n${b.code}`,
        );
        const unknown = Object.keys(value?.rules ?? {}).filter((r) => !known.has(r));
        assert.deepEqual(unknown, [], 'the snippet names rules that do not exist');
      }
    });
  }
});

// A tier not known is no "fits no tier": the page says so in both languages, and its example shows it (the hover's
// sentence quoted on the page is the one the engine writes).
test('selection-tier: the page says what happens when a deciding fact is not known, in English and French', () => {
  const en = fs.readFileSync(path.join(DOCS, 'selection-tier.md'), 'utf8');
  const fr = fs.readFileSync(path.join(DOCS, 'fr', 'selection-tier.md'), 'utf8');
  const open = yamlBlocks(en).filter((b) => b.section === 'Does not fire' && /: unknown$/m.test(b.code));
  assert.equal(open.length, 1, 'a "Does not fire" example with a deciding fact not known');
  const result = lintText(open[0]!.code, { today: TODAY });
  const a = result.assess(result.model.entries[0]!);
  assert.equal(tierStatus(a), 'unknown');
  const quoted = (lang: 'en' | 'fr') =>
    assessmentSentence(a, lang)
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\.$/, '');
  const flat = (md: string) => md.replace(/\s+/g, ' ');
  assert.ok(flat(en).includes(quoted('en')), quoted('en'));
  assert.ok(flat(fr).includes(quoted('fr')), quoted('fr'));
  assert.match(flat(en), /its tier is not known, which is not the same as fitting no tier/);
  assert.match(flat(fr), /son niveau est indéterminé, ce qui ne revient pas à dire qu’elle n’entre dans aucun niveau/);
});
