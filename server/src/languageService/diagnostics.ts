/** Findings as LSP diagnostics: the rule id as code, a link to its page, the exact range. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ruleDocsLink, type Finding, type LineIndex, type Severity } from '../engine';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = 'subprocessors';

/** `docsBase`: the folder URL of the rule pages, ending in `/` (the server knows where they are). */
export function toDiagnostic(finding: Finding, lines: LineIndex, docsBase: string): Diagnostic {
  return {
    range: lines.range(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsLink(finding.ruleId, docsBase) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: finding.data,
  };
}

export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, docsBase: string): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, lines, docsBase));
}
