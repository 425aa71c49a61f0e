/**
 * Words are chosen by catalogue, never by branch (issue 26): no module of `server/src` compares a language with
 * a literal other than English (the source language, whose catalogue the others are typed from). A phrase that
 * differs by language goes in the catalogues (`server/src/format/catalogs/en.ts`, `fr.ts`), and
 * `format/catalogs/phrases.ts` picks the language's one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LANGS } from '../../server/src/lang';
import { REPO_ROOT } from '../support/lspClient';

const SRC = path.join(REPO_ROOT, 'server', 'src');

/**
 * Files that may still branch on a language, each with why. `knowledge/lang.ts` reads a locale tag (`langOf`),
 * spaces French typography (`typeset`) and names `EU` and `GLOBAL`: the knowledge base's own words, typed per
 * language by the knowledge work of issue 26, not by the formatter's catalogue.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'knowledge/lang.ts': 'locale tags, typography and the knowledge base’s words (issue 26, knowledge)',
};

/** The lines of `text` that compare something with a language other than English: `lang === 'fr'`, `case 'fr':`. */
export function languageBranches(text: string): string[] {
  const others = LANGS.filter((l) => l !== 'en').join('|');
  const quoted = `['"\`](?:${others})['"\`]`;
  const branch = new RegExp(`[!=]==?\\s*${quoted}|${quoted}\\s*[!=]==?|\\bcase\\s+${quoted}\\s*:`);
  return text.split('\n').filter((line) => branch.test(line) && !/^\s*(\/\/|\*)/.test(line));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

test('the detector finds a branch on a language, written any way, and nothing else', () => {
  assert.deepEqual(
    languageBranches(
      [
        "const a = lang === 'fr' ? 'Le registre' : 'The inventory';",
        "if ('fr' !== lang) return x;",
        'case "fr":',
        "  if (tag == 'fr') return 'fr';",
        "const b = lang === 'en' ? x : y;",
        "const c = { fr: 'x' };",
        "// lang === 'fr' in a comment",
        "const d = lang === 'free';",
      ].join('\n'),
    ),
    [
      "const a = lang === 'fr' ? 'Le registre' : 'The inventory';",
      "if ('fr' !== lang) return x;",
      'case "fr":',
      "  if (tag == 'fr') return 'fr';",
    ],
  );
});

test('no module of server/src branches on a language: its words come from the catalogues', () => {
  const found = sourceFiles(SRC).flatMap((file) => {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    if (ALLOWED[rel]) return [];
    return languageBranches(fs.readFileSync(file, 'utf8')).map((line) => `${rel}: ${line.trim()}`);
  });
  assert.deepEqual(found, [], 'put the phrase in server/src/format/catalogs/en.ts and fr.ts instead');
});
