/** `subproc check`: the same findings as the editor, for CI. */
import * as path from 'node:path';
import type { Finding, LintResult } from '../engine';
import { terminalLineStart, terminalText } from '../engine/escape';
import { checkToday, MAX_FILE_SIZE_OPTION, maxFileSizeOf, parseOptions, UsageError, type CliIo } from './errors';
import { collectFiles, InputError, readInventory } from './files';
import { formatGithub } from './formatters/github';
import { formatSarif } from './formatters/sarif';
import type { FormatOptions } from './formatters/types';
import { lintWithPolicy, policyOverride } from './policyOption';

interface FileResult {
  file: string;
  result: LintResult;
}

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'stylish' },
    today: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    policy: { type: 'string' },
    'docs-base-url': { type: 'string' },
    ...MAX_FILE_SIZE_OPTION,
  });
  const maxBytes = maxFileSizeOf(values);
  const format = values.format as string;
  if (!['stylish', 'json', 'sarif', 'github'].includes(format))
    throw new UsageError(`unknown format "${format}" (use stylish, json, sarif or github)`);
  const today = values.today as string | undefined;
  checkToday(today);
  const maxWarningsRaw = values['max-warnings'] as string | undefined;
  // Digits only: Number() would take "" as 0 and " 3 ", "0x10" or "1e3" as numbers.
  const maxWarnings = maxWarningsRaw === undefined ? -1 : /^-?\d+$/.test(maxWarningsRaw) ? Number(maxWarningsRaw) : NaN;
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1)
    throw new UsageError(`--max-warnings must be a whole number, not "${maxWarningsRaw}"`);

  const docsBaseUrl = docsBase(values['docs-base-url'] as string | undefined);
  const override = policyOverride(values.policy as string | undefined, io.cwd);

  const results: FileResult[] = [];
  let files: string[];
  try {
    files = await collectFiles(positionals.length ? positionals : ['.'], io.cwd);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr.write(`subproc: ${terminalText(err.message)}\n`);
    return 2;
  }
  for (const file of files) {
    let text: string;
    try {
      text = await readInventory(file, path.relative(io.cwd, file) || file, maxBytes);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`subproc: ${terminalText(err.message)}\n`);
      return 2;
    }
    const result = lintWithPolicy(text, file, io.cwd, override, { today });
    if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
    results.push({ file, result });
  }
  const all = results.flatMap((r) => r.result.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const formatters: Record<string, (files: FileResult[], cwd: string, options: FormatOptions) => string> = {
    stylish: formatStylish,
    json: formatJson,
    sarif: formatSarif,
    github: formatGithub,
  };
  io.stdout.write(formatters[format](results, io.cwd, { docsBaseUrl }));
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

/** `--docs-base-url`: an http(s) URL, given a trailing `/` so that `<base><rule>.md` is the page. */
function docsBase(option: string | undefined): string | undefined {
  if (option === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(option);
  } catch {
    throw new UsageError(`--docs-base-url must be an http(s) URL, not "${option}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--docs-base-url must be an http(s) URL, not "${option}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function position(result: LintResult, f: Finding) {
  const p = result.parsed.lines.positionAt(f.range.start);
  const e = result.parsed.lines.positionAt(f.range.end);
  return { line: p.line + 1, column: p.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

function formatStylish(results: FileResult[], cwd: string): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, result } of results) {
    if (!result.findings.length) continue;
    out += `\n${terminalLineStart(path.relative(cwd, file) || file)}\n`;
    for (const f of result.findings) {
      const p = position(result, f);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      // Messages quote the file (ids, names): shown with control characters and line breaks escaped.
      out += `  ${`${p.line}:${p.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${terminalText(f.message)}  ${terminalText(f.ruleId)}\n`;
    }
  }
  const total = errors + warnings + infos;
  out += total
    ? `\n${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)\n`
    : `${results.length} file${results.length === 1 ? '' : 's'} checked, no problems\n`;
  return out;
}

function formatJson(results: FileResult[], cwd: string): string {
  return `${JSON.stringify(
    results.map(({ file, result }) => ({
      file: path.relative(cwd, file) || file,
      findings: result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, ...position(result, f) })),
    })),
    null,
    2,
  )}\n`;
}
