import type { Lang } from '../knowledge';
import { fill, phrases } from './catalogs/phrases';

const decimals = new Map<Lang, Intl.NumberFormat>();

/** A size in bytes as `lang` writes it: `12 KB`, `1.5 MB`; `12 Ko`, `1,5 Mo` (the number by `Intl.NumberFormat`). */
export function formatSize(bytes: number, lang: Lang = 'en'): string {
  const units = phrases(lang).size;
  if (bytes < 1024 * 1024) return fill(units.kb, { n: Math.ceil(bytes / 1024) });
  let format = decimals.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    decimals.set(lang, format);
  }
  return fill(units.mb, { n: format.format(bytes / (1024 * 1024)) });
}
