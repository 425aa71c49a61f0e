import type { Lang } from '../knowledge';
import { fill, phrases } from './catalogs/phrases';

const MONTHS = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A day (`YYYY-MM-DD`) as a person writes it in `lang`: "1 August 2025", « 1er août 2025 » (the project's English
 * style, day first). Anything else is returned as it is. Machine output keeps ISO dates in its own fields; this is
 * for the words of a message.
 */
export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1) return iso;
  let months = MONTHS.get(lang);
  if (!months) {
    months = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    MONTHS.set(lang, months);
  }
  const words = phrases(lang).date;
  const day = d.getUTCDate();
  return fill(words.long, { day: day === 1 ? words.firstDay : String(day), month: months.format(d), year: m[1]! });
}

/**
 * Prose with each day it names (`YYYY-MM-DD`) written as `lang` writes a date (`longDate`): the knowledge base
 * keeps its dates ISO; a hover shows them in words. Text in backquotes (what to write in the file) is kept.
 */
export function proseDates(text: string, lang: Lang): string {
  return text.replace(/`[^`]*`|\b\d{4}-\d{2}-\d{2}\b/g, (m) => (m.startsWith('`') ? m : longDate(m, lang)));
}
