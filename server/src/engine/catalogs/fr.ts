/**
 * The rules' messages in French, by rule id and message id: the same ids and the same `{{placeholders}}` as
 * each rule's `meta.messages` (the English catalogue). `catalogs.test.ts` checks that both languages have every
 * message with the same placeholders. Written as a French privacy lawyer would say it: sous-traitant ultérieur,
 * clauses contractuelles types, décision d'adéquation, analyse d'impact des transferts.
 *
 * Write a plain space before `:`, `;`, `?` and `!`: `frenchSpacing` makes it the no-break space French
 * typography wants.
 */
import type { RuleCatalog } from './types';

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

export const FR: RuleCatalog = {
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
    fixAddOne: 'Ajouter le champ manquant de {{owner}} ({{fields}}) avec une valeur à compléter',
    fixAddMany: 'Ajouter les champs manquants de {{owner}} ({{fields}}) avec des valeurs à compléter',
    fixAddAll: 'Ajouter les {{count}} champs manquants du fichier avec des valeurs à compléter',
  },
  'unknown-field': {
    unknownSuggest: 'Champ inconnu `{{field}}` ({{where}}) : vouliez-vous écrire `{{suggestion}}` ?',
    unknown: 'Champ inconnu `{{field}}` ({{where}}). Champs admis : {{known}}.',
    noSuchRuleSuggest: 'Aucune règle n’a l’identifiant « {{field}} » : vouliez-vous écrire `{{suggestion}}` ? Ce réglage reste sans effet.',
    noSuchRule: 'Aucune règle n’a l’identifiant « {{field}} » ; la liste des règles figure dans docs/rules. Ce réglage reste sans effet.',
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
    tooFew: '{{where}} doit compter au moins {{limit}} éléments.',
    tooFewOne: '{{where}} doit compter au moins 1 élément.',
    tooSmall: '{{where}} doit valoir au moins {{limit}}, pas {{actual}}.',
    tooLarge: '{{where}} doit valoir au plus {{limit}}, pas {{actual}}.',
    other: '{{where}} : {{detail}}.',
    countryAlias: '« {{code}} » n’est pas un code pays ISO 3166-1 : écrivez `{{suggestion}}` ({{name}}).',
    countryUnknown:
      '« {{code}} » n’est pas un code pays ISO 3166-1 : écrivez un code à deux lettres comme `FR` ou `US`, ou bien `EU` ou `GLOBAL`.',
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
    invalidOne:
      'La politique « {{policy}} » contient 1 erreur (ligne {{line}} : {{first}}) : corrigez-la ; d’ici là, la politique par défaut s’applique.',
    invalid:
      'La politique « {{policy}} » contient {{errors}} erreurs (ligne {{line}} : {{first}}) : corrigez-les ; d’ici là, la politique par défaut s’applique.',
    noFiles:
      'La politique « {{policy}} » ne peut pas être lue dans cet éditeur, qui ne lit aucun fichier (un éditeur web comme github.dev) : la politique par défaut s’applique ici ; l’éditeur de bureau et `subproc check` la lisent.',
  },
  'unknown-certification': {
    unknownSuggest: 'Certification inconnue « {{certification}} » : vouliez-vous écrire `{{suggestion}}` ({{name}}) ?',
    unknown:
      'Certification inconnue « {{certification}} » : utilisez un identifiant connu comme `soc2-type2` ou `iso27001`, ou déplacez une simple déclaration du prestataire vers `claims`.',
    unknownInPolicySuggest: 'Certification inconnue « {{certification}} » : vouliez-vous écrire `{{suggestion}}` ?',
    unknownInPolicy: 'Certification inconnue « {{certification}} » : utilisez un identifiant connu comme `iso27701`.',
    ...CERTIFICATION_FIXES,
  },
  'not-a-certification': {
    transferFramework:
      '« {{text}} » ({{label}}) est un outil de transfert, pas une certification : indiquez-le sous la forme `transfer: { mechanism: dpf }`.',
    privacyShield:
      '« {{text}} » ({{label}}) désigne le Privacy Shield UE-États-Unis, invalidé par la Cour de justice le 2020-07-16 (Schrems II) : ce n’est ni une certification ni un fondement de transfert ; retirez-le et indiquez sous `transfer` l’outil réellement utilisé (`dpf` ou `scc`).',
    swissPrivacyShield:
      '« {{text}} » ({{label}}) désigne le Privacy Shield Suisse-États-Unis, jugé insuffisant par le PFPDT le 2020-09-08 et qui n’a jamais fondé un transfert depuis l’UE : retirez-le et indiquez sous `transfer` l’outil réellement utilisé.',
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
  },
  'selection-tier': {
    noLocation: '{{label}} n’entre dans aucun niveau de la politique ({{why}}) : indiquez les pays où ses données sont stockées.',
    outsideUncertified:
      '{{label}} n’entre dans aucun niveau de la politique ({{why}}) : gardez ses données dans l’{{area}} ou choisissez un prestataire certifié ({{counting}}).',
    outsideUnsafeguarded:
      '{{label}} n’entre dans aucun niveau de la politique ({{why}}) : ajoutez sous `transfer` un outil de transfert valable.',
    uncertified: '{{label}} n’entre dans aucun niveau de la politique ({{why}}) : choisissez un prestataire certifié {{countingOr}}.',
  },
  'transfer-safeguard': {
    invalidMechanism:
      '{{label}} transfère des données vers {{countries}}, mais {{why}} : retenez un outil valable pour ce pays, tel que `{{mechanism}}` ({{mechanismName}}).',
    noMechanism:
      '{{label}} stocke des données hors de l’EEE ({{countries}}) sans outil de transfert : ajoutez `transfer: { mechanism: {{mechanism}} }` ({{mechanismName}}).',
    fixSetMechanism: 'Retenir `{{mechanism}}` comme outil de transfert : {{name}} (pour {{outside}})',
  },
  'third-country-access': {
    access:
      'Les données de {{label}} sont accessibles depuis un pays tiers, {{countryName}} ({{country}}), sans qu’aucun transfert ne le couvre : un accès à distance depuis un pays tiers est un transfert (lignes directrices 05/2021 du CEPD). Ajoutez un transfert vers {{country}} avec son outil.',
    entity:
      '{{label}} est établi dans un pays tiers, {{countryName}} ({{country}}) ; son personnel, et les autorités de {{country}}, peuvent atteindre les données où qu’elles soient stockées, et aucun transfert ne couvre {{country}}. Indiquez le fondement (un transfert vers {{country}}, par exemple `dpf` pour une entité américaine certifiée) ou acceptez le risque de façon documentée.',
    parent:
      'La société mère de {{label}} est établie dans un pays tiers, {{countryName}} ({{country}}) ; le droit applicable au groupe peut atteindre les données, et aucun transfert ne couvre {{country}}. Indiquez le fondement (un transfert vers {{country}}) ou acceptez le risque de façon documentée.',
  },
  'scc-outdated': {
    outdated:
      'Le transfert de {{label}} repose sur les clauses {{version}}, abrogées à compter du 27 septembre 2021 et sans effet depuis le 27 décembre 2022 : il n’a pas de fondement valable tant que les clauses 2021/914 ne sont pas signées (module 3 pour le sous-traitant d’un sous-traitant). Écrivez ensuite `version: "2021/914"`.',
  },
  'tia-missing': {
    missing:
      '{{label}} s’appuie sur `{{mechanism}}` pour {{where}} sans analyse d’impact des transferts consignée : évaluez si le droit et la pratique du pays permettent à l’importateur de tenir ses engagements, avec des mesures supplémentaires si besoin (CJUE C-311/18, Schrems II ; recommandations 01/2020 du CEPD), puis indiquez sa date dans `tia`.',
  },
  'dpf-unverified': {
    never:
      '{{label}} s’appuie sur le Data Privacy Framework, et aucune vérification de son inscription n’est consignée : la décision ne couvre que les organisations inscrites et actives sur la liste DPF (pour les données concernées). Vérifiez l’inscription de l’entité sur dataprivacyframework.gov et indiquez la date dans `verified`.',
    stale:
      'L’inscription DPF de {{label}} a été vérifiée pour la dernière fois le {{verified}}, il y a plus de 12 mois : une certification non renouvelée chaque année devient caduque. Vérifiez-la de nouveau et mettez `verified` à jour.',
  },
  'derogation-systematic': {
    systematic:
      'Les transferts de {{label}} reposent sur une dérogation de l’article 49, réservée aux transferts occasionnels et d’interprétation stricte (lignes directrices 2/2018 du CEPD) : un sous-traitant ultérieur reçoit des données de façon habituelle, ses transferts exigent donc des garanties de l’article 46 (comme `scc`) ou une décision d’adéquation.',
  },
  'bcr-outside-group': {
    outside:
      '{{label}} n’est pas indiqué comme société de votre groupe (`relationship: affiliate`), et pourtant ses transferts reposent sur des règles d’entreprise contraignantes : les BCR ne lient que les membres du groupe (art. 47, paragraphe 1, du RGPD), un transfert vers un prestataire extérieur exige donc son propre outil (comme `scc`). S’il s’agit d’une société du groupe, écrivez `relationship: affiliate`.',
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
    mismatch:
      '{{region}} se trouve à {{city}} ({{countryName}}, {{country}}), pays absent de `countries` ({{listed}}) : ajoutez {{country}} ou corrigez la région.',
    mismatchNoCountries:
      '{{region}} se trouve à {{city}} ({{countryName}}, {{country}}), pays absent de `countries` : ajoutez {{country}} ou corrigez la région.',
    fixAddCountry: 'Ajouter {{country}}, pays de la région, à dataLocation.countries',
    fixReplaceCountry: 'Remplacer {{listed}} par {{country}} dans dataLocation.countries',
  },
  'tier-justification': {
    noRationale:
      '{{label}} est au niveau {{tier}} ({{grounds}}) : ajoutez une `selectionRationale` expliquant pourquoi aucun prestataire d’un niveau supérieur n’a été retenu.',
  },
  'dpa-required': {
    noDpa:
      '{{label}} n’a pas de contrat de sous-traitance (l’article 28, paragraphe 3, du RGPD exige un contrat avec chaque sous-traitant ultérieur) : ajoutez `dpa: { type: dpa }`, ou indiquez-le une fois pour toutes sous `defaults`.',
    fixDpa: 'Ajouter `dpa: { type: dpa }` (un accord de traitement des données signé)',
    fixAddendum: 'Ajouter `dpa: { type: addendum }` (un avenant relatif au traitement des données)',
    fixTerms: 'Ajouter `dpa: { type: terms-of-service }` (des clauses de protection des données dans les conditions générales)',
    fixPlaceholder: 'Ajouter un `dpa` dont le type reste à compléter',
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
      '{{label}} traite des données personnelles ({{level}}) mais n’indique pas comment vos systèmes s’y authentifient : décrivez-le (clés d’API, comptes de service, SSO...).',
  },
  'ai-data-use': {
    silent:
      '{{label}} applique des modèles d’IA aux données, et le registre ne dit pas s’il entraîne ses modèles sur celles-ci : vérifiez ses conditions (les conditions API et entreprise excluent en général l’entraînement) et écrivez `trainsOnCustomerData: false` ou `true`.',
    trains:
      '{{label}} entraîne ses modèles sur les données qu’il reçoit : c’est un traitement pour ses propres fins, hors de vos instructions documentées (art. 28, paragraphe 3, point a), du RGPD). Désactivez l’entraînement dans ses réglages ou son contrat, ou assurez-vous que vos clients y ont consenti.',
  },
  'critical-uncertified': {
    uncertified:
      '{{label}} est critique mais ne détient aucune certification en cours qui compte ({{wanted}}) : obtenez son rapport ou son certificat, ou choisissez un prestataire certifié.',
  },
  'stale-inventory': {
    stale:
      'Le registre a été revu pour la dernière fois le {{lastUpdated}}, il y a plus de {{reviewIntervalMonths}} mois (revue due au plus tard le {{due}}) : revoyez la liste et mettez `lastUpdated` à jour.',
    staleOneMonth:
      'Le registre a été revu pour la dernière fois le {{lastUpdated}}, il y a plus d’un mois (revue due au plus tard le {{due}}) : revoyez la liste et mettez `lastUpdated` à jour.',
  },
  'notice-period': {
    short:
      '{{label}} commence le {{since}}, moins de {{noticeDays}} jours après aujourd’hui alors que vous promettez ce préavis : vos clients doivent être informés de tout nouveau sous-traitant ultérieur à temps pour pouvoir s’y opposer (art. 28, paragraphe 2, du RGPD). Envoyez l’information dès maintenant et faites-le commencer le {{earliest}} ou après, ou confirmez que l’information a déjà été envoyée.',
  },
  'placeholder-value': {
    placeholder: '`{{field}}` contient encore la valeur à compléter {{placeholder}} : remplacez-la par la vraie valeur.',
    placeholderChoices:
      '`{{field}}` contient encore la valeur à compléter {{placeholder}} : remplacez-la par la vraie valeur, parmi {{choices}}.',
  },
  'unstated-fact': {
    unknown: '`{{field}}` de {{label}} n’est pas encore connu : renseignez-vous (contrat, trust center ou prestataire) et indiquez-le ici.',
    fixPlaceholder: 'Remplacer `unknown` par une valeur à compléter ({{field}})',
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
export const FR_DESCRIPTIONS: Readonly<Record<string, string>> = {
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
    'Une certification dont la date `validUntil` est passée ou dont la version n’est plus valable (ISO 27001:2013 après le 2025-10-31) ; un avertissement quand elle expire dans le délai d’alerte de la politique (60 jours par défaut).',
  'certification-stale':
    'Un rapport d’attestation (comme SOC 2 Type II) couvre une période close il y a plus de 12 mois (`periodEnd`) : il renseigne peu sur les contrôles en place aujourd’hui.',
  'special-category-data':
    'Un sous-traitant ultérieur d’un organisme établi en France (`inventory.establishment: FR`) traite des données de santé (`personalData.categories: [health]`) sans certification HDS, que le droit français exige des hébergeurs de données de santé à caractère personnel (article L.1111-8 du code de la santé publique).',
  'selection-tier':
    'Un sous-traitant ultérieur dans le champ n’entre dans aucun des niveaux admis par la politique (certification et localisation des données).',
  'transfer-safeguard':
    'Un sous-traitant ultérieur dans le champ stocke des données hors de l’UE sans outil de transfert valable (`dpf` seulement pour les États-Unis, `adequacy` seulement pour les pays qui bénéficient d’une décision d’adéquation).',
  'third-country-access':
    'Les données sont accessibles depuis un pays tiers qu’aucun transfert ne couvre : accès à distance (`access`), ou entité (ou société mère) établie dans ce pays, dont le personnel et les autorités peuvent atteindre les données où qu’elles soient stockées.',
  'scc-outdated':
    'Un transfert repose sur des clauses contractuelles types d’un jeu abrogé (2010/87/UE, 2004/915/CE, 2001/497/CE), sans effet depuis le 27 décembre 2022.',
  'tia-missing':
    'Des CCT ou des BCR couvrent une destination sans décision d’adéquation, et aucune analyse d’impact des transferts n’est consignée (`tia`) : l’exportateur doit évaluer le droit du pays de destination (Schrems II ; recommandations 01/2020 du CEPD).',
  'dpf-unverified':
    'Un transfert repose sur le Data Privacy Framework UE-États-Unis sans vérification consignée de l’inscription active de l’entité (`verified`), ou avec une vérification de plus de 12 mois : seules les organisations actives sur la liste DPF sont couvertes.',
  'derogation-systematic':
    'Les transferts d’un sous-traitant ultérieur reposent sur une dérogation de l’article 49 : les dérogations visent des transferts occasionnels et non répétitifs, pas les flux réguliers d’un prestataire (lignes directrices 2/2018 du CEPD).',
  'bcr-outside-group':
    'Un transfert vers un sous-traitant ultérieur qui n’est pas une société du groupe (`relationship: affiliate`) repose sur des règles d’entreprise contraignantes, qui ne couvrent que les transferts au sein d’un groupe (article 47 du RGPD).',
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
    'Un prestataire qui applique des modèles d’IA aux données (`ai`) ne dit pas s’il entraîne ses modèles sur celles-ci, ou dit qu’il le fait : un sous-traitant ne traite les données que sur instruction documentée (article 28, paragraphe 3, point a), du RGPD), et l’entraînement pour ses propres fins va au-delà.',
  'critical-uncertified':
    'Un sous-traitant ultérieur critique ne détient aucune certification en cours qui compte selon la politique (par défaut SOC 2 Type II ou ISO 27001).',
  'stale-inventory': '`inventory.lastUpdated` est plus ancien que l’intervalle de revue de la politique (12 mois par défaut).',
  'notice-period':
    'Un sous-traitant ultérieur commence (`since`) moins de `inventory.noticeDays` jours après aujourd’hui : les clients doivent être informés de tout nouveau sous-traitant ultérieur à temps pour s’y opposer (article 28, paragraphe 2, du RGPD), et le préavis promis ne peut pas courir avant qu’il commence.',
  'placeholder-value': 'Une valeur contient encore la valeur à compléter insérée par une correction rapide.',
  'unstated-fact': 'Un champ vaut `unknown` : le fait n’est pas encore connu (un constat par champ).',
  'risk-acceptance-expired': 'Un risque accepté (`acceptedRisks`) a dépassé sa date `until` : son constat réapparaît.',
  'unused-risk-acceptance': 'Un risque accepté (`acceptedRisks`) ne correspond à aucun constat de son entrée, ou ne désigne aucune règle.',
  'invalid-risk-acceptance':
    'Un risque accepté (`acceptedRisks`) est incomplet, dépasse la durée maximale fixée par la politique ou vise une règle qui ne peut pas être acceptée : il ne neutralise aucun constat.',
};
