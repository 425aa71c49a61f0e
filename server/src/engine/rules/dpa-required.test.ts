import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('dpa-required', {
  valid: [
    { name: 'its own dpa', code: inventory() },
    {
      name: 'inherited from defaults',
      code: inventory({ defaults: '  dpa: { type: terms-of-service }', entries: [entry({ dpa: undefined })] }),
    },
    {
      name: 'switched off by a policy',
      code: inventory({ entries: [entry({ dpa: undefined })] }),
      policy: { rules: { 'dpa-required': 'off' } },
    },
  ],
  invalid: [
    {
      name: "no dpa at all: the entry's id key",
      code: inventory({ entries: [entry({ dpa: undefined })] }),
      findings: [
        {
          messageFr:
            '`acme` n’a pas de contrat de sous-traitance (l’article 28, paragraphe 3, du RGPD exige un contrat avec chaque sous-traitant ultérieur) : ajoutez `dpa: { type: dpa }`, ou indiquez-le une fois pour toutes sous `defaults`.',
          text: 'id',
          severity: 'error',
          message: /`acme` has no DPA.*`dpa: \{ type: dpa \}`/,
        },
      ],
      fixes: [
        {
          title: /^Add `dpa: \{ type: dpa \}` \(a signed data processing agreement\)$/,
          titleFr: 'Ajouter `dpa: { type: dpa }` (un accord de traitement des données signé)',
          safe: false,
          output: ['    serviceAuthentication: API keys', '    dpa: { type: dpa }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Add `dpa: \{ type: addendum \}` \(a data processing addendum\)$/,
          titleFr: 'Ajouter `dpa: { type: addendum }` (un avenant relatif au traitement des données)',
          safe: false,
          output: ['    serviceAuthentication: API keys', '    dpa: { type: addendum }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Add `dpa: \{ type: terms-of-service \}` \(data protection terms in the terms of service\)$/,
          titleFr: 'Ajouter `dpa: { type: terms-of-service }` (des clauses de protection des données dans les conditions générales)',
          safe: false,
          output: ['    serviceAuthentication: API keys', '    dpa: { type: terms-of-service }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Record `dpa: unknown` \(not known yet: find it out\)$/,
          titleFr: 'Consigner `dpa: unknown` (accord non encore vérifié)',
          safe: true,
          output: ['    serviceAuthentication: API keys', '    dpa: unknown\n    serviceAuthentication: API keys'],
        },
      ],
    },
    {
      name: 're-levelled to warning',
      code: inventory({ entries: [entry({ dpa: undefined })] }),
      policy: { rules: { 'dpa-required': 'warning' } },
      findings: [{ messageId: 'noDpa', text: 'id', severity: 'warning' }],
      fixes: [
        {
          title: /^Add `dpa: \{ type: dpa \}` \(a signed data processing agreement\)$/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    dpa: { type: dpa }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Add `dpa: \{ type: addendum \}` \(a data processing addendum\)$/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    dpa: { type: addendum }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Add `dpa: \{ type: terms-of-service \}` \(data protection terms in the terms of service\)$/,
          safe: false,
          output: ['    serviceAuthentication: API keys', '    dpa: { type: terms-of-service }\n    serviceAuthentication: API keys'],
        },
        {
          title: /^Record `dpa: unknown` \(not known yet: find it out\)$/,
          safe: true,
          output: ['    serviceAuthentication: API keys', '    dpa: unknown\n    serviceAuthentication: API keys'],
        },
      ],
    },
  ],
});
