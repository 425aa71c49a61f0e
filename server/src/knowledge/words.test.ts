import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AI_PROVIDER_WORDS } from './ai';
import { HDS_SCOPE } from './health';
import { hasWord } from './words';

/** The definition: one whole-word, case-insensitive test per word (what `hasWord` compiles into one expression). */
function reference(text: string, words: readonly string[]): boolean {
  return words.some((w) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text),
  );
}

test('hasWord: whole words, any case, letters of any script as word characters', () => {
  const words = ['hr', 'sick leave', 'c++'];
  assert.equal(hasWord('Payroll and HR tools', words), true);
  assert.equal(hasWord('shrink', words), false);
  assert.equal(hasWord('éhr', words), false);
  assert.equal(hasWord('hr2', words), false);
  assert.equal(hasWord('Sick Leave tracking', words), true);
  assert.equal(hasWord('sick-leave', words), false);
  assert.equal(hasWord('written in C++.', words), true);
  assert.equal(hasWord('c+', words), false);
  assert.equal(hasWord('anything', []), false);
  assert.equal(hasWord('', []), false);
});

test('hasWord agrees with one test per word on the knowledge lists', () => {
  const lists = [HDS_SCOPE.careWords, HDS_SCOPE.hrWords, AI_PROVIDER_WORDS.words];
  const pieces = [...lists.flat(), ' ', '-', 'é', 'x', '.', '\n', 'Ü', '1', 'ß'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 3000; i++) {
    let text = '';
    const n = 1 + Math.floor(next() * 5);
    for (let j = 0; j < n; j++) {
      const p = pieces[Math.floor(next() * pieces.length)];
      text += next() < 0.3 ? p.toUpperCase() : p;
    }
    for (const words of lists) assert.equal(hasWord(text, words), reference(text, words), JSON.stringify(text));
  }
});
