/** `subproc diff OLD NEW`: the notice of changes to the sub-processors, as Markdown, JSON or an Atom feed. */
import { changesToAtom, changesToJson, changesToMarkdown, diffInventories } from '../publish/changes';
import { parseOptions, UsageError, type CliIo } from './cli';
import { loadInventory, writeOutput } from './inventoryFile';

const FORMATS = ['markdown', 'json', 'atom'];

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'markdown' },
    link: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const format = values.format as string;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (use markdown, json or atom)`);
  const link = values.link as string | undefined;
  if (link !== undefined && !/^https?:\/\/\S+$/.test(link)) throw new UsageError(`--link must be an http(s) URL, not "${link}"`);
  if (positionals.length !== 2) throw new UsageError('diff takes two inventories: OLD NEW (OLD may be REV:path, e.g. HEAD~1:subprocessors.yaml)');
  const [oldName, newName] = positionals as [string, string];
  const before = await loadInventory(oldName, io.cwd, { allowGit: true });
  const after = await loadInventory(newName, io.cwd, { allowGit: true });
  const changes = diffInventories(before.result, after.result);
  const text = format === 'json' ? changesToJson(changes) : format === 'atom' ? changesToAtom(changes, { link }) : changesToMarkdown(changes);
  await writeOutput(values.output as string | undefined, text, io);
  return 0;
}
