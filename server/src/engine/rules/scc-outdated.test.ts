import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (transfer: string) => inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer })] });

ruleTester('scc-outdated', {
  valid: [
    { name: 'the 2021/914 clauses', code: at('{ mechanism: scc, scc: { version: "2021/914", module: 3 }, tia: 2026-01-10 }') },
    { name: 'SCCs with no version said', code: at('{ mechanism: scc }') },
    { name: 'another mechanism', code: at('{ mechanism: dpf, note: replaced the 2010/87/EU clauses, verified: 2026-10-01 }') },
    {
      name: 'a note that names the set in force',
      code: at('{ mechanism: scc, note: 2021/914 clauses replacing the 2010 model clauses, tia: true }'),
    },
  ],
  invalid: [
    {
      name: 'SCC 2010/87/EU',
      code: at('{ mechanism: scc, scc: { version: 2010/87/EU } }'),
      findings: [
        {
          messageFr:
            'Le transfert de `acme` repose sur les clauses 2010/87/EU, abrogées à compter du 27 septembre 2021 et sans effet depuis le 27 décembre 2022 : il n’a pas de fondement valable tant que les clauses 2021/914 ne sont pas signées (module 3 pour le sous-traitant d’un sous-traitant). Écrivez ensuite `version: "2021/914"`.',
          text: '2010/87/EU',
          severity: 'error',
          message: /without effect since 27 December 2022/,
        },
      ],
    },
    {
      name: 'the repealed set named in the note, in a list of transfers',
      code: at('[{ to: [US], mechanism: scc, note: Standard Contractual Clauses (2004/915/EC) }]'),
      findings: [{ text: 'Standard Contractual Clauses (2004/915/EC)', message: /the 2004\/915\/EC clauses/ }],
    },
    {
      name: '"EU Model Clauses (2010)" in the note is read as the repealed set',
      code: at('{ mechanism: scc, note: EU Model Clauses (2010), tia: true }'),
      findings: [{ text: 'EU Model Clauses (2010)', messageId: 'outdated', data: { version: '2010/87/EU' } }],
    },
    {
      name: '"2010 model clauses" as the mechanism text is read as the repealed set',
      code: at('{ mechanism: 2010 model clauses }'),
      findings: [{ text: '2010 model clauses', message: /relies on the 2010\/87\/EU clauses, repealed/ }],
    },
    {
      name: 'the Art. 28(7) clauses of 2021/915 offered as transfer clauses',
      code: at('{ mechanism: scc, scc: { version: "2021/915" }, tia: true }'),
      findings: [
        {
          messageFr:
            'Le transfert de `acme` repose sur les clauses 2021/915\u00a0: ce sont les clauses de l’article 28, paragraphe 7, entre responsable du traitement et sous-traitant au sein de l’EEE, pas un outil de transfert\u202f; le transfert n’a donc pas de fondement. Les clauses de transfert sont celles de 2021/914 (module 3 pour le sous-traitant d’un sous-traitant)\u00a0: indiquez `mechanism: scc` avec `version: "2021/914"` une fois qu’elles sont signées.',
          text: '"2021/915"',
          severity: 'error',
          messageId: 'art28',
          message: /Art\. 28\(7\) clauses.*not a transfer tool/,
        },
      ],
    },
  ],
});
