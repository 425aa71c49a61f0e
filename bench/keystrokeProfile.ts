/**
 * `node --import tsx bench/keystrokeProfile.ts [--sizes 1000,5000] [--rounds 41] [--profile out.cpuprofile]`:
 * the server's work for one keystroke, in process, against a bare `yaml` `parseDocument` of the same text.
 * Not part of `npm test`.
 *
 * The keystroke is the benchmark's (`bench/run.ts`): one character typed, then deleted, at the end of the
 * middle entry's `purpose` line. Its work is what the server does between the change notification and the
 * published diagnostics: the open document updated (`TextDocument.update`), the inventory re-checked
 * (`InventoryDocument.setText`, with the policy resolved as the server resolves it), every finding converted to
 * a diagnostic (with related information) and the notification encoded as the server's stdio writer does
 * (`lsp/diagnosticsEncoder.ts`). Keystrokes and bare
 * parses are interleaved and the medians of their CPU times (`process.cpuUsage`, which a loaded machine's waits
 * do not inflate as they do wall-clock times) compared; `--profile` writes a
 * CPU profile of keystrokes only (open it in Chrome DevTools or `speedscope`).
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { InventoryDocument, resolveInventoryPolicy } from '../server/src/engine';
import { toDiagnostics } from '../server/src/languageService';
import { encodeMessage } from '../server/src/lsp/diagnosticsEncoder';
import { NODE_HOST } from '../server/src/lsp/nodeHost';
import { generateInventory } from './generate';

const TODAY = '2026-11-26';

/** The bytes the server writes on stdio (its writer's encoder). */
const ENCODE = (msg: object): Buffer => encodeMessage(msg as never);

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    rounds: { type: 'string', default: '41' },
    profile: { type: 'string' },
  },
});

/** The server's state for one open inventory, and one keystroke's work on it. */
function openInventory(text: string) {
  const uri = `file:///bench/keystroke/subprocessors.yaml`;
  let doc = TextDocument.create(uri, 'subprocessors', 1, text);
  const inventory = new InventoryDocument(text, { today: TODAY }, (parsed) => {
    const resolved = resolveInventoryPolicy(
      parsed,
      NODE_HOST.policyLocation(uri, [], () => undefined),
    );
    return { policy: resolved.policy, policyProblem: resolved.problem, policyPath: resolved.policyPath };
  });
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (!lines[line].startsWith('    purpose: ')) line++;
  const end = lines[line].length;
  let k = 0;
  let sent = 0;
  return {
    inventory,
    keystroke(): void {
      const range = { start: { line, character: end }, end: { line, character: end + (k % 2) } };
      doc = TextDocument.update(doc, [{ range, text: k % 2 === 0 ? 's' : '' }], doc.version + 1);
      k++;
      const result = inventory.setText(doc.getText());
      // With related information, as VS Code and the bench's client ask for it.
      const list = toDiagnostics(result.findings, result.parsed.lines, 'https://example.test/docs/', 'en', uri);
      const message = ENCODE({
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { uri, version: doc.version, diagnostics: list },
      });
      sent += message.length;
    },
    get sent() {
      return sent;
    },
  };
}

/** CPU time of this process so far (user and system), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function profiled<T>(file: string, run: () => T): Promise<T> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  const out = run();
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  fs.writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  return out;
}

async function main(): Promise<void> {
  const rounds = Number(args.rounds);
  for (const size of args.sizes!.split(',').map(Number)) {
    const text = generateInventory({ entries: size });
    const server = openInventory(text);
    // Warm up both sides (JIT) before timing.
    for (let i = 0; i < 6; i++) {
      server.keystroke();
      parseDocument(text);
    }
    if (server.inventory.lastUpdate !== 'incremental') throw new Error(`the keystroke took a ${server.inventory.lastUpdate} parse`);
    const keys: number[] = [];
    const parses: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let t0 = cpuMs();
      parseDocument(text);
      parses.push(cpuMs() - t0);
      // Several keystrokes per parse: one is too short for the timer's resolution at 1,000 entries.
      t0 = cpuMs();
      for (let i = 0; i < 4; i++) server.keystroke();
      keys.push((cpuMs() - t0) / 4);
    }
    const key = median(keys);
    const parse = median(parses);
    const findings = server.inventory.result.findings.length;
    process.stdout.write(
      `${size} entries (${findings} findings): keystroke ${key.toFixed(3)} ms, bare parse ${parse.toFixed(2)} ms, ratio ${(key / parse).toFixed(4)}\n`,
    );
    if (args.profile) {
      const file = args.profile.replace(/(\.cpuprofile)?$/, `-${size}.cpuprofile`);
      await profiled(file, () => {
        for (let i = 0; i < 400; i++) server.keystroke();
      });
      process.stdout.write(`  profile: ${file}\n`);
    }
  }
}

void main();
