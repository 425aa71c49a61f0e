/**
 * The CLI and the language server give the same findings for every fixture: rule, range, message and
 * severity. The CLI runs as the bundled binary, the server over stdio.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPolicyFileName } from '../../server/src/engine';
import { messageOf, TestLspClient } from '../support/lspClient';
import { bin, ROOT } from '../support/runCli';

const TODAY = '2026-11-26';
const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name) && !isPolicyFileName(name)) out.push(full);
  }
  return out;
}

const CORPUS = path.join(ROOT, 'test', 'fixtures', 'import', 'corpus');
/**
 * The import corpus's truth files (hundreds, each one more YAML file of the same few shapes) are compared by a
 * deterministic sample of them in `npm test`, every one with `npm run test:parity` (PARITY_ALL=1): a whole run spent
 * about four minutes on them alone. Every other fixture is compared whole.
 */
const TRUTH_SAMPLE = 24;
function sampled(files: string[]): string[] {
  const truths = files.filter((f) => f.startsWith(CORPUS + path.sep));
  if (process.env.PARITY_ALL === '1' || truths.length <= TRUTH_SAMPLE) return files;
  const step = truths.length / TRUTH_SAMPLE;
  const kept = new Set(Array.from({ length: TRUTH_SAMPLE }, (_, i) => truths[Math.floor(i * step)]!));
  return files.filter((f) => !f.startsWith(CORPUS + path.sep) || kept.has(f));
}

const everyFixture = [
  ...readdirSync(path.join(ROOT, 'examples'))
    .filter((n) => /\.ya?ml$/.test(n) && !isPolicyFileName(n))
    .map((n) => path.join(ROOT, 'examples', n)),
  ...yamlFiles(path.join(ROOT, 'test', 'fixtures')),
].sort();
const fixtures = sampled(everyFixture);

type CliFinding = { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number };
let client: TestLspClient;
/** The CLI's findings per fixture, from one run over them all (one process, not one per fixture). */
const fromCliByFile = new Map<string, CliFinding[]>();
before(async () => {
  client = await TestLspClient.start({ today: TODAY });
  const r = await bin(['check', ...fixtures, '--format', 'json', '--today', TODAY]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  for (const { file, findings } of JSON.parse(r.stdout) as { file: string; findings: CliFinding[] }[])
    fromCliByFile.set(path.resolve(ROOT, file), findings);
  assert.equal(fromCliByFile.size, fixtures.length, 'the CLI reports every fixture once');
});
after(async () => {
  await client.stop();
});

test('there are fixtures to compare, every one outside the corpus and a sample of the corpus’s truths', () => {
  assert.ok(fixtures.length >= 5, fixtures.join(', '));
  const outside = everyFixture.filter((f) => !f.startsWith(CORPUS + path.sep));
  assert.deepEqual(
    fixtures.filter((f) => !f.startsWith(CORPUS + path.sep)),
    outside,
  );
  const truths = fixtures.filter((f) => f.startsWith(CORPUS + path.sep));
  assert.equal(truths.length, process.env.PARITY_ALL === '1' ? everyFixture.length - outside.length : TRUTH_SAMPLE);
});

for (const file of fixtures) {
  test(`CLI and language server agree on ${path.relative(ROOT, file)}`, async () => {
    const findings = fromCliByFile.get(file);
    assert.ok(findings, `the CLI's run gave no result for ${file}`);
    const fromCli = findings
      .map((f) => `${f.ruleId} ${f.severity} ${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.message}`)
      .sort();
    const uri = pathToFileURL(file).href;
    // The text as an editor sends it: VS Code drops a byte order mark, as the CLI does when it reads the file (a
    // text sent with one is the same document, its line 0 one character later: test/lsp/editorEdges.test.ts).
    client.open(uri, readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
    const diagnostics = await client.waitForDiagnostics(uri);
    const fromServer = diagnostics
      .map(
        (d) =>
          `${d.code} ${SEVERITY[d.severity ?? 1]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${messageOf(d)}`,
      )
      .sort();
    assert.deepEqual(fromCli, fromServer);
  });
}
