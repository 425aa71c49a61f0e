import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES } from '../../server/src/engine';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { bin, cli, ROOT } from '../support/runCli';
import { validateSarif } from '../support/sarif';

const TODAY = ['--today', '2025-09-01'];
const MISTAKES = 'test/fixtures/cli/mistakes.subprocessors.yaml';

test('check: exit 0 on a clean file, 1 with errors, 2 on a missing file', async () => {
  const clean = await cli(['check', 'test/fixtures/cli/clean.subprocessors.yaml', ...TODAY]);
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /1 file checked, no problems/);
  assert.equal((await cli(['check', MISTAKES, ...TODAY])).code, 1);
  const missing = await cli(['check', 'test/fixtures/cli/nope.subprocessors.yaml']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /nope\.subprocessors\.yaml.*no such file/);
});

test('check: a file that is not YAML and an empty file are reported as findings (exit 1)', async () => {
  const broken = await cli(['check', 'test/fixtures/cli/broken.subprocessors.yaml', '--format', 'json', ...TODAY]);
  assert.equal(broken.code, 1);
  assert.ok(JSON.parse(broken.stdout)[0].findings.some((f: { ruleId: string }) => f.ruleId === 'yaml-syntax'));
  const empty = await cli(['check', 'test/fixtures/cli/empty.subprocessors.yaml', '--format', 'json', ...TODAY]);
  assert.equal(empty.code, 1);
  assert.deepEqual(
    JSON.parse(empty.stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId),
    ['missing-field'],
  );
});

test('check: bad usage exits 2 with one line', async () => {
  for (const args of [
    ['check', '--format', 'xml'],
    ['check', '--today', 'tomorrow'],
    ['check', '--max-warnings', 'x'],
    ['check', '--nope'],
  ]) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^subproc: /);
  }
});

test('check, render, import: a --today or --max-warnings that is not one is refused (exit 2, one line), never used', async () => {
  const cases: [string[], RegExp][] = [
    [['check', MISTAKES, '--today', '2025-13-45'], /--today must be a date as YYYY-MM-DD, not "2025-13-45"/],
    [['check', MISTAKES, '--today', '2025-02-30'], /--today must be a date as YYYY-MM-DD, not "2025-02-30"/],
    [['check', MISTAKES, '--today', '2025-00-10'], /--today must be a date/],
    [['render', 'examples/subprocessors.yaml', '--today', '2025-02-30'], /--today must be a date/],
    [['import', 'test/fixtures/import/vendors.csv', '--today', '2025-04-31'], /--today must be a date/],
    [['check', MISTAKES, '--max-warnings', ''], /--max-warnings must be a whole number, not ""/],
    [['check', MISTAKES, '--max-warnings', ' 3 '], /--max-warnings must be a whole number/],
    [['check', MISTAKES, '--max-warnings', '0x10'], /--max-warnings must be a whole number/],
    [['check', MISTAKES, '--max-warnings', '1e3'], /--max-warnings must be a whole number/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 2, r.stderr); // the message and "Run subproc --help"
    assert.equal(r.stdout, '', args.join(' '));
  }
  // A leap day is a date.
  assert.equal((await cli(['check', 'test/fixtures/cli/clean.subprocessors.yaml', '--today', '2028-02-29'])).code, 0);
});

test('check: a folder with no inventory in it is an error (exit 2, one line), not a silent pass', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-noinv-'));
  writeFileSync(path.join(dir, 'vendors.yaml'), 'inventory: {}\n');
  for (const args of [['check'], ['check', '.'], ['check', '--format', 'sarif', '.']]) {
    const r = await cli(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^subproc: no inventory in \. \(looked for subprocessors\.yaml and \*\.subprocessors\.yaml\)\n$/);
    assert.equal(r.stdout, '');
  }
  // The same file named twice is checked once.
  const twice = await cli([
    'check',
    'test/fixtures/cli/clean.subprocessors.yaml',
    './test/fixtures/cli/clean.subprocessors.yaml',
    '--format',
    'json',
    ...TODAY,
  ]);
  assert.equal(JSON.parse(twice.stdout).length, 1);
});

test("check: a folder is searched for inventories by the editor's file names", async () => {
  const r = await cli(['check', 'test/fixtures/cli', '--format', 'json', ...TODAY]);
  const files = JSON.parse(r.stdout).map((f: { file: string }) => f.file);
  assert.deepEqual(files, [
    'test/fixtures/cli/broken.subprocessors.yaml',
    'test/fixtures/cli/clean.subprocessors.yaml',
    'test/fixtures/cli/empty.subprocessors.yaml',
    'test/fixtures/cli/mistakes.subprocessors.yaml',
  ]);
});

