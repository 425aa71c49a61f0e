/** `subproc import PAGE`: a published page (Markdown, HTML, CSV, TSV or text copied from a browser) to an inventory in YAML. */
import { cliLang, LANG_OPTION } from './lang';
import { sayIn } from './messages';
import { todayUtc, terminalText } from '../engine';
import { pageToInventory } from '../publish/importPage';
import { unreadText } from '../publish/importWords';
import { PageReadError, readPage } from '../publish/readPage';
import { checkToday, InputError, MAX_FILE_SIZE_OPTION, maxFileSizeOf, parseOptions, UsageError, type CliIo } from './errors';
import * as path from 'node:path';
import { readInputText } from './inventoryFile';
import { writeOutput } from './writeOutput';

/** The options of `subproc import` (its `--help` lists each, in this order or its own). */
export const IMPORT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  organization: { type: 'string' },
  contact: { type: 'string' },
  today: { type: 'string' },
  ...LANG_OPTION,
  ...MAX_FILE_SIZE_OPTION,
} as const;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, IMPORT_OPTIONS);
  checkToday(values.today as string | undefined);
  if (positionals.length !== 1) throw new UsageError((w) => w.importArgs);
  const name = positionals[0]!;
  const text = await readInputText(name, io.cwd, maxFileSizeOf(values));
  if (!text.trim()) throw new InputError((w) => w.empty(name));
  let page;
  try {
    page = readPage(text, name);
  } catch (err) {
    if (err instanceof PageReadError) throw new InputError((w) => w.pageUnreadable(name, err.messageIn(w.lang)));
    if (String((err as { code?: unknown }).code ?? '').startsWith('CSV_'))
      throw new InputError((w) => w.notCsv(name, (err as Error).message));
    throw err;
  }
  if (!page.entries.length) throw new InputError((w) => w.noSubprocessorFound(name));
  const lang = cliLang(values.lang as string | undefined, io.env);
  const { yaml } = pageToInventory(page, {
    today: (values.today as string | undefined) ?? todayUtc(),
    organization: values.organization as string | undefined,
    contact: values.contact as string | undefined,
    // The file's comments: in the page's language, unless `--lang` asks for another (as `diff`'s notice).
    lang: values.lang !== undefined ? lang : undefined,
  });
  // What the import could not place is said on stderr too (in the run's language), never dropped in silence.
  for (const u of page.unread) io.stderr.write(`subproc: ${sayIn(lang, (w) => w.notRead(terminalText(unreadText(u, w.lang))))}\n`);
  await writeOutput(values.output as string | undefined, yaml, io, [path.resolve(io.cwd, name)]);
  if (values.output) {
    const count = page.entries.length;
    const output = values.output as string;
    io.stderr.write(`subproc: ${sayIn(lang, (w) => w.wrote(count, output))}\n`);
  }
  return 0;
}
