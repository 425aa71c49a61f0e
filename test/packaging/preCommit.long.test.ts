/**
 * The pre-commit hooks install the way pre-commit installs them: `pre-commit try-repo` on a scratch git
 * repository, against a local clone of this one, sees the check fail on an inventory with errors and pass on a
 * clean one. pre-commit comes from Debian's packages (installed here when missing: this test is never skipped).
 * It takes about a minute (npm installs the hook's package), so it runs in `npm run test:long`, which CI runs after
 * `npm test`; preCommit.test.ts checks the hooks' file in `npm test`.
 *
 * pre-commit's `language: node` installs the hook repository as a node package (pre-commit 3: `npm install`, then
 * `npm pack` in the clone, whose stdout it takes for the tarball's name; pre-commit 4: `npm install -g` of the
 * clone), then the hook's `additional_dependencies`: here the published package at this version. So that the test
 * reads no package from the network that it could make itself, npm is pointed at a registry of this test's own
 * (`npm_config_registry`), which serves this build's `npm pack` as `subprocessor-inventory@<version>` and sends
 * every other request on to the npm registry (the clone's devDependencies, from npm's cache as a rule).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';
import { packNpm } from './artefacts';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const UPSTREAM = 'https://registry.npmjs.org';

/** pre-commit on the PATH, installed from Debian's packages when it is not there. */
function ensurePreCommit(): string {
  const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (found.status === 0) return found.stdout.trim();
  const install = spawnSync(
    'bash',
    ['-c', 'apt-get install -y -qq pre-commit || (apt-get update -qq && apt-get install -y -qq pre-commit)'],
    {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    },
  );
  const again = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  assert.equal(
    again.status,
    0,
    `pre-commit is needed for this test and could not be installed with apt-get (run as root, or install Debian's pre-commit): ${install.stderr}`,
  );
  return again.stdout.trim();
}

/** A registry that serves one tarball as `name@version`, and redirects every other request to the npm registry. */
async function localRegistry(tarball: string): Promise<{ url: string; close: () => Promise<void>; served: string[] }> {
  const bytes = fs.readFileSync(tarball);
  const integrity = `sha512-${crypto.createHash('sha512').update(bytes).digest('base64')}`;
  const shasum = crypto.createHash('sha1').update(bytes).digest('hex');
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const file = `/${pkg.name}/-/${pkg.name}-${pkg.version}.tgz`;
    if (url === `/${pkg.name}`) {
      served.push(url);
      const packument = {
        name: pkg.name,
        'dist-tags': { latest: pkg.version },
        versions: { [pkg.version]: { ...manifest, _id: `${pkg.name}@${pkg.version}`, dist: { tarball: base + file, integrity, shasum } } },
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(packument));
    } else if (url === file) {
      served.push(url);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.end(bytes);
    } else {
      res.writeHead(302, { location: UPSTREAM + url });
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, served, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' });
}

/**
 * The pre-commit implementations the test runs: Debian's pre-commit (3.0.4 on Debian 12: `npm install` then `npm
 * pack` of the clone), and pre-commit 4 (`npm install -g` of the clone) when PRE_COMMIT_4_SRC names a source tree of
 * it (a checkout of a v4 tag of github.com/pre-commit/pre-commit; its Python dependencies from Debian:
 * python3-cfgv python3-identify nodeenv python3-virtualenv python3-yaml). PyPI is out of reach here, so pre-commit
 * 4 is never installed by the test: without the variable its run is skipped, with the reason printed.
 */
interface PreCommit {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Why this one does not run here. */
  skip?: string;
  /** Makes it runnable (in the suite's before), returns its --version. */
  ready: () => string;
}

function preCommit4(): PreCommit {
  const src = process.env.PRE_COMMIT_4_SRC;
  const python = process.env.PRE_COMMIT_4_PYTHON ?? (fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
  const base = {
    label: 'pre-commit 4 (from source)',
    command: python,
    args: ['-m', 'pre_commit'],
    env: { PYTHONPATH: src ?? '' },
    ready: () => {
      const r = spawnSync(python, ['-m', 'pre_commit', '--version'], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: src } });
      assert.equal(r.status, 0, `${python} -m pre_commit with PYTHONPATH=${src} does not run: ${r.stderr}`);
      return r.stdout.trim();
    },
  };
  if (!src)
    return {
      ...base,
      skip: 'PRE_COMMIT_4_SRC is not set (a checkout of a v4 tag of github.com/pre-commit/pre-commit: PyPI is not reachable here)',
    };
  const languages = path.join(src, 'pre_commit', 'languages', 'node.py');
  assert.ok(fs.existsSync(languages), `PRE_COMMIT_4_SRC=${src} is not a pre-commit source tree (no pre_commit/languages/node.py)`);
  // pre-commit 4 installs the hook repository with `npm install -g` (3.x packs it first): the tree is a 4.
  assert.match(fs.readFileSync(languages, 'utf8'), /'npm', 'install',[^)]*'-g'/, `PRE_COMMIT_4_SRC=${src} is not pre-commit 4`);
  return base;
}

