/**
 * `--format junit`: a JUnit XML report, as CI systems read test results: one test suite per file, one failing
 * test case per finding (a clean file is one passing case), the finding's rule as the class name.
 */
import { xmlText } from '../../engine';
import { formatFinding } from '../../format';
import { displayPath, findingPosition, type CheckedFile, type FormatOptions } from './types';

export function formatJunit(files: readonly CheckedFile[], cwd: string, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'en';
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { file, result } of files) {
    const name = displayPath(file, cwd);
    const cases = result.findings.map((f) => {
      const p = findingPosition(result, f);
      const where = `${name}:${p.line}:${p.column}`;
      const message = formatFinding(f, lang);
      return [
        `    <testcase classname="${xmlText(f.ruleId)}" name="${xmlText(`${where} ${f.ruleId}`)}" file="${xmlText(name)}" line="${p.line}">`,
        `      <failure type="${f.severity}" message="${xmlText(message)}">${xmlText(`${where}: ${f.severity}: ${message} (${f.ruleId})`)}</failure>`,
        '    </testcase>',
      ].join('\n');
    });
    if (!cases.length) cases.push(`    <testcase classname="subproc" name="${xmlText(name)}" file="${xmlText(name)}"/>`);
    const failed = result.findings.length;
    tests += Math.max(1, failed);
    failures += failed;
    suites.push(
      `  <testsuite name="${xmlText(name)}" tests="${Math.max(1, failed)}" failures="${failed}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="subproc" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
