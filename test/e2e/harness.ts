/**
 * End-to-end harness: a real VS Code workbench (code-server 4.100.3 = VS Code 1.100.3) driven
 * through its UI by Debian's Chromium via playwright-core, both installed by test/e2e/install.sh
 * into <repo>/.e2e/ (never dependencies of the extension).
 *
 * A Session = fresh workspace copy + fresh user-data/extensions dirs + its own code-server on a
 * free loopback port + a fresh Chromium profile. Everything is bounded by timeouts and
 * `close()` always kills code-server (its whole process group) and Chromium.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const E2E_SRC = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(E2E_SRC, '..', '..');
export const E2E_DIR = process.env.E2E_DIR ?? path.join(REPO_ROOT, '.e2e');
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOTS ?? path.join(E2E_SRC, 'screenshots');
const CODE_SERVER_ENTRY = path.join(E2E_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT_DIR = path.join(E2E_DIR, 'playwright');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

// playwright-core lives in .e2e/playwright, not in the repo's node_modules: keep the types loose.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Page = any;
type BrowserContext = any;

export interface SessionOptions {
  /** Name used for screenshots / failure artifacts. */
  name: string;
  /** Path to a built .vsix to install; omit to run VS Code without the extension. */
  vsix?: string;
  /** Folder copied into a fresh workspace (default: none -> empty workspace). */
  workspaceFrom?: string;
  /** Extra files written into the workspace: relative path -> content. */
  files?: Record<string, string>;
  /** true (default): workspace trust disabled = trusted. false: trust enabled, folder left untrusted (Restricted Mode). */
  trusted?: boolean;
  /** Extra user settings merged over the defaults. */
  settings?: Record<string, unknown>;
  /** Browser viewport (default 1600x1000). */
  viewport?: { width: number; height: number };
  /** Max ms for code-server to answer /healthz (default 60 s). */
  startTimeoutMs?: number;
  /** `fr`: the workbench runs in French (code-server `--locale fr`, with the test language pack installed). */
  locale?: 'fr';
}

const LANGUAGE_PACK_DIR = path.join(E2E_SRC, 'language-pack-fr');
const LANGUAGE_PACK_ID = 'subprocessor-inventory-tests.e2e-language-pack-fr';

/** The test language pack as a .vsix (built once per run with vsce; see language-pack-fr/README.md). */
async function languagePackVsix(): Promise<string> {
  const out = path.join(E2E_DIR, 'e2e-language-pack-fr.vsix');
  if (!fs.existsSync(out)) {
    const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    // A test fixture, never published: no repository, no licence file.
    await runIn(LANGUAGE_PACK_DIR, process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '-o', out], 120_000);
  }
  return out;
}

export interface ProblemRow {
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

export interface SuggestRow {
  label: string;
  detail: string;
  ariaLabel: string;
  focused: boolean;
}
export interface ActionRow {
  label: string;
  ariaLabel: string;
  disabled: boolean;
}
export interface StatusBarItem {
  id: string;
  text: string;
  ariaLabel: string;
}

const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'problems.defaultViewMode': 'tree',
  'files.autoSave': 'off',
  'files.simpleDialog.enable': true,
  // deterministic typing: no auto-closing, no suggestions popping up while typing
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.wordBasedSuggestions': 'off', // completion lists only what language features offer
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function requirePrerequisites(): void {
  const missing: string[] = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${CODE_SERVER_ENTRY})`);
  if (!fs.existsSync(path.join(PLAYWRIGHT_DIR, 'node_modules', 'playwright-core'))) missing.push(`playwright-core (${PLAYWRIGHT_DIR})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(`e2e prerequisites missing: ${missing.join(', ')}. Run: bash test/e2e/install.sh`);
  }
}

function loadPlaywright(): any {
  const req = createRequire(path.join(PLAYWRIGHT_DIR, 'package.json'));
  return req('playwright-core');
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return runIn(undefined, cmd, args, timeoutMs);
}

