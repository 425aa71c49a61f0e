/** `subproc render FILE`: the published page of an inventory, as Markdown or a self-contained HTML page. */
import { isPlainObject } from '../engine';
import { isIsoDate } from '../engine/dates';
import type { PageLang } from '../publish/labels';
import { renderPage, type PageFormat } from '../publish/render';
import { parseOptions, UsageError, type CliIo } from './cli';
import { loadInventory, writeOutput } from './inventoryFile';
import { policyOverride } from './policyOption';

const FORMATS: PageFormat[] = ['markdown', 'html'];
const LANGS: PageLang[] = ['en', 'fr'];

/** `--today` of every command: a real calendar date (not 2025-02-30, which the rules' date arithmetic would roll over or choke on). */
export function checkToday(today: string | undefined): void {
  if (today !== undefined && !isIsoDate(today)) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${today}"`);
}

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'markdown' },
    lang: { type: 'string' },
    today: { type: 'string' },
    output: { type: 'string', short: 'o' },
    policy: { type: 'string' },
  });
  const format = values.format as PageFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (use markdown or html)`);
  const langOption = values.lang as string | undefined;
  if (langOption !== undefined && !LANGS.includes(langOption as PageLang)) throw new UsageError(`unknown language "${langOption}" (use en or fr)`);
  checkToday(values.today as string | undefined);
  if (positionals.length !== 1) throw new UsageError('render takes one inventory file');
  const override = policyOverride(values.policy as string | undefined, io.cwd);
  const { result } = await loadInventory(positionals[0]!, io.cwd, { today: values.today as string | undefined, policyOverride: override });
  const inventory = isPlainObject(result.model.value?.inventory) ? result.model.value.inventory : {};
  const declared = Array.isArray(inventory.languages) ? inventory.languages.find((l): l is PageLang => LANGS.includes(l as PageLang)) : undefined;
  const lang = (langOption as PageLang | undefined) ?? declared ?? 'en';
  await writeOutput(values.output as string | undefined, renderPage(result, { format, lang }), io);
  return 0;
}
