/**
 * Rules name fields by the inventory's generated model: `findPair` takes only a field name the schema has, at
 * any depth, so a misspelt field fails `tsc` (the `@ts-expect-error` lines below are themselves errors if the
 * misspelling ever compiles). `pairNamed` takes any text, for keys that are data.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import type { InventoryFieldName } from './fields';
import { findPair, pairNamed } from './yamlNodes';

test('findPair takes the schema field names at any depth and refuses a misspelt one at compile time', () => {
  const item = parseDocument('periodEnd: 2026-01-31\nvalidUntil: 2027-01-01\nperiodEnds: typo\n').contents;
  assert.equal(String((findPair(item, 'periodEnd')?.value as { value?: unknown }).value), '2026-01-31');
  assert.equal(String((findPair(item, 'validUntil')?.value as { value?: unknown }).value), '2027-01-01');
  // @ts-expect-error `periodEnds` is no field of the inventory schema
  assert.ok(findPair(item, 'periodEnds'), 'the check is at compile time: at run time the key is still looked up');
  assert.ok(pairNamed(item, 'periodEnds'));
  // Nested names (an entry's, a certification's, a transfer's) are field names; a top-level key of the policy is not.
  const nested: InventoryFieldName[] = ['subprocessors', 'dataLocation', 'countries', 'periodEnd', 'scc', 'module', 'trainsOnCustomerData'];
  assert.equal(nested.length, 7);
  // @ts-expect-error `certified` is a key of the policy file, not of the inventory
  const policyKey: InventoryFieldName = 'certified';
  assert.equal(policyKey, 'certified');
});
