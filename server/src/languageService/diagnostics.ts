/** Findings as LSP diagnostics: the rule id as code, a link to its page, the exact range. */
import { Diagnostic, DiagnosticSeverity, Location } from 'vscode-languageserver-types';
import type { Finding, LineIndex, Severity } from '../engine';
import { formatFinding, formatRelated, ruleDocsLink } from '../format';
import type { Lang } from '../knowledge';

/**
 * `info` is Information, not Hint: VS Code lists Information in the Problems panel (a Hint only shows as dots
 * under the text), and `unstated-fact`'s to-do list must stay findable there.
 */
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = 'subprocessors';

/**
 * `docsBase`: the folder URL of the rule pages, ending in `/` (the server knows where they are). `uri`: the
 * document's, given when the client shows related information (`publishDiagnostics.relatedInformation`): the
 * finding's related locations (each unknown value of an entry, say) then come as `relatedInformation`.
 */
export function toDiagnostic(finding: Finding, lines: LineIndex, docsBase: string, lang: Lang = 'en', uri?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: lines.range(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsLink(finding.ruleId, docsBase, lang) },
    source: DIAGNOSTIC_SOURCE,
    message: formatFinding(finding, lang),
    data: finding.data,
  };
  if (uri !== undefined && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: Location.create(uri, lines.range(r.range)),
      message: formatRelated(finding, r, lang),
    }));
  }
  return diagnostic;
}

/** `lang`: the language of the messages, whose rule pages the links open (`docs/rules/fr/` in French). */
export function toDiagnostics(
  findings: readonly Finding[],
  lines: LineIndex,
  docsBase: string,
  lang: Lang = 'en',
  uri?: string,
): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, lines, docsBase, lang, uri));
}

/**
 * Diagnostics made by `toDiagnostics` from `findings` (one each, in order), written again in `lang`: the same
 * ranges, codes and data, the messages and rule-page links in the new language. Nothing is checked again.
 */
export function reformatDiagnostics(
  diagnostics: readonly Diagnostic[],
  findings: readonly Finding[],
  docsBase: string,
  lang: Lang,
): Diagnostic[] {
  return diagnostics.map((d, i) => {
    const f = findings[i];
    if (!f) return d;
    const out: Diagnostic = { ...d, message: formatFinding(f, lang), codeDescription: { href: ruleDocsLink(f.ruleId, docsBase, lang) } };
    if (d.relatedInformation && f.related)
      out.relatedInformation = d.relatedInformation.map((r, j) =>
        f.related![j] ? { ...r, message: formatRelated(f, f.related![j], lang) } : r,
      );
    return out;
  });
}
