/**
 * Routes the imports of engine modules from outside the engine through its public surface: `engine/index.ts`
 * (and `engine/node/index.ts` for the Node part). `node --import tsx scripts/engineSurface.ts` lists each
 * import of `engine/<module>` from `server/src` outside `engine/`; with `--write` it points each at the index
 * and adds what the index does not export yet (`export { name } from './module'`, `type` for a type). Then run
 * Prettier on the files it names, and `npm run typecheck`. `test/architecture/imports.test.ts` keeps it so.
 * The TypeScript compiler API, no dependency.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { loadProgram, ROOT } from './tsProgram';

const ENGINE = path.join(ROOT, 'server', 'src', 'engine');
const NODE = path.join(ENGINE, 'node');
export const SURFACES = [path.join(ENGINE, 'index.ts'), path.join(NODE, 'index.ts')];

/** The index a module of the engine is reached through. */
export const surfaceOf = (target: string) => (target.startsWith(NODE + path.sep) ? SURFACES[1] : SURFACES[0]);

/** Whether `file` (outside the engine) imports `target` (a module of the engine) other than through its surface. */
export const bypassesSurface = (file: string, target: string) =>
  !file.startsWith(ENGINE + path.sep) && target.startsWith(ENGINE + path.sep) && !SURFACES.includes(target);

interface Deep {
  file: string;
  node: ts.ImportDeclaration | ts.ExportDeclaration;
  target: string;
  names: { name: string; type: boolean }[];
}

function main(write: boolean): void {
  const { program, checker, resolve } = loadProgram();
  const deep: Deep[] = [];
  for (const sf of program.getSourceFiles()) {
    const file = path.resolve(sf.fileName);
    if (!file.startsWith(path.join(ROOT, 'server', 'src') + path.sep)) continue;
    for (const st of sf.statements) {
      if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier))
        continue;
      const target = resolve(st.moduleSpecifier.text, sf.fileName);
      if (!target || !bypassesSurface(file, target)) continue;
      const names: Deep['names'] = [];
      const isType = (id: ts.Identifier, typeOnly: boolean) => {
        if (typeOnly) return true;
        let sym = checker.getSymbolAtLocation(id);
        if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
        return !!sym && !(sym.flags & ts.SymbolFlags.Value);
      };
      if (ts.isImportDeclaration(st)) {
        const bindings = st.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings) || st.importClause?.name)
          throw new Error(`${file}: an import of ${target} other than by name`);
        for (const el of bindings.elements)
          names.push({ name: (el.propertyName ?? el.name).text, type: isType(el.name, st.importClause!.isTypeOnly || el.isTypeOnly) });
      } else {
        if (!st.exportClause || !ts.isNamedExports(st.exportClause)) throw new Error(`${file}: export * from ${target}`);
        for (const el of st.exportClause.elements)
          names.push({
            name: (el.propertyName ?? el.name).text,
            type: isType((el.propertyName ?? el.name) as ts.Identifier, st.isTypeOnly || el.isTypeOnly),
          });
      }
      deep.push({ file, node: st, target, names });
    }
  }
  for (const d of deep)
    console.log(`${path.relative(ROOT, d.file)} imports ${path.relative(ROOT, d.target)}: ${d.names.map((n) => n.name).join(', ')}`);
  if (!write || deep.length === 0) return;

  // What each surface exports already, then what it must add, by module.
  const exported = new Map(
    SURFACES.map((s) => [
      s,
      new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(s)!)!).map((e) => e.name)),
    ]),
  );
  const additions = new Map<string, Map<string, Map<string, boolean>>>();
  for (const d of deep) {
    const surface = surfaceOf(d.target);
    for (const n of d.names) {
      if (exported.get(surface)!.has(n.name)) continue;
      const byModule = additions.get(surface) ?? new Map<string, Map<string, boolean>>();
      const names = byModule.get(d.target) ?? new Map<string, boolean>();
      names.set(n.name, n.type && (names.get(n.name) ?? true));
      byModule.set(d.target, names);
      additions.set(surface, byModule);
    }
  }
  for (const [surface, byModule] of additions) {
    const lines = [...byModule].map(([module, names]) => {
      const spec = `./${path.relative(path.dirname(surface), module).replace(/\.ts$/, '').split(path.sep).join('/')}`;
      const list = [...names].map(([n, type]) => (type ? `type ${n}` : n)).join(', ');
      return `export { ${list} } from '${spec.replace(/\/index$/, '')}';`;
    });
    fs.appendFileSync(surface, `${lines.join('\n')}\n`);
    console.log(`${path.relative(ROOT, surface)}: added ${lines.length} export line(s)`);
  }
  // Point each deep import at its surface (the last edit of a file first, so offsets hold).
  const byFile = new Map<string, Deep[]>();
  for (const d of deep) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, list] of byFile) {
    let text = fs.readFileSync(file, 'utf8');
    for (const d of [...list].sort((a, b) => b.node.moduleSpecifier!.getStart() - a.node.moduleSpecifier!.getStart())) {
      const spec = d.node.moduleSpecifier!;
      let rel = path
        .relative(path.dirname(file), path.dirname(surfaceOf(d.target)))
        .split(path.sep)
        .join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      text = `${text.slice(0, spec.getStart())}'${rel}'${text.slice(spec.getEnd())}`;
    }
    fs.writeFileSync(file, mergeImports(text, file));
    console.log(`rewrote ${path.relative(ROOT, file)}`);
  }
}

/** One import declaration per surface: those a rewrite made two (or more) merged into the first. */
function mergeImports(text: string, file: string): string {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const groups = new Map<string, ts.ImportDeclaration[]>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || st.importClause?.name) continue;
    const bindings = st.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const target = path.resolve(path.dirname(file), st.moduleSpecifier.text, 'index.ts');
    if (!SURFACES.includes(target)) continue;
    groups.set(st.moduleSpecifier.text, [...(groups.get(st.moduleSpecifier.text) ?? []), st]);
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [spec, list] of groups) {
    if (list.length < 2) continue;
    const allTypes = list.every((d) => d.importClause!.isTypeOnly);
    const elements = list.flatMap((d) =>
      (d.importClause!.namedBindings as ts.NamedImports).elements.map((el) => {
        const own = el.getText(sf).replace(/^type\s+/, '');
        return allTypes || !(d.importClause!.isTypeOnly || el.isTypeOnly) ? own : `type ${own}`;
      }),
    );
    const merged = `import ${allTypes ? 'type ' : ''}{ ${[...new Set(elements)].join(', ')} } from '${spec}';`;
    edits.push({ start: list[0].getStart(sf), end: list[0].getEnd(), text: merged });
    for (const d of list.slice(1)) edits.push({ start: d.getFullStart(), end: d.getEnd(), text: '' });
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

if (require.main === module) main(process.argv.includes('--write'));
