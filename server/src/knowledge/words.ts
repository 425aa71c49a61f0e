/** One regular expression per list of words, compiled once (a list is a constant of the knowledge base). */
const compiled = new WeakMap<readonly string[], RegExp>();

/** Whether `text` holds one of `words` as whole words (case-insensitive, any script's letters as word characters). */
export function hasWord(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  let re = compiled.get(words);
  if (!re) {
    // One alternation: the engine tries every word at every place, so it matches when one of the words does.
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(^|[^\\p{L}\\p{N}])(?:${alternatives})($|[^\\p{L}\\p{N}])`, 'iu');
    compiled.set(words, re);
  }
  return re.test(text);
}
