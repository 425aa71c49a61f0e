/** `subproc import PAGE`: a published page (Markdown, HTML, CSV, TSV or text copied from a browser) to an inventory in YAML. */
import { todayUtc } from '../engine';
import { pageToInventory } from '../publish/importPage';
import { PageReadError, readPage } from '../publish/readPage';
import { checkToday, InputError, MAX_FILE_SIZE_OPTION, maxFileSizeOf, parseOptions, UsageError, type CliIo } from './errors';
import { readInputText, writeOutput } from './inventoryFile';

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    output: { type: 'string', short: 'o' },
    organization: { type: 'string' },
    contact: { type: 'string' },
    today: { type: 'string' },
    ...MAX_FILE_SIZE_OPTION,
  });
  checkToday(values.today as string | undefined);
  if (positionals.length !== 1) throw new UsageError('import takes one page (Markdown, HTML, CSV, TSV or copied text)');
  const name = positionals[0]!;
  const text = await readInputText(name, io.cwd, maxFileSizeOf(values));
  if (!text.trim()) throw new InputError(`${name} is empty`);
  let page;
  try {
    page = readPage(text, name);
  } catch (err) {
    if (err instanceof PageReadError) throw new InputError(`${name}: ${err.message}`);
    if (String((err as { code?: unknown }).code ?? '').startsWith('CSV_'))
      throw new InputError(`${name} is not valid CSV: ${(err as Error).message}`);
    throw err;
  }
  if (!page.entries.length)
    throw new InputError(
      `${name}: no sub-processor found (expected a table with a column such as Name, Sub-processor, Vendor or Sous-traitant, or entries like "Name (Entity)" followed by "Purpose: ..." lines)`,
    );
  const { yaml } = pageToInventory(page, {
    today: (values.today as string | undefined) ?? todayUtc(),
    organization: values.organization as string | undefined,
    contact: values.contact as string | undefined,
  });
  await writeOutput(values.output as string | undefined, yaml, io);
  if (values.output) io.stderr.write(`subproc: wrote ${page.entries.length} sub-processors to ${values.output}\n`);
  return 0;
}
