/** Whether `text` holds one of `words` as whole words (case-insensitive, any script's letters as word characters). */
export function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => wordPattern(w).test(text));
}

/** Each word's pattern, compiled once (the rules ask on each keystroke); none is global, so `test` keeps no state. */
const PATTERNS = new Map<string, RegExp>();

function wordPattern(w: string): RegExp {
  let re = PATTERNS.get(w);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
    PATTERNS.set(w, re);
  }
  return re;
}
