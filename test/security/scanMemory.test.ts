/**
 * Round three, attack 10: the workspace scan has a memory budget. A closed inventory keeps its findings and
 * its text's hash, not its parsed document: the real server scanning 5,000 inventories of 10 KB stays under
 * 300 MB of resident memory (which bounds its heap), where it held 20 to 30 times the inventories' bytes.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { entry, inventory } from '../support/ruleTester';
import { TestLspClient } from '../support/lspClient';

const FILES = 5000;
const LIMIT_MB = 300;

/** The server's resident memory now and at its peak, in MB (Linux: /proc). */
function memoryMb(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

describe('attack 10: the workspace scan’s memory', { skip: process.platform !== 'linux' && 'reads /proc' }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-scan-'));
    // About 10 KB each: 19 entries.
    for (let i = 0; i < FILES; i++) {
      const entries: string[] = [];
      for (let k = 0; k < 19; k++)
        entries.push(entry({ id: `vendor-${i}-${k}`, name: `Vendor ${k}`, note: JSON.stringify(`file ${i} `.padEnd(40, 'x')) }));
      fs.writeFileSync(path.join(dir, `f${i}.subprocessors.yaml`), inventory({ entries }));
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test(`${FILES} inventories of 10 KB: every one checked, the server under ${LIMIT_MB} MB throughout`, { timeout: 240_000 }, async () => {
    assert.ok(fs.statSync(path.join(dir, 'f0.subprocessors.yaml')).size >= 10 * 1024);
    const client = await TestLspClient.start({ workspaceFolder: dir, today: '2026-11-26' });
    try {
      const seen = new Set<string>();
      while (seen.size < FILES) {
        assert.ok(!client.exited, 'the server is running');
        await new Promise((r) => setTimeout(r, 250));
        for (const p of client.published.splice(0)) seen.add(p.uri);
        const mb = memoryMb(client.pid!);
        assert.ok(mb.now < LIMIT_MB, `${Math.round(mb.now)} MB after ${seen.size} inventories`);
      }
      const mb = memoryMb(client.pid!);
      assert.ok(mb.peak < LIMIT_MB, `peak ${Math.round(mb.peak)} MB`);
      // Still answering: a scanned file opened in the editor is checked from its text.
      const uri = pathToFileURL(path.join(dir, 'f0.subprocessors.yaml')).href;
      client.open(uri, fs.readFileSync(path.join(dir, 'f0.subprocessors.yaml'), 'utf8').replace('vendor-0-0', 'vendor-0-1'));
      const diags = await client.waitForDiagnostics(uri, (d) => d.version === 1);
      assert.ok(diags.some((d) => d.code === 'duplicate-id'));
    } finally {
      await client.stop();
    }
  });
});

describe('the scan’s memory budget: a closed inventory whose text was let go is read again to be re-checked', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-budget-'));
    const weak = entry({ administrationAuthentication: '{ method: SSO, mfa: [sms] }', criticality: 'critical' });
    fs.writeFileSync(path.join(dir, 'subprocessors.yaml'), inventory({ entries: [weak] }));
    fs.writeFileSync(path.join(dir, 'subprocessor-policy.yaml'), 'rules:\n  weak-admin-mfa: info\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('scanMemoryBudget 0: a policy change still re-checks it, from the disk', async () => {
    const client = await TestLspClient.start({ workspaceFolder: dir, today: '2026-11-26', settings: { scanMemoryBudget: 0 } });
    try {
      const inv = pathToFileURL(path.join(dir, 'subprocessors.yaml')).href;
      const pol = pathToFileURL(path.join(dir, 'subprocessor-policy.yaml')).href;
      const level = (want: number) => (d: { diagnostics: { code?: unknown; severity?: number }[] }) =>
        d.diagnostics.some((x) => x.code === 'weak-admin-mfa' && x.severity === want);
      await client.waitForDiagnostics(inv, level(3));
      fs.writeFileSync(path.join(dir, 'subprocessor-policy.yaml'), 'rules:\n  weak-admin-mfa: error\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pol, type: 2 }] });
      await client.waitForDiagnostics(inv, level(1));
    } finally {
      await client.stop();
    }
  });
});
