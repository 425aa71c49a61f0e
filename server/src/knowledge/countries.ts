import type { AdequacyDecision, CountryInfo, OtherAdequacy, PseudoLocation } from './types';

export type { AdequacyDecision, CountryInfo, OtherAdequacy, PseudoLocation } from './types';

/** ISO 3166-1 alpha-2 officially assigned codes with English short names. */
const ISO_3166: readonly (readonly [string, string])[] = [
  ['AD', 'Andorra'], ['AE', 'United Arab Emirates'], ['AF', 'Afghanistan'], ['AG', 'Antigua and Barbuda'],
  ['AI', 'Anguilla'], ['AL', 'Albania'], ['AM', 'Armenia'], ['AO', 'Angola'], ['AQ', 'Antarctica'],
  ['AR', 'Argentina'], ['AS', 'American Samoa'], ['AT', 'Austria'], ['AU', 'Australia'], ['AW', 'Aruba'],
  ['AX', 'Åland Islands'], ['AZ', 'Azerbaijan'],
  ['BA', 'Bosnia and Herzegovina'], ['BB', 'Barbados'], ['BD', 'Bangladesh'], ['BE', 'Belgium'],
  ['BF', 'Burkina Faso'], ['BG', 'Bulgaria'], ['BH', 'Bahrain'], ['BI', 'Burundi'], ['BJ', 'Benin'],
  ['BL', 'Saint Barthélemy'], ['BM', 'Bermuda'], ['BN', 'Brunei Darussalam'], ['BO', 'Bolivia'],
  ['BQ', 'Bonaire, Sint Eustatius and Saba'], ['BR', 'Brazil'], ['BS', 'Bahamas'], ['BT', 'Bhutan'],
  ['BV', 'Bouvet Island'], ['BW', 'Botswana'], ['BY', 'Belarus'], ['BZ', 'Belize'],
  ['CA', 'Canada'], ['CC', 'Cocos (Keeling) Islands'], ['CD', 'Congo (Democratic Republic of the)'],
  ['CF', 'Central African Republic'], ['CG', 'Congo'], ['CH', 'Switzerland'], ['CI', "Côte d'Ivoire"],
  ['CK', 'Cook Islands'], ['CL', 'Chile'], ['CM', 'Cameroon'], ['CN', 'China'], ['CO', 'Colombia'],
  ['CR', 'Costa Rica'], ['CU', 'Cuba'], ['CV', 'Cabo Verde'], ['CW', 'Curaçao'], ['CX', 'Christmas Island'],
  ['CY', 'Cyprus'], ['CZ', 'Czechia'],
  ['DE', 'Germany'], ['DJ', 'Djibouti'], ['DK', 'Denmark'], ['DM', 'Dominica'], ['DO', 'Dominican Republic'],
  ['DZ', 'Algeria'],
  ['EC', 'Ecuador'], ['EE', 'Estonia'], ['EG', 'Egypt'], ['EH', 'Western Sahara'], ['ER', 'Eritrea'],
  ['ES', 'Spain'], ['ET', 'Ethiopia'],
  ['FI', 'Finland'], ['FJ', 'Fiji'], ['FK', 'Falkland Islands (Malvinas)'], ['FM', 'Micronesia (Federated States of)'],
  ['FO', 'Faroe Islands'], ['FR', 'France'],
  ['GA', 'Gabon'], ['GB', 'United Kingdom'], ['GD', 'Grenada'], ['GE', 'Georgia'], ['GF', 'French Guiana'],
  ['GG', 'Guernsey'], ['GH', 'Ghana'], ['GI', 'Gibraltar'], ['GL', 'Greenland'], ['GM', 'Gambia'],
  ['GN', 'Guinea'], ['GP', 'Guadeloupe'], ['GQ', 'Equatorial Guinea'], ['GR', 'Greece'],
  ['GS', 'South Georgia and the South Sandwich Islands'], ['GT', 'Guatemala'], ['GU', 'Guam'],
  ['GW', 'Guinea-Bissau'], ['GY', 'Guyana'],
  ['HK', 'Hong Kong'], ['HM', 'Heard Island and McDonald Islands'], ['HN', 'Honduras'], ['HR', 'Croatia'],
  ['HT', 'Haiti'], ['HU', 'Hungary'],
  ['ID', 'Indonesia'], ['IE', 'Ireland'], ['IL', 'Israel'], ['IM', 'Isle of Man'], ['IN', 'India'],
  ['IO', 'British Indian Ocean Territory'], ['IQ', 'Iraq'], ['IR', 'Iran'], ['IS', 'Iceland'], ['IT', 'Italy'],
  ['JE', 'Jersey'], ['JM', 'Jamaica'], ['JO', 'Jordan'], ['JP', 'Japan'],
  ['KE', 'Kenya'], ['KG', 'Kyrgyzstan'], ['KH', 'Cambodia'], ['KI', 'Kiribati'], ['KM', 'Comoros'],
  ['KN', 'Saint Kitts and Nevis'], ['KP', 'North Korea'], ['KR', 'South Korea'], ['KW', 'Kuwait'],
  ['KY', 'Cayman Islands'], ['KZ', 'Kazakhstan'],
  ['LA', 'Laos'], ['LB', 'Lebanon'], ['LC', 'Saint Lucia'], ['LI', 'Liechtenstein'], ['LK', 'Sri Lanka'],
  ['LR', 'Liberia'], ['LS', 'Lesotho'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['LV', 'Latvia'], ['LY', 'Libya'],
  ['MA', 'Morocco'], ['MC', 'Monaco'], ['MD', 'Moldova'], ['ME', 'Montenegro'], ['MF', 'Saint Martin (French part)'],
  ['MG', 'Madagascar'], ['MH', 'Marshall Islands'], ['MK', 'North Macedonia'], ['ML', 'Mali'], ['MM', 'Myanmar'],
  ['MN', 'Mongolia'], ['MO', 'Macao'], ['MP', 'Northern Mariana Islands'], ['MQ', 'Martinique'],
  ['MR', 'Mauritania'], ['MS', 'Montserrat'], ['MT', 'Malta'], ['MU', 'Mauritius'], ['MV', 'Maldives'],
  ['MW', 'Malawi'], ['MX', 'Mexico'], ['MY', 'Malaysia'], ['MZ', 'Mozambique'],
  ['NA', 'Namibia'], ['NC', 'New Caledonia'], ['NE', 'Niger'], ['NF', 'Norfolk Island'], ['NG', 'Nigeria'],
  ['NI', 'Nicaragua'], ['NL', 'Netherlands'], ['NO', 'Norway'], ['NP', 'Nepal'], ['NR', 'Nauru'], ['NU', 'Niue'],
  ['NZ', 'New Zealand'],
  ['OM', 'Oman'],
  ['PA', 'Panama'], ['PE', 'Peru'], ['PF', 'French Polynesia'], ['PG', 'Papua New Guinea'], ['PH', 'Philippines'],
  ['PK', 'Pakistan'], ['PL', 'Poland'], ['PM', 'Saint Pierre and Miquelon'], ['PN', 'Pitcairn'],
  ['PR', 'Puerto Rico'], ['PS', 'Palestine, State of'], ['PT', 'Portugal'], ['PW', 'Palau'], ['PY', 'Paraguay'],
  ['QA', 'Qatar'],
  ['RE', 'Réunion'], ['RO', 'Romania'], ['RS', 'Serbia'], ['RU', 'Russia'], ['RW', 'Rwanda'],
  ['SA', 'Saudi Arabia'], ['SB', 'Solomon Islands'], ['SC', 'Seychelles'], ['SD', 'Sudan'], ['SE', 'Sweden'],
  ['SG', 'Singapore'], ['SH', 'Saint Helena, Ascension and Tristan da Cunha'], ['SI', 'Slovenia'],
  ['SJ', 'Svalbard and Jan Mayen'], ['SK', 'Slovakia'], ['SL', 'Sierra Leone'], ['SM', 'San Marino'],
  ['SN', 'Senegal'], ['SO', 'Somalia'], ['SR', 'Suriname'], ['SS', 'South Sudan'], ['ST', 'Sao Tome and Principe'],
  ['SV', 'El Salvador'], ['SX', 'Sint Maarten (Dutch part)'], ['SY', 'Syria'], ['SZ', 'Eswatini'],
  ['TC', 'Turks and Caicos Islands'], ['TD', 'Chad'], ['TF', 'French Southern Territories'], ['TG', 'Togo'],
  ['TH', 'Thailand'], ['TJ', 'Tajikistan'], ['TK', 'Tokelau'], ['TL', 'Timor-Leste'], ['TM', 'Turkmenistan'],
  ['TN', 'Tunisia'], ['TO', 'Tonga'], ['TR', 'Türkiye'], ['TT', 'Trinidad and Tobago'], ['TV', 'Tuvalu'],
  ['TW', 'Taiwan'], ['TZ', 'Tanzania'],
  ['UA', 'Ukraine'], ['UG', 'Uganda'], ['UM', 'United States Minor Outlying Islands'], ['US', 'United States'],
  ['UY', 'Uruguay'], ['UZ', 'Uzbekistan'],
  ['VA', 'Holy See'], ['VC', 'Saint Vincent and the Grenadines'], ['VE', 'Venezuela'],
  ['VG', 'Virgin Islands (British)'], ['VI', 'Virgin Islands (U.S.)'], ['VN', 'Viet Nam'], ['VU', 'Vanuatu'],
  ['WF', 'Wallis and Futuna'], ['WS', 'Samoa'],
  ['YE', 'Yemen'], ['YT', 'Mayotte'],
  ['ZA', 'South Africa'], ['ZM', 'Zambia'], ['ZW', 'Zimbabwe'],
];

/** The 27 EU member states (facts.md section 2). */
const EU_MEMBER_STATES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** EEA members outside the EU. */
const EEA_ONLY = new Set(['IS', 'LI', 'NO']);

/**
 * Territories with their own ISO code that are part of a member state's EU territory
 * (outermost regions, and the Åland Islands). GDPR applies there. [U]
 */
const EU_TERRITORIES: Record<string, string> = {
  AX: 'FI', GF: 'FR', GP: 'FR', MQ: 'FR', RE: 'FR', YT: 'FR', MF: 'FR',
};

const NOTES: Record<string, string> = {
  GR: 'EU documents use the code EL for Greece; the ISO code is GR.',
  GB: 'Users often write UK; the ISO code is GB. Left the EU on 2020-01-31: not EU residency, but covered by an adequacy decision.',
  CH: 'Not in the EU or EEA: covered by an adequacy decision, which is a transfer basis, not EU residency.',
  FO: 'Part of the Kingdom of Denmark but outside the EU; has its own adequacy decision.',
  GL: 'Part of the Kingdom of Denmark but outside the EU, with no adequacy decision (unverified).',
  GI: 'Outside the EU since Brexit (unverified).',
  ES: 'The Canary Islands are part of the EU (outermost region) (unverified).',
  PT: 'The Azores and Madeira are part of the EU (outermost regions) (unverified).',
  FR: 'The overseas departments (GF, GP, MQ, RE, YT) and Saint Martin are part of the EU; other overseas collectivities (NC, PF, PM, WF, BL, TF) are not (unverified).',
  DK: 'The Faroe Islands (FO) and Greenland (GL) are outside the EU.',
  NL: 'Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands (AW, CW, SX, BQ) are outside the EU (unverified).',
  NO: 'In the EEA, so GDPR applies; Svalbard and Jan Mayen (SJ) are outside the EEA (unverified).',
  US: 'Adequacy covers only organisations actively certified under the EU-US Data Privacy Framework.',
  CA: 'Adequacy covers only commercial organisations subject to PIPEDA.',
  JP: 'Adequacy covers the private sector under the APPI with the Supplementary Rules.',
  BR: 'Adequacy decision adopted in January 2026 (post-2025 fact).',
};
for (const [code, state] of Object.entries(EU_TERRITORIES)) {
  NOTES[code] ??= `Part of the EU as territory of ${state} (unverified).`;
}

/** EU adequacy decisions under GDPR Art. 45 (and pre-GDPR decisions kept by Art. 45(9)). */
const ADEQUACY: Record<string, AdequacyDecision> = {
  AD: { instrument: 'Commission Decision 2010/625/EU', adopted: '2010-10-19', scope: 'Full.', partial: false, sources: ['S26'], confidence: 'partial' },
  AR: { instrument: 'Commission Decision 2003/490/EC', adopted: '2003-06-30', scope: 'Full.', partial: false, sources: ['S26'], confidence: 'partial' },
  CA: {
    instrument: 'Commission Decision 2002/2/EC', adopted: '2001-12-20',
    scope: 'Only commercial organisations subject to PIPEDA; public bodies and organisations outside PIPEDA are not covered.',
    partial: true, sources: ['S26'], confidence: 'partial',
  },
  FO: { instrument: 'Commission Decision 2010/146/EU', adopted: '2010-03-05', scope: 'Full.', partial: false, sources: ['S26'], confidence: 'partial' },
  GG: { instrument: 'Commission Decision 2003/821/EC', adopted: '2003-11-21', scope: 'Full.', partial: false, sources: ['S26'], confidence: 'partial' },
  IL: { instrument: 'Commission Decision 2011/61/EU', adopted: '2011-01-31', scope: 'Full.', partial: false, sources: ['S26'], confidence: 'partial' },
  IM: { instrument: 'Commission Decision 2004/411/EC', adopted: '2004-04-28', scope: 'Full.', partial: false, sources: ['S26'], confidence: 'partial' },
  JE: { instrument: 'Commission Decision 2008/393/EC', adopted: '2008-05-08', scope: 'Full. The decision reference and date are from general knowledge, not checked against a source.', partial: false, sources: [], confidence: 'unverified' },
  JP: {
    instrument: 'Implementing Decision (EU) 2019/419', adopted: '2019-01-23',
    scope: 'Private-sector operators under the APPI, bound by the Supplementary Rules (widened to academia in the 2023 review, unverified).',
    partial: true, sources: ['S26'], confidence: 'partial',
  },
  NZ: { instrument: 'Commission Implementing Decision 2013/65/EU', adopted: '2012-12-19', scope: 'Full. The decision reference and date are from general knowledge, not checked against a source.', partial: false, sources: [], confidence: 'unverified' },
  KR: {
    instrument: 'Implementing Decision (EU) 2022/254', adopted: '2021-12-17',
    scope: 'Full (processing under the PIPA); the first review concluded the country remains adequate (post-2025, partly checked). The decision reference and date are from general knowledge, not checked against a source.',
    partial: false, sources: ['S26'], confidence: 'unverified',
  },
  CH: { instrument: 'Commission Decision 2000/518/EC', adopted: '2000-07-26', scope: 'Full. The decision reference and date are from general knowledge, not checked against a source.', partial: false, sources: [], confidence: 'unverified' },
  GB: {
    instrument: 'Implementing Decisions (EU) 2021/1772 (GDPR) and 2021/1773 (LED)', adopted: '2021-06-28', until: '2031-12-27',
    scope: 'Full. First extended to 2025-12-27, then renewed on 2025-12-19 until 2031-12-27 (post-2025).',
    partial: false, sources: ['S20'], confidence: 'verified',
  },
  UY: { instrument: 'Commission Implementing Decision 2012/484/EU', adopted: '2012-08-21', scope: 'Full. The decision reference and date are from general knowledge, not checked against a source.', partial: false, sources: [], confidence: 'unverified' },
  US: {
    instrument: 'Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)', adopted: '2023-07-10',
    scope: 'Only US organisations actively self-certified under the Data Privacy Framework (for the data category concerned); any other US recipient needs another mechanism such as SCCs.',
    partial: true, sources: ['S21', 'S23'], confidence: 'verified',
  },
  BR: {
    instrument: 'Implementing Decision (EU) 2026/179', adopted: '2026-01-27',
    scope: 'Full (mutual adequacy with Brazil under the LGPD). Post-2025 fact: adopted after EDPB Opinion 28/2025.',
    partial: false, sources: ['S22'], confidence: 'verified',
  },
};

export const COUNTRIES: readonly CountryInfo[] = ISO_3166.map(([code, name]): CountryInfo => {
  const partOf = EU_TERRITORIES[code];
  const eu = EU_MEMBER_STATES.has(code) || partOf !== undefined;
  const info: CountryInfo = { code, name, eu, eea: eu || EEA_ONLY.has(code) };
  if (partOf) info.partOf = partOf;
  const adequacy = ADEQUACY[code];
  if (adequacy) info.adequacy = adequacy;
  const note = NOTES[code];
  if (note) info.note = note;
  return info;
});

/** Adequacy decisions for bodies that are not countries. */
export const OTHER_ADEQUACY: readonly OtherAdequacy[] = [
  {
    name: 'European Patent Organisation',
    instrument: 'Commission adequacy decision for the European Patent Organisation',
    adopted: '2025-07-15',
    scope: 'The first adequacy decision for an international organisation.',
    partial: false,
    sources: ['S19'],
    confidence: 'verified',
  },
];

/** The two non-ISO location codes the inventory format accepts. */
export const PSEUDO_LOCATIONS: { EU: PseudoLocation; GLOBAL: PseudoLocation } = {
  EU: {
    code: 'EU',
    name: 'European Union',
    description:
      'Stored somewhere in the EU without naming the member state. Counts as EU (and EEA) residency; prefer the exact countries when the vendor states them.',
    eu: true,
    eea: true,
  },
  GLOBAL: {
    code: 'GLOBAL',
    name: 'Global',
    description:
      'Stored or processed in several places worldwide (e.g. an edge network serving each user from the nearest point of presence). Never counts as EU residency and needs a transfer mechanism.',
    eu: false,
    eea: false,
  },
};

/** Non-ISO spellings people use for a country, mapped to the ISO code. */
export const COUNTRY_ALIASES: Record<string, string> = {
  UK: 'GB',
  EL: 'GR',
};
