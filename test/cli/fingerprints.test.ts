/**
 * Stable identities (issue 26): a finding's GitLab fingerprint and SARIF partial fingerprint come from the rule,
 * the message id, the entry and the field path, never from the displayed sentence, so they are equal for
 * `--lang en` and `--lang fr`, and after lines are inserted above (even lines that shift "line N" in a message).
 * SARIF is written in one language, `run.language` saying which.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type * as Sarif from 'sarif';
import { cli, ROOT } from '../support/runCli';

const TODAY = ['--today', '2026-11-26'];
const MISTAKES = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'mistakes.subprocessors.yaml'), 'utf8');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'subprocessors.yaml'), 'utf8');

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subproc-fp-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

async function gitlab(dir: string, lang: string): Promise<{ check_name: string; fingerprint: string; description: string }[]> {
  const r = await cli(['check', ...TODAY, '--lang', lang, '--format', 'gitlab', 's.subprocessors.yaml'], dir);
  return JSON.parse(r.stdout);
}

async function sarif(dir: string, lang: string): Promise<Sarif.Log> {
  const r = await cli(['check', ...TODAY, '--lang', lang, '--format', 'sarif', 's.subprocessors.yaml'], dir);
  return JSON.parse(r.stdout) as Sarif.Log;
}

/** Two entries with the same id: duplicate-id's message names the other entry's line, which moves. */
const TWO_SAME_IDS = EXAMPLE.replace('  - id: google-cloud-platform', '  - id: mongodb-atlas');

describe('fingerprints are facts, not sentences', () => {
  for (const [label, text] of [
    ['the CLI fixture of mistakes', MISTAKES],
    ['the example with a repeated id', TWO_SAME_IDS],
  ] as const) {
    test(`${label}: GitLab fingerprints equal in English and French, and after lines inserted above`, async () => {
      const dir = folder({ 's.subprocessors.yaml': text });
      const moved = folder({ 's.subprocessors.yaml': `# a first line\n# and a second\n${text}` });
      try {
        const en = await gitlab(dir, 'en');
        const fr = await gitlab(dir, 'fr');
        assert.ok(en.length > 3, 'findings to compare');
        assert.notDeepEqual(
          en.map((i) => i.description),
          fr.map((i) => i.description),
          'the messages differ between the languages',
        );
        assert.deepEqual(
          fr.map((i) => [i.check_name, i.fingerprint]),
          en.map((i) => [i.check_name, i.fingerprint]),
        );
        assert.equal(new Set(en.map((i) => i.fingerprint)).size, en.length, 'one fingerprint per finding');
        const sorted = (l: { fingerprint: string }[]) => l.map((i) => i.fingerprint).sort();
        assert.deepEqual(sorted(await gitlab(moved, 'fr')), sorted(en));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(moved, { recursive: true, force: true });
      }
    });
  }

  test('SARIF: partialFingerprints equal across languages and line moves; one language per log, run.language set', async () => {
    const dir = folder({ 's.subprocessors.yaml': TWO_SAME_IDS });
    const moved = folder({ 's.subprocessors.yaml': `# a first line\n${TWO_SAME_IDS}` });
    try {
      const en = await sarif(dir, 'en');
      const fr = await sarif(dir, 'fr');
      const prints = (log: Sarif.Log) => log.runs[0]!.results!.map((r) => [r.ruleId, r.partialFingerprints?.['subprocFinding/v1']]);
      assert.ok(prints(en).every(([, p]) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p)));
      assert.deepEqual(prints(fr), prints(en));
      assert.deepEqual(prints(await sarif(moved, 'fr')).sort(), prints(en).sort());
      assert.equal(en.runs[0]!.language, 'en');
      assert.equal(fr.runs[0]!.language, 'fr');
      // The rules are described in the language of the messages, their pages too.
      const rule = (log: Sarif.Log, id: string) => log.runs[0]!.tool.driver.rules!.find((r) => r.id === id)!;
      assert.equal(rule(en, 'missing-field').shortDescription!.text, 'A required field is absent (own or inherited from `defaults`).');
      assert.match(rule(fr, 'missing-field').shortDescription!.text, /champ obligatoire/i);
      assert.match(rule(fr, 'missing-field').help!.text, /^# missing-field\n/);
      assert.notEqual(rule(fr, 'missing-field').help!.text, rule(en, 'missing-field').help!.text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(moved, { recursive: true, force: true });
    }
  });
});
