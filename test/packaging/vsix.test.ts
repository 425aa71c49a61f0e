/**
 * The .vsix holds only what it should: bundles, schemas, grammars, rule pages and their index and the policy
 * reference, README, LICENSE, licence notices, icon. package.json's `files` is the one list, for npm and vsce.
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
  /^LICENSE$/,
  /^language-configuration\.json$/,
  /^images\/icon\.png$/,
  /^dist\/(client|server|subproc)\.js$/,
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

test('the packaged file list holds only the allowed files, and all of the required ones', () => {
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const files = out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(unexpected, [], 'files that must not ship');
  for (const required of [
    'package.json',
    'README.md',
    'LICENSE',
    'images/icon.png',
    'dist/client.js',
    'dist/server.js',
    'dist/subproc.js',
    'schemas/inventory.schema.json',
    'schemas/policy.schema.json',
    'syntaxes/subprocessors.tmLanguage.json',
  ]) {
    assert.ok(files.includes(required), `${required} must ship`);
  }
  assert.ok(!files.some((f) => f.startsWith('node_modules/') || f.endsWith('.ts')));
});

test('every relative link of the packaged README resolves inside the package: a shipped file, or a heading of the README', () => {
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const files = new Set(
    execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  assert.ok(files.has('CHANGELOG.md'), 'the changelog ships');
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const headings = new Set(
    [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
  // Links written [text](target), outside code: the targets that are not URLs.
  const links = [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((t) => !/^[a-z]+:/i.test(t));
  assert.ok(links.length >= 5, 'the README links to its docs');
  for (const link of links) {
    const [file, anchor] = link.split('#');
    if (!file) assert.ok(headings.has(anchor!), `#${anchor} is no heading of the README`);
    else assert.ok(files.has(file), `${link} is not in the package`);
  }
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
