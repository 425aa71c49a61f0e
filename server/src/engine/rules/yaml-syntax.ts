import type { Rule } from '../rule';

/** Every error of the YAML parser, at its place (duplicate keys have their own rule). */
export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    category: 'syntax',
    description: 'The file is not valid YAML.',
  },
  check(ctx, report) {
    for (const p of ctx.parsed.problems) {
      if (p.code === 'DUPLICATE_KEY') continue;
      report({ range: p.range, message: `YAML: ${p.message}`, data: { yamlCode: p.code } });
    }
  },
};
