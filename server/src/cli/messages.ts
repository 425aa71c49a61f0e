/**
 * The command line's own words (errors, notes, help) in English and French, one typed table per language
 * (`CliWords`), so the compiler checks that French has every message. An error is thrown with a function of
 * the words (`new InputError((w) => w.empty(name))`); `runCli` writes it in the language of the run (`--lang`,
 * else `LC_ALL`, `LC_MESSAGES`, `LANG`). The findings themselves come from the engine's catalogues.
 */
import { formatSize } from '../format';
import { typeset, type Lang } from '../knowledge';
import type { InputFileError } from '../engine/node';
import { IMPORT_WORDS } from '../publish/importWords';

export interface CliWords {
  /** The language these words are in (for what they format themselves: sizes, dates). */
  lang: Lang;
  seeHelp: string;
  unknownCommand(command: string): string;
  unknownFormat(format: string, choices: readonly string[]): string;
  unknownLanguage(lang: string): string;
  today(value: string): string;
  maxWarnings(value: string): string;
  maxFileSize(value: string): string;
  docsBaseUrl(value: string): string;
  link(value: string): string;
  fixNoStdin: string;
  fixAndDryRun: string;
  stdinFilenameAlone: string;
  /** `--max-warnings` exceeded: why the exit code is 1. */
  tooManyWarnings(count: number, max: number): string;
  /** `--quiet` left out warnings: how many. */
  warningsHidden(count: number): string;
  /** `--fix-dry-run` on files: the fixes that `--fix` would write. */
  fixesWouldApply(count: number): string;
  diffArgs: string;
  importArgs: string;
  renderArgs: string;
  noStdin: string;
  stdinTooLarge(shown: string, maxBytes: number): string;
  cannotRead(shown: string, reason: string): string;
  cannotWrite(file: string, reason: string): string;
  writeSymlink(file: string): string;
  writeNotRegular(file: string): string;
  writeIsInput(file: string): string;
  writeChanged(file: string): string;
  /** Why a file could not be read, from the reader's error. */
  fileReason(err: InputFileError): string;
  /** Why a path could not be read, from the system's error code. */
  systemReason(code: string | undefined, fallback: string): string;
  notRegular: string;
  noInventoryIn(path: string): string;
  noFileMatches(pattern: string): string;
  empty(name: string): string;
  notYaml(name: string, line: number, column: number, detail: string): string;
  notInventory(name: string): string;
  gitTooLarge(spec: string, limit: string): string;
  gitFailed(spec: string, detail: string): string;
  gitAmbiguous(spec: string): string;
  readFrom(name: string, source: 'git' | 'file'): string;
  policyUnreadable(shown: string): string;
  policyInvalid(shown: string, first: string | undefined, more: number): string;
  pageUnreadable(name: string, detail: string): string;
  notCsv(name: string, detail: string): string;
  noSubprocessorFound(name: string): string;
  cannotCompare(oldName: string, newName: string, detail: string): string;
  /** `diff` prints no notice that does not name who gives it and where to object. */
  noticeWithout(name: string, missing: ('organization' | 'contact')[]): string;
  /** `render` and `diff` refuse a file that still holds a `"<...>"` placeholder: it would be published as a value. */
  placeholder(name: string, line: number, column: number, field: string, value: string, more: number): string;
  wrote(count: number, output: string): string;
  cannotWriteOutput(reason: string): string;
  internalError(detail: string): string;
}

/** Why the system refused a path, from its error code, in one language's words (other codes as they are). */
function systemReason(words: { missing: string; denied: string; directory: string; loop: string }) {
  return (code: string | undefined, fallback: string): string => {
    if (code === 'ENOENT' || code === 'ENOTDIR') return words.missing;
    if (code === 'EACCES' || code === 'EPERM') return words.denied;
    if (code === 'EISDIR') return words.directory;
    if (code === 'ELOOP') return words.loop;
    return code ?? fallback;
  };
}

