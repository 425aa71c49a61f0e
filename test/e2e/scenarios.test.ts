/**
 * End-to-end scenarios: the built .vsix installed in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
 * driven through its UI by Chromium. Each scenario gets a fresh workspace (a copy of examples/), fresh
 * user-data and extensions dirs, its own code-server and a fresh Chromium profile, and leaves
 * test/e2e/screenshots/<scenario>.png; a failure leaves <scenario>-FAILED.png and <scenario>-FAILED-logs/
 * (the extension's output channel, extension host log, code-server log).
 *
 *   bash test/e2e/install.sh && npm run package && node --import tsx --test test/e2e/scenarios.test.ts
 *
 * The .vsix is the newest subprocessor-inventory-*.vsix at the repo root, or $E2E_VSIX.
 * A scenario for a feature that has not landed yet can be marked `{ todo: '...' }`: it runs and reports,
 * but does not fail the suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brokenVsix, findVsix, REPO_ROOT, waitFor, webOnlyVsix, withSession, type ProblemRow, type Session } from './harness.ts';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const INVENTORY = 'subprocessors.yaml';
const SCENARIO_TIMEOUT = 300_000;

function requireVsix(): string {
  const vsix = findVsix();
  if (!vsix || !fs.existsSync(vsix)) {
    throw new Error(`no subprocessor-inventory-*.vsix at ${REPO_ROOT} (and $E2E_VSIX not set): run \`npm run package\` first`);
  }
  return vsix;
}

const fmt = (rows: ProblemRow[]) => rows.map((r) => `${r.severity} [${r.code}] ${r.line}:${r.column} ${r.message}`).join('\n');
const hasCode = (code: string) => (rows: ProblemRow[]) => rows.some((r) => r.code.includes(code));

/** Open the example and wait until VS Code gives it the extension's language. */
async function openInventory(s: Session): Promise<void> {
  await s.openFile(INVENTORY);
  await s.waitForLanguage(/Sub-processor Inventory/);
}

/** Scenario (a)'s check: open the example and see `not-a-certification` problems in the Problems view. */
async function expectExampleProblems(s: Session, timeoutMs = 60_000): Promise<ProblemRow[]> {
  await s.openFile(INVENTORY);
  const rows = await s.waitForProblems(hasCode('not-a-certification'), 'a problem with code not-a-certification', timeoutMs);
  const cert = rows.filter((r) => r.code.includes('not-a-certification'));
  // the problem points into the file, at a certification list entry
  const text = s.read(INVENTORY).split('\n');
  for (const r of cert) {
    assert.ok(r.line >= 1 && r.line <= text.length, `line out of range: ${fmt([r])}`);
    assert.match(
      text[r.line - 1],
      /certifications|^\s*-\s/,
      `not-a-certification reported on an unrelated line ${r.line}: "${text[r.line - 1]}"`,
    );
  }
  return rows;
}

test('vsix: a built extension package exists', (t) => {
  const vsix = requireVsix();
  t.diagnostic(`testing ${vsix}, built ${fs.statSync(vsix).mtime.toISOString()}`);
});

for (const trusted of [true, false]) {
  const mode = trusted ? 'trusted' : 'restricted';
  test(`(a) example shows its problems with rule ids in the Problems view [${mode}]`, { timeout: SCENARIO_TIMEOUT }, async () => {
    const vsix = requireVsix();
    await withSession({ name: `a-example-problems-${mode}`, vsix, workspaceFrom: EXAMPLES, trusted }, async (s) => {
      if (!trusted) {
        // prove we really are in Restricted Mode; the workbench adds the indicator once it has restored,
        // which can come seconds after the page loads on a busy machine
        const isRestricted = (i: { id: string; text: string; ariaLabel: string }) => /restricted/i.test(`${i.id} ${i.text} ${i.ariaLabel}`);
        await waitFor(
          async () => (await s.statusBar()).some(isRestricted),
          'the Restricted Mode indicator in the status bar',
          30_000,
          250,
        ).catch(async (e: Error) => {
          throw new Error(`${e.message}; status bar: ${JSON.stringify((await s.statusBar()).map((i) => [i.id, i.text]))}`);
        });
      }
      const rows = await expectExampleProblems(s);
      assert.ok(
        rows.every((r) => r.code !== ''),
        `every problem carries its rule id:\n${fmt(rows)}`,
      );
      // every row was read (the Problems tree is virtual and scrolled through): compare with the status bar counts
      const counts = (await s.statusBarText('status.problems')).match(/\d+/g)?.map(Number) ?? [];
      assert.equal(
        rows.length,
        counts.reduce((a, b) => a + b, 0),
        `rows read vs status bar "${await s.statusBarText('status.problems')}"`,
      );
      await s.page
        .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info')
        .first()
        .waitFor({ state: 'attached', timeout: 10_000 })
        .catch(() => undefined);
    });
  });
}

