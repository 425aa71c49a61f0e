import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const weak = { administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' };
const accept = (rule: string, until = '2027-03-31') => `[{ rule: ${rule}, reason: Reviewed, approvedBy: DPO, until: ${until} }]`;

ruleTester('unused-risk-acceptance', {
  valid: [
    { name: 'it holds back a finding', code: inventory({ entries: [entry({ ...weak, acceptedRisks: accept('weak-admin-mfa') })] }) },
    {
      name: 'expired: risk-acceptance-expired says so instead',
      code: inventory({ entries: [entry({ acceptedRisks: accept('weak-admin-mfa', '2026-01-01') })] }),
    },
    {
      name: 'under defaults, used by one entry of two',
      code: inventory({ defaults: `  acceptedRisks: ${accept('weak-admin-mfa')}`, entries: [entry(weak), entry({ id: `b` })] }),
    },
  ],
  invalid: [
    {
      name: 'the risk is gone: the rule id is underlined',
      code: inventory({ entries: [entry({ acceptedRisks: accept('weak-admin-mfa') })] }),
      findings: [
        {
          messageFr:
            'L’acceptation de `weak-admin-mfa` pour `acme` ne correspond à aucun constat : le risque a disparu ; retirez l’acceptation.',
          text: 'weak-admin-mfa',
          messageId: 'unused',
          severity: 'info',
        },
      ],
    },
    {
      name: 'a misspelt rule id gets the closest one',
      code: inventory({ entries: [entry({ ...weak, acceptedRisks: accept('weak-admin-mfaa') })] }),
      findings: [
        {
          messageFr:
            'L’acceptation pour `acme` vise `weak-admin-mfaa`, qui n’est pas un identifiant de règle\u00a0: vouliez-vous écrire `weak-admin-mfa`\u202f?',
          text: 'weak-admin-mfaa',
          messageId: 'unknownRule',
          data: { suggestion: 'weak-admin-mfa' },
        },
      ],
    },
  ],
});
