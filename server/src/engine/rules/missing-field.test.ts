import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('missing-field', {
  valid: [
    { name: 'a complete entry', code: inventory() },
    {
      name: 'a field inherited from defaults',
      code: inventory({ defaults: '  purpose: Hosting', entries: [entry({ purpose: undefined })] }),
    },
    { name: 'an empty list of certifications is present', code: inventory({ entries: [entry({ certifications: '[]' })] }) },
  ],
  invalid: [
    {
      name: "no purpose: underlines the entry's id key",
      code: inventory({ entries: [entry({ purpose: undefined })] }),
      findings: [{ text: 'id', message: /"acme" is missing the required field `purpose`/ }],
      fixes: [
        {
          title: /^Add the missing field of "acme" \(purpose\) with placeholders$/,
          safe: true,
          output: [
            '    dataLocation: { countries: [FR], regions: [aws:eu-west-3] }',
            '    purpose: "<purpose>"\n    dataLocation: { countries: [FR], regions: [aws:eu-west-3] }',
          ],
        },
      ],
    },
    {
      name: 'no id: underlines the first key',
      code: inventory({ entries: [entry({ id: undefined })] }),
      findings: [{ text: 'name', message: /missing the required field `id`/ }],
      fixes: [
        {
          title: /^Add the missing field of sub-processor #1 \(id\) with placeholders$/,
          safe: true,
          output: ['  - name: Acme Cloud', '  - id: "<id>"\n    name: Acme Cloud'],
        },
      ],
    },
    {
      name: 'nested: dataLocation without countries',
      code: inventory({ entries: [entry({ dataLocation: '{ regions: [aws:eu-west-3] }' })] }),
      findings: [{ text: 'dataLocation', message: /`countries`/ }],
      fixes: [
        {
          title: /^Add the missing field of "acme" \(countries\) with placeholders$/,
          safe: true,
          output: ['    dataLocation: { regions: [aws:eu-west-3] }', '    dataLocation: { countries: [], regions: [aws:eu-west-3] }'],
        },
      ],
    },
    {
      name: 'inventory without contact',
      code: inventory().replace('  contact: privacy@example.com\n', ''),
      findings: [{ text: 'inventory', message: /`contact`/ }],
      fixes: [
        {
          title: /^Add the missing field of `inventory` \(contact\) with placeholders$/,
          safe: true,
          output: ['  lastUpdated: 2026-06-01', '  contact: "<email address>"\n  lastUpdated: 2026-06-01'],
        },
      ],
    },
    { name: 'an empty file', code: '', findings: [{ text: '', message: /empty/ }] },
    {
      name: 'not an inventory at all',
      code: 'name: my-app\nversion: 1\n',
      findings: [{ text: 'name: my-app', message: /not a sub-processor inventory/ }],
    },
  ],
});
