/**
 * The law as facts.md section 8 (2026-12-04) corrects it (issue 23, "The law, corrected"), point by point. Each
 * test failed on the code as it stood before the correction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessEntry, DEFAULT_POLICY, fixesFor, lintText } from '../../server/src/engine';
import { assessmentSentence, formatFinding, tierGroundsText } from '../../server/src/format';
import {
  COUNTRIES,
  adequacyOn,
  countryName,
  getCertification,
  getTransferMechanism,
  inLanguage,
  matchCertificationText,
} from '../../server/src/knowledge';
import { countryMarkdown } from '../../server/src/languageService/domainDocs';
import { entry, inventory } from '../support/ruleTester';

const TODAY = '2026-12-04';
const lint = (code: string) => lintText(code, { today: TODAY }).findings;
const at = (fields: Record<string, string | undefined>) => inventory({ entries: [entry(fields)] });

// ---------------------------------------------------------------- 1. Israel

test('1. Israel: storage there needs no further mechanism, no error and no warning', () => {
  const findings = lint(at({ dataLocation: '{ countries: [IL] }' }));
  assert.deepEqual(
    findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId),
    [],
  );
});

test('1. Israel: support access from there needs no further mechanism either', () => {
  const findings = lint(at({ access: '{ countries: [IL] }' }));
  assert.deepEqual(
    findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId),
    [],
  );
});

test("1. Israel: the country hover says the decision's scope, in English and in French", () => {
  const en = countryMarkdown('IL', TODAY, 'en')!;
  assert.match(en, /needs no transfer mechanism/);
  assert.match(en, /2011\/61\/EU/);
  assert.match(en, /Automated international transfers.*every SaaS, hosting or support flow/);
  const fr = countryMarkdown('IL', TODAY, 'fr')!;
  assert.match(fr, /n’a besoin d’aucun outil de transfert/);
  assert.match(fr, /2011\/61\/UE/);
  assert.match(fr, /transferts internationaux automatisés.*tout flux SaaS/);
});

// ---------------------------------------------------------------- 3. Derogations are not safeguards

const withDerogation = {
  dataLocation: '{ countries: [IN] }',
  transfer: '{ mechanism: derogation }',
  certifications: '[soc2-type2]',
};

test('3. a derogation is never counted as a valid mechanism in selection, nor "safeguarded by" in a tier message', () => {
  const effective = {
    personalData: { level: 'yes' },
    criticality: 'high',
    certifications: ['soc2-type2'],
    dataLocation: { countries: ['IN'] },
    transfer: { mechanism: 'derogation' },
  };
  const a = assessEntry(effective, DEFAULT_POLICY, TODAY);
  assert.equal(a.safeguard.valid, false);
  assert.equal(a.safeguard.basis, 'derogation');
  assert.equal(a.tier, undefined);
  for (const lang of ['en', 'fr'] as const) {
    assert.doesNotMatch(tierGroundsText(a, lang), /safeguarded by|garanti par|encadrés par/);
    assert.doesNotMatch(assessmentSentence(a, lang), /safeguarded by|garanti par|encadrés par|Tier \d|Niveau \d/);
  }
  assert.match(assessmentSentence(a, 'en'), /an Art\. 49 derogation is not a safeguard/);
});

test('3. reliance on a derogation by a sub-processor is one error (derogation-systematic), not a warning', () => {
  const findings = lint(at(withDerogation)).filter((f) => f.ruleId.startsWith('derogation') || f.ruleId === 'transfer-safeguard');
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity]),
    [['derogation-systematic', 'error']],
  );
  // With derogation-systematic off, transfer-safeguard still says the data leaves without a basis.
  const off = lintText(at(withDerogation), { today: TODAY, policy: { ...DEFAULT_POLICY, rules: { 'derogation-systematic': 'off' } } });
  assert.deepEqual(
    off.findings.filter((f) => f.ruleId === 'transfer-safeguard').map((f) => f.severity),
    ['error'],
  );
});

// ---------------------------------------------------------------- 5. Korea and Japan

test('5. Korea: the decision excludes credit information under the FSC, so it is partial, and says so', () => {
  const kr = adequacyOn('KR', TODAY)!;
  assert.equal(kr.partial, true);
  assert.match(kr.scope, /credit information.*Financial Services Commission/);
  assert.ok(kr.sources.includes('S37'));
  assert.match(countryMarkdown('KR', TODAY, 'fr')!, /informations personnelles de crédit.*Financial Services Commission/);
  // A commercial SaaS recipient is within it: no mechanism is asked for.
  assert.equal(lint(at({ dataLocation: '{ countries: [KR] }' })).filter((f) => f.ruleId === 'transfer-safeguard').length, 0);
});

test('5. Japan: no 2023 widening of the scope is claimed; the review is sourced', () => {
  const jp = adequacyOn('JP', TODAY)!;
  assert.doesNotMatch(jp.scope, /widened/i);
  assert.match(jp.scope, /did not change this scope/);
  assert.ok(jp.sources.includes('S38'));
  assert.doesNotMatch(countryMarkdown('JP', TODAY, 'fr')!, /étendue au monde universitaire/);
});

test('5. transfers.ts and countries.ts agree on which adequacy decisions are partial (EN and FR)', () => {
  const partial = COUNTRIES.filter((c) => c.adequacy?.partial)
    .map((c) => c.code)
    .sort();
  for (const lang of ['en', 'fr'] as const) {
    const note = inLanguage(getTransferMechanism('adequacy'), 'transfer', lang)!.notes.find((n) =>
      /^(Partial decisions|Décisions partielles)/.test(n),
    )!;
    assert.ok(note, `${lang}: the adequacy record lists its partial decisions`);
    const named = COUNTRIES.filter((c) => c.adequacy)
      .filter((c) => note.includes(countryName(c.code, lang, c) ?? c.name))
      .map((c) => c.code)
      .sort();
    assert.deepEqual(named, partial, `${lang}: ${note}`);
  }
});

// ---------------------------------------------------------------- 6. tia-missing

test('6. tia-missing says the Court upheld the SCCs, and that the assessment conditions the transfer (EN and FR)', () => {
  const code = at({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc }' });
  const en = lintText(code, { today: TODAY }).findings.find((f) => f.ruleId === 'tia-missing')!;
  assert.match(formatFinding(en, 'en'), /The Court upheld the clauses.*the assessment conditions the transfer, not their validity/);
  const fr = lintText(code, { today: TODAY }).findings.find((f) => f.ruleId === 'tia-missing')!;
  assert.match(
    formatFinding(fr, 'fr'),
    /La Cour a confirmé la validité des clauses.*l’évaluation conditionne le transfert, non leur validité/,
  );
});

// ---------------------------------------------------------------- 8. SCCs

for (const [name, transfer, text] of [
  ['2021/915 offered as transfer clauses', '{ mechanism: scc, scc: { version: "2021/915", module: 3 }, tia: true }', '"2021/915"'],
  ['"EU Model Clauses (2010)" as the mechanism', '{ mechanism: EU Model Clauses (2010) }', 'EU Model Clauses (2010)'],
  ['"2010 model clauses" in the note', '{ mechanism: scc, note: 2010 model clauses }', '2010 model clauses'],
] as const) {
  test(`8. ${name}: one clear finding (scc-outdated), no schema error, and no "safeguarded by"`, () => {
    const code = at({ dataLocation: '{ countries: [US] }', transfer });
    const result = lintText(code, { today: TODAY });
    const errors = result.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => [f.ruleId, code.slice(f.range.start, f.range.end)]),
      [['scc-outdated', text]],
    );
    const a = assessEntry(result.model.entries[0].effective, DEFAULT_POLICY, TODAY);
    assert.equal(a.safeguard.valid, false);
    assert.doesNotMatch(assessmentSentence(a), /safeguarded by/);
  });
}

// ---------------------------------------------------------------- 10. Knowledge

test('10. EUCS: no scheme adopted, so it is said, never "did you mean `ens`" (EN and FR), and no fix is offered', () => {
  const code = at({ certifications: '[iso27001, EUCS]' });
  const [en] = lint(code).filter((f) => f.ruleId === 'unknown-certification');
  assert.match(formatFinding(en!, 'en'), /"EUCS" is no certification a provider holds: No EU cloud certification scheme has been adopted/);
  assert.doesNotMatch(formatFinding(en!, 'en'), /did you mean/);
  const [fr] = lintText(code, { today: TODAY }).findings.filter((f) => f.ruleId === 'unknown-certification');
  assert.match(formatFinding(fr!, 'fr'), /Aucun schéma européen de certification des services cloud n’a été adopté/);
  const result = lintText(code, { today: TODAY });
  assert.deepEqual(fixesFor(result, en!, { acceptRisk: false }), []);
});

test('10. "CE" is not an alias of Cyber Essentials (CE marking), and gets no did-you-mean either', () => {
  assert.equal(matchCertificationText('CE'), undefined);
  assert.equal(matchCertificationText('Cyber Essentials')?.id, 'cyber-essentials');
  const [f] = lint(at({ certifications: '[iso27001, CE]' })).filter((x) => x.ruleId.includes('certification'));
  assert.equal(f!.ruleId, 'unknown-certification');
  assert.match(formatFinding(f!, 'en'), /CE marking.*not Cyber Essentials/);
  assert.doesNotMatch(formatFinding(f!, 'en'), /did you mean/);
});

test('10. a UK recipient recorded with dpf is a wrong basis', () => {
  const findings = lint(at({ dataLocation: '{ countries: [GB] }', transfer: '{ mechanism: dpf }' }));
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'dpf-unverified').map((f) => f.messageId),
    ['notUs'],
  );
});

// ---------------------------------------------------------------- 7. HDS, as the knowledge says it

test('7. the HDS record says HR records are not L.1111-8 hosting and that hosting is in the EEA, sourced (S41)', () => {
  const hds = getCertification('hds')!;
  assert.ok(hds.sources.includes('S41'));
  assert.ok(hds.confusions.some((c) => /sick-leave.*not health data/.test(c)));
  assert.ok(inLanguage(hds, 'certification', 'fr').confusions.some((c) => /arrêt maladie/.test(c)));
  assert.ok(hds.confusions.some((c) => /in the EEA \(2024 referential\)/.test(c)));
});
