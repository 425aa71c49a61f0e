import type { RuleList } from '../../engine';

/** What the catalogues' types read of a rule: its id and its English messages (`meta.messages`). */
interface RuleShape {
  readonly meta: { readonly id: string; readonly messages: object };
}

/** The ids of the rules of `Rules` (by default, the product's rules, `rules/index.ts`). */
type RuleId<Rules extends readonly RuleShape[] = RuleList> = Rules[number]['meta']['id'];

/**
 * A language's messages for the rules of `Rules`: for each rule id, one template for each message id of the rule's
 * `meta.messages`, the fix titles included. Computed from the rules' own types, so `tsc` fails on a catalogue
 * that misses a message, or names a rule or a message that does not exist. (That the placeholders are the same
 * is checked at run time, by `catalogs.test.ts`.)
 */
export type Catalog<Rules extends readonly RuleShape[] = RuleList> = {
  readonly [R in Rules[number] as R['meta']['id']]: { readonly [K in keyof R['meta']['messages'] & string]: string };
};

/** A language's one-sentence descriptions of the rules (`meta.description` in English), by rule id. */
export type DescriptionCatalog<Rules extends readonly RuleShape[] = RuleList> = { readonly [I in RuleId<Rules>]: string };

/** A catalogue as it is looked up: by rule id, then by message id, both known at run time only. */
export type RuleCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** A phrase that depends on a count: the form `Intl.PluralRules` selects (`one`), and every other (`other`). */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

/**
 * Another language's catalogue of phrases, typed from the English one (`typeof EN`, `en.ts`): the same keys at
 * every level, a string for each string (one of the same values for a choice such as `numericDates`), a table
 * of words for each table, a plural for each plural. Written `satisfies Phrases<typeof EN>`, a missing phrase,
 * an extra one or a plural written as one form fails `tsc`.
 */
export type Phrases<T> = {
  readonly [K in keyof T]: T[K] extends string ? (string extends T[K] ? string : T[K]) : T[K] extends Plural ? Plural : Phrases<T[K]>;
};
