import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (certs: string) => inventory({ entries: [entry({ certifications: certs })] });

ruleTester('certification-stale', {
  valid: [
    { name: 'a period that ended five months ago', code: at('[{ id: soc2-type2, periodEnd: 2026-06-30 }]') },
    { name: 'a bare id says nothing of its period', code: at('[soc2-type2]') },
  ],
  invalid: [
    {
      name: 'a SOC 2 report whose period ended more than 12 months ago',
      code: at('[iso27001, { id: soc2-type2, periodEnd: 2025-06-30 }]'),
      findings: [
        {
          messageFr:
            'Le rapport SOC 2 Type II de `acme` couvre une période close le 30 juin 2025, il y a plus de 12 mois : il renseigne peu sur les contrôles actuels. Demandez le rapport en cours (ou une bridge letter pour les mois écoulés depuis) et mettez `periodEnd` à jour.',
          text: '2025-06-30',
          severity: 'warning',
          message: /SOC 2 Type II report of `acme` covers a period that ended on 30 June 2025/,
        },
      ],
    },
  ],
});
