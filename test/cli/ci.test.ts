/**
 * `subproc check` for CI: --fix (the editor's fix all), -o, globs with .subprocignore and .gitignore,
 * standard input, the JUnit and GitLab Code Quality reports, and colour (NO_COLOR, FORCE_COLOR, terminals).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesFor, lintText } from '../../server/src/engine';
import { TestLspClient, withServer } from '../support/lspClient';
import { BIN, cli, ROOT } from '../support/runCli';
import { formatFinding } from '../../server/src/format';

const TODAY = ['--today', '2026-11-26'];
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
const MISTAKES = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'mistakes.subprocessors.yaml'), 'utf8');

/** The example with comments added where fixes work: on key lines, between items, after values. */
function exampleWithComments(): string {
  return EXAMPLE.replace(/^( {4}certifications: .*)$/m, '$1 # as published')
    .replace(/^( {2}- id: mongodb-atlas)$/m, '  # the main database\n$1')
    .replace(/^(inventory:)$/m, '$1 # header');
}

function comments(text: string): string[] {
  return text
    .split('\n')
    .map((l) => /(^|\s)(#.*)$/.exec(l)?.[2])
    .filter((c): c is string => !!c)
    .sort();
}

function tmp(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-ci-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The text after the editor's "fix all" (source.fixAll.subprocessors) of the real server, on `text` open at `uri`. */
async function editorFixAll(client: TestLspClient, uri: string, text: string, diags: unknown[]): Promise<string> {
  const actions = await client.request<{ kind: string; edit: { changes: Record<string, { range: never; newText: string }[]> } }[]>(
    'textDocument/codeAction',
    {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: diags, only: ['source.fixAll.subprocessors'] },
    },
  );
  const edits = actions.find((a) => a.kind === 'source.fixAll.subprocessors')!.edit.changes[uri]!;
  return TextDocument.applyEdits(TextDocument.create(uri, 'subprocessors', 1, text), edits);
}

describe('check --fix', () => {
  let dir: string;
  let client: TestLspClient;
  before(() => {
    dir = tmp({ 'subprocessors.yaml': exampleWithComments() });
  });
  withServer({ today: '2026-11-26' }, (c) => (client = c));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("removes every safe finding, keeps every comment, changes nothing the second time, and equals the editor's fix all", async () => {
    const file = path.join(dir, 'subprocessors.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const safeBefore = lintText(before, { today: '2026-11-26' });
    const safeCount = safeBefore.findings.filter((f) => fixesFor(safeBefore, f).some((x) => x.safe)).length;
    assert.ok(safeCount > 0, 'the example has safe fixes');

    const first = await cli(['check', '--fix', ...TODAY, 'subprocessors.yaml'], dir);
    assert.match(first.stderr, /subprocessors\.yaml: \d+ safe fix(es)? applied/);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.notEqual(fixed, before);
    const after = lintText(fixed, { today: '2026-11-26' });
    assert.deepEqual(
      after.findings.filter((f) => fixesFor(after, f).some((x) => x.safe)).map((f) => formatFinding(f, 'en')),
      [],
    );
    assert.deepEqual(comments(fixed), comments(before), 'every comment is kept');
    // What is left is reported as usual.
    assert.match(first.stdout, /problems? \(/);

    const second = await cli(['check', '--fix', ...TODAY, 'subprocessors.yaml'], dir);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed, 'idempotent');
    assert.match(second.stderr, /nothing to fix safely/);

    // The editor's "fix all" (source.fixAll.subprocessors) on the same text gives the same text.
    const uri = pathToFileURL(path.join(dir, 'editor.subprocessors.yaml')).href;
    client.open(uri, before);
    const diags = await client.waitForDiagnostics(uri);
    assert.equal(await editorFixAll(client, uri, before, diags), fixed);
  });

  test('--fix on a file with missing fields writes only `unknown`, exits 1 and says how many facts it could not state; the editor writes the same', async () => {
    const clean = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'clean.subprocessors.yaml'), 'utf8');
    // Three facts the file does not state: the entity, the certifications, the contact address.
    const missing = clean
      .replace('    entity: Scaleway SAS\n', '')
      .replace('    certifications: [iso27001]\n', '')
      .replace('  contact: privacy@clean.example\n', '');
    const file = path.join(dir, 'missing.subprocessors.yaml');
    fs.writeFileSync(file, missing);
    const today = ['--today', '2025-09-01'];
    const gate = await cli(['check', ...today, 'missing.subprocessors.yaml'], dir);
    assert.equal(gate.code, 1, 'the missing fields fail the check');

    const r = await cli(['check', '--fix', ...today, 'missing.subprocessors.yaml'], dir);
    assert.equal(r.code, 1, `--fix must not turn a failing check into a passing one: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /missing\.subprocessors\.yaml: 3 missing facts recorded as `unknown`: the fix cannot state them/);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.equal(
      fixed,
      clean
        .replace('    entity: Scaleway SAS\n', '    entity: unknown\n')
        .replace('    certifications: [iso27001]\n', '    certifications: unknown\n')
        .replace('  contact: privacy@clean.example\n', '  contact: unknown\n'),
      'only `unknown`, in place of each missing field: no placeholder, no `[]`',
    );
    const later = await cli(['check', ...today, 'missing.subprocessors.yaml'], dir);
    assert.equal(later.code, 0, 'a later run without --fix reports the unknown facts at their own severity');

    // The editor's fix all makes the same edits.
    const uri = pathToFileURL(path.join(dir, 'missing-editor.subprocessors.yaml')).href;
    client.open(uri, missing);
    const diags = await client.waitForDiagnostics(uri);
    assert.equal(diags.filter((d) => d.code === 'missing-field').length, 3);
    assert.equal(await editorFixAll(client, uri, missing, diags), fixed);
    client.close(uri);
  });

  test('--fix on a file with a byte order mark keeps the mark and makes the edits it makes without one; the report is the same', async () => {
    // No `inventory:` block: fix all inserts one at the document's start, which is after the mark.
    const clean = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'clean.subprocessors.yaml'), 'utf8');
    const body = clean.slice(clean.indexOf('subprocessors:'));
    assert.ok(body.startsWith('subprocessors:') && !body.includes('inventory:'));
    fs.writeFileSync(path.join(dir, 'plain.subprocessors.yaml'), body);
    fs.writeFileSync(path.join(dir, 'marked.subprocessors.yaml'), `\ufeff${body}`);
    const report = async (name: string) => {
      const r = await cli(['check', ...TODAY, '--format', 'json', name], dir);
      return (JSON.parse(r.stdout) as { findings: unknown[] }[])[0]!.findings;
    };
    assert.deepEqual(await report('marked.subprocessors.yaml'), await report('plain.subprocessors.yaml'));
    await cli(['check', '--fix', ...TODAY, 'plain.subprocessors.yaml'], dir);
    await cli(['check', '--fix', ...TODAY, 'marked.subprocessors.yaml'], dir);
    const plain = fs.readFileSync(path.join(dir, 'plain.subprocessors.yaml'), 'utf8');
    assert.ok(plain.startsWith('inventory:'), plain);
    assert.equal(fs.readFileSync(path.join(dir, 'marked.subprocessors.yaml'), 'utf8'), `\ufeff${plain}`);
  });

  test('--fix does not take standard input', async () => {
    const r = await cli(['check', '--fix', '-'], ROOT, { stdin: EXAMPLE });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix writes files/);
  });
});

describe('check: output, inputs, ignore files', () => {
  let dir: string;
  before(() => {
    dir = tmp({
      'a.subprocessors.yaml': MISTAKES,
      'team/b.subprocessors.yaml': MISTAKES,
      'vendor/c.subprocessors.yaml': MISTAKES,
      'build/d.subprocessors.yaml': MISTAKES,
      'other.yaml': MISTAKES,
      '.subprocignore': 'vendor/\n',
      '.gitignore': 'build/\n',
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const filesOf = (json: string) => (JSON.parse(json) as { file: string }[]).map((f) => f.file).sort();

  test('-o writes the report to a file and nothing to standard output', async () => {
    const r = await cli(['check', ...TODAY, '--format', 'json', '-o', 'report.json', 'a.subprocessors.yaml'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.deepEqual(filesOf(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')), ['a.subprocessors.yaml']);
  });

  test('a quoted glob, a folder walk: .subprocignore and .gitignore apply; a file named explicitly is checked', async () => {
    const glob = await cli(['check', ...TODAY, '--format', 'json', '**/*.subprocessors.yaml'], dir);
    assert.deepEqual(filesOf(glob.stdout), ['a.subprocessors.yaml', 'team/b.subprocessors.yaml']);
    const walk = await cli(['check', ...TODAY, '--format', 'json', '.'], dir);
    assert.deepEqual(filesOf(walk.stdout), ['a.subprocessors.yaml', 'team/b.subprocessors.yaml']);
    const named = await cli(['check', ...TODAY, '--format', 'json', 'vendor/c.subprocessors.yaml', '*.yaml'], dir);
    assert.deepEqual(filesOf(named.stdout), ['a.subprocessors.yaml', 'other.yaml', 'vendor/c.subprocessors.yaml']);
    const none = await cli(['check', 'nothing/**/*.yaml'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no file matches nothing\/\*\*\/\*\.yaml/);
  });

  test('standard input with --stdin-filename, through the real binary', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', ...TODAY, '--stdin-filename', 'piped.subprocessors.yaml', '-'], {
      cwd: dir,
      input: MISTAKES,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^piped\.subprocessors\.yaml$/m);
    const same = spawnSync(process.execPath, [BIN, 'check', ...TODAY, 'a.subprocessors.yaml'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout.replace('piped.subprocessors.yaml', 'a.subprocessors.yaml'), same.stdout);
  });
});

describe('check: JUnit and GitLab Code Quality reports', () => {
  test('--format junit is XML with a failing test case per finding', async () => {
    const r = await cli([
      'check',
      ...TODAY,
      '--format',
      'junit',
      'test/fixtures/cli/mistakes.subprocessors.yaml',
      'test/fixtures/cli/clean.subprocessors.yaml',
    ]);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const json = JSON.parse(
      (
        await cli([
          'check',
          ...TODAY,
          '--format',
          'json',
          'test/fixtures/cli/mistakes.subprocessors.yaml',
          'test/fixtures/cli/clean.subprocessors.yaml',
        ])
      ).stdout,
    ) as { file: string; findings: unknown[] }[];
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    const suites = [xml.testsuites.testsuite].flat();
    assert.equal(suites.length, 2);
    assert.equal(Number(xml.testsuites['@_failures']), json[0]!.findings.length + json[1]!.findings.length);
    for (const { file, findings } of json) {
      const suite = suites.find((s: Record<string, string>) => s['@_name'] === file);
      const failing = [suite.testcase].flat().filter((c: { failure?: unknown }) => c.failure).length;
      assert.equal(failing, findings.length, file);
      assert.equal(Number(suite['@_failures']), findings.length, file);
    }
  });

  test('--format gitlab follows GitLab Code Quality: description, check_name, unique fingerprint, severity, location', async () => {
    const r = await cli(['check', ...TODAY, '--format', 'gitlab', 'test/fixtures/cli/mistakes.subprocessors.yaml']);
    const issues = JSON.parse(r.stdout) as {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    assert.ok(issues.length > 0);
    for (const i of issues) {
      assert.equal(typeof i.description, 'string');
      assert.equal(typeof i.check_name, 'string');
      assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity), i.severity);
      assert.equal(i.location.path, 'test/fixtures/cli/mistakes.subprocessors.yaml');
      assert.ok(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1);
    }
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    // The fingerprint of a finding does not change when a line is added above it (lines move, findings stay).
    const dir = tmp({ 'one/s.subprocessors.yaml': MISTAKES, 'two/s.subprocessors.yaml': `# a new first line\n${MISTAKES}` });
    const prints = async (folder: string) =>
      (
        JSON.parse((await cli(['check', ...TODAY, '--format', 'gitlab', 's.subprocessors.yaml'], path.join(dir, folder))).stdout) as {
          fingerprint: string;
        }[]
      )
        .map((i) => i.fingerprint)
        .sort();
    assert.deepEqual(await prints('two'), await prints('one'));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('check: colour', () => {
  const file = 'test/fixtures/cli/mistakes.subprocessors.yaml';
  const ESC = '\u001b[';
  test('off when not a terminal, on a terminal, off with NO_COLOR, on with FORCE_COLOR', async () => {
    assert.ok(!(await cli(['check', ...TODAY, file])).stdout.includes(ESC), 'not a terminal');
    assert.ok((await cli(['check', ...TODAY, file], ROOT, { stdoutIsTTY: true })).stdout.includes(ESC), 'a terminal');
    assert.ok(
      !(await cli(['check', ...TODAY, file], ROOT, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC),
      'NO_COLOR',
    );
    assert.ok((await cli(['check', ...TODAY, file], ROOT, { env: { FORCE_COLOR: '1' } })).stdout.includes(ESC), 'FORCE_COLOR');
    assert.ok(
      !(await cli(['check', ...TODAY, file], ROOT, { env: { FORCE_COLOR: '0' }, stdoutIsTTY: true })).stdout.includes(ESC),
      'FORCE_COLOR=0',
    );
    // The real binary honours the environment too.
    const forced = spawnSync(process.execPath, [BIN, 'check', ...TODAY, file], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' },
    });
    assert.ok(forced.stdout.includes(ESC));
    const plain = spawnSync(process.execPath, [BIN, 'check', ...TODAY, file], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    assert.ok(!plain.stdout.includes(ESC));
  });
});
