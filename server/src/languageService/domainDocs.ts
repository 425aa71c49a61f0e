/**
 * Short Markdown about the domain's vocabulary (certifications, claims, countries, regions, transfer
 * mechanisms, MFA methods), written from the knowledge base's records. Completion shows it as item
 * documentation, hover as the answer.
 */
import {
  adequacyCoversVendor,
  adequacyOn,
  countryName,
  COLON,
  countryTexts,
  typeset,
  getCountry,
  inLanguage,
  type Lang,
  PROVIDERS,
  PSEUDO_LOCATIONS,
  regionNote,
  type CertificationInfo,
  type ClaimInfo,
  type CountryInfo,
  type MfaMethodInfo,
  type RegionInfo,
  type TransferMechanismInfo,
} from '../knowledge';
import type { Policy } from '../engine';
import { fill, phrases } from '../format';

const EVIDENCE: Record<Lang, Record<CertificationInfo['evidence'], string>> = {
  en: {
    certificate: 'a certificate from an accredited certification body',
    attestation: "an auditor's attestation report (no certificate)",
    'self-assessment': 'a self-assessment',
    authorisation: 'a government authorisation',
    label: 'a label',
    'code-of-conduct': 'adherence to an approved code of conduct',
    seal: 'a certification seal',
  },
  fr: {
    certificate: 'un certificat délivré par un organisme de certification accrédité',
    attestation: 'un rapport d’attestation d’un auditeur (pas de certificat)',
    'self-assessment': 'une auto-évaluation',
    authorisation: 'une autorisation administrative',
    label: 'un label',
    'code-of-conduct': 'l’adhésion à un code de conduite approuvé',
    seal: 'un label de certification',
  },
};

/** The words of these documents that are not knowledge, in each language. */
const WORDS = {
  en: {
    counts: (list: string) => `**Counts as "certified"** under the active policy (certified = ${list}), while current.`,
    doesNotCount: (list: string) => `**Does not count as "certified"** under the active policy (certified = ${list}).`,
    none: 'none',
    owner: 'Owner / issuer',
    evidence: 'Evidence',
    validity: 'Validity',
    notSecurity: 'Not a security certification.',
    watchOut: 'Watch out',
    aClaim: 'a claim, not a certification',
    legalBasis: 'Legal basis',
  },
  fr: {
    counts: (list: string) => `**Compte comme « certifié »** selon la politique en vigueur (certified = ${list}), tant qu’il est valable.`,
    doesNotCount: (list: string) => `**Ne compte pas comme « certifié »** selon la politique en vigueur (certified = ${list}).`,
    none: 'aucune',
    owner: 'Propriétaire / émetteur',
    evidence: 'Preuve',
    validity: 'Validité',
    notSecurity: 'Ce n’est pas une certification de sécurité.',
    watchOut: 'Attention',
    aClaim: 'une déclaration, pas une certification',
    legalBasis: 'Fondement juridique',
  },
};

const spaced = typeset;

/** Whether a certification id counts as "certified" under the policy, in one line. */
function countsLine(id: string, policy: Policy, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const list = policy.certified.map((c) => `\`${c}\``).join(', ') || w.none;
  return spaced(policy.certified.includes(id) ? w.counts(list) : w.doesNotCount(list), lang);
}

export function certificationMarkdown(record: CertificationInfo, policy?: Policy, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'certification', lang);
  const w = WORDS[lang];
  const parts = [`**${info.name}** (\`${info.id}\`)`, info.attests];
  parts.push(spaced(`- ${w.owner}${COLON[lang]} ${info.owner}`, lang));
  parts.push(spaced(`- ${w.evidence}${COLON[lang]} ${EVIDENCE[lang][info.evidence]}. ${info.evidenceDetail}`, lang));
  parts.push(spaced(`- ${w.validity}${COLON[lang]} ${info.validity}`, lang));
  if (!info.security) parts.push(`- ${w.notSecurity}`);
  if (info.confusions.length) parts.push(spaced(`- ${w.watchOut}${COLON[lang]} ${info.confusions.join(' ')}`, lang));
  const body = [parts[0], '', parts[1], '', parts.slice(2).join('\n')];
  if (policy) body.push('', countsLine(info.id, policy, lang));
  return body.join('\n');
}

