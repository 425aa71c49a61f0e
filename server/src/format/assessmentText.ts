/**
 * The sentences that explain an assessment, written from its data where they are shown (diagnostics, hover,
 * inlay hints, outline), in English or French. Nothing reads these sentences back: rules and features read
 * the `Assessment`.
 */
import { frenchSpacing, getTransferMechanism, inLanguage, type Lang } from '../knowledge';
import type { Assessment, SafeguardAssessment, ScopeBasis } from '../engine';

function mechanismName(s: SafeguardAssessment, lang: Lang): string {
  return s.mechanism ? (inLanguage(getTransferMechanism(s.mechanism), 'transfer', lang)?.name ?? s.mechanism) : '';
}

/** Why a transfer is (or is not) safeguarded: "Standard Contractual Clauses", "no transfer mechanism"... */
export function safeguardText(s: SafeguardAssessment, lang: Lang = 'en'): string {
  const name = mechanismName(s, lang);
  const list = s.countries.join(', ');
  const many = s.countries.length !== 1;
  if (lang === 'fr')
    switch (s.basis) {
      case 'no-transfer':
        return 'aucun transfert hors de l’UE';
      case 'eea':
        return `aucun transfert au sens du chapitre V du RGPD (${list} dans l’EEE)`;
      case 'mechanism':
        return name;
      case 'dpf-us':
        return `${name} (États-Unis)`;
      case 'adequacy':
        return `décision d’adéquation pour ${list}`;
      case 'unstated':
        return 'aucun outil de transfert n’est indiqué';
      case 'no-mechanism':
        return 'aucun outil de transfert';
      case 'us-only':
        return `${name} ne couvre que les transferts vers les États-Unis, pas ${list}`;
      case 'us-needs-dpf':
        return 'la décision d’adéquation américaine ne couvre que les organisations certifiées au titre du Data Privacy Framework (indiquez `dpf` si le prestataire est certifié)';
      case 'no-adequacy':
        return frenchSpacing(`${list} ${many ? 'ne bénéficient' : 'ne bénéficie'} d’aucune décision d’adéquation de l’UE en vigueur`);
      case 'scc-invalid':
        return s.clauses?.kind === 'art28'
          ? 'les clauses 2021/915 sont les clauses de l’article 28, paragraphe 7, entre responsable et sous-traitant, pas un outil de transfert'
          : `les clauses ${s.clauses?.version ?? ''} sont abrogées et sans effet depuis le 2022-12-27`;
      case 'derogation':
        return frenchSpacing(
          `une dérogation de l’article 49 n’est pas une garantie : elle vise des transferts occasionnels, pas ceux d’un sous-traitant ultérieur (${list})`,
        );
      case 'uk-tool':
        return frenchSpacing(
          `${name} est un instrument du droit britannique, pour les transferts au départ du Royaume-Uni : il ne fonde pas une sortie de l’EEE (les clauses de l’UE, indiquées \`scc\`, le font)`,
        );
    }
  switch (s.basis) {
    case 'no-transfer':
      return 'no transfer outside the EU';
    case 'eea':
      return `no transfer under GDPR Chapter V (${list} in the EEA)`;
    case 'mechanism':
      return name;
    case 'dpf-us':
      return `${name} (US)`;
    case 'adequacy':
      return `adequacy decision for ${list}`;
    case 'unstated':
      return 'no transfer mechanism is stated';
    case 'no-mechanism':
      return 'no transfer mechanism';
    case 'us-only':
      return `${name} covers transfers to the US only, not ${list}`;
    case 'us-needs-dpf':
      return 'the US adequacy decision covers only organisations certified under the Data Privacy Framework (record it as `dpf` if the provider is certified)';
    case 'no-adequacy':
      return `${list} ${many ? 'have' : 'has'} no EU adequacy decision in force`;
    case 'scc-invalid':
      return s.clauses?.kind === 'art28'
        ? 'the 2021/915 clauses are the Art. 28(7) controller-processor clauses, not a transfer tool'
        : `the ${s.clauses?.version ?? ''} clauses are repealed and have had no effect since 2022-12-27`;
    case 'derogation':
      return `an Art. 49 derogation is not a safeguard: it is for occasional transfers, not a sub-processor's (${list})`;
    case 'uk-tool':
      return `${name} is a tool of UK law, for transfers out of the UK: no basis for data leaving the EEA (the EU clauses are, as \`scc\`)`;
  }
}

const LEVEL_FR: Record<string, string> = { yes: 'oui', limited: 'limitées', no: 'non', unknown: 'inconnu' };
const CRITICALITY_FR: Record<string, string> = {
  critical: 'critique',
  high: 'de criticité élevée',
  medium: 'de criticité moyenne',
  low: 'de faible criticité',
};
const CRITICALITY_WORD_FR: Record<string, string> = { critical: 'critique', high: 'élevée', medium: 'moyenne', low: 'faible' };

