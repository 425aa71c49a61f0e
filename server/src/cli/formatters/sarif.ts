/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: the rules'
 * metadata (description, help link, the rule's whole page as help, default level) and one result per finding,
 * with artifact URIs relative to the working directory (`%SRCROOT%`).
 */
import type { Finding } from '../../engine';
import { VERSION } from '../../version';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, type Severity } from '../../engine';
import { formatFinding, formatRelated, ruleDescription } from '../../format';
import { docsPageMarkdown } from '../../engine/node';
import { ruleDocsLink, ruleDocsPage } from '../../format/docsLink';
import type { Lang } from '../../lang';
import { displayPath, findingFingerprints, findingPosition, type CheckedFile, type FormatOptions } from './types';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

function artifactUri(file: string, cwd: string): string {
  return displayPath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

/** The rule's page, shown by code scanning without following any link (Markdown reads as plain text too). */
function help(ruleId: string, docsBaseUrl: string | undefined, lang: Lang): Sarif.MultiformatMessageString | undefined {
  const page = docsPageMarkdown(ruleDocsPage(ruleId, lang), docsBaseUrl);
  if (page === undefined) return undefined;
  // Without a base URL the page's links would point into this machine's files: they are kept as text.
  const markdown = docsBaseUrl ? page : page.replace(/\[([^\]]*)\]\(file:[^)\s]*\)/g, '$1');
  return { text: markdown, markdown };
}

/**
 * A SARIF plain-text message: `[` and `]` escaped (and a backslash before one), so no `[text](url)` in a value
 * becomes an embedded link in the viewer (SARIF 2.1.0, 3.11.6).
 */
function sarifText(s: string): string {
  return s.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, '\\$&');
}

function buildSarif(files: readonly CheckedFile[], cwd: string, options: FormatOptions = {}): Sarif.Log {
  // One language for the whole log: the rules' descriptions and pages in the language of the messages.
  const lang = options.lang ?? 'en';
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => {
    const page = help(rule.meta.id, options.docsBaseUrl, lang);
    return {
      id: rule.meta.id,
      name: rule.meta.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase()),
      shortDescription: { text: ruleDescription(rule, lang) },
      // A link only where there is a real address: a file:// path of this machine helps nobody in code scanning.
      ...(options.docsBaseUrl ? { helpUri: ruleDocsLink(rule.meta.id, options.docsBaseUrl, lang) } : {}),
      ...(page ? { help: page } : {}),
      defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
      properties: { category: rule.meta.category },
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: Sarif.Artifact[] = [];
  const results: Sarif.Result[] = [];
  for (const { file, result } of files) {
    const uri = artifactUri(file, cwd);
    artifacts.push({ location: { uri, uriBaseId: SRCROOT }, mimeType: 'application/yaml', roles: ['analysisTarget'] });
    const suppressedOnes = result.suppressed.map((f) => ({ f: f as Finding, suppression: f.suppression }));
    const all = [...result.findings.map((f) => ({ f, suppression: undefined })), ...suppressedOnes];
    const fingerprints = findingFingerprints(
      displayPath(file, cwd),
      result,
      all.map(({ f }) => f),
    );
    for (const [i, { f, suppression }] of all.entries()) {
      const p = findingPosition(result, f);
      const index = ruleIndex.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVEL[f.severity],
        message: { text: sarifText(formatFinding(f, lang)) },
        // The same in either language and wherever the line moves: code scanning keeps an alert's history.
        partialFingerprints: { 'subprocFinding/v1': fingerprints[i]! },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: SRCROOT, index: artifacts.length - 1 },
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          },
        ],
        // The other places the finding points at (each unknown value of an entry, say), with their own message.
        ...(f.related?.length
          ? {
              relatedLocations: f.related.map((r, id) => {
                const q = findingPosition(result, r);
                return {
                  id,
                  physicalLocation: {
                    artifactLocation: { uri, uriBaseId: SRCROOT, index: artifacts.length - 1 },
                    region: { startLine: q.line, startColumn: q.column, endLine: q.endLine, endColumn: q.endColumn },
                  },
                  message: { text: sarifText(formatRelated(f, r, lang)) },
                };
              }),
            }
          : {}),
        // An accepted risk: reported, with the acceptance on record (code scanning shows it as dismissed).
        ...(suppression
          ? {
              suppressions: [
                {
                  kind: 'inSource' as const,
                  status: 'accepted' as const,
                  justification: `${suppression.reason} (approved by ${suppression.approvedBy}, until ${suppression.until})`,
                  properties: { approvedBy: suppression.approvedBy, until: suppression.until },
                },
              ],
            }
          : {}),
      });
    }
  }
  const root = pathToFileURL(cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'subproc', fullName: 'Sub-processor Inventory (subproc)', version: VERSION, semanticVersion: VERSION, rules },
        },
        language: lang,
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(files: readonly CheckedFile[], cwd: string, options: FormatOptions = {}): string {
  return `${JSON.stringify(buildSarif(files, cwd, options), null, 2)}\n`;
}
