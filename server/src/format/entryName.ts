import type { EntryRef } from '../engine';
import type { Lang } from '../knowledge';
import { fill, phrases } from './catalogs/phrases';

/**
 * An entry, the one way text names it, in `lang`: its id as code (`` `acme` ``), else its place in the list
 * ("sub-processor #3"), capitalised when it begins a sentence (`start`).
 */
export function entryName(e: Pick<EntryRef, 'id' | 'index'>, lang: Lang, start = false): string {
  const words = phrases(lang).entry;
  if (e.id) return fill(words.id, { id: e.id });
  return fill(start ? words.numberedStart : words.numbered, { n: e.index + 1 });
}
