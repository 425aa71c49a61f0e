import { isScalar, visit, type Node } from 'yaml';
import { defineRule } from '../rule';
import { nodeRange } from '../yamlNodes';

/** A mapping that repeats a key: YAML forbids it, and only one of the two values would count. */
interface DuplicateKeyData {
  key: string;
}

export const duplicateKey = defineRule<DuplicateKeyData>()({
  meta: {
    id: 'duplicate-key',
    defaultSeverity: 'error',
    category: 'syntax',
    description: 'A mapping repeats a key.',
    messages: {
      duplicate: 'The key `{{key}}` appears twice in this mapping; keep one (a YAML mapping cannot repeat a key).',
    },
  },
  check(ctx, report) {
    const problems = ctx.parsed.problems.filter((p) => p.code === 'DUPLICATE_KEY');
    if (!problems.length || !ctx.parsed.doc) return;
    // The parser points at the start of the repeated key; underline the whole key.
    const keysByStart = new Map<number, Node>();
    visit(ctx.parsed.doc, {
      Pair(_, pair) {
        const key = pair.key as Node | null;
        if (key?.range) keysByStart.set(key.range[0], key);
      },
    });
    for (const p of problems) {
      const keyNode = keysByStart.get(p.range.start);
      const range = keyNode ? nodeRange(keyNode) : p.range;
      const key = isScalar(keyNode) ? String(keyNode.value) : ctx.parsed.text.slice(range.start, range.end);
      report({
        range,
        messageId: 'duplicate',
        data: { key },
      });
    }
  },
});
