import type { CloudProvider, Confidence, RegionInfo } from './types';

export type { CloudProvider, RegionInfo } from './types';

export const PROVIDERS: Record<CloudProvider, { name: string }> = {
  aws: { name: 'Amazon Web Services' },
  gcp: { name: 'Google Cloud' },
  azure: { name: 'Microsoft Azure' },
};

type Row = readonly [code: string, city: string, country: string, confidence: Confidence, note?: string];

/** Rows of facts.md section 4 come from S27 unless noted; rows marked 'unverified' are general knowledge. */
function rows(provider: CloudProvider, list: readonly Row[]): RegionInfo[] {
  return list.map(([code, city, country, confidence, note]) => {
    const r: RegionInfo = {
      provider,
      code,
      city,
      country,
      sources: confidence === 'unverified' ? [] : ['S27'],
      confidence,
    };
    if (note) r.note = note;
    return r;
  });
}

const AWS = [
  // facts.md section 4
  ['eu-west-1', 'Dublin', 'IE', 'verified', 'Europe (Ireland).'],
  ['eu-west-2', 'London', 'GB', 'verified', 'Europe (London). Outside the EU; the UK has an adequacy decision.'],
  ['eu-west-3', 'Paris', 'FR', 'verified', 'Europe (Paris).'],
  ['eu-central-1', 'Frankfurt', 'DE', 'verified', 'Europe (Frankfurt).'],
  ['eu-central-2', 'Zurich', 'CH', 'verified', 'Europe (Zurich). Outside the EU/EEA; Switzerland has an adequacy decision.'],
  ['eu-north-1', 'Stockholm', 'SE', 'verified', 'Europe (Stockholm).'],
  ['eu-south-1', 'Milan', 'IT', 'verified', 'Europe (Milan).'],
  ['eu-south-2', 'Aragón', 'ES', 'verified', 'Europe (Spain); the city is not checked.'],
  ['il-central-1', 'Tel Aviv', 'IL', 'verified', 'Israel (Tel Aviv). Israel has an adequacy decision.'],
  [
    'ca-central-1',
    'Montreal',
    'CA',
    'verified',
    'Canada (Central); the city is partly checked. Canadian adequacy covers PIPEDA organisations only.',
  ],
  ['us-east-1', 'Northern Virginia', 'US', 'verified', 'US East (N. Virginia).'],
  ['us-west-2', 'Oregon', 'US', 'verified', 'US West (Oregon).'],
  ['ap-northeast-1', 'Tokyo', 'JP', 'verified', 'Asia Pacific (Tokyo). Japan has an adequacy decision.'],
  // general knowledge
  ['us-east-2', 'Ohio', 'US', 'unverified', 'US East (Ohio).'],
  ['us-west-1', 'Northern California', 'US', 'unverified', 'US West (N. California).'],
  ['us-gov-west-1', 'AWS GovCloud (US-West)', 'US', 'unverified'],
  ['us-gov-east-1', 'AWS GovCloud (US-East)', 'US', 'unverified'],
  ['ca-west-1', 'Calgary', 'CA', 'unverified', 'Canada West (Calgary).'],
  ['mx-central-1', 'Querétaro', 'MX', 'unverified', 'Mexico (Central).'],
  ['sa-east-1', 'São Paulo', 'BR', 'unverified', 'South America (São Paulo).'],
  ['af-south-1', 'Cape Town', 'ZA', 'unverified', 'Africa (Cape Town).'],
  ['me-south-1', 'Bahrain', 'BH', 'unverified', 'Middle East (Bahrain).'],
  ['me-central-1', 'United Arab Emirates', 'AE', 'unverified', 'Middle East (UAE).'],
  ['ap-east-1', 'Hong Kong', 'HK', 'unverified', 'Asia Pacific (Hong Kong).'],
  ['ap-south-1', 'Mumbai', 'IN', 'unverified', 'Asia Pacific (Mumbai).'],
  ['ap-south-2', 'Hyderabad', 'IN', 'unverified', 'Asia Pacific (Hyderabad).'],
  ['ap-southeast-1', 'Singapore', 'SG', 'unverified', 'Asia Pacific (Singapore).'],
  ['ap-southeast-2', 'Sydney', 'AU', 'unverified', 'Asia Pacific (Sydney).'],
  ['ap-southeast-3', 'Jakarta', 'ID', 'unverified', 'Asia Pacific (Jakarta).'],
  ['ap-southeast-4', 'Melbourne', 'AU', 'unverified', 'Asia Pacific (Melbourne).'],
  ['ap-southeast-5', 'Malaysia', 'MY', 'unverified', 'Asia Pacific (Malaysia).'],
  ['ap-southeast-7', 'Thailand', 'TH', 'unverified', 'Asia Pacific (Thailand).'],
  ['ap-northeast-2', 'Seoul', 'KR', 'unverified', 'Asia Pacific (Seoul).'],
  ['ap-northeast-3', 'Osaka', 'JP', 'unverified', 'Asia Pacific (Osaka).'],
  ['cn-north-1', 'Beijing', 'CN', 'unverified', 'China (Beijing), separate aws-cn partition operated by a local partner.'],
  ['cn-northwest-1', 'Ningxia', 'CN', 'unverified', 'China (Ningxia), separate aws-cn partition operated by a local partner.'],
] as const satisfies readonly Row[];

