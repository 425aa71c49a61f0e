/**
 * Code actions: the quick fixes of `fixes.ts` as LSP `quickfix` actions attached to their diagnostics,
 * and "fix all" as a `source.fixAll.subprocessors` action (usable from `editor.codeActionsOnSave`).
 */
import { CodeAction, CodeActionKind, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { type Finding, type LineIndex, type LintResult, type OffsetEdit, fixAll, fixesFor, type Fix, type FixAllResult } from '../engine';
import { formatFixAllTitle, formatFixTitle } from '../format';
import type { Lang } from '../knowledge';

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.subprocessors`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export function toTextEdits(edits: readonly OffsetEdit[], lines: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: lines.range(e.range), newText: e.text }));
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** The finding a client's diagnostic stands for (same rule, same range), in this version of the document. */
function findingOf(result: LintResult, diagnostic: Diagnostic): Finding | undefined {
  return result.findings.find((f) => f.ruleId === diagnostic.code && sameRange(result.parsed.lines.range(f.range), diagnostic.range));
}

/** Whether an action of `kind` is wanted by a request's `only` filter (none: every kind). */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Whether a request with this `only` filter gets the "fix all" action (only when asked for by kind). */
export function fixAllWanted(only: readonly string[] | undefined): boolean {
  return !!only && wanted(only, FIX_ALL_KIND);
}

/** The code actions for the client's diagnostics; `all` is the "fix all" result when the caller computed it already. */
export function codeActions(
  result: LintResult,
  uri: string,
  diagnostics: readonly Diagnostic[],
  only?: readonly string[],
  all?: FixAllResult,
  lang: Lang = 'en',
): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const seen = new Set<string>();
    for (const diagnostic of diagnostics) {
      const finding = findingOf(result, diagnostic);
      if (!finding) continue;
      for (const fix of fixesFor(result, finding)) {
        const title = formatFixTitle(fix, lang);
        if (seen.has(title)) continue;
        seen.add(title);
        actions.push(quickFix(result, uri, fix, title, diagnostics));
      }
    }
  }
  if (fixAllWanted(only)) {
    const action = fixAllAction(result, uri, all, lang);
    if (action) actions.push(action);
  }
  return actions;
}

function quickFix(result: LintResult, uri: string, fix: Fix, title: string, diagnostics: readonly Diagnostic[]): CodeAction {
  const lines = result.parsed.lines;
  const fixed = fix.findings.map((f) => lines.range(f.range));
  const attached = diagnostics.filter((d) => fix.findings.some((f, i) => f.ruleId === d.code && sameRange(fixed[i], d.range)));
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: attached,
    isPreferred: fix.preferred,
    edit: { changes: { [uri]: toTextEdits(fix.edits, lines) } },
  };
}

/** "Fix all": every safe fix at once, in one edit; undefined when there is nothing to fix. */
export function fixAllAction(
  result: LintResult,
  uri: string,
  all: FixAllResult = fixAll(result),
  lang: Lang = 'en',
): CodeAction | undefined {
  if (!all.edits.length) return undefined;
  return {
    title: formatFixAllTitle(all.applied, lang),
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: toTextEdits(all.edits, result.parsed.lines) } },
  };
}
