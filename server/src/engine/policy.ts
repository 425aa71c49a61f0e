/**
 * The policy model: the selection criteria (spec section 3) and each rule's severity. The built-in default
 * is the published page's own criteria. A policy is data only.
 */
import type { SeveritySetting } from './types';

type ResidencyMeaning = 'eu' | 'eea';

interface Tier {
  name?: string;
  certified: boolean;
  residency: 'eu' | 'outside' | 'any';
}

export interface Policy {
  residency: ResidencyMeaning;
  certified: string[];
  scope: { personalData: string[]; criticality: string[] };
  tiers: Tier[];
  reviewIntervalMonths: number;
  expiryWarningDays: number;
  /** How far ahead an accepted risk's `until` may be, in months. */
  maxAcceptanceMonths: number;
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  residency: 'eea',
  certified: ['soc2-type2', 'iso27001'],
  scope: { personalData: ['yes', 'limited'], criticality: ['critical'] },
  tiers: [
    { name: 'SOC 2 Type II and/or ISO 27001 certified providers with EU data residency', certified: true, residency: 'eu' },
    { name: 'Uncertified providers with EU data residency', certified: false, residency: 'eu' },
    { name: 'Certified providers with non-EU data residency (with appropriate safeguards)', certified: true, residency: 'outside' },
  ],
  reviewIntervalMonths: 12,
  expiryWarningDays: 60,
  maxAcceptanceMonths: 12,
  rules: {},
}) as Policy;

/** A full policy from a partial one (a policy file's plain value, already validated). */
export function resolvePolicy(partial: Partial<Policy> | undefined): Policy {
  const p = partial ?? {};
  return {
    residency: p.residency ?? DEFAULT_POLICY.residency,
    certified: p.certified ?? [...DEFAULT_POLICY.certified],
    scope: {
      personalData: p.scope?.personalData ?? [...DEFAULT_POLICY.scope.personalData],
      criticality: p.scope?.criticality ?? [...DEFAULT_POLICY.scope.criticality],
    },
    tiers: p.tiers ?? DEFAULT_POLICY.tiers.map((t) => ({ ...t })),
    reviewIntervalMonths: p.reviewIntervalMonths ?? DEFAULT_POLICY.reviewIntervalMonths,
    expiryWarningDays: p.expiryWarningDays ?? DEFAULT_POLICY.expiryWarningDays,
    maxAcceptanceMonths: p.maxAcceptanceMonths ?? DEFAULT_POLICY.maxAcceptanceMonths,
    rules: { ...(p.rules ?? {}) },
  };
}
