/**
 * Completion for inventories and policy files: keys (required first, with their schema docs, never one
 * already present), enum values, certification ids, claims, countries, cloud regions, `dataFlows[].to`
 * targets, and a "new sub-processor" snippet with every required field. Works on half-typed YAML: the
 * place being typed comes from `cursorContext`, the meaning of that place from the schemas.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { describedIn, fill, phrases, ruleDescription } from '../format';
import { RULES, type LintResult, type OffsetRange, type ParsedYaml, type PathSegment } from '../engine';
import {
  CERTIFICATIONS,
  CLAIMS,
  COUNTRIES,
  adequacyOn,
  countryName,
  regionCity,
  getCountry,
  inLanguage,
  type Lang,
  getMfaMethod,
  getTransferMechanism,
  PROVIDERS,
  PSEUDO_LOCATIONS,
  REGIONS,
} from '../knowledge';
import { certificationMarkdown, claimMarkdown, countryMarkdown, countryStatus, mfaMarkdown, transferMarkdown } from './domainDocs';
import {
  isArraySchema,
  isObjectSchema,
  itemsOf,
  propertiesOf,
  schemaAt,
  valueKindAt,
  type DocumentKind,
  type JsonSchema,
  type ValueKind,
} from './schemaPaths';
import { cursorContext, type CursorContext } from './yamlCursor';

interface CompletionInput {
  kind: DocumentKind;
  parsed: ParsedYaml;
  /** The engine's result, for inventories (ids for `dataFlows`, today for adequacy, the language). */
  result?: LintResult;
  /** The language of the details (English when absent). */
  lang?: Lang;
}

function langOfInput(input: CompletionInput): Lang {
  return input.lang ?? 'en';
}

/** A list built once per language. */
function perLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built = new Map<Lang, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}

interface CompletionOptions {
  /** The character that triggered the request, if any. */
  triggerCharacter?: string;
  /** Today (YYYY-MM-DD), for adequacy decisions in force. */
  today?: string;
}

/** A value offered at a place: what to insert and how to present it. */
interface ValueChoice {
  value: string;
  kind: CompletionItemKind;
  description?: string;
  detail?: string;
  documentation?: string;
  sortText?: string;
}

const certificationChoices = perLang((lang): ValueChoice[] =>
  CERTIFICATIONS.map((c) => {
    const name = inLanguage(c, 'certification', lang).name;
    return {
      value: c.id,
      kind: CompletionItemKind.Value,
      description: name,
      detail: name,
      documentation: certificationMarkdown(c, undefined, lang),
    };
  }),
);

const claimChoices = perLang((lang): ValueChoice[] =>
  CLAIMS.map((c) => {
    const name = inLanguage(c, 'claim', lang).name;
    return { value: c.id, kind: CompletionItemKind.Value, description: name, detail: name, documentation: claimMarkdown(c, lang) };
  }),
);

/** Countries by status (EU first, then EEA, adequacy, others), for one day's adequacy decisions. */
const countryChoicesByDay = new Map<string, ValueChoice[]>();
function countryChoices(today: string, lang: Lang): ValueChoice[] {
  const key = `${today}\0${lang}`;
  let list = countryChoicesByDay.get(key);
  if (list) return list;
  const w = phrases(lang).completion;
  list = [
    {
      value: 'EU',
      kind: CompletionItemKind.Value,
      description: countryName('EU', lang) ?? PSEUDO_LOCATIONS.EU.name,
      detail: w.somewhereInEu,
      documentation: countryMarkdown('EU', today, lang),
      sortText: '0',
    },
    ...COUNTRIES.map((c): ValueChoice => {
      const status = countryStatus(c, today, lang);
      const rank = c.eu ? 1 : c.eea ? 2 : adequacyOn(c.code, today) ? 3 : 4;
      const name = countryName(c.code, lang, c) ?? c.name;
      return {
        value: c.code,
        kind: CompletionItemKind.Value,
        description: `${name} · ${status}`,
        detail: fill(w.country, { name, status }),
        documentation: countryMarkdown(c.code, today, lang),
        sortText: `${rank}${c.code}`,
      };
    }),
    {
      value: 'GLOBAL',
      kind: CompletionItemKind.Value,
      description: countryName('GLOBAL', lang) ?? PSEUDO_LOCATIONS.GLOBAL.name,
      detail: w.anywhere,
      documentation: countryMarkdown('GLOBAL', today, lang),
      sortText: '5',
    },
  ];
  countryChoicesByDay.clear(); // one day (and language) at a time
  countryChoicesByDay.set(key, list);
  return list;
}

