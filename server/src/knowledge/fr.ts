/**
 * The knowledge base's texts in French, by record id: what a French privacy lawyer reads in hovers,
 * completion and messages. The facts (ids, dates, strengths, sources) stay in the records; only words are
 * here. A field left out falls back to the English text: `knowledge.test.ts` lists which records must be
 * complete. Written from the same sources (facts.md), in French legal usage, not word for word.
 */
import type { CertificationInfo, ClaimInfo, MfaMethodInfo, TransferMechanismInfo } from './types';

type Texts<T, K extends keyof T> = Readonly<Record<string, Partial<Pick<T, K>>>>;

export interface FrenchKnowledge {
  certifications: Texts<CertificationInfo, 'name' | 'owner' | 'attests' | 'evidenceDetail' | 'validity' | 'confusions'>;
  claims: Texts<ClaimInfo, 'name' | 'why'>;
  transfers: Texts<TransferMechanismInfo, 'name' | 'legalBasis' | 'description' | 'notes'>;
  mfa: Texts<MfaMethodInfo, 'name' | 'why'>;
}

export const FR_KNOWLEDGE: FrenchKnowledge = {
  certifications: {
    soc1: { name: 'SOC 1' },
    soc2: { name: 'SOC 2 (type non précisé)' },
    'soc2-type1': { name: 'SOC 2 Type I' },
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
    soc3: { name: 'SOC 3' },
    isae3402: { name: 'ISAE 3402' },
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
    iso27017: { name: 'ISO/IEC 27017' },
    iso27018: { name: 'ISO/IEC 27018' },
    iso27701: { name: 'ISO/IEC 27701' },
    iso9001: { name: 'ISO 9001' },
    iso22301: { name: 'ISO 22301' },
    nen7510: { name: 'NEN 7510' },
    'csa-star-1': { name: 'CSA STAR niveau 1' },
    'csa-star-2': { name: 'CSA STAR niveau 2' },
    'csa-star-3': { name: 'CSA STAR niveau 3' },
    'pci-dss': { name: 'PCI DSS' },
    hitrust: { name: 'HITRUST CSF' },
    c5: { name: 'BSI C5' },
    secnumcloud: { name: 'SecNumCloud' },
    hds: { name: 'HDS (hébergeur de données de santé)' },
    tisax: { name: 'TISAX' },
    fedramp: { name: 'FedRAMP' },
    irap: { name: 'IRAP' },
    'cyber-essentials': { name: 'Cyber Essentials' },
    'cyber-essentials-plus': { name: 'Cyber Essentials Plus' },
    ens: { name: 'ENS (Esquema Nacional de Seguridad)' },
    'eu-cloud-coc': { name: 'Code de conduite européen pour le cloud (EU Cloud CoC)' },
    europrivacy: { name: 'Europrivacy' },
  },
  claims: {
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
        'Pour le sous-traitant ultérieur d’un sous-traitant, c’est en général le module 3.',
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
        'Au sein du groupe seulement : un transfert vers un sous-traitant ultérieur extérieur exige son propre outil (non vérifié).',
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
        'Décisions partielles : Canada (organisations commerciales soumises à la PIPEDA), Japon (secteur privé, APPI), États-Unis (organisations certifiées DPF seulement : utilisez `dpf`).',
        'Les décisions sont réexaminées au moins tous les quatre ans ; celle du Royaume-Uni court jusqu’au 2031-12-27.',
      ],
    },
    derogation: {
      name: 'Dérogation pour une situation particulière',
      legalBasis: 'Art. 49 du RGPD',
      description:
        'Des exceptions comme le consentement explicite, la nécessité pour l’exécution d’un contrat, un motif important d’intérêt public, la constatation, l’exercice ou la défense de droits en justice, la sauvegarde des intérêts vitaux ou un registre public, plus un cas résiduel étroit fondé sur des intérêts légitimes impérieux. Prévues pour des transferts occasionnels, pas pour une relation habituelle avec un prestataire.',
      notes: [
        'Le CEPD interprète strictement les dérogations : elles ne conviennent pas à un sous-traitant ultérieur critique ou récurrent.',
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
        'Un accès à distance depuis l’extérieur de l’EEE, par exemple par une équipe de support, est un transfert (vérifié en partie).',
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
};
