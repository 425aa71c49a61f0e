import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

// A finding an acceptance could hold back: SMS as the only second factor of a critical vendor.
const weak = { administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' };
const record = (fields: string) => `[{ ${fields} }]`;

ruleTester('invalid-risk-acceptance', {
  valid: [
    {
      name: 'a complete record within the policy’s twelve months',
      code: inventory({
        entries: [
          entry({
            ...weak,
            acceptedRisks: record('rule: weak-admin-mfa, reason: Only SMS is offered, approvedBy: DPO, until: 2027-03-31'),
          }),
        ],
      }),
    },
    {
      name: 'twelve months to the day is within the limit',
      code: inventory({
        entries: [
          entry({
            ...weak,
            acceptedRisks: record('rule: weak-admin-mfa, reason: Only SMS is offered, approvedBy: DPO, until: 2027-11-26'),
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'no reason and no approver: the item is underlined and holds nothing back',
      code: inventory({ entries: [entry({ ...weak, acceptedRisks: record('rule: weak-admin-mfa, until: 2027-03-31') })] }),
      findings: [
        {
          text: '{ rule: weak-admin-mfa, until: 2027-03-31 }',
          messageId: 'missing',
          message: /acceptance of `weak-admin-mfa` for `acme` lacks `reason`, `approvedBy`/,
          messageFr:
            'L’acceptation de `weak-admin-mfa` pour `acme` est incomplète, il y manque `reason`, `approvedBy`\u00a0: un risque accepté se documente (règle, motif, approbateur, échéance)\u202f; tant qu’elle est incomplète, elle ne neutralise aucun constat.',
          data: { rule: 'weak-admin-mfa' },
        },
      ],
    },
    {
      name: 'an until past the policy’s limit: the date is underlined',
      code: inventory({
        entries: [
          entry({
            ...weak,
            acceptedRisks: record('rule: weak-admin-mfa, reason: Only SMS is offered, approvedBy: DPO, until: 2027-11-27'),
          }),
        ],
      }),
      findings: [
        {
          messageFr:
            'L’acceptation de `weak-admin-mfa` pour `acme` court jusqu’au 27 novembre 2027, au-delà de la durée maximale de 12 mois fixée par la politique (26 novembre 2027)\u00a0: avancez la date `until`\u202f; d’ici là, elle ne neutralise aucun constat.',
          text: '2027-11-27',
          messageId: 'tooFar',
          message: /beyond the policy’s limit of 12 months \(26 November 2027\)/,
        },
      ],
    },
    {
      name: 'an until that is not a date',
      code: inventory({
        entries: [
          entry({ ...weak, acceptedRisks: record('rule: weak-admin-mfa, reason: Only SMS is offered, approvedBy: DPO, until: soon') }),
        ],
      }),
      findings: [
        {
          messageFr:
            'L’acceptation de `weak-admin-mfa` pour `acme` prend fin le «\u00a0soon\u00a0», qui n’est pas une date (AAAA-MM-JJ)\u00a0: elle ne neutralise aucun constat.',
          text: 'soon',
          messageId: 'badUntil',
          message: /ends on "soon", which is not a date/,
        },
      ],
    },
    {
      name: 'a rule about the file’s own validity cannot be accepted',
      code: inventory({
        entries: [
          entry({
            purpose: undefined,
            acceptedRisks: record('rule: missing-field, reason: Later, approvedBy: DPO, until: 2027-03-31'),
          }),
        ],
      }),
      findings: [
        {
          messageFr:
            'L’acceptation pour `acme` vise `missing-field`, qui porte sur la validité même du fichier et ne peut pas être acceptée\u00a0: corrigez le fichier\u202f; elle ne neutralise aucun constat.',
          text: 'missing-field',
          messageId: 'notAcceptable',
          message: /names `missing-field`, a finding about the file’s own validity/,
        },
      ],
    },
  ],
});
