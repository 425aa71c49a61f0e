/**
 * Dates of update a page's source holds under a name rather than in its words: a layout's attribute
 * (`<LegalLayout lastUpdate="12 avril 2026">`), a constant the page renders (`const LAST_UPDATED_ISO =
 * "2026-06-11"`). The name says what the date is; a date under another name (a launch, a copyright year, a build) is
 * none of the page's. Pure.
 */
import { parseDate } from '../wording';

/**
 * A name, its case, hyphens and underscores aside, that says it holds the date of the last update: "lastUpdated",
 * "lastUpdate", "last-updated", "updatedAt", "LAST_UPDATED_ISO", "lastModified", "dateMaj", "derniereMiseAJour",
 * "revisedOn". Not "date", "created", "publishedAt", "buildDate" (another date).
 */
const UPDATE_DATE_NAME =
  /^(?:last)?(?:updated?|modified|modification|revised|revision|reviewed)(?:at|on|date|iso|str|string|text|label)?$|^(?:date|last)(?:of)?(?:last)?(?:update|updated|modification|modified|revision|maj)(?:iso|str|string|text|label)?$|^(?:derniere)?(?:maj|miseajour|misea?jour)(?:date|iso)?$/;

/** Whether an attribute's, an element's or a constant's name says it holds the date of the last update. */
export function namesUpdateDate(name: string): boolean {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-_\s]/g, '')
    .toLowerCase();
  return words.length <= 40 && UPDATE_DATE_NAME.test(words);
}

/** `const LAST_UPDATED = "2026-06-11";`, `export const lastUpdated = '12 mars 2026'`, `let updatedAt = \`…\``. */
const CONSTANT =
  /(?<![\w$.])(?:const|let|var)\s{1,4}([A-Za-z_$][\w$]{0,60})\s{0,4}(?::\s{0,4}string\s{0,4})?=\s{0,4}(["'`])([^"'`\n]{4,40})\2/g;

/** The date the source holds in a constant whose name says it is the date of update, the first such; undefined if none. */
export function constantUpdateDate(source: string): string | undefined {
  for (const m of source.matchAll(CONSTANT)) {
    const value = m[3]!.trim();
    if (namesUpdateDate(m[1]!) && (parseDate(value) ?? parseDate(value, 'fr')) !== undefined) return value;
  }
  return documentsUpdateDate(source);
}

/** `export const legalLastUpdated = { privacy: "…", subprocessors: "June 25, 2026" }`: one date per document, by key. */
const DATES_OBJECT = /(?<![\w$.])(?:const|let|var)\s{1,4}([A-Za-z_$][\w$]{0,60})\s{0,4}(?::[^={}\n]{1,80})?=\s{0,4}\{([^{}]{0,1000})\}/g;
/** One `key: "value"` pair of an object literal. */
const PAIR = /(?:^|[,{\s])["']?([A-Za-z_$][\w$-]{0,60})["']?\s{0,4}:\s{0,4}(["'`])([^"'`\n]{4,40})\2/g;
/** A key that names the sub-processors' document: "subprocessors", "subProcessors", "sub-processors", "sousTraitants". */
const SUBPROCESSORS_KEY = /^(?:sub-?processors?|sous-?traitants?)(?:page|list|liste)?$/;

/**
 * A constant whose name says it holds dates of update and whose keys name documents (one date for the privacy policy,
 * one for the terms, one for the sub-processors): the date under the sub-processors' key. None when no key names
 * them (another document's date is not the list's).
 */
function documentsUpdateDate(source: string): string | undefined {
  for (const m of source.matchAll(DATES_OBJECT)) {
    // "legalLastUpdated", "policiesUpdatedAt": the documents' kind may come before the words of the update.
    const name = m[1]!.replace(/[-_]/g, '').toLowerCase();
    if (!namesUpdateDate(m[1]!) && !/^[a-z]{0,20}?(?:last)?(?:updated?|modified|revised)(?:at|on|dates?)?$/.test(name)) continue;
    for (const pair of m[2]!.matchAll(PAIR)) {
      const value = pair[3]!.trim();
      const key = pair[1]!.replace(/[-_]/g, '').toLowerCase();
      if (SUBPROCESSORS_KEY.test(key) && (parseDate(value) ?? parseDate(value, 'fr')) !== undefined) return value;
    }
  }
  return undefined;
}
