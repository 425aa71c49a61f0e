import { FR_KNOWLEDGE, type CountryWords } from './fr';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CERTIFICATIONS,
  CLAIMS,
  COUNTRIES,
  COUNTRY_ALIASES,
  MFA_METHODS,
  NATIONALITIES,
  OTHER_ADEQUACY,
  PROVIDERS,
  PSEUDO_LOCATIONS,
  REGIONS,
  SOURCES,
  TRANSFER_MECHANISMS,
  adequacyOn,
  closest,
  getCertification,
  getClaim,
  countryName,
  countryTexts,
  regionCity,
  regionNote,
  getCountry,
  getMfaMethod,
  getRegion,
  getTransferMechanism,
  isEEA,
  isEU,
  matchCertificationText,
  normaliseCertificationText,
} from './index';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const sourced = [
  ...CERTIFICATIONS.map((r) => ({ what: `certification ${r.id}`, r })),
  ...CLAIMS.map((r) => ({ what: `claim ${r.id}`, r })),
  ...REGIONS.map((r) => ({ what: `region ${r.provider}:${r.code}`, r })),
  ...TRANSFER_MECHANISMS.map((r) => ({ what: `transfer ${r.id}`, r })),
  ...MFA_METHODS.map((r) => ({ what: `mfa ${r.id}`, r })),
  ...COUNTRIES.filter((c) => c.adequacy).map((c) => ({ what: `adequacy ${c.code}`, r: c.adequacy! })),
  ...OTHER_ADEQUACY.map((r) => ({ what: `adequacy ${r.name}`, r })),
];

test('SOURCES has S1..S42 with matching keys', () => {
  for (let i = 1; i <= 42; i++) {
    const key = `S${i}`;
    assert.equal(SOURCES[key]?.key, key);
    assert.ok(SOURCES[key]!.title.length > 5);
  }
  assert.equal(Object.keys(SOURCES).length, 42);
});

test('every record cites existing sources, and verified records cite at least one', () => {
  for (const { what, r } of sourced) {
    for (const s of r.sources) assert.ok(SOURCES[s], `${what}: unknown source ${s}`);
    assert.ok(['verified', 'partial', 'unverified'].includes(r.confidence), what);
    if (r.confidence === 'verified') assert.ok(r.sources.length > 0, `${what} is verified but cites nothing`);
  }
});

test('ids are unique and kebab-case across certifications and claims', () => {
  const ids = [...CERTIFICATIONS, ...CLAIMS].map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, KEBAB);
  for (const list of [TRANSFER_MECHANISMS, MFA_METHODS]) {
    const own = list.map((r) => r.id);
    assert.equal(new Set(own).size, own.length);
    for (const id of own) assert.match(id, KEBAB);
  }
});

test('required certification, claim, transfer and MFA ids exist', () => {
  for (const id of [
    'soc1',
    'soc2',
    'soc2-type1',
    'soc2-type2',
    'soc3',
    'iso27001',
    'iso27017',
    'iso27018',
    'iso27701',
    'iso9001',
    'csa-star-1',
    'csa-star-2',
    'csa-star-3',
    'pci-dss',
    'hitrust',
    'c5',
    'secnumcloud',
    'hds',
    'tisax',
    'fedramp',
    'cyber-essentials',
    'cyber-essentials-plus',
    'ens',
    'eu-cloud-coc',
    'europrivacy',
    'isae3402',
    'iso22301',
    'nen7510',
    'irap',
  ])
    assert.ok(getCertification(id), id);
  for (const id of ['gdpr-compliant', 'hipaa', 'dpf', 'privacy-shield', 'ccpa-compliant', 'iso27002']) assert.ok(getClaim(id), id);
  for (const id of ['scc', 'dpf', 'bcr', 'adequacy', 'derogation', 'none']) assert.ok(getTransferMechanism(id), id);
  for (const id of ['sms', 'voice', 'email', 'totp', 'push', 'webauthn', 'unspecified', 'none']) assert.ok(getMfaMethod(id), id);
  assert.equal(getCertification('gdpr-compliant'), undefined, 'a claim is not a certification');
});

