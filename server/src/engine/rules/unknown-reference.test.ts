import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const flows = (to: string) => `\n    dataFlows:\n      - to: ${to}\n        description: exports`;

ruleTester('unknown-reference', {
  valid: [{ name: 'a flow to an existing id', code: inventory({ entries: [entry() + flows('warehouse'), entry({ id: `warehouse` })] }) }],
  invalid: [
    {
      name: 'a misspelt id gets a suggestion',
      code: inventory({ entries: [entry() + flows('warehous'), entry({ id: `warehouse` })] }),
      findings: [
        {
          messageFr: 'Aucun sous-traitant n’a l’identifiant « warehous » : vouliez-vous écrire « warehouse » ?',
          text: 'warehous',
          message: /did you mean "warehouse"/,
        },
      ],
      fixes: [
        {
          title: /^Change the reference "warehous" to `warehouse`$/,
          titleFr: 'Remplacer la référence «\u00a0warehous\u00a0» par `warehouse`',
          safe: false,
          output: ['      - to: warehous', '      - to: warehouse'],
        },
      ],
    },
    {
      name: 'an id that matches nothing',
      code: inventory({ entries: [entry() + flows('nowhere-at-all')] }),
      findings: [
        {
          messageFr:
            'Aucun sous-traitant n’a l’identifiant «\u00a0nowhere-at-all\u00a0»\u202f; indiquez l’`id` d’une entrée de ce fichier.',
          text: 'nowhere-at-all',
          message: /No sub-processor has the id "nowhere-at-all"/,
        },
      ],
    },
  ],
});
