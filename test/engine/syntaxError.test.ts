/**
 * A YAML syntax error is fatal for its entry (issue 25): the rules that need the broken entry's values do not
 * run on it, the parser's cascade after the first error of an entry is not repeated, and the entries the error
 * does not touch keep their findings. One mistake, one error.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { ROOT } from '../support/runCli';
import { formatFinding } from '../../server/src/format';

const TODAY = '2026-01-01';
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'subprocessors.yaml'), 'utf8');

function errors(text: string) {
  return lintText(text, { today: TODAY }).findings.filter((f) => f.severity === 'error');
}

/** The example with one mistake put in place of `from`. */
function broken(from: string, to: string): string {
  assert.ok(EXAMPLE.includes(from), from);
  return EXAMPLE.replace(from, to);
}

const MISTAKES: [string, string, string][] = [
  ['a line indented by one space too few', '    entity: MongoDB, Inc.\n', '    entity: MongoDB, Inc.\n   bad: indent\n'],
  [
    'a nested mapping on one line',
    '    purpose: Primary database hosting\n',
    '    purpose: Primary database hosting\n    dataLocation: : x\n',
  ],
  ['an unclosed quote', '    purpose: Primary database hosting\n', '    purpose: "Primary database hosting\n'],
  [
    'an unclosed flow sequence',
    '      countries: [BE]\n      regions: [gcp:europe-west1]',
    '      countries: [BE\n      regions: [gcp:europe-west1]',
  ],
];

for (const [what, from, to] of MISTAKES) {
  test(`${what}: exactly one error, yaml-syntax`, () => {
    assert.deepEqual(errors(EXAMPLE), [], 'the example has no error of its own');
    const found = errors(broken(from, to));
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['yaml-syntax'],
      found.map((f) => `${f.ruleId}: ${formatFinding(f, 'en')}`).join('\n'),
    );
  });
}

test('the entries the error does not touch keep their findings', () => {
  const before = lintText(EXAMPLE, { today: TODAY }).findings;
  const after = lintText(broken(MISTAKES[0]![1], MISTAKES[0]![2]), { today: TODAY }).findings;
  // crisp, far below the broken mongodb-atlas entry, keeps its findings (the same rules, the same messages).
  const crisp = (list: typeof before) =>
    list.filter((f) => /crisp/i.test(formatFinding(f, 'en'))).map((f) => `${f.ruleId}: ${formatFinding(f, 'en')}`);
  assert.ok(crisp(before).length > 0);
  assert.deepEqual(crisp(after), crisp(before));
  // mongodb-atlas gets none but the syntax error: no weak-admin-mfa, no missing-field.
  assert.ok(!after.some((f) => f.ruleId !== 'yaml-syntax' && /mongodb/i.test(formatFinding(f, 'en'))));
});

test('an error outside every entry takes the knock-on findings of the document with it', () => {
  const text = 'inventory:\n  organization: "Unclosed\n  contact: [privacy@example.com\nsubprocessors: - a\n';
  assert.deepEqual(
    errors(text).map((f) => f.ruleId),
    ['yaml-syntax'],
  );
});

test('two mistakes in two entries: two errors, one each', () => {
  const twice = broken(MISTAKES[0]![1], MISTAKES[0]![2]).replace(
    '    entity: Crisp IM SARL\n',
    '    entity: Crisp IM SARL\n   bad: indent\n',
  );
  assert.deepEqual(
    errors(twice).map((f) => f.ruleId),
    ['yaml-syntax', 'yaml-syntax'],
  );
});
