/**
 * Every rule of the product, in the order their findings are listed at one place. To add a rule, follow
 * `server/README.md` ("Add a rule"): its module and table test, one line here, its French messages
 * (`catalogs/fr.ts`), its two pages, then `npm run docs:rules`.
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
import { foreignLawExposure } from './foreign-law-exposure';
import { sccOutdated } from './scc-outdated';
import { sccModule } from './scc-module';
import { tiaMissing } from './tia-missing';
import { dpfUnverified } from './dpf-unverified';
import { derogationSystematic } from './derogation-systematic';
import { bcrOutsideGroup } from './bcr-outside-group';
import { specialCategoryData } from './special-category-data';
import { aiDataUse } from './ai-data-use';
import { noticePeriod } from './notice-period';
import { certificationStale } from './certification-stale';

/** The rules with their own types (literal ids, message ids): what the catalogues' type is computed from. */
const RULE_LIST = [
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
  foreignLawExposure,
  sccOutdated,
  sccModule,
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
] as const;

/** The rule list's types: `RuleCatalog` (`catalogs/types.ts`) requires a message for each of their message ids. */
export type RuleList = typeof RULE_LIST;

export const RULES: readonly AnyRule[] = RULE_LIST;

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}
