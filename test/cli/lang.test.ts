/**
 * `subproc check` in French: `--lang fr`, or the locale of the environment (LC_ALL, LC_MESSAGES, LANG, in
 * POSIX order). The findings are the same; only the words change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../support/runCli';

const EXAMPLE = 'examples/subprocessors.yaml';
const TODAY = ['--today', '2026-11-26'];

test('check --lang fr: French messages and summary, the same findings as in English', async () => {
  const en = await cli(['check', EXAMPLE, ...TODAY, '--format', 'json']);
  const fr = await cli(['check', EXAMPLE, ...TODAY, '--format', 'json', '--lang', 'fr']);
  const view = (out: string) =>
    (JSON.parse(out)[0].findings as { ruleId: string; line: number; column: number; message: string }[]).map((f) => [
      f.ruleId,
      f.line,
      f.column,
    ]);
  assert.equal(fr.code, en.code);
  assert.deepEqual(view(fr.stdout), view(en.stdout));
  const messages = (JSON.parse(fr.stdout)[0].findings as { ruleId: string; message: string }[]).map((f) => f.message);
  assert.ok(messages.some((m) => m.startsWith('Le registre a été revu pour la dernière fois le 1er août 2025')));
  assert.ok(messages.some((m) => /sans analyse d’impact des transferts consignée/.test(m)));

  const stylish = await cli(['check', EXAMPLE, ...TODAY, '--lang', 'fr']);
  assert.match(stylish.stdout, /^25 problèmes \(0 erreur, 13 avertissements, 12 informations\)$/m);
  assert.match(stylish.stdout, / avertissement +«\u00a0gdpr-compliant\u00a0» \(`mongodb-atlas`\) est une déclaration du prestataire/);
});

test('check follows LC_ALL, then LC_MESSAGES, then LANG; --lang wins; an unknown language is bad usage', async () => {
  const summary = async (env: Record<string, string>, extra: string[] = []) =>
    (await cli(['check', EXAMPLE, ...TODAY, ...extra], undefined, { env })).stdout.trim().split('\n').pop();
  assert.match((await summary({ LANG: 'fr_FR.UTF-8' }))!, /^25 problèmes/);
  assert.match((await summary({ LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }))!, /^25 problèmes/);
  assert.match((await summary({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }))!, /^25 problems/);
  assert.match((await summary({ LANG: 'de_DE.UTF-8' }))!, /^25 problems/);
  assert.match((await summary({ LANG: 'fr_FR.UTF-8' }, ['--lang', 'en']))!, /^25 problems/);
  const bad = await cli(['check', EXAMPLE, '--lang', 'de']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown language "de" \(use en or fr\)/);
});

test('the command line’s own errors and help follow the language too; an English run says the same in English', async () => {
  const fr = { env: { LANG: 'fr_FR.UTF-8' } };
  const missing = await cli(['check', 'nope.subprocessors.yaml'], undefined, fr);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'subproc: impossible de lire nope.subprocessors.yaml\u00a0: fichier ou dossier introuvable\n');
  const english = await cli(['check', 'nope.subprocessors.yaml'], undefined, { env: { LANG: 'en_GB.UTF-8' } });
  assert.equal(english.stderr, 'subproc: cannot read nope.subprocessors.yaml: no such file or directory\n');

  const format = await cli(['render', EXAMPLE, '--format', 'pdf', '--lang', 'fr']);
  assert.equal(format.code, 2);
  assert.equal(
    format.stderr,
    'subproc: format inconnu «\u00a0pdf\u00a0» (choisissez markdown ou html)\nVoir «\u00a0subproc --help\u00a0» pour l’usage.\n',
  );
  const today = await cli(['check', EXAMPLE, '--today', '2025-02-30'], undefined, fr);
  assert.match(today.stderr, /^subproc: --today attend une date AAAA-MM-JJ, pas «\u00a0\d{4}-02-30\u00a0»$/m);

  const help = await cli(['--help'], undefined, fr);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage\u00a0: subproc <commande> \[options\]/);
  assert.match(help.stdout, /^ {2}diff ANCIEN NOUVEAU/m);
  // Typeset as every French phrase of the catalogue: a no-break space before `:` and `;`, none left plain.
  assert.match(help.stdout, /^Codes de sortie\u00a0: 0 rien à signaler/m);
  assert.match(help.stdout, /\(par défaut\u00a0: 10 Mo\u202f; 0\u00a0: aucune limite\)/);
  assert.doesNotMatch(help.stdout, / [:;](?=\s)/);
  assert.match((await cli(['--help'])).stdout, /^Usage: subproc <command> \[options\]/);
});

test('a page import cannot read is explained in French, at its line', async () => {
  // Rows that write the delimiter row's four cells under a header of three: no count the reader can trust.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-lang-'));
  const page = path.join(dir, 'opendatadsl-like.md');
  fs.writeFileSync(
    page,
    [
      'Subprocessors',
      '',
      'We engage the following entities:',
      '',
      '',
      '',
      '',
      '|**Third Party Entity**|**Processing Type**|**Description**|',
      '|-|-|-|-',
      '|Nuagix|Hosting|Runs our servers|Ireland|',
      '|Postlark|Email|Sends our mail|Germany|',
      '',
    ].join('\n'),
  );
  const fr = await cli(['import', page, '--lang', 'fr']);
  assert.equal(fr.code, 2);
  assert.match(
    fr.stderr,
    /^subproc: .*opendatadsl[^:]*\u00a0: ligne 8\u00a0: cela ressemble à un tableau, mais Markdown ne le lit pas comme tel/,
  );
  const en = await cli(['import', page, '--lang', 'en']);
  assert.match(en.stderr, /^subproc: .*opendatadsl[^:]*: line 8: this looks like a table, but Markdown does not read it as one/);
});

test('import tells where it wrote, in French with --lang fr', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-lang-'));
  try {
    const out = path.join(dir, 'out.subprocessors.yaml');
    const r = await cli(['import', 'test/fixtures/import/vendors.csv', '-o', out, '--lang', 'fr', '--today', '2026-11-26']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^subproc: \d+ sous-traitants écrits dans /);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
