/**
 * The language server in a web worker (the extension's `browser` entry starts it): the same server as under
 * Node, over the worker's messages, with a host that reads no files (`webHost.ts`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { WEB_HOST } from './webHost';

/** The worker's global scope (typed here: the project's `lib` is not the WebWorker one). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), WEB_HOST);
