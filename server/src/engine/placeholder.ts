/**
 * Placeholders: the values a quick fix inserts where only the user knows the answer (a purpose, a
 * criticality, a date). One recognisable form, `"<...>"` (for example `"<purpose>"` or
 * `"<critical|high|medium|low>"`), that `placeholder-value` reports until it is replaced, and that
 * `invalid-value` leaves to it (a placeholder is not a typo, it is a blank to fill in).
 */
import { isScalar } from 'yaml';
import { deref, INVENTORY_SCHEMA, type JsonSchema } from './schemaWalk';

const PLACEHOLDER = /^<[^<>\r\n]+>$/;

/** Whether a value is a placeholder (`<...>`). */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Whether a YAML node is a scalar holding a placeholder. */
export function isPlaceholderNode(node: unknown): boolean {
  return isScalar(node) && isPlaceholder(node.value);
}

function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
  return deref(INVENTORY_SCHEMA, schema);
}

/** The order of the keys of the mapping described by `schema`. */
export function keyOrder(schema: JsonSchema | undefined): string[] {
  return Object.keys(resolve(schema)?.properties ?? {});
}

/** A placeholder as YAML text for a field described by `schema` (a flow mapping of its required fields for an object). */
export function placeholderYaml(field: string, schema: JsonSchema | undefined): string {
  const s = resolve(schema) ?? {};
  const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
  // `unknown` is a state the file may record, not one of the choices a placeholder asks for.
  if (Array.isArray(s.enum)) return `"<${s.enum.filter((v: unknown) => v !== 'unknown').join('|')}>"`;
  if (types.includes('object')) {
    const required: string[] = s.required ?? [];
    if (!required.length) return '{}';
    return `{ ${required.map((k) => `${k}: ${placeholderYaml(k, s.properties?.[k])}`).join(', ')} }`;
  }
  if (types.includes('array')) {
    const items = resolve(s.items);
    return Array.isArray(items?.enum) ? `[${placeholderYaml(field, items)}]` : '[]';
  }
  // A date or an email that may also be `unknown` has its format inside `anyOf`.
  const format = s.format ?? (s.anyOf as JsonSchema[] | undefined)?.find((x) => x.format)?.format;
  if (format === 'date') return '"<YYYY-MM-DD>"';
  if (format === 'email' || format === 'idn-email') return '"<email address>"';
  if (format === 'uri') return '"<https://...>"';
  return `"<${field}>"`;
}

/** Whether the schema takes the value `unknown` ("not known yet"): an enum or a form that names it, or plain text. */
function acceptsUnknown(schema: JsonSchema | undefined): boolean {
  const s = resolve(schema);
  if (!s) return false;
  if (Array.isArray(s.anyOf) && (s.anyOf as JsonSchema[]).some((x) => acceptsUnknown(x) || x.const === 'unknown')) return true;
  if (s.then?.const === 'unknown') return true;
  if (s.const !== undefined) return s.const === 'unknown';
  if (Array.isArray(s.enum)) return s.enum.includes('unknown');
  const types: unknown[] = Array.isArray(s.type) ? s.type : [s.type];
  if (!types.includes('string') || s.format) return false;
  if (typeof s.minLength === 'number' && s.minLength > 'unknown'.length) return false;
  return typeof s.pattern !== 'string' || new RegExp(s.pattern, 'u').test('unknown');
}

/**
 * The YAML a fix writes for a missing fact: `unknown` (not known yet, which `unstated-fact` then lists), or for
 * an object that has no `unknown` form of its own, its required fields as `unknown`. Never a placeholder that
 * passes for a value, never `[]` (which states "none"): undefined when the field has no way to say "not known".
 */
export function unknownYaml(schema: JsonSchema | undefined): string | undefined {
  if (acceptsUnknown(schema)) return 'unknown';
  const s = resolve(schema);
  const types: unknown[] = Array.isArray(s?.type) ? s.type : [s?.type];
  if (!s || !types.includes('object')) return undefined;
  const required: string[] = s.required ?? [];
  const values = required.map((k) => unknownYaml(s.properties?.[k]));
  if (!required.length || values.some((v) => v === undefined)) return undefined;
  return `{ ${required.map((k, i) => `${k}: ${values[i]}`).join(', ')} }`;
}