test('check --format sarif validates against the SARIF 2.1.0 schema, with rule metadata and help links', async () => {
  const r = await cli([
    'check',
    'examples/subprocessors.yaml',
    MISTAKES,
    'test/fixtures/cli/broken.subprocessors.yaml',
    '--format',
    'sarif',
    ...TODAY,
  ]);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout) as Sarif.Log;
  assert.deepEqual(validateSarif(log), []);
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0]!;
  assert.equal(run.tool.driver.version, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  const rules = run.tool.driver.rules!;
  assert.deepEqual(
    rules.map((x) => x.id),
    RULES.map((x) => x.meta.id),
  );
  for (const rule of rules) {
    assert.ok(rule.shortDescription?.text, rule.id);
    // No address is known without --docs-base-url: no helpUri (a file:// path helps nobody), the page is in help.
    assert.equal(rule.helpUri, undefined, rule.id);
    assert.ok(rule.help?.markdown?.startsWith(`# ${rule.id}`), rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration!.level!));
  }
  // The invalid email on line 4 of the mistakes file: `not-an-email` at columns 12-24 (exclusive end).
  const email = run.results!.find((x) => x.message.text?.includes('not-an-email'))!;
  assert.equal(email.ruleId, 'invalid-value');
  assert.equal(email.level, 'error');
  assert.equal(rules[email.ruleIndex!]!.id, 'invalid-value');
  const loc = email.locations![0]!.physicalLocation!;
  assert.deepEqual(loc.artifactLocation, { uri: 'test/fixtures/cli/mistakes.subprocessors.yaml', uriBaseId: '%SRCROOT%', index: 1 });
  assert.deepEqual(loc.region, { startLine: 4, startColumn: 12, endLine: 4, endColumn: 24 });
  assert.equal(run.originalUriBaseIds!['%SRCROOT%']!.uri, `${pathToFileURL(ROOT).href}/`);
  // A warning is a SARIF warning, and an info would be a note.
  assert.ok(run.results!.some((x) => x.ruleId === 'unknown-field' && x.level === 'warning'));
});

test("check --format sarif carries each rule's whole page as help, and --docs-base-url points the links at a repository", async () => {
  const base = 'https://github.com/acme/privacy/blob/main/docs/rules/';
  for (const given of [base, base.slice(0, -1)]) {
    const r = await cli(['check', MISTAKES, '--format', 'sarif', '--docs-base-url', given, ...TODAY]);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.deepEqual(validateSarif(log), []);
    for (const rule of log.runs[0]!.tool.driver.rules!) {
      assert.equal(rule.helpUri, `${base}${rule.id}.md`, given);
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.ok(rule.help!.markdown!.startsWith(`# ${rule.id}\n`), rule.id);
      assert.equal(rule.help!.text, rule.help!.markdown);
      // The whole page, only its relative links made absolute (into the same repository's docs).
      const withoutTargets = (md: string) => md.replace(/\]\([^)\s]+\)/g, ']()');
      assert.equal(withoutTargets(rule.help!.markdown!), withoutTargets(page), rule.id);
      for (const [, target] of rule.help!.markdown!.matchAll(/\]\(([^)\s]+)\)/g))
        assert.match(
          target!,
          /^(https:\/\/github\.com\/acme\/privacy\/blob\/main\/docs\/|https:\/\/(?!github\.com\/acme)|#)/,
          `${rule.id}: ${target}`,
        );
      assert.doesNotMatch(rule.help!.markdown!, /file:\/\//, rule.id);
    }
  }
  const admin = JSON.parse(
    (await cli(['check', MISTAKES, '--format', 'sarif', '--docs-base-url', base, ...TODAY])).stdout,
  ).runs[0].tool.driver.rules.find((x: Sarif.ReportingDescriptor) => x.id === 'admin-mfa-required');
  assert.match(admin.help.markdown, /\]\(https:\/\/github\.com\/acme\/privacy\/blob\/main\/docs\/rules\/weak-admin-mfa\.md\)/);
  const tier = JSON.parse(
    (await cli(['check', MISTAKES, '--format', 'sarif', '--docs-base-url', base, ...TODAY])).stdout,
  ).runs[0].tool.driver.rules.find((x: Sarif.ReportingDescriptor) => x.id === 'selection-tier');
  assert.match(tier.help.markdown, /\]\(https:\/\/github\.com\/acme\/privacy\/blob\/main\/docs\/policy\.md\)/);
});

test('check --format sarif without --docs-base-url: no file:// path anywhere, the page in help with its links as text', async () => {
  const r = await cli(['check', MISTAKES, '--format', 'sarif', ...TODAY]);
  assert.doesNotMatch(r.stdout, /"helpUri"|\]\(file:/);
  const rules = (JSON.parse(r.stdout) as Sarif.Log).runs[0]!.tool.driver.rules!;
  const admin = rules.find((x) => x.id === 'admin-mfa-required')!;
  assert.equal(admin.helpUri, undefined);
  assert.match(admin.help!.markdown!, /weak-admin-mfa/);
  assert.doesNotMatch(admin.help!.markdown!, /file:/);
});