/** A criticality as a message shows it in brackets: `critical`, or in French `criticité critique`. */
export function criticalityWord(criticality: string, lang: Lang = 'en'): string {
  return lang === 'fr' ? `criticité ${CRITICALITY_WORD_FR[criticality] ?? criticality}` : criticality;
}

/** A personal-data level as a message shows it in brackets: `yes`, or in French `oui`. */
export function levelWord(level: string, lang: Lang = 'en'): string {
  return lang === 'fr' ? (LEVEL_FR[level] ?? level) : level;
}

/** Why the entry is in scope, or not, after "it": "handles personal data (yes)", "is critical". */
export function scopeText(scope: ScopeBasis, lang: Lang = 'en'): string {
  if (lang === 'fr') {
    if (scope.by === 'personalData') return `traite des données personnelles (${LEVEL_FR[scope.level] ?? scope.level})`;
    if (scope.by === 'criticality') return `est ${CRITICALITY_FR[scope.criticality] ?? scope.criticality}`;
    return `ne traite aucune donnée personnelle concernée${scope.criticality ? ` et est ${CRITICALITY_FR[scope.criticality] ?? scope.criticality}` : ''}`;
  }
  if (scope.by === 'personalData') return `handles personal data (${scope.level})`;
  if (scope.by === 'criticality') return `is ${scope.criticality}`;
  return `handles no personal data in scope${scope.criticality ? ` and is ${scope.criticality}` : ''}`;
}

/** "EU" or "EU/EEA", the area the policy's residency means. */
export function areaName(residency: 'eu' | 'eea', lang: Lang = 'en'): string {
  if (lang === 'fr') return residency === 'eu' ? 'UE' : 'UE/EEE';
  return residency === 'eu' ? 'EU' : 'EU/EEA';
}

/** Certified (with what), or not: an entry whose certifications are `unknown` is not stated, never "not certified". */
function certText(a: Assessment, lang: Lang): string {
  const unstated = !a.certified && a.unknown.includes('certifications');
  if (lang === 'fr')
    return a.certified ? `certifié (${a.countingCertifications.join(', ')})` : unstated ? 'certifications non précisées' : 'non certifié';
  return a.certified ? `certified (${a.countingCertifications.join(', ')})` : unstated ? 'certifications not stated' : 'not certified';
}

function residencyText(a: Assessment, lang: Lang): string {
  const area = areaName(a.area, lang);
  if (lang === 'fr') {
    if (a.residency === 'eu') return `données dans l’${area}`;
    if (a.residency === 'outside') return `données hors de l’${area} (${a.outsideLocations.join(', ')})`;
    return 'aucune localisation des données';
  }
  if (a.residency === 'eu') return `${area} residency`;
  if (a.residency === 'outside') return `data outside the ${area} (${a.outsideLocations.join(', ')})`;
  return 'no data location';
}

/** Why the entry is in its tier: "certified (soc2-type2), EU/EEA residency". */
export function tierGroundsText(a: Assessment, lang: Lang = 'en'): string {
  // Only a valid basis safeguards: an invalid one (a derogation, a tool of UK law...) is said as what it is.
  const by = a.safeguard.valid ? (lang === 'fr' ? 'garanti par' : 'safeguarded by') : lang === 'fr' ? 'avec' : 'with';
  const safe = a.residency === 'outside' ? `, ${by} ${safeguardText(a.safeguard, lang)}` : '';
  return `${certText(a, lang)}, ${residencyText(a, lang)}${safe}`;
}

/** Why an in-scope entry fits no tier: "no data location is given", "not certified and data outside...". */
export function noTierText(a: Assessment, lang: Lang = 'en'): string {
  if (lang === 'fr') {
    if (a.residency === 'unknown') return 'aucune localisation des données n’est indiquée';
    if (a.residency === 'outside' && !a.safeguard.valid) return `${residencyText(a, lang)} avec ${safeguardText(a.safeguard, lang)}`;
    return `${certText(a, lang)} et ${residencyText(a, lang)}`;
  }
  if (a.residency === 'unknown') return 'no data location is given';
  if (a.residency === 'outside' && !a.safeguard.valid) return `${residencyText(a, lang)} with ${safeguardText(a.safeguard, lang)}`;
  return `${certText(a, lang)} and ${residencyText(a, lang)}`;
}

/** One line: the tier and why, why it fits none, or why it is out of scope. */
export function assessmentSentence(a: Assessment, lang: Lang = 'en'): string {
  if (lang === 'fr') {
    if (!a.inScope) return frenchSpacing(`Hors du champ : ${scopeText(a.scope, lang)}.`);
    if (a.tier !== undefined) return frenchSpacing(`Niveau ${a.tier} : ${tierGroundsText(a, lang)}.`);
    return frenchSpacing(`N’entre dans aucun niveau de la politique : ${noTierText(a, lang)}.`);
  }
  if (!a.inScope) return `Out of scope: ${scopeText(a.scope)}.`;
  if (a.tier !== undefined) return `Tier ${a.tier}: ${tierGroundsText(a)}.`;
  return `Fits no tier of the policy: ${noTierText(a)}.`;
}
