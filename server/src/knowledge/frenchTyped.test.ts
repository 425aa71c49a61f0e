/**
 * A missing French text is a compile error, not only a failed test: `FrenchKnowledge` is typed from the English
 * records' ids (certifications, claims, transfer mechanisms, MFA methods), the countries with a note or an
 * adequacy decision, and the regions with a note. Each `@ts-expect-error` below is itself an error the day the
 * French it removes is no longer required, so these lines prove the typing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FR_KNOWLEDGE, type FrenchKnowledge } from './fr';
import { CERTIFICATIONS, CLAIMS, MFA_METHODS, NOT_HELD_SCHEMES, REGIONS, TRANSFER_MECHANISMS } from './index';

test('a record without its French words, or with one field missing, does not compile', () => {
  const { soc1: certification, ...certifications } = FR_KNOWLEDGE.certifications;
  // @ts-expect-error `soc1` has no French
  const noSoc1: FrenchKnowledge['certifications'] = certifications;
  // @ts-expect-error `soc1` has its name only
  const halfSoc1: FrenchKnowledge['certifications'] = { ...certifications, soc1: { name: certification.name } };
  // @ts-expect-error an id no English record has
  const unknownId: FrenchKnowledge['certifications'] = { ...FR_KNOWLEDGE.certifications, 'soc4-type9': certification };
  const { eucs, ...claims } = FR_KNOWLEDGE.claims;
  // @ts-expect-error `eucs` (a scheme no one holds) has no French
  const noEucs: FrenchKnowledge['claims'] = claims;
  const { scc, ...transfers } = FR_KNOWLEDGE.transfers;
  // @ts-expect-error `scc` has no French
  const noScc: FrenchKnowledge['transfers'] = transfers;
  const { webauthn, ...mfa } = FR_KNOWLEDGE.mfa;
  // @ts-expect-error `webauthn` has no French
  const noWebauthn: FrenchKnowledge['mfa'] = mfa;
  assert.equal(Object.keys(noSoc1).length + 1, CERTIFICATIONS.length);
  assert.ok(halfSoc1 && unknownId && eucs && scc && webauthn);
  assert.equal(Object.keys(noEucs).length + 1, CLAIMS.length + NOT_HELD_SCHEMES.length);
  assert.equal(Object.keys(noScc).length + 1, TRANSFER_MECHANISMS.length);
  assert.equal(Object.keys(noWebauthn).length + 1, MFA_METHODS.length);
});

test('a country or a region with an English note and no French one does not compile', () => {
  const { GB, ...countries } = FR_KNOWLEDGE.countries;
  // @ts-expect-error GB (a note and an adequacy decision) has no French
  const noGb: FrenchKnowledge['countries'] = countries;
  // @ts-expect-error GB has its note but not its adequacy decision's scope
  const noGbScope: FrenchKnowledge['countries'] = { ...countries, GB: { note: GB.note, instrument: GB.instrument } };
  // @ts-expect-error AX (an EU territory, its note written from the territory) has no French note
  const noAx: FrenchKnowledge['countries'] = { ...FR_KNOWLEDGE.countries, AX: {} };
  const { 'aws:eu-west-2': london, ...regionNotes } = FR_KNOWLEDGE.regionNotes;
  // @ts-expect-error aws:eu-west-2 has no French note
  const noLondon: FrenchKnowledge['regionNotes'] = regionNotes;
  // @ts-expect-error a region written out apart from the provider's rows (the AWS European Sovereign Cloud) is typed too
  const noEusc: FrenchKnowledge['regionNotes'] = (({ 'aws:eusc-de-east-1': _, ...rest }) => rest)(FR_KNOWLEDGE.regionNotes);
  assert.ok(noGb && noGbScope && noAx && noEusc && london);
  assert.equal(Object.keys(noLondon).length + 1, REGIONS.filter((r) => r.note).length);
});
