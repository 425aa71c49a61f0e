/**
 * The schemas' descriptions in the user's language. The schemas are written in English (editors and other
 * tools read them as they are); `schemaDescriptions.ts` (generated from them) holds each description by its
 * location, and `schemaDescriptions.fr.ts` its French text under the same location, typed from the English keys
 * so that a description without its French fails `tsc`. Both are the `schemaDescriptions` of the catalogues
 * (`catalogs/en.ts`, `catalogs/fr.ts`), read through `phrases`.
 */
import type { Lang } from '../knowledge';
import { phrases } from './catalogs/phrases';
import { SCHEMA_DESCRIPTIONS, type SchemaLocation } from './schemaDescriptions';

/**
 * Where each English description is (its first location: a text the schemas repeat has the same words in every
 * language at each of its locations, which `schemaText.test.ts` checks). Hover and completion read a description
 * from the schema object, the engine's `schemaDoc` fact carries its text: both find the location here.
 */
const LOCATION = new Map<string, SchemaLocation>();
for (const [at, text] of Object.entries(SCHEMA_DESCRIPTIONS) as [SchemaLocation, string][]) if (!LOCATION.has(text)) LOCATION.set(text, at);

/** The description at `location` in `lang` (the catalogue's `schemaDescriptions`, with French typography in French). */
export function describedAt(location: SchemaLocation, lang: Lang): string {
  return phrases(lang).schemaDescriptions[location];
}

/** A schema description (its English text, as the schema holds it) in `lang`; a text the schemas do not hold is kept as it is. */
export function describedIn(description: string, lang: Lang): string;
export function describedIn(description: string | undefined, lang: Lang): string | undefined;
export function describedIn(description: string | undefined, lang: Lang): string | undefined {
  if (description === undefined) return description;
  const at = LOCATION.get(description);
  return at === undefined ? description : describedAt(at, lang);
}
