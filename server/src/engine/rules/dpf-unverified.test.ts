import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (transfer: string) => inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer })] });

ruleTester('dpf-unverified', {
  valid: [
    { name: 'checked two months ago', code: at('{ mechanism: dpf, verified: 2026-09-26 }') },
    { name: 'SCCs need no DPF check', code: at('{ mechanism: scc, tia: true }') },
    {
      name: 'one DPF object for the US and the UK: the DPF is the basis for the US, adequacy covers the UK anyway',
      code: inventory({
        entries: [entry({ dataLocation: '{ countries: [US, GB] }', transfer: '{ mechanism: dpf, verified: 2026-09-26 }' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'DPF with no check recorded',
      code: at('{ mechanism: dpf }'),
      findings: [
        {
          messageFr:
            '`acme` s’appuie sur le Data Privacy Framework, et aucune vérification de son inscription n’est consignée : la décision ne couvre que les organisations inscrites et actives sur la liste DPF (pour les données concernées). Vérifiez l’inscription de l’entité sur dataprivacyframework.gov et indiquez la date dans `verified`.',
          text: 'dpf',
          severity: 'warning',
          message: /no check of its listing is recorded/,
        },
      ],
    },
    {
      name: 'DPF checked more than 12 months ago, in a list of transfers',
      code: at('[{ to: [US], mechanism: dpf, verified: 2025-06-30 }]'),
      findings: [
        {
          messageFr:
            'L’inscription DPF de `acme` a été vérifiée pour la dernière fois le 30 juin 2025, il y a plus de 12 mois\u00a0: une certification non renouvelée chaque année devient caduque. Vérifiez-la de nouveau et mettez `verified` à jour.',
          text: '2025-06-30',
          message: /last checked on 30 June 2025, more than 12 months ago/,
        },
      ],
    },
    {
      name: 'a UK recipient recorded with dpf: a wrong basis (no listing check asked)',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [GB] }', transfer: '{ mechanism: dpf }' })] }),
      findings: [
        {
          messageFr:
            'Le transfert de `acme` vers un pays tiers (Royaume-Uni, GB) est consigné au titre du Data Privacy Framework, qui n’en est pas le bon fondement\u00a0: le DPF UE-États-Unis ne couvre que des organisations américaines, et son extension britannique fonde les transferts des exportateurs britanniques, pas la sortie de données de l’EEE. Ce pays bénéficie d’une décision d’adéquation\u00a0: consignez `mechanism: adequacy` pour ce transfert.',
          text: 'dpf',
          messageId: 'notUs',
          data: { countries: ['GB'] },
          message:
            /^`acme`'s transfer to a third country \(United Kingdom, GB\) is recorded under the Data Privacy Framework, which is a wrong basis there: .* An adequacy decision covers that country: record `mechanism: adequacy` there\.$/,
        },
      ],
    },
    {
      name: 'dpf named for the UK in a list of transfers',
      code: inventory({
        entries: [
          entry({
            dataLocation: '{ countries: [US, GB] }',
            transfer: '[{ to: [US], mechanism: dpf, verified: 2026-09-26 }, { to: [GB], mechanism: dpf }]',
          }),
        ],
      }),
      findings: [{ text: 'dpf', messageId: 'notUs', data: { countries: ['GB'] } }],
    },
    {
      name: 'two adequate countries under dpf: named by name and code, and the words agree in number',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [GB, CH] }', transfer: '{ mechanism: dpf }' })] }),
      findings: [
        {
          text: 'dpf',
          messageId: 'notUs',
          data: { countries: ['GB', 'CH'] },
          message:
            /^`acme`'s transfer to third countries \(United Kingdom, GB; Switzerland, CH\) is recorded .* Adequacy decisions cover those countries: record/,
          messageFr:
            'Le transfert de `acme` vers des pays tiers (Royaume-Uni, GB\u202f; Suisse, CH) est consigné au titre du Data Privacy Framework, qui n’en est pas le bon fondement\u00a0: le DPF UE-États-Unis ne couvre que des organisations américaines, et son extension britannique fonde les transferts des exportateurs britanniques, pas la sortie de données de l’EEE. Ces pays bénéficient chacun d’une décision d’adéquation\u00a0: consignez `mechanism: adequacy` pour ce transfert.',
        },
      ],
    },
  ],
});
