/**
 * Validation against `schemas/*.schema.json` with ajv, compiled once per process. Each ajv error is mapped
 * back to the YAML node its instance path names, so a finding underlines the exact key or value.
 *
 * The document is validated in two parts: the "shell" (everything but the entries' contents) once, and
 * each entry on its own with the fields it inherits from `defaults`, so that results can be kept per entry.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import inventorySchema from '../../../schemas/inventory.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import type { EntryModel, InventoryModel } from './model';
import { closest } from '../knowledge';
import type { OffsetRange } from './types';
import { keyRangeAt, mappingNameRange, valueRangeAt, type PathSegment } from './yamlNodes';

export type SchemaIssueKind = 'missing' | 'unknown' | 'invalid';

export interface SchemaIssue {
  kind: SchemaIssueKind;
  /** Path of the missing key, the unknown key or the invalid value. */
  path: PathSegment[];
  range: OffsetRange;
  message: string;
  data?: Record<string, unknown>;
}

type JsonSchema = Record<string, any>;

let ajvInstance: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function ajv(): Ajv {
  if (!ajvInstance) {
    ajvInstance = new Ajv({ allErrors: true, verbose: true, strict: false });
    addFormats(ajvInstance, ['date', 'email', 'uri']);
  }
  return ajvInstance;
}

function compileOnce(key: string, build: () => JsonSchema): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv().compile(build());
    compiled.set(key, fn);
  }
  return fn;
}

export const INVENTORY_SCHEMA = inventorySchema as JsonSchema;
export const POLICY_SCHEMA = policySchema as JsonSchema;

/** The inventory schema without the entries' contents (they are validated one by one). */
function shellValidator(): ValidateFunction {
  return compileOnce('inventory-shell', () => ({
    ...INVENTORY_SCHEMA,
    $id: 'inventory-shell',
    properties: { ...INVENTORY_SCHEMA.properties, subprocessors: { type: 'array' } },
  }));
}

function entryValidator(): ValidateFunction {
  return compileOnce('inventory-entry', () => ({
    ...INVENTORY_SCHEMA.definitions.subprocessor,
    $id: 'inventory-entry',
    definitions: INVENTORY_SCHEMA.definitions,
  }));
}

function policyValidator(): ValidateFunction {
  return compileOnce('policy', () => ({ ...POLICY_SCHEMA, $id: 'policy' }));
}

/** Validates everything but the entries' contents. */
export function validateShell(model: InventoryModel, rawValue: unknown): SchemaIssue[] {
  const value = model.value;
  if (!value) {
    if (rawValue === null || rawValue === undefined) return []; // empty: `missing-field` says so once
    const validate = shellValidator();
    validate(rawValue);
    return mapErrors(validate.errors ?? [], model.root, [], INVENTORY_SCHEMA);
  }
  const probe = { ...value };
  if (Array.isArray(probe.subprocessors)) probe.subprocessors = probe.subprocessors.map(() => ({}));
  const validate = shellValidator();
  validate(probe);
  return mapErrors(validate.errors ?? [], model.root, [], INVENTORY_SCHEMA);
}

/** Validates one entry with what it inherits from `defaults`; errors in inherited fields are reported at `defaults`. */
export function validateEntry(model: InventoryModel, entry: EntryModel): SchemaIssue[] {
  const validate = entryValidator();
  const raw = model.value && Array.isArray(model.value.subprocessors) ? model.value.subprocessors[entry.index] : undefined;
  validate(entry.own ? entry.effective : raw);
  const errors = (validate.errors ?? []).filter((e) => {
    if (e.keyword === 'required') return true;
    const first = decodePath(e.instancePath)[0];
    return !(typeof first === 'string' && entry.inherited.has(first));
  });
  return mapErrors(errors, model.root, entry.path, INVENTORY_SCHEMA.definitions.subprocessorFields, entry);
}

/** Validates a policy document's plain value. */
export function validatePolicyValue(root: unknown, value: unknown): SchemaIssue[] {
  const validate = policyValidator();
  validate(value);
  return mapErrors(validate.errors ?? [], root, [], POLICY_SCHEMA);
}

