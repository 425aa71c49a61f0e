import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

const at = (ai: string) => inventory({ entries: [entry({ ai })] });

ruleTester('ai-data-use', {
  valid: [
    { name: 'no training', code: at('{ trainsOnCustomerData: false, retentionDays: 0 }') },
    { name: 'not an AI provider', code: inventory() },
    { name: 'a help desk whose purpose does not say AI', code: inventory({ entries: [entry({ purpose: 'Customer support tickets' })] }) },
    {
      name: "a word inside another word is not read as AI ('paid', 'trail')",
      code: inventory({ entries: [entry({ purpose: 'Paid trail maps' })] }),
    },
  ],
  invalid: [
    {
      name: 'an AI provider silent on training',
      code: at('{ retentionDays: 30 }'),
      findings: [
        {
          messageFr:
            '`acme` applique des modèles d’IA aux données, et le registre ne dit pas s’il entraîne ses modèles sur celles-ci : vérifiez ses conditions (les conditions API et entreprise excluent en général l’entraînement) et écrivez `trainsOnCustomerData: false` ou `true`.',
          text: 'ai',
          severity: 'warning',
          message: /does not say whether it trains its models/,
        },
      ],
    },
    {
      name: 'an LLM provider with no `ai` block: asked for it',
      code: inventory({ entries: [entry({ purpose: 'LLM API for drafting support replies' })] }),
      findings: [
        {
          messageFr:
            '`acme` est décrit comme un fournisseur d’IA (LLM, inférence d’IA), et le registre ne dit pas ce qu’il fait des données\u00a0: ajoutez `ai: { trainsOnCustomerData: ..., retentionDays: ... }` d’après ses conditions.',
          text: 'LLM API for drafting support replies',
          severity: 'warning',
          messageId: 'noAiBlock',
          message: /described as an AI provider/,
        },
      ],
    },
    {
      name: 'an AI-inference vendor, recognised by its category (in French)',
      code: inventory({ entries: [entry({ category: 'IA générative' })] }),
      findings: [{ text: 'IA générative', messageId: 'noAiBlock' }],
    },
    {
      name: 'training not known yet',
      code: at('{ trainsOnCustomerData: unknown }'),
      findings: [{ text: 'unknown', message: /does not say whether it trains/ }],
    },
    {
      name: 'a provider that trains on the data',
      code: at('{ trainsOnCustomerData: true }'),
      findings: [
        {
          messageFr:
            '`acme` entraîne ses modèles sur les données qu’il reçoit\u00a0: un sous-traitant n’agit que sur vos instructions documentées (art. 28, paragraphe 3, point a), du RGPD), et celui qui utilise les données pour ses propres fins devient responsable de ce traitement (art. 28, paragraphe 10). Faites désactiver l’entraînement dans ses réglages ou son contrat avant qu’il ne reçoive des données personnelles, ou choisissez un autre prestataire.',
          text: 'true',
          severity: 'error',
          message: /trains its models on the data it receives.*Art\. 28\(3\)\(a\).*Art\. 28\(10\)/,
        },
      ],
    },
  ],
});
