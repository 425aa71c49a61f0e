/**
 * A client in French (`locale: fr` in `initialize`, as VS Code sends it when its display language is French):
 * the diagnostics, a hover on a certification, the tier hints and the quick-fix titles are in French, at the
 * same places as in English.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { CodeAction, InlayHint } from 'vscode-languageserver-types';
import { positionOf, REPO_ROOT, TestLspClient, withServer } from '../support/lspClient';

const TODAY = '2026-11-26';
const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');

describe('a French client', () => {
  let fr: TestLspClient;
  let en: TestLspClient;
  withServer({ today: TODAY, locale: 'fr' }, (c) => (fr = c));
  withServer({ today: TODAY, locale: 'en-US' }, (c) => (en = c));

  test('the example’s problems are in French, with the same rules at the same ranges as in English', async () => {
    const uri = 'file:///virtual/french/a/subprocessors.yaml';
    fr.open(uri, EXAMPLE);
    en.open(uri, EXAMPLE);
    const got = await fr.waitForDiagnostics(uri);
    const want = await en.waitForDiagnostics(uri);
    assert.equal(got.length, 25);
    assert.deepEqual(
      got.map((d) => [d.code, d.range, d.severity]),
      want.map((d) => [d.code, d.range, d.severity]),
    );
    // French problems link to the French rule pages, English ones to the English pages.
    assert.ok(
      got.every((d) => d.codeDescription?.href.endsWith(`/docs/rules/fr/${d.code}.md`)),
      got[0].codeDescription?.href,
    );
    assert.ok(
      want.every((d) => d.codeDescription?.href.endsWith(`/docs/rules/${d.code}.md`)),
      want[0].codeDescription?.href,
    );
    const stale = got.find((d) => d.code === 'stale-inventory');
    assert.match(String(stale?.message), /^Le registre a été revu pour la dernière fois le 1er août 2025, il y a plus de 12 mois/);
    const weak = got.find((d) => d.code === 'weak-admin-mfa');
    assert.match(String(weak?.message), /«\u00a0Code à usage unique par SMS\u00a0»/);
    for (const d of got)
      assert.notEqual(d.message, want.find((w) => w.code === d.code && w.range.start.line === d.range.start.line)?.message);
  });

  test('a hover on a certification is in French', async () => {
    const uri = 'file:///virtual/french/b/subprocessors.yaml';
    fr.open(uri, EXAMPLE);
    await fr.waitForDiagnostics(uri);
    const hover = await fr.hover(uri, positionOf(EXAMPLE, 'iso27001', 2));
    assert.ok(hover);
    assert.match(hover.text, /^\*\*ISO\/IEC 27001\*\* \(`iso27001`\)/);
    assert.match(hover.text, /système de management de la sécurité de l’information/);
    assert.match(hover.text, /- Preuve\u00a0: un certificat délivré par un organisme de certification accrédité/);
    assert.match(hover.text, /\*\*Compte comme «\u00a0certifié\u00a0»\*\* selon la politique en vigueur/);
    const us = await fr.hover(uri, positionOf(EXAMPLE, 'countries: [US]', 'countries: ['.length + 1));
    assert.match(us?.text ?? '', /^\*\*États-Unis\*\* \(`US`\)\u00a0: hors EEE, décision d’adéquation partielle/);
    assert.match(us?.text ?? '', /Adéquation\u00a0: Décision d’exécution \(UE\) 2023\/1795/);
    // A date in words is written as a French lawyer writes it, not as the file's ISO date.
    assert.match(us?.text ?? '', /, adoptée le 10 juillet 2023/);
    // The built-in policy's tier is named in French, not in its English words; the scope as the data handled.
    const entry = await fr.hover(uri, positionOf(EXAMPLE, 'id: mongodb-atlas', 6));
    assert.match(
      entry?.text ?? '',
      /\*\*Niveau 1\*\* selon la politique en vigueur\u00a0: prestataires certifiés SOC 2 Type II et\/ou ISO 27001 hébergeant les données dans l’EEE\./,
    );
    assert.match(entry?.text ?? '', /Dans le champ, car ce sous-traitant traite des données personnelles\./);
    const key = await fr.hover(uri, positionOf(EXAMPLE, 'purpose:', 1));
    assert.match(key?.text ?? '', /Ce que le sous-traitant ultérieur fait pour vous, en une ligne\./);
  });

  test('the quick-fix titles, the fix-all action and the tier hints are in French', async () => {
    const uri = 'file:///virtual/french/c/subprocessors.yaml';
    fr.open(uri, EXAMPLE);
    const diags = await fr.waitForDiagnostics(uri);
    const claim = diags.find((d) => d.code === 'not-a-certification');
    assert.ok(claim);
    const actions = await fr.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: claim.range,
      context: { diagnostics: [claim] },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.includes(
        'Déplacer «\u00a0gdpr-compliant\u00a0» des certifications vers les déclarations\u00a0: c’est une déclaration, pas une certification auditée',
      ),
      JSON.stringify(titles),
    );
    const [fixAll] = await fr.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.match(fixAll.title, /^Corriger tous les problèmes sans risque \(\d+\)$/);
    const hints = await fr.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } },
    });
    assert.ok(hints.length > 0);
    assert.ok(
      hints.every((h) => /^(Niveau \d|aucun niveau|hors du champ|niveau indéterminé)$/.test(String(h.label))),
      JSON.stringify(hints.map((h) => h.label)),
    );
  });

  test('the fix-all command labels its workspace edit in French (the undo entry VS Code shows), in English for an English client', async () => {
    const labels: Record<string, string | undefined> = {};
    for (const [lang, client] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const uri = `file:///virtual/french/fixall-${lang}/subprocessors.yaml`;
      client.connection.onRequest('workspace/applyEdit', (p: { label?: string }) => {
        labels[lang] = p.label;
        return { applied: true };
      });
      client.open(uri, EXAMPLE);
      await client.waitForDiagnostics(uri);
      const res = await client.request<{ applied: boolean }>('workspace/executeCommand', {
        command: 'subprocessors.applyFixAll',
        arguments: [uri],
      });
      assert.equal(res.applied, true);
      client.close(uri);
    }
    assert.match(String(labels.fr), /^Corriger tous les problèmes sans risque \(\d+\)$/);
    assert.match(String(labels.en), /^Fix all safe problems \(\d+\)$/i);
  });

  test('completion details are in French: certification names, countries with their status, required keys', async () => {
    const uri = 'file:///virtual/french/d/subprocessors.yaml';
    const head = 'inventory: { organization: X, contact: dpo@x.eu, lastUpdated: 2026-10-01 }\nsubprocessors:\n  - id: a\n';
    const certs = `${head}    certifications: [hd]\n`;
    fr.open(uri, certs);
    await fr.waitForDiagnostics(uri);
    const items = await fr.completion(uri, positionOf(certs, '[hd', 3));
    const hds = items.find((i) => i.label === 'hds');
    assert.equal(hds?.detail, 'HDS (hébergeur de données de santé)');
    const countries = `${head}    dataLocation: { countries: [U] }\n`;
    fr.replace(uri, countries);
    await fr.waitForDiagnostics(uri);
    const us = (await fr.completion(uri, positionOf(countries, '[U', 2))).find((i) => i.label === 'US');
    assert.equal(us?.detail, 'États-Unis\u00a0: hors EEE, décision d’adéquation partielle');
    // A cloud region's place by its French name (Francfort, not Frankfurt).
    const regions = `${head}    dataLocation: { regions: [aws:] }\n`;
    fr.replace(uri, regions);
    await fr.waitForDiagnostics(uri);
    const frankfurt = (await fr.completion(uri, positionOf(regions, '[aws:', 5))).find((i) => i.label === 'aws:eu-central-1');
    assert.equal(frankfurt?.labelDetails?.description, 'Francfort, Allemagne');
    assert.equal(frankfurt?.detail, 'Amazon Web Services\u00a0: Francfort, Allemagne');
    const keys = `${head}    \n`;
    fr.replace(uri, keys);
    await fr.waitForDiagnostics(uri);
    const name = (await fr.completion(uri, { line: 3, character: 4 })).find((i) => i.label === 'name');
    assert.equal(name?.detail, 'obligatoire');
    // An MFA method's strength and the new-entry snippet's documentation are French too.
    const mfa = `${head}    administrationAuthentication: { method: SSO, mfa: [t] }\n`;
    fr.replace(uri, mfa);
    await fr.waitForDiagnostics(uri);
    const methods = await fr.completion(uri, positionOf(mfa, '[t', 1));
    const totp = methods.find((i) => i.label === 'totp');
    assert.match(totp?.detail ?? '', /\(acceptable, sans résister à l’hameçonnage\)$/, JSON.stringify(totp));
    const entries = `${head}  \n`;
    fr.replace(uri, entries);
    await fr.waitForDiagnostics(uri);
    const snippet = (await fr.completion(uri, { line: 3, character: 2 })).find((i) => i.label === 'new sub-processor');
    const docs = snippet?.documentation;
    assert.match(typeof docs === 'string' ? docs : (docs?.value ?? ''), /^Insère un sous-traitant/, JSON.stringify(snippet));
  });

  test('who can reach the data, in French: one no-break space before each colon, even when the reason has one', async () => {
    const uri = 'file:///virtual/french/e/subprocessors.yaml';
    const text =
      'inventory: { organization: X, contact: a@b.co, lastUpdated: 2026-10-01 }\nsubprocessors:\n  - id: helpdesk\n    name: HelpDesk\n    personalData: { level: yes }\n    dataLocation: { countries: [US] }\n    transfer: { mechanism: idta }\n';
    fr.open(uri, text);
    await fr.waitForDiagnostics(uri);
    const hover = await fr.hover(uri, positionOf(text, 'helpdesk', 2));
    assert.match(
      hover?.text ?? '',
      /- États-Unis \(US\), données stockées\u00a0: \*\*aucun fondement valable\*\*\u00a0: .*Royaume-Uni\u00a0: il ne fonde pas/,
    );
    assert.ok(!(hover?.text ?? '').includes('\u00a0\u00a0'), 'no doubled no-break space');
  });
});

describe('the display language changes while the server runs', () => {
  let client: TestLspClient;
  withServer({ today: TODAY, locale: 'en-US' }, (c) => (client = c));

  test('the diagnostics are written again in French from the results kept: nothing is checked again', async () => {
    const traces: string[] = [];
    client.connection.onNotification('$/logTrace', (p: { message: string }) => {
      traces.push(p.message);
    });
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
    const uri = 'file:///virtual/french/switch/subprocessors.yaml';
    client.open(uri, EXAMPLE);
    const english = await client.waitForDiagnostics(uri);
    const checks = () => traces.filter((t) => t.startsWith(`checked ${uri}`)).length;
    assert.equal(checks(), 1, JSON.stringify(traces));
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('subprocessors/setLanguage', { locale: 'fr' });
    const french = (await next).diagnostics;
    assert.deepEqual(
      french.map((d) => [d.code, d.range, d.severity]),
      english.map((d) => [d.code, d.range, d.severity]),
    );
    const stale = french.find((d) => d.code === 'stale-inventory');
    assert.match(String(stale?.message), /^Le registre a été revu pour la dernière fois le 1er août 2025/);
    assert.ok(french.every((d) => d.codeDescription?.href.endsWith(`/docs/rules/fr/${d.code}.md`)));
    // A hover after the change is in French too, and the document was still checked once only.
    const hover = await client.hover(uri, positionOf(EXAMPLE, 'iso27001', 2));
    assert.match(hover?.text ?? '', /système de management de la sécurité de l’information/);
    assert.equal(checks(), 1, `a language change re-formats, it never re-checks: ${JSON.stringify(traces)}`);
    await client.connection.sendNotification('$/setTrace', { value: 'off' });
  });
});
