/** Findings as LSP diagnostics: the rule id as code, a link to its page, the exact range. */
import { Diagnostic, DiagnosticSeverity, Location } from 'vscode-languageserver-types';
import { findingOrigin, type Finding, type LineIndex, type Severity } from '../engine';
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
 *
 * No `data`: nothing reads it back. A code action finds its finding by rule and range in the server's own result
 * for the version (`codeActions.ts`), and the client shows the message, code and link only. The findings' data (a
 * whole tier assessment for `tier-justification`) was a third of the bytes of every publication (311 of 937 kB
 * at 1,000 entries), serialised by the server and parsed by the client on each open.
 */
export function toDiagnostic(finding: Finding, lines: LineIndex, docsBase: string, lang: Lang = 'en', uri?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: lines.range(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: codeDescription(finding.ruleId, docsBase, lang),
    source: DIAGNOSTIC_SOURCE,
    message: formatFinding(finding, lang),
  };
  if (uri !== undefined && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: Location.create(uri, lines.range(r.range)),
      message: formatRelated(finding, r, lang),
    }));
  }
  return diagnostic;
}

/**
 * The link to a rule's page, one object per rule, base and language shared by all its diagnostics (an open
 * makes thousands of them; diagnostics are never changed once made, see `made`).
 */
function codeDescription(ruleId: string, docsBase: string, lang: Lang): Diagnostic['codeDescription'] & object {
  if (docsBase !== links.docsBase || lang !== links.lang) links = { docsBase, lang, byRule: new Map() };
  let link = links.byRule.get(ruleId);
  if (!link) {
    link = Object.freeze({ href: ruleDocsLink(ruleId, docsBase, lang) });
    links.byRule.set(ruleId, link);
  }
  return link;
}
/** The links of the latest base and language (the settings change them, rarely). */
let links: { docsBase: string; lang: Lang; byRule: Map<string, { readonly href: string }> } = {
  docsBase: '',
  lang: 'en',
  byRule: new Map(),
};

/** A diagnostic made for a finding (the first version of it, `findingOrigin`), and what else it was made with. */
interface MadeDiagnostic {
  diagnostic: Diagnostic;
  docsBase: string;
  lang: Lang;
  uri: string | undefined;
}

/**
 * The last diagnostic made for each finding, by the finding's first version: after a keystroke most findings are
 * those of the entries it did not touch, the same objects or moved copies of them, whose messages and links are
 * the same words. Their diagnostics are re-used while their line and character ranges are the same (the same
 * object each time, so the JSON of each can be kept too: `lsp/diagnosticsEncoder.ts`), or re-made with the
 * messages kept. Diagnostics are never changed once made (`reformatDiagnostics` makes new ones).
 */
const made = new WeakMap<Finding, MadeDiagnostic>();

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** The diagnostic of `finding`, re-using the one made for its first version where the words are the same. */
function cachedDiagnostic(finding: Finding, lines: LineIndex, docsBase: string, lang: Lang, uri?: string): Diagnostic {
  const origin = findingOrigin(finding);
  const known = made.get(origin);
  if (!known || known.docsBase !== docsBase || known.lang !== lang || known.uri !== uri) {
    const diagnostic = toDiagnostic(finding, lines, docsBase, lang, uri);
    made.set(origin, { diagnostic, docsBase, lang, uri });
    return diagnostic;
  }
  const old = known.diagnostic;
  const range = lines.range(finding.range);
  const related = old.relatedInformation;
  const relatedRanges = related ? (finding.related ?? []).map((r) => lines.range(r.range)) : [];
  if (related && relatedRanges.length !== related.length) return toDiagnostic(finding, lines, docsBase, lang, uri);
  if (sameRange(old.range, range) && (!related || related.every((r, j) => sameRange(r.location.range, relatedRanges[j])))) return old;
  // Moved: the same words at other lines or characters.
  const diagnostic: Diagnostic = { ...old, range };
  if (related)
    diagnostic.relatedInformation = related.map((r, j) => ({ location: Location.create(uri!, relatedRanges[j]), message: r.message }));
  known.diagnostic = diagnostic;
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
  return findings.map((f) => cachedDiagnostic(f, lines, docsBase, lang, uri));
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
    const out: Diagnostic = { ...d, message: formatFinding(f, lang), codeDescription: codeDescription(f.ruleId, docsBase, lang) };
    if (d.relatedInformation && f.related)
      out.relatedInformation = d.relatedInformation.map((r, j) =>
        f.related![j] ? { ...r, message: formatRelated(f, f.related![j], lang) } : r,
      );
    return out;
  });
}
