/**
 * `npm run docs:rules`: writes the generated parts of the rule documentation from each rule's `meta` (the index
 * tables and the pages' header lines: `ruleDocs.ts`), and nothing else. Run it after adding a rule or changing a
 * rule's severity, category, fix or description; running it again changes nothing.
 * `npm run docs:rules -- --check` writes nothing and exits 1 when a file is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/engine';
import { COMMAND, generatedDocs, staleDocs } from './ruleDocs';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => (fs.existsSync(path.join(ROOT, file)) ? fs.readFileSync(path.join(ROOT, file), 'utf8') : undefined);

try {
  const expected = generatedDocs(RULES, read);
  const stale = staleDocs(expected, read);
  if (process.argv.includes('--check')) {
    for (const file of stale) console.error(`${file} is stale: run ${COMMAND}`);
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const file of stale) {
      fs.writeFileSync(path.join(ROOT, file), expected.get(file)!);
      console.log(`wrote ${file}`);
    }
    console.log(stale.length > 0 ? `${stale.length} file(s) updated from the rules' meta` : 'the rule docs are up to date');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
