/**
 * The extension's commands and status bar for inventories. Thin: every answer comes from the language
 * server (custom requests `subprocessors/renderPage`, `subprocessors/summary`, `subprocessors/newSubprocessor`,
 * `subprocessors/importPage`, `subprocessors/starterInventory` and the command `subprocessors.applyFixAll`);
 * this module only shows it. The server is started on first need (`start`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  APPLY_FIX_ALL_COMMAND,
  ImportPageRequest,
  NewSubprocessorRequest,
  RenderPageRequest,
  StarterInventoryRequest,
  SummaryRequest,
  type ApplyFixAllResult,
  type Lang,
} from '../../server/src/protocol';

const PREVIEW_DELAY_MS = 300;

function isInventory(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === 'subprocessors';
}

function activeInventory(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return isInventory(doc) ? doc : undefined;
}

/** The page's HTML with a Content-Security-Policy that allows no script and no remote content. */
function withStrictCsp(html: string, webview: vscode.Webview): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${webview.cspSource}; img-src data: ${webview.cspSource};">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}\n${csp}`) : `${csp}\n${html}`;
}

export function registerInventoryCommands(
  context: vscode.ExtensionContext,
  start: () => Promise<BaseLanguageClient>,
  output: vscode.OutputChannel,
): void {
  const render = async (doc: vscode.TextDocument, format: 'html' | 'markdown', lang?: Lang) =>
    (await start()).sendRequest(RenderPageRequest, { uri: doc.uri.toString(), format, lang });

  // ---------------------------------------------------------------- live preview
  const previews = new Map<string, vscode.WebviewPanel>();
  const timers = new Map<string, NodeJS.Timeout>();

  async function refreshPreview(doc: vscode.TextDocument): Promise<void> {
    const panel = previews.get(doc.uri.toString());
    if (!panel) return;
    try {
      const page = await render(doc, 'html');
      if (page) panel.webview.html = withStrictCsp(page.text, panel.webview);
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not render the page: {0}', (err as Error).message));
    }
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('subprocessors.preview', async () => {
      const doc = activeInventory();
      if (!doc)
        return void vscode.window.showInformationMessage(vscode.l10n.t('Open a sub-processor inventory to preview its published page.'));
      const key = doc.uri.toString();
      const existing = previews.get(key);
      if (existing) return existing.reveal(vscode.ViewColumn.Beside, true);
      const panel = vscode.window.createWebviewPanel(
        'subprocessors.preview',
        vscode.l10n.t('Page: {0}', vscode.workspace.asRelativePath(doc.uri)),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          enableCommandUris: false,
          localResourceRoots: [],
        },
      );
      previews.set(key, panel);
      panel.onDidDispose(() => previews.delete(key));
      await refreshPreview(doc);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const key = e.document.uri.toString();
      if (!previews.has(key)) return;
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => void refreshPreview(e.document), PREVIEW_DELAY_MS),
      );
    }),
  );

  // ---------------------------------------------------------------- export
  context.subscriptions.push(
    vscode.commands.registerCommand('subprocessors.exportPage', async () => {
      const doc = activeInventory();
      if (!doc)
        return void vscode.window.showInformationMessage(vscode.l10n.t('Open a sub-processor inventory to export its published page.'));
      const base = doc.uri.with({ path: doc.uri.path.replace(/\.ya?ml$/, '.html') });
      const target = await vscode.window.showSaveDialog({
        defaultUri: base,
        filters: { HTML: ['html'], Markdown: ['md'] },
        title: vscode.l10n.t('Export the published page'),
      });
      if (!target) return;
      const format = /\.(md|markdown)$/i.test(target.path) ? 'markdown' : 'html';
      const page = await render(doc, format);
      if (!page) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(page.text));
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported the page to {0}.', vscode.workspace.asRelativePath(target)));
    }),
  );

  // ---------------------------------------------------------------- new sub-processor, fix all
  context.subscriptions.push(
    vscode.commands.registerCommand('subprocessors.newSubprocessor', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isInventory(editor.document))
        return void vscode.window.showInformationMessage(vscode.l10n.t('Open a sub-processor inventory to add a sub-processor.'));
      const at = await (await start()).sendRequest(NewSubprocessorRequest, { uri: editor.document.uri.toString() });
      if (!at)
        return void vscode.window.showInformationMessage(
          vscode.l10n.t('Write the first entry under `subprocessors:` as a block list (`- id: ...`).'),
        );
      await editor.insertSnippet(new vscode.SnippetString(at.snippet), new vscode.Position(at.position.line, at.position.character));
    }),
    vscode.commands.registerCommand('subprocessors.fixAll', async () => {
      const doc = activeInventory();
      if (!doc) return;
      const res = (await (
        await start()
      ).sendRequest('workspace/executeCommand', {
        command: APPLY_FIX_ALL_COMMAND,
        arguments: [doc.uri.toString()],
      })) as ApplyFixAllResult | null;
      if (!res?.applied) void vscode.window.showInformationMessage(vscode.l10n.t('Nothing left that can be fixed safely.'));
    }),
  );

  // ---------------------------------------------------------------- create, import, restart, output
  context.subscriptions.push(
    vscode.commands.registerCommand('subprocessors.createInventory', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      const target = folder
        ? await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder.uri, 'subprocessors.yaml'),
            filters: { YAML: ['yaml', 'yml'] },
            title: vscode.l10n.t('Create a sub-processor inventory'),
          })
        : undefined;
      const { text } = await (await start()).sendRequest(StarterInventoryRequest);
      let doc: vscode.TextDocument;
      if (target) {
        // Never overwrite: an existing file is opened as it is.
        const exists = await vscode.workspace.fs.stat(target).then(
          () => true,
          () => false,
        );
        if (!exists) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        doc = await vscode.workspace.openTextDocument(target);
        if (doc.languageId !== 'subprocessors') doc = await vscode.languages.setTextDocumentLanguage(doc, 'subprocessors');
        await vscode.window.showTextDocument(doc);
        if (exists)
          return void vscode.window.showInformationMessage(
            vscode.l10n.t('{0} already exists: it is open, unchanged.', vscode.workspace.asRelativePath(target)),
          );
      } else {
        if (folder) return; // the dialog was dismissed
        doc = await vscode.workspace.openTextDocument({ language: 'subprocessors', content: text });
        await vscode.window.showTextDocument(doc);
      }
      await vscode.commands.executeCommand('subprocessors.newSubprocessor');
    }),
    vscode.commands.registerCommand('subprocessors.importPage', async () => {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [vscode.l10n.t('Published pages')]: ['md', 'markdown', 'html', 'htm', 'csv', 'tsv', 'txt'] },
        title: vscode.l10n.t('Import a published sub-processor page'),
      });
      const file = picked?.[0];
      if (!file) return;
      const bytes = await vscode.workspace.fs.readFile(file);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not UTF-8 text.', baseName(file)));
      }
      try {
        const imported = await (await start()).sendRequest(ImportPageRequest, { text, fileName: baseName(file) });
        const doc = await vscode.workspace.openTextDocument({ language: 'subprocessors', content: imported.yaml });
        await vscode.window.showTextDocument(doc);
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'Imported {0} sub-processors. What the page does not state is `unknown`: the problems list each one.',
            imported.entries,
          ),
        );
      } catch (err) {
        void vscode.window.showErrorMessage((err as Error).message);
      }
    }),
    vscode.commands.registerCommand('subprocessors.restartServer', async () => {
      // stop then start: the same for the Node server and the web worker.
      const c = await start();
      await c.stop();
      await c.start();
    }),
    vscode.commands.registerCommand('subprocessors.showOutput', () => output.show(true)),
  );

  // ---------------------------------------------------------------- status bar
  const status = vscode.window.createStatusBarItem('subprocessors.status', vscode.StatusBarAlignment.Left, 50);
  status.name = vscode.l10n.t('Sub-processor inventory');
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);
  let pending: NodeJS.Timeout | undefined;

  async function updateStatus(): Promise<void> {
    const doc = activeInventory();
    if (!doc) return status.hide();
    try {
      const s = await (await start()).sendRequest(SummaryRequest, { uri: doc.uri.toString() });
      if (!s) return status.hide();
      const tiers = s.tiers.map((n, i) => vscode.l10n.t('T{0} {1}', i + 1, n)).join(' · ');
      const noTier = s.noTier ? ` · ${vscode.l10n.t('no tier {0}', s.noTier)}` : '';
      // An entry with a fact not known has its tier not known: the outline's and the hover's words, counted apart.
      const tierUnknown = s.tierUnknown ? ` · ${vscode.l10n.t('tier not known {0}', s.tierUnknown)}` : '';
      status.text = `${s.errors ? '$(error)' : '$(check)'} ${s.errors} · ${tiers}${noTier}${tierUnknown}`;
      status.tooltip = vscode.l10n.t(
        '{0} error(s), {1} warning(s); {2} sub-processor(s): {3}, {4} in no tier, {5} with tier not known, {6} out of scope. Click to open the Problems view.',
        s.errors,
        s.warnings,
        s.entries,
        s.tiers.map((n, i) => vscode.l10n.t('{0} in tier {1}', n, i + 1)).join(', '),
        s.noTier,
        s.tierUnknown,
        s.outOfScope,
      );
      status.show();
    } catch {
      status.hide();
    }
  }
  const soon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void updateStatus(), 200);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const doc = activeInventory();
      if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) soon();
    }),
  );
  soon();
}

/** The last segment of a URI's path (the file name), for files and virtual documents alike. */
function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