const regionChoices = perLang((lang): ValueChoice[] =>
  REGIONS.map((r) => {
    const country = getCountry(r.country);
    const place = `${regionCity(r.city, lang)}, ${countryName(r.country, lang, country) ?? r.country}`;
    return {
      value: `${r.provider}:${r.code}`,
      kind: CompletionItemKind.Value,
      description: place,
      detail: fill(phrases(lang).completion.region, { provider: PROVIDERS[r.provider].name, place }),
      sortText: `${country?.eu ? 0 : country?.eea ? 1 : 2}${r.provider}:${r.code}`,
    };
  }),
);

const ruleKeyItems = perLang((lang) =>
  RULES.map((r) => ({ id: r.meta.id, description: ruleDescription(r, lang), severity: phrases(lang).severities[r.meta.defaultSeverity] })),
);

function enumChoices(
  path: readonly PathSegment[],
  kindOfValue: ValueKind | undefined,
  values: readonly unknown[],
  lang: Lang,
): ValueChoice[] {
  // `unknown` (not known yet) is what an import writes, not a value to pick while typing.
  return values
    .filter((v) => v !== 'unknown')
    .map((v) => {
      const value = String(v);
      if (kindOfValue === 'mfa') {
        const info = inLanguage(getMfaMethod(value), 'mfa', lang);
        if (info)
          return {
            value,
            kind: CompletionItemKind.EnumMember,
            description: info.name,
            detail: fill(phrases(lang).completion.mfa, { name: info.name, strength: phrases(lang).domainDocs.strengths[info.strength] }),
            documentation: mfaMarkdown(info, lang),
            sortText: `${STRENGTH_RANK[info.strength]}${value}`,
          };
      }
      if (kindOfValue === 'transfer') {
        const info = inLanguage(getTransferMechanism(value), 'transfer', lang);
        if (info)
          return {
            value,
            kind: CompletionItemKind.EnumMember,
            description: info.name,
            detail: info.legalBasis,
            documentation: transferMarkdown(info, lang),
          };
      }
      return { value, kind: CompletionItemKind.EnumMember };
    });
}

/** The values that fit at a value or item place: the vocabulary of the place, else the schema's enum. */
function valueChoices(
  input: CompletionInput,
  ctx: CursorContext,
  path: readonly PathSegment[],
  schema: JsonSchema | undefined,
  today: string,
): ValueChoice[] {
  const kindOfValue = valueKindAt(input.kind, path);
  const lang = langOfInput(input);
  switch (kindOfValue) {
    case 'certification':
      return certificationChoices(lang);
    case 'claim':
      return claimChoices(lang);
    case 'country':
      return countryChoices(today, lang);
    case 'region': {
      const colon = ctx.prefix.indexOf(':');
      const provider = colon >= 0 ? ctx.prefix.slice(0, colon).toLowerCase() : undefined;
      return provider !== undefined && provider in PROVIDERS
        ? regionChoices(lang).filter((r) => r.value.startsWith(`${provider}:`))
        : regionChoices(lang);
    }
    case 'flowTarget': {
      const model = input.result?.model;
      if (!model) return [];
      const own = typeof path[1] === 'number' ? model.entries[path[1]]?.id : undefined;
      return [...model.byId.keys()]
        .filter((id) => id !== own)
        .map((id) => {
          const entry = model.byId.get(id)![0];
          const name = typeof entry.own?.name === 'string' ? entry.own.name : undefined;
          return {
            value: id,
            kind: CompletionItemKind.Reference,
            description: name,
            detail: !name
              ? undefined
              : typeof entry.own?.purpose === 'string'
                ? fill(phrases(lang).completion.flowTarget, { name, purpose: entry.own.purpose })
                : name,
          };
        });
    }
    case 'ruleId':
      // The rules whose findings an acceptance can hold back.
      return RULES.filter(
        (r) => !['yaml-syntax', 'duplicate-key', 'policy-invalid', 'risk-acceptance-expired', 'unused-risk-acceptance'].includes(r.meta.id),
      ).map((r) => ({
        value: r.meta.id,
        kind: CompletionItemKind.EnumMember,
        description: phrases(lang).severities[r.meta.defaultSeverity],
        detail: ruleDescription(r, lang),
      }));
    default:
      break;
  }
  if (!schema) return [];
  if (Array.isArray(schema.enum)) return enumChoices(path, kindOfValue, schema.enum, lang);
  if (schema.type === 'boolean') return enumChoices(path, kindOfValue, [true, false], lang);
  return [];
}

function markdown(value: string | undefined) {
  return value ? { kind: MarkupKind.Markdown, value } : undefined;
}

