/**
 * Validation against `schemas/*.schema.json` with ajv, compiled once per process. Each ajv error is mapped
 * back to the YAML node its instance path names, so a finding underlines the exact key or value.
 *
 * The document is validated in two parts: the "shell" (everything but the entries' contents) once, and
 * each entry on its own with the fields it inherits from `defaults`, so that results can be kept per entry.
 */
import { entryRef as refOf, type Fact, type SchemaFact } from './facts';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isIdnEmail } from './idnEmail';
import type { EntryModel, InventoryModel } from './model';
import { closest } from '../knowledge';
import { QuickSchema } from './schemaQuickCheck';
import { INVENTORY_SCHEMA, POLICY_SCHEMA, schemaAt, type DocumentKind, type JsonSchema } from './schemaWalk';
import type { OffsetRange } from './types';
import { keyRangeAt, mappingNameRange, valueRangeAt, type PathSegment } from './yamlNodes';

/** The messages of `missing-field` that schema issues use. */
type MissingMessageId = 'missing' | 'missingDoc';
/** The messages of `unknown-field` that schema issues use. */
type UnknownMessageId = 'unknownSuggest' | 'unknown';
/** The messages of `invalid-value` that schema issues use. */
type InvalidMessageId =
  | 'notInventoryShape'
  | 'entryNotMapping'
  | 'wrongType'
  | 'enumSuggest'
  | 'enum'
  | 'badDate'
  | 'badEmail'
  | 'badUrl'
  | 'badFormat'
  | 'badPattern'
  | 'empty'
  | 'duplicateItem'
  | 'tooFew'
  | 'tooSmall'
  | 'tooLarge'
  | 'wrongTypeOrUnknown'
  | 'other';

/** The facts of a schema issue: its message's placeholders, and what the fixes need. */
export interface SchemaIssueData {
  /** The place the message names: a field, an entry, the inventory, the top level. */
  where: Fact;
  /** The missing or unknown field. */
  field?: string;
  /** For a missing field, the path of the mapping it belongs in. */
  parent?: PathSegment[];
  /** The missing field's description (its first sentence is shown). */
  doc?: SchemaFact;
  /** A did-you-mean: the closest known field or allowed value. */
  suggestion?: string;
  /** The known fields there, or an enum's allowed values. */
  known?: string[];
  allowed?: string[];
  /** The allowed values, written for the message. */
  choices?: string;
  /** The value found (its shape, its text), and the types wanted. */
  shown?: SchemaFact;
  actual?: string | SchemaFact;
  wanted?: SchemaFact;
  format?: string;
  value?: string;
  hint?: SchemaFact;
  first?: number;
  second?: number;
  limit?: number;
  detail?: SchemaFact;
}

export type SchemaIssue =
  | { kind: 'missing'; path: PathSegment[]; range: OffsetRange; messageId: MissingMessageId; data: SchemaIssueData }
  | { kind: 'unknown'; path: PathSegment[]; range: OffsetRange; messageId: UnknownMessageId; data: SchemaIssueData }
  | { kind: 'invalid'; path: PathSegment[]; range: OffsetRange; messageId: InvalidMessageId; data: SchemaIssueData };

let ajvInstance: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function ajv(): Ajv {
  if (!ajvInstance) {
    ajvInstance = new Ajv({ allErrors: true, verbose: true, strict: false });
    addFormats(ajvInstance, ['date', 'email', 'uri']);
    // `contact` may be an internationalised address (RFC 6531): ajv-formats has no `idn-email` check (`idnEmail.ts`).
    const email = ajvInstance.compile({ type: 'string', format: 'email' });
    ajvInstance.addFormat('idn-email', (value: string) => isIdnEmail(value, (ascii) => email(ascii) === true));
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

export { INVENTORY_SCHEMA, POLICY_SCHEMA };

/** The formats the schemas use. */
type SchemaFormat = 'date' | 'email' | 'idn-email' | 'uri';
const SCHEMA_FORMATS: readonly string[] = ['date', 'email', 'idn-email', 'uri'] satisfies SchemaFormat[];

/** Whether a text has one of the schema's formats, by the very check the schema applies (for writers such as import). */
export function hasSchemaFormat(format: SchemaFormat, value: string): boolean {
  return compileOnce(`format:${format}`, () => ({ type: 'string', format }))(value) === true;
}

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
    return mapErrors(validate.errors ?? [], model.root, [], 'inventory');
  }
  const probe = { ...value };
  if (Array.isArray(probe.subprocessors)) probe.subprocessors = probe.subprocessors.map(() => ({}));
  const validate = shellValidator();
  validate(probe);
  return mapErrors(validate.errors ?? [], model.root, [], 'inventory');
}

