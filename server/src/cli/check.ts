/** `subproc check`: the same findings as the editor, for CI. */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createColors } from 'picocolors';
import {
  acceptancesIn,
  unstatedFact,
  fixAll,
  isPolicyFileName,
  lintPolicyText,
  todayUtc,
  type Finding,
  type LintResult,
  terminalLineStart,
  terminalText,
} from '../engine';
import { decodeUtf8 } from '../engine/node';
import { checkToday, inputErrorOf, MAX_FILE_SIZE_OPTION, maxFileSizeOf, parseOptions, UsageError, type CliIo } from './errors';
import { InputError, readInventory } from './files';
import { formatGithub } from './formatters/github';
import { formatGitlab } from './formatters/gitlab';
import { formatJunit } from './formatters/junit';
import { formatSarif } from './formatters/sarif';
import type { CheckedFile, FormatOptions } from './formatters/types';
import { resolveInputs, STDIN } from './inputs';
import { writeFileSafely, writeOutput } from './writeOutput';
import { lintWithPolicy, policyOverride } from './policyOption';
import { cliLang, LANG_OPTION } from './lang';
import { sayIn } from './messages';
import { fill, formatFinding, formatRelated, phrases, plural, type Plural } from '../format';
import { LANGS, type Lang } from '../knowledge';

type FileResult = CheckedFile;

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];

/** Colour in the stylish output: never with NO_COLOR, always with FORCE_COLOR (but 0), else on a terminal only. */
function colourWanted(io: CliIo, toFile: boolean): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !toFile && io.stdoutIsTTY === true;
}

async function readStdin(io: CliIo, maxBytes: number, shown: string): Promise<string> {
  if (!io.stdin) throw new InputError((w) => w.noStdin);
  const bytes = await io.stdin(maxBytes > 0 ? maxBytes + 1 : Infinity);
  if (maxBytes > 0 && bytes.length > maxBytes) throw new InputError((w) => w.stdinTooLarge(shown, maxBytes));
  try {
    return decodeUtf8(bytes);
  } catch (err) {
    throw inputErrorOf(err, shown);
  }
}

/**
 * `--fix`: the editor's "fix all" (safe fixes only), written back only when the text changes, atomically and
 * only if the file still holds `read` (the text the fixes were computed from): see `writeOutput.ts`.
 */
async function fixFile(
  file: string,
  shown: string,
  read: string,
  result: LintResult,
  lint: (text: string) => LintResult,
  io: CliIo,
  maxBytes: number,
): Promise<{ result: LintResult; applied: number; unstated: number }> {
  const fixed = fixAll(result);
  if (fixed.applied === 0 || fixed.text === result.parsed.text) return { result, applied: 0, unstated: 0 };
  // A byte order mark the reader dropped is written back.
  const head = (await fs.readFile(file)).subarray(0, 3);
  const bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? '\uFEFF' : '';
  await writeFileSafely(file, bom + fixed.text, shown, {
    cwd: io.cwd,
    unchangedSince: { text: read, read: () => readInventory(file, shown, maxBytes) },
  });
  return { result: lint(fixed.text), applied: fixed.applied, unstated: fixed.unstated };
}