const GCP = [
  // facts.md section 4
  ['europe-west1', 'St. Ghislain', 'BE', 'verified'],
  ['europe-west2', 'London', 'GB', 'verified', 'Outside the EU; the UK has an adequacy decision.'],
  ['europe-west3', 'Frankfurt', 'DE', 'verified'],
  ['europe-west4', 'Eemshaven', 'NL', 'verified'],
  ['europe-west6', 'Zurich', 'CH', 'verified', 'Outside the EU/EEA; Switzerland has an adequacy decision.'],
  ['europe-west8', 'Milan', 'IT', 'verified'],
  ['europe-west9', 'Paris', 'FR', 'verified'],
  ['europe-west10', 'Berlin', 'DE', 'verified'],
  ['europe-west12', 'Turin', 'IT', 'verified'],
  ['europe-north1', 'Hamina', 'FI', 'verified'],
  ['europe-central2', 'Warsaw', 'PL', 'verified'],
  ['europe-southwest1', 'Madrid', 'ES', 'verified'],
  ['me-west1', 'Tel Aviv', 'IL', 'verified', 'Israel has an adequacy decision.'],
  ['us-central1', 'Council Bluffs, Iowa', 'US', 'verified'],
  ['us-east1', 'Moncks Corner, South Carolina', 'US', 'verified'],
  ['us-east4', 'Ashburn, Virginia', 'US', 'verified'],
  // general knowledge
  ['us-east5', 'Columbus, Ohio', 'US', 'unverified'],
  ['us-south1', 'Dallas, Texas', 'US', 'unverified'],
  ['us-west1', 'The Dalles, Oregon', 'US', 'unverified'],
  ['us-west2', 'Los Angeles, California', 'US', 'unverified'],
  ['us-west3', 'Salt Lake City, Utah', 'US', 'unverified'],
  ['us-west4', 'Las Vegas, Nevada', 'US', 'unverified'],
  ['northamerica-northeast1', 'Montréal', 'CA', 'unverified'],
  ['northamerica-northeast2', 'Toronto', 'CA', 'unverified'],
  ['southamerica-east1', 'Osasco (São Paulo)', 'BR', 'unverified'],
  ['southamerica-west1', 'Santiago', 'CL', 'unverified'],
  ['asia-east1', 'Changhua County', 'TW', 'unverified'],
  ['asia-east2', 'Hong Kong', 'HK', 'unverified'],
  ['asia-northeast1', 'Tokyo', 'JP', 'unverified'],
  ['asia-northeast2', 'Osaka', 'JP', 'unverified'],
  ['asia-northeast3', 'Seoul', 'KR', 'unverified'],
  ['asia-south1', 'Mumbai', 'IN', 'unverified'],
  ['asia-south2', 'Delhi', 'IN', 'unverified'],
  ['asia-southeast1', 'Jurong West', 'SG', 'unverified'],
  ['asia-southeast2', 'Jakarta', 'ID', 'unverified'],
  ['australia-southeast1', 'Sydney', 'AU', 'unverified'],
  ['australia-southeast2', 'Melbourne', 'AU', 'unverified'],
  ['me-central1', 'Doha', 'QA', 'unverified'],
  ['me-central2', 'Dammam', 'SA', 'unverified'],
  ['africa-south1', 'Johannesburg', 'ZA', 'unverified'],
] as const satisfies readonly Row[];

