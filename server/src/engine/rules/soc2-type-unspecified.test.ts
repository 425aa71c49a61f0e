import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('soc2-type-unspecified', {
  valid: [
    { name: 'SOC 2 with its type', code: inventory({ entries: [entry({ certifications: '[soc2-type1, soc2-type2]' })] }) },
    {
      name: 'switched off by a policy',
      code: inventory({ entries: [entry({ certifications: '[soc2]' })] }),
      policy: { rules: { 'soc2-type-unspecified': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'soc2 alone',
      code: inventory({ entries: [entry({ certifications: '[iso27001, soc2]' })] }),
      findings: [
        {
          messageFr:
            'Le SOC 2 de `acme` ne précise pas son type : écrivez `soc2-type2` (contrôles testés sur une période) ou `soc2-type1` (conception à une date donnée), selon ce qu’indique le rapport.',
          text: 'soc2',
          message: /`soc2-type2`.*`soc2-type1`/,
          severity: 'warning',
        },
      ],
      fixes: [
        {
          title: /^Change "soc2" to `soc2-type2` \(SOC 2 Type II\)$/,
          titleFr: 'Remplacer «\u00a0soc2\u00a0» par `soc2-type2` (SOC 2 Type II)',
          safe: false,
          output: ['    certifications: [iso27001, soc2]', '    certifications: [iso27001, soc2-type2]'],
        },
      ],
    },
    {
      name: 'as an object, re-levelled to error',
      code: inventory({ entries: [entry({ certifications: '[{ id: soc2, issued: 2026-01-10 }]' })] }),
      policy: { rules: { 'soc2-type-unspecified': 'error' } },
      findings: [{ messageId: 'noType', text: 'soc2', severity: 'error' }],
      fixes: [
        {
          title: /^Change "soc2" to `soc2-type2` \(SOC 2 Type II\)$/,
          safe: false,
          output: [
            '    certifications: [{ id: soc2, issued: 2026-01-10 }]',
            '    certifications: [{ id: soc2-type2, issued: 2026-01-10 }]',
          ],
        },
      ],
    },
  ],
});
