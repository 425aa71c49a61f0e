/**
 * The rules' messages in French, by rule id and message id: the same ids and the same `{{placeholders}}` as
 * each rule's `meta.messages` (the English catalogue). `catalogs.test.ts` checks that both languages have every
 * message with the same placeholders. Written as a French privacy lawyer would say it: sous-traitant ultérieur,
 * clauses contractuelles types, décision d'adéquation, analyse d'impact des transferts.
 *
 * Write a plain space before `:`, `;`, `?` and `!`: `frenchSpacing` makes it the no-break space French
 * typography wants.
 */
import { SCHEMA_DESCRIPTIONS_FR } from '../schemaDescriptions.fr';
import type { EN } from './en';
import type { Catalog, DescriptionCatalog, Phrases } from './types';

/** Fix titles shared by the certification rules (`certificationFixes.ts`). */
const CERTIFICATION_FIXES = {
  fixRemoveInvalid: 'Retirer « {{text}} » : il n’est plus valable',
  fixRemoveDuplicate: 'Retirer « {{text}} » : `{{id}}` figure déjà dans la liste',
  fixChange: 'Remplacer « {{text}} » par `{{id}}`',
  fixChangeNamed: 'Remplacer « {{text}} » par `{{id}}` ({{name}})',
  fixChangeEdition: 'Remplacer « {{text}} » par `{{id}}`, version {{edition}}',
  fixMoveToClaims: 'Déplacer « {{text}} » des certifications vers les déclarations : c’est une déclaration, pas une certification auditée',
  fixMoveToClaimsAs:
    'Déplacer « {{text}} » des certifications vers les déclarations, en `{{claim}}` : c’est une déclaration, pas une certification auditée',
  fixRemoveHasTransfer: 'Retirer « {{text}} » des certifications : l’entrée a déjà un `transfer`',
  fixMoveToTransfer:
    'Déplacer « {{text}} » des certifications vers `transfer: { mechanism: {{mechanism}} }` : c’est un outil de transfert, pas une certification',
};

