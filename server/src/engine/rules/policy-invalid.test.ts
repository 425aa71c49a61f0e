import { inventory, ruleTester } from '../../../../test/support/ruleTester';

// The policy is resolved from files, as the editor and `subproc check` resolve it: the inventory is saved as
// /workspace/inventory.yaml (its workspace folder) beside the files of `location`.
const withPolicy = (ref: string) => inventory({ top: `policy: ${ref}` });
const POLICY = './subprocessor-policy.yaml';
const atPolicy = (text: string) => ({ files: { 'subprocessor-policy.yaml': text } });

ruleTester('policy-invalid', {
  valid: [
    { name: 'the policy file it names is read and valid', code: withPolicy(POLICY), location: atPolicy('residency: eu\n') },
    { name: '`policy: builtin` adopts the built-in policy by name', code: withPolicy('builtin'), location: {} },
    { name: 'no `policy:` and no policy file beside it: the built-in policy, nothing to say', code: inventory(), location: {} },
    { name: 'no `policy:`, a policy file beside it: found and read', code: inventory(), location: atPolicy('residency: eu\n') },
  ],
  invalid: [
    {
      name: 'no file at the path it names',
      code: withPolicy(POLICY),
      location: {},
      findings: [
        {
          text: POLICY,
          messageId: 'notFound',
          message:
            /^No policy file can be read at "\.\/subprocessor-policy\.yaml": create it or correct the path; the built-in default policy applies\.$/,
          messageFr:
            'Aucun fichier de politique n’est lisible à «\u00a0./subprocessor-policy.yaml\u00a0»\u00a0: créez-le ou corrigez le chemin\u202f; la politique par défaut s’applique.',
          data: { reason: 'not-found', path: '/workspace/subprocessor-policy.yaml' },
          severity: 'error',
        },
      ],
    },
    {
      name: 'a path out of the workspace folder is not read',
      code: withPolicy('../etc/subprocessor-policy.yaml'),
      location: { files: { '../etc/subprocessor-policy.yaml': 'residency: eu\n' } },
      findings: [
        {
          text: '../etc/subprocessor-policy.yaml',
          messageId: 'outside',
          message:
            /^The policy "\.\.\/etc\/subprocessor-policy\.yaml" is outside the inventory's folder tree \(\/workspace\), so it is not read/,
          messageFr:
            'La politique «\u00a0../etc/subprocessor-policy.yaml\u00a0» est hors de l’arborescence du registre (/workspace) et n’est donc pas lue\u00a0: placez-la dans cette arborescence\u202f; la politique par défaut s’applique.',
          data: { reason: 'outside', root: '/workspace' },
        },
      ],
    },
    {
      name: 'a path that is not a YAML file',
      code: withPolicy('./policy.json'),
      location: { files: { 'policy.json': '{}' } },
      findings: [
        {
          text: './policy.json',
          messageId: 'notYaml',
          message: /^The policy "\.\/policy\.json" is not a YAML file/,
          messageFr:
            'La politique «\u00a0./policy.json\u00a0» n’est pas un fichier YAML\u00a0: nommez-la `subprocessor-policy.yaml`\u202f; la politique par défaut s’applique.',
        },
      ],
    },
    {
      name: 'an unsaved inventory: the path cannot be resolved yet',
      code: withPolicy(POLICY),
      location: { unsaved: true },
      findings: [
        {
          text: POLICY,
          messageId: 'unsaved',
          message: /which is not saved yet: save the file/,
          messageFr:
            'La politique «\u00a0./subprocessor-policy.yaml\u00a0» est désignée par rapport au registre, qui n’est pas encore enregistré\u00a0: enregistrez le fichier\u202f; d’ici là, la politique par défaut s’applique.',
        },
      ],
    },
    {
      name: 'an editor that reads no files: said, as information',
      code: withPolicy(POLICY),
      location: { noFiles: true, ...atPolicy('residency: eu\n') },
      findings: [
        {
          text: POLICY,
          messageId: 'noFiles',
          message: /cannot be read in this editor, which reads no files/,
          messageFr:
            'La politique «\u00a0./subprocessor-policy.yaml\u00a0» ne peut pas être lue dans cet éditeur, qui ne lit aucun fichier (un éditeur web comme github.dev)\u00a0: la politique par défaut s’applique ici\u202f; l’éditeur de bureau et `subproc check` la lisent.',
          severity: 'info',
        },
      ],
    },
    {
      name: 'a policy with one error: its line and the error',
      code: withPolicy(POLICY),
      location: atPolicy('residency: europe\n'),
      findings: [
        {
          text: POLICY,
          messageId: 'invalid',
          message:
            /^The policy "\.\/subprocessor-policy\.yaml" has 1 error \(line 1\)\. "europe" is not a valid `residency`: use one of `eu`, `eea`\. Fix it; until then the built-in default policy applies\.$/,
          messageFr:
            'La politique «\u00a0./subprocessor-policy.yaml\u00a0» contient 1 erreur (ligne 1). «\u00a0europe\u00a0» n’est pas une valeur admise (`residency`)\u00a0: choisissez parmi `eu`, `eea`. Corrigez-la\u202f; d’ici là, la politique par défaut s’applique.',
          data: { reason: 'invalid', errors: 1, line: 1 },
        },
      ],
    },
    {
      name: 'a policy with two errors: the first one and the count',
      code: withPolicy(POLICY),
      location: atPolicy('residency: eu\nrules:\n  stale-inventory: sometimes\n  no-such-rule: error\n'),
      findings: [
        {
          text: POLICY,
          messageId: 'invalid',
          message:
            /has 2 errors \(the first at line 3\)\. "sometimes" is not a valid `stale-inventory`: use one of `error`, `warning`, `info`, `off`\. Fix them; until/,
          messageFr:
            'La politique «\u00a0./subprocessor-policy.yaml\u00a0» contient 2 erreurs (la première à la ligne 3). «\u00a0sometimes\u00a0» n’est pas une valeur admise (`stale-inventory`)\u00a0: choisissez parmi `error`, `warning`, `info`, `off`. Corrigez-les\u202f; d’ici là, la politique par défaut s’applique.',
          data: { errors: 2, line: 3 },
        },
      ],
    },
    {
      name: 'no `policy:`, an invalid policy file beside it: the whole inventory is underlined, the file named as found',
      code: inventory(),
      location: atPolicy('residency: europe\n'),
      findings: [
        {
          text: inventory(),
          messageId: 'invalid',
          message: /^The policy "subprocessor-policy\.yaml" has 1 error \(line 1\)\. /,
          data: { policy: 'subprocessor-policy.yaml', path: '/workspace/subprocessor-policy.yaml' },
        },
      ],
    },
  ],
});
