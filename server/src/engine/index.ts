/**
 * The engine's public surface, for the language service, the server and the CLI: no file system and no Node
 * built-in (the web build bundles it). What reads files is in `./node`.
 */
export * from './types';
export { LineIndex } from './text';
export { parseYaml, parseYamlFully, type ParsedYaml } from './parse';
export { buildModel, entryAt, isPlainObject, type EntryModel, type InventoryModel, type PlainObject } from './model';
export { fieldsOf, mapping, type EntryFieldPath, type EntryFields, type InventoryFields } from './fields';
export type * from './inventoryTypes';
export { DEFAULT_POLICY, resolvePolicy, type Policy } from './policy';
export { lintText, lintParsed, todayUtc, findingOrigin, EntryResultCache, type LintOptions, type LintResult } from './lint';
export { InventoryDocument, type TextEdit } from './document';
export { RULES, getRule } from './rules';
export { defineRule, makeFinding, type AnyRule, type RuleContext, type Report, type Reporter } from './rule';
export { choosePlurals, formatMessage, placeholdersOf, INTERNAL_ERROR_ID, INTERNAL_ERROR_TEMPLATE, type PluralOf } from './messages';
export {
  fixesFor,
  fixAll,
  fixAllRounds,
  ACCEPT_RISK_TEMPLATE,
  ACCEPT_RISK_TITLE,
  type Fix,
  type FixAllResult,
  type FixTitle,
} from './fixes';
export { applyEdits, type OffsetEdit } from './edits';
export { INVENTORY_SCHEMA, POLICY_SCHEMA, validatePolicyValue, type SchemaIssue } from './schemaValidation';
export { isInventoryFileName, isPolicyFileName } from './files';
export {
  assessEntry,
  entryAssessor,
  certificationRefs,
  entryCountries,
  normalizeCountry,
  notCurrentReason,
  residencyOf,
  suggestMechanism,
  tierStatus,
  type Assessment,
  type Residency,
  type SafeguardAssessment,
  type ScopeBasis,
  type TierStatus,
} from './selection';
export { lintPolicyText } from './policyFile';
export { isInside, lintInventory, adoptsPolicy, resolveInventoryPolicy, type PolicyLocation } from './policyResolution';
export type { PolicyProblem } from './rule';
export { isPlaceholder, isPlaceholderNode, keyOrder, placeholderYaml } from './placeholder';
export { schemaAt, deref, rootSchema, type DocumentKind, type JsonSchema } from './schemaWalk';
export { pathAtOffset, type PathSegment } from './yamlNodes';
export { DEFAULT_MAX_FILE_SIZE, oversize, tooLargeResult } from './limits';

export { destinations, unknownPlaces, type Destination, type Route, type UnknownPlace } from './reach';
export { isIsoDate, addDays } from './dates';
export {
  stripControls,
  xmlText,
  terminalLineStart,
  terminalText,
  htmlText,
  iriSegment,
  markdownBlock,
  markdownInline,
  rfc3339Date,
  neutraliseCommandLines,
  hasCommandLine,
  hoverCode,
  hoverText,
} from './escape';
export { acceptancesIn } from './acceptance';
export { unstatedFact } from './rules/unstated-fact';
export { transferItems } from './selection';
export { placeholdersIn } from './rules/placeholder-value';
export { editionInText } from './certificationFixes';
export { hasSchemaFormat } from './schemaValidation';
export { isType } from './schemaWalk';
export { findPair } from './yamlNodes';
export { replaceScalarText, contentEnd, lineBreakOf } from './edits';
export { dateFact, entryRef, isFact, type EntryRef, type Fact, type SchemaFact } from './facts';
export type { RuleList } from './rules';
