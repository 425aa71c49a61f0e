/**
 * Every rule message is in every language, with the same placeholders: a French user never gets an English
 * sentence, and no placeholder goes missing or appears twice over in a translation.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES } from '../rules';
import { placeholdersOf } from '../messages';
import { CATALOGS, DESCRIPTIONS, templateIn } from '.';
import { lintText } from '../lint';

describe('rule message catalogues', () => {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    test(`${lang}: every message of every rule, with the same placeholders`, () => {
      const problems: string[] = [];
      for (const rule of RULES) {
        const own = catalog[rule.meta.id] ?? {};
        for (const [id, english] of Object.entries(rule.meta.messages) as [string, string][]) {
          const translated = own[id];
          if (translated === undefined) problems.push(`${rule.meta.id}.${id}: missing`);
          else if (placeholdersOf(translated).sort().join() !== placeholdersOf(english).sort().join())
            problems.push(`${rule.meta.id}.${id}: placeholders ${placeholdersOf(translated)} ≠ ${placeholdersOf(english)}`);
          else if (translated === english) problems.push(`${rule.meta.id}.${id}: not translated`);
        }
        for (const id of Object.keys(own)) if (!(id in rule.meta.messages)) problems.push(`${rule.meta.id}.${id}: no such message`);
      }
      for (const ruleId of Object.keys(catalog)) if (!RULES.some((r) => r.meta.id === ruleId)) problems.push(`${ruleId}: no such rule`);
      assert.deepEqual(problems, []);
    });
  }

  test('every rule has its description in every language, and no description names a rule that does not exist', () => {
    for (const [lang, descriptions] of Object.entries(DESCRIPTIONS)) {
      const ids = RULES.map((r) => r.meta.id);
      assert.deepEqual(
        ids.filter((id) => !descriptions[id]?.trim()),
        [],
        `${lang}: rules without a description`,
      );
      assert.deepEqual(
        Object.keys(descriptions).filter((id) => !ids.includes(id)),
        [],
        `${lang}: descriptions of no rule`,
      );
    }
  });

  test('French messages get French spacing: a no-break space before a colon, none left plain', () => {
    const t = templateIn('fr', 'weak-admin-mfa', 'weak', 'x');
    assert.match(t, /\u00a0:/);
    assert.doesNotMatch(t, / [:;?!](\s|$)/);
  });

  test('lint in French writes French messages with French data, the same findings and ranges as in English', () => {
    const text = [
      'inventory: { organization: X, contact: dpo@x.eu, lastUpdated: 2024-01-01 }',
      'subprocessors:',
      '  - id: helpdesk',
      '    name: HelpDesk',
      '    purpose: Support',
      '    personalData: { level: yes }',
      '    criticality: critical',
      '    dataLocation: { countries: [IN] }',
      '    certifications: [GDPR compliant]',
      '    administrationAuthentication: { mfa: [sms] }',
      '    dpa: { type: dpa }',
    ].join('\n');
    const en = lintText(text, { today: '2026-11-26' });
    const fr = lintText(text, { today: '2026-11-26', lang: 'fr' });
    assert.deepEqual(
      fr.findings.map((f) => [f.ruleId, f.severity, f.range]),
      en.findings.map((f) => [f.ruleId, f.severity, f.range]),
    );
    const by = (id: string) => fr.findings.find((f) => f.ruleId === id)?.message ?? '';
    assert.match(
      by('weak-admin-mfa'),
      /^Le seul second facteur des administrateurs de `helpdesk` \(criticité critique\) est de type «\u00a0Code à usage unique par SMS\u00a0»/,
    );
    assert.match(by('transfer-safeguard'), /hors de l’EEE \(IN\), mais aucun outil de transfert n’est indiqué/);
    assert.match(by('transfer-safeguard'), /Clauses contractuelles types/);
    assert.match(by('stale-inventory'), /^Le registre a été revu pour la dernière fois le 2024-01-01/);
    assert.match(by('not-a-certification'), /déclaration du prestataire/);
    for (const f of fr.findings) assert.doesNotMatch(f.message, /\b(the|is|with|and)\b/, `${f.ruleId}: ${f.message}`);
  });
});