test('certification facts', () => {
  const iso = getCertification('iso27001')!;
  assert.equal(iso.editions?.find((e) => e.edition === '2013')?.invalidAfter, '2025-10-31');
  assert.equal(iso.editions?.find((e) => e.edition === '2022')?.published, '2022-10-25');
  assert.equal(iso.validityMonths, 36);
  assert.equal(getCertification('cyber-essentials')?.validityMonths, 12);
  assert.equal(getCertification('ens')?.validityMonths, 24);
  assert.equal(getCertification('tisax')?.validityMonths, 36);
  assert.equal(getCertification('soc2-type2')?.validityMonths, 12);
  assert.equal(getCertification('iso9001')?.security, false);
  assert.equal(getCertification('soc1')?.security, false);
  assert.equal(getCertification('soc2-type2')?.security, true);
  assert.equal(getCertification('soc2-type2')?.evidence, 'attestation');
  assert.equal(getCertification('iso27001')?.evidence, 'certificate');
  assert.equal(getCertification('csa-star-1')?.evidence, 'self-assessment');
  assert.equal(getCertification('hds')?.editions?.find((e) => e.invalidAfter)?.invalidAfter, '2026-05-16');
  for (const c of CERTIFICATIONS) {
    for (const field of [c.name, c.owner, c.attests, c.evidenceDetail, c.validity]) assert.ok(field.length > 0, c.id);
    assert.ok(c.aliases.length > 0, `${c.id} has no alias`);
    for (const e of c.editions ?? []) {
      if (e.published) assert.match(e.published, ISO_DATE, c.id);
      if (e.invalidAfter) assert.match(e.invalidAfter, ISO_DATE, c.id);
    }
  }
});

test('no normalised alias points at two different records', () => {
  const seen = new Map<string, string>();
  for (const r of [...CERTIFICATIONS, ...CLAIMS]) {
    for (const form of [r.id, r.name, ...r.aliases]) {
      const key = normaliseCertificationText(form);
      const other = seen.get(key);
      assert.ok(other === undefined || other === r.id, `"${form}" is claimed by ${other} and ${r.id}`);
      seen.set(key, r.id);
    }
  }
});

test('matchCertificationText on free text', () => {
  const table: [string, string | undefined][] = [
    ['SOC 2 Type II', 'soc2-type2'],
    ['SOC 2 Type 2', 'soc2-type2'],
    ['SOC2 Type II', 'soc2-type2'],
    ['SOC II Type 2', 'soc2-type2'],
    ['soc2 type2', 'soc2-type2'],
    ['SOC 2 Type II report', 'soc2-type2'],
    ['SOC 2 Type II attested', 'soc2-type2'],
    ['SOC 2 Type I', 'soc2-type1'],
    ['SOC 2 type 1', 'soc2-type1'],
    ['SOC 2', 'soc2'],
    ['SOC 2 certified', 'soc2'],
    ['SOC 1 Type II', 'soc1'],
    ['SOC 3', 'soc3'],
    ['ISO 27001', 'iso27001'],
    ['ISO/IEC 27001:2022', 'iso27001'],
    ['ISO/IEC 27001:2013', 'iso27001'],
    ['ISO 27001 certified', 'iso27001'],
    ['iso27001', 'iso27001'],
    ['ISO/IEC 27018:2025 certification', 'iso27018'],
    ['ISO 27701', 'iso27701'],
    ['ISO 9001', 'iso9001'],
    ['ISO 27002', 'iso27002'],
    ['GDPR compliant', 'gdpr-compliant'],
    ['GDPR-compliant', 'gdpr-compliant'],
    ['gdpr-compliant', 'gdpr-compliant'],
    ['HIPAA', 'hipaa'],
    ['HIPAA compliant', 'hipaa'],
    ['EU-U.S. Data Privacy Framework', 'dpf'],
    ['Privacy Shield', 'privacy-shield'],
    ['CSA STAR Level 1', 'csa-star-1'],
    ['CSA STAR Level II', 'csa-star-2'],
    ['CSA STAR Certification', 'csa-star-2'],
    ['csa-star-3', 'csa-star-3'],
    ['PCI DSS v4.0.1', 'pci-dss'],
    ['PCI-DSS Level 1', 'pci-dss'],
    ['Cyber Essentials Plus', 'cyber-essentials-plus'],
    ['Cyber Essentials+', 'cyber-essentials-plus'],
    ['Cyber Essentials', 'cyber-essentials'],
    ['BSI C5 Type 2', 'c5'],
    ['ENS Básica', 'ens'],
    ['HITRUST r2', 'hitrust'],
    ['FedRAMP Moderate', 'fedramp'],
    ['EU Cloud CoC', 'eu-cloud-coc'],
    ['SecNumCloud', 'secnumcloud'],
    ['Hébergeur de Données de Santé', 'hds'],
    ['ISAE 3402 Type II', 'isae3402'],
    ['Best-in-class security', undefined],
    ['', undefined],
  ];
  for (const [text, id] of table) assert.equal(matchCertificationText(text)?.id, id, `"${text}"`);
});