/** "a, b or c" (the last two joined by `or`). */
function choiceList(choices: readonly string[], or: string): string {
  return choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} ${or} ${choices[choices.length - 1]}`;
}

const EN: CliWords = {
  lang: 'en',
  seeHelp: 'Run "subproc --help" for usage.',
  unknownCommand: (command) => `unknown command "${command}"`,
  unknownFormat: (format, choices) => `unknown format "${format}" (use ${choiceList(choices, 'or')})`,
  unknownLanguage: (lang) => `unknown language "${lang}" (use en or fr)`,
  today: (value) => `--today must be a date as YYYY-MM-DD, not "${value}"`,
  maxWarnings: (value) => `--max-warnings must be a whole number, not "${value}"`,
  maxFileSize: (value) => `--max-file-size must be a number of bytes, not "${value}"`,
  docsBaseUrl: (value) => `--docs-base-url must be an http(s) URL, not "${value}"`,
  link: (value) => `--link must be an http(s) URL, not "${value}"`,
  fixNoStdin: '--fix writes files: it does not take standard input (use --fix-dry-run to print the fixed text)',
  fixAndDryRun: '--fix and --fix-dry-run go alone: choose one',
  stdinFilenameAlone: '--stdin-filename goes with --stdin or - (standard input)',
  tooManyWarnings: (count, max) => `too many warnings (${count}, maximum ${max})`,
  warningsHidden: (count) => `${count} warning${count === 1 ? '' : 's'} not shown (--quiet)`,
  fixesWouldApply: (count) => `${count} safe fix${count === 1 ? '' : 'es'} would be applied (--fix-dry-run: nothing written)`,
  diffArgs: 'diff takes two inventories: OLD NEW (OLD may be REV:path, e.g. HEAD~1:subprocessors.yaml)',
  importArgs: 'import takes one page (Markdown, HTML, CSV, TSV or copied text)',
  renderArgs: 'render takes one inventory file',
  noStdin: 'cannot read standard input here',
  stdinTooLarge: (shown, maxBytes) => `cannot read ${shown}: larger than the ${maxBytes} bytes limit (--max-file-size)`,
  cannotRead: (shown, reason) => `cannot read ${shown}: ${reason}`,
  cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
  writeSymlink: (file) => `will not write ${file}: it is a symbolic link, or lies in a linked folder (name a real file)`,
  writeNotRegular: (file) => `will not write ${file}: it is not a regular file (a folder, a FIFO or a device)`,
  writeIsInput: (file) => `will not write ${file}: it is also an input of this command (name another output file)`,
  writeChanged: (file) =>
    `did not write ${file}: it changed while it was being fixed (saved from an editor?); nothing was lost: run the command again`,
  fileReason: (err) => err.message,
  systemReason: systemReason({
    missing: 'no such file or directory',
    denied: 'permission denied',
    directory: 'is a directory',
    loop: 'too many levels of symbolic links',
  }),
  notRegular: 'not a regular file (a device, a pipe or a socket is never read)',
  noInventoryIn: (p) => `no inventory in ${p} (looked for subprocessors.yaml and *.subprocessors.yaml)`,
  noFileMatches: (pattern) => `no file matches ${pattern}`,
  empty: IMPORT_WORDS.en.empty,
  notYaml: (name, line, column, detail) => `${name} is not valid YAML (line ${line}, column ${column}): ${detail}`,
  notInventory: (name) => `${name} is not an inventory: expected a mapping with \`inventory\` and \`subprocessors\``,
  gitTooLarge: (spec, limit) => `cannot read ${spec} from git: larger than the ${limit} limit (--max-file-size)`,
  gitFailed: (spec, detail) => `cannot read ${spec} from git: ${detail}`,
  gitAmbiguous: (spec) =>
    `${spec} is ambiguous: git reads it as a revision and a path, and a file of that very name exists; rename or remove the file (the revision is never read from the disk)`,
  readFrom: (name, source) => (source === 'git' ? `read ${name} from git` : `read ${name} from the file on disk`),
  policyUnreadable: (shown) => `cannot read policy ${shown}`,
  policyInvalid: (shown, first, more) =>
    `the policy ${shown} is invalid${first ? `: ${first}` : ''}${more > 0 ? ` and ${more} more error${more === 1 ? '' : 's'}` : ''}`,
  pageUnreadable: IMPORT_WORDS.en.unreadable,
  notCsv: IMPORT_WORDS.en.notCsv,
  noSubprocessorFound: IMPORT_WORDS.en.noSubprocessorFound,
  cannotCompare: (oldName, newName, detail) => `cannot compare ${oldName} and ${newName}: ${detail}`,
  noticeWithout: (name, missing) =>
    `no notice without ${missing.map((m) => (m === 'organization' ? 'the organisation that gives it (`inventory.organization`)' : 'the address to object to (`inventory.contact`)')).join(' and ')}: ${name} does not state ${missing.length > 1 ? 'them' : 'it'}; write ${missing.length > 1 ? 'them' : 'it'} in ${name}`,
  placeholder: (name, line, column, field, value, more) =>
    `${name} still holds a placeholder (line ${line}, column ${column}: \`${field}\` is ${value})${more > 0 ? ` and ${more} more` : ''}: replace ${more > 0 ? 'each' : 'it'} with the real value, or \`unknown\` if it is not known yet; a placeholder is never published`,
  wrote: (count, output) => `wrote ${count} sub-processors to ${output}`,
  cannotWriteOutput: (reason) => `cannot write the output: ${reason}`,
  internalError: (detail) => `internal error: ${detail}`,
};

