/**
 * A YAML syntax error is fatal for the entry it falls in: the parser's reading of that entry (and of the one a
 * broken line may have started) is not what the user wrote, so the rules that need its values do not run on it,
 * and `yaml-syntax` is the one problem the user sees there, not a dozen knock-on `missing-field` errors. An error
 * outside every entry (the `inventory` block, `defaults`, the end of the file) takes the document's own findings
 * with it; the entries the error does not touch keep theirs.
 *
 * An entry's span runs from the line of its first key to the line where the next entry starts, that line
 * included: an error on that line may have cut this entry short as well as started the next one.
 */
import type { InventoryModel, EntryModel } from './model';
import type { ParsedYaml } from './parse';
import type { Finding } from './types';

/** The rule that reads only the text, never a value: it stays wherever the error is. */
const TEXT_RULE = 'duplicate-key';
const SYNTAX_RULE = 'yaml-syntax';

interface SyntaxDamage {
  /** The entries an error falls in: their rules do not run. */
  readonly entries: ReadonlySet<EntryModel>;
  /** Whether a finding survives the errors. */
  keeps(finding: Finding): boolean;
}

/** What the syntax errors of `parsed` break; undefined when there is none. */
export function syntaxDamage(parsed: ParsedYaml, model: InventoryModel): SyntaxDamage | undefined {
  const errors = parsed.problems.filter((p) => p.code !== 'DUPLICATE_KEY');
  if (!errors.length) return undefined;
  const line = (offset: number) => parsed.lines.positionAt(offset).line;
  const entries = [...model.entries].sort((a, b) => a.range.start - b.range.start);
  const lastLine = line(model.subprocessorsNode?.range?.[1] ?? parsed.text.length);
  const spans = entries.map((entry, i) => ({
    entry,
    first: line(entry.range.start),
    last: i + 1 < entries.length ? line(entries[i + 1]!.range.start) : Math.max(lastLine, line(entry.range.end)),
  }));
  // The entry a position is in: the last one whose span holds its line (a span's last line is the next one's first).
  const ownerAt = (offset: number): EntryModel | undefined => {
    const at = line(offset);
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.first <= at && at <= spans[i]!.last) return spans[i]!.entry;
    return undefined;
  };
  const broken = new Set<EntryModel>();
  let documentBroken = false;
  /** The first error of each broken entry (or of the document outside them): the parser's cascade after it is noise. */
  const firstError = new Map<EntryModel | undefined, number>();
  for (const e of errors) {
    const at = line(e.range.start);
    const hit = spans.filter((s) => s.first <= at && at <= s.last);
    hit.forEach((s) => broken.add(s.entry));
    if (!hit.length) documentBroken = true;
    const owner = ownerAt(e.range.start);
    if (!firstError.has(owner) || e.range.start < firstError.get(owner)!) firstError.set(owner, e.range.start);
  }
  return {
    entries: broken,
    keeps(finding) {
      if (finding.ruleId === TEXT_RULE) return true;
      const owner = ownerAt(finding.range.start);
      if (finding.ruleId === SYNTAX_RULE) return firstError.get(owner) === finding.range.start;
      return owner ? !broken.has(owner) : !documentBroken;
    },
  };
}
