/** `npm run bench:import`: the import's score on the corpus, per list and overall, dev and holdout apart (see importScore.ts). */
import { report, scoreCorpus } from './importScore';

process.stdout.write(`${report(scoreCorpus())}\n`);