export function claimMarkdown(record: ClaimInfo, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'claim', lang);
  return [spaced(`**${info.name}** (\`${info.id}\`)${COLON[lang]} ${WORDS[lang].aClaim}`, lang), '', info.why].join('\n');
}

/** EU / EEA / adequacy status of a country, in a few words. */
export function countryStatus(country: CountryInfo, today: string, lang: Lang = 'en'): string {
  const words = phrases(lang).countryStatus;
  if (country.eu) return country.partOf ? fill(words.euPartOf, { country: country.partOf }) : words.eu;
  if (country.eea) return words.eea;
  const decision = adequacyOn(country.code, today);
  if (decision) return decision.partial ? words.adequacyPartial : words.adequacy;
  return words.noAdequacy;
}

const COUNTRY_WORDS = {
  en: {
    euResidency: 'Data stored here counts as EU (and EEA) residency.',
    eeaResidency: 'Data stored here counts as EEA residency, and as EU residency only when the policy says `residency: eea`.',
    adequacy: (instrument: string, adopted?: string, until?: string, scope?: string) =>
      `Adequacy: ${instrument}${adopted ? `, adopted ${adopted}` : ''}${until ? `, in force until ${until}` : ''}. ${scope}`,
    us: 'Only organisations active on the Data Privacy Framework list are covered: for a certified recipient record `transfer: { mechanism: dpf, verified: <the day you checked its listing> }`; for any other, a mechanism such as SCCs (`scc`) with a transfer impact assessment.',
    covers:
      'A commercial sub-processor here needs no transfer mechanism: the decision is the basis (GDPR Art. 45(1)); `transfer: { mechanism: adequacy }` may record it. Adequacy is a transfer basis, not EU residency.',
    partial:
      'The decision covers only part of the transfers here (see its scope): outside it, a mechanism such as SCCs (`scc`) is needed. Adequacy is a transfer basis, not EU residency.',
    needsMechanism: 'A transfer here needs a mechanism such as SCCs (`transfer: { mechanism: scc }`).',
    iso: (code: string) => `The ISO 3166-1 code is \`${code}\`.`,
    region: (ref: string, provider: string, place: string, status: string) => `**${ref}**: ${provider} region in ${place}${status}`,
    regionCountry: (code: string) => `Its country code is \`${code}\`: list it under \`countries\`.`,
  },
  fr: {
    euResidency: 'Des données stockées ici sont localisées dans l’UE (et dans l’EEE).',
    eeaResidency:
      'Des données stockées ici sont localisées dans l’EEE, et ne comptent comme localisées dans l’UE que si la politique indique `residency: eea`.',
    adequacy: (instrument: string, adopted?: string, until?: string, scope?: string) =>
      `Adéquation : ${instrument}${adopted ? `, adoptée le ${adopted}` : ''}${until ? `, en vigueur jusqu’au ${until}` : ''}. ${scope}`,
    us: 'Seules les organisations actives sur la liste du Data Privacy Framework sont couvertes : pour un destinataire certifié, indiquez `transfer: { mechanism: dpf, verified: <date de vérification de son inscription> }` ; pour tout autre, un outil comme les clauses contractuelles types (`scc`) avec une analyse d’impact des transferts.',
    covers:
      'Un sous-traitant commercial établi ici n’a besoin d’aucun outil de transfert : la décision suffit (art. 45, paragraphe 1, du RGPD) ; `transfer: { mechanism: adequacy }` peut le consigner. L’adéquation est un fondement de transfert, pas une localisation dans l’UE.',
    partial:
      'La décision ne couvre qu’une partie des transferts vers ce pays (voir son champ) : en dehors, un outil comme les clauses contractuelles types (`scc`) est nécessaire. L’adéquation est un fondement de transfert, pas une localisation dans l’UE.',
    needsMechanism: 'Un transfert vers ce pays exige un outil comme les clauses contractuelles types (`transfer: { mechanism: scc }`).',
    iso: (code: string) => `Le code ISO 3166-1 est \`${code}\`.`,
    region: (ref: string, provider: string, place: string, status: string) => `**${ref}** : région ${provider} à ${place}${status}`,
    regionCountry: (code: string) => `Son code pays est \`${code}\` : indiquez-le sous \`countries\`.`,
  },
};

