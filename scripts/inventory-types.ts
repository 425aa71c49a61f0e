/**
 * `npm run types:inventory`: writes `server/src/engine/inventoryTypes.ts` from `schemas/inventory.schema.json`
 * (`inventoryTypes.ts`). Run it after changing the schema; running it again changes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectedInventoryTypes, TYPES_FILE } from './inventoryTypes';

const ROOT = path.resolve(__dirname, '..');

void expectedInventoryTypes().then((text) => {
  const file = path.join(ROOT, TYPES_FILE);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (before === text) console.log(`${TYPES_FILE} is up to date`);
  else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${TYPES_FILE}`);
  }
});
