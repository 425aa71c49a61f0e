/**
 * A quick yes to "does this value satisfy the schema?", for the common case of a valid entry: the schema turned
 * once into small checks (one closure per schema node), which answer `true` only when the value certainly
 * satisfies it, as ajv would judge it. Anything else (an error, or a keyword or format these checks do not know)
 * is `false`, and the caller asks ajv, whose errors it needs anyway. ajv's validator for an entry is one very
 * large generated function: until V8 optimises it (several opens of a large file) each entry runs it slowly, and
 * optimising it is itself one of the larger compilations of an open. A valid entry now never reaches it.
 *
 * The semantics are ajv's (draft-07, `strict: false`, `$ref` with its sibling keywords applied): type tests as
 * ajv writes them (`integer` is a finite whole number), `minLength` in code points, `pattern` with the `u` flag,
 * formats by ajv's own check (`hasFormat`), `format`, `pattern`, bounds and item keywords ignored for values of
 * another type. `test/engine/schemaQuickCheck.test.ts` compares both on every entry of the fixtures and on
 * mutated ones: a `true` here is never an ajv error.
 */
import type { JsonSchema } from './schemaWalk';

type Check = (value: unknown) => boolean;

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set([
  '$id',
  '$schema',
  '$comment',
  'title',
  'description',
  'markdownDescription',
  'examples',
  'default',
  'definitions',
  'deprecated',
  'deprecationMessage',
]);

/** Keywords the checks below implement; any other makes the check answer `false` (ask ajv). */
const KNOWN = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'minimum',
  'maximum',
  'minItems',
  'uniqueItems',
  'items',
  'required',
  'properties',
  'additionalProperties',
  'anyOf',
  'allOf',
  'if',
  'then',
]);

const NEVER: Check = () => false;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** ajv's type tests (`dataType.ts`): numbers are finite, an integer a finite whole number. */
function hasType(v: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      return false;
  }
}

/** The length ajv's `minLength` counts: code points (`ucs2length`), not UTF-16 units. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

function isPrimitive(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v));
}

/** The checks of a schema tree; `hasFormat` is the validator's own format test (ajv-formats). */
export class QuickSchema {
  private readonly byRef = new Map<string, Check>();

  constructor(
    private readonly root: JsonSchema,
    private readonly hasFormat: (format: string, value: string) => boolean | undefined,
  ) {}