test('(b) typing a broken value shows a new invalid-value problem', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession({ name: 'b-type-broken-value', vsix, workspaceFrom: EXAMPLES }, async (s) => {
    await openInventory(s);
    // the first check of the file has landed (however slow the machine) before the edit
    const before = await s.waitForProblems(hasCode('not-a-certification'), 'the first check of the example', 60_000);
    assert.ok(!before.some((r) => r.code.includes('invalid-value')), `invalid-value already present before the edit:\n${fmt(before)}`);
    const at = s.locate(INVENTORY, 'critical', 'criticality: ');
    await s.replaceAt(at.line, at.col, 'critical'.length, 'bogus');
    const text = await s.editorVisibleText();
    assert.match(text, /criticality: bogus/, 'the edit is visible in the editor');
    const rows = await s.waitForProblems(
      (r) => r.some((p) => p.code.includes('invalid-value') && p.line === at.line),
      `invalid-value on line ${at.line}`,
      30_000,
    );
    // problems unrelated to criticality stay (criticality-dependent ones, e.g. weak-admin-mfa, may go)
    const certs = (r: ProblemRow[]) =>
      r
        .filter((p) => p.code.includes('not-a-certification'))
        .map((p) => p.line)
        .sort();
    assert.deepEqual(certs(rows), certs(before), 'the not-a-certification problems are still listed');
    // the squiggle is drawn in the editor: on the edited line, brought into view first (reading the Problems
    // view can reveal another problem, and the editor draws only the lines it shows)
    await s.focusEditor();
    await s.goTo(at.line, at.col);
    await s.page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 10_000 });
    // nothing saved: the file on disk is unchanged
    assert.match(s.read(INVENTORY), /criticality: critical/);
  });
});

