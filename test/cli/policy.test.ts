/** `subproc check` with policies: the inventory's `policy:` key, and `--policy FILE` overriding it. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../../server/src/cli/cli';
import { REPO_ROOT } from '../support/lspClient';

const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'subprocessors.yaml'), 'utf8');
/** The example without its `policy: builtin`, for the tests that name another policy file. */
const EXAMPLE_NO_POLICY = EXAMPLE.replace(/^policy: builtin\n/m, '');
let dir: string;

async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', '--format', 'json', '--today', '2026-11-26', ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: dir,
  });
  const findings =
    code === 2 ? [] : (JSON.parse(stdout) as { findings: { ruleId: string; severity: string }[] }[]).flatMap((f) => f.findings);
  return { code, findings, stderr };
}
const severities = (findings: { ruleId: string; severity: string }[], id: string) =>
  findings.filter((f) => f.ruleId === id).map((f) => f.severity);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-cli-policy-'));
  fs.mkdirSync(path.join(dir, 'privacy'));
  fs.writeFileSync(path.join(dir, 'privacy', 'subprocessors.yaml'), `policy: ./subprocessor-policy.yaml\n${EXAMPLE_NO_POLICY}`);
  fs.writeFileSync(path.join(dir, 'privacy', 'subprocessor-policy.yaml'), 'rules:\n  weak-admin-mfa: error\n');
  fs.writeFileSync(path.join(dir, 'lenient.yaml'), 'rules:\n  weak-admin-mfa: off\n  stale-inventory: info\n');
  fs.writeFileSync(path.join(dir, 'broken.yaml'), 'residency: europe\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test("check uses the inventory's `policy:`", async () => {
  const r = await check(['privacy/subprocessors.yaml']);
  assert.equal(r.code, 1);
  assert.deepEqual(severities(r.findings, 'weak-admin-mfa'), ['error']);
  assert.deepEqual(severities(r.findings, 'policy-invalid'), []);
});

test('--policy overrides it', async () => {
  const r = await check(['--policy', 'lenient.yaml', 'privacy/subprocessors.yaml']);
  assert.deepEqual(severities(r.findings, 'weak-admin-mfa'), []);
  assert.deepEqual(severities(r.findings, 'stale-inventory'), ['info']);
  assert.equal(r.code, 0, 'only warnings and infos are left');
});

