/**
 * The LSP wiring: documents in, diagnostics out, each request handed to the language service. Thin on
 * purpose: what a feature computes lives in `../languageService`, what a rule checks in `../engine`.
 */
import {
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  InventoryDocument,
  isInventoryFileName,
  oversize,
  resolveInventoryPolicy,
  tooLargeResult,
  todayUtc,
  type Finding,
  type LintResult,
} from '../engine';
import { SetLanguageNotification } from '../protocol';
import { reformatDiagnostics, toDiagnostics } from '../languageService';
import { langOf, type Lang } from '../knowledge';
import { VERSION } from '../version';
import { DEFAULT_SETTINGS, mergeSettings, type ServerSettings } from './settings';
import type { ServerContext } from './context';
import { FEATURES } from './features';
import type { DiskRead, ServerHost } from './host';
import { inventoriesUsing, isPolicyUri, policyDiagnostics } from './policies';

interface InitializationOptions {
  /** Today as YYYY-MM-DD, for deterministic tests. */
  today?: string;
  /** Settings for clients that do not answer `workspace/configuration`. */
  settings?: Partial<ServerSettings>;
  /** Where the rule pages are (a folder URL ending in `/`), when the client knows better than the server (web). */
  docsBaseUrl?: string;
}

/** What is kept of a closed inventory once checked. */
interface ClosedInventory {
  /** Of its text (`textHash`): an unchanged file on disk is not checked again. */
  hash: string;
  /** The policy file its result used or looked for (to re-check it when that policy changes). */
  policyPath?: string;
  /** The diagnostics published for it, and the findings they show (re-formatted when the display language changes). */
  diagnostics: Diagnostic[];
  findings: readonly Finding[];
}

