import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('duplicate-id', {
  valid: [{ name: 'distinct ids', code: inventory({ entries: [entry(), entry({ id: `other` })] }) }],
  invalid: [
    {
      name: 'the second use of an id is underlined and names the first line',
      code: inventory({ entries: [entry(), entry({ name: 'Acme 2' })] }),
      findings: [
        {
          messageFr: 'L’identifiant « acme » est déjà celui de l’entrée de la ligne 6 ; chaque identifiant doit être unique.',
          text: 'acme',
          line: 18,
          message: /already used by the entry on line 6/,
        },
      ],
    },
    {
      name: 'three uses give two findings',
      code: inventory({ entries: [entry(), entry(), entry()] }),
      findings: [
        { messageId: 'duplicate', text: 'acme', line: 18 },
        { messageId: 'duplicate', text: 'acme', line: 31 },
      ],
    },
  ],
});
