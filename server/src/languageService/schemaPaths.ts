/**
 * The JSON Schemas (inventory and policy) seen from a path in the document: which schema applies at
 * `['subprocessors', 3, 'dataLocation']`, its properties, which are required, and which domain
 * vocabulary (certification ids, countries, regions, ...) a value at a path comes from. Completion and
 * hover both read this, so they agree on what each place in a file means.
 */
import { type PathSegment, deref, isType, rootSchema, schemaAt, type DocumentKind, type JsonSchema } from '../engine';

export { schemaAt, type DocumentKind, type JsonSchema };

interface PropertyInfo {
  name: string;
  schema: JsonSchema;
  required: boolean;
  description?: string;
}

/** The properties of an object schema, in schema order, with whether each is required. */
export function propertiesOf(kind: DocumentKind, schema: JsonSchema): PropertyInfo[] {
  const root = rootSchema(kind);
  const required = new Set<string>(schema.required ?? []);
  return Object.entries<JsonSchema>(schema.properties ?? {}).map(([name, raw]) => {
    const s = deref(root, raw) ?? raw;
    return { name, schema: s, required: required.has(name), description: s.description };
  });
}

/** A field that takes a mapping or, while it is not known yet, the text `unknown`. */
function mayBeUnknown(s: JsonSchema): boolean {
  return s.then?.const === 'unknown';
}

export function isObjectSchema(s: JsonSchema | undefined): boolean {
  return !!s && (s.type === 'object' || !!s.properties) && (!(Array.isArray(s.type) && s.type.includes('string')) || mayBeUnknown(s));
}

export function isArraySchema(s: JsonSchema | undefined): boolean {
  return !!s && isType(s, 'array');
}

export function itemsOf(kind: DocumentKind, s: JsonSchema): JsonSchema | undefined {
  return deref(rootSchema(kind), s.items);
}

/** The vocabulary a value comes from, beyond the schema's own enums. */
export type ValueKind =
  'certification' | 'claim' | 'country' | 'region' | 'flowTarget' | 'mfa' | 'transfer' | 'entryId' | 'entryName' | 'ruleId';

/** Which vocabulary the value at `path` comes from (a path to a value or an item). */
export function valueKindAt(kind: DocumentKind, path: readonly PathSegment[]): ValueKind | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const grand = path[path.length - 3];
  if (kind === 'policy') return typeof last === 'number' && parent === 'certified' && path.length === 2 ? 'certification' : undefined;
  if (typeof last === 'number') {
    if (parent === 'certifications') return 'certification';
    if (parent === 'claims') return 'claim';
    if (parent === 'countries' && (grand === 'dataLocation' || grand === 'access')) return 'country';
    // transfer.to[] and transfer[n].to[]
    if (parent === 'to' && (grand === 'transfer' || (typeof grand === 'number' && path[path.length - 4] === 'transfer'))) return 'country';
    if (parent === 'regions' && grand === 'dataLocation') return 'region';
    if (parent === 'mfa' && grand === 'administrationAuthentication') return 'mfa';
    return undefined;
  }
  if (last === 'id' && typeof parent === 'number' && grand === 'certifications') return 'certification';
  if (last === 'to' && typeof parent === 'number' && grand === 'dataFlows') return 'flowTarget';
  if (last === 'mechanism' && (parent === 'transfer' || (typeof parent === 'number' && grand === 'transfer'))) return 'transfer';
  if ((last === 'entityCountry' || last === 'parentCountry') && typeof parent === 'number' && grand === 'subprocessors') return 'country';
  if ((last === 'entityCountry' || last === 'parentCountry') && parent === 'defaults') return 'country';
  if (last === 'establishment' && parent === 'inventory' && path.length === 2) return 'country';
  if (last === 'rule' && typeof parent === 'number' && grand === 'acceptedRisks') return 'ruleId';
  if (path.length === 3 && path[0] === 'subprocessors' && typeof parent === 'number') {
    if (last === 'id') return 'entryId';
    if (last === 'name') return 'entryName';
  }
  return undefined;
}

/** `subprocessors[].dataLocation.countries` style: the path without indices, for display. */
export function displayPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? '[]' : out ? `.${seg}` : seg;
  return out;
}