test('countries: ISO list, EU 27, EEA 30', () => {
  assert.equal(COUNTRIES.length, 249);
  const codes = COUNTRIES.map((c) => c.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const c of COUNTRIES) {
    assert.match(c.code, /^[A-Z]{2}$/);
    assert.ok(c.name.length > 0);
    if (c.eu) assert.ok(c.eea, `${c.code}: EU implies EEA`);
    if (c.partOf) assert.ok(getCountry(c.partOf)?.eu, `${c.code} partOf ${c.partOf}`);
  }
  const memberStates = COUNTRIES.filter((c) => c.eu && !c.partOf);
  assert.equal(memberStates.length, 27);
  assert.equal(COUNTRIES.filter((c) => c.eea && !c.partOf).length, 30);
  for (const code of ['IS', 'LI', 'NO']) {
    assert.equal(isEU(code), false, code);
    assert.equal(isEEA(code), true, code);
  }
  for (const code of ['CH', 'GB', 'US', 'FO', 'GL']) assert.equal(isEEA(code), false, code);
  assert.equal(isEU('BE'), true);
  assert.equal(isEU('GR'), true);
  assert.equal(isEU('EU'), true);
  assert.equal(isEU('GLOBAL'), false);
  assert.equal(isEU('be'), false, 'lookups are case-sensitive');
  assert.equal(getCountry('BE')?.name, 'Belgium');
  assert.equal(getCountry('UK'), undefined);
  assert.equal(COUNTRY_ALIASES['UK'], 'GB');
  assert.equal(COUNTRY_ALIASES['EL'], 'GR');
  assert.equal(PSEUDO_LOCATIONS.EU.eu, true);
  assert.equal(PSEUDO_LOCATIONS.GLOBAL.eu, false);
});

test('nationalities: every EEA state, Switzerland, the UK and the main third countries, in English and French', () => {
  const eea = COUNTRIES.filter((c) => c.eea && !c.partOf).map((c) => c.code);
  const third = ['US', 'CA', 'IL', 'JP', 'IN', 'AU', 'NZ', 'SG', 'BR', 'KR', 'CN'];
  for (const code of [...eea, 'CH', 'GB', ...third]) {
    const words = NATIONALITIES[code];
    assert.ok(words && words.en.length > 0 && words.fr.length > 0, `${code}: no nationality words`);
  }
  const seen = new Map<string, string>();
  for (const [code, { en, fr }] of Object.entries(NATIONALITIES)) {
    assert.ok(getCountry(code), `${code} is no ISO code`);
    // French words are lower-case (an adjective), English ones capitalised (as English writes them).
    for (const w of fr) assert.equal(w, w.toLowerCase(), `${code}: ${w}`);
    for (const w of en) assert.match(w, /^\p{Lu}/u, `${code}: ${w}`);
    for (const w of [...en, ...fr]) {
      const key = w.toLowerCase();
      assert.ok(!seen.has(key) || seen.get(key) === code, `${w}: ${seen.get(key)} and ${code}`);
      seen.set(key, code);
    }
  }
});

