/** The `subproc` commands, callable in-process (tests) with their own output streams. */
export { InputError, UsageError, type CliIo } from './errors';
import { CHECK_OPTIONS, checkCommand } from './check';
import { terminalText } from '../engine';
import { VERSION } from '../version';
import { InputError, UsageError, type CliIo } from './errors';
import { DIFF_OPTIONS, diffCommand } from './diff';
import { IMPORT_OPTIONS, importCommand } from './import';
import { RENDER_OPTIONS, renderCommand } from './render';
import { langOfRun } from './lang';
import { sayIn } from './messages';
import { phrases } from '../format';
import type { Lang } from '../knowledge';

/** The commands, in the order of `--help`. */
export const COMMANDS = ['check', 'render', 'import', 'diff'] as const;
type Command = (typeof COMMANDS)[number];

/** The options each command takes (tests check that its help lists every one). */
export const COMMAND_OPTIONS = { check: CHECK_OPTIONS, render: RENDER_OPTIONS, import: IMPORT_OPTIONS, diff: DIFF_OPTIONS };

/** The whole help (`subproc --help`), or one command's (`subproc check --help`). */
export function helpText(lang: Lang, command?: Command): string {
  const h = phrases(lang).cli.help;
  // One command: the head's first line, with the command's name, then its section.
  if (command) return `${h.head.slice(0, h.head.indexOf('\n')).replace(/<comm\w+>/, command)}\n\n${h.commands[command]}`;
  return h.head + COMMANDS.map((c) => h.commands[c]).join('\n') + h.foot;
}

/** Whether a command's arguments ask for its help: `-h` or `--help` before any `--`. */
function asksHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if ((COMMANDS as readonly string[]).includes(command ?? '') && asksHelp(rest)) {
      io.stdout.write(helpText(langOfRun(argv, io.env), command as Command));
      return 0;
    }
    switch (command) {
      case 'check':
        return await checkCommand(rest, io);
      case 'render':
        return await renderCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'diff':
        return await diffCommand(rest, io);
      case '--version':
      case '-V':
      case '-v':
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(helpText(langOfRun(argv, io.env)));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError((w) => w.unknownCommand(command));
    }
  } catch (err) {
    // The language of the run: `--lang` when it is a valid one, else the environment's locale.
    const lang = langOfRun(argv, io.env);
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's own argument errors (an unknown option) stay in its English.
      const message = err instanceof UsageError ? sayIn(lang, err.say) : (err as Error).message;
      io.stderr.write(`subproc: ${terminalText(message)}\n${sayIn(lang, (w) => w.seeHelp)}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`subproc: ${terminalText(sayIn(lang, err.say).replace(/\s*\n\s*/g, ' '))}\n`);
      return 2;
    }
    throw err;
  }
}
