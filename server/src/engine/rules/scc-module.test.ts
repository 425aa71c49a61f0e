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
      findings: [
        {
          messageFr:
            'Le transfert de `acme` repose sur le module 1 des clauses 2021/914, qui ne convient pas à un sous-traitant ultérieur (le module 1 vise les transferts de responsable à responsable, le module 4 de sous-traitant à responsable) : les clauses signées doivent correspondre aux rôles, module 3 (de sous-traitant à sous-traitant) si vous êtes sous-traitant, module 2 (de responsable à sous-traitant) si vous êtes responsable du traitement. Signez le module qui convient, puis indiquez-le dans `scc.module`.',
          text: '1',
          severity: 'error',
          message: /Module 1 of the 2021\/914 clauses, which does not fit a sub-processor/,
        },
      ],
    },
    {
      name: 'Module 4, processor to controller',
      code: at('4'),
      findings: [{ text: '4', messageId: 'wrongModule', data: { module: 4 } }],
    },
  ],
});
