/**
 * The words of the published page, in English and French: headings, fact labels, enum values and the
 * sentences written from the policy. `render` writes with them and `import` reads them back, so each
 * label lives here once.
 */
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

const EN: PageLabels = {
  lang: 'en',
  colon: ':',
  title: 'Who we work with',
  selectionHeading: 'Sub-Processor Selection Criteria',
  selectionIntro: (scope) => `When selecting third-party services that ${scope}, we prioritize providers in the following order:`,
  scopePersonalData: 'handle personal data',
  scopeCriticality: (levels) =>
    levels.length === 1 && levels[0] === 'critical'
      ? 'are critical to our infrastructure'
      : `are of ${levels.map((l) => EN.criticality[l as keyof PageLabels['criticality']]?.toLowerCase() ?? l).join(' or ')} criticality to our infrastructure`,
  scopeAll: 'we rely on',
  or: 'or',
  and: 'and',
  andOr: 'and/or',
  tier: (certified, certNames, residency, where) => {
    const who = certified ? `${certNames.join(' and/or ')} certified providers` : 'Uncertified providers';
    if (residency === 'eu') return `${who} with ${where} data residency`;
    if (residency === 'outside')
      return `${certified ? 'Certified providers' : who} with non-${where} data residency (with appropriate safeguards)`;
    return `${who} with ${where} data residency, or outside it with appropriate safeguards`;
  },
  euWhere: 'EU',
  eeaWhere: 'EU/EEA',
  dpaSentence: (instruments, scc) =>
    `All sub-processors are contractually bound through ${instruments}${scc ? ' and Standard Contractual Clauses where applicable' : ''}.`,
  dpaTypes: { dpa: 'Data Processing Agreements (DPAs)', addendum: 'Data Processing Addendums', 'terms-of-service': 'Terms of Service' },
  subprocessorsHeading: 'Our Sub-Processors',
  groupHeading: (group) => (/\bsub-processors$/i.test(group) ? group : `${group} Sub-Processors`),
  groupSuffix: /\s+Sub-Processors$/i,
  safeguardsHeading: 'Data Processing Safeguards',
  contact: (email) => `For sub-processor and data processing questions, contact: ${email}`,
  lastUpdated: (date) => `Last Updated: ${date}`,
  lastUpdatedLabel: 'Last Updated',
  facts: {
    purpose: 'Purpose',
    dataLocation: 'Data Location',
    access: 'Access From',
    personalData: 'Personal Data',
    certifications: 'Certifications',
    claims: 'Self-declared (not audited)',
    transfer: 'Transfer Safeguard',
    serviceAuthentication: 'Service Authentication',
    administrationAuthentication: 'Administration Authentication',
    serviceAccessControl: 'Service Access Control',
    administrationAccessControl: 'Administration Access Control',
    dataFlow: 'Data Flow',
    criticality: 'Criticality',
    note: 'Note',
    website: 'Website',
  },
  safeguards: {
    legalFramework: 'Legal Framework',
    internationalTransfers: 'International Transfers',
    accessControls: 'Access Controls',
    dataMinimization: 'Data Minimization',
  },
  personalDataLevels: { yes: 'Yes', limited: 'Limited', no: 'No' },
  criticality: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
  locations: { EU: 'EU', GLOBAL: 'Global' },
  secondFactor: '2FA',
  mfa: {
    sms: 'SMS',
    voice: 'voice call',
    email: 'email code',
    totp: 'authenticator app',
    push: 'push notification',
    webauthn: 'security key',
  },
  transferMechanisms: {
    scc: 'Standard Contractual Clauses',
    dpf: 'EU-US Data Privacy Framework',
    bcr: 'Binding Corporate Rules',
    adequacy: 'Adequacy decision',
    derogation: 'Derogation (Art. 49 GDPR)',
    idta: 'UK International Data Transfer Agreement',
    'uk-addendum': 'UK Addendum to the Standard Contractual Clauses',
    none: 'None',
  },
  flowTo: (name) => `To ${name}`,
  none: 'None',
  notStated: 'Not stated',
  validUntil: (date) => `valid until ${date}`,
  skipToList: 'Skip to the list of sub-processors',
  entriesCount: (n) => `${n} sub-processor${n === 1 ? '' : 's'}`,
};

