/**
 * `--format gitlab`: a GitLab Code Quality report (a JSON array of issues: description, check_name,
 * fingerprint, severity, location with path and begin line). The fingerprint stays the same while the
 * finding does, wherever its line moves: file, rule, message and its rank among identical findings.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../../engine';
import { displayPath, findingPosition, type CheckedFile } from './types';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export function formatGitlab(files: readonly CheckedFile[], cwd: string): string {
  const issues = [];
  for (const { file, result } of files) {
    const name = displayPath(file, cwd);
    const seen = new Map<string, number>();
    for (const f of result.findings) {
      // A message that names another line ("the entry on line 12") must not move the fingerprint either.
      const key = `${name}\0${f.ruleId}\0${f.message.replace(/\bline \d+/g, 'line')}`;
      const rank = (seen.get(key) ?? 0) + 1;
      seen.set(key, rank);
      const p = findingPosition(result, f);
      issues.push({
        type: 'issue',
        description: f.message,
        check_name: f.ruleId,
        fingerprint: createHash('sha256').update(`${key}\0${rank}`).digest('hex'),
        severity: SEVERITY[f.severity],
        location: { path: name, lines: { begin: p.line, end: p.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}