const PRE_COMMITS: (() => PreCommit)[] = [
  () => ({ label: "Debian's pre-commit", command: 'pre-commit', args: [], env: {}, ready: ensurePreCommit }),
  preCommit4,
];

for (const which of PRE_COMMITS) {
  const preCommit = which();
  if (preCommit.skip) console.log(`${preCommit.label} skipped: ${preCommit.skip}`);
  describe(`pre-commit try-repo, ${preCommit.label}`, { timeout: 600_000, skip: preCommit.skip }, () => {
    let dir: string;
    let registry: Awaited<ReturnType<typeof localRegistry>>;
    let env: NodeJS.ProcessEnv;
    let clone: string;
    let scratch: string;

    before(async () => {
      assert.match(preCommit.ready(), /^pre-commit \d/);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-precommit-'));
      // The package as published would be (`npm test` has built dist/; no script runs on pack).
      registry = await localRegistry(packNpm(dir).tarball);
      // The clone pre-commit installs from: this repository's committed state.
      clone = path.join(dir, 'clone');
      execFileSync('git', ['clone', '--quiet', REPO_ROOT, clone]);
      scratch = path.join(dir, 'scratch');
      fs.mkdirSync(scratch);
      git(scratch, 'init', '--quiet');
      fs.copyFileSync(
        path.join(REPO_ROOT, 'test', 'fixtures', 'cli', 'mistakes.subprocessors.yaml'),
        path.join(scratch, 'bad.subprocessors.yaml'),
      );
      fs.copyFileSync(
        path.join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean.subprocessors.yaml'),
        path.join(scratch, 'good.subprocessors.yaml'),
      );
      git(scratch, 'add', '.');
      git(scratch, 'commit', '--quiet', '-m', 'inventories');
      env = {
        ...process.env,
        PRE_COMMIT_HOME: path.join(dir, 'pre-commit-home'),
        npm_config_registry: registry.url,
        npm_config_prefer_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        LANG: 'C.UTF-8',
        LC_ALL: '',
        ...preCommit.env,
      };
    });
    after(async () => {
      await registry?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    test('subproc-check installs from a clone, fails on an inventory with errors and passes on a clean one', async () => {
      const bad = await run(
        preCommit.command,
        [...preCommit.args, 'try-repo', clone, 'subproc-check', '--files', 'bad.subprocessors.yaml'],
        scratch,
        env,
      );
      assert.equal(bad.code, 1, bad.out);
      assert.match(bad.out, /Sub-processor inventory\.+Failed/, bad.out);
      assert.match(bad.out, /bad\.subprocessors\.yaml/);
      assert.match(bad.out, /missing-field/);
      const good = await run(
        preCommit.command,
        [...preCommit.args, 'try-repo', clone, 'subproc-check', '--files', 'good.subprocessors.yaml'],
        scratch,
        env,
      );
      assert.equal(good.code, 0, good.out);
      assert.match(good.out, /Sub-processor inventory\.+Passed/, good.out);
      // The hook ran this build: npm resolved the package at the test's registry (its tarball, by its integrity,
      // may then come from npm's cache when an earlier run fetched the same bytes).
      assert.ok(registry.served.includes(`/${pkg.name}`), registry.served.join(', '));
    });
  });
}
