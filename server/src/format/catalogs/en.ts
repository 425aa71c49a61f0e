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
import { ACCEPT_RISK_TEMPLATE, DEFAULT_POLICY, INTERNAL_ERROR_TEMPLATE, type Route, type Severity } from '../../engine';
import { PSEUDO_LOCATIONS, type CertificationInfo, type MfaMethodInfo } from '../../knowledge';
import { SCHEMA_DESCRIPTIONS, type SchemaCatalog } from '../schemaDescriptions';

export const EN = {
  /** cli: the command line's own errors and notes (`cli/messages.ts`); the findings are the rules' messages. */
  cli: {
    seeHelp: 'Run "subproc --help" for usage.',
    unknownCommand: 'unknown command "{{command}}"',
    unknownFormat: 'unknown format "{{format}}" (use {{choices}})',
    unknownLanguage: 'unknown language "{{lang}}" (use en or fr)',
    today: '--today must be a date as YYYY-MM-DD, not "{{value}}"',
    maxWarnings: '--max-warnings must be a whole number, not "{{value}}"',
    maxFileSize: '--max-file-size must be a number of bytes, not "{{value}}"',
    docsBaseUrl: '--docs-base-url must be an http(s) URL, not "{{value}}"',
    link: '--link must be an http(s) URL, not "{{value}}"',
    fixNoStdin: '--fix writes files: it does not take standard input (use --fix-dry-run to print the fixed text)',
    fixAndDryRun: '--fix and --fix-dry-run go alone: choose one',
    stdinFilenameAlone: '--stdin-filename goes with --stdin or - (standard input)',
    tooManyWarnings: 'too many warnings ({{count}}, maximum {{max}})',
    warningsHidden: { one: '{{count}} warning not shown (--quiet)', other: '{{count}} warnings not shown (--quiet)' },
    fixesWouldApply: {
      one: '{{count}} safe fix would be applied (--fix-dry-run: nothing written)',
      other: '{{count}} safe fixes would be applied (--fix-dry-run: nothing written)',
    },
    diffArgs: 'diff takes two inventories: OLD NEW (OLD may be REV:path, e.g. HEAD~1:subprocessors.yaml)',
    importArgs: 'import takes one page (Markdown, HTML, CSV, TSV or copied text)',
    renderArgs: 'render takes one inventory file',
    noStdin: 'cannot read standard input here',
    stdinTooLarge: 'cannot read {{shown}}: larger than the {{maxBytes}} bytes limit (--max-file-size)',
    cannotRead: 'cannot read {{shown}}: {{reason}}',
    cannotWrite: 'cannot write {{file}}: {{reason}}',
    writeSymlink: 'will not write {{file}}: it is a symbolic link, or lies in a linked folder (name a real file)',
    writeNotRegular: 'will not write {{file}}: it is not a regular file (a folder, a FIFO or a device)',
    writeIsInput: 'will not write {{file}}: it is also an input of this command (name another output file)',
    writeChanged:
      'did not write {{file}}: it changed while it was being fixed (saved from an editor?); nothing was lost: run the command again',
    /** Why a file or a path could not be read (the reader's problem, or the system's error code). */
    reasons: {
      missing: 'no such file or directory',
      denied: 'permission denied',
      directory: 'is a directory',
      loop: 'too many levels of symbolic links',
      notRegular: 'not a regular file (a device, a pipe or a socket is never read)',
      tooLarge: 'larger than the {{limit}} limit',
      tooLargeNamed: 'larger than the {{limit}} limit ({{limitName}})',
      notUtf8: 'not valid UTF-8 (line {{line}}); save it as UTF-8',
    },
    noInventoryIn: 'no inventory in {{path}} (looked for subprocessors.yaml and *.subprocessors.yaml)',
    noFileMatches: 'no file matches {{pattern}}',
    notYaml: '{{name}} is not valid YAML (line {{line}}, column {{column}}): {{detail}}',
    notInventory: '{{name}} is not an inventory: expected a mapping with `inventory` and `subprocessors`',
    gitTooLarge: 'cannot read {{spec}} from git: larger than the {{limit}} limit (--max-file-size)',
    gitFailed: 'cannot read {{spec}} from git: {{detail}}',
    gitAmbiguous:
      '{{spec}} is ambiguous: git reads it as a revision and a path, and a file of that very name exists; rename or remove the file (the revision is never read from the disk)',
    readFromGit: 'read {{name}} from git',
    readFromFile: 'read {{name}} from the file on disk',
    policyUnreadable: 'cannot read policy {{shown}}',
    policyInvalid: 'the policy {{shown}} is invalid',
    policyInvalidFirst: 'the policy {{shown}} is invalid: {{first}}',
    /** A policy with several errors (`count` is 2 or more): the first, where it is and what it says. */
    policyInvalidMany: 'the policy {{shown}} has {{count}} errors, the first at {{first}}',
    cannotCompare: 'cannot compare {{oldName}} and {{newName}}: {{detail}}',
    /** Why (`detail` above): an entry that is not a mapping, or two entries that nothing tells apart (`twinWhat`). */
    diffNotMapping: 'entry {{entry}} of {{list}} is not a mapping of fields, so it cannot be compared',
    diffTwins: 'entries {{first}} and {{second}} of {{list}} cannot be told apart ({{what}}): give each a distinct id',
    /** What the two entries share, joined by commas: their id (or none), name and entity. */
    twinId: 'id "{{id}}"',
    twinNoId: 'no id',
    twinName: 'name "{{name}}"',
    twinEntity: 'entity "{{entity}}"',
    /** `diff` prints no notice that does not name who gives it (`organization`) and where to object (`contact`). */
    noticeOrganization: 'the organisation that gives it (`inventory.organization`)',
    noticeContact: 'the address to object to (`inventory.contact`)',
    noticeWithout: {
      one: 'no notice without {{missing}}: {{name}} does not state it; write it in {{name}}',
      other: 'no notice without {{organization}} and {{contact}}: {{name}} does not state them; write them in {{name}}',
    },
    /** `render` and `diff` refuse a file that still holds a `"<...>"` placeholder (`more`: how many others). */
    placeholder:
      '{{name}} still holds a placeholder (line {{line}}, column {{column}}: `{{field}}` is {{value}}): replace it with the real value, or `unknown` if it is not known yet; a placeholder is never published',
    placeholderMore: {
      one: '{{name}} still holds a placeholder (line {{line}}, column {{column}}: `{{field}}` is {{value}}) and {{more}} more: replace each with the real value, or `unknown` if it is not known yet; a placeholder is never published',
      other:
        '{{name}} still holds a placeholder (line {{line}}, column {{column}}: `{{field}}` is {{value}}) and {{more}} more: replace each with the real value, or `unknown` if it is not known yet; a placeholder is never published',
    },
    wrote: { one: 'wrote {{count}} sub-processor to {{output}}', other: 'wrote {{count}} sub-processors to {{output}}' },
    cannotWriteOutput: 'cannot write the output: {{reason}}',
    internalError: 'internal error: {{detail}}',
    /**
     * `subproc --help`: a head, one section per command (also `subproc <command> --help`, after the head's first
     * line), a foot. Its columns are aligned with spaces: keep them aligned when a line changes.
     */
    help: {
      head: `Usage: subproc <command> [options]
       subproc --version
       subproc <command> --help

Commands:
`,
      commands: {
        check: `  check [paths...]   Check inventories and policies: files, folders (searched for *subprocessors.yaml), quoted
                     globs ('**/*.subprocessors.yaml'), or - for standard input. Folders and globs skip what
                     .subprocignore and .gitignore (gitignore syntax) of the current folder ignore. A
                     subprocessor-policy.yaml named here is checked as a policy.
      --format stylish|json|sarif|github|junit|gitlab   Output format (default: stylish; colour on a terminal,
                              never with NO_COLOR, always with FORCE_COLOR)
      --fix                   Apply the safe fixes (the editor's "fix all"), then report what is left
      --fix-dry-run           Compute the safe fixes without writing them; with standard input, print the fixed
                              text instead of the report
      -o, --output FILE       Write the report to FILE instead of standard output
      --stdin                 Read the inventory from standard input (as -)
      --stdin-filename NAME   The name of standard input, for messages and its policy
      --today YYYY-MM-DD      The date to compare dates with (default: today)
      --max-warnings N        Exit 1 when there are more than N warnings (counted even with --quiet)
      --quiet                 Report errors only
      --policy FILE           Use this subprocessor-policy.yaml instead of each inventory's \`policy:\`
      --docs-base-url URL     Where rule links point (SARIF, github), e.g. https://github.com/ORG/REPO/blob/main/docs/rules/
      --accepted              List the accepted risks of the files (where, rule, until, approver, reason, state)
      --lang en|fr            Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en)
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
`,
        render: `  render FILE        Print the published page of an inventory
      --format markdown|html  Output format (default: markdown)
      --lang en|fr            Language of the page (default: the inventory's first language, or en)
      --today YYYY-MM-DD      The date the page is made on (default: today)
      --policy FILE           The policy whose selection criteria the page states (default: the inventory's \`policy:\`)
      -o, --output FILE       Write to FILE instead of standard output
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
`,
        import: `  import PAGE        Turn a published page (its text, Markdown, HTML, CSV or TSV) into an inventory
      -o, --output FILE       Write the YAML to FILE instead of standard output
      --organization NAME     The organization the list is for (also marks entities bearing its name as affiliates)
      --contact EMAIL         The privacy contact of the inventory
      --today YYYY-MM-DD      The date written as lastUpdated when the page states none (default: today)
      --lang en|fr            Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en)
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
`,
        diff: `  diff OLD NEW       The sub-processors added, removed and changed (GDPR Art. 28(2) notice)
      --format markdown|json|atom   Output format (default: markdown)
      --link URL              The published page's address (Atom links and ids)
      --policy FILE           Use this policy for both inventories instead of their \`policy:\`
      --lang en|fr            Language of the notice (default: the new inventory's first language, or en)
      --exit-code             Exit 1 when there are changes (default: 0, it is a report)
      -o, --output FILE       Write to FILE instead of standard output
      --max-file-size BYTES   Refuse files larger than BYTES (default: 10 MB; 0: no limit)
      -h, --help              Show this help
      OLD may be a git revision of a file: HEAD~1:subprocessors.yaml
`,
      },
      foot: `
Options of every run:
  -h, --help           Show this help (after a command: that command's help)
  -V, --version        Print the version

Every command that reads a file refuses anything but a regular UTF-8 file, and files over 10 MB
(--max-file-size BYTES sets the limit, 0 for none). Messages follow --lang, else LC_ALL, LC_MESSAGES or LANG.

Exit codes: 0 clean, 1 findings over the limit (diff --exit-code: changes), 2 bad usage or unreadable input.
`,
    },
  },
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
   * import: the labels the readers give the facts they find away from a labelled cell (a sentence, a bracket, a card's
   * line), quoted before the page's words in an entry's note ("Transfer: …"); a page's own labels are quoted as written.
   */
  importLabels: {
    purpose: 'Purpose',
    location: 'Location',
    transfer: 'Transfer',
    website: 'Website',
    company: 'Company',
    certifications: 'Certifications',
    address: 'Address',
    aiTraining: 'AI training',
    hosting: 'Hosting',
    registeredOffice: 'Registered office',
    storedIn: 'Stored in',
    dpa: 'DPA',
    headquartered: 'Headquartered',
    destination: 'Destination',
    support: 'Support',
    service: 'Service',
    seat: 'Seat',
    registered: 'Registered',
    region: 'Region',
    name: 'Name',
    located: 'Located',
  },
  /**
   * import: the comments of the inventory it writes (and the note of a data flow it cannot place), in the page's
   * language unless `--lang` says otherwise: what the page says or does not say, and what was not read.
   */
  importNotes: {
    header: 'Imported from a published sub-processor page by `subproc import`. Check every value against the source.',
    noOrganization: 'the page does not name the organization: set it (or use --organization)',
    contactNotEmail: 'the page shows "{{contact}}" (not an email address): set the real one',
    noContact: 'the page gives no contact: set it',
    pageDate: 'the page says "{{date}}"',
    noDate: 'the page gives no date',
    builtinPolicy: 'the selection criteria the page publishes are the built-in policy',
    noAgreement: 'the page does not say which agreement binds the sub-processors',
    /** A safeguard the page states that no field of `safeguards` holds; `text` is the page's words. */
    safeguardNoField: 'Safeguard with no field: {{text}}',
    onThePage: 'On the page: {{text}}',
    criteria: 'Selection criteria on the page: {{tiers}}',
    /** `what`: what the reader set aside and why (`importUnread`). */
    notRead: 'not read: {{what}}',
  },
  /**
   * import: what the reader set aside and why (`Unread`, `publish/read/unread.ts`), after `importNotes.notRead`;
   * `name`, `table` and `text` are the page's own words, `rows` and `items` counts.
   */
  importUnread: {
    tableNotCurrent: "table '{{name}}' ({{rows|# row|# rows}}): not current sub-processors",
    tableNotSubprocessors: "table '{{name}}' ({{rows|# row|# rows}}): the page says they are not sub-processors",
    tableCookies: "table '{{name}}' ({{rows|# row|# rows}}): cookies, not sub-processors",
    tableProcessings:
      "table '{{name}}' ({{rows|# row|# rows}}): a record of processing, one processing a row; the page lists its sub-processors in another table",
    table: "table '{{name}}' ({{rows|# row|# rows}})",
    /** After `importNotes.onThePage`: the columns of a `table` above, joined by " | ". */
    tableColumns: 'A table not read as sub-processors (no column names them): {{columns}}',
    listAboutAbove: "list '{{name}}' ({{items|# item|# items}}): about the sub-processors above, not more of them",
    listOtherTopic: "list '{{name}}' ({{items|# item|# items}}): another topic of the page than its sub-processors",
    listNotCurrent: "list '{{name}}' ({{items|# item|# items}}): not current sub-processors",
    listMeasures: "list '{{name}}' ({{items|# item|# items}}): security measures, not sub-processors",
    entryPlanned: "'{{name}}' ({{text}}): starts after the page's date, not a current sub-processor",
    rowNotCurrent: "row '{{name}}': its status '{{status}}' says it is not a current sub-processor",
    rowNotListed: "row '{{name}}' of table '{{table}}': not on the sub-processor list",
    rowNotAmong: "row '{{name}}' of table '{{table}}' (not among the sub-processors)",
    regionRow: "row '{{name}}': says where the rows under it are processed",
    roleRow: "row '{{name}}': a role, no vendor named",
    rowContinues: "row '{{name}}': goes on from the row above it, no vendor named",
    groupRow: "row '{{name}}': heads the rows under it, no vendor named",
    rowShifted: "row '{{name}}': its cells are shifted one column left (its first cell is another column's), no vendor named",
    statuteRow: "row '{{name}}': a statute, no vendor named",
    noteRow: "row '{{name}}': a sentence of the table, no vendor named",
    totalRow: "row '{{name}}': the table's totals, no vendor named",
    partyRow: "row '{{name}}': the page gives it the role '{{role}}', not a sub-processor's",
    itemRight: "item '{{name}}': a data subject's right, not a party",
    itemNoPersonalData: "item '{{name}}': the page says it receives no personal data",
    itemNoVendor: "item '{{name}}': a kind of party, no vendor named",
    itemTopic: "item '{{name}}': a topic of the page's policy, not a party",
    entryNotSubprocessor: '\'{{name}}\': the page says it is not a sub-processor ("{{text}}")',
    entryNotInUse: "'{{name}}' ({{text}}): the page says it is not or no longer used, not a current sub-processor",
    placeholder: 'unfilled placeholder: "{{text}}"',
  },
  /** import: why a page cannot be read as a list (`PageReadError`, `publish/read/*`), at the line it names. */
  pageRefusals: {
    atLine: 'line {{line}}: {{message}}',
    notData: 'not valid YAML or JSON: {{detail}}',
    notDelimited: 'not valid {{kind}}: {{detail}} (a value that holds quotes must be in double quotes, its quotes doubled)',
    tooManyValues: '{{values}} values for {{columns}} columns (a value that holds {{delimiter}} must be in double quotes)',
    /** The delimiter a value holds, in `tooManyValues`. */
    tab: 'a tab',
    delimiter: 'a "{{delimiter}}"',
    splitRow: {
      one: '{{values}} value for {{columns}} columns (a line break inside a cell has split its row: join the lines of the row)',
      other: '{{values}} values for {{columns}} columns (a line break inside a cell has split its row: join the lines of the row)',
    },
    htmlTooDeep: 'the HTML nests elements more than {{depth}} deep here: this is not a page as a browser saves it',
    notATable:
      'this looks like a table, but Markdown does not read it as one: the line under the header must have one "---" cell per header cell, and every row must start and end with "|"',
    rowNotEnded:
      'this row of the table that starts on line {{start}} does not end with "|" as its header does: a cell\'s text has broken onto a new line; join the lines of the row',
    rowNotStarted:
      'this row of the table that starts on line {{start}} does not start with "|" as its header does: a cell\'s text has broken onto a new line; join the lines of the row',
    cellPerLine:
      'a table copied one cell per line ({{count}} columns: {{header}}) whose cells run over several lines: its rows cannot be told apart; copy it again as tab-separated text or CSV',
    tabBroken:
      "this line breaks the table that starts on line {{start}} (it has no tab between cells): a cell's text has broken onto a new line; join it to the row above",
    wrappedBullet:
      'this line continues the bullet above it (a bullet wrapped onto a second line), so it is not a sub-processor: join it to the bullet',
    rowWithoutName: 'this row has no {{column}}: a sub-processor needs its name',
    noNameColumn:
      'the {{format}} has no column that names the sub-processors (a header such as Name, Sub-processor, Vendor, Legal entity or Sous-traitant)',
  },
  /**
   * publish: the words of the published page (`publish/labels.ts`): headings, fact labels, enum values and the
   * sentences written from the policy. `render` writes with them and `import` reads them back.
   */
  /** publish: the Art. 28(2) change notice (`publish/changes.ts`). */
  notice: {
    title: 'Changes to our sub-processors',
    intro:
      'Under Article 28(2) of the GDPR we inform you of changes to the sub-processors that process personal data on our behalf{{between}}.{{objections}}',
    between: ', between the list of {{old}} and that of {{new}}',
    objections: ' To object to a change, write to {{contact}}.',
    note: 'Note',
    nothing: 'No sub-processor was added, removed or changed.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    none: '(none)',
    name: 'Name',
    startsOn: 'Starts processing on',
    objectBy: 'Objections until',
    and: ' and ',
    entriesOf: { one: '{{n}} entry of {{list}}', other: '{{n}} entries of {{list}}' },
    sharedId: 'The id "{{id}}" is used by {{where}}: those entries are compared by their name and entity.',
    noId: {
      one: '{{n}} entry has no id: it is compared by its name and entity.',
      other: '{{n}} entries have no id: they are compared by their name and entity.',
    },
    feedTitle: 'Sub-processor changes',
    feedSubtitle: 'Notice of changes to the sub-processors that process personal data (GDPR Art. 28(2)).',
    feedAuthor: 'Sub-processor inventory',
    addedEntry: 'Added: {{name}}',
    removedEntry: 'Removed: {{name}}',
    newLine: 'New sub-processor: {{name}}.',
    goneLine: '{{name}} is no longer a sub-processor.',
    changedEntry: 'Changed: {{name}}',
  },
  page: {
    /** Between a label and its value. */
    colon: ':',
    /** Page title when the inventory sets none. */
    title: 'Who we work with',
    selectionHeading: 'Sub-Processor Selection Criteria',
    /** The sentence before the tiers; `scope` is one of the `scope…` phrases. */
    selectionIntro: 'When selecting third-party services that {{scope}}, we prioritize providers in the following order:',
    scopePersonalData: 'handle personal data',
    scopeCritical: 'are critical to our infrastructure',
    /** `levels`: the policy's criticality levels, lower case, joined by `or`. */
    scopeCriticality: 'are of {{levels}} criticality to our infrastructure',
    scopeAll: 'we rely on',
    or: 'or',
    and: 'and',
    andOr: 'and/or',
    /** A tier written from the policy: who (`certified`, with `certs` joined by `andOr`, or not) and where. */
    tier: {
      certified: '{{certs}} certified providers',
      uncertified: 'Uncertified providers',
      /** Who, for certified providers outside `where`. */
      anyCertified: 'Certified providers',
      eu: '{{who}} with {{where}} data residency',
      outside: '{{who}} with non-{{where}} data residency (with appropriate safeguards)',
      any: '{{who}} with {{where}} data residency, or outside it with appropriate safeguards',
    },
    euWhere: 'EU',
    eeaWhere: 'EEA',
    /** The DPA sentence: `instruments` already joined; `dpaSentenceScc` when Standard Contractual Clauses are used. */
    dpaSentence: 'All sub-processors are contractually bound through {{instruments}}.',
    dpaSentenceScc: 'All sub-processors are contractually bound through {{instruments}} and Standard Contractual Clauses where applicable.',
    dpaTypes: { dpa: 'Data Processing Agreements (DPAs)', addendum: 'Data Processing Addendums', 'terms-of-service': 'Terms of Service' },
    subprocessorsHeading: 'Our Sub-Processors',
    /** Heading of a group whose name does not already say it: "Core Infrastructure Sub-Processors". */
    groupHeading: '{{group}} Sub-Processors',
    safeguardsHeading: 'Data Processing Safeguards',
    contact: 'For sub-processor and data processing questions, contact: {{email}}',
    lastUpdated: 'Last Updated: {{date}}',
    /** The label of `lastUpdated` alone, to read the line back. */
    lastUpdatedLabel: 'Last Updated',
    facts: {
      purpose: 'Purpose',
      dataLocation: 'Data Location',
      access: 'Access From',
      personalData: 'Personal Data',
      certifications: 'Certifications',
      claims: 'Self-declared (not audited)',
      transfer: 'Transfer Safeguard',
      serviceAuthentication: 'Service Authentication',
      administrationAuthentication: 'Administration Authentication',
      serviceAccessControl: 'Service Access Control',
      administrationAccessControl: 'Administration Access Control',
      dataFlow: 'Data Flow',
      criticality: 'Criticality',
      note: 'Note',
      website: 'Website',
    },
    safeguards: {
      legalFramework: 'Legal Framework',
      internationalTransfers: 'International Transfers',
      accessControls: 'Access Controls',
      dataMinimization: 'Data Minimization',
    },
    personalDataLevels: { yes: 'Yes', limited: 'Limited', no: 'No' },
    criticality: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
    /** Pseudo-locations. */
    locations: { EU: 'EU', GLOBAL: 'Global' },
    /** Countries the page names shortly, as readers of the language expect them ("US", "UK"). */
    shortCountries: { US: 'US', GB: 'UK' },
    /** The second factor: "2FA". */
    secondFactor: '2FA',
    mfa: {
      sms: 'SMS',
      voice: 'voice call',
      email: 'email code',
      totp: 'authenticator app',
      push: 'push notification',
      webauthn: 'security key',
    },
    transferMechanisms: {
      scc: 'Standard Contractual Clauses',
      dpf: 'EU-US Data Privacy Framework',
      bcr: 'Binding Corporate Rules',
      adequacy: 'Adequacy decision',
      derogation: 'Derogation (Art. 49 GDPR)',
      idta: 'UK International Data Transfer Agreement',
      'uk-addendum': 'UK Addendum to the Standard Contractual Clauses',
      none: 'None',
    },
    /** A data flow with no description. */
    flowTo: 'To {{name}}',
    /** An empty list of certifications. */
    none: 'None',
    /** A fact the inventory records as `unknown`: the page says it is not stated, nothing more. */
    notStated: 'Not stated',
    validUntil: 'valid until {{date}}',
    /** Accessible names in the HTML page. */
    skipToList: 'Skip to the list of sub-processors',
    entriesCount: { one: '{{count}} sub-processor', other: '{{count}} sub-processors' },
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
  /** Where transfers go, after "its transfers": a reach of `GLOBAL`. */
  reachEverywhere: 'to every country the data may reach (`GLOBAL`)',
  /** `GLOBAL` among the places of a list ("data outside the EEA (United States and worldwide)"). */
  worldwide: 'worldwide',
  /**
   * Where transfers go, after "its transfers": named countries (`names`, joined as a list), all outside the EEA. In
   * brackets, so that no name needs an article ("the United States") and `GLOBAL` reads as a place ("worldwide").
   */
  reachDestinations: 'outside the EEA ({{names}})',
  /** The same places after "the law and practice": one country, several, or `GLOBAL`. */
  reachLaw: { single: 'of that country', several: 'of those countries', everywhere: 'of each country the data may reach' },
  /** Between two places in brackets, each with its name and code ("United Kingdom, GB; Switzerland, CH"). */
  placesApart: '; ',
  internalError: INTERNAL_ERROR_TEMPLATE,
  acceptRisk: ACCEPT_RISK_TEMPLATE,
  fixAll: 'Fix all safe problems ({{applied}})',
  /** A day in a message (`format/dates.ts`): `day` is the number, or `firstDay` for the 1st; `month` its name. */
  date: { long: '{{day}} {{month}} {{year}}', firstDay: '1' },
  /** A size: kilobytes rounded up, megabytes with one decimal. */
  size: { kb: '{{n}} KB', mb: '{{n}} MB' },
  /** The folder of this language's rule pages under the docs base (`docsLink.ts`). */
  docsFolder: '',
  /** How a numeric date "05/06/2025" of an imported page reads: `day-first`, or `ambiguous` unless both are equal. */
  numericDates: 'ambiguous' as 'ambiguous' | 'day-first',
  assessment: {
    /** Why a transfer is (or is not) safeguarded, by `SafeguardAssessment.basis`. */
    safeguard: {
      'no-transfer': 'no transfer outside the EEA',
      eea: 'no transfer under GDPR Chapter V ({{countries}} in the EEA)',
      mechanism: '{{name}}',
      /** A mechanism as a sentence names it after "safeguarded by" (`mechanism` when it has no entry here). */
      mechanisms: {
        scc: 'standard contractual clauses (SCCs)',
        bcr: 'binding corporate rules (BCRs)',
      } as Readonly<Record<string, string>>,
      'dpf-us': 'the EU-US Data Privacy Framework (DPF)',
      adequacy: 'an adequacy decision ({{countries}})',
      unstated: 'no transfer mechanism is stated',
      'no-mechanism': 'no transfer mechanism',
      'us-only': 'the {{name}} covers transfers to the US only, not to other countries ({{countries}})',
      'us-needs-dpf':
        'the US adequacy decision covers only organisations certified under the Data Privacy Framework (record it as `dpf` if the provider is certified)',
      'no-adequacy': {
        one: 'no EU adequacy decision in force covers this country ({{countries}})',
        other: 'no EU adequacy decision in force covers these countries ({{countries}})',
      },
      'scc-invalid': 'the {{version}} clauses are repealed and have had no effect since 27 December 2022',
      'scc-art28': 'the 2021/915 clauses are the Art. 28(7) controller-processor clauses, not a transfer tool',
      derogation: "an Art. 49 derogation is not a safeguard: it is for occasional transfers, not a sub-processor's ({{countries}})",
      'uk-tool':
        '{{name}} is a tool of UK law, for transfers out of the UK: no basis for data leaving the EEA (the EU clauses are, as `scc`)',
    },
    /** A personal-data level as a message shows it in brackets (any other value as it is written). */
    levels: { yes: 'yes', limited: 'limited', no: 'no', unknown: 'unknown' } as Readonly<Record<string, string>>,
    /** The personal data an entry handles, after "handles" (`personalDataOther` for any other level, in brackets). */
    personalDataHandled: { yes: 'personal data', limited: 'limited personal data' } as Readonly<Record<string, string>>,
    personalDataOther: 'personal data ({{level}})',
    /** A criticality as a message shows it in brackets: `critical`. */
    criticalityInBrackets: '{{criticality}}',
    criticalities: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as Readonly<Record<string, string>>,
    /** A criticality after "is": "is critical". */
    criticalityAttributes: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as Readonly<Record<string, string>>,
    /** Why the entry is in scope, or not, after "it". */
    scope: {
      personalData: 'handles {{level}}',
      criticality: 'is {{criticality}}',
      none: 'handles no personal data in scope',
      noneCritical: 'handles no personal data in scope and is {{criticality}}',
    },
    areas: { eu: 'EU', eea: 'EEA' },
    certified: 'certified ({{certifications}})',
    certificationsUnstated: 'certifications not stated',
    notCertified: 'not certified',
    residencyIn: '{{area}} residency',
    residencyOutside: 'data outside the {{area}} ({{locations}})',
    residencyUnknown: 'no data location',
    grounds: '{{certification}}, {{residency}}',
    groundsSafeguarded: '{{certification}}, {{residency}}, safeguarded by {{safeguard}}',
    groundsUnsafe: '{{certification}}, {{residency}}, but {{safeguard}}',
    noTierNoLocation: 'no data location is given',
    /** A listed location is a code the product does not know (`ZZ`): not known to be inside the EEA or outside it. */
    noTierUnknownPlace: 'where the data is stored is not known: a listed location is not a known country code',
    noTierUnsafe: '{{residency}}, but {{safeguard}}',
    noTierBoth: '{{certification}} and {{residency}}',
    outOfScope: 'Out of scope: {{why}}.',
    tier: 'Tier {{tier}}: {{why}}.',
    noTier: 'Fits no tier of the policy: {{why}}.',
    /** A deciding fact is `unknown` (or a listed place is no known code): the tier is not known, which is not "no tier". */
    tierUnknown: 'Tier not known: {{why}}.',
    tierUnknownFacts: {
      one: 'a deciding fact is not known yet ({{fields}})',
      other: 'deciding facts are not known yet ({{fields}})',
    },
    /** Both reasons a tier is not known: a listed place that is no known code, and deciding facts not known yet. */
    tierUnknownBoth: '{{place}}; {{facts}}',
  },
  /** The tier an entry's outline item and inlay hint show (`symbols.ts`). */
  tierLabel: {
    /** Also the hover's heading, with a capital (`hover.tierUnknown`): one wording on every surface. */
    unknown: 'tier not known',
    outOfScope: 'out of scope',
    tier: 'Tier {{tier}}',
    none: 'no tier',
  },
  /** A country's status in a few words (hover, completion). */
  countryStatus: {
    eu: 'EU',
    /** A territory of a member state with its own code (Réunion, Åland): the state by its name and code ("France, FR"). */
    euPartOf: 'EU (part of a member state: {{country}})',
    eea: 'EEA, not EU',
    adequacy: 'outside the EEA, adequacy decision',
    adequacyPartial: 'outside the EEA, partial adequacy decision',
    noAdequacy: 'outside the EEA, no adequacy decision',
  },
  /** What `EU` and `GLOBAL` mean as a data location (hover). */
  pseudoLocations: { EU: PSEUDO_LOCATIONS.EU.description, GLOBAL: PSEUDO_LOCATIONS.GLOBAL.description },
  /** hover, completion: a rule's default severity in words. */
  severities: { error: 'error', warning: 'warning', info: 'info' } satisfies Record<Severity, string>,
  /** hover, completion: the documents about the domain's vocabulary (`languageService/domainDocs.ts`). */
  domainDocs: {
    /** Whether a certification counts as "certified" under the policy; `list` is the policy's ids, or `none`. */
    counts: '**Counts as "certified"** under the active policy (certified = {{list}}), while current.',
    doesNotCount: '**Does not count as "certified"** under the active policy (certified = {{list}}).',
    noneCertified: 'none',
    owner: 'Owner / issuer: {{owner}}',
    evidence: 'Evidence: {{evidence}}. {{detail}}',
    validity: 'Validity: {{validity}}',
    notSecurity: 'Not a security certification.',
    watchOut: 'Watch out: {{confusions}}',
    /** What a certification's evidence is, by `CertificationInfo.evidence`. */
    evidenceKinds: {
      certificate: 'a certificate from an accredited certification body',
      attestation: "an auditor's attestation report (no certificate)",
      'self-assessment': 'a self-assessment',
      authorisation: 'a government authorisation',
      label: 'a label',
      'code-of-conduct': 'adherence to an approved code of conduct',
      seal: 'a certification seal',
    } satisfies Record<CertificationInfo['evidence'], string>,
    claim: '**{{name}}** (`{{id}}`): a claim, not a certification',
    legalBasis: 'Legal basis: {{basis}}.',
    mfa: '**{{name}}** (`{{id}}`): {{strength}}',
    /** An MFA method's strength, by `MfaMethodInfo.strength`. */
    strengths: {
      'phishing-resistant': 'phishing-resistant',
      acceptable: 'acceptable, not phishing-resistant',
      weak: 'weak',
      unknown: 'unknown strength',
      none: 'no second factor',
    } satisfies Record<MfaMethodInfo['strength'], string>,
    country: '**{{name}}** (`{{code}}`): {{status}}',
    euResidency: 'Data stored here counts as EU (and EEA) residency.',
    eeaResidency: 'Data stored here counts as EEA residency, and as EU residency only when the policy says `residency: eea`.',
    /** An adequacy decision: its instrument, then `adopted` and `until` when known, then its scope. */
    adequacy: 'Adequacy: {{instrument}}{{adopted}}{{until}}. {{scope}}',
    adopted: ', adopted {{date}}',
    until: ', in force until {{date}}',
    us: 'Only organisations active on the Data Privacy Framework list are covered: for a certified recipient record `transfer: { mechanism: dpf, verified: <the day you checked its listing> }`; for any other, a mechanism such as SCCs (`scc`) with a transfer impact assessment.',
    covers:
      'A commercial sub-processor here needs no transfer mechanism: the decision is the basis (GDPR Art. 45(1)); `transfer: { mechanism: adequacy }` may record it. Adequacy is a transfer basis, not EU residency.',
    partial:
      'The decision covers only part of the transfers here (see its scope): outside it, a mechanism such as SCCs (`scc`) is needed. Adequacy is a transfer basis, not EU residency.',
    needsMechanism: 'A transfer here needs a mechanism such as SCCs (`transfer: { mechanism: scc }`).',
    iso: 'The ISO 3166-1 code is `{{code}}`.',
    /** A cloud region: `place` is "city, country"; `status` the country's (`countryStatus`), when it is known. */
    region: '**{{ref}}**: {{provider}} region in {{place}}',
    regionWithStatus: '**{{ref}}**: {{provider}} region in {{place}} ({{status}})',
    regionCountry: 'Its country code is `{{code}}`: list it under `countries`.',
  },
  /** hover: the words of hovers that are not knowledge (`languageService/hover.ts`). */
  hover: {
    required: ' (required)',
    oneOf: 'One of: {{values}}.',
    rule: 'Rule `{{id}}` (default {{severity}}): {{description}} [Rule documentation]({{url}})',
    notCurrent: 'This one is not current: {{why}}, so it does not count.',
    /** Why a certification is not current (`notCurrent`'s `why`). */
    expiredOn: 'expired on {{date}}',
    editionInvalid: 'the {{edition}} edition is no longer valid since {{date}}',
    moveToClaims: 'Move it to `claims`.',
    unknownCert: 'Not a known certification id.',
    didYouMean: 'Not a known certification id. Did you mean `{{id}}` ({{name}})?',
    /** How a country can reach the data, by `Route`. */
    routes: {
      storage: 'stored there',
      access: 'reached from there',
      entity: 'the entity is established there',
      parent: 'its parent is established there',
    } satisfies Record<Route, string>,
    anywhere: 'anywhere (GLOBAL)',
    theEu: 'the EU',
    insideEea: 'inside the EEA, no transfer',
    adequacy: 'adequacy decision (no mechanism needed)',
    noBasis: '**no valid basis**',
    noBasisBecause: '**no valid basis**: {{why}}',
    /** One country that can reach the data: "US (GB), stored there: adequacy decision (no mechanism needed)". */
    reach: '{{name}}, {{how}}: {{basis}}',
    /** A code the product does not know where a country is expected (`ZZ`): not known to be inside the EEA or outside it. */
    unknownPlace: '{{code}}, {{how}}: not a known country code, so whether the data leaves the EEA there is not known',
    unknownCountry:
      '{{code}} is not a known ISO 3166-1 country code: the place it stands for is not known, so no rule treats it as inside or outside the EEA. Correct the code.',
    thisEntry: 'This entry',
    outOfScope: 'Out of scope of the selection criteria: it {{why}}.',
    tier: '**Tier {{tier}}** under the active policy.',
    tierNamed: '**Tier {{tier}}** under the active policy: {{name}}.',
    /** The built-in policy's tiers, by position: their names (a policy file's names are shown as written). */
    builtinTiers: { 0: DEFAULT_POLICY.tiers[0]!.name, 1: DEFAULT_POLICY.tiers[1]!.name, 2: DEFAULT_POLICY.tiers[2]!.name } as Readonly<
      Record<number, string>
    >,
    why: 'Why: {{grounds}}.',
    noTier: '**Fits no tier** of the active policy.',
    /** `label` is `tierLabel.unknown`, with a capital. */
    tierUnknown: '**{{label}}** under the active policy.',
    inScope: 'In scope because it {{why}}.',
    whoCanReach: '**Who can reach the data**',
    acceptedRisks: '**Accepted risks**',
    accepted: '- {{rule}} until {{until}}, approved by {{by}}: {{reason}}',
    acceptedExpired: '- {{rule}} until {{until}} (expired: its finding is back), approved by {{by}}: {{reason}}',
    held: { one: '{{n}} finding is held back by these acceptances.', other: '{{n}} findings are held back by these acceptances.' },
    unknownValue: {
      what: '**Not known yet** (`unknown`): find this fact out (the contract, the trust centre, the vendor) and write it here.',
      until: 'Until then no rule judges it as absent, and the published page says "Not stated".',
    },
    certNotClaim: '`{{value}}` is a certification ({{name}}), not a claim: move it to `certifications`.',
    unknownRegion: 'Unknown region {{code}}: expected `provider:code`, e.g. `gcp:europe-west1`.',
    noRule: '{{code}} is no rule id: see the rule documentation for the ids.',
    flowsTo: 'Data flows to **{{name}}**.',
    flowsToFor: 'Data flows to **{{name}}**: {{purpose}}.',
    finding: '**{{id}}** ({{severity}}): {{description}} [Rule documentation]({{url}})',
    findingUndescribed: '**{{id}}** ({{severity}}): [Rule documentation]({{url}})',
  },
  /** completion: the details of completion items (`languageService/completion.ts`). */
  completion: {
    somewhereInEu: 'somewhere in the EU',
    anywhere: 'anywhere (never EU residency)',
    /** A country's detail: its name and status (`countryStatus`). */
    country: '{{name}}: {{status}}',
    /** A cloud region's detail: the provider, then "city, country". */
    region: '{{provider}}: {{place}}',
    /** A `dataFlows[].to` target's detail: the entry's name, and its purpose when it has one. */
    flowTarget: '{{name}}: {{purpose}}',
    required: 'required',
    optional: 'optional',
    byDefault: 'default {{severity}}',
    ruleByDefault: 'rule, default {{severity}}',
    newEntry: 'An entry with every required field',
    newEntryDocs: 'Inserts a sub-processor with every required field; press Tab to go from one value to the next.',
    /** An MFA method's detail: its name and strength (`domainDocs.strengths`). */
    mfa: '{{name}} ({{strength}})',
  },
  /** The words of schema issues (`format/schemaWords.ts`): the values, types and hints of `engine/schemaValidation.ts`'s facts. */
  schema: {
    /** A value as it was found, by `SchemaFact` shape. */
    values: {
      nothing: 'nothing',
      list: 'a list',
      mapping: 'a mapping',
      text: 'the text "{{text}}"',
      quoted: '"{{text}}"',
      number: 'the number {{text}}',
      value: 'the value {{text}}',
    },
    /** A JSON Schema type as what is expected. */
    types: {
      string: 'text',
      object: 'a mapping of fields',
      array: 'a list',
      boolean: 'true or false',
      date: 'a date (YYYY-MM-DD)',
      number: 'a number',
      integer: 'a whole number',
    },
    aValue: 'a value',
    topLevel: 'the top level',
    /** One item of a list, inside a sentence and at its start (`n`: its position, from 1). */
    item: 'item {{n}} of `{{field}}`',
    itemStart: 'Item {{n}} of `{{field}}`',
    /** How to write a field's value, by field. */
    hints: {
      id: 'an id is kebab-case: lowercase letters, digits and hyphens (for example `mongodb-atlas`)',
      countries: 'use an ISO 3166-1 alpha-2 code in capitals (for example `BE`, `US`), `EU` or `GLOBAL`',
      entityCountry:
        "write the country's two-letter ISO 3166-1 code in capitals (for example `IE`, `US`), or `unknown` while it is not known",
      parentCountry: "write the country's two-letter ISO 3166-1 code in capitals (for example `IE`, `US`)",
      establishment: "write the country's two-letter ISO 3166-1 code in capitals (for example `FR`, `DE`)",
      to: "write each country's two-letter ISO 3166-1 code in capitals (for example `US`, `IN`)",
      certified: 'a certification is an id such as `soc2-type2` or `iso27001`',
      regions: 'write a cloud region as `provider:code` (for example `gcp:europe-west1`, `aws:eu-west-3`)',
      certifications: 'a certification is an id such as `soc2-type2` or `iso27001`',
      claims: 'a claim is an id such as `gdpr-compliant`',
      languages: 'use an ISO 639-1 code in lowercase (for example `en`, `fr`)',
      rule: 'a rule id is kebab-case, as in docs/rules (for example `weak-admin-mfa`)',
    },
    seeDescription: "see the field's description",
    invalidValue: 'invalid value',
  },
  /** The schemas' descriptions by location (generated from the schemas: `format/schemaDescriptions.ts`). */
  schemaDescriptions: SCHEMA_DESCRIPTIONS as SchemaCatalog,
};
