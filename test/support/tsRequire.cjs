// `npm run test:unit` loads the TypeScript of its test processes with this hook (`node --require …`) rather than
// `--import tsx`: the code is the same (esbuild's TypeScript to CommonJS, with source maps, as tsx gives it), but
// tsx's ESM hooks start a loader thread in each of the ~180 test processes and pass every module through it, about
// half a second of CPU per process more than this hook (a CommonJS `require` of each `.ts` file, compiled once per
// content and kept in the system's temporary folder): some 150 s of CPU a run, over a minute on two cores. Any other
// run (one test file, the pre-commit list, test:long, the bench) may use tsx as before: nothing in the tests depends
// on which of the two loads them.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const esbuildVersion = require('esbuild/package.json').version;
const OPTIONS = {
  loader: 'ts',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  sourcesContent: false,
  // As tsconfig.json's ES2022 target has them.
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
};
const CACHE = path.join(os.tmpdir(), `subproc-ts-${esbuildVersion}-${process.getuid ? process.getuid() : 'user'}`);
let esbuild;

function compile(source, filename) {
  const key = crypto
    .createHash('sha256')
    .update(JSON.stringify(OPTIONS))
    .update('\0')
    .update(filename)
    .update('\0')
    .update(source)
    .digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // Not compiled yet.
  }
  esbuild ??= require('esbuild');
  const { code } = esbuild.transformSync(source, { ...OPTIONS, sourcefile: filename });
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    // Written whole then renamed: another test process reading the cache never sees half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, cached);
  } catch {
    // A cache that cannot be written costs time only.
  }
  return code;
}

require.extensions['.ts'] = (module, filename) => module._compile(compile(fs.readFileSync(filename, 'utf8'), filename), filename);
process.setSourceMapsEnabled(true);
