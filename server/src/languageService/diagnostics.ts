/** Findings as LSP diagnostics: the rule id as code, a link to its page, the exact range. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ruleDocsLink, type Finding, type LineIndex, type Severity } from '../engine';
import type { Lang } from '../knowledge';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = 'subprocessors';

/** `docsBase`: the folder URL of the rule pages, ending in `/` (the server knows where they are). */
export function toDiagnostic(finding: Finding, lines: LineIndex, docsBase: string, lang: Lang = 'en'): Diagnostic {
  return {
    range: lines.range(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsLink(finding.ruleId, docsBase, lang) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: finding.data,
  };
}

/** `lang`: the language of the messages, whose rule pages the links open (`docs/rules/fr/` in French). */
export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, docsBase: string, lang: Lang = 'en'): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, lines, docsBase, lang));
}
