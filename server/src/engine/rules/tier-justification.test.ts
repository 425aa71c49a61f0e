import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const tier2 = (extra: Record<string, string> = {}) => inventory({ entries: [entry({ certifications: '[]', ...extra })] });

ruleTester('tier-justification', {
  valid: [
    {
      name: 'a company of the group: no rationale asked',
      code: inventory({
        entries: [entry({ relationship: 'affiliate', dataLocation: '{ countries: [IN] }', transfer: '{ mechanism: bcr, tia: true }' })],
      }),
    },
    { name: 'tier 1 needs no rationale', code: inventory() },
    { name: 'tier 2 with a rationale', code: tier2({ selectionRationale: 'No certified provider offers support chat in French' }) },
    { name: 'switched off by a policy', code: tier2(), policy: { rules: { 'tier-justification': 'off' } } },
  ],
  invalid: [
    {
      name: 'tier 2 without rationale',
      code: tier2(),
      findings: [
        {
          messageFr:
            '`acme` est au niveau 2 (non certifié, données dans l’EEE) : ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
          text: 'acme',
          severity: 'info',
          message: /tier 2 \(not certified, EEA residency\).*selectionRationale/,
        },
      ],
    },
    {
      name: 'certifications `unknown`: the grounds say they are not stated, never "not certified"',
      code: tier2({ certifications: 'unknown' }),
      findings: [{ text: 'acme', message: /^`acme` is in tier 2 \(certifications not stated, EEA residency\)/ }],
    },
    {
      name: 'tier 3 without rationale, re-levelled to warning',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: dpf }' })] }),
      policy: { rules: { 'tier-justification': 'warning' } },
      findings: [{ text: 'acme', severity: 'warning', message: /tier 3/ }],
    },
  ],
});