let quickEntry: ((value: unknown) => boolean) | undefined;

/**
 * Whether an entry's value certainly satisfies the entry schema (`schemaQuickCheck.ts`): most entries do, and then
 * ajv, which would find nothing, is not asked.
 */
export function quickEntryValid(value: unknown): boolean {
  quickEntry ??= new QuickSchema(INVENTORY_SCHEMA, (format, v) =>
    SCHEMA_FORMATS.includes(format) ? hasSchemaFormat(format as SchemaFormat, v) : undefined,
  ).compile(INVENTORY_SCHEMA.definitions.subprocessor);
  return quickEntry(value);
}

/** ajv's own answer for an entry's value (the differential test of `quickEntryValid` compares both). */
export function ajvEntryValid(value: unknown): boolean {
  return entryValidator()(value) === true;
}

/** Validates one entry with what it inherits from `defaults`; errors in inherited fields are reported at `defaults`. */
export function validateEntry(model: InventoryModel, entry: EntryModel): SchemaIssue[] {
  const raw = model.value && Array.isArray(model.value.subprocessors) ? model.value.subprocessors[entry.index] : undefined;
  const value = entry.own ? entry.effective : raw;
  if (quickEntryValid(value)) return [];
  const validate = entryValidator();
  validate(value);
  const errors = (validate.errors ?? []).filter((e) => {
    if (e.keyword === 'required') return true;
    const first = decodePath(e.instancePath)[0];
    return !(typeof first === 'string' && entry.inherited.has(first));
  });
  return mapErrors(errors, model.root, entry.path, 'inventory', entry);
}

/** Validates a policy document's plain value. */
export function validatePolicyValue(root: unknown, value: unknown): SchemaIssue[] {
  const validate = policyValidator();
  validate(value);
  return mapErrors(validate.errors ?? [], root, [], 'policy');
}

function decodePath(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A value as a message shows it: its shape, and its text for a scalar. */
function describeType(v: unknown): SchemaFact {
  if (v === null || v === undefined) return { fact: 'schemaValue', shape: 'nothing' };
  if (Array.isArray(v)) return { fact: 'schemaValue', shape: 'list' };
  if (typeof v === 'object') return { fact: 'schemaValue', shape: 'mapping' };
  if (typeof v === 'string') return { fact: 'schemaValue', shape: 'text', text: truncate(v) };
  return { fact: 'schemaValue', shape: typeof v === 'number' ? 'number' : 'value', text: String(v) };
}

/** A text value, in quotes. */
function quoted(v: string): SchemaFact {
  return { fact: 'schemaValue', shape: 'quoted', text: truncate(v) };
}

function fieldLabel(path: readonly PathSegment[]): SchemaFact {
  const last = path[path.length - 1];
  const list = path[path.length - 2];
  // The item itself is wrong (`countries: [FR, 5]`): the message names the item, not the whole list.
  if (typeof last === 'number' && typeof list === 'string') return { fact: 'schemaPlace', place: 'item', field: list, index: last };
  const named = [...path].reverse().find((s) => typeof s === 'string');
  return named === undefined ? { fact: 'schemaPlace', place: 'inventory' } : { fact: 'schemaPlace', place: 'field', field: String(named) };
}

/** Keywords that say a value does not have a shape (or is not the one value) an alternative wants. */
const SHAPE_KEYWORDS = new Set(['type', 'const']);
/** Keywords that combine alternatives or conditions: their nested errors say what is wrong. */
const COMBINING_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'if']);

/**
 * The shape errors (`type`, `const`) of a place with alternatives (`anyOf`: `transfer` is a mapping, a list of them
 * or `unknown`) come one per alternative. When the value has one alternative's shape and fails inside it (an error
 * under it, or at it with any other keyword: a bound, a missing field, a format), that error says what is wrong, and
 * the other alternatives' "must be a list" would be spurious findings. When it has none of their shapes (`transfer: 5`),
 * they are one mistake: the first of them speaks for all (`shapeErrorsAt` gives it every alternative's type).
 */
