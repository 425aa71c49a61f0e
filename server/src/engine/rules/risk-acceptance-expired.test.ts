import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const weak = { administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' };
const accept = (until: string, rule = 'weak-admin-mfa') =>
  `[{ rule: ${rule}, reason: Only SMS is offered, approvedBy: DPO, until: ${until} }]`;

ruleTester('risk-acceptance-expired', {
  valid: [
    { name: 'in force: today is the last day', code: inventory({ entries: [entry({ ...weak, acceptedRisks: accept('2026-11-26') })] }) },
    { name: 'in force until later', code: inventory({ entries: [entry({ ...weak, acceptedRisks: accept('2027-03-31') })] }) },
    {
      name: 'switched off by a policy',
      code: inventory({ entries: [entry({ ...weak, acceptedRisks: accept('2026-11-25') })] }),
      policy: { rules: { 'risk-acceptance-expired': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'the day after until: the until date is underlined',
      code: inventory({ entries: [entry({ ...weak, acceptedRisks: accept('2026-11-25') })] }),
      findings: [
        {
          messageFr:
            'L’acceptation de `weak-admin-mfa` pour `acme` (approuvée par DPO) a pris fin le 25 novembre 2026 : le constat réapparaît ; réexaminez le risque, puis corrigez-le ou renouvelez l’acceptation avec un nouveau `until`.',
          text: '2026-11-25',
          messageId: 'expired',
          message: /acceptance of `weak-admin-mfa` for `acme` \(approved by DPO\) ended on 25 November 2026/,
        },
      ],
    },
    {
      name: 'under defaults: reported once, at defaults',
      code: inventory({ defaults: `  acceptedRisks: ${accept('2026-01-01')}`, entries: [entry(weak), entry({ id: `b`, ...weak })] }),
      findings: [{ text: '2026-01-01', messageId: 'expired', message: /for `defaults`/ }],
    },
  ],
});
