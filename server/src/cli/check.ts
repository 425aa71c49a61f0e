/** `subproc check`: the same findings as the editor, for CI. */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isInside, isInventoryFileName, lintInventory, lintPolicyText, readPolicyFileSync, type Finding, type LintResult } from '../engine';
import { parseOptions, UsageError, type CliIo } from './cli';
import { formatGithub } from './formatters/github';
import { formatSarif } from './formatters/sarif';

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
  });
  const format = values.format as string;
  if (!['stylish', 'json', 'sarif', 'github'].includes(format)) throw new UsageError(`unknown format "${format}" (use stylish, json, sarif or github)`);
  const today = values.today as string | undefined;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${today}"`);
  const maxWarningsRaw = values['max-warnings'] as string | undefined;
  const maxWarnings = maxWarningsRaw === undefined ? -1 : Number(maxWarningsRaw);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings must be a whole number, not "${maxWarningsRaw}"`);

  const override = values.policy === undefined ? undefined : path.resolve(io.cwd, values.policy as string);
  if (override !== undefined && !usablePolicy(override, io)) return 2;

  const files = await collectFiles(positionals.length ? positionals : ['.'], io);
  if (files === undefined) return 2;
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      io.stderr.write(`subproc: cannot read ${path.relative(io.cwd, file) || file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 2;
    }
    // Without --policy, each inventory's `policy:` key, read only inside the current folder (or the inventory's).
    const root = isInside(io.cwd, file) ? io.cwd : path.dirname(file);
    const result = lintInventory(text, { inventoryPath: file, root, override, read: (p) => readPolicyFileSync(p, override ? undefined : root) }, { today });
    if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
    results.push({ file, result });
  }
  const all = results.flatMap((r) => r.result.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const formatters: Record<string, (files: FileResult[], cwd: string) => string> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };
  io.stdout.write(formatters[format](results, io.cwd));
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

/** A policy named with --policy must be readable and valid: otherwise exit 2 with its errors. */
function usablePolicy(file: string, io: CliIo): boolean {
  const shown = path.relative(io.cwd, file) || file;
  const text = readPolicyFileSync(file);
  if (text === undefined) {
    io.stderr.write(`subproc: cannot read policy ${shown}\n`);
    return false;
  }
  const { findings, parsed, policy } = lintPolicyText(text);
  if (policy) return true;
  for (const f of findings.filter((x) => x.severity === 'error')) {
    const p = parsed.lines.positionAt(f.range.start);
    io.stderr.write(`${shown}:${p.line + 1}:${p.character + 1}: ${f.message} (${f.ruleId})\n`);
  }
  io.stderr.write(`subproc: the policy ${shown} is invalid\n`);
  return false;
}

async function collectFiles(paths: string[], io: CliIo): Promise<string[] | undefined> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(io.cwd, p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      io.stderr.write(`subproc: cannot read ${p}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}\n`);
      return undefined;
    }
    if (stat.isDirectory()) out.push(...(await findInventories(abs)));
    else out.push(abs);
  }
  return out;
}

async function findInventories(dir: string): Promise<string[]> {
  const found: string[] = [];
  const queue = [dir];
  while (queue.length) {
    const d = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) queue.push(full);
      else if (e.isFile() && isInventoryFileName(e.name)) found.push(full);
    }
  }
  return found.sort();
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
    out += `\n${path.relative(cwd, file) || file}\n`;
    for (const f of result.findings) {
      const p = position(result, f);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      out += `  ${`${p.line}:${p.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${f.message}  ${f.ruleId}\n`;
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
