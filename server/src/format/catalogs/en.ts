/**
 * The English catalogue of the phrases written at the edge, beside the rules' messages (each rule's
 * `meta.messages`): how an entry is named, the sentences that explain an assessment, sizes, the fix-all title,
 * the words of hovers and of the outline that are not a rule's. Every other language's catalogue is typed from
 * this one (`Phrases<typeof EN>`, `types.ts`): `tsc` fails on a phrase missing in French.
 *
 * A phrase is a template with named `{{placeholders}}` (filled by `fill`, `phrases.ts`), or a plural: `one`
 * and `other` forms that `Intl.PluralRules` picks from a count (`plural`). Lists are written by
 * `Intl.ListFormat` (`lists.ts`), never by hand.
 */
import { ACCEPT_RISK_TEMPLATE, INTERNAL_ERROR_TEMPLATE } from '../../engine';
import { PSEUDO_LOCATIONS } from '../../knowledge';

export const EN = {
  /** cli: the summary lines of `subproc check` (`cli/check.ts`), and what `--fix` reports. */
  check: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    /** `problems` (`errors`, `warnings`, `infos`): each count written by its plural below. */
    summary: '{{problems}} ({{errors}}, {{warnings}}, {{infos}})',
    problems: { one: '{{n}} problem', other: '{{n}} problems' },
    errors: { one: '{{n}} error', other: '{{n}} errors' },
    warnings: { one: '{{n}} warning', other: '{{n}} warnings' },
    infos: { one: '{{n}} info', other: '{{n}} info' },
    clean: { one: '{{n}} file checked, no problems', other: '{{n}} files checked, no problems' },
    accepted: {
      one: '{{n}} accepted risk not counted (subproc check --accepted lists them)',
      other: '{{n}} accepted risks not counted (subproc check --accepted lists them)',
    },
    fixesApplied: { one: '{{n}} safe fix applied', other: '{{n}} safe fixes applied' },
    /** `--fix` recorded missing facts as `unknown`: it could not state them, so the run fails. */
    factsNotStated: {
      one: '{{n}} missing fact recorded as `unknown`: the fix cannot state it; find it out (unstated-fact lists it). This run fails.',
      other:
        '{{n}} missing facts recorded as `unknown`: the fix cannot state them; find them out (unstated-fact lists them). This run fails.',
    },
    nothingToFix: 'nothing to fix safely',
    /** The to-do list of `unstated-fact`: `entries` have `facts` not known yet, and `more` in the header or `defaults`. */
    toFindOut: '{{entries}} {{facts}} to find out',
    toFindOutMore: "{{head}}, and {{more}} more in the inventory's header or defaults",
    toFindOutHeader: {
      one: "{{n}} fact to find out in the inventory's header or defaults",
      other: "{{n}} facts to find out in the inventory's header or defaults",
    },
    entriesHave: { one: '{{n}} entry has', other: '{{n}} entries have' },
    facts: { one: '{{n}} fact', other: '{{n}} facts' },
  },
  /** cli: what an import says when a page cannot be made into an inventory (`publish/importWords.ts`). */
  importRefusals: {
    empty: '{{name}} is empty',
    notCsv: '{{name}} is not valid CSV: {{detail}}',
    noSubprocessorFound:
      '{{name}}: no sub-processor found (expected a table with a column such as Name, Sub-processor, Vendor or Sous-traitant, or entries like "Name (Entity)" followed by "Purpose: ..." lines)',
    unreadable: '{{name}}: {{detail}}',
    tooLarge: '{{name}} is {{bytes}} bytes, over subprocessors.maxFileSize ({{max}}): not imported',
  },
  /**
   * An entry, the one way text names it (`entryName`): its id as code, else its place in the list. `start` is
   * the form that begins a sentence.
   */
  entry: {
    id: '`{{id}}`',
    numbered: 'sub-processor #{{n}}',
    numberedStart: 'Sub-processor #{{n}}',
  },
  /** The inventory as a whole, as the subject of a sentence and inside one. */
  inventory: { start: 'The inventory', inside: 'the inventory' },
  /** What a reach of `GLOBAL` is written as. */
  reachEverywhere: 'every country it may reach (GLOBAL)',
  internalError: INTERNAL_ERROR_TEMPLATE,
  acceptRisk: ACCEPT_RISK_TEMPLATE,
  fixAll: 'Fix all safe problems ({{applied}})',
  /** A size: kilobytes rounded up, megabytes with one decimal. */
  size: { kb: '{{n}} KB', mb: '{{n}} MB' },
  /** The folder of this language's rule pages under the docs base (`docsLink.ts`). */
  docsFolder: '',
  /** How a numeric date "05/06/2025" of an imported page reads: `day-first`, or `ambiguous` unless both are equal. */
  numericDates: 'ambiguous' as 'ambiguous' | 'day-first',
  assessment: {
    /** Why a transfer is (or is not) safeguarded, by `SafeguardAssessment.basis`. */
    safeguard: {
      'no-transfer': 'no transfer outside the EU',
      eea: 'no transfer under GDPR Chapter V ({{countries}} in the EEA)',
      mechanism: '{{name}}',
      'dpf-us': '{{name}} (US)',
      adequacy: 'adequacy decision for {{countries}}',
      unstated: 'no transfer mechanism is stated',
      'no-mechanism': 'no transfer mechanism',
      'us-only': '{{name}} covers transfers to the US only, not {{countries}}',
      'us-needs-dpf':
        'the US adequacy decision covers only organisations certified under the Data Privacy Framework (record it as `dpf` if the provider is certified)',
      'no-adequacy': {
        one: '{{countries}} has no EU adequacy decision in force',
        other: '{{countries}} have no EU adequacy decision in force',
      },
      'scc-invalid': 'the {{version}} clauses are repealed and have had no effect since 2022-12-27',
      'scc-art28': 'the 2021/915 clauses are the Art. 28(7) controller-processor clauses, not a transfer tool',
      derogation: "an Art. 49 derogation is not a safeguard: it is for occasional transfers, not a sub-processor's ({{countries}})",
      'uk-tool':
        '{{name}} is a tool of UK law, for transfers out of the UK: no basis for data leaving the EEA (the EU clauses are, as `scc`)',
    },
    /** A personal-data level as a message shows it in brackets (any other value as it is written). */
    levels: { yes: 'yes', limited: 'limited', no: 'no', unknown: 'unknown' } as Readonly<Record<string, string>>,
    /** A criticality as a message shows it in brackets: `critical`. */
    criticalityInBrackets: '{{criticality}}',
    criticalities: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as Readonly<Record<string, string>>,
    /** A criticality after "is": "is critical". */
    criticalityAttributes: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as Readonly<Record<string, string>>,
    /** Why the entry is in scope, or not, after "it". */
    scope: {
      personalData: 'handles personal data ({{level}})',
      criticality: 'is {{criticality}}',
      none: 'handles no personal data in scope',
      noneCritical: 'handles no personal data in scope and is {{criticality}}',
    },
    areas: { eu: 'EU', eea: 'EU/EEA' },
    certified: 'certified ({{certifications}})',
    certificationsUnstated: 'certifications not stated',
    notCertified: 'not certified',
    residencyIn: '{{area}} residency',
    residencyOutside: 'data outside the {{area}} ({{locations}})',
    residencyUnknown: 'no data location',
    grounds: '{{certification}}, {{residency}}',
    groundsSafeguarded: '{{certification}}, {{residency}}, safeguarded by {{safeguard}}',
    groundsUnsafe: '{{certification}}, {{residency}}, with {{safeguard}}',
    noTierNoLocation: 'no data location is given',
    noTierUnsafe: '{{residency}} with {{safeguard}}',
    noTierBoth: '{{certification}} and {{residency}}',
    outOfScope: 'Out of scope: {{why}}.',
    tier: 'Tier {{tier}}: {{why}}.',
    noTier: 'Fits no tier of the policy: {{why}}.',
  },
  /** The tier an entry's outline item and inlay hint show (`symbols.ts`). */
  tierLabel: {
    unknown: 'tier unknown',
    unknownReason: 'Not known yet: {{fields}}.',
    outOfScope: 'out of scope',
    tier: 'Tier {{tier}}',
    none: 'no tier',
  },
  /** A country's status in a few words (hover, completion). */
  countryStatus: {
    eu: 'EU',
    euPartOf: 'EU (part of {{country}})',
    eea: 'EEA, not EU',
    adequacy: 'outside the EEA, adequacy decision',
    adequacyPartial: 'outside the EEA, partial adequacy decision',
    noAdequacy: 'outside the EEA, no adequacy decision',
  },
  /** What `EU` and `GLOBAL` mean as a data location (hover). */
  pseudoLocations: { EU: PSEUDO_LOCATIONS.EU.description, GLOBAL: PSEUDO_LOCATIONS.GLOBAL.description },
};
