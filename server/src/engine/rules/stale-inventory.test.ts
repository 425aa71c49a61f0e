import { inventory, ruleTester } from '../../../../test/support/ruleTester';

const dated = (d: string) => inventory().replace('lastUpdated: 2026-06-01', `lastUpdated: ${d}`);

ruleTester('stale-inventory', {
  valid: [
    { name: 'reviewed within 12 months', code: dated('2025-11-26') },
    { name: 'a longer review interval from the policy', code: dated('2025-08-01'), policy: { reviewIntervalMonths: 18 } },
    { name: 'switched off by a policy', code: dated('2025-08-01'), policy: { rules: { 'stale-inventory': 'off' } } },
  ],
  invalid: [
    {
      name: 'older than 12 months',
      code: dated('2025-08-01'),
      findings: [
        {
          messageFr:
            'Le registre a été revu pour la dernière fois le 1er août 2025, il y a plus de 12 mois (revue due au plus tard le 1er août 2026) : revoyez la liste et mettez `lastUpdated` à jour.',
          text: '2025-08-01',
          severity: 'warning',
          message: /last reviewed on 1 August 2025, more than 12 months ago \(review was due by 1 August 2026\)/,
        },
      ],
    },
    {
      name: 'a review interval of one month: the month in the singular',
      code: dated('2026-10-01'),
      policy: { reviewIntervalMonths: 1 },
      findings: [
        {
          text: '2026-10-01',
          messageId: 'stale',
          message: /^The inventory was last reviewed on 1 October 2026, more than 1 month ago \(review was due by 1 November 2026\)/,
          messageFr:
            'Le registre a été revu pour la dernière fois le 1er octobre 2026, il y a plus d’un mois (revue due au plus tard le 1er novembre 2026)\u00a0: revoyez la liste et mettez `lastUpdated` à jour.',
          data: { reviewIntervalMonths: 1 },
        },
      ],
    },
    { name: 'a day late', code: dated('2025-11-25'), findings: [{ messageId: 'stale', text: '2025-11-25' }] },
    {
      name: 'a shorter interval, re-levelled to error',
      code: dated('2026-06-01'),
      policy: { reviewIntervalMonths: 3, rules: { 'stale-inventory': 'error' } },
      findings: [{ text: '2026-06-01', severity: 'error', message: /3 months/ }],
    },
  ],
});