test('adequacy decisions', () => {
  const adequate = COUNTRIES.filter((c) => c.adequacy)
    .map((c) => c.code)
    .sort();
  assert.deepEqual(adequate, ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'US', 'UY']);
  for (const c of COUNTRIES) {
    if (!c.adequacy) continue;
    assert.equal(c.eea, false, `${c.code}: adequacy only applies outside the EEA`);
    if (c.adequacy.adopted) assert.match(c.adequacy.adopted, ISO_DATE);
    if (c.adequacy.until) assert.match(c.adequacy.until, ISO_DATE);
  }
  assert.ok(adequacyOn('GB', '2026-11-26'));
  assert.equal(adequacyOn('GB', '2026-11-26')?.until, '2031-12-27');
  assert.equal(adequacyOn('GB', '2032-01-01'), undefined);
  assert.equal(adequacyOn('BR', '2025-06-01'), undefined);
  assert.ok(adequacyOn('BR', '2026-03-01'));
  assert.equal(adequacyOn('US', '2023-01-01'), undefined);
  assert.equal(adequacyOn('US', '2024-01-01')?.partial, true);
  assert.equal(getCountry('CA')?.adequacy?.partial, true);
  assert.equal(getCountry('JP')?.adequacy?.partial, true);
  assert.equal(getCountry('CH')?.adequacy?.partial, false);
  assert.equal(adequacyOn('CN', '2026-01-01'), undefined);
  assert.equal(adequacyOn('FR', '2026-01-01'), undefined);
});

test('regions', () => {
  const be = getRegion('gcp:europe-west1');
  assert.equal(be?.city, 'St. Ghislain');
  assert.equal(be?.country, 'BE');
  assert.equal(getRegion('aws:eu-west-3')?.country, 'FR');
  assert.equal(getRegion('aws:eu-west-1')?.country, 'IE');
  assert.equal(getRegion('aws:eu-central-2')?.country, 'CH');
  assert.equal(getRegion('azure:westeurope')?.country, 'NL');
  assert.equal(getRegion('azure:norwayeast')?.country, 'NO');
  assert.equal(getRegion('GCP:europe-west4')?.city, 'Eemshaven');
  assert.equal(getRegion('aws:eusc-de-east-1')?.country, 'DE');
  assert.equal(getRegion('gcp:eu-west-1'), undefined);
  assert.equal(getRegion('europe-west1'), undefined);
  const refs = REGIONS.map((r) => `${r.provider}:${r.code}`);
  assert.equal(new Set(refs).size, refs.length, 'region refs are unique');
  for (const r of REGIONS) {
    assert.ok(getCountry(r.country), `${r.provider}:${r.code} country ${r.country}`);
    assert.ok(PROVIDERS[r.provider]);
    assert.match(r.code, /^[a-z0-9-]+$/);
  }
});

test('transfer mechanisms and MFA strengths', () => {
  assert.equal(getTransferMechanism('dpf')?.validFor, 'us-only');
  assert.equal(getTransferMechanism('scc')?.validFor, 'any-country');
  assert.equal(getTransferMechanism('adequacy')?.validFor, 'adequacy-countries');
  assert.equal(getTransferMechanism('derogation')?.validFor, 'exceptional');
  assert.match(getTransferMechanism('scc')!.legalBasis, /2021\/914/);
  assert.ok(getTransferMechanism('scc')!.notes.some((n) => n.includes('2022-12-27')));
  assert.equal(getMfaMethod('sms')?.strength, 'weak');
  assert.equal(getMfaMethod('voice')?.strength, 'weak');
  assert.equal(getMfaMethod('email')?.strength, 'weak');
  assert.equal(getMfaMethod('totp')?.strength, 'acceptable');
  assert.equal(getMfaMethod('push')?.strength, 'acceptable');
  assert.equal(getMfaMethod('webauthn')?.strength, 'phishing-resistant');
  assert.equal(getMfaMethod('unspecified')?.strength, 'unknown');
  assert.equal(getMfaMethod('none')?.strength, 'none');
});

