/**
 * Validation against `schemas/*.schema.json` with ajv, compiled once per process. Each ajv error is mapped
 * back to the YAML node its instance path names, so a finding underlines the exact key or value.
 *
 * The document is validated in two parts: the "shell" (everything but the entries' contents) once, and
 * each entry on its own with the fields it inherits from `defaults`, so that results can be kept per entry.
 */
import type { Fact } from './facts';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { EntryModel, InventoryModel } from './model';
import { closest, typeset, type Lang } from '../knowledge';
import { INVENTORY_SCHEMA, POLICY_SCHEMA, schemaAt, type DocumentKind, type JsonSchema } from './schemaWalk';
import { describedIn } from './schemaText';
import type { OffsetRange } from './types';
import { keyRangeAt, mappingNameRange, valueRangeAt, type PathSegment } from './yamlNodes';

/** The messages of `missing-field` that schema issues use. */
export type MissingMessageId = 'missing' | 'missingDoc';
/** The messages of `unknown-field` that schema issues use. */
export type UnknownMessageId = 'unknownSuggest' | 'unknown';
/** The messages of `invalid-value` that schema issues use. */
export type InvalidMessageId =
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
  | 'tooFewOne'
  | 'tooSmall'
  | 'tooLarge'
  | 'wrongTypeOrUnknown'
  | 'other';