function runIn(cwd: string | undefined, cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms: ${what}`)), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Poll `fn` until it returns a truthy value (returned) or the timeout expires (throws with the last value). */
export async function waitFor<T>(fn: () => Promise<T>, what: string, timeoutMs = 30_000, intervalMs = 500): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      last = v;
      if (v) return v as NonNullable<T>;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timeout after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 2000)}${lastErr ? `; last error: ${String(lastErr)}` : ''}`,
      );
    }
    await sleep(intervalMs);
  }
}

/** The extensions dir code-server's CLI installed each .vsix into, by path and modification time (see installExtension). */
const installs = new Map<string, Promise<string>>();
const installsRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-installed-'));
process.once('exit', () => fs.rmSync(installsRoot, { recursive: true, force: true }));

function installedOnce(vsix: string): Promise<string> {
  const file = path.resolve(vsix);
  const key = `${file}@${fs.statSync(file).mtimeMs}`;
  let dir = installs.get(key);
  if (!dir) {
    dir = (async () => {
      const target = fs.mkdtempSync(path.join(installsRoot, 'vsix-'));
      fs.writeFileSync(path.join(target, 'config.yaml'), 'auth: none\ncert: false\n');
      const dirs = ['--config', path.join(target, 'config.yaml'), '--user-data-dir', path.join(target, 'user-data')];
      dirs.push('--extensions-dir', path.join(target, 'extensions'));
      const out = await run(process.execPath, [CODE_SERVER_ENTRY, ...dirs, '--install-extension', file, '--force'], 120_000);
      if (!/successfully installed/i.test(out.stdout + out.stderr)) {
        throw new Error(`installing ${vsix} did not report success:\n${out.stdout}\n${out.stderr}`);
      }
      return path.join(target, 'extensions');
    })();
    installs.set(key, dir);
    // A failed install is not kept: the next session tries again and reports its own error.
    dir.catch(() => installs.delete(key));
  }
  return dir;
}

const live = new Set<Session>();
process.once('exit', () => {
  for (const s of live) s.killSync();
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    for (const s of live) s.killSync();
    process.exit(130);
  });
}

export class Session {
  readonly root: string;
  readonly workspace: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly browserProfile: string;
  port = 0;
  page!: Page;
  private context?: BrowserContext;
  private server?: ChildProcess;
  private serverLog: string[] = [];
  private closed = false;

