/**
 * "New sub-processor": a snippet with every required field (tab stops on the values, choices for the
 * enums) and where it goes: after the last entry of `subprocessors`, at the entries' indentation.
 */
import { isMap } from 'yaml';
import type { Position } from 'vscode-languageserver-types';
import { ENTRY_FIELD_ORDER, schemaAt, type LintResult } from '../engine';
import { contentEnd, lineBreakOf } from './edits';

export interface NewEntryInsertion {
  position: Position;
  /** A snippet in the LSP/VS Code snippet syntax. */
  snippet: string;
}

function escapeChoice(s: string): string {
  return s.replace(/[$}\\,|]/g, (c) => `\\${c}`);
}

/** The snippet's body lines for an entry (without the leading `- ` indentation). */
export function newEntryLines(): string[] {
  const required: string[] = schemaAt(['subprocessors', 0])?.required ?? [];
  const fields = ENTRY_FIELD_ORDER.filter((f) => required.includes(f) || f === 'dpa');
  let stop = 1;
  return fields.map((f) => {
    const s = schemaAt(['subprocessors', 0, f]) ?? {};
    if (Array.isArray(s.enum)) return `${f}: \${${stop++}|${s.enum.map(escapeChoice).join(',')}|}`;
    if (f === 'dataLocation') return `${f}: { countries: [\${${stop++}:FR}] }`;
    if (f === 'personalData') return `${f}: { level: \${${stop++}|yes,limited,no|}, description: \${${stop++}:which data} }`;
    if (f === 'certifications') return `${f}: [\${${stop++}}]`;
    if (f === 'dpa') return `${f}: { type: \${${stop++}|dpa,addendum,terms-of-service|} }`;
    if (f === 'administrationAuthentication') return `${f}: { method: \${${stop++}:SSO}, mfa: [\${${stop++}|webauthn,totp,push,sms,voice,email,unspecified,none|}] }`;
    if (f === 'id') return `id: \${${stop++}:new-subprocessor}`;
    return `${f}: \${${stop++}:${f}}`;
  });
}

export function newSubprocessorInsertion(result: LintResult): NewEntryInsertion | undefined {
  const seq = result.model.subprocessorsNode;
  const lines = result.parsed.lines;
  const text = result.parsed.text;
  const eol = lineBreakOf(text);
  const body = newEntryLines();
  const last = result.model.entries[result.model.entries.length - 1];
  if (seq && !seq.flow && last && last.node?.range) {
    const dashCol = Math.max(0, lines.positionAt(last.node.range[0]).character - 2);
    const keyCol = isMap(last.node) ? lines.positionAt(last.node.range[0]).character : dashCol + 2;
    const end = contentEnd(text, last.node.range[2]);
    const position = lines.positionAt(lines.lineEnd(lines.positionAt(end - 1).line));
    const snippet = eol + eol + body.map((l, i) => (i === 0 ? `${' '.repeat(dashCol)}- ${l}` : `${' '.repeat(keyCol)}${l}`)).join(eol);
    return { position, snippet };
  }
  // No entries yet (or `subprocessors: []`, or no key): a block list at the end of the file.
  const position = lines.positionAt(text.length);
  const start = text.length && !/[\r\n]$/.test(text) ? eol : '';
  const header = seq || result.model.value?.subprocessors !== undefined ? '' : `subprocessors:${eol}`;
  if (seq?.flow && seq.items.length === 0) return undefined; // `subprocessors: []`: the user writes the first entry
  return { position, snippet: start + header + body.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join(eol) + eol };
}
