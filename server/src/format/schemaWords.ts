/**
 * The words of schema issues (`engine/schemaValidation.ts` reports them as facts: places, values, types, hints),
 * in each language.
 */
import { typeset, type Lang } from '../knowledge';
import type { SchemaFact } from '../engine';
import { alternatives } from './lists';
import { describedIn } from './schemaText';
import { entryName } from './entryName';

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
  aValue: string;
  inventory: string;
  topLevel: string;
  hints: Record<string, string>;
  seeDescription: string;
  invalidValue: string;
}

const WORDS: Readonly<Record<Lang, SchemaWords>> = {
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
    aValue: 'a value',
    inventory: 'The inventory',
    topLevel: 'the top level',
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
    aValue: 'une valeur',
    inventory: 'Le registre',
    topLevel: 'le premier niveau',
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

function firstSentence(s: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(s);
  return m ? m[1] : `${s}.`;
}

/** A schema fact in `lang`. */
export function schemaWords(f: SchemaFact, lang: Lang): string {
  const w = WORDS[lang];
  const spaced = (s: string) => typeset(s, lang);
  switch (f.fact) {
    case 'schemaPlace':
      switch (f.place) {
        case 'field':
          return `\`${f.field}\``;
        case 'inventory':
          return w.inventory;
        case 'topLevel':
          return w.topLevel;
        case 'entry':
          return entryName(f.entry, lang, !f.inside);
      }
      break;
    case 'schemaValue': {
      const text = f.text ?? '';
      const words = {
        nothing: w.nothing,
        list: w.aList,
        mapping: w.aMapping,
        text: w.text(text),
        number: w.number(text),
        value: w.value(text),
        quoted: w.quote(text),
      }[f.shape];
      return spaced(words);
    }
    case 'schemaTypes':
      return f.types.length
        ? alternatives(
            f.types.map((t) => w.types[t] ?? t),
            lang,
          )
        : f.orValue
          ? w.aValue
          : '';
    case 'schemaHint':
      return spaced(w.hints[f.field] ?? w.seeDescription);
    case 'schemaDoc':
      return firstSentence(describedIn(f.description, lang));
    case 'schemaDetail':
      return f.text ?? w.invalidValue;
  }
}