/** A hash of a text (two FNV-1a 32-bit hashes and the length); no Node built-in, the server also runs in a web worker. */
function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}:${text.length}`;
}

/**
 * Runs `run` after `delay` ms, and gives what cancels it. No delay (`subprocessors.validationDelay: 0`, a document
 * opened or saved) is `setImmediate` under Node, after the messages already read: a zero timeout waits a whole
 * millisecond there, a tenth of a keystroke's check at 100 entries. A web worker has no `setImmediate`.
 */
function later(run: () => void, delay: number): () => void {
  if (delay <= 0 && typeof setImmediate === 'function') {
    const immediate = setImmediate(run);
    return () => clearImmediate(immediate);
  }
  const timeout = setTimeout(run, delay);
  return () => clearTimeout(timeout);
}

interface Analysis {
  version: number;
  result: LintResult;
  /** Kept across versions: an edit inside one entry re-parses and re-checks only that entry. Absent for a file too large to parse. */
  document?: InventoryDocument;
}

export function startServer(connection: Connection, host: ServerHost): void {
  // Anything written to stdout would corrupt the protocol stream: route console output to the client's log.
  // eslint-disable-next-line no-console -- this is the redirect itself
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  // eslint-disable-next-line no-console
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  /** Inventories known from disk (not open in the editor), by URI: their text. */
  const diskTexts = new Map<string, string>();
  /** Inventories on disk over `subprocessors.maxFileSize`, by URI: their size (never read, one problem says so). */
  const diskTooLarge = new Map<string, number>();
  /**
   * Closed inventories once checked, by URI: their findings and their text's hash, never their parsed document
   * (which takes 20 to 30 times the text). Their text stays in `diskTexts` within `subprocessors.scanMemoryBudget`.
   */
  const closed = new Map<string, ClosedInventory>();
  /** The total length of the texts in `diskTexts`. */
  let diskTextChars = 0;

  function dropDiskText(uri: string): void {
    const text = diskTexts.get(uri);
    if (text !== undefined) diskTextChars -= text.length;
    diskTexts.delete(uri);
  }

  /**
   * A file of the workspace that is not open, by the one input reader: regular files only (a link to
   * `/dev/zero` or a FIFO is refused, not read), within `subprocessors.maxFileSize`, UTF-8.
   */
  async function readDisk(file: string): Promise<Exclude<DiskRead, { error: string }> | undefined> {
    const read = await host.readFile(file, settings.maxFileSize);
    if (!('error' in read)) return read;
    connection.console.warn(`Could not read ${file}: ${read.error}`);
    return undefined;
  }

  /** Keeps what `readDisk` found for an inventory; false when there is nothing to check. */
  function keepDisk(uri: string, read: Awaited<ReturnType<typeof readDisk>>): boolean {
    analyses.delete(uri);
    dropDiskText(uri);
    diskTooLarge.delete(uri);
    closed.delete(uri);
    if (!read) return false;
    if ('text' in read) {
      diskTexts.set(uri, read.text);
      diskTextChars += read.text.length;
    } else diskTooLarge.set(uri, read.tooLarge);
    return true;
  }
  /** Policy files of the workspace known from disk (not open in the editor), by URI: their text. */
  const diskPolicies = new Map<string, string>();
  const analyses = new Map<string, Analysis>();
  /** The checks waiting for their delay, by URI: how to cancel each. */
  const timers = new Map<string, () => void>();
  let settings: ServerSettings = { ...DEFAULT_SETTINGS };
  let today: string | undefined;
  /** The rule pages' folder URL the client gave in `initializationOptions.docsBaseUrl`, if any. */
  let clientDocsBase: string | undefined;
  /** The language of messages, hovers and fix titles: the client's display language (`locale` of `initialize`). */
  let lang: Lang = 'en';
  let hasConfiguration = false;
  /** The client shows a diagnostic's related locations (`publishDiagnostics.relatedInformation`). */
  let relatedInformation = false;
  let workspaceRoots: string[] = [];
  /** `subprocessors.files` is resource-scoped: the globs of each workspace folder, as its scope gives them. */
  const folderFiles = new Map<string, string[]>();

  /** The extra inventory globs that apply in the workspace folder `root`. */
  function filesOf(root: string): string[] {
    return folderFiles.get(root) ?? settings.files;
  }

  /** The workspace folder that holds `file` (a path), if any: `/work/ab` is not inside `/work/a`. */
  function rootOf(file: string): string | undefined {
    return workspaceRoots.find((root) => root !== file && host.isInside(root, file));
  }

  /** Whether `uri` is a file inside one of the workspace folders. */
  function inWorkspace(uri: string): boolean {
    const file = host.filePath(uri);
    return file !== undefined && rootOf(file) !== undefined;
  }

  function isInventoryUri(uri: string, languageId?: string): boolean {
    if (languageId === 'subprocessors') return true;
    if (isInventoryFileName(uri)) return true;
    const file = host.filePath(uri);
    const root = file === undefined ? undefined : rootOf(file);
    if (file === undefined || root === undefined) return false;
    return host.matchesGlobs(root, file, filesOf(root));
  }

  function textOf(uri: string): { text: string; version: number } | undefined {
    const doc = documents.get(uri);
    if (doc) return { text: doc.getText(), version: doc.version };
    const text = diskTexts.get(uri);
    return text === undefined ? undefined : { text, version: -1 };
  }

  /** The engine's result for the current version of a document, computed at most once per version. */
  function analyze(uri: string): LintResult | undefined {
    const current = textOf(uri);
    if (!current) {
      const tooLarge = diskTooLarge.get(uri);
      return tooLarge === undefined ? undefined : tooLargeResult('', tooLarge, settings.maxFileSize, { today });
    }
    const cached = analyses.get(uri);
    // Keyed by version and text: a client that sends new text under a version it used before gets it
    // analysed, never the old text's findings (whose ranges and fix edits would corrupt the new text).
    // The open document hands back the same string while it is unchanged, so the comparison is cheap.
    const known = cached && (cached.document?.result ?? cached.result);
    if (cached && known && cached.version === current.version && current.version !== -1 && known.parsed.text === current.text) return known;
    const bytes = oversize(current.text, settings.maxFileSize);
    if (bytes !== undefined) {
      // Too large to parse without blocking: one diagnostic says so, and no document is kept.
      const result = tooLargeResult(current.text, bytes, settings.maxFileSize, { today });
      analyses.set(uri, { version: current.version, result });
      return result;
    }
    if (!cached?.document) {
      // The policy the inventory names is resolved again after each parse (its `policy:` may have changed).
      const document = new InventoryDocument(current.text, { today }, (parsed) => {
        const resolved = resolveInventoryPolicy(parsed, host.policyLocation(uri, workspaceRoots, openPolicyText));
        return { policy: resolved.policy, policyProblem: resolved.problem, policyPath: resolved.policyPath };
      });
      analyses.set(uri, { version: current.version, document, result: document.result });
      connection.tracer.log(`checked ${uri} version ${current.version}`);
      return document.result;
    }
    cached.version = current.version;
    cached.result = cached.document.setText(current.text);
    // With `subprocessors.trace.server` on, says how the new version was parsed: a client that sends the whole
    // text on each keystroke (many editors outside VS Code do) gets the same one-entry re-parse as one that
    // sends ranges, because the edit is found by comparing the texts.
    connection.tracer.log(`${uri} version ${current.version}: ${cached.document.lastUpdate} parse`);
    connection.tracer.log(`checked ${uri} version ${current.version}`);
    return cached.result;
  }

  function publish(uri: string): void {
    const current = textOf(uri);
    const result = analyze(uri);
    if (!result) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const diagnostics = toDiagnostics(result.findings, result.parsed.lines, docsBase(), lang, relatedInformation ? uri : undefined);
    connection.sendDiagnostics({ uri, version: current && current.version >= 0 ? current.version : undefined, diagnostics });
    if (current && current.version === -1) {
      // A closed inventory: keep its findings and hash, not its document; its text only within the budget.
      closed.set(uri, { hash: textHash(current.text), policyPath: result.policyPath, diagnostics, findings: result.findings });
      analyses.delete(uri);
      if (diskTextChars * 2 > settings.scanMemoryBudget * 1024 * 1024) dropDiskText(uri);
    }
  }

  /** The text of an open document at `file` (a path): an edited policy wins over the disk. */
  function openPolicyText(file: string): string | undefined {
    for (const doc of documents.all()) if (host.filePath(doc.uri) === file) return doc.getText();
    return undefined;
  }

  /** The folder URL of the rule pages: the setting, else what the client said, else the shipped pages. */
  function docsBase(): string {
    return settings.docsBaseUrl || clientDocsBase || host.docsBase() || '';
  }

  /** A policy changed (edited, saved, closed or changed on disk): re-check every inventory that uses it. */
  function policyChanged(policyUri: string, createdOrDeleted = false): void {
    // A policy file that appears or goes may be the one beside an inventory without `policy:`: all are re-checked then.
    const used: [string, { policyPath?: string }][] = [
      ...[...analyses].map(([uri, a]): [string, LintResult] => [uri, a.result]),
      ...closed,
    ];
    const uris = createdOrDeleted ? used.map(([uri]) => uri) : inventoriesUsing(host.filePath(policyUri), used);
    for (const uri of new Set(uris)) {
      analyses.delete(uri);
      closed.delete(uri);
      validateSoon(uri, 0);
    }
  }

  /** A policy's diagnostics: of the open document, else of the file on disk when it is in the workspace. */
  function publishPolicy(uri: string): void {
    const doc = documents.get(uri);
    const text = doc ? doc.getText() : diskPolicies.get(uri);
    const diagnostics =
      text === undefined ? [] : oversize(text, settings.maxFileSize) !== undefined ? [] : policyDiagnostics(text, docsBase(), lang);
    connection.sendDiagnostics({ uri, version: doc?.version, diagnostics });
  }

  /** A policy file of the workspace, read from disk so that it has diagnostics while it is closed. */
  async function loadDiskPolicy(file: string): Promise<void> {
    const uri = host.fileUri(file);
    if (documents.get(uri)) return;
    const read = await readDisk(file);
    if (read && 'text' in read) diskPolicies.set(uri, read.text);
    else diskPolicies.delete(uri);
    publishPolicy(uri);
  }

  function validateSoon(uri: string, delay: number): void {
    timers.get(uri)?.();
    timers.set(
      uri,
      later(() => {
        timers.delete(uri);
        // A closed inventory whose text was let go for the memory budget is read again from the disk.
        const file = host.filePath(uri);
        if (!documents.get(uri) && !diskTexts.has(uri) && !diskTooLarge.has(uri) && file && inWorkspace(uri)) {
          void loadDiskInventory(file, true);
          return;
        }
        try {
          publish(uri);
        } catch (err) {
          connection.console.error(`Validation of ${uri} failed: ${(err as Error).stack ?? err}`);
        }
      }, delay),
    );
  }

  /** Reads a closed inventory and checks it, unless its text is the one last checked (same hash) and `force` is not set. */
  async function loadDiskInventory(file: string, force = false): Promise<void> {
    const uri = host.fileUri(file);
    if (documents.get(uri)) return;
    const read = await readDisk(file);
    const known = closed.get(uri);
    if (!force && known && read && 'text' in read && textHash(read.text) === known.hash) return;
    if (keepDisk(uri, read)) validateSoon(uri, 0);
  }

  async function scanWorkspace(): Promise<void> {
    for (const root of workspaceRoots) {
      const found = await host.findFiles(root, filesOf(root));
      for (const file of found.inventories) await loadDiskInventory(file);
      for (const file of found.policies) await loadDiskPolicy(file);
    }
  }

  async function refreshSettings(): Promise<void> {
    if (!hasConfiguration) return;
    try {
      const raw = await connection.workspace.getConfiguration('subprocessors');
      settings = mergeSettings(raw);
      // Resource-scoped settings are asked per workspace folder (its URI as the scope).
      const scoped: unknown[] = await connection.workspace.getConfiguration(
        workspaceRoots.map((root) => ({ scopeUri: host.fileUri(root), section: 'subprocessors' })),
      );
      folderFiles.clear();
      workspaceRoots.forEach((root, i) => folderFiles.set(root, mergeSettings(scoped[i] ?? raw).files));
    } catch {
      // keep the previous settings
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) today = options.today;
    lang = langOf(params.locale) ?? 'en';
    if (typeof options.docsBaseUrl === 'string' && /^[a-z][a-z0-9+.-]*:.*\/$/i.test(options.docsBaseUrl))
      clientDocsBase = options.docsBaseUrl;
    settings = mergeSettings({ ...DEFAULT_SETTINGS, ...(options.settings ?? {}) });
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    // Folders the host can read (file: URIs under Node; none in the web build, which checks open documents).
    workspaceRoots = folders.map((f) => host.filePath(f.uri)).filter((f): f is string => f !== undefined);
    const capabilities = Object.assign({}, ...FEATURES.map((f) => f.capabilities(params)));
    return {
      capabilities: {
        ...capabilities,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      },
      serverInfo: { name: 'subprocessor-language-server', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'subprocessors' }).catch(() => undefined);
      await refreshSettings();
    }
    await scanWorkspace();
  });

  // The display language changed: every result kept is shown again in it (re-formatted, never checked again).
  connection.onNotification(SetLanguageNotification, (params) => {
    const next = langOf(params.locale);
    if (!next || next === lang) return;
    lang = next;
    for (const uri of analyses.keys()) publish(uri);
    for (const [uri, known] of closed) {
      known.diagnostics = reformatDiagnostics(known.diagnostics, known.findings, docsBase(), lang);
      connection.sendDiagnostics({ uri, diagnostics: known.diagnostics });
    }
    for (const doc of documents.all()) if (isPolicyUri(doc.uri, doc.languageId)) publishPolicy(doc.uri);
    for (const uri of diskPolicies.keys()) if (!documents.get(uri)) publishPolicy(uri);
  });

  /** What the checks read of the settings: when a change leaves it as it was (`subprocessors.language`), nothing is checked again. */
  const checkedWith = () => JSON.stringify([settings, [...folderFiles]]);

  connection.onDidChangeConfiguration(async (change) => {
    const before = checkedWith();
    if (hasConfiguration) await refreshSettings();
    else settings = mergeSettings(change.settings?.subprocessors ?? settings);
    // The display language comes apart (`subprocessors/setLanguage`): it re-formats, it never re-checks.
    if (checkedWith() === before) return;
    analyses.clear();
    const known = new Set([...documents.keys(), ...diskTexts.keys(), ...closed.keys()]);
    closed.clear();
    for (const uri of known) if (isInventoryUri(uri)) validateSoon(uri, 0);
    // A file that was over the limit is read again: the limit may have grown.
    for (const uri of [...diskTooLarge.keys()]) {
      const file = host.filePath(uri);
      if (file) await loadDiskInventory(file);
    }
    for (const uri of diskPolicies.keys()) if (!documents.get(uri)) publishPolicy(uri);
  });

  documents.onDidOpen((e) => {
    if (!isInventoryUri(e.document.uri, e.document.languageId)) return;
    validateSoon(e.document.uri, 0);
  });

  // Also fires when a document opens: a policy gets its diagnostics and its users are re-checked.
  documents.onDidChangeContent((e) => {
    if (isPolicyUri(e.document.uri, e.document.languageId)) {
      publishPolicy(e.document.uri);
      policyChanged(e.document.uri);
      return;
    }
    if (!isInventoryUri(e.document.uri, e.document.languageId)) return;
    if (settings.validate === 'onType') validateSoon(e.document.uri, settings.validationDelay);
  });

  documents.onDidSave((e) => {
    if (!isInventoryUri(e.document.uri, e.document.languageId)) return;
    validateSoon(e.document.uri, 0);
  });

  documents.onDidClose(async (e) => {
    const uri = e.document.uri;
    if (isPolicyUri(uri, e.document.languageId)) {
      // Its users now read it from disk, and it keeps the diagnostics of the file on disk if it is in the workspace.
      if (inWorkspace(uri)) await loadDiskPolicy(host.filePath(uri)!);
      else connection.sendDiagnostics({ uri, diagnostics: [] });
      policyChanged(uri);
      return;
    }
    timers.get(uri)?.();
    timers.delete(uri);
    analyses.delete(uri);
    // A workspace file keeps the diagnostics of what is on disk; any other document's are cleared.
    if (inWorkspace(uri) && keepDisk(uri, await readDisk(host.filePath(uri)!))) {
      validateSoon(uri, 0);
      return;
    }
    connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (isPolicyUri(change.uri) && !documents.get(change.uri)) {
        if (change.type === 3 /* Deleted */) {
          diskPolicies.delete(change.uri);
          connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        } else if (inWorkspace(change.uri)) await loadDiskPolicy(host.filePath(change.uri)!);
        policyChanged(change.uri, change.type !== 2 /* Created or Deleted */);
        continue;
      }
      const changed = host.filePath(change.uri);
      if (changed === undefined || !isInventoryUri(change.uri) || documents.get(change.uri)) continue;
      if (change.type === 3 /* Deleted */) {
        keepDisk(change.uri, undefined);
        connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      } else await loadDiskInventory(changed);
    }
  });

  const ctx: ServerContext = {
    connection,
    documents,
    analyze,
    textOf,
    isInventoryUri,
    settings: () => settings,
    inventoryUris: () =>
      [...new Set([...documents.keys(), ...diskTexts.keys(), ...closed.keys()])].filter((u) =>
        isInventoryUri(u, documents.get(u)?.languageId),
      ),
    revalidate: (uri) => validateSoon(uri, 0),
    today: () => today ?? todayUtc(),
    lang: () => lang,
    docsBase,
  };
  for (const feature of FEATURES) feature.register(ctx);

  documents.listen(connection);
  connection.listen();
}
