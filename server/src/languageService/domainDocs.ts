/**
 * Short Markdown about the domain's vocabulary (certifications, claims, countries, regions, transfer
 * mechanisms, MFA methods), written from the knowledge base's records. Completion shows it as item
 * documentation, hover as the answer.
 */
import {
  adequacyCoversVendor,
  adequacyOn,
  countryName,
  regionCity,
  countryTexts,
  typeset,
  getCountry,
  inLanguage,
  type Lang,
  PROVIDERS,
  PSEUDO_LOCATIONS,
  regionNote,
  type CertificationInfo,
  type ClaimInfo,
  type CountryInfo,
  type MfaMethodInfo,
  type RegionInfo,
  type TransferMechanismInfo,
} from '../knowledge';
import type { Policy } from '../engine';
import { factWords, fill, longDate, phrases, proseDates } from '../format';

const spaced = typeset;

/** Whether a certification id counts as "certified" under the policy, in one line. */
function countsLine(id: string, policy: Policy, lang: Lang = 'en'): string {
  const w = phrases(lang).domainDocs;
  const list = policy.certified.map((c) => `\`${c}\``).join(', ') || w.noneCertified;
  return spaced(fill(policy.certified.includes(id) ? w.counts : w.doesNotCount, { list }), lang);
}

export function certificationMarkdown(record: CertificationInfo, policy?: Policy, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'certification', lang);
  const w = phrases(lang).domainDocs;
  const item = (template: string, data: Parameters<typeof fill>[1] = {}) => spaced(`- ${fill(template, data)}`, lang);
  const parts = [`**${info.name}** (\`${info.id}\`)`, info.attests];
  parts.push(item(w.owner, { owner: info.owner }));
  parts.push(item(w.evidence, { evidence: w.evidenceKinds[info.evidence], detail: info.evidenceDetail }));
  parts.push(item(w.validity, { validity: info.validity }));
  if (!info.security) parts.push(item(w.notSecurity));
  if (info.confusions.length) parts.push(item(w.watchOut, { confusions: info.confusions.join(' ') }));
  const body = [parts[0], '', parts[1], '', parts.slice(2).join('\n')];
  if (policy) body.push('', countsLine(info.id, policy, lang));
  return proseDates(body.join('\n'), lang);
}

export function claimMarkdown(record: ClaimInfo, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'claim', lang);
  return proseDates([spaced(fill(phrases(lang).domainDocs.claim, { name: info.name, id: info.id }), lang), '', info.why].join('\n'), lang);
}

/** EU / EEA / adequacy status of a country, in a few words. */
export function countryStatus(country: CountryInfo, today: string, lang: Lang = 'en'): string {
  const words = phrases(lang).countryStatus;
  // A territory's state by its name and code, as every message names a place: never the code alone.
  if (country.eu)
    return country.partOf ? fill(words.euPartOf, { country: factWords({ fact: 'places', codes: [country.partOf] }, lang) }) : words.eu;
  if (country.eea) return words.eea;
  const decision = adequacyOn(country.code, today);
  if (decision) return decision.partial ? words.adequacyPartial : words.adequacy;
  return words.noAdequacy;
}

export function countryMarkdown(code: string, today: string, lang: Lang = 'en'): string | undefined {
  const w = phrases(lang).domainDocs;
  if (code === 'EU' || code === 'GLOBAL') {
    const p = PSEUDO_LOCATIONS[code];
    const description = phrases(lang).pseudoLocations[code];
    return spaced([`**${countryName(code, lang)}** (\`${p.code}\`)`, '', description].join('\n'), lang);
  }
  const country = getCountry(code === 'UK' ? 'GB' : code === 'EL' ? 'GR' : code);
  if (!country) return undefined;
  const name = countryName(country.code, lang, country) ?? country.name;
  const lines = [fill(w.country, { name, code: country.code, status: countryStatus(country, today, lang) })];
  if (country.eu) lines.push('', w.euResidency);
  else if (country.eea) lines.push('', w.eeaResidency);
  const decision = adequacyOn(country.code, today);
  if (decision) {
    const words = countryTexts(country, lang);
    const adopted = decision.adopted ? fill(w.adopted, { date: longDate(decision.adopted, lang) }) : '';
    const until = decision.until ? fill(w.until, { date: longDate(decision.until, lang) }) : '';
    const instrument = words.instrument ?? decision.instrument;
    lines.push('', fill(w.adequacy, { instrument, adopted, until, scope: words.scope ?? decision.scope }));
    if (country.code === 'US') lines.push('', w.us);
    else if (adequacyCoversVendor(country.code, today)) lines.push('', w.covers);
    else lines.push('', w.partial);
  } else if (!country.eea) lines.push('', w.needsMechanism);
  if (code !== country.code) lines.push('', fill(w.iso, { code: country.code }));
  const note = countryTexts(country, lang).note;
  if (note) lines.push('', note);
  return proseDates(spaced(lines.join('\n'), lang), lang);
}

export function regionMarkdown(region: RegionInfo, today: string, lang: Lang = 'en'): string {
  const w = phrases(lang).domainDocs;
  const country = getCountry(region.country);
  const place = `${regionCity(region.city, lang)}, ${countryName(region.country, lang, country) ?? region.country}`;
  const words = { ref: `${region.provider}:${region.code}`, provider: PROVIDERS[region.provider].name, place };
  const lines = [country ? fill(w.regionWithStatus, { ...words, status: countryStatus(country, today, lang) }) : fill(w.region, words)];
  if (country) lines.push('', fill(w.regionCountry, { code: country.code }));
  const note = regionNote(region, lang);
  if (note) lines.push('', note);
  return proseDates(spaced(lines.join('\n'), lang), lang);
}

export function transferMarkdown(record: TransferMechanismInfo, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'transfer', lang);
  const basis = spaced(fill(phrases(lang).domainDocs.legalBasis, { basis: info.legalBasis }), lang);
  const lines = [`**${info.name}** (\`${info.id}\`)`, '', basis, '', info.description];
  // Every caveat: one that is not shown (the Art. 3(2) gap of the SCCs) could change a decision.
  if (info.notes.length) lines.push('', ...info.notes.map((n) => `- ${n}`));
  return proseDates(lines.join('\n'), lang);
}

export function mfaMarkdown(record: MfaMethodInfo, lang: Lang = 'en'): string {
  const info = inLanguage(record, 'mfa', lang);
  const w = phrases(lang).domainDocs;
  return proseDates(
    [spaced(fill(w.mfa, { name: info.name, id: info.id, strength: w.strengths[info.strength] }), lang), '', info.why].join('\n'),
    lang,
  );
}
