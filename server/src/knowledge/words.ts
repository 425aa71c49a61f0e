/** Whether `text` holds one of `words` as whole words (case-insensitive, any script's letters as word characters). */
export function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((w) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text),
  );
}
