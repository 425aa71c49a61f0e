/**
 * `npm run bench:import`: the import's score on the corpus, per list and overall, dev and holdout apart (see
 * importScore.ts). `npm run bench:import -- --hide holdout8` prints only that split's figures, none of its lists: for
 * whoever works on the readers while a batch is kept unread.
 */
import { report, scoreCorpus, SPLITS } from './importScore';

const hidden: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--hide' || !args[i + 1]) throw new Error(`usage: bench:import [--hide <split>]... (got ${args.slice(i).join(' ')})`);
  const split = args[++i];
  if (!(SPLITS as readonly string[]).includes(split)) throw new Error(`--hide: no split '${split}' (splits: ${SPLITS.join(', ')})`);
  hidden.push(split);
}
process.stdout.write(`${report(scoreCorpus(), hidden)}\n`);
