// Runs INSIDE VS Code desktop's extension host (started by test/e2e/desktop.ts through
// @vscode/test-electron). Same scenarios as scenarios.test.ts, driven through the vscode API
// instead of the UI. Plain CommonJS so that no build step is needed.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const vscode = require('vscode');

const WORKSPACE = process.env.E2E_WORKSPACE;
const PENDING = process.env.E2E_PENDING !== '0';
const INVENTORY = 'subprocessors.yaml';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(fn, what, timeoutMs = 60000) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timeout waiting for ${what}`);
    await sleep(300);
  }
}

const certClaims = (text) => text.split('\n').filter((l) => /certifications:.*gdpr-compliant/.test(l)).length;
const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? ''));
const fmt = (ds) => ds.map((d) => `[${codeOf(d)}] ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n');

function uriOf(rel) { return vscode.Uri.file(path.join(WORKSPACE, rel)); }

/** Position (0-based) of `needle` after the first `after` in the editor's text. */
function locate(doc, needle, after = '') {
  const text = doc.getText();
  const a = after ? text.indexOf(after) : 0;
  assert.ok(a >= 0, `${after} not found`);
  const idx = text.indexOf(needle, after ? a + after.length : 0);
  assert.ok(idx >= 0, `${needle} not found`);
  return doc.positionAt(idx);
}

async function fresh() {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // restore the example on disk (scenarios may save)
  fs.copyFileSync(path.join(__dirname, '..', '..', 'examples', INVENTORY), path.join(WORKSPACE, INVENTORY));
  await sleep(500);
}

async function openExample() {
  await fresh();
  const doc = await vscode.workspace.openTextDocument(uriOf(INVENTORY));
  const editor = await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, 'subprocessors', 'language id of subprocessors.yaml');
  const diags = await waitFor(() => {
    const d = vscode.languages.getDiagnostics(doc.uri);
    return d.some((x) => codeOf(x) === 'not-a-certification') ? d : null;
  }, 'not-a-certification diagnostics');
  return { doc, editor, diags };
}

// [name, pending (failure is reported, not fatal), fn]
const scenarios = [
  ['(a) example shows its problems with rule ids', false, async () => {
    const { diags } = await openExample();
    assert.ok(diags.every((d) => codeOf(d) !== ''), `every diagnostic has a rule id:\n${fmt(diags)}`);
  }],
  ['(b) typing a broken value shows invalid-value', false, async () => {
    const { doc, editor } = await openExample();
    const pos = locate(doc, 'critical', 'criticality: ');
    await editor.edit((e) => e.replace(new vscode.Range(pos, pos.translate(0, 'critical'.length)), 'bogus'));
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'invalid-value' && d.range.start.line === pos.line),
      'invalid-value diagnostic', 30000);
  }],
  ['completion on a certification id', false, async () => {
    const { doc, editor } = await openExample();
    const pos = locate(doc, 'soc2-type2', 'certifications: [');
    await editor.edit((e) => e.replace(new vscode.Range(pos, pos.translate(0, 'soc2-type2'.length)), 'iso'));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, pos.translate(0, 3));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /^iso\d+/.test(l)), `completion labels: ${labels.slice(0, 30).join(', ')}`);
  }],
  ['hover on a certification id', false, async () => {
    const { doc } = await openExample();
    const pos = locate(doc, 'iso27001', 'certifications: [');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /ISO[\s/]*(IEC)?\s*27001/i);
  }],
  ['quick fix on not-a-certification', false, async () => {
    const { doc, diags } = await openExample();
    const d = diags.find((x) => codeOf(x) === 'not-a-certification');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const move = actions.find((a) => /from certifications to claims/.test(a.title));
    assert.ok(move, `code actions: ${actions.map((a) => a.title).join(' | ')}`);
    const before = certClaims(doc.getText());
    if (move.edit) await vscode.workspace.applyEdit(move.edit);
    if (move.command) await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? []));
    await doc.save();
    assert.equal(certClaims(fs.readFileSync(doc.uri.fsPath, 'utf8')), before - 1);
  }],
  ['fix-all on save', false, async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'subprocessors' })
      .update('codeActionsOnSave', { 'source.fixAll.subprocessors': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const { doc, editor } = await openExample();
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
      await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 1)));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => certClaims(fs.readFileSync(doc.uri.fsPath, 'utf8')) === 0, 'gdpr-compliant out of every certifications list', 15000);
    } finally {
      await vscode.workspace.getConfiguration('editor', { languageId: 'subprocessors' })
        .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  }],
];

async function run() {
  assert.ok(WORKSPACE && fs.existsSync(WORKSPACE), 'E2E_WORKSPACE not set');
  const failures = [];
  for (const [name, pending, fn] of scenarios) {
    if (pending && !PENDING) { console.log(`- ${name} (skipped: E2E_PENDING=0)`); continue; }
    try {
      await fn();
      console.log(`ok ${name}`);
    } catch (e) {
      if (pending) console.log(`todo ${name}: ${e.message}`);
      else { console.log(`FAIL ${name}: ${e.stack}`); failures.push(name); }
    }
  }
  if (failures.length) throw new Error(`${failures.length} desktop scenario(s) failed: ${failures.join('; ')}`);
}

module.exports = { run };
