/** The repository's TypeScript program (`tsconfig.json`), for the scripts that read its imports and exports. */
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');

export function loadProgram(): {
  program: ts.Program;
  checker: ts.TypeChecker;
  /** The file of ours a module specifier names, from `from`; undefined for a package. */
  resolve: (spec: string, from: string) => string | undefined;
} {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  const resolve = (spec: string, from: string) => {
    const r = ts.resolveModuleName(spec, from, config.options, ts.sys).resolvedModule;
    return r && !r.isExternalLibraryImport ? path.resolve(r.resolvedFileName) : undefined;
  };
  return { program, checker: program.getTypeChecker(), resolve };
}
