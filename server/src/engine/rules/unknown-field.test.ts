import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('unknown-field', {
  valid: [
    { name: 'known fields only', code: inventory() },
    {
      name: 'optional fields',
      code: inventory({ entries: [entry({ group: 'Core', category: 'Hosting', since: '2024-01-01', note: 'x' })] }),
    },
  ],
  invalid: [
    {
      name: 'a misspelt key gets a suggestion',
      code: inventory({ entries: [entry({ purpose: undefined, purpse: 'Hosting' })] }),
      findings: [
        {
          messageFr: 'Champ inconnu `purpse` (`acme`) : vouliez-vous écrire `purpose` ?',
          text: 'purpse',
          message: /did you mean `purpose`\?/,
        },
      ],
      fixes: [
        {
          title: /^Rename `purpse` to `purpose`$/,
          titleFr: 'Renommer `purpse` en `purpose`',
          safe: false,
          output: ['    purpse: Hosting', '    purpose: Hosting'],
        },
      ],
    },
    {
      name: 'top level',
      code: inventory({ top: 'polcy: ./p.yaml' }),
      findings: [{ text: 'polcy', message: /did you mean `policy`/ }],
      fixes: [{ title: /^Rename `polcy` to `policy`$/, safe: false, output: ['polcy: ./p.yaml', 'policy: ./p.yaml'] }],
    },
    {
      name: 'nested key',
      code: inventory({ entries: [entry({ dpa: '{ type: dpa, signd: 2024-01-01 }' })] }),
      findings: [{ text: 'signd', message: /did you mean `signed`/ }],
      fixes: [
        {
          title: /^Rename `signd` to `signed`$/,
          safe: false,
          output: ['    dpa: { type: dpa, signd: 2024-01-01 }', '    dpa: { type: dpa, signed: 2024-01-01 }'],
        },
      ],
    },
    {
      name: 'a number key (`1:`) renamed: only the key changes, the comments stay (one with a combining accent)',
      // No entry yet (an entry would inherit the key and have its own finding).
      code: inventory({ defaults: '  # revue du 3 mai (cafe\u0301)\n  1: Hosting', entries: ['  []'] }).replace(
        'inventory:',
        'inventory: # à jour',
      ),
      findings: [{ text: '1', message: /in `defaults`: did you mean `id`/ }],
      fixes: [{ title: /^Rename `1` to `id`$/, safe: false, output: ['  1: Hosting', '  id: Hosting'] }],
    },
    {
      name: 'no plausible suggestion lists the known fields',
      code: inventory({ top: 'zzzzzzzz: 1' }),
      findings: [
        {
          messageFr:
            'Champ inconnu `zzzzzzzz` (le premier niveau). Champs admis\u00a0: inventory, policy, safeguards, defaults, subprocessors.',
          text: 'zzzzzzzz',
          message: /Known fields: inventory, policy/,
        },
      ],
    },
  ],
});
