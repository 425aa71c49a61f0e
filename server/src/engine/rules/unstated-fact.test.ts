import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../fixes';
import { entry, findingsOf, inventory, ruleTester } from '../../../../test/support/ruleTester';
import { formatFinding } from '../../format';

// Entry ids of the tables (constants, so that a search for rule ids in this folder does not take them for rules).
const ACME = 'acme';
const BETA = 'beta';

ruleTester('unstated-fact', {
  valid: [
    { name: 'every fact stated', code: inventory() },
    {
      name: '"unknown" inside a sentence is text, not the unknown value',
      code: inventory({ entries: [entry({ purpose: 'Hosting (region unknown to us)' })] }),
    },
  ],
  invalid: [
    {
      name: "one field: one finding at the entry's id, the value pointed at",
      code: inventory({ entries: [entry({ entity: 'unknown' })] }),
      findings: [
        {
          messageFr: 'À établir pour `acme` (contrat, trust center ou prestataire) : entity.',
          text: 'acme',
          messageId: 'entry',
          severity: 'info',
          message: /^To find out for `acme` \(from the contract, the trust centre or the vendor\): entity\.$/,
          data: { owner: 'entry', entry: { fact: 'entry', id: ACME, index: 0 }, fields: ['entity'], count: 1 },
          related: [{ text: 'unknown', line: 7, message: /^`entity` is not known yet$/, data: { field: 'entity' } }],
        },
      ],
      fixes: [],
    },
    {
      name: 'several fields, a whole mapping and a field inside one: still one finding, each value related',
      code: inventory({
        entries: [
          entry({ entity: 'unknown', dataLocation: 'unknown', administrationAuthentication: '{ method: SSO, mfa: unknown }' }),
          entry({ id: BETA, criticality: 'unknown' }),
        ],
      }),
      findings: [
        {
          text: 'acme',
          line: 5,
          messageId: 'entry',
          message: /: entity, dataLocation, administrationAuthentication\.mfa\.$/,
          data: { fields: ['entity', 'dataLocation', 'administrationAuthentication.mfa'], count: 3 },
          related: [
            { text: 'unknown', line: 7, data: { field: 'entity' } },
            { text: 'unknown', line: 9, data: { field: 'dataLocation' } },
            { text: 'unknown', line: 14, message: /^`administrationAuthentication\.mfa` is not known yet$/ },
          ],
        },
        {
          text: 'beta',
          messageId: 'entry',
          data: { entry: { fact: 'entry', id: BETA, index: 1 }, fields: ['criticality'], count: 1 },
          related: [{ text: 'unknown', line: 30 }],
        },
      ],
    },
    {
      name: 'an entry without an id: at its first key, named by its place',
      code: inventory({ entries: [entry({ id: undefined, purpose: 'unknown' })] }),
      findings: [
        {
          text: 'name',
          messageId: 'entry',
          message: /^To find out for sub-processor #1 \(/,
          data: { owner: 'entry', entry: { fact: 'entry', index: 0 }, fields: ['purpose'] },
          related: [{ text: 'unknown', data: { field: 'purpose' } }],
        },
      ],
    },
    {
      name: 'under defaults: one finding, at `defaults`, not one per entry that inherits',
      code: inventory({
        defaults: '  criticality: unknown\n  dpa: unknown',
        entries: [entry({ criticality: undefined, dpa: undefined }), entry({ id: `b`, criticality: undefined, dpa: undefined })],
      }),
      findings: [
        {
          messageFr: 'À établir dans `defaults` (dont hérite toute entrée qui ne fixe pas sa propre valeur)\u00a0: criticality, dpa.',
          text: 'defaults',
          messageId: 'defaults',
          data: { owner: 'defaults', fields: ['criticality', 'dpa'], count: 2 },
          related: [
            { text: 'unknown', line: 5 },
            { text: 'unknown', line: 6 },
          ],
        },
      ],
    },
    {
      name: 'the policy can raise it',
      code: inventory({ entries: [entry({ entity: 'unknown' })] }),
      policy: { rules: { 'unstated-fact': 'warning' } },
      findings: [{ text: 'acme', messageId: 'entry', severity: 'warning', related: [{ text: 'unknown' }] }],
    },
  ],
});

test('unknown is never read as absent or false: no finding states what the file does not', () => {
  const code = inventory({
    entries: [
      entry({
        entity: 'unknown',
        dataLocation: 'unknown',
        personalData: '{ level: unknown }',
        certifications: 'unknown',
        dpa: 'unknown',
        serviceAuthentication: 'unknown',
        administrationAuthentication: 'unknown',
        criticality: 'unknown',
      }),
    ],
  });
  const { result } = findingsOf('unstated-fact', code);
  assert.deepEqual(
    [...new Set(result.findings.map((f) => f.ruleId))].sort(),
    ['unstated-fact'],
    JSON.stringify(result.findings.map((f) => `${f.ruleId}: ${formatFinding(f, 'en')}`)),
  );
  assert.equal(result.findings.length, 1, 'one finding for the entry');
  assert.equal(result.findings[0]!.data?.count, 8);
  assert.equal(result.findings[0]!.related?.length, 8, 'each unknown value still pointed at');
  // Fix all never touches `unknown`: every one is still there.
  const fixed = fixAll(result);
  assert.equal(fixed.text.match(/\bunknown\b/g)?.length, 8);
});

test('unstated-fact: an entry is named as every rule names it, in English and in French (by its id, else « l’entrée n° N »)', () => {
  const named = findingsOf('unstated-fact', inventory({ entries: [entry({ entity: 'unknown' })] })).result.findings.find(
    (f) => f.ruleId === 'unstated-fact',
  )!;
  assert.match(formatFinding(named, 'fr'), /^À établir pour `acme` \(contrat, trust center ou prestataire\)\u00a0: entity\.$/);
  const code = inventory({ entries: [entry({ id: undefined, purpose: 'unknown' })] });
  const unnamed = findingsOf('unstated-fact', code).result.findings.find((f) => f.ruleId === 'unstated-fact')!;
  assert.match(formatFinding(unnamed, 'en'), /^To find out for sub-processor #1 \(/);
  assert.match(formatFinding(unnamed, 'fr'), /^À établir pour l’entrée n°\u00a01 \(/);
});
