import { isPair, isScalar, visit, type Document, type Node } from 'yaml';
import { isPlaceholder } from '../placeholder';
import { defineRule, type Reporter } from '../rule';
import { keyText, nodeRange } from '../yamlNodes';

/** A value still holds a `"<...>"` placeholder: a blank that passes for a value, so an error (the page and notices refuse it). */
interface PlaceholderValueData {
  field: string;
  placeholder: string;
  /** The choices a placeholder such as `<dpa|addendum>` offers, written for the message. */
  choices?: string;
}

export const placeholderValue = defineRule<PlaceholderValueData>()({
  meta: {
    id: 'placeholder-value',
    defaultSeverity: 'error',
    category: 'hygiene',
    description:
      'A value still holds a `"<...>"` placeholder, a blank to fill in; `render` and `diff` refuse the file until it is replaced.',
    messages: {
      placeholder: '`{{field}}` still holds the placeholder {{placeholder}}: replace it with the real value.',
      placeholderChoices: '`{{field}}` still holds the placeholder {{placeholder}}: replace it with the real value: one of {{choices}}.',
    },
  },
  // Per entry (so an edit re-checks one entry only), and once for what lies outside the entries.
  check(ctx, report) {
    // The entries' list is skipped below: its text is not searched either (this runs on each keystroke).
    const text = ctx.parsed.text;
    const list = ctx.model.subprocessorsNode?.range;
    const outside = list ? mayHoldPlaceholder(text.slice(0, list[0])) || mayHoldPlaceholder(text.slice(list[1])) : mayHoldPlaceholder(text);
    if (ctx.parsed.doc && outside) findPlaceholders(ctx.parsed.doc, report, true);
  },
  checkEntry(entry, ctx, report) {
    if (entry.node && mayHoldPlaceholder(ctx.parsed.text.slice(entry.range.start, entry.range.end))) findPlaceholders(entry.node, report);
  },
});

/**
 * Every placeholder of a document, whatever the policy says of this rule: `render` and `diff` refuse a file
 * that holds one (a placeholder would be published, or put into a notice, as if it were a value).
 */
export function placeholdersIn(
  doc: Document | undefined,
  text: string,
): { range: { start: number; end: number }; field: string; placeholder: string }[] {
  const out: { range: { start: number; end: number }; field: string; placeholder: string }[] = [];
  if (!doc || !mayHoldPlaceholder(text)) return out;
  findPlaceholders(doc, (r) => out.push({ range: r.range, field: r.data.field, placeholder: r.data.placeholder }));
  return out;
}

/** A placeholder is written with `<`, or in a double-quoted string with an escape (`\x3c`): text with neither holds none. */
function mayHoldPlaceholder(text: string): boolean {
  return /[<\\]/.test(text);
}

function findPlaceholders(
  node: Node | Document,
  report: Reporter<PlaceholderValueData, 'placeholder' | 'placeholderChoices'>,
  skipEntries = false,
): void {
  visit(node, {
    Pair(_, pair, path) {
      if (skipEntries && path.length === 2 && keyText(pair) === 'subprocessors') return visit.SKIP;
      const value = pair.value;
      if (isScalar(value) && isPlaceholder(value.value))
        report(placeholderReport(isPair(pair) ? (keyText(pair) ?? 'value') : 'value', value.value, nodeRange(value)));
    },
    Seq(_, seq, path) {
      const parent = path[path.length - 1];
      const key = isPair(parent) ? (keyText(parent) ?? 'item') : 'item';
      for (const item of seq.items) {
        if (isScalar(item) && isPlaceholder(item.value)) report(placeholderReport(key, item.value, nodeRange(item)));
      }
    },
  });
}

function placeholderReport(key: string, value: string, range: { start: number; end: number }) {
  const inner = value.slice(1, -1);
  if (!inner.includes('|')) return { range, messageId: 'placeholder' as const, data: { field: key, placeholder: value } };
  const choices = inner
    .split('|')
    .map((c) => `\`${c}\``)
    .join(', ');
  return { range, messageId: 'placeholderChoices' as const, data: { field: key, placeholder: value, choices } };
}