test('closest (did-you-mean)', () => {
  const ids = CERTIFICATIONS.map((c) => c.id);
  assert.equal(closest('soc2-typ2', ids), 'soc2-type2');
  assert.equal(closest('iso-27001', ids), 'iso27001');
  assert.equal(closest('SOC2-TYPE1', ids), 'soc2-type1');
  assert.equal(closest('cyber-essential', ids), 'cyber-essentials');
  assert.equal(closest('completely-unrelated', ids), undefined);
  assert.equal(closest('abc', ['xyz'], 1), undefined);
  assert.equal(closest('abc', []), undefined);
});

test('facts that facts.md marks unchecked ([U]) are not stated as certain in hover text', () => {
  const hedged = /unverified|not checked/i;
  // Whole records from general knowledge: their hover text (attests or validity) says so.
  for (const c of CERTIFICATIONS.filter((r) => r.confidence === 'unverified')) {
    assert.match(`${c.attests} ${c.validity}`, hedged, `certification ${c.id}`);
  }
  for (const c of CLAIMS.filter((r) => r.confidence === 'unverified')) assert.match(c.why, hedged, `claim ${c.id}`);
  for (const c of COUNTRIES.filter((r) => r.adequacy?.confidence === 'unverified')) {
    assert.match(c.adequacy!.scope, hedged, `adequacy ${c.code}: its instrument and date are [U] in facts.md`);
  }
  // Single [U] details inside checked records (facts.md section 1).
  assert.match(getCertification('iso27001')!.validity, /three-year.*not checked/i, 'ISO 27001 cycle is [U]');
  for (const id of ['iso27017', 'iso27018']) assert.match(getCertification(id)!.validity, hedged, `${id} rides on the [U] ISO 27001 cycle`);
  assert.match(
    getCertification('iso27001')!.confusions.find((t) => t.includes('27002'))!,
    hedged,
    'ISO 27002 not certifiable is [U]',
  );
  assert.match(
    getCertification('soc1')!.confusions.find((t) => t.includes('ISAE 3402'))!,
    hedged,
    'ISAE 3402 as the twin of SOC 1 is [U]',
  );
});

