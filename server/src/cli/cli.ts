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
import type { Lang } from '../knowledge';

/** The commands, in the order of `--help`. */
export const COMMANDS = ['check', 'render', 'import', 'diff'] as const;
export type Command = (typeof COMMANDS)[number];

/** The options each command takes (tests check that its help lists every one). */
export const COMMAND_OPTIONS = { check: CHECK_OPTIONS, render: RENDER_OPTIONS, import: IMPORT_OPTIONS, diff: DIFF_OPTIONS };

interface Help {
  head: string;
  commands: Record<Command, string>;
  foot: string;
}

/** `subproc --help`, in English: a head, one section per command (also `subproc <command> --help`), a foot. */
const HELP_EN: Help = {
  head: `Usage: subproc <command> [options]
       subproc --version
       subproc <command> --help

Commands:
`,
  commands: {
    check: `  check [paths...]   Check inventories and policies: files, folders (searched for *subprocessors.yaml), quoted
                     globs ('**/*.subprocessors.yaml'), or - for standard input. Folders and globs skip what
                     .subprocignore and .gitignore (gitignore syntax) of the current folder ignore. A
                     subprocessor-policy.yaml named here is checked as a policy.
      --format stylish|json|sarif|github|junit|gitlab   Output format (default: stylish; colour on a terminal,
                              never with NO_COLOR, always with FORCE_COLOR)
      --fix                   Apply the safe fixes (the editor's "fix all"), then report what is left
      --fix-dry-run           Compute the safe fixes without writing them; with standard input, print the fixed
                              text instead of the report
      -o, --output FILE       Write the report to FILE instead of standard output
      --stdin                 Read the inventory from standard input (as -)
      --stdin-filename NAME   The name of standard input, for messages and its policy
      --today YYYY-MM-DD      The date to compare dates with (default: today)
      --max-warnings N        Exit 1 when there are more than N warnings (counted even with --quiet)
      --quiet                 Report errors only
      --policy FILE           Use this subprocessor-policy.yaml instead of each inventory's \`policy:\`
      --docs-base-url URL     Where rule links point (SARIF, github), e.g. https://github.com/ORG/REPO/blob/main/docs/rules/
      --accepted              List the accepted risks of the files (where, rule, until, approver, reason, state)
      --lang en|fr            Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en)
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
`,
    render: `  render FILE        Print the published page of an inventory
      --format markdown|html  Output format (default: markdown)
      --lang en|fr            Language of the page (default: the inventory's first language, or en)
      --today YYYY-MM-DD      The date the page is made on (default: today)
      --policy FILE           The policy whose selection criteria the page states (default: the inventory's \`policy:\`)
      -o, --output FILE       Write to FILE instead of standard output
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
`,
    import: `  import PAGE        Turn a published page (its text, Markdown, HTML, CSV or TSV) into an inventory
      -o, --output FILE       Write the YAML to FILE instead of standard output
      --organization NAME     The organization the list is for (also marks entities bearing its name as affiliates)
      --contact EMAIL         The privacy contact of the inventory
      --today YYYY-MM-DD      The date written as lastUpdated when the page states none (default: today)
      --lang en|fr            Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en)
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
`,
    diff: `  diff OLD NEW       The sub-processors added, removed and changed (GDPR Art. 28(2) notice)
      --format markdown|json|atom   Output format (default: markdown)
      --link URL              The published page's address (Atom links and ids)
      --policy FILE           Use this policy for both inventories instead of their \`policy:\`
      --lang en|fr            Language of the notice (default: the new inventory's first language, or en)
      --exit-code             Exit 1 when there are changes (default: 0, it is a report)
      -o, --output FILE       Write to FILE instead of standard output
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
      OLD may be a git revision of a file: HEAD~1:subprocessors.yaml
`,
  },
  foot: `
Options of every run:
  -h, --help           Show this help (after a command: that command's help)
  -V, --version        Print the version

Every command that reads a file refuses anything but a regular UTF-8 file, and files over 10 MB
(--max-file-size BYTES sets the limit, 0 for none). Messages follow --lang, else LC_ALL, LC_MESSAGES or LANG.

Exit codes: 0 clean, 1 findings over the limit (diff --exit-code: changes), 2 bad usage or unreadable input.
`,
};