export function decodePath(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeType(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text "${truncate(v)}"`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  object: 'a mapping of fields',
  array: 'a list',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function fieldLabel(path: readonly PathSegment[]): string {
  const named = [...path].reverse().find((s) => typeof s === 'string');
  return named === undefined ? 'The inventory' : `\`${String(named)}\``;
}

const PATTERN_HINTS: Record<string, string> = {
  id: 'an id is kebab-case: lowercase letters, digits and hyphens (for example `mongodb-atlas`)',
  countries: 'use an ISO 3166-1 alpha-2 code in capitals (for example `BE`, `US`), `EU` or `GLOBAL`',
  regions: 'write a cloud region as `provider:code` (for example `gcp:europe-west1`, `aws:eu-west-3`)',
  certifications: 'a certification is an id such as `soc2-type2` or `iso27001`',
  claims: 'a claim is an id such as `gdpr-compliant`',
  languages: 'use an ISO 639-1 code in lowercase (for example `en`, `fr`)',
};

/** Where an entry's missing or invalid field is described in the schema. */
function propertySchema(schemaRoot: JsonSchema, segments: readonly PathSegment[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = schemaRoot;
  for (const seg of segments) {
    if (!s) return undefined;
    if (s.$ref) s = resolveRef(s.$ref);
    if (typeof seg === 'number') s = s?.items;
    else s = s?.properties?.[seg] ?? s?.allOf?.map((x: JsonSchema) => resolveRef(x.$ref) ?? x).find((x: JsonSchema) => x?.properties?.[seg])?.properties?.[seg];
  }
  if (s?.$ref) s = resolveRef(s.$ref);
  return s;
}

function resolveRef(ref: string | undefined): JsonSchema | undefined {
  if (!ref?.startsWith('#/definitions/')) return undefined;
  return INVENTORY_SCHEMA.definitions[ref.slice('#/definitions/'.length)];
}

function mapErrors(
  errors: ErrorObject[],
  root: unknown,
  prefix: readonly PathSegment[],
  schemaRoot: JsonSchema,
  entry?: EntryModel,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const entryName = entry ? (entry.id ? `Sub-processor "${entry.id}"` : `Sub-processor #${entry.index + 1}`) : undefined;
  for (const e of errors) {
    const rel = decodePath(e.instancePath);
    const path = [...prefix, ...rel];
    const key = `${e.keyword}:${e.instancePath}:${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = rel.length === 0 && entryName ? entryName : fieldLabel(path);
    switch (e.keyword) {
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        const doc = propertySchema(schemaRoot, [...rel, missing])?.description as string | undefined;
        issues.push({
          kind: 'missing',
          path: [...path, missing],
          range: mappingNameRange(root, path),
          message: `${where} is missing the required field \`${missing}\`${doc ? `: ${firstSentence(doc)}` : '.'}`,
          data: { field: missing, parent: path },
        });
        break;
      }
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(((e.parentSchema as JsonSchema | undefined)?.properties ?? {}) as object);
        const present = e.data && typeof e.data === 'object' ? Object.keys(e.data as object) : [];
        const suggestion = closest(extra, known.filter((k) => !present.includes(k)));
        issues.push({
          kind: 'unknown',
          path: [...path, extra],
          range: keyRangeAt(root, [...path, extra]),
          message: `Unknown field \`${extra}\` in ${rel.length === 0 && entryName ? `s${entryName.slice(1)}` : path.length === 0 ? 'the top level' : fieldLabel(path)}${
            suggestion ? `: did you mean \`${suggestion}\`?` : `. Known fields: ${known.join(', ')}.`
          }`,
          data: suggestion ? { field: extra, suggestion } : { field: extra },
        });
        break;
      }
      default: {
        const message = invalidMessage(e, path, where);
        if (!message) continue;
        const target = e.keyword === 'uniqueItems' ? [...path, (e.params as { i: number }).i] : path;
        issues.push({ kind: 'invalid', path: target, range: valueRangeAt(root, target), message: message.text, data: message.data });
      }
    }
  }
  return issues;
}

function firstSentence(s: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(s);
  return m ? m[1] : `${s}.`;
}

function invalidMessage(e: ErrorObject, path: readonly PathSegment[], where: string): { text: string; data?: Record<string, unknown> } | undefined {
  const p = e.params as Record<string, any>;
  const value = e.data;
  const parentKey = [...path].reverse().find((s) => typeof s === 'string') as string | undefined;
  switch (e.keyword) {
    case 'type': {
      const wanted = (Array.isArray(p.type) ? p.type : String(p.type).split(','))
        .map((t: string) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      if (path.length === 0) {
        return { text: `A sub-processor inventory is a mapping with \`inventory:\` and \`subprocessors:\` at the top level, not ${describeType(value)}.` };
      }
      if (path.length === 2 && path[0] === 'subprocessors') {
        return { text: `Each sub-processor is a mapping of fields (\`id\`, \`name\`, ...), not ${describeType(value)}.` };
      }
      return { text: `${where} must be ${wanted}, not ${describeType(value)}.` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        text: `${typeof value === 'string' ? `"${truncate(value)}"` : describeType(value)} is not a valid ${where}${
          suggestion ? `: did you mean \`${suggestion}\`?` : `: use one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`
        }`,
        data: { allowed, ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'format': {
      const shown = `"${truncate(String(value))}"`;
      if (p.format === 'date') return { text: `${shown} is not a valid date for ${where}: write it as YYYY-MM-DD (for example 2025-08-01).` };
      if (p.format === 'email') return { text: `${shown} is not an email address (${where}).` };
      if (p.format === 'uri') return { text: `${shown} is not an absolute URL (${where}): start it with https://.` };
      return { text: `${shown} is not a valid ${p.format} (${where}).` };
    }
    case 'pattern': {
      const hint = PATTERN_HINTS[parentKey ?? ''] ?? 'see the field\'s description';
      return { text: `"${truncate(String(value))}" is not valid here: ${hint}.` };
    }
    case 'minLength':
      return { text: `${where} must not be empty.` };
    case 'uniqueItems':
      return { text: `${where} lists the same value twice (items ${p.j + 1} and ${p.i + 1}); remove one.` };
    case 'minItems':
      return { text: `${where} needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}.` };
    case 'minimum':
    case 'maximum':
      return { text: `${where} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${p.limit}, not ${String(value)}.` };
    case 'propertyNames':
      return undefined; // reported by the nested `pattern` error
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
    case 'if':
      return undefined; // the nested errors say what is wrong
    default:
      return { text: `${where}: ${e.message ?? 'invalid value'}.` };
  }
}
