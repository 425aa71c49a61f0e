/**
 * The schemas' descriptions in the user's language. The schemas are written in English (editors and other
 * tools read them as they are); `schemas/descriptions.fr.json` gives each description's French text, keyed by
 * the English one, so a description changed in a schema shows up as missing in the test until translated.
 */
import french from '../../../schemas/descriptions.fr.json';
import { frenchSpacing, type Lang } from '../knowledge';

const FRENCH: Readonly<Record<string, string>> = french;
const spaced = new Map<string, string>();

/** A schema description in `lang` (the English one where the French is missing: a test forbids that). */
export function describedIn(description: string, lang: Lang): string;
export function describedIn(description: string | undefined, lang: Lang): string | undefined;
export function describedIn(description: string | undefined, lang: Lang): string | undefined {
  if (description === undefined || lang === 'en') return description;
  const written = FRENCH[description];
  if (written === undefined) return description;
  let text = spaced.get(written);
  if (text === undefined) {
    text = frenchSpacing(written);
    spaced.set(written, text);
  }
  return text;
}

/** Every English description that has a French text (for the test). */
export const FRENCH_DESCRIPTIONS: Readonly<Record<string, string>> = FRENCH;
