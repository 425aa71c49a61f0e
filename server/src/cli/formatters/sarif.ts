/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: the rules'
 * metadata (description, help link, default level) and one result per finding, with artifact URIs
 * relative to the working directory (`%SRCROOT%`).
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, ruleDocsUrl, type Severity } from '../../engine';
import { displayPath, findingPosition, type CheckedFile } from './types';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

function artifactUri(file: string, cwd: string): string {
  return displayPath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

export function buildSarif(files: readonly CheckedFile[], cwd: string): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    helpUri: ruleDocsUrl(rule.meta.id),
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { category: rule.meta.category },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: Sarif.Artifact[] = [];
  const results: Sarif.Result[] = [];
  for (const { file, result } of files) {
    const uri = artifactUri(file, cwd);
    artifacts.push({ location: { uri, uriBaseId: SRCROOT }, mimeType: 'application/yaml', roles: ['analysisTarget'] });
    for (const f of result.findings) {
      const p = findingPosition(result, f);
      const index = ruleIndex.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: SRCROOT, index: artifacts.length - 1 },
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          },
        ],
      });
    }
  }
  const root = pathToFileURL(cwd).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'subproc', fullName: 'Sub-processor Inventory (subproc)', rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(files: readonly CheckedFile[], cwd: string): string {
  return `${JSON.stringify(buildSarif(files, cwd), null, 2)}\n`;
}
