/**
 * `npm run descriptions:schema`: writes `server/src/format/schemaDescriptions.ts` from the schemas
 * (`schemaDescriptions.ts`). Run it after changing a description, then write its French in
 * `server/src/format/schemaDescriptions.fr.ts` (`tsc` says which). Running it again changes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG_FILE, expectedSchemaCatalog } from './schemaDescriptions';

const ROOT = path.resolve(__dirname, '..');

void expectedSchemaCatalog().then((text) => {
  const file = path.join(ROOT, CATALOG_FILE);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (before === text) console.log(`${CATALOG_FILE} is up to date`);
  else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${CATALOG_FILE}`);
  }
});
