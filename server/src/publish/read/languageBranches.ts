/**
 * A component that holds its page in two languages and shows one by a flag (`{en ? (<>English…</>) : (<>Français…</>)}`,
 * `{locale === 'fr' ? "Mise à jour : …" : "Updated: …"}`): the page is the branch in its own language, read once, not
 * both one after the other. The page's language is that of its words outside the branches (its title, its metadata);
 * when they give none, the branch shown when the flag is off, the site's default. Pure; one pass over the source.
 */

import type { Lang } from '../../knowledge';
import { replaceSpans, textOutside } from './sourceText';

/**
 * The flag: a language's name or code (`en`, `isFr`, `isEnglish`), or a variable that names the language compared with
 * a code (`lang === 'en'`, `router.locale === 'fr'`); never another variable (`region === 'fr'` chooses a place).
 */
const FLAG =
  /\{\s{0,20}(?:!?(?<flag>en|fr|isEn|isFr|isEnglish|isFrench|english|french|anglais|francais)|(?:[\w$]{1,30}\.){0,3}(?:lang|language|locale|lng|currentLang|currentLanguage|currentLocale|activeLocale|userLang|userLocale|i18nLang)\s{0,5}===?\s{0,5}['"](?<code>en|fr)(?:-[A-Za-z]{2})?['"])\s{0,20}\?\s{0,20}/g;

/** The language a flag names, and whether it is negated (`!en`). */
function flagLang(m: RegExpExecArray): { lang: Lang; negated: boolean } {
  const flag = m.groups?.flag;
  if (flag === undefined) return { lang: m.groups!.code as Lang, negated: false };
  return { lang: /^(?:en|isEn|isEnglish|english|anglais)$/.test(flag) ? 'en' : 'fr', negated: m[0].includes('!') };
}

/** Where a branch that opens at `i` ends (just past it): a bracketed JSX branch `( … )` or a quoted string. */
function branchEnd(s: string, i: number): number | undefined {
  const c = s[i];
  if (c === '"' || c === "'" || c === '`') {
    for (let j = i + 1; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === c) return j + 1;
      else if (s[j] === '\n' && c !== '`') return undefined;
    }
    return undefined;
  }
  if (c !== '(') return undefined;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return j + 1;
  }
  return undefined;
}

const pastSpace = (s: string, i: number) => {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
};

/** A branch's content: a JSX branch without its brackets and fragment, a string as it is written (quoted). */
const content = (branch: string) =>
  branch.startsWith('(')
    ? branch
        .slice(1, -1)
        .replace(/^\s*<>/, '')
        .replace(/<\/>\s*$/, '')
    : branch;

/**
 * The source with each language flag's two branches replaced by the one in the page's language (`langOf` says the
 * language of a text, undefined when its words say none); unchanged when there is no such flag.
 */
export function withOneLanguage(text: string, langOf: (text: string) => Lang | undefined): string {
  const found: { at: number; end: number; lang: Lang; first: string; second: string }[] = [];
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) {
    const thenAt = m.index + m[0].length;
    const thenEnd = branchEnd(text, thenAt);
    if (thenEnd === undefined) continue;
    const colon = pastSpace(text, thenEnd);
    if (text[colon] !== ':') continue;
    const elseAt = pastSpace(text, colon + 1);
    const elseEnd = branchEnd(text, elseAt);
    if (elseEnd === undefined) continue;
    const close = pastSpace(text, elseEnd);
    if (text[close] !== '}') continue;
    // Both branches of one kind: two JSX branches, or two strings.
    if ((text[thenAt] === '(') !== (text[elseAt] === '(')) continue;
    const { lang, negated } = flagLang(m);
    found.push({
      at: m.index,
      end: close + 1,
      lang: negated ? (lang === 'en' ? 'fr' : 'en') : lang,
      first: text.slice(thenAt, thenEnd),
      second: text.slice(elseAt, elseEnd),
    });
    FLAG.lastIndex = close + 1;
  }
  if (!found.length) return text;
  const pageLang = langOf(textOutside(text, found));
  return replaceSpans(text, found, (f) => {
    const keepFirst = pageLang === undefined ? false : pageLang === f.lang;
    const kept = content(keepFirst ? f.first : f.second);
    // A JSX branch: the markup it holds. A string: an attribute's value in quotes (`lead={…}` -> `lead="…"`), else
    // its text.
    const attribute = /=\s*$/.test(text.slice(Math.max(0, f.at - 3), f.at));
    const inner = kept.slice(1, -1);
    return !/^['"`]/.test(kept) ? kept : attribute ? `"${inner.replace(/"/g, '&quot;')}"` : inner;
  });
}
