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
  regionCity,
  type Lang,
} from '../knowledge';
import { NOT_HELD_SCHEMES } from '../knowledge';
import { areaName, criticalityWord, personalDataWords, noTierText, safeguardText, tierGroundsText } from './assessmentText';
import { choosePlurals, formatMessage, getRule, INTERNAL_ERROR_ID, isFact, type Fact } from '../engine';
import { templateIn } from './catalogs';
import { fill, phrases, pluralOf } from './catalogs/phrases';
import { entryName } from './entryName';
import { alternatives, certificationNames, countryList, placesInBrackets } from './lists';
import { formatSize } from './size';
import { longDate, proseDates } from './dates';
import { schemaWords } from './schemaWords';

function ownerWords(f: Extract<Fact, { fact: 'owner' }>, lang: Lang, start: boolean): string {
  if (f.entry) return entryName(f.entry, lang, start);
  if (f.key !== undefined) return `\`${f.key}\``;
  return start ? phrases(lang).inventory.start : phrases(lang).inventory.inside;
}

/** A fact in `lang`; `start` when it begins a sentence (an entry's name is then capitalised). */
export function factWords(f: Fact, lang: Lang, start = false): string {
  switch (f.fact) {
    case 'entry':
      return entryName(f, lang, start);
    case 'inventory':
      return phrases(lang).inventory.start;
    case 'owner':
      return ownerWords(f, lang, start);
    case 'countryName':
      return countryName(f.code, lang, getCountry(f.code)) ?? f.code;
    case 'countryNames':
      return countryList(f.codes, lang);
    case 'places':
      return placesInBrackets(f.codes, lang);
    case 'countryLabel': {
      const name = countryName(f.code, lang, getCountry(f.code));
      return `${f.code}${name ? ` (${name})` : ''}`;
    }
    case 'certificationName':
      return inLanguage(getCertification(f.id), 'certification', lang)?.name ?? f.id;
    case 'certificationNames':
      return certificationNames(f.ids, lang, f.or);
    case 'mechanismName':
      return inLanguage(getTransferMechanism(f.id), 'transfer', lang)?.name ?? f.id;
    case 'mfaName':
      return inLanguage(getMfaMethod(f.id), 'mfa', lang)?.name ?? f.id;
    case 'claimWord': {
      const scheme = NOT_HELD_SCHEMES.find((s) => s.id === f.id);
      const words = scheme ? inLanguage(scheme, 'claim', lang) : undefined;
      // The knowledge base keeps its days ISO: a message writes them in words.
      const text = words?.[f.word] as string | undefined;
      return text === undefined ? f.id : proseDates(text, lang);
    }
    case 'anyOf':
      return alternatives(
        f.items.map((i) => (f.code ? `\`${i}\`` : i)),
        lang,
      );
    case 'regionCity':
      return regionCity(f.city, lang);
    case 'criticality':
      return criticalityWord(f.value, lang);
    case 'level':
      return personalDataWords(f.value, lang);
    case 'area':
      return areaName(f.residency, lang);
    case 'reach': {
      // Every country it may reach includes the ones named beside it.
      if (f.countries.includes('GLOBAL')) return phrases(lang).reachEverywhere;
      const names = factWords({ fact: 'countryNames', codes: f.countries }, lang);
      return fill(phrases(lang).reachDestinations, { names });
    }
    case 'reachLaw': {
      const law = phrases(lang).reachLaw;
      return f.countries.includes('GLOBAL') ? law.everywhere : f.countries.length === 1 ? law.single : law.several;
    }
    case 'noTier':
      return noTierText(f.assessment, lang);
    case 'tierGrounds':
      return tierGroundsText(f.assessment, lang);
    case 'safeguard':
      return safeguardText(f.safeguard, lang);
    case 'date':
      return longDate(f.iso, lang);
    case 'size':
      return formatSize(f.bytes, lang);
    case 'finding':
      return ruleText(f.ruleId, f.messageId, f.data, lang);
    default:
      return schemaWords(f, lang, start);
  }
}

/** The placeholders of `template` that begin a sentence: `{{entry}} has no DPA.`, `... expired. {{entry}} ...`. */
function sentenceStarts(template: string): ReadonlySet<string> {
  let starts = STARTS.get(template);
  if (!starts) {
    starts = new Set([...template.matchAll(/(?:^|[.!?]\s+)\{\{(\w+)\}\}/g)].map((m) => m[1]!));
    STARTS.set(template, starts);
  }
  return starts;
}
const STARTS = new Map<string, ReadonlySet<string>>();

/**
 * The placeholders of `template` written inside its brackets: "add `scc` ({{mechanismName}})". Text in backquotes
 * is code, not brackets; a closing bracket without an opening one ("point a)") closes nothing.
 */
function bracketed(template: string): ReadonlySet<string> {
  let found = BRACKETED.get(template);
  if (!found) {
    const inside = new Set<string>();
    let depth = 0;
    for (const m of template.matchAll(/`[^`]*`|\{\{(\w+)\}\}|[()]/g)) {
      if (m[0] === '(') depth++;
      else if (m[0] === ')') depth = Math.max(0, depth - 1);
      else if (m[1] && depth > 0) inside.add(m[1]);
    }
    BRACKETED.set(template, inside);
    found = inside;
  }
  return found;
}
const BRACKETED = new Map<string, ReadonlySet<string>>();

/**
 * Words put inside brackets, with their own brackets made square, as both languages' typography nests them:
 * "(Standard contractual clauses [SCCs])", never "(… (SCCs))". Code in backquotes is kept as it is.
 */
function nestBrackets(words: string): string {
  return words.replace(/`[^`]*`|[()]/g, (m) => (m === '(' ? '[' : m === ')' ? ']' : m));
}

/**
 * `data` with each fact written in `lang` (other values as they are): what `template` is filled from. A fact
 * that begins one of its sentences is written as a sentence begins (an entry's name capitalised); a fact inside
 * the template's brackets has its own brackets made square.
 */
export function dataWords(data: object | undefined, lang: Lang, template = ''): object | undefined {
  if (!data) return data;
  let out: Record<string, unknown> | undefined;
  const record = data as Record<string, unknown>;
  for (const k of Object.keys(data)) {
    const v = record[k];
    if (!isFact(v)) continue;
    out ??= { ...data };
    const words = factWords(v, lang, sentenceStarts(template).has(k));
    out[k] = bracketed(template).has(k) ? nestBrackets(words) : words;
  }
  return out ?? data;
}

/**
 * One of a rule's messages (a finding's, a related location's, or a fix title) in `lang`, written from `data`.
 * An unknown rule or message id, or a placeholder without a value, is a bug in the rule: it throws.
 */
export function ruleText(ruleId: string, messageId: string, data: object | undefined, lang: Lang): string {
  if (messageId === INTERNAL_ERROR_ID) return formatMessage(phrases(lang).internalError, data);
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const template = rule.meta.messages[messageId] as string | undefined;
  if (template === undefined) throw new Error(`rule ${ruleId} has no message "${messageId}"`);
  const written = choosePlurals(templateIn(lang, ruleId, messageId, template), data, pluralOf(lang));
  return formatMessage(written, dataWords(data, lang, written));
}