test('French: every certification, claim, transfer mechanism and MFA method has all its words in French, with the same caveats and dates', () => {
  const kinds = [
    { kind: 'certification', list: CERTIFICATIONS, fields: ['name', 'owner', 'attests', 'evidenceDetail', 'validity', 'confusions'] },
    { kind: 'claim', list: CLAIMS, fields: ['name', 'why'] },
    { kind: 'transfer', list: TRANSFER_MECHANISMS, fields: ['name', 'legalBasis', 'description', 'notes'] },
    { kind: 'mfa', list: MFA_METHODS, fields: ['name', 'why'] },
  ] as const;
  const hedgeEn = /unverified|not checked|partly checked|assumed|general knowledge/i;
  const hedgeFr = /non vérifi|vérifié en partie|supposé|connaissance générale/i;
  const dates = (t: string) => (t.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).sort();
  const problems: string[] = [];
  for (const { kind, list, fields } of kinds) {
    for (const record of list) {
      const table = FR_KNOWLEDGE[kind === 'mfa' ? 'mfa' : (`${kind}s` as 'certifications' | 'claims' | 'transfers')];
      const fr = (table as Readonly<Record<string, Record<string, unknown>>>)[record.id];
      for (const field of fields) {
        const en = (record as unknown as Record<string, unknown>)[field];
        const tr = fr?.[field];
        const where = `${kind} ${record.id}.${field}`;
        if (tr === undefined) {
          problems.push(`${where}: no French`);
          continue;
        }
        const pairs = Array.isArray(en) ? (en as string[]).map((e, i) => [e, (tr as string[])[i]]) : [[en as string, tr as string]];
        if (Array.isArray(en) && (!Array.isArray(tr) || tr.length !== en.length)) problems.push(`${where}: ${en.length} items in English`);
        for (const [e, t] of pairs) {
          if (typeof t !== 'string' || !t.trim()) problems.push(`${where}: empty`);
          else {
            if (hedgeEn.test(e!) && !hedgeFr.test(t)) problems.push(`${where}: the English caveat is lost in French`);
            if (dates(e!).join() !== dates(t).join()) problems.push(`${where}: dates ${dates(e!)} ≠ ${dates(t)}`);
          }
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('French country names: from CLDR for the known countries only; any other text gets no name, and nothing throws', () => {
  assert.equal(countryName('US', 'fr', getCountry('US')), 'États-Unis');
  assert.equal(countryName('IN', 'fr', getCountry('IN')), 'Inde');
  assert.equal(countryName('EU', 'fr'), 'Union européenne');
  for (const text of ['Mars', 'X1', 'ZZ', 'UK', 'us', '', '12', 'GLOBALE'])
    assert.equal(countryName(text, 'fr', getCountry(text)), undefined, `${JSON.stringify(text)} has no name`);
  assert.equal(countryName('US', 'en', getCountry('US')), getCountry('US')!.name);
});

test('French: every country note, adequacy decision and region note is in French, with the same caveats and dates', () => {
  const hedgeEn = /unverified|not checked|partly checked|general knowledge|post-2025/i;
  const hedgeFr = /non vérifi|vérifiée? en partie|connaissance générale|postérieur à 2025/i;
  const dates = (t: string) => (t.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).sort().join();
  const problems: string[] = [];
  for (const country of COUNTRIES) {
    const en = countryTexts(country, 'en');
    const fr = countryTexts(country, 'fr');
    for (const field of ['note', 'instrument', 'scope'] as const) {
      const e = en[field];
      if (e === undefined) continue;
      if (!(FR_KNOWLEDGE.countries as Readonly<Record<string, CountryWords | undefined>>)[country.code]?.[field])
        problems.push(`${country.code}.${field}: no French`);
      else {
        if (hedgeEn.test(e) && !hedgeFr.test(fr[field]!)) problems.push(`${country.code}.${field}: the caveat is lost`);
        if (dates(e) !== dates(fr[field]!)) problems.push(`${country.code}.${field}: dates differ`);
      }
    }
  }
  for (const code of Object.keys(FR_KNOWLEDGE.countries)) if (!getCountry(code)) problems.push(`${code}: no such country`);
  // A region's place has a French name only where the region table has that place.
  for (const city of Object.keys(FR_KNOWLEDGE.regionCities))
    if (!REGIONS.some((r) => r.city === city)) problems.push(`${city}: no region is there (regionCities)`);
  for (const key of Object.keys(FR_KNOWLEDGE.regionNotes))
    if (!REGIONS.some((r) => r.note && `${r.provider}:${r.code}` === key)) problems.push(`${key}: no such region with a note`);
  // A region note is the provider's own region name (kept as written) and what it means legally (in French).
  for (const region of REGIONS.filter((r) => r.note)) {
    const fr = regionNote(region, 'fr')!;
    const where = `${region.provider}:${region.code}`;
    if ((FR_KNOWLEDGE.regionNotes as Readonly<Record<string, string | undefined>>)[where] === undefined)
      problems.push(`${where}: no French note of its own`);
    if (/adequacy|Outside the|not checked|not EU|partly checked|post-2025|generally available|operated by/.test(fr))
      problems.push(`${where}: English left in French: ${fr}`);
    if (dates(region.note!) !== dates(fr) || (hedgeEn.test(region.note!) && !hedgeFr.test(fr)))
      problems.push(`${where}: a caveat or date is lost`);
  }
  assert.deepEqual(problems, []);
});

test("a region's place: its French name where French has one, as the table writes it otherwise and in English", () => {
  assert.equal(regionCity('London', 'fr'), 'Londres');
  assert.equal(regionCity('Frankfurt', 'fr'), 'Francfort');
  assert.equal(regionCity('Northern Virginia', 'fr'), 'Virginie du Nord');
  assert.equal(regionCity('Dublin', 'fr'), 'Dublin');
  assert.equal(regionCity('London', 'en'), 'London');
});
