/**
 * A certification a page gives its payment provider without naming it ("paiements traités par un prestataire certifié
 * PCI-DSS", "card payments are handled by a PCI DSS certified provider"): PCI DSS is a scheme of card payments, and the
 * provider the sentence speaks of is the list's one vendor for payments. That vendor holds it, when the list has exactly
 * one entry whose purpose is payments and the sentence names no entry of its own (a sentence that names one is read
 * where sentences are read). Pure.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { sentencesOf } from './sections';

/** "prestataire (de paiement) certifié PCI-DSS", "PCI DSS certified (payment) provider", "provider certified to PCI DSS". */
const CERTIFIED_PROVIDER =
  /(?<!\p{L})(?:(?:prestataires?|fournisseurs?|providers?|processors?|partenaires?|partners?)(?:\s+de\s+paiement|\s+payment)?\s+(?:certifi[ée]e?s?|certified)(?:\s+(?:to|under|selon))?\s+PCI[\s-]?DSS|PCI[\s-]?DSS[\s-]certified\s+(?:payment\s+)?(?:providers?|processors?|partners?))(?!\p{L})/iu;
/** Payments: the kind of service the sentence speaks of, and an entry's purpose. */
const PAYMENTS = /(?<!\p{L})(?:paiements?|payments?|cartes?\s+bancaires?|card\s+payments?)(?!\p{L})/iu;
/**
 * Words anywhere in the sentence that deny, condition or put off the certification ("non certifié", "if", « si vous
 * payez par virement, … », "will be", "pas encore"), set the provider apart from the listed one (« distinct », « autre »,
 * "separate", "another", "our bank"), or give the payments a channel or place of their own (« en magasin », "in store",
 * « par virement », "by bank transfer", « en espèces », "cash", « par chèque »): the sentence's provider need not be
 * the list's (review11).
 */
const NOT_SAID =
  /(?<!\p{L})(?:not|no|never|if|when|where|unless|will|pas|non|aucun|aucune|sans|si|s['’]il|lorsque|lorsqu|quand|sera|seront|distincte?s?|autres?|diff[ée]rente?s?|s[ée]par[ée]e?s?|separate|another|other|different|banque|bank|magasins?|boutiques?|store|in-store|shop|sur\s+place|on\s+site|guichet|counter|virements?|transfers?|pr[ée]l[èe]vements?|debit|esp[èe]ces|cash|ch[èe]ques?|cheques?|checks?)(?!\p{L})/iu;

export function attachPaymentProviderCertification(
  blocks: PageBlock[],
  entries: ReadEntry[],
  namedIn: (text: string) => ReadEntry[],
): void {
  const payments = entries.filter((e) => e.facts.some((f) => f.key === 'purpose' && PAYMENTS.test(f.value)));
  if (payments.length !== 1) return;
  const entry = payments[0]!;
  if (entry.facts.some((f) => f.key === 'certifications' && /PCI/i.test(f.value))) return;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    for (const sentence of sentencesOf(b.text)) {
      // The clause that says it ("…, paiements traités par un prestataire certifié PCI-DSS"), read with its sentence's
      // conditions and qualifiers (« Si vous payez par virement, les paiements … »).
      const clause = sentence.split(/\s*[;,]\s+/).find((c) => CERTIFIED_PROVIDER.test(c) && PAYMENTS.test(c));
      const m = clause ? CERTIFIED_PROVIDER.exec(clause) : null;
      if (!m || NOT_SAID.test(sentence) || namedIn(sentence).length) continue;
      entry.facts.push({ label: 'Certifications', value: m[0].replace(/^.*?(PCI[\s-]?DSS).*$/iu, '$1'), key: 'certifications' });
      return;
    }
  }
}
