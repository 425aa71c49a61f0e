/**
 * Exported names of `server/src` that no other file imports (server, client, tests, bench, scripts): their
 * `export` is dead. `node --import tsx scripts/deadExports.ts` lists them, each with whether its own file uses
 * it (then only the `export` goes) or not (then the declaration goes too). Re-exports count: a name that
 * `engine/index.ts` re-exports is used when someone imports it from there. Entry points (the server's, the
 * CLI's) are not listed. The TypeScript compiler API, no dependency.
 */
import * as path from 'node:path';
import ts from 'typescript';
import { loadProgram, ROOT } from './tsProgram';

const SRC = path.join(ROOT, 'server', 'src');

export function deadExports(): { file: string; name: string; usedInFile: boolean }[] {
  const { program, checker, resolve } = loadProgram();
  const files = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes('node_modules'));
  const used = new Set<string>();
  const key = (file: string, name: string) => `${path.resolve(file)}#${name}`;
  /** Re-exports: (module, name) used means (target module, target name) used. `*` for `export *`. */
  const reexports: { from: string; name: string; to: string; toName: string }[] = [];
  const moduleFile = (spec: ts.Expression | undefined, from: ts.SourceFile) => {
    if (!spec || !ts.isStringLiteral(spec)) return undefined;
    return resolve(spec.text, from.fileName);
  };
  for (const sf of files) {
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node)) {
        const target = moduleFile(node.moduleSpecifier, sf);
        const clause = node.importClause;
        if (target && clause) {
          if (clause.name) used.add(key(target, 'default'));
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) used.add(key(target, '*'));
          if (bindings && ts.isNamedImports(bindings))
            for (const el of bindings.elements) used.add(key(target, (el.propertyName ?? el.name).text));
        }
      } else if (ts.isExportDeclaration(node)) {
        const target = moduleFile(node.moduleSpecifier, sf);
        if (target) {
          if (!node.exportClause) reexports.push({ from: path.resolve(sf.fileName), name: '*', to: target, toName: '*' });
          else if (ts.isNamedExports(node.exportClause))
            for (const el of node.exportClause.elements)
              reexports.push({
                from: path.resolve(sf.fileName),
                name: el.name.text,
                to: target,
                toName: (el.propertyName ?? el.name).text,
              });
        }
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const target = moduleFile(node.arguments[0], sf);
        if (target) used.add(key(target, '*'));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  // Entry points: run, not imported.
  for (const entry of ['lsp/main.ts', 'cli/main.ts', 'lsp/webMain.ts']) used.add(key(path.join(SRC, entry), '*'));
  const exportsOf = new Map<string, string[]>();
  for (const sf of files) {
    const symbol = checker.getSymbolAtLocation(sf);
    exportsOf.set(path.resolve(sf.fileName), symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []);
  }
  const isUsed = (file: string, name: string) => used.has(key(file, name)) || used.has(key(file, '*'));
  for (let changed = true; changed;) {
    changed = false;
    for (const r of reexports) {
      const names = r.name === '*' ? (exportsOf.get(r.to) ?? []) : [r.name];
      for (const name of names) {
        const toName = r.name === '*' ? name : r.toName;
        if (isUsed(r.from, name) && !used.has(key(r.to, toName))) {
          used.add(key(r.to, toName));
          changed = true;
        }
      }
    }
  }
  const out: { file: string; name: string; usedInFile: boolean }[] = [];
  for (const sf of files) {
    const file = path.resolve(sf.fileName);
    if (!file.startsWith(SRC + path.sep) || file.endsWith('.test.ts')) continue;
    const symbol = checker.getSymbolAtLocation(sf);
    if (!symbol) continue;
    for (const exp of checker.getExportsOfModule(symbol)) {
      const declared = exp.declarations?.some((d) => path.resolve(d.getSourceFile().fileName) === file);
      if (!declared || exp.flags & ts.SymbolFlags.Alias || isUsed(file, exp.name)) continue;
      const decl = exp.declarations![0];
      const name = ts.getNameOfDeclaration(decl);
      const usedInFile = !!name && countIdentifiers(sf, exp.name) > 1;
      out.push({ file: path.relative(ROOT, file), name: exp.name, usedInFile });
    }
  }
  return out;
}

function countIdentifiers(sf: ts.SourceFile, name: string): number {
  let n = 0;
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name) n++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return n;
}

if (require.main === module) {
  for (const d of deadExports()) console.log(`${d.file}: ${d.name}${d.usedInFile ? ' (used in its file: drop the export)' : ' (unused)'}`);
}
