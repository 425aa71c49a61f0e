import { assertDataIncludes } from '../../../../test/support/ruleTester';
import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';
import { test } from 'node:test';
import { findingsOf } from '../../../../test/support/ruleTester';

const at = (countries: string, transfer?: string) =>
  inventory({ entries: [entry({ dataLocation: `{ countries: [${countries}] }`, transfer })] });

ruleTester('transfer-safeguard', {
  valid: [
    { name: 'EU residency needs no mechanism', code: at('FR') },
    { name: 'SCCs for the US', code: at('US', '{ mechanism: scc }') },
    { name: 'DPF for the US', code: at('US', '{ mechanism: dpf }') },
    { name: 'adequacy for Japan', code: at('JP', '{ mechanism: adequacy }') },
    { name: 'out of scope', code: inventory({ entries: [entry({ personalData: '{ level: no }', dataLocation: '{ countries: [US] }' })] }) },
    { name: 'UK (written for GB) has an adequacy decision', code: at('UK', '{ mechanism: adequacy }') },
    { name: 'a lower-case EEA code is not a transfer', code: at('be') },
    { name: 'switched off by a policy', code: at('US'), policy: { rules: { 'transfer-safeguard': 'off' } } },
    // Art. 45: a decision whose scope takes in a commercial recipient needs no mechanism of its own.
    { name: 'the UK needs no mechanism (full adequacy)', code: at('GB') },
    { name: 'Japan needs no mechanism (private sector under the APPI)', code: at('JP') },
    { name: 'Canada needs no mechanism (commercial organisations under PIPEDA)', code: at('CA') },
    { name: 'Israel needs no mechanism (Decision 2011/61/EU covers automated transfers: every SaaS flow)', code: at('IL') },
    { name: 'DPF for the US and nothing for the UK', code: at('US, GB', '{ mechanism: dpf }') },
    {
      name: 'a list of transfers, one per destination, that covers each',
      code: at('US, IN', '[{ to: [US], mechanism: dpf }, { to: [IN], mechanism: scc }]'),
    },
    // A code the product does not know is not known to be outside the EEA: `invalid-value` speaks of it, and no
    // missing safeguard is asserted for it, whatever the transfer says.
    { name: 'a code the product does not know (ZZ), no transfer stated', code: at('ZZ') },
    { name: 'a code the product does not know (ZZ), `mechanism: none`', code: at('ZZ', '{ mechanism: none }') },
    { name: 'a code the product does not know (ZZ), `mechanism: adequacy`', code: at('ZZ', '{ mechanism: adequacy }') },
    { name: 'a code the product does not know (ZZ), `mechanism: dpf`', code: at('ZZ', '{ mechanism: dpf }') },
    { name: 'a code the product does not know (ZZ) beside the EEA', code: at('FR, ZZ') },
  ],
  invalid: [
    {
      name: 'beside a code the product does not know (ZZ), only the known country outside is named',
      code: at('ZZ, US'),
      findings: [
        {
          text: 'US',
          severity: 'warning',
          messageId: 'unstatedMechanism',
          message: /^`acme` stores data outside the EEA \(United States\), but no transfer mechanism is stated/,
        },
      ],
      fixes: [
        {
          title:
            /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(United States\)$/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: scc }\n    serviceAuthentication: API keys'],
        },
        {
          title:
            /^Set the transfer mechanism to `dpf`: EU-US Data Privacy Framework \(DPF\), for transfers outside the EEA \(United States\)$/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: dpf }\n    serviceAuthentication: API keys'],
        },
      ],
    },
    {
      name: 'no transfer stated: a warning that asks for it (not stated is not "none"), at the location outside',
      code: at('FR, US'),
      findings: [
        {
          messageFr:
            '`acme` stocke des données hors de l’EEE (États-Unis), mais aucun outil de transfert n’est indiqué : vérifiez-le (DPA, clauses de transfert du prestataire) puis consignez-le, par exemple `transfer: { mechanism: scc }` (Clauses contractuelles types [CCT]) si c’est l’outil retenu.',
          text: 'US',
          severity: 'warning',
          messageId: 'unstatedMechanism',
          message: /\(United States\), but no transfer mechanism is stated: find it out .* `transfer: \{ mechanism: scc \}`/,
        },
      ],
      fixes: [
        {
          title:
            /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(United States\)$/,
          titleFr:
            'Retenir `scc` comme outil de transfert\u00a0: Clauses contractuelles types (CCT), pour les transferts hors de l’EEE (États-Unis)',
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: scc }\n    serviceAuthentication: API keys'],
        },
        {
          title:
            /^Set the transfer mechanism to `dpf`: EU-US Data Privacy Framework \(DPF\), for transfers outside the EEA \(United States\)$/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: dpf }\n    serviceAuthentication: API keys'],
        },
      ],
    },
    {
      name: 'two destinations uncovered: both named by their names, in the message and the fix title, in English and French',
      code: at('US, IN'),
      findings: [
        {
          text: 'US',
          severity: 'warning',
          messageId: 'unstatedMechanism',
          message: /^`acme` stores data outside the EEA \(United States and India\), but no transfer mechanism is stated/,
        },
      ],
      fixes: [
        {
          title:
            /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(United States and India\)$/,
          titleFr:
            'Retenir `scc` comme outil de transfert\u00a0: Clauses contractuelles types (CCT), pour les transferts hors de l’EEE (États-Unis et Inde)',
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: scc }\n    serviceAuthentication: API keys'],
        },
      ],
    },
    {
      name: 'adequacy for the US: dpf if certified, else a mechanism such as scc',
      code: at('US', '{ mechanism: adequacy }'),
      findings: [
        {
          messageFr:
            '`acme` transfère des données hors de l’EEE (États-Unis), mais la décision d’adéquation américaine ne couvre que les organisations certifiées au titre du Data Privacy Framework (indiquez `dpf` si le prestataire est certifié)\u00a0: retenez un outil valable pour cette destination, tel que `scc` (Clauses contractuelles types [CCT]).',
          text: 'adequacy',
          message:
            /only organisations certified under the Data Privacy Framework \(record it as `dpf` if the provider is certified\): use a mechanism valid for this destination, such as `scc`/,
        },
      ],
      fixes: [
        {
          title:
            /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(United States\)$/,
          safe: false,
          output: ['    transfer: { mechanism: adequacy }', '    transfer: { mechanism: scc }'],
        },
        {
          title:
            /^Set the transfer mechanism to `dpf`: EU-US Data Privacy Framework \(DPF\), for transfers outside the EEA \(United States\)$/,
          safe: false,
          output: ['    transfer: { mechanism: adequacy }', '    transfer: { mechanism: dpf }'],
        },
      ],
    },
    {
      name: 'dpf is for the US only',
      code: at('IN', '{ mechanism: dpf }'),
      findings: [{ text: 'dpf', message: /covers transfers to the US only, not to other countries \(India\)/ }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(India\)$/,
          safe: false,
          output: ['    transfer: { mechanism: dpf }', '    transfer: { mechanism: scc }'],
        },
      ],
    },
    {
      // Every country is more than one destination: the words agree with it (« ces destinations »).
      name: 'GLOBAL among the places: said as a place in words (worldwide, monde entier), never as the code',
      code: at('US, GLOBAL', '{ mechanism: dpf, verified: 2026-10-01 }'),
      findings: [
        {
          text: 'dpf',
          message:
            /^`acme` sends data outside the EEA \(worldwide\), but the EU-US Data Privacy Framework \(DPF\) covers transfers to the US only, not to other countries \(worldwide\): use a mechanism valid for these destinations/,
          messageFr:
            '`acme` transfère des données hors de l’EEE (monde entier), mais le Data Privacy Framework UE-États-Unis (DPF) ne couvre que les transferts vers les États-Unis, pas ceux vers d’autres pays (monde entier)\u00a0: retenez un outil valable pour ces destinations, tel que `scc` (Clauses contractuelles types [CCT]).',
        },
      ],
      fixes: [
        {
          title:
            /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(worldwide\); and remove `verified`/,
          // A place in brackets, never « pour la destination monde entier ».
          titleFr:
            'Retenir `scc` comme outil de transfert\u00a0: Clauses contractuelles types (CCT), pour les transferts hors de l’EEE (monde entier)\u202f; et supprimer `verified`, date de vérification de l’inscription sur la liste du DPF, qui n’atteste rien au titre de `scc`',
          safe: false,
          output: ['    transfer: { mechanism: dpf, verified: 2026-10-01 }', '    transfer: { mechanism: scc }'],
        },
      ],
    },
    {
      // `verified` is the day the DPF listing was checked: under SCCs it would state a check nobody made.
      name: 'dpf with its listing check, for India: the fix to scc takes the check away, in block style too',
      code: at('IN', '\n      mechanism: dpf\n      verified: 2026-10-01\n      note: signed with the DPA'),
      findings: [{ text: 'dpf', messageId: 'invalidMechanism' }],
      fixes: [
        {
          title:
            /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(India\); and remove `verified`, the check of the DPF listing, which says nothing about `scc`$/,
          titleFr:
            'Retenir `scc` comme outil de transfert\u00a0: Clauses contractuelles types (CCT), pour les transferts hors de l’EEE (Inde)\u202f; et supprimer `verified`, date de vérification de l’inscription sur la liste du DPF, qui n’atteste rien au titre de `scc`',
          safe: false,
          output: [
            '      mechanism: dpf\n      verified: 2026-10-01\n      note: signed with the DPA',
            '      mechanism: scc\n      note: signed with the DPA',
          ],
        },
      ],
    },
    {
      name: 'a listing check written first in a flow mapping goes with its comma',
      code: at('IN', '{ verified: 2026-10-01, mechanism: dpf }'),
      findings: [{ text: 'dpf', messageId: 'invalidMechanism' }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`.*; and remove `verified`/,
          safe: false,
          output: ['    transfer: { verified: 2026-10-01, mechanism: dpf }', '    transfer: { mechanism: scc }'],
        },
      ],
    },
    {
      name: 'adequacy for the US with a listing check: the fix to dpf keeps it, the fix to scc takes it away',
      code: at('US', '{ mechanism: adequacy, verified: 2026-10-01 }'),
      findings: [{ text: 'adequacy', messageId: 'invalidMechanism' }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`.*; and remove `verified`/,
          safe: false,
          output: ['    transfer: { mechanism: adequacy, verified: 2026-10-01 }', '    transfer: { mechanism: scc }'],
        },
        {
          title:
            /^Set the transfer mechanism to `dpf`: EU-US Data Privacy Framework \(DPF\), for transfers outside the EEA \(United States\)$/,
          safe: false,
          output: ['    transfer: { mechanism: adequacy, verified: 2026-10-01 }', '    transfer: { mechanism: dpf, verified: 2026-10-01 }'],
        },
      ],
    },
    {
      name: 'a listing check with a comment on its line: no fix to scc (it would delete the comment, or keep a date that verifies nothing)',
      code: at('IN', '\n      mechanism: dpf\n      verified: 2026-10-01 # checked by the DPO'),
      findings: [{ text: 'dpf', messageId: 'invalidMechanism' }],
      fixes: [],
    },
    {
      name: 'adequacy where there is none',
      code: at('IN', '{ mechanism: adequacy }'),
      findings: [{ text: 'adequacy', message: /no EU adequacy decision in force covers this country \(India\)/ }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(India\)$/,
          safe: false,
          output: ['    transfer: { mechanism: adequacy }', '    transfer: { mechanism: scc }'],
        },
      ],
    },
    {
      name: '`transfer: unknown` (an imported page that says nothing) is valid: a warning at `unknown`, and a fix replaces it',
      code: at('US', 'unknown'),
      findings: [{ text: 'unknown', severity: 'warning', messageId: 'unstatedMechanism' }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`/,
          safe: false,
          output: ['    transfer: unknown', '    transfer: { mechanism: scc }'],
        },
        {
          title: /^Set the transfer mechanism to `dpf`/,
          safe: false,
          output: ['    transfer: unknown', '    transfer: { mechanism: dpf }'],
        },
      ],
    },
    {
      name: '`mechanism: unknown` for one destination of a list: a warning at it',
      code: at('US, IN', '[{ to: [US], mechanism: dpf }, { to: [IN], mechanism: unknown }]'),
      findings: [
        { text: 'IN', severity: 'warning', messageId: 'unstatedMechanism', message: /\(India\), but no transfer mechanism is stated/ },
      ],
    },
    {
      name: '`mechanism: unknown` in the single form: a warning at the value, and a fix replaces it',
      code: at('IN', '{ mechanism: unknown }'),
      findings: [{ text: 'unknown', severity: 'warning', messageId: 'unstatedMechanism' }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`/,
          safe: false,
          output: ['    transfer: { mechanism: unknown }', '    transfer: { mechanism: scc }'],
        },
      ],
    },
    {
      name: '`mechanism: none` states there is none: an error, not the "not stated" warning',
      code: at('US', '{ mechanism: none }'),
      findings: [
        {
          text: 'none',
          severity: 'error',
          messageId: 'invalidMechanism',
          message: /but no transfer mechanism: use a mechanism valid for this destination/,
        },
      ],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`/,
          safe: false,
          output: ['    transfer: { mechanism: none }', '    transfer: { mechanism: scc }'],
        },
        {
          title: /^Set the transfer mechanism to `dpf`/,
          safe: false,
          output: ['    transfer: { mechanism: none }', '    transfer: { mechanism: dpf }'],
        },
      ],
    },
    {
      name: 'none for India; re-levelled',
      code: at('IN', '{ mechanism: none }'),
      policy: { rules: { 'transfer-safeguard': 'warning' } },
      findings: [{ text: 'none', severity: 'warning', message: /`scc`/ }],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`: Standard contractual clauses \(SCCs\), for transfers outside the EEA \(India\)$/,
          safe: false,
          output: ['    transfer: { mechanism: none }', '    transfer: { mechanism: scc }'],
        },
      ],
    },
    {
      name: 'personal data not known yet (an imported list): the missing basis for the US is still asked for',
      code: inventory({ entries: [entry({ personalData: 'unknown', criticality: 'unknown', dataLocation: '{ countries: [US] }' })] }),
      findings: [
        {
          text: 'US',
          severity: 'warning',
          messageId: 'unstatedMechanism',
          message: /\(United States\), but no transfer mechanism is stated/,
        },
      ],
      fixes: [
        {
          title: /^Set the transfer mechanism to `scc`/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: scc }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Set the transfer mechanism to `dpf`/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    transfer: { mechanism: dpf }\n    serviceAuthentication: API keys'],
        },
      ],
    },
    {
      name: 'a list of transfers that leaves one destination uncovered: that country is underlined, and no fix guesses the item',
      code: at('US, IN', '[{ to: [US], mechanism: dpf }]'),
      findings: [
        { text: 'IN', severity: 'warning', message: /stores data outside the EEA \(India\), but no transfer mechanism is stated/ },
      ],
    },
  ],
});

test('transfer-safeguard data: the mechanism that fits the destinations no transfer covers', () => {
  assertDataIncludes(findingsOf('transfer-safeguard', at('US')).findings[0].data, { mechanism: 'scc', outside: ['US'] });
  assertDataIncludes(
    findingsOf('transfer-safeguard', at('US, GB')).findings[0].data,
    { mechanism: 'scc', countries: ['US'] },
    'GB is adequate: only the US needs a mechanism',
  );
  assertDataIncludes(findingsOf('transfer-safeguard', at('CH, IN', '{ mechanism: adequacy }')).findings[0].data, { countries: ['IN'] });
});
