/**
 * The outline: the inventory's groups, each with its entries (criticality and tier as detail); entries
 * without a group at the top level.
 */
import { isMap, isScalar } from 'yaml';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { type EntryModel, type LintResult, findPair, tierStatus } from '../engine';
import { assessmentSentence, fill, phrases } from '../format';
import type { Lang } from '../knowledge';

/**
 * What the tier hint, the outline and the hover say about an entry's tier, by `tierStatus` (the one answer): the label
 * and the sentence that explains it. An entry with a deciding fact not known has its tier not known, not "no tier".
 */
export function tierLabel(entry: EntryModel, result: LintResult, lang: Lang = 'en'): { label: string; reason: string } {
  const a = result.assess(entry);
  const reason = assessmentSentence(a, lang);
  const words = phrases(lang).tierLabel;
  switch (tierStatus(a)) {
    case 'tier':
      return { label: fill(words.tier, { tier: a.tier! }), reason };
    case 'outOfScope':
      return { label: words.outOfScope, reason };
    case 'unknown':
      return { label: words.unknown, reason };
    case 'none':
      return { label: words.none, reason };
  }
}

export function documentSymbols(result: LintResult, lang: Lang = 'en'): DocumentSymbol[] {
  const lines = result.parsed.lines;
  const top: DocumentSymbol[] = [];
  const groups = new Map<string, DocumentSymbol>();
  for (const entry of result.model.entries) {
    if (!isMap(entry.node) || !entry.node.range) continue;
    const idNode = findPair(entry.node, 'id')?.value;
    const selection = isScalar(idNode) && idNode.range ? { start: idNode.range[0], end: idNode.range[1] } : entry.range;
    const own = entry.own ?? {};
    const name = typeof own.name === 'string' && own.name ? own.name : (entry.id ?? `#${entry.index + 1}`);
    const criticality = typeof entry.effective.criticality === 'string' ? entry.effective.criticality : undefined;
    const symbol: DocumentSymbol = {
      name,
      detail: [entry.id && entry.id !== name ? entry.id : undefined, criticality, tierLabel(entry, result, lang).label]
        .filter(Boolean)
        .join(' · '),
      kind: SymbolKind.Object,
      range: lines.range(entry.range),
      selectionRange: lines.range(selection),
    };
    const group = typeof entry.effective.group === 'string' && entry.effective.group ? entry.effective.group : undefined;
    if (!group) {
      top.push(symbol);
      continue;
    }
    let g = groups.get(group);
    if (!g) {
      g = { name: group, kind: SymbolKind.Namespace, range: symbol.range, selectionRange: symbol.selectionRange, children: [] };
      groups.set(group, g);
      top.push(g);
    }
    g.children!.push(symbol);
    if (comparePos(symbol.range.end, g.range.end) > 0) g.range = { start: g.range.start, end: symbol.range.end };
  }
  for (const g of groups.values()) g.detail = `${g.children!.length} sub-processor${g.children!.length === 1 ? '' : 's'}`;
  return top;
}

function comparePos(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