test('check --docs-base-url must be an http(s) URL (exit 2)', async () => {
  for (const bad of ['docs/rules/', 'javascript:alert(1)', 'file:///etc/']) {
    const r = await cli(['check', MISTAKES, '--format', 'sarif', '--docs-base-url', bad]);
    assert.equal(r.code, 2, bad);
    assert.match(r.stderr, /^subproc: --docs-base-url must be an http\(s\) URL/);
  }
});

test('the SARIF validation can fail', () => {
  assert.notDeepEqual(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] }), []);
});

test('check --format github prints one workflow annotation per finding', async () => {
  const r = await cli(['check', MISTAKES, '--format', 'github', ...TODAY]);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  const json = JSON.parse((await cli(['check', MISTAKES, '--format', 'json', ...TODAY])).stdout)[0].findings;
  assert.equal(lines.length, json.length);
  assert.ok(
    lines.includes(
      '::error file=test/fixtures/cli/mistakes.subprocessors.yaml,line=4,col=12,endLine=4,endColumn=24,title=invalid-value::"not-an-email" is not an email address (`contact`).',
    ),
  );
  assert.ok(lines.some((l) => l.startsWith('::warning ') && l.includes('title=unknown-field::')));
  for (const line of lines)
    assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\r\n]+$/);
});

test('github annotations escape %, CR, LF, and : , in properties', () => {
  assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
  assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
});

test('the bundled binary gives the same output as the in-process CLI', async () => {
  for (const format of ['sarif', 'github', 'json', 'stylish']) {
    const args = ['check', MISTAKES, 'examples/subprocessors.yaml', '--format', format, ...TODAY];
    const [a, b] = [await cli(args), await bin(args)];
    assert.equal(b.code, a.code, format);
    assert.equal(b.stdout.replace(/file:\/\/\S+?docs\/rules/g, 'DOCS'), a.stdout.replace(/file:\/\/\S+?docs\/rules/g, 'DOCS'), format);
  }
});

test('check: the 0.2 format fixture gives one finding of each rule that reads who can reach the data, at its place', async () => {
  const file = 'test/fixtures/legal/who-can-reach.subprocessors.yaml';
  const r = await cli(['check', file, '--format', 'json', '--today', '2026-11-26']);
  const text = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const found = JSON.parse(r.stdout)[0].findings.map((f: { ruleId: string; line: number; column: number; endColumn: number }) => [
    f.ruleId,
    text[f.line - 1]!.slice(f.column - 1, f.endColumn - 1),
  ]);
  assert.deepEqual(
    found.filter(([rule]: string[]) => rule !== 'tier-justification'),
    [
      ['third-country-access', 'IN'],
      ['certification-stale', '2025-03-31'],
      // The repealed clauses are no basis at all: scc-outdated says so, and no assessment is asked for them.
      ['scc-outdated', '2010/87/EU'],
      ['tia-missing', 'scc'],
      ['special-category-data', 'health'],
      ['derogation-systematic', 'derogation'],
      ['ai-data-use', 'ai'],
      ['bcr-outside-group', 'bcr'],
      ['notice-period', '2026-12-05'],
    ],
  );
});

/** Facts not known yet and nothing else to report: written to a folder of its own (not one the folder tests search). */
const UNSTATED_DIR = mkdtempSync(path.join(os.tmpdir(), 'subproc-unstated-'));
const UNSTATED = 'unstated.subprocessors.yaml';
writeFileSync(
  path.join(UNSTATED_DIR, UNSTATED),
  [
    '# Facts not known yet, nothing else to report (checked with --today 2025-09-01): 2 entries with 5 unknown facts',
    "# between them, and the inventory's contact.",
    'inventory:',
    '  organization: Clean Example SAS',
    '  contact: unknown',
    '  lastUpdated: 2025-08-01',
    'defaults:',
    '  dpa: { type: dpa }',
    'subprocessors:',
    '  - id: scaleway',
    '    name: Scaleway',
    '    entity: unknown',
    '    group: Infrastructure',
    '    category: Hosting',
    '    purpose: Application hosting',
    '    dataLocation:',
    '      countries: [FR]',
    '    personalData:',
    '      level: yes',
    '      description: unknown',
    '    certifications: [iso27001]',
    '    serviceAuthentication: API keys scoped per project',
    '    administrationAuthentication:',
    '      method: SSO',
    '      mfa: unknown',
    '    serviceAccessControl: Project-level IAM',
    '    administrationAccessControl: Organization roles',
    '    criticality: critical',
    '  - id: brevo',
    '    name: Brevo',
    '    entity: Sendinblue SAS',
    '    group: Infrastructure',
    '    category: Email',
    '    purpose: unknown',
    '    dataLocation:',
    '      countries: [FR]',
    '    personalData:',
    '      level: yes',
    '      description: email addresses',
    '    certifications: [iso27001]',
    '    serviceAuthentication: API keys',
    '    administrationAuthentication:',
    '      method: SSO',
    '      mfa: [webauthn]',
    '    serviceAccessControl: unknown',
    '    administrationAccessControl: Organization roles',
    '    criticality: high',
    '',
  ].join('\n'),
);

