/**
 * The typed view of what an inventory says. `inventoryTypes.ts` (generated from the schema) says what the schema
 * allows; a file may say anything else (YAML need not match the schema), so this view never claims a value's
 * shape: the keys of a mapping are those of its schema type (a misspelt field fails to compile), each value is
 * `unknown` until checked. `mapping(fields, 'ai')` gives the fields of a nested mapping, when the value is one;
 * `FieldPath<T>` is a path of field names below `T`, typed the same way.
 */
import type { Inventory, SubprocessorFields } from './inventoryTypes';

declare const SCHEMA: unique symbol;

/** The mapping part of a schema type (`'unknown' | {...} | readonly {...}[]` gives `{...}`). */
type MappingOf<T> = T extends readonly unknown[] ? never : T extends object ? T : never;

/**
 * The fields of a YAML mapping whose schema type is `T`, as written: only `T`'s fields, each absent or any value
 * (`unknown`: check it before use). The schema type rides along, unseen, for `mapping`.
 */
type Fields<T> = { readonly [K in keyof MappingOf<T> & string]?: unknown } & { readonly [SCHEMA]?: T };

/** The fields of an entry (own, or with those it inherits from `defaults`). */
export type EntryFields = Fields<SubprocessorFields>;

/** The fields at the top of an inventory. */
export type InventoryFields = Fields<Inventory>;

/** The type of the items of a list type (`readonly T[] | 'unknown'` gives `T`). */
export type ItemOf<T> = T extends readonly (infer I)[] ? I : never;

/** A path of field names below a mapping of schema type `T`: `['dataLocation', 'countries']`. */
type FieldPath<T> = [MappingOf<T>] extends [never]
  ? never
  : { [K in keyof MappingOf<T> & string]: readonly [K] | readonly [K, ...FieldPath<MappingOf<T>[K]>] }[keyof MappingOf<T> & string];

/** A path of field names below an entry. */
export type EntryFieldPath = FieldPath<SubprocessorFields>;

/** `value` as the fields of a mapping of schema type `T`, when it is a mapping (not a list, a scalar or null). */
export function fieldsOf<T>(value: unknown): Fields<T> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields<T>) : undefined;
}

/** The fields of the mapping at `key` of `fields`, when its value is a mapping. */
export function mapping<T, K extends keyof MappingOf<T>>(fields: Fields<T> | undefined, key: K): Fields<MappingOf<T>[K]> | undefined {
  return fields && fieldsOf<MappingOf<T>[K]>((fields as Record<K, unknown>)[key]);
}

/** `T`, or the type of its items when it is a list (`'unknown' | readonly X[]` gives `'unknown' | X`). */
type ItemOrSelf<T> = T extends readonly (infer I)[] ? I : T;

/**
 * Every field name at any depth below a mapping of schema type `T`, through nested mappings and lists of
 * mappings: `'id' | 'dataLocation' | 'countries' | 'periodEnd' | ...` for an inventory.
 */
type FieldName<T> = [MappingOf<ItemOrSelf<T>>] extends [never]
  ? never
  : {
      [K in keyof MappingOf<ItemOrSelf<T>> & string]: K | FieldName<MappingOf<ItemOrSelf<T>>[K]>;
    }[keyof MappingOf<ItemOrSelf<T>> & string];

/**
 * A field name the inventory schema has, at any depth: what `findPair` takes, so a misspelt field
 * (`findPair(item, 'periodEnds')`) fails to compile.
 */
export type InventoryFieldName = FieldName<Inventory>;
