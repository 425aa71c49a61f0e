/**
 * What an import says when a page cannot be made into an inventory, in English and French: the words the
 * command line (`subproc import`) and the editor's *Import Published Page…* share. The reading errors with
 * their line are `PageReadError`s, which carry both languages themselves.
 */
import type { Lang } from '../knowledge';

export interface ImportWords {
  empty(name: string): string;
  notCsv(name: string, detail: string): string;
  noSubprocessorFound(name: string): string;
  unreadable(name: string, detail: string): string;
  tooLarge(name: string, bytes: number, max: number): string;
}

export const IMPORT_WORDS: Readonly<Record<Lang, ImportWords>> = {
  en: {
    empty: (name) => `${name} is empty`,
    notCsv: (name, detail) => `${name} is not valid CSV: ${detail}`,
    noSubprocessorFound: (name) =>
      `${name}: no sub-processor found (expected a table with a column such as Name, Sub-processor, Vendor or Sous-traitant, or entries like "Name (Entity)" followed by "Purpose: ..." lines)`,
    unreadable: (name, detail) => `${name}: ${detail}`,
    tooLarge: (name, bytes, max) => `${name} is ${bytes} bytes, over subprocessors.maxFileSize (${max}): not imported`,
  },
  fr: {
    empty: (name) => `${name} est vide`,
    notCsv: (name, detail) => `${name} n’est pas du CSV valide : ${detail}`,
    noSubprocessorFound: (name) =>
      `${name} : aucun sous-traitant trouvé (un tableau avec une colonne comme Name, Sub-processor, Vendor ou Sous-traitant est attendu, ou des entrées « Nom (Entité) » suivies de lignes « Purpose: ... »)`,
    unreadable: (name, detail) => `${name} : ${detail}`,
    tooLarge: (name, bytes, max) => `${name} fait ${bytes} octets, au-delà de subprocessors.maxFileSize (${max}) : non importé`,
  },
};
