/**
 * What the reader set aside, as facts: which kind of thing it is and why (`kind`), and the page's own words
 * (`name`, `table`, `text`: as the page wrote them) with sizes as numbers. Never a sentence: the import words
 * each one where it is shown, in the language asked (`unreadText`, `publish/importWords.ts`, from the catalogue's
 * `importUnread`). Pure.
 */

/** Something of the page the import did not read as a sub-processor, and why. */
export type Unread =
  /** A table the page says lists planned or former vendors ("Historical"), vendors it says are no sub-processors, or cookies. */
  | { kind: 'tableNotCurrent' | 'tableNotSubprocessors' | 'tableCookies'; data: { name: string; rows: number } }
  /** A record of processing, one processing a row, beside a table of the vendors themselves: each row's recipients are its processing's. */
  | { kind: 'tableProcessings'; data: { name: string; rows: number } }
  /** A table no column of which names sub-processors (`name`: its heading, else its columns). */
  | { kind: 'table'; data: { name: string; rows: number; columns: string[] } }
  /** A list whose items say more about the sub-processors listed above it. */
  | { kind: 'listAboutAbove'; data: { name: string; items: number } }
  /** A list the page heads or introduces as planned or former vendors ("Former sub-processors", « Sous-traitants envisagés »). */
  | { kind: 'listNotCurrent'; data: { name: string; items: number } }
  /** A list under a heading of the page's security measures ("Sécurité": "**Chiffrement** : TLS"): measures, not vendors. */
  | { kind: 'listMeasures'; data: { name: string; items: number } }
  /** A list the page heads or introduces as another topic than its vendors (what it collects, legal bases, rights). */
  | { kind: 'listOtherTopic'; data: { name: string; items: number } }
  /** A row of a table about the sub-processors that names none of them. */
  | { kind: 'rowNotListed' | 'rowNotAmong'; data: { name: string; table: string } }
  /**
   * A row that says where the rows under it are processed, a role with no vendor, a statute the record is made under,
   * a data subject's right, a party that gets no personal data, a table's totals ("Total | 3 sous-traitants"), a
   * sentence alone in a row of empty cells (the table's note).
   */
  | { kind: 'regionRow' | 'roleRow' | 'statuteRow' | 'totalRow' | 'noteRow' | 'itemRight' | 'itemNoPersonalData'; data: { name: string } }
  /** A row that goes on from the row above it (its first cell spanned from that row): `name` its cells, joined by " | ". */
  | { kind: 'rowContinues'; data: { name: string } }
  /** A row that heads the rows under it ("Sub-processors in Norway", its other cells empty): `name` its words. */
  | { kind: 'groupRow'; data: { name: string } }
  /** A row that lost its name cell, its cells shifted one column left: `name` its cells, joined by " | ". */
  | { kind: 'rowShifted'; data: { name: string } }
  /** A row a status column says is not in use now ("planned", « retiré »): `status` that cell's words. */
  | { kind: 'rowNotCurrent'; data: { name: string; status: string } }
  /** A row a role column gives another party's role than a sub-processor's ("Responsable de traitement", "Processor"). */
  | { kind: 'partyRow'; data: { name: string; role: string } }
  /**
   * An entry the page says is not a sub-processor ("Sign in with Google is not a sub-processor: …"), or no longer or not
   * used ("Deactivated since June 2026", « désactivé »): `text` those words.
   */
  | { kind: 'entryNotSubprocessor' | 'entryNotInUse'; data: { name: string; text: string } }
  /**
   * An item led by words that name no vendor, only a kind of party ("The event organiser", « Votre employeur »), or a
   * topic of the page's policy ("**Compliance** — we review …").
   */
  | { kind: 'itemNoVendor' | 'itemTopic'; data: { name: string } }
  /** An entry whose words say it starts after the page's date (`text`: those words, "from 2027"): planned, not current. */
  | { kind: 'entryPlanned'; data: { name: string; text: string } }
  /** A template's blank the company did not fill in ("[Insert Date]", "{{other_vendor_name}}"). */
  | { kind: 'placeholder'; data: { text: string } };

/** `list` without the repeats of a fact (the same kind with the same words), in its order. */
export function uniqueUnread(list: readonly Unread[]): Unread[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    const key = JSON.stringify(u);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
