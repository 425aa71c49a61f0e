/**
 * The product makes no network requests: a full check of the example by the CLI and by the server over
 * LSP runs with a preload that records (and blocks) every socket, TLS, HTTP, DNS and fetch call.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT, TestLspClient } from '../support/lspClient';

const PRELOAD = path.join(REPO_ROOT, 'test', 'support', 'noNetwork.cjs');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'subprocessors.yaml');

function freshLog(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'no-network-')), 'log');
  fs.writeFileSync(file, '');
  return file;
}

function records(log: string) {
  const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { loaded: lines.filter((l) => l.startsWith('loaded')).length, network: lines.filter((l) => l.startsWith('network')) };
}

describe('no network access', () => {
  test('the preload catches a connection attempt (so the checks below can fail)', () => {
    const log = freshLog();
    spawnSync(
      process.execPath,
      [
        '--require',
        PRELOAD,
        '-e',
        "try { require('node:net').connect(80, 'example.com') } catch {} ; require('node:dns').lookup('example.com', () => {})",
      ],
      {
        env: { ...process.env, NO_NETWORK_LOG: log },
      },
    );
    const r = records(log);
    assert.equal(r.loaded, 1);
    assert.equal(r.network.length, 2, r.network.join('\n'));
  });

  test('the CLI checks the example without opening a socket', () => {
    const log = freshLog();
    const r = spawnSync(
      process.execPath,
      ['--require', PRELOAD, path.join(REPO_ROOT, 'dist', 'subproc.js'), 'check', '--today', '2026-01-15', EXAMPLE],
      {
        env: { ...process.env, NO_NETWORK_LOG: log },
        encoding: 'utf8',
      },
    );
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.match(r.stdout, /problem|no problems/);
    assert.deepEqual(records(log), { loaded: 1, network: [] });
  });

  test('the server checks the example over LSP without opening a socket', async () => {
    const log = freshLog();
    const saved = { options: process.env.NODE_OPTIONS, log: process.env.NO_NETWORK_LOG };
    process.env.NODE_OPTIONS = `${saved.options ?? ''} --require ${PRELOAD}`.trim();
    process.env.NO_NETWORK_LOG = log;
    let client: TestLspClient;
    try {
      client = await TestLspClient.start({ today: '2026-01-15', workspaceFolder: path.dirname(EXAMPLE) });
    } finally {
      if (saved.options === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved.options;
      if (saved.log === undefined) delete process.env.NO_NETWORK_LOG;
      else process.env.NO_NETWORK_LOG = saved.log;
    }
    try {
      const uri = `file://${EXAMPLE}`;
      client.open(uri, fs.readFileSync(EXAMPLE, 'utf8'));
      const diags = await client.waitForDiagnostics(uri);
      assert.ok(Array.isArray(diags));
      // Exercise every request the server offers, as an editor would.
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeAction']) {
        await client
          .request(method, {
            textDocument: { uri },
            position: { line: 5, character: 4 },
            range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
            context: { diagnostics: diags },
          })
          .catch(() => undefined);
      }
    } finally {
      await client.stop();
    }
    assert.deepEqual(records(log), { loaded: 1, network: [] });
  });
});
