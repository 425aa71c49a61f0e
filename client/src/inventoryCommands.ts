/**
 * The extension's commands and status bar for inventories. Thin: every answer comes from the language
 * server (custom requests `subprocessors/renderPage`, `subprocessors/summary`, `subprocessors/newSubprocessor`
 * and the command `subprocessors.applyFixAll`); this module only shows it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  APPLY_FIX_ALL_COMMAND,
  NewSubprocessorRequest,
  RenderPageRequest,
  SummaryRequest,
  type ApplyFixAllResult,
  type PageLang,
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

export function registerInventoryCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const render = (doc: vscode.TextDocument, format: 'html' | 'markdown', lang?: PageLang) =>
    client.sendRequest(RenderPageRequest, { uri: doc.uri.toString(), format, lang });

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
      void vscode.window.showErrorMessage(`Could not render the page: ${(err as Error).message}`);
    }
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('subprocessors.preview', async () => {
      const doc = activeInventory();
      if (!doc) return void vscode.window.showInformationMessage('Open a sub-processor inventory to preview its published page.');
      const key = doc.uri.toString();
      const existing = previews.get(key);
      if (existing) return existing.reveal(vscode.ViewColumn.Beside, true);
      const panel = vscode.window.createWebviewPanel(
        'subprocessors.preview',
        `Page: ${vscode.workspace.asRelativePath(doc.uri)}`,
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
      if (!doc) return void vscode.window.showInformationMessage('Open a sub-processor inventory to export its published page.');
      const base = doc.uri.with({ path: doc.uri.path.replace(/\.ya?ml$/, '.html') });
      const target = await vscode.window.showSaveDialog({
        defaultUri: base,
        filters: { HTML: ['html'], Markdown: ['md'] },
        title: 'Export the published page',
      });
      if (!target) return;
      const format = /\.(md|markdown)$/i.test(target.path) ? 'markdown' : 'html';
      const page = await render(doc, format);
      if (!page) return;
      await vscode.workspace.fs.writeFile(target, Buffer.from(page.text, 'utf8'));
      void vscode.window.showInformationMessage(`Exported the page to ${vscode.workspace.asRelativePath(target)}.`);
    }),
  );

  // ---------------------------------------------------------------- new sub-processor, fix all
  context.subscriptions.push(
    vscode.commands.registerCommand('subprocessors.newSubprocessor', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isInventory(editor.document))
        return void vscode.window.showInformationMessage('Open a sub-processor inventory to add a sub-processor.');
      const at = await client.sendRequest(NewSubprocessorRequest, { uri: editor.document.uri.toString() });
      if (!at)
        return void vscode.window.showInformationMessage('Write the first entry under `subprocessors:` as a block list (`- id: ...`).');
      await editor.insertSnippet(new vscode.SnippetString(at.snippet), new vscode.Position(at.position.line, at.position.character));
    }),
    vscode.commands.registerCommand('subprocessors.fixAll', async () => {
      const doc = activeInventory();
      if (!doc) return;
      const res = (await client.sendRequest('workspace/executeCommand', {
        command: APPLY_FIX_ALL_COMMAND,
        arguments: [doc.uri.toString()],
      })) as ApplyFixAllResult | null;
      if (!res?.applied) void vscode.window.showInformationMessage('Nothing left that can be fixed safely.');
    }),
  );

  // ---------------------------------------------------------------- status bar
  const status = vscode.window.createStatusBarItem('subprocessors.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Sub-processor inventory';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);
  let pending: NodeJS.Timeout | undefined;

  async function updateStatus(): Promise<void> {
    const doc = activeInventory();
    if (!doc) return status.hide();
    try {
      const s = await client.sendRequest(SummaryRequest, { uri: doc.uri.toString() });
      if (!s) return status.hide();
      const tiers = s.tiers.map((n, i) => `T${i + 1} ${n}`).join(' · ');
      status.text = `${s.errors ? '$(error)' : '$(check)'} ${s.errors} · ${tiers}${s.noTier ? ` · no tier ${s.noTier}` : ''}`;
      status.tooltip = `${s.errors} error(s), ${s.warnings} warning(s); ${s.entries} sub-processor(s): ${s.tiers
        .map((n, i) => `${n} in tier ${i + 1}`)
        .join(', ')}, ${s.noTier} in no tier, ${s.outOfScope} out of scope. Click to open the Problems view.`;
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
