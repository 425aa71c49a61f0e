/** The `subproc` commands, callable in-process (tests) with their own output streams. */
import { parseArgs } from 'node:util';
import { checkCommand } from './check';

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: subproc <command> [options]

Commands:
  check [paths...]   Check inventories (files, or folders searched for *subprocessors.yaml)
      --format stylish|json   Output format (default: stylish)
      --today YYYY-MM-DD      The date to compare dates with (default: today)
      --max-warnings N        Exit 1 when there are more than N warnings
      --quiet                 Report errors only
      --policy FILE           Use this subprocessor-policy.yaml instead of each inventory's \`policy:\`

Exit codes: 0 clean, 1 findings over the limit, 2 bad usage or unreadable input.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await checkCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`subproc: ${(err as Error).message}\nRun "subproc --help" for usage.\n`);
      return 2;
    }
    throw err;
  }
}

/** `util.parseArgs` with our usage errors. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}