export function countryMarkdown(code: string, today: string, lang: Lang = 'en'): string | undefined {
  const w = COUNTRY_WORDS[lang];
  if (code === 'EU' || code === 'GLOBAL') {
    const p = PSEUDO_LOCATIONS[code];
    const description = phrases(lang).pseudoLocations[code];
    return spaced([`**${countryName(code, lang)}** (\`${p.code}\`)`, '', description].join('\n'), lang);
  }
  const country = getCountry(code === 'UK' ? 'GB' : code === 'EL' ? 'GR' : code);
  if (!country) return undefined;
  const name = countryName(country.code, lang, country) ?? country.name;
  const lines = [`**${name}** (\`${country.code}\`)${COLON[lang]} ${countryStatus(country, today, lang)}`];
  if (country.eu) lines.push('', w.euResidency);
  else if (country.eea) lines.push('', w.eeaResidency);
  const decision = adequacyOn(country.code, today);
  if (decision) {
    const words = countryTexts(country, lang);
    lines.push('', w.adequacy(words.instrument ?? decision.instrument, decision.adopted, decision.until, words.scope ?? decision.scope));
    if (country.code === 'US') lines.push('', w.us);
    else if (adequacyCoversVendor(country.code, today)) lines.push('', w.covers);
    else lines.push('', w.partial);
  } else if (!country.eea) lines.push('', w.needsMechanism);
  if (code !== country.code) lines.push('', w.iso(country.code));
  const note = countryTexts(country, lang).note;
  if (note) lines.push('', note);
  return spaced(lines.join('\n'), lang);
}

export function regionMarkdown(region: RegionInfo, today: string, lang: Lang = 'en'): string {
  const w = COUNTRY_WORDS[lang];
  const country = getCountry(region.country);
  const place = `${region.city}, ${countryName(region.country, lang, country) ?? region.country}`;
  const status = country ? ` (${countryStatus(country, today, lang)})` : '';
  const lines = [w.region(`${region.provider}:${region.code}`, PROVIDERS[region.provider].name, place, status)];
  if (country) lines.push('', w.regionCountry(country.code));
  const note = regionNote(region, lang);
  if (note) lines.push('', note);
  return spaced(lines.join('\n'), lang);
}

export function transferMarkdown(record: TransferMechanismInfo, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'transfer', lang);
  const basis = spaced(`${WORDS[lang].legalBasis}${COLON[lang]} ${info.legalBasis}.`, lang);
  const lines = [`**${info.name}** (\`${info.id}\`)`, '', basis, '', info.description];
  // Every caveat: one that is not shown (the Art. 3(2) gap of the SCCs) could change a decision.
  if (info.notes.length) lines.push('', ...info.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

const STRENGTH: Record<Lang, Record<MfaMethodInfo['strength'], string>> = {
  en: {
    'phishing-resistant': 'phishing-resistant',
    acceptable: 'acceptable, not phishing-resistant',
    weak: 'weak',
    unknown: 'unknown strength',
    none: 'no second factor',
  },
  fr: {
    'phishing-resistant': 'résistant à l’hameçonnage',
    acceptable: 'acceptable, sans résister à l’hameçonnage',
    weak: 'faible',
    unknown: 'robustesse inconnue',
    none: 'aucun second facteur',
  },
};

export function mfaMarkdown(record: MfaMethodInfo, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'mfa', lang);
  return [spaced(`**${info.name}** (\`${info.id}\`)${COLON[lang]} ${STRENGTH[lang][info.strength]}`, lang), '', info.why].join('\n');
}
