/**
 * The words of the published page, in English and French: headings, fact labels, enum values and the
 * sentences written from the policy, read from the catalogue (`page`, `format/catalogs`), where `tsc` checks that
 * French has every phrase. `render` writes with them and `import` reads them back.
 */
import { fill, phrases, plural } from '../format';
import { LANGS, type Lang } from '../knowledge';

export interface PageLabels {
  lang: Lang;
  /** Between a label and its value: ':' in English, a no-break space and ':' in French. */
  colon: string;
  /** Page title when the inventory sets none. */
  title: string;
  selectionHeading: string;
  /** The sentence before the tiers; `scope` is written from the policy's scope. */
  selectionIntro(scope: string): string;
  /** Scope phrases joined into the intro. */
  scopePersonalData: string;
  scopeCriticality(levels: string[]): string;
  scopeAll: string;
  or: string;
  and: string;
  andOr: string;
  /** Tier text written from the policy when the tier has no name (or the page is not in English). */
  tier(certified: boolean, certNames: string[], residency: 'eu' | 'outside' | 'any', where: string): string;
  euWhere: string;
  eeaWhere: string;
  /** The DPA sentence: `instruments` already joined; `scc` when Standard Contractual Clauses are used. */
  dpaSentence(instruments: string, scc: boolean): string;
  dpaTypes: Record<'dpa' | 'addendum' | 'terms-of-service', string>;
  subprocessorsHeading: string;
  /** Heading of a group: "Core Infrastructure Sub-Processors". */
  groupHeading(group: string): string;
  /** The suffix `groupHeading` adds, to read it back. */
  groupSuffix: RegExp;
  safeguardsHeading: string;
  contact(email: string): string;
  lastUpdated(date: string): string;
  /** "Last Updated" (to read the line back). */
  lastUpdatedLabel: string;
  facts: {
    purpose: string;
    dataLocation: string;
    /** Countries the data can be reached from (`access`). */
    access: string;
    personalData: string;
    certifications: string;
    claims: string;
    transfer: string;
    serviceAuthentication: string;
    administrationAuthentication: string;
    serviceAccessControl: string;
    administrationAccessControl: string;
    dataFlow: string;
    criticality: string;
    note: string;
    website: string;
  };
  safeguards: {
    legalFramework: string;
    internationalTransfers: string;
    accessControls: string;
    dataMinimization: string;
  };
  personalDataLevels: Record<'yes' | 'limited' | 'no', string>;
  criticality: Record<'critical' | 'high' | 'medium' | 'low', string>;
  /** Pseudo-locations. */
  locations: Record<'EU' | 'GLOBAL', string>;
  /** Countries the page names shortly ("US", "UK" in English). */
  shortCountries: Record<'US' | 'GB', string>;
  /** The second factor: "2FA". */
  secondFactor: string;
  mfa: Record<'sms' | 'voice' | 'email' | 'totp' | 'push' | 'webauthn', string>;
  transferMechanisms: Record<'scc' | 'dpf' | 'bcr' | 'adequacy' | 'derogation' | 'idta' | 'uk-addendum' | 'none', string>;
  /** Data flow with no description. */
  flowTo(name: string): string;
  /** An empty list of certifications. */
  none: string;
  /** A fact the inventory records as `unknown`: the page says it is not stated, nothing more. */
  notStated: string;
  validUntil(date: string): string;
  /** Accessible names in the HTML page. */
  skipToList: string;
  entriesCount(n: number): string;
}

/**
 * What is not a phrase stays here: how a group heading is recognised, so that a group already named
 * "… Sub-Processors" is not named twice (`named`), and the part `groupHeading` adds, to read it back (`suffix`).
 */
const GROUP_PATTERNS: Readonly<Record<Lang, { named: RegExp; suffix: RegExp }>> = {
  en: { named: /\bsub-processors$/i, suffix: /\s+Sub-Processors$/i },
  fr: { named: /^sous-traitants\b/i, suffix: /^Sous-traitants\s*:\s*/i },
};

/** The page's words in `lang`, from its catalogue (`page`, `format/catalogs`). */
function pageLabels(lang: Lang): PageLabels {
  const say = phrases(lang).page;
  const group = GROUP_PATTERNS[lang];
  return {
    lang,
    colon: say.colon,
    title: say.title,
    selectionHeading: say.selectionHeading,
    selectionIntro: (scope) => fill(say.selectionIntro, { scope }),
    scopePersonalData: say.scopePersonalData,
    scopeCriticality: (levels) =>
      levels.length === 1 && levels[0] === 'critical'
        ? say.scopeCritical
        : fill(say.scopeCriticality, {
            levels: levels.map((l) => say.criticality[l as keyof PageLabels['criticality']]?.toLowerCase() ?? l).join(` ${say.or} `),
          }),
    scopeAll: say.scopeAll,
    or: say.or,
    and: say.and,
    andOr: say.andOr,
    tier: (certified, certNames, residency, where) => {
      const who = certified ? fill(say.tier.certified, { certs: certNames.join(` ${say.andOr} `) }) : say.tier.uncertified;
      if (residency === 'eu') return fill(say.tier.eu, { who, where });
      if (residency === 'outside') return fill(say.tier.outside, { who: certified ? say.tier.anyCertified : who, where });
      return fill(say.tier.any, { who, where });
    },
    euWhere: say.euWhere,
    eeaWhere: say.eeaWhere,
    dpaSentence: (instruments, scc) => fill(scc ? say.dpaSentenceScc : say.dpaSentence, { instruments }),
    dpaTypes: say.dpaTypes,
    subprocessorsHeading: say.subprocessorsHeading,
    groupHeading: (name) => (group.named.test(name) ? name : fill(say.groupHeading, { group: name })),
    groupSuffix: group.suffix,
    safeguardsHeading: say.safeguardsHeading,
    contact: (email) => fill(say.contact, { email }),
    lastUpdated: (date) => fill(say.lastUpdated, { date }),
    lastUpdatedLabel: say.lastUpdatedLabel,
    facts: say.facts,
    safeguards: say.safeguards,
    personalDataLevels: say.personalDataLevels,
    criticality: say.criticality,
    locations: say.locations,
    shortCountries: say.shortCountries,
    secondFactor: say.secondFactor,
    mfa: say.mfa,
    transferMechanisms: say.transferMechanisms,
    flowTo: (name) => fill(say.flowTo, { name }),
    none: say.none,
    notStated: say.notStated,
    validUntil: (date) => fill(say.validUntil, { date }),
    skipToList: say.skipToList,
    entriesCount: (count) => fill(plural(say.entriesCount, count, lang), { count }),
  };
}

export const LABELS = Object.fromEntries(LANGS.map((lang) => [lang, pageLabels(lang)])) as Readonly<Record<Lang, PageLabels>>;

export function labelsFor(lang: Lang): PageLabels {
  return LABELS[lang];
}

export function isPageLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/**
 * The language of an inventory's page: the one asked for, else the first of the inventory's `languages`
 * the page speaks, else English. `subproc render` and the editor's preview both choose this way.
 */
export function pageLanguage(inventory: unknown, asked?: unknown): Lang {
  if (isPageLang(asked)) return asked;
  const languages = inventory && typeof inventory === 'object' ? (inventory as { languages?: unknown }).languages : undefined;
  return (Array.isArray(languages) ? languages.find(isPageLang) : undefined) ?? 'en';
}
