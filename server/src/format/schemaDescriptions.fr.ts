/**
 * The schemas' descriptions in French, by location (the keys of the English catalogue, `schemaDescriptions.ts`,
 * generated from the schemas). Authored in French legal usage, not word for word; the `backticked` code and the
 * dates stay those of the English (`schemaText.test.ts`). Typed from the English keys: a description without its
 * French here, or a French text for a location that no longer exists, fails `tsc`.
 */
import type { SchemaCatalog } from './schemaDescriptions';

export const SCHEMA_DESCRIPTIONS_FR = {
  'inventory#':
    'La liste des sous-traitants ultérieurs d’une entreprise : les tiers qui traitent des données personnelles pour son compte (article 28 du RGPD), tenue en YAML et publiée sous forme de page « Nos sous-traitants ».',
  'inventory#/properties/inventory': 'Qui publie cette liste et quand elle a été revue pour la dernière fois.',
  'inventory#/properties/inventory/properties/organization':
    'Dénomination sociale de l’organisation qui recourt à ces sous-traitants ultérieurs (le sous-traitant ou le responsable du traitement qui publie la liste).',
  'inventory#/properties/inventory/properties/contact':
    'Adresse e-mail pour les questions sur les sous-traitants ultérieurs et le traitement des données, affichée sur la page publiée ; `unknown` tant qu’elle n’est pas connue.',
  'inventory#/properties/inventory/properties/lastUpdated':
    'Date de la dernière revue de cette liste (AAAA-MM-JJ) ; `unknown` quand la source ne la donne pas. La règle `stale-inventory` avertit quand elle est plus ancienne que l’intervalle de revue de la politique.',
  'inventory#/properties/inventory/properties/languages': 'Langues de la page publiée, en codes ISO 639-1 (par exemple `en`, `fr`).',
  'inventory#/properties/inventory/properties/languages/items': 'Un code de langue ISO 639-1.',
  'inventory#/properties/inventory/properties/title':
    'Titre de la page publiée. Par défaut « Who we work with » (« Nos sous-traitants » en français).',
  'inventory#/properties/inventory/properties/establishment':
    'Où l’organisation elle-même est établie, en code ISO 3166-1 alpha-2 (par exemple `FR`). Le droit de ce pays s’applique à elle ; des règles nationales (comme l’hébergement des données de santé en France) en découlent.',
  'inventory#/properties/inventory/properties/noticeDays':
    'Combien de jours de préavis l’organisation donne à ses clients avant de recourir à un nouveau sous-traitant ultérieur (article 28, paragraphe 2, du RGPD : le client doit pouvoir s’y opposer). Les termes d’une page importée le fixent (« au moins 30 jours »).',
  'inventory#/properties/inventory/properties/introduction': 'Texte libre affiché en tête de la page publiée.',
  'inventory#/properties/policy':
    'Chemin, relatif à ce fichier, du `subprocessor-policy.yaml` qui définit les critères de sélection, ou `builtin` pour la politique par défaut (les trois niveaux de la page publiée). La page publiée n’énonce des critères de sélection que si le registre adopte ainsi une politique (ou qu’un fichier de politique se trouve à côté). Absent : le registre est vérifié avec la politique par défaut, et sa page n’énonce aucun critère.',
  'inventory#/properties/safeguards':
    'Déclarations générales sur la protection des données, affichées sur la page publiée sous « Garanties de traitement des données ».',
  'inventory#/properties/safeguards/properties/legalFramework':
    'Les contrats qui lient les sous-traitants ultérieurs (accords de traitement des données, avenants, conditions générales).',
  'inventory#/properties/safeguards/properties/internationalTransfers':
    'Comment les transferts hors de l’EEE sont encadrés (par exemple par des clauses contractuelles types).',
  'inventory#/properties/safeguards/properties/accessControls': 'Comment l’accès aux services des sous-traitants ultérieurs est contrôlé.',
  'inventory#/properties/safeguards/properties/dataMinimization':
    'Comment les données communiquées aux sous-traitants ultérieurs sont limitées au nécessaire.',
  'inventory#/properties/defaults':
    'Champs dont hérite chaque sous-traitant ultérieur, sauf s’il les fixe lui-même (par exemple un `dpa` commun à toutes les entrées).',
  'inventory#/properties/subprocessors': 'Les sous-traitants ultérieurs, une entrée par sous-traitant.',
  'inventory#/definitions/transfer': 'Un outil de transfert, pour toutes les destinations ou pour les pays de `to`.',
  'inventory#/definitions/transfer/properties/to':
    'Les destinations que couvre cet outil, en codes ISO 3166-1 alpha-2 ; absent, il couvre toutes les destinations de l’entrée.',
  'inventory#/definitions/transfer/properties/to/items': 'Un code ISO 3166-1 alpha-2.',
  'inventory#/definitions/transfer/properties/mechanism':
    '`scc` (clauses contractuelles types), `dpf` (Data Privacy Framework UE-États-Unis), `bcr` (règles d’entreprise contraignantes), `adequacy` (décision d’adéquation), `derogation` (article 49), `idta` ou `uk-addendum` (exportations depuis le Royaume-Uni seulement), `none` (il n’y en a aucun) ou `unknown` (pas encore indiqué).',
  'inventory#/definitions/transfer/properties/scc':
    'Quelles clauses contractuelles types : la décision qui les a adoptées et, pour les clauses de 2021, le module.',
  'inventory#/definitions/transfer/properties/scc/properties/version':
    '`2021/914` (les clauses en vigueur), ou un jeu abrogé : `2010/87/EU`, `2004/915/EC`, `2001/497/EC` (sans effet depuis le 27 décembre 2022).',
  'inventory#/definitions/transfer/properties/scc/properties/module':
    'Le module des clauses 2021/914 : 1 de responsable à responsable, 2 de responsable à sous-traitant, 3 de sous-traitant à sous-traitant (le sous-traitant ultérieur d’un sous-traitant), 4 de sous-traitant à responsable.',
  'inventory#/definitions/transfer/properties/bcr':
    'Pour `bcr` : de qui sont les règles d’entreprise contraignantes. Elles couvrent les transferts entre membres du groupe qui les a adoptées, jamais vers une société extérieure à ce groupe.',
  'inventory#/definitions/transfer/properties/bcr/properties/group':
    '`vendor` : les BCR de sous-traitant (BCR-P) approuvées pour le groupe du sous-traitant ultérieur, qui couvrent ses transferts vers les membres de ce groupe ; `organisation` : les BCR de votre propre groupe.',
  'inventory#/definitions/transfer/properties/tia':
    'L’analyse d’impact des transferts (Schrems II, recommandations 01/2020 du CEPD) : la date à laquelle elle a été menée (AAAA-MM-JJ), ou `true`.',
  'inventory#/definitions/transfer/properties/verified':
    'Pour `dpf` : le jour où l’inscription active de l’entité sur la liste du Data Privacy Framework a été vérifiée (AAAA-MM-JJ). Une inscription non renouvelée chaque année devient caduque.',
  'inventory#/definitions/transfer/properties/note': 'Texte libre sur le transfert, affiché sur la page.',
  'inventory#/definitions/subprocessor':
    'Un tiers qui traite des données personnelles pour le compte de l’organisation, ou qui est critique pour son infrastructure.',
  'inventory#/definitions/subprocessorFields/properties/id':
    'Identifiant unique de l’entrée, en kebab-case (par exemple `mongodb-atlas`). Les autres entrées y renvoient dans `dataFlows`.',
  'inventory#/definitions/subprocessorFields/properties/name': 'Nom du service tel qu’affiché sur la page (par exemple `MongoDB Atlas`).',
  'inventory#/definitions/subprocessorFields/properties/entity':
    'L’entité juridique qui contracte avec vous (par exemple `MongoDB, Inc.`).',
  'inventory#/definitions/subprocessorFields/properties/entityCountry':
    'Où l’entité juridique contractante est établie, en code ISO 3166-1 alpha-2 (par exemple `US` pour `MongoDB, Inc.`). Ce n’est pas le lieu de stockage des données : une société établie aux États-Unis peut être atteinte par le droit américain où qu’elle stocke les données. La colonne « Corporate location », « Headquarters » ou « Siège » d’une page l’indique.',
  'inventory#/definitions/subprocessorFields/properties/parentCountry':
    'Où la société mère ultime de l’entité est établie, quand elle diffère de `entityCountry` (par exemple `US` pour la filiale irlandaise d’un groupe américain).',
  'inventory#/definitions/subprocessorFields/properties/ai':
    'Pour un prestataire qui applique des modèles d’IA aux données : s’il entraîne ses modèles sur vos données (celles de vos clients), et combien de temps il conserve les requêtes et les réponses.',
  'inventory#/definitions/subprocessorFields/properties/ai/properties/trainsOnCustomerData':
    'Si le prestataire peut utiliser les données pour entraîner ou améliorer ses modèles : `false`, `true`, ou `unknown` (ses conditions ne le disent pas, ou vous n’avez pas vérifié).',
  'inventory#/definitions/subprocessorFields/properties/ai/properties/retentionDays':
    'Combien de jours le prestataire conserve les requêtes et les réponses (0 pour aucune conservation).',
  'inventory#/definitions/subprocessorFields/properties/ai/properties/note':
    'Texte libre sur l’usage des données par le prestataire (par exemple `zero data retention on the API`).',
  'inventory#/definitions/subprocessorFields/properties/relationship':
    '`vendor` (un tiers ; par défaut) ou `affiliate` (une société du groupe de l’organisation, liée par un accord intragroupe).',
  'inventory#/definitions/subprocessorFields/properties/access':
    'D’où le personnel ou les systèmes du sous-traitant ultérieur peuvent atteindre les données (support, exploitation, relais entre fuseaux horaires), au-delà du lieu de stockage. Un accès à distance depuis un pays tiers est un transfert (lignes directrices 05/2021 du CEPD).',
  'inventory#/definitions/subprocessorFields/properties/access/properties/countries':
    'Codes ISO 3166-1 alpha-2 des pays depuis lesquels les données sont accessibles.',
  'inventory#/definitions/subprocessorFields/properties/access/properties/countries/items': 'Un code ISO 3166-1 alpha-2.',
  'inventory#/definitions/subprocessorFields/properties/access/properties/note':
    'Texte libre sur l’accès (par exemple `24/7 support from the US and India`).',
  'inventory#/definitions/subprocessorFields/properties/group':
    'Section de la page publiée à laquelle appartient cette entrée (par exemple `Core Infrastructure`).',
  'inventory#/definitions/subprocessorFields/properties/category':
    'Sous-section de la page publiée (par exemple `Database & Cloud Infrastructure`).',
  'inventory#/definitions/subprocessorFields/properties/purpose': 'Ce que le sous-traitant ultérieur fait pour vous, en une ligne.',
  'inventory#/definitions/subprocessorFields/properties/url': 'Le site web ou le trust center du sous-traitant ultérieur.',
  'inventory#/definitions/subprocessorFields/properties/dataLocation':
    'Où le sous-traitant ultérieur stocke et traite les données ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/dataLocation/properties/countries':
    'Codes pays ISO 3166-1 alpha-2 (par exemple `BE`, `US`), ou `EU` (quelque part dans l’UE) ou `GLOBAL` (n’importe où) ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/dataLocation/properties/countries/items':
    'Un code ISO 3166-1 alpha-2, `EU` ou `GLOBAL`.',
  'inventory#/definitions/subprocessorFields/properties/dataLocation/properties/regions':
    'Régions cloud sous la forme `fournisseur:code` (par exemple `gcp:europe-west1`, `aws:eu-west-3`, `azure:westeurope`).',
  'inventory#/definitions/subprocessorFields/properties/dataLocation/properties/regions/items':
    'Une région cloud sous la forme `fournisseur:code`.',
  'inventory#/definitions/subprocessorFields/properties/dataLocation/properties/note':
    'Texte libre affiché sur la page à côté de la localisation (par exemple `with EU endpoints`).',
  'inventory#/definitions/subprocessorFields/properties/personalData':
    'Si le sous-traitant ultérieur traite des données personnelles, et lesquelles ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/personalData/properties/level':
    '`yes`, `limited` (quelques données personnelles, comme des journaux ou des cookies), `no`, ou `unknown` (pas encore connu).',
  'inventory#/definitions/subprocessorFields/properties/personalData/properties/description':
    'Quelles données personnelles (par exemple `email addresses, delivery metadata`).',
  'inventory#/definitions/subprocessorFields/properties/personalData/properties/categories':
    'Les catégories de données personnelles. Les catégories particulières de l’article 9 du RGPD (`health`, `genetic`, `biometric`, `racial-ethnic`, `political`, `religious`, `trade-union`, `sex-life`) et les données relatives aux infractions (article 10, `criminal`) exigent une condition de l’article 9, paragraphe 2 (ou de l’article 10) et, en général, une analyse d’impact (article 35, paragraphe 3, point b)) ; les données de santé d’un organisme français doivent être hébergées par un hébergeur certifié HDS.',
  'inventory#/definitions/subprocessorFields/properties/personalData/properties/categories/items': 'Une catégorie de données personnelles.',
  'inventory#/definitions/subprocessorFields/properties/certifications':
    'Certifications et attestations indépendantes, en identifiants (par exemple `soc2-type2`, `iso27001`) ou en objets avec leurs détails ; `unknown` tant que ce n’est pas connu. Les simples déclarations du prestataire comme `gdpr-compliant` vont dans `claims`.',
  'inventory#/definitions/subprocessorFields/properties/certifications/items':
    'Un identifiant de certification, ou un objet avec l’identifiant et ses détails.',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/id':
    'L’identifiant de la certification (par exemple `iso27001`).',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/edition':
    'La version de la norme (par exemple `2022` pour ISO/IEC 27001:2022).',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/validUntil':
    'Date d’expiration du certificat, ou fin de validité du rapport (AAAA-MM-JJ).',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/issued':
    'Date du certificat ou du rapport (AAAA-MM-JJ).',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/periodEnd':
    'Dernier jour de la période que couvre un rapport d’attestation (un rapport SOC 2 Type II audite une période passée) : un rapport dont la période s’est close il y a plus de 12 mois renseigne peu sur les contrôles actuels.',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/scope':
    'Ce que couvre le certificat (son périmètre).',
  'inventory#/definitions/subprocessorFields/properties/certifications/items/properties/url': 'Où trouver le certificat ou le rapport.',
  'inventory#/definitions/subprocessorFields/properties/claims':
    'Déclarations du prestataire qui ne sont ni des audits ni des certifications (par exemple `gdpr-compliant`, `hipaa`, `dpf`).',
  'inventory#/definitions/subprocessorFields/properties/claims/items': 'Un identifiant de déclaration.',
  'inventory#/definitions/subprocessorFields/properties/dpa':
    'Le contrat de sous-traitance (article 28, paragraphe 3, du RGPD) qui lie le sous-traitant ultérieur ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/dpa/properties/type':
    '`dpa` (un accord de traitement des données signé), `addendum` (un avenant au contrat relatif au traitement des données) ou `terms-of-service` (des clauses de protection des données dans les conditions générales).',
  'inventory#/definitions/subprocessorFields/properties/dpa/properties/signed':
    'Date de signature ou d’acceptation du contrat (AAAA-MM-JJ).',
  'inventory#/definitions/subprocessorFields/properties/dpa/properties/url': 'Où lire le contrat.',
  'inventory#/definitions/subprocessorFields/properties/transfer':
    'Le fondement juridique des transferts hors de l’EEE (chapitre V du RGPD) : un objet pour toutes les destinations, ou une liste avec un élément par destination (`to`) ; `unknown` quand la source ne l’indique pas.',
  'inventory#/definitions/subprocessorFields/properties/serviceAuthentication':
    'Comment vos systèmes s’authentifient au service (clés d’API, comptes de service, jetons). `-` quand rien ne s’applique.',
  'inventory#/definitions/subprocessorFields/properties/administrationAuthentication':
    'Comment vos administrateurs se connectent à la console du service ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/administrationAuthentication/properties/method':
    'La méthode de connexion (par exemple `Email/password (Keychain-generated)` ou `SSO (SAML)`).',
  'inventory#/definitions/subprocessorFields/properties/administrationAuthentication/properties/mfa':
    'Seconds facteurs utilisés : `sms`, `voice`, `email`, `totp`, `push`, `webauthn`, `unspecified` (authentification multifacteur de méthode non précisée) ou `none` ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/administrationAuthentication/properties/mfa/items':
    'Une méthode d’authentification multifacteur.',
  'inventory#/definitions/subprocessorFields/properties/administrationAuthentication/properties/note':
    'Texte libre sur la connexion, affiché sur la page (par exemple `2FA or OTP`).',
  'inventory#/definitions/subprocessorFields/properties/serviceAccessControl':
    'Comment l’accès au service est restreint (rôles, portées, clés en écriture seule). `-` quand rien ne s’applique.',
  'inventory#/definitions/subprocessorFields/properties/administrationAccessControl':
    'Comment l’accès des administrateurs est restreint (rôles, moindre privilège).',
  'inventory#/definitions/subprocessorFields/properties/criticality':
    'À quel point le service est critique pour votre activité : `critical`, `high`, `medium` ou `low` ; `unknown` tant que ce n’est pas connu.',
  'inventory#/definitions/subprocessorFields/properties/dataFlows':
    'Les autres sous-traitants ultérieurs vers lesquels celui-ci envoie des données, par `id`.',
  'inventory#/definitions/subprocessorFields/properties/dataFlows/items': 'Un flux de données vers une autre entrée.',
  'inventory#/definitions/subprocessorFields/properties/dataFlows/items/properties/to': 'L’`id` du sous-traitant ultérieur qui reçoit.',
  'inventory#/definitions/subprocessorFields/properties/dataFlows/items/properties/description':
    'Ce qui circule et pourquoi (par exemple `Exported for analysis`).',
  'inventory#/definitions/subprocessorFields/properties/selectionRationale':
    'Pourquoi aucun prestataire d’un niveau supérieur n’a été retenu (attendu pour les entrées des niveaux 2 et 3).',
  'inventory#/definitions/subprocessorFields/properties/since':
    'Le jour où le sous-traitant ultérieur commence (ou a commencé) à traiter les données (AAAA-MM-JJ) : l’information de changement l’indique, et `notice-period` vérifie qu’à cette date le délai de préavis (`inventory.noticeDays`) a couru depuis `noticeSent`.',
  'inventory#/definitions/subprocessorFields/properties/noticeSent':
    'Le jour où vos clients ont été informés de ce sous-traitant ultérieur (AAAA-MM-JJ) : l’information prévue à l’article 28, paragraphe 2, du RGPD, qui leur permet de s’y opposer ; elle doit précéder `since` d’au moins `inventory.noticeDays` jours. Absent pour un nouveau sous-traitant ultérieur : aucune information n’est consignée.',
  'inventory#/definitions/subprocessorFields/properties/note': 'Tout autre fait à afficher sur la page qui n’a pas de champ propre.',
  'inventory#/definitions/subprocessorFields/properties/acceptedRisks':
    'Les constats que l’organisation a décidé d’accepter, de façon documentée : chacun nomme une règle, le motif, qui l’a approuvé et jusqu’à quand. Jusqu’à ce jour, le constat de la règle sur cette entrée est retenu (toujours listé comme accepté dans les rapports) ; ensuite, il réapparaît avec `risk-acceptance-expired`. Sous `defaults`, une acceptation vaut pour toute entrée qui n’a pas les siennes.',
  'inventory#/definitions/subprocessorFields/properties/acceptedRisks/items': 'Un risque accepté.',
  'inventory#/definitions/subprocessorFields/properties/acceptedRisks/items/properties/rule':
    'L’identifiant de la règle dont le constat est accepté (par exemple `weak-admin-mfa`).',
  'inventory#/definitions/subprocessorFields/properties/acceptedRisks/items/properties/reason':
    'Pourquoi le risque est accepté : les faits et les mesures compensatoires, tels que la personne qui l’approuve les a lus.',
  'inventory#/definitions/subprocessorFields/properties/acceptedRisks/items/properties/approvedBy':
    'Qui l’a approuvé (une fonction ou un nom : `DPO`, `RSSI`).',
  'inventory#/definitions/subprocessorFields/properties/acceptedRisks/items/properties/until':
    'Le dernier jour où l’acceptation vaut (AAAA-MM-JJ) ; réexaminez-la avant.',
  'policy#':
    'Les critères de sélection des sous-traitants ultérieurs et la gravité de chaque règle. Une politique n’est que des données : rien n’y est exécuté.',
  'policy#/properties/residency':
    'Ce que « données dans l’UE » veut dire : `eu` (chaque pays indiqué est un État membre de l’UE, ou `EU`) ou `eea` (l’UE plus l’Islande, le Liechtenstein et la Norvège). Par défaut : `eea`.',
  'policy#/properties/certified':
    'Identifiants des certifications qui rendent un prestataire « certifié » pour les niveaux. Par défaut : `soc2-type2` et `iso27001`.',
  'policy#/properties/certified/items': 'Un identifiant de certification (par exemple `iso27701`).',
  'policy#/properties/scope':
    'Les entrées auxquelles s’appliquent les critères de sélection. Une entrée est dans le champ quand son niveau de données personnelles ou sa criticité figure dans la liste. Par défaut : données personnelles `yes` ou `limited`, ou criticité `critical`.',
  'policy#/properties/scope/properties/personalData': 'Niveaux de données personnelles qui font entrer une entrée dans le champ.',
  'policy#/properties/scope/properties/personalData/items': 'Un niveau de données personnelles.',
  'policy#/properties/scope/properties/criticality': 'Niveaux de criticité qui font entrer une entrée dans le champ.',
  'policy#/properties/scope/properties/criticality/items': 'Un niveau de criticité.',
  'policy#/properties/tiers':
    'Les niveaux admis, par ordre de préférence. Une entrée dans le champ qui n’entre dans aucun d’eux contrevient à la politique (`selection-tier`).',
  'policy#/properties/tiers/items': 'Un niveau : une combinaison de certification et de localisation des données.',
  'policy#/properties/tiers/items/properties/name': 'Comment le niveau est décrit sur la page publiée.',
  'policy#/properties/tiers/items/properties/certified':
    '`true` : le prestataire détient une certification qui compte ; `false` : ce n’est pas exigé.',
  'policy#/properties/tiers/items/properties/residency':
    '`eu` : les données restent dans l’UE (ou l’EEE, selon `residency`) ; `outside` : les données peuvent en sortir, avec un outil de transfert ; `any` : l’un ou l’autre.',
  'policy#/properties/reviewIntervalMonths':
    'À quelle fréquence le registre doit être revu, en mois. `stale-inventory` se déclenche quand `lastUpdated` est plus ancien. Par défaut : 12.',
  'policy#/properties/expiryWarningDays':
    'Combien de jours avant la date `validUntil` d’une certification la règle `certification-expired` commence à avertir. Par défaut : 60.',
  'policy#/properties/maxAcceptanceMonths':
    'Durée maximale d’un risque accepté (`acceptedRisks`), en mois à compter d’aujourd’hui : un élément dont la date `until` est postérieure ne neutralise aucun constat (`invalid-risk-acceptance`). Par défaut : 12.',
  'policy#/properties/rules': 'Gravité de chaque règle, par identifiant : `error`, `warning`, `info` ou `off`.',
  'policy#/properties/rules/additionalProperties': 'La gravité de la règle.',
} as const satisfies SchemaCatalog;
