/**
 * Cards of a component's markup whose labels are translation keys the page leaves unresolved
 * (`<strong>{t('legalNotice.hosting.dbHost.company')}</strong> Nubo Inc.`): the key's last word is the label the page
 * means ("company", "address", "website"). A card is a heading's section of such lines; it names a vendor when a line
 * labelled company, provider or platform gives a name (the company first, then the provider, then the platform); its
 * address line (figures and a country) gives where the company is, its website line its site, and a line of badges
 * under it with no label ("SOC 2 Type II", "CCT", "Data Privacy Framework") its certifications and mechanisms. A value
 * that is itself an unresolved key says nothing. Pure.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry, ReadFact } from '../readPage';
import { addressCountry, lowerText, mechanismsIn, withoutLegalForm } from '../wording';
import { certificationsIn } from './sections';

/** `{t('a.b.company')}`, `{t("a.b.website")}:`, `{i18n.t('a.b.address')}`: an unresolved key, whole. */
const KEY_LABEL = /^\{\s*(?:[\w$]{1,40}\.)?t\(\s*['"`]([\w.-]{1,200})['"`]\s*\)\s*\}\s*:?$/;
/** The labels that name the card's vendor, in the order one is taken before another. */
const NAME_LABELS = ['company', 'legalname', 'entity', 'societe', 'provider', 'prestataire', 'platform', 'plateforme', 'host', 'hebergeur'];
/** An unresolved key as a value: `{t('…regionValue')}`. */
const KEY_VALUE = /^\{[^{}]{1,200}\}$/;

/** The label a key means: its last word, lower case, without accents ("dbHost.company" -> "company"). */
const labelOf = (key: string) =>
  lowerText(key.split('.').pop() ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** The cards' vendors, in page order, each with what its card says. */
export function keyedCardEntries(blocks: PageBlock[]): ReadEntry[] {
  const found: ReadEntry[] = [];
  let card: { lines: { label: string; value: string }[]; badges: string[]; line?: number } | undefined;
  const close = () => {
    if (!card) return;
    const named = NAME_LABELS.map((l) => card!.lines.find((x) => x.label === l)).find((x) => x !== undefined);
    const name = named?.value;
    if (named && name && /^[\p{Lu}\d]/u.test(name) && name.split(/\s+/).length <= 6) {
      const facts: ReadFact[] = [];
      for (const { label, value } of card.lines) {
        if (label === 'address' || label === 'adresse') {
          if (/\d/.test(value) && addressCountry(value)) facts.push({ label: 'Address', value, key: 'entityCountry' });
        } else if ((label === 'website' || label === 'site' || label === 'url') && /^https?:\/\/\S+$/i.test(value))
          facts.push({ label: 'Website', value, key: 'website' });
      }
      for (const badges of card.badges) {
        const held = certificationsIn(badges);
        if (held.length) facts.push({ label: 'Certifications', value: held.join(', '), key: 'certifications' });
        const said = mechanismsIn(badges);
        if (said.mechanisms.length && !said.noTransfer) facts.push({ label: 'Transfer', value: badges, key: 'transfer' });
      }
      found.push({ heading: name, name, line: card.line, facts });
    }
    card = undefined;
  };
  for (const b of blocks) {
    if (b.kind === 'heading') {
      close();
      card = { lines: [], badges: [], line: b.line };
      continue;
    }
    if (!card) continue;
    if (b.kind !== 'paragraph') {
      close();
      continue;
    }
    const strong = b.strong?.[0]?.trim();
    const key = strong !== undefined && b.text.startsWith(strong) ? KEY_LABEL.exec(strong)?.[1] : undefined;
    if (key !== undefined) {
      const value = b.text.slice(strong!.length).trim();
      if (value && !KEY_VALUE.test(value)) card.lines.push({ label: labelOf(key), value });
    } else if (card.lines.length && !b.strong?.length && b.text.length <= 200) card.badges.push(b.text);
  }
  close();
  return found;
}

/**
 * A name compared as pages vary it: without its legal form ("Supabase Inc." -> "supabase") and without what its
 * brackets add ("Supabase (AWS)" -> "supabase"). "Google Cloud" and "Google Analytics" stay two names.
 */
const bareName = (name: string) =>
  lowerText(withoutLegalForm(name.replace(/\s*\([^()]*\)\s*$/, '')))
    .replace(/[.,]+$/, '')
    .trim();

/**
 * The list read from the page's data (`subprocessors.map(…)`) beside its keyed cards: each card is an entry, in page
 * order, and a listed vendor whose bare name is one card's only ("Supabase (AWS)" for the card's "Supabase Inc.") is
 * that card's vendor, its facts added to the card's; the other listed vendors follow.
 */
export function withKeyedCards(cards: ReadEntry[], listed: ReadEntry[]): ReadEntry[] {
  if (!cards.length) return listed;
  const rest: ReadEntry[] = [];
  for (const e of listed) {
    const bare = bareName(e.name ?? e.heading);
    const same = bare.length >= 3 ? cards.filter((c) => bareName(c.name ?? c.heading) === bare) : [];
    if (same.length === 1) same[0]!.facts.push(...e.facts);
    else rest.push(e);
  }
  return [...cards, ...rest];
}
