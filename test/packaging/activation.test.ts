/**
 * The extension activates only where an inventory, a policy or a configured `subprocessors.files` glob may exist,
 * never in every workspace (no `onStartupFinished`, no `*`) nor in every workspace holding YAML. A glob is a
 * setting, which no activation event can read: a workspace's globs live in `.vscode/settings.json`, which activates,
 * and the client checks the globs (client/src/activation.ts); a glob in the user settings is seen when a YAML file
 * is opened. The workspaces of the e2e scenarios all activate: the examples folder, a YAML file named only by the
 * workspace setting (nothing opened), and one without YAML through its command.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { minimatch } from 'minimatch';
import { isInventoryFileName, isPolicyFileName } from '../../server/src/engine';
import { REPO_ROOT } from '../support/lspClient';
import { manifest } from './artefacts';

const events: string[] = manifest.activationEvents;
const globs = events.filter((e) => e.startsWith('workspaceContains:')).map((e) => e.slice('workspaceContains:'.length));
/** Whether the workspaceContains events fire for a workspace holding this file (a path inside the folder). */
const activates = (file: string) => globs.some((g) => minimatch(file, g));

test('the activation events are pinned: default names, the workspace settings, the languages; never onStartupFinished, * or any YAML', () => {
  assert.deepEqual(events, [
    'workspaceContains:**/{*.,}subprocessors.{yaml,yml}',
    'workspaceContains:**/subprocessor-policy.{yaml,yml}',
    'workspaceContains:.vscode/settings.json',
    'onLanguage:subprocessors',
    'onLanguage:subprocessor-policy',
    'onLanguage:yaml',
  ]);
  assert.ok(!events.includes('onStartupFinished') && !events.includes('*'));
  // Every language the extension contributes, and YAML (a file a glob names is YAML until the client adopts it).
  for (const language of manifest.contributes.languages) assert.ok(events.includes(`onLanguage:${language.id}`), language.id);
});

test('every default inventory and policy name activates, in any folder; a workspace without YAML does not', () => {
  const defaults = [
    'subprocessors.yaml',
    'subprocessors.yml',
    'eu.subprocessors.yaml',
    'legal/us.subprocessors.yml',
    'subprocessor-policy.yaml',
    'a/b/subprocessor-policy.yml',
  ];
  for (const file of defaults) {
    assert.ok(isInventoryFileName(file) || isPolicyFileName(file), `${file}: the engine's default names`);
    assert.ok(activates(file), file);
  }
  // The languages' own file names and patterns are default names too.
  for (const language of manifest.contributes.languages as { filenames?: string[]; filenamePatterns?: string[] }[]) {
    for (const name of [...(language.filenames ?? []), ...(language.filenamePatterns ?? []).map((p) => p.replace('*', 'x'))])
      assert.ok(activates(`some/folder/${name}`), name);
  }
  for (const file of [
    'README.md',
    'src/index.ts',
    'pages/stakater-subprocessors.md',
    'subprocessors.json',
    'docker-compose.yml',
    '.github/workflows/ci.yaml',
  ])
    assert.ok(!activates(file), `${file} must not activate the extension`);
});

test('a workspace whose inventory only a `subprocessors.files` glob names activates by its settings file, with nothing open (the e2e files-setting scenario)', () => {
  const files = manifest.contributes.configuration.properties['subprocessors.files'];
  assert.deepEqual(files.default, [], 'no glob by default: a glob is the user’s, in a setting');
  assert.ok(!isInventoryFileName('compliance/vendors.yaml'));
  for (const file of ['compliance/vendors.yaml', 'legal/processors.yml']) assert.ok(!activates(file), `${file} alone must not activate`);
  assert.ok(activates('.vscode/settings.json'), 'the workspace settings, where its globs live');
  // A glob in the user settings: opening a YAML file activates the extension, which then checks the globs.
  assert.ok(events.includes('onLanguage:yaml'));
});

test('the e2e workspaces activate: the examples folder by its files, a workspace without YAML by the command it runs', () => {
  const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples'));
  assert.ok(examples.some(activates), examples.join());
  // VS Code activates an extension on its contributed commands by itself since 1.74 (no onCommand event needed).
  const [major, minor] = /(\d+)\.(\d+)/.exec(manifest.engines.vscode)!.slice(1).map(Number);
  assert.ok(major! > 1 || minor! >= 74, manifest.engines.vscode);
  const commands = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);
  for (const command of ['subprocessors.importPage', 'subprocessors.createInventory']) assert.ok(commands.includes(command), command);
});