function shapeErrorsToSkip(errors: readonly ErrorObject[]): Set<ErrorObject> {
  const skip = new Set<ErrorObject>();
  const alternativesAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const at of alternativesAt) {
    const shapes = errors.filter((e) => e.instancePath === at && SHAPE_KEYWORDS.has(e.keyword));
    const hasAShape = errors.some(
      (d) =>
        d.instancePath.startsWith(`${at}/`) ||
        (d.instancePath === at && !SHAPE_KEYWORDS.has(d.keyword) && !COMBINING_KEYWORDS.has(d.keyword)),
    );
    for (const e of hasAShape ? shapes : shapes.slice(1)) skip.add(e);
  }
  // A value of the wrong type for a field with a list of values: "is not a valid `criticality`: use one of …" says it.
  for (const e of errors)
    if (e.keyword === 'type' && errors.some((d) => d.keyword === 'enum' && d.instancePath === e.instancePath)) skip.add(e);
  return skip;
}

/** A text field that holds a date (or `unknown`): `format: date`, or an alternative that has it. */
function isDate(schema: JsonSchema | undefined): boolean {
  return schema?.format === 'date' || (Array.isArray(schema?.anyOf) && schema.anyOf.some((b: JsonSchema) => b.format === 'date'));
}

/** The types a place's shape errors want, a format's name for text of one format (`date`), and whether `unknown` is one of them. */
function shapeErrorsAt(errors: readonly ErrorObject[], e: ErrorObject): { types: string[]; orUnknown: boolean } {
  const alternatives = errors.some((d) => d.keyword === 'anyOf' && d.instancePath === e.instancePath)
    ? errors.filter((d) => d.instancePath === e.instancePath && SHAPE_KEYWORDS.has(d.keyword))
    : [e];
  const types: string[] = [];
  let orUnknown = false;
  for (const d of alternatives) {
    const parent = d.parentSchema as JsonSchema | undefined;
    if (d.keyword === 'const') {
      if ((d.params as { allowedValue?: unknown }).allowedValue === 'unknown') orUnknown = true;
      continue;
    }
    const wanted = (d.params as { type: string | string[] }).type;
    for (const t of Array.isArray(wanted) ? wanted : String(wanted).split(',')) {
      // A field that is a mapping (or a list) or, as text, only `unknown` (`if: text, then: unknown`).
      if (t === 'string' && parent?.if?.type === 'string' && parent?.then?.const === 'unknown') orUnknown = true;
      else if (t === 'string' && isDate(parent)) {
        types.push('date');
        if (parent?.anyOf?.some((b: JsonSchema) => b.const === 'unknown')) orUnknown = true;
      } else types.push(t);
    }
  }
  return { types: [...new Set(types)], orUnknown };
}

