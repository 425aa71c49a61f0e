/**
 * The two artefacts as the packaging tests make them: the .vsix with `npm run package`'s vsce flags, and the npm
 * package's tarball as `npm pack` makes it from the current dist/ (no script runs).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/lspClient';

export const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

/** The flags `npm run package` gives `vsce package` (read from package.json, so the tests package as users do). */
export function vsceFlags(): string[] {
  const script: string = manifest.scripts.package;
  return script
    .slice(script.indexOf('vsce package') + 'vsce package'.length)
    .trim()
    .split(/\s+/);
}

/** Packages the .vsix into `dir` (the current dist/), returns its path. */
export function packVsix(dir: string, cwd = REPO_ROOT): string {
  const out = path.join(dir, 'extension.vsix');
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', ...vsceFlags(), '--out', out], { cwd, stdio: 'pipe' });
  return out;
}

/** The entries of a .vsix (a zip), read with unzip. */
export function vsixEntries(vsix: string): string[] {
  return execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** One file of a .vsix. */
export function readVsixEntry(vsix: string, entry: string): string {
  return execFileSync('unzip', ['-p', vsix, entry], { encoding: 'utf8' });
}

/** Packs the npm tarball of `cwd` into `dir` without running any script; returns its path and file list. */
export function packNpm(dir: string, cwd = REPO_ROOT): { tarball: string; files: string[] } {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd, encoding: 'utf8' });
  const info = JSON.parse(out)[0];
  return { tarball: path.join(dir, info.filename), files: info.files.map((f: { path: string }) => f.path).sort() };
}
