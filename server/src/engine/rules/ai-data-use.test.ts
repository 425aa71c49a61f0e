import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (ai: string) => inventory({ entries: [entry({ ai })] });

ruleTester('ai-data-use', {
  valid: [
    { name: 'no training', code: at('{ trainsOnCustomerData: false, retentionDays: 0 }') },
    { name: 'not an AI provider', code: inventory() },
  ],
  invalid: [
    {
      name: 'an AI provider silent on training',
      code: at('{ retentionDays: 30 }'),
      findings: [{ text: 'ai', severity: 'warning', message: /does not say whether it trains its models/ }],
    },
    {
      name: 'training not known yet',
      code: at('{ trainsOnCustomerData: unknown }'),
      findings: [{ text: 'unknown', message: /does not say whether it trains/ }],
    },
    {
      name: 'a provider that trains on the data',
      code: at('{ trainsOnCustomerData: true }'),
      findings: [{ text: 'true', message: /trains its models on the data it receives.*Art\. 28\(3\)\(a\)/ }],
    },
  ],
});