export const FR: Catalog = {
  'yaml-syntax': {
    syntax: 'YAML : {{detail}}',
    fileTooLarge:
      'Ce fichier fait {{size}}, au-delà de la limite de {{limit}} (paramètre `subprocessors.maxFileSize`) : il n’est pas vérifié. Scindez le registre ou relevez la limite.',
  },
  'duplicate-key': {
    duplicate: 'La clé `{{key}}` apparaît deux fois dans ce mapping ; n’en gardez qu’une (un mapping YAML ne peut pas répéter une clé).',
  },
  'missing-field': {
    missing: '{{where}} : le champ obligatoire `{{field}}` manque.',
    missingDoc: '{{where}} : le champ obligatoire `{{field}}` manque. {{doc}}',
    empty: 'Le registre est vide : commencez par `inventory:` (organization, contact, lastUpdated) puis `subprocessors:`.',
    notAnInventory:
      'Ce fichier n’est pas un registre des sous-traitants ultérieurs : il n’a ni `inventory:` ni `subprocessors:` au premier niveau.',
    fixAdd: 'Ajouter {{fields|le champ manquant|les champs manquants}} de {{owner}} ({{fields}}) à `unknown`, à vérifier',
    fixAddAll: 'Ajouter les {{count}} champs manquants du fichier à `unknown`, à vérifier',
  },
  'unknown-field': {
    unknownSuggest: 'Champ inconnu `{{field}}` ({{where}}) : vouliez-vous écrire `{{suggestion}}` ?',
    unknown: 'Champ inconnu `{{field}}` ({{where}}). Champs admis : {{known}}.',
    noSuchRuleSuggest: 'Aucune règle n’a l’identifiant « {{field}} » : vouliez-vous écrire `{{suggestion}}` ?',
    noSuchRule: 'Aucune règle n’a l’identifiant « {{field}} » ; la liste des règles figure dans docs/rules.',
    fixRename: 'Renommer `{{field}}` en `{{suggestion}}`',
  },
  'invalid-value': {
    notInventoryShape:
      'Un registre des sous-traitants ultérieurs est un mapping avec `inventory:` et `subprocessors:` au premier niveau, pas {{actual}}.',
    entryNotMapping: 'Chaque sous-traitant est un mapping de champs (`id`, `name`, ...), pas {{actual}}.',
    wrongType: '{{where}} doit être {{wanted}}, pas {{actual}}.',
    wrongTypeOrUnknown: '{{where}} doit être {{wanted}}, ou `unknown` tant que l’information n’est pas connue, pas {{actual}}.',
    enumSuggest: '{{shown}} n’est pas une valeur admise ({{where}}) : vouliez-vous écrire `{{suggestion}}` ?',
    enum: '{{shown}} n’est pas une valeur admise ({{where}}) : choisissez parmi {{choices}}.',
    badDate: '{{shown}} n’est pas une date valide ({{where}}) : écrivez-la AAAA-MM-JJ (par exemple 2025-08-01).',
    badEmail: '{{shown}} n’est pas une adresse e-mail ({{where}}).',
    badUrl: '{{shown}} n’est pas une URL absolue ({{where}}) : commencez-la par https://.',
    badFormat: '{{shown}} n’est pas un {{format}} valide ({{where}}).',
    badPattern: '« {{value}} » n’est pas admis ici : {{hint}}.',
    empty: '{{where}} ne doit pas être vide.',
    duplicateItem: '{{where}} contient deux fois la même valeur (éléments {{first}} et {{second}}) ; retirez-en une.',
    tooFew: '{{where}} doit compter au moins {{limit|# élément|# éléments}}.',
    tooSmall: '{{where}} doit valoir au moins {{limit}}, pas {{actual}}.',
    tooLarge: '{{where}} doit valoir au plus {{limit}}, pas {{actual}}.',
    other: '{{where}} : {{detail}}.',
    countryAlias: '« {{code}} » n’est pas un code pays ISO 3166-1 : écrivez `{{suggestion}}` ({{name}}).',
    countryUnknown:
      '« {{code}} » n’est pas un code pays ISO 3166-1 : écrivez un code à deux lettres comme `FR` ou `US`, ou bien `EU` ou `GLOBAL`.',
    countryUnknownNoArea: '« {{code}} » n’est pas un code pays ISO 3166-1 : écrivez un code à deux lettres comme `FR` ou `US`.',
    policyNotMapping:
      'Une politique est un mapping de réglages (`residency`, `certified`, `tiers`, `rules`, ...), pas une liste ni une valeur isolée.',
    fixReplace: 'Remplacer « {{value}} » par `{{suggestion}}`',
    ...CERTIFICATION_FIXES,
  },
  'duplicate-id': {
    duplicate: 'L’identifiant « {{id}} » est déjà celui de l’entrée de la ligne {{firstLine}} ; chaque identifiant doit être unique.',
  },
  'unknown-reference': {
    unknownSuggest: 'Aucun sous-traitant n’a l’identifiant « {{to}} » : vouliez-vous écrire « {{suggestion}} » ?',
    unknown: 'Aucun sous-traitant n’a l’identifiant « {{to}} » ; indiquez l’`id` d’une entrée de ce fichier.',
    fixChange: 'Remplacer la référence « {{to}} » par `{{suggestion}}`',
  },
  'policy-invalid': {
    unsaved:
      'La politique « {{policy}} » est désignée par rapport au registre, qui n’est pas encore enregistré : enregistrez le fichier ; d’ici là, la politique par défaut s’applique.',
    outside:
      'La politique « {{policy}} » est hors de l’arborescence du registre ({{root}}) et n’est donc pas lue : placez-la dans cette arborescence ; la politique par défaut s’applique.',
    notYaml:
      'La politique « {{policy}} » n’est pas un fichier YAML : nommez-la `subprocessor-policy.yaml` ; la politique par défaut s’applique.',
    notFound:
      'Aucun fichier de politique n’est lisible à « {{policy}} » : créez-le ou corrigez le chemin ; la politique par défaut s’applique.',
    invalid:
      'La politique « {{policy}} » contient {{errors|# erreur|# erreurs}} ({{errors|ligne|la première à la ligne}} {{line}}). {{first}} {{errors|Corrigez-la|Corrigez-les}} ; d’ici là, la politique par défaut s’applique.',
    noFiles:
      'La politique « {{policy}} » ne peut pas être lue dans cet éditeur, qui ne lit aucun fichier (un éditeur web comme github.dev) : la politique par défaut s’applique ici ; l’éditeur de bureau et `subproc check` la lisent.',
  },
  'unknown-certification': {
    unknownSuggest: 'Certification inconnue « {{certification}} » : vouliez-vous écrire `{{suggestion}}` ({{name}}) ?',
    unknown:
      'Certification inconnue « {{certification}} » : utilisez un identifiant connu comme `soc2-type2` ou `iso27001`, ou déplacez une simple déclaration du prestataire vers `claims`.',
    unknownInPolicySuggest: 'Certification inconnue « {{certification}} » : vouliez-vous écrire `{{suggestion}}` ?',
    unknownInPolicy: 'Certification inconnue « {{certification}} » : utilisez un identifiant connu comme `iso27701`.',
    notHeld: '« {{certification}} » n’est pas une certification qu’un prestataire puisse détenir : {{why}}',
    ...CERTIFICATION_FIXES,
  },
  'not-a-certification': {
    transferFramework:
      '« {{text}} » ({{label}}) est un outil de transfert, pas une certification : indiquez-le sous la forme `transfer: { mechanism: dpf }`.',
    privacyShield:
      '« {{text}} » ({{label}}) désigne le Privacy Shield UE-États-Unis, invalidé par la Cour de justice le 16 juillet 2020 (Schrems II) : ce n’est ni une certification ni un fondement de transfert ; retirez-le et indiquez sous `transfer` l’outil réellement utilisé (`dpf` ou `scc`).',
    swissPrivacyShield:
      '« {{text}} » ({{label}}) désigne le Privacy Shield Suisse-États-Unis, jugé insuffisant par le PFPDT le 8 septembre 2020 et qui n’a jamais fondé un transfert depuis l’UE : retirez-le et indiquez sous `transfer` l’outil réellement utilisé.',
    claim: '« {{text}} » ({{label}}) est une déclaration du prestataire, pas une certification auditée : déplacez-la vers `claims`.',
    claimInPolicy:
      '« {{text}} » est une déclaration, pas une certification : elle ne peut pas rendre un prestataire certifié ; retirez-la de `certified`.',
    ...CERTIFICATION_FIXES,
  },
  'soc2-type-unspecified': {
    noType:
      'Le SOC 2 de {{label}} ne précise pas son type : écrivez `soc2-type2` (contrôles testés sur une période) ou `soc2-type1` (conception à une date donnée), selon ce qu’indique le rapport.',
    ...CERTIFICATION_FIXES,
  },
  'certification-expired': {
    expired:
      '{{name}} ({{label}}) a expiré le {{validUntil}} : demandez au prestataire le certificat ou le rapport en cours et mettez `validUntil` à jour.',
    editionInvalid:
      '{{name}}, version {{edition}} ({{label}}), n’est plus valable depuis le {{invalidAfter}} : demandez un certificat selon la version {{suggestion}}.',
    editionInvalidNoCurrent:
      '{{name}}, version {{edition}} ({{label}}), n’est plus valable depuis le {{invalidAfter}} : demandez un certificat selon la version en vigueur.',
    expiresSoon: '{{name}} ({{label}}) expire le {{validUntil}} : demandez au prestataire le certificat ou le rapport renouvelé.',
  },
  'certification-stale': {
    stale:
      'Le rapport {{name}} de {{label}} couvre une période close le {{periodEnd}}, il y a plus de 12 mois : il renseigne peu sur les contrôles actuels. Demandez le rapport en cours (ou une bridge letter pour les mois écoulés depuis) et mettez `periodEnd` à jour.',
  },
  'special-category-data': {
    hds: '{{label}} traite des données de santé pour un organisme établi en France sans certification HDS : les données de santé à caractère personnel recueillies à l’occasion d’activités de prévention, de diagnostic, de soins ou de suivi social et médico-social ne peuvent être hébergées que par un hébergeur certifié HDS (article L.1111-8 du code de la santé publique). Ajoutez `hds` dès que l’hébergeur produit son certificat, ou consignez pourquoi ces données sortent de ce champ.',
    hdsOutsideEea:
      '{{label}} est un hébergeur certifié HDS, et pourtant il stocke des données de santé hors de l’EEE ({{places}}) : le référentiel HDS de 2024 impose d’héberger les données de santé dans l’EEE (article L.1111-8 du code de la santé publique). Rapatriez le stockage dans l’EEE, ou vérifiez que le certificat couvre cet hébergement.',
  },
  'selection-tier': {
    noLocation: '{{label}} n’entre dans aucun niveau de la politique : {{why}}. Indiquez les pays où ses données sont stockées.',
    outsideUncertified:
      '{{label}} n’entre dans aucun niveau de la politique : {{why}}. Gardez ses données dans l’{{area}} ou choisissez un prestataire certifié {{countingOr}}.',
    outsideUnsafeguarded:
      '{{label}} n’entre dans aucun niveau de la politique : {{why}}. Ajoutez sous `transfer` un outil de transfert valable.',
    uncertified: '{{label}} n’entre dans aucun niveau de la politique : {{why}}. Choisissez un prestataire certifié {{countingOr}}.',
  },
  'transfer-safeguard': {
    invalidMechanism:
      '{{label}} transfère des données hors de l’EEE ({{places}}), mais {{why}} : retenez un outil valable pour {{destinationCount|cette destination|ces destinations}}, tel que `{{mechanism}}` ({{mechanismName}}).',
    noMechanism:
      '{{label}} stocke des données hors de l’EEE ({{places}}) sans outil de transfert : ajoutez `transfer: { mechanism: {{mechanism}} }` ({{mechanismName}}).',
    unstatedMechanism:
      '{{label}} stocke des données hors de l’EEE ({{places}}), mais aucun outil de transfert n’est indiqué : vérifiez-le (DPA, clauses de transfert du prestataire) puis consignez-le, par exemple `transfer: { mechanism: {{mechanism}} }` ({{mechanismName}}) si c’est l’outil retenu.',
    fixSetMechanism: 'Retenir `{{mechanism}}` comme outil de transfert : {{name}}, pour les transferts hors de l’EEE ({{places}})',
    fixSetMechanismDropCheck:
      'Retenir `{{mechanism}}` comme outil de transfert : {{name}}, pour les transferts hors de l’EEE ({{places}}) ; et supprimer `verified`, date de vérification de l’inscription sur la liste du DPF, qui n’atteste rien au titre de `{{mechanism}}`',
  },
  'third-country-access': {
    access:
      'Les données de {{label}} sont accessibles depuis un pays tiers ({{place}}) sans qu’aucun transfert ne le couvre : un accès à distance depuis un pays tiers est un transfert (lignes directrices 05/2021 du CEPD). Consignez un transfert vers ce pays (`to: [{{country}}]`) et l’outil qui le fonde.',
    accessEverywhere:
      'Les données de {{label}} sont accessibles depuis n’importe quel pays (`GLOBAL`) sans qu’aucun transfert ne le couvre : un accès à distance depuis un pays tiers est un transfert (lignes directrices 05/2021 du CEPD). Consignez un transfert vers tous les pays (`to: [GLOBAL]`) et l’outil qui le fonde, ou indiquez les pays depuis lesquels elles sont accessibles.',
    entity:
      '{{label}} est établi dans un pays tiers ({{place}}) ; son personnel, et les autorités de ce pays, peuvent atteindre les données où qu’elles soient stockées, et aucun transfert vers ce pays n’est consigné. Consignez le fondement (un transfert vers ce pays, `to: [{{country}}]`, avec un outil tel que `dpf` pour une entité américaine certifiée) ou acceptez le risque de façon documentée.',
  },
  'foreign-law-exposure': {
    parent:
      'La société mère de {{label}} est établie dans un pays tiers ({{place}}) : ce seul fait n’emporte aucun transfert (lignes directrices 05/2021 du CEPD), mais le droit de ce pays peut contraindre le groupe à communiquer les données. Évaluez ce risque dans le choix du sous-traitant (art. 28, paragraphe 1, du RGPD) et dans ses mesures de sécurité (art. 32), puis consignez la conclusion (par exemple en risque accepté).',
  },
  'scc-outdated': {
    outdated:
      'Le transfert de {{label}} repose sur les clauses {{version}}, abrogées à compter du 27 septembre 2021 et sans effet depuis le 27 décembre 2022 : il n’a pas de fondement valable tant que les clauses 2021/914 ne sont pas signées (module 3 pour le sous-traitant d’un sous-traitant). Écrivez ensuite `version: "2021/914"`.',
    art28:
      'Le transfert de {{label}} repose sur les clauses 2021/915 : ce sont les clauses de l’article 28, paragraphe 7, entre responsable du traitement et sous-traitant au sein de l’EEE, pas un outil de transfert ; le transfert n’a donc pas de fondement. Les clauses de transfert sont celles de 2021/914 (module 3 pour le sous-traitant d’un sous-traitant) : indiquez `mechanism: scc` avec `version: "2021/914"` une fois qu’elles sont signées.',
  },
  'scc-module': {
    wrongModule:
      'Le transfert de {{label}} repose sur le module {{module}} des clauses 2021/914, qui ne convient pas à un sous-traitant ultérieur (le module 1 vise les transferts de responsable à responsable, le module 4 de sous-traitant à responsable) : les clauses signées doivent correspondre aux rôles, module 3 (de sous-traitant à sous-traitant) si vous êtes sous-traitant, module 2 (de responsable à sous-traitant) si vous êtes responsable du traitement. Signez le module qui convient, puis indiquez-le dans `scc.module`.',
  },
  'tia-missing': {
    missing:
      '{{label}} s’appuie sur `{{mechanism}}` pour ses transferts {{where}} sans analyse d’impact des transferts consignée. La Cour a confirmé la validité des clauses (CJUE C-311/18, Schrems II) : l’évaluation conditionne le transfert, non leur validité. Évaluez si le droit et la pratique {{law}} permettent à l’importateur de les respecter, avec des mesures supplémentaires si besoin (recommandations 01/2020 du CEPD), puis indiquez sa date dans `tia`.',
  },
  'dpf-unverified': {
    never:
      '{{label}} s’appuie sur le Data Privacy Framework, et aucune vérification de son inscription n’est consignée : la décision ne couvre que les organisations inscrites et actives sur la liste DPF (pour les données concernées). Vérifiez l’inscription de l’entité sur dataprivacyframework.gov et indiquez la date dans `verified`.',
    stale:
      'L’inscription DPF de {{label}} a été vérifiée pour la dernière fois le {{verified}}, il y a plus de 12 mois : une certification non renouvelée chaque année devient caduque. Vérifiez-la de nouveau et mettez `verified` à jour.',
    notUs:
      'Le transfert de {{label}} vers {{countries|un pays tiers|des pays tiers}} ({{places}}) est consigné au titre du Data Privacy Framework, qui n’en est pas le bon fondement : le DPF UE-États-Unis ne couvre que des organisations américaines, et son extension britannique fonde les transferts des exportateurs britanniques, pas la sortie de données de l’EEE. {{countries|Ce pays bénéficie d’une décision d’adéquation|Ces pays bénéficient chacun d’une décision d’adéquation}} : consignez `mechanism: adequacy` pour ce transfert.',
  },
  'derogation-systematic': {
    systematic:
      'Les transferts de {{label}} reposent sur une dérogation de l’article 49, qui n’est pas une garantie : elle ne joue qu’à défaut de décision d’adéquation et de garanties de l’article 46, pour des transferts occasionnels et non répétitifs (lignes directrices 2/2018 du CEPD). Un sous-traitant ultérieur reçoit des données de façon habituelle : ces transferts sont dépourvus de fondement. Mettez en place des garanties de l’article 46 (comme `scc`) ou appuyez-vous sur une décision d’adéquation.',
  },
  'bcr-outside-group': {
    outside:
      '{{label}} n’est pas une société de votre groupe (`relationship: affiliate`), et pourtant ses transferts reposent sur les règles d’entreprise contraignantes de votre groupe : les BCR ne lient que les membres du groupe qui les a adoptées (art. 47, paragraphe 1, du RGPD) ; un transfert vers un prestataire extérieur exige donc son propre outil (comme `scc`).',
    unstated:
      'Les transferts de {{label}} reposent sur des règles d’entreprise contraignantes, sans que le registre dise de qui elles sont : les BCR de sous-traitant approuvées pour le groupe de {{label}} couvrent ses transferts vers les membres de ce groupe (écrivez `bcr: { group: vendor }`) ; les BCR de votre propre groupe ne couvrent jamais un prestataire extérieur (il lui faut alors son propre outil, comme `scc`).',
  },
  'residency-ambiguous': {
    noCountry: '{{label}} n’indique aucun pays pour ses données : indiquez les pays où elles sont stockées (codes ISO, ou `EU`).',
    noCountryNote:
      '{{label}} n’indique aucun pays pour ses données (« {{note}} ») : indiquez les pays où elles sont stockées (codes ISO, ou `EU`).',
    global:
      '{{label}} stocke ses données « GLOBAL », ce qui ne dit pas où : indiquez les pays où elles sont stockées (par exemple `EU`) et gardez la remarque pour le reste.',
    globalNote:
      '{{label}} stocke ses données « GLOBAL » (« {{note}} »), ce qui ne dit pas où : indiquez les pays où elles sont stockées (par exemple `EU`) et gardez la remarque pour le reste.',
    openNote:
      'La remarque sur la localisation de {{label}} (« {{note}} ») laisse ouvert le lieu de stockage (« {{word}} ») : précisez-le dans `countries` et gardez une remarque factuelle.',
  },
  'location-region-mismatch': {
    // The place in brackets, never after « à » : a region's place may be a city (Londres), a state (Virginie du
    // Nord) or a country (Pays-Bas), and French does not put the same word before each.
    mismatch:
      'La région {{region}} ({{city}}, {{place}}) se situe dans un pays absent de `countries` (y figurent : {{listed}}) : ajoutez `{{country}}` ou corrigez la région.',
    mismatchNoCountries:
      'La région {{region}} ({{city}}, {{place}}) se situe dans un pays absent de `countries` : ajoutez `{{country}}` ou corrigez la région.',
    fixAddCountry: 'Ajouter {{country}}, pays de la région, à dataLocation.countries',
    fixReplaceCountry: 'Remplacer {{listed}} par {{country}} dans dataLocation.countries',
  },
  'tier-justification': {
    noRationale:
      '{{label}} est au niveau {{tier}} : {{grounds}}. Ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
  },
  'dpa-required': {
    noDpa:
      '{{label}} n’a pas de contrat de sous-traitance (l’article 28, paragraphe 3, du RGPD exige un contrat avec chaque sous-traitant ultérieur) : ajoutez `dpa: { type: dpa }`, ou indiquez-le une fois pour toutes sous `defaults`.',
    fixDpa: 'Ajouter `dpa: { type: dpa }` (un accord de traitement des données signé)',
    fixAddendum: 'Ajouter `dpa: { type: addendum }` (un avenant relatif au traitement des données)',
    fixTerms: 'Ajouter `dpa: { type: terms-of-service }` (des clauses de protection des données dans les conditions générales)',
    fixUnknown: 'Consigner `dpa: unknown` (accord non encore vérifié)',
  },
  'admin-mfa-required': {
    noMfa:
      'Les administrateurs de {{label}} se connectent sans authentification multifacteur : activez un second facteur (de préférence `webauthn`) et indiquez-le sous `mfa`.',
  },
  'weak-admin-mfa': {
    weak: 'Le seul second facteur des administrateurs de {{label}} ({{criticality}}) est de type « {{name}} », que le SIM swapping ou l’hameçonnage permettent de contourner : passez à `webauthn` (clé de sécurité ou passkey), ou au moins à `totp`.',
  },
  'mfa-unspecified': {
    unspecified:
      'Les administrateurs de {{label}} utilisent une authentification multifacteur de méthode non précisée : remplacez `unspecified` par la méthode (`webauthn`, `totp`, `push`, `sms`...), dont dépend sa robustesse.',
  },
  'service-auth-missing': {
    missing:
      '{{label}} traite {{level}} mais n’indique pas comment vos systèmes s’y authentifient : décrivez-le (clés d’API, comptes de service, SSO...).',
  },
  'ai-data-use': {
    silent:
      '{{label}} applique des modèles d’IA aux données, et le registre ne dit pas s’il entraîne ses modèles sur celles-ci : vérifiez ses conditions (les conditions API et entreprise excluent en général l’entraînement) et écrivez `trainsOnCustomerData: false` ou `true`.',
    trains:
      '{{label}} entraîne ses modèles sur les données qu’il reçoit : un sous-traitant n’agit que sur vos instructions documentées (art. 28, paragraphe 3, point a), du RGPD), et celui qui utilise les données pour ses propres fins devient responsable de ce traitement (art. 28, paragraphe 10). Faites désactiver l’entraînement dans ses réglages ou son contrat avant qu’il ne reçoive des données personnelles, ou choisissez un autre prestataire.',
    noAiBlock:
      '{{label}} est décrit comme un fournisseur d’IA (LLM, inférence d’IA), et le registre ne dit pas ce qu’il fait des données : ajoutez `ai: { trainsOnCustomerData: ..., retentionDays: ... }` d’après ses conditions.',
  },
  'critical-uncertified': {
    uncertified:
      '{{label}} est critique mais ne détient aucune certification en cours qui compte ({{wanted}}) : obtenez son rapport ou son certificat, ou choisissez un prestataire certifié.',
  },
  'stale-inventory': {
    stale:
      'Le registre a été revu pour la dernière fois le {{lastUpdated}}, il y a plus {{reviewIntervalMonths|d’un mois|de # mois}} (revue due au plus tard le {{due}}) : revoyez la liste et mettez `lastUpdated` à jour.',
  },
  'notice-period': {
    short:
      '{{label}} commence le {{since}}, moins de {{noticeDays}} jours après aujourd’hui alors que vous promettez ce préavis, et aucune information n’est consignée : vos clients doivent être informés de tout nouveau sous-traitant ultérieur à temps pour pouvoir s’y opposer (art. 28, paragraphe 2, du RGPD). Envoyez l’information dès maintenant, faites-le commencer le {{earliest}} ou après, et consignez la date d’envoi dans `noticeSent`.',
    noNotice:
      '{{label}} est un nouveau sous-traitant ultérieur (il commence le {{since}}) et aucune information de vos clients n’est consignée : indiquez dans `noticeSent` la date à laquelle ils ont été informés, au moins {{noticeDays}} jours avant son démarrage (art. 28, paragraphe 2, du RGPD).',
    beforeNotice:
      '{{label}} commence le {{since}}, avant l’expiration du préavis de {{noticeDays}} jours ouvert par l’information du {{noticeSent}} (le {{earliest}}) : vos clients n’ont pas pu s’y opposer à temps (art. 28, paragraphe 2, du RGPD). Faites-le commencer le {{earliest}} ou après.',
  },
  'placeholder-value': {
    placeholder: '`{{field}}` contient encore la valeur à compléter {{placeholder}} : remplacez-la par la vraie valeur.',
    placeholderChoices:
      '`{{field}}` contient encore la valeur à compléter {{placeholder}} : remplacez-la par la vraie valeur, parmi {{choices}}.',
  },
  'unstated-fact': {
    entry: 'À établir pour {{entry}} (contrat, trust center ou prestataire) : {{fields}}.',
    inventory: 'À établir pour le registre lui-même : {{fields}}.',
    defaults: 'À établir dans `defaults` (dont hérite toute entrée qui ne fixe pas sa propre valeur) : {{fields}}.',
    field: '`{{field}}` : pas encore établi',
  },
  'risk-acceptance-expired': {
    expired:
      'L’acceptation de `{{rule}}` pour {{label}} (approuvée par {{approvedBy}}) a pris fin le {{until}} : le constat réapparaît ; réexaminez le risque, puis corrigez-le ou renouvelez l’acceptation avec un nouveau `until`.',
  },
  'unused-risk-acceptance': {
    unused: 'L’acceptation de `{{rule}}` pour {{label}} ne correspond à aucun constat : le risque a disparu ; retirez l’acceptation.',
    unknownRule:
      'L’acceptation pour {{label}} vise `{{rule}}`, qui n’est pas un identifiant de règle : vouliez-vous écrire `{{suggestion}}` ?',
    unknownRuleNoSuggestion: 'L’acceptation pour {{label}} vise `{{rule}}`, qui n’est pas un identifiant de règle (voir docs/rules).',
  },
  'invalid-risk-acceptance': {
    notAMapping:
      'Cet élément de `acceptedRisks` pour {{label}} n’est pas une acceptation en bonne forme : écrivez `{ rule, reason, approvedBy, until }` ; en attendant, il ne neutralise aucun constat.',
    missing:
      'L’acceptation de `{{rule}}` pour {{label}} est incomplète, il y manque {{fields}} : un risque accepté se documente (règle, motif, approbateur, échéance) ; tant qu’elle est incomplète, elle ne neutralise aucun constat.',
    missingRule:
      'Cette acceptation pour {{label}} ne vise aucune règle et il y manque {{fields}} : un risque accepté se documente (règle, motif, approbateur, échéance) ; elle ne neutralise aucun constat.',
    badUntil:
      'L’acceptation de `{{rule}}` pour {{label}} prend fin le « {{until}} », qui n’est pas une date (AAAA-MM-JJ) : elle ne neutralise aucun constat.',
    tooFar:
      'L’acceptation de `{{rule}}` pour {{label}} court jusqu’au {{until}}, au-delà de la durée maximale de {{months}} mois fixée par la politique ({{latest}}) : avancez la date `until` ; d’ici là, elle ne neutralise aucun constat.',
    notAcceptable:
      'L’acceptation pour {{label}} vise `{{rule}}`, qui porte sur la validité même du fichier et ne peut pas être acceptée : corrigez le fichier ; elle ne neutralise aucun constat.',
  },
};

