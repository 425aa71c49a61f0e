import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (more: Record<string, string>, transfer = '{ mechanism: bcr, tia: true }') =>
  inventory({ entries: [entry({ dataLocation: '{ countries: [IN] }', transfer, ...more })] });

ruleTester('bcr-outside-group', {
  valid: [
    { name: 'BCRs to a company of the group', code: at({ relationship: 'affiliate' }) },
    {
      name: "a vendor's own group transfer under the BCR-P approved for that group (an Irish entity to its US parent)",
      code: inventory({
        entries: [
          entry({
            entity: 'Acme Ireland Ltd',
            entityCountry: 'IE',
            parentCountry: 'US',
            dataLocation: '{ countries: [IE] }',
            access: '{ countries: [US] }',
            transfer: '{ to: [US], mechanism: bcr, bcr: { group: vendor }, tia: 2026-01-10 }',
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "your own group's BCRs cited for an outside vendor: an error",
      code: at({}, '{ mechanism: bcr, bcr: { group: organisation }, tia: true }'),
      findings: [
        {
          messageFr:
            '`acme` n’est pas une société de votre groupe (`relationship: affiliate`), et pourtant ses transferts reposent sur les règles d’entreprise contraignantes de votre groupe : les BCR ne lient que les membres du groupe qui les a adoptées (art. 47, paragraphe 1, du RGPD) ; un transfert vers un prestataire extérieur exige donc son propre outil (comme `scc`).',
          text: 'bcr',
          severity: 'error',
          message: /your group's binding corporate rules: BCRs bind the members of the group that adopted them only/,
        },
      ],
    },
    {
      name: 'BCRs whose group is not stated: asked for, as a warning, never an error',
      code: at({ relationship: 'vendor' }),
      findings: [
        {
          messageFr:
            'Les transferts de `acme` reposent sur des règles d’entreprise contraignantes, sans que le registre dise de qui elles sont\u00a0: les BCR de sous-traitant approuvées pour le groupe de `acme` couvrent ses transferts vers les membres de ce groupe (écrivez `bcr: { group: vendor }`)\u202f; les BCR de votre propre groupe ne couvrent jamais un prestataire extérieur (il lui faut alors son propre outil, comme `scc`).',
          text: 'bcr',
          severity: 'warning',
          messageId: 'unstated',
          message: /does not say whose.*`bcr: \{ group: vendor \}`/,
        },
      ],
    },
  ],
});