/** The options of `subproc check` (its `--help` lists each, in this order or its own). */
export const CHECK_OPTIONS = {
  format: { type: 'string', default: 'stylish' },
  today: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  policy: { type: 'string' },
  'docs-base-url': { type: 'string' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  output: { type: 'string', short: 'o' },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  accepted: { type: 'boolean', default: false },
  ...LANG_OPTION,
  ...MAX_FILE_SIZE_OPTION,
} as const;

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, CHECK_OPTIONS);
  const maxBytes = maxFileSizeOf(values);
  const lang = cliLang(values.lang as string | undefined, io.env);
  const say = WORDS[lang];
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError((w) => w.unknownFormat(format, FORMATS));
  const today = values.today as string | undefined;
  checkToday(today);
  const maxWarningsRaw = values['max-warnings'] as string | undefined;
  // Digits only: Number() would take "" as 0 and " 3 ", "0x10" or "1e3" as numbers.
  const maxWarnings = maxWarningsRaw === undefined ? -1 : /^-?\d+$/.test(maxWarningsRaw) ? Number(maxWarningsRaw) : NaN;
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError((w) => w.maxWarnings(maxWarningsRaw ?? ''));

  const docsBaseUrl = docsBase(values['docs-base-url'] as string | undefined);
  const override = policyOverride(values.policy as string | undefined, io.cwd, lang);
  const output = values.output as string | undefined;

  const results: FileResult[] = [];
  let files: string[];
  const dryRun = values['fix-dry-run'] === true;
  if (values.fix && dryRun) throw new UsageError((w) => w.fixAndDryRun);
  // `--stdin` is `-` (ESLint's spelling); without paths it reads standard input only.
  const requested = values.stdin ? [...positionals, STDIN] : positionals.length ? positionals : ['.'];
  try {
    files = await resolveInputs(requested, io.cwd);
    if (values.fix && files.includes(STDIN)) throw new UsageError((w) => w.fixNoStdin);
    if (values['stdin-filename'] !== undefined && !files.includes(STDIN)) throw new UsageError((w) => w.stdinFilenameAlone);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr.write(`subproc: ${terminalText(sayIn(lang, err.say))}\n`);
    return 2;
  }
  // What `-o` must never overwrite: every inventory read, and the `--policy` file.
  const inputs = [...files.filter((f) => f !== STDIN), ...(override ? [override] : [])];
  let fixedTotal = 0;
  // Facts `--fix` recorded as `unknown` (missing fields it could not state): the run fails on them, so that a
  // `--fix` step in CI never turns a failing check into a passing one.
  let unstatedTotal = 0;
  let hiddenWarnings = 0;
  /** `--fix-dry-run` with standard input alone: the fixed text, printed instead of the report. */
  let dryRunText: string | undefined;
  for (const input of files) {
    // Standard input is named (for messages and for where its `policy:` is looked up) by --stdin-filename.
    const file = input === STDIN ? path.resolve(io.cwd, (values['stdin-filename'] as string | undefined) ?? '<stdin>') : input;
    const shown = path.relative(io.cwd, file) || file;
    let text: string;
    try {
      text = input === STDIN ? await readStdin(io, maxBytes, shown) : await readInventory(file, shown, maxBytes);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      io.stderr.write(`subproc: ${terminalText(sayIn(lang, err.say))}\n`);
      return 2;
    }
    if (isPolicyFileName(file)) {
      // A policy named on the command line is checked as a policy: the editor's diagnostics of a policy file.
      const policyFile = lintPolicyText(text);
      results.push({ file, result: { parsed: policyFile.parsed, findings: policyFile.findings, suppressed: [] }, kind: 'policy' });
      continue;
    }
    const lint = (t: string) => lintWithPolicy(t, file, io.cwd, override, { today });
    let result = lint(text);
    if (dryRun) {
      const fixed = fixAll(result);
      const changed = fixed.applied > 0 && fixed.text !== result.parsed.text;
      if (changed) {
        result = lint(fixed.text);
        fixedTotal += fixed.applied;
        if (input !== STDIN) io.stderr.write(`subproc: ${terminalText(shown)}: ${sayIn(lang, (w) => w.fixesWouldApply(fixed.applied))}\n`);
        // The dry run fails as --fix would: facts the fix could not state are still to find out.
        unstatedTotal += fixed.unstated;
      }
      if (input === STDIN && files.length === 1) dryRunText = changed ? fixed.text : text;
    } else if (values.fix) {
      const fixed = await fixFile(file, shown, text, result, lint, io, maxBytes);
      result = fixed.result;
      if (fixed.applied) {
        fixedTotal += fixed.applied;
        io.stderr.write(`subproc: ${terminalText(shown)}: ${say.fixesApplied(fixed.applied)}\n`);
      }
      if (fixed.unstated) {
        unstatedTotal += fixed.unstated;
        io.stderr.write(`subproc: ${terminalText(shown)}: ${say.factsNotStated(fixed.unstated)}\n`);
      }
    }
    results.push({ file, result, kind: 'inventory' });
  }
  if (values.fix && !fixedTotal) io.stderr.write(`subproc: ${say.nothingToFix}\n`);
  // Counted before --quiet hides them: --max-warnings counts every warning, as ESLint does.
  const all = results.flatMap((r) => r.result.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (values.quiet) {
    for (const r of results) r.result.findings = r.result.findings.filter((f) => f.severity === 'error');
    hiddenWarnings = warnings;
  }
  const colour = colourWanted(io, output !== undefined && output !== '-');
  const formatters: Record<Format, (files: FileResult[], cwd: string, options: FormatOptions) => string> = {
    stylish: (r, cwd) => formatStylish(r, cwd, colour, lang, hiddenWarnings),
    json: formatJson,
    sarif: formatSarif,
    github: formatGithub,
    junit: formatJunit,
    gitlab: formatGitlab,
  };
  if (values.accepted) {
    await writeOutput(output, formatAccepted(results, io.cwd, today ?? todayUtc()), io, inputs);
    return 0;
  }
  await writeOutput(output, dryRunText ?? formatters[format](results, io.cwd, { docsBaseUrl, lang }), io, inputs);
  const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`subproc: ${sayIn(lang, (w) => w.tooManyWarnings(warnings, maxWarnings))}\n`);
  return errors > 0 || unstatedTotal > 0 || tooManyWarnings ? 1 : 0;
}

