import type { Fact } from '../facts';
import { defineRule } from '../rule';

/** Every error of the YAML parser, at its place (duplicate keys have their own rule). */
interface YamlSyntaxData {
  /** The parser's code for the problem (or one of the engine's limits: `FILE_TOO_LARGE`, `NESTING_LIMIT`...). */
  yamlCode: string;
  /** The parser's own words. */
  detail?: string;
  /** A file too large: its size and the limit, in bytes. */
  size?: Extract<Fact, { fact: 'size' }>;
  limit?: Extract<Fact, { fact: 'size' }>;
}

export const yamlSyntax = defineRule<YamlSyntaxData>()({
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    category: 'syntax',
    description: 'The file is not valid YAML.',
    messages: {
      syntax: 'YAML: {{detail}}',
      fileTooLarge:
        'This file is {{size}}, over the {{limit}} limit (setting `subprocessors.maxFileSize`), so it is not checked. Split the inventory or raise the limit.',
    },
  },
  check(ctx, report) {
    for (const p of ctx.parsed.problems) {
      if (p.code === 'DUPLICATE_KEY') continue;
      report({ range: p.range, messageId: 'syntax', data: { yamlCode: p.code, detail: p.message } });
    }
  },
});
