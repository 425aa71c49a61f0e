/**
 * `subproc diff OLD NEW`: the notice of changes to the sub-processors, as Markdown, JSON or an Atom feed.
 * A report: exit 0 whether or not anything changed, unless `--exit-code` (as `git diff --exit-code`): then 1 when something did.
 */
import { todayUtc, neutraliseCommandLines, terminalText } from '../engine';
import { changesToAtom, changesToJson, changesToMarkdown, DiffError, diffInventories, NoticeError } from '../publish/changes';
import { type CliIo, InputError, MAX_FILE_SIZE_OPTION, maxFileSizeOf, parseOptions, UsageError } from './errors';
import * as path from 'node:path';
import { loadInventory } from './inventoryFile';
import { cliLang } from './lang';
import { sayIn } from './messages';
import { writeOutput } from './writeOutput';
import { policyOverride } from './policyOption';
import { isPageLang, pageLanguage } from '../publish/labels';

const FORMATS = ['markdown', 'json', 'atom'];

/** The options of `subproc diff` (its `--help` lists each, in this order or its own). */
export const DIFF_OPTIONS = {
  format: { type: 'string', default: 'markdown' },
  link: { type: 'string' },
  output: { type: 'string', short: 'o' },
  policy: { type: 'string' },
  'exit-code': { type: 'boolean', default: false },
  lang: { type: 'string' },
  ...MAX_FILE_SIZE_OPTION,
} as const;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, DIFF_OPTIONS);
  const format = values.format as string;
  if (!FORMATS.includes(format)) throw new UsageError((w) => w.unknownFormat(format, FORMATS));
  const langOption = values.lang as string | undefined;
  if (langOption !== undefined && !isPageLang(langOption)) throw new UsageError((w) => w.unknownLanguage(langOption));
  const link = values.link as string | undefined;
  if (link !== undefined && !/^https?:\/\/\S+$/.test(link)) throw new UsageError((w) => w.link(link));
  if (positionals.length !== 2) throw new UsageError((w) => w.diffArgs);
  const [oldName, newName] = positionals as [string, string];
  const override = policyOverride(values.policy as string | undefined, io.cwd);
  const maxBytes = maxFileSizeOf(values);
  const before = await loadInventory(oldName, io.cwd, { allowGit: true, policyOverride: override, maxBytes });
  const after = await loadInventory(newName, io.cwd, { allowGit: true, policyOverride: override, maxBytes });
  // A name that could be `REV:path`: say where each side was read from (git, or a file on the disk).
  if (before.name.includes(':') || after.name.includes(':')) {
    const lang = cliLang(langOption, io.env);
    const said = [before, after].map((s) => sayIn(lang, (w) => w.readFrom(s.name, s.source)));
    io.stderr.write(`subproc: ${terminalText(said.join('; '))}\n`);
  }
  let changes;
  try {
    // The notice speaks the language asked for, else the new list's first language.
    const lang = pageLanguage(after.result.model.value?.inventory, langOption);
    changes = diffInventories(before.result, after.result, { old: oldName, new: newName }, lang);
  } catch (err) {
    if (err instanceof NoticeError) throw new InputError((w) => w.noticeWithout(newName, err.missing));
    throw err instanceof DiffError ? new InputError((w) => w.cannotCompare(oldName, newName, err.problem)) : err;
  }
  // No line of the notice can start a GitHub workflow command when CI prints it (JSON has no raw line break in a value).
  const text =
    format === 'json'
      ? changesToJson(changes)
      : format === 'atom'
        ? neutraliseCommandLines(changesToAtom(changes, { link, today: todayUtc() }), 'xml')
        : neutraliseCommandLines(changesToMarkdown(changes), 'markdown');
  const inputs = [oldName, newName, ...(override ? [override] : [])].map((n) => path.resolve(io.cwd, n));
  await writeOutput(values.output as string | undefined, text, io, inputs);
  const changed = changes.added.length + changes.removed.length + changes.changed.length > 0;
  return values['exit-code'] && changed ? 1 : 0;
}
