/**
 * The engine has no language (issue 26): no parameter, variable, property or type named `lang` (or `Lang`,
 * `langs`) in `server/src/engine`, and no import of `lang.ts`. The language is chosen at the edge (format,
 * language service, CLI, publish). Read with the TypeScript parser, so a word in a comment or a string
 * ("language") does not count and a `lang` in code always does.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { REPO_ROOT } from '../support/lspClient';

const SRC = path.join(REPO_ROOT, 'server', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const LANG_NAME = /^langs?$/i;

/** Every identifier named `lang`, `Lang` or `langs` in `file`'s code, and every import of `lang.ts`, as `file:line: name`. */
function languageIn(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${path.relative(REPO_ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && LANG_NAME.test(node.text)) at(node, node.text);
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const target = path.resolve(path.dirname(file), node.moduleSpecifier.text);
      if (target === path.join(SRC, 'lang')) at(node, `imports ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('the engine takes no language: no `lang` parameter, variable or type in server/src/engine', () => {
  const files = sourceFiles(path.join(SRC, 'engine'));
  assert.ok(files.length > 50, 'the engine is found');
  assert.deepEqual(files.flatMap(languageIn), []);
  // The check can fail: the edge does take a language (the rule page's path in `lang`, `format/docsLink.ts`).
  assert.ok(languageIn(path.join(SRC, 'format', 'docsLink.ts')).some((l) => l.endsWith(': lang')));
  assert.ok(languageIn(path.join(SRC, 'cli', 'formatters', 'sarif.ts')).some((l) => l.endsWith(': Lang')));
});

/** The lines of `text` where `grep -n "lang"` finds the word, as `line: text`. */
function grepLang(text: string): string[] {
  return text.split('\n').flatMap((line, i) => (line.includes('lang') ? [`${i + 1}: ${line.trim()}`] : []));
}

test('`grep -rn "lang" server/src/engine/rules` finds nothing: no rule and no rule test mentions a language', () => {
  const dir = path.join(SRC, 'engine', 'rules');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.filter((f) => f.endsWith('.test.ts')).length > 30, 'the rules and their tests are found');
  const found = files.flatMap((f) => grepLang(fs.readFileSync(path.join(dir, f), 'utf8')).map((l) => `${f}:${l}`));
  assert.deepEqual(found, [], 'the rules state facts; their words are written (and tested per language) in server/src/format');
  // The check can fail: it finds the word anywhere in a line, a test title included.
  assert.deepEqual(grepLang("test('x')\ntest('in both languages', () => {})"), ["2: test('in both languages', () => {})"]);
});
