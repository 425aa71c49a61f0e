/**
 * Every rule message is in every language, with the same placeholders: a French user never gets an English
 * sentence, and no placeholder goes missing or appears twice over in a translation. That a catalogue has every
 * message, fix title and description of every rule and nothing else is `tsc`'s job (`Catalog`, `types.ts`): the
 * throwaway rule below shows it; the placeholders are checked here, at run time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES } from '../../engine';
import { choosePlurals, formatMessage, placeholdersOf } from '../../engine';
import { defineRule } from '../../engine';
import { CATALOGS, DESCRIPTIONS, templateIn } from '.';
import type { Catalog, DescriptionCatalog, RuleCatalog } from './types';
import { lintText, type Finding } from '../../engine';
import { entryName, formatFinding } from '..';
import { EN } from './en';
import { FR_PHRASES } from './fr';
import { PHRASES, plural } from './phrases';
import type { Phrases } from './types';

/** What is wrong with `catalog` against the rules' English messages: placeholders that differ, untranslated text. */
function placeholderProblems(rules: readonly { meta: { id: string; messages: object } }[], catalog: RuleCatalog): string[] {
  const problems: string[] = [];
  for (const rule of rules)
    for (const [id, english] of Object.entries(rule.meta.messages) as [string, string][]) {
      const translated = catalog[rule.meta.id]?.[id];
      if (translated === undefined) continue; // `tsc` fails on it (`Catalog`)
      if (placeholdersOf(translated).sort().join() !== placeholdersOf(english).sort().join())
        problems.push(`${rule.meta.id}.${id}: placeholders ${placeholdersOf(translated)} ≠ ${placeholdersOf(english)}`);
      else if (translated === english) problems.push(`${rule.meta.id}.${id}: not translated`);
    }
  return problems;
}

/** A rule of this test only, as `server/README.md`'s recipe writes one: its catalogue entries are typed from it. */
const throwaway = defineRule<{ field: string }>()({
  meta: {
    id: 'throwaway-rule',
    defaultSeverity: 'warning',
    category: 'hygiene',
    description: 'A rule of this test only.',
    fixable: 'review',
    messages: { found: '`{{field}}` is there.', fixRemove: 'Remove `{{field}}`' },
  },
  checkEntry() {},
});
type Throwaway = readonly [typeof throwaway];

