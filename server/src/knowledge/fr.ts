/**
 * The knowledge base's texts in French, by record id: what a French privacy lawyer reads in hovers,
 * completion and messages. The facts (ids, dates, strengths, sources) stay in the records; only words are
 * here, typed from the English records' ids (`FrenchKnowledge`): a record without its French words fails to
 * compile; `knowledge.test.ts` checks that they keep the caveats
 * ("non vérifié") and dates of the English. Written from the same sources (facts.md), in French legal usage,
 * not word for word.
 */
import type { CertificationId } from './certifications';
import type { ClaimId } from './claims';
import type { AdequateCountry, NotedCountry } from './countries';
import type { MFA_METHODS } from './mfa';
import type { NotedRegion } from './regions';
import type { TRANSFER_MECHANISMS } from './transfers';
import type { CertificationInfo, ClaimInfo, MfaMethodInfo, TransferMechanismInfo } from './types';

/** The French words of a record: every field `K` of the English, required (a list item for item: `knowledge.test.ts`). */
type Words<T, K extends keyof T> = { readonly [P in K]-?: T[P] };

/** One record's words for each id of the English records: an id without its French fails to compile, as does an unknown id. */
type Texts<Id extends string, T, K extends keyof T> = { readonly [I in Id]: Words<T, K> };

/** A country's words, as they are looked up (by a code from a file). */
export interface CountryWords {
  readonly note?: string;
  readonly instrument?: string;
  readonly scope?: string;
}

/** A country's words: its note where the English has one, its adequacy decision's instrument and scope where it has one. */
type CountryTexts = {
  readonly [C in NotedCountry | AdequateCountry]: (C extends NotedCountry ? { readonly note: string } : unknown) &
    (C extends AdequateCountry ? { readonly instrument: string; readonly scope: string } : unknown);
};

/** The French knowledge's type, from the English records' ids: `tsc` fails when a text is missing. */
export interface FrenchKnowledge {
  certifications: Texts<CertificationId, CertificationInfo, 'name' | 'owner' | 'attests' | 'evidenceDetail' | 'validity' | 'confusions'>;
  claims: Texts<ClaimId, ClaimInfo, 'name' | 'why'>;
  transfers: Texts<(typeof TRANSFER_MECHANISMS)[number]['id'], TransferMechanismInfo, 'name' | 'legalBasis' | 'description' | 'notes'>;
  mfa: Texts<(typeof MFA_METHODS)[number]['id'], MfaMethodInfo, 'name' | 'why'>;
  countries: CountryTexts;
  /**
   * Each region note in French, by `provider:code`: the provider's own region name kept as it writes it
   * (`Europe (Ireland)`, a proper name), then what the note says, authored in French (never translated from the
   * English by replacing phrases). A region with a note and none here fails to compile.
   */
  regionNotes: { readonly [R in NotedRegion]: string };
  /**
   * The French name of a region's place (`RegionInfo.city`, as the region table writes it) where French uses a
   * name of its own (`London`: Londres); a place without one here keeps its name (`Dublin`, `Ohio`). Read only by
   * the French wording (`regionCity`); a key that is no place of the region table fails `knowledge.test.ts`.
   */
  regionCities: Readonly<Record<string, string>>;
}