function valueItems(choices: ValueChoice[], ctx: CursorContext, range: CompletionRange, wrap: (v: string) => string): CompletionItem[] {
  const existing = new Set(ctx.existingItems);
  return choices
    .filter((c) => !existing.has(c.value))
    .map((c) => ({
      label: c.value,
      labelDetails: c.description ? { description: c.description } : undefined,
      kind: c.kind,
      detail: c.detail,
      documentation: markdown(c.documentation),
      sortText: c.sortText,
      filterText: c.value,
      textEdit: { range, newText: wrap(c.value) },
    }));
}

type CompletionRange = { start: Position; end: Position };

function keyInsertText(schema: JsonSchema, name: string, kind: DocumentKind, childIndent: string, flow: boolean): string {
  // In a flow mapping (`- {id: a, ...}`) a value cannot be a block: it is a flow collection too.
  if (isObjectSchema(schema)) return flow ? `${name}: {$0}` : `${name}:\n${childIndent}$0`;
  if (isArraySchema(schema)) {
    const items = itemsOf(kind, schema);
    return isObjectSchema(items) && !flow ? `${name}:\n${childIndent}- $0` : `${name}: [$0]`;
  }
  return `${name}: $0`;
}

function keyItems(input: CompletionInput, ctx: CursorContext, schema: JsonSchema, range: CompletionRange, lead: string): CompletionItem[] {
  const childIndent = ' '.repeat(ctx.column + 2);
  const w = phrases(langOfInput(input)).completion;
  const items: CompletionItem[] = propertiesOf(input.kind, schema)
    .filter((p) => !ctx.existingKeys.has(p.name))
    .map((p, i) => ({
      label: p.name,
      labelDetails: p.required ? { description: w.required } : undefined,
      kind: CompletionItemKind.Property,
      detail: p.required ? w.required : w.optional,
      documentation: markdown(describedIn(p.description, langOfInput(input))),
      sortText: `${p.required ? 0 : 1}${String(i).padStart(3, '0')}`,
      filterText: p.name,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
      textEdit: { range, newText: lead + keyInsertText(p.schema, p.name, input.kind, childIndent, ctx.flow === true) },
    }));
  if (input.kind === 'policy' && ctx.path.length === 1 && ctx.path[0] === 'rules') {
    for (const rule of ruleKeyItems(langOfInput(input))) {
      if (ctx.existingKeys.has(rule.id)) continue;
      items.push({
        label: rule.id,
        labelDetails: { description: fill(w.byDefault, { severity: rule.severity }) },
        kind: CompletionItemKind.Property,
        detail: fill(w.ruleByDefault, { severity: rule.severity }),
        documentation: markdown(rule.description),
        filterText: rule.id,
        textEdit: { range, newText: `${lead}${rule.id}: ` },
      });
    }
  }
  return items;
}

/** Escapes text for a snippet placeholder. */
function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Example text for the snippet's free-text placeholders, by key. */
const PLACEHOLDERS: Record<string, string> = {
  id: 'new-sub-processor',
  name: 'Service name',
  entity: 'Legal entity, Inc.',
  purpose: 'What the service does for us',
  serviceAuthentication: 'API keys',
  method: 'SSO',
  serviceAccessControl: 'Scoped API keys',
  administrationAccessControl: 'Roles with least privilege',
};

/**
 * The "new sub-processor" snippet: every required field of an entry (and of its required objects), from
 * the schema, with a tab stop on each value; enums become choices. Lines after the first are indented
 * at `column`.
 */
export function newEntrySnippet(column: number, options: { withDpa?: boolean } = {}): string {
  let stop = 0;
  const lines: string[] = [];
  const emit = (schema: JsonSchema, indent: number) => {
    for (const p of propertiesOf('inventory', schema).filter((q) => q.required)) {
      const at = lines.push('') - 1;
      lines[at] = `${' '.repeat(indent)}${p.name}:${valueSnippet(p.name, p.schema, indent)}`;
    }
  };
  const valueSnippet = (name: string, schema: JsonSchema, indent: number): string => {
    if (isObjectSchema(schema)) {
      const before = lines.length;
      emit(schema, indent + 2);
      return before === lines.length ? ' {}' : '';
    }
    if (isArraySchema(schema)) {
      const items = itemsOf('inventory', schema);
      if (Array.isArray(items?.enum)) return ` [\${${++stop}|${choiceOrder(name, items!.enum).join(',')}|}]`;
      return ` [\${${++stop}}]`;
    }
    if (Array.isArray(schema.enum)) return ` \${${++stop}|${choiceOrder(name, schema.enum).join(',')}|}`;
    return ` \${${++stop}:${snippetText(PLACEHOLDERS[name] ?? name)}}`;
  };
  const entry = schemaAt('inventory', ['subprocessors', 0])!;
  emit(entry, column);
  if (options.withDpa) lines.push(`${' '.repeat(column)}dpa: { type: \${${++stop}|dpa,addendum,terms-of-service|} }`);
  return lines.join('\n').slice(column);
}