/** Each rule's one-sentence description (`meta.description`) in French: hovers and the French rule pages. */
export const FR_DESCRIPTIONS: DescriptionCatalog = {
  'yaml-syntax': 'Le fichier n’est pas du YAML valide.',
  'duplicate-key': 'Un mapping répète une clé.',
  'missing-field': 'Un champ obligatoire manque (propre à l’entrée ou hérité de `defaults`).',
  'unknown-field': 'Une clé que le schéma ne connaît pas (avec une suggestion).',
  'invalid-value': 'Une valeur d’un mauvais type ou hors des valeurs admises, une date, une adresse e-mail ou un code pays invalide.',
  'duplicate-id': 'Deux entrées partagent un identifiant.',
  'unknown-reference': '`dataFlows[].to` ne désigne aucune entrée.',
  'policy-invalid':
    'Le fichier de politique désigné par `policy:` ne peut pas être utilisé (introuvable, hors de l’espace de travail ou invalide) : la politique par défaut s’applique.',
  'unknown-certification': 'Un identifiant de certification que l’outil ne connaît pas (avec une suggestion).',
  'not-a-certification':
    'Une déclaration du prestataire ou un outil de transfert (`gdpr-compliant`, `hipaa`, `dpf`, ...) figure sous `certifications`.',
  'soc2-type-unspecified': 'SOC 2 figure sans son type (Type I ou Type II).',
  'certification-expired':
    'Une certification dont la date `validUntil` est passée ou dont la version n’est plus valable (ISO 27001:2013 après le 31 octobre 2025) ; un avertissement quand elle expire dans le délai d’alerte de la politique (60 jours par défaut).',
  'certification-stale':
    'Un rapport d’attestation (comme SOC 2 Type II) couvre une période close il y a plus de 12 mois (`periodEnd`) : il renseigne peu sur les contrôles en place aujourd’hui.',
  'special-category-data':
    'Un sous-traitant ultérieur d’un organisme établi en France (`inventory.establishment: FR`) héberge des données de santé (`personalData.categories: [health]`) sans certification HDS, que le droit français exige des hébergeurs de données de santé à caractère personnel (article L.1111-8 du code de la santé publique), ou en est certifié mais stocke les données hors de l’EEE, ce que le référentiel HDS de 2024 interdit. Des données RH (arrêts maladie) ne relèvent pas de l’hébergement de données de santé, sauf si elles sont hébergées pour des soins.',
  'selection-tier':
    'Un sous-traitant ultérieur dans le champ n’entre dans aucun des niveaux admis par la politique (certification et localisation des données).',
  'transfer-safeguard':
    'Un sous-traitant ultérieur dans le champ stocke des données hors de l’EEE sans outil de transfert valable (`dpf` seulement pour les États-Unis, `adequacy` seulement pour les pays qui bénéficient d’une décision d’adéquation) ; simple avertissement quand aucun outil n’est indiqué (`transfer` absent ou `unknown`).',
  'third-country-access':
    'Les données sont accessibles depuis un pays tiers qu’aucun transfert ne couvre : un accès à distance (`access`), transfert qui pèse autant qu’un stockage dans ce pays (une erreur), ou une entité contractante qui y est établie (un avertissement).',
  'foreign-law-exposure':
    'La société mère du sous-traitant ultérieur est établie hors de l’EEE, dans un pays sans décision d’adéquation qui la couvre : ce n’est pas un transfert (lignes directrices 05/2021 du CEPD), mais le droit de ce pays peut atteindre les données ; c’est un point de diligence, à apprécier au titre des articles 28, paragraphe 1, et 32 du RGPD.',
  'scc-outdated':
    'Un transfert repose sur des clauses contractuelles types d’un jeu abrogé (2010/87/UE, 2004/915/CE, 2001/497/CE), sans effet depuis le 27 décembre 2022, qu’il soit désigné par `scc.version`, une remarque ou le texte de l’outil (« clauses types de 2010 ») ; ou sur les clauses de l’article 28, paragraphe 7, de la décision 2021/915, qui ne sont pas un outil de transfert.',
  'scc-module':
    'Un transfert vers un sous-traitant ultérieur repose sur le module 1 (de responsable à responsable) ou 4 (de sous-traitant à responsable) des clauses 2021/914, qui ne correspondent pas à son rôle : module 3 (de sous-traitant à sous-traitant) pour le sous-traitant ultérieur d’un sous-traitant, module 2 pour le sous-traitant d’un responsable du traitement.',
  'tia-missing':
    'Des CCT ou des BCR couvrent une destination sans décision d’adéquation, et aucune analyse d’impact des transferts n’est consignée (`tia`) : les clauses sont valides (l’arrêt Schrems II les a confirmées), mais le transfert n’est licite qu’une fois que l’exportateur a évalué le droit du pays de destination (recommandations 01/2020 du CEPD).',
  'dpf-unverified':
    'Un transfert repose sur le Data Privacy Framework UE-États-Unis sans vérification consignée de l’inscription active de l’entité (`verified`), ou avec une vérification de plus de 12 mois : seules les organisations actives sur la liste DPF sont couvertes. Ou le DPF est consigné pour un destinataire hors des États-Unis (britannique, par exemple) : un fondement erroné.',
  'derogation-systematic':
    'Les transferts d’un sous-traitant ultérieur reposent sur une dérogation de l’article 49, qui n’est pas une garantie : les dérogations ne jouent qu’à défaut d’adéquation et de garanties de l’article 46, pour des transferts occasionnels et non répétitifs ; la relation avec un sous-traitant ultérieur est structurelle, y recourir n’a donc pas de fondement (art. 49 du RGPD ; lignes directrices 2/2018 du CEPD).',
  'bcr-outside-group':
    'Un transfert repose sur des règles d’entreprise contraignantes au profit d’une société extérieure au groupe qui les a adoptées (les BCR de votre groupe pour un prestataire extérieur), ou sans dire de qui elles sont : les BCR ne couvrent que les transferts au sein de ce groupe (art. 47 du RGPD ; WP257 rev.01).',
  'residency-ambiguous':
    'La localisation ne dit pas où les données sont stockées : `GLOBAL`, aucun pays, ou une remarque qui laisse le lieu de stockage ouvert.',
  'location-region-mismatch':
    'Une région cloud de `dataLocation.regions` se trouve dans un pays que `dataLocation.countries` ne mentionne pas.',
  'tier-justification':
    'Un sous-traitant ultérieur d’un niveau inférieur au premier n’a pas de `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
  'dpa-required':
    'Un sous-traitant ultérieur n’a pas de `dpa` (accord de traitement des données, avenant ou conditions générales), ni propre ni hérité de `defaults`.',
  'admin-mfa-required': 'L’authentification d’administration n’a pas d’authentification multifacteur (`mfa` vaut `[none]` ou est vide).',
  'weak-admin-mfa':
    'Le seul second facteur pour l’administration d’un sous-traitant ultérieur critique ou de criticité élevée est le SMS, l’appel vocal ou l’e-mail.',
  'mfa-unspecified':
    'L’authentification multifacteur de l’administration figure comme `unspecified` : elle est activée mais sa méthode n’est pas précisée.',
  'service-auth-missing':
    '`serviceAuthentication` vaut `-` ou est vide pour un sous-traitant ultérieur qui traite des données personnelles (`yes` ou `limited`).',
  'ai-data-use':
    'Un prestataire qui applique des modèles d’IA aux données les utilise pour entraîner ses modèles (une erreur : c’est sortir des instructions documentées, article 28, paragraphe 3, point a), du RGPD, et devenir responsable de ce traitement, article 28, paragraphe 10), ne dit pas s’il le fait, ou est décrit comme fournisseur de LLM ou d’inférence d’IA sans bloc `ai` (des avertissements).',
  'critical-uncertified':
    'Un sous-traitant ultérieur critique ne détient aucune certification en cours qui compte selon la politique (par défaut SOC 2 Type II ou ISO 27001).',
  'stale-inventory': '`inventory.lastUpdated` est plus ancien que l’intervalle de revue de la politique (12 mois par défaut).',
  'notice-period':
    'Un sous-traitant ultérieur commence (`since`) avant l’expiration des `inventory.noticeDays` jours de préavis comptés depuis `noticeSent` (ou depuis aujourd’hui quand aucune information n’est consignée), ou un nouveau sous-traitant ultérieur (qui commence à une date future ou dans les 90 derniers jours) n’a aucune information consignée : les clients doivent être informés de tout nouveau sous-traitant ultérieur à temps pour s’y opposer (article 28, paragraphe 2, du RGPD).',
  'placeholder-value':
    'Une valeur contient encore une valeur à compléter `"<...>"`, un blanc à remplir ; `render` et `diff` refusent le fichier tant qu’elle n’est pas remplacée.',
  'unstated-fact': 'Des faits ne sont pas encore connus (`unknown`) : un constat par entrée les liste, chaque valeur restant signalée.',
  'risk-acceptance-expired': 'Un risque accepté (`acceptedRisks`) a dépassé sa date `until` : son constat réapparaît.',
  'unused-risk-acceptance': 'Un risque accepté (`acceptedRisks`) ne correspond à aucun constat de son entrée, ou ne désigne aucune règle.',
  'invalid-risk-acceptance':
    'Un risque accepté (`acceptedRisks`) est incomplet, dépasse la durée maximale fixée par la politique ou vise une règle qui ne peut pas être acceptée : il ne neutralise aucun constat.',
};

