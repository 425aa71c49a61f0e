import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('not-a-certification', {
  valid: [
    { name: 'claims under `claims`', code: inventory({ entries: [entry({ claims: '[gdpr-compliant, hipaa]' })] }) },
    {
      name: 'switched off by a policy',
      code: inventory({ entries: [entry({ certifications: '[soc2-type2, gdpr-compliant]' })] }),
      policy: { rules: { 'not-a-certification': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'gdpr-compliant and hipaa under certifications',
      code: inventory({ entries: [entry({ certifications: '[soc2-type2, gdpr-compliant, hipaa]' })] }),
      findings: [
        {
          messageFr:
            '« gdpr-compliant » (`acme`) est une déclaration du prestataire, pas une certification auditée : déplacez-la vers `claims`.',
          text: 'gdpr-compliant',
          message: /self-declared claim.*move it to `claims`/,
        },
        { text: 'hipaa', message: /move it to `claims`/ },
      ],
      fixes: [
        {
          title: /^Move "gdpr-compliant" from certifications to claims: it is a claim, not an audited certification$/,
          titleFr:
            'Déplacer «\u00a0gdpr-compliant\u00a0» des certifications vers les déclarations\u00a0: c’est une déclaration, pas une certification auditée',
          safe: true,
          output: [
            '    certifications: [soc2-type2, gdpr-compliant, hipaa]',
            '    certifications: [soc2-type2, hipaa]\n    claims: [gdpr-compliant]',
          ],
        },
        {
          title: /^Move "hipaa" from certifications to claims: it is a claim, not an audited certification$/,
          safe: true,
          output: [
            '    certifications: [soc2-type2, gdpr-compliant, hipaa]',
            '    certifications: [soc2-type2, gdpr-compliant]\n    claims: [hipaa]',
          ],
        },
      ],
    },
    {
      name: 'dpf belongs under transfer',
      code: inventory({ entries: [entry({ certifications: '[dpf]' })] }),
      findings: [
        {
          messageFr:
            '«\u00a0dpf\u00a0» (`acme`) est un outil de transfert, pas une certification\u00a0: indiquez-le sous la forme `transfer: { mechanism: dpf }`.',
          text: 'dpf',
          message: /transfer: \{ mechanism: dpf \}/,
        },
      ],
      fixes: [
        {
          title: /^Move "dpf" from certifications to `transfer: \{ mechanism: dpf \}`: it is a transfer framework, not a certification$/,
          titleFr:
            'Déplacer «\u00a0dpf\u00a0» des certifications vers `transfer: { mechanism: dpf }`\u00a0: c’est un outil de transfert, pas une certification',
          safe: true,
          output: [
            '    certifications: [dpf]\n    dpa: { type: dpa }',
            '    certifications: []\n    dpa: { type: dpa }\n    transfer: { mechanism: dpf }',
          ],
        },
      ],
    },
    {
      name: 'privacy-shield is invalid, not a claim to keep',
      code: inventory({ entries: [entry({ certifications: '[soc2-type2, privacy-shield]' })] }),
      findings: [
        {
          messageFr:
            '«\u00a0privacy-shield\u00a0» (`acme`) désigne le Privacy Shield UE-États-Unis, invalidé par la Cour de justice le 16 juillet 2020 (Schrems II)\u00a0: ce n’est ni une certification ni un fondement de transfert\u202f; retirez-le et indiquez sous `transfer` l’outil réellement utilisé (`dpf` ou `scc`).',
          text: 'privacy-shield',
          message: /invalidated .*16 July 2020.*no transfer basis/,
        },
      ],
      fixes: [
        {
          title: /^Remove "privacy-shield": it is no longer valid$/,
          titleFr: 'Retirer «\u00a0privacy-shield\u00a0»\u00a0: il n’est plus valable',
          safe: false,
          output: ['    certifications: [soc2-type2, privacy-shield]', '    certifications: [soc2-type2]'],
        },
      ],
    },
    {
      name: 'a claim inherited from defaults is underlined under defaults; re-levelled to info',
      code: inventory({ defaults: '  certifications: [gdpr-compliant]', entries: [entry({ certifications: undefined })] }),
      policy: { rules: { 'not-a-certification': 'info' } },
      findings: [{ messageId: 'claim', text: 'gdpr-compliant', line: 5, severity: 'info' }],
    },
  ],
});
