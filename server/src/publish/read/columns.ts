/**
 * A table's column headers to the fields they fill, by meaning, in English and French: pages name their
 * columns their own way ("Sub-processor", "Vendor", "Third Party Entity", "Sous-traitant"; "Geographic
 * Location", "Localisation"; "Corporate location", "Siège"). The most specific meaning is tested first:
 * "Entity location" is where the entity is established (`entityCountry`), never where data is stored; a
 * column no meaning fits is kept in each entry's note under its own header.
 */
import { cleanText } from './blocks';

export type ColumnKey =
  | 'name'
  | 'entity'
  | 'id'
  | 'group'
  | 'category'
  | 'purpose'
  | 'dataLocation'
  | 'entityCountry'
  | 'transfer'
  | 'certifications'
  | 'criticality'
  | 'website'
  | 'personalData'
  | 'dpa'
  | 'access'
  | 'trainsOnCustomerData'
  | 'serviceAuthentication'
  | 'administrationAuthentication'
  | 'serviceAccessControl'
  | 'administrationAccessControl'
  | 'dataFlow'
  | 'claims'
  | 'note';

/** Lower case, no accents, words only: "Localisation des données" -> "localisation des donnees". */
export function headerWords(header: string): string {
  return cleanText(header)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** In order: the first meaning whose words the header holds decides. Whole words only. */
const MEANINGS: [ColumnKey, string[]][] = [
  ['id', ['id']],
  [
    // Whether the vendor trains its models on the customer's data: before "donnees", "data" take the column.
    'trainsOnCustomerData',
    [
      'trains on customer data',
      'trains on your data',
      'training on customer data',
      'used for training',
      'used for model training',
      'model training',
      'ai training',
      'entrainement',
      'entrainement ia',
      'entrainement sur les donnees',
      'entrainement sur les donnees du client',
      'entrainement sur les donnees des clients',
      'entrainement des modeles',
      'training use',
      'use for training',
    ],
  ],
  [
    // Countries the data is reached from, apart from where it is stored: before "pays", "country" take the column.
    'access',
    [
      'access from',
      'accessed from',
      'remote access',
      'access countries',
      'access from third countries',
      'access from a third country',
      'acces distant',
      'acces a distance',
      'acces depuis',
      'acces depuis un pays tiers',
      'pays d acces',
    ],
  ],
  [
    'entityCountry',
    [
      'corporate location',
      'entity location',
      'entity country',
      'headquarters',
      'headquarter',
      'hq',
      // "Corporate HQ": "hq" is too short to be found inside longer words, so its phrases are written whole.
      'corporate hq',
      'company hq',
      'hq country',
      'registered office',
      'address',
      'adresse',
      'siege',
      'siege social',
      'country of incorporation',
      'pays du siege',
      'pays d etablissement',
      'establishment',
      'domicile',
      'domicile de l entite',
      'entity domicile',
      'pays de l entite',
      // Where the company is registered or has its head office: not where data is ("country" alone is).
      'head office',
      'principal place of business',
      'country of registration',
      'registration country',
      'place of incorporation',
      'pays d immatriculation',
      'lieu d immatriculation',
      // "Seat": the company's seat, a postal address.
      'seat',
      'registered seat',
      'company seat',
      // "Registered Location" beside "Processing Location": where the company is registered.
      'registered location',
      'lieu du siege',
      // The location of the sub-processor itself ("Location of Subprocessors"): where the vendor is, not the data.
      'location of subprocessors',
      'location of subprocessor',
      'location of sub processors',
      'location of sub processor',
      'subprocessor location',
      'sub processor location',
      'vendor location',
      'vendor country',
      'supplier location',
      'supplier country',
      'provider location',
      'localisation du sous traitant',
      'pays du sous traitant',
      'pays du prestataire',
    ],
  ],
  [
    'transfer',
    [
      'transfer mechanism',
      'transfer safeguard',
      'safeguard',
      'safeguards',
      'mechanism',
      'legal basis for transfer',
      'transfer basis',
      'legal basis',
      'base legale',
      'transfer',
      'transfers',
      // "Guarantees": the safeguards a transfer rests on, as "Garanties".
      'guarantees',
      'guarantee',
      'garantie de transfert',
      'garanties',
      'garantie',
      'base legale transfert',
      'mecanisme transfert',
      'mecanisme de transfert',
      // "Sous-traitant | Pays | Mécanisme | Risque résiduel": a transfer summary's mechanism, as "Mechanism".
      'mecanisme',
      'mecanismes',
      'transfert',
      'transferts',
      // "Framework: EU-US Data Privacy Framework", « Cadre de transfert : CCT »: the framework a transfer rests on (not
      // « Cadre légal : RGPD », the law the whole processing falls under).
      'framework',
      'transfer framework',
      'cadre de transfert',
    ],
  ],
  [
    'dataLocation',
    [
      'data location',
      'location of processing',
      'processing location',
      'place of processing',
      'places of processing',
      'place of storage',
      'lieu de stockage',
      'geographic location',
      'geographical location',
      'location',
      'locations',
      'data center',
      'data centre',
      'hosting location',
      'hosting region',
      'region',
      'regions',
      'country',
      'countries',
      'where',
      'localisation',
      'localisation des donnees',
      'lieu',
      'lieu de traitement',
      'lieu d hebergement',
      'pays',
      'emplacement',
      'hebergement des donnees',
      'territories',
      'territory',
      'ou',
      'server location',
      'data residency',
      'residency',
      'localisation des serveurs',
      'pays de traitement',
      'pays d hebergement',
      // "Jurisdiction: United States (us-west-1)": the country whose law the processing falls under, where it is done.
      'jurisdiction',
    ],
  ],
  ['certifications', ['certifications', 'certification', 'certificates', 'attestations', 'compliance']],
  ['criticality', ['criticality', 'criticite', 'critical', 'risk level']],
  // "Adresse web : https://…", "Site internet", "Web address": the vendor's site.
  ['website', ['website', 'url', 'site', 'site web', 'link', 'lien', 'site internet', 'adresse web', 'web address']],
  // "DPA/Privacy Documentation": the links to the vendor's agreement and privacy terms.
  [
    'dpa',
    [
      'dpa',
      'privacy documentation',
      'dpa signed',
      'dpa signe',
      'contract dpa',
      'data processing agreement',
      'contrat dpa',
      'dpa contrat',
      'dpa contract',
      // "DPA / Terms of Processing", "Data Protection Terms": the vendor's terms of processing are its agreement.
      'terms of processing',
      'processing terms',
      'data processing terms',
      'data protection terms',
      'conditions de traitement',
      // "Contract type: DPA + SCCs", « Type de contrat : DPA et CCT »: the agreement signed, and the clauses it holds.
      'contract type',
      'type of contract',
      'type de contrat',
      'contract',
      'contrat',
      'agreement type',
    ],
  ],
  [
    'personalData',
    [
      'personal data',
      'categories of personal data',
      'type of personal data',
      'types of personal data',
      'data categories',
      'data types',
      'type of data',
      'data processed',
      'donnees personnelles',
      'categories de donnees',
      'categories de donnees personnelles',
      'donnees traitees',
      'donnees concernees',
      'donnees',
      'ce qu il traite',
      'shared data',
      'donnees partagees',
      'data transferred',
      'donnees transferees',
    ],
  ],
  [
    'entity',
    [
      'entity',
      'legal entity',
      'entity name',
      'legal name',
      'company name',
      'third party entity',
      'entite',
      'entite juridique',
      'raison sociale',
      'denomination',
      'denomination sociale',
      'societe',
    ],
  ],
  [
    'name',
    [
      'name',
      'sub processor',
      'subprocessor',
      'sub processors',
      'subprocessors',
      'name of subprocessor',
      'name of sub processor',
      'vendor',
      'supplier',
      'provider',
      'service provider',
      'processor',
      'third party',
      'company',
      'partner',
      'partners',
      'partenaire',
      'partenaires',
      'tool',
      'nom',
      'sous traitant',
      'sous traitants',
      'sous traitant ulterieur',
      'prestataire',
      'fournisseur',
      'outil',
      // "Platform | Purpose | Data shared": the platforms a customer connects, named as vendors are.
      'platform',
      'platforms',
      'plateforme',
      'plateformes',
      'subcontractor',
      'subcontractors',
      'sub contractor',
      'sub contractors',
    ],
  ],
  [
    'purpose',
    [
      'purpose',
      'purposes',
      'processing purpose',
      'purpose of processing',
      'nature and purpose of the processing',
      'description of processing',
      'description',
      'service',
      'services',
      'service provided',
      'function',
      'fonction',
      'activity',
      'processing type',
      'processing',
      'role',
      'usage',
      'use',
      'finalite',
      'finalites',
      'objet',
      'role',
      'service fourni',
      'traitement',
      'usage',
      'activite',
      'pourquoi',
      'nature of processing',
      'but',
    ],
  ],
  ['group', ['group', 'groupe', 'section']],
  ['category', ['category', 'categorie', 'type']],
  [
    'note',
    [
      ...['note', 'notes', 'remarks', 'comments', 'observations', 'remarques', 'commentaire', 'commentaires'],
      // A company's register number and its parent: about the company, never its name (kept in the note).
      ...['company number', 'registration number', 'company registration number', 'numero d immatriculation'],
      ...['numero siren', 'siren', 'parent company', 'societe mere', 'maison mere'],
      // Whom the data is about ("Types of Data Subjects", "Personnes concernées"): the processing's, not the vendor's.
      ...['data subjects', 'types of data subjects', 'categories of data subjects', 'personnes concernees'],
      ...['categories de personnes concernees'],
    ],
  ],
  ['serviceAuthentication', ['service authentication']],
  ['administrationAuthentication', ['administration authentication', 'admin authentication']],
  ['serviceAccessControl', ['service access control']],
  ['administrationAccessControl', ['administration access control', 'admin access control']],
  ['dataFlow', ['data flow', 'data flows', 'dataflows', 'flux de donnees']],
  ['claims', ['claims']],
];

const EXACT = new Map<string, ColumnKey>();
for (const [key, phrases] of MEANINGS)
  for (const p of phrases) {
    if (!EXACT.has(p)) EXACT.set(p, key);
    // "serviceAuthentication", "service_authentication": a field name written as one word.
    const squashed = p.replace(/\s/g, '');
    if (!EXACT.has(squashed)) EXACT.set(squashed, key);
  }

/** The field a column header names, or undefined (the column is then kept in the note). */
export function columnKey(header: string): ColumnKey | undefined {
  return columnMatch(header)?.key;
}

/** The field a header names, and whether it names it exactly ("Purpose") or as part of longer words. */
export function columnMatch(header: string): { key: ColumnKey; exact: boolean } | undefined {
  // The same labels come back on every row of a long page ("Location: …" in each card, each cell tried as a label):
  // each is read once. The cache holds short labels only, and is emptied when it grows (a page of distinct labels).
  if (header.length > 200) return matchColumn(header);
  let found = MATCHED.get(header);
  if (found === undefined) {
    if (MATCHED.size >= 4096) MATCHED.clear();
    found = matchColumn(header) ?? null;
    MATCHED.set(header, found);
  }
  return found ? { ...found } : undefined;
}

const MATCHED = new Map<string, { key: ColumnKey; exact: boolean } | null>();

function matchColumn(header: string): { key: ColumnKey; exact: boolean } | undefined {
  const words = headerWords(header);
  if (!words) return undefined;
  const exact = EXACT.get(words) ?? EXACT.get(words.replace(/\s/g, ''));
  if (exact) return { key: exact, exact: true };
  // "The identity of the Sub-Processor (including full legal name, company registration number and address)": an
  // aside that lists what the cells give says nothing of what the column is.
  const bare = headerWords(header.replace(DETAILS_ASIDE, ' '));
  const key = (bare && bare !== words ? partialKey(bare) : undefined) ?? partialKey(words);
  return key ? { key, exact: false } : undefined;
}

/** A bracket that lists the details a column gives: "(including …)", "(e.g. …)", "(y compris …)", "(notamment …)". */
const DETAILS_ASIDE = /\(\s*(?:including|incl\.|e\.g\.|such as|for example|y compris|notamment|par exemple|ex\.)[^()]*\)/giu;

/** "The type of service provided by the Sub-Processor": what the column holds, before the party that provides it. */
const PROVIDED_BY =
  / (?:provided|performed|rendered|supplied|delivered|offered) by | (?:fourni|fournie|fournis|fournies|assure|assuree|rendu|rendus) par /;

const LOCATION_WORD = / (?:location|locations|country|countries|localisation|pays|lieu) /;
const PARTY_WORD =
  / (?:sub processors?|subprocessors?|vendors?|providers?|suppliers?|company|companies|hq|entity|sous traitants?|prestataires?|fournisseurs?|societe) /;
/** The vendor's group in a header: "parent", "parent company", « société mère », « maison mère ». */
const PARENT_WORD = / (?:parents?|holding company|societe mere|maison mere) /;
const DATA_WORD = / (?:data|processing|hosting|hosted|storage|server|servers|donnees|traitement|hebergement|stockage|serveurs?) /;

/** Acronyms that name a column's meaning as whole words of a longer header ("Vendor DPA", "HQ of vendor", "SCCs signed"). */
const SHORT_MEANINGS: [ColumnKey, RegExp][] = [
  ['dpa', / dpas? /],
  ['entityCountry', / hq /],
  ['transfer', / (?:sccs?|cct|bcrs?|dpf) /],
];

/** A contact's words in a header: "DPA contact", "e-mail", « courriel », "address". */
const CONTACT_WORD = / (?:contacts?|e ?mails?|courriels?|address|adresse|officer|délégué|delegue) /;

function partialKey(words: string): ColumnKey | undefined {
  // A longer header: the first meaning one of whose phrases it holds as whole words ("Geographic Location of processing").
  const padded = ` ${words} `;
  // "The type of service provided by the Sub-Processor", "Prestation assurée par le sous-traitant": the words before
  // the party that provides it say what the column holds.
  const provided = PROVIDED_BY.exec(padded);
  const provider = provided ? partialKey(padded.slice(provided.index + provided[0].length).trim()) : undefined;
  if (provided && (provider === 'name' || provider === 'entity')) {
    const held = partialKey(padded.slice(0, provided.index).trim());
    if (held) return held;
  }
  // "Sub-Processor activity", "Vendor purpose": the last words say what the column holds, the first whose.
  if (/ (?:activity|activities|purpose|purposes|services?|function|role|finalite|finalites|activite)$/.test(words) && words.includes(' '))
    return 'purpose';
  // "Vendor parent HQ", "Country of the parent company", « Pays de la maison mère »: where the vendor's group is, not
  // the vendor; no field of the entry (the column is kept in the note, under its header).
  // A header that names the entity beside its parent ("Entity / Parent") gives the entity.
  if (PARENT_WORD.test(padded) && !/ (?:entity|entities|entite|entites|legal name) /.test(padded)) return undefined;
  // "Provider location", "Location of Subprocessors", "HQ Location": where the party named is, i.e. where the
  // entity is established; never where data is stored, unless the header also speaks of data or processing.
  if (LOCATION_WORD.test(padded) && PARTY_WORD.test(padded) && !DATA_WORD.test(padded)) return 'entityCountry';
  const found = MEANINGS.find(([key, phrases]) => key !== 'id' && phrases.some((p) => p.length > 3 && padded.includes(` ${p} `)))?.[0];
  // "Vendor DPA", "DPA link", "Vendor HQ": the phrases above are longer than three letters (shorter ones would match
  // inside other words by chance), so a party's or a link's word beside the acronym took the column; the acronym, a
  // whole word, says what the column holds. A header the phrases do not place ("DPA disponible") stays unplaced, and one
  // of a contact ("Processor's DPA contact") is about whom to write to, not the agreement.
  if ((found === 'name' || found === 'entity' || found === 'website') && !CONTACT_WORD.test(padded))
    return SHORT_MEANINGS.find(([, re]) => re.test(padded))?.[0] ?? found;
  return found;
}

/**
 * A table with no column that names its parties, whose first column shares its meaning with a later one
 * ("Service | Purpose | Location"): the first column names the entries, the later one holds the meaning.
 * `keys` is changed in place and returned.
 */
export function nameFirstColumn<K extends ColumnKey | undefined>(keys: K[]): K[] {
  const first = keys[0];
  if (first !== undefined && !keys.includes('name' as K) && !keys.includes('entity' as K) && keys.indexOf(first, 1) > 0)
    keys[0] = 'name' as K;
  return keys;
}

/** Header words that name the party a row is about (the vendor), not any company: "Sub-processor", "Vendor", "Prestataire". */
const VENDOR_HEADER =
  / (?:sub processors?|subprocessors?|vendors?|suppliers?|providers?|third party|sous traitants?|prestataires?|fournisseurs?) /;

/** Whether a header or label names the vendor itself ("Sub-processor", "Fournisseur"), not any company or name. */
export const namesVendor = (header: string): boolean => VENDOR_HEADER.test(` ${headerWords(header)} `);

/**
 * A table with two columns that both name a party ("Company | Sub-processor | …"): one is the vendor, the other the
 * company publishing the list (a collection of several companies' lists, one row per vendor and company). The
 * publisher's column holds the same value on every row while the other's values differ: it is no column of the
 * entries and is returned to be skipped. Decided by the values' repetition, never by a company's name. (A header's
 * vendor word does not decide between two varying name columns: "Data Shared with Subprocessor" names the data.) `keys` is changed in place.
 */
export function partyColumns(keys: (ColumnKey | undefined)[], rows: string[][]): Set<number> {
  const publisher = new Set<number>();
  const named = keys.flatMap((k, i) => (k === 'name' ? [i] : []));
  if (named.length < 2) return publisher;
  const values = (i: number) => rows.map((r) => cleanText(r[i] ?? '')).filter(Boolean);
  const same = (i: number) => {
    const v = values(i);
    return v.length >= 2 && v.length === rows.length && v.every((x) => x === v[0]);
  };
  const varying = named.filter((i) => !same(i));
  if (varying.length >= 1 && varying.length < named.length)
    for (const i of named)
      if (!varying.includes(i)) {
        publisher.add(i);
        keys[i] = undefined;
      }
  return publisher;
}

/** The meaning of each of a table's columns, the first naming the entries when no other does (`nameFirstColumn`). */
export const tableColumnKeys = (header: string[]): (ColumnKey | undefined)[] =>
  recipientsColumn(header, nameFirstColumn(header.map((h) => columnKey(h))));

/** A first column of the parties data goes to: "Tiers", "Tiers destinataire", "Destinataires", "Recipient(s)". */
const RECIPIENTS_FIRST = /^(?:tiers(?: destinataires?)?|destinataires?(?: tiers)?|(?:third party )?recipients?)$/;

/**
 * "Tiers | Rôle | Pays | Garanties", "Destinataire | Finalité | Localisation", "Recipient | Purpose | Country": a table
 * whose first column, of no other meaning, names the parties the data goes to, beside where it goes or its safeguards.
 * Not a record of processing (its recipients are each processing's).
 */
export function recipientsFirst(header: string[], keys: (ColumnKey | undefined)[]): boolean {
  return (
    keys[0] === undefined &&
    RECIPIENTS_FIRST.test(headerWords(header[0] ?? '')) &&
    (keys.includes('dataLocation') || keys.includes('transfer')) &&
    !processingRegister(header)
  );
}

/** A column naming each row's processing: "Traitement", "Activité de traitement", "Processing activity". */
const PROCESSING_HEADER =
  /^(?:traitements?|(?:nom|intitule) du traitement|activites? de traitement|processing(?: activit(?:y|ies)| operations?)?|processing name)$/;

/**
 * A record of processing set as one table, one processing a row ("# | Traitement | Finalité | … | Destinataires /
 * Sous-traitants"): a column names each row's processing. Its recipients' cells are each processing's (services run
 * locally, "Aucun", "Idem traitement n°4"), not a list of vendors one a row.
 */
export const processingRegister = (header: string[]): boolean => header.some((h) => PROCESSING_HEADER.test(headerWords(h)));

/**
 * "# | Destinataire | Données transmises | Garanties": a column of recipients beside the data each receives and the
 * safeguards of its transfer names the parties the data goes to, one a row; without both, recipients may be the
 * company's own services or categories, or a transfer table about vendors listed above ("Destinataire | Pays |
 * Mécanisme de transfert"), no name column. `keys` is changed in place.
 */
export function recipientsColumn(header: string[], keys: (ColumnKey | undefined)[]): (ColumnKey | undefined)[] {
  // The transfer is said by its safeguards, or by the country the data goes to ("Recipient | Country | Data transferred").
  const transfer = keys.includes('transfer') || keys.includes('dataLocation');
  if (keys.includes('name') || keys.includes('entity') || !transfer || !keys.includes('personalData')) return keys;
  // "# | Traitement | Finalité | … | Destinataires": a record of processing, one processing a row; its recipients are
  // each processing's ("Hébergeurs (Render, MongoDB Atlas)"), no row of its a vendor.
  if (processingRegister(header)) return keys;
  const at = header.findIndex((h) => /^(?:destinataires?|recipients?)$/.test(headerWords(h)));
  if (at >= 0 && keys[at] === undefined) keys[at] = 'name';
  return keys;
}
