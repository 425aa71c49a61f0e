/**
 * The language of the CLI's own messages: `--lang en|fr`, else the locale of the environment (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, as POSIX orders them), else English.
 */
import { langOf, type Lang } from '../knowledge';
import { UsageError } from './errors';

export const LANG_OPTION = { lang: { type: 'string' } } as const;

export function cliLang(option: string | undefined, env: Record<string, string | undefined> = {}): Lang {
  if (option !== undefined) {
    if (option !== 'en' && option !== 'fr') throw new UsageError(`unknown language "${option}" (use en or fr)`);
    return option;
  }
  // The first variable that is set decides, as in setlocale(3): LANG=fr_FR.UTF-8 with LC_ALL=C is English.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return langOf(locale) ?? 'en';
}
