import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('soc2-type-unspecified', {
  valid: [
    { name: 'SOC 2 with its type', code: inventory({ entries: [entry({ certifications: '[soc2-type1, soc2-type2]' })] }) },
    { name: 'switched off by a policy', code: inventory({ entries: [entry({ certifications: '[soc2]' })] }), policy: { rules: { 'soc2-type-unspecified': 'off' } } },
  ],
  invalid: [
    {
      name: 'soc2 alone',
      code: inventory({ entries: [entry({ certifications: '[iso27001, soc2]' })] }),
      findings: [{ text: 'soc2', message: /`soc2-type2`.*`soc2-type1`/, severity: 'warning' }],
    },
    {
      name: 'as an object, re-levelled to error',
      code: inventory({ entries: [entry({ certifications: '[{ id: soc2, issued: 2026-01-10 }]' })] }),
      policy: { rules: { 'soc2-type-unspecified': 'error' } },
      findings: [{ text: 'soc2', severity: 'error' }],
    },
  ],
});
