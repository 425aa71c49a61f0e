/** The desktop entry (`main`): the language server runs in its own Node process (`dist/server.js`). */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './activation';

export { deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateWith(context, (ctx, clientOptions) => {
    const serverModule = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    // `subprocessors.trace.server` (off, messages, verbose) is read by the client under its id.
    return new LanguageClient('subprocessors', 'Sub-processor Inventory', serverOptions, clientOptions);
  });
}