test('an unreadable or invalid --policy is bad input (exit 2) with its errors', async () => {
  const missing = await check(['--policy', 'nope.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read policy nope\.yaml/);
  const broken = await check(['--policy', 'broken.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /broken\.yaml:1:12: "europe" is not a valid `residency`.*\(invalid-value\)/);
});

test('a `policy:` outside the checked folder is not read', async () => {
  const inner = path.join(dir, 'privacy', 'team');
  fs.mkdirSync(inner, { recursive: true });
  fs.writeFileSync(path.join(inner, 'subprocessors.yaml'), `policy: ../../../lenient.yaml\n${EXAMPLE_NO_POLICY}`);
  const r = await check(['privacy/team/subprocessors.yaml']);
  assert.deepEqual(severities(r.findings, 'policy-invalid'), ['error']);
  assert.deepEqual(severities(r.findings, 'weak-admin-mfa'), ['warning'], 'the default policy applies');
});

/** Runs any command in the test folder. */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

/** The numbered tiers of the rendered selection criteria. */
const tiers = (markdown: string) => [...markdown.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]);
const DEFAULT_TIERS = [
  'SOC 2 Type II and/or ISO 27001 certified providers with EU data residency',
  'Uncertified providers with EU data residency',
  'Certified providers with non-EU data residency (with appropriate safeguards)',
];
const STRICT =
  'residency: eu\ncertified: [iso27001]\ntiers:\n  - { certified: true, residency: eu }\n  - { certified: true, residency: outside }\n';

test("render states the selection criteria of the policy in effect: default, --policy, or the inventory's `policy:`", async () => {
  fs.writeFileSync(path.join(dir, 'strict.yaml'), STRICT);
  fs.mkdirSync(path.join(dir, 'strict'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'strict', 'subprocessors.yaml'), `policy: ./subprocessor-policy.yaml\n${EXAMPLE_NO_POLICY}`);
  fs.writeFileSync(path.join(dir, 'strict', 'subprocessor-policy.yaml'), STRICT);
  fs.writeFileSync(path.join(dir, 'plain.subprocessors.yaml'), EXAMPLE);

  const plain = await run(['render', 'plain.subprocessors.yaml', '--today', '2026-11-26']);
  assert.equal(plain.code, 0, plain.stderr);
  assert.deepEqual(tiers(plain.stdout), DEFAULT_TIERS);

  const expected = [
    'ISO 27001 certified providers with EU data residency',
    'Certified providers with non-EU data residency (with appropriate safeguards)',
  ];
  const overridden = await run(['render', 'plain.subprocessors.yaml', '--policy', 'strict.yaml', '--today', '2026-11-26']);
  assert.equal(overridden.code, 0, overridden.stderr);
  assert.deepEqual(tiers(overridden.stdout), expected);
  const named = await run(['render', 'strict/subprocessors.yaml', '--today', '2026-11-26']);
  assert.deepEqual(tiers(named.stdout), expected);

  const fr = await run(['render', 'strict/subprocessors.yaml', '--lang', 'fr', '--today', '2026-11-26']);
  assert.deepEqual(tiers(fr.stdout), [
    "Prestataires certifiés ISO 27001 hébergeant les données dans l'UE",
    "Prestataires certifiés hébergeant les données hors de l'UE (avec des garanties appropriées)",
  ]);
  const html = await run(['render', 'strict/subprocessors.yaml', '--format', 'html', '--today', '2026-11-26']);
  assert.match(html.stdout, /ISO 27001 certified providers with EU data residency/);
  assert.doesNotMatch(html.stdout, /Uncertified providers/);
});

test('a `policy:` outside the working folder is not used by render either', async () => {
  const inner = path.join(dir, 'escape');
  fs.mkdirSync(inner, { recursive: true });
  // A valid policy that exists, just outside the working folder.
  const outside = path.join(path.dirname(dir), `${path.basename(dir)}-strict.yaml`);
  fs.writeFileSync(outside, STRICT);
  fs.writeFileSync(path.join(inner, 'subprocessors.yaml'), `policy: ../../${path.basename(outside)}\n${EXAMPLE_NO_POLICY}`);
  const r = await run(['render', 'escape/subprocessors.yaml', '--today', '2026-11-26']);
  fs.rmSync(outside);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(tiers(r.stdout), DEFAULT_TIERS);
});

test('render and diff: an unreadable or invalid --policy is bad input (exit 2, one line naming the file)', async () => {
  fs.writeFileSync(path.join(dir, 'plain.subprocessors.yaml'), EXAMPLE);
  for (const command of [
    ['render', 'plain.subprocessors.yaml'],
    ['diff', 'plain.subprocessors.yaml', 'plain.subprocessors.yaml'],
  ]) {
    const missing = await run([...command, '--policy', 'nope.yaml']);
    assert.equal(missing.code, 2, command[0]);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr, 'subproc: cannot read policy nope.yaml\n');
    const broken = await run([...command, '--policy', 'broken.yaml']);
    assert.equal(broken.code, 2, command[0]);
    assert.equal(broken.stderr.trim().split('\n').length, 1, broken.stderr);
    assert.match(
      broken.stderr,
      /^subproc: the policy broken\.yaml is invalid: broken\.yaml:1:12: "europe" is not a valid `residency`.*\(invalid-value\)$/m,
    );
  }
  const good = await run(['diff', 'plain.subprocessors.yaml', 'plain.subprocessors.yaml', '--policy', 'lenient.yaml', '--format', 'json']);
  assert.equal(good.code, 0, good.stderr);
});

test('check: an invalid --policy is reported on one line too', async () => {
  const broken = await check(['--policy', 'broken.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(broken.stderr.trim().split('\n').length, 1, broken.stderr);
});

test('check: a --policy with several errors gives their count and the first, the message closed by the rule id, in both languages', async () => {
  fs.writeFileSync(path.join(dir, 'twice-broken.yaml'), 'residency: europe\nrules:\n  stale-inventory: sometimes\n');
  const en = await check(['--policy', 'twice-broken.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(
    en.stderr,
    'subproc: the policy twice-broken.yaml has 2 errors, the first at twice-broken.yaml:1:12: "europe" is not a valid `residency`: use one of `eu`, `eea` (invalid-value)\n',
  );
  const fr = await check(['--lang', 'fr', '--policy', 'twice-broken.yaml', 'privacy/subprocessors.yaml']);
  assert.equal(
    fr.stderr,
    'subproc: la politique twice-broken.yaml contient 2 erreurs\u202f; la première, twice-broken.yaml:1:12: «\u00a0europe\u00a0» n’est pas une valeur admise (`residency`)\u00a0: choisissez parmi `eu`, `eea` (invalid-value)\n',
  );
});