describe('rule message catalogues', () => {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    test(`${lang}: every message of every rule has the same placeholders as the English one, and is translated`, () => {
      assert.deepEqual(placeholderProblems(RULES, catalog), []);
    });
  }

  test('a new rule: `tsc` requires its messages, fix titles and description in each catalogue; the placeholders are checked here', () => {
    const fr = { 'throwaway-rule': { found: '`{{field}}` est là.', fixRemove: 'Retirer `{{field}}`' } } satisfies Catalog<Throwaway>;
    // @ts-expect-error the fix title is missing: `npm run typecheck` fails (and fails on this line if it compiles)
    const noFixTitle: Catalog<Throwaway> = { 'throwaway-rule': { found: '`{{field}}` est là.' } };
    // @ts-expect-error a message the rule does not have
    const extra: Catalog<Throwaway> = { 'throwaway-rule': { ...fr['throwaway-rule'], fixRemov: 'Retirer' } };
    // @ts-expect-error the rule's description is missing
    const noDescription: DescriptionCatalog<Throwaway> = {};
    const descriptions: DescriptionCatalog<Throwaway> = { 'throwaway-rule': 'Une règle de ce test seulement.' };
    assert.deepEqual(
      [noFixTitle, extra, noDescription].map((c) => Object.keys(c).length),
      [1, 1, 0],
    );
    assert.ok(descriptions['throwaway-rule']);
    assert.deepEqual(placeholderProblems([throwaway], fr), []);
    assert.deepEqual(
      placeholderProblems([throwaway], { 'throwaway-rule': { found: '`{{champ}}` est là.', fixRemove: 'Remove `{{field}}`' } }),
      ['throwaway-rule.found: placeholders champ ≠ field', 'throwaway-rule.fixRemove: not translated'],
    );
  });

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
    // One lint, shown in French.
    const result = lintText(text, { today: '2026-11-26' });
    const fr = (f: Finding) => formatFinding(f, 'fr');
    const by = (id: string) => {
      const f = result.findings.find((x) => x.ruleId === id);
      return f ? fr(f) : '';
    };
    assert.match(
      by('weak-admin-mfa'),
      /^Le seul second facteur des administrateurs de `helpdesk` \(sous-traitant critique\) est de type «\u00a0Code à usage unique par SMS\u00a0»/,
    );
    assert.match(by('transfer-safeguard'), /hors de l’EEE \(Inde\), mais aucun outil de transfert n’est indiqué/);
    assert.match(by('transfer-safeguard'), /Clauses contractuelles types/);
    assert.match(by('stale-inventory'), /^Le registre a été revu pour la dernière fois le 1er janvier 2024/);
    assert.match(by('not-a-certification'), /déclaration du prestataire/);
    for (const f of result.findings) assert.doesNotMatch(fr(f), /\b(the|is|with|and)\b/, `${f.ruleId}: ${fr(f)}`);
  });

  test('the phrases: `tsc` requires each English phrase in French, a plural as its two forms, nothing extra', () => {
    const en = { fixAll: 'Fix all ({{applied}})', size: { kb: '{{n}} KB' }, countries: { one: '{{n}} country', other: '{{n}} countries' } };
    const fr = {
      fixAll: 'Tout corriger ({{applied}})',
      size: { kb: '{{n}} Ko' },
      countries: { one: '{{n}} pays', other: '{{n}} pays' },
    } satisfies Phrases<typeof en>;
    // @ts-expect-error a phrase is missing (`size.kb`): `npm run typecheck` fails (and fails on this line if it compiles)
    const missing: Phrases<typeof en> = { fixAll: fr.fixAll, size: {}, countries: fr.countries };
    // @ts-expect-error a plural written as one form
    const onePlural: Phrases<typeof en> = { ...fr, countries: '{{n}} pays' };
    // @ts-expect-error a phrase English does not have
    const extra: Phrases<typeof en> = { ...fr, fixSome: 'Corriger' };
    assert.deepEqual(
      [missing, onePlural, extra].map((c) => Object.keys(c).length),
      [3, 3, 4],
    );
    assert.deepEqual(phraseProblems(en, fr), []);
    assert.deepEqual(phraseProblems(en, { ...fr, fixAll: 'Tout corriger ({{count}})' }), ['fixAll: placeholders count ≠ applied']);
  });

  test('every French phrase has the placeholders of its English one', () => {
    assert.deepEqual(phraseProblems(EN, FR_PHRASES), []);
  });

  test('a plural takes the form Intl.PluralRules selects: French says « un » of 0 and 1, English of 1 only', () => {
    const forms = { one: 'one', other: 'other' };
    assert.deepEqual(
      [0, 1, 2].map((n) => plural(forms, n, 'en')),
      ['other', 'one', 'other'],
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => plural(forms, n, 'fr')),
      ['one', 'one', 'other'],
    );
    assert.equal(
      plural(PHRASES.fr.assessment.safeguard['no-adequacy'], 2, 'fr'),
      'aucune décision d’adéquation de l’UE en vigueur ne couvre ces pays ({{countries}})',
    );
  });

  test('a rule message says a count, and the word it takes is chosen where it is shown, by Intl.PluralRules', () => {
    // One finding, the count a fact of its data (a number, or a list whose length counts): no message id per form.
    const tooFew = (limit: number) => ({ ruleId: 'invalid-value', messageId: 'tooFew', data: { where: '`to`', limit } });
    assert.deepEqual(
      [1, 2].map((n) => formatFinding(tooFew(n), 'en')),
      ['`to` needs at least 1 item.', '`to` needs at least 2 items.'],
    );
    assert.deepEqual(
      [1, 2].map((n) => formatFinding(tooFew(n), 'fr')),
      ['`to` doit compter au moins 1 élément.', '`to` doit compter au moins 2 éléments.'],
    );
    const stale = (months: number) => ({
      ruleId: 'stale-inventory',
      messageId: 'stale',
      data: { lastUpdated: '2026-01-01', due: '2026-02-01', reviewIntervalMonths: months },
    });
    assert.match(formatFinding(stale(1), 'fr'), /il y a plus d’un mois \(/);
    assert.match(formatFinding(stale(6), 'fr'), /il y a plus de 6 mois \(/);
    // The French plural rule says « un » of 0 too; English says "0 items".
    assert.deepEqual(
      [formatFinding(tooFew(0), 'en'), formatFinding(tooFew(0), 'fr')],
      ['`to` needs at least 0 items.', '`to` doit compter au moins 0 élément.'],
    );
    // The count is a number or a list's length; a plural without one is a bug, not a sentence.
    const two = choosePlurals('{{n|# item|# items}} ({{n}})', { n: ['a', 'b'] }, () => 'other');
    assert.equal(formatMessage(two, { n: ['a', 'b'] }), '2 items (a, b)');
    assert.throws(() => choosePlurals('{{n|# item|# items}}', { n: 'two' }, () => 'other'), /has no count/);
    assert.deepEqual(placeholdersOf('{{a}} {{n|one|other}} {{b}}'), ['a', 'n', 'b']);
    // A value that ends its sentence with its own mark is not followed by the template's period as well.
    assert.equal(formatMessage('New sub-processor: {{name}}.', { name: 'Acme, Inc.' }), 'New sub-processor: Acme, Inc.');
    assert.equal(
      formatMessage('Nouveau sous-traitant ultérieur : {{name}}.', { name: 'Acme S.A.' }),
      'Nouveau sous-traitant ultérieur : Acme S.A.',
    );
    assert.equal(formatMessage('{{a}}. {{b}}.', { a: 'Why?', b: 'etc…' }), 'Why? etc…');
    assert.equal(formatMessage('{{a}}.{{b}}', { a: 'v1.', b: ' Next' }), 'v1. Next');
  });

  test('an entry is named one way, in both languages: its id as code, else its place, capitalised at a sentence start', () => {
    assert.deepEqual([entryName({ id: 'acme', index: 0 }, 'en'), entryName({ id: 'acme', index: 0 }, 'fr', true)], ['`acme`', '`acme`']);
    assert.deepEqual([entryName({ index: 2 }, 'en'), entryName({ index: 2 }, 'en', true)], ['sub-processor #3', 'Sub-processor #3']);
    assert.deepEqual([entryName({ index: 2 }, 'fr'), entryName({ index: 2 }, 'fr', true)], ['l’entrée n°\u00a03', 'L’entrée n°\u00a03']);
    // In a message: at the start of a sentence, and inside one (the accept-risk fix title).
    const text = [
      'inventory: { organization: X, contact: dpo@x.eu, lastUpdated: 2026-01-01 }',
      'subprocessors:',
      '  - name: Mailer',
      '    purpose: Email',
    ].join('\n');
    const result = lintText(text, { today: '2026-01-15' });
    const missing = result.findings.find((f) => f.ruleId === 'missing-field');
    assert.ok(missing);
    assert.match(formatFinding(missing, 'en'), /^Sub-processor #1 is missing the required field/);
    assert.match(formatFinding(missing, 'fr'), /^L’entrée n°\u00a01\u00a0: le champ obligatoire/);
  });
});

/** What is wrong with a phrase catalogue against the English one: placeholders that differ, by phrase path. */
function phraseProblems(en: object, other: object, at = ''): string[] {
  return Object.entries(en).flatMap(([key, english]) => {
    const path = at ? `${at}.${key}` : key;
    const translated = (other as Record<string, unknown>)[key];
    if (typeof english !== 'string' || typeof translated !== 'string')
      return typeof english === 'object' && english && typeof translated === 'object' && translated
        ? phraseProblems(english, translated, path)
        : [];
    const [a, b] = [placeholdersOf(translated).sort().join(), placeholdersOf(english).sort().join()];
    return a === b ? [] : [`${path}: placeholders ${a} ≠ ${b}`];
  });
}
