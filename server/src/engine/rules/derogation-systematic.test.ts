import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (transfer: string) => inventory({ entries: [entry({ dataLocation: '{ countries: [IN] }', transfer })] });

ruleTester('derogation-systematic', {
  valid: [{ name: 'SCCs', code: at('{ mechanism: scc, tia: true }') }],
  invalid: [
    {
      name: 'a derogation for a CRM in India: no basis for a structural relationship, an error',
      code: at('{ mechanism: derogation }'),
      findings: [{ text: 'derogation', severity: 'error', message: /Art\. 49 derogation, which is not a safeguard.*have no basis/ }],
    },
  ],
});
