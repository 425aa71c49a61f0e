/**
 * Short Markdown about the domain's vocabulary (certifications, claims, countries, regions, transfer
 * mechanisms, MFA methods), written from the knowledge base's records. Completion shows it as item
 * documentation, hover as the answer.
 */
import {
  adequacyCoversVendor,
  adequacyOn,
  getCountry,
  PROVIDERS,
  PSEUDO_LOCATIONS,
  type CertificationInfo,
  type ClaimInfo,
  type CountryInfo,
  type MfaMethodInfo,
  type RegionInfo,
  type TransferMechanismInfo,
} from '../knowledge';
import type { Policy } from '../engine';

const EVIDENCE: Record<CertificationInfo['evidence'], string> = {
  certificate: 'a certificate from an accredited certification body',
  attestation: "an auditor's attestation report (no certificate)",
  'self-assessment': 'a self-assessment',
  authorisation: 'a government authorisation',
  label: 'a label',
  'code-of-conduct': 'adherence to an approved code of conduct',
  seal: 'a certification seal',
};

/** Whether a certification id counts as "certified" under the policy, in one line. */
export function countsLine(id: string, policy: Policy): string {
  const list = policy.certified.map((c) => `\`${c}\``).join(', ') || 'none';
  return policy.certified.includes(id)
    ? `**Counts as "certified"** under the active policy (certified = ${list}), while current.`
    : `**Does not count as "certified"** under the active policy (certified = ${list}).`;
}

export function certificationMarkdown(info: CertificationInfo, policy?: Policy): string {
  const parts = [`**${info.name}** (\`${info.id}\`)`, info.attests];
  parts.push(`- Owner / issuer: ${info.owner}`);
  parts.push(`- Evidence: ${EVIDENCE[info.evidence]}. ${info.evidenceDetail}`);
  parts.push(`- Validity: ${info.validity}`);
  if (!info.security) parts.push('- Not a security certification.');
  if (info.confusions.length) parts.push(`- Watch out: ${info.confusions.join(' ')}`);
  const body = [parts[0], '', parts[1], '', parts.slice(2).join('\n')];
  if (policy) body.push('', countsLine(info.id, policy));
  return body.join('\n');
}

export function claimMarkdown(info: ClaimInfo): string {
  return [`**${info.name}** (\`${info.id}\`): a claim, not a certification`, '', info.why].join('\n');
}

/** EU / EEA / adequacy status of a country, in a few words. */
export function countryStatus(country: CountryInfo, today: string): string {
  if (country.eu) return country.partOf ? `EU (part of ${country.partOf})` : 'EU';
  if (country.eea) return 'EEA, not EU';
  const decision = adequacyOn(country.code, today);
  if (decision) return decision.partial ? 'outside the EEA, partial adequacy decision' : 'outside the EEA, adequacy decision';
  return 'outside the EEA, no adequacy decision';
}

export function countryMarkdown(code: string, today: string): string | undefined {
  if (code === 'EU' || code === 'GLOBAL') {
    const p = PSEUDO_LOCATIONS[code];
    return [`**${p.name}** (\`${p.code}\`)`, '', p.description].join('\n');
  }
  const country = getCountry(code === 'UK' ? 'GB' : code === 'EL' ? 'GR' : code);
  if (!country) return undefined;
  const lines = [`**${country.name}** (\`${country.code}\`): ${countryStatus(country, today)}`];
  if (country.eu) lines.push('', 'Data stored here counts as EU (and EEA) residency.');
  else if (country.eea)
    lines.push('', 'Data stored here counts as EEA residency, and as EU residency only when the policy says `residency: eea`.');
  const decision = adequacyOn(country.code, today);
  if (decision) {
    lines.push(
      '',
      `Adequacy: ${decision.instrument}${decision.adopted ? `, adopted ${decision.adopted}` : ''}${decision.until ? `, in force until ${decision.until}` : ''}. ${decision.scope}`,
    );
    if (country.code === 'US')
      lines.push(
        '',
        'Only organisations active on the Data Privacy Framework list are covered: for a certified recipient record `transfer: { mechanism: dpf, verified: <the day you checked its listing> }`; for any other, a mechanism such as SCCs (`scc`) with a transfer impact assessment.',
      );
    else if (adequacyCoversVendor(country.code, today))
      lines.push(
        '',
        'A commercial sub-processor here needs no transfer mechanism: the decision is the basis (GDPR Art. 45(1)); `transfer: { mechanism: adequacy }` may record it. Adequacy is a transfer basis, not EU residency.',
      );
    else
      lines.push(
        '',
        'The decision covers only part of the transfers here (see its scope): outside it, a mechanism such as SCCs (`scc`) is needed. Adequacy is a transfer basis, not EU residency.',
      );
  } else if (!country.eea) lines.push('', 'A transfer here needs a mechanism such as SCCs (`transfer: { mechanism: scc }`).');
  if (code !== country.code) lines.push('', `The ISO 3166-1 code is \`${country.code}\`.`);
  if (country.note) lines.push('', country.note);
  return lines.join('\n');
}

export function regionMarkdown(region: RegionInfo, today: string): string {
  const country = getCountry(region.country);
  const place = `${region.city}, ${country?.name ?? region.country}`;
  const status = country ? ` (${countryStatus(country, today)})` : '';
  const lines = [`**${region.provider}:${region.code}**: ${PROVIDERS[region.provider].name} region in ${place}${status}`];
  if (country) lines.push('', `Its country code is \`${country.code}\`: list it under \`countries\`.`);
  if (region.note) lines.push('', region.note);
  return lines.join('\n');
}

export function transferMarkdown(info: TransferMechanismInfo): string {
  const lines = [`**${info.name}** (\`${info.id}\`)`, '', `Legal basis: ${info.legalBasis}.`, '', info.description];
  // Every caveat: one that is not shown (the Art. 3(2) gap of the SCCs) could change a decision.
  if (info.notes.length) lines.push('', ...info.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

const STRENGTH: Record<MfaMethodInfo['strength'], string> = {
  'phishing-resistant': 'phishing-resistant',
  acceptable: 'acceptable, not phishing-resistant',
  weak: 'weak',
  unknown: 'unknown strength',
  none: 'no second factor',
};

export function mfaMarkdown(info: MfaMethodInfo): string {
  return [`**${info.name}** (\`${info.id}\`): ${STRENGTH[info.strength]}`, '', info.why].join('\n');
}
