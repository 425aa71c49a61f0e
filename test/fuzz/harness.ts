/**
 * The fuzzer's checks, shared by `npm run fuzz` (fuzz.ts) and the short run in `npm test` (fuzz.test.ts):
 * the corpus, the properties every input must have through the engine and through the real server, and
 * the saving of failing inputs as fixtures (replayed by the test).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LineIndex, lintText } from '../../server/src/engine';
import { REPO_ROOT, type TestLspClient } from '../support/lspClient';

export const FUZZ_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'fuzz');
export const TODAY = '2026-01-15';
/** Time bound for one input through the engine (inputs are at most a few hundred KB). */
export const ENGINE_BOUND_MS = 5_000;
/** Time bound for one input through the server: diagnostics published and the next request answered. */
export const LSP_BOUND_MS = 15_000;

function yamlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(e.name)) out.push(full);
  }
  return out.sort();
}

/** The texts to mutate: the examples and every fixture (except saved fuzz failures), plus a few seeds. */
export function loadCorpus(): string[] {
  const files = [
    ...yamlFilesUnder(path.join(REPO_ROOT, 'examples')),
    ...yamlFilesUnder(path.join(REPO_ROOT, 'test', 'fixtures')).filter((f) => !f.startsWith(FUZZ_FIXTURES)),
  ];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  texts.push(
    '',
    'inventory:\n  organization: A\n  contact: a@example.com\n  lastUpdated: 2025-01-01\nsubprocessors: []\n',
    'defaults: &d\n  dpa: { type: dpa }\nsubprocessors:\n  - <<: *d\n    id: a\n    name: A\n',
    'policy: ./subprocessor-policy.yaml\nsubprocessors:\n  - id: x\n    certifications: [soc2-type2]\n',
  );
  return texts;
}

/** The saved failing inputs, replayed by the test. */
export function savedFailures(): { file: string; text: string }[] {
  return yamlFilesUnder(FUZZ_FIXTURES).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
}

/** Saves a failing input as `test/fixtures/fuzz/<hash>.yaml` and returns its path. */
export function saveFailure(text: string): string {
  fs.mkdirSync(FUZZ_FIXTURES, { recursive: true });
  const file = path.join(FUZZ_FIXTURES, `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

function inside(r: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length;
}

/** The engine's properties for one input; returns what is wrong, or undefined. */
export function checkEngine(text: string): string | undefined {
  const started = performance.now();
  let result;
  try {
    result = lintText(text, { today: TODAY });
  } catch (err) {
    return `the engine threw: ${(err as Error).stack ?? err}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > ENGINE_BOUND_MS) return `the engine took ${elapsed.toFixed(0)} ms (bound ${ENGINE_BOUND_MS} ms)`;
  for (const f of result.findings) {
    if (!inside(f.range, text.length))
      return `${f.ruleId} range ${JSON.stringify(f.range)} is outside the document (length ${text.length})`;
    if (!f.message || typeof f.message !== 'string') return `${f.ruleId} has no message`;
    if (/^Internal error in rule/.test(f.message)) return `a rule threw: ${f.message}`;
  }
  return undefined;
}

/** Whether an LSP range lies inside `text` (line breaks as LSP counts them: \n, \r\n, \r). */
export function lspRangeInside(lines: LineIndex, range: Diagnostic['range']): boolean {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return false;
    if (p.line >= lines.lineCount) return false;
    if (p.character > lines.lineEnd(p.line) - lines.lineStart(p.line)) return false;
  }
  const s = range.start;
  const e = range.end;
  return s.line < e.line || (s.line === e.line && s.character <= e.character);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The server's properties for one input: diagnostics within the bound, every range inside the document,
 * and the next request (a hover) answered: with a result, or with an error response if hover is not offered.
 */
export async function checkLsp(client: TestLspClient, uri: string, text: string): Promise<string | undefined> {
  try {
    client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, undefined, LSP_BOUND_MS);
    const lines = new LineIndex(text);
    for (const d of diagnostics) {
      if (!lspRangeInside(lines, d.range)) return `diagnostic ${d.code} range ${JSON.stringify(d.range)} is outside the document`;
    }
    const line = Math.max(0, lines.lineCount - 1);
    await withTimeout(
      client
        .request('textDocument/hover', { textDocument: { uri }, position: { line: Math.floor(line / 2), character: 2 } })
        .catch((err: { code?: number }) => {
          if (typeof err?.code !== 'number') throw err;
        }),
      LSP_BOUND_MS,
      'hover',
    );
    client.close(uri);
    if (client.exited) return `the server exited; stderr: ${client.stderr.join('')}`;
    return undefined;
  } catch (err) {
    return `over LSP: ${(err as Error).message}`;
  }
}
