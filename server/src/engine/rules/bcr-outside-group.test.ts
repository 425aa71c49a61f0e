import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (more: Record<string, string>) =>
  inventory({ entries: [entry({ dataLocation: '{ countries: [IN] }', transfer: '{ mechanism: bcr, tia: true }', ...more })] });

ruleTester('bcr-outside-group', {
  valid: [{ name: 'BCRs to a company of the group', code: at({ relationship: 'affiliate' }) }],
  invalid: [
    {
      name: 'BCRs to a vendor',
      code: at({}),
      findings: [{ text: 'bcr', severity: 'error', message: /binding corporate rules: BCRs bind the group's members only/ }],
    },
    {
      name: 'BCRs to a vendor said to be one',
      code: at({ relationship: 'vendor' }),
      findings: [{ text: 'bcr', message: /GDPR Art\. 47\(1\)/ }],
    },
  ],
});
