/**
 * The corrections of facts.md section 7 (2026-11-30), each checked where it changes what the product says or
 * decides. Every test failed on the knowledge as it stood before the correction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, fixesFor, lintText } from '../../server/src/engine';
import { adequacyOn, getCertification, getClaim, getTransferMechanism, matchCertificationText, SOURCES } from '../../server/src/knowledge';
import { transferMarkdown } from '../../server/src/languageService/domainDocs';
import { pageToInventory } from '../../server/src/publish/importPage';
import { readPage } from '../../server/src/publish/readPage';
import { entry, inventory } from '../support/ruleTester';
import { formatFinding, formatFixTitle } from '../../server/src/format';

const TODAY = '2026-11-26';

test("Israel's adequacy covers automated transfers, which every SaaS flow is (section 8 decides over section 7)", () => {
  const il = adequacyOn('IL', TODAY)!;
  assert.equal(il.partial, true);
  assert.equal(il.coversCommercialRecipients, true);
  assert.match(il.scope!, /automated/i);
  assert.ok(il.sources.includes('S34'));
});

test("Brazil's decision 2026/179 is dated 26 January 2026", () => {
  assert.equal(adequacyOn('BR', TODAY)?.adopted, '2026-01-26');
});

test('the Swiss-US DPF and the UK Extension are not the EU `dpf`', () => {
  for (const [text, id] of [
    ['Swiss-US DPF', 'swiss-us-dpf'],
    ['Swiss-U.S. Data Privacy Framework', 'swiss-us-dpf'],
    ['UK Extension to the EU-US DPF', 'uk-dpf-extension'],
  ] as const) {
    assert.equal(matchCertificationText(text)?.id, id, text);
    assert.match(getClaim(id)!.why, /not for data exported from the EU/);
  }
  // Listed under certifications, it is a claim to move, never re-filed as the EU transfer mechanism.
  const r = lintText(inventory({ entries: [entry({ certifications: '[soc2-type2, Swiss-US DPF]' })] }), { today: TODAY });
  const f = r.findings.find((x) => x.ruleId === 'not-a-certification')!;
  assert.equal(f.data?.moveTo, 'claims');
  assert.ok(!fixesFor(r, f).some((x) => /transfer/.test(formatFixTitle(x, 'en'))));
  assert.match(getTransferMechanism('dpf')!.notes.join(' '), /UK and Swiss exporters, not EU ones/);
});

test('the Swiss-US Privacy Shield was found inadequate by the Swiss FDPIC, not the CJEU', () => {
  const claim = getClaim(matchCertificationText('Swiss-US Privacy Shield')!.id)!;
  assert.equal(claim.id, 'swiss-us-privacy-shield');
  assert.match(claim.why, /FDPIC.*2020-09-08/);
  assert.doesNotMatch(claim.why, /Court of Justice/);
  assert.ok(SOURCES.S32);
  const r = lintText(inventory({ entries: [entry({ certifications: '[soc2-type2, Swiss-US Privacy Shield]' })] }), { today: TODAY });
  assert.match(
    formatFinding(
      r.findings.find((x) => x.ruleId === 'not-a-certification')!,
      'en',
    ),
    /Swiss FDPIC found inadequate on 8 September 2020/,
  );
});

test('ISO/IEC 27701:2025: organisations are certified against 27701; 27706 is for certification bodies', () => {
  const note = getCertification('iso27701')!.editions!.find((e) => e.edition === '2025')!.note!;
  assert.doesNotMatch(note, /certified under ISO\/IEC 27706/);
  assert.match(note, /certified against ISO\/IEC 27701; ISO\/IEC 27706:2025 sets the requirements for the certification bodies/);
});

test('CSA STAR Level 1 and Cyber Essentials are self-assessments, not security evidence', () => {
  for (const id of ['csa-star-1', 'cyber-essentials']) {
    assert.equal(getCertification(id)!.security, false, id);
    assert.equal(getCertification(id)!.evidence, 'self-assessment', id);
  }
  assert.equal(getCertification('cyber-essentials-plus')!.security, true);
});

test('"PCI compliant" is a claim; the PCI DSS attestation is what counts', () => {
  for (const text of ['PCI compliant', 'PCI DSS compliant']) assert.equal(matchCertificationText(text)?.id, 'pci-compliant', text);
  assert.equal(matchCertificationText('PCI DSS Level 1')?.id, 'pci-dss');
  assert.match(getClaim('pci-compliant')!.why, /Attestation of Compliance/);
});

test('"ISO 27001:2013" keeps its edition, so a withdrawn edition does not count as certified', () => {
  const text = inventory({ entries: [entry({ certifications: '[ISO 27001:2013]' })] });
  const r = lintText(text, { today: TODAY });
  const f = r.findings.find((x) => x.ruleId === 'invalid-value' || x.ruleId === 'unknown-certification')!;
  const fix = fixesFor(r, f).find((x) => x.safe)!;
  assert.match(formatFixTitle(fix, 'en'), /edition 2013/);
  const fixed = applyEdits(text, fix.edits);
  assert.match(fixed, /certifications: \[\{ id: iso27001, edition: "2013" \}\]/);
  const after = lintText(fixed, { today: TODAY });
  assert.ok(
    after.findings.some((x) => x.ruleId === 'certification-expired'),
    'the 2013 edition is no longer valid',
  );
  assert.equal(after.assess(after.model.entries[0]!).certified, false);
  // The import keeps it too.
  const page = readPage(
    'Name,Entity,Purpose,Data Location,Personal Data,Certifications,Service Authentication,Administration Authentication,Service Access Control,Administration Access Control,Criticality\nAcme,Acme SAS,Hosting,France,Yes,ISO 27001:2013,k,SSO,x,y,high\n',
    'x.csv',
  );
  assert.match(pageToInventory(page, { today: TODAY }).yaml, /id: iso27001\s+edition: "?2013"?/);
});

test('the hover on SCCs shows every caveat, the Art. 3(2) gap included', () => {
  assert.match(transferMarkdown(getTransferMechanism('scc')!), /Art\. 3\(2\)/);
});
