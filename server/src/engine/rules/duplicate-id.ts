import { defineRule } from '../rule';
import { findPair, nodeRange } from '../yamlNodes';

/** Two entries share an id: references and change notices could not tell them apart. */
interface DuplicateIdData {
  id: string;
  /** The index of the first entry with this id, and its line (1-based). */
  firstIndex: number;
  firstLine: number;
}

export const duplicateId = defineRule<DuplicateIdData>()({
  meta: {
    id: 'duplicate-id',
    defaultSeverity: 'error',
    category: 'reference',
    description: 'Two entries share an id.',
    messages: {
      duplicate: 'The id "{{id}}" is already used by the entry on line {{firstLine}}; ids must be unique.',
    },
  },
  check(ctx, report) {
    for (const [id, entries] of ctx.model.byId) {
      if (entries.length < 2) continue;
      const first = entries[0];
      const firstLine = ctx.parsed.lines.positionAt(first.range.start).line + 1;
      for (const dup of entries.slice(1)) {
        const idValue = findPair(dup.node, 'id')?.value;
        report({
          range: nodeRange(idValue, dup.range.start),
          messageId: 'duplicate',
          data: { id, firstIndex: first.index, firstLine },
        });
      }
    }
  },
});
