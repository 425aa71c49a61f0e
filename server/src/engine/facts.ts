/**
 * Facts a finding's data holds where a message shows words: what to name (an entry, a country, a certification,
 * a transfer mechanism...), never the words. The engine has no language: the words are written where the
 * finding is shown, from these facts (`format/`). Each fact is a plain, serialisable object.
 */
import type { EntryModel } from './model';
import type { Assessment, SafeguardAssessment } from './selection';

/** An entry: named by its id, else by its position. */
export interface EntryRef {
  readonly fact: 'entry';
  readonly id?: string;
  /** 0-based position in `subprocessors`. */
  readonly index: number;
}

export type Fact =
  | EntryRef
  /** The inventory as a whole, at the start of a sentence. */
  | { readonly fact: 'inventory' }
  /** The owner of missing fields, as a fix title names it: an entry, a top-level key, or the inventory. */
  | { readonly fact: 'owner'; readonly entry?: EntryRef; readonly key?: string }
  | { readonly fact: 'countryName'; readonly code: string }
  /** Countries by their names, joined as a list ("United States and India"): where a person expects names, not codes. */
  | { readonly fact: 'countryNames'; readonly codes: readonly string[] }
  /**
   * Places named in brackets, each by its name and code; several apart ("United Kingdom, GB; Switzerland, CH"):
   * after "a third country" ("United States, US"), always a country the product knows, since a code it does not
   * know (`ZZ`) is no third country (`invalid-value` speaks of it); a region's country ("Belgium, BE"); and the
   * countries an entry lists, as written, where such a code is shown once, alone ("listed: France, FR; ZZ").
   */
  | { readonly fact: 'places'; readonly codes: readonly string[] }
  /** The place of a cloud region as the region table writes it (`London`), in the language's name for it (Londres). */
  | { readonly fact: 'regionCity'; readonly city: string }
  /** A country code with its name in brackets when the product knows it: `US (United States)`. */
  | { readonly fact: 'countryLabel'; readonly code: string }
  | { readonly fact: 'certificationName'; readonly id: string }
  /** Certifications by their names, all of them ("SOC 2 Type II and ISO/IEC 27001") or, with `or`, any one. */
  | { readonly fact: 'certificationNames'; readonly ids: readonly string[]; readonly or?: boolean }
  | { readonly fact: 'mechanismName'; readonly id: string }
  | { readonly fact: 'mfaName'; readonly id: string }
  /** A scheme the product knows is not a certification one may hold (EUCS, CE): its name, or why not. */
  | { readonly fact: 'claimWord'; readonly id: string; readonly word: 'name' | 'why' }
  /** Alternatives: "`a` or `b`" (`code`: each in backquotes). */
  | { readonly fact: 'anyOf'; readonly items: readonly string[]; readonly code?: boolean }
  | { readonly fact: 'criticality'; readonly value: string }
  /** A personal-data level, as the data handled: "limited personal data". */
  | { readonly fact: 'level'; readonly value: string }
  | { readonly fact: 'area'; readonly residency: 'eu' | 'eea' }
  /** Countries transfers go to, said after "its transfers": outside the EEA (names), `GLOBAL` as "to every country the data may reach". */
  | { readonly fact: 'reach'; readonly countries: readonly string[] }
  /** The same countries after "the law and practice": "of that country", "of those countries", or every country the data may reach for `GLOBAL`. */
  | { readonly fact: 'reachLaw'; readonly countries: readonly string[] }
  | { readonly fact: 'noTier'; readonly assessment: Assessment }
  | { readonly fact: 'tierGrounds'; readonly assessment: Assessment }
  | { readonly fact: 'safeguard'; readonly safeguard: SafeguardAssessment }
  | SchemaFact
  /** A day (`YYYY-MM-DD`), written as a person writes a date: "1 August 2025", « 1er août 2025 ». */
  | { readonly fact: 'date'; readonly iso: string }
  /** A size in bytes (`12 KB`, `1.5 MB`). */
  | { readonly fact: 'size'; readonly bytes: number }
  /** Another finding, quoted in this one's message (a policy's first error): its rule, message id and data. */
  | { readonly fact: 'finding'; readonly ruleId: string; readonly messageId: string; readonly data?: object };

/** The facts of a schema issue's message (`schemaValidation.ts`): places, values, types, hints, as data. */
export type SchemaFact =
  /** Where the issue is: a field (in backquotes), the inventory, the top level, or an entry (`inside` a sentence or starting it). */
  | { readonly fact: 'schemaPlace'; readonly place: 'field'; readonly field: string }
  | { readonly fact: 'schemaPlace'; readonly place: 'inventory' | 'topLevel' }
  /** One item of a list (`index`: 0-based), where the item itself is wrong: "item 2 of `countries`". */
  | { readonly fact: 'schemaPlace'; readonly place: 'item'; readonly field: string; readonly index: number }
  | { readonly fact: 'schemaPlace'; readonly place: 'entry'; readonly entry: EntryRef; readonly inside: boolean }
  /** A value as found: its shape, and its text (cut to 60 characters) for a text, a number or another scalar; `quoted`: the text alone, in quotes. */
  | {
      readonly fact: 'schemaValue';
      readonly shape: 'nothing' | 'list' | 'mapping' | 'text' | 'number' | 'value' | 'quoted';
      readonly text?: string;
    }
  /** JSON Schema types, as alternatives (`orValue`: "a value" when none is left). */
  | { readonly fact: 'schemaTypes'; readonly types: readonly string[]; readonly orValue?: boolean }
  /** How a pattern is written, for the field `field` (a generic hint for a field without one). */
  | { readonly fact: 'schemaHint'; readonly field: string }
  /** The first sentence of a field's schema description (the English text the schema holds). */
  | { readonly fact: 'schemaDoc'; readonly description: string }
  /** What ajv says of a value it refuses ("invalid value" when it says nothing). */
  | { readonly fact: 'schemaDetail'; readonly text?: string };

/** The reference of an entry, for a finding's data. */
export function entryRef(entry: Pick<EntryModel, 'id' | 'index'>): EntryRef {
  return entry.id ? { fact: 'entry', id: entry.id, index: entry.index } : { fact: 'entry', index: entry.index };
}

/** A day of a finding's data (`YYYY-MM-DD`): the message writes it as a date; the data keeps it ISO. */
export function dateFact(iso: string): Fact {
  return { fact: 'date', iso };
}

export function isFact(value: unknown): value is Fact {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string';
}
