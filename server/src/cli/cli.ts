/** The `subproc` commands, callable in-process (tests) with their own output streams. */
export { InputError, UsageError, type CliIo } from './errors';
import { checkCommand } from './check';
import { terminalText } from '../engine/escape';
import { VERSION } from '../version';
import { InputError, UsageError, type CliIo } from './errors';
import { diffCommand } from './diff';
import { importCommand } from './import';
import { renderCommand } from './render';

export const USAGE = `Usage: subproc <command> [options]
       subproc --version

Commands:
  check [paths...]   Check inventories: files, folders (searched for *subprocessors.yaml), quoted globs
                     ('**/*.subprocessors.yaml'), or - for standard input. Folders and globs skip what
                     .subprocignore and .gitignore (gitignore syntax) of the current folder ignore.
      --format stylish|json|sarif|github|junit|gitlab   Output format (default: stylish; colour on a terminal,
                              never with NO_COLOR, always with FORCE_COLOR)
      --fix                   Apply the safe fixes (the editor's "fix all"), then report what is left
      -o, --output FILE       Write the report to FILE instead of standard output
      --stdin-filename NAME   The name of standard input (-), for messages and its policy
      --today YYYY-MM-DD      The date to compare dates with (default: today)
      --max-warnings N        Exit 1 when there are more than N warnings
      --quiet                 Report errors only
      --policy FILE           Use this subprocessor-policy.yaml instead of each inventory's \`policy:\`
      --docs-base-url URL     Where rule links point (SARIF, github), e.g. https://github.com/ORG/REPO/blob/main/docs/rules/
      --lang en|fr            Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en)

  render FILE        Print the published page of an inventory
      --format markdown|html  Output format (default: markdown)
      --lang en|fr            Language of the page (default: the inventory's first language, or en)
      --today YYYY-MM-DD      The date the page is made on (default: today)
      --policy FILE           The policy whose selection criteria the page states (default: the inventory's \`policy:\`)
      -o, --output FILE       Write to FILE instead of standard output

  import PAGE        Turn a published page (its text, Markdown, or CSV) into an inventory
      -o, --output FILE       Write the YAML to FILE instead of standard output

  diff OLD NEW       The sub-processors added, removed and changed (GDPR Art. 28(2) notice)
      --format markdown|json|atom   Output format (default: markdown)
      --link URL              The published page's address (Atom links and ids)
      --policy FILE           Use this policy for both inventories instead of their \`policy:\`
      --exit-code             Exit 1 when there are changes (default: 0, it is a report)
      -o, --output FILE       Write to FILE instead of standard output
      OLD may be a git revision of a file: HEAD~1:subprocessors.yaml

Every command that reads a file refuses anything but a regular UTF-8 file, and files over 10 MB
(--max-file-size BYTES sets the limit, 0 for none).

Exit codes: 0 clean, 1 findings over the limit (diff --exit-code: changes), 2 bad usage or unreadable input.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
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
      case '-v':
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
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
      io.stderr.write(`subproc: ${terminalText((err as Error).message)}\nRun "subproc --help" for usage.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`subproc: ${terminalText(err.message.replace(/\s*\n\s*/g, ' '))}\n`);
      return 2;
    }
    throw err;
  }
}
