/**
 * The command line's own words (errors, notes) in each language, read from the catalogue (`cli`,
 * `format/catalogs`), where `tsc` checks that French has every phrase. An error is thrown with a function of
 * the words (`new InputError((w) => w.empty(name))`); `runCli` writes it in the language of the run (`--lang`,
 * else `LC_ALL`, `LC_MESSAGES`, `LANG`). The findings themselves come from the engine's catalogues.
 */
import { alternatives, fill, formatSize, phrases, plural, type Plural } from '../format';
import { LANGS, typeset, type Lang } from '../knowledge';
import type { InputFileError } from '../engine/node';
import { IMPORT_WORDS } from '../publish/importWords';
import type { DiffProblem } from '../publish/changes';

interface CliWords {
  /** The language these words are in (for what they format themselves: sizes, dates). */
  lang: Lang;
  seeHelp: string;
  unknownCommand(command: string): string;
  unknownFormat(format: string, choices: readonly string[]): string;
  unknownLanguage(lang: string): string;
  today(value: string): string;
  maxWarnings(value: string): string;
  maxFileSize(value: string): string;
  docsBaseUrl(value: string): string;
  link(value: string): string;
  fixNoStdin: string;
  fixAndDryRun: string;
  stdinFilenameAlone: string;
  /** `--max-warnings` exceeded: why the exit code is 1. */
  tooManyWarnings(count: number, max: number): string;
  /** `--quiet` left out warnings: how many. */
  warningsHidden(count: number): string;
  /** `--fix-dry-run` on files: the fixes that `--fix` would write. */
  fixesWouldApply(count: number): string;
  diffArgs: string;
  importArgs: string;
  renderArgs: string;
  noStdin: string;
  stdinTooLarge(shown: string, maxBytes: number): string;
  cannotRead(shown: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  writeSymlink(file: string): string;
  writeNotRegular(file: string): string;
  writeIsInput(file: string): string;
  writeChanged(file: string): string;
  /** Why a file could not be read, from the reader's error. */
  fileReason(err: InputFileError): string;
  /** Why a path could not be read, from the system's error code. */
  systemReason(code: string | undefined, fallback: string): string;
  notRegular: string;
  noInventoryIn(path: string): string;
  noFileMatches(pattern: string): string;
  empty(name: string): string;
  notYaml(name: string, line: number, column: number, detail: string): string;
  notInventory(name: string): string;
  gitTooLarge(spec: string, limit: string): string;
  gitFailed(spec: string, detail: string): string;
  gitAmbiguous(spec: string): string;
  readFrom(name: string, source: 'git' | 'file'): string;
  policyUnreadable(shown: string): string;
  policyInvalid(shown: string, first: string | undefined, more: number): string;
  pageUnreadable(name: string, detail: string): string;
  /** import: what the reader set aside (its description), said on stderr. */
  notRead(what: string): string;
  notCsv(name: string, detail: string): string;
  noSubprocessorFound(name: string): string;
  cannotCompare(oldName: string, newName: string, problem: DiffProblem): string;
  /** `diff` prints no notice that does not name who gives it and where to object. */
  noticeWithout(name: string, missing: ('organization' | 'contact')[]): string;
  /** `render` and `diff` refuse a file that still holds a `"<...>"` placeholder: it would be published as a value. */
  placeholder(name: string, line: number, column: number, field: string, value: string, more: number): string;
  wrote(count: number, output: string): string;
  cannotWriteOutput(reason: string): string;
  internalError(detail: string): string;
}

/** The command line's words in `lang`, from its catalogue (`cli`, `format/catalogs`). */
function cliWords(lang: Lang): CliWords {
  const say = phrases(lang).cli;
  const reasons = say.reasons;
  const counted = (forms: Plural, count: number, data: Readonly<Record<string, string | number>> = {}) =>
    fill(plural(forms, count, lang), { ...data, count });
  const imports = IMPORT_WORDS[lang];
  const diffProblem = (p: DiffProblem): string => {
    if (p.kind === 'not-mapping') return fill(say.diffNotMapping, { entry: p.entry, list: p.list });
    const what = [
      p.id !== undefined ? fill(say.twinId, { id: p.id }) : say.twinNoId,
      fill(say.twinName, { name: p.name }),
      ...(p.entity ? [fill(say.twinEntity, { entity: p.entity })] : []),
    ];
    return fill(say.diffTwins, { first: p.first, second: p.second, list: p.list, what: what.join(', ') });
  };
  return {
    lang,
    seeHelp: say.seeHelp,
    unknownCommand: (command) => fill(say.unknownCommand, { command }),
    unknownFormat: (format, choices) => fill(say.unknownFormat, { format, choices: alternatives(choices, lang) }),
    unknownLanguage: (value) => fill(say.unknownLanguage, { lang: value }),
    today: (value) => fill(say.today, { value }),
    maxWarnings: (value) => fill(say.maxWarnings, { value }),
    maxFileSize: (value) => fill(say.maxFileSize, { value }),
    docsBaseUrl: (value) => fill(say.docsBaseUrl, { value }),
    link: (value) => fill(say.link, { value }),
    fixNoStdin: say.fixNoStdin,
    fixAndDryRun: say.fixAndDryRun,
    stdinFilenameAlone: say.stdinFilenameAlone,
    tooManyWarnings: (count, max) => fill(say.tooManyWarnings, { count, max }),
    warningsHidden: (count) => counted(say.warningsHidden, count),
    fixesWouldApply: (count) => counted(say.fixesWouldApply, count),
    diffArgs: say.diffArgs,
    importArgs: say.importArgs,
    renderArgs: say.renderArgs,
    noStdin: say.noStdin,
    stdinTooLarge: (shown, maxBytes) => fill(say.stdinTooLarge, { shown, maxBytes }),
    cannotRead: (shown, reason) => fill(say.cannotRead, { shown, reason }),
    cannotWrite: (file, reason) => fill(say.cannotWrite, { file, reason }),
    writeSymlink: (file) => fill(say.writeSymlink, { file }),
    writeNotRegular: (file) => fill(say.writeNotRegular, { file }),
    writeIsInput: (file) => fill(say.writeIsInput, { file }),
    writeChanged: (file) => fill(say.writeChanged, { file }),
    fileReason: (err) => {
      switch (err.problem) {
        case 'not-found':
          return reasons.missing;
        case 'permission':
          return reasons.denied;
        case 'is-directory':
          return reasons.directory;
        case 'not-regular':
          return reasons.notRegular;
        case 'too-large': {
          const limit = formatSize(err.detail.limit ?? 0, lang);
          const { limitName } = err.detail;
          return limitName ? fill(reasons.tooLargeNamed, { limit, limitName }) : fill(reasons.tooLarge, { limit });
        }
        case 'not-utf8':
          return fill(reasons.notUtf8, { line: err.detail.line ?? '?' });
        default:
          return err.message;
      }
    },
    systemReason: (code, fallback) => {
      if (code === 'ENOENT' || code === 'ENOTDIR') return reasons.missing;
      if (code === 'EACCES' || code === 'EPERM') return reasons.denied;
      if (code === 'EISDIR') return reasons.directory;
      if (code === 'ELOOP') return reasons.loop;
      return code ?? fallback;
    },
    notRegular: reasons.notRegular,
    noInventoryIn: (path) => fill(say.noInventoryIn, { path }),
    noFileMatches: (pattern) => fill(say.noFileMatches, { pattern }),
    empty: imports.empty,
    notYaml: (name, line, column, detail) => fill(say.notYaml, { name, line, column, detail }),
    notInventory: (name) => fill(say.notInventory, { name }),
    gitTooLarge: (spec, limit) => fill(say.gitTooLarge, { spec, limit }),
    gitFailed: (spec, detail) => fill(say.gitFailed, { spec, detail }),
    gitAmbiguous: (spec) => fill(say.gitAmbiguous, { spec }),
    readFrom: (name, source) => fill(source === 'git' ? say.readFromGit : say.readFromFile, { name }),
    policyUnreadable: (shown) => fill(say.policyUnreadable, { shown }),
    policyInvalid: (shown, first, more) => {
      if (!first) return fill(say.policyInvalid, { shown });
      return more > 0 ? fill(say.policyInvalidMany, { shown, first, count: more + 1 }) : fill(say.policyInvalidFirst, { shown, first });
    },
    pageUnreadable: imports.unreadable,
    notRead: (what) => fill(phrases(lang).importNotes.notRead, { what }),
    notCsv: imports.notCsv,
    noSubprocessorFound: imports.noSubprocessorFound,
    cannotCompare: (oldName, newName, problem) => fill(say.cannotCompare, { oldName, newName, detail: diffProblem(problem) }),
    noticeWithout: (name, missing) => {
      const words = { organization: say.noticeOrganization, contact: say.noticeContact };
      return counted(say.noticeWithout, missing.length, { name, ...words, missing: missing.map((m) => words[m]).join('') });
    },
    placeholder: (name, line, column, field, value, more) => {
      const data = { name, line, column, field, value, more };
      return more > 0 ? fill(plural(say.placeholderMore, more, lang), data) : fill(say.placeholder, data);
    },
    wrote: (count, output) => counted(say.wrote, count, { output }),
    cannotWriteOutput: (reason) => fill(say.cannotWriteOutput, { reason }),
    internalError: (detail) => fill(say.internalError, { detail }),
  };
}

const CLI_WORDS = Object.fromEntries(LANGS.map((lang) => [lang, cliWords(lang)])) as Readonly<Record<Lang, CliWords>>;

/** What an error or a note says, in the words of a language. */
export type Say = (w: CliWords) => string;

/** A message in `lang`, with French spacing in French. */
export function sayIn(lang: Lang, say: Say): string {
  return typeset(say(CLI_WORDS[lang]), lang);
}