/** The facts of a schema issue: its message's placeholders, and what the fixes need. */
export interface SchemaIssueData {
  /** How the message names the place: "`dataLocation`", "Sub-processor \"acme\"", "the top level". */
  where: string | Fact;
  /** The missing or unknown field. */
  field?: string;
  /** For a missing field, the path of the mapping it belongs in. */
  parent?: PathSegment[];
  /** The first sentence of the missing field's description. */
  doc?: string;
  /** A did-you-mean: the closest known field or allowed value. */
  suggestion?: string;
  /** The known fields there, or an enum's allowed values. */
  known?: string[];
  allowed?: string[];
  /** The allowed values, written for the message. */
  choices?: string;
  /** The value as shown ("\"text\"", "a list"...), and what was wanted. */
  shown?: string;
  actual?: string;
  wanted?: string;
  format?: string;
  value?: string;
  hint?: string;
  first?: number;
  second?: number;
  limit?: number;
  detail?: string;
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

/** Whether a text has one of the schema's formats, by the very check the schema applies (for writers such as import). */
export function hasSchemaFormat(format: 'date' | 'email' | 'uri', value: string): boolean {
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
export function validateShell(model: InventoryModel, rawValue: unknown, lang: Lang = 'en'): SchemaIssue[] {
  const value = model.value;
  if (!value) {
    if (rawValue === null || rawValue === undefined) return []; // empty: `missing-field` says so once
    const validate = shellValidator();
    validate(rawValue);
    return mapErrors(validate.errors ?? [], model.root, [], 'inventory', lang);
  }
  const probe = { ...value };
  if (Array.isArray(probe.subprocessors)) probe.subprocessors = probe.subprocessors.map(() => ({}));
  const validate = shellValidator();
  validate(probe);
  return mapErrors(validate.errors ?? [], model.root, [], 'inventory', lang);
}

/** Validates one entry with what it inherits from `defaults`; errors in inherited fields are reported at `defaults`. */
export function validateEntry(model: InventoryModel, entry: EntryModel, lang: Lang = 'en'): SchemaIssue[] {
  const validate = entryValidator();
  const raw = model.value && Array.isArray(model.value.subprocessors) ? model.value.subprocessors[entry.index] : undefined;
  validate(entry.own ? entry.effective : raw);
  const errors = (validate.errors ?? []).filter((e) => {
    if (e.keyword === 'required') return true;
    const first = decodePath(e.instancePath)[0];
    return !(typeof first === 'string' && entry.inherited.has(first));
  });
  return mapErrors(errors, model.root, entry.path, 'inventory', lang, entry);
}

/** Validates a policy document's plain value. */
export function validatePolicyValue(root: unknown, value: unknown, lang: Lang = 'en'): SchemaIssue[] {
  const validate = policyValidator();
  validate(value);
  return mapErrors(validate.errors ?? [], root, [], 'policy', lang);
}

export function decodePath(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The words schema messages are written from, in each language. */
interface SchemaWords {
  nothing: string;
  aList: string;
  aMapping: string;
  text(v: string): string;
  quote(v: string): string;
  number(v: string): string;
  value(v: string): string;
  types: Record<string, string>;
  or: string;
  aValue: string;
  inventory: string;
  topLevel: string;
  /** An entry as the subject of a message ("Sub-processor "acme"") and inside one ("sub-processor "acme""). */
  entry(name: string, inside: boolean): string;
  hints: Record<string, string>;
  seeDescription: string;
  invalidValue: string;
}

const WORDS: Record<Lang, SchemaWords> = {
  en: {
    nothing: 'nothing',
    aList: 'a list',
    aMapping: 'a mapping',
    text: (v) => `the text "${v}"`,
    quote: (v) => `"${v}"`,
    number: (v) => `the number ${v}`,
    value: (v) => `the value ${v}`,
    types: {
      string: 'text',
      object: 'a mapping of fields',
      array: 'a list',
      boolean: 'true or false',
      number: 'a number',
      integer: 'a whole number',
    },
    or: ' or ',
    aValue: 'a value',
    inventory: 'The inventory',
    topLevel: 'the top level',
    entry: (name, inside) => `${inside ? 's' : 'S'}ub-processor ${name}`,
    hints: {
      id: 'an id is kebab-case: lowercase letters, digits and hyphens (for example `mongodb-atlas`)',
      countries: 'use an ISO 3166-1 alpha-2 code in capitals (for example `BE`, `US`), `EU` or `GLOBAL`',
      regions: 'write a cloud region as `provider:code` (for example `gcp:europe-west1`, `aws:eu-west-3`)',
      certifications: 'a certification is an id such as `soc2-type2` or `iso27001`',
      claims: 'a claim is an id such as `gdpr-compliant`',
      languages: 'use an ISO 639-1 code in lowercase (for example `en`, `fr`)',
      rule: 'a rule id is kebab-case, as in docs/rules (for example `weak-admin-mfa`)',
    },
    seeDescription: "see the field's description",
    invalidValue: 'invalid value',
  },
  fr: {
    nothing: 'rien',
    aList: 'une liste',
    aMapping: 'un mapping',
    text: (v) => `le texte « ${v} »`,
    quote: (v) => `« ${v} »`,
    number: (v) => `le nombre ${v}`,
    value: (v) => `la valeur ${v}`,
    types: {
      string: 'un texte',
      object: 'un mapping de champs',
      array: 'une liste',
      boolean: 'true ou false',
      number: 'un nombre',
      integer: 'un nombre entier',
    },
    or: ' ou ',
    aValue: 'une valeur',
    inventory: 'Le registre',
    topLevel: 'le premier niveau',
    entry: (name, inside) => `${inside ? 'l' : 'L'}e sous-traitant ${name}`,
    hints: {
      id: 'un identifiant s’écrit en kebab-case : minuscules, chiffres et traits d’union (par exemple `mongodb-atlas`)',
      countries: 'écrivez un code ISO 3166-1 alpha-2 en majuscules (par exemple `BE`, `US`), `EU` ou `GLOBAL`',
      regions: 'écrivez une région cloud sous la forme `fournisseur:code` (par exemple `gcp:europe-west1`, `aws:eu-west-3`)',
      certifications: 'une certification est un identifiant comme `soc2-type2` ou `iso27001`',
      claims: 'une déclaration est un identifiant comme `gdpr-compliant`',
      languages: 'écrivez un code ISO 639-1 en minuscules (par exemple `en`, `fr`)',
      rule: 'un identifiant de règle s’écrit en kebab-case, comme dans docs/rules (par exemple `weak-admin-mfa`)',
    },
    seeDescription: 'voyez la description du champ',
    invalidValue: 'valeur invalide',
  },
};

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function describeType(v: unknown, w: SchemaWords): string {
  if (v === null || v === undefined) return w.nothing;
  if (Array.isArray(v)) return w.aList;
  if (typeof v === 'object') return w.aMapping;
  if (typeof v === 'string') return w.text(truncate(v));
  return typeof v === 'number' ? w.number(String(v)) : w.value(String(v));
}

function fieldLabel(path: readonly PathSegment[], w: SchemaWords): string {
  const named = [...path].reverse().find((s) => typeof s === 'string');
  return named === undefined ? w.inventory : `\`${String(named)}\``;
}

function mapErrors(
  errors: ErrorObject[],
  root: unknown,
  prefix: readonly PathSegment[],
  kind: DocumentKind,
  lang: Lang,
  entry?: EntryModel,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const w = WORDS[lang];
  const spaced = (s: string) => typeset(s, lang);
  const entryRef = entry ? (entry.id ? (lang === 'fr' ? `« ${entry.id} »` : `"${entry.id}"`) : `#${entry.index + 1}`) : undefined;
  const entryName = entryRef === undefined ? undefined : spaced(w.entry(entryRef, false));
  for (const e of errors) {
    // A value of one alternative's shape (`transfer` as one mapping) that fails inside it: the error inside says
    // what is wrong; "must be a list" (or "or `unknown`") from another alternative would be a second, spurious finding.
    if (
      (e.keyword === 'type' || e.keyword === 'const') &&
      e.schemaPath.includes('/anyOf/') &&
      errors.some((d) => d.instancePath.startsWith(`${e.instancePath}/`))
    )
      continue;
    const rel = decodePath(e.instancePath);
    const path = [...prefix, ...rel];
    const key = `${e.keyword}:${e.instancePath}:${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = rel.length === 0 && entryName ? entryName : fieldLabel(path, w);
    switch (e.keyword) {
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        const doc = describedIn(schemaAt(kind, [...path, missing])?.description as string | undefined, lang);
        issues.push({
          kind: 'missing',
          path: [...path, missing],
          range: mappingNameRange(root, path),
          messageId: doc ? 'missingDoc' : 'missing',
          data: { where, field: missing, parent: path, ...(doc ? { doc: firstSentence(doc) } : {}) },
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
            where: rel.length === 0 && entryRef ? spaced(w.entry(entryRef, true)) : path.length === 0 ? w.topLevel : fieldLabel(path, w),
            field: extra,
            known,
            ...(suggestion ? { suggestion } : {}),
          },
        });
        break;
      }
      default: {
        const message = invalidMessage(e, path, kind, w, spaced);
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

function firstSentence(s: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(s);
  return m ? m[1] : `${s}.`;
}

type InvalidMessage = { id: InvalidMessageId; data?: Omit<SchemaIssueData, 'where'> };

function invalidMessage(
  e: ErrorObject,
  path: readonly PathSegment[],
  kind: DocumentKind,
  w: SchemaWords,
  spaced: (s: string) => string,
): InvalidMessage | undefined {
  // ajv's params differ per keyword; each case below reads the ones its keyword has.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const p = e.params as Record<string, any>;
  const value = e.data;
  const parentKey = [...path].reverse().find((s) => typeof s === 'string') as string | undefined;
  switch (e.keyword) {
    case 'type': {
      const wanted = (Array.isArray(p.type) ? p.type : String(p.type).split(',')).map((t: string) => w.types[t] ?? t).join(w.or);
      const actual = spaced(describeType(value, w));
      if (path.length === 0) return { id: 'notInventoryShape', data: { actual } };
      if (path.length === 2 && path[0] === 'subprocessors') return { id: 'entryNotMapping', data: { actual } };
      return { id: 'wrongType', data: { wanted, actual } };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const shown = typeof value === 'string' ? spaced(w.quote(truncate(value))) : describeType(value, w);
      return suggestion
        ? { id: 'enumSuggest', data: { shown, allowed, suggestion } }
        : { id: 'enum', data: { shown, allowed, choices: allowed.map((a) => `\`${a}\``).join(', ') } };
    }
    case 'format': {
      const shown = spaced(w.quote(truncate(String(value))));
      if (p.format === 'date') return { id: 'badDate', data: { shown } };
      if (p.format === 'email') return { id: 'badEmail', data: { shown } };
      if (p.format === 'uri') return { id: 'badUrl', data: { shown } };
      return { id: 'badFormat', data: { shown, format: String(p.format) } };
    }
    case 'pattern':
      return {
        id: 'badPattern',
        data: { value: truncate(String(value)), hint: spaced(w.hints[parentKey ?? ''] ?? w.seeDescription) },
      };
    case 'minLength':
      return { id: 'empty' };
    case 'uniqueItems':
      return { id: 'duplicateItem', data: { first: p.j + 1, second: p.i + 1 } };
    case 'minItems':
      return p.limit === 1 ? { id: 'tooFewOne', data: { limit: 1 } } : { id: 'tooFew', data: { limit: p.limit } };
    case 'minimum':
    case 'maximum':
      return { id: e.keyword === 'minimum' ? 'tooSmall' : 'tooLarge', data: { limit: p.limit, actual: String(value) } };
    case 'const': {
      // A field that may be `unknown` (not known yet) holds other text: say what it may be.
      if (p.allowedValue !== 'unknown') return { id: 'other', data: { detail: e.message ?? w.invalidValue } };
      const types = schemaAt(kind, path)?.type;
      // A text field that is a date or an email, or `unknown`: the format error beside this one says it.
      if (!Array.isArray(types)) return undefined;
      const wanted = (Array.isArray(types) ? types : [types])
        .filter((t: string) => t && t !== 'string')
        .map((t: string) => w.types[t] ?? t)
        .join(w.or);
      return { id: 'wrongTypeOrUnknown', data: { wanted: wanted || w.aValue, actual: spaced(describeType(value, w)) } };
    }
    case 'propertyNames':
      return undefined; // reported by the nested `pattern` error
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
    case 'if':
      return undefined; // the nested errors say what is wrong
    default:
      return { id: 'other', data: { detail: e.message ?? w.invalidValue } };
  }
}
