/**
 * The same scenarios in VS Code desktop, via @vscode/test-electron (for contributors who have VS Code,
 * or wherever https://update.code.visualstudio.com can be reached; NOT on the CI machines, which
 * have no internet beyond the npm registry and Debian's mirror, so this path is not run in CI).
 *
 *   npm install --no-save @vscode/test-electron@^2.5.2     # or add it as a devDependency
 *   npm run package
 *   node --import tsx test/e2e/desktop.ts [path/to/extension.vsix]
 *
 * Env: VSCODE_VERSION (default "stable"; "1.100.3" matches the code-server run), E2E_VSIX,
 *      E2E_PENDING=0 to skip the scenarios of features that have not landed yet.
 *
 * It unpacks the .vsix (so exactly the packaged files run), downloads VS Code into .vscode-test/,
 * and starts it with a fresh copy of examples/ as workspace, fresh user-data and extensions dirs,
 * other extensions disabled, and test/e2e/desktop-suite.cjs as the extension test runner
 * (it drives the editor through the vscode API: diagnostics, edits, completion, hover, code actions, save).
 * On Linux without a display, run it under `xvfb-run -a`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

function newestVsix(): string | undefined {
  return fs
    .readdirSync(ROOT)
    .filter((f) => /^subprocessor-inventory-.*\.vsix$/.test(f))
    .map((f) => path.join(ROOT, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

async function main(): Promise<void> {
  const vsix = path.resolve(process.argv[2] ?? process.env.E2E_VSIX ?? newestVsix() ?? '');
  if (!fs.existsSync(vsix) || !vsix.endsWith('.vsix')) throw new Error('no .vsix: run `npm run package` or pass its path');

  // Resolved from the repo's node_modules at run time (so the repo type-checks without it installed).
  let testElectron: { runTests: (o: Record<string, unknown>) => Promise<number> };
  try {
    testElectron = createRequire(path.join(ROOT, 'package.json'))('@vscode/test-electron');
  } catch {
    throw new Error('@vscode/test-electron is not installed: npm install --no-save @vscode/test-electron@^2.5.2');
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-desktop-'));
  try {
    // unpack the vsix: its extension/ folder is what VS Code would install
    execFileSync('python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
      vsix,
      path.join(tmp, 'vsix'),
    ]);
    const extensionPath = path.join(tmp, 'vsix', 'extension');
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
    const userData = path.join(tmp, 'user-data');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify(
        {
          'security.workspace.trust.enabled': false,
          'workbench.startupEditor': 'none',
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoUpdate': false,
          'git.enabled': false,
        },
        null,
        2,
      ),
    );

    await testElectron.runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: path.join(HERE, 'desktop-suite.cjs'),
      extensionTestsEnv: { E2E_WORKSPACE: workspace, E2E_PENDING: process.env.E2E_PENDING ?? '1' },
      launchArgs: [
        workspace,
        '--user-data-dir',
        userData,
        '--extensions-dir',
        path.join(tmp, 'extensions'),
        '--disable-extensions', // other extensions; the development one still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
      ],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`desktop e2e failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