export const FR_KNOWLEDGE: FrenchKnowledge = {
  certifications: {
    soc1: {
      name: 'SOC 1',
      owner: 'AICPA (examen selon SSAE 18, AT-C 320, mené par un cabinet d’expertise comptable agréé (CPA))',
      attests:
        'Le rapport d’un auditeur sur les contrôles qui comptent pour l’information financière des clients (ICFR). Il ne dit rien de la sécurité de l’information en tant que telle.',
      evidenceDetail: 'Le rapport SOC 1 lui-même ; son usage est réservé aux clients et à leurs commissaires aux comptes.',
      validity: 'Ni certificat ni date d’expiration ; le rapport couvre une date (Type I) ou une période (Type II).',
      confusions: [
        'Ce n’est pas un rapport de sécurité : il ne peut pas remplacer SOC 2 ou ISO 27001.',
        'ISAE 3402 en est l’équivalent international, pas un autre dispositif de sécurité (non vérifié).',
      ],
    },
    soc2: {
      name: 'SOC 2 (type non précisé)',
      owner:
        'AICPA (examen selon la norme AT-C 205 au regard des Trust Services Criteria, mené par un cabinet d’expertise comptable agréé (CPA))',
      attests:
        'Le rapport d’un auditeur sur des contrôles au regard des Trust Services Criteria. Sans le type, on ignore si seule la conception (Type I) ou aussi le fonctionnement sur une période (Type II) a été testé.',
      evidenceDetail:
        'Demandez de quel type il s’agit, et le rapport (en général sous accord de confidentialité) avec sa période ou sa date.',
      validity:
        'Pas d’expiration formelle ; en pratique, un rapport dont la période s’est close il y a plus de 12 mois environ est considéré comme périmé.',
      confusions: [
        'Précisez le type : Type I et Type II n’apportent pas du tout la même assurance.',
        '« Certifié SOC 2 » est impropre : SOC 2 est un rapport d’attestation, pas un certificat.',
      ],
    },
    'soc2-type1': {
      name: 'SOC 2 Type I',
      owner:
        'AICPA (examen selon la norme AT-C 205 au regard des Trust Services Criteria, mené par un cabinet d’expertise comptable agréé (CPA))',
      attests:
        'L’opinion d’un cabinet d’audit selon laquelle les contrôles étaient conçus de manière appropriée à une date donnée. Leur efficacité dans la durée n’est pas testée. La sécurité (critères communs) est toujours dans le périmètre ; disponibilité, intégrité du traitement, confidentialité et vie privée sont facultatives.',
      evidenceDetail:
        'Le rapport SOC 2 Type I (diffusion restreinte, communiqué sous accord de confidentialité), avec sa date et les critères couverts.',
      validity:
        'Rapport à une date donnée, sans expiration formelle ; l’usage du marché attend un rapport plus récent au bout de 12 mois environ.',
      confusions: ['Un rapport Type I ne satisfait pas une exigence de Type II.', '« Type 1 » et « Type I » désignent la même chose.'],
    },
    'soc2-type2': {
      name: 'SOC 2 Type II',
      owner:
        'AICPA (examen selon la norme AT-C 205 au regard des Trust Services Criteria, mené par un cabinet d’expertise comptable agréé (CPA))',
      attests:
        'L’opinion d’un cabinet d’audit selon laquelle les contrôles étaient conçus de manière appropriée et ont fonctionné efficacement sur une période de revue, en général de 3 à 12 mois (6 mois ou plus le plus souvent). La sécurité est toujours dans le périmètre ; les autres Trust Services Criteria sont facultatifs.',
      evidenceDetail:
        'Le rapport SOC 2 Type II (diffusion restreinte, sous accord de confidentialité) : vérifiez la période, les critères couverts, les exceptions relevées, les sous-traitants exclus du périmètre (carve-out) et les contrôles attendus du client ; une bridge letter pour les mois écoulés depuis la fin de la période.',
      validity:
        'Ni certificat ni date d’expiration formelle. Un rapport dont la période s’est close il y a plus de 12 mois environ est considéré comme périmé ; une bridge letter peut couvrir jusqu’à 3 mois environ après la période, mais elle émane de la direction et n’apporte aucune assurance d’auditeur.',
      confusions: [
        '« Certifié SOC 2 » est impropre : il s’agit d’un rapport d’attestation.',
        'Le SOC 2 du fournisseur cloud ne couvre pas le SaaS bâti dessus (carve-out).',
        'Un SOC 3 est un résumé public et ne remplace pas le rapport Type II.',
      ],
    },
    soc3: {
      name: 'SOC 3',
      owner: 'AICPA (cabinet d’expertise comptable agréé, sur la base d’un examen SOC 2)',
      attests: 'Un résumé public d’un examen SOC 2 : l’opinion de l’auditeur sans la description des tests ni de leurs résultats.',
      evidenceDetail: 'Le rapport SOC 3 public ; pour l’audit préalable, demandez aussi le rapport SOC 2 Type II sous-jacent.',
      validity: 'Suit l’examen SOC 2 qu’il résume ; périmé environ 12 mois après la fin de sa période (usage du marché).',
      confusions: ['Il ne remplace pas le rapport SOC 2 Type II dans un audit préalable : il ne contient aucun détail des tests.'],
    },
    isae3402: {
      name: 'ISAE 3402',
      owner: 'IAASB (norme internationale d’assurance) ; rapport émis par un auditeur indépendant',
      attests:
        'L’équivalent international de SOC 1 : un rapport d’assurance sur les contrôles d’un prestataire de services qui comptent pour l’information financière de ses clients.',
      evidenceDetail: 'Le rapport ISAE 3402 (Type I : conception à une date ; Type II : fonctionnement sur une période).',
      validity: 'Pas d’expiration formelle ; comme les rapports SOC, il est en général renouvelé chaque année (non vérifié).',
      confusions: [
        'Comme SOC 1, il vise les contrôles liés à l’information financière, pas la sécurité.',
        'Les rapports de sécurité établis selon ISAE 3000 (proches de SOC 2) sont une autre chose.',
      ],
    },
    iso27001: {
      name: 'ISO/IEC 27001',
      owner:
        'ISO/IEC JTC 1/SC 27 (la norme) ; certificats délivrés par des organismes de certification accrédités par un signataire de l’accord IAF MLA',
      attests:
        'Que l’organisation applique un système de management de la sécurité de l’information conforme à la norme, dans le périmètre inscrit sur le certificat.',
      evidenceDetail:
        'Le certificat (périmètre, version de la norme, émetteur, organisme d’accréditation, date d’expiration) et la déclaration d’applicabilité ; vérifiez que l’organisme de certification est accrédité.',
      validity:
        'En général un certificat de trois ans avec des audits de surveillance annuels (cycle non vérifié sur une source). Les certificats selon la version 2013 ne sont plus valables depuis le 31 octobre 2025.',
      confusions: [
        '« Conforme à » ou « aligné sur » ISO 27001 ne veut pas dire certifié.',
        'Vérifiez le périmètre : un certificat peut ne couvrir qu’un centre de données ou un site d’hébergement, pas le service utilisé.',
        'Un certificat délivré par un organisme non accrédité a peu de poids.',
        'ISO 27002 est un recueil de bonnes pratiques et ne peut pas être certifié (non vérifié).',
      ],
    },
    iso27017: {
      name: 'ISO/IEC 27017',
      owner: 'ISO/IEC JTC 1/SC 27 ; évaluée par un organisme de certification accrédité comme extension d’un périmètre ISO 27001',
      attests:
        'Que les mesures de sécurité propres au cloud, pour les fournisseurs et leurs clients, sont couvertes dans le périmètre ISO 27001.',
      evidenceDetail: 'Le certificat ISO 27001 (ou son annexe) mentionnant 27017 dans son périmètre.',
      validity: 'Liée au certificat ISO 27001 qu’elle étend (en général un cycle de trois ans, non vérifié sur une source).',
      confusions: ['Elle ne peut pas être certifiée seule : elle n’existe qu’au sein d’un périmètre ISO 27001.'],
    },
    iso27018: {
      name: 'ISO/IEC 27018',
      owner: 'ISO/IEC JTC 1/SC 27 ; évaluée par un organisme de certification accrédité comme extension d’un périmètre ISO 27001',
      attests:
        'Qu’un fournisseur de cloud public agissant comme sous-traitant de données personnelles applique le code de bonnes pratiques de protection de ces données, dans son périmètre ISO 27001.',
      evidenceDetail: 'Le certificat ISO 27001 (ou son annexe) mentionnant 27018 dans son périmètre.',
      validity: 'Liée au certificat ISO 27001 qu’elle étend (en général un cycle de trois ans, non vérifié sur une source).',
      confusions: [
        'Ce n’est pas une certification autonome : elle s’adosse à un périmètre ISO 27001.',
        'Un élément utile au titre de l’article 28 du RGPD, mais pas une certification RGPD.',
      ],
    },
    iso27701: {
      name: 'ISO/IEC 27701',
      owner: 'ISO/IEC JTC 1/SC 27 ; certificats délivrés par des organismes de certification accrédités',
      attests:
        'Que l’organisation applique un système de management de la protection de la vie privée (PIMS), comme responsable de traitement et/ou sous-traitant de données personnelles.',
      evidenceDetail: 'Le certificat, avec son périmètre et sa version (et le certificat ISO 27001 pour la version 2019).',
      validity: 'Certificat sur un cycle de trois ans avec audits de surveillance (cycle non vérifié sur une source).',
      confusions: [
        'Ce n’est pas une certification au sens de l’article 42 du RGPD et elle ne prouve pas la conformité au RGPD.',
        'La version 2019 n’existait que comme extension d’ISO 27001.',
      ],
    },
    iso9001: {
      name: 'ISO 9001',
      owner: 'ISO/TC 176 ; certificats délivrés par des organismes de certification accrédités',
      attests:
        'Que l’organisation applique un système de management de la qualité. Elle ne dit rien de la sécurité de l’information ni de la protection des données.',
      evidenceDetail: 'Le certificat, avec son périmètre et sa date d’expiration.',
      validity: 'Certificat de trois ans avec audits de surveillance annuels (cycle non vérifié sur une source).',
      confusions: ['Ce n’est pas une certification de sécurité : elle ne doit pas compter pour les niveaux de sécurité.'],
    },
    iso22301: {
      name: 'ISO 22301',
      owner: 'ISO/TC 292 ; certificats délivrés par des organismes de certification accrédités',
      attests: 'Que l’organisation applique un système de management de la continuité d’activité.',
      evidenceDetail: 'Le certificat, avec son périmètre et sa date d’expiration.',
      validity: 'Certificat de trois ans avec audits de surveillance annuels (non vérifié).',
      confusions: ['La continuité, pas la sécurité de l’information : elle ne remplace pas ISO 27001.'],
    },
    nen7510: {
      name: 'NEN 7510',
      owner: 'NEN (organisme de normalisation néerlandais) ; certificats délivrés par des organismes de certification accrédités',
      attests:
        'Le management de la sécurité de l’information dans le secteur de la santé néerlandais, fondé sur ISO 27001 avec des exigences propres à la santé.',
      evidenceDetail: 'Le certificat, avec son périmètre et sa date d’expiration.',
      validity: 'Certificat de trois ans avec audits de surveillance annuels (non vérifié).',
      confusions: ['Un dispositif du secteur de la santé néerlandais : hors de ce secteur, demandez ISO 27001.'],
    },
    'csa-star-1': {
      name: 'CSA STAR niveau 1',
      owner: 'Cloud Security Alliance (registre public STAR)',
      attests:
        'Seulement que le fournisseur a publié une auto-évaluation (le questionnaire CAIQ sur la Cloud Controls Matrix, ou l’auto-évaluation au titre du code de conduite RGPD) dans le registre STAR. Personne ne la vérifie.',
      evidenceDetail: 'L’entrée du registre STAR et le CAIQ publié.',
      validity: 'Une inscription au registre, sans audit.',
      confusions: ['« Certifié STAR » avec le seul niveau 1 est une exagération fréquente : le niveau 1 est une auto-évaluation.'],
    },
    'csa-star-2': {
      name: 'CSA STAR niveau 2',
      owner:
        'Cloud Security Alliance ; audit par un tiers, organisme de certification (STAR Certification) ou cabinet d’expertise comptable (STAR Attestation)',
      attests:
        'Une évaluation par un tiers au regard de la Cloud Controls Matrix (CCM v4 : 197 contrôles en 17 domaines) : STAR Certification la combine avec ISO 27001, STAR Attestation avec SOC 2. Le niveau 1 est un préalable.',
      evidenceDetail:
        'L’entrée du registre STAR, avec le certificat ISO 27001 (STAR Certification) ou le rapport SOC 2 (STAR Attestation).',
      validity: 'STAR Certification tombe avec le certificat ISO 27001 sous-jacent ; STAR Attestation se renouvelle tous les 12 mois.',
      confusions: [
        'Demandez de quelle variante il s’agit : STAR Certification (fondée sur ISO 27001) ou STAR Attestation (fondée sur SOC 2).',
      ],
    },
    'csa-star-3': {
      name: 'CSA STAR niveau 3',
      owner: 'Cloud Security Alliance',
      attests:
        'Une surveillance continue des contrôles du fournisseur, en plus du niveau 2. Rarement rencontrée en pratique (non vérifié).',
      evidenceDetail: 'L’entrée du registre STAR indiquant le niveau 3.',
      validity: 'Continue ; vérifiez le registre.',
      confusions: ['Rarement proposée : vérifiez le registre avant d’admettre l’affirmation.'],
    },
    'pci-dss': {
      name: 'PCI DSS',
      owner: 'PCI Security Standards Council (American Express, Discover, JCB, Mastercard, Visa)',
      attests:
        'Que l’environnement des données de cartes respecte le Payment Card Industry Data Security Standard (version en vigueur : v4.0.1). Pour un prestataire de niveau 1 (plus de 300 000 transactions par carte par an), un QSA l’a évalué sur place et rédigé un Report on Compliance ; le niveau 2 recourt à l’auto-évaluation SAQ D.',
      evidenceDetail:
        'L’attestation de conformité (AOC) pour prestataires de services, avec sa date et son niveau ; seul l’environnement des données des titulaires de cartes est dans le périmètre.',
      validity: 'Annuelle : une AOC de plus de 12 mois est périmée ; des scans ASV trimestriels entre-temps.',
      confusions: [
        'Encaisser des paiements par un prestataire conforme PCI (SAQ A) ne fait pas d’un fournisseur un prestataire de niveau 1.',
        'Le périmètre se limite à l’environnement des données des titulaires de cartes, pas à toute l’entreprise.',
      ],
    },
    hitrust: {
      name: 'HITRUST CSF',
      owner: 'HITRUST Alliance (délivre la certification après le travail d’un évaluateur externe agréé et une revue qualité de HITRUST)',
      attests:
        'Qu’un évaluateur externe agréé a testé les contrôles du référentiel HITRUST CSF et que HITRUST a revu le résultat. L’e1 couvre environ 44 contrôles fondamentaux, l’i1 davantage, le r2 une sélection fondée sur les risques.',
      evidenceDetail: 'La lettre de certification HITRUST indiquant le type d’évaluation (e1, i1 ou r2) et ses dates.',
      validity:
        'e1 et i1 : un an. r2 : deux ans, à condition qu’une évaluation intermédiaire soit menée dans les 90 jours précédant le douzième mois ; une évaluation de transition ajoute 90 jours.',
      confusions: ['Les évaluations de préparation et les auto-évaluations ne sont pas des certifications.'],
    },
    c5: {
      name: 'BSI C5',
      owner:
        'BSI, l’office fédéral allemand de la sécurité de l’information (critères) ; attestation par un auditeur indépendant selon ISAE 3000 ou IDW PS 860',
      attests:
        'Le rapport d’un auditeur selon lequel un service cloud satisfait aux critères C5 (17 domaines, environ 121 à 125 critères de base, dont la transparence sur la localisation des données et les demandes d’accès des autorités) : Type 1 pour la conception à une date, Type 2 pour le fonctionnement sur une période, en général de 6 à 12 mois.',
      evidenceDetail: 'Le rapport d’attestation C5, son type (1 ou 2), la version (C5:2020) et la période couverte.',
      validity: 'Un rapport, pas un certificat : pas d’expiration formelle ; appréciez son ancienneté comme celle d’un rapport SOC 2.',
      confusions: [
        '« Certifié C5 » est impropre : il s’agit d’une attestation.',
        'Depuis le 2025-07-01, l’article 393 du SGB V attend le Type 2 pour le traitement de données de santé dans le cloud en Allemagne (vérifié en partie).',
      ],
    },
    secnumcloud: {
      name: 'SecNumCloud',
      owner: 'ANSSI (Agence nationale de la sécurité des systèmes d’information), après évaluation par un prestataire agréé',
      attests:
        'Une qualification de l’État français pour un service cloud (IaaS, PaaS, CaaS ou SaaS) au regard d’un référentiel de sécurité exigeant qui impose aussi une protection contre les lois extra-européennes : détention et contrôle européens, données, support et administration maintenus dans l’UE.',
      evidenceDetail: 'L’inscription sur la liste des services qualifiés de l’ANSSI et l’attestation de qualification avec son périmètre.',
      validity: 'Environ trois ans, avec un suivi entre-temps (vérifié en partie).',
      confusions: [
        'Elle qualifie un service précis, pas le fournisseur entier : vérifiez que le service utilisé est bien celui qui est qualifié.',
      ],
    },
    hds: {
      name: 'HDS (hébergeur de données de santé)',
      owner: 'Ministère chargé de la santé (référentiel) ; certificats délivrés par des organismes de certification accrédités',
      attests:
        'Que le prestataire peut héberger des données de santé pour le compte de tiers en France, comme la loi l’exige. Selon le référentiel de 2024, les données doivent être hébergées physiquement dans l’EEE, et tout accès depuis l’extérieur de l’EEE doit être déclaré, avec une cartographie publique des transferts.',
      evidenceDetail: 'Le certificat HDS, avec son périmètre (activités d’hébergement couvertes) et la version du référentiel.',
      validity:
        'Certificat de trois ans avec surveillance annuelle (cycle non vérifié). Les titulaires certifiés selon l’ancien référentiel devaient se recertifier au plus tard le 2026-05-16.',
      confusions: [
        'Ne concerne que l’hébergement de données de santé françaises pour le compte d’un tiers.',
        'Des données RH comme les certificats d’arrêt maladie ne sont pas des données de santé recueillies pour la prévention, le diagnostic ou les soins : leur hébergement n’exige pas de certification HDS, sauf s’il sert à des soins (art. L.1111-8 du code de la santé publique).',
        'Un hébergeur certifié doit héberger les données de santé dans l’EEE (référentiel de 2024) et déclarer tout accès depuis un pays tiers.',
      ],
    },
    tisax: {
      name: 'TISAX',
      owner: 'ENX Association (industrie automobile), évaluation au regard du catalogue VDA ISA par un prestataire d’audit agréé',
      attests:
        'Que l’entreprise a passé une évaluation au regard du catalogue de sécurité de l’information de la VDA au niveau 2 (contrôle de plausibilité à distance) ou 3 (sur place), qui donne des labels comme « Info high », « Info very high », protection des prototypes ou protection des données.',
      evidenceDetail:
        'Le résultat de l’évaluation partagé par le portail ENX (labels, identifiant de périmètre, expiration) ; il n’existe pas de certificat public.',
      validity: 'Les labels valent 3 ans.',
      confusions: [
        'Le niveau 1 est une auto-évaluation et ne donne aucun label.',
        'Les résultats ne sont partagés que dans le portail ENX.',
      ],
    },
    fedramp: {
      name: 'FedRAMP',
      owner:
        'General Services Administration américaine (FedRAMP PMO) ; autorisation par une agence fédérale ou le FedRAMP Board après évaluation par un 3PAO',
      attests:
        'Une autorisation fédérale américaine d’exploiter un service cloud au niveau Low, Moderate ou High (mesures NIST SP 800-53 Rev. 5), suivie d’une surveillance continue.',
      evidenceDetail: 'La fiche du FedRAMP Marketplace, avec le niveau et l’état de l’autorisation.',
      validity: 'Pas d’expiration fixe : maintenue par la surveillance continue.',
      confusions: ['Ne dit rien de la localisation des données dans l’UE.', 'Une autorisation couvre une offre de service précise.'],
    },
    irap: {
      name: 'IRAP',
      owner: 'Australian Signals Directorate (ACSC) ; évaluation par un évaluateur IRAP agréé',
      attests:
        'Une évaluation indépendante d’un système au regard de l’Information Security Manual du gouvernement australien, souvent au niveau PROTECTED.',
      evidenceDetail: 'Le rapport d’évaluation IRAP et sa date, et le niveau de classification évalué.',
      validity: 'Pas d’expiration fixe ; les évaluations sont censées être renouvelées périodiquement (non vérifié).',
      confusions: ['Une évaluation, pas une certification ; utile pour des travaux pour le gouvernement australien.'],
    },
    'cyber-essentials': {
      name: 'Cyber Essentials',
      owner: 'Dispositif du NCSC britannique, opéré par IASME',
      attests:
        'Un questionnaire d’auto-évaluation sur l’hygiène informatique de base, signé par un membre de la direction et noté par un évaluateur.',
      evidenceDetail: 'Le certificat et sa date (consultables sur l’outil de recherche IASME / NCSC).',
      validity: 'Valable 12 mois.',
      confusions: ['Un seuil bas par rapport à ISO 27001 ou SOC 2 : il ne compte pas comme certification de sécurité pour les niveaux.'],
    },
    'cyber-essentials-plus': {
      name: 'Cyber Essentials Plus',
      owner: 'Dispositif du NCSC britannique, opéré par IASME',
      attests:
        'Cyber Essentials, plus un audit technique pratique des mêmes mesures, mené dans les 3 mois suivant la certification de base.',
      evidenceDetail: 'Le certificat et sa date.',
      validity: 'Valable 12 mois.',
      confusions: ['Reste un socle minimal, bien en deçà d’ISO 27001 ou de SOC 2.'],
    },
    ens: {
      name: 'ENS (Esquema Nacional de Seguridad)',
      owner:
        'Espagne : CCN (Centro Criptológico Nacional), en application du décret royal 311/2022 ; certificats délivrés par des organismes accrédités',
      attests:
        'La conformité d’un système au Schéma national de sécurité espagnol, dans la catégorie BÁSICA, MEDIA ou ALTA ; obligatoire pour le secteur public espagnol et ses fournisseurs.',
      evidenceDetail: 'Le certificat de conformité, avec sa catégorie, son périmètre et sa date (distinctif public / liste du CCN).',
      validity: 'Les certificats valent 2 ans.',
      confusions: [
        'La catégorie BÁSICA peut reposer sur une auto-évaluation (non vérifié).',
        'Les certificats délivrés selon l’ancien décret royal 3/2010 ne sont plus valables.',
      ],
    },
    'eu-cloud-coc': {
      name: 'Code de conduite européen pour le cloud (EU Cloud CoC)',
      owner: 'SCOPE Europe (organisme de suivi) ; code approuvé par l’autorité belge de protection des données',
      attests:
        'Qu’un service cloud agissant comme sous-traitant adhère à un code de conduite de l’article 40 du RGPD qui traduit les obligations de l’article 28 en contrôles, vérifié par l’organisme de suivi au moins une fois par an. Approuvé par l’autorité de contrôle belge le 2021-05-20 après un avis du CEPD du 2021-05-19.',
      evidenceDetail: 'L’inscription du service au registre public (eucoc.cloud), avec son niveau de conformité et sa date.',
      validity: 'L’adhésion est revue au moins une fois par an par SCOPE Europe.',
      confusions: [
        'C’est un élément des « garanties suffisantes » de l’article 28, paragraphe 5, pas une certification.',
        'Ce n’est pas un outil de transfert au titre de l’article 46, paragraphe 2, point e).',
        'L’adhésion se déclare service par service, pas pour une entreprise entière.',
      ],
    },
    europrivacy: {
      name: 'Europrivacy',
      owner: 'Dispositif de certification Europrivacy (ECCP) ; certification par des organismes accrédités, approuvé par le CEPD',
      attests:
        'Une certification au titre de l’article 42 du RGPD d’opérations de traitement déterminées, la première approuvée comme label européen de protection des données (CEPD, 2022-10-10). Les données génétiques sont hors périmètre.',
      evidenceDetail: 'Le certificat nommant les opérations de traitement certifiées, avec ses dates et l’inscription au registre.',
      validity: 'Certificat à durée déterminée avec une surveillance périodique (durée non vérifiée).',
      confusions: [
        'Elle certifie des opérations de traitement, pas une entreprise entière « conforme au RGPD ».',
        'Ce n’est pas un outil de transfert.',
      ],
    },
  },
  claims: {
    'ce-marking': {
      name: 'Marquage CE',
      why: 'Le marquage CE déclare qu’un produit respecte les règles de l’UE sur les produits ; il ne certifie aucun service, et « CE » n’est pas Cyber Essentials : écrivez `cyber-essentials` si c’est ce que détient le prestataire (non vérifié : tiré de la section 8 de facts.md, sans clé de source).',
    },
    eucs: {
      name: 'EUCS (schéma européen de certification de cybersécurité des services cloud)',
      why: 'Aucun schéma européen de certification des services cloud n’a été adopté au titre du règlement sur la cybersécurité (règlement (UE) 2019/881) à la date du 2026-12-04 : personne ne détient l’EUCS (non vérifié : tiré de la section 8 de facts.md, sans clé de source). Retirez-le et indiquez les certifications que le prestataire détient réellement (par exemple `secnumcloud`, `c5` ou `iso27001`).',
    },
    'gdpr-compliant': {
      name: 'Conforme au RGPD',
      why: 'Une déclaration du prestataire, pas un audit. Les articles 42 et 43 du RGPD ne prévoient que des mécanismes de certification et des labels approuvés pour des opérations de traitement déterminées (Europrivacy par exemple), jamais la « certification RGPD » d’une entreprise entière. Demandez plutôt le contrat de sous-traitance et de vraies preuves de sécurité.',
    },
    hipaa: {
      name: 'HIPAA',
      why: 'HIPAA est une loi fédérale américaine, appliquée par l’Office for Civil Rights du HHS, qui ne reconnaît aucune « certification HIPAA » privée. Ce qui fait preuve : un Business Associate Agreement signé, une analyse de risques, un rapport SOC 2 rapproché de HIPAA, ou HITRUST.',
    },
    dpf: {
      name: 'Data Privacy Framework UE-États-Unis',
      why: 'Un fondement de transfert, pas une certification de sécurité : les organisations américaines s’auto-certifient auprès du Department of Commerce, sur quoi repose la décision d’adéquation (UE) 2023/1795. Indiquez-le sous la forme `transfer: { mechanism: dpf }` ; la certification se renouvelle chaque année et ne vaut que pour des destinataires situés aux États-Unis.',
    },
    'privacy-shield': {
      name: 'Privacy Shield UE-États-Unis',
      why: 'La Cour de justice a invalidé le Privacy Shield le 2020-07-16 (Schrems II, C-311/18) : il ne fonde plus aucun transfert ; le Data Privacy Framework lui a succédé. Remplacez-le par l’outil réellement utilisé (DPF ou CCT).',
    },
    'uk-dpf-extension': {
      name: 'Extension britannique du Data Privacy Framework UE-États-Unis',
      why: 'Un fondement de transfert pour les exportateurs établis au Royaume-Uni (le « UK-US data bridge », depuis le 2023-10-12), pas pour les données exportées depuis l’UE ou l’EEE : seul le DPF UE-États-Unis (décision (UE) 2023/1795) fonde un transfert depuis l’UE. Gardez-le en déclaration et indiquez sous `transfer` l’outil de transfert applicable depuis l’UE.',
    },
    'swiss-us-dpf': {
      name: 'Data Privacy Framework Suisse-États-Unis',
      why: 'Un fondement de transfert pour les exportateurs établis en Suisse (depuis le 2024-09-15), pas pour les données exportées depuis l’UE ou l’EEE : seul le DPF UE-États-Unis (décision (UE) 2023/1795) fonde un transfert depuis l’UE. Gardez-le en déclaration et indiquez sous `transfer` l’outil de transfert applicable depuis l’UE.',
    },
    'swiss-us-privacy-shield': {
      name: 'Privacy Shield Suisse-États-Unis',
      why: 'Le Préposé fédéral à la protection des données et à la transparence (PFPDT) a jugé le Privacy Shield Suisse-États-Unis insuffisant le 2020-09-08 ; il n’a jamais fondé un transfert depuis l’UE et ne fonde plus rien aujourd’hui. Retirez-le et indiquez sous `transfer` l’outil réellement utilisé.',
    },
    'pci-compliant': {
      name: 'Conforme PCI',
      why: 'Une déclaration : seule l’attestation de conformité (AOC) d’un prestataire de services prouve la conformité PCI DSS. Demandez l’AOC, puis indiquez `pci-dss` avec sa date.',
    },
    'ccpa-compliant': {
      name: 'Conforme au CCPA',
      why: 'Le California Consumer Privacy Act (modifié par le CPRA) est une loi d’État sans dispositif de certification ; s’en dire conforme est une simple déclaration. Il est sans incidence sur les transferts au sens du RGPD. (Connaissance générale, non vérifiée sur une source.)',
    },
    iso27002: {
      name: 'ISO/IEC 27002',
      why: 'ISO 27002 est un recueil de bonnes pratiques sur les mesures de sécurité ; aucune organisation ne peut être certifiée selon cette norme (non vérifié). Demandez un certificat ISO/IEC 27001.',
    },
  },
  transfers: {
    scc: {
      name: 'Clauses contractuelles types (CCT)',
      legalBasis: 'Art. 46, paragraphe 2, point c), du RGPD ; décision d’exécution (UE) 2021/914 du 4 juin 2021',
      description:
        'Les clauses types de la Commission, signées entre l’exportateur et l’importateur. Un seul jeu modulaire : module 1 de responsable de traitement à responsable de traitement, 2 de responsable à sous-traitant, 3 de sous-traitant à sous-traitant (sous-traitance ultérieure), 4 de sous-traitant à responsable ; une clause d’adhésion permet à de nouvelles parties de s’y joindre. Utilisables quel que soit le pays de destination.',
      notes: [
        'Les anciennes clauses de 2001, 2004 et 2010 (« clauses types », « CCT 2010 ») sont abrogées depuis le 2021-09-27 et sans effet depuis le 2022-12-27.',
        'Depuis l’arrêt Schrems II (C-311/18, 2020-07-16), une analyse d’impact des transferts est attendue, selon les six étapes des recommandations 01/2020 du CEPD, avec des mesures supplémentaires si besoin.',
        'Pour le sous-traitant ultérieur d’un sous-traitant, le module 3 (de sous-traitant à sous-traitant) ; pour le sous-traitant d’un responsable de traitement, le module 2. Les modules 1 (de responsable à responsable) et 4 (de sous-traitant à responsable) ne conviennent pas à un sous-traitant ultérieur.',
        'Les clauses sont valides (l’arrêt Schrems II a confirmé le mécanisme) : l’évaluation de l’exportateur conditionne le transfert, non la validité des clauses.',
        'Aucun jeu de CCT ne couvre encore un importateur déjà soumis au RGPD en vertu de l’article 3, paragraphe 2 (vérifié en partie).',
        'La décision (UE) 2021/915 est un autre jeu : les clauses de l’article 28, paragraphe 7, entre responsable et sous-traitant, qui ne sont pas un outil de transfert.',
      ],
    },
    dpf: {
      name: 'Data Privacy Framework UE-États-Unis (DPF)',
      legalBasis: 'Art. 45 du RGPD ; décision d’exécution (UE) 2023/1795 du 10 juillet 2023',
      description:
        'Une adéquation limitée aux organisations américaines qui se sont auto-certifiées auprès du Department of Commerce et restent actives sur la liste DPF, pour la catégorie de données concernée (RH ou hors RH). Ne vaut que si le destinataire est aux États-Unis.',
      notes: [
        'La certification se renouvelle chaque année ; une organisation qui ne l’a pas renouvelée apparaît comme inactive et n’est plus couverte.',
        'Vérifiez l’inscription du prestataire sur la liste DPF, y compris son périmètre RH / hors RH (vérifié en partie).',
        'Garder des CCT en solution de repli est une pratique recommandée (vérifié en partie).',
        'Une analyse d’impact des transferts est en général jugée inutile pour un transfert fondé sur le DPF (non vérifié), mais la documenter reste recommandé.',
        'Contentieux : recours Latombe (T-553/23) rejeté le 2025-09-03 ; pourvoi C-703/25 P formé le 2025-10-31, pendant.',
        'L’extension britannique (depuis le 2023-10-12) et le DPF Suisse-États-Unis (depuis le 2024-09-15) fondent les transferts des exportateurs britanniques et suisses, pas ceux des exportateurs de l’UE.',
        'Le Privacy Shield, qui l’a précédé, est invalide depuis le 2020-07-16.',
      ],
    },
    bcr: {
      name: 'Règles d’entreprise contraignantes (BCR)',
      legalBasis: 'Art. 46, paragraphe 2, point b), et art. 47 du RGPD',
      description:
        'Des règles contraignantes à l’échelle du groupe, approuvées par l’autorité de contrôle chef de file selon le mécanisme de contrôle de la cohérence du CEPD. Elles ne couvrent que les transferts entre membres d’un même groupe.',
      notes: [
        'Les BCR de sous-traitant (BCR-P) approuvées pour le groupe d’un prestataire couvrent ses transferts vers les membres de son propre groupe (une entité irlandaise qui transmet des données à sa société mère américaine sous les BCR-P du groupe agit licitement).',
        'Elles ne couvrent jamais un transfert vers une société extérieure au groupe qui les a adoptées : vos propres BCR-C invoquées pour un prestataire extérieur, ou les BCR-P d’un prestataire invoquées pour un tiers.',
        'Une analyse d’impact des transferts est attendue, comme pour les CCT.',
      ],
    },
    adequacy: {
      name: 'Décision d’adéquation',
      legalBasis: 'Art. 45 du RGPD (et décisions maintenues en vigueur par l’art. 45, paragraphe 9)',
      description:
        'La Commission a constaté que la protection offerte par le pays de destination est substantiellement équivalente : aucun autre outil de transfert ni aucune autorisation n’est nécessaire. Ne vaut que pour un pays (ou un secteur) couvert par une décision en vigueur.',
      notes: [
        'L’adéquation est un fondement de transfert, pas une localisation des données dans l’UE.',
        'Décisions partielles : Canada (organisations commerciales soumises à la PIPEDA), Israël (transferts automatisés, soit tout flux SaaS), Japon (secteur privé, APPI), Corée du Sud (hors informations de crédit relevant de la FSC), États-Unis (organisations certifiées DPF seulement : utilisez `dpf`).',
        'Les décisions sont réexaminées au moins tous les quatre ans ; celle du Royaume-Uni court jusqu’au 2031-12-27.',
      ],
    },
    derogation: {
      name: 'Dérogation pour une situation particulière',
      legalBasis: 'Art. 49 du RGPD',
      description:
        'Des exceptions comme le consentement explicite, la nécessité pour l’exécution d’un contrat, un motif important d’intérêt public, la constatation, l’exercice ou la défense de droits en justice, la sauvegarde des intérêts vitaux ou un registre public, plus un cas résiduel étroit fondé sur des intérêts légitimes impérieux. Prévues pour des transferts occasionnels, pas pour une relation habituelle avec un prestataire.',
      notes: [
        'Une dérogation n’est pas une garantie : elle ne joue qu’en l’absence de décision d’adéquation et de garanties de l’article 46, pour des transferts occasionnels et non répétitifs (lignes directrices 2/2018 du CEPD). La relation avec un sous-traitant ultérieur est structurelle : y recourir n’a pas de fondement.',
        'Le cas résiduel suppose des transferts non répétitifs, visant un nombre limité de personnes, et l’information de l’autorité de contrôle.',
      ],
    },
    idta: {
      name: 'International Data Transfer Agreement (IDTA) britannique',
      legalBasis:
        'Art. 46, paragraphe 2, point d), du UK GDPR ; l’IDTA publié par l’ICO en vertu de la section 119A du Data Protection Act 2018, en vigueur depuis le 21 mars 2022',
      description:
        'Le contrat propre au Royaume-Uni pour les transferts au départ du Royaume-Uni. C’est un instrument du droit britannique : pour des données quittant l’EEE sous l’empire du RGPD, il ne fonde rien ; les clauses de l’UE (2021/914) le font.',
      notes: [
        'Un exportateur établi à la fois dans l’UE et au Royaume-Uni signe en général les clauses de l’UE avec l’avenant britannique à la place (non vérifié).',
      ],
    },
    'uk-addendum': {
      name: 'Avenant britannique aux clauses contractuelles types de l’UE',
      legalBasis:
        'Art. 46, paragraphe 2, point d), du UK GDPR ; l’International Data Transfer Addendum publié par l’ICO, en vigueur depuis le 21 mars 2022',
      description:
        'Un avenant qui rend les clauses de l’UE (2021/914) utilisables pour les transferts au départ du Royaume-Uni. Pour une exportation depuis l’UE, ce sont les clauses de l’UE elles-mêmes qui fondent le transfert : indiquez-les en `scc`.',
      notes: [
        'Indiquez le transfert depuis l’UE en `scc` et celui depuis le Royaume-Uni en `uk-addendum`, chacun dans son propre élément de transfert (non vérifié).',
      ],
    },
    none: {
      name: 'Aucun outil de transfert',
      legalBasis: 'Art. 44 du RGPD (aucun transfert hors de l’EEE sans fondement au titre du chapitre V)',
      description:
        'Aucun outil. N’est exact que si aucune donnée personnelle ne quitte l’EEE (y compris par un accès à distance depuis un pays tiers, qui constitue un transfert).',
      notes: [
        'Les flux au sein de l’EEE ne sont pas des transferts : `none` convient à un sous-traitant qui reste dans l’EEE.',
        'Un accès à distance depuis l’extérieur de l’EEE, par exemple par une équipe de support, est un transfert, et pèse autant qu’un stockage dans ce pays (lignes directrices 05/2021 du CEPD).',
        'Une société mère établie hors de l’EEE n’est pas un importateur : un sous-traitant établi dans l’EEE sous une société mère d’un pays tiers ne transfère rien de ce seul fait (lignes directrices 05/2021 du CEPD) ; son exposition au droit de ce pays (pour les États-Unis, le CLOUD Act) s’apprécie dans le choix du sous-traitant (art. 28, paragraphe 1, du RGPD) et dans ses mesures de sécurité (art. 32).',
        'Les transferts ultérieurs effectués par le sous-traitant relèvent aussi de l’article 44.',
      ],
    },
  },
  mfa: {
    sms: {
      name: 'Code à usage unique par SMS',
      why: 'Le NIST classe les codes transmis par le réseau téléphonique parmi les authentifiants à usage restreint (SIM swapping, portabilité du numéro, interception SS7), et la CISA range le SMS parmi les formes les plus faibles ; il se prête aussi à l’hameçonnage.',
    },
    voice: {
      name: 'Code à usage unique par appel vocal',
      why: 'Le même canal téléphonique que le SMS : usage restreint pour le NIST, parmi les formes les plus faibles pour la CISA.',
    },
    email: {
      name: 'Code ou lien magique par e-mail',
      why: 'Le NIST exclut l’e-mail comme canal hors bande, car il ne prouve pas la possession d’un appareil ; une messagerie compromise suffit à le contourner. (Énoncé dans la révision 3 ; supposé inchangé dans la révision 4.)',
    },
    totp: {
      name: 'Application d’authentification (TOTP)',
      why: 'Prouve la possession d’un appareil sans passer par le réseau téléphonique, ce qui suffit pour AAL2, mais un code peut encore être dérobé par hameçonnage en temps réel.',
    },
    push: {
      name: 'Notification push',
      why: 'Acceptable, mais exposée au « push bombing » (attaques par lassitude) ; la CISA recommande la saisie d’un nombre affiché comme parade provisoire. Ne résiste pas à l’hameçonnage.',
    },
    webauthn: {
      name: 'WebAuthn / FIDO2 (clé de sécurité ou passkey)',
      why: 'Avec les cartes à puce PKI, la seule forme que la CISA dit résistante à l’hameçonnage : la clé est liée à l’origine du site. La révision 4 du NIST impose aux vérificateurs AAL2 de proposer une telle option ; les clés matérielles atteignent AAL3.',
    },
    unspecified: {
      name: 'Authentification multifacteur, méthode non précisée',
      why: 'Une authentification multifacteur est annoncée sans que la méthode soit dite : demandez s’il s’agit de SMS, d’une application, de push ou d’une clé de sécurité.',
    },
    none: {
      name: 'Aucune authentification multifacteur',
      why: 'Un simple mot de passe pour l’administration ; le niveau AAL2 du NIST et les règles d’exécution de NIS2 pour les fournisseurs de cloud et de services gérés attendent une authentification multifacteur pour ces comptes.',
    },
  },
  countries: {
    GR: { note: 'Les documents de l’UE utilisent le code EL pour la Grèce ; le code ISO est GR.' },
    GB: {
      note: 'On écrit souvent UK ; le code ISO est GB. Sorti de l’UE le 2020-01-31 : ce n’est pas une localisation dans l’UE, mais une décision d’adéquation le couvre.',
      instrument: 'Décisions d’exécution (UE) 2021/1772 (RGPD) et 2021/1773 (directive « police-justice »)',
      scope: 'Complète. Prolongée d’abord jusqu’au 2025-12-27, puis renouvelée le 2025-12-19 jusqu’au 2031-12-27 (fait postérieur à 2025).',
    },
    CH: {
      note: 'Ni dans l’UE ni dans l’EEE : couvert par une décision d’adéquation, qui est un fondement de transfert, pas une localisation dans l’UE.',
      instrument: 'Décision 2000/518/CE de la Commission',
      scope: 'Complète. La référence et la date de la décision relèvent de la connaissance générale, non vérifiées sur une source.',
    },
    FO: {
      note: 'Fait partie du Royaume de Danemark mais est hors de l’UE ; bénéficie de sa propre décision d’adéquation.',
      instrument: 'Décision 2010/146/UE de la Commission',
      scope: 'Complète.',
    },
    GL: { note: 'Fait partie du Royaume de Danemark mais est hors de l’UE, sans décision d’adéquation (non vérifié).' },
    GI: { note: 'Hors de l’UE depuis le Brexit (non vérifié).' },
    ES: { note: 'Les îles Canaries font partie de l’UE (région ultrapériphérique) (non vérifié).' },
    PT: { note: 'Les Açores et Madère font partie de l’UE (régions ultrapériphériques) (non vérifié).' },
    FR: {
      note: 'Les départements d’outre-mer (GF, GP, MQ, RE, YT) et Saint-Martin font partie de l’UE ; les autres collectivités d’outre-mer (NC, PF, PM, WF, BL, TF) non (non vérifié).',
    },
    DK: { note: 'Les îles Féroé (FO) et le Groenland (GL) sont hors de l’UE.' },
    NL: { note: 'Aruba, Curaçao, Saint-Martin et les Pays-Bas caribéens (AW, CW, SX, BQ) sont hors de l’UE (non vérifié).' },
    NO: { note: 'Dans l’EEE : le RGPD s’y applique ; le Svalbard et Jan Mayen (SJ) sont hors de l’EEE (non vérifié).' },
    US: {
      note: 'L’adéquation ne couvre que les organisations activement certifiées au titre du Data Privacy Framework UE-États-Unis.',
      instrument: 'Décision d’exécution (UE) 2023/1795 (Data Privacy Framework UE-États-Unis)',
      scope:
        'Seulement les organisations américaines activement auto-certifiées au titre du Data Privacy Framework (pour la catégorie de données concernée) ; tout autre destinataire américain exige un autre outil, comme les CCT.',
    },
    CA: {
      note: 'L’adéquation ne couvre que les organisations commerciales soumises à la PIPEDA.',
      instrument: 'Décision 2002/2/CE de la Commission',
      scope:
        'Seulement les organisations commerciales soumises à la PIPEDA ; les organismes publics et les organisations hors PIPEDA ne sont pas couverts.',
    },
    JP: {
      note: 'L’adéquation couvre le secteur privé soumis à l’APPI, avec les règles complémentaires.',
      instrument: 'Décision d’exécution (UE) 2019/419',
      scope:
        'Les opérateurs traitant des informations personnelles soumis à l’APPI et liés par les règles complémentaires. Le premier réexamen (3 avril 2023) n’a pas modifié ce champ : son extension au monde universitaire et au secteur public a été évoquée, pas adoptée.',
    },
    BR: {
      note: 'Décision d’adéquation adoptée en janvier 2026 (fait postérieur à 2025).',
      instrument: 'Décision d’exécution (UE) 2026/179',
      scope:
        'Complète (adéquation réciproque avec le Brésil au titre de la LGPD). Fait postérieur à 2025 : adoptée après l’avis 28/2025 du CEPD.',
    },
    AD: { instrument: 'Décision 2010/625/UE de la Commission', scope: 'Complète.' },
    AR: { instrument: 'Décision 2003/490/CE de la Commission', scope: 'Complète.' },
    GG: { instrument: 'Décision 2003/821/CE de la Commission', scope: 'Complète.' },
    IL: {
      instrument: 'Décision 2011/61/UE de la Commission',
      note: 'L’adéquation couvre les transferts automatisés (tout flux SaaS, d’hébergement ou de support) ; seuls les transferts purement manuels en sortent.',
      scope:
        'Les transferts internationaux automatisés, et les transferts manuels ensuite traités de façon automatisée en Israël : cela couvre tout flux SaaS, d’hébergement ou de support, de sorte que le stockage en Israël ou l’accès depuis Israël n’exige aucun autre outil. Seuls les transferts purement manuels en sortent.',
    },
    IM: { instrument: 'Décision 2004/411/CE de la Commission', scope: 'Complète.' },
    JE: {
      instrument: 'Décision 2008/393/CE de la Commission',
      scope: 'Complète. La référence et la date de la décision relèvent de la connaissance générale, non vérifiées sur une source.',
    },
    NZ: {
      instrument: 'Décision d’exécution 2013/65/UE de la Commission',
      scope: 'Complète. La référence et la date de la décision relèvent de la connaissance générale, non vérifiées sur une source.',
    },
    KR: {
      instrument: 'Décision d’exécution (UE) 2022/254',
      note: 'L’adéquation couvre les traitements soumis à la PIPA, sauf les informations de crédit traitées par des entités sous la surveillance de la Financial Services Commission.',
      scope:
        'Les traitements soumis à la PIPA, à l’exception des informations personnelles de crédit traitées par des entités placées sous la surveillance de la Financial Services Commission au titre du Credit Information Act : celles-ci exigent un autre outil. Le premier réexamen a conclu que le pays reste adéquat (fait postérieur à 2025, vérifié en partie).',
    },
    UY: {
      instrument: 'Décision d’exécution 2012/484/UE de la Commission',
      scope: 'Complète. La référence et la date de la décision relèvent de la connaissance générale, non vérifiées sur une source.',
    },
    AX: { note: 'Fait partie de l’UE en tant que territoire finlandais (non vérifié).' },
    GF: { note: 'Fait partie de l’UE en tant que territoire français (non vérifié).' },
    GP: { note: 'Fait partie de l’UE en tant que territoire français (non vérifié).' },
    MQ: { note: 'Fait partie de l’UE en tant que territoire français (non vérifié).' },
    RE: { note: 'Fait partie de l’UE en tant que territoire français (non vérifié).' },
    YT: { note: 'Fait partie de l’UE en tant que territoire français (non vérifié).' },
    MF: { note: 'Fait partie de l’UE en tant que territoire français (non vérifié).' },
  },
  // The names in French usage of the region table's places: general knowledge, not checked on a source (as the
  // table's rows marked 'unverified'). The place stays the one the table gives: a state stays a state
  // (`Washington` is not turned into a city or a state it does not name).
  regionCities: {
    London: 'Londres',
    Frankfurt: 'Francfort',
    Warsaw: 'Varsovie',
    Geneva: 'Genève',
    Singapore: 'Singapour',
    Seoul: 'Séoul',
    Mumbai: 'Bombay',
    Beijing: 'Pékin',
    'Cape Town': 'Le Cap',
    Johannesburg: 'Johannesbourg',
    Montreal: 'Montréal',
    'Quebec City': 'Québec',
    'St. Ghislain': 'Saint-Ghislain',
    Brandenburg: 'Brandebourg',
    Aragón: 'Aragon',
    Dubai: 'Dubaï',
    'Abu Dhabi': 'Abou Dhabi',
    Bahrain: 'Bahreïn',
    'United Arab Emirates': 'Émirats arabes unis',
    Israel: 'Israël',
    Malaysia: 'Malaisie',
    Thailand: 'Thaïlande',
    Netherlands: 'Pays-Bas',
    Virginia: 'Virginie',
    'Northern Virginia': 'Virginie du Nord',
    California: 'Californie',
    'Northern California': 'Californie du Nord',
    'Ashburn, Virginia': 'Ashburn, Virginie',
    'Los Angeles, California': 'Los Angeles, Californie',
    'Moncks Corner, South Carolina': 'Moncks Corner, Caroline du Sud',
    'São Paulo State': 'État de São Paulo',
    'New South Wales': 'Nouvelle-Galles du Sud',
    'Changhua County': 'comté de Changhua',
  },
  regionNotes: {
    'aws:eu-west-1': 'Europe (Ireland).',
    'aws:eu-west-2': 'Europe (London). Hors de l’UE ; le Royaume-Uni bénéficie d’une décision d’adéquation.',
    'aws:eu-west-3': 'Europe (Paris).',
    'aws:eu-central-1': 'Europe (Frankfurt).',
    'aws:eu-central-2': 'Europe (Zurich). Hors de l’UE et de l’EEE ; la Suisse bénéficie d’une décision d’adéquation.',
    'aws:eu-north-1': 'Europe (Stockholm).',
    'aws:eu-south-1': 'Europe (Milan).',
    'aws:eu-south-2': 'Europe (Spain) ; ville non vérifiée.',
    'aws:il-central-1': 'Israel (Tel Aviv). Israël bénéficie d’une décision d’adéquation.',
    'aws:ca-central-1':
      'Canada (Central) ; ville vérifiée en partie. L’adéquation canadienne ne couvre que les organisations soumises à la PIPEDA.',
    'aws:us-east-1': 'US East (N. Virginia).',
    'aws:us-west-2': 'US West (Oregon).',
    'aws:ap-northeast-1': 'Asia Pacific (Tokyo). Le Japon bénéficie d’une décision d’adéquation.',
    'aws:us-east-2': 'US East (Ohio).',
    'aws:us-west-1': 'US West (N. California).',
    'aws:ca-west-1': 'Canada West (Calgary).',
    'aws:mx-central-1': 'Mexico (Central).',
    'aws:sa-east-1': 'South America (São Paulo).',
    'aws:af-south-1': 'Africa (Cape Town).',
    'aws:me-south-1': 'Middle East (Bahrain).',
    'aws:me-central-1': 'Middle East (UAE).',
    'aws:ap-east-1': 'Asia Pacific (Hong Kong).',
    'aws:ap-south-1': 'Asia Pacific (Mumbai).',
    'aws:ap-south-2': 'Asia Pacific (Hyderabad).',
    'aws:ap-southeast-1': 'Asia Pacific (Singapore).',
    'aws:ap-southeast-2': 'Asia Pacific (Sydney).',
    'aws:ap-southeast-3': 'Asia Pacific (Jakarta).',
    'aws:ap-southeast-4': 'Asia Pacific (Melbourne).',
    'aws:ap-southeast-5': 'Asia Pacific (Malaysia).',
    'aws:ap-southeast-7': 'Asia Pacific (Thailand).',
    'aws:ap-northeast-2': 'Asia Pacific (Seoul).',
    'aws:ap-northeast-3': 'Asia Pacific (Osaka).',
    'aws:cn-north-1': 'China (Beijing), partition aws-cn distincte exploitée par un partenaire local.',
    'aws:cn-northwest-1': 'China (Ningxia), partition aws-cn distincte exploitée par un partenaire local.',
    'aws:eusc-de-east-1':
      'AWS European Sovereign Cloud, une partition distincte (aws-eusc), disponible pour tous depuis le 2026-01-15 (fait postérieur à 2025).',
    'gcp:europe-west2': 'Hors de l’UE ; le Royaume-Uni bénéficie d’une décision d’adéquation.',
    'gcp:europe-west6': 'Hors de l’UE et de l’EEE ; la Suisse bénéficie d’une décision d’adéquation.',
    'gcp:me-west1': 'Israël bénéficie d’une décision d’adéquation.',
    'gcp:europe-north2': 'Plus récente que la liste de régions utilisée comme source (vérifié en partie).',
    'azure:westeurope': 'West Europe.',
    'azure:northeurope': 'North Europe (Ireland).',
    'azure:norwayeast': 'EEE, hors UE.',
    'azure:norwaywest': 'EEE, hors UE ; ville non vérifiée.',
    'azure:switzerlandnorth': 'Hors de l’UE et de l’EEE ; la Suisse bénéficie d’une décision d’adéquation.',
    'azure:switzerlandwest': 'Hors de l’UE et de l’EEE ; la Suisse bénéficie d’une décision d’adéquation.',
    'azure:uksouth': 'Hors de l’UE ; le Royaume-Uni bénéficie d’une décision d’adéquation.',
    'azure:ukwest': 'Hors de l’UE ; le Royaume-Uni bénéficie d’une décision d’adéquation.',
    'azure:israelcentral': 'Israël bénéficie d’une décision d’adéquation.',
  },
};
