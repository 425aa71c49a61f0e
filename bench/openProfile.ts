/**
 * The open of an inventory in-process, as the server runs it (the engine bundled by esbuild with the server's
 * options), against a bare `yaml` `parseDocument` of the same text measured in the same process, interleaved:
 * figures that hold on a loaded machine, where wall-clock ratios against yaml-language-server do not.
 *
 *   node --expose-gc --import tsx bench/openProfile.ts [--entries 1000] [--runs 21] [--outside] [--today YYYY-MM-DD] [--profile out.cpuprofile] [--heap]
 *
 * Prints the medians, their ratio (our open / bare parse; yaml-language-server's open is about 1.5 of a bare
 * parse, so ≤ 0.5 is 3× faster than it) and, with `--profile`, the CPU profile's largest self-time shares.
 * Not part of `npm test`.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Session } from 'node:inspector/promises';
import { generateInventory } from './generate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const entries = Number(arg('entries') ?? 1000);
const runs = Number(arg('runs') ?? 21);
const profileOut = arg('profile');
const outside = process.argv.includes('--outside');
const heap = process.argv.includes('--heap');

interface Engine {
  openToDiagnostics(text: string, today: string): number;
  bareParse(text: string): number;
  openPhases(text: string, today: string): { parse: number; lint: number; diagnostics: number };
}

let bundleFile = '';

async function bundle(): Promise<Engine> {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'open-profile-')), 'engine.cjs');
  await esbuild.build({
    entryPoints: [path.join(import.meta.dirname, 'openEngine.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { __PACKAGE_VERSION__: '"0.0.0"' },
    // As scripts/build.mjs bundles the server.
    alias: { yaml: './node_modules/yaml/browser/index.js' },
  });
  bundleFile = outfile;
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)(outfile) as Engine;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The source module of each line of the bundle (esbuild writes `// path` before each module). */
function moduleOfLine(bundleFile: string): (line: number) => string {
  const starts: [number, string][] = [];
  fs.readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^\/\/ ((?:server|node_modules|bench)\/\S+)$/.exec(l);
      if (m) starts.push([i, m[1].replace(/^node_modules\/([^/]+)\/.*/, '$1')]);
    });
  return (line) => {
    let found = '(other)';
    for (const [start, name] of starts) {
      if (start > line) break;
      found = name;
    }
    return found;
  };
}

/** Self time by `key` of each sample's function, as shares of all samples. */
function topSelf(
  profile: { nodes: ProfileNode[]; samples: number[] },
  count: number,
  keyOf: (f: ProfileNode['callFrame']) => string,
): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<string, number>();
  for (const s of profile.samples) {
    const key = keyOf(byId.get(s)!.callFrame);
    hits.set(key, (hits.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length;
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, n]) => `${((100 * n) / total).toFixed(1).padStart(5)}%  ${k}`);
}

async function main(): Promise<void> {
  const engine = await bundle();
  let text = generateInventory({ entries, seed: entries });
  // As bench/run.ts makes its file outside the subset: one block scalar.
  if (outside) text = text.replace(/\n {4}purpose: ([^\n]*)/, '\n    purpose: |\n      $1');
  // The bench's today (`bench/run.ts`): the same findings, so the same diagnostics, as the bench's open.
  const today = arg('today') ?? '2026-11-26';
  for (let i = 0; i < 3; i++) {
    engine.openToDiagnostics(text, today);
    engine.bareParse(text);
  }
  const ours: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  // CPU time of the process (all its threads, the garbage collector's included): a loaded machine stretches wall
  // time by the time spent waiting for a core, not this.
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // With `node --expose-gc`, each measurement starts from a collected heap: neither pays for the other's garbage.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  for (let i = 0; i < runs; i++) {
    collect();
    let t = cpu();
    engine.openToDiagnostics(text, today);
    const o = cpu() - t;
    collect();
    t = cpu();
    engine.bareParse(text);
    const b = cpu() - t;
    ours.push(o);
    bare.push(b);
    ratios.push(o / b);
  }
  console.log(`${entries} entries${outside ? ' (outside the subset)' : ''}, ${runs} interleaved runs, load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`open → diagnostics (CPU ms, median): ${median(ours).toFixed(1)}`);
  console.log(`bare yaml parseDocument (CPU ms, median): ${median(bare).toFixed(1)}`);
  console.log(`open / bare parse (median of per-run ratios): ${median(ratios).toFixed(3)}`);
  // Load only adds time: the least of each is the steadier figure on a shared machine.
  console.log(
    `least open ${Math.min(...ours).toFixed(1)}, least bare parse ${Math.min(...bare).toFixed(1)}, ratio of least ${(Math.min(...ours) / Math.min(...bare)).toFixed(3)}`,
  );
  const phases = Array.from({ length: Math.max(5, runs >> 1) }, () => engine.openPhases(text, today));
  const phase = (k: 'parse' | 'lint' | 'diagnostics') => median(phases.map((p) => p[k])).toFixed(1);
  console.log(
    `phases (CPU ms, median): parse ${phase('parse')}, model and rules ${phase('lint')}, diagnostics and JSON ${phase('diagnostics')}`,
  );
  if (heap) {
    // Where the bytes an open allocates come from (most are garbage when the next open starts).
    const session = new Session();
    session.connect();
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 512,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    for (let i = 0; i < 3; i++) engine.openToDiagnostics(text, today);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    const moduleOf = moduleOfLine(bundleFile);
    const bytes = new Map<string, number>();
    let total = 0;
    // A built-in (no file) is counted with the function of ours that called it.
    const walk = (node: { callFrame: ProfileNode['callFrame']; selfSize: number; children: never[] }, caller: string): void => {
      const f = node.callFrame;
      const key = f.url
        ? `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1} (${f.url.endsWith('.cjs') ? moduleOf(f.lineNumber) : ''})`
        : `${caller} > ${f.functionName || '(native)'}`;
      bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
      total += node.selfSize;
      for (const c of node.children) walk(c, f.url ? key : caller);
    };
    walk(profile.head as never, '');
    console.log(`allocated by 3 opens: ${(total / 1e6).toFixed(1)} MB sampled; largest by function:`);
    for (const [k, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
  if (profileOut) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let i = 0; i < 5; i++) engine.openToDiagnostics(text, today);
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(profileOut, JSON.stringify(profile));
    console.log(`CPU profile of 5 opens: ${profileOut}; self time by module:`);
    const moduleOf = moduleOfLine(bundleFile);
    const where = (f: ProfileNode['callFrame']) =>
      f.url.endsWith('.cjs') ? moduleOf(f.lineNumber) : f.functionName || f.url || '(native)';
    for (const line of topSelf(profile as never, 25, where)) console.log(line);
    console.log('largest self times by function:');
    const fn = (f: ProfileNode['callFrame']) =>
      `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1} (${where(f)})`;
    for (const line of topSelf(profile as never, 30, fn)) console.log(line);
  }
}

void main();