test('(c) activation check: with a broken `main` the example check (a) fails', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-broken-'));
  try {
    const broken = await brokenVsix(vsix, tmp);
    let exthostLog = '';
    await assert.rejects(
      withSession({ name: 'c-broken-activation', vsix: broken, workspaceFrom: EXAMPLES }, async (s) => {
        try {
          await expectExampleProblems(s, 30_000);
        } finally {
          await s.screenshot('c-broken-activation');
          exthostLog = Object.entries(s.logs(/exthost/))
            .map(([, c]) => c)
            .join('\n');
        }
      }),
      /not-a-certification/,
      'the Problems check must fail when the extension cannot activate',
    );
    assert.match(
      exthostLog,
      /subprocessor-inventory[\s\S]*(Cannot find module|failed|does-not-exist)/i,
      `extension host log should show the failed activation:\n${exthostLog.slice(-3000)}`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('completion (Ctrl+Space) on a certification id lists ids and inserts the picked one', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession(
    { name: 'completion-certification', vsix, workspaceFrom: EXAMPLES },
    async (s) => {
      await openInventory(s);
      const at = s.locate(INVENTORY, 'soc2-type2', 'certifications: [');
      // replace the first id with "iso" and ask for completions there
      await s.replaceAt(at.line, at.col, 'soc2-type2'.length, 'iso');
      const rows = await s.triggerCompletion();
      assert.ok(rows.length > 0 && rows.every((r) => /^iso/i.test(r.label)), `completion rows: ${JSON.stringify(rows)}`);
      assert.ok(
        rows.some((r) => /ISO/.test(r.detail)),
        `rows carry the certification's name: ${JSON.stringify(rows)}`,
      );
      await s.screenshot('completion-certification-list');
      const pick = rows.find((r) => r.label === 'iso27017') ?? rows[0];
      await s.pickCompletion(pick.label);
      await s.save();
      const line = s.read(INVENTORY).split('\n')[at.line - 1];
      assert.ok(line.includes(`certifications: [${pick.label},`), `line ${at.line} after picking ${pick.label}: ${line}`);
    },
    120_000,
  );
});

test('hover on a certification id shows its description', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession(
    { name: 'hover-certification', vsix, workspaceFrom: EXAMPLES },
    async (s) => {
      await openInventory(s);
      const at = s.locate(INVENTORY, 'iso27001', 'certifications: [');
      const text = await s.hover(at.line, at.col + 2);
      assert.match(text, /ISO[\s/]*(IEC)?\s*27001/i, `hover text: ${text}`);
    },
    120_000,
  );
});

/** Lines listing gdpr-compliant under certifications (the example's not-a-certification findings). */
const certClaims = (text: string) => text.split('\n').filter((l) => /certifications:.*gdpr-compliant/.test(l)).length;

test('quick fix (Ctrl+.) on not-a-certification moves the claim and the saved file has it', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession(
    { name: 'quickfix-not-a-certification', vsix, workspaceFrom: EXAMPLES },
    async (s) => {
      const rows = await expectExampleProblems(s);
      const p = rows.find((r) => r.code.includes('not-a-certification') && /gdpr-compliant/.test(r.message))!;
      assert.ok(p, `a not-a-certification problem about gdpr-compliant:\n${fmt(rows)}`);
      const before = s.read(INVENTORY);
      const actions = await s.quickFix(p.line, p.column);
      const move = actions.find((a) => /from certifications to claims/.test(a.label));
      assert.ok(move, `quick fixes offered: ${JSON.stringify(actions)}`);
      await s.screenshot('quickfix-not-a-certification-menu');
      await s.applyQuickFix(move.label);
      await s.save();
      const after = s.read(INVENTORY);
      assert.equal(certClaims(after), certClaims(before) - 1, 'one gdpr-compliant left the certifications');
      assert.ok(
        (after.match(/claims:/g) ?? []).length > (before.match(/claims:/g) ?? []).length || /claims:.*gdpr-compliant/.test(after),
        'it became a claim',
      );
      await s.waitForProblems(
        (r) =>
          r.filter((x) => x.code.includes('not-a-certification')).length ===
          rows.filter((x) => x.code.includes('not-a-certification')).length - 1,
        'one not-a-certification fewer',
        30_000,
      );
    },
    150_000,
  );
});

test('save with source.fixAll.subprocessors applies the safe fixes', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession(
    {
      name: 'fix-all-on-save',
      vsix,
      workspaceFrom: EXAMPLES,
      settings: { '[subprocessors]': { 'editor.codeActionsOnSave': { 'source.fixAll.subprocessors': 'explicit' } } },
    },
    async (s) => {
      await expectExampleProblems(s);
      const before = s.read(INVENTORY);
      assert.ok(certClaims(before) > 0);
      // make the editor dirty with a real keystroke, then Ctrl+S (fix-all runs on explicit save)
      const at = s.locate(INVENTORY, 'Example SAS');
      await s.typeAt(at.line, at.col + 'Example SAS'.length, ' Ltd');
      await s.save();
      const after = await waitFor(
        async () => {
          const t = s.read(INVENTORY);
          return certClaims(t) === 0 ? t : null;
        },
        'gdpr-compliant gone from every certifications list on disk',
        15_000,
      );
      assert.match(after, /organization: Example SAS Ltd/, 'the typed text was saved too');
      await s.waitForProblems((r) => !r.some((x) => x.code.includes('not-a-certification')), 'no not-a-certification left', 30_000);
    },
    150_000,
  );
});

test('status bar shows the inventory summary and opens the Problems view', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession(
    { name: 'status-bar', vsix, workspaceFrom: EXAMPLES },
    async (s) => {
      await openInventory(s);
      const item = await waitFor(
        async () => (await s.statusBar()).find((x) => /subprocessors\.status/.test(x.id) && /T1 \d/.test(x.text)),
        'the Sub-processor inventory status bar item',
        30_000,
      );
      assert.match(item.text, /\d+ · T1 \d+ · T2 \d+/, `status text: ${item.text}`);
      await s.page.locator(`[id="${item.id}"] a, [id="${item.id}"]`).first().click();
      await s.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
    },
    120_000,
  );
});

