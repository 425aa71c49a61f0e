/**
 * The web entry (`browser`: vscode.dev, github.dev): the language server runs in a web worker
 * (`dist/web/server.js`, built for the browser with no Node built-in) and checks the open inventories.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activation';

export { deactivate } from './activation';

type WorkerLike = Extract<ConstructorParameters<typeof LanguageClient>[2], { postMessage: unknown }>;

/** The browser's `Worker`, `Blob` and `URL.createObjectURL` (typed here: the project's `lib` has no DOM). */
declare const Worker: new (url: string) => WorkerLike;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/**
 * The server's worker. From an extension served over http(s) (vscode.dev, github.dev) the script's address
 * is enough. A workbench that serves the extension from its own server (code-server, a remote) refuses to start
 * a worker from such an address (microsoft/vscode#168942): the script is read through VS Code's file system
 * and started from a blob instead.
 */
async function serverWorker(serverMain: vscode.Uri): Promise<WorkerLike> {
  if (serverMain.scheme === 'http' || serverMain.scheme === 'https') return new Worker(serverMain.toString(true));
  const script = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

export function activate(context: vscode.ExtensionContext): Promise<void> {
  let worker: Promise<WorkerLike> | undefined;
  return activateWith(context, async (ctx, clientOptions) => {
    worker ??= serverWorker(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', 'server.js'));
    return new LanguageClient('subprocessors', 'Sub-processor Inventory', await worker, clientOptions);
  });
}
