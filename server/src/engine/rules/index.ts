/**
 * Every rule of the product, in the order their findings are listed at one place. To add a rule: write
 * `rules/<id>.ts` (metadata + check), its test `rules/<id>.test.ts`, its page `docs/rules/<id>.md`, and
 * list it here.
 */
import type { AnyRule } from '../rule';
import { duplicateId } from './duplicate-id';
import { duplicateKey } from './duplicate-key';
import { invalidValue } from './invalid-value';
import { missingField } from './missing-field';
import { placeholderValue } from './placeholder-value';
import { unknownField } from './unknown-field';
import { unknownReference } from './unknown-reference';
import { yamlSyntax } from './yaml-syntax';
import { policyInvalid } from './policy-invalid';
import { unknownCertification } from './unknown-certification';
import { notACertification } from './not-a-certification';
import { soc2TypeUnspecified } from './soc2-type-unspecified';
import { certificationExpired } from './certification-expired';
import { selectionTier } from './selection-tier';
import { transferSafeguard } from './transfer-safeguard';
import { residencyAmbiguous } from './residency-ambiguous';
import { locationRegionMismatch } from './location-region-mismatch';
import { tierJustification } from './tier-justification';
import { dpaRequired } from './dpa-required';
import { adminMfaRequired } from './admin-mfa-required';
import { weakAdminMfa } from './weak-admin-mfa';
import { mfaUnspecified } from './mfa-unspecified';
import { serviceAuthMissing } from './service-auth-missing';
import { criticalUncertified } from './critical-uncertified';
import { staleInventory } from './stale-inventory';
import { riskAcceptanceExpired } from './risk-acceptance-expired';
import { unstatedFact } from './unstated-fact';
import { unusedRiskAcceptance } from './unused-risk-acceptance';
import { invalidRiskAcceptance } from './invalid-risk-acceptance';
import { thirdCountryAccess } from './third-country-access';
import { sccOutdated } from './scc-outdated';
import { tiaMissing } from './tia-missing';
import { dpfUnverified } from './dpf-unverified';
import { derogationSystematic } from './derogation-systematic';
import { bcrOutsideGroup } from './bcr-outside-group';
import { specialCategoryData } from './special-category-data';
import { aiDataUse } from './ai-data-use';
import { noticePeriod } from './notice-period';
import { certificationStale } from './certification-stale';

export const RULES: readonly AnyRule[] = [
  yamlSyntax,
  duplicateKey,
  missingField,
  unknownField,
  invalidValue,
  duplicateId,
  unknownReference,
  policyInvalid,
  unknownCertification,
  notACertification,
  soc2TypeUnspecified,
  certificationExpired,
  certificationStale,
  specialCategoryData,
  selectionTier,
  transferSafeguard,
  thirdCountryAccess,
  sccOutdated,
  tiaMissing,
  dpfUnverified,
  derogationSystematic,
  bcrOutsideGroup,
  residencyAmbiguous,
  locationRegionMismatch,
  tierJustification,
  dpaRequired,
  adminMfaRequired,
  weakAdminMfa,
  mfaUnspecified,
  serviceAuthMissing,
  aiDataUse,
  criticalUncertified,
  staleInventory,
  noticePeriod,
  placeholderValue,
  unstatedFact,
  riskAcceptanceExpired,
  unusedRiskAcceptance,
  invalidRiskAcceptance,
];

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}