const STRENGTH_RANK: Record<string, number> = { 'phishing-resistant': 0, acceptable: 1, unknown: 2, weak: 3, none: 4 };

/** Enum values in the order to offer them: MFA methods strongest first, others as the schema lists them. */
function choiceOrder(name: string, values: readonly unknown[]): string[] {
  const list = values.map(String);
  if (name !== 'mfa') return list;
  const rank = (v: string) => STRENGTH_RANK[getMfaMethod(v)?.strength ?? 'unknown'];
  return [...list].sort((a, b) => rank(a) - rank(b));
}

function snippetItem(input: CompletionInput, ctx: CursorContext, range: CompletionRange, dash: boolean): CompletionItem {
  const column = dash ? ctx.column + 2 : ctx.column;
  const withDpa = !(input.result?.model.defaults && typeof input.result.model.defaults.dpa === 'object');
  const body = newEntrySnippet(column, { withDpa });
  return {
    label: 'new sub-processor',
    kind: CompletionItemKind.Snippet,
    detail: phrases(langOfInput(input)).completion.newEntry,
    documentation: markdown(phrases(langOfInput(input)).completion.newEntryDocs),
    sortText: '!',
    filterText: ctx.prefix || 'new sub-processor',
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range, newText: `${ctx.needsSpace ? ' ' : ''}${dash ? '- ' : ''}${body}` },
  };
}

function isEntryList(input: CompletionInput, path: readonly PathSegment[]): boolean {
  return input.kind === 'inventory' && path.length === 1 && path[0] === 'subprocessors';
}

/** The completion list at `position` of the document. */
export function completion(input: CompletionInput, position: Position, options: CompletionOptions = {}): CompletionList {
  const { text, lines } = input.parsed;
  const offset = lines.offsetAt(position);
  const ctx = cursorContext(text, offset);
  const range = lines.range(ctx.replace as OffsetRange);
  const today = options.today ?? input.result?.today ?? new Date().toISOString().slice(0, 10);
  const items: CompletionItem[] = [];
  const space = ctx.needsSpace ? ' ' : '';
  const schema = schemaAt(input.kind, ctx.path);

  // Typing indentation: a space at the start of a line asks for nothing.
  if (options.triggerCharacter === ' ' && ctx.slot === 'key' && ctx.prefix === '') return { isIncomplete: false, items };

  if (ctx.slot === 'value') {
    if (isArraySchema(schema)) {
      const itemPath = [...ctx.path, 0];
      items.push(
        ...valueItems(valueChoices(input, ctx, itemPath, itemsOf(input.kind, schema!), today), ctx, range, (v) => `${space}[${v}]`),
      );
    } else if (!isObjectSchema(schema)) {
      items.push(...valueItems(valueChoices(input, ctx, ctx.path, schema, today), ctx, range, (v) => space + v));
    }
  } else if (ctx.slot === 'item') {
    if (isObjectSchema(schema)) {
      items.push(...keyItems(input, ctx, schema!, range, space));
      // The snippet is a block mapping: not inside a flow list (`subprocessors: [|]`).
      if (isEntryList(input, ctx.path.slice(0, -1)) && ctx.existingKeys.size === 0 && !ctx.flow)
        items.push(snippetItem(input, ctx, range, false));
    }
    if (!isObjectSchema(schema) || valueKindAt(input.kind, ctx.path)) {
      items.push(...valueItems(valueChoices(input, ctx, ctx.path, schema, today), ctx, range, (v) => space + v));
    }
  } else if (isObjectSchema(schema)) {
    items.push(...keyItems(input, ctx, schema!, range, ''));
  } else if (isArraySchema(schema)) {
    // An empty line under a list's key: a new item needs its dash.
    if (isEntryList(input, ctx.path)) items.push(snippetItem(input, ctx, range, true));
    const itemSchema = itemsOf(input.kind, schema!);
    if (!isObjectSchema(itemSchema) || valueKindAt(input.kind, [...ctx.path, 0])) {
      items.push(...valueItems(valueChoices(input, ctx, [...ctx.path, 0], itemSchema, today), ctx, range, (v) => `- ${v}`));
    }
  } else if (schema && ctx.path.length) {
    // An empty line under a scalar's key: its value.
    items.push(...valueItems(valueChoices(input, ctx, ctx.path, schema, today), ctx, range, (v) => v));
  }
  return { isIncomplete: false, items };
}