const FR: CliWords = {
  lang: 'fr',
  seeHelp: 'Voir « subproc --help » pour l’usage.',
  unknownCommand: (command) => `commande inconnue « ${command} »`,
  unknownFormat: (format, choices) => `format inconnu « ${format} » (choisissez ${choiceList(choices, 'ou')})`,
  unknownLanguage: (lang) => `langue inconnue « ${lang} » (choisissez en ou fr)`,
  today: (value) => `--today attend une date AAAA-MM-JJ, pas « ${value} »`,
  maxWarnings: (value) => `--max-warnings attend un nombre entier, pas « ${value} »`,
  maxFileSize: (value) => `--max-file-size attend un nombre d’octets, pas « ${value} »`,
  docsBaseUrl: (value) => `--docs-base-url attend une URL http(s), pas « ${value} »`,
  link: (value) => `--link attend une URL http(s), pas « ${value} »`,
  fixNoStdin: '--fix écrit dans les fichiers : il ne prend pas l’entrée standard (--fix-dry-run affiche le texte corrigé)',
  fixAndDryRun: '--fix et --fix-dry-run s’excluent : choisissez l’un des deux',
  stdinFilenameAlone: '--stdin-filename va avec --stdin ou - (l’entrée standard)',
  tooManyWarnings: (count, max) => `trop d’avertissements (${count}, maximum ${max})`,
  warningsHidden: (count) => `${count} ${count <= 1 ? 'avertissement non affiché' : 'avertissements non affichés'} (--quiet)`,
  fixesWouldApply: (count) =>
    `${count} ${count <= 1 ? 'correction sûre serait appliquée' : 'corrections sûres seraient appliquées'} (--fix-dry-run : rien n’est écrit)`,
  diffArgs: 'diff prend deux registres : ANCIEN NOUVEAU (ANCIEN peut être RÉV:chemin, par exemple HEAD~1:subprocessors.yaml)',
  importArgs: 'import prend une page (Markdown, HTML, CSV, TSV ou texte copié)',
  renderArgs: 'render prend un fichier de registre',
  noStdin: 'impossible de lire l’entrée standard ici',
  stdinTooLarge: (shown, maxBytes) => `impossible de lire ${shown} : au-delà de la limite de ${maxBytes} octets (--max-file-size)`,
  cannotRead: (shown, reason) => `impossible de lire ${shown} : ${reason}`,
  cannotWrite: (file, reason) => `impossible d’écrire ${file} : ${reason}`,
  writeSymlink: (file) =>
    `${file} n’est pas écrit : c’est un lien symbolique, ou il se trouve dans un dossier lié (indiquez un vrai fichier)`,
  writeNotRegular: (file) => `${file} n’est pas écrit : ce n’est pas un fichier ordinaire (un dossier, un tube nommé ou un périphérique)`,
  writeIsInput: (file) => `${file} n’est pas écrit : c’est aussi un fichier lu par cette commande (indiquez un autre fichier de sortie)`,
  writeChanged: (file) =>
    `${file} n’a pas été écrit : il a été modifié pendant la correction (enregistré depuis un éditeur ?) ; rien n’est perdu, relancez la commande`,
  fileReason: (err) => {
    switch (err.problem) {
      case 'not-found':
        return 'fichier ou dossier introuvable';
      case 'permission':
        return 'permission refusée';
      case 'is-directory':
        return 'c’est un dossier';
      case 'not-regular':
        return FR.notRegular;
      case 'too-large':
        return `au-delà de la limite de ${formatSize(err.detail.limit ?? 0, 'fr')}${err.detail.limitName ? ` (${err.detail.limitName})` : ''}`;
      case 'not-utf8':
        return `pas en UTF-8 valide (ligne ${err.detail.line ?? '?'}) ; enregistrez-le en UTF-8`;
      default:
        return err.message;
    }
  },
  systemReason: systemReason({
    missing: 'fichier ou dossier introuvable',
    denied: 'permission refusée',
    directory: 'c’est un dossier',
    loop: 'trop de niveaux de liens symboliques',
  }),
  notRegular: 'ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket n’est jamais lu)',
  noInventoryIn: (p) => `aucun registre dans ${p} (recherchés : subprocessors.yaml et *.subprocessors.yaml)`,
  noFileMatches: (pattern) => `aucun fichier ne correspond à ${pattern}`,
  empty: IMPORT_WORDS.fr.empty,
  notYaml: (name, line, column, detail) => `${name} n’est pas du YAML valide (ligne ${line}, colonne ${column}) : ${detail}`,
  notInventory: (name) => `${name} n’est pas un registre : un mapping avec \`inventory\` et \`subprocessors\` est attendu`,
  gitTooLarge: (spec, limit) => `impossible de lire ${spec} depuis git : au-delà de la limite de ${limit} (--max-file-size)`,
  gitFailed: (spec, detail) => `impossible de lire ${spec} depuis git : ${detail}`,
  gitAmbiguous: (spec) =>
    `${spec} est ambigu : git le lit comme une révision et un chemin, et un fichier portant exactement ce nom existe ; renommez ou supprimez ce fichier (une révision n’est jamais lue sur le disque)`,
  readFrom: (name, source) => (source === 'git' ? `${name} lu depuis git` : `${name} lu depuis le fichier sur le disque`),
  policyUnreadable: (shown) => `impossible de lire la politique ${shown}`,
  policyInvalid: (shown, first, more) =>
    `la politique ${shown} est invalide${first ? ` : ${first}` : ''}${more > 0 ? `, et ${more} autre${more === 1 ? '' : 's'} erreur${more === 1 ? '' : 's'}` : ''}`,
  pageUnreadable: IMPORT_WORDS.fr.unreadable,
  notCsv: IMPORT_WORDS.fr.notCsv,
  noSubprocessorFound: IMPORT_WORDS.fr.noSubprocessorFound,
  cannotCompare: (oldName, newName, detail) => `impossible de comparer ${oldName} et ${newName} : ${detail}`,
  noticeWithout: (name, missing) =>
    `pas d’information sans ${missing.map((m) => (m === 'organization' ? 'l’organisation qui la donne (`inventory.organization`)' : 'l’adresse où formuler une objection (`inventory.contact`)')).join(' ni sans ')} : ${name} ne ${missing.length > 1 ? 'les ' : 'l’'}indique pas ; ${missing.length > 1 ? 'indiquez-les' : 'indiquez-la'} dans ${name}`,
  placeholder: (name, line, column, field, value, more) =>
    `${name} contient encore une valeur à compléter (ligne ${line}, colonne ${column} : \`${field}\` vaut ${value})${more > 0 ? `, et ${more} autre${more === 1 ? '' : 's'}` : ''} : remplacez-${more > 0 ? 'les' : 'la'} par la vraie valeur, ou par \`unknown\` si elle n’est pas encore connue ; une valeur à compléter n’est jamais publiée`,
  wrote: (count, output) => `${count} sous-traitant${count > 1 ? 's' : ''} écrit${count > 1 ? 's' : ''} dans ${output}`,
  cannotWriteOutput: (reason) => `impossible d’écrire la sortie : ${reason}`,
  internalError: (detail) => `erreur interne : ${detail}`,
};

export const CLI_WORDS: Readonly<Record<Lang, CliWords>> = { en: EN, fr: FR };

/** What an error or a note says, in the words of a language. */
export type Say = (w: CliWords) => string;

/** A message in `lang`, with French spacing in French. */
export function sayIn(lang: Lang, say: Say): string {
  return typeset(say(CLI_WORDS[lang]), lang);
}
