/**
 * The VS Code extension: it starts the language server and, for files matched by the `subprocessors.files`
 * setting, sets the `subprocessors` language. Everything else happens in the server.
 */
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerInventoryCommands } from './inventoryCommands';
import { RestartPolicy } from './restartPolicy';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('Sub-processor Inventory', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'subprocessors' },
      { scheme: 'untitled', language: 'subprocessors' },
      { scheme: 'file', language: 'subprocessor-policy' },
    ],
    synchronize: {
      configurationSection: 'subprocessors',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{*.,}subprocessors.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/subprocessor-policy.{yaml,yml}'),
      ],
    },
    outputChannel: output,
    // Restart a crashed server a few times, telling the user once (client/src/restartPolicy.ts).
    errorHandler: ((policy) => ({
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const decision = policy.onClosed(Date.now());
        if (decision.message)
          void (decision.restart ? vscode.window.showWarningMessage(decision.message) : vscode.window.showErrorMessage(decision.message));
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    }))(new RestartPolicy()),
  };
  client = new LanguageClient('subprocessors', 'Sub-processor Inventory', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adoptExtraInventory),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('subprocessors.files')) vscode.workspace.textDocuments.forEach(adoptExtraInventory);
    }),
  );
  vscode.workspace.textDocuments.forEach(adoptExtraInventory);

  await client.start();
  context.subscriptions.push(client);
  registerInventoryCommands(context, client);
}

/** Gives the `subprocessors` language to a YAML file that the `subprocessors.files` globs name. */
function adoptExtraInventory(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'yaml' || doc.uri.scheme !== 'file') return;
  // `subprocessors.files` is resource-scoped: read it for this document's folder.
  const globs = vscode.workspace.getConfiguration('subprocessors', doc.uri).get<string[]>('files', []);
  if (!globs.length) return;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder) return;
  const rel = path.relative(folder.uri.fsPath, doc.uri.fsPath).split(path.sep).join('/');
  if (globs.some((g) => minimatch(rel, g))) void vscode.languages.setTextDocumentLanguage(doc, 'subprocessors');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
