import type { Diagnostic } from 'vscode-languageserver-types';
import type { LintResult } from '../engine';
import { toDiagnostics } from './diagnostics';

export class DiagnosticsCache {
  convert(result: LintResult, docsBase: string, uri: string | undefined): Diagnostic[] {
    return toDiagnostics(result.findings, result.parsed.lines, docsBase, result.lang, uri);
  }
}
