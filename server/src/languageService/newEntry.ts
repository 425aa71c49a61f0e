/**
 * "New sub-processor": where a new entry goes (after the last entry of `subprocessors`, at the entries'
 * indentation) and the snippet to insert there: completion's "new sub-processor" snippet, with every
 * required field.
 */
import { isMap } from 'yaml';
import type { Position } from 'vscode-languageserver-types';
import { type LintResult, contentEnd, lineBreakOf } from '../engine';
import { newEntrySnippet } from './completion';

interface NewEntryInsertion {
  position: Position;
  /** A snippet in the LSP/VS Code snippet syntax. */
  snippet: string;
}

export function newSubprocessorInsertion(result: LintResult): NewEntryInsertion | undefined {
  const seq = result.model.subprocessorsNode;
  const lines = result.parsed.lines;
  const text = result.parsed.text;
  const eol = lineBreakOf(text);
  const withDpa = !('dpa' in result.model.defaults);
  const last = result.model.entries[result.model.entries.length - 1];
  if (seq && !seq.flow && last && last.node?.range) {
    const keyCol = lines.column(last.node.range[0]);
    const dashCol = Math.max(0, isMap(last.node) ? keyCol - 2 : keyCol - 2);
    const end = contentEnd(text, last.node.range[2]);
    const position = lines.positionAt(lines.lineEnd(lines.positionAt(end - 1).line));
    return { position, snippet: `${eol}${eol}${' '.repeat(dashCol)}- ${newEntrySnippet(keyCol, { withDpa })}` };
  }
  if (seq?.flow) return undefined; // `subprocessors: [...]`: a flow list, where a block entry cannot go
  // No entries yet (or no `subprocessors` key): a block list at the end of the file.
  const position = lines.positionAt(text.length);
  const start = text.length && !/[\r\n]$/.test(text) ? eol : '';
  const header = result.model.value && 'subprocessors' in result.model.value ? '' : `subprocessors:${eol}`;
  return { position, snippet: `${start}${header}  - ${newEntrySnippet(4, { withDpa })}${eol}` };
}
