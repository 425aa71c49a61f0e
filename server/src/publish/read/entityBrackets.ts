/**
 * A sentence anywhere on the page that writes a listed company's full name, its legal form closing it, then where it
 * is in brackets ("Les paiements sont traités par Acme Payments Ltd. (Cork, Irlande).", "billing is handled by Acme
 * GmbH (Berlin, Germany)"): that country is where the company is (the corpus's convention for a country in brackets
 * right after a name), when nothing of the entry's own says so. Only a name with its legal form (a brand alone in
 * brackets may be a product's place) and a bracket that is a place and nothing else ("(données hébergées en
 * France)", "(SOC 2)" say nothing of the seat); not after words that store or host the data with it ("stockées chez
 * Acme SAS (Allemagne)": the bracket may be the data's place), nor after "de", "of" (the name completing another noun:
 * "le support de Acme SAS (Maroc)").
 */

import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { entityIn, nameAndEntity } from '../wording';

/** A verb of storing or hosting, then "chez", "with", "at", "on", "par", "by", right before the name. */
const STORED_WITH =
  /(?<!\p{L})(?:stock\p{L}*|h[ée]berg\p{L}*|conserv\p{L}*|sauvegard\p{L}*|stored|hosted|kept|backed\s+up|saved|housed)\s+(?:\p{Ll}+\s+){0,2}(?:chez|with|at|on|par|by|sur|aupr[èe]s\s+de)\s+$/iu;

/** "de", "du", "des", "d'", "of", "for", "pour" right before the name: it completes the noun before it. */
const OF_ANOTHER = /(?<!\p{L})(?:de|du|des|d['’]|of|for|pour|chez)\s*$/iu;

export function attachEntityBrackets(blocks: readonly PageBlock[], entries: ReadEntry[]): void {
  const companies = entries.flatMap((e) =>
    [e.name ?? e.heading, e.entity]
      .map((n) => n?.trim())
      .filter((n): n is string => !!n && n.length >= 4 && entityIn(n) === n)
      .map((name) => ({ name, entry: e })),
  );
  if (!companies.length) return;
  for (const b of blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'item') || b.text.length > 20_000) continue;
    for (const { name, entry } of companies) {
      if (entry.facts.some((f) => f.key === 'entityCountry')) continue;
      const at = b.text.indexOf(`${name} (`);
      // The name as the page's whole name for it: not the end of a longer name ("Big Acme Ltd." holds "Acme Ltd."), a
      // capitalised word or a letter right before it.
      if (
        at < 0 ||
        (at > 0 && /[\p{L}\d]/u.test(b.text[at - 1]!)) ||
        /\p{Lu}[\p{L}\d.&'’-]*\s+$/u.test(b.text.slice(Math.max(0, at - 40), at))
      )
        continue;
      // "Les sauvegardes sont stockées chez Acme SAS (Allemagne)", "backups are hosted with Acme Ltd (Ireland)": words
      // about where the data is put, whose bracket may as well say where the data is; no seat read.
      if (STORED_WITH.test(b.text.slice(Math.max(0, at - 40), at))) continue;
      // "Le support de Acme SAS (Maroc)", "the office of Acme Ltd (India)": the name completes another noun, whose
      // place the bracket may give.
      if (OF_ANOTHER.test(b.text.slice(Math.max(0, at - 12), at))) continue;
      const open = at + name.length + 1;
      const close = b.text.indexOf(')', open);
      const inner = close > open ? b.text.slice(open + 1, close) : '';
      if (!inner || inner.length > 60 || inner.includes('(')) continue;
      const read = nameAndEntity(`${name} (${inner})`);
      if (read.country === undefined || read.entity !== name) continue;
      entry.facts.push({ label: 'Company', value: inner, key: 'entityCountry' });
    }
  }
}
