import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_POLICY, resolvePolicy } from './policy';
import { assessmentSentence } from '../format';
import { assessEntry, tierStatus } from './selection';

const TODAY = '2026-11-26';
const base = {
  personalData: { level: 'yes' },
  criticality: 'high',
  dataLocation: { countries: ['FR'] },
  certifications: ['soc2-type2'],
};

const cases: {
  name: string;
  entry: Record<string, unknown>;
  policy?: Parameters<typeof resolvePolicy>[0];
  tier?: number;
  inScope?: boolean;
  reason: RegExp;
}[] = [
  { name: 'certified, EU', entry: base, tier: 1, reason: /Tier 1: certified \(SOC 2 Type II\), EEA residency/ },
  { name: 'uncertified, EU', entry: { ...base, certifications: ['gdpr-compliant'] }, tier: 2, reason: /Tier 2: not certified/ },
  {
    name: 'certified, US with SCCs',
    entry: { ...base, dataLocation: { countries: ['US'] }, transfer: { mechanism: 'scc' } },
    tier: 3,
    reason: /Tier 3: .*\(United States\).*safeguarded/,
  },
  {
    name: 'certified, US without a mechanism',
    entry: { ...base, dataLocation: { countries: ['US'] } },
    reason: /Fits no tier.*no transfer mechanism/,
  },
  {
    name: 'certified, India with DPF (US only)',
    entry: { ...base, dataLocation: { countries: ['IN'] }, transfer: { mechanism: 'dpf' } },
    reason: /US only/,
  },
  {
    name: 'certified, Japan with adequacy',
    entry: { ...base, dataLocation: { countries: ['JP'] }, transfer: { mechanism: 'adequacy' } },
    tier: 3,
    reason: /an adequacy decision \(Japan\)/,
  },
  {
    name: 'certified, India with adequacy (none)',
    entry: { ...base, dataLocation: { countries: ['IN'] }, transfer: { mechanism: 'adequacy' } },
    reason: /no EU adequacy decision in force covers this country \(India\)/,
  },
  {
    name: 'uncertified, outside: not permitted',
    entry: { ...base, certifications: [], dataLocation: { countries: ['US'] }, transfer: { mechanism: 'scc' } },
    reason: /Fits no tier of the policy: not certified and data outside/,
  },
  {
    name: 'GLOBAL is not EU residency',
    entry: { ...base, dataLocation: { countries: ['GLOBAL'] }, transfer: { mechanism: 'scc' } },
    tier: 3,
    reason: /data outside the EEA \(worldwide\)/,
  },
  { name: 'EU counts as residency', entry: { ...base, dataLocation: { countries: ['EU'] } }, tier: 1, reason: /Tier 1/ },
  { name: 'Norway is EEA by default', entry: { ...base, dataLocation: { countries: ['NO'] } }, tier: 1, reason: /Tier 1/ },
  {
    name: 'Norway is outside when the policy says eu',
    entry: { ...base, dataLocation: { countries: ['NO'] }, transfer: { mechanism: 'scc' } },
    policy: { residency: 'eu' },
    tier: 3,
    reason: /outside the EU \(Norway\)/,
  },
  {
    name: 'an expired certificate does not count',
    entry: { ...base, certifications: [{ id: 'soc2-type2', validUntil: '2026-01-01' }] },
    tier: 2,
    reason: /not certified/,
  },
  {
    name: 'ISO 27001:2013 no longer counts after 2025-10-31',
    entry: { ...base, certifications: [{ id: 'iso27001', edition: '2013' }] },
    tier: 2,
    reason: /not certified/,
  },
  {
    name: 'ISO 27701 counts when the policy says so',
    entry: { ...base, certifications: ['iso27701'] },
    policy: { certified: ['soc2-type2', 'iso27001', 'iso27701'] },
    tier: 1,
    reason: /certified \(ISO\/IEC 27701\)/,
  },
  {
    name: 'no personal data and not critical: out of scope',
    entry: { ...base, personalData: { level: 'no' }, criticality: 'low' },
    inScope: false,
    reason: /Out of scope/,
  },
  // `invalid-value` asks for the ISO spelling; the assessment must not state false facts meanwhile.
  {
    name: 'UK is the United Kingdom: its adequacy decision applies',
    entry: { ...base, dataLocation: { countries: ['UK'] }, transfer: { mechanism: 'adequacy' } },
    tier: 3,
    reason: /an adequacy decision \(United Kingdom\)/,
  },
  { name: 'a lower-case EU code is EU residency', entry: { ...base, dataLocation: { countries: ['be'] } }, tier: 1, reason: /Tier 1/ },
  { name: 'lower-case eu is EU residency', entry: { ...base, dataLocation: { countries: ['eu'] } }, tier: 1, reason: /Tier 1/ },
  // A code the product does not know (`ZZ`): where the data is, is not known; never "outside the EEA".
  {
    name: 'an unknown code alone: the tier not known (not "no tier"), the location not known',
    entry: { ...base, dataLocation: { countries: ['ZZ'] }, transfer: { mechanism: 'none' } },
    reason: /^Tier not known: where the data is stored is not known: a listed location is not a known country code\.$/,
  },
  {
    name: 'an unknown code beside an EEA country: not known to be EEA residency',
    entry: { ...base, dataLocation: { countries: ['FR', 'ZZ'] } },
    reason: /where the data is stored is not known/,
  },
  {
    name: 'an unknown code beside a safeguarded US: no tier while that place is not known',
    entry: { ...base, dataLocation: { countries: ['US', 'ZZ'] }, transfer: { mechanism: 'scc' } },
    reason: /where the data is stored is not known/,
  },
  {
    name: 'no personal data but critical: in scope',
    entry: { ...base, personalData: { level: 'no' }, criticality: 'critical' },
    tier: 1,
    reason: /Tier 1/,
  },
];

