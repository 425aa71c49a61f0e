/**
 * The sentences that explain an assessment, written from its data where they are shown (diagnostics, hover,
 * inlay hints, outline). Nothing reads these sentences back: rules and features read the `Assessment`.
 */
import { getTransferMechanism } from '../knowledge';
import type { Assessment, SafeguardAssessment, ScopeBasis } from './selection';

/** Why a transfer is (or is not) safeguarded: "Standard Contractual Clauses", "no transfer mechanism"... */
export function safeguardText(s: SafeguardAssessment): string {
  const name = s.mechanism ? (getTransferMechanism(s.mechanism)?.name ?? s.mechanism) : '';
  const list = s.countries.join(', ');
  switch (s.basis) {
    case 'no-transfer':
      return 'no transfer outside the EU';
    case 'eea':
      return `no transfer under GDPR Chapter V (${list} in the EEA)`;
    case 'mechanism':
      return name;
    case 'dpf-us':
      return `${name} (US)`;
    case 'adequacy':
      return `adequacy decision for ${list}`;
    case 'no-mechanism':
      return 'no transfer mechanism';
    case 'us-only':
      return `${name} covers transfers to the US only, not ${list}`;
    case 'us-needs-dpf':
      return 'the US adequacy decision covers only organisations certified under the Data Privacy Framework (record it as `dpf` if the provider is certified)';
    case 'no-adequacy':
      return `${list} ${s.countries.length === 1 ? 'has' : 'have'} no EU adequacy decision in force`;
    case 'uk-tool':
      return `${name} is a tool of UK law, for transfers out of the UK: no basis for data leaving the EEA (the EU clauses are, as \`scc\`)`;
  }
}

/** Why the entry is in scope, or not, after "it": "handles personal data (yes)", "is critical". */
export function scopeText(scope: ScopeBasis): string {
  if (scope.by === 'personalData') return `handles personal data (${scope.level})`;
  if (scope.by === 'criticality') return `is ${scope.criticality}`;
  return `handles no personal data in scope${scope.criticality ? ` and is ${scope.criticality}` : ''}`;
}

function areaName(a: Assessment): string {
  return a.area === 'eu' ? 'EU' : 'EU/EEA';
}

function certText(a: Assessment): string {
  return a.certified ? `certified (${a.countingCertifications.join(', ')})` : 'not certified';
}

function residencyText(a: Assessment): string {
  if (a.residency === 'eu') return `${areaName(a)} residency`;
  if (a.residency === 'outside') return `data outside the ${areaName(a)} (${a.outsideLocations.join(', ')})`;
  return 'no data location';
}

/** Why the entry is in its tier: "certified (soc2-type2), EU/EEA residency". */
export function tierGroundsText(a: Assessment): string {
  const safe = a.residency === 'outside' ? `, safeguarded by ${safeguardText(a.safeguard)}` : '';
  return `${certText(a)}, ${residencyText(a)}${safe}`;
}

/** Why an in-scope entry fits no tier: "no data location is given", "not certified and data outside...". */
export function noTierText(a: Assessment): string {
  if (a.residency === 'unknown') return 'no data location is given';
  if (a.residency === 'outside' && !a.safeguard.valid) return `${residencyText(a)} with ${safeguardText(a.safeguard)}`;
  return `${certText(a)} and ${residencyText(a)}`;
}

/** One line: the tier and why, why it fits none, or why it is out of scope. */
export function assessmentSentence(a: Assessment): string {
  if (!a.inScope) return `Out of scope: ${scopeText(a.scope)}.`;
  if (a.tier !== undefined) return `Tier ${a.tier}: ${tierGroundsText(a)}.`;
  return `Fits no tier of the policy: ${noTierText(a)}.`;
}
