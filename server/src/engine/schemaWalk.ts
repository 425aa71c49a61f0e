/**
 * The JSON Schemas of the format (inventory and policy), and the one walker over them: which schema
 * applies at a path in a document (`['subprocessors', 3, 'dataLocation']`), with `$ref` and `allOf`
 * resolved. Validation messages, fixes, completion and hover all ask it.
 */
import inventorySchema from '../../../schemas/inventory.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import type { PathSegment } from './yamlNodes';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonSchema = Record<string, any>;
export type DocumentKind = 'inventory' | 'policy';

export const INVENTORY_SCHEMA = inventorySchema as JsonSchema;
export const POLICY_SCHEMA = policySchema as JsonSchema;

export function rootSchema(kind: DocumentKind): JsonSchema {
  return kind === 'policy' ? POLICY_SCHEMA : INVENTORY_SCHEMA;
}

/** `schema` with its `$ref` followed and its `allOf` parts merged (properties, required, description). */
export function deref(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  let s = schema;
  for (let guard = 0; typeof s.$ref === 'string' && guard < 10; guard++) {
    const target = (s.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<JsonSchema | undefined>((node, part) => node?.[part], root);
    if (!target) break;
    const { $ref: _ref, ...rest } = s;
    s = { ...target, ...rest };
  }
  // `anyOf` of an object and a list of such objects (`transfer`): walked as either, by the path's next segment.
  if (Array.isArray(s.anyOf)) {
    const branches = (s.anyOf as JsonSchema[]).map((b) => deref(root, b) ?? {});
    const object = branches.find((b) => b.properties);
    const array = branches.find((b) => b.items);
    if (object || array) {
      const { anyOf: _anyOf, ...rest } = s;
      s = {
        ...(object ?? {}),
        ...(array ? { items: array.items } : {}),
        ...rest,
        type: [...(object ? ['object'] : []), ...(array ? ['array'] : [])],
      };
    }
  }
  if (Array.isArray(s.allOf)) {
    let merged: JsonSchema = { ...s, allOf: undefined };
    for (const part of s.allOf) {
      const p = deref(root, part) ?? {};
      merged = {
        ...p,
        ...merged,
        properties: { ...(p.properties ?? {}), ...(merged.properties ?? {}) },
        required: [...(merged.required ?? []), ...(p.required ?? [])],
        description: merged.description ?? p.description,
      };
    }
    s = merged;
  }
  return s;
}

export function isType(schema: JsonSchema, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type)) || (type === 'object' && !!schema.properties);
}

/** The schema of the node at `path` (indices and keys), `$ref` and `allOf` resolved. */
export function schemaAt(kind: DocumentKind, path: readonly PathSegment[]): JsonSchema | undefined {
  const root = rootSchema(kind);
  let s = deref(root, root);
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') {
      s = isType(s, 'array') ? deref(root, s.items) : undefined;
    } else if (s.properties?.[seg]) {
      s = deref(root, s.properties[seg]);
    } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      s = deref(root, s.additionalProperties);
    } else return undefined;
  }
  return s;
}
