/**
 * The words of schema issues (`engine/schemaValidation.ts` reports them as facts: places, values, types, hints),
 * in a language: the `schema` phrases of the catalogues (`catalogs/en.ts`, `catalogs/fr.ts`).
 */
import { typeset, type Lang } from '../knowledge';
import type { SchemaFact } from '../engine';
import { alternatives } from './lists';
import { describedIn } from './schemaText';
import { entryName } from './entryName';
import { fill, phrases } from './catalogs/phrases';

/** A description's first sentence: up to the first `.`, `!` or `?` before a space, outside brackets ("(Art. 49)" goes on). */
function firstSentence(s: string): string {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === '.' || c === '!' || c === '?') && (i + 1 === s.length || /\s/.test(s[i + 1]))) return s.slice(0, i + 1);
  }
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** A schema fact in `lang`; `start` when it begins a sentence. */
export function schemaWords(f: SchemaFact, lang: Lang, start = false): string {
  const all = phrases(lang);
  const w = all.schema;
  const spaced = (s: string) => typeset(s, lang);
  switch (f.fact) {
    case 'schemaPlace':
      switch (f.place) {
        case 'field':
          return `\`${f.field}\``;
        case 'inventory':
          return all.inventory.start;
        case 'topLevel':
          return w.topLevel;
        case 'entry':
          return entryName(f.entry, lang, !f.inside);
        case 'item':
          return fill(start ? w.itemStart : w.item, { n: f.index + 1, field: f.field });
      }
      break;
    case 'schemaValue': {
      return spaced(fill(w.values[f.shape], { text: f.text ?? '' }));
    }
    case 'schemaTypes':
      return f.types.length
        ? alternatives(
            // true and false are two of the alternatives: "true, false or a date", never "true or false or a date".
            f.types.flatMap((t) =>
              t === 'boolean' && f.types.length > 1 ? ['true', 'false'] : [(w.types as Readonly<Record<string, string>>)[t] ?? t],
            ),
            lang,
          )
        : f.orValue
          ? w.aValue
          : '';
    case 'schemaHint':
      return spaced((w.hints as Readonly<Record<string, string>>)[f.field] ?? w.seeDescription);
    case 'schemaDoc':
      return firstSentence(describedIn(f.description, lang));
    case 'schemaDetail':
      return f.text ?? w.invalidValue;
  }
}
