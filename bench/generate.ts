/**
 * Realistic inventories for the benchmark: entries shaped like those of `examples/subprocessors.yaml`
 * (varied services, countries, cloud regions, certifications, MFA, transfers, data flows), with a few
 * findings sprinkled in (a misspelt key, an unknown country code, a bad enum value), deterministically.
 */

/** A small deterministic PRNG (mulberry32), so every run measures the same files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = [
  ['MongoDB Atlas', 'MongoDB, Inc.', 'Database hosting'],
  ['Google Cloud Platform', 'Google LLC', 'Cloud infrastructure and load balancing'],
  ['Vercel', 'Vercel Inc.', 'Web application hosting and CDN'],
  ['Resend', 'Resend Inc.', 'Transactional email delivery'],
  ['Upstash', 'Upstash Inc.', 'Queue management and background job processing'],
  ['PostHog', 'PostHog Inc.', 'Product analytics and session replay'],
  ['Stripe', 'Stripe Payments Europe, Ltd.', 'Payment processing'],
  ['Intercom', 'Intercom R&D Unlimited Company', 'Customer support messaging'],
  ['Datadog', 'Datadog, Inc.', 'Infrastructure monitoring and logs'],
  ['Cloudflare', 'Cloudflare, Inc.', 'DNS, CDN and DDoS protection'],
  ['Scaleway', 'Scaleway SAS', 'Object storage'],
  ['OVHcloud', 'OVH SAS', 'Dedicated servers'],
  ['Hetzner', 'Hetzner Online GmbH', 'Backup servers'],
  ['Twilio', 'Twilio Inc.', 'SMS notifications'],
  ['Sentry', 'Functional Software, Inc.', 'Error monitoring'],
  ['Amazon Web Services', 'Amazon Web Services EMEA SARL', 'Compute and storage'],
] as const;

const LOCATIONS = [
  { countries: '[BE]', regions: '[gcp:europe-west1]' },
  { countries: '[FR]', regions: '[aws:eu-west-3]' },
  { countries: '[IE]', regions: '[aws:eu-west-1]' },
  { countries: '[DE]', regions: '[aws:eu-central-1]' },
  { countries: '[NL]', regions: '[gcp:europe-west4]' },
  { countries: '[US]', regions: '[aws:us-east-1]' },
  { countries: '[FR, DE]', regions: undefined },
  { countries: '[GLOBAL]', regions: undefined },
  { countries: '[EU]', regions: undefined },
  { countries: '[SE]', regions: '[azure:swedencentral]' },
];

const CERTIFICATIONS = [
  '[soc2-type2, iso27001, gdpr-compliant]',
  '[soc2-type2]',
  '[iso27001]',
  '[soc2-type2, iso27001]',
  '[]',
  '[iso27001, iso27701]',
  '[hds]',
];
const LEVELS = ['yes', 'limited', 'no'];
const MFA = ['[totp]', '[sms]', '[unspecified]', '[webauthn, totp]', '[]'];
const CRITICALITY = ['critical', 'high', 'medium', 'low'];
const GROUPS = [
  ['Core Infrastructure', 'Database & Cloud Infrastructure'],
  ['Core Infrastructure', 'Application Services'],
  ['Business Operations', 'Payments'],
  ['Business Operations', 'Customer Support'],
  ['Engineering', 'Monitoring'],
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

export interface GenerateOptions {
  entries: number;
  seed?: number;
  /** Share of entries that carry one finding (default 0.05). */
  findingRate?: number;
}

export function generateInventory({ entries, seed = 1, findingRate = 0.05 }: GenerateOptions): string {
  const rnd = prng(seed);
  const out: string[] = [
    '# A generated inventory for the benchmark.',
    'inventory:',
    '  organization: Bench Group SA',
    '  contact: privacy@bench.example',
    '  lastUpdated: 2026-06-01',
    '  languages: [en, fr]',
    '',
    'defaults:',
    '  dpa: { type: dpa }',
    '',
    'subprocessors:',
  ];
  const ids: string[] = [];
  for (let i = 0; i < entries; i++) {
    const [name, entity, purpose] = pick(rnd, SERVICES);
    const [group, category] = pick(rnd, GROUPS);
    const loc = pick(rnd, LOCATIONS);
    const id = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i + 1}`;
    const finding = rnd() < findingRate ? Math.floor(rnd() * 3) : -1;
    const lines = [
      `  - id: ${id}`,
      `    name: ${name} ${i + 1}`,
      `    entity: ${entity}`,
      `    group: ${group}`,
      ...(rnd() < 0.5 ? [`    category: ${category}`] : []),
      `    ${finding === 0 ? 'purpse' : 'purpose'}: ${purpose} for product line ${(i % 37) + 1}`,
      '    dataLocation:',
      `      countries: ${finding === 1 ? '[UK]' : loc.countries}`,
      ...(loc.regions ? [`      regions: ${loc.regions}`] : []),
      `    personalData: { level: ${pick(rnd, LEVELS)}, description: account data and request logs }`,
      `    certifications: ${pick(rnd, CERTIFICATIONS)}`,
      ...(loc.countries === '[US]' || loc.countries === '[GLOBAL]' ? ['    transfer: { mechanism: scc }'] : []),
      '    serviceAuthentication: API keys scoped per project',
      `    administrationAuthentication: { method: Email/password (password manager), mfa: ${pick(rnd, MFA)} }`,
      '    serviceAccessControl: Token-based access with resource restrictions',
      '    administrationAccessControl: Team roles with least privilege',
      `    criticality: ${finding === 2 ? 'hihg' : pick(rnd, CRITICALITY)}`,
      ...(ids.length && rnd() < 0.1 ? ['    dataFlows:', `      - to: ${pick(rnd, ids)}`, '        description: exports events'] : []),
      '',
    ];
    ids.push(id);
    out.push(...lines);
  }
  return `${out.join('\n')}\n`;
}