/** `--docs-base-url`: an http(s) URL, given a trailing `/` so that `<base><rule>.md` is the page. */
function docsBase(option: string | undefined): string | undefined {
  if (option === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(option);
  } catch {
    throw new UsageError((w) => w.docsBaseUrl(option));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError((w) => w.docsBaseUrl(option));
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function position(result: Pick<LintResult, 'parsed'>, f: Pick<Finding, 'range'>) {
  const p = result.parsed.lines.positionAt(f.range.start);
  const e = result.parsed.lines.positionAt(f.range.end);
  return { line: p.line + 1, column: p.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** The words of the stylish report, in each language. */
interface StylishWords {
  severity: Record<'error' | 'warning' | 'info', string>;
  summary(total: number, errors: number, warnings: number, infos: number): string;
  clean(files: number): string;
  accepted(n: number): string;
  fixesApplied(n: number): string;
  /** `--fix` recorded missing facts as `unknown`: it could not state them, so the run fails. */
  factsNotStated(n: number): string;
  nothingToFix: string;
  /**
   * The to-do list of `unstated-fact`, apart from the problems: `entries` entries with `facts` facts not known yet
   * between them, and `more` in the inventory's header or `defaults`.
   */
  toFindOut(entries: number, facts: number, more: number): string;
}

/** The words of the stylish report in `lang`, from its catalogue (`check`, `format/catalogs`). */
function stylishWords(lang: Lang): StylishWords {
  const say = phrases(lang).check;
  const count = (forms: Plural, n: number) => fill(plural(forms, n, lang), { n });
  return {
    severity: say.severity,
    summary: (total, errors, warnings, infos) =>
      fill(say.summary, {
        problems: count(say.problems, total),
        errors: count(say.errors, errors),
        warnings: count(say.warnings, warnings),
        infos: count(say.infos, infos),
      }),
    clean: (files) => count(say.clean, files),
    accepted: (n) => count(say.accepted, n),
    fixesApplied: (n) => count(say.fixesApplied, n),
    factsNotStated: (n) => count(say.factsNotStated, n),
    nothingToFix: say.nothingToFix,
    toFindOut: (entries, facts, more) => {
      if (!entries) return count(say.toFindOutHeader, more);
      const head = fill(say.toFindOut, { entries: count(say.entriesHave, entries), facts: count(say.facts, facts) });
      return more ? fill(say.toFindOutMore, { head, more }) : head;
    },
  };
}

const WORDS = Object.fromEntries(LANGS.map((lang) => [lang, stylishWords(lang)])) as Readonly<Record<Lang, StylishWords>>;

function formatStylish(results: FileResult[], cwd: string, colour = false, lang: Lang = 'en', hiddenWarnings = 0): string {
  const say = WORDS[lang];
  const width = Math.max(...Object.values(say.severity).map((w) => w.length));
  const c = createColors(colour);
  const tone = { error: c.red, warning: c.yellow, info: c.blue };
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const todo = { entries: 0, facts: 0, more: 0 };
  for (const { file, result } of results) {
    if (!result.findings.length) continue;
    out += `\n${c.underline(terminalLineStart(path.relative(cwd, file) || file))}\n`;
    for (const f of result.findings) {
      const p = position(result, f);
      if (f.ruleId === unstatedFact.meta.id) {
        const n = Number(f.data?.count ?? 0);
        if (f.data?.owner === 'entry') {
          todo.entries++;
          todo.facts += n;
        } else todo.more += n;
      }
      // The to-do list of facts not known yet is counted apart, not as problems (unless the policy raised it).
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else if (f.ruleId !== unstatedFact.meta.id) infos++;
      // Messages quote the file (ids, names): shown with control characters and line breaks escaped.
      out += `  ${c.dim(`${p.line}:${p.column}`.padEnd(8))} ${tone[f.severity](say.severity[f.severity].padEnd(width))} ${terminalText(formatFinding(f, lang))}  ${c.dim(terminalText(f.ruleId))}\n`;
      // Each place the finding points at (an unknown value), one indented line each under its message.
      for (const r of f.related ?? []) {
        const q = position(result, r);
        out += `  ${' '.repeat(8)} ${' '.repeat(width)}   ${c.dim(`${q.line}:${q.column}`)} ${terminalText(formatRelated(f, r, lang))}\n`;
      }
    }
  }
  const total = errors + warnings + infos;
  const summary = say.summary(total, errors, warnings, infos);
  if (total) out += `\n${c.bold((errors ? c.red : warnings ? c.yellow : c.blue)(summary))}\n`;
  else if (!hiddenWarnings) out += `${say.clean(results.length)}\n`;
  if (todo.entries || todo.more) out += `${c.blue(say.toFindOut(todo.entries, todo.facts, todo.more))}\n`;
  const accepted = results.reduce((n, r) => n + r.result.suppressed.length, 0);
  if (accepted) out += `${c.dim(say.accepted(accepted))}\n`;
  if (hiddenWarnings) out += `${c.dim(sayIn(lang, (w) => w.warningsHidden(hiddenWarnings)))}\n`;
  return out;
}

function formatJson(results: FileResult[], cwd: string, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'en';
  return `${JSON.stringify(
    results.map(({ file, result, kind }) => ({
      file: path.relative(cwd, file) || file,
      ...(kind === 'policy' ? { checkedAs: 'policy' } : { policy: policyUsed(result, cwd) }),
      findings: [
        ...result.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: formatFinding(f, lang),
          ...position(result, f),
        })),
        // Accepted risks stay visible: with `suppressed` (reason, approver, until), and not counted.
        ...result.suppressed.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: formatFinding(f, lang),
          ...position(result, f),
          suppressed: f.suppression,
        })),
      ],
    })),
    null,
    2,
  )}\n`;
}

/**
 * The policy an inventory was checked with, for the JSON report: the file (relative to the working folder), or
 * `builtin` (none named or found, or one that could not be used: `policy-invalid` says why).
 */
function policyUsed(result: FileResult['result'], cwd: string): string {
  if (!result.policyPath || result.findings.some((f) => f.ruleId === 'policy-invalid')) return 'builtin';
  return path.relative(cwd, result.policyPath).split(path.sep).join('/') || result.policyPath;
}

/** `--accepted`: every accepted risk of the files, for the audit: where, which rule, until when, who, why, and its state. */
function formatAccepted(results: FileResult[], cwd: string, today: string): string {
  const lines: string[] = [];
  for (const { file, result } of results) {
    if (!result.model || !result.policy) continue;
    for (const a of acceptancesIn(result.model, result.today ?? today, result.policy.maxAcceptanceMonths).all) {
      const p = result.parsed.lines.positionAt(a.ruleRange.start);
      const where = a.owner === 'defaults' ? 'defaults' : (a.owner.id ?? `#${a.owner.index + 1}`);
      const held = result.suppressed.filter(
        (f) => f.ruleId === a.rule && (a.owner === 'defaults' || f.suppression.entry === a.owner.id),
      ).length;
      const state =
        a.until < today ? 'expired' : held ? `in force (${held} finding${held === 1 ? '' : 's'} held back)` : 'in force, matches nothing';
      lines.push(
        `${terminalLineStart(path.relative(cwd, file) || file)}:${p.line + 1}  ${terminalText(where)}  ${terminalText(a.rule)}  until ${a.until}  ${state}\n    approved by ${terminalText(a.approvedBy)}: ${terminalText(a.reason)}`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : 'No accepted risk.\n';
}
