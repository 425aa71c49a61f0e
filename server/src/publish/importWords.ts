/**
 * What an import says when a page cannot be made into an inventory: the words the command line
 * (`subproc import`) and the editor's *Import Published Page…* share, read from the catalogue of each language
 * (`importRefusals`, `format/catalogs`). The reading errors with their line are `PageReadError`s, which carry
 * both languages themselves.
 */
import { choosePlurals } from '../engine';
import { fill, phrases, pluralOf } from '../format';
import { LANGS, type Lang } from '../knowledge';
import type { Unread } from './read/unread';

interface ImportWords {
  empty(name: string): string;
  notCsv(name: string, detail: string): string;
  noSubprocessorFound(name: string): string;
  unreadable(name: string, detail: string): string;
  tooLarge(name: string, bytes: number, max: number): string;
}

function importWords(lang: Lang): ImportWords {
  const say = phrases(lang).importRefusals;
  return {
    empty: (name) => fill(say.empty, { name }),
    notCsv: (name, detail) => fill(say.notCsv, { name, detail }),
    noSubprocessorFound: (name) => fill(say.noSubprocessorFound, { name }),
    unreadable: (name, detail) => fill(say.unreadable, { name, detail }),
    tooLarge: (name, bytes, max) => fill(say.tooLarge, { name, bytes, max }),
  };
}

export const IMPORT_WORDS = Object.fromEntries(LANGS.map((lang) => [lang, importWords(lang)])) as Readonly<Record<Lang, ImportWords>>;

/** What the reader set aside and why (`Unread`), in `lang`: the page's words as it wrote them, counts in the plural `lang` gives them. */
export function unreadText(unread: Unread, lang: Lang): string {
  const data = unread.data as Readonly<Record<string, string | number | readonly string[]>>;
  return fill(choosePlurals(phrases(lang).importUnread[unread.kind], data, pluralOf(lang)), data);
}

/** The columns of a table set aside because none names the sub-processors, in `lang` (shown as the page's words); else undefined. */
export function unreadColumnsText(unread: Unread, lang: Lang): string | undefined {
  if (unread.kind !== 'table') return undefined;
  return fill(phrases(lang).importUnread.tableColumns, { columns: unread.data.columns.join(' | ') });
}
