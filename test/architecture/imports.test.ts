/**
 * The layering that `server/README.md` states, checked on every source file's imports (read with the
 * TypeScript compiler's own pre-processor): which folder may import which, and no import cycle in the
 * command line's modules.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { REPO_ROOT } from '../support/lspClient';

const SRC = path.join(REPO_ROOT, 'server', 'src');

/**
 * Which layers of `server/src` each layer may import (itself always). `lang.ts` (the `Lang` type, declared once)
 * imports nothing and every layer may import it, `protocol` included.
 */
const MAY_IMPORT: Record<string, string[]> = {
  knowledge: ['lang'],
  engine: ['knowledge', 'lang'],
  format: ['engine', 'knowledge', 'lang'],
  publish: ['engine', 'format', 'knowledge', 'lang'],
  languageService: ['engine', 'format', 'knowledge', 'protocol', 'lang'],
  cli: ['engine', 'format', 'knowledge', 'publish', 'version', 'lang'],
  lsp: ['engine', 'format', 'knowledge', 'publish', 'languageService', 'protocol', 'version', 'lang'],
  protocol: ['lang'],
  version: [],
  lang: [],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The files of ours a file imports (relative imports resolved to `.ts` files). */
function localImports(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const base = path.resolve(path.dirname(file), name);
      return [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? base;
    });
}

function layerOf(file: string): string | undefined {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return undefined;
  if (rel === 'protocol.ts') return 'protocol';
  if (rel === 'version.ts') return 'version';
  if (rel === 'lang.ts') return 'lang';
  return rel.split(path.sep)[0];
}

test('each layer of server/src imports only what server/README.md allows', () => {
  const wrong: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file)!;
    for (const target of localImports(file)) {
      const to = layerOf(target);
      if (to === undefined) {
        // The schemas are data the engine bundles; version.ts reads package.json when run from the sources.
        const allowed =
          target.startsWith(path.join(REPO_ROOT, 'schemas')) || (from === 'version' && target === path.join(REPO_ROOT, 'package.json'));
        if (!allowed) wrong.push(`${path.relative(REPO_ROOT, file)} imports ${path.relative(REPO_ROOT, target)}`);
        continue;
      }
      if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to))
        wrong.push(`${path.relative(REPO_ROOT, file)} (${from}) imports ${path.relative(REPO_ROOT, target)} (${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the client imports nothing of the server but the shared protocol', () => {
  const wrong = sourceFiles(path.join(REPO_ROOT, 'client', 'src')).flatMap((file) =>
    localImports(file)
      .filter((t) => t.startsWith(SRC) && t !== path.join(SRC, 'protocol.ts'))
      .map((t) => `${path.relative(REPO_ROOT, file)} imports ${path.relative(REPO_ROOT, t)}`),
  );
  assert.deepEqual(wrong, []);
});

test('the command line modules import one another without a cycle', () => {
  const files = sourceFiles(path.join(SRC, 'cli'));
  const graph = new Map(files.map((f) => [f, localImports(f).filter((t) => files.includes(t))]));
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (f: string, trail: string[]): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(SRC, x)).join(' -> '));
      return;
    }
    state.set(f, 'visiting');
    for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});

/** Where a Node built-in may be imported: what only the CLI and the Node server load. */
const NODE_ONLY = [/^cli\//, /^engine\/node\//, /^lsp\/main\.ts$/, /^lsp\/nodeHost\.ts$/];

test('no Node built-in in what the web build bundles: only the CLI, engine/node, lsp/main.ts and lsp/nodeHost.ts import one', () => {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const wrong: string[] = [];
  const files = [...sourceFiles(SRC), ...sourceFiles(path.join(REPO_ROOT, 'client', 'src'))];
  for (const file of files) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    if (NODE_ONLY.some((r) => r.test(rel))) continue;
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const i of info.importedFiles)
      if (builtins.has(i.fileName) && !(rel === 'engine/policyResolution.ts' && i.fileName === 'node:path'))
        wrong.push(`${path.relative(REPO_ROOT, file)} imports ${i.fileName}`);
  }
  // engine/policyResolution.ts keeps `node:path`: the web build bundles path-browserify for it (scripts/build.mjs).
  assert.deepEqual(wrong, []);
  // The check sees imports: the Node-only files do import built-ins.
  assert.ok(
    ts
      .preProcessFile(fs.readFileSync(path.join(SRC, 'lsp', 'nodeHost.ts'), 'utf8'), true, true)
      .importedFiles.some((i) => builtins.has(i.fileName)),
  );
});

test('the languages are declared once, in lang.ts: no other `Lang` type nor inline union of language codes', () => {
  const files = [...sourceFiles(SRC), ...sourceFiles(path.join(REPO_ROOT, 'client', 'src'))].filter((f) => f !== path.join(SRC, 'lang.ts'));
  const wrong = files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        /'(en|fr)'\s*\|\s*'(en|fr)'|\btype\s+\w*Lang\s*=/.test(line) ? [`${path.relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
  assert.deepEqual(wrong, []);
});

/** The runner: it imports every rule, so a rule (or the rule contract) that imports it closes a cycle. */
const RUNNER = ['engine/lint.ts', 'engine/fixes.ts', 'engine/rules/index.ts'].map((f) => path.join(SRC, f));

test('the rule contract and the rules import no runner module (lint, fixes, rules/index), not even a type', () => {
  const ruleFiles = sourceFiles(path.join(SRC, 'engine', 'rules')).filter((f) => f !== path.join(SRC, 'engine', 'rules', 'index.ts'));
  assert.ok(ruleFiles.length > 30, 'the rules are found');
  const wrong = [path.join(SRC, 'engine', 'rule.ts'), ...ruleFiles].flatMap((file) =>
    localImports(file)
      .filter((t) => RUNNER.includes(t))
      .map((t) => `${path.relative(REPO_ROOT, file)} imports ${path.relative(REPO_ROOT, t)}`),
  );
  assert.deepEqual(wrong, []);
  // The check resolves folder imports: `fixes.ts` imports `./lint` and `./rules` (its index). It sees `import type` too
  // (`ts.preProcessFile` lists every import and re-export declaration).
  assert.deepEqual(
    localImports(path.join(SRC, 'engine', 'fixes.ts')).filter((t) => RUNNER.includes(t)),
    [path.join(SRC, 'engine', 'lint.ts'), path.join(SRC, 'engine', 'rules', 'index.ts')],
  );
});

test('outside the engine, server/src reaches it only through engine/index.ts (and engine/node/index.ts)', () => {
  const engine = path.join(SRC, 'engine');
  const surfaces = [path.join(engine, 'index.ts'), path.join(engine, 'node', 'index.ts')];
  const files = sourceFiles(SRC).filter((f) => !f.startsWith(engine + path.sep));
  const wrong = files.flatMap((file) =>
    localImports(file)
      .filter((t) => t.startsWith(engine + path.sep) && !surfaces.includes(t))
      .map((t) => `${path.relative(REPO_ROOT, file)} imports ${path.relative(REPO_ROOT, t)} (scripts/engineSurface.ts --write routes it)`),
  );
  assert.deepEqual(wrong, []);
  // The check sees the imports it keeps: the CLI does reach the engine, through its surfaces.
  assert.ok(localImports(path.join(SRC, 'cli', 'check.ts')).some((t) => surfaces.includes(t)));
});
