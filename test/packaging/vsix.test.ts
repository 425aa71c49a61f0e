/**
 * The .vsix holds only what it should: the client, server and web bundles, schemas, grammars, rule pages and
 * their index and the policy reference, the listing's README, LICENSE, licence notices, icon, selected by the
 * top-level .vscodeignore (the npm package has its own list, .npmignore). Its README is the Marketplace
 * listing (docs/marketplace/README.md), written for someone installing the extension.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  // The listing, packaged as the extension's README (`--readme-path`).
  /^docs\/marketplace\/README\.md$/,
  /^LICENSE$/,
  /^language-configuration\.json$/,
  /^images\/[a-z0-9-]+\.png$/,
  // The listing's screenshots (it shows them from the npm package, which ships them too).
  /^images\/screenshots\/[a-z0-9-]+\.png$/,
  /^dist\/(client|server)\.js$/,
  // The web extension: its client and the server for a web worker.
  /^dist\/web\/(client|server)\.js$/,
  /^schemas\/[a-z-]+\.schema\.json$/,
  /^syntaxes\/[a-z-]+\.tmLanguage\.json$/,
  /^docs\/rules\/(fr\/)?([a-z0-9-]+|README)\.md$/,
  /^docs\/(README|policy)\.md$/,
  /^dist\/THIRD-PARTY-NOTICES\.md$/,
  // The contributed texts in English and French, the client's French messages, the walkthrough's pages.
  /^package\.nls(\.fr)?\.json$/,
  /^l10n\/bundle\.l10n\.fr\.json$/,
  /^docs\/walkthrough\/[a-z]+\.md$/,
  /^CHANGELOG\.md$/,
];

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const LISTING = 'docs/marketplace/README.md';

/** What `vsce` packages, with the options of `npm run package`. */
function packagedFiles(): string[] {
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', LISTING], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

test('the packaged file list holds only the allowed files, and all of the required ones', () => {
  assert.ok(fs.existsSync(path.join(REPO_ROOT, '.vscodeignore')), 'a top-level .vscodeignore selects the files');
  const files = packagedFiles();
  const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(unexpected, [], 'files that must not ship');
  for (const required of [
    'package.json',
    LISTING,
    'LICENSE',
    'images/icon.png',
    'dist/client.js',
    'dist/server.js',
    'dist/web/client.js',
    'dist/web/server.js',
    'docs/rules/missing-field.md',
    'docs/rules/fr/missing-field.md',
    'schemas/inventory.schema.json',
    'schemas/policy.schema.json',
    'syntaxes/subprocessors.tmLanguage.json',
  ]) {
    assert.ok(files.includes(required), `${required} must ship`);
  }
  assert.ok(!files.some((f) => f.startsWith('node_modules/') || f.endsWith('.ts')));
  assert.ok(!files.includes('dist/subproc.js'), "the command line is the npm package's");
});

test('the listing is written for the Marketplace: no relative link (vsce cannot rewrite one without a public repository), no repository instructions', () => {
  const listing = fs.readFileSync(path.join(REPO_ROOT, LISTING), 'utf8');
  const prose = listing.replace(/```[\s\S]*?```/g, '');
  const targets = [
    ...prose.matchAll(/\]\(([^)\s]+)\)/g),
    ...prose.matchAll(/<img[^>]+src=["']([^"']+)/g),
    ...prose.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm),
  ].map((m) => m[1]!);
  for (const t of targets) assert.match(t, /^(https:\/\/|#|mailto:)/, `${t}: a listing link must be absolute`);
  assert.doesNotMatch(listing, /fresh clone|npm install && npm start|npm test|npm run package/i);
  assert.match(manifest.scripts.package, /--readme-path docs\/marketplace\/README\.md/);
  // The one repository flag, until the repository has a public address (package.json's "//" says why).
  assert.match(manifest.scripts.package, /--allow-missing-repository/);
  assert.doesNotMatch(manifest.scripts.package, /--no-rewrite-relative-links|--baseContentUrl|--baseImagesUrl/);
  assert.match(manifest['//'].join(' '), /--allow-missing-repository because the repository has no public address yet/);
});

test('the manifest is a listing: preview, categories without Other, keywords, a dated changelog', () => {
  assert.equal(manifest.preview, true);
  assert.ok(manifest.categories.length > 0 && !manifest.categories.includes('Other'), manifest.categories.join());
  assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30);
  assert.ok(manifest.galleryBanner?.color);
  const changelog = fs.readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
  const first = /^## (.+)$/m.exec(changelog)?.[1] ?? '';
  assert.match(first, new RegExp(`^${manifest.version.replace(/\./g, '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`), first);
  assert.doesNotMatch(changelog, /^## Unreleased/m);
});

test('the declared capabilities are true: a virtual workspace is checked in part, as any document scheme is taken', async () => {
  const fs = await import('node:fs');
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
  const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'activation.ts'), 'utf8');
  // The selector names languages only (every scheme): the documents of a virtual workspace are checked.
  assert.match(client, /documentSelector: \[\{ language: 'subprocessors' \}, \{ language: 'subprocessor-policy' \}\]/);
  assert.doesNotMatch(client, /scheme: '/);
  assert.equal(manifest.browser, './dist/web/client.js');
});
