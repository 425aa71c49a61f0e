/**
 * The score's precision: facts the import states that the truth states too, over those and every invented fact,
 * an entry that is not on the page counting as one invented fact. It lies between 0 and 1 whatever the import invents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { precision, report, scoreList, summary, totals } from '../../bench/importScore';

const TRUE_ROW = 'Alpha Hosting';

function listWith(rows: string[], truthEntries: string[]): { page: string; truth: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'score-'));
  const page = path.join(dir, 'demo.md');
  const truth = path.join(dir, 'demo.truth.yaml');
  fs.writeFileSync(
    page,
    [
      '# Sub-processors',
      '',
      '| Sub-processor | Purpose | Location |',
      '| --- | --- | --- |',
      ...rows.map((r) => `| ${r} | Hosting | Germany |`),
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    truth,
    [
      'split: dev',
      'language: en',
      'shape: markdown-table',
      'entries:',
      ...truthEntries.map((n) => `  - name: ${n}\n    storage: [DE]`),
      '',
    ].join('\n'),
  );
  return { page, truth };
}

test('precision counts each invented entry, and never falls below 0', () => {
  const inventedRows = ['Beta One', 'Gamma Two', 'Delta Three', 'Epsilon Four', 'Zeta Five'];
  const { page, truth } = listWith([TRUE_ROW, ...inventedRows], [TRUE_ROW]);
  const s = scoreList(page, truth);
  assert.equal(s.invented.length, inventedRows.length, s.invented.join('; '));
  // The kept entry and its location are right: 2 correct facts against 5 invented entries.
  assert.equal(s.correct, 2);
  const p = precision(totals([s]))!;
  assert.ok(p >= 0 && p <= 1, String(p));
  assert.equal(p, 2 / 7);
  assert.match(summary(totals([s])), /precision 28\.6%/);
});

test('precision is 100% with nothing invented, and n/a when the import states nothing', () => {
  const { page, truth } = listWith([TRUE_ROW], [TRUE_ROW]);
  const s = scoreList(page, truth);
  assert.deepEqual(s.invented, []);
  assert.equal(precision(totals([s])), 1);
  assert.equal(precision({ correct: 0, invented: 0 }), undefined);
  assert.equal(precision({ correct: 0, invented: 3 }), 0);
});

test('a hidden split prints its figures only: no list name and no miss of it', () => {
  const { page, truth } = listWith([TRUE_ROW, 'Beta One'], [TRUE_ROW, 'Omega Missing']);
  const s = scoreList(page, truth);
  const shown = report([{ ...s, split: 'holdout8' }]);
  const hidden = report([{ ...s, split: 'holdout8' }], ['holdout8']);
  for (const word of ['demo', 'Beta One', 'Omega Missing']) {
    assert.ok(shown.includes(word), `shown report names ${word}`);
    assert.ok(!hidden.includes(word), `hidden report names ${word}:\n${hidden}`);
  }
  const figures = /^holdout8: .*$/m;
  assert.equal(hidden.match(figures)?.[0], shown.match(figures)?.[0]);
});

test('an address is compared whatever its scheme: a domain the page prints bare is the site the import writes with https', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'score-'));
  const page = path.join(dir, 'sites.md');
  const truth = path.join(dir, 'sites.truth.yaml');
  fs.writeFileSync(
    page,
    '# Vendors\n\n| Vendor | Purpose | Website |\n| --- | --- | --- |\n| Alpha Hosting | Hosting | www.alpha.example |\n| Beta Mail | Email | beta.example |\n',
  );
  fs.writeFileSync(
    truth,
    'split: dev\nlanguage: en\nshape: headed-sections\nentries:\n  - {name: Alpha Hosting, url: www.alpha.example}\n  - {name: Beta Mail, url: "https://beta.example/"}\n',
  );
  const score = scoreList(page, truth);
  assert.deepEqual(score.misses, []);
  assert.equal(score.factsKept, score.facts);
});