function mapErrors(
  errors: ErrorObject[],
  root: unknown,
  prefix: readonly PathSegment[],
  kind: DocumentKind,
  entry?: EntryModel,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const entryName = (inside: boolean): SchemaFact | undefined =>
    entry && { fact: 'schemaPlace', place: 'entry', entry: refOf(entry), inside };
  const skipped = shapeErrorsToSkip(errors);
  for (const e of errors) {
    if (skipped.has(e)) continue;
    const rel = decodePath(e.instancePath);
    const path = [...prefix, ...rel];
    const key = `${e.keyword}:${e.instancePath}:${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where: Fact = (rel.length === 0 && entryName(false)) || fieldLabel(path);
    switch (e.keyword) {
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        const description = schemaAt(kind, [...path, missing])?.description as string | undefined;
        issues.push({
          kind: 'missing',
          path: [...path, missing],
          range: mappingNameRange(root, path),
          messageId: description !== undefined ? 'missingDoc' : 'missing',
          data: { where, field: missing, parent: path, ...(description !== undefined ? { doc: { fact: 'schemaDoc', description } } : {}) },
        });
        break;
      }
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(((e.parentSchema as JsonSchema | undefined)?.properties ?? {}) as object);
        const present = e.data && typeof e.data === 'object' ? Object.keys(e.data as object) : [];
        const suggestion = closest(
          extra,
          known.filter((k) => !present.includes(k)),
        );
        issues.push({
          kind: 'unknown',
          path: [...path, extra],
          range: keyRangeAt(root, [...path, extra]),
          messageId: suggestion ? 'unknownSuggest' : 'unknown',
          data: {
            where:
              (rel.length === 0 && entryName(true)) || (path.length === 0 ? { fact: 'schemaPlace', place: 'topLevel' } : fieldLabel(path)),
            field: extra,
            known,
            ...(suggestion ? { suggestion } : {}),
          },
        });
        break;
      }
      default: {
        const message = invalidMessage(e, path, kind, errors);
        if (!message) continue;
        const target = e.keyword === 'uniqueItems' ? [...path, (e.params as { i: number }).i] : path;
        issues.push({
          kind: 'invalid',
          path: target,
          range: valueRangeAt(root, target),
          messageId: message.id,
          data: { where, ...message.data },
        });
      }
    }
  }
  return issues;
}

type InvalidMessage = { id: InvalidMessageId; data?: Omit<SchemaIssueData, 'where'> };

/** "`transfer` must be a mapping of fields or a list, or `unknown` …, not the number 5": every shape the place takes. */
function wantedShape(
  e: ErrorObject,
  errors: readonly ErrorObject[],
  kind: DocumentKind,
  path: readonly PathSegment[],
): InvalidMessage | undefined {
  const { types, orUnknown } = shapeErrorsAt(errors, e);
  if (e.keyword === 'const' && types.length === 0) {
    // Text that is not `unknown` where the other shapes are the field's own types (`dataLocation: hello`); a text
    // field that is a date or an email, or `unknown`, has no other type: the format error beside this one says it.
    const own = schemaAt(kind, path)?.type;
    if (!Array.isArray(own)) return undefined;
    types.push(...own.filter((t: string) => t && t !== 'string'));
  }
  const actual = describeType(e.data);
  // Text of any kind includes `unknown`: no need to name it.
  if (orUnknown && !types.includes('string'))
    return { id: 'wrongTypeOrUnknown', data: { wanted: { fact: 'schemaTypes', types, orValue: true }, actual } };
  return { id: 'wrongType', data: { wanted: { fact: 'schemaTypes', types }, actual } };
}

function invalidMessage(
  e: ErrorObject,
  path: readonly PathSegment[],
  kind: DocumentKind,
  errors: readonly ErrorObject[],
): InvalidMessage | undefined {
  // ajv's params differ per keyword; each case below reads the ones its keyword has.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const p = e.params as Record<string, any>;
  const value = e.data;
  const parentKey = [...path].reverse().find((s) => typeof s === 'string') as string | undefined;
  switch (e.keyword) {
    case 'type': {
      const actual = describeType(value);
      if (path.length === 0) return { id: 'notInventoryShape', data: { actual } };
      if (path.length === 2 && path[0] === 'subprocessors') return { id: 'entryNotMapping', data: { actual } };
      return wantedShape(e, errors, kind, path);
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const shown = typeof value === 'string' ? quoted(value) : describeType(value);
      return suggestion
        ? { id: 'enumSuggest', data: { shown, allowed, suggestion } }
        : { id: 'enum', data: { shown, allowed, choices: allowed.map((a) => `\`${a}\``).join(', ') } };
    }
    case 'format': {
      const shown = quoted(String(value));
      if (p.format === 'date') return { id: 'badDate', data: { shown } };
      if (p.format === 'email' || p.format === 'idn-email') return { id: 'badEmail', data: { shown } };
      if (p.format === 'uri') return { id: 'badUrl', data: { shown } };
      return { id: 'badFormat', data: { shown, format: String(p.format) } };
    }
    case 'pattern':
      return {
        id: 'badPattern',
        data: { value: truncate(String(value)), hint: { fact: 'schemaHint', field: parentKey ?? '' } },
      };
    case 'minLength':
      return { id: 'empty' };
    case 'uniqueItems':
      return { id: 'duplicateItem', data: { first: p.j + 1, second: p.i + 1 } };
    case 'minItems':
      return { id: 'tooFew', data: { limit: p.limit } };
    case 'minimum':
    case 'maximum':
      return { id: e.keyword === 'minimum' ? 'tooSmall' : 'tooLarge', data: { limit: p.limit, actual: String(value) } };
    case 'const':
      // A field that may be `unknown` (not known yet) holds something else: say what it may be.
      if (p.allowedValue !== 'unknown') return { id: 'other', data: { detail: { fact: 'schemaDetail', text: e.message } } };
      return wantedShape(e, errors, kind, path);
    case 'propertyNames':
      return undefined; // reported by the nested `pattern` error
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
    case 'if':
      return undefined; // the nested errors say what is wrong
    default:
      return { id: 'other', data: { detail: { fact: 'schemaDetail', text: e.message } } };
  }
}
