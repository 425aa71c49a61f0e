/**
 * The language of the CLI's own messages: `--lang en|fr`, else the locale of the environment (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, as POSIX orders them), else English.
 */
import { langOf, LANGS, type Lang } from '../knowledge';
import { UsageError, type CliIo } from './errors';

export const LANG_OPTION = { lang: { type: 'string' } } as const;

/** Whether `text` is one of the languages the product speaks (`LANGS`). */
function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

export function cliLang(option: string | undefined, env: Record<string, string | undefined> = {}): Lang {
  if (option !== undefined) {
    if (!isLang(option)) throw new UsageError((w) => w.unknownLanguage(option));
    return option;
  }
  // The first variable that is set decides, as in setlocale(3): LANG=fr_FR.UTF-8 with LC_ALL=C is English.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return langOf(locale) ?? 'en';
}

/** The language of a run's messages: `--lang en|fr` (or `--lang=fr`) when valid, else the locale of the environment. */
export function langOfRun(argv: readonly string[], env: CliIo['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? undefined : argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return cliLang(given !== undefined && isLang(given) ? given : undefined, env);
}
