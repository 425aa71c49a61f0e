/**
 * `node --import tsx bench/lspProfile.ts [--entries 1000] [--keystrokes 41] [--opens 5] [--profile dir] [--server file]`: the
 * bench's open and keystroke over the protocol (`dist/server.js --stdio`, built first), as `bench/run.ts` drives
 * them, with the server's CPU time per keystroke read from /proc (which a loaded machine's waits do not inflate)
 * beside the wall-clock times. `--profile dir` starts the server with `--cpu-prof` and writes its CPU profile of
 * the whole session there; `--server` another build of the server (a baseline, to compare). Not part of `npm test`.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { SERVER_JS, TestLspClient } from '../test/support/lspClient';
import { generateInventory } from './generate';

const TODAY = '2026-11-26';

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    keystrokes: { type: 'string', default: '41' },
    opens: { type: 'string', default: '5' },
    profile: { type: 'string' },
    server: { type: 'string', default: SERVER_JS },
  },
});

/** CPU time (user and system) of process `pid` so far, in ms, from /proc (Linux only). */
function cpuOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime, fields 14 and 15 of stat (11 and 12 after the command), in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function main(): Promise<void> {
  const entries = Number(args.entries);
  const text = generateInventory({ entries, seed: entries });
  const profile = args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : [];
  const client = await TestLspClient.start({
    command: [...profile, args.server!, '--stdio'],
    initializationOptions: { today: TODAY, settings: { validationDelay: 0 } },
  });
  const pid = client.pid!;
  const opens: number[] = [];
  const openCpu: number[] = [];
  let uri = '';
  for (let r = 0; r < Number(args.opens); r++) {
    if (uri) client.close(uri);
    uri = `file:///bench/lsp/r${r}/subprocessors.yaml`;
    const published = client.nextDiagnostics(uri);
    const c0 = cpuOf(pid);
    const t0 = performance.now();
    client.open(uri, text);
    await published;
    opens.push(performance.now() - t0);
    openCpu.push(cpuOf(pid) - c0);
  }
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (!lines[line].startsWith('    purpose: ')) line++;
  const end = lines[line].length;
  const keys: number[] = [];
  const n = Number(args.keystrokes);
  const c0 = cpuOf(pid);
  for (let k = 0; k < n; k++) {
    const published = client.nextDiagnostics(uri);
    const t0 = performance.now();
    if (k % 2 === 0) client.edit(uri, { start: { line, character: end }, end: { line, character: end } }, 's');
    else client.edit(uri, { start: { line, character: end }, end: { line, character: end + 1 } }, '');
    await published;
    keys.push(performance.now() - t0);
  }
  const keyCpu = (cpuOf(pid) - c0) / n;
  const parses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    parseDocument(text);
    parses.push(performance.now() - t0);
  }
  await client.stop();
  const parse = median(parses);
  process.stdout.write(
    `${entries} entries, bare parse ${parse.toFixed(1)} ms (wall, median of 5)\n` +
      `open: wall median ${median(opens).toFixed(1)} ms, server CPU median ${median(openCpu)} ms\n` +
      `keystroke: wall median ${median(keys).toFixed(1)} ms (${(median(keys) / parse).toFixed(3)} of the parse), ` +
      `server CPU mean ${keyCpu.toFixed(1)} ms (${(keyCpu / parse).toFixed(3)})\n`,
  );
  if (args.profile) process.stdout.write(`server CPU profile in ${args.profile}\n`);
}

void main();
