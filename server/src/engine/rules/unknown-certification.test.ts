import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('unknown-certification', {
  valid: [
    { name: 'known ids, plain and as objects', code: inventory({ entries: [entry({ certifications: '[soc2-type2, { id: iso27001, edition: "2022" }, c5]' })] }) },
    { name: 'a claim is not reported here (not-a-certification is)', code: inventory({ entries: [entry({ certifications: '[gdpr-compliant]' })] }) },
  ],
  invalid: [
    {
      name: 'a misspelt id gets the closest known id',
      code: inventory({ entries: [entry({ certifications: '[soc2-type2, iso2701]' })] }),
      findings: [{ text: 'iso2701', message: /did you mean `iso27001`/, severity: 'warning' }],
    },
    {
      name: 'an object item, and an id matching nothing',
      code: inventory({ entries: [entry({ certifications: '[{ id: acme-seal-of-trust }]' })] }),
      findings: [{ text: 'acme-seal-of-trust', message: /Unknown certification "acme-seal-of-trust": use a known id/ }],
    },
    {
      name: 're-levelled to error by a policy',
      code: inventory({ entries: [entry({ certifications: '[soc2-typ2]' })] }),
      policy: { rules: { 'unknown-certification': 'error' } },
      findings: [{ text: 'soc2-typ2', severity: 'error', message: /`soc2-type2`/ }],
    },
  ],
});

ruleTester('unknown-certification', {
  valid: [{ name: 'switched off by a policy', code: inventory({ entries: [entry({ certifications: '[iso2701]' })] }), policy: { rules: { 'unknown-certification': 'off' } } }],
  invalid: [],
});
