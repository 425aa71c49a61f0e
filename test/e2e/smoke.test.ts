/**
 * Rig smoke test: real VS Code (code-server) + Chromium, no extension installed.
 * Proves the harness: open a workspace, Quick Open a file, read the Problems view
 * (built-in JSON language features report a syntax error), type, save, status bar, screenshot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession } from './harness.ts';

const YAML = `# sample inventory (no extension installed: only syntax colouring)
subprocessors:
  - name: Example Hosting
    criticality: critical
`;

test('rig: code-server serves the workbench, Problems view readable without the extension', { timeout: 300_000 }, async () => {
  await withSession(
    {
      name: 'rig-smoke',
      files: { 'subprocessors.yaml': YAML, 'broken.json': '{ "a": 1 "b": 2 }\n' },
    },
    async (s) => {
      await s.openFile('subprocessors.yaml');
      await s.screenshot('rig-smoke-yaml-open');
      await s.openFile('broken.json');
      const rows = await s.waitForProblems((r) => r.some((p) => /expected/i.test(p.message)), 'JSON syntax error in Problems', 60_000);
      assert.ok(
        rows.every((r) => r.line > 0),
        JSON.stringify(rows),
      );
      // typing and saving through the UI
      await s.openFile('subprocessors.yaml');
      const at = s.locate('subprocessors.yaml', 'critical', 'criticality:');
      await s.replaceAt(at.line, at.col, 'critical'.length, 'bogus');
      await s.save();
      assert.match(s.read('subprocessors.yaml'), /criticality: bogus/);
      const status = await s.statusBar();
      assert.ok(
        status.some((i) => i.id === 'status.editor.mode' && /YAML/i.test(i.text)),
        JSON.stringify(status.map((i) => [i.id, i.text])),
      );
    },
  );
});