/**
 * The phrases written at the edge, beside the rules' messages (`en.ts` says what each is): typed from the English
 * catalogue, so `tsc` fails on a missing phrase.
 */
export const FR_PHRASES = {
  /** cli: the command line's own errors and notes. */
  cli: {
    seeHelp: 'Voir « subproc --help » pour l’usage.',
    unknownCommand: 'commande inconnue « {{command}} »',
    unknownFormat: 'format inconnu « {{format}} » (choisissez {{choices}})',
    unknownLanguage: 'langue inconnue « {{lang}} » (choisissez en ou fr)',
    today: '--today attend une date AAAA-MM-JJ, pas « {{value}} »',
    maxWarnings: '--max-warnings attend un nombre entier, pas « {{value}} »',
    maxFileSize: '--max-file-size attend un nombre d’octets, pas « {{value}} »',
    docsBaseUrl: '--docs-base-url attend une URL http(s), pas « {{value}} »',
    link: '--link attend une URL http(s), pas « {{value}} »',
    fixNoStdin: '--fix écrit dans les fichiers : il ne prend pas l’entrée standard (--fix-dry-run affiche le texte corrigé)',
    fixAndDryRun: '--fix et --fix-dry-run s’excluent : choisissez l’un des deux',
    stdinFilenameAlone: '--stdin-filename va avec --stdin ou - (l’entrée standard)',
    tooManyWarnings: 'trop d’avertissements ({{count}}, maximum {{max}})',
    warningsHidden: { one: '{{count}} avertissement non affiché (--quiet)', other: '{{count}} avertissements non affichés (--quiet)' },
    fixesWouldApply: {
      one: '{{count}} correction sûre serait appliquée (--fix-dry-run : rien n’est écrit)',
      other: '{{count}} corrections sûres seraient appliquées (--fix-dry-run : rien n’est écrit)',
    },
    diffArgs: 'diff prend deux registres : ANCIEN NOUVEAU (ANCIEN peut être RÉV:chemin, par exemple HEAD~1:subprocessors.yaml)',
    importArgs: 'import prend une page (Markdown, HTML, CSV, TSV ou texte copié)',
    renderArgs: 'render prend un fichier de registre',
    noStdin: 'impossible de lire l’entrée standard ici',
    stdinTooLarge: 'impossible de lire {{shown}} : au-delà de la limite de {{maxBytes}} octets (--max-file-size)',
    cannotRead: 'impossible de lire {{shown}} : {{reason}}',
    cannotWrite: 'impossible d’écrire {{file}} : {{reason}}',
    writeSymlink: '{{file}} n’est pas écrit : c’est un lien symbolique, ou il se trouve dans un dossier lié (indiquez un vrai fichier)',
    writeNotRegular: '{{file}} n’est pas écrit : ce n’est pas un fichier ordinaire (un dossier, un tube nommé ou un périphérique)',
    writeIsInput: '{{file}} n’est pas écrit : c’est aussi un fichier lu par cette commande (indiquez un autre fichier de sortie)',
    writeChanged:
      '{{file}} n’a pas été écrit : il a été modifié pendant la correction (enregistré depuis un éditeur ?) ; rien n’est perdu, relancez la commande',
    reasons: {
      missing: 'fichier ou dossier introuvable',
      denied: 'permission refusée',
      directory: 'c’est un dossier',
      loop: 'trop de niveaux de liens symboliques',
      notRegular: 'ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket n’est jamais lu)',
      tooLarge: 'au-delà de la limite de {{limit}}',
      tooLargeNamed: 'au-delà de la limite de {{limit}} ({{limitName}})',
      notUtf8: 'pas en UTF-8 valide (ligne {{line}}) ; enregistrez-le en UTF-8',
    },
    noInventoryIn: 'aucun registre dans {{path}} (recherchés : subprocessors.yaml et *.subprocessors.yaml)',
    noFileMatches: 'aucun fichier ne correspond à {{pattern}}',
    notYaml: '{{name}} n’est pas du YAML valide (ligne {{line}}, colonne {{column}}) : {{detail}}',
    notInventory: '{{name}} n’est pas un registre : un mapping avec `inventory` et `subprocessors` est attendu',
    gitTooLarge: 'impossible de lire {{spec}} depuis git : au-delà de la limite de {{limit}} (--max-file-size)',
    gitFailed: 'impossible de lire {{spec}} depuis git : {{detail}}',
    gitAmbiguous:
      '{{spec}} est ambigu : git le lit comme une révision et un chemin, et un fichier portant exactement ce nom existe ; renommez ou supprimez ce fichier (une révision n’est jamais lue sur le disque)',
    readFromGit: '{{name}} lu depuis git',
    readFromFile: '{{name}} lu depuis le fichier sur le disque',
    policyUnreadable: 'impossible de lire la politique {{shown}}',
    policyInvalid: 'la politique {{shown}} est invalide',
    policyInvalidFirst: 'la politique {{shown}} est invalide : {{first}}',
    policyInvalidMany: 'la politique {{shown}} contient {{count}} erreurs ; la première, {{first}}',
    cannotCompare: 'impossible de comparer {{oldName}} et {{newName}} : {{detail}}',
    diffNotMapping: 'l’entrée {{entry}} de {{list}} n’est pas un mapping de champs : elle ne peut pas être comparée',
    diffTwins: 'rien ne distingue les entrées {{first}} et {{second}} de {{list}} ({{what}}) : donnez à chacune un `id` distinct',
    twinId: 'id « {{id}} »',
    twinNoId: 'sans id',
    twinName: 'nom « {{name}} »',
    twinEntity: 'entité « {{entity}} »',
    noticeOrganization: 'l’organisation qui la donne (`inventory.organization`)',
    noticeContact: 'l’adresse où formuler une objection (`inventory.contact`)',
    noticeWithout: {
      one: 'pas d’information sans {{missing}} : {{name}} ne l’indique pas ; indiquez-la dans {{name}}',
      other: 'pas d’information sans {{organization}} ni sans {{contact}} : {{name}} ne les indique pas ; indiquez-les dans {{name}}',
    },
    placeholder:
      '{{name}} contient encore une valeur à compléter (ligne {{line}}, colonne {{column}} : `{{field}}` vaut {{value}}) : remplacez-la par la vraie valeur, ou par `unknown` si elle n’est pas encore connue ; une valeur à compléter n’est jamais publiée',
    placeholderMore: {
      one: '{{name}} contient encore une valeur à compléter (ligne {{line}}, colonne {{column}} : `{{field}}` vaut {{value}}), et {{more}} autre : remplacez-les par la vraie valeur, ou par `unknown` si elle n’est pas encore connue ; une valeur à compléter n’est jamais publiée',
      other:
        '{{name}} contient encore une valeur à compléter (ligne {{line}}, colonne {{column}} : `{{field}}` vaut {{value}}), et {{more}} autres : remplacez-les par la vraie valeur, ou par `unknown` si elle n’est pas encore connue ; une valeur à compléter n’est jamais publiée',
    },
    wrote: { one: '{{count}} sous-traitant écrit dans {{output}}', other: '{{count}} sous-traitants écrits dans {{output}}' },
    cannotWriteOutput: 'impossible d’écrire la sortie : {{reason}}',
    internalError: 'erreur interne : {{detail}}',
    help: {
      head: `Usage : subproc <commande> [options]
        subproc --version
        subproc <commande> --help

Commandes :
`,
      commands: {
        check: `  check [chemins...] Vérifie des registres et des politiques : fichiers, dossiers (où sont cherchés les
                     *subprocessors.yaml), motifs entre guillemets ('**/*.subprocessors.yaml'), ou - pour
                     l’entrée standard. Dossiers et motifs ignorent ce qu’ignorent .subprocignore et .gitignore
                     (syntaxe gitignore) du dossier courant. Un subprocessor-policy.yaml nommé ici est vérifié
                     comme politique.
      --format stylish|json|sarif|github|junit|gitlab   Format de sortie (par défaut : stylish ; en couleur sur
                              un terminal, jamais avec NO_COLOR, toujours avec FORCE_COLOR)
      --fix                   Applique les corrections sans risque (la correction globale de l’éditeur), puis
                              signale ce qui reste
      --fix-dry-run           Calcule les corrections sans risque sans les écrire ; sur l’entrée standard,
                              affiche le texte corrigé au lieu du rapport
      -o, --output FICHIER    Écrit le rapport dans FICHIER au lieu de la sortie standard
      --stdin                 Lit le registre sur l’entrée standard (comme -)
      --stdin-filename NOM    Le nom de l’entrée standard, pour les messages et sa politique
      --today AAAA-MM-JJ      La date à laquelle comparer les dates (par défaut : aujourd’hui)
      --max-warnings N        Sort avec 1 au-delà de N avertissements (comptés même avec --quiet)
      --quiet                 Ne signale que les erreurs
      --policy FICHIER        Utilise ce subprocessor-policy.yaml au lieu du \`policy:\` de chaque registre
      --docs-base-url URL     Où pointent les liens vers les règles (SARIF, github), par exemple
                              https://github.com/ORG/DEPOT/blob/main/docs/rules/
      --accepted              Liste les risques acceptés des fichiers (où, règle, échéance, approbateur, motif,
                              état)
      --lang en|fr            Langue des messages (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon en)
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
`,
        render: `  render FICHIER     Affiche la page publiée d’un registre
      --format markdown|html  Format de sortie (par défaut : markdown)
      --lang en|fr            Langue de la page (par défaut : la première langue du registre, sinon en)
      --today AAAA-MM-JJ      La date de la page (par défaut : aujourd’hui)
      --policy FICHIER        La politique dont la page énonce les critères de sélection (par défaut : le
                              \`policy:\` du registre)
      -o, --output FICHIER    Écrit dans FICHIER au lieu de la sortie standard
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
`,
        import: `  import PAGE        Transforme une page publiée (son texte, du Markdown, du HTML, du CSV ou du TSV) en registre
      -o, --output FICHIER    Écrit le YAML dans FICHIER au lieu de la sortie standard
      --organization NOM      L’organisme dont c’est la liste (marque aussi comme affiliées les entités à son nom)
      --contact COURRIEL      Le contact « données personnelles » du registre
      --today AAAA-MM-JJ      La date inscrite en lastUpdated si la page n’en donne pas (par défaut : aujourd’hui)
      --lang en|fr            Langue des messages (par défaut : selon LC_ALL, LC_MESSAGES ou LANG, sinon en)
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
`,
        diff: `  diff ANCIEN NOUVEAU  Les sous-traitants ultérieurs ajoutés, retirés et modifiés (information de
                     l’article 28, paragraphe 2, du RGPD)
      --format markdown|json|atom   Format de sortie (par défaut : markdown)
      --link URL              L’adresse de la page publiée (liens et identifiants Atom)
      --policy FICHIER        Utilise cette politique pour les deux registres au lieu de leur \`policy:\`
      --lang en|fr            Langue de l’information (par défaut : la première langue du nouveau registre,
                              sinon en)
      --exit-code             Sort avec 1 s’il y a des changements (par défaut : 0, c’est un rapport)
      -o, --output FICHIER    Écrit dans FICHIER au lieu de la sortie standard
      --max-file-size OCTETS  Refuse les fichiers de plus de OCTETS (par défaut : 10 Mo ; 0 : aucune limite)
      -h, --help              Affiche cette aide
      ANCIEN peut être une révision git d’un fichier : HEAD~1:subprocessors.yaml
`,
      },
      foot: `
Options de toute exécution :
  -h, --help           Affiche cette aide (après une commande : l’aide de cette commande)
  -V, --version        Affiche la version

Toute commande qui lit un fichier refuse ce qui n’est pas un fichier ordinaire en UTF-8, et les fichiers de
plus de 10 Mo (--max-file-size OCTETS fixe la limite, 0 pour aucune). Les messages suivent --lang, sinon
LC_ALL, LC_MESSAGES ou LANG.

Codes de sortie : 0 rien à signaler, 1 constats au-delà de la limite (diff --exit-code : des changements),
2 usage incorrect ou entrée illisible.
`,
    },
  },
  /** cli: the summary lines of `subproc check`, and what `--fix` reports. */
  check: {
    severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
    summary: '{{problems}} ({{errors}}, {{warnings}}, {{infos}})',
    problems: { one: '{{n}} problème', other: '{{n}} problèmes' },
    errors: { one: '{{n}} erreur', other: '{{n}} erreurs' },
    warnings: { one: '{{n}} avertissement', other: '{{n}} avertissements' },
    infos: { one: '{{n}} information', other: '{{n}} informations' },
    clean: { one: '{{n}} fichier vérifié, aucun problème', other: '{{n}} fichiers vérifiés, aucun problème' },
    accepted: {
      one: '{{n}} risque accepté non compté (subproc check --accepted les liste)',
      other: '{{n}} risques acceptés non comptés (subproc check --accepted les liste)',
    },
    fixesApplied: { one: '{{n}} correction sûre appliquée', other: '{{n}} corrections sûres appliquées' },
    factsNotStated: {
      one: '{{n}} information manquante consignée à `unknown` : la correction ne peut pas l’établir ; vérifiez-la (unstated-fact la signale). Cette exécution échoue.',
      other:
        '{{n}} informations manquantes consignées à `unknown` : la correction ne peut pas les établir ; vérifiez-les (unstated-fact les signale). Cette exécution échoue.',
    },
    nothingToFix: 'rien à corriger sans risque',
    toFindOut: '{{entries}} {{facts}} à établir',
    toFindOutMore: '{{head}}, et {{more}} de plus dans l’en-tête du registre ou dans defaults',
    toFindOutHeader: {
      one: '{{n}} fait à établir dans l’en-tête du registre ou dans defaults',
      other: '{{n}} faits à établir dans l’en-tête du registre ou dans defaults',
    },
    entriesHave: { one: '{{n}} entrée a', other: '{{n}} entrées ont' },
    facts: { one: '{{n}} fait', other: '{{n}} faits' },
  },
  /** cli: what an import says when a page cannot be made into an inventory. */
  importRefusals: {
    empty: '{{name}} est vide',
    notCsv: '{{name}} n’est pas du CSV valide : {{detail}}',
    noSubprocessorFound:
      '{{name}} : aucun sous-traitant trouvé (un tableau avec une colonne comme Name, Sub-processor, Vendor ou Sous-traitant est attendu, ou des entrées « Nom (Entité) » suivies de lignes « Purpose: ... »)',
    unreadable: '{{name}} : {{detail}}',
    tooLarge: '{{name}} fait {{bytes}} octets, au-delà de subprocessors.maxFileSize ({{max}}) : non importé',
  },
  importLabels: {
    purpose: 'Finalité',
    location: 'Localisation',
    transfer: 'Transfert',
    website: 'Site web',
    company: 'Société',
    certifications: 'Certifications',
    address: 'Adresse',
    aiTraining: 'Entraînement de l’IA',
    hosting: 'Hébergement',
    registeredOffice: 'Siège social',
    storedIn: 'Stockage',
    dpa: 'Accord de traitement',
    headquartered: 'Siège',
    destination: 'Destination',
    support: 'Support',
    service: 'Service',
    seat: 'Siège',
    registered: 'Immatriculation',
    region: 'Région',
    name: 'Nom',
    located: 'Situé',
  },
  importNotes: {
    header:
      'Importé par `subproc import` depuis une page publiée de sous-traitants ultérieurs. Vérifiez chaque valeur au regard de la source.',
    noOrganization: 'la page ne nomme pas l’organisation : indiquez-la (ou utilisez --organization)',
    contactNotEmail: 'la page indique « {{contact}} », qui n’est pas une adresse électronique : indiquez la véritable adresse',
    noContact: 'la page ne donne aucun contact : indiquez-le',
    pageDate: 'la page indique « {{date}} »',
    noDate: 'la page ne donne aucune date',
    builtinPolicy: 'les critères de sélection que publie la page sont ceux de la politique par défaut',
    noAgreement: 'la page ne précise pas quel accord lie les sous-traitants ultérieurs',
    safeguardNoField: 'Garantie sans champ correspondant : {{text}}',
    onThePage: 'Sur la page : {{text}}',
    criteria: 'Critères de sélection de la page : {{tiers}}',
    notRead: 'non lu : {{what}}',
  },
  importUnread: {
    tableNotCurrent:
      'tableau « {{name}} » ({{rows|# ligne|# lignes}}) : sous-traitants ultérieurs envisagés ou anciens, non ceux en fonction',
    tableNotSubprocessors:
      'tableau « {{name}} » ({{rows|# ligne|# lignes}}) : la page indique qu’il ne s’agit pas de sous-traitants ultérieurs',
    tableCookies: 'tableau « {{name}} » ({{rows|# ligne|# lignes}}) : des cookies, non des sous-traitants ultérieurs',
    tableProcessings:
      'tableau « {{name}} » ({{rows|# ligne|# lignes}}) : un registre des traitements, un traitement par ligne ; la page liste ses sous-traitants ultérieurs dans un autre tableau',
    table: 'tableau « {{name}} » ({{rows|# ligne|# lignes}})',
    tableColumns: 'Tableau non lu comme une liste de sous-traitants ultérieurs (aucune colonne ne les nomme) : {{columns}}',
    listAboutAbove:
      'liste « {{name}} » ({{items|# élément|# éléments}}) : précisions sur les sous-traitants ultérieurs qui précèdent, non de nouveaux',
    listOtherTopic: 'liste « {{name}} » ({{items|# élément|# éléments}}) : un autre objet de la page que ses sous-traitants ultérieurs',
    listNotCurrent:
      'liste « {{name}} » ({{items|# élément|# éléments}}) : sous-traitants ultérieurs envisagés ou anciens, non ceux en fonction',
    listMeasures: 'liste « {{name}} » ({{items|# élément|# éléments}}) : des mesures de sécurité, non des sous-traitants ultérieurs',
    entryPlanned: '« {{name}} » ({{text}}) : commence après la date de la page, non un sous-traitant ultérieur en fonction',
    rowNotCurrent: 'ligne « {{name}} » : son statut « {{status}} » dit qu’il n’est pas un sous-traitant ultérieur en fonction',
    rowNotListed: 'ligne « {{name}} » du tableau « {{table}} » : absente de la liste des sous-traitants ultérieurs',
    rowNotAmong: 'ligne « {{name}} » du tableau « {{table}} » (ne figure pas parmi les sous-traitants ultérieurs)',
    regionRow: 'ligne « {{name}} » : indique le lieu de traitement des lignes qui la suivent',
    roleRow: 'ligne « {{name}} » : une fonction, sans prestataire désigné',
    rowContinues: 'ligne « {{name}} » : suite de la ligne qui la précède, sans prestataire désigné',
    groupRow: 'ligne « {{name}} » : intitulé des lignes qui la suivent, sans prestataire désigné',
    rowShifted:
      'ligne « {{name}} » : ses cellules sont décalées d’une colonne vers la gauche (sa première cellule est celle d’une autre colonne), sans prestataire désigné',
    statuteRow: 'ligne « {{name}} » : un texte de loi, non un prestataire',
    noteRow: 'ligne « {{name}} » : une phrase du tableau, sans prestataire désigné',
    totalRow: 'ligne « {{name}} » : le total du tableau, sans prestataire désigné',
    partyRow: 'ligne « {{name}} » : la page lui attribue la qualité de « {{role}} », non celle de sous-traitant ultérieur',
    itemRight: 'élément « {{name}} » : un droit des personnes concernées, non un destinataire',
    itemNoPersonalData: 'élément « {{name}} » : la page indique qu’il ne reçoit aucune donnée à caractère personnel',
    itemNoVendor: 'élément « {{name}} » : un type de destinataire, aucun prestataire nommé',
    itemTopic: 'élément « {{name}} » : un sujet de la politique de la page, non un destinataire',
    entryNotSubprocessor: '« {{name}} » : la page indique qu’il n’est pas un sous-traitant ultérieur (« {{text}} »)',
    entryNotInUse: '« {{name}} » ({{text}}) : la page indique qu’il n’est pas ou plus utilisé, non un sous-traitant ultérieur en fonction',
    placeholder: 'mention du modèle non complétée : « {{text}} »',
  },
  pageRefusals: {
    atLine: 'ligne {{line}} : {{message}}',
    notData: 'pas du YAML ni du JSON valide : {{detail}}',
    notDelimited:
      'pas du {{kind}} valide : {{detail}} (une valeur qui contient des guillemets doit être entre guillemets doubles, ses guillemets doublés)',
    tooManyValues:
      '{{values}} valeurs pour {{columns}} colonnes (une valeur qui contient {{delimiter}} doit être entre guillemets doubles)',
    tab: 'une tabulation',
    delimiter: 'un « {{delimiter}} »',
    splitRow: {
      one: '{{values}} valeur pour {{columns}} colonnes (un retour à la ligne dans une cellule a coupé sa ligne : rattachez les lignes de la rangée)',
      other:
        '{{values}} valeurs pour {{columns}} colonnes (un retour à la ligne dans une cellule a coupé sa ligne : rattachez les lignes de la rangée)',
    },
    htmlTooDeep:
      'le HTML imbrique ici des éléments sur plus de {{depth}} niveaux : ce n’est pas une page telle qu’un navigateur l’enregistre',
    notATable:
      'cela ressemble à un tableau, mais Markdown ne le lit pas comme tel : la ligne sous l’en-tête doit avoir une cellule « --- » par cellule d’en-tête, et chaque ligne doit commencer et finir par « | »',
    rowNotEnded:
      'cette ligne du tableau qui commence à la ligne {{start}} ne finit pas par « | » comme son en-tête : le texte d’une cellule est passé à la ligne ; rattachez les lignes de la rangée',
    rowNotStarted:
      'cette ligne du tableau qui commence à la ligne {{start}} ne commence pas par « | » comme son en-tête : le texte d’une cellule est passé à la ligne ; rattachez les lignes de la rangée',
    cellPerLine:
      'un tableau copié une cellule par ligne ({{count}} colonnes : {{header}}) dont des cellules tiennent sur plusieurs lignes : ses rangées ne se distinguent pas ; copiez-le à nouveau en texte séparé par des tabulations ou en CSV',
    tabBroken:
      'cette ligne coupe le tableau qui commence à la ligne {{start}} (elle n’a pas de tabulation entre les cellules) : le texte d’une cellule est passé à la ligne ; rattachez-la à la ligne du dessus',
    wrappedBullet:
      'cette ligne prolonge la puce du dessus (une puce coupée sur deux lignes) : ce n’est pas un sous-traitant ; rattachez-la à la puce',
    rowWithoutName: 'cette ligne n’a pas de {{column}} : un sous-traitant a besoin de son nom',
    noNameColumn:
      'le {{format}} n’a aucune colonne qui nomme les sous-traitants (un en-tête comme Name, Sub-processor, Vendor, Legal entity ou Sous-traitant)',
  },
  /** publish: the words of the published page. */
  notice: {
    title: 'Modifications de nos sous-traitants ultérieurs',
    intro:
      "Conformément à l'article 28, paragraphe 2, du RGPD, nous vous informons des modifications apportées à nos sous-traitants ultérieurs, qui traitent des données à caractère personnel pour notre compte{{between}}.{{objections}}",
    between: ', entre la liste du {{old}} et celle du {{new}}',
    objections: " Pour formuler une objection à l'une de ces modifications, écrivez à {{contact}}.",
    note: 'Remarque',
    nothing: "Aucun sous-traitant ultérieur n'a été ajouté, retiré ni modifié.",
    added: 'Ajoutés',
    removed: 'Retirés',
    changed: 'Modifiés',
    none: '(néant)',
    name: 'Nom',
    startsOn: 'Début du traitement',
    objectBy: 'Objections jusqu’au',
    and: ' et ',
    entriesOf: { one: '{{n}} entrée de {{list}}', other: '{{n}} entrées de {{list}}' },
    sharedId: "L'identifiant « {{id}} » est repris par {{where}} : ces entrées sont comparées par leur nom et leur entité.",
    noId: {
      one: "{{n}} entrée n'a pas d'identifiant : elle est comparée par son nom et son entité.",
      other: "{{n}} entrées n'ont pas d'identifiant : elles sont comparées par leur nom et leur entité.",
    },
    feedTitle: 'Modifications des sous-traitants ultérieurs',
    feedSubtitle:
      'Information sur les modifications apportées aux sous-traitants ultérieurs qui traitent des données à caractère personnel (article 28, paragraphe 2, du RGPD).',
    feedAuthor: 'Registre des sous-traitants ultérieurs',
    addedEntry: 'Ajout : {{name}}',
    removedEntry: 'Retrait : {{name}}',
    newLine: 'Nouveau sous-traitant ultérieur : {{name}}.',
    goneLine: "{{name}} n'est plus sous-traitant ultérieur.",
    changedEntry: 'Modification : {{name}}',
  },
  page: {
    colon: ' :',
    title: 'Nos sous-traitants',
    selectionHeading: 'Critères de sélection des sous-traitants',
    selectionIntro: "Pour choisir les services tiers qui {{scope}}, nous privilégions les prestataires dans l'ordre suivant :",
    scopePersonalData: 'traitent des données personnelles',
    scopeCritical: 'sont critiques pour notre infrastructure',
    scopeCriticality: 'ont une criticité {{levels}} pour notre infrastructure',
    scopeAll: 'nous utilisons',
    or: 'ou',
    and: 'et',
    andOr: 'et/ou',
    tier: {
      certified: 'Prestataires certifiés {{certs}}',
      uncertified: 'Prestataires non certifiés',
      anyCertified: 'Prestataires certifiés',
      eu: "{{who}} hébergeant les données dans l'{{where}}",
      outside: "{{who}} hébergeant les données hors de l'{{where}} (avec des garanties appropriées)",
      any: "{{who}} hébergeant les données dans l'{{where}}, ou hors de l'{{where}} avec des garanties appropriées",
    },
    euWhere: 'UE',
    eeaWhere: 'EEE',
    dpaSentence: 'Tous les sous-traitants sont liés contractuellement par {{instruments}}.',
    dpaSentenceScc:
      'Tous les sous-traitants sont liés contractuellement par {{instruments}} et, le cas échéant, par des clauses contractuelles types.',
    dpaTypes: {
      dpa: 'des accords de traitement des données (DPA)',
      addendum: 'des avenants relatifs au traitement des données',
      'terms-of-service': "leurs conditions générales d'utilisation",
    },
    subprocessorsHeading: 'Nos sous-traitants',
    groupHeading: 'Sous-traitants : {{group}}',
    safeguardsHeading: 'Garanties de traitement des données',
    contact: 'Pour toute question sur nos sous-traitants et le traitement des données, écrivez à : {{email}}',
    lastUpdated: 'Mis à jour : {{date}}',
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
    shortCountries: { US: 'États-Unis', GB: 'Royaume-Uni' },
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
    flowTo: 'Vers {{name}}',
    none: 'Aucune',
    notStated: 'Non précisé',
    validUntil: "valable jusqu'au {{date}}",
    skipToList: 'Aller à la liste des sous-traitants',
    // « 0 sous-traitant », au singulier, comme l'écrit le français (Intl.PluralRules).
    entriesCount: { one: '{{count}} sous-traitant', other: '{{count}} sous-traitants' },
  },
  entry: {
    id: '`{{id}}`',
    // With its article, elided, so that « de », « pour » or « à » before it read as French does.
    numbered: 'l’entrée n°\u00a0{{n}}',
    numberedStart: 'L’entrée n°\u00a0{{n}}',
  },
  inventory: { start: 'Le registre', inside: 'ce registre' },
  reachEverywhere: 'vers tous les pays où les données peuvent aller (`GLOBAL`)',
  worldwide: 'monde entier',
  reachDestinations: 'hors de l’EEE ({{names}})',
  reachLaw: { single: 'du pays', several: 'de ces pays', everywhere: 'de chacun des pays où les données peuvent aller' },
  placesApart: '\u202f; ',
  internalError: 'Erreur interne de la règle {{ruleId}} : {{error}}. Merci de la signaler.',
  acceptRisk: 'Accepter ce risque pour {{label}} ({{rule}}) jusqu’au {{until}} : indiquez le motif et qui l’a approuvé',
  fixAll: 'Corriger tous les problèmes sans risque ({{applied}})',
  date: { long: '{{day}} {{month}} {{year}}', firstDay: '1er' },
  size: { kb: '{{n}}\u00a0Ko', mb: '{{n}}\u00a0Mo' },
  docsFolder: 'fr/',
  numericDates: 'day-first',
  assessment: {
    safeguard: {
      'no-transfer': 'aucun transfert hors de l’EEE',
      eea: 'aucun transfert au sens du chapitre V du RGPD ({{countries}} dans l’EEE)',
      mechanism: '{{name}}',
      mechanisms: { scc: 'des clauses contractuelles types (CCT)', bcr: 'des règles d’entreprise contraignantes (BCR)' },
      'dpf-us': 'le Data Privacy Framework UE-États-Unis (DPF)',
      adequacy: 'une décision d’adéquation ({{countries}})',
      unstated: 'aucun outil de transfert n’est indiqué',
      'no-mechanism': 'aucun outil de transfert',
      'us-only': 'le {{name}} ne couvre que les transferts vers les États-Unis, pas ceux vers d’autres pays ({{countries}})',
      'us-needs-dpf':
        'la décision d’adéquation américaine ne couvre que les organisations certifiées au titre du Data Privacy Framework (indiquez `dpf` si le prestataire est certifié)',
      'no-adequacy': {
        one: 'aucune décision d’adéquation de l’UE en vigueur ne couvre ce pays ({{countries}})',
        other: 'aucune décision d’adéquation de l’UE en vigueur ne couvre ces pays ({{countries}})',
      },
      'scc-invalid': 'les clauses {{version}} sont abrogées et sans effet depuis le 27 décembre 2022',
      'scc-art28':
        'les clauses 2021/915 sont les clauses de l’article 28, paragraphe 7, entre responsable et sous-traitant, pas un outil de transfert',
      derogation:
        'une dérogation de l’article 49 n’est pas une garantie : elle vise des transferts occasionnels, pas ceux d’un sous-traitant ultérieur ({{countries}})',
      'uk-tool':
        '{{name}} est un instrument du droit britannique, pour les transferts au départ du Royaume-Uni : il ne fonde pas une sortie de l’EEE (les clauses de l’UE, indiquées `scc`, le font)',
    },
    levels: { yes: 'oui', limited: 'limitées', no: 'non', unknown: 'inconnu' },
    personalDataHandled: { yes: 'des données personnelles', limited: 'des données personnelles limitées' },
    personalDataOther: 'des données personnelles ({{level}})',
    criticalityInBrackets: '{{criticality}}',
    // « (sous-traitant critique) », jamais « (criticité critique) ».
    criticalities: { critical: 'sous-traitant critique', high: 'criticité élevée', medium: 'criticité moyenne', low: 'faible criticité' },
    criticalityAttributes: {
      critical: 'critique',
      high: 'de criticité élevée',
      medium: 'de criticité moyenne',
      low: 'de faible criticité',
    },
    scope: {
      personalData: 'traite {{level}}',
      criticality: 'est {{criticality}}',
      none: 'ne traite aucune donnée personnelle concernée',
      noneCritical: 'ne traite aucune donnée personnelle concernée et est {{criticality}}',
    },
    areas: { eu: 'UE', eea: 'EEE' },
    certified: 'certifié {{certifications}}',
    certificationsUnstated: 'certifications non précisées',
    notCertified: 'non certifié',
    residencyIn: 'données dans l’{{area}}',
    residencyOutside: 'données hors de l’{{area}} ({{locations}})',
    residencyUnknown: 'aucune localisation des données',
    grounds: '{{certification}}, {{residency}}',
    groundsSafeguarded: '{{certification}}, {{residency}}, transferts encadrés par {{safeguard}}',
    groundsUnsafe: '{{certification}}, {{residency}}, mais {{safeguard}}',
    noTierNoLocation: 'aucune localisation des données n’est indiquée',
    noTierUnknownPlace: 'le lieu de stockage des données n’est pas connu : l’un des lieux indiqués n’est pas un code pays connu',
    noTierUnsafe: '{{residency}}, mais {{safeguard}}',
    noTierBoth: '{{certification}} et {{residency}}',
    outOfScope: 'Hors du champ : {{why}}.',
    tier: 'Niveau {{tier}} : {{why}}.',
    noTier: 'N’entre dans aucun niveau de la politique : {{why}}.',
    tierUnknown: 'Niveau indéterminé : {{why}}.',
    tierUnknownFacts: {
      one: 'un élément déterminant n’est pas encore renseigné ({{fields}})',
      other: 'des éléments déterminants ne sont pas encore renseignés ({{fields}})',
    },
    tierUnknownBoth: '{{place}} ; {{facts}}',
  },
  tierLabel: {
    unknown: 'niveau indéterminé',
    outOfScope: 'hors du champ',
    tier: 'Niveau {{tier}}',
    none: 'aucun niveau',
  },
  countryStatus: {
    eu: 'UE',
    euPartOf: 'UE (partie du territoire d’un État membre : {{country}})',
    eea: 'EEE, hors UE',
    adequacy: 'hors EEE, décision d’adéquation',
    adequacyPartial: 'hors EEE, décision d’adéquation partielle',
    noAdequacy: 'hors EEE, sans décision d’adéquation',
  },
  pseudoLocations: {
    EU: 'Stocké quelque part dans l’UE sans que l’État membre soit nommé. Compte comme une localisation dans l’UE (et dans l’EEE) ; préférez les pays exacts quand le prestataire les indique.',
    GLOBAL:
      'Stocké ou traité en plusieurs lieux dans le monde (par exemple un réseau de périphérie qui sert chaque utilisateur depuis le point de présence le plus proche). Ne compte jamais comme une localisation dans l’UE et exige un outil de transfert.',
  },
  /** hover, completion : la gravité par défaut d’une règle. */
  severities: { error: 'erreur', warning: 'avertissement', info: 'information' },
  /** hover, completion : les fiches du vocabulaire du domaine (`languageService/domainDocs.ts`). */
  domainDocs: {
    counts: '**Compte comme « certifié »** selon la politique en vigueur (certified = {{list}}), tant qu’il est valable.',
    doesNotCount: '**Ne compte pas comme « certifié »** selon la politique en vigueur (certified = {{list}}).',
    noneCertified: 'aucune',
    owner: 'Propriétaire / émetteur : {{owner}}',
    evidence: 'Preuve : {{evidence}}. {{detail}}',
    validity: 'Validité : {{validity}}',
    notSecurity: 'Ce n’est pas une certification de sécurité.',
    watchOut: 'Attention : {{confusions}}',
    evidenceKinds: {
      certificate: 'un certificat délivré par un organisme de certification accrédité',
      attestation: 'un rapport d’attestation d’un auditeur (pas de certificat)',
      'self-assessment': 'une auto-évaluation',
      authorisation: 'une autorisation administrative',
      label: 'un label',
      'code-of-conduct': 'l’adhésion à un code de conduite approuvé',
      seal: 'un label de certification',
    },
    claim: '**{{name}}** (`{{id}}`) : une déclaration, pas une certification',
    legalBasis: 'Fondement juridique : {{basis}}.',
    mfa: '**{{name}}** (`{{id}}`) : {{strength}}',
    strengths: {
      'phishing-resistant': 'résistant à l’hameçonnage',
      acceptable: 'acceptable, sans résister à l’hameçonnage',
      weak: 'faible',
      unknown: 'robustesse inconnue',
      none: 'aucun second facteur',
    },
    country: '**{{name}}** (`{{code}}`) : {{status}}',
    euResidency: 'Des données stockées ici sont localisées dans l’UE (et dans l’EEE).',
    eeaResidency:
      'Des données stockées ici sont localisées dans l’EEE, et ne comptent comme localisées dans l’UE que si la politique indique `residency: eea`.',
    adequacy: 'Adéquation : {{instrument}}{{adopted}}{{until}}. {{scope}}',
    adopted: ', adoptée le {{date}}',
    until: ', en vigueur jusqu’au {{date}}',
    us: 'Seules les organisations actives sur la liste du Data Privacy Framework sont couvertes : pour un destinataire certifié, indiquez `transfer: { mechanism: dpf, verified: <date de vérification de son inscription> }` ; pour tout autre, un outil comme les clauses contractuelles types (`scc`) avec une analyse d’impact des transferts.',
    covers:
      'Un sous-traitant commercial établi ici n’a besoin d’aucun outil de transfert : la décision suffit (art. 45, paragraphe 1, du RGPD) ; `transfer: { mechanism: adequacy }` peut le consigner. L’adéquation est un fondement de transfert, pas une localisation dans l’UE.',
    partial:
      'La décision ne couvre qu’une partie des transferts vers ce pays (voir son champ) : en dehors, un outil comme les clauses contractuelles types (`scc`) est nécessaire. L’adéquation est un fondement de transfert, pas une localisation dans l’UE.',
    needsMechanism: 'Un transfert vers ce pays exige un outil comme les clauses contractuelles types (`transfer: { mechanism: scc }`).',
    iso: 'Le code ISO 3166-1 est `{{code}}`.',
    // The place in brackets, never after « à » (a city, a state or a country, each with its own preposition).
    region: '**{{ref}}** : région {{provider}} ({{place}})',
    regionWithStatus: '**{{ref}}** : région {{provider}} ({{place}}) ; {{status}}',
    regionCountry: 'Son code pays est `{{code}}` : indiquez-le sous `countries`.',
  },
  /** hover : les mots des survols qui ne viennent pas de la base de connaissances (`languageService/hover.ts`). */
  hover: {
    required: ' (obligatoire)',
    oneOf: 'Valeurs admises : {{values}}.',
    rule: 'Règle `{{id}}` (par défaut {{severity}}) : {{description}} [Documentation de la règle]({{url}})',
    notCurrent: 'Celle-ci n’est pas en cours de validité : {{why}} ; elle ne compte donc pas.',
    expiredOn: 'expirée le {{date}}',
    editionInvalid: 'la version {{edition}} n’est plus valable depuis le {{date}}',
    moveToClaims: 'Déplacez-la vers `claims`.',
    unknownCert: 'Identifiant de certification inconnu.',
    didYouMean: 'Identifiant de certification inconnu. Vouliez-vous écrire `{{id}}` ({{name}}) ?',
    routes: {
      storage: 'données stockées',
      access: 'accès depuis ce pays',
      entity: 'entité établie dans ce pays',
      parent: 'société mère établie dans ce pays',
    },
    anywhere: 'partout (GLOBAL)',
    theEu: 'l’UE',
    insideEea: 'dans l’EEE, pas de transfert',
    adequacy: 'décision d’adéquation (aucun outil nécessaire)',
    noBasis: '**aucun fondement valable**',
    noBasisBecause: '**aucun fondement valable** : {{why}}',
    reach: '{{name}}, {{how}} : {{basis}}',
    unknownPlace: '{{code}}, {{how}} : code pays inconnu ; on ignore donc si les données y quittent l’EEE',
    unknownCountry:
      '{{code}} n’est pas un code pays ISO 3166-1 connu : le lieu qu’il désigne est inconnu, et aucune règle ne le traite comme situé dans l’EEE ou hors de celui-ci. Corrigez le code.',
    thisEntry: 'Cette entrée',
    outOfScope: 'Hors du champ des critères de sélection : ce sous-traitant {{why}}.',
    tier: '**Niveau {{tier}}** selon la politique en vigueur.',
    tierNamed: '**Niveau {{tier}}** selon la politique en vigueur : {{name}}.',
    builtinTiers: {
      0: 'prestataires certifiés SOC 2 Type II et/ou ISO 27001 hébergeant les données dans l’EEE',
      1: 'prestataires non certifiés hébergeant les données dans l’EEE',
      2: 'prestataires certifiés hébergeant les données hors de l’EEE, avec des garanties appropriées',
    },
    why: 'Pourquoi : {{grounds}}.',
    noTier: '**N’entre dans aucun niveau** de la politique en vigueur.',
    tierUnknown: '**{{label}}** au regard de la politique en vigueur.',
    inScope: 'Dans le champ, car ce sous-traitant {{why}}.',
    whoCanReach: '**Qui peut accéder aux données**',
    acceptedRisks: '**Risques acceptés**',
    accepted: '- {{rule}} jusqu’au {{until}}, approuvé par {{by}} : {{reason}}',
    acceptedExpired: '- {{rule}} jusqu’au {{until}} (expirée : le constat réapparaît), approuvé par {{by}} : {{reason}}',
    held: { one: '{{n}} constat est retenu par ces acceptations.', other: '{{n}} constats sont retenus par ces acceptations.' },
    unknownValue: {
      what: '**Pas encore connu** (`unknown`) : renseignez ce fait (contrat, trust center, prestataire) et indiquez-le ici.',
      until: 'D’ici là, aucune règle ne le traite comme absent, et la page publiée indique « Non précisé ».',
    },
    certNotClaim: '`{{value}}` est une certification ({{name}}), pas une déclaration : déplacez-la vers `certifications`.',
    unknownRegion: 'Région inconnue {{code}} : la forme attendue est `fournisseur:code`, par exemple `gcp:europe-west1`.',
    noRule: '{{code}} n’est pas un identifiant de règle : la documentation des règles en donne la liste.',
    flowsTo: 'Les données vont vers **{{name}}**.',
    flowsToFor: 'Les données vont vers **{{name}}** : {{purpose}}.',
    finding: '**{{id}}** ({{severity}}) : {{description}} [Documentation de la règle]({{url}})',
    findingUndescribed: '**{{id}}** ({{severity}}) : [Documentation de la règle]({{url}})',
  },
  /** completion : le détail des propositions (`languageService/completion.ts`). */
  completion: {
    somewhereInEu: 'quelque part dans l’UE',
    anywhere: 'partout (jamais une localisation dans l’UE)',
    country: '{{name}} : {{status}}',
    region: '{{provider}} : {{place}}',
    flowTarget: '{{name}} : {{purpose}}',
    required: 'obligatoire',
    optional: 'facultatif',
    byDefault: 'par défaut {{severity}}',
    ruleByDefault: 'règle, par défaut {{severity}}',
    newEntry: 'Une entrée avec tous les champs obligatoires',
    newEntryDocs: 'Insère un sous-traitant avec tous les champs obligatoires ; la touche Tab mène d’une valeur à la suivante.',
    mfa: '{{name}} ({{strength}})',
  },
  /** Les mots des problèmes de schéma (`format/schemaWords.ts`). */
  schema: {
    values: {
      nothing: 'rien',
      list: 'une liste',
      mapping: 'un mapping',
      text: 'le texte « {{text}} »',
      quoted: '« {{text}} »',
      number: 'le nombre {{text}}',
      value: 'la valeur {{text}}',
    },
    types: {
      string: 'un texte',
      object: 'un mapping de champs',
      array: 'une liste',
      boolean: 'true ou false',
      date: 'une date (AAAA-MM-JJ)',
      number: 'un nombre',
      integer: 'un nombre entier',
    },
    aValue: 'une valeur',
    topLevel: 'le premier niveau',
    item: 'l’élément {{n}} de `{{field}}`',
    itemStart: 'L’élément {{n}} de `{{field}}`',
    hints: {
      id: 'un identifiant s’écrit en kebab-case : minuscules, chiffres et traits d’union (par exemple `mongodb-atlas`)',
      countries: 'écrivez un code ISO 3166-1 alpha-2 en majuscules (par exemple `BE`, `US`), `EU` ou `GLOBAL`',
      entityCountry:
        'écrivez le code ISO 3166-1 du pays, à deux lettres majuscules (par exemple `IE`, `US`), ou `unknown` tant qu’il n’est pas connu',
      parentCountry: 'écrivez le code ISO 3166-1 du pays, à deux lettres majuscules (par exemple `IE`, `US`)',
      establishment: 'écrivez le code ISO 3166-1 du pays, à deux lettres majuscules (par exemple `FR`, `DE`)',
      to: 'écrivez le code ISO 3166-1 de chaque pays, à deux lettres majuscules (par exemple `US`, `IN`)',
      certified: 'une certification est un identifiant comme `soc2-type2` ou `iso27001`',
      regions: 'écrivez une région cloud sous la forme `fournisseur:code` (par exemple `gcp:europe-west1`, `aws:eu-west-3`)',
      certifications: 'une certification est un identifiant comme `soc2-type2` ou `iso27001`',
      claims: 'une déclaration est un identifiant comme `gdpr-compliant`',
      languages: 'écrivez un code ISO 639-1 en minuscules (par exemple `en`, `fr`)',
      rule: 'un identifiant de règle s’écrit en kebab-case, comme dans docs/rules (par exemple `weak-admin-mfa`)',
    },
    seeDescription: 'voyez la description du champ',
    invalidValue: 'valeur invalide',
  },
  /** Les descriptions des schémas, par emplacement (`format/schemaDescriptions.fr.ts`). */
  schemaDescriptions: SCHEMA_DESCRIPTIONS_FR,
} satisfies Phrases<typeof EN>;
