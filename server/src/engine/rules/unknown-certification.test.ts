import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('unknown-certification', {
  valid: [
    {
      name: 'known ids, plain and as objects',
      code: inventory({ entries: [entry({ certifications: '[soc2-type2, { id: iso27001, edition: "2022" }, c5]' })] }),
    },
    {
      name: 'a claim is not reported here (not-a-certification is)',
      code: inventory({ entries: [entry({ certifications: '[gdpr-compliant]' })] }),
    },
    {
      name: 'switched off by a policy',
      code: inventory({ entries: [entry({ certifications: '[iso2701]' })] }),
      policy: { rules: { 'unknown-certification': 'off' } },
    },
  ],
  invalid: [
    {
      name: 'a misspelt id gets the closest known id',
      code: inventory({ entries: [entry({ certifications: '[soc2-type2, iso2701]' })] }),
      findings: [
        {
          messageFr: 'Certification inconnue « iso2701 » : vouliez-vous écrire `iso27001` (ISO/IEC 27001) ?',
          text: 'iso2701',
          message: /did you mean `iso27001`/,
          severity: 'warning',
        },
      ],
      fixes: [
        {
          title: /^Change "iso2701" to `iso27001` \(ISO\/IEC 27001\)$/,
          titleFr: 'Remplacer «\u00a0iso2701\u00a0» par `iso27001` (ISO/IEC 27001)',
          safe: false,
          output: ['    certifications: [soc2-type2, iso2701]', '    certifications: [soc2-type2, iso27001]'],
        },
      ],
    },
    {
      name: 'an object item, and an id matching nothing',
      code: inventory({ entries: [entry({ certifications: '[{ id: acme-seal-of-trust }]' })] }),
      findings: [
        {
          messageFr:
            'Certification inconnue «\u00a0acme-seal-of-trust\u00a0»\u00a0: utilisez un identifiant connu comme `soc2-type2` ou `iso27001`, ou déplacez une simple déclaration du prestataire vers `claims`.',
          text: 'acme-seal-of-trust',
          message: /Unknown certification "acme-seal-of-trust": use a known id/,
        },
      ],
    },
    {
      name: 're-levelled to error by a policy',
      code: inventory({ entries: [entry({ certifications: '[soc2-typ2]' })] }),
      policy: { rules: { 'unknown-certification': 'error' } },
      findings: [{ text: 'soc2-typ2', severity: 'error', message: /`soc2-type2`/ }],
      fixes: [
        {
          title: /^Change "soc2-typ2" to `soc2-type2` \(SOC 2 Type II\)$/,
          safe: false,
          output: ['    certifications: [soc2-typ2]', '    certifications: [soc2-type2]'],
        },
      ],
    },
    {
      name: 'an id written without its hyphen is re-filed safely',
      code: inventory({ entries: [entry({ certifications: '[soc2type2]' })] }),
      findings: [{ text: 'soc2type2', messageId: 'unknownSuggest', data: { suggestion: 'soc2-type2' } }],
      fixes: [{ title: /^Change "soc2type2" to `soc2-type2` \(SOC 2 Type II\)$/, safe: true, output: ['[soc2type2]', '[soc2-type2]'] }],
    },
  ],
});
