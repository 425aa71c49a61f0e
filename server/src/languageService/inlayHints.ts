/** Tier at a glance: an inlay hint after each entry's id with its tier (`Tier 1`, `no tier`, `out of scope`). */
import { isMap, isScalar } from 'yaml';
import { InlayHint, type Range } from 'vscode-languageserver-types';
import { type LintResult, findPair } from '../engine';
import type { Lang } from '../knowledge';
import { tierLabel } from './symbols';

export function tierHints(result: LintResult, range?: Range, lang: Lang = 'en'): InlayHint[] {
  const lines = result.parsed.lines;
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : result.parsed.text.length;
  const hints: InlayHint[] = [];
  for (const entry of result.model.entries) {
    if (!isMap(entry.node)) continue;
    const idNode = findPair(entry.node, 'id')?.value;
    if (!isScalar(idNode) || !idNode.range || idNode.range[1] < from || idNode.range[1] > to) continue;
    const { label, reason } = tierLabel(entry, result, lang);
    hints.push({ position: lines.positionAt(idNode.range[1]), label, paddingLeft: true, tooltip: reason });
  }
  return hints;
}
