/**
 * `npm run bench:import`: the import's score on the corpus, per list and overall, dev and holdout apart (see
 * importScore.ts). `npm run bench:import -- --hide holdout8` prints only that split's figures, none of its lists: for
 * whoever works on the readers while a batch is kept unread. `--json FILE` also writes every list's score to FILE (the
 * test of the floors reads them there, so that one run of this command is the only time `npm test` scores the corpus).
 */
import * as fs from 'node:fs';
import { report, scoreCorpus, SPLITS } from './importScore';

const hidden: string[] = [];
let json: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json' && args[i + 1]) {
    json = args[++i];
    continue;
  }
  if (args[i] !== '--hide' || !args[i + 1])
    throw new Error(`usage: bench:import [--hide <split>]... [--json <file>] (got ${args.slice(i).join(' ')})`);
  const split = args[++i];
  if (!(SPLITS as readonly string[]).includes(split)) throw new Error(`--hide: no split '${split}' (splits: ${SPLITS.join(', ')})`);
  hidden.push(split);
}
const scores = scoreCorpus();
// A hidden split's lists are not written either (their names and misses are what --hide keeps unread).
if (json) fs.writeFileSync(json, `${JSON.stringify(scores.filter((s) => !hidden.includes(s.split)))}\n`);
process.stdout.write(`${report(scores, hidden)}\n`);
