import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (module: string) =>
  inventory({
    entries: [
      entry({
        dataLocation: '{ countries: [US] }',
        transfer: `{ mechanism: scc, scc: { version: "2021/914", module: ${module} }, tia: true }`,
      }),
    ],
  });

ruleTester('scc-module', {
  valid: [
    { name: 'Module 3, processor to processor', code: at('3') },
    { name: "Module 2, a controller's processor: the organisation's role is not stated, so it is not questioned", code: at('2') },
    {
      name: 'no module said',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc, tia: true }' })] }),
    },
  ],
  invalid: [
    {
      name: 'Module 1, controller to controller, for a sub-processor',
      code: at('1'),
      findings: [{ text: '1', severity: 'error', message: /Module 1 of the 2021\/914 clauses, which does not fit a sub-processor/ }],
    },
    {
      name: 'Module 4, processor to controller',
      code: at('4'),
      findings: [{ text: '4', messageId: 'wrongModule', data: { module: 4 } }],
    },
  ],
});