/** The help in French (\`subproc --help\` with \`--lang fr\` or a French locale). */
const HELP_FR: Help = {
  head: `Usage : subproc <commande> [options]
        subproc --version
        subproc <commande> --help

Commandes :
`,
  commands: {
    check: `  check [chemins...] Vérifie des registres et des politiques : fichiers, dossiers (où sont cherchés les
                     *subprocessors.yaml), motifs entre guillemets ('**/*.subprocessors.yaml'), ou - pour
                     l'entrée standard. Dossiers et motifs ignorent ce qu'ignorent .subprocignore et .gitignore
                     (syntaxe gitignore) du dossier courant. Un subprocessor-policy.yaml nommé ici est vérifié
                     comme politique.
      --format stylish|json|sarif|github|junit|gitlab   Format de sortie (par défaut : stylish ; en couleur sur
                              un terminal, jamais avec NO_COLOR, toujours avec FORCE_COLOR)
      --fix                   Applique les corrections sans risque (la correction globale de l'éditeur), puis
                              signale ce qui reste
      --fix-dry-run           Calcule les corrections sans risque sans les écrire ; sur l'entrée standard,
                              affiche le texte corrigé au lieu du rapport
      -o, --output FICHIER    Écrit le rapport dans FICHIER au lieu de la sortie standard
      --stdin                 Lit le registre sur l'entrée standard (comme -)
      --stdin-filename NOM    Le nom de l'entrée standard, pour les messages et sa politique
      --today AAAA-MM-JJ      La date à laquelle comparer les dates (par défaut : aujourd'hui)
      --max-warnings N        Sort avec 1 au-delà de N avertissements (comptés même avec --quiet)
      --quiet                 Ne signale que les erreurs
      --policy FICHIER        Utilise ce subprocessor-policy.yaml au lieu du \`policy:\` de chaque registre
      --docs-base-url URL     Où pointent les liens vers les règles (SARIF, github), par exemple
                              https://github.com/ORG/DEPOT/blob/main/docs/rules/
      --accepted              Liste les risques acceptés des fichiers (où, règle, échéance, approbateur, motif,
                              état)
      --lang en|fr            Langue des messages (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon en)
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
`,
    render: `  render FICHIER     Affiche la page publiée d'un registre
      --format markdown|html  Format de sortie (par défaut : markdown)
      --lang en|fr            Langue de la page (par défaut : la première langue du registre, sinon en)
      --today AAAA-MM-JJ      La date de la page (par défaut : aujourd'hui)
      --policy FICHIER        La politique dont la page énonce les critères de sélection (par défaut : le
                              \`policy:\` du registre)
      -o, --output FICHIER    Écrit dans FICHIER au lieu de la sortie standard
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
`,
    import: `  import PAGE        Transforme une page publiée (son texte, du Markdown, du HTML, du CSV ou du TSV) en registre
      -o, --output FICHIER    Écrit le YAML dans FICHIER au lieu de la sortie standard
      --organization NOM      L'organisme dont c'est la liste (marque aussi comme affiliées les entités à son nom)
      --contact COURRIEL      Le contact « données personnelles » du registre
      --today AAAA-MM-JJ      La date inscrite en lastUpdated si la page n'en donne pas (par défaut : aujourd'hui)
      --lang en|fr            Langue des messages (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon en)
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
`,
    diff: `  diff ANCIEN NOUVEAU  Les sous-traitants ultérieurs ajoutés, retirés et modifiés (information de
                     l'article 28, paragraphe 2, du RGPD)
      --format markdown|json|atom   Format de sortie (par défaut : markdown)
      --link URL              L'adresse de la page publiée (liens et identifiants Atom)
      --policy FICHIER        Utilise cette politique pour les deux registres au lieu de leur \`policy:\`
      --lang en|fr            Langue de l'information (par défaut : la première langue du nouveau registre,
                              sinon en)
      --exit-code             Sort avec 1 s'il y a des changements (par défaut : 0, c'est un rapport)
      -o, --output FICHIER    Écrit dans FICHIER au lieu de la sortie standard
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
      ANCIEN peut être une révision git d'un fichier : HEAD~1:subprocessors.yaml
`,
  },
  foot: `
Options de toute exécution :
  -h, --help           Affiche cette aide (après une commande : l'aide de cette commande)
  -V, --version        Affiche la version

Toute commande qui lit un fichier refuse ce qui n'est pas un fichier ordinaire en UTF-8, et les fichiers de
plus de 10 Mo (--max-file-size OCTETS fixe la limite, 0 pour aucune). Les messages suivent --lang, sinon
LC_ALL, LC_MESSAGES ou LANG.

Codes de sortie : 0 rien à signaler, 1 constats au-delà de la limite (diff --exit-code : des changements),
2 usage incorrect ou entrée illisible.
`,
};

const HELP: Record<Lang, Help> = { en: HELP_EN, fr: HELP_FR };

/** The whole help (`subproc --help`), or one command's (`subproc check --help`). */
export function helpText(lang: Lang, command?: Command): string {
  const h = HELP[lang];
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