  /** The check of `schema` (a node of `root`). */
  compile(schema: unknown): Check {
    if (schema === true) return () => true;
    if (!isObject(schema)) return NEVER;
    const checks: Check[] = [];
    for (const key of Object.keys(schema)) {
      if (ANNOTATIONS.has(key)) continue;
      if (!KNOWN.has(key)) return NEVER;
    }
    const s = schema as JsonSchema;
    if (s.$ref !== undefined) checks.push(this.ref(s.$ref));
    if (s.type !== undefined) {
      const types: unknown = s.type;
      if (typeof types === 'string') checks.push((v) => hasType(v, types));
      else if (Array.isArray(types) && types.every((t) => typeof t === 'string'))
        checks.push((v) => (types as string[]).some((t) => hasType(v, t)));
      else return NEVER;
    }
    if (s.enum !== undefined) {
      const allowed: unknown = s.enum;
      if (!Array.isArray(allowed) || !allowed.every(isPrimitive)) return NEVER;
      checks.push((v) => (allowed as unknown[]).includes(v));
    }
    if ('const' in s) {
      const c: unknown = s.const;
      if (!isPrimitive(c)) return NEVER;
      checks.push((v) => v === c);
    }
    if (s.format !== undefined) {
      const format: unknown = s.format;
      if (typeof format !== 'string') return NEVER;
      checks.push((v) => typeof v !== 'string' || this.hasFormat(format, v) === true);
    }
    if (s.pattern !== undefined) {
      if (typeof s.pattern !== 'string') return NEVER;
      const re = new RegExp(s.pattern, 'u');
      checks.push((v) => typeof v !== 'string' || re.test(v));
    }
    if (s.minLength !== undefined) {
      const min: unknown = s.minLength;
      if (typeof min !== 'number') return NEVER;
      // A code point takes one or two UTF-16 units: counting them is needed only for short texts.
      checks.push((v) => typeof v !== 'string' || v.length >= 2 * min || codePoints(v) >= min);
    }
    for (const [key, below] of [
      ['minimum', false],
      ['maximum', true],
    ] as const) {
      if (s[key] === undefined) continue;
      const bound: unknown = s[key];
      if (typeof bound !== 'number') return NEVER;
      checks.push((v) => typeof v !== 'number' || (below ? v <= bound : v >= bound));
    }
    if (s.minItems !== undefined) {
      const min: unknown = s.minItems;
      if (typeof min !== 'number') return NEVER;
      checks.push((v) => !Array.isArray(v) || v.length >= min);
    }
    if (s.uniqueItems === true) checks.push(uniqueItems);
    else if (s.uniqueItems !== undefined && s.uniqueItems !== false) return NEVER;
    if (s.items !== undefined) {
      if (Array.isArray(s.items)) return NEVER; // tuples: not used, left to ajv
      const item = this.compile(s.items);
      checks.push((v) => !Array.isArray(v) || v.every((x) => item(x)));
    }
    if (s.required !== undefined) {
      const required: unknown = s.required;
      if (!Array.isArray(required)) return NEVER;
      // As ajv tests it: a property whose value is `undefined` is missing.
      checks.push((v) => !isObject(v) || required.every((k) => v[k as string] !== undefined));
    }
    if (s.properties !== undefined || s.additionalProperties !== undefined) {
      const props = new Map<string, Check>();
      if (s.properties !== undefined) {
        if (!isObject(s.properties)) return NEVER;
        for (const [k, sub] of Object.entries(s.properties)) props.set(k, this.compile(sub));
      }
      const extra: unknown = s.additionalProperties;
      const other: Check | undefined = extra === undefined || extra === true ? undefined : extra === false ? NEVER : this.compile(extra);
      checks.push((v) => {
        if (!isObject(v)) return true;
        // `for in`, as ajv walks the properties (no array of keys made for each mapping).
        for (const k in v) {
          const check = props.get(k) ?? other;
          if (check && !check(v[k])) return false;
        }
        return true;
      });
    }
    if (s.anyOf !== undefined) {
      if (!Array.isArray(s.anyOf)) return NEVER;
      const branches = s.anyOf.map((b: unknown) => this.compile(b));
      checks.push((v) => branches.some((b: Check) => b(v)));
    }
    if (s.allOf !== undefined) {
      if (!Array.isArray(s.allOf)) return NEVER;
      const parts = s.allOf.map((b: unknown) => this.compile(b));
      checks.push((v) => parts.every((b: Check) => b(v)));
    }
    if (s.if !== undefined || s.then !== undefined) {
      // `if` is no check of its own, only whether `then` applies: it must be judged exactly both ways, which a
      // `type` alone is (`if: { type: string }, then: { const: unknown }`). Any other `if` is left to ajv.
      const cond: unknown = s.if;
      if (!isObject(cond) || Object.keys(cond).some((k) => k !== 'type' && !ANNOTATIONS.has(k))) return NEVER;
      const test = this.compile(cond);
      if (test === NEVER || cond.type === undefined) return NEVER;
      if (s.then !== undefined) {
        const then = this.compile(s.then);
        checks.push((v) => !test(v) || then(v));
      }
    }
    if (checks.length === 0) return () => true;
    if (checks.length === 1) return checks[0];
    return (v) => {
      for (let i = 0; i < checks.length; i++) if (!checks[i](v)) return false;
      return true;
    };
  }

  /** A `$ref` within the root (`#/definitions/x`), compiled once and on first use (references may be circular). */
  private ref(ref: unknown): Check {
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return NEVER;
    let check = this.byRef.get(ref);
    if (!check) {
      let compiled: Check | undefined;
      check = (v) => (compiled ??= this.compile(pointer(this.root, ref)))(v);
      this.byRef.set(ref, check);
    }
    return check;
  }
}

function pointer(root: JsonSchema, ref: string): unknown {
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

/** ajv's `uniqueItems` for lists of scalars; a list with anything else (or NaN) is left to ajv. */
function uniqueItems(v: unknown): boolean {
  if (!Array.isArray(v)) return true;
  if (v.length < 2) return v.every(isPrimitive);
  const seen = new Set<unknown>();
  for (const x of v) {
    if (!isPrimitive(x) || seen.has(x)) return false;
    seen.add(x);
  }
  return true;
}
