/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=<rule>::message`).
 */
import { type Severity, stripControls } from '../../engine';
import { formatFinding } from '../../format';
import { displayPath, findingPosition, type CheckedFile, type FormatOptions } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message (data): %, CR and LF; other control characters (ESC, BEL...) and bidi overrides are dropped. */
export function escapeData(s: string): string {
  return stripControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value: as data, plus ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(files: readonly CheckedFile[], cwd: string, options: FormatOptions = {}): string {
  let out = '';
  for (const { file, result } of files) {
    const name = displayPath(file, cwd);
    for (const f of result.findings) {
      const p = findingPosition(result, f);
      const props = [
        `file=${escapeProperty(name)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `endLine=${p.endLine}`,
        `endColumn=${p.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      out += `::${COMMAND[f.severity]} ${props}::${escapeData(formatFinding(f, options.lang ?? 'en'))}\n`;
    }
  }
  return out;
}