const FR: PageLabels = {
  lang: 'fr',
  colon: '\u00a0:',
  title: 'Nos sous-traitants',
  selectionHeading: 'Critères de sélection des sous-traitants',
  selectionIntro: (scope) => `Pour choisir les services tiers qui ${scope}, nous privilégions les prestataires dans l'ordre suivant\u00a0:`,
  scopePersonalData: 'traitent des données personnelles',
  scopeCriticality: (levels) =>
    levels.length === 1 && levels[0] === 'critical'
      ? 'sont critiques pour notre infrastructure'
      : `ont une criticité ${levels.map((l) => FR.criticality[l as keyof PageLabels['criticality']]?.toLowerCase() ?? l).join(' ou ')} pour notre infrastructure`,
  scopeAll: 'nous utilisons',
  or: 'ou',
  and: 'et',
  andOr: 'et/ou',
  tier: (certified, certNames, residency, where) => {
    const who = certified ? `Prestataires certifiés ${certNames.join(' et/ou ')}` : 'Prestataires non certifiés';
    if (residency === 'eu') return `${who} hébergeant les données dans l'${where}`;
    if (residency === 'outside')
      return `${certified ? 'Prestataires certifiés' : who} hébergeant les données hors de l'${where} (avec des garanties appropriées)`;
    return `${who} hébergeant les données dans l'${where}, ou hors de l'${where} avec des garanties appropriées`;
  },
  euWhere: 'UE',
  eeaWhere: 'UE/EEE',
  dpaSentence: (instruments, scc) =>
    `Tous les sous-traitants sont liés contractuellement par ${instruments}${scc ? ' et, le cas échéant, par des clauses contractuelles types' : ''}.`,
  dpaTypes: {
    dpa: 'des accords de traitement des données (DPA)',
    addendum: 'des avenants relatifs au traitement des données',
    'terms-of-service': "leurs conditions générales d'utilisation",
  },
  subprocessorsHeading: 'Nos sous-traitants',
  groupHeading: (group) => (/^sous-traitants\b/i.test(group) ? group : `Sous-traitants\u00a0: ${group}`),
  groupSuffix: /^Sous-traitants\s*:\s*/i,
  safeguardsHeading: 'Garanties de traitement des données',
  contact: (email) => `Pour toute question sur nos sous-traitants et le traitement des données, écrivez à\u00a0: ${email}`,
  lastUpdated: (date) => `Mis à jour\u00a0: ${date}`,
  lastUpdatedLabel: 'Mis à jour',
  facts: {
    purpose: 'Finalité',
    dataLocation: 'Localisation des données',
    access: 'Accès depuis',
    personalData: 'Données personnelles',
    certifications: 'Certifications',
    claims: 'Déclarations (non auditées)',
    transfer: 'Garantie de transfert',
    serviceAuthentication: 'Authentification du service',
    administrationAuthentication: "Authentification de l'administration",
    serviceAccessControl: "Contrôle d'accès du service",
    administrationAccessControl: "Contrôle d'accès de l'administration",
    dataFlow: 'Flux de données',
    criticality: 'Criticité',
    note: 'Remarque',
    website: 'Site web',
  },
  safeguards: {
    legalFramework: 'Cadre juridique',
    internationalTransfers: 'Transferts internationaux',
    accessControls: "Contrôles d'accès",
    dataMinimization: 'Minimisation des données',
  },
  personalDataLevels: { yes: 'Oui', limited: 'Limitées', no: 'Non' },
  criticality: { critical: 'Critique', high: 'Élevée', medium: 'Moyenne', low: 'Faible' },
  locations: { EU: 'UE', GLOBAL: 'Monde' },
  secondFactor: '2FA',
  mfa: {
    sms: 'SMS',
    voice: 'appel vocal',
    email: 'code par e-mail',
    totp: "application d'authentification",
    push: 'notification push',
    webauthn: 'clé de sécurité',
  },
  transferMechanisms: {
    scc: 'Clauses contractuelles types',
    dpf: 'Data Privacy Framework UE-États-Unis',
    bcr: "Règles d'entreprise contraignantes",
    adequacy: "Décision d'adéquation",
    derogation: 'Dérogation (art. 49 RGPD)',
    idta: 'IDTA (accord britannique de transfert international de données)',
    'uk-addendum': 'Avenant britannique aux clauses contractuelles types',
    none: 'Aucune',
  },
  flowTo: (name) => `Vers ${name}`,
  none: 'Aucune',
  notStated: 'Non précisé',
  validUntil: (date) => `valable jusqu'au ${date}`,
  skipToList: 'Aller à la liste des sous-traitants',
  entriesCount: (n) => `${n} sous-traitant${n === 1 ? '' : 's'}`,
};

export const LABELS: Readonly<Record<Lang, PageLabels>> = { en: EN, fr: FR };

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
