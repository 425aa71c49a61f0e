import { entry, inventory, ruleTester } from '../../../../test/support/ruleTester';

/** Two entries' ids (constants, so that no rule id is read from them). */
const FIRST = 'first-vendor';
const SECOND = 'second-vendor';

ruleTester('invalid-value', {
  valid: [
    { name: 'valid values', code: inventory() },
    {
      name: 'an internationalised contact address (RFC 6531) is an email address',
      code: inventory().replace('privacy@example.com', 'contact@rdv-solidarités.fr'),
    },
    {
      name: "EL (the EU's code for Greece) is accepted",
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [EL, GR] }' })] }),
    },
    { name: 'EU and GLOBAL are locations', code: inventory({ entries: [entry({ dataLocation: '{ countries: [EU, GLOBAL] }' })] }) },
    {
      name: '`transfer: unknown` (not stated yet) is valid',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: 'unknown' })] }),
    },
    {
      name: '`mechanism: unknown` (not stated yet) is valid, in a list too',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '[{ to: [US], mechanism: unknown }]' })] }),
    },
    {
      name: 'a certification with details',
      code: inventory({ entries: [entry({ certifications: '[{ id: iso27001, edition: 2022, validUntil: 2027-03-01 }]' })] }),
    },
    {
      name: '`transfer: {}`, a mapping without its `mechanism`: `missing-field` says it, no "must be a list" here',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{}' })] }),
    },
  ],
  invalid: [
    {
      name: 'an empty list where one item at least is needed: the count, the word in the singular',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc, to: [] }' })] }),
      findings: [
        {
          text: '[]',
          messageId: 'tooFew',
          message: /^`to` needs at least 1 item\.$/,
          messageFr: '`to` doit compter au moins 1 élément.',
          data: { limit: 1 },
        },
      ],
    },
    {
      name: '`transfer: []`, a list of the shape `transfer` may take, too short: only its bound, no "must be a mapping, not a list"',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '[]' })] }),
      findings: [
        {
          text: '[]',
          messageId: 'tooFew',
          message: /^`transfer` needs at least 1 item\.$/,
          messageFr: '`transfer` doit compter au moins 1 élément.',
          data: { limit: 1 },
        },
      ],
    },
    {
      name: '`transfer: 5`, of none of the shapes `transfer` may take: one finding naming them all, not one per shape',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '5' })] }),
      findings: [
        {
          text: '5',
          messageId: 'wrongTypeOrUnknown',
          message: /^`transfer` must be a mapping of fields or a list, or `unknown` when it is not known yet, not the number 5\.$/,
          messageFr:
            '`transfer` doit être un mapping de champs ou une liste, ou `unknown` tant que l’information n’est pas connue, pas le nombre 5.',
        },
      ],
    },
    {
      name: '`transfer: true` and `transfer: hello`: one finding each',
      code: inventory({
        entries: [
          entry({ id: FIRST, dataLocation: '{ countries: [US] }', transfer: 'true' }),
          entry({ id: SECOND, dataLocation: '{ countries: [US] }', transfer: 'hello' }),
        ],
      }),
      findings: [
        { text: 'true', messageId: 'wrongTypeOrUnknown', message: /, not the value true\.$/ },
        { text: 'hello', messageId: 'wrongTypeOrUnknown', message: /, not the text "hello"\.$/ },
      ],
    },
    {
      name: 'a list item of the wrong shape in `transfer`: one finding at the item, none at the list',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '[7]' })] }),
      findings: [{ text: '7', messageId: 'wrongType', message: /^Item 1 of `transfer` must be a mapping of fields, not the number 7\.$/ }],
    },
    {
      name: 'an entity country that is no code: the message says what to write, not "see the description"',
      code: inventory({ entries: [entry({ entityCountry: 'hello' })] }),
      findings: [
        {
          text: 'hello',
          messageId: 'badPattern',
          message:
            /^"hello" is not valid here: write the country's two-letter ISO 3166-1 code in capitals \(for example `IE`, `US`\), or `unknown` while it is not known\.$/,
          messageFr:
            '«\u00a0hello\u00a0» n’est pas admis ici\u00a0: écrivez le code ISO 3166-1 du pays, à deux lettres majuscules (par exemple `IE`, `US`), ou `unknown` tant qu’il n’est pas connu.',
        },
      ],
    },
    {
      name: 'one wrong item of a list of countries: the message names that item, at its range, not the whole list',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [FR, 5] }' })] }),
      findings: [
        {
          text: '5',
          messageId: 'wrongType',
          message: /^Item 2 of `countries` must be text, not the number 5\.$/,
          messageFr: 'L’élément 2 de `countries` doit être un texte, pas le nombre 5.',
        },
      ],
    },
    {
      name: 'a mapping or `unknown` (`dataLocation`, `dpa`): a number is told the field may be `unknown`, not "text"',
      code: inventory({ entries: [entry({ dataLocation: '5', dpa: 'false' })] }),
      findings: [
        {
          text: '5',
          messageId: 'wrongTypeOrUnknown',
          message: /^`dataLocation` must be a mapping of fields, or `unknown` when it is not known yet, not the number 5\.$/,
        },
        {
          text: 'false',
          messageId: 'wrongTypeOrUnknown',
          message: /^`dpa` must be a mapping of fields, or `unknown` when it is not known yet, not the value false\.$/,
        },
      ],
    },
    {
      name: 'a list or `unknown` (`certifications`, `mfa`): a number is told the field may be `unknown`',
      code: inventory({ entries: [entry({ certifications: '3', administrationAuthentication: '{ method: SSO, mfa: 2 }' })] }),
      findings: [
        {
          text: '3',
          messageId: 'wrongTypeOrUnknown',
          message: /^`certifications` must be a list, or `unknown` when it is not known yet, not the number 3\.$/,
        },
        {
          text: '2',
          messageId: 'wrongTypeOrUnknown',
          message: /^`mfa` must be a list, or `unknown` when it is not known yet, not the number 2\.$/,
        },
      ],
    },
    {
      name: '`tia: 5`, neither true nor false nor a date: one finding naming both',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc, tia: 5 }' })] }),
      findings: [
        {
          text: '5',
          messageId: 'wrongType',
          message: /^`tia` must be true, false, or a date \(YYYY-MM-DD\), not the number 5\.$/,
          messageFr: '`tia` doit être true, false ou une date (AAAA-MM-JJ), pas le nombre 5.',
        },
      ],
    },
    {
      name: '`tia: hello`, text that is not a date: only the date finding, not also "must be true or false"',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc, tia: hello }' })] }),
      findings: [{ text: 'hello', messageId: 'badDate', message: /^"hello" is not a valid date for `tia`/ }],
    },
    {
      name: 'a date field given a boolean: a date, or `unknown`, not "text"',
      code: inventory().replace('lastUpdated: 2026-06-01', 'lastUpdated: true'),
      findings: [
        {
          text: 'true',
          messageId: 'wrongTypeOrUnknown',
          message: /^`lastUpdated` must be a date \(YYYY-MM-DD\), or `unknown` when it is not known yet, not the value true\.$/,
        },
      ],
    },
    {
      name: 'a number where one of a list of values is due: one finding with the values, not also "must be text"',
      code: inventory({ entries: [entry({ criticality: '5' })] }),
      findings: [
        {
          text: '5',
          messageId: 'enum',
          message: /^the number 5 is not a valid `criticality`: use one of `critical`, `high`, `medium`, `low`, `unknown`\.$/,
        },
      ],
    },
    {
      name: 'enum with a suggestion',
      code: inventory({ entries: [entry({ criticality: 'hihg' })] }),
      findings: [
        {
          messageFr: '« hihg » n’est pas une valeur admise (`criticality`) : vouliez-vous écrire `high` ?',
          text: 'hihg',
          message: /did you mean `high`/,
        },
      ],
      fixes: [
        {
          title: /^Change "hihg" to `high`$/,
          titleFr: 'Remplacer «\u00a0hihg\u00a0» par `high`',
          safe: false,
          output: ['    criticality: hihg', '    criticality: high'],
        },
      ],
    },
    {
      name: 'enum without a suggestion lists the values',
      code: inventory({ entries: [entry({ criticality: 'whatever' })] }),
      findings: [
        {
          messageFr:
            '«\u00a0whatever\u00a0» n’est pas une valeur admise (`criticality`)\u00a0: choisissez parmi `critical`, `high`, `medium`, `low`, `unknown`.',
          text: 'whatever',
          message: /`critical`, `high`, `medium`, `low`/,
        },
      ],
    },
    {
      name: 'bad date',
      code: inventory().replace('2026-06-01', '2026-13-01'),
      findings: [
        {
          messageFr:
            '«\u00a02026-13-01\u00a0» n’est pas une date valide (`lastUpdated`)\u00a0: écrivez-la AAAA-MM-JJ (par exemple 2025-08-01).',
          text: '2026-13-01',
          message: /YYYY-MM-DD/,
        },
      ],
    },
    {
      name: 'bad email',
      code: inventory().replace('privacy@example.com', 'privacy at example'),
      findings: [
        {
          messageFr: '«\u00a0privacy at example\u00a0» n’est pas une adresse e-mail (`contact`).',
          text: 'privacy at example',
          message: /not an email address/,
        },
      ],
    },
    {
      name: 'an accented address with a malformed domain is no email address',
      code: inventory().replace('privacy@example.com', 'contact@-solidarités.fr'),
      findings: [{ text: 'contact@-solidarités.fr', message: /not an email address/ }],
    },
    {
      name: 'lowercase country',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [fr] }' })] }),
      findings: [
        {
          messageFr:
            '«\u00a0fr\u00a0» n’est pas admis ici\u00a0: écrivez un code ISO 3166-1 alpha-2 en majuscules (par exemple `BE`, `US`), `EU` ou `GLOBAL`.',
          text: 'fr',
          message: /ISO 3166-1/,
        },
      ],
    },
    {
      name: 'UK is not the ISO code',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [UK] }' })] }),
      findings: [
        {
          messageFr: '«\u00a0UK\u00a0» n’est pas un code pays ISO 3166-1\u00a0: écrivez `GB` (Royaume-Uni).',
          text: 'UK',
          message: /use `GB` \(United Kingdom/,
        },
      ],
      fixes: [
        {
          title: /^Change "UK" to `GB`$/,
          safe: true,
          output: ['    dataLocation: { countries: [UK] }', '    dataLocation: { countries: [GB] }'],
        },
      ],
    },
    {
      name: 'an unassigned code',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [XX] }' })] }),
      findings: [
        {
          messageFr:
            '«\u00a0XX\u00a0» n’est pas un code pays ISO 3166-1\u00a0: écrivez un code à deux lettres comme `FR` ou `US`, ou bien `EU` ou `GLOBAL`.',
          text: 'XX',
          message: /not an ISO 3166-1 country code/,
        },
      ],
    },
    // Every field that holds countries: a code the product does not know is this rule's alone (no other rule
    // judges it as inside or outside the EEA), said where it is written.
    {
      name: 'an unassigned code where the data is reached from, the entity and its parent are established, a transfer goes',
      code: inventory({
        entries: [
          entry({
            access: '{ countries: [QQ] }',
            entityCountry: 'XX',
            parentCountry: 'ZZ',
            transfer: '[{ to: [XY], mechanism: scc }, { to: [UK], mechanism: adequacy }]',
          }),
        ],
      }),
      findings: [
        { messageId: 'countryUnknownNoArea', text: 'QQ' },
        {
          messageId: 'countryUnknownNoArea',
          messageFr: '«\u00a0XX\u00a0» n’est pas un code pays ISO 3166-1\u00a0: écrivez un code à deux lettres comme `FR` ou `US`.',
          text: 'XX',
          message: /^"XX" is not an ISO 3166-1 country code: use a two-letter code such as `FR` or `US`\.$/,
        },
        { messageId: 'countryUnknownNoArea', text: 'ZZ' },
        { messageId: 'countryUnknownNoArea', text: 'XY' },
        { messageId: 'countryAlias', text: 'UK', message: /use `GB` \(United Kingdom\)/ },
      ],
      fixes: [
        {
          title: /^Change "UK" to `GB`$/,
          safe: true,
          output: ['{ to: [UK], mechanism: adequacy }', '{ to: [GB], mechanism: adequacy }'],
        },
      ],
    },
    {
      name: 'a certification written as its name is re-filed as its id',
      code: inventory({ entries: [entry({ certifications: '[SOC 2 Type II]' })] }),
      findings: [{ text: 'SOC 2 Type II', messageId: 'badPattern', message: /a certification is an id/ }],
      fixes: [
        {
          title: /^Change "SOC 2 Type II" to `soc2-type2` \(SOC 2 Type II\)$/,
          titleFr: 'Remplacer «\u00a0SOC 2 Type II\u00a0» par `soc2-type2` (SOC 2 Type II)',
          safe: true,
          output: ['[SOC 2 Type II]', '[soc2-type2]'],
        },
      ],
    },
    {
      name: 'id not kebab-case',
      code: inventory({ entries: [entry({ id: 'Acme_Cloud' })] }),
      findings: [{ text: 'Acme_Cloud', message: /kebab-case/ }],
    },
    {
      name: 'wrong type',
      code: inventory({ entries: [entry({ certifications: 'soc2-type2' })] }),
      findings: [
        {
          messageFr:
            '`certifications` doit être une liste, ou `unknown` tant que l’information n’est pas connue, pas le texte «\u00a0soc2-type2\u00a0».',
          text: 'soc2-type2',
          message: /must be a list/,
        },
      ],
    },
    {
      name: 'an entry that is not a mapping',
      code: inventory({ entries: ['  - just a name'] }),
      findings: [
        {
          messageFr: 'Chaque sous-traitant est un mapping de champs (`id`, `name`, ...), pas le texte «\u00a0just a name\u00a0».',
          text: 'just a name',
          message: /Each sub-processor is a mapping/,
        },
      ],
    },
    {
      name: 'a document that is a list',
      code: '- a\n- b\n',
      findings: [
        {
          messageFr:
            'Un registre des sous-traitants ultérieurs est un mapping avec `inventory:` et `subprocessors:` au premier niveau, pas une liste.',
          text: '- a',
          message: /not a list/,
        },
      ],
    },
    { name: 'a document that is a scalar', code: 'hello\n', findings: [{ text: 'hello', message: /not the text "hello"/ }] },
    {
      name: 'a repeated country',
      code: inventory({ entries: [entry({ dataLocation: '{ countries: [FR, DE, FR] }' })] }),
      findings: [
        {
          messageFr: '`countries` contient deux fois la même valeur (éléments 3 et 1)\u202f; retirez-en une.',
          text: 'FR',
          line: 9,
          message: /twice/,
        },
      ],
    },
    {
      name: 'a country under defaults that is not an ISO code is reported once, at defaults',
      code: inventory({
        defaults: '  dataLocation: { countries: [UK] }',
        entries: [entry({ dataLocation: undefined }), entry({ id: `b`, dataLocation: undefined })],
      }),
      findings: [{ text: 'UK', message: /use `GB`/ }],
      fixes: [
        {
          title: /^Change "UK" to `GB`$/,
          safe: true,
          output: ['  dataLocation: { countries: [UK] }', '  dataLocation: { countries: [GB] }'],
        },
      ],
    },
    {
      name: 'an unassigned country under defaults, with no entry inheriting it',
      code: inventory({ defaults: '  dataLocation: { countries: [XX] }' }),
      findings: [{ text: 'XX', message: /not an ISO 3166-1 country code/ }],
    },
    {
      name: 'an invalid value inherited from defaults is reported once, at defaults',
      code: inventory({
        defaults: '  criticality: urgent',
        entries: [entry({ criticality: undefined }), entry({ id: `b`, criticality: undefined })],
      }),
      findings: [{ messageId: 'enum', text: 'urgent' }],
    },
  ],
});