test('page preview opens beside the inventory', { timeout: SCENARIO_TIMEOUT }, async () => {
  const vsix = requireVsix();
  await withSession(
    { name: 'page-preview', vsix, workspaceFrom: EXAMPLES },
    async (s) => {
      await openInventory(s);
      await s.runCommand('Sub-processors: Preview Published Page');
      await waitFor(
        async () => (await s.tabs()).some((t) => /Page: subprocessors\.yaml/.test(t)),
        'a "Page: subprocessors.yaml" tab',
        20_000,
      );
      const frame = s.page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
      const body = frame.locator('body');
      await body.waitFor({ timeout: 20_000 });
      await waitFor(async () => /MongoDB Atlas/.test(await body.innerText()), 'the page lists MongoDB Atlas', 20_000);
      assert.match(await body.innerText(), /Who we work with/);
    },
    120_000,
  );
});

test(
  'a workspace whose only inventory matches `subprocessors.files` gets its problems, without opening it',
  { timeout: SCENARIO_TIMEOUT },
  async () => {
    const vsix = requireVsix();
    const example = fs.readFileSync(path.join(EXAMPLES, INVENTORY), 'utf8');
    await withSession(
      {
        name: 'files-setting-activation',
        vsix,
        // No default file name anywhere: only the workspace setting says this YAML is an inventory, and the
        // settings file is what activates the extension (no activation event can read a setting).
        files: {
          'compliance/vendors.yaml': example,
          '.vscode/settings.json': JSON.stringify({ 'subprocessors.files': ['compliance/vendors.yaml'] }, null, 2),
        },
      },
      async (s) => {
        const rows = await s.waitForProblems(hasCode('not-a-certification'), 'problems of compliance/vendors.yaml', 90_000);
        assert.ok(
          rows.some((r) => r.code.includes('tia-missing')),
          `the file's problems are all there:\n${fmt(rows)}`,
        );
        // The server's output channel, from the command palette (the screenshot shows it).
        await s.runCommand('Sub-processors: Show Output');
        await waitFor(
          async () =>
            (
              await s.page
                .locator('.part.panel')
                .innerText()
                .catch(() => '')
            ).includes('Sub-processor Inventory'),
          'the output panel on the Sub-processor Inventory channel',
          20_000,
        );
      },
      120_000,
    );
  },
);

test(
  'Import Published Page… turns a real published list into a new inventory, and asks for what the page did not state',
  { timeout: SCENARIO_TIMEOUT },
  async () => {
    const vsix = requireVsix();
    const page = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'import', 'real', 'stakater-subprocessors.md'), 'utf8');
    await withSession(
      // A workspace with no inventory yet, only the page the company publishes: every problem is the import's.
      { name: 'import-published-page', vsix, files: { 'pages/stakater-subprocessors.md': page } },
      async (s) => {
        await s.runCommand('Sub-processors: Import Published Page…');
        // The simple file dialog (files.simpleDialog.enable): a quick input that takes a path.
        const input = s.page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 15_000 });
        // It fills in the folder it starts from a moment after it opens: type the path once it has.
        await waitFor(async () => (await input.inputValue()).includes('workspace'), 'the dialog shows its starting folder', 15_000, 200);
        const target = path.join(s.workspace, 'pages', 'stakater-subprocessors.md');
        await waitFor(
          async () => {
            await input.fill(target);
            await sleep(400);
            return (await input.inputValue()) === target;
          },
          'the path typed into the dialog',
          15_000,
          200,
        );
        await s.page.keyboard.press('Enter');
        await waitFor(async () => (await s.tabs()).some((t) => /Untitled-\d/.test(t)), 'a new untitled inventory', 30_000);
        await s.waitForLanguage(/Sub-processor Inventory/);
        await waitFor(
          async () => /title: Stakater Subprocessor List[\s\S]*id: digital-realty-openmetal/.test(await s.editorVisibleText()),
          'the imported entries in the editor',
          20_000,
        );
        // What the page did not state is `unknown`, and each one is asked for; the stated SCCs are kept.
        const rows = await s.waitForProblems(hasCode('unstated-fact'), 'unstated-fact problems on the imported inventory', 60_000);
        assert.ok(
          !rows.some((r) => /dpa-required|admin-mfa-required|service-auth-missing/.test(r.code)),
          `nothing invented:\n${fmt(rows)}`,
        );
        assert.ok(
          rows.some((r) => r.code.includes('tia-missing')),
          `the stated SCCs are read, and their assessment asked for:\n${fmt(rows)}`,
        );
      },
      150_000,
    );
  },
);

