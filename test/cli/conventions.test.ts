/**
 * ESLint's command-line conventions, which CI users expect of a linter: `--help`/`-h` on every command,
 * `-V`/`--version`, every option in the help (and in the README, in the help's order), why `--max-warnings`
 * failed, `--quiet` still counting warnings, `--stdin` with `--stdin-filename`, and `--fix-dry-run`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMAND_OPTIONS, COMMANDS, helpText } from '../../server/src/cli/cli';
import { VERSION } from '../../server/src/version';
import { cli, ROOT } from '../support/runCli';

const TODAY = ['--today', '2026-01-01'];
/** 12 warnings, no error (on 2026-01-01). */
const EXAMPLE = 'examples/subprocessors.yaml';
const MISTAKES = readFileSync(path.join(ROOT, 'test/fixtures/cli/mistakes.subprocessors.yaml'), 'utf8');

/** The long options a help section lists, in order (the options column only, not the descriptions). */
function helpOptions(text: string): string[] {
  return [...text.matchAll(/^ {2,}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!);
}

/** The long options a README row names, in the order of their first mention. */
function readmeOptions(row: string): string[] {
  return [...new Set([...row.matchAll(/`(--[a-z-]+)/g)].map((m) => m[1]!))];
}

describe('help and version', () => {
  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      test(`${command} ${flag}: its own help, exit 0, in English and French`, async () => {
        const en = await cli([command, flag]);
        assert.equal(en.code, 0, en.stderr);
        assert.equal(en.stderr, '');
        assert.equal(en.stdout, helpText('en', command));
        assert.match(en.stdout, new RegExp(`^Usage: subproc ${command} \\[options\\]`));
        const fr = await cli([command, flag, '--lang', 'fr']);
        assert.equal(fr.code, 0, fr.stderr);
        assert.equal(fr.stdout, helpText('fr', command));
      });
    }
  }

  test('--help after -- is a file name, not a request for help', async () => {
    const r = await cli(['check', '--', '--help']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--help/);
  });

  test('-V and --version print the version', async () => {
    for (const flag of ['-V', '--version']) {
      const r = await cli([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${VERSION}\n`);
    }
  });

  for (const command of COMMANDS) {
    test(`${command}: every option it takes is in its help, English and French, in the same order`, () => {
      const taken = Object.keys(COMMAND_OPTIONS[command]).map((o) => `--${o}`);
      const listed = helpOptions(helpText('en', command));
      assert.deepEqual([...listed].sort(), [...taken, '--help'].sort());
      assert.deepEqual(helpOptions(helpText('fr', command)), listed);
    });
  }

  test("the README's command-line table lists every option of each command in the help's order", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const command of COMMANDS) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`subproc ${command} `));
      assert.ok(row, `no README row for ${command}`);
      assert.deepEqual(readmeOptions(row), helpOptions(helpText('en', command)), command);
    }
  });
});

describe('--max-warnings and --quiet', () => {
  test('over the limit: exit 1 and says "too many warnings (N, maximum M)"', async () => {
    const r = await cli(['check', EXAMPLE, ...TODAY, '--max-warnings', '11']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^subproc: too many warnings \(12, maximum 11\)$/m);
    const fr = await cli(['check', EXAMPLE, ...TODAY, '--max-warnings', '11', '--lang', 'fr']);
    assert.match(fr.stderr, /trop d’avertissements \(12, maximum 11\)/);
    const within = await cli(['check', EXAMPLE, ...TODAY, '--max-warnings', '12']);
    assert.equal(within.code, 0);
    assert.doesNotMatch(within.stderr, /too many/);
  });

  test('--quiet hides warnings but --max-warnings still counts them, and the report does not say "no problems"', async () => {
    const r = await cli(['check', EXAMPLE, ...TODAY, '--quiet', '--max-warnings', '0']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too many warnings \(12, maximum 0\)/);
    assert.doesNotMatch(r.stdout, /no problems/);
    assert.match(r.stdout, /12 warnings not shown \(--quiet\)/);
    assert.doesNotMatch(r.stdout, /warning {2}/);
    assert.equal((await cli(['check', EXAMPLE, ...TODAY, '--quiet'])).code, 0);
  });
});

describe('standard input', () => {
  test('--stdin reads standard input, named by --stdin-filename', async () => {
    const text = readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
    const r = await cli(['check', '--stdin', '--stdin-filename', 'piped.subprocessors.yaml', ...TODAY, '--format', 'json'], ROOT, {
      stdin: text,
    });
    assert.equal(r.code, 0, r.stderr);
    const [file] = JSON.parse(r.stdout) as { file: string; findings: unknown[] }[];
    assert.equal(file!.file, 'piped.subprocessors.yaml');
    assert.equal(file!.findings.length, 24);
  });

  test('--stdin-filename without --stdin or - is bad usage', async () => {
    const r = await cli(['check', EXAMPLE, '--stdin-filename', 'x.subprocessors.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--stdin-filename goes with --stdin or -/);
  });

  test('--fix-dry-run on standard input prints the fixed text, writes nothing else', async () => {
    const r = await cli(['check', '--stdin', '--fix-dry-run', ...TODAY], ROOT, { stdin: MISTAKES });
    assert.notEqual(r.stdout, MISTAKES);
    // The fixed text is a whole inventory: the original's first line, and a safe fix applied.
    assert.ok(r.stdout.startsWith(MISTAKES.split('\n')[0]!), r.stdout.slice(0, 200));
    const again = await cli(['check', '--stdin', '--fix-dry-run', ...TODAY], ROOT, { stdin: r.stdout });
    assert.equal(again.stdout, r.stdout, 'fixing the fixed text changes nothing more');
    assert.doesNotMatch(r.stdout, /problems? \(/);
  });

  test('--fix-dry-run on a file writes nothing and says what --fix would do', async () => {
    const file = 'test/fixtures/cli/mistakes.subprocessors.yaml';
    const r = await cli(['check', file, '--fix-dry-run', ...TODAY]);
    assert.equal(readFileSync(path.join(ROOT, file), 'utf8'), MISTAKES);
    assert.match(r.stderr, /safe fix(es)? would be applied \(--fix-dry-run: nothing written\)/);
    assert.equal(r.code, 1);
  });

  test('--fix still refuses standard input, and names --fix-dry-run; --fix with --fix-dry-run is bad usage', async () => {
    const r = await cli(['check', '--fix', '--stdin'], ROOT, { stdin: MISTAKES });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix-dry-run/);
    assert.equal((await cli(['check', '--fix', '--fix-dry-run', EXAMPLE])).code, 2);
  });
});
