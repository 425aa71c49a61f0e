import { inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('yaml-syntax', {
  valid: [
    { name: 'valid YAML', code: inventory() },
    { name: 'comments and flow style', code: `# a comment\n${inventory()}` },
  ],
  invalid: [
    {
      name: 'a tab used as indentation',
      code: 'inventory:\n\torganization: x\n',
      findings: [{ messageFr: 'YAML : Tabs are not allowed as indentation', text: '\t', message: /Tabs are not allowed/ }],
    },
    {
      name: 'an unclosed flow sequence',
      code: inventory().replace('[soc2-type2, iso27001]', '[soc2-type2, iso27001'),
      findings: [{ text: 'd', line: 12, message: /end with a \]/ }],
    },
    { name: 'a second document', code: `${inventory()}---\nfoo: 1\n`, findings: [{ text: '---', message: /one YAML document/ }] },
    {
      name: 'an unknown tag',
      code: inventory().replace('purpose: Hosting', 'purpose: !secret Hosting'),
      findings: [{ text: '!secret', message: /tag/i }],
    },
  ],
});