test(
  'in French (code-server --locale fr): the problems, a hover on a certification and the quick-fix titles read in French',
  { timeout: SCENARIO_TIMEOUT },
  async () => {
    const vsix = requireVsix();
    await withSession(
      { name: 'french', vsix, workspaceFrom: EXAMPLES, locale: 'fr' },
      async (s) => {
        const rows = await expectExampleProblems(s, 90_000);
        const stale = rows.find((r) => r.code.includes('stale-inventory'));
        assert.ok(stale, fmt(rows));
        assert.match(stale.message, /^Le registre a été revu pour la dernière fois le 1er août 2025/, fmt([stale]));
        await s.screenshot('french-problems');
        const at = s.locate(INVENTORY, 'iso27001', 'certifications: [');
        const text = await s.hover(at.line, at.col + 2);
        assert.match(text, /système de management de la sécurité de l’information/, `hover text: ${text}`);
        await s.screenshot('french-hover-certification');
        const p = rows.find((r) => r.code.includes('not-a-certification'))!;
        const actions = await s.quickFix(p.line, p.column);
        assert.ok(
          actions.some((a) => /^Déplacer «\s?gdpr-compliant\s?» des certifications vers les déclarations/.test(a.label)),
          JSON.stringify(actions),
        );
        await s.screenshot('french-quickfix-menu');
        await s.page.keyboard.press('Escape');
        // The commands, by their French category.
        await s.page.keyboard.press('F1');
        await s.page.locator('.quick-input-widget input').fill('>Sous-traitants');
        const row = s.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Créer un registre' }).first();
        await row.waitFor({ timeout: 10_000 });
        const commands = await s.page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
        for (const title of ['Créer un registre', 'Importer une page publiée…', 'Prévisualiser la page publiée'])
          assert.ok(
            commands.some((c: string) => c.includes(`Sous-traitants: ${title}`)),
            JSON.stringify(commands),
          );
        await s.screenshot('french-commands');
        await s.page.keyboard.press('Escape');
        const status = await waitFor(
          async () => (await s.statusBar()).find((x) => /subprocessors\.status/.test(x.id) && /N1 \d/.test(x.text)),
          'the status bar item with the tiers in French (N1, N2...)',
          20_000,
        );
        assert.match(status.text, /\d+ · N1 \d+ · N2 \d+/, `status text: ${status.text}`);
      },
      150_000,
    );
  },
);

test(
  'web extension: with only its `browser` entry, in the web worker extension host, the example gets its problems, hover and fixes',
  { timeout: SCENARIO_TIMEOUT },
  async () => {
    const vsix = requireVsix();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-web-'));
    try {
      const web = await webOnlyVsix(vsix, tmp);
      await withSession({ name: 'web-worker', vsix: web, workspaceFrom: EXAMPLES }, async (s) => {
        const rows = await expectExampleProblems(s, 90_000);
        assert.equal(rows.length, 25, `the example's 25 problems:\n${fmt(rows)}`);
        await s.screenshot('web-worker-problems');
        const at = s.locate(INVENTORY, 'iso27001', 'certifications: [');
        const text = await s.hover(at.line, at.col + 2);
        assert.match(text, /information security management system/, `hover text: ${text}`);
        await s.screenshot('web-worker-hover');
        // It ran in the web worker extension host: the Node extension host (which logs every activation) did not.
        const nodeHost = Object.entries(s.logs(/remoteexthost\.log$/));
        assert.ok(nodeHost.length > 0, 'the Node extension host log is there to read');
        assert.ok(
          nodeHost.some(([, content]) => /_doActivateExtension vscode\.git\b/.test(content)),
          'the Node extension host logs the activations it runs (vscode.git)',
        );
        for (const [name, content] of nodeHost)
          assert.doesNotMatch(content, /_doActivateExtension subprocessor-inventory\./, `${name}: it ran under Node`);
      });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
);
