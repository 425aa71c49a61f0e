/** The `subprocessors.language` setting: what the client sends the server, and the setting as package.json declares it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LANGUAGE_SETTINGS, serverLocale } from '../../client/src/displayLanguage';
import { langOf } from '../../server/src/knowledge';

test('auto follows VS Code display language; en and fr choose; an unknown value counts as auto', () => {
  assert.equal(serverLocale('auto', 'fr'), 'fr');
  assert.equal(serverLocale('auto', 'fr-ca'), 'fr-ca');
  assert.equal(serverLocale('auto', 'de'), 'de');
  assert.equal(serverLocale('en', 'fr'), 'en');
  assert.equal(serverLocale('fr', 'en'), 'fr');
  assert.equal(serverLocale('fr', 'de'), 'fr');
  assert.equal(serverLocale(undefined, 'en'), 'en');
  assert.equal(serverLocale('klingon', 'fr'), 'fr');
  assert.equal(serverLocale(42, 'en'), 'en');
  // What the server makes of it (knowledge/lang.ts, `langOf`): a display language it does not speak stays unchanged.
  assert.equal(langOf(serverLocale('auto', 'fr-ca')), 'fr');
  assert.equal(langOf(serverLocale('en', 'fr')), 'en');
  assert.equal(langOf(serverLocale('auto', 'de')), undefined);
});

test('package.json declares the setting with the same values, auto by default, described in both languages', () => {
  const root = path.join(__dirname, '..', '..');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes: {
      configuration: {
        properties: Record<string, { enum?: string[]; default?: unknown; markdownDescription?: string; enumDescriptions?: string[] }>;
      };
    };
  };
  const setting = pkg.contributes.configuration.properties['subprocessors.language'];
  assert.ok(setting, 'subprocessors.language is declared');
  assert.deepEqual(setting.enum, [...LANGUAGE_SETTINGS]);
  assert.equal(setting.default, 'auto');
  for (const nls of ['package.nls.json', 'package.nls.fr.json']) {
    const texts = JSON.parse(readFileSync(path.join(root, nls), 'utf8')) as Record<string, string>;
    for (const key of [setting.markdownDescription, ...(setting.enumDescriptions ?? [])])
      assert.ok(texts[String(key).replace(/^%|%$/g, '')], `${nls} has ${key}`);
  }
});
