/**
 * The words of the facts a finding's data holds (`engine/facts.ts`), in a language, and the rules' messages
 * written from them: the one place where the engine's results get words, when a finding or a fix title is
 * formatted. Rules never call this.
 */
import {
  countryName,
  getCertification,
  getCountry,
  getMfaMethod,
  getTransferMechanism,
  inLanguage,
  typeset,
  type Lang,
} from '../knowledge';
import { NOT_HELD_SCHEMES } from '../knowledge';
import { areaName, criticalityWord, levelWord, noTierText, safeguardText, tierGroundsText } from './assessmentText';
import { formatMessage, getRule, INTERNAL_ERROR_ID, INTERNAL_ERROR_TEMPLATE, isFact, type EntryRef, type Fact } from '../engine';
import { templateIn } from './catalogs';
import { INTERNAL_ERROR_TEMPLATE_FR } from './catalogs/fr';
import { alternatives } from './lists';
import { formatSize } from './size';
import { schemaWords } from './schemaWords';

function entryWords(e: EntryRef, lang: Lang): string {
  if (e.id) return `\`${e.id}\``;
  return lang === 'fr' ? `Sous-traitant n°\u00a0${e.index + 1}` : `Sub-processor #${e.index + 1}`;
}

function ownerWords(f: Extract<Fact, { fact: 'owner' }>, lang: Lang): string {
  const fr = lang === 'fr';
  if (f.entry) {
    if (f.entry.id) return fr ? `«\u00a0${f.entry.id}\u00a0»` : `"${f.entry.id}"`;
    return fr ? `sous-traitant n°\u00a0${f.entry.index + 1}` : `sub-processor #${f.entry.index + 1}`;
  }
  if (f.key !== undefined) return `\`${f.key}\``;
  return fr ? 'ce registre' : 'the inventory';
}

/** A fact in `lang`. */
export function factWords(f: Fact, lang: Lang): string {
  switch (f.fact) {
    case 'entry':
      return entryWords(f, lang);
    case 'inventory':
      return lang === 'fr' ? 'Le registre' : 'The inventory';
    case 'owner':
      return ownerWords(f, lang);
    case 'countryName':
      return countryName(f.code, lang, getCountry(f.code)) ?? f.code;
    case 'countryLabel': {
      const name = countryName(f.code, lang, getCountry(f.code));
      return `${f.code}${name ? ` (${name})` : ''}`;
    }
    case 'certificationName':
      return inLanguage(getCertification(f.id), 'certification', lang)?.name ?? f.id;
    case 'mechanismName':
      return inLanguage(getTransferMechanism(f.id), 'transfer', lang)?.name ?? f.id;
    case 'mfaName':
      return inLanguage(getMfaMethod(f.id), 'mfa', lang)?.name ?? f.id;
    case 'claimWord': {
      const scheme = NOT_HELD_SCHEMES.find((s) => s.id === f.id);
      const words = scheme ? inLanguage(scheme, 'claim', lang) : undefined;
      return (words?.[f.word] as string | undefined) ?? f.id;
    }
    case 'anyOf':
      return alternatives(
        f.items.map((i) => (f.code ? `\`${i}\`` : i)),
        lang,
      );
    case 'criticality':
      return criticalityWord(f.value, lang);
    case 'level':
      return levelWord(f.value, lang);
    case 'area':
      return areaName(f.residency, lang);
    case 'reach': {
      const everywhere = lang === 'fr' ? 'tous les pays où les données peuvent aller (GLOBAL)' : 'every country it may reach (GLOBAL)';
      return f.countries.map((c) => (c === 'GLOBAL' ? everywhere : c)).join(', ');
    }
    case 'noTier':
      return noTierText(f.assessment, lang);
    case 'tierGrounds':
      return tierGroundsText(f.assessment, lang);
    case 'safeguard':
      return safeguardText(f.safeguard, lang);
    case 'size':
      return formatSize(f.bytes, lang);
    case 'finding':
      return ruleText(f.ruleId, f.messageId, f.data, lang);
    default:
      return schemaWords(f, lang);
  }
}

/** `data` with each fact written in `lang` (other values as they are): what a message template is filled from. */
export function dataWords(data: object | undefined, lang: Lang): object | undefined {
  if (!data) return data;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(data)) {
    if (!isFact(v)) continue;
    out ??= { ...data };
    out[k] = factWords(v, lang);
  }
  return out ?? data;
}

/**
 * One of a rule's messages (a finding's, a related location's, or a fix title) in `lang`, written from `data`.
 * An unknown rule or message id, or a placeholder without a value, is a bug in the rule: it throws.
 */
export function ruleText(ruleId: string, messageId: string, data: object | undefined, lang: Lang): string {
  if (messageId === INTERNAL_ERROR_ID)
    return formatMessage(lang === 'fr' ? typeset(INTERNAL_ERROR_TEMPLATE_FR, lang) : INTERNAL_ERROR_TEMPLATE, data);
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const template = rule.meta.messages[messageId] as string | undefined;
  if (template === undefined) throw new Error(`rule ${ruleId} has no message "${messageId}"`);
  return formatMessage(templateIn(lang, ruleId, messageId, template), dataWords(data, lang));
}
