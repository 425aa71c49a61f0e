/**
 * The words published pages use, to facts, following the domain facts: country names and adjectives
 * (English and French) to codes, "A or B" keeping both, a parenthesis after a place read for what it is
 * (a transfer mechanism, a cloud region, or a note), legal-form suffixes to entities, transfer mechanisms
 * named in prose, dates as pages write them, and the notice period a page promises. Pure; what a text does
 * not say is left undefined for the import to write as `unknown`.
 */
import { COUNTRIES, COUNTRY_ALIASES, getRegion, isEEA, NATIONALITIES, REGIONS, type Lang } from '../knowledge';
import { cleanText } from './read/blocks';
import { phrases } from '../format';

export const lowerText = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .toLowerCase();

/** Without accents, for matching words a page may write with or without them ("Etats-Unis"). */
const plain = (s: string) =>
  lowerText(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** Data-centre cities, in English and French, by country. */
const CITIES: Record<string, string[]> = {
  DE: [
    'Frankfurt',
    'Francfort',
    'Frankfurt am Main',
    'Berlin',
    'Munich',
    'München',
    'Nuremberg',
    'Nürnberg',
    'Falkenstein',
    'Hamburg',
    'Düsseldorf',
    'Cologne',
    'Köln',
  ],
  FR: ['Paris', 'Gravelines', 'Roubaix', 'Strasbourg', 'Marseille', 'Lyon', 'Lille', 'région parisienne', 'Île-de-France'],
  IE: ['Dublin'],
  GB: ['London', 'Londres', 'Manchester'],
  NL: ['Amsterdam', 'Eemshaven', 'Groningen'],
  BE: ['Brussels', 'Bruxelles', 'St. Ghislain', 'Saint-Ghislain'],
  SE: ['Stockholm'],
  FI: ['Helsinki', 'Hamina'],
  PL: ['Warsaw', 'Varsovie'],
  IT: ['Milan', 'Milano', 'Turin'],
  ES: ['Madrid'],
  AT: ['Vienna', 'Vienne'],
  CH: ['Zurich', 'Zürich', 'Geneva', 'Genève', 'Lausanne'],
  DK: ['Copenhagen', 'Copenhague'],
  CZ: ['Prague', 'Praha'],
  NO: ['Oslo'],
  US: ['Northern Virginia', 'Ashburn', 'Oregon', 'Ohio', 'Iowa', 'N. Virginia', 'San Francisco', 'New York', 'Seattle'],
  CA: ['Montreal', 'Montréal', 'Toronto', 'Beauharnois'],
  AU: ['Sydney', 'Melbourne'],
  SG: ['Singapore', 'Singapour'],
  JP: ['Tokyo', 'Osaka'],
  IN: ['Mumbai', 'Bombay', 'Bengaluru', 'Bangalore', 'Chennai', 'New Delhi', 'Pune'],
  BR: ['São Paulo', 'Sao Paulo'],
  KR: ['Seoul', 'Séoul'],
};

/** Cities pages name for where data sits (a data centre's city), each in one country only. */
const CITY_NAMES: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [code, cities] of Object.entries(CITIES)) for (const city of cities) map.set(plain(city), code);
  return map;
})();

/**
 * The country of a place a text names on its own: a country, or a city ("Frankfurt" -> DE). A city in
 * parentheses after a region ("EU (Frankfurt)") is the region's detail, not read here.
 */
export function placeCode(name: string): string | undefined {
  return countryCode(name) ?? CITY_NAMES.get(plain(name).replace(/[.:]+$/, ''));
}

/** India's states and union territories by name, as an address writes them before the PIN code. */
const INDIAN_STATES = new Set(
  [
    'Andhra Pradesh',
    'Arunachal Pradesh',
    'Assam',
    'Bihar',
    'Chhattisgarh',
    'Goa',
    'Gujarat',
    'Haryana',
    'Himachal Pradesh',
    'Jharkhand',
    'Karnataka',
    'Kerala',
    'Madhya Pradesh',
    'Maharashtra',
    'Manipur',
    'Meghalaya',
    'Mizoram',
    'Nagaland',
    'Odisha',
    'Punjab',
    'Rajasthan',
    'Sikkim',
    'Tamil Nadu',
    'Telangana',
    'Tripura',
    'Uttar Pradesh',
    'Uttarakhand',
    'West Bengal',
    'Delhi',
    'New Delhi',
    'Chandigarh',
    'Puducherry',
  ].map((s) => plain(s)),
);

/** US state abbreviations, which an address writes before the country ("Philadelphia, PA, USA"). */
export const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

/** "Mountain View, CA", "Seattle, WA": a city's name, a comma, then two capitals, as US places are written. */
const CITY_AND_CODE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}), ([A-Z]{2})$/u;

/**
 * Whether a place is written as a US city and its state's abbreviation ("Atlanta, GA", "Seattle, WA"): `us` when it
 * can be nothing else (the abbreviation is no country's code, or the city is one of the US data-centre cities),
 * `either` when the two capitals are also a country's code ("Mountain View, CA": California or Canada, "Cambridge, MA":
 * Massachusetts or Morocco), which only the page's other places settle; undefined for any other text, and for a city
 * of another country ("Toronto, CA", "Berlin, DE"), which is that country's.
 */
export function usCityAndState(text: string): 'us' | 'either' | undefined {
  const m = CITY_AND_CODE.exec(cleanText(text));
  if (!m || !US_STATES.has(m[2]!) || countryCode(m[1]!) !== undefined) return undefined;
  const city = CITY_NAMES.get(plain(m[1]!));
  if (city !== undefined) return city === 'US' ? 'us' : undefined;
  return countryCode(m[2]!) === undefined && !OTHER_SUBDIVISIONS.has(m[2]!) ? 'us' : 'either';
}

/**
 * US states' abbreviations that another country writes after its own cities too, no country's code: Western Australia
 * ("Perth, WA", "Fremantle, WA"). After a city the knowledge base does not place, such an abbreviation says a US state
 * only where the page writes its places so ("Redmond, WA" beside "Austin, TX").
 */
const OTHER_SUBDIVISIONS = new Set(['WA']);

/**
 * The country a postal address names, or undefined: a part naming a country whole ("…, Dublin 2, Ireland"),
 * else the last words of a part ("2 Boulevard de Launay 44100 Nantes France"), else a US state's abbreviation
 * beside a ZIP code ("Seattle, WA, 98109", "CA 94105"). What follows a dash ("… – contact") is no part of it.
 * One country only: an address naming two says neither.
 */
export function addressCountry(text: string): string | undefined {
  const parts = cleanText(text)
    // "Bangalore, Karnataka - 560030": a dash before a postcode sets the postcode apart, not a remark on the address.
    .replace(/\s[–—-]\s(?=\d{4,6}(?:[\s,]|$))/g, ', ')
    .split(/\s+[–—-]\s+/)[0]!
    .split(/\s*[,;·]\s*/)
    .filter(Boolean);
  const codes = new Set<string>();
  // "St." is no São Tomé, "CA" beside a ZIP code no Canada: an abbreviation is a place only as a whole part.
  const abbreviation = (w: string) => w.endsWith('.') || US_STATES.has(w) || w.length < 3;
  for (const part of parts) {
    const whole = US_STATES.has(part) ? undefined : countryCode(part);
    if (whole) {
      codes.add(whole);
      continue;
    }
    let words = part.split(' ');
    // A postcode written after the country, as Canada's and the United Kingdom's are ("Québec Canada H7P 0G1"):
    // its words, each short and with a digit, are set aside; the country is the last words before them.
    // The first word after the first of the run of such words that ends the part (one walk back: linear in its words).
    let run = words.length;
    while (run > 0 && /\d/.test(words[run - 1]!) && words[run - 1]!.length <= 4) run--;
    const postcode = Math.max(run, 1) < words.length ? Math.max(run, 1) : -1;
    if (postcode > 0 && words.length - postcode <= 2 && !countryCode(words.slice(-1).join(' '))) words = words.slice(0, postcode);
    // The last words of a part with a number in it (a street, a postcode): "44100 Nantes France".
    if (words.length > 1 && /\d/.test(part))
      for (const n of [3, 2, 1]) {
        const tail =
          (words.length > n || (postcode > 0 && words.length === n)) && !abbreviation(words[words.length - 1]!)
            ? countryCode(words.slice(-n).join(' '))
            : undefined;
        if (tail) {
          codes.add(tail);
          break;
        }
      }
  }
  // "…, Dublin Ireland", "…, Leopardstown, Dublin 18 D18 P521": the address's last part is a data-centre city (its
  // country after it, or its postcode's words, each with a digit): that city's country.
  const last = parts[parts.length - 1]?.split(' ') ?? [];
  for (let n = Math.min(3, last.length - 1); !codes.size && n >= 1; n--) {
    const city = CITY_NAMES.get(plain(last.slice(0, n).join(' ')));
    const rest = last.slice(n);
    if (city === undefined || !rest.length) continue;
    if (rest.every((w) => /\d/.test(w)) || countryCode(rest.join(' ')) === city) codes.add(city);
  }
  if (!codes.size) {
    const zip = (w: string | undefined) => w !== undefined && /^\d{5}(?:-\d{4})?$/.test(w);
    const flat = parts.flatMap((p) => p.split(' '));
    if (flat.some((w, i) => US_STATES.has(w) && (zip(flat[i + 1]) || zip(flat[i - 1])))) codes.add('US');
  }
  // "Indore, Madhya Pradesh, 452011", "Bangalore, Karnataka 560030": an Indian state beside a six-digit PIN code.
  if (!codes.size) {
    // The whole address, its dashes too (a remark after one names no state): "PU - 03, …, Indore, Madhya Pradesh, 452011".
    const all = cleanText(text).split(/\s*[,;·–—]\s*|\s-\s/);
    const pin = (p: string | undefined) => p !== undefined && /^\d{3}\s?\d{3}$/.test(p);
    all.forEach((p, i) => {
      const m = /^(.+?)(?:\s(\d{3}\s?\d{3}))?$/.exec(p);
      if (m && INDIAN_STATES.has(plain(m[1]!)) && (m[2] !== undefined || pin(all[i + 1]))) codes.add('IN');
    });
  }
  const specific = [...codes].filter((c) => c !== 'EU' && c !== 'GLOBAL');
  return specific.length === 1 ? specific[0] : undefined;
}

/**
 * The nationality words of the knowledge base (`NATIONALITIES`), plain, to their country: the English adjectives, the
 * French masculine and feminine with their plurals ("danois", "danoise", "danoises").
 */
const NATIONALITY_WORDS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [code, { en, fr }] of Object.entries(NATIONALITIES)) {
    for (const word of en) map.set(plain(word), code);
    for (const word of fr) {
      map.set(plain(word), code);
      if (!/[sx]$/.test(word)) map.set(plain(`${word}s`), code);
    }
  }
  return map;
})();

/** Country (and pseudo-location) names, short names, adjectives and codes in English and French, to codes. */
const COUNTRY_NAMES: Map<string, string> = (() => {
  const map = new Map<string, string>();
  let fr: Intl.DisplayNames | undefined;
  try {
    fr = new Intl.DisplayNames(['fr'], { type: 'region' });
  } catch {
    fr = undefined;
  }
  const add = (name: string, code: string) => {
    map.set(plain(name), code);
  };
  for (const c of COUNTRIES) {
    add(c.name, c.code);
    add(c.code, c.code);
    const f = fr?.of(c.code);
    if (f && f !== c.code) add(f, c.code);
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) add(alias, code);
  // "NA" beside places ("EU / NA") is North America, or "not applicable": never read as Namibia's code (whose name is
  // still read).
  map.delete(plain('NA'));
  for (const [word, code] of NATIONALITY_WORDS) map.set(word, code);
  for (const [name, code] of Object.entries({
    // The United Arab Emirates by the initials pages use, in English and French.
    uae: 'AE',
    eau: 'AE',
    us: 'US',
    usa: 'US',
    // Initials with their dots ("U.S.A", "E.U.", "U.K."), read without the last dot (`countryCode` drops it). Only these:
    // "S.A." and "B.V." are legal forms, not Saudi Arabia's or Bouvet Island's codes.
    'u.s': 'US',
    'u.s.a': 'US',
    'u.k': 'GB',
    'e.u': 'EU',
    'u.e': 'EU',
    'e.e.a': 'EU',
    'e.e.e': 'EU',
    'u.a.e': 'AE',
    'e.a.u': 'AE',
    'united states of america': 'US',
    america: 'US',
    'us-based': 'US',
    'etats-unis': 'US',
    'etats unis': 'US',
    'etats-unis d amerique': 'US',
    "etats-unis d'amerique": 'US',
    'etats-unis d’amerique': 'US',
    uk: 'GB',
    britain: 'GB',
    'great britain': 'GB',
    england: 'GB',
    'royaume-uni': 'GB',
    eu: 'EU',
    ue: 'EU',
    'european union': 'EU',
    // "Europe" is not the EU (Switzerland and the UK are in Europe): it has no code, and the page's word is kept.
    'eu-based': 'EU',
    'union europeenne': 'EU',
    eea: 'EU',
    eee: 'EU',
    'eu/eea': 'EU',
    'ue/eee': 'EU',
    'european economic area': 'EU',
    'espace economique europeen': 'EU',
    global: 'GLOBAL',
    globally: 'GLOBAL',
    'global edge': 'GLOBAL',
    'edge global': 'GLOBAL',
    'edge globally': 'GLOBAL',
    'global cdn': 'GLOBAL',
    mondiale: 'GLOBAL',
    worldwide: 'GLOBAL',
    'world-wide': 'GLOBAL',
    monde: 'GLOBAL',
    mondial: 'GLOBAL',
    'monde entier': 'GLOBAL',
    'the netherlands': 'NL',
    'pays-bas': 'NL',
    suisse: 'CH',
    'south korea': 'KR',
    korea: 'KR',
    'republic of korea': 'KR',
    'coree du sud': 'KR',
    czechia: 'CZ',
    'czech republic': 'CZ',
    'republique tcheque': 'CZ',
    // Türkiye by the English name most pages still use.
    turkey: 'TR',
  }))
    add(name, code);

  // EEA members stay EEA; "EEA" is read as the EU pseudo-location only when nothing more precise is given.
  return map;
})();

export function countryCode(name: string): string | undefined {
  const t = plain(name)
    .replace(/^the\s+/, '')
    .replace(/[.:]+$/, '');
  return COUNTRY_NAMES.get(t) ?? COUNTRY_NAMES.get(t.replace(/\s+(?:only|uniquement|seulement)$/, ''));
}

/** A country a company can be established in, named whole: never the EU, a region or "global". */
function companyCountryCode(name: string): string | undefined {
  const code = countryCode(name);
  return code && /^[A-Z]{2}$/.test(code) && code !== 'EU' ? code : undefined;
}

/**
 * The country a word before or after a company noun names: a nationality of any length ("Thai", "turc"), else a
 * country's name or code, where a short word is a country only as the initials pages use ("US", "UK"): "société de
 * conseil", "the IT company".
 */
function adjectiveCountry(word: string): string | undefined {
  const w = word.replace(/[.,;:)]+$/, '');
  const nationality = NATIONALITY_WORDS.get(plain(w));
  if (nationality) return nationality;
  if (w.length <= 4 && !/^(?:US|USA|U\.S\.|UK|U\.K\.|UAE)$/.test(w)) return undefined;
  // "a Georgia corporation": a country's name that a US state bears too says neither before a company noun.
  if (STATE_AND_COUNTRY.test(w)) return undefined;
  return countryCode(w);
}

/** The names a country and a US state share. */
const STATE_AND_COUNTRY = /^georgia$/i;

/**
 * "a South Korean company", "a New Zealand firm": the country two words name together (a country's name or a
 * nationality, never with an article: "the IT company" names none).
 */
function pairCountry(first: string, second: string): string | undefined {
  return COUNTRY_NAMES.get(plain(`${first} ${second.replace(/[.,;:)]+$/, '')}`));
}

/** A capitalised word that is no article or determiner ("Michael", not "The", "Our"). */
const PROPER_WORD = /^(?!(?:The|A|An|Our|Its|Their|This|That|Every|Each|One|Any)$)\p{Lu}\p{Ll}+$/u;

/**
 * Words that make the next one part of a region's or a place's name, not a nationality: "North American", "Latin
 * American", "New Mexico", "New England". When the two words are no country together, they name none.
 */
const COMPOUND_HEAD = /^(?:north|south|east|west|northern|southern|eastern|western|central|latin|new)$/i;

// "société américaine", "sociétés de droit danois", and the nouns for what the vendor is as a company: "éditeur
// américain" (a software vendor), "prestataire allemand", "hébergeur français", "fournisseur irlandais".
const COMPANY_FR =
  /(?<!\p{L})(?:soci[ée]t[ée]s?|entreprises?|entit[ée]s?|filiales?|compagnies?|[ée]diteurs?|prestataires?|h[ée]bergeurs?|fournisseurs?)\s+(?:de\s+droit\s+)?(\p{L}[\p{L}-]*)/giu;
// "a US company", "Reg. UK Co. 09648733", "a South Korean company" (the word before is read with it).
const COMPANY_EN =
  /(?<![\p{L}-])(?:(\p{L}[\p{L}.-]*)\s+)?(\p{L}[\p{L}.-]*)\s+(?:compan(?:y|ies)|co\.|corporations?|entit(?:y|ies)|firms?|subsidiar(?:y|ies))(?!\p{L})/giu;

/**
 * A company, then the participle saying where it is established, then the country: « société établie aux États-Unis »,
 * « entreprise basée en Irlande », "company established in the United States", "entity incorporated in Ireland". The
 * participle right after the noun: « société mère établie aux États-Unis » is the parent company's seat, not the vendor's.
 */
const COMPANY_SEATED =
  /(?<!\p{L})(?:soci[ée]t[ée]|entreprise|entit[ée]|compagnie|company|entity|corporation)\s+(?:[ée]tablie|bas[ée]e|situ[ée]e|implant[ée]e|domicili[ée]e|immatricul[ée]e|established|based|incorporated|headquartered|located|registered)\s+(?:aux|au|en|à|in)\s+(?:the\s+)?(\p{L}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20}){0,2})/giu;

/** A quantifier before a company noun: any company of a kind, none in particular. */
const ANY_COMPANY = /(?<!\p{L})(?:toute?s?|chaque|aucune?|any|every|each|no)\s+$/iu;
/** "parent company", "holding company", "group company": another company of the vendor's group, not the vendor. */
const OTHER_GROUP_COMPANY = /(?<!\p{L})(?:parent|holding|mother|group|affiliated|sister)\s+$/iu;

/** "Indian SMS provider", "A German hosting company": words that say what the vendor itself is, by its nationality. */
const WHAT_VENDOR_IS =
  /^(?:an?\s+)?(\p{L}[\p{L}.-]*)\s+(?:[\p{L}-]+\s+){0,2}(?:company|corporation|firm|provider|vendor|supplier|startup)$/iu;

/** The country of the vendor a description's opening words say it is ("Indian SMS provider" -> IN); else undefined. */
/**
 * "RCS Créteil 813 058 542", "R.C.S. Paris B 123 456 789": a registration at the French trade and companies register
 * (RCS) with its nine-digit SIREN number: a company established in France. Luxembourg's RCS numbers ("B 123456") have
 * six digits and are no match.
 */
const FRENCH_REGISTER =
  /(?<!\p{L})R\.?C\.?S\.?\s(?:de\s)?\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}\s(?:[AB]\s)?\d{3}\s?\d{3}\s?\d{3}(?!\d)/u;

/** The country of the register a company's number is given at ("RCS Créteil 813 058 542": France). */
export function registerCountry(words: string): string | undefined {
  return FRENCH_REGISTER.test(cleanText(words)) ? 'FR' : undefined;
}

export function vendorNationality(words: string): string | undefined {
  const m = WHAT_VENDOR_IS.exec(cleanText(words));
  const code = m ? adjectiveCountry(m[1]!) : undefined;
  return code === 'EU' || code === 'GLOBAL' ? undefined : code;
}

/**
 * Companies a text names after a preposition ("for US companies", "used by German firms", "pour les entreprises
 * suisses", "aux sociétés françaises") are those the vendor serves or deals with, not what the vendor itself is.
 */