for (const c of cases) {
  test(`selection: ${c.name}`, () => {
    const a = assessEntry(c.entry, c.policy ? resolvePolicy(c.policy) : DEFAULT_POLICY, TODAY);
    assert.equal(a.tier, c.tier, assessmentSentence(a));
    assert.equal(a.inScope, c.inScope ?? true);
    assert.match(assessmentSentence(a), c.reason);
  });
}

test('selection: an unknown code is listed apart, never as a location outside the EEA', () => {
  const a = assessEntry({ ...base, dataLocation: { countries: ['US', 'ZZ'] } }, DEFAULT_POLICY, TODAY);
  assert.deepEqual([a.residency, a.outsideLocations, a.transferLocations, a.unknownLocations], ['outside', ['US'], ['US'], ['ZZ']]);
  assert.deepEqual(a.safeguard.countries, ['US']);
  assert.ok(a.unknown.includes('dataLocation'));
  const alone = assessEntry({ ...base, dataLocation: { countries: ['ZZ'] } }, DEFAULT_POLICY, TODAY);
  assert.deepEqual([alone.residency, alone.outsideLocations, alone.safeguard.valid], ['unknown', [], true]);
  assert.match(assessmentSentence(alone, 'fr'), /le lieu de stockage des données n’est pas connu/);
});

// A fact not known leaves the tier not known: never "fits no tier", on any surface (they all read `tierStatus`).
test('selection: tierStatus says "unknown" where a deciding fact is not known, "none" only when all are known', () => {
  const status = (entry: Record<string, unknown>) => tierStatus(assessEntry(entry, DEFAULT_POLICY, TODAY));
  assert.equal(status({ ...base, dataLocation: { countries: 'unknown' } }), 'unknown');
  assert.equal(status({ ...base, dataLocation: { countries: ['ZZ'] } }), 'unknown');
  assert.equal(status({ ...base, dataLocation: { countries: ['US'] }, certifications: 'unknown' }), 'unknown');
  // Scope not known: `personalData` unknown and a criticality that does not bring the entry in.
  assert.equal(status({ ...base, personalData: { level: 'unknown' }, criticality: 'low' }), 'unknown');
  // Facts that do not decide: in scope by its personal data, its criticality not known, its tier still known.
  assert.equal(status({ ...base, criticality: 'unknown' }), 'tier');
  assert.equal(status({ ...base, criticality: 'unknown', dataLocation: { countries: ['US'] }, certifications: [] }), 'none');
  // Out of scope on known facts, whatever else is not known.
  assert.equal(status({ ...base, personalData: { level: 'no' }, criticality: 'low', certifications: 'unknown' }), 'outOfScope');
  assert.equal(status({ ...base, dataLocation: { countries: ['US'] } }), 'none');
});

test('selection: the sentence of a tier not known names what is missing, in both languages', () => {
  const open = assessEntry({ ...base, dataLocation: { countries: 'unknown' } }, DEFAULT_POLICY, TODAY);
  assert.equal(assessmentSentence(open), 'Tier not known: a deciding fact is not known yet (dataLocation).');
  // French typography puts a no-break space before the colon.
  assert.equal(
    assessmentSentence(open, 'fr').replace(/[\u00a0\u202f]/g, ' '),
    'Niveau indéterminé : un élément déterminant n’est pas encore renseigné (dataLocation).',
  );
  const two = assessEntry({ ...base, dataLocation: { countries: ['ZZ'] }, certifications: 'unknown' }, DEFAULT_POLICY, TODAY);
  assert.equal(
    assessmentSentence(two),
    'Tier not known: where the data is stored is not known: a listed location is not a known country code; a deciding fact is not known yet (certifications).',
  );
  assert.doesNotMatch(assessmentSentence(two, 'fr'), /aucun niveau/);
});

test('selection: the sentence of a tier not known by two and three facts, and by a place and facts, in both languages', () => {
  const cases: [Record<string, unknown>, string, string][] = [
    [
      { ...base, dataLocation: { countries: 'unknown' }, certifications: 'unknown' },
      'Tier not known: deciding facts are not known yet (certifications, dataLocation).',
      'Niveau indéterminé\u00a0: des éléments déterminants ne sont pas encore renseignés (certifications, dataLocation).',
    ],
    [
      { ...base, personalData: { level: 'unknown' }, dataLocation: { countries: 'unknown' }, certifications: 'unknown' },
      'Tier not known: deciding facts are not known yet (personalData, certifications, dataLocation).',
      'Niveau indéterminé\u00a0: des éléments déterminants ne sont pas encore renseignés (personalData, certifications, dataLocation).',
    ],
    // A place that is no known code, and two facts: the two reasons apart, with French spacing before the semicolon.
    [
      { ...base, personalData: { level: 'unknown' }, dataLocation: { countries: ['ZZ'] }, certifications: 'unknown' },
      'Tier not known: where the data is stored is not known: a listed location is not a known country code; deciding facts are not known yet (personalData, certifications).',
      'Niveau indéterminé\u00a0: le lieu de stockage des données n’est pas connu\u00a0: l’un des lieux indiqués n’est pas un code pays connu\u202f; des éléments déterminants ne sont pas encore renseignés (personalData, certifications).',
    ],
  ];
  for (const [entry, en, fr] of cases) {
    const a = assessEntry(entry, DEFAULT_POLICY, TODAY);
    assert.equal(assessmentSentence(a), en);
    assert.equal(assessmentSentence(a, 'fr'), fr);
  }
});
