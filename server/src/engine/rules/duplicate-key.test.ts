import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('duplicate-key', {
  valid: [{ name: 'distinct keys', code: inventory() }],
  invalid: [
    {
      name: 'a repeated key in an entry underlines the second key',
      code: inventory({ entries: [`${entry()}\n    purpose: Backups`] }),
      findings: [
        {
          messageFr:
            'La clé `purpose` apparaît deux fois dans ce mapping ; n’en gardez qu’une (un mapping YAML ne peut pas répéter une clé).',
          text: 'purpose',
          line: 18,
          message: /`purpose` appears twice/,
        },
      ],
    },
    {
      name: 'a repeated key in a flow mapping',
      code: inventory({ entries: [entry({ dpa: '{ type: dpa, type: addendum }' })] }),
      findings: [{ text: 'type', message: /`type` appears twice/ }],
    },
  ],
});
