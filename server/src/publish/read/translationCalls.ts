/**
 * A component that writes each of its texts once per language, as the arguments of one call that picks the reader's
 * (`{t3(language, 'Sous-traitants', 'Subprocessors', 'Subencargados')}`, `{tr(lang, "Hébergement", "Hosting")}`): the
 * browser shows one of them, so the page is read in one language, not three run together. The call's first argument
 * names the language (a variable `lang`, `language`, `locale`…, as a language flag does); every other argument is a
 * string written out. The string kept is the one in the page's language (that of the words outside such calls, else
 * that of the calls' first strings), at the place its language holds in most calls, else the first: the order the
 * author writes them in. A call whose first argument
 * is anything else (`t('hosting.title')`, `format(region, 'a', 'b')`) or that holds an expression stays as it is.
 * Pure; one pass over the source, each call read once.
 */

import type { Lang } from '../../knowledge';
import { pastSpace, replaceSpans, textOutside, writtenString as literal } from './sourceText';

/** The opening of such a call inside a JSX expression: `{name(language,` (the language variable as a flag names it). */
const CALL =
  /\{\s{0,20}[A-Za-z_$][\w$]{0,30}\(\s{0,20}(?:[\w$]{1,30}\.){0,3}(?:lang|language|locale|lng|currentLang|currentLanguage|currentLocale|activeLocale|userLang|userLocale|i18nLang)\s{0,20},/g;

/** The strings of the call's arguments from `i` to its `)}` and where the expression ends; undefined otherwise. */
function callStrings(s: string, i: number): { strings: string[]; end: number } | undefined {
  const strings: string[] = [];
  let at = pastSpace(s, i);
  for (;;) {
    const lit = literal(s, at);
    if (!lit) break;
    strings.push(lit.text);
    at = pastSpace(s, lit.end);
    if (s[at] !== ',') break;
    at = pastSpace(s, at + 1);
  }
  if (strings.length < 2 || s[at] !== ')') return undefined;
  at = pastSpace(s, at + 1);
  return s[at] === '}' ? { strings, end: at + 1 } : undefined;
}

/** The text as markup shows it: its own `<`, `>` and `&` as characters, not tags. */
const asText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The source with each call that picks one of its strings by the language replaced by the string in the page's
 * language (`langOf` says the language of a text, undefined when its words say none); unchanged when there is none.
 */
export function withOneTranslation(text: string, langOf: (text: string) => Lang | undefined): string {
  const found: { at: number; end: number; strings: string[] }[] = [];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(text); m; m = CALL.exec(text)) {
    const call = callStrings(text, m.index + m[0].length);
    if (!call) continue;
    found.push({ at: m.index, end: call.end, strings: call.strings });
    CALL.lastIndex = call.end;
  }
  if (!found.length) return text;
  const pageLang = langOf(textOutside(text, found)) ?? langOf(found.map((f) => f.strings[0]).join(' '));
  // The argument that holds the page's language: the place whose strings are most often in it (the author writes
  // the languages in one order in every call), the first when none is.
  const votes: number[] = [];
  for (const f of found)
    f.strings.forEach((x, i) => {
      if (pageLang && langOf(x) === pageLang) votes[i] = (votes[i] ?? 0) + 1;
    });
  let place = 0;
  votes.forEach((v, i) => {
    if (v > (votes[place] ?? 0)) place = i;
  });
  return replaceSpans(text, found, (f) => asText(f.strings[place] ?? f.strings[0]!));
}
