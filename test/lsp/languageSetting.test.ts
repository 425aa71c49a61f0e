/**
 * The `subprocessors.language` setting over LSP, as VS Code's client drives it: the setting changes (the server
 * is told `workspace/didChangeConfiguration` and reads the settings back), then the client sends
 * `subprocessors/setLanguage`. The server writes its diagnostics again in the new language from the results it
 * keeps and checks nothing again; a setting the checks do read (`validate`) does check again.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { positionOf, REPO_ROOT, TestLspClient, withServer } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');

describe('the subprocessors.language setting changes while the server runs', () => {
  let client: TestLspClient;
  const settings: Record<string, unknown> = { validate: 'onType', language: 'auto' };
  withServer({ today: '2026-11-26', locale: 'en-US', configurationFor: () => settings }, (c) => (client = c));

  test('a language change re-formats the diagnostics and hovers; only a setting the checks read checks again', async () => {
    const traces: string[] = [];
    client.connection.onNotification('$/logTrace', (p: { message: string }) => {
      traces.push(p.message);
    });
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
    const uri = 'file:///virtual/language-setting/subprocessors.yaml';
    client.open(uri, EXAMPLE);
    const english = await client.waitForDiagnostics(uri);
    const checks = () => traces.filter((t) => t.startsWith(`checked ${uri}`)).length;
    assert.equal(checks(), 1, JSON.stringify(traces));
    assert.match(String(english.find((d) => d.code === 'stale-inventory')?.message), /^The inventory was last reviewed/);

    // The user picks French: the configuration changes, then the client sends the language.
    settings.language = 'fr';
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('subprocessors/setLanguage', { locale: 'fr' });
    const french = (await next).diagnostics;
    assert.match(String(french.find((d) => d.code === 'stale-inventory')?.message), /^Le registre a été revu pour la dernière fois/);
    assert.deepEqual(
      french.map((d) => [d.code, d.range]),
      english.map((d) => [d.code, d.range]),
    );
    const hover = await client.hover(uri, positionOf(EXAMPLE, 'iso27001', 2));
    assert.match(hover?.text ?? '', /système de management de la sécurité de l’information/);
    assert.equal(checks(), 1, `a language change never checks again: ${JSON.stringify(traces)}`);

    // A re-check would come after the re-formatted diagnostics (`validateSoon`): give it the time to show.
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(checks(), 1, JSON.stringify(traces));
    // Back to English the same way.
    settings.language = 'en';
    const back = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.connection.sendNotification('subprocessors/setLanguage', { locale: 'en' });
    assert.deepEqual(
      (await back).diagnostics.map((d) => d.message),
      english.map((d) => d.message),
    );
    assert.equal(checks(), 1, JSON.stringify(traces));

    // The control: a setting the checks read does check the file again (so the count above can move).
    settings.validate = 'onSave';
    const rechecked = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await rechecked;
    assert.equal(checks(), 2, JSON.stringify(traces));
    await client.connection.sendNotification('$/setTrace', { value: 'off' });
  });
});