const SERVED =
  /[^\p{L}](?:for|to|by|with|from|among|serving|pour|par|avec|aux|entre|chez)\s+(?:(?:an?|the|other|many|most|all|une?|les|des|d['’]autres|autres|nombreuses|nombreux)\s+)?$/iu;
/** The few words before `at` that SERVED reads (a space first where the text starts there). */
const wordsBefore = (t: string, at: number) => (at <= 24 ? ' ' : '') + t.slice(Math.max(0, at - 24), at);

/**
 * Words before a plural company noun that make the companies the vendors themselves: the text's start ("sociétés
 * américaines", "its American subsidiaries"), an apposition ("Fakturo et Paybel, sociétés belges", "(US companies)") or
 * a predicate ("are Dutch companies", "sont des sociétés de droit belge"), a determiner or a number allowed after them.
 * Other words make them the object of a verb ("Helps Irish firms file taxes", "aide les entreprises irlandaises"): the
 * vendor's customers, not the vendor.
 */
const VENDORS_THEMSELVES =
  /(?:^|[,;:([|•*—–]|\s-|(?<!\p{L})(?:are|is|were|was|be|remain|sont|est|étaient|restent|demeurent))\s*(?:(?:a|an|the|its|their|our|two|three|both|all|des|les|ses|leurs|nos|deux|trois|tous|toutes)\s+)?$/iu;
/** Whether a company noun is plural and the words before `from` (where its nationality or noun starts) make it others. */
function othersPlural(t: string, from: number, plural: boolean): boolean {
  if (!plural) return false;
  const lead = t.slice(Math.max(0, from - 40), from);
  return !VENDORS_THEMSELVES.test(from <= 40 ? lead : `x${lead}`);
}
/**
 * The people and businesses a vendor serves or deals with ("customers", "users", "merchants", « clients »,
 * « utilisateurs »): a sentence whose subject is one of them describes them, not the vendor.
 */
const AUDIENCE_NOUN =
  /(?<!\p{L})(?:customers?|clients?|users?|members?|merchants?|partners?|subscribers?|buyers?|sellers?|tenants?|patients?|employers?|advertisers?|retailers?|utilisat(?:eur|rice)s?|membres?|marchands?|commerçants?|partenaires?|abonn[ée]e?s?|adh[ée]rent(?:e|es|s)?|acheteurs?|vendeurs?|employeurs?|annonceurs?|d[ée]taillants?)(?!\p{L})/iu;
/** A verb whose predicate is the company noun that follows ("are Irish firms", "est une société irlandaise"). */
const PREDICATE_VERB =
  /(?<!\p{L})(?:are|is|were|was|be|remain|sont|est|étaient|restent|demeurent)\s+(?:(?:all|both|mostly|mainly|largely|tous|toutes|surtout|principalement)\s+)?(?:(?:a|an|the|des|les|une?|de)\s+)?$/iu;
/**
 * Whether the company noun at `from` is the predicate of a subject that is the vendor's audience: "Our customers are
 * Irish firms", "Acme, whose users are Irish companies", « Nos clients sont des entreprises irlandaises ». The
 * subject is the clause before the verb (back to a punctuation mark or an "and"/« et »), so "Acme serves customers and
 * is an Irish company" and "Acme, which serves merchants, is an Irish firm" still describe Acme.
 */
function audienceSubject(t: string, from: number): boolean {
  const lead = t.slice(Math.max(0, from - 80), from);
  const verb = PREDICATE_VERB.exec(lead);
  if (!verb) return false;
  return audienceClause(lead.slice(0, verb.index));
}
/** Whether the last clause of a verb's subject (back to a punctuation mark or an "and"/« et ») names the audience. */
export function audienceClause(subject: string): boolean {
  return AUDIENCE_NOUN.test(subject.split(/[.;:!?,()[\]]|\s(?:and|et|but|mais|or|ou)\s/iu).pop()!);
}
const PLURAL_FR =
  /^(?:soci[ée]t[ée]s|entreprises|entit[ée]s|filiales|compagnies|[ée]diteurs|prestataires|h[ée]bergeurs|fournisseurs)(?!\p{L})/iu;
const PLURAL_EN = /(?<!\p{L})(?:companies|corporations|entities|firms|subsidiaries)$/iu;

/**
 * The country of the company a text says the vendor is: "société américaine", "entité irlandaise", "a US company",
 * "an Irish entity", "US-based company". One country only (a text naming two says neither); never the EU.
 */
export function companyCountryIn(text: string): string | undefined {
  const t = cleanText(text).slice(0, 2000);
  const codes = new Set<string>();
  for (const m of t.matchAll(COMPANY_FR)) {
    if (SERVED.test(wordsBefore(t, m.index)) || othersPlural(t, m.index, PLURAL_FR.test(m[0])) || audienceSubject(t, m.index)) continue;
    // "la société Jordan": a capitalised country's name (no nationality) after the noun is the company's own name.
    if (/^\p{Lu}\p{Ll}+$/u.test(m[1]!) && !NATIONALITY_WORDS.has(plain(m[1]!))) continue;
    const c = adjectiveCountry(m[1]!);
    if (c) codes.add(c);
  }
  for (const m of t.matchAll(COMPANY_EN)) {
    const [, before, word] = m;
    const head = wordsBefore(t, m.index);
    if (SERVED.test(head) || (before && SERVED.test(`${head}${before} `))) continue;
    const pair = before ? pairCountry(before, word!) : undefined;
    // The words before the nationality: before the pair that names it, else before its one word.
    const from = pair || !before ? m.index : m.index + m[0].indexOf(word!, before.length);
    if (othersPlural(t, from, PLURAL_EN.test(m[0])) || audienceSubject(t, from)) continue;
    // "a Michael Jordan company": a capitalised word before a country's name (no nationality) that forms no country with
    // it is a person's or a brand's name, not the company's country.
    const named = before !== undefined && !pair && PROPER_WORD.test(before) && !NATIONALITY_WORDS.has(plain(word!));
    const c = pair ?? ((before && COMPOUND_HEAD.test(before)) || named ? undefined : adjectiveCountry(word!));
    if (c) codes.add(c);
  }
  // "US-incorporated processor", "a Swiss-headquartered provider": the country a company noun's compound says it is
  // incorporated or headquartered in ("US-based support staff" names no company).
  for (const m of t.matchAll(SEATED_COMPANY)) {
    const c = adjectiveCountry(m[1]!);
    if (c) codes.add(c);
  }
  // "Société établie aux États-Unis", "a company established in Ireland": the company, then where it is established.
  for (const m of t.matchAll(COMPANY_SEATED)) {
    // "pour toute société établie au Royaume-Uni", "any company based in Ireland": a kind of company, not the vendor.
    const before = wordsBefore(t, m.index);
    if (SERVED.test(before) || ANY_COMPANY.test(before) || OTHER_GROUP_COMPANY.test(before) || audienceSubject(t, m.index)) continue;
    const c = countryCode(m[1]!);
    if (c) codes.add(c);
  }
  const specific = [...codes].filter((c) => c !== 'EU' && c !== 'GLOBAL');
  return specific.length === 1 && codes.size === 1 ? specific[0] : undefined;
}

const SEATED_COMPANY =
  /(?<![\p{L}-])(\p{L}[\p{L}.]{0,30})-(?:incorporated|headquartered|registered|domiciled)\s(?:company|corporation|entity|firm|processor|sub-?processor|provider|vendor|supplier)(?!\p{L})/giu;

const PROVIDERS: Record<string, string> = {
  aws: 'aws',
  amazon: 'aws',
  'amazon web services': 'aws',
  s3: 'aws',
  ses: 'aws',
  gcp: 'gcp',
  google: 'gcp',
  'google cloud': 'gcp',
  azure: 'azure',
  'microsoft azure': 'azure',
};

/** "GCP europe-west1", "eu-central-1" (when one provider has that code) to `provider:code`. */
export function regionRef(text: string): string | undefined {
  // "région eu-west-1", "AWS region eu-central-1": the word "region" says what the code is, no part of a provider's name.
  const words = cleanText(text.replace(/[`'"]/g, ' '))
    .split(' ')
    .filter((w, i, all) => i === all.length - 1 || !/^(?:r[ée]gion|region)$/i.test(w));
  const code = words[words.length - 1]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,}[a-z0-9-]*\d[a-z0-9-]*$/.test(code)) return undefined;
  const provider = PROVIDERS[words.slice(0, -1).join(' ').toLowerCase()];
  if (provider) {
    const ref = `${provider}:${code}`;
    return getRegion(ref) ? ref : undefined;
  }
  if (words.length > 1) return undefined;
  const matches = REGIONS.filter((r) => r.code === code);
  return matches.length === 1 ? `${matches[0]!.provider}:${code}` : undefined;
}

/** Transfer mechanisms named in prose, in both languages, and the words that say no transfer is needed. */
const MECHANISM_WORDS: [string, RegExp][] = [
  [
    'scc',
    /\b(?:sccs?|eu sccs?|standard contractual clauses|standard data protection clauses|model clauses|eu model clauses|art(?:icle)?\.?\s*46\s*(?:\(2\)\s*\(c\)|rgpd|gdpr)?|cct|clauses contractuelles types|standards? contractuels?(?: types?)? (?:ue|de l'ue|européens?|de la commission))\b/i,
  ],
  [
    'uk-addendum',
    /\b(?:uk (?:ico |international data transfer )?addendum|ico addendum|(?:addendum|avenant) (?:du royaume-uni|britannique))\b/i,
  ],
  ['dpf', /\b(?:dpf|data privacy framework|eu-us dpf|eu-u\.s\. dpf|privacy framework)\b/i],
  ['idta', /\b(?:uk idta|idta|international data transfer agreement)\b/i],
  ['bcr', /\b(?:bcrs?|binding corporate rules|r[eè]gles d['’]entreprise contraignantes)\b/i],
  // "Pays adéquat (décision du 26 juillet 2000)", "adequate country": a country the Commission found adequate. Not
  // "an adequate level of protection" (what any safeguard aims at), nor "pays non adéquat".
  [
    'adequacy',
    /\b(?:adequacy|adéquation|adequation)\b|(?<!\p{L})(?:pays\s+(?:(?:reconnus?|jug[ée]s?|consid[ée]r[ée]s?)\s+)?ad[ée]quats?|adequate\s+(?:countr(?:y|ies)|jurisdictions?)|(?:countr(?:y|ies)|jurisdictions?)\s+(?:(?:deemed|recogni[sz]ed|considered)\s+)?adequate)(?!\p{L})/iu,
  ],
  [
    'derogation',
    // "transfer based on user consent": consent to the transfer, GDPR Art. 49(1)(a).
    /\b(?:art(?:icle)?\.?\s*49|derogations?|dérogations?)\b|\btransfers?\s+(?:is\s+|are\s+)?based\s+on\s+(?:the\s+)?(?:(?:users?|data\s+subjects?)['’]?s?\s+|explicit\s+)*consent\b|\btransferts?\s+(?:fond[ée]s?|bas[ée]s?|reposant)\s+sur\s+le\s+consentement\b/i,
  ],
];
/**
 * "Transfers from the EEA, Switzerland and the UK to subprocessors outside those territories": the places named
 * first, then "outside those territories" (as "outside the EEA"), a condition on where the data goes.
 */
export const OUTSIDE_NAMED_TERRITORIES =
  /\b(?:EU|EEA|European Union|European Economic Area|UE|EEE|Union européenne|Espace économique européen)\b[^.;]{0,120}?(?:(?:outside|beyond) (?:those|these|such|the said) (?:territories|countries|jurisdictions|regions)|(?:hors de|en dehors de) ces (?:territoires|pays|régions))/i;
/**
 * Words that speak of transfers out of the EU/EEA ("transfers outside the European Union", "hors de l'Union
 * européenne", "non-EEA", "third countries"): a mechanism stated with them is for the entries whose data leaves.
 */
export const LEAVING_EU = new RegExp(
  `non-(?:EU|EEA)|outside (?:of )?(?:the )?(?:EU|EEA|European Union|European Economic Area)|hors (?:de l['’]|l['’]|de la )?(?:UE|EEE|Union européenne|Espace économique européen)|en dehors (?:de l['’])?(?:UE|EEE|Union européenne|Espace économique européen)|third countr|pays tiers|${OUTSIDE_NAMED_TERRITORIES.source}`,
  'i',
);
const NO_TRANSFER =
  /\b(?:no transfer|not a restricted transfer|no international transfer|intra-eea|intra-eee|within the eea|pas de transfert|aucun transfert|traitement intra-eee|n\/a)\b/i;

/** Whether a text says more than the mechanisms it names ("SCCs" says nothing more; "SCCs, ISO 27001" does). */
export function saysMoreThanMechanisms(text: string): boolean {
  let rest = text;
  for (const [, re] of MECHANISM_WORDS) rest = rest.replace(new RegExp(re.source, 'giu'), ' ');
  // "adequacy decision", "décision d'adéquation": the decision is the mechanism's own word; so are the clauses of
  // "Clauses SCC", "SCC clauses".
  return /\p{L}{2,}/u.test(rest.replace(/\b(?:eu|ue|eu-us|ue-usa|and|et|with|avec|the|les|decision|décision|de|d|l'ue|clauses?)\b/gi, ' '));
}

/** An agreement's words (and the vendor it names), then in brackets what it holds: "DPA GitHub (SCCs)". */
const AGREEMENT_HOLDS = /^(?:dpa|contrat|accord|agreement|data processing agreement)(?:\s[^()]{1,40})?\s\(([^()]{2,60})\)$/i;

/** "or", "ou" between two words, not in "and/or", "et/ou": what stands on each side is an alternative. */
const ALTERNATIVE = /(?<![\p{L}/])(?:or|ou)(?![\p{L}/])/iu;

/**
 * The mechanisms a cell of any column names as whole parts ("RGPD + CCT" -> scc, "DPF, SCCs" -> dpf, scc): a
 * part that says more than a mechanism ("SCCs for US transfers", "RGPD") names none here.
 */
export function mechanismsNamed(text: string): string[] {
  const out: string[] = [];
  // "SCCs/UK IDTA as applicable": the mechanisms a condition left open covers are none (`withoutOpenCases`), the
  // words of the condition nothing more.
  // "Adequacy/contractual commitments": a mechanism offered beside an unnamed basis is none (`withoutAlternatives`).
  const said = withoutAlternatives(withoutOpenCases(withoutKindsListed(cleanText(text))));
  // "SCC or DPF", "DPF ou CCT": which of the alternatives applies is not said, so neither is stated (corpus README,
  // "X or Y" settles nothing). "CCT et/ou DPF" states both.
  if (said.split(ALTERNATIVE).filter((side) => mechanismsOf(side).length).length > 1) return [];
  for (const raw of said.split(/\s*[+,;/]\s*|\s+(?:et|and|&|or|ou|et\/ou|and\/or)\s+/)) {
    // "DPA Stripe (SCCs)", "Contrat de sous-traitance (CCT)": the agreement, and in brackets the mechanism it holds.
    const held = AGREEMENT_HOLDS.exec(raw.trim());
    const part = (held && !saysMoreThanMechanisms(held[1]!) ? held[1]! : raw).replace(OPEN_CASE_END, '');
    const found = part.length <= 60 ? mechanismsIn(part).mechanisms : [];
    if (found.length && !saysMoreThanMechanisms(part)) for (const m of found) if (!out.includes(m)) out.push(m);
  }
  return out;
}

/**
 * The mechanisms a text states, in the order it names them (`named`: every one it names, stated or not, for readers
 * that look for where a mechanism's words are); `noTransfer` when it says none is needed. A mechanism named under a
 * condition the words leave open ("SCCs (where applicable)", "CCT, le cas échéant") is not stated.
 */
export function mechanismsIn(text: string): { mechanisms: string[]; named: string[]; noTransfer: boolean } {
  return {
    mechanisms: mechanismsOf(withoutAlternatives(withoutOpenCases(withoutKindsListed(text)))),
    named: mechanismsOf(text),
    noTransfer: NO_TRANSFER.test(text),
  };
}

/** Where each mechanism's words stand in a text, in page order, none inside another ("EU SCCs", not also "SCCs"). */
function mechanismSpans(text: string): { at: number; end: number }[] {
  const spans = MECHANISM_WORDS.flatMap(([, re]) =>
    [...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => ({ at: m.index!, end: m.index! + m[0].length })),
  ).sort((a, b) => a.at - b.at || b.end - a.end);
  const out: { at: number; end: number }[] = [];
  for (const s of spans) if (!out.length || s.at >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/**
 * The words between two mechanisms offered one or the other: "or"/"ou" (not "and/or", "et/ou"), no word that joins
 * (and, with) and no comma after it but around an aside ("ou, à défaut, à des BCR").
 */
const OR_BETWEEN =
  /^(?:(?!(?<!\p{L})(?:and|et|with|avec|plus)(?!\p{L}))[^.;:!?\n])*(?<![\p{L}/])(?:or|ou)(?![\p{L}/])(?:\s*,[^,.;:!?\n]*,)?(?:(?!(?<!\p{L})(?:and|et|with|avec|plus)(?!\p{L}))[^,.;:!?\n])*$/iu;
/**
 * A basis for transfers in general words, no mechanism named: "contractual commitments", "other safeguards",
 * "engagements contractuels", "garanties contractuelles"; "appropriate safeguards" (`genus`) only after "or": the
 * SCCs and BCRs are such safeguards, so after a slash they are a name for them. Never an agreement ("DPA signé": a
 * fact beside the mechanism).
 */
const UNNAMED_BASIS =
  /(?<!\p{L})(?:(?:contractual|other|alternative|equivalent)\s+(?:contractual\s+)?(?:commitments?|safeguards?|guarantees?|protections?|undertakings?|mechanisms?|measures?|arrangements?)|commitments?|undertakings?|(?:engagements?|garanties?|mesures?|protections?)\s+contractuel(?:le)?s?|(?:autres?|d['’]autres)\s+(?:garanties|mécanismes|engagements)|engagements?|(?<genus>(?:appropriate|adequate|suitable)\s+safeguards?|garanties\s+(?:appropriées|adéquates)))(?!\p{L})/iu;
/** Words between mechanisms of one list ("SCCs, BCRs or the DPF"): a comma or a slash, and what a name takes. */
const LIST_BETWEEN = /^[\s(),/]*(?:(?:the|les?|la|l['’]|des)\s*)?$/iu;

/**
 * The text without the mechanisms it offers as alternatives, each word blanked: "SCC or DPF", "DPF ou CCT", "les
 * clauses contractuelles types … ou une décision d'adéquation", "SCCs, BCRs or the DPF" say that one of them applies,
 * not which (corpus README: "X or Y" settles nothing). "X and/or Y", "CCT et/ou DPF" state both; an "or" between
 * other words ("SCCs for US or UK vendors, and the DPF") offers no mechanism as an alternative.
 */
export function withoutAlternatives(text: string): string {
  if (!/(?<![\p{L}/])(?:or|ou)(?![\p{L}/])|\//iu.test(text)) return text;
  const spans = mechanismSpans(text);
  const blank = new Set<number>();
  // "adequacy/contractual commitments", "SCCs or other contractual safeguards", "DPF / engagements contractuels": a
  // mechanism offered beside a basis the words do not name says that one or the other applies, not which. The spans
  // and the bases are both in page order: one walk, each basis compared with the mechanisms just before and after it.
  let next = 0;
  // Only a short gap is read: a slice no longer than 20 characters, whatever the text's length.
  const beside = (from: number, to: number, orOnly: boolean) => {
    if (to - from > 20) return false;
    const gap = text.slice(from, to);
    return (!orOnly && /^\s*\/\s*(?:(?:the|les?|la|l['’]|des|d['’])\s*)?$/iu.test(gap)) || OR_BETWEEN.test(gap);
  };
  if (spans.length)
    for (const basis of text.matchAll(new RegExp(UNNAMED_BASIS.source, 'giu'))) {
      const at = basis.index!;
      const end = at + basis[0].length;
      while (next < spans.length && spans[next]!.end <= at) next++;
      if (next < spans.length && spans[next]!.at < end) continue;
      // "Appropriate safeguards" name the SCCs and BCRs too: beside a mechanism after a slash, another name for it;
      // after "or", still an alternative ("adequacy or appropriate safeguards").
      const orOnly = basis.groups?.genus !== undefined;
      if (next > 0 && beside(spans[next - 1]!.end, at, orOnly)) blank.add(next - 1);
      if (next < spans.length && beside(end, spans[next]!.at, orOnly)) blank.add(next);
    }
  for (let i = 0; i + 1 < spans.length; i++) {
    const gap = text.slice(spans[i]!.end, spans[i + 1]!.at);
    if (gap.length > 60 || !OR_BETWEEN.test(gap)) continue;
    blank.add(i).add(i + 1);
    // "SCCs, BCRs or the DPF": the list's earlier members are alternatives too.
    for (let j = i; j > 0 && LIST_BETWEEN.test(text.slice(spans[j - 1]!.end, spans[j]!.at)); j--) blank.add(j - 1);
  }
  if (!blank.size) return text;
  let out = text;
  for (const i of blank) out = out.slice(0, spans[i]!.at) + ' '.repeat(spans[i]!.end - spans[i]!.at) + out.slice(spans[i]!.end);
  return out;
}

/**
 * Words for transfer safeguards as a kind ("appropriate safeguards", "garanties appropriées", "transfer mechanisms",
 * "mesures adéquates"), then what they are said to be: in brackets, or after words that give examples ("such as",
 * "e.g.", "notamment", "par exemple", "tels que"). Each gap bounded.
 */
const KINDS_LISTED =
  /(?<!\p{L})(?:safeguards?|guarantees?|mechanisms?|measures?|instruments?|tools?|garanties?|mécanismes?|mesures?|outils?)(?!\p{L})[^().;:!?\n]{0,40}?(?:\(\s*(?<marker>(?:e\.g\.|for example|for instance|such as|notamment|par exemple|p\.\s?ex\.|tel(?:le)?s? que|comme)(?!\p{L}),?)?(?<inside>[^()]{1,200})\)|,?\s(?:such as|e\.g\.,?|for example,?|for instance,?|notamment|par exemple,?|tel(?:le)?s? que|comme)\s(?<after>[^.;:!?()\n]{1,200}))/giu;
/** Words between two kinds of a list in brackets: a comma, an article, "décision(s) d'" before "adéquation". */
const KIND_BETWEEN = /^\s*,\s*(?:(?:the|an?|les?|la|l['’]|des|d['’]|une?)\s*)?(?:(?:d[ée]cisions?)\s*(?:d['’]|of\s+)?)?$/iu;

/**
 * The text without the mechanisms it lists as the kinds of safeguard the law offers, each word blanked: "garanties
 * appropriées (clauses contractuelles types, décision d'adéquation)", "appropriate safeguards (SCCs, BCRs, adequacy
 * decisions)" name what may cover a transfer, not which one covers the vendors'; "safeguards such as the SCCs", "des
 * garanties (par exemple les CCT)" give an example of them (the truths of baton, blackout and oxiflow read so). Not a
 * bracket of one mechanism ("garanties appropriées (clauses contractuelles types)"), nor mechanisms joined by "and",
 * "et", "+" or a slash ("safeguards (SCCs and the DPF)": both stated).
 */
export function withoutKindsListed(text: string): string {
  if (!/safeguard|guarantee|mechanism|measure|instrument|tool|garantie|mécanisme|mesure|outil/i.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(KINDS_LISTED)) {
    const g = m.groups!;
    const list = g.inside ?? g.after!;
    const start = m.index! + m[0].length - list.length - (g.inside !== undefined ? 1 : 0);
    const spans = mechanismSpans(list);
    if (!spans.length) continue;
    const example = g.marker !== undefined || g.after !== undefined;
    const kinds =
      spans.length > 1 &&
      new Set(spans.map((s) => mechanismsOf(list.slice(s.at, s.end))[0])).size > 1 &&
      spans.every((s, i) => i === 0 || KIND_BETWEEN.test(list.slice(spans[i - 1]!.end, s.at)));
    if (!example && !kinds) continue;
    for (const s of spans) out = out.slice(0, start + s.at) + ' '.repeat(s.end - s.at) + out.slice(start + s.end);
  }
  return out;
}

/**
 * The adequacy decision the DPF is ("la décision d'adéquation EU-US Data Privacy Framework", "the adequacy decision
 * for the EU-U.S. DPF", "DPF adequacy decision"): the word names the DPF's decision, no adequacy of its own. Each gap
 * bounded.
 */
const DPF_ADEQUACY =
  /(?<!\p{L})(?:adequacy|ad[ée]quation)(?=(?:\s{1,3}decision)?\s{1,3}(?:(?:for|of|under|on|pour|relative\s{1,3}au|du|de|sur)\s{1,3})?(?:(?:the|le|la|l['’])\s{0,3})?(?:(?:eu|ue)[-–‑ ]{1,3}(?:u\.\s?s\.?|usa?|états-unis)\s{1,3})?(?:dpf|data privacy framework)(?!\p{L}))|(?<=(?:dpf|data privacy framework)\s{1,3})adequacy(?!\p{L})/giu;

function mechanismsOf(said: string): string[] {
  const text = said.replace(DPF_ADEQUACY, (m) => ' '.repeat(m.length));
  return MECHANISM_WORDS.map(([id, re]) => ({ id, at: text.search(re) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((m) => m.id);
}

/**
 * Words that make a mechanism the object of a step still to come or already undone ("we are negotiating SCCs with X",
 * "X intends to sign the SCCs", "X withdrew from the DPF", "X left the DPF", « nous négocions des CCT », « X s'est
 * retiré du DPF »): their whole clause states no mechanism, before the words as after them.
 */
const OPEN_VERB =
  /(?:(?:is|are|currently)\s+)?negotiating|being\s+negotiated|(?:intends?|plans?|expects?|aims?|wishes|hopes?)\s+to\s+(?:sign|rely|use|adopt|join|put|conclude|implement|self-certify|enter)|withdrew|(?:left|exited|quit)\s+the|n[ée]goci(?:ons|e|ent)|en\s+n[ée]gociation|s['’]est\s+retir[ée]e?|a\s+quitt[ée]|(?:envisage|compte|pr[ée]voit|souhaite)\s+de\s+(?:signer|conclure|recourir|s['’]appuyer|adh[ée]rer)/iu;
/** Those words, the whole of a match. */
const OPEN_VERB_WHOLE = new RegExp(`^(?:${OPEN_VERB.source})$`, 'iu');

/**
 * Words that leave open whether the case arises: "where applicable", "as needed", "where (it is) required", "le cas
 * échéant", "si nécessaire", "lorsque c'est requis", "[à confirmer]", "CCT selon plateforme", "SCCs depending on the provider" (which
 * of the parties named rely on it is left open), "when the provider adheres to it", "for any access by US entities" (an access
 * the page does not say happens), and words that say a mechanism is still to come ("BCRs pending approval", "SCCs may be
 * added on request", "IDTA to be signed", "CCT en cours de signature", "à signer", "pas encore"), or is no longer in
 * force ("DPF (certification expired)", "lapsed", "withdrawn", "SCCs were replaced by the DPF", « CCT remplacées par le
 * DPF », « n'est plus »), or does not apply at all ("SCCs (not applicable)", « CCT (sans objet) », "n/a", "not required",
 * « ne s'appliquent pas »: a mechanism denied is no mechanism). Not "as required by law" (what the law asks, said as done), nor "en cours de validité" (valid
 * now), nor "the DPF replaced the Privacy Shield" (what replaces stays).
 */
const OPEN_CASE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:where|if|when)\s+(?:it\s+is\s+)?(?:applicable|needed|required|necessary|enabled|activated)|(?:not|non)\s+applicables?|inapplicables?|sans\s+objet|n\/a(?!\p{L})|(?:does|do)\s+not\s+apply|ne\s+s['’]appliquen?t?\s+pas|not\s+(?:required|needed|used(?!\s+(?:for|to|in)\s+(?:the\s+|model\s+|ai\s+|any\s+)?(?:training|train)))|non\s+(?:requises?|nécessaires?|utilisées?(?!\s+(?:pour|à|a)\s+(?:des\s+fins\s+d['’]|l['’]|les\s+|des\s+|d['’])?(?:entra[îi]n|apprentissage)))|(?:for|in case of|in the event of)\s+any\s+(?:remote\s+)?access|en cas d['’]acc[èe]s|si\s+activ[ée]e?s?|as\s+(?:applicable|needed|necessary|required(?!\s+(?:by|under)(?!\p{L})))|le cas échéant|selon le cas|selon\s+(?:la\s+|le\s+|les\s+|chaque\s+)?(?:plateformes?|prestataires?|fournisseurs?|services?|outils?|partenaires?|destinataires?|pays|r[ée]gions?)|depending\s+on\s+(?:the\s+|each\s+)?(?:platforms?|providers?|vendors?|services?|tools?|partners?|recipients?|countr(?:y|ies)|regions?)|var(?:y|ies)\s+by\s+(?:platforms?|providers?|vendors?|services?|tools?|partners?|recipients?|countr(?:y|ies)|regions?)|s['’]il y a lieu|si (?:applicable|nécessaire|besoin|requis)|au besoin|lorsqu(?:e\s+|['’])(?:c['’]est\s+|cela\s+est\s+)?(?:applicable|nécessaire|requis)|à confirmer|to be confirmed|tbc|(?:in\s+progress|under\s+(?:negotiation|review)|pending|planned|not\s+yet(?:\s+\p{L}+)?|(?:may|might|could|will)\s+be\s+(?:added|signed|put\s+in\s+place|concluded|implemented)|to\s+be\s+(?:signed|added|put\s+in\s+place|concluded|implemented)|en\s+cours(?:\s+de\s+(?:signature|n[ée]gociation|mise\s+en\s+place))?(?!\s+de\s+validit)|en\s+attente|[àa]\s+(?:signer|venir|mettre\s+en\s+place)|pas\s+encore(?:\s+\p{L}+)?|pourr(?:a|ont|ait|aient)\s+être\s+(?:ajout|sign|mis)\p{L}*|expired|lapsed|withdrawn|revoked|${OPEN_VERB.source}|no\s+longer(?:\s+\p{L}+)?|(?:were|was|been)\s+(?:replaced|superseded)\s+by|expir[ée]e?s?|r[ée]voqu[ée]e?s?|remplac[ée]e?s?\s+par|ne\s+s['’]appliquen?t?\s+plus|n['’](?:est|sont)\s+plus(?:\s+\p{L}+)?)|(?:(?:(?:lorsque|quand|si|when|where|if)(?!\p{L})|lorsqu['’])[^.;:()]{0,40}?(?<!\p{L})(?:providers?|vendors?|suppliers?|sub-?processors?|recipients?|importers?|prestataires?|fournisseurs?|sous-traitants?|destinataires?|importateurs?|il|ils|elle|elles|they|it)(?!\p{L})|s['’]ils?(?!\p{L}))[^.;:()]{0,30}?(?:adh[èeé]r|particip|self-certif|certifi)\p{L}*)(?!\p{L})`,
  'iu',
);
/** Where a text's words leave open whether the case arises ("where applicable", "le cas échéant", "as needed"), if any. */
export function openCaseIn(text: string): { index: number } | undefined {
  const m = OPEN_CASE.exec(text);
  return m ? { index: m.index } : undefined;
}

/** Such words closing a text ("UK IDTA as applicable", "CCT, le cas échéant"). */
const OPEN_CASE_END = new RegExp(`[\\s,(]*(?:${OPEN_CASE.source})[\\s)\\].]*$`, 'iu');

/**
 * A clause's end: a full stop, "!", "?" or ";" before a space (not the stop of "e.g.", "Art." or an initial), a
 * dash set between spaces, a line break.
 */
const CLAUSE_END = /(?<![^\p{L}]\p{L}|\b(?:e\.g|i\.e|art|para|lit|cf|ex|vs|no|n°|etc))[.;!?](?=\s)|\s[—–-]\s|\n/giu;

/** A clause's words before a condition, ending in a conjunction that leads into it: "… SCCs and, where applicable". */
const LEADS_IN = /(?<!\p{L})(?:and|or|with|plus|et|ou|avec|ainsi que)\s*,?\s*$/iu;
/** Words that add to a mechanism stated before them: "supplemented by", "complétées par", "together with". */
const SUPPLEMENTED =
  /(?<!\p{L})(?:(?:supplemented|complemented|completed|accompanied)\s+(?:by|with)|compl[ée]t[ée]e?s?\s+(?:par|de)|assortie?s?\s+d['’e])(?!\p{L})/giu;
/** A conjunction: the last one before a condition starts what it may cover ("SCCs and supplementary measures where necessary"). */
const CONJUNCT = /(?<!\p{L})(?:and|with|plus|as well as|along with|together with|et|avec|ainsi que)(?!\p{L})/giu;

/**
 * A conjunction that joins a clause of its own, with its own subject or verb ("…, and we use", "and relies on", "and
 * Acme is", « et nous utilisons », « et s'appuie sur »): a condition after it covers nothing before it ("X is certified under the
 * DPF, and we use SCCs where applicable": the SCCs only), nor one before it anything after it. Not a conjunction
 * between two mechanisms ("SCCs and the DPF where applicable": both), nor "or" (an alternative, both left open).
 */
const JOINED_CLAUSE =
  /(?<!\p{L})(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)\s+(?=(?:we|they|it|he|she|you|nous|vous|ils|elles|il|elle)\s+\p{L}|(?:\p{Lu}[\p{L}\d&.-]{0,40}\s{1,3}){0,3}(?:also\s+|aussi\s+)?(?:is|are|est|sont|uses?|rel(?:y|ies)|appl(?:y|ies)|signs?|signed|ha(?:ve|s)|implements?|offers?|utilis(?:e|ons|ent)|appliqu(?:e|ons|ent)|recour(?:t|ons|ent)|s['’]appui(?:e|ent)|(?:a|avons|ont)\s+sign[ée]e?s?)(?!\p{L}))/gu;

/**
 * The text without the mechanisms a condition left open covers, each word blanked (corpus README, a mechanism stated
 * under a condition). In its clause, a condition that opens it, or follows a conjunction, covers what follows it:
 * the mechanisms there ("SCCs and, where applicable, the DPF": the DPF; "Where required, we rely on SCCs": the
 * SCCs), and the alternative it is offered to ("the DPF or, where applicable, SCCs": both); other words ("SCCs and,
 * where necessary, supplementary measures": none). Else it covers what comes before it ("SCCs/UK IDTA as
 * applicable", "DPAs incorporating the SCCs where applicable", "CCT, le cas échéant"), but for a last conjunct that
 * names no mechanism ("SCCs and supplementary measures where necessary": the measures).
 */
export function withoutOpenCases(text: string): string {
  if (!OPEN_CASE.test(text)) return text;
  const ends = [0, ...[...text.matchAll(CLAUSE_END)].map((m) => m.index! + m[0].length), text.length];
  const blank = new Array<boolean>(text.length).fill(false);
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) blank[i] = true;
  };
  for (const m of text.matchAll(new RegExp(OPEN_CASE.source, 'giu'))) {
    const at = m.index!;
    const end = at + m[0].length;
    const sentenceStart = Math.max(...ends.filter((x) => x <= at));
    const sentenceEnd = Math.min(...ends.filter((x) => x >= end));
    const joinedBefore = [...text.slice(sentenceStart, at).matchAll(JOINED_CLAUSE)].pop();
    const clauseStart = joinedBefore ? sentenceStart + joinedBefore.index + joinedBefore[0].length : sentenceStart;
    const joinedAfter = new RegExp(JOINED_CLAUSE.source, 'u').exec(text.slice(end, sentenceEnd));
    const clauseEnd = joinedAfter ? end + joinedAfter.index : sentenceEnd;
    if (OPEN_VERB_WHOLE.test(m[0])) {
      // "…, and we are negotiating the DPF": the clause the verb's subject opens, read with the verb after it.
      const joined = [...text.slice(sentenceStart, end).matchAll(JOINED_CLAUSE)].filter((j) => sentenceStart + j.index <= at).pop();
      mark(joined ? sentenceStart + joined.index + joined[0].length : clauseStart, clauseEnd);
      continue;
    }
    const before = text.slice(clauseStart, at);
    const after = text.slice(end, clauseEnd);
    if (!before.trim() || LEADS_IN.test(before)) {
      if (!mechanismsOf(after).length) continue;
      mark(end, clauseEnd);
      // "le DPF ou, le cas échéant, des CCT": which of the two is not said.
      if (/(?<!\p{L})(?:or|ou)\s*,?\s*$/iu.test(before)) mark(clauseStart, at);
      continue;
    }
    // A comma-set condition that leads into a mechanism: what follows and what precedes are both left open.
    if (/,\s*$/.test(before) && mechanismsOf(after).length) mark(end, clauseEnd);
    const conjunct = [...before.matchAll(CONJUNCT)].pop()?.index;
    if (conjunct !== undefined && !mechanismsOf(before.slice(conjunct)).length && mechanismsOf(before.slice(0, conjunct)).length) continue;
    // "the SCCs, supplemented by the UK Addendum where applicable": what supplements a stated mechanism is all the
    // condition covers; the mechanism it supplements stays stated.
    const supplement = [...before.matchAll(SUPPLEMENTED)].pop()?.index;
    if (supplement !== undefined && mechanismsOf(before.slice(0, supplement)).length) {
      mark(clauseStart + supplement, at);
      continue;
    }
    mark(clauseStart, at);
  }
  return text
    .split('')
    .map((c, i) => (blank[i] && !/\s/.test(c) ? ' ' : c))
    .join('');
}

/**
 * Words that deny a scheme, say it is still to come or no longer held: "not", "non", "pas encore", "in progress",
 * "pending", "planned", "plans to", "working towards", "requested", "en cours", "prévue", "à venir", "withdrawn",
 * "expired", "lapsed", "retirée", and a scheme aimed at ("expects to be", "targeted for 2027", « visée pour 2027 », « prépare
 * sa certification », "scheduled"). Not "no." before a number (a certificate's "no. 12345"), "non-EU", nor "en cours de
 * validité" (a certificate still valid).
 */
export const NOT_YET_HELD =
  /(?<!\p{L})(?:not|never|none|non(?!-)|pas|aucune?|jamais|no(?!\.?\s*\d)|in\s+progress|under\s?way|pending|planned|plans?\s+to|aims?\s+to|working\s+towards?|seeking|requested|expect(?:s|ed)?|target(?:s|ed|ing)?|scheduled|preparing|withdrawn|withdrew|revoked|expired|lapsed|suspended|en\s+cours(?!\s+de\s+validit)|en\s+attente|pr[ée]vue?s?|[àa]\s+venir|envisag[ée]e?s?|vis[ée]e?s?|vis(?:e|ons|ent)|pr[ée]par(?:e|ons|ent|ation)|prochainement|demand[ée]e?s?|retir[ée]e?s?|expir[ée]e?s?|suspendue?s?)(?!\p{L})/iu;

/**
 * A sentence whose subject is the publisher itself ("Our own company is ISO 27001 certified", "We are SOC 2 Type II
 * audited", « Notre société est certifiée HDS », « Nous sommes certifiés ISO 27001 »): the schemes it names are the
 * publisher's, none of the vendor's it stands beside.
 */
export const PUBLISHER_SUBJECT =
  /^(?:we\s+(?:are|hold|have\s+(?:been|obtained|achieved))|our\s+(?:own\s+)?(?:company|organi[sz]ation|business|firm|group)|nous\s+(?:sommes|avons|d[ée]tenons)|notre\s+(?:propre\s+)?(?:soci[ée]t[ée]|entreprise|organisation|structure|groupe))(?!\p{L})/iu;

/** Words that deny or condition what follows them: "no SCCs", "pas de CCT", "SCC if needed" are no mechanism of a cell. */
const DENIED = /\b(?:no|not|none|without|never|pas|aucun|aucune|sans|jamais)\b|\bn['’]/i;

/**
 * A text's parts at the separators outside parentheses: `separatorAt(text, k)` gives the length of the separator that
 * starts at `k` (0 where none does). The one walk every reader that parts a cell or a name list shares.
 */
export function partsOutsideBrackets(text: string, separatorAt: (text: string, k: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const length = separatorAt(text, k);
      if (length > 0) {
        parts.push(text.slice(start, k));
        start = k + length;
        k += length - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * A cell that states a place and a transfer mechanism in one ("UE/USA — clauses contractuelles types", "United
 * States / global — EU Standard Contractual Clauses (SCCs)"), whatever its column: its parts apart, at a dash,
 * a semicolon or a full stop (outside parentheses). `places`: the parts that name no mechanism, joined, for
 * `readLocation`; `mechanisms`: those the other parts name, unless a part denies one.
 */
/** A mechanism then the vendor it is signed with: "CCT Stripe", "SCCs Google" (a place's bracket: "UE (CCT Stripe)"). */
const SIGNED_WITH = /^(?:CCT|SCCs?|DPF|BCRs?|clauses contractuelles types|standard contractual clauses)\s[\p{Lu}][\p{L}\d.&-]{1,30}$/u;

export function placeAndMechanisms(text: string): { places: string; mechanisms: string[] } {
  const places: string[] = [];
  const mechanisms: string[] = [];
  const parts = partsOutsideBrackets(cleanText(text), (source, i) => {
    const ch = source[i];
    // "UE (régions configurées) / clauses SCC pour certains services": a slash between spaces parts them too.
    const dash = (ch === '—' || ch === '–' || ch === '-' || ch === '/') && source[i - 1] === ' ' && source[i + 1] === ' ';
    const stop = (ch === ';' || ch === '.') && source[i + 1] === ' ';
    return dash || stop ? 1 : 0;
  });
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    // "USA (SCCs)", "UK (Adequacy)": a place, and in its brackets only the mechanism its transfers rest on.
    const bracketed = parenthesised(part);
    if (
      bracketed?.head.trim() &&
      !mechanismsIn(bracketed.head).named.length &&
      (!saysMoreThanMechanisms(bracketed.inner) || SIGNED_WITH.test(bracketed.inner.trim()))
    ) {
      const { mechanisms: found } = mechanismsIn(bracketed.inner);
      if (found.length) {
        places.push(bracketed.head.trim());
        if (!DENIED.test(bracketed.inner)) for (const m of found) if (!mechanisms.includes(m)) mechanisms.push(m);
        continue;
      }
    }
    // "SCCs (where applicable)": a part that names a mechanism is no place, even when it states none.
    const { mechanisms: found, named } = mechanismsIn(part);
    if (!named.length) places.push(part);
    else if (!DENIED.test(part)) for (const m of found) if (!mechanisms.includes(m)) mechanisms.push(m);
  }
  return { places: places.join(', '), mechanisms };
}

/**
 * "Place (words)": the text before its first "(" and inside it up to a ")" that ends the text. An index scan,
 * never a backtracking pattern: page text may hold any run of parentheses.
 */
export function parenthesised(text: string): { head: string; inner: string } | undefined {
  const t = text.trimEnd();
  const open = t.indexOf('(');
  if (open < 0 || !t.endsWith(')') || t.length - 1 <= open) return undefined;
  return { head: t.slice(0, open).trimEnd(), inner: t.slice(open + 1, -1) };
}

/** "Name (Entity, Inc.)": the parenthesis that closes the text, found by counting back (one level of nesting inside). */
function closingParenthesis(t: string): { head: string; inner: string } | undefined {
  if (!t.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(') depth--;
    if (depth > 2) return undefined;
    if (depth === 0) return { head: t.slice(0, i).trimEnd(), inner: t.slice(i + 1, -1) };
  }
  return undefined;
}

/** Without the emphasis marks ("_", "*") a text starts or ends with, by an index scan. */
export function stripEmphasis(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '_' || text[start] === '*')) start++;
  while (end > start && (text[end - 1] === '_' || text[end - 1] === '*')) end--;
  return text.slice(start, end);
}

/** What parts places ("United States, India", "EU and/or US"), longest first where one begins another. */
const PLACE_SEPARATORS = [
  ' and/or ',
  ' et/ou ',
  ' or ',
  ' and ',
  ' & ',
  ' + ',
  ' ou ',
  ' et ',
  ' — ',
  ' – ',
  ' - ',
  ' · ',
  // "Ireland (EEA) with US infrastructure": a second place the first comes with.
  ' with ',
  ', ',
  '; ',
  ' / ',
  '/',
  ',',
];

/** Split at separators outside parentheses: ", ", "; ", " or ", " and ", " & ", "/", " + ", " ou ", " et ", " — ", " · ". */
/**
 * The countries a bracket's parts open with ("USA + CDN-Statusorte", "EU/USA depending on routing": US; EU, US):
 * each part's first words when they name a country (or the EU), the words after them what it says of it.
 */
function leadingCountries(text: string): string[] {
  const found: string[] = [];
  for (const piece of text.split(/\s*[+/,;]\s*|\s+(?:and|et)\s+/)) {
    const words = piece.trim().split(/\s+/);
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const code = countryCode(words.slice(0, n).join(' '));
      if (code !== undefined) {
        if (code !== 'GLOBAL' && !found.includes(code)) found.push(code);
        break;
      }
    }
  }
  return found;
}

function splitPlaces(text: string): string[] {
  return partsOutsideBrackets(text, (t, i) => {
    const sep = PLACE_SEPARATORS.find((s) => t.startsWith(s, i));
    // A slash between digits ("24/7", "05/06") parts nothing.
    return sep && !(sep === '/' && /\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? '')) ? sep.length : 0;
  })
    .map((p) => p.trim())
    .filter(Boolean);
}

export interface ReadLocation {
  countries: string[];
  regions: string[];
  /** Mechanisms the text gives for one place: "USA (SCCs)". */
  transfers: { to: string[]; mechanism: string }[];
  /** The countries the text names for access (support) rather than storage: "India (support)". */
  access: string[];
  /** The country the text names as the entity's, not the data's: "US (entity); edge globally". */
  entityCountries?: string[];
  /** A company the text names with its legal form and its country, in a place's words: "Acme Software Inc. (US)". */
  entities?: string[];
  /** The text's own words, when they say more than a list of country codes. */
  note?: string;
}

/** Without the separators (", ", "; ", " + ": "UE + hors UE possible") a text ends with, by an index scan. */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && ' ,;+'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const OUTSIDE = /(?:^|[\s,])(?:including |y compris |notamment )?(?:outside|out of|excluding|except|hors|en dehors|sauf)\b/gi;

/** Where "outside"/"hors" starts a list of places, outside parentheses ("US (transfert hors UE — CCT)" says a transfer). */
function outsideAt(text: string): { index: number } | undefined {
  let depth = 0;
  let at = 0;
  for (const m of text.matchAll(OUTSIDE)) {
    for (; at < m.index; at++) depth += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
    if (depth <= 0) return { index: m.index };
  }
  return undefined;
}

/** "US (entity)", "Irlande (siège)": the place of the company, not of the data. */
/** "Éditeur UE (France)", "Publisher: …" is a label: the word that says the place is the publishing company's. */
const PUBLISHER_LEAD = /^(?:[ÉéEe]diteur|[Pp]ublisher)\s+(?=\p{Lu})/u;
const ENTITY_WORDS = /^(?:entity|legal entity|company|hq|headquarters|head office|registered office|entité|siège|siège social)$/i;
/**
 * A network the words say is global: "global edge network", "worldwide CDN", "réseau mondial", "Edge Network mondial",
 * "edge mondial",
 * "infrastructure edge mondiale", "on Stripe's global infrastructure", "sur l'infrastructure mondiale de Stripe" (not
 * "other regions per Stripe's global infrastructure", "selon l'infrastructure mondiale de Stripe": the infrastructure
 * decides which other places, it is none of its own; mspvectis's dev truth),
 * "Global anycast" (one address answered from every point of a network), "served from the global edge" (the noun alone).
 */
const GLOBAL_NETWORK =
  /(?<!\p{L})(?:(?:global|worldwide|world-wide)\s(?:edge\s)?(?:network|cdn|pops?|service|anycast)|(?:global|worldwide|world-wide)\sedge(?![\p{L}\s-])|(?:r[ée]seau|network|cdn|anycast|edge)\s(?:edge\s)?(?:mondiale?|globale?|worldwide)|(?<!(?:selon|suivant|d['’]apr[èe]s)\s(?:l['’]|le\s|la\s)?)infrastructure\s(?:edge\s)?(?:mondiale?|globale?|worldwide)|(?<!(?<!\p{L})(?:per|according\sto|as\sper)\s(?:the\s)?(?:\p{Lu}[\p{L}\d.&-]{0,30}['’]s\s)?)(?:global|worldwide)\sinfrastructure)(?!\p{L})/iu;

/**
 * A support team and the words that say where it works ("le support est au", "Support team in", "customer support based
 * in", « équipe support au », « l'assistance se trouve en »): the place after them is where the data is reached from
 * (access), never where it is stored.
 */
const SUPPORT_IN =
  /^(?:(?:le|la|l['’]|les|our|the|notre|nos|its|their|son|sa|ses|leur)\s*)?(?:(?:(?:customer|client)\s+)?(?:support|helpdesk|help\s+desk|assistance|maintenance|service\s+client)(?:\s+(?:team|staff|personnel|engineers?|cent(?:er|re)s?|desk|agents?))?|(?:[ée]quipes?|personnel|centres?|agents?)\s+(?:de\s+|du\s+|d['’])?(?:support|assistance|maintenance|service\s+client))\s+(?:(?:is|are|est|sont|se\s+trouvent?|works?|operates?)\s+)?(?:(?:based|located|situ[ée]e?s?|bas[ée]e?s?|(?:provided|assur[ée]e?s?)\s+(?:from|depuis))\s+)?(?:(?:in|at|en|au|aux|à)\s+)?(?:the\s+|les\s+|la\s+|le\s+|l['’]\s*)?/iu;

/** "les données sont en", "the data is stored in", "data is in": words and their verb that lead to where the data is. */
const DATA_ARE_IN =
  /^(?:(?:les|the|our|nos|vos|your)\s+)?(?:donn[ée]es|data)\s+(?:is|are|sont|est)\s+(?:(?:stored|hosted|kept|located|stock[ée]es|h[ée]berg[ée]es|situ[ée]es|conserv[ée]es)\s+)?(?:in|en|au|aux|à|dans)\s+(?:(?:the|les|la|le)\s+|l['’]\s*)?/iu;

/** The words `lead` matches at the start of a text when a name follows them (a capital), else undefined. */
function leadBeforeName(lead: RegExp, text: string): string | undefined {
  const m = lead.exec(text);
  return m && /^\p{Lu}/u.test(text.slice(m[0].length)) ? m[0] : undefined;
}

const ACCESS_WORDS = /^(?:support|customer support|helpdesk|access|remote access|operations|maintenance|follow[- ]the[- ]sun)$/i;

/** "for support and monitoring from the United States", "pour le support depuis les États-Unis": the place comes after. */
const ACCESS_FROM =
  /(?<!\p{L})(?:support|supervision|monitoring|maintenance|assistance|helpdesk|troubleshooting|administration|access|accès)(?!\p{L})[^.;:()]{0,60}?(?<!\p{L})(?:from|depuis|à partir d(?:es|u|e la|e l['’]|e))(?!\p{L})\s*(?:the\s+|les\s+|le\s+|la\s+|l['’]\s*)?([^.;:,()]{2,40})/giu;

/**
 * The countries a text says the vendor reaches the data from, for support or operations ("SCCs for support and
 * monitoring from the United States", "CCT pour le support depuis les États-Unis"): access, not where the data is.
 * A sentence that denies it ("no access from …") gives none.
 */
export function accessFromIn(text: string): string[] {
  const out: string[] = [];
  for (const sentence of cleanText(text).split(/(?<=[.;!?])\s+/)) {
    if (/(?<!\p{L})(?:no|not|never|without|aucun|aucune|pas|jamais|sans)(?!\p{L})/iu.test(sentence)) continue;
    for (const m of sentence.matchAll(ACCESS_FROM)) {
      // "from India and the UK": each country named, up to the first words that are none.
      for (const place of m[1]!.split(/\s+(?:and|et)\s+(?:the\s+|les?\s+|la\s+|l['’]\s*)?/i)) {
        const code = countryCode(place.trim());
        if (!code || code === 'EU' || code === 'GLOBAL') break;
        if (!out.includes(code)) out.push(code);
      }
    }
  }
  return out;
}

/**
 * "USA (PostHog US Cloud) or Germany (PostHog EU Cloud)" -> US and DE, the wording in the note;
 * "USA (SCCs)" -> US with a transfer by SCCs; "Belgium (GCP europe-west1)" -> BE, region gcp:europe-west1;
 * "EU — Germany" -> DE; "États-Unis (principal), Inde (support)" -> storage US, access IN.
 */
/** A data centre's code: "CDG", "FRA1", "cdg1" (in lower case only with its number), after what runs there ("Functions in"). */
const DATA_CENTRE_CODE = /^(?:(?:[\p{L}-]+ ){1,3}(?:in|en|at|à) )?(?:[A-Z]{3}\d?|[a-z]{3}\d)$/u;

/**
 * A host name: "eu.posthog.example", "app.acme.io": labels of letters, digits and hyphens between dots, the last of
 * letters only. Read label by label (no regular expression repeating a group of words: linear in the text).
 */
function isHostName(text: string): boolean {
  const labels = text.split('.');
  return labels.length >= 2 && labels.slice(0, -1).every((l) => /^[a-z0-9-]+$/i.test(l)) && /^[a-z]{2,}$/i.test(labels[labels.length - 1]!);
}

/**
 * Words after a place that say what its transfers rest on: "avec garanties contractuelles", "with appropriate
 * safeguards", "with US processing safeguards" (the safeguards of processing there, no place the data is kept).
 */
const SAFEGUARDS_AFTER =
  /\s+(?:avec|with|under|sous)\s+(?:des\s+|les\s+|the\s+)?(?:(?:appropriate|adequate|contractual|appropriées|contractuelles|adéquates)\s+)?(?:(?:US|EU|UK|U\.S\.|transfer|processing|access)\s+){0,2}(?:garanties|safeguards|guarantees)(?:\s+(?:contractuelles|appropriées|adéquates))?$/iu;

/** "Acme GmbH is in Berlin, Germany", "Acme SAS est située à Lyon, France": a company (or the data, `DATA_SUBJECT`), then where it is. */
const COMPANY_IS_IN =
  /^(.+?)\s+(?:is|are|est|sont)\s+(?:based\s+|located\s+|headquartered\s+|[ée]tablie?s?\s+|situ[ée]e?s?\s+|bas[ée]e?s?\s+)?(?:in|en|à|au|aux)\s+(.+)$/iu;

/** The subject of COMPANY_IS_IN when it is the data or what holds it, no company: "L'hébergement", "the data", "nos serveurs". */
const DATA_SUBJECT =
  /^(?:(?:the|our|your|all|all\s+the|l['’]\s?|les|le|la|nos|vos|notre|votre|toutes\s+les)\s*)?(?:data|hosting|storage|servers?|customer\s+data|donn[ée]es|h[ée]bergement|stockage|serveurs?|donn[ée]es\s+clients?)$/iu;

/** "other AWS EU regions we configure", "d'autres régions de l'UE": places the page leaves unnamed. */
const OTHER_PLACES = /^(?:other|others|autres?|d['’]autres)(?!\p{L})/iu;
/**
 * Brackets that leave open only which region, zone or data centre inside the place before them: « (région à confirmer) »,
 * « (zone exacte à préciser) », "(region TBC)", "(exact data centre to be confirmed)".
 */
const REGION_OPEN =
  /\s*\((?:(?:exact|specific|précise?|exacte?)\s+)?(?:r[ée]gions?|zones?|data ?cent(?:er|re)s?|centres? de données|datacenters?|availability zones?)(?:\s+(?:exacte?|précise?|AWS|cloud))?\s+(?:à (?:confirmer|préciser|définir|vérifier)|to be (?:confirmed|defined|determined)|tbc|tbd)\)/giu;

/** Words that leave a place to be confirmed: "à confirmer", "à vérifier", "to be confirmed", "TBC". */
const PLACE_TO_CONFIRM = /(?<!\p{L})(?:à (?:confirmer|vérifier)|to be (?:confirmed|verified)|tbc)(?!\p{L})/iu;

/**
 * `usStates`: the page writes its places as US cities with their states' abbreviations (every cell of its column so,
 * one of them at least no country's code), so "Mountain View, CA" is California's, not Canada's.
 */
/**
 * Places a copy set side by side with a space only, each the whole of a country's name or code, the EU, or global,
 * with its own brackets ("USA EU (Ireland)", "United Kingdom Ireland", as a browser copies a cell's lines): the same
 * places with commas between them ("USA, EU (Ireland)"); else undefined. Two places at least, every word one of
 * theirs, each written with a capital, a two-letter code only the EU's, the UK's or the US's: "Germany 2 zones", "US
 * East", "data in US", "USA VA" (a state), "United States" (one place) give none.
 */
const SIDE_BY_SIDE_CODES = new Set(['EU', 'UE', 'UK', 'US']);

export function placesSideBySide(text: string): string | undefined {
  if (text.length > 200 || /[,;/|]/.test(text)) return undefined;
  // Words, each with the brackets that follow it ("EU (Ireland)" one unit of its word and its brackets).
  const units = [...text.matchAll(/([^\s()]+)(\s*\([^()]{1,60}\))?/g)];
  if (
    units
      .map((m) => m[0])
      .join('')
      .replace(/\s/g, '') !== text.replace(/\s/g, '')
  )
    return undefined;
  const places: string[] = [];
  for (let i = 0; i < units.length;) {
    let taken = 0;
    for (let n = Math.min(4, units.length - i); n >= 1 && !taken; n--) {
      const span = units.slice(i, i + n);
      // Brackets only after the span's last word.
      if (span.slice(0, -1).some((m) => m[2])) continue;
      const words = span.map((m) => m[1]!);
      const name = words.join(' ');
      if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
      // Two letters: the EU's, the UK's or the US's code only ("USA VA", "US GA": a US state's code after the US, no
      // country; "DE", "IN" could be states too). "Georgia" after the US is its state.
      if (name.length === 2 && !SIDE_BY_SIDE_CODES.has(name)) continue;
      if (name === 'Georgia' && places.some((p) => countryCode(p) === 'US')) continue;
      if (countryCode(name) !== undefined) taken = n;
    }
    if (!taken) return undefined;
    places.push(
      units
        .slice(i, i + taken)
        .map((m) => m[0].trim())
        .join(' '),
    );
    i += taken;
  }
  return places.length >= 2 ? places.join(', ') : undefined;
}

export function readLocation(text: string, options: { usStates?: boolean } = {}): ReadLocation {
  const cleaned = cleanText(text);
  // "USA EU (Ireland)": places set side by side, read as if listed (the page's words stay in the note).
  const sideBySide = placesSideBySide(cleaned);
  if (sideBySide !== undefined) return { ...readLocation(sideBySide, options), note: cleaned };
  const source = cleaned;
  const result: ReadLocation = { countries: [], regions: [], transfers: [], access: [] };
  // "Atlanta, GA", "Seattle, WA": a US city and its state; "Mountain View, CA" only where the page writes its places so.
  const cityAndState = usCityAndState(source);
  if (cityAndState === 'us' || (cityAndState === 'either' && options.usStates)) return { ...result, countries: ['US'], note: source };
  // "Cambridge, MA" alone: Massachusetts or Morocco, which the page does not settle; no place, its words in the note.
  if (cityAndState === 'either') return { ...result, note: source };
  // "…, including outside the UK/EEA", "hors UE": the places after such words are where the data is not
  // (or not only): none of them is read, up to the next ";".
  const outside = outsideAt(source);
  const end = outside ? source.indexOf(';', outside.index) : -1;
  const read = outside ? [trimSeparators(source.slice(0, outside.index)), end < 0 ? '' : source.slice(end + 1)].join('; ') : source;
  // "UE [région à confirmer]": a template's blank beside a place is no place; the page's words stay in the note.
  // "UE (région à confirmer) / US", "EU (exact region TBC)": brackets that leave open only the region inside the place
  // before them; that place is stated (the bracket's words stay in the note).
  const blank = trimSeparators(read.replace(/\s*\[[^\]]{0,80}\]/g, '').replace(REGION_OPEN, ''));
  // "UE (France) — à confirmer", "US, to be confirmed": a place the page itself leaves to be confirmed is not stated
  // (unknown stays unknown); the page's words stay in the note.
  if (PLACE_TO_CONFIRM.test(blank)) return { ...result, note: source };
  // "UE (Frankfurt) ou US (Virginia) selon configuration", "EU or US depending on the customer's choice": the places
  // offered are each where the data may be, as "A or B" alone; the words saying who chooses are no place.
  // "Customer's choice of EU or US", « au choix du client : UE ou États-Unis »: so are the places offered after such
  // words (the words stay in the note).
  const chosen = CHOICE_OF.exec(blank);
  const offered = chosen ? blank.slice(chosen[0].length) : blank;
  const choice = CHOSEN_BY.exec(offered);
  const parts = splitPlaces(choice ? trimSeparators(offered.slice(0, choice.index)) : offered);
  const noteParts: string[] = [];
  /** The places named inside "EU (…)" (member states, cities' countries) or the EU in "France (EU)": kept beside it. */
  const besideCodes: string[] = [];
  let unread = outside !== undefined || blank !== read || choice !== null || chosen !== null;
  // "EU — Germany", "EU (Sweden)", "France (EU)", "France / UE", "EU (Frankfurt)": every place the page names is kept,
  // the EU and the member state (corpus README, "The EU beside a member state"; domain facts §4).
  /** Whether the part before named a support team's city ("Support team in Lisbon"). */
  let supportCity = false;
  for (const given of parts) {
    // "le support est au Maroc", "Support team in Lisbon, Portugal": where the support works from, written as the label
    // that says so ("Support: Maroc"), access; "les données sont en France": the place the words say the data is in.
    // "Support team in Lisbon, Portugal", "Support: Lisbon, Portugal": the country after a support team's city is the
    // team's too.
    const teamCountry = supportCity && countryCode(given.trim()) !== undefined;
    const team = leadBeforeName(SUPPORT_IN, given);
    const dataIn = team === undefined ? leadBeforeName(DATA_ARE_IN, given) : undefined;
    const raw = teamCountry
      ? `Support: ${given.trim()}`
      : team !== undefined
        ? `Support: ${given.slice(team.length)}`
        : dataIn !== undefined
          ? given.slice(dataIn.length)
          : given;
    const support = /^([^():]*):\s+(.*)$/.exec(raw);
    supportCity = support !== null && ACCESS_WORDS.test(support[1]!.trim()) && countryCode(support[2]!.trim()) === undefined;
    // "At the customer-selected location: A) EU": a lead-in before a colon, and a list marker, are not places;
    // nor "Self-hosted in", "Hébergé en": the place follows them.
    // "Siège : Singapour", "Support : Inde": a label that says whose place it is (the entity's, access) is kept.
    const label = /^([^():]*):\s+/.exec(raw)?.[1]?.trim() ?? '';
    // "Planned: EU", "Formerly: US", "EU (planned)": a place the page says the data will be in, or was in, is not where
    // it is (the words stay in the note).
    const aside = parenthesised(raw.replace(/^[^():]*:\s+/, ''));
    // "Until March 2028: United States; from April 2028: Ireland", « Jusqu'en 2028 : États-Unis ; ensuite : Allemagne »:
    // places along dates the readers do not compare with today: which is the place now is left open, none is read.
    if (TIMELINE.test(label)) return { ...result, countries: [], note: source };
    if (NOT_NOW.test(label) || (aside && aside.head && NOT_NOW.test(aside.inner.trim()))) {
      unread = true;
      continue;
    }
    // "Éditeur UE (France)", "Publisher US": the place of the company that publishes the service, not of the data.
    const publisher = PUBLISHER_LEAD.test(raw);
    const whole = forWhom(
      raw
        // "Primary hosted infrastructure is in the EU. Google may process data globally …": a sentence saying where the
        // machines are, then other sentences (the next rule keeps the place when it ends its sentence).
        .replace(MACHINES_ARE_IN, '')
        // "— United States. Enterprise DPA, zero data retention.", "— Afrique du Sud. Conforme PCI-DSS.": a place that
        // ends its sentence, then other sentences about the service: the place (the words stay in the note).
        // "— self-hosted on Hetzner SA (South African infrastructure). No data leaves …": so does a clause of a host and
        // its machines' place.
        .replace(/^((?:[^.;:()]|\([^().;:]{1,60}\)){2,80}?)\.\s+\p{Lu}[^]*$/u, (all, head: string) =>
          placeCode(head.trim()) !== undefined ||
          placeWithNoun(head.trim()) !== undefined ||
          (head.includes('(') && readLocation(head.trim()).countries.length > 0)
            ? head.trim()
            : all,
        )
        .replace(PUBLISHER_LEAD, '')
        .replace(/^[^():]*:\s+/, '')
        .replace(/^(?:[A-Za-z]|\d{1,2})\)\s+/, '')
        .replace(/\)\.$/, ')')
        .replace(/^(?:self-hosted|hosted|based|located|stored|h[ée]berg[ée]e?s?|stock[ée]e?s?|situ[ée]e?s?) (?:in|en|au|aux)\s+(?=\S)/i, '')
        // "self-hosted on Hetzner SA (…)", "hébergé chez Nuvola SAS (…)": the host the data is on, then what is said of it.
        .replace(/^(?:self-hosted|hosted|h[ée]berg[ée]e?s?) (?:on|chez|sur)\s+(?=\p{Lu}[^()]{0,60}\()/iu, '')
        // "US available if tenant chooses (note: email delivery reaches recipients globally)": a remark in brackets is
        // no place; a place the customer may choose is still a place the page names (as "US on request");
        // "EU-regionalized for EU tenants": the place, then the word saying the vendor keeps the data there.
        .replace(/\s*\((?:note|nb|n\.b\.|remarque)\s*:[^()]{0,300}\)$/i, '')
        .replace(
          /\s+(?:available\s+|disponibles?\s+)?(?:if|when|si|lorsque)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:tenant|customer|client|user|utilisateur)s?\s+(?:chooses?|selects?|opts?\s+in|requests?|le\s+choisit|le\s+demande)$/iu,
          '',
        )
        .replace(/^(\p{L}{2,20})-(?:regionali[sz]ed|hosted|resident)(?=\s|$)/u, (all, place: string) =>
          placeCode(place) !== undefined ? place : all,
        )
        // "Via Azure France": the provider the data goes through, then its place.
        .replace(/^(?:via|through)\s+(?=\S)/i, '')
        // "EU visitors served from EEA PoPs", "requests served from the global edge": whom or what the place serves,
        // then the place.
        .replace(
          /^(?:[\p{L}-]{1,30}\s+){0,3}?(?:served|handled|routed|delivered|servie?s?|achemin[ée]e?s?)\s+(?:from|via|through|in|depuis|par|en)\s+(?:the\s+|des\s+|les\s+|la\s+|le\s+)?(?=\S)/iu,
          '',
        )
        // "Google's global infrastructure": the provider's own, then the place.
        .replace(/^\p{Lu}[\p{L}\d.&-]*['’]s\s+(?=\S)/u, '')
        // "US on request", "EU on customer request via DPA", "UE sur demande du client": a place the vendor keeps the
        // data in when asked is still a place the page names for it.
        .replace(
          /\s+(?:available\s+|disponibles?\s+)?(?:(?:on|upon)\s+(?:the\s+)?(?:customer(?:'s)?\s+|client\s+)?request|sur\s+demande(?:\s+du\s+client)?)(?:\s+(?:via|through|under|par)\s+(?:the\s+|le\s+)?(?:DPA|contract|agreement|contrat))?\.?$/i,
          '',
        )
        // "Europe (Paris, France) (cdg1 eu-west-3)": a second bracket of data centres' or regions' codes after a place's
        // own says which machines, no other place (the page's words stay in the note).
        .replace(
          /(?<=\))\s*\((?:[a-z]{3}\d|[a-z]{2,}(?:-[a-z]+)+-?\d{1,2})(?:[\s,/]+(?:[a-z]{3}\d|[a-z]{2,}(?:-[a-z]+)+-?\d{1,2}))*\)$/i,
          '',
        )
        // "Paris eu-west-3 (UE)", "Francfort fra1": a city, then the code of the region or data centre there, says
        // which machines, no other place (the page's words stay in the note).
        .replace(
          /^([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)\s+(?:[a-z]{3}\d|[a-z]{2,}(?:-[a-z]+)+-?\d{1,2})(?=\s*\(|$)/u,
          (all, city: string) => (CITY_NAMES.has(plain(city)) ? city : all),
        )
        // "Helsinki (HEL1) by default for EEA tenants": the place the data is in unless chosen otherwise is a place.
        // "États-Unis par défaut (option région UE)": the place by default, then in brackets an option (not stated).
        .replace(/\s+(?:by default|par défaut)(?=\s+(?:for|pour)\s|\s*\((?:en\s+)?option(?:al|nel(?:le)?)?\b[^()]*\)$|\.?$)/iu, '')
        // "datacenters AWS eu-west-1 (Irlande)", "infrastructure propre France", "own servers Germany": the machines,
        // then the provider or place they are in, with no preposition.
        .replace(
          /^(?:(?:data ?cent(?:er|re)s?|datacenters?|centres? de données)|(?:infrastructure|serveurs?)\s+propres?|own\s+(?:infrastructure|servers?))\s+(?=\p{Lu})/u,
          '',
        )
        // "servers in Frankfurt", "serveurs à Francfort", "centres de données en Irlande": where the machines are.
        // "centre de données dans l'Union européenne": the article before the place is no part of it.
        .replace(
          /^(?:servers?|data ?cent(?:er|re)s?|datacenters?|serveurs?|centres? de données) (?:in|at|en|à|au|aux|dans)\s+(?:l['’]\s?)?(?=\S)/i,
          '',
        )
        // "certaines métadonnées de compte aux États-Unis", "some account metadata in the US": which data, then its place.
        .replace(
          /^(?:(?:some|certain|certaines?|les|the|des|nos|our)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:data|metadata|données|métadonnées|backups?|sauvegardes?|logs|journaux)(?:\s+(?:de|du|des|d['’]|of)\s*[\p{L}-]+){0,2}\s+(?:in|en|aux|au|à|dans)\s+(?=\S)/iu,
          '',
        )
        // "primary processing EU/US", "Storage in Germany", "stockage en France": what is done there, then the place.
        .replace(/^(?:(?:primary|main) )?(?:processing|storage|stockage)(?: (?:in|en))? (?=\S)/i, '')
        // "Exécution en France (Paris)", "Fonctions épinglées à Francfort (fra1)", "Functions pinned to Frankfurt": the
        // code that runs there, then the place.
        .replace(
          /^(?:ex[ée]cution|traitement|(?:fonctions?|functions?)(?: applicatives?| serverless| sans serveur)?(?: [ée]pingl[ée]es?| pinned)?)\s+(?:in|to|at|en|à|au|aux|dans)\s+(?=\S)/iu,
          '',
        )
        // "Fonctions épinglées UE (fra1)", "Functions pinned EU": code pinned to a place written with no preposition.
        .replace(/^(?:fonctions?|functions?)(?: applicatives?| serverless| sans serveur)? (?:[ée]pingl[ée]es?|pinned)\s+(?=\p{Lu})/iu, '')
        // "traitement dans les régions EU de l'infrastructure Anthropic", "the EU regions of Acme's infrastructure": the
        // regions' article, and whose infrastructure they are, around the place.
        .replace(/^(?:les|the)\s+(?=(?:r[ée]gions?|regions?|(?:EU|UE)\s+r[ée]gions?)\b)/iu, '')
        .replace(
          /(?<=\b(?:r[ée]gions?|regions?)(?:\s+(?:EU|UE|EEA|EEE))?)\s+(?:de\s+l['’]infrastructure|of\s+the\s+infrastructure)(?:\s+(?:d['’]|de\s+)?[\p{Lu}][\p{L}\d.-]*){1,2}$/u,
          '',
        )
        // "région Europe (Francfort, Allemagne)", "région CDG (Paris)", "Instance UE (Francfort, Allemagne)": the noun
        // of the region (or of the service's instance) before its name.
        .replace(/^(?:r[ée]gion|instance)\s+(?=\p{Lu}\S*\s+\()/iu, '')
        // "USA avec garanties contractuelles", "US with appropriate safeguards": the safeguards of a transfer there are no place.
        .replace(SAFEGUARDS_AFTER, '')
        // "US avec CCT", "USA with SCCs": the mechanism of a transfer there is no place (the import reads it apart).
        .replace(/\s+(?:avec|with|under|sous)\s+(?:les\s+|des\s+|the\s+)?([^()]{2,60})$/iu, (all, tail: string) =>
          mechanismsIn(tail).named.length && !saysMoreThanMechanisms(tail) ? '' : all,
        )
        // "EU (Germany / AWS eu-central-1) (if configured)", "UE (Irlande) (si configuré)": the places named where the
        // service is set up so, as "depending on configuration" (the words stay in the note).
        .replace(/(?<=\))\s*\((?:if|when|si) (?:configured|enabled|configur[ée]e?s?|activ[ée]e?s?)\)$/iu, '')
        // "EU (eu-central-1) primary", "Irlande (principal)": which of the places comes first, no place.
        .replace(
          /(?<=\))\s+(?:primary|secondary|backup|failover|principale?|secondaire|de secours)$|\s+\((?:primary|secondary|backup|failover|principale?|secondaire|de secours)\)$/i,
          '',
        )
        // "Currently United States", « Actuellement aux États-Unis », "Now EU": the place the data is in today (what is
        // planned or was before, in the other parts, is no place).
        .replace(
          /^(?:currently|presently|at present|today|now|for now|actuellement|aujourd['’]hui|à ce jour|pour l['’]instant|pour le moment|désormais|maintenant)(?:\s*[,:])?\s+(?:(?:in|en|au|aux|dans)\s+(?:the\s+|l['’]\s?)?)?(?=\p{Lu})/iu,
          '',
        )
        // "primary EU", "main US", "principal UE": the place that comes first is a place the data is in.
        .replace(/^(?:[Pp]rimary|[Mm]ain|[Pp]rincipale?)\s+(?=\p{Lu}\p{L}*$)/u, '')
        // "EU principalement", "mainly EU", "US essentiellement": the place the data is mostly in is a place it is in.
        .replace(
          /^(?:mainly|mostly|primarily|principalement|essentiellement|majoritairement)\s+(?=\S)|\s+(?:mainly|mostly|primarily|principalement|essentiellement|majoritairement)$/i,
          '',
        ),
    );
    // "European Union (with U.S. endpoint as applicable)": the place before the brackets holds; the one they say
    // holds only where applicable is not stated (the words stay in the note). "EU data centres (where applicable)":
    // brackets of the condition alone make the whole place conditional.
    const bracket = parenthesised(whole);
    const part =
      bracket &&
      bracket.head &&
      ONLY_IF_APPLICABLE.test(bracket.inner) &&
      /\p{L}{2}/u.test(bracket.inner.replace(ONLY_IF_APPLICABLE, '').replace(/\b(?:with|avec)\b/gi, '')) &&
      !ONLY_IF_APPLICABLE.test(bracket.head)
        ? bracket.head
        : whole;
    if (part !== raw) unread = true;
    // "EU data centres (where applicable)", "UE le cas échéant": a place said to hold only in cases the page does not
    // name is not stated; the words stay in the note.
    if (ONLY_IF_APPLICABLE.test(part)) {
      unread = true;
      continue;
    }
    // "Global edge network with EU origin priority", "traitement sur le réseau mondial": a network the page says is
    // global (an edge network with no such word is no place); the words after it are kept, never read as places.
    // "CDN mondial (contenu non personnel)": brackets that name no place (what the network carries) leave it global.
    const networkAside = parenthesised(part);
    if (
      GLOBAL_NETWORK.test(part) &&
      (!networkAside ||
        (GLOBAL_NETWORK.test(networkAside.head) && !splitPlaces(networkAside.inner).some((w) => countryCode(w) !== undefined)))
    ) {
      if (!result.countries.includes('GLOBAL')) result.countries.push('GLOBAL');
      // "Global (USA + CDN-Statusorte)": the places the brackets name beside the network, each kept.
      // "Global anycast (data residency: EU + IN edge)": the places after a label in the brackets, the same.
      if (networkAside)
        for (const c of leadingCountries(networkAside.inner.replace(/^[\p{L} -]{1,40}:\s/u, '')))
          if (!result.countries.includes(c)) result.countries.push(c);
      unread = true;
      continue;
    }
    const m = parenthesised(part);
    const head = (m ? m.head : part).trim();
    // "Philadelphia, PA, USA": a state's abbreviation in a US address is no country.
    // Only before the US, as an address writes it: in "US, EU, IN" the code after the US is a country's (India). And
    // only after a city, as an address writes it: "CA / US", "DE, US", "FR, CA, US" name countries side by side.
    const at = parts.indexOf(raw);
    const afterCity = at > 0 && countryCode(parts[at - 1]!) === undefined;
    if (US_STATES.has(head) && afterCity && parts.slice(at + 1).some((p) => countryCode(p) === 'US')) {
      unread = true;
      continue;
    }
    const inner = m
      ? m.inner
          .split(/[,;]/)
          .map((w) => w.trim())
          .filter(Boolean)
      : [];
    const bare = placeCode(head);
    const provider = bare === undefined ? providerPlace(head, m?.inner) : undefined;
    // "AWS EU West (Irlande)": the place the parenthesis names says where; it is no note.
    if (provider?.fromParenthesis) inner.length = 0;
    // "EU West (Ireland)": a place and a compass word, a region's name without its provider.
    // "Atlas eu-west-1 region (AWS Ireland)": words that name no place, then a provider's place in the parenthesis.
    const providerInside = m ? providerPlace(m.inner.trim(), undefined) : undefined;
    // "CDG (Paris)", "FRA1 (Frankfurt)", "Fonctions en cdg1 (Paris)": a data centre's code (what runs there before it),
    // then the city it is in.
    const codeAndCity = m && DATA_CENTRE_CODE.test(head) ? CITY_NAMES.get(plain(m.inner).trim()) : undefined;
    // "AWS availability zone eu-west-1 (Frankfurt/Germany)", "GCP Regions eu-west1 (St. Ghislain/Belgium)": a region
    // (its code or the word) that names no place, then brackets that name only places: the page's places are those
    // (its words before a region's code, which here names Ireland).
    // Not after a place of the words' own ("EU West (Ireland)") nor after a company ("Payflow Inc. (US)").
    const ownPlace = bare ?? placeWithNoun(head) ?? placeWithCompass(head) ?? (entityIn(head) === head ? head : undefined);
    // "de.acme.io (Germany)", "eu.acme.com (Frankfurt)": the host name the service answers at, then where it is.
    const regionWords =
      /(?<![\p{L}\d])(?:[a-z]{2,}(?:-[a-z]+)+-?\d{1,2}|regions?|r[ée]gions?|zones?|locations?|emplacements?)(?![\p{L}\d])/iu.test(head) ||
      isHostName(head);
    // "Falkenstein FSN1": a city and its data centre's code.
    const named =
      m && ownPlace === undefined && regionWords
        ? splitPlaces(m.inner).map((w) => placeCode(w.trim().replace(/\s+\p{Lu}{2,4}\d{1,2}$/u, '')))
        : [];
    const bracketPlaces =
      named.length && named.every((c) => c !== undefined && c !== 'GLOBAL' && c !== 'EU') ? [...new Set(named as string[])] : undefined;
    if (bracketPlaces) {
      inner.length = 0;
      besideCodes.push(...bracketPlaces.slice(1));
      unread = true;
    }
    const code =
      bare ??
      placeWithNoun(head) ??
      bracketPlaces?.[0] ??
      regionCountry(head, result) ??
      provider?.code ??
      placeWithCompass(head) ??
      providerInside?.code ??
      codeAndCity;
    if (codeAndCity !== undefined && code === codeAndCity) inner.length = 0;
    // "Global (EU/USA depending on routing)": worldwide, and the places the brackets name, each kept.
    if (code === 'GLOBAL' && m) {
      // "Worldwide (Data Centers in EU/US/Asia)": the machines' words before the places they are in are no place.
      const named = leadingCountries(
        m.inner.replace(
          /^(?:(?:our\s+|nos\s+)?(?:data ?cent(?:er|re)s?|datacenters?|servers?|centres? de données|serveurs?)\s+(?:in|en|à|au|aux|dans)\s+(?:the\s+|l['’]\s?)?)/iu,
          '',
        ),
      );
      if (named.length) {
        besideCodes.push(...named);
        inner.length = 0;
        unread = true;
      }
    }
    if (code !== undefined && code === providerInside?.code && !bare) inner.length = 0;
    // "United States (with EU/AU regional infrastructure)", « États-Unis (avec des serveurs régionaux UE/AU) »: machines
    // in other places beside the place before the brackets; every place named is kept (corpus README).
    const alsoIn = code !== undefined && code !== 'GLOBAL' && m ? machinesAlsoIn(m.inner.trim()) : undefined;
    if (alsoIn) {
      besideCodes.push(...alsoIn);
      inner.length = 0;
      unread = true;
    }
    if (!code) {
      unread = true;
      // "International (company: Cyprus/Russia; global CDN)": a global network the brackets name is a place of its own.
      if (m && splitPlaces(m.inner).some((w) => GLOBAL_NETWORK.test(w)) && !result.countries.includes('GLOBAL'))
        result.countries.push('GLOBAL');
      // "Société américaine ; serveurs à Francfort", "a US company; EU servers": a part that says what company the
      // vendor is names the entity's country, not where the data is.
      const company = m ? undefined : companyCountryIn(part);
      if (company) {
        result.entityCountries = [...new Set([...(result.entityCountries ?? []), company])];
        continue;
      }
      // "self-hosted on Hetzner SA (South African infrastructure)", "chez Nuvola SAS (serveurs français)": a host, then in
      // brackets the machines by their country, says where the data is (not where the host is established).
      const machines = m && MACHINES_OF.test(m.inner.trim()) ? placeWithNoun(m.inner.trim()) : undefined;
      if (machines !== undefined && machines !== 'GLOBAL') {
        if (!result.countries.includes(machines)) result.countries.push(machines);
        continue;
      }
      // "Acme Software Inc. (US) ; paiements via Stripe": a company with its legal form, then its country in brackets,
      // says who the vendor is and where it is established, not where the data is.
      const seat = m && entityIn(head) === head ? companyCountryCode(m.inner.trim()) : undefined;
      // "Not published by Jina (Jina AI GmbH is in Berlin, Germany)": brackets that say where a company (with its legal
      // form) is name its country, not where the data is.
      const said = m ? COMPANY_IS_IN.exec(m.inner.trim()) : null;
      const companyIn = said && entityIn(said[1]!) === said[1]!.trim() ? tailCountry(said[2]!) : undefined;
      if (companyIn) {
        result.entityCountries = [...new Set([...(result.entityCountries ?? []), companyIn])];
        continue;
      }
      // "Nubo SA (L'hébergement est en Suisse)", "(the data is in Ireland)": the subject is the hosting, the data or the
      // machines (no company), and the place is where the data is.
      const dataIn = said && DATA_SUBJECT.test(said[1]!.trim()) ? tailCountry(said[2]!) : undefined;
      if (dataIn) {
        if (!result.countries.includes(dataIn)) result.countries.push(dataIn);
        continue;
      }
      if (seat) {
        result.entityCountries = [...new Set([...(result.entityCountries ?? []), seat])];
        result.entities = [...new Set([...(result.entities ?? []), head])];
        continue;
      }
      // "On our own servers (OVHcloud France)", "Self-hosted (Hetzner, Germany)": words about the machines, then in
      // brackets the host and its country, which says where they are.
      const hostCountry = m && SERVER_WORDS.test(head) ? tailCountry(m.inner) : undefined;
      if (hostCountry) {
        if (!result.countries.includes(hostCountry)) result.countries.push(hostCountry);
        continue;
      }
      // "Europe (Francfort)", "Asia (Tokyo)": a continent's word (kept in the note, never the EU) and the cities or
      // countries inside it, which say where.
      if (m && CONTINENT.test(head)) {
        const inside = splitPlaces(m.inner).map((w) => CITY_NAMES.get(plain(w).replace(/[.:]+$/, '')) ?? countryCode(w));
        if (inside.length && inside.every((c) => c !== undefined && c !== 'EU' && c !== 'GLOBAL'))
          for (const c of inside as string[]) if (!result.countries.includes(c)) result.countries.push(c);
      }
      continue;
    }
    // "EU servers": the place is read, and the page's words are kept as they are.
    if (!bare) unread = true;
    let isAccess = ACCESS_WORDS.test(label);
    let isEntity = ENTITY_WORDS.test(label) || publisher;
    // "EEA (Belgium / Ireland regions)": the member states inside say more than "EEA".
    // "EU (Ireland and other AWS EU regions we configure)": the places the brackets name; "other …" names none more.
    const insideWords = m ? splitPlaces(m.inner) : [];
    const others = insideWords.filter((w) => OTHER_PLACES.test(w.trim()));
    const members =
      code === 'EU' && m && others.length < insideWords.length
        ? insideWords.filter((w) => !OTHER_PLACES.test(w.trim())).map((w) => countryCode(w) ?? placeWithNoun(w))
        : [];
    const memberStates = members.length > 0 && members.every((c) => c !== undefined && c !== 'EU' && isEEA(c));
    if (memberStates && others.length) unread = true;
    if (memberStates) {
      besideCodes.push(...(members as string[]));
      inner.length = 0;
    }
    // "EU (Frankfurt)": the EU the page says, and the country of the city it names in it (domain facts: "EU
    // (Frankfurt)" -> DE, EU); the page's words are kept.
    if (code === 'EU' && m && !memberStates) {
      // "Union européenne (Francfort, Allemagne)": a city, then its own country, is the same place. "UE (eu.acme.com,
      // Francfort)": the service's host name says which address, no place; nor does a data centre's code beside its
      // city ("Union européenne (Paris, cdg1)").
      const words = splitPlaces(m.inner).filter((w) => !isHostName(w.trim()) && !/^(?:[A-Z]{3}|[a-z]{3})\d$/.test(w.trim()));
      const cities = words.map((w) => CITY_NAMES.get(plain(w).replace(/[.:]+$/, '')));
      const inside = words.map((w, i) => cities[i] ?? (cities.includes(countryCode(w)) ? countryCode(w) : undefined));
      // "EU (Frankfurt, Ireland)", "EU (Germany / AWS eu-central-1)": cities and member states side by side inside the
      // EU, each its member state; a provider's region beside them says which machines in one of them (regions alone,
      // "EU (europe-west1, europe-west3)", are offered one or the other: no member state).
      const named = words.map((w, i) => cities[i] ?? countryCode(w));
      const mixed = words.map((w, i) => named[i] ?? memberStateOrRegion(w));
      const regionsIn = mixed.every((c, i) => named[i] !== undefined || named.includes(c));
      const places = inside.every((c) => c !== undefined && isEEA(c)) ? inside : mixed;
      const some = cities.some((c) => c !== undefined) || (named.some((c) => c !== undefined) && regionsIn);
      if (some && places.every((c) => c !== undefined && c !== 'EU' && isEEA(c))) {
        besideCodes.push(...new Set(places as string[]));
        inner.length = 0;
        unread = true;
      }
    }
    for (const word of inner) {
      // "United States (SCCs where applicable)": the words of a mechanism, stated or not, are no place.
      const mech = mechanismsIn(word);
      // "eu-north-1 primary", "eu-west-1 par défaut": the region, whatever its role among the vendor's regions.
      const region = regionRef(word.replace(/\s+(?:primary|secondary|backup|default|principale?|secondaire|par défaut)$/i, ''));
      if (mech.named.length) for (const mechanism of mech.mechanisms) result.transfers.push({ to: [code], mechanism });
      else if (region) {
        if (!result.regions.includes(region)) result.regions.push(region);
        // "EU (eu-west-1)", "Union européenne (région eu-west-1)": one region code inside the EU names its member state,
        // as a city would ("EU (Frankfurt)"); so does one beside the name of its provider ("EU (europe-west1, GCP)").
        const codes = inner.filter((w) => PROVIDERS[w.toLowerCase()] === undefined);
        const country = code === 'EU' && codes.length === 1 ? getRegion(region)?.country : undefined;
        if (country && isEEA(country) && !besideCodes.includes(country)) besideCodes.push(country);
      } else if (GLOBAL_NETWORK.test(word)) {
        // "United States (global edge network)": the network is global, beside the country.
        if (!result.countries.includes('GLOBAL')) result.countries.push('GLOBAL');
        noteParts.push(word);
      } else if (alsoAt(word) !== undefined && !besideCodes.includes(alsoAt(word)!) && alsoAt(word) !== code) {
        // "US (Edge EU)", "France (backups Germany)": the data also runs at the edge or is backed up in that place.
        besideCodes.push(alsoAt(word)!);
        noteParts.push(word);
      } else if (headquarteredIn(word) !== undefined) {
        // "EU (Switzerland-headquartered; EU/EEA data processing)": where the company is, beside where the data is.
        result.entityCountries = [...new Set([...(result.entityCountries ?? []), headquarteredIn(word)!])];
        unread = true;
      } else if (
        companyCountryIn(word) !== undefined &&
        /^(?:an?\s+|une?\s+)?\p{L}[\p{L}.-]*\s+(?:company|corporation|firm|entity|soci[ée]t[ée]|entreprise|entit[ée])$|^(?:soci[ée]t[ée]|entreprise|entit[ée])\s+\p{L}[\p{L}-]*$/iu.test(
          word.trim(),
        )
      ) {
        // "France (French company)", "(société française)": the company's country, beside where the data is.
        result.entityCountries = [...new Set([...(result.entityCountries ?? []), companyCountryIn(word)!])];
        unread = true;
      } else if (withPlace(word) !== undefined && !isAccess && !isEntity) {
        // "US (with EU data centre for EU residency)": a second place the first comes with, whoever it is for.
        besideCodes.push(withPlace(word)!);
        noteParts.push(word);
        unread = true;
      } else if (ACCESS_WORDS.test(word.trim())) isAccess = true;
      else if (ENTITY_WORDS.test(word.trim())) isEntity = true;
      else if (code === 'EU' && countryCode(word) && countryCode(word) !== 'EU' && countryCode(word) !== 'GLOBAL') {
        // "EU (Sweden)": the EU and the member state it names.
        besideCodes.push(countryCode(word)!);
      } else if (cityElsewhere(word, code, inner) !== undefined) {
        // "DE (Falkenstein, Helsinki)": a city of another country in a country's brackets names that country too.
        besideCodes.push(cityElsewhere(word, code, inner)!);
        noteParts.push(word);
        unread = true;
      } else if (countryCode(word) === 'EU' && code !== 'EU' && isEEA(code)) {
        // "France (EU)", "Irlande (UE)": the member state and the EU the page names beside it.
        besideCodes.push('EU');
      } else if (placeWithRole(word) !== undefined && !isAccess && !isEntity) {
        // "USA (EU storage)", "USA (EU compute: Frankfurt)", "United States (with EU-region edge nodes)": a second place
        // and what the vendor keeps or runs there, whatever follows its colon; a city there names its country too.
        for (const c of placeWithRole(word)!) if (c !== code && !besideCodes.includes(c)) besideCodes.push(c);
        noteParts.push(word);
        unread = true;
      } else if (countryOfCityBefore(word, inner) !== undefined && countryOfCityBefore(word, inner) !== code) {
        // "Germany (Helsinki, Finland)": a city and its own country in another country's brackets name that country.
        besideCodes.push(countryOfCityBefore(word, inner)!);
        noteParts.push(word);
        unread = true;
      } else if (countryCode(word) !== 'EU' || code === 'EU') noteParts.push(word);
    }
    if (isEntity) {
      unread = true;
      // "Éditeur UE (France)", "Siège : UE (Irlande)": a company is established in the member state, not in the EU.
      const seats = [code, ...besideCodes.splice(0)];
      const states = seats.filter((c) => c !== 'EU');
      result.entityCountries = [...new Set([...(result.entityCountries ?? []), ...(states.length ? states : seats)])];
      continue;
    }
    const list = isAccess ? result.access : result.countries;
    for (const c of [code, ...besideCodes.splice(0)]) if (!list.includes(c)) list.push(c);
  }
  const worded = /\s(?:or|and|ou|et|&)\s/i.test(source);
  // The page's own words are kept whenever they say more than a list of places: "A or B", a place not read, a role.
  if (unread || worded || !result.countries.length || result.access.length || (parts.length > 1 && noteParts.length)) result.note = source;
  else if (noteParts.length) result.note = noteParts.join(', ');
  return result;
}

/** A member state ("Ireland") or a provider's region in one ("AWS eu-central-1", "europe-west1"): its code; else none. */
function memberStateOrRegion(word: string): string | undefined {
  const w = word.trim();
  const state = countryCode(w);
  if (state !== undefined) return state !== 'EU' && state !== 'GLOBAL' ? state : undefined;
  const region = regionRef(w);
  return region ? getRegion(region)?.country : undefined;
}

/** "Edge EU", "backups Germany", "réplica Irlande": a place the data also runs or is kept in, beside the main one. */
function alsoAt(word: string): string | undefined {
  // "edge Frankfurt + IAD": a city the edge is in, beside data centres' codes (kept in the note).
  // "USA (données EU)", "US (data in the EU)": a place, and in brackets the place the data itself is in.
  const m =
    /^(?:edge|cdn|pops?|backups?|replicas?|failover|sauvegardes?|réplicas?|secours|data|données)\s+(?:(?:in|en|dans)\s+(?:the\s+|l['’]\s?)?)?(\p{L}[\p{L} .-]{0,40}?)(?:\s*\+\s*\p{Lu}{3}\d?)*$/iu.exec(
      word.trim(),
    );
  const code = m ? (countryCode(m[1]!) ?? CITY_NAMES.get(plain(m[1]!).trim())) : undefined;
  return code === 'GLOBAL' ? undefined : code;
}

/**
 * What a vendor keeps or runs in a place, after its name inside another place's brackets: "EU storage", "EU data
 * residency", "EU compute", "EU ingest", "EU instance", "EU-region edge nodes", "EU region opt-in".
 */
const ROLE_IN_PLACE =
  /^(?:(?:with|avec)\s+(?:an?\s+|une?\s+)?)?([\p{L}]{2,20}(?: [\p{L}]{2,20})??)(?:[- ](?:region|région))?\s+(?:data\s+)?(?:storage|residency|compute|ingest(?:ion)?|instance|hosting|edge(?: nodes?)?|nodes?|region|opt-in|stockage|h[ée]bergement|calcul|r[ée]gion)$/iu;

/** French order, the noun first: "hébergement UE", "stockage en France", "instance UE". */
const ROLE_BEFORE_PLACE =
  /^(?:(?:avec|with)\s+(?:une?\s+)?)?(?:stockage|h[ée]bergement|instance|calcul|storage|hosting)\s+(?:en\s+|au\s+|aux\s+|dans\s+l['’]\s?|in\s+(?:the\s+)?)?([\p{L}]{2,20}(?: [\p{L}]{2,20})??)$/iu;

/**
 * The places a word inside a place's brackets names with what is there ("EU storage", "EU compute: Frankfurt"): the
 * place, and the country of a city after the colon; undefined when it names none, or words of a possibility ("available").
 */
function placeWithRole(word: string): string[] | undefined {
  const [head, detail] = word.trim().split(/\s*:\s+/, 2) as [string, string | undefined];
  const m = ROLE_IN_PLACE.exec(head.trim()) ?? ROLE_BEFORE_PLACE.exec(head.trim());
  const place = m ? countryCode(m[1]!) : undefined;
  if (place === undefined || place === 'GLOBAL') return undefined;
  const city =
    detail !== undefined
      ? CITY_NAMES.get(
          plain(detail)
            .replace(/[.:]+$/, '')
            .trim(),
        )
      : undefined;
  return city !== undefined && (place !== 'EU' || isEEA(city)) ? [place, city] : [place];
}

/** "Helsinki, Finland" in another country's brackets: the country after a city of its own, as `word` is that country. */
function countryOfCityBefore(word: string, inner: readonly string[]): string | undefined {
  const code = countryCode(word.trim());
  if (code === undefined || code === 'EU' || code === 'GLOBAL') return undefined;
  const at = inner.indexOf(word);
  return at > 0 &&
    CITY_NAMES.get(
      plain(inner[at - 1]!)
        .replace(/[.:]+$/, '')
        .trim(),
    ) === code
    ? code
    : undefined;
}

/** Words about where machines are: "our own servers", "self-hosted", "hébergé sur nos serveurs". */
const SERVER_WORDS =
  /(?<!\p{L})(?:servers?|serveurs?|self-hosted|auto-h[ée]berg[ée]e?s?|hosted|h[ée]berg[ée]e?s?|infrastructure|data ?cent(?:er|re)s?|centres? de données)(?!\p{L})/iu;

/** The country the words end with, one or two words long ("OVHcloud France", "Hetzner, Germany"); never the EU. */
function tailCountry(text: string): string | undefined {
  const words = cleanText(text)
    .replace(/[.;]$/, '')
    .split(/[\s,]+/);
  for (const n of [2, 1]) {
    if (words.length <= n - 1) continue;
    const code = countryCode(words.slice(-n).join(' '));
    if (code && code !== 'EU' && code !== 'GLOBAL') return code;
  }
  return undefined;
}

/**
 * "with EU data centre for EU residency", "avec hébergement UE": inside a place's brackets, a second place it comes
 * with (a place, or a place and its noun), whoever it is for; an option or a possibility is none ("with EU hosting
 * available on request").
 */
function withPlace(word: string): string | undefined {
  const m = /^(?:with|avec|plus)\s+(?:an?\s+|une?\s+)?(.+)$/i.exec(word.trim());
  if (
    !m ||
    /\b(?:option(?:al|nel(?:le)?)?|available|possible|on request|upon request|sur demande|disponible|planned|prévue?)\b/i.test(m[1]!)
  )
    return undefined;
  const place = m[1]!.replace(/\s+(?:for|pour)\s.*$/i, '').trim();
  const code = placeCode(place) ?? placeWithNoun(place);
  return code === 'GLOBAL' ? undefined : code;
}

/**
 * A data-centre city in the brackets of a country that is not its own, beside a city of that country ("DE
 * (Falkenstein, Helsinki)": the sites the country's brackets list): the city's country. A city alone in another
 * country's brackets ("USA (Paris)") may be a namesake: none.
 */
function cityElsewhere(word: string, code: string, inner: readonly string[]): string | undefined {
  const cityOf = (w: string) => CITY_NAMES.get(plain(w).replace(/[.:]+$/, ''));
  const city = cityOf(word);
  if (city === undefined || code === 'EU' || code === 'GLOBAL' || city === code) return undefined;
  return inner.some((w) => cityOf(w) === code) ? city : undefined;
}

/**
 * "[À CONFIRMER : Vercel, Inc.]", "[To be confirmed: Postmark]": a name the page gives, marked as still to be confirmed.
 * The vendor is named (the name after the colon); the mark is kept in the entry's note. Undefined for anything else.
 */
export function pendingName(cell: string): string | undefined {
  const m =
    /^\[\s*(?:à confirmer|a confirmer|à vérifier|à valider|to be confirmed|to confirm|to be verified|tbc|pending(?: confirmation)?)\s*[:—–-]\s*([^[\]]{2,80}?)\s*\]$/iu.exec(
      cell.replace(/[*_]/g, '').trim(),
    );
  return m && /^[\p{Lu}\d]/u.test(m[1]!) ? m[1] : undefined;
}

/** "Switzerland-headquartered", "US-based": the country a company's seat is in, never the EU or the world. */
function headquarteredIn(word: string): string | undefined {
  const m = /^(\p{L}[\p{L}. ]{0,30}?)[-\s](?:headquartered|based)$/iu.exec(word.trim());
  const code = m ? countryCode(m[1]!) : undefined;
  return code === 'EU' || code === 'GLOBAL' ? undefined : code;
}

/**
 * "Irlande (Union européenne) pour les comptes européens", "Germany for EU customers": the place, without whom it is
 * for (the words stay in the note). Only after the place's own parenthesis, and only a place before it.
 */
function forWhom(whole: string): string {
  // "Irlande pour les utilisateurs UE (Google Ireland Limited)": the company the users are served by, in brackets after
  // whom the place is for, is no place's own parenthesis.
  const trailing = /\s*\(([^()]+)\)$/.exec(whole);
  const part =
    trailing && entityIn(trailing[1]!) === trailing[1]!.trim() && / (?:for|pour) /i.test(whole.slice(0, trailing.index))
      ? whole.slice(0, trailing.index)
      : whole;
  const close = part.lastIndexOf(')');
  const from = close < 0 ? 0 : close;
  const m = / (?:for|pour) /i.exec(part.slice(from));
  // "India for support", "Maroc pour l'assistance": a place people reach the data from, not where it is.
  if (!m || /support|maintenance|access|accès|assistance|helpdesk|operations|exploitation/i.test(part.slice(from + m.index))) return whole;
  const head = part.slice(0, from + m.index).trim();
  // "CH regions for tenants in those residencies": a place with its noun is a place too.
  const place = parenthesised(head)?.head.trim() || head;
  return head && (placeCode(place) !== undefined || placeWithNoun(place) !== undefined) ? head : whole;
}

/**
 * Words closing a place cell that say the place depends on a choice: "selon configuration", "selon le choix du client",
 * "depending on (the) configuration", "depending on the customer's choice", "as configured by the customer", "per
 * configuration"; or on where the customer is: "depending on the customer's region", « selon la région du client »
 * (the region of the customer's own, never "selon région" alone, which names no place).
 */
const CHOSEN_BY =
  /,?\s+(?:(?:selon|suivant|en fonction d[eu])\s+(?:la\s+|le\s+)?(?:configuration|choix|param[ée]trage|(?:r[ée]gion|localisation|pays)(?=\s+(?:du|de l['’])\s*(?:client|utilisateur|compte)))(?:\s+(?:du|de l['’])\s*(?:client|utilisateur|compte))?|(?:depending on|based on|according to|per)\s+(?:the\s+)?(?:(?:customer|client|user|account|tenant)(?:['’]s)?\s+)?(?:configuration|choice|settings?)|(?:depending on|based on|according to|per)\s+(?:the\s+)?(?:customer|client|user|account|tenant)(?:['’]s)?\s+(?:region|location|country)|as\s+(?:configured|chosen|selected)(?:\s+by\s+the\s+(?:customer|client|user))?)\.?$/iu;

/** Words that say a place is not where the data is now: planned, or left ("planned", "formerly", « prévu », « anciennement »). */
const NOT_NOW =
  /^(?:planned|future|upcoming|coming soon|formerly|previously|former|past|prévue?s?|[àa] venir|futur(?:e|s)?|anciennement|auparavant|précédemment)$/iu;
/**
 * A label that bounds a place by a date or a step ("Until March 2028", "From April 2028", "Then", « Jusqu'en 2028 »,
 * « À partir de 2028 », « Ensuite »): whether the place is the one now depends on today, which the words alone do not
 * settle (review12).
 */
const TIMELINE =
  /^(?:until|till|up to|from|as of|starting|beginning|then|afterwards|after\s[^:()]{1,40}|jusqu['’]|[àa] partir d|d[èe]s|ensuite|puis|apr[èe]s)(?:\s[^:()]{0,40})?$|^jusqu['’][^:()]{1,40}$|^[àa] partir d[eu'’][^:()]{0,40}$/iu;

/**
 * Words opening a place cell that say the places after them are offered to a choice: "Customer's choice of", "at the
 * customer's choice between", "customer-selected", « au choix du client », « selon le choix du client ».
 */
const CHOICE_OF =
  /^(?:(?:at\s+|per\s+)?(?:the\s+)?(?:customer|client|user|tenant)(?:['’]s|s['’])?[\s-]+(?:choice|option|selection|selected|chosen)(?:\s+(?:of|between|among|from|in))?|(?:au|selon\s+le|suivant\s+le)\s+choix\s+(?:du|de\s+l['’])\s*(?:client|utilisateur|compte)(?:\s+(?:entre|parmi))?)\s*:?\s+/iu;

/** "(where applicable)", "if applicable", "le cas échéant": a condition the words leave open. */
const ONLY_IF_APPLICABLE = /\b(?:where|if|when|as) applicable\b|(?<!\p{L})(?:le cas échéant|si applicable|si besoin)(?!\p{L})/iu;

/** A continent or a part of the world: a word, not a place with a code ("Europe" is not the EU). */
/** Machines' words in a bracket after a place: "with EU/AU regional infrastructure", « avec des serveurs régionaux en UE ». */
const WITH_MACHINES_EN =
  /^(?:with|plus|and)\s+(?:an?\s+|the\s+)?([^()]{2,40}?)\s+(?:regional\s+|local\s+)?(?:infrastructure|data ?cent(?:er|re)s?|datacenters?|regions?|servers?|instances?)$/i;
const WITH_MACHINES_FR =
  /^(?:avec|et|plus)\s+(?:une?\s+|des\s+)?(?:infrastructures?|centres? de données|datacenters?|régions?|serveurs?|instances?)(?:\s+régiona(?:le|les|ux|l))?\s+(?:en\s+|aux?\s+|dans\s+l['’]\s?)?([^()]{2,40})$/iu;

/** The places a bracket's machines are in, beside the place before it; none unless every word named is a place. */
function machinesAlsoIn(inner: string): string[] | undefined {
  const words = (WITH_MACHINES_EN.exec(inner) ?? WITH_MACHINES_FR.exec(inner))?.[1];
  if (words === undefined) return undefined;
  const codes = splitPlaces(words).map((w) => countryCode(w.trim()));
  return codes.length && codes.every((c) => c !== undefined && c !== 'GLOBAL') ? [...new Set(codes as string[])] : undefined;
}

const CONTINENT =
  /^(?:europe|asia|asie|africa|afrique|north america|amérique du nord|south america|amérique du sud|latin america|amérique latine|oceania|océanie|middle east|moyen-orient|asia[- ]pac(?:ific)?|asie[- ]pacifique|apac|emea|latam)$/i;

/**
 * The nouns after a place that only say what runs there: its machines ("servers", "edge network"), its region, the data
 * kept there ("residency"), or the route a service takes through it ("DLT route"). Not "delivery": "global delivery" is
 * how far the messages go, no place of the data (nightshield's truth).
 */
const PLACE_NOUNS =
  /^(?:jurisdiction|juridiction|(?:data )?regions?(?: (?:buckets?|servers?|storage|data ?cent(?:er|re)s?))?|(?:data )?residency|data storage|data boundary|servers?|data ?cent(?:er|re)s?|hosting|based|cloud|infrastructure|serveurs?|centres? de données|hébergement|datacenters?|pops?|points? of presence|edge(?: (?:network|nodes?|locations?))?|(?:storage )?buckets?|(?:[a-z-]{2,20} ){0,2}routes?)$/i;

const CONDITION = / (?:where|when|if|as|si|selon|lorsque|quand) (?:available|possible|applicable|disponibles?|applicables?|possibles?)$/i;

/** "EU servers", "US data centers", "Irish region": the place the words start with, when the rest only says what is there. */
function placeWithNoun(words: string): string | undefined {
  // "PH-region buckets", "US-region servers": the place joined to its noun by a hyphen.
  // "US data centers.": the sentence's full stop after the noun is no word of it.
  const head = words.replace(/^([\p{L}]+)-(?=regions?(?!\p{L}))/iu, '$1 ').replace(/(?<=\p{L})\.$/u, '');
  const m = /^(\S+(?:\s\S+)?)\s+(.+)$/.exec(head);
  if (!m) return undefined;
  for (const [place, rest] of [
    [m[1]!, m[2]!],
    [head.split(' ')[0]!, head.split(' ').slice(1).join(' ')],
  ]) {
    // "EU data residency where available": a condition after the place's noun says nothing more about where.
    // "Mumbai region", "Frankfurt data centre": a data-centre city names its country.
    // "no delivery", "in servers": a word of the sentence in small letters is no country's code.
    if (/^\p{Ll}{2,3}$/u.test(place)) continue;
    const code = PLACE_NOUNS.test(rest.replace(CONDITION, '').trim()) ? placeCode(place) : undefined;
    if (code) return code;
  }
  // French order: "serveurs en France", "hébergement UE".
  // "Multi-régions UE", "région UE": the noun before the place.
  const fr =
    /^(?:serveurs?|hébergement|centres? de données|datacenters?|(?:multi-)?régions?|pops?|points? de présence)\s+(?:en\s+|au\s+|aux\s+|dans l'|dans\s+l[ae]\s+)?(.+)$/i.exec(
      head,
    );
  return fr ? placeCode(fr[1]!) : undefined;
}

/**
 * "Primary hosted infrastructure is in", "Our servers are located in": the machines (a few words before their noun),
 * then a verb that places them, as a sentence opens; the place follows. "Data may be in", "is not in" are none.
 */
const MACHINES_ARE_IN =
  /^(?:(?:(?:our|the|primary|main|hosted|production|application)\s+){0,3}(?:infrastructure|hosting|servers?|data ?cent(?:er|re)s?|database|storage)\s+(?:is|are)\s+(?:(?:located|hosted|based)\s+)?(?:in|within)\s+(?:the\s+)?|(?:(?:nos|notre|les|la|le|l['’])\s?)?(?:infrastructure|h[ée]bergement|serveurs?|centres? de donn[ée]es|base de donn[ée]es|stockage)(?:\s+(?:principale?|de production|applicative))?\s+(?:est|sont)\s+(?:(?:situ[ée]e?s?|h[ée]berg[ée]e?s?|localis[ée]e?s?|bas[ée]e?s?)\s+)?(?:en|au|aux|dans)\s+(?:l['’]\s?|l[ae]\s+)?(?=\S))/iu;

/** Words that end (or open) a place's machines: "South African infrastructure", "German servers", "serveurs français". */
const MACHINES_OF =
  /^(?:[\p{L}-]+(?:\s[\p{L}-]+)?\s(?:infrastructure|servers|data ?cent(?:er|re)s)|(?:infrastructure|serveurs|centres de données)\s[\p{L}-]+(?:\s[\p{L}-]+)?)$/iu;

const COMPASS = /^(?:north|south|east|west|central|centre|nord|sud|est|ouest)$/i;

/** "EU West", "US-East", "US East 1": a place, then only compass words (and a number) of a provider's region name. */
function placeWithCompass(text: string): string | undefined {
  const words = text.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || !words.slice(1).every((w) => COMPASS.test(w) || /^\d{1,2}$/.test(w))) return undefined;
  return countryCode(words[0]!);
}

/**
 * A cloud provider's region named in words ("AWS EU West (Irlande)", "AWS (US-East)", "GCP Frankfurt"): the
 * place the parenthesis names when it is one country or city, else the place the region's words start with.
 */
function providerPlace(head: string, inner: string | undefined): { code: string; fromParenthesis: boolean } | undefined {
  const words = head.split(' ');
  const n = [3, 2, 1].find((k) => words.length >= k && PROVIDERS[words.slice(0, k).join(' ').toLowerCase()] !== undefined);
  if (n === undefined) return undefined;
  const inside = inner !== undefined ? (placeCode(inner) ?? placeWithCompass(inner)) : undefined;
  if (inside && inside !== 'GLOBAL') return { code: inside, fromParenthesis: true };
  const rest = words.slice(n).join(' ');
  const code = rest ? (placeCode(rest) ?? placeWithCompass(rest)) : undefined;
  return code && code !== 'GLOBAL' ? { code, fromParenthesis: false } : undefined;
}

/** A region code standing for a place ("eu-central-1"): its country, when the text is only that. */
function regionCountry(head: string, result: ReadLocation): string | undefined {
  const ref = regionRef(head);
  if (!ref) return undefined;
  if (!result.regions.includes(ref)) result.regions.push(ref);
  return getRegion(ref)?.country;
}

const LEGAL_FORMS = [
  'Inc',
  'Incorporated',
  'LLC',
  'L.L.C',
  'Ltd',
  'Limited',
  'GmbH',
  'GmbH & Co. KG',
  'SAS',
  'SASU',
  'SARL',
  'SA',
  'S.A',
  'S.A.S',
  'B.V',
  'BV',
  'N.V',
  'NV',
  'PBC',
  'Corp',
  'Corporation',
  'Oy',
  'AB',
  'AG',
  'SE',
  'S.r.l',
  'SRL',
  's.r.o',
  'd.o.o',
  'sp. z o.o',
  'Pty Ltd',
  'Pty',
  'PLC',
  'ULC',
  'KG',
  'OÜ',
  'V.O.F',
  'Pvt Ltd',
  'Private Limited',
  'SMC-Pvt Ltd',
  'ApS',
  'AS',
  'A/S',
  'S.L',
  'SL',
  'SpA',
  'S.p.A',
  'LLP',
  'LP',
  'Co',
  'K.K',
  'G.K',
  'KK',
  'GK',
  'S.à r.l',
  'Sàrl',
  'SCA',
  'SCOP',
];
const LEGAL_FORM_NAMES = LEGAL_FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LEGAL_FORM = new RegExp(`^(.*?[^\\s,](?:,?\\s+(?:${LEGAL_FORM_NAMES})\\.?))(?=$|\\s*[,(]|\\s+(?:t/a|aka|dba)\\b)`, 'i');

/** The legal entity a name states by its legal-form suffix ("NexMo Inc (aka Vonage)" -> "NexMo Inc"), if any. */
export function entityIn(text: string): string | undefined {
  const m = LEGAL_FORM.exec(cleanText(text));
  return m ? m[1]!.trim() : undefined;
}

/** A proper name of two or more capitalised words ending in the kind of body it is: "Internet Security Research Group", "Fondation Exemple". */
const ORGANISATION =
  /^(?:(?:Fondation|Association|Institut)(?:\s+(?:\p{Lu}[\p{L}'’&-]*|de|du|des|pour|la|le|l['’]\p{Lu}[\p{L}-]*))+|\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|for|and))*\s+(?:Foundation|Association|Institute|Consortium|Group|Society))$/u;

/**
 * A name as a page gives it to the name and the entity it states: "MongoDB Atlas (MongoDB, Inc.)" ->
 * entity "MongoDB, Inc."; "Twilio (SendGrid)" and "Microsoft (Azure)" state no entity (a brand in
 * parentheses is not one); "Stripe, Inc." is its own entity.
 */
/** A country, then the whole world: "États-Unis et mondial", "United States and worldwide". */
export const WORLDWIDE_AFTER =
  /^([^()]{2,40}?)\s{1,3}(?:et|and|&)\s{1,3}(mondial|dans le monde entier|monde entier|worldwide|global|globally)$/iu;

/** "operated by X", "provided by X", "exploité par X", "fourni par X": the company that runs a product. */
const RUN_BY = /^(?:operated|provided|run|exploit[ée]e?|fournie?|opér[ée]e?) (?:by|par) (\S.*)$/iu;
/**
 * Words that tie a company to its group or parent: "a subsidiary of", "part of", "owned by", "member of", "filiale de",
 * "appartenant au", "détenue par", "groupe". What follows them is another company.
 */
const GROUP_RELATION =
  /(?<!\p{L})(?:(?:wholly[- ]owned\s+)?(?:subsidiary|affiliate|division|member|part)\s+of|owned\s+by|filiale\s+(?:de|du|d['’])|appartenant\s+(?:à|au|aux)|d[ée]tenue?\s+par|membre\s+d[ue]|groupe)(?!\p{L})/iu;
const GROUP_RELATION_FIRST = new RegExp(`^\\s*(?:(?:a|an|une?)\\s+)?(?:${GROUP_RELATION.source})`, 'iu');

export function nameAndEntity(text: string): { name: string; entity?: string; country?: string } {
  const t = cleanText(text);
  const m = closingParenthesis(t);
  if (m && m.head) {
    // "MongoDB Atlas (operated by MongoDB Inc.)", "Brevo (exploité par Sendinblue SAS)": the company that runs the
    // product the name gives.
    const runBy = RUN_BY.exec(cleanText(m.inner));
    if (runBy && entityIn(runBy[1]!) === runBy[1]) return { name: m.head.trim(), entity: runBy[1]! };
    // "Hostora GmbH, a subsidiary of Hostora Holdings Inc. (USA)", "Quillmail SAS (part of Mailgroup Ltd, United
    // Kingdom)", "(filiale de Hostora Inc., États-Unis)": the brackets speak of the group the company belongs to. Their
    // country is the parent's seat, not the company's (domain facts §8: a parent abroad is no fact of the entity), and
    // the company they name is no entity of the entry.
    if (GROUP_RELATION_FIRST.test(m.inner) || GROUP_RELATION.test(m.head)) return { name: m.head.trim(), entity: entityIn(m.head) };
    const inner = entityIn(m.inner);
    // "Google (Google Ireland Ltd / Google LLC)": one company or the other, no single entity.
    const either = m.inner.split(/\s+(?:\/|or|ou)\s+/).filter((p) => entityIn(p) !== undefined).length > 1;
    if (inner === cleanText(m.inner) && !either) return { name: m.head.trim(), entity: inner };
    // "Let's Encrypt (Internet Security Research Group)": a body that has no legal form but names itself by the kind of
    // body it is (a foundation, an association, a group) is the entity; a brand or a product ("Twilio (SendGrid)") is not.
    if (!inner && ORGANISATION.test(cleanText(m.inner))) return { name: m.head.trim(), entity: cleanText(m.inner) };
    // "Internet Security Research Group (Let's Encrypt)": the same written the other way, the body first, then in
    // brackets the service it is known by (a name of one to three words), the name.
    if (
      !inner &&
      ORGANISATION.test(m.head.trim()) &&
      /^[\p{Lu}\d][\p{L}\d'’.&-]*(?:\s[\p{Lu}\d][\p{L}\d'’.&-]*){0,2}$/u.test(cleanText(m.inner))
    )
      return { name: cleanText(m.inner), entity: m.head.trim() };
    // "Cloudflare (États-Unis et mondial)", "Acme (United States and worldwide)": the company's country, then where it
    // operates ("mondial" is no seat: the reader of the list keeps it as the place, `WORLDWIDE_AFTER`).
    const worldwide = WORLDWIDE_AFTER.exec(cleanText(m.inner));
    const seat = worldwide && !m.head.includes('(') ? companyCountryCode(worldwide[1]!) : undefined;
    if (seat) return { name: m.head.trim(), entity: entityIn(m.head), country: seat };
    // "Vercel Inc. (États-Unis)", "OVHcloud (OVH SAS, France)": the company's country, after its entity or alone;
    // not a name that holds another parenthesis ("Stripe, Inc. (USA) and Stripe Payments Europe Ltd. (Ireland)": two companies).
    const comma = m.inner.lastIndexOf(', ');
    const alone = !m.head.includes('(') && !m.head.includes(')');
    const country = alone ? companyCountryCode(comma >= 0 ? m.inner.slice(comma + 2) : m.inner) : undefined;
    const company = comma >= 0 ? cleanText(m.inner.slice(0, comma)) : '';
    if (country && !company) return { name: m.head.trim(), entity: entityIn(m.head), country };
    // "Resend (États-Unis, option EU residency)", "PostHog (États-Unis, instance EU)": the company's country first in
    // the name's brackets, then what its service offers. Not places after it ("OVHcloud (France, UE)", "(France,
    // Allemagne et Irlande)", "(Germany, Frankfurt)"): a list of where the data is, no company's country.
    const first = m.inner.indexOf(', ');
    const offers = first > 0 ? m.inner.slice(first + 2).trim() : '';
    const leading =
      alone && !country && first > 0 && !readLocation(offers).countries.length ? companyCountryCode(m.inner.slice(0, first)) : undefined;
    if (leading) return { name: m.head.trim(), entity: entityIn(m.head), country: leading };
    if (country && entityIn(company) === company) return { name: m.head.trim(), entity: company, country };
    // "Mistral AI SAS (Paris, France)": a company by its legal form, then its city and country in brackets.
    const head = entityIn(m.head);
    if (country && head === m.head.trim() && /^\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2}$/u.test(company))
      return { name: m.head.trim(), entity: head, country };
    const remarked = entityAndRemark(m.head, m.inner);
    if (remarked) return remarked;
  }
  const entity = entityIn(t);
  // "Stripe Payments Europe Ltd, Ireland": the company, then the country it is in.
  const tail = entity && t.startsWith(entity) ? /^,\s*(.+)$/.exec(t.slice(entity.length)) : null;
  const country = tail ? companyCountryCode(tail[1]!) : undefined;
  if (country) return { name: t, entity, country };
  // "Crisp, IM SAS", "Bento, Backpack Internet Pty. Ltd": a brand, then its company after the comma; "Stripe, Inc."
  // (a legal form alone after the comma) is one name.
  const comma = entity ? entity.lastIndexOf(', ') : -1;
  const after = comma > 0 ? entity!.slice(comma + 2) : '';
  if (after && !LEGAL_FORM_ONLY.test(after) && entityIn(after) === after) return { name: t, entity: after };
  return { name: t, entity };
}

/**
 * "Mailgun (Mailgun Technologies, Inc., Sinch group)", "Relay (Relay Labs Ltd, part of the Hub group)": a brand, then in
 * its brackets the company by its legal form and, after a comma, a remark on it (its group, what it is) that names no
 * place and no second company: the company is the entity; the remark says nothing the inventory records.
 */
function entityAndRemark(head: string, inner: string): { name: string; entity: string } | undefined {
  const name = head.trim();
  const entity = entityIn(inner);
  if (!entity || !name || name.includes('(') || name.includes(')') || /\s(?:\/|or|ou)\s/i.test(inner)) return undefined;
  const rest = /^,\s+(.+)$/.exec(cleanText(inner).slice(entity.length))?.[1];
  if (!rest || entityIn(rest) !== undefined || readLocation(rest).countries.length > 0 || companyCountryCode(rest) !== undefined)
    return undefined;
  return { name, entity };
}

const LEGAL_FORM_ONLY = new RegExp(`^(?:${LEGAL_FORM_NAMES})\\.?$`, 'i');
const LEGAL_FORM_END = new RegExp(`,?\\s+(?:${LEGAL_FORM_NAMES})\\.?$`, 'i');

/** A company's name without the legal form it ends with ("Vercel Inc." -> "Vercel", "Hotjar, Ltd" -> "Hotjar"). */
export function withoutLegalForm(name: string): string {
  const t = cleanText(name);
  return entityIn(t) === t ? t.replace(LEGAL_FORM_END, '') : t;
}

const MONTHS: Record<string, number> = (() => {
  const map: Record<string, number> = {};
  for (const lang of ['en', 'fr']) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2000, m, 1));
      for (const style of ['long', 'short'] as const) {
        const name = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' }).format(d).toLowerCase().replace(/\.$/, '');
        map[name] = m + 1;
        map[plain(name)] = m + 1;
      }
    }
  }
  // A date another language writes on an English or French page ("4 июня 2026 г."): the month as a date writes it.
  for (const lang of ['de', 'es', 'it', 'ru']) {
    for (let m = 0; m < 12; m++) {
      const part = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' })
        .formatToParts(new Date(Date.UTC(2000, m, 1)))
        .find((x) => x.type === 'month')
        ?.value.toLowerCase();
      if (part && !(part in map)) {
        map[part] = m + 1;
        map[plain(part)] = m + 1;
      }
    }
  }
  map.sept = 9;
  return map;
})();

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * A date as pages write it, to ISO: "2021-01-28", "August 2025" (the first of the month), "août 2025",
 * "1er août 2025", "2nd June, 2025", "August 5, 2025", "28/01/2021" and "28.01.2021" (day first; an order only a French page
 * makes certain when both numbers are 12 or less: otherwise undefined, never a guess).
 */
export function parseDate(text: string, lang: Lang = 'en'): string | undefined {
  // "1ᵉʳ mai 2026": superscript letters as plain ones.
  const t = cleanText(text.normalize('NFKC'))
    .replace(/^(?:le|on|the)\s+/i, '')
    .replace(/[.,;]+$/, '')
    // "4 июня 2026 г.": the word for "year" after it.
    .replace(/(\d{4})\s+г$/u, '$1')
    // "1ᵉʳ mai 2026": the ordinal as typography writes it.
    .replace(/^(\d{1,2})ᵉʳ/, '$1er');
  // "2026-05-20", and "2026.05.20", "2026/05/20": the year first, then the month and the day.
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(t) ?? /^(\d{4})[./](\d{2})[./](\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // "21/05/2018", "21.05.2018", and with a dash before the year or between all three ("21/05-2018", "21-05-2018").
  m = /^(\d{1,2})[/.](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12) return iso(Number(m[3]), b, a);
    if (b > 12) return iso(Number(m[3]), a, b);
    if (phrases(lang).numericDates === 'day-first') return iso(Number(m[3]), b, a);
    return a === b ? iso(Number(m[3]), a, a) : undefined;
  }
  // "2nd June, 2025", "2 juin, 2025": a comma before the year; "13. August 2026": the day's ordinal dot.
  m = /^(?:(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:of\s+)?)?([\p{L}.]+),?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = MONTHS[plain(m[2]!).replace(/\.$/, '')];
    return month ? iso(Number(m[3]), month, Number(m[1] ?? 1)) : undefined;
  }
  // "May 15, 2025", "May, 15, 2025": the month first, a comma after it or not.
  m = /^([\p{L}.]+),?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = MONTHS[plain(m[1]!).replace(/\.$/, '')];
    return month ? iso(Number(m[3]), month, Number(m[2])) : undefined;
  }
  return undefined;
}

/** The words that introduce a page's date, in English and French. */
/**
 * A date's label; "Status: 2 June 2026" (a German page's "Stand", the date its text is as of) only before figures. "En
 * vigueur à partir de juin 2026", "Effective from 1 May 2026": the date the page takes effect.
 */
const DATE_LABEL =
  /^(?:(?:status|stand)(?=\s?:\s\d)|last\s+updated?|latest\s+update|last\s+modified|last\s+revised|last\s+reviewed|last\s+verified|last\s+checked|derni[èe]re\s+v[ée]rification|updated|effective\s+date|effective|date\s+of\s+last\s+update|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|derni[èe]re\s+mise\s+[àa]\s+jour|date\s+de\s+mise\s+[àa]\s+jour|en\s+vigueur|date\s+d'effet|derni[èe]re\s+modification|modifi[ée]e?\s+le|r[ée]vis[ée]e?\s+le|date\s+de\s+r[ée]daction|r[ée]dig[ée]e?\s+le|[ée]tablie?\s+le|dress[ée]e?\s+le)\b\s*(?:on|le|du|as\s+of|[àa]\s+partir\s+d[ue]|(?:as\s+)?from|:|[·•|–—-](?=\s))?\s*:?\s*/i;

/** "Last updated: August 2025", "Latest update 2021-01-28", "Mis à jour le 28/01/2021": the date's text. */
export function dateLine(text: string): string | undefined {
  const t = stripEmphasis(cleanText(text));
  const m = DATE_LABEL.exec(t);
  if (!m) return undefined;
  // "Effective date: May 25, 2026 Last updated: June 3, 2026" (two labelled lines a paragraph ran together): the date
  // of the last update is the page's, as `dateIn` reads it.
  if (!UPDATE_WORDS.test(m[0])) {
    const after = t.slice(m.index + m[0].length);
    for (const w of after.matchAll(DATE_WORDS)) {
      const updated = UPDATE_WORDS.test(w[0]) ? (dateAfter(after, w, 'en') ?? dateAfter(after, w, 'fr')) : undefined;
      // "Effective date: 1 June 2024. Our Privacy Policy was last updated on 4 April 2022": another document's update.
      if (updated !== undefined && !anotherThingsDate(after, w.index, updated)) return updated;
    }
  }
  // "Updated · 2026.05.20": a dot or a dash set between the label and its date; "Last verified against the
  // codebase: 2026-08-10": a few words of what was checked, then the colon and the date. "Effective: 1 January
  // 2026·Operated by …": a middle dot ends the date.
  const after = t.slice(m[0].length).replace(/^[·•|—–-]\s*/, '');
  // "Effective date of the Agreement: 1 January 2020": the words before the colon name another document, whose date it is.
  // "Dernière mise à jour des mentions légales : Janvier 2025": the date may open with its month's name.
  const what = /^(?:[\p{L}'’-]+\s+){1,6}?[\p{L}'’-]+\s*:\s+(?=\d|\p{L}{3,9}\.? \d{4}(?!\d))/u.exec(after);
  if (what && OTHER_DOCUMENTS.test(what[0])) return undefined;
  const rest = after
    .replace(/^(?:[\p{L}'’-]+\s+){1,6}?[\p{L}'’-]+\s*:\s+(?=\d|\p{L}{3,9}\.? \d{4}(?!\d))/u, '')
    .split(/\s*[·•]\s*/)[0]!
    // "Stand: 16. Februar 2026 Scope: Kura Web + API": the next label of lines a paragraph ran together ends the date.
    .split(/\s+(?=\p{Lu}[\p{L}'’-]{1,30}\s?:\s)/u)[0]!
    .trim();
  if (!rest || !/\d{4}/.test(rest)) return undefined;
  if (rest.length <= 40) return rest;
  // "Last updated: 12 March 2026, following the addition of …": the date that opens a long rest of line, its longest
  // opening of at most 40 characters that ends a word and reads as a date (a bounded slice: linear in the line).
  const head = rest.slice(0, 41);
  const ends = [...head.matchAll(/[\s,;(]/g)].map((m) => m.index).reverse();
  for (const end of ends) {
    const date = head.slice(0, end).replace(/[\s,;.]+$/, '');
    if (/\d{4}/.test(date) && (parseDate(date, 'en') ?? parseDate(date, 'fr')) !== undefined) return date;
  }
  return undefined;
}

/**
 * The date words, found anywhere in a text (a paragraph may run several lines together). "Version 0.2 (bêta), datée du
 * 14 septembre 2026", "Version 3, dated 2 May 2026": a version's number, then the date it is dated.
 */
const DATE_WORDS =
  /(?<![\p{L}\d])(?:last\s+updated?|latest\s+update|last\s+modified|last\s+revised|last\s+reviewed|last\s+verified|last\s+checked|derni[èe]re\s+v[ée]rification|effective\s+date|effective|updated|(?:applicables?|en\s+vigueur)\s+[àa]\s+compter\s+du|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|version\s+v?\d{1,3}(?:\.\d{1,3}){0,2}(?:\s+\([^()]{1,20}\))?,?\s+(?:dat[ée]e?\s+du|dated)|version|ver\.(?=\s*v?\d)|en\s+vigueur|v\d{1,3}(?:\.\d{1,3}){0,2}|derni[èe]re\s+modification|modifi[ée]e?\s+le|r[ée]vis[ée]e?\s+le|[ée]tablie?\s+le|dress[ée]e?\s+le|as\s+of|jour\s+au(?=\s+\d)|(?<!\p{L}\s)date(?=\s*:))(?!\p{L})/giu;

/**
 * A date a text gives after its date words, wherever they are ("… Version 1.1, 22.6.2026", "Version v1.0Last
 * updated November 23, 2025", "last modified: 15th of Jul 2020"): the words after them, read as a date.
 */
/**
 * The date a text starts with, to ISO, when more follows it: "10 juin 2026 Version : 1.2" (a label's value that
 * ran into the next line) gives 2026-06-10. At most four words are read as the date.
 */
export function leadingDate(text: string, lang: Lang = 'en'): string | undefined {
  const words = cleanText(text).replace(/[*_]/g, ' ').split(' ').filter(Boolean).slice(0, 4);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words
      .slice(0, n)
      .join(' ')
      .replace(/[),;.]+$/, '');
    const iso = /\d{4}/.test(candidate) ? parseDate(candidate, lang) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** Documents a date label may name that are not the page: "des textes", "des CGU", "of the Terms of Service". */
const OTHER_DOCUMENTS =
  /(?<!\p{L})(?:(?:des|de nos)\s+(?:textes|CGU|CGV|conditions(?:\s+générales)?|contrats?)|(?:du|de\s+la|de\s+l['’])\s*(?:RGPD|r[èe]glement|loi|DPF|Data\s+Privacy\s+Framework|contrat(?:-cadre)?|accord)|of\s+(?:the\s+)?(?:GDPR|regulation|law|act|DPF|Data\s+Privacy\s+Framework)|of\s+(?:the\s+|our\s+)?(?:texts|terms(?:\s+of\s+(?:service|use))?|terms\s+and\s+conditions|contracts?|agreements?|master\s+(?:services\s+)?agreement))(?!\p{L})/iu;

export function dateIn(text: string, lang: Lang = 'en'): string | undefined {
  const t = cleanText(text);
  // "Entrée en vigueur : 2026-05-19 … Dernière mise à jour : 2026-08-27": the date of the last update, when the text
  // gives one, is the page's; else the first the date words give.
  let first: string | undefined;
  for (const m of t.matchAll(DATE_WORDS)) {
    const found = dateAfter(t, m, lang);
    if (found !== undefined && anotherThingsDate(t, m.index!, found)) continue;
    if (found !== undefined && UPDATE_WORDS.test(m[0])) return found;
    first ??= found;
  }
  return first;
}

/**
 * Words right before the date words that make the date another thing's: an event of something the sentence names ("The
 * Data Privacy Framework became effective on", "Le DPF est entré en vigueur le", "took effect"), a document named
 * before them ("The Master Services Agreement, effective 1 March 2021"), or the subject of their verb ("Our Terms of
 * Service were last updated on", "Hostora's DPA was last updated", « Le contrat a été mis à jour le »), a policy or
 * notice the page names as a document of its own ("Our Privacy Policy was last updated on", « Notre politique de
 * confidentialité a été mise à jour le »; "This Privacy Policy was last updated" is the page's, `THE_PAGE_ITSELF`).
 */
const ANOTHER_BEFORE =
  /(?<!\p{L})(?:(?:became|become|becomes|took|came\s+into|entered\s+into|est\s+entr[ée]e?|sont\s+entr[ée]e?s|a\s+pris|ont\s+pris)|(?:agreement|contract|terms(?:\s+of\s+(?:service|use))?|framework|regulation|directive|decision|act|law|contrat(?:-cadre)?|accord|CGU|CGV|loi|r[èe]glement|d[ée]cision|RGPD|GDPR|DPF|DPA|MSA)\s*,|(?:agreement|contract|terms(?:\s+of\s+(?:service|use))?|DPA|MSA|contrat(?:-cadre)?|accord|CGU|CGV|policy|notice|statement|politique(?:\s+de\s+(?:confidentialit[ée]|cookies|protection\s+des\s+donn[ée]es))?|charte(?:\s+de\s+confidentialit[ée])?|mentions\s+l[ée]gales)\s+(?:was|were|has\s+been|have\s+been|a\s+été|ont\s+été)(?:\s+(?:last|most\s+recently|dernièrement))?)\s*$/iu;
/** The version a new one replaces: "replaces the version of", "remplace la version du", "the previous version of". */
const REPLACED_BEFORE =
  /(?<!\p{L})(?:replaces?|supersedes?|remplacen?t?|previous|prior|former|pr[ée]c[ée]dente?|ancienne?)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$/iu;
/** Words right after a date that make it another document's: "Version du 2 février 2022 du contrat-cadre", "of the Agreement". */
const ANOTHER_AFTER =
  /^[\s,]*(?:du|de\s+la|de\s+l['’]|des|of\s+(?:the|our))\s*(?:contrat|accord|agreement|contract|terms|conditions|CGU|CGV|loi|r[èe]glement|law|regulation|DPA|MSA)(?!\p{L})/iu;
/**
 * A sentence whose subject is the page itself: "This list", "La présente liste", "Cette page", "This version", "This
 * Privacy Policy", « Cette politique » (a list published in a policy).
 */
const THE_PAGE_ITSELF =
  /^(?:this|the\s+present|cette|ce|la\s+pr[ée]sente|le\s+pr[ée]sent)\s+(?:(?:sub-?processor|sous-traitants?|privacy|cookies?|data\s+protection)\s+)?(?:list|page|document|version|annex|liste|annexe|version|policy|notice|statement|politique|charte)(?!\p{L})/iu;

/**
 * Whether the date `found` that the date words at `at` of `t` introduce is another thing's, not the page's: words just
 * before them or just after the date name it ("The Data Privacy Framework became effective on 10 July 2023"), unless the
 * sentence's subject is the page itself ("This list became effective on 1 May 2025").
 */
function anotherThingsDate(t: string, at: number, found: string): boolean {
  const from = Math.max(0, at - 160);
  const before = t.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '));
  const sentence = before.slice(stop + 1).trim();
  if (REPLACED_BEFORE.test(before.slice(-40))) return true;
  if (THE_PAGE_ITSELF.test(sentence)) return false;
  if (ANOTHER_BEFORE.test(before.slice(-60))) return true;
  const end = t.indexOf(found, at);
  return end >= 0 && ANOTHER_AFTER.test(t.slice(end + found.length, end + found.length + 40));
}

/** Date words that say the text was last changed then ("updated", "mise à jour", "last modified", "révisé le"). */
const UPDATE_WORDS = /updated?|modifi|revis|r[ée]vis|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|derni[èe]re\s+modification/iu;

/** The date the date words `m` of `t` introduce, if any. */
function dateAfter(t: string, m: RegExpMatchArray, lang: Lang): string | undefined {
  const at = m.index! + m[0].length;
  // "Version de la page de conformité : 2026-02-27": a short label after the date words, then a colon and the date.
  const after = t.slice(at, at + 60).replace(/^\s*[·•|]\s*/, ': ');
  const colon = after.indexOf(':');
  // "Version courante des textes : …", "Version of the Terms of Service: …": the date of other documents (what the
  // users accept), not of the page.
  if (colon >= 0 && OTHER_DOCUMENTS.test(after.slice(0, colon))) return undefined;
  // "Mis à jour le 28 octobre 2025 Prochaine révision : 28 avril 2026": a year before the colon is the date the
  // words give; the colon's is another's (the next review).
  if (colon >= 0 && after.slice(0, colon).split(/\s+/).filter(Boolean).length <= 6 && !/\d{4}/.test(after.slice(0, colon))) {
    const rest = after
      .slice(colon + 1)
      .replace(/[*_·•]/g, ' ')
      .replace(/`/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 4);
    for (let n = rest.length; n >= 1; n--) {
      const candidate = rest
        .slice(0, n)
        .join(' ')
        .replace(/[),;.]+$/, '');
      if (/\d{4}/.test(candidate) && parseDate(candidate, lang)) return candidate;
    }
  }
  // "Effective: 1 January 2026·Operated by …", "Updated · 2026.05.20": a middle dot sets the date apart. A backtick
  // (Markdown's code, a template string's end: "Version actuelle : Juin 2026`,") is no part of the date.
  const words = t
    .slice(at, at + 80)
    .replace(/[*_·•]/g, ' ')
    .replace(/`/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 7);
  for (let start = 0; start < Math.min(words.length, 4); start++) {
    for (let end = Math.min(words.length, start + 4); end > start; end--) {
      const candidate = words
        .slice(start, end)
        .join(' ')
        .replace(/^[:(]+|[),;.]+$/g, '');
      if (/\d{4}/.test(candidate) && parseDate(candidate, lang)) return candidate;
    }
  }
  return undefined;
}

/** Whether a label ("Dernière mise à jour", "Last updated") introduces a date. */
export function isDateLabel(label: string): boolean {
  const t = cleanText(label).replace(/\s*:$/, '');
  const m = DATE_LABEL.exec(t);
  return m !== null && m[0].trim().replace(/:$/, '').length >= t.length - 1;
}

const NUMBER_WORDS: Record<string, number> = {
  ten: 10,
  fourteen: 14,
  fifteen: 15,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  dix: 10,
  quinze: 15,
  trente: 30,
  soixante: 60,
  'quatre-vingt-dix': 90,
};

/**
 * "at least 30 days' notice", "thirty (30) days prior notice", "un préavis de 30 jours", "30 jours avant": the days.
 * Working days ("10 business days' notice", « 10 jours ouvrés ») are no count of days: none.
 */
export function noticeDaysIn(text: string): number | undefined {
  const t = cleanText(text);
  const en =
    /\b(\d{1,3}|[a-z]+)(?:\s*\(\d{1,3}\))?\s*(calendar\s+|business\s+|working\s+)?days?['’]?\s*(?:prior\s+|advance\s+|written\s+)*(?:notice|notification|before|in\s+advance)/i.exec(
      t,
    );
  const fr =
    /(?:préavis|preavis|informer|notifier|notification|informons|notifierons)\D{0,60}?(\d{1,3}|[a-z-]+)\s*jours(\s+ouvr)?|(\d{1,3}|[a-z-]+)(?:\s*\(\d{1,3}\))?\s*jours\s*(?:avant|à l['’]avance|de préavis)/i.exec(
      t,
    );
  if (/^(?:business|working)/i.test(en?.[2] ?? '') || (!en && fr?.[2])) return undefined;
  const word = en?.[1] ?? fr?.[1] ?? fr?.[3];
  if (!word) return undefined;
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n !== undefined && n > 0 && n <= 365 ? n : undefined;
}

/** Words that say the vendor does not train on the data, in English and French, accented or not ("utilisees", "entrainer"). */
const NO_TRAINING_WORDS = [
  // "not used by the vendor to train models": the agent may stand between the verb and its aim.
  // "data not retained for model training", "not stored or used for training": kept for training is used for it.
  /\b(?:not|never)\s+(?:be\s+)?(?:used|retained|kept|stored|shared)(?:\s+(?:or|nor)\s+(?:used|retained|kept|stored|shared))?\s+(?:by\s+[\w.,&'’ -]{1,40}?\s+)?(?:to\s+train|for\s+(?:(?:ai|model|llm)\s+)?training)/i,
  // "excluded from model training", "opted out of training", "no use of customer data to train models".
  /\b(?:excluded|opted[\s-]+out|opts[\s-]+out)\s+(?:of|from)\s+(?:(?:ai|ml|model|llm)\s+)?training\b/i,
  /\bno\s+use\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+train|for\s+(?:(?:ai|model)\s+)?training)\b/i,
  // "aucune utilisation des données pour l'entraînement", "exclues de l'entraînement".
  // "sans réutilisation pour entraîner un modèle": a use again is a use.
  /(?<!\p{L})(?:aucune|sans|pas\s+d['’]|pas\s+de)\s*(?:r[ée])?utilisation\s+(?:[\p{L}'’-]+\s+){0,4}?(?:pour|à\s+des\s+fins\s+d['’])\s*(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  /(?<!\p{L})exclue?s?\s+de\s+l['’](?:r[ée])?entra[îi]nement(?!\p{L})/iu,
  /\b(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|never)\s+train/i,
  // "terms prohibit using customer content for training purposes", "interdisent d'utiliser les données pour l'entraînement".
  /\bprohibits?\s+(?:the\s+)?(?:using|use\s+of)\s+(?:[\w'’-]+\s+){0,6}?(?:for\s+(?:model\s+)?training|to\s+train)/i,
  // "Contractually prohibited from using customer data to train its models", "prohibited from training models on it":
  // a party forbidden to use the data for training, as "terms prohibit using … for training".
  /(?<!\b(?:not|never)\s(?:be\s)?)\bprohibited\s+from\s+(?:(?:using|use\s+of)\s+(?:[\w'’-]+\s+){0,6}?(?:to\s+train|for\s+(?:(?:ai|model)\s+)?training)|training\b)/i,
  // Not « il n'est pas interdit d'utiliser … », « n'est plus interdit »: a prohibition denied is none.
  /(?<!\p{L})(?<!(?:pas|plus|jamais|nullement|point)\s)interdi(?:t|te|ts|tes|sent|sant)\s+(?:l['’]utilisation\s+|d['’]utiliser\s+)(?:[\p{L}'’-]+\s+){0,6}?pour\s+(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  // "does not retain it for training purposes", "never keeps your files for model training": kept for training is used
  // for it, as "not retained for model training".
  /\b(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|never)\s+(?:retain|keep|store|use)s?\s+(?:[\w'’-]+\s+){1,6}?for\s+(?:(?:ai|model|llm)\s+)?training\b/i,
  // "does not use data submitted through its API to train its models": a use denied, then its end.
  /\b(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|never)\s+use\s+(?:[\w'’-]+\s+){1,8}?to\s+train/i,
  // "no training", "per their no-training posture", "API tier (no-training)", "(no AI/ML training)": a hyphen joins the
  // words as often as a space, a slash the kinds of training.
  /\bno[\s-]+(?:(?:ai|ml|llm|model)[\s/-]+)*training\b/i,
  // "None of them may train models on your data", "may not train", "cannot train": a party that is not allowed to.
  /\b(?:none|neither)\s+(?:of\s+(?:them|these|those|our|the)\b[\w\s-]{0,30}?\s+)?(?:may|will|can|shall|is\s+allowed\s+to|are\s+allowed\s+to)?\s*train/i,
  /\b(?:may|must|shall|can)\s+not\s+(?:use\s+\S+(?:\s+\S+)?\s+to\s+)?train|\b(?:cannot|can['’]t|mustn['’]t)\s+(?:use\s+\S+(?:\s+\S+)?\s+to\s+)?train/i,
  /(?<!\p{L})ne\s+(?:peut|peuvent|doit|doivent|pourra|pourront)\s+(?:pas\s+|jamais\s+)?(?:les\s+|vos\s+données\s+)?(?:utiliser\s+pour\s+)?(?:r[ée])?entra[îi]ner/iu,
  /(?<!\p{L})n['’]entra[îi]ne(?:nt)?\s+pas\b/iu,
  // "Les données ne servent pas à entraîner le modèle", "ne sert jamais à l'entraînement": a use denied, then its end.
  /(?<!\p{L})ne\s+(?:sert|servent|servira|serviront)\s+(?:pas|jamais)\s+(?:à|a)\s+(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  // "n'utilise pas vos données pour entraîner ses modèles", "ne les utilise jamais pour l'entraînement": a use denied,
  // then its end, as the English "does not use … to train".
  /(?<!\p{L})(?:n['’]|ne\s+les\s+|ne\s+l['’])utilise(?:nt|ra|ront)?\s+(?:pas|jamais)\s+(?:[\p{L}'’-]+\s+){0,8}?(?:pour|à\s+des\s+fins\s+d['’])\s*(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  // "ne conserve pas les données envoyées via l'API à des fins d'entraînement": kept for training is used for it (as
  // the English "not retained for model training").
  /(?<!\p{L})ne\s+(?:conserve|stocke|garde)(?:nt)?\s+(?:pas|jamais)\s+(?:[\p{L}'’-]+\s+){0,8}?(?:pour|à\s+des\s+fins\s+d['’])\s*(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  // "ne ré-entraîne pas", "pas de réentraînement": training again on the data is training on it.
  /(?<!\p{L})ne\s+r[ée]-?entra[îi]ne(?:nt)?\s+pas(?!\p{L})/iu,
  /(?<!\p{L})(?:aucun|pas\s+d['’]|sans)\s*entra[îi]nement\b/iu,
  /(?<!\p{L})(?:aucun|pas\s+de|sans)\s+r[ée]-?entra[îi]nement(?!\p{L})/iu,
  /(?<!\p{L})(?:ne\s+sont\s+pas|n['’]est\s+pas|jamais)\s+utilis[ée]e?s?\s+(?:par\s+[\p{L}\d.,&'’ -]{1,40}?\s+)?pour\s+(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  // "ne sont pas stockées ni utilisées pour l'entraînement": a second use denied with "ni".
  /(?<!\p{L})(?:ne\s+sont\s+pas|n['’]est\s+pas)\s+\p{L}+\s+ni\s+utilis[ée]e?s?\s+pour\s+(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  // "pas de formation sur les donn[ée]es d'API", "pas de r[ée]tention pour la formation": "formation" as pages translate "training".
  /(?<!\p{L})(?:pas|aucune)\s+(?:de\s+)?formation\s+(?:des\s+mod[èe]les\s+)?sur\s+(?:les|vos)\s+donn[ée]es/iu,
  /(?<!\p{L})pas\s+de\s+(?:r[ée]tention|conservation)\s+pour\s+(?:la\s+)?formation\b/iu,
  /(?<!\p{L})non[-\s]utilisation\s+des\s+donn[ée]es\s+(?:\p{L}+\s+){0,3}pour\s+(?:l['’])?(?:r[ée])?entra[îi]n/iu,
  /(?<!\p{L})non\s+utilis[ée]e?s?\s+pour\s+(?:l['’])?entra[îi]n/iu,
];
/** Words that say it does: "trains on customer data", "used to train models", "utilisées pour entraîner". */
const TRAINS_WORDS = [
  /\btrains?\s+(?:its\s+|their\s+)?(?:models?\s+)?on\s+(?:customer|your|client)\s+data\b/i,
  /\b(?:is|are|may\s+be)\s+used\s+to\s+train\b/i,
  /\bused\s+(?:for|to)\s+train(?:ing)?\s+(?:its\s+|their\s+)?models?\b/i,
  /(?<!\p{L})(?:sont|est|peuvent\s+[êe]tre)\s+utilis[ée]e?s?\s+pour\s+(?:l['’])?entra[îi]n/iu,
];
const NEGATION = /\b(?:not|never|no|none|neither|nor)\b|(?<!\p{L})(?:pas|aucun|aucune|jamais|ni)(?!\p{L})/iu;

/** A column header or label that asks whether the vendor trains on the data ("Entraînement IA", "Trains on customer data?"). */
export function asksAboutTraining(label: string): boolean {
  return /train|entra[îi]nement/i.test(label);
}

/**
 * Whether a text says the vendor trains its models on the customer's data, in English or French: false for
 * "customer data is not used to train shared foundation models", "N'entraîne pas sur les entrées API", "aucun
 * entraînement IA"; true for "trains on customer data", "used to train models"; undefined when it says neither
 * (a page that says nothing leaves the fact unknown). `asked`: the text answers a column or label that asks
 * the question (`asksAboutTraining`), so "Non", "Yes", "✅" answer it too. Never true from a guess: a sentence
 * that holds a negation and no words of refusal stays unknown.
 */
/**
 * The publisher speaking of its own training: "our own models", "we do not / never train", « nos propres modèles »,
 * « nous n'entraînons pas ».
 */
const OWN_TRAINING =
  /(?<!\p{L})(?:our\s+own\s+(?:ai\s+)?models?|we\s+(?:do\s+not|don['’]t|never|will\s+not|won['’]t)\s+(?:re-?)?train|nos\s+propres\s+mod[èe]les|nous\s+n['’](?:r[ée]-?)?entra[îi]nons)(?!\p{L})/iu;

/** Words that open a sentence without naming a company: pronouns, determiners, the data, the model, the vendor. */
const NO_SPEAKER =
  /^(?:the|this|that|these|those|it|its|we|our|your|their|they|he|she|customer|customers|client|clients|data|inputs?|outputs?|prompts?|content|models?|provider|providers|vendor|vendors|service|services|api|no|none|not|never|all|any|each|le|la|les|l|ce|cet|cette|ces|il|elle|ils|elles|nous|vos|nos|votre|notre|leurs?|aucun|aucune|pas|jamais|donn[ée]es|mod[èe]les?|fournisseurs?|prestataires?|sous-traitants?|tous|toutes|chaque|yes|oui|non|n\/a|ai|ia|llm)$/iu;

/** A sentence's capitalised subject, then a denial: "Acme does not", "Acme Inc. never", « Acme n'entraîne pas », « Acme ne ». */
const SPEAKER =
  /^((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){0,3}[\p{Lu}\d][\p{L}\d&'’.-]*)\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|never|n['’]|ne\s)/u;

/**
 * The company whose words on training a text gives: "Acme does not train its models on your data" -> "Acme",
 * « Acme n'entraîne pas ses modèles » -> "Acme"; undefined when the sentence that says it opens with no name ("Customer
 * data is not used to train", "Not used for training", "We do not train"). The words of a sentence before its first
 * word written in lower case are its subject.
 */
export function trainingSpeaker(text: string): string | undefined {
  for (const sentence of cleanText(text)
    .slice(0, 2000)
    .split(/(?<=[.;!?])\s+/)) {
    if (trainsOnCustomerDataIn(sentence) === undefined) continue;
    const subject = SPEAKER.exec(sentence)?.[1];
    const first = subject
      ?.split(/\s+/)[0]!
      .replace(/^[ld]['’]/i, '')
      .replace(/['’]s$/i, '')
      .replace(/[.'’]+$/, '');
    return subject && first && !NO_SPEAKER.test(first) ? subject : undefined;
  }
  return undefined;
}

export function trainsOnCustomerDataIn(text: string, asked = false): boolean | undefined {
  const t = cleanText(text).slice(0, 2000);
  // "Prohibited by contract — confirmation pending", « pas d'entraînement sur vos données ? À confirmer. »: an answer the
  // page leaves to be confirmed is none, in a cell under a column that asks as in a vendor's sentences.
  if (
    /(?<!\p{L})(?:confirmation pending|pending confirmation|to be confirmed|tbc|à confirmer|en attente de confirmation)(?!\p{L})/iu.test(t)
  )
    return undefined;
  if (asked) {
    if (/^(?:no|non|never|jamais|❌|✗)(?!\p{L})/iu.test(t)) return false;
    // "Prohibited by contract", "Interdit par contrat": under a column that asks, training forbidden.
    if (/^(?:prohibited|forbidden|not (?:permitted|allowed)|interdite?|exclue?)(?!\p{L})/iu.test(t)) return false;
    if (/^(?:yes|oui|✅|✓)(?!\p{L})/iu.test(t)) return true;
  }
  // "We never train our own models on your data", « Nous n'entraînons pas nos propres modèles »: the publisher's own
  // training, no word on the vendor's.
  if (OWN_TRAINING.test(t)) return undefined;
  if (NO_TRAINING_WORDS.some((re) => re.test(t))) return false;
  if (NEGATION.test(t)) return undefined;
  if (TRAINS_WORDS.some((re) => re.test(t))) return true;
  return undefined;
}
