/** `subproc render FILE`: the published page of an inventory, as Markdown or a self-contained HTML page. */
import { isPageLang, pageLanguage } from '../publish/labels';
import { renderPage, type PageFormat } from '../publish/render';
import { checkToday, MAX_FILE_SIZE_OPTION, maxFileSizeOf, parseOptions, UsageError, type CliIo } from './errors';
import * as path from 'node:path';
import { loadInventory } from './inventoryFile';
import { writeOutput } from './writeOutput';
import { neutraliseCommandLines } from '../engine';
import { policyOverride } from './policyOption';

const FORMATS: PageFormat[] = ['markdown', 'html'];

/** The options of `subproc render` (its `--help` lists each, in this order or its own). */
export const RENDER_OPTIONS = {
  format: { type: 'string', default: 'markdown' },
  lang: { type: 'string' },
  today: { type: 'string' },
  output: { type: 'string', short: 'o' },
  policy: { type: 'string' },
  ...MAX_FILE_SIZE_OPTION,
} as const;

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, RENDER_OPTIONS);
  const format = values.format as PageFormat;
  if (!FORMATS.includes(format)) throw new UsageError((w) => w.unknownFormat(format, FORMATS));
  const langOption = values.lang as string | undefined;
  if (langOption !== undefined && !isPageLang(langOption)) throw new UsageError((w) => w.unknownLanguage(langOption));
  checkToday(values.today as string | undefined);
  if (positionals.length !== 1) throw new UsageError((w) => w.renderArgs);
  const override = policyOverride(values.policy as string | undefined, io.cwd);
  const { result } = await loadInventory(positionals[0]!, io.cwd, {
    today: values.today as string | undefined,
    policyOverride: override,
    maxBytes: maxFileSizeOf(values),
  });
  const lang = pageLanguage(result.model.value?.inventory, langOption);
  const inputs = [positionals[0]!, ...(override ? [override] : [])].map((n) => path.resolve(io.cwd, n));
  // No line of the page can start a GitHub workflow command when CI prints it.
  const page = neutraliseCommandLines(renderPage(result, { format, lang }), format);
  await writeOutput(values.output as string | undefined, page, io, inputs);
  return 0;
}