  private constructor(readonly opts: SessionOptions) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), `e2e-${opts.name.replace(/[^\w.-]+/g, '_')}-`));
    this.workspace = path.join(this.root, 'workspace');
    this.userDataDir = path.join(this.root, 'user-data');
    this.extensionsDir = path.join(this.root, 'extensions');
    this.browserProfile = path.join(this.root, 'chromium-profile');
  }

  /** Prepare dirs, install the vsix, start code-server and Chromium, open the workspace. */
  static async start(opts: SessionOptions): Promise<Session> {
    requirePrerequisites();
    const s = new Session(opts);
    live.add(s);
    try {
      await s.setup();
      return s;
    } catch (e) {
      await s.saveArtifacts('start-failed').catch(() => undefined);
      await s.close();
      throw e;
    }
  }

  /** code-server and this session's config, user data and extensions dirs: what every code-server call starts with. */
  private codeServerArgs(): string[] {
    return [
      CODE_SERVER_ENTRY,
      '--config',
      path.join(this.root, 'code-server-config.yaml'),
      '--user-data-dir',
      this.userDataDir,
      '--extensions-dir',
      this.extensionsDir,
    ];
  }

  /**
   * Installs a .vsix into this session's extensions dir. code-server's own CLI installs it once per run into an
   * extensions dir of its own (a few seconds: it loads the whole server); each session then gets a copy of that dir,
   * its extensions.json pointed at the session's dir (milliseconds).
   */
  private async installExtension(vsix: string): Promise<void> {
    const installed = await installedOnce(vsix);
    for (const entry of fs.readdirSync(installed)) {
      if (entry !== 'extensions.json') fs.cpSync(path.join(installed, entry), path.join(this.extensionsDir, entry), { recursive: true });
    }
    const listFile = path.join(this.extensionsDir, 'extensions.json');
    const list: unknown[] = fs.existsSync(listFile) ? (JSON.parse(fs.readFileSync(listFile, 'utf8')) as unknown[]) : [];
    const copied = fs.readFileSync(path.join(installed, 'extensions.json'), 'utf8').split(installed).join(this.extensionsDir);
    fs.writeFileSync(listFile, JSON.stringify([...list, ...(JSON.parse(copied) as unknown[])]));
  }

  /**
   * Installs the test language pack and records it in `languagepacks.json` as VS Code's server does (it reads
   * that file to resolve `--locale`; written here so that the first page load already finds it).
   */
  private async installLanguagePack(): Promise<void> {
    const vsix = await languagePackVsix();
    await this.installExtension(vsix);
    const manifest = JSON.parse(fs.readFileSync(path.join(LANGUAGE_PACK_DIR, 'package.json'), 'utf8')) as { version: string };
    const installed = fs.readdirSync(this.extensionsDir).find((d) => d.startsWith(`${LANGUAGE_PACK_ID}-`));
    if (!installed) throw new Error(`the language pack is not in ${this.extensionsDir}`);
    const hash = createHash('md5').update(LANGUAGE_PACK_ID).update(manifest.version).digest('hex');
    const packs = {
      fr: {
        hash,
        extensions: [{ extensionIdentifier: { id: LANGUAGE_PACK_ID }, version: manifest.version }],
        translations: { vscode: path.join(this.extensionsDir, installed, 'translations', 'main.i18n.json') },
        label: 'français',
      },
    };
    fs.writeFileSync(path.join(this.userDataDir, 'languagepacks.json'), JSON.stringify(packs));
  }

  private async setup(): Promise<void> {
    const { opts } = this;
    fs.mkdirSync(this.workspace, { recursive: true });
    if (opts.workspaceFrom) fs.cpSync(opts.workspaceFrom, this.workspace, { recursive: true });
    for (const [rel, content] of Object.entries(opts.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(this.workspace, rel)), { recursive: true });
      fs.writeFileSync(path.join(this.workspace, rel), content);
    }
    const trusted = opts.trusted ?? true;
    const settings = {
      ...DEFAULT_SETTINGS,
      'security.workspace.trust.enabled': !trusted,
      ...(opts.settings ?? {}),
    };
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(this.extensionsDir, { recursive: true });
    fs.writeFileSync(path.join(this.root, 'code-server-config.yaml'), 'auth: none\ncert: false\n');
    fs.writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

    if (opts.vsix) {
      if (!fs.existsSync(opts.vsix)) throw new Error(`vsix not found: ${opts.vsix}`);
      await this.installExtension(opts.vsix);
    }

    if (opts.locale === 'fr') await this.installLanguagePack();

    this.port = await freePort();
    this.server = spawn(
      process.execPath,
      [
        ...this.codeServerArgs(),
        '--bind-addr',
        `127.0.0.1:${this.port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--log',
        'info',
        ...(opts.locale ? ['--locale', opts.locale] : []),
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } },
    );
    const keep = (b: Buffer) => {
      this.serverLog.push(b.toString());
      if (this.serverLog.length > 2000) this.serverLog.shift();
    };
    this.server.stdout!.on('data', keep);
    this.server.stderr!.on('data', keep);
    const exited = new Promise<never>((_, reject) =>
      this.server!.once('exit', (code) => reject(new Error(`code-server exited early (code ${code}):\n${this.serverLog.join('')}`))),
    );
    exited.catch(() => undefined);
    await Promise.race([
      exited,
      waitFor(
        async () => {
          const r = await fetch(`http://127.0.0.1:${this.port}/healthz`, { signal: AbortSignal.timeout(2000) });
          return r.ok;
        },
        `code-server on port ${this.port}`,
        opts.startTimeoutMs ?? 60_000,
        250,
      ),
    ]);

    const { chromium } = loadPlaywright();
    this.context = await withTimeout(
      chromium.launchPersistentContext(this.browserProfile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: opts.viewport ?? { width: 1600, height: 1000 },
        timeout: 60_000,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--disable-dev-shm-usage',
        ],
      }),
      90_000,
      'launching Chromium',
    );
    this.context.setDefaultTimeout(20_000);
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.page.on('pageerror', (e: Error) => this.serverLog.push(`[pageerror] ${e.message}\n`));
    // Errors the workbench, its web worker extension host and their workers log (the web extension runs there).
    this.page.on('console', (m: { type(): string; text(): string }) => {
      if (m.type() === 'error' || m.type() === 'warning') this.serverLog.push(`[console.${m.type()}] ${m.text()}\n`);
    });
    await this.page.goto(`http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`, { timeout: 60_000 });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: 60_000 });
    // the explorer shows the folder once the remote connection and file service are up
    await this.page
      .locator('.explorer-folders-view, .explorer-viewlet')
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    await sleep(1000);
  }

  // ---------------------------------------------------------------- basic helpers

  file(rel: string): string {
    return path.join(this.workspace, rel);
  }
  read(rel: string): string {
    return fs.readFileSync(this.file(rel), 'utf8');
  }

  /** Bring keyboard focus back to the active editor. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Focus Active Editor Group');
  }

  /** Quick Open (Ctrl+P) a workspace-relative file and wait until its editor is active. */
  async openFile(rel: string): Promise<void> {
    const base = path.basename(rel);
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(rel);
      await sleep(300); // let file search results replace the history entries
      try {
        await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: base }).first().waitFor({ timeout: 10_000 });
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).first().waitFor({ timeout: 15_000 });
        await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
        return;
      } catch (e) {
        await this.page.keyboard.press('Escape');
        if (attempt >= 3) throw new Error(`openFile(${rel}) failed: ${String(e)}`, { cause: e });
        await sleep(1500); // file search index may not be ready yet
      }
    }
  }

  /** Run a command from the palette (F1) by its title, e.g. "View: Toggle Maximized Panel". */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    // Right after the workbench opens, the extension host may not have registered the extensions' commands yet
    // (seen once in CI: the palette listed only built-in commands): close the palette and ask again.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        await this.page.keyboard.press('Escape');
        await sleep(2000);
      }
    }
    await row.click();
    await this.page
      .locator('.quick-input-widget')
      .waitFor({ state: 'hidden', timeout: 10_000 })
      .catch(() => undefined);
  }

  /** Move the cursor with Go to Line (Ctrl+G), 1-based line and column. */
  async goTo(line: number, col = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${col}`);
    await sleep(150);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await waitFor(
      async () => {
        const txt = await this.statusBarText('status.editor.selection');
        return txt.includes(`Ln ${line}, Col ${col}`) || txt.includes(`Ln ${line},`);
      },
      `cursor at ${line}:${col}`,
      5_000,
      100,
    ).catch(() => undefined);
  }

  /** Type text at a 1-based position (keystrokes, like a person). */
  async typeAt(line: number, col: number, text: string): Promise<void> {
    await this.goTo(line, col);
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Select `length` characters from line:col (same line) and type `text` over them. */
  async replaceAt(line: number, col: number, length: number, text: string): Promise<void> {
    await this.goTo(line, col);
    for (let i = 0; i < length; i++) await this.page.keyboard.press('Shift+ArrowRight');
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Find the first occurrence of `needle` (after the first `after`, if given) in the workspace file on disk (1-based line/col). */
  locate(rel: string, needle: string, after?: string): { line: number; col: number } {
    const text = this.read(rel);
    const a = after ? text.indexOf(after) : 0;
    if (a < 0) throw new Error(`"${after}" not in ${rel}`);
    const start = after ? a + after.length : 0;
    const idx = text.indexOf(needle, start);
    if (idx < 0) throw new Error(`"${needle}" not in ${rel}`);
    const before = text.slice(0, idx).split('\n');
    return { line: before.length, col: before[before.length - 1].length + 1 };
  }

  /** Wait until the active editor's language (status bar) matches, e.g. /Sub-processor Inventory/. */
  async waitForLanguage(name: RegExp, timeoutMs = 30_000): Promise<void> {
    await waitFor(async () => name.test(await this.statusBarText('status.editor.mode')), `editor language ${name}`, timeoutMs, 250);
  }

  /** Ctrl+S and wait until the active tab is no longer dirty. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page
      .locator('.tabs-container .tab.active.dirty')
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(async () => {
        await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'hidden', timeout: 5_000 });
      });
    await sleep(300);
  }

  // ---------------------------------------------------------------- problems

  /** Open the Problems view (Ctrl+Shift+M) and read all rows (scrolls through the virtual tree). */
  async problems(): Promise<ProblemRow[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
    }
    await sleep(300);
    const rows = new Map<string, ProblemRow>();
    const readVisible = async () =>
      this.page.$$eval('.markers-panel .monaco-list-row', (els: Element[]) =>
        els
          .map((el) => {
            const details = el.querySelector('.marker-message-details-container');
            if (!details) return null;
            const icon = el.querySelector('.marker-icon');
            const cls = icon?.className ?? '';
            const sev = /error/.test(cls) ? 'error' : /warning/.test(cls) ? 'warning' : /info/.test(cls) ? 'info' : 'unknown';
            const message = Array.from(details.querySelectorAll('.marker-message'))
              .map((m) => m.textContent ?? '')
              .join('\n');
            const lc = (details.querySelector('.marker-line')?.textContent ?? '').match(/(\d+)\D+(\d+)/);
            return {
              key: el.getAttribute('data-index') ?? String(Math.random()),
              severity: sev,
              message,
              source: details.querySelector('.marker-source')?.textContent ?? '',
              code: details.querySelector('.marker-code')?.textContent ?? '',
              line: lc ? Number(lc[1]) : 0,
              column: lc ? Number(lc[2]) : 0,
            };
          })
          .filter(Boolean),
      );
    // The tree is virtual (only visible rows exist in the DOM): walk it with the keyboard, Home then
    // ArrowDown until the focus stops moving, reading the rendered rows on the way.
    const list = panel.locator('.monaco-list').first();
    const read = async () => {
      for (const r of await readVisible()) {
        const { key, ...row } = r as ProblemRow & { key: string };
        rows.set(key, row as ProblemRow);
      }
    };
    await read();
    const total = await list.evaluate((el: HTMLElement) => el.querySelectorAll('.monaco-list-row').length).catch(() => 0);
    if (total > 0) {
      await list.focus();
      await this.page.keyboard.press('Home');
      const focusedIndex = () =>
        this.page.$eval('.markers-panel .monaco-list-row.focused', (el: Element) => Number(el.getAttribute('data-index'))).catch(() => -1);
      let last = -2;
      for (let i = 0; i < 5000; i++) {
        await read();
        const f = await focusedIndex();
        if (f === last) break;
        last = f;
        await this.page.keyboard.press('ArrowDown');
      }
      await this.page.keyboard.press('Home');
    }
    return [...rows.values()];
  }

  /** Poll the Problems view until `pred(rows)` holds. */
  async waitForProblems(pred: (rows: ProblemRow[]) => boolean, what: string, timeoutMs = 60_000): Promise<ProblemRow[]> {
    let last: ProblemRow[] = [];
    try {
      return await waitFor(
        async () => {
          last = await this.problems();
          return pred(last) ? last : null;
        },
        what,
        timeoutMs,
        1000,
      );
    } catch (e) {
      throw new Error(
        `${(e as Error).message.split('; last value')[0]}\nProblems view had ${last.length} rows:\n${last.map((r) => `  ${r.severity} [${r.code}] ${r.line}:${r.column} ${r.message}`).join('\n')}`,
        { cause: e },
      );
    }
  }

  // ---------------------------------------------------------------- completion / hover / quick fix

  /** Ctrl+Space and read the suggest widget rows. */
  async triggerCompletion(timeoutMs = 15_000): Promise<SuggestRow[]> {
    await this.page.keyboard.press('Control+Space');
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ state: 'visible', timeout: timeoutMs });
    await waitFor(async () => (await widget.locator('.monaco-list-row').count()) > 0, 'suggest rows', timeoutMs, 200);
    return this.suggestRows();
  }

  async suggestRows(): Promise<SuggestRow[]> {
    return this.page.$$eval('.editor-widget.suggest-widget.visible .monaco-list-row', (els: Element[]) =>
      els.map((el) => ({
        label: el.querySelector('.label-name')?.textContent ?? '',
        detail: (el.querySelector('.details-label')?.textContent ?? '') || (el.querySelector('.label-description')?.textContent ?? ''),
        ariaLabel: el.getAttribute('aria-label') ?? '',
        focused: el.classList.contains('focused'),
      })),
    );
  }

  /** Pick a completion item by its label, with the keyboard: arrow to it, then Tab (accept). */
  async pickCompletion(label: string): Promise<void> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    const readRows = (): Promise<{ index: number; label: string; focused: boolean }[]> =>
      this.page.$$eval('.editor-widget.suggest-widget.visible .monaco-list-row', (els: Element[]) =>
        els.map((el) => ({
          index: Number(el.getAttribute('data-index')),
          label: el.querySelector('.label-name')?.textContent ?? '',
          focused: el.classList.contains('focused'),
        })),
      );
    for (let step = 0; step < 200; step++) {
      const rows = await readRows();
      const focused = rows.find((r) => r.focused);
      if (focused?.label === label) {
        // The widget may still be taking a keystroke in, or refreshing its list (which moves the focus back to
        // the first row): accept only once the focus has stayed on the label for a moment.
        await sleep(300);
        if ((await readRows()).find((r) => r.focused)?.label !== label) continue;
        await this.page.keyboard.press('Tab');
        await widget.waitFor({ state: 'hidden', timeout: 10_000 });
        return;
      }
      const target = rows.find((r) => r.label === label);
      if (!rows.length) throw new Error(`suggest widget closed before "${label}" was picked`);
      await this.page.keyboard.press(target && focused && target.index < focused.index ? 'ArrowUp' : 'ArrowDown');
      if (!target && focused && focused.index === Math.max(...rows.map((r) => r.index)) && step > 0 && rows.length < 12) {
        throw new Error(`"${label}" not in the suggest list: ${rows.map((r) => r.label).join(', ')}`);
      }
    }
    throw new Error(`could not reach "${label}" in the suggest list`);
  }

  /** Show the hover at line:col with the keyboard (Ctrl+K Ctrl+I) and return its text. */
  async hover(line: number, col: number, timeoutMs = 15_000): Promise<string> {
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    // retried: right after opening a file the language server may not answer yet (no hover is shown)
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.goTo(line, col);
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      try {
        await hover.waitFor({ state: 'visible', timeout: 3_000 });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await this.page.keyboard.press('Escape');
      }
    }
    await sleep(300);
    return (await this.page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
  }

  /** Ctrl+. at line:col (or the current position) and read the code action rows. */
  async quickFix(line?: number, col?: number, timeoutMs = 15_000): Promise<ActionRow[]> {
    if (line !== undefined) await this.goTo(line, col ?? 1);
    await this.page.keyboard.press('Control+.');
    const widget = this.page.locator('.action-widget');
    await widget.first().waitFor({ state: 'visible', timeout: timeoutMs });
    await sleep(300);
    return this.page.$$eval('.action-widget .monaco-list-row', (els: Element[]) =>
      els
        .filter((el) => el.classList.contains('action'))
        .map((el) => ({
          label: (el.querySelector('.title')?.textContent ?? el.textContent ?? '').trim(),
          ariaLabel: el.getAttribute('aria-label') ?? '',
          disabled: el.classList.contains('option-disabled') || el.getAttribute('aria-disabled') === 'true',
        })),
    );
  }

  /** Apply a code action from the open Ctrl+. widget by (part of) its title: arrow to it, Enter. */
  async applyQuickFix(titlePart: string): Promise<void> {
    for (let step = 0; step < 100; step++) {
      const rows: { index: number; label: string; focused: boolean }[] = await this.page.$$eval(
        '.action-widget .monaco-list-row',
        (els: Element[]) =>
          els.map((el) => ({
            index: Number(el.getAttribute('data-index')),
            label: el.getAttribute('aria-label') ?? el.textContent ?? '',
            focused: el.classList.contains('focused') && el.classList.contains('action'),
          })),
      );
      if (!rows.length) throw new Error(`code action menu closed before "${titlePart}" was applied`);
      const focused = rows.find((r) => r.focused);
      if (focused?.label.includes(titlePart)) {
        await this.page.keyboard.press('Enter');
        await this.page
          .locator('.action-widget')
          .first()
          .waitFor({ state: 'hidden', timeout: 10_000 })
          .catch(() => undefined);
        return;
      }
      const target = rows.find((r) => r.label.includes(titlePart));
      if (!target) throw new Error(`no code action "${titlePart}" in: ${rows.map((r) => r.label).join(' | ')}`);
      await this.page.keyboard.press(focused && target.index < focused.index ? 'ArrowUp' : 'ArrowDown');
    }
    throw new Error(`could not reach code action "${titlePart}"`);
  }

  // ---------------------------------------------------------------- status bar / editor / output

  async statusBar(): Promise<StatusBarItem[]> {
    return this.page.$$eval('#workbench\\.parts\\.statusbar .statusbar-item', (els: Element[]) =>
      els.map((el) => ({
        id: el.id,
        text: (el.textContent ?? '').trim(),
        ariaLabel: el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? el.getAttribute('aria-label') ?? '',
      })),
    );
  }

  async statusBarText(id: string): Promise<string> {
    return (await this.statusBar())
      .filter((i) => i.id === id)
      .map((i) => i.text)
      .join(' ');
  }

  /** Text of the visible lines of the active editor (DOM order sorted by position). */
  async editorVisibleText(): Promise<string> {
    return this.page.$eval('.editor-instance .monaco-editor .view-lines', (el: Element) =>
      Array.from(el.querySelectorAll('.view-line'))
        .map((l) => ({ top: parseFloat((l as HTMLElement).style.top) || 0, text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text)
        .join('\n'),
    );
  }

  /** Titles of open editor tabs. */
  async tabs(): Promise<string[]> {
    return this.page.$$eval('.tabs-container .tab', (els: Element[]) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await withTimeout(this.page.screenshot({ path: file, timeout: 15_000 }), 20_000, 'screenshot');
    return file;
  }

  /**
   * All log files of this VS Code (server side: extension host, the extension's output channels,
   * remote agent), as { relativePath: content }. Output channels live in
   * user-data/logs/<ts>/exthost<N>/output_logging_<ts>/<n>-<Channel>.log.
   */
  logs(filter?: RegExp): Record<string, string> {
    const out: Record<string, string> = {};
    const base = path.join(this.userDataDir, 'logs');
    const walk = (dir: string) => {
      for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.log') && (!filter || filter.test(path.relative(base, p))))
          out[path.relative(base, p)] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(base);
    return out;
  }

  /** Content of the output channel log(s) whose path below logs/ matches (e.g. /sub-?processor/i). */
  outputChannel(name: RegExp): string {
    return Object.entries(this.logs())
      .filter(([p]) => /output_logging_|exthost/.test(p) && name.test(p))
      .map(([p, c]) => `=== ${p}\n${c}`)
      .join('\n');
  }

  /** Save screenshot + every log (extension output channels, exthost, code-server stdout) under screenshots/. */
  async saveArtifacts(label: string): Promise<string> {
    const stem = `${this.opts.name}-${label}`.replace(/[^\w.-]+/g, '_');
    const dir = path.join(SCREENSHOT_DIR, `${stem}-logs`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    if (this.page) await this.screenshot(stem).catch((e) => fs.writeFileSync(path.join(dir, 'screenshot-error.txt'), String(e)));
    for (const [rel, content] of Object.entries(this.logs())) {
      const dest = path.join(dir, rel.replace(/[\\/]/g, '__'));
      fs.writeFileSync(dest, content);
    }
    fs.writeFileSync(path.join(dir, 'code-server.stdout.log'), this.serverLog.join(''));
    return dir;
  }

  killSync(): void {
    if (this.server?.pid && this.server.exitCode === null) {
      try {
        process.kill(-this.server.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    live.delete(this);
    if (this.context) await withTimeout(this.context.close(), 15_000, 'closing Chromium').catch(() => undefined);
    if (this.server?.pid && this.server.exitCode === null) {
      const pid = this.server.pid;
      const gone = new Promise((r) => this.server!.once('exit', r));
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      await Promise.race([gone, sleep(5000)]);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    if (!process.env.E2E_KEEP) fs.rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * Run `fn` in a fresh session; on failure keep screenshot + logs (named after the scenario),
 * always close. The final screenshot `<name>.png` is taken on success too.
 */
export async function withSession<T>(opts: SessionOptions, fn: (s: Session) => Promise<T>, timeoutMs = 240_000): Promise<T> {
  const s = await Session.start(opts);
  try {
    const result = await withTimeout(fn(s), timeoutMs, `scenario ${opts.name}`);
    await s.screenshot(opts.name);
    return result;
  } catch (e) {
    const dir = await s.saveArtifacts('FAILED').catch(() => '(could not save artifacts)');
    const channel = s.outputChannel(/sub-?processor/i);
    (e as Error).message +=
      `\n[e2e] screenshot and logs: ${dir}` +
      (channel ? `\n[e2e] extension output channel:\n${channel.slice(-4000)}` : '\n[e2e] no extension output channel log found');
    throw e;
  } finally {
    await s.close();
  }
}

/** The newest subprocessor-inventory-*.vsix at the repo root (or $E2E_VSIX). */
export function findVsix(): string | undefined {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const files = fs
    .readdirSync(REPO_ROOT)
    .filter((f) => /^subprocessor-inventory-.*\.vsix$/.test(f))
    .map((f) => path.join(REPO_ROOT, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0];
}

/** Copy a .vsix with extension/package.json's `main` pointed at a missing file (activation must fail). */
/** A copy of `vsix` whose `extension/package.json` a Python statement on `pkg` has changed. */
async function vsixWithManifest(vsix: string, out: string, change: string): Promise<string> {
  const py = [
    'import sys, zipfile, json',
    'src, dst = sys.argv[1], sys.argv[2]',
    'with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:',
    '    for item in zi.infolist():',
    '        data = zi.read(item.filename)',
    '        if item.filename == "extension/package.json":',
    '            pkg = json.loads(data)',
    `            ${change}`,
    '            data = json.dumps(pkg, indent=2).encode()',
    '        zo.writestr(item, data)',
  ].join('\n');
  await run('python3', ['-c', py, vsix, out], 60_000);
  return out;
}

export async function brokenVsix(vsix: string, outDir: string): Promise<string> {
  const out = path.join(outDir, path.basename(vsix).replace(/\.vsix$/, '-broken-main.vsix'));
  return vsixWithManifest(vsix, out, 'pkg["main"] = "./does-not-exist/extension.js"');
}

/**
 * The package without its `main` entry: a workbench can run it only from its `browser` entry, in the web worker
 * extension host, as vscode.dev and github.dev do.
 */
export async function webOnlyVsix(vsix: string, outDir: string): Promise<string> {
  const out = path.join(outDir, path.basename(vsix).replace(/\.vsix$/, '-web-only.vsix'));
  return vsixWithManifest(vsix, out, 'del pkg["main"]');
}