test('check: facts not known yet are a to-do list counted apart, in English and French, and never fail the run', async () => {
  const en = await cli(['check', UNSTATED, '--max-warnings', '0', ...TODAY], UNSTATED_DIR);
  assert.equal(en.code, 0, en.stdout + en.stderr);
  const lines = en.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(-2), [
    '1 file checked, no problems',
    "2 entries have 5 facts to find out, and 1 more in the inventory's header or defaults",
  ]);
  // One finding per entry, each unknown value on its own indented line under it.
  assert.equal(en.stdout.match(/unstated-fact$/gm)?.length, 3);
  assert.match(
    en.stdout,
    /^ {2}10:9 +info +To find out for `scaleway` .*: entity, personalData\.description, administrationAuthentication\.mfa\. {2}unstated-fact\n {20,}12:13 `entity` is not known yet\n/m,
  );
  const fr = await cli(['check', UNSTATED, '--lang', 'fr', '--max-warnings', '0', ...TODAY], UNSTATED_DIR);
  assert.equal(fr.code, 0, fr.stdout + fr.stderr);
  assert.deepEqual(fr.stdout.trimEnd().split('\n').slice(-2), [
    '1 fichier vérifié, aucun problème',
    '2 entrées ont 5 faits à établir, et 1 de plus dans l’en-tête du registre ou dans defaults',
  ]);
  assert.match(fr.stdout, /\n {20,}34:14 `purpose`\u00a0: pas encore établi\n/);
  // The other findings still count as problems beside it; JSON keeps every finding.
  const json = await cli(['check', UNSTATED, '--format', 'json', ...TODAY], UNSTATED_DIR);
  const findings = JSON.parse(json.stdout)[0].findings as { ruleId: string; severity: string }[];
  assert.deepEqual(
    findings.map((f) => `${f.ruleId} ${f.severity}`),
    ['unstated-fact info', 'unstated-fact info', 'unstated-fact info'],
  );
});

test('check: one entry, one fact, and a policy that raises unstated-fact to an error', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subproc-unstated-'));
  const one = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean.subprocessors.yaml'), 'utf8').replace(
    'entity: Scaleway SAS',
    'entity: unknown',
  );
  writeFileSync(path.join(dir, 'one.subprocessors.yaml'), one);
  const en = await cli(['check', 'one.subprocessors.yaml', ...TODAY], dir);
  assert.equal(en.code, 0);
  assert.equal(en.stdout.trimEnd().split('\n').at(-1), '1 entry has 1 fact to find out');
  const fr = await cli(['check', 'one.subprocessors.yaml', '--lang', 'fr', ...TODAY], dir);
  assert.equal(fr.stdout.trimEnd().split('\n').at(-1), '1 entrée a 1 fait à établir');
  writeFileSync(path.join(dir, 'subprocessor-policy.yaml'), 'rules:\n  unstated-fact: error\n');
  const raised = await cli(['check', 'one.subprocessors.yaml', ...TODAY], dir);
  assert.equal(raised.code, 1, raised.stdout);
  assert.match(raised.stdout, /1 problem \(1 error, 0 warnings, 0 info\)\n1 entry has 1 fact to find out\n$/);
});

test('check --format sarif: the unknown values of an entry are relatedLocations of its one result', async () => {
  const r = await cli(['check', UNSTATED, '--format', 'sarif', ...TODAY], UNSTATED_DIR);
  const log = JSON.parse(r.stdout) as Sarif.Log;
  assert.deepEqual(validateSarif(log), []);
  const brevo = log.runs[0]!.results!.find((x) => x.message.text?.includes('`brevo`'))!;
  assert.equal(brevo.level, 'note');
  assert.deepEqual(brevo.locations![0]!.physicalLocation!.region, { startLine: 29, startColumn: 9, endLine: 29, endColumn: 14 });
  assert.deepEqual(
    brevo.relatedLocations!.map((l) => [l.id, l.physicalLocation!.region, l.message!.text]),
    [
      [0, { startLine: 34, startColumn: 14, endLine: 34, endColumn: 21 }, '`purpose` is not known yet'],
      [1, { startLine: 45, startColumn: 27, endLine: 45, endColumn: 34 }, '`serviceAccessControl` is not known yet'],
    ],
  );
});
