/**
 * French everywhere the extension speaks: every `vscode.l10n.t` message of the client has its French text in
 * l10n/bundle.l10n.fr.json with the same placeholders, and every `%key%` of package.json has an English and a
 * French text (package.nls.json, package.nls.fr.json) with the same placeholders. The keys are read from the
 * sources with the TypeScript parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const json = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}|`[^`]*`/g)].map((m) => m[0]).sort();

function clientMessages(): string[] {
  const keys = new Set<string>();
  for (const f of readdirSync(path.join(ROOT, 'client/src')).filter((n) => n.endsWith('.ts'))) {
    const src = ts.createSourceFile(f, readFileSync(path.join(ROOT, 'client/src', f), 'utf8'), ts.ScriptTarget.Latest, true);
    const walk = (n: ts.Node) => {
      if (ts.isCallExpression(n) && n.expression.getText(src) === 'vscode.l10n.t') {
        const first = n.arguments[0];
        assert.ok(first && ts.isStringLiteralLike(first), `${f}: vscode.l10n.t takes a literal message, so that it can be translated`);
        keys.add(first.text);
      }
      ts.forEachChild(n, walk);
    };
    walk(src);
  }
  return [...keys];
}

test('every client message has its French text, with the same placeholders', () => {
  const fr = json('l10n/bundle.l10n.fr.json');
  const keys = clientMessages();
  assert.ok(keys.length >= 15, 'the client speaks through vscode.l10n.t');
  for (const key of keys) {
    assert.ok(fr[key], `no French text for: ${key}`);
    assert.deepEqual(placeholders(fr[key]!), placeholders(key), key);
  }
  assert.deepEqual(
    Object.keys(fr).filter((k) => !keys.includes(k)),
    [],
    'French texts for messages the client no longer has',
  );
});

test('every contributed title and description has an English and a French text', () => {
  const pkg = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const used = [...new Set([...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!))];
  assert.ok(used.length >= 20, 'package.json contributes its texts through %keys%');
  const en = json('package.nls.json');
  const fr = json('package.nls.fr.json');
  for (const key of used) {
    assert.ok(en[key], `package.nls.json lacks ${key}`);
    assert.ok(fr[key], `package.nls.fr.json lacks ${key}`);
    assert.deepEqual(placeholders(fr[key]!), placeholders(en[key]!), key);
  }
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.includes(k)),
    [],
    'unused English texts',
  );
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});
