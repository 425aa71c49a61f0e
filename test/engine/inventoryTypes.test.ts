/**
 * The inventory's types are generated from the schema (`npm run types:inventory`): a stale file fails here. The
 * typed view (`engine/fields.ts`) names only the schema's fields, so a misspelt one fails `tsc` (the
 * `@ts-expect-error` lines below: `npm run typecheck` fails if any of them stops being an error), and it never
 * claims a shape the file does not have: a value that is not a mapping gives no fields.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { COMMAND, expectedInventoryTypes, TYPES_FILE } from '../../scripts/inventoryTypes';
import { buildModel, fieldsOf, mapping, parseYaml, type EntryFieldPath, type EntryFields, type Transfer } from '../../server/src/engine';
import { REPO_ROOT } from '../support/lspClient';

describe('inventory types', () => {
  test('generated from the schema, and up to date', async () => {
    const onDisk = fs.readFileSync(path.join(REPO_ROOT, TYPES_FILE), 'utf8');
    assert.equal(onDisk, await expectedInventoryTypes(), `${TYPES_FILE} is stale: run ${COMMAND}`);
  });

  test('a misspelt field or path does not compile; the right one reads the value', () => {
    const model = buildModel(
      parseYaml('subprocessors:\n  - id: a\n    ai: { trainsOnCustomerData: false }\n    dataLocation: { countries: [FR] }\n'),
    );
    const entry: EntryFields = model.entries[0].effective;
    // @ts-expect-error -- `trainsOnCustomerData`, misspelt
    const misspelt: unknown = mapping(entry, 'ai')?.trainsOnCustomerDta;
    // @ts-expect-error -- `criticality`, misspelt
    const top: unknown = entry.criticalty;
    // @ts-expect-error -- `dataLocation.countries`, misspelt
    const badPath: EntryFieldPath = ['dataLocation', 'countrys'];
    const goodPath: EntryFieldPath = ['dataLocation', 'countries'];
    assert.equal(misspelt, undefined);
    assert.equal(top, undefined);
    assert.deepEqual(badPath, ['dataLocation', 'countrys']);
    assert.deepEqual(goodPath, ['dataLocation', 'countries']);
    assert.equal(mapping(entry, 'ai')?.trainsOnCustomerData, false);
    assert.deepEqual(mapping(entry, 'dataLocation')?.countries, ['FR']);
  });

  test('a value of another shape than the schema’s gives no fields', () => {
    const model = buildModel(parseYaml('subprocessors:\n  - id: a\n    ai: yes\n    dataLocation: [FR]\n    transfer: unknown\n'));
    const entry = model.entries[0].effective;
    assert.equal(entry.ai, 'yes');
    assert.equal(mapping(entry, 'ai'), undefined);
    assert.equal(mapping(entry, 'dataLocation'), undefined, 'a list is not a mapping');
    assert.equal(mapping(entry, 'transfer'), undefined);
    assert.equal(fieldsOf<Transfer>(null), undefined);
    assert.equal(mapping(undefined, 'ai'), undefined);
  });
});
