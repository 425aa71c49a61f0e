/**
 * A real LSP client for protocol tests: starts the bundled server (`dist/server.js --stdio`) as a child
 * process and talks JSON-RPC to it, as any editor would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-types';

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  today?: string;
  workspaceFolder?: string;
  settings?: Record<string, unknown>;
  /** Answer `workspace/configuration` requests with these `subprocessors.*` settings. */
  configuration?: Record<string, unknown>;
  /** Another server to start instead of ours (the benchmark drives yaml-language-server too): node arguments. */
  command?: string[];
  /** Replaces the `initializationOptions` sent to the server. */
  initializationOptions?: unknown;
  /** The client's display language, sent as `locale` in `initialize` (VS Code sends `fr` when it is in French). */
  locale?: string;
  /** Whether the client shows diagnostics' related information (`publishDiagnostics.relatedInformation`); default true. */
  relatedInformation?: boolean;
  /** Answers `workspace/configuration` per section and scope (wins over `configuration`). */
  configurationFor?: (section: string | undefined, scopeUri?: string) => unknown;
}

export class TestLspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: {
    uri: string;
    predicate: (d: PublishDiagnosticsParams) => boolean;
    resolve: (d: PublishDiagnosticsParams) => void;
  }[] = [];
  readonly stderr: string[] = [];
  private versions = new Map<string, number>();
  exited = false;
  /** Every diagnostics notification, in the order received. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server announced in its `initialize` answer. */
  capabilities: Record<string, unknown> = {};
  private readonly nextWaiters: { uri: string; resolve: (d: PublishDiagnosticsParams) => void }[] = [];

  /** The server's process id (the benchmark reads its memory from /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  constructor(command: string[] = [SERVER_JS, '--stdio']) {
    this.child = spawn(process.execPath, command, { stdio: 'pipe' });
    this.child.stderr.on('data', (d) => this.stderr.push(String(d)));
    this.child.on('exit', () => (this.exited = true));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      for (const w of this.nextWaiters.filter((n) => n.uri === p.uri)) {
        this.nextWaiters.splice(this.nextWaiters.indexOf(w), 1);
        w.resolve(p);
      }
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.predicate(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestLspClient> {
    const client = new TestLspClient(options.command);
    const folder = options.workspaceFolder;
    if (options.configurationFor) {
      const answer = options.configurationFor;
      client.connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
        params.items.map((i) => answer(i.section, i.scopeUri)),
      );
    } else if (options.configuration) {
      client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
        params.items.map(() => options.configuration),
      );
    }
    const initialized = await client.connection.sendRequest<{ capabilities?: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      ...(options.locale ? { locale: options.locale } : {}),
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      capabilities: {
        workspace: {
          configuration: !!(options.configuration || options.configurationFor),
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: {
            relatedInformation: options.relatedInformation ?? true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: options.initializationOptions ?? {
        today: options.today,
        settings: { validationDelay: 0, ...(options.settings ?? {}) },
      },
    });
    client.capabilities = initialized?.capabilities ?? {};
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, languageId = 'subprocessors'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a change without a range). */
  replace(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental edit, as editors send keystrokes. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** Several incremental edits in one notification, each in positions of the text the previous one left (as LSP says). */
  editMany(
    uri: string,
    changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[],
  ): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  save(uri: string): void {
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** textDocument/completion at a position; the items (a bare array answer is accepted too). */
  async completion(uri: string, position: { line: number; character: number }, triggerCharacter?: string): Promise<CompletionItem[]> {
    const context = triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 };
    const answer = await this.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri },
      position,
      context,
    });
    return Array.isArray(answer) ? answer : (answer?.items ?? []);
  }

  /** textDocument/hover at a position: its Markdown or text, and its range (undefined when there is no hover). */
  async hover(uri: string, position: { line: number; character: number }): Promise<{ text: string; range?: Hover['range'] } | undefined> {
    const answer = await this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    if (!answer) return undefined;
    const c = answer.contents;
    const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((m) => (typeof m === 'string' ? m : m.value)).join('\n') : c.value;
    return { text, range: answer.range };
  }

  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.diagnostics;
  }

  /** The next diagnostics for `uri` that satisfy `predicate` (by default: for the document's current version). */
  waitForDiagnostics(uri: string, predicate?: (d: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    const test = predicate ?? ((d: PublishDiagnosticsParams) => version === undefined || d.version === undefined || d.version === version);
    const have = this.diagnostics.get(uri);
    if (have && test(have)) return Promise.resolve(have.diagnostics);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr: ${this.stderr.join('')}`)),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        predicate: test,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d.diagnostics);
        },
      });
    });
  }

  /** The next diagnostics published for `uri`, whatever their version (for servers that do not send one). */
  nextDiagnostics(uri: string, timeoutMs = 120_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.nextWaiters.push({
        uri,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      });
    });
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 2000);
      this.child.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** The text of a range of `text` (0-based line/character). */
export function textAt(
  text: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown content). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** The position of the `n`th occurrence of `needle` in `text`, moved `delta` characters along it. */
export function positionOf(text: string, needle: string, delta = 0, n = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * Starts our server before the tests of the enclosing `describe` (or file) and stops it after them:
 * `withServer({ today }, (c) => (client = c))`. `options` may be a function, called in the `before` hook
 * (after any `before` hook registered earlier, e.g. one that makes the workspace folder).
 */
export function withServer(options: StartOptions | (() => StartOptions), use: (client: TestLspClient) => void): void {
  let client: TestLspClient | undefined;
  before(async () => {
    client = await TestLspClient.start(typeof options === 'function' ? options() : options);
    use(client);
  });
  after(async () => {
    await client?.stop();
  });
}
