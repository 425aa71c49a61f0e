// Bundles the extension client, the language server and the command line with esbuild, and writes the
// licence notices of every package the bundles contain (dist/THIRD-PARTY-NOTICES.md).
// Usage: node scripts/build.mjs [--watch] [--minify] [--outdir DIR]
// (--outdir: the bundles and notices go to DIR instead of dist/; the packaging test builds the .vsix's minified
// bundles there, as `npm run package` makes them, without touching the dist/ other tests run.)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const outIndex = process.argv.indexOf('--outdir');
const outDir = outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : 'dist';
const out = (file) => path.join(outDir, file);
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: watch ? 'inline' : false,
  minify,
  logLevel: 'warning',
  // Licence comments are collected into one notices file instead (below).
  legalComments: 'none',
  metafile: true,
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  // `yaml`'s ES module build (the same code as its CommonJS one): esbuild inlines its exports, where the CommonJS
  // build would be wrapped by `__toESM`, one property getter per call of `isMap`, `isScalar`... (the web builds
  // pick it already).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

// The web extension (vscode.dev, github.dev): the browser entry of the client, and the server for a web worker.
// No Node built-in may be in them: esbuild refuses to resolve one for the browser platform, so the build fails.
// Two stand-ins: `node:path`, for the engine's policy paths, which the web host never reaches (no files), is
// bundled as path-browserify; csv-parse (import of CSV pages) uses Node's Buffer, so its own browser build
// (which carries a Buffer of its own) is bundled instead.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  alias: { ...common.alias, 'node:path': 'path-browserify', 'csv-parse/sync': './node_modules/csv-parse/dist/esm/sync.js' },
};

const builds = [
  // The extension host loads only this small file; the server runs in its own process.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: out('client.js'), external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: out('server.js'), banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: out('subproc.js'), banner: { js: '#!/usr/bin/env node' } },
  { ...web, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: out('web/client.js'), external: ['vscode'] },
  { ...web, format: 'iife', entryPoints: ['server/src/lsp/browserMain.ts'], outfile: out('web/server.js') },
];

/** The packages (name@version) whose files a bundle contains, from esbuild's metafile. */
function bundledPackages(metafiles) {
  const found = new Map();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (!m) continue;
      const dir = input.slice(0, input.indexOf(m[1]) + m[1].length);
      found.set(dir, m[1]);
    }
  }
  return [...found].map(([dir, name]) => ({ dir, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function writeNotices(metafiles) {
  const sections = [];
  for (const { dir, name } of bundledPackages(metafiles)) {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const text = licenceFile ? fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim() : `Licence: ${meta.license ?? 'not stated'}`;
    sections.push(`## ${name} ${meta.version}\n\nLicence: ${meta.license ?? 'see below'}\n\n\`\`\`\n${text}\n\`\`\``);
  }
  const header = `# Third-party notices\n\nThe bundles in dist/ of ${pkg.name} ${pkg.version} contain the following packages.\n`;
  fs.writeFileSync(out('THIRD-PARTY-NOTICES.md'), `${header}\n${sections.join('\n\n')}\n`);
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  writeNotices(results.map((r) => r.metafile));
}
