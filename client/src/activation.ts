/**
 * The VS Code extension, shared by its two entries: `extension.ts` (desktop: the server in a Node process) and
 * `browserExtension.ts` (vscode.dev, github.dev: the server in a web worker). It starts the language server
 * and, for files matched by the `subprocessors.files` setting, sets the `subprocessors` language. Everything
 * else happens in the server. No Node built-in here: the browser entry bundles this file.
 *
 * Activation (package.json's activationEvents): a workspace holding an inventory or a policy under the default
 * names, or a `.vscode/settings.json` (where a workspace's `subprocessors.files` globs live: no activation event
 * can read a setting); opening an inventory, a policy or a YAML file (a glob in the user settings is seen then);
 * the commands. Then a cheap check decides whether to
 * start the server now: a workspace whose inventories only `subprocessors.files` names still gets its problems,
 * and a workspace with no inventory at all starts no server until one is opened or created.
 */
import { minimatch } from 'minimatch';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { SetLanguageNotification } from '../../server/src/protocol';
import { serverLocale } from './displayLanguage';
import { registerInventoryCommands } from './inventoryCommands';
import { RestartPolicy } from './restartPolicy';

const DEFAULT_GLOBS = ['**/{*.,}subprocessors.{yaml,yml}', '**/subprocessor-policy.{yaml,yml}'];
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

let client: BaseLanguageClient | undefined;
let starting: Promise<BaseLanguageClient> | undefined;

/** Makes the client of one entry: the Node server in a process, or the web server in a worker. */
export type ClientFactory = (
  context: vscode.ExtensionContext,
  options: LanguageClientOptions,
) => BaseLanguageClient | Promise<BaseLanguageClient>;

/** The `subprocessors.files` globs of every workspace folder (the setting is resource-scoped). */
function extraGlobs(): { folder: vscode.WorkspaceFolder; globs: string[] }[] {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({
    folder,
    globs: vscode.workspace.getConfiguration('subprocessors', folder.uri).get<string[]>('files', []),
  }));
}

/** Whether the workspace has an inventory or a policy: an open one, a default name, or a `subprocessors.files` match. */
async function workspaceHasInventory(): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((d) => d.languageId === 'subprocessors' || d.languageId === 'subprocessor-policy')) return true;
  for (const glob of DEFAULT_GLOBS) if ((await vscode.workspace.findFiles(glob, EXCLUDE, 1)).length) return true;
  for (const { folder, globs } of extraGlobs())
    for (const glob of globs)
      if ((await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE, 1)).length) return true;
  return false;
}

export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<void> {
  const output = vscode.window.createOutputChannel('Sub-processor Inventory', { log: true });
  context.subscriptions.push(output);

  const start = (): Promise<BaseLanguageClient> => {
    starting ??= (async () => {
      const watchers = [...DEFAULT_GLOBS, ...extraGlobs().flatMap((f) => f.globs.map((g) => `**/${g.replace(/^\*\*\//, '')}`))].map((g) =>
        vscode.workspace.createFileSystemWatcher(g),
      );
      context.subscriptions.push(...watchers);
      const clientOptions: LanguageClientOptions = {
        // Any scheme: files, unsaved documents, and the documents of a virtual workspace (github.dev), which
        // the server checks as open documents (it reads no policy file there and says so).
        documentSelector: [{ language: 'subprocessors' }, { language: 'subprocessor-policy' }],
        // Where the rule pages are: inside the extension, wherever it is served from (disk or the web).
        initializationOptions: { docsBaseUrl: `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/` },
        synchronize: { configurationSection: 'subprocessors', fileEvents: watchers },
        outputChannel: output,
        // Restart a crashed server a few times, telling the user once (client/src/restartPolicy.ts).
        errorHandler: ((policy) => ({
          error: () => ({ action: ErrorAction.Continue }),
          closed: () => {
            const decision = policy.onClosed(Date.now());
            if (decision.message)
              void (decision.restart
                ? vscode.window.showWarningMessage(decision.message)
                : vscode.window.showErrorMessage(decision.message));
            return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
          },
        }))(
          new RestartPolicy(undefined, undefined, {
            restarted: vscode.l10n.t(
              'The Sub-processor Inventory server stopped unexpectedly and was restarted. If it happens again, see the output channel "Sub-processor Inventory".',
            ),
            gaveUp: (crashes, minutes) =>
              vscode.l10n.t(
                'The Sub-processor Inventory server stopped {0} times in {1} minutes and will not be restarted. Reload the window to try again; details are in the output channel "Sub-processor Inventory".',
                crashes,
                minutes,
              ),
          }),
        ),
      };
      // `subprocessors.trace.server` (off, messages, verbose) is read by the client under its id.
      const c = await createClient(context, clientOptions);
      await c.start();
      // `initialize` carried VS Code's display language; the `subprocessors.language` setting may choose another.
      await sendLanguage(c);
      client = c;
      context.subscriptions.push(c);
      return c;
    })();
    return starting;
  };

  const adopt = (doc: vscode.TextDocument) => {
    adoptExtraInventory(doc);
    if (doc.languageId === 'subprocessors' || doc.languageId === 'subprocessor-policy') void start();
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adopt),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // A new display language: the server writes its results again in it, without checking anything again.
      if (e.affectsConfiguration('subprocessors.language') && client) await sendLanguage(client);
      if (!e.affectsConfiguration('subprocessors.files')) return;
      vscode.workspace.textDocuments.forEach(adopt);
      if (!starting && (await workspaceHasInventory())) void start();
    }),
  );
  vscode.workspace.textDocuments.forEach(adopt);
  registerInventoryCommands(context, start, output);
  if (await workspaceHasInventory()) await start();
}

/** Tells the server the language the `subprocessors.language` setting chooses (`auto`: VS Code's display language). */
async function sendLanguage(c: BaseLanguageClient): Promise<void> {
  const locale = serverLocale(vscode.workspace.getConfiguration('subprocessors').get('language', 'auto'), vscode.env.language);
  await c.sendNotification(SetLanguageNotification, { locale });
}

/** Gives the `subprocessors` language to a YAML file that the `subprocessors.files` globs name. */
function adoptExtraInventory(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'yaml') return;
  // `subprocessors.files` is resource-scoped: read it for this document's folder.
  const globs = vscode.workspace.getConfiguration('subprocessors', doc.uri).get<string[]>('files', []);
  if (!globs.length) return;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder) return;
  // The path inside the folder, from the URIs (the same for files and for a virtual workspace).
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  if (!doc.uri.path.startsWith(base)) return;
  const rel = doc.uri.path.slice(base.length);
  if (globs.some((g) => minimatch(rel, g))) void vscode.languages.setTextDocumentLanguage(doc, 'subprocessors');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  starting = undefined;
}