const AZURE = [
  // facts.md section 4
  ['westeurope', 'Netherlands', 'NL', 'verified', 'West Europe.'],
  ['northeurope', 'Dublin', 'IE', 'verified', 'North Europe (Ireland).'],
  ['francecentral', 'Paris', 'FR', 'verified'],
  ['francesouth', 'Marseille', 'FR', 'verified'],
  ['germanywestcentral', 'Frankfurt', 'DE', 'verified'],
  ['germanynorth', 'Berlin', 'DE', 'verified'],
  ['swedencentral', 'Gävle', 'SE', 'verified'],
  ['norwayeast', 'Oslo', 'NO', 'verified', 'EEA, not EU.'],
  ['norwaywest', 'Stavanger', 'NO', 'verified', 'EEA, not EU; the city is not checked.'],
  ['italynorth', 'Milan', 'IT', 'verified'],
  ['polandcentral', 'Warsaw', 'PL', 'verified'],
  ['spaincentral', 'Madrid', 'ES', 'verified'],
  ['switzerlandnorth', 'Zurich', 'CH', 'verified', 'Outside the EU/EEA; Switzerland has an adequacy decision.'],
  ['switzerlandwest', 'Geneva', 'CH', 'verified', 'Outside the EU/EEA; Switzerland has an adequacy decision.'],
  ['uksouth', 'London', 'GB', 'verified', 'Outside the EU; the UK has an adequacy decision.'],
  ['ukwest', 'Cardiff', 'GB', 'verified', 'Outside the EU; the UK has an adequacy decision.'],
  ['israelcentral', 'Israel', 'IL', 'verified', 'Israel has an adequacy decision.'],
  ['eastus', 'Virginia', 'US', 'verified'],
  // general knowledge
  ['eastus2', 'Virginia', 'US', 'unverified'],
  ['centralus', 'Iowa', 'US', 'unverified'],
  ['northcentralus', 'Illinois', 'US', 'unverified'],
  ['southcentralus', 'Texas', 'US', 'unverified'],
  ['westcentralus', 'Wyoming', 'US', 'unverified'],
  ['westus', 'California', 'US', 'unverified'],
  ['westus2', 'Washington', 'US', 'unverified'],
  ['westus3', 'Phoenix', 'US', 'unverified'],
  ['canadacentral', 'Toronto', 'CA', 'unverified'],
  ['canadaeast', 'Quebec City', 'CA', 'unverified'],
  ['brazilsouth', 'São Paulo State', 'BR', 'unverified'],
  ['mexicocentral', 'Querétaro', 'MX', 'unverified'],
  ['uaenorth', 'Dubai', 'AE', 'unverified'],
  ['uaecentral', 'Abu Dhabi', 'AE', 'unverified'],
  ['qatarcentral', 'Doha', 'QA', 'unverified'],
  ['southafricanorth', 'Johannesburg', 'ZA', 'unverified'],
  ['centralindia', 'Pune', 'IN', 'unverified'],
  ['southindia', 'Chennai', 'IN', 'unverified'],
  ['westindia', 'Mumbai', 'IN', 'unverified'],
  ['eastasia', 'Hong Kong', 'HK', 'unverified'],
  ['southeastasia', 'Singapore', 'SG', 'unverified'],
  ['japaneast', 'Tokyo, Saitama', 'JP', 'unverified'],
  ['japanwest', 'Osaka', 'JP', 'unverified'],
  ['koreacentral', 'Seoul', 'KR', 'unverified'],
  ['koreasouth', 'Busan', 'KR', 'unverified'],
  ['australiaeast', 'New South Wales', 'AU', 'unverified'],
  ['australiasoutheast', 'Victoria', 'AU', 'unverified'],
] as const satisfies readonly Row[];

/** A region written out with its note, its `provider` and `code` kept as literal types (for `NotedRegion`). */
function noted<P extends CloudProvider, C extends string>(
  r: RegionInfo & { provider: P; code: C; note: string },
): RegionInfo & { provider: P; code: C; note: string } {
  return r;
}

const AWS_EUSC = noted({
  provider: 'aws',
  code: 'eusc-de-east-1',
  city: 'Brandenburg',
  country: 'DE',
  note: 'AWS European Sovereign Cloud, a separate partition (aws-eusc), generally available since 2026-01-15 (post-2025).',
  sources: ['S31'],
  confidence: 'verified',
});

const GCP_EUROPE_NORTH2 = noted({
  provider: 'gcp',
  code: 'europe-north2',
  city: 'Stockholm',
  country: 'SE',
  note: 'Newer than the region list used as the source (partly checked).',
  sources: [],
  confidence: 'partial',
});

export const REGIONS: readonly RegionInfo[] = [
  ...rows('aws', AWS),
  AWS_EUSC,
  ...rows('gcp', GCP),
  GCP_EUROPE_NORTH2,
  ...rows('azure', AZURE),
];

/** The codes of the rows of `list` that have a note. */
type NotedCodes<L extends readonly Row[]> = Extract<L[number], readonly [string, string, string, Confidence, string]>[0];

/** The `provider:code` of every region with a note (`fr.ts` has each one's French note). */
export type NotedRegion =
  | `aws:${NotedCodes<typeof AWS>}`
  | `gcp:${NotedCodes<typeof GCP>}`
  | `azure:${NotedCodes<typeof AZURE>}`
  | `${(typeof AWS_EUSC)['provider']}:${(typeof AWS_EUSC)['code']}`
  | `${(typeof GCP_EUROPE_NORTH2)['provider']}:${(typeof GCP_EUROPE_NORTH2)['code']}`;
