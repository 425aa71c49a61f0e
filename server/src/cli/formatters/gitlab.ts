/**
 * `--format gitlab`: a GitLab Code Quality report (a JSON array of issues: description, check_name,
 * fingerprint, severity, location with path and begin line). The fingerprint stays the same while the
 * finding does, in either language and wherever its line moves (`findingFingerprints`).
 */
import type { Severity } from '../../engine';
import { formatFinding } from '../../format';
import { displayPath, findingFingerprints, findingPosition, type CheckedFile, type FormatOptions } from './types';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export function formatGitlab(files: readonly CheckedFile[], cwd: string, options: FormatOptions = {}): string {
  const issues = [];
  for (const { file, result } of files) {
    const name = displayPath(file, cwd);
    const fingerprints = findingFingerprints(name, result, result.findings);
    for (const [i, f] of result.findings.entries()) {
      const p = findingPosition(result, f);
      issues.push({
        type: 'issue',
        description: formatFinding(f, options.lang ?? 'en'),
        check_name: f.ruleId,
        fingerprint: fingerprints[i],
        severity: SEVERITY[f.severity],
        location: { path: name, lines: { begin: p.line, end: p.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
