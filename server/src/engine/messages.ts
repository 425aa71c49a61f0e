/**
 * Messages by id: a rule's `meta.messages` holds templates with named placeholders (`{{name}}`), filled from
 * the finding's data. Rule logic never writes sentences itself, so a catalogue in another language can
 * replace the templates without touching a rule.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The placeholder names of a template (plural placeholders included, below), in order of first use. */
export function placeholdersOf(template: string): string[] {
  const uses = [...template.matchAll(PLACEHOLDER), ...template.matchAll(PLURAL)].sort((x, y) => x.index - y.index);
  return [...new Set(uses.map((m) => m[1]!))];
}

/**
 * The template with each `{{name}}` replaced by `data[name]`. A placeholder without a value is a bug in the
 * rule, not something to show a user: it throws (the engine reports the rule's internal error, tests fail).
 * A value that closes the sentence with its own mark ("Acme, Inc.", an error's message, a question) takes the
 * place of the template's period after it: "New sub-processor: Acme, Inc.", never "Inc..".
 */
export function formatMessage(template: string, data: object | undefined): string {
  const parts = compiled(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const value = placeholderText(parts[i] as string, data);
    const after = parts[i + 1] as string;
    out += value + (after.charCodeAt(0) === 46 /* . */ && endsSentence(value) ? after.slice(1) : after);
  }
  return out;
}

/** Whether a text ends with a full stop, a question or exclamation mark or an ellipsis (its last character). */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 /* . */ || last === 63 /* ? */ || last === 33 /* ! */ || last === 0x2026; /* … */
}

function placeholderText(name: string, data: object | undefined): string {
  const value = (data as Record<string, unknown> | undefined)?.[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  throw new Error(`message placeholder {{${name}}} has no text value (${value === undefined ? 'missing' : typeof value})`);
}

/**
 * A template split at its placeholders, made once per template (there are a few hundred, and an open formats
 * thousands of messages): its text, then each placeholder's name followed by the text after it.
 */
function compiled(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    COMPILED.set(template, parts);
  }
  return parts;
}
const COMPILED = new Map<string, readonly string[]>();

/** The message of a finding the engine itself reports when a rule throws. */
export const INTERNAL_ERROR_ID = 'internal-error';
export const INTERNAL_ERROR_TEMPLATE = 'Internal error in rule {{ruleId}}: {{error}}. Please report it.';

/**
 * A word that depends on a count is a plural placeholder, `{{name|one form|other form}}`: the data holds the count
 * (a number, or a list whose length counts), and the form is chosen where the message is shown, by the language's
 * plural rules (`Intl.PluralRules`, `format/`), before the template is filled; `#` in a form is the count. The rule
 * says the fact (how many), never which word it takes.
 */
const PLURAL = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\|([^{}|]*)\|([^{}|]*)\}\}/g;

/** The plural category of a count (`Intl.PluralRules#select`: `one` or another), given by the language shown. */
export type PluralOf = (count: number) => string;

/** The template with each plural placeholder replaced by the form `pluralOf` picks for its count (then `formatMessage`). */
export function choosePlurals(template: string, data: object | undefined, pluralOf: PluralOf): string {
  return template.replace(PLURAL, (_, name: string, one: string, other: string) => {
    const value = (data as Record<string, unknown> | undefined)?.[name];
    const count = typeof value === 'number' ? value : Array.isArray(value) ? value.length : undefined;
    if (count === undefined)
      throw new Error(`message plural {{${name}|…}} has no count (${value === undefined ? 'missing' : typeof value})`);
    return (pluralOf(count) === 'one' ? one : other).replaceAll('#', String(count));
  });
}
