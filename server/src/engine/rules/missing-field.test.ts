import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

ruleTester('missing-field', {
  valid: [
    { name: 'a complete entry', code: inventory() },
    {
      name: 'a field inherited from defaults',
      code: inventory({ defaults: '  purpose: Hosting', entries: [entry({ purpose: undefined })] }),
    },
    { name: 'an empty list of certifications is present', code: inventory({ entries: [entry({ certifications: '[]' })] }) },
  ],
  invalid: [
    {
      name: "no purpose: underlines the entry's id key",
      code: inventory({ entries: [entry({ purpose: undefined })] }),
      findings: [
        {
          messageFr: '`acme` : le champ obligatoire `purpose` manque. Ce que le sous-traitant ultérieur fait pour vous, en une ligne.',
          text: 'id',
          message: /^`acme` is missing the required field `purpose`/,
        },
      ],
      fixes: [
        {
          title: /^Add the missing field of `acme` \(purpose\) as `unknown`, to find out$/,
          titleFr: 'Ajouter le champ manquant de `acme` (purpose) à `unknown`, à vérifier',
          safe: true,
          output: [
            '    dataLocation: { countries: [FR], regions: [aws:eu-west-3] }',
            '    purpose: unknown\n    dataLocation: { countries: [FR], regions: [aws:eu-west-3] }',
          ],
        },
      ],
    },
    {
      name: 'a description whose first sentence holds "(Art. 49)": the message goes on to its end, not cut at "Art."',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ to: [US] }' })] }),
      findings: [
        {
          text: 'transfer',
          messageId: 'missingDoc',
          message:
            /^`transfer` is missing the required field `mechanism`: `scc` \(Standard Contractual Clauses\), .*`derogation` \(Art\. 49\), `idta` or `uk-addendum` \(UK exports only\), `none` \(there is none\), or `unknown` \(not stated yet\)\.$/,
        },
      ],
      fixes: [
        {
          title: /^Add the missing field of `acme` \(mechanism\) as `unknown`, to find out$/,
          safe: true,
          output: ['    transfer: { to: [US] }', '    transfer: { to: [US], mechanism: unknown }'],
        },
      ],
    },
    {
      name: 'two fields missing: one fix adds both, its title in the plural',
      code: inventory({ entries: [entry({ purpose: undefined, entity: undefined })] }),
      findings: [
        { text: 'id', messageId: 'missingDoc', data: { field: 'entity' } },
        { text: 'id', messageId: 'missingDoc', data: { field: 'purpose' } },
      ],
      fixes: [
        {
          title: /^Add the missing fields of `acme` \(entity, purpose\) as `unknown`, to find out$/,
          titleFr: 'Ajouter les champs manquants de `acme` (entity, purpose) à `unknown`, à vérifier',
          safe: true,
          output: [
            '    dataLocation: { countries: [FR], regions: [aws:eu-west-3] }',
            '    entity: unknown\n    purpose: unknown\n    dataLocation: { countries: [FR], regions: [aws:eu-west-3] }',
          ],
        },
      ],
    },
    {
      name: 'no id: underlines the first key',
      code: inventory({ entries: [entry({ id: undefined })] }),
      findings: [{ text: 'name', message: /missing the required field `id`/ }],
      fixes: [
        {
          // An id is the file's own name for the entry, not a fact: made from the entry's name.
          title: /^Add the missing field of sub-processor #1 \(id\) as `unknown`, to find out$/,
          safe: true,
          output: ['  - name: Acme Cloud', '  - id: acme-cloud\n    name: Acme Cloud'],
        },
      ],
    },
    {
      name: 'nested: dataLocation without countries',
      code: inventory({ entries: [entry({ dataLocation: '{ regions: [aws:eu-west-3] }' })] }),
      findings: [{ text: 'dataLocation', message: /`countries`/ }],
      fixes: [
        {
          title: /^Add the missing field of `acme` \(countries\) as `unknown`, to find out$/,
          safe: true,
          output: ['    dataLocation: { regions: [aws:eu-west-3] }', '    dataLocation: { countries: unknown, regions: [aws:eu-west-3] }'],
        },
      ],
    },
    {
      name: 'inventory without contact',
      code: inventory().replace('  contact: privacy@example.com\n', ''),
      findings: [{ text: 'inventory', message: /`contact`/ }],
      fixes: [
        {
          title: /^Add the missing field of `inventory` \(contact\) as `unknown`, to find out$/,
          safe: true,
          output: ['  lastUpdated: 2026-06-01', '  contact: unknown\n  lastUpdated: 2026-06-01'],
        },
      ],
    },
    {
      name: 'the next key is explicit (`? key` then `: value`): the field goes above its `?`, not between `?` and the key',
      code: inventory()
        .replace('  contact: privacy@example.com\n', '')
        .replace('  lastUpdated: 2026-06-01', '  ? team\n  : Legal\n  lastUpdated: 2026-06-01'),
      findings: [{ text: 'inventory', message: /`contact`/ }],
      fixes: [
        {
          title: /^Add the missing field of `inventory` \(contact\) as `unknown`, to find out$/,
          safe: true,
          output: ['  ? team', '  contact: unknown\n  ? team'],
        },
      ],
    },
    {
      name: 'the next key is explicit, its `?` alone on a line above the key: the field goes above the `?`',
      code: inventory()
        .replace('  contact: privacy@example.com\n', '')
        .replace('  lastUpdated: 2026-06-01', '  ?\n    team\n  : Legal\n  lastUpdated: 2026-06-01'),
      findings: [{ text: 'inventory', message: /`contact`/ }],
      fixes: [
        {
          title: /^Add the missing field of `inventory` \(contact\) as `unknown`, to find out$/,
          safe: true,
          output: ['  ?\n', '  contact: unknown\n  ?\n'],
        },
      ],
    },
    {
      name: 'an explicit key in a flow mapping: the field goes before its `?`',
      code: inventory().replace(
        'inventory:\n  organization: Example SAS\n  contact: privacy@example.com\n  lastUpdated: 2026-06-01',
        'inventory: { organization: Example SAS, ? team : Legal, lastUpdated: 2026-06-01 }',
      ),
      findings: [{ text: 'inventory', message: /`contact`/ }],
      fixes: [
        {
          title: /^Add the missing field of `inventory` \(contact\) as `unknown`, to find out$/,
          safe: true,
          output: ['Example SAS, ? team', 'Example SAS, contact: unknown, ? team'],
        },
      ],
    },
    {
      name: 'the last key is explicit: the field goes after its value, at the column of its `?`',
      code: inventory({ entries: [entry({ criticality: undefined, administrationAccessControl: undefined })] }).replace(
        '    serviceAccessControl: Scoped tokens',
        '    ? serviceAccessControl\n    : Scoped tokens',
      ),
      findings: [
        { text: 'id', messageId: 'missingDoc', data: { field: 'administrationAccessControl' } },
        { text: 'id', messageId: 'missingDoc', data: { field: 'criticality' } },
      ],
      fixes: [
        {
          title: /^Add the missing fields of `acme` \(administrationAccessControl, criticality\) as `unknown`, to find out$/,
          safe: true,
          output: ['    : Scoped tokens', '    : Scoped tokens\n    administrationAccessControl: unknown\n    criticality: unknown'],
        },
      ],
    },
    {
      name: "an entry's first key is explicit, on its dash's line: the id goes before the `?`",
      code: inventory({ entries: [entry({ id: undefined }).replace('  - name: Acme Cloud', '  - ? name\n    : Acme Cloud')] }),
      findings: [{ text: 'name', message: /missing the required field `id`/ }],
      fixes: [
        {
          title: /^Add the missing field of sub-processor #1 \(id\) as `unknown`, to find out$/,
          safe: true,
          output: ['  - ? name', '  - id: acme-cloud\n    ? name'],
        },
      ],
    },
    {
      name: 'no certifications: `unknown`, never `[]` (which would state "none")',
      code: inventory({ entries: [entry({ certifications: undefined })] }),
      findings: [{ text: 'id', message: /`certifications`/ }],
      fixes: [
        {
          title: /^Add the missing field of `acme` \(certifications\) as `unknown`, to find out$/,
          safe: true,
          output: ['    dpa: { type: dpa }', '    certifications: unknown\n    dpa: { type: dpa }'],
        },
      ],
    },
    {
      name: 'no administration sign-in: `unknown`, never a mapping of placeholders',
      code: inventory({ entries: [entry({ administrationAuthentication: undefined })] }),
      findings: [{ text: 'id', message: /`administrationAuthentication`/ }],
      fixes: [
        {
          title: /^Add the missing field of `acme` \(administrationAuthentication\) as `unknown`, to find out$/,
          safe: true,
          output: [
            '    serviceAccessControl: Scoped tokens',
            '    administrationAuthentication: unknown\n    serviceAccessControl: Scoped tokens',
          ],
        },
      ],
    },
    {
      name: 'a list that cannot say "not known" (`access.countries`): no fix writes `[]`',
      code: inventory({ entries: [entry({ access: '{ note: support from abroad }' })] }),
      findings: [{ text: 'access', message: /`countries`/ }],
      fixes: [],
    },
    {
      name: 'an empty file',
      code: '',
      findings: [
        {
          messageFr: 'Le registre est vide\u00a0: commencez par `inventory:` (organization, contact, lastUpdated) puis `subprocessors:`.',
          text: '',
          message: /empty/,
        },
      ],
    },
    {
      name: 'not an inventory at all',
      code: 'name: my-app\nversion: 1\n',
      findings: [
        {
          messageFr:
            'Ce fichier n’est pas un registre des sous-traitants ultérieurs\u00a0: il n’a ni `inventory:` ni `subprocessors:` au premier niveau.',
          text: 'name: my-app',
          message: /not a sub-processor inventory/,
        },
      ],
    },
  ],
});
