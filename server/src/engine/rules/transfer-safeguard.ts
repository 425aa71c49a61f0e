import type { FixDraft } from '../ruleTypes';
import type { Fact } from '../facts';
import { fixTitle } from '../fixTitle';
import { entryRef, type EntryRef } from '../facts';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { insertPairs, removePair, replaceScalarText, sourceRange, type OffsetEdit } from '../edits';
import { fieldKeyRange, fieldValueRange, locateField } from '../entryNodes';
import { fittingMechanisms } from '../fixHelpers';
import { entryAt } from '../model';
import { keyOrder } from '../placeholder';
import { schemaAt } from '../schemaWalk';
import { defineRule } from '../rule';
import { normalizeCountry, suggestMechanism } from '../selection';
import { findPair, nodeRange, scalarString } from '../yamlNodes';

interface TransferSafeguardData {
  label: EntryRef;
  /** The mechanism that fits every country the data goes to (`adequacy` or `scc`), and its name. */
  mechanism: string;
  mechanismName: Fact;
  /** The countries outside the EEA the data goes to that no transfer covers (GDPR Chapter V). */
  countries: string[];
  /** The same countries: those a fix's mechanism must be valid for. */
  outside: string[];
  /** How many destinations the words speak of: every country (`GLOBAL`) is more than one. */
  destinationCount: number;
  /** The same countries, as messages name them (by their names, worded at the edge). */
  places: Fact;
  /** The mechanism written, when there is one, and why it does not cover them. */
  current?: string;
  why: Fact;
}

/** An in-scope entry whose data leaves EU residency without a transfer mechanism valid for where it goes. */
export const transferSafeguard = defineRule<TransferSafeguardData>()({
  meta: {
    id: 'transfer-safeguard',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'An in-scope sub-processor stores data outside the EEA without a valid transfer mechanism (`dpf` only for the US, `adequacy` only for countries with an adequacy decision); a warning when no mechanism is stated (`transfer` absent or `unknown`).',
    fixable: 'review',
    messages: {
      invalidMechanism:
        '{{label}} sends data outside the EEA ({{places}}), but {{why}}: use a mechanism valid for {{destinationCount|this destination|these destinations}}, such as `{{mechanism}}` ({{mechanismName}}).',
      noMechanism:
        '{{label}} stores data outside the EEA ({{places}}) with no transfer mechanism: add `transfer: { mechanism: {{mechanism}} }` ({{mechanismName}}).',
      unstatedMechanism:
        "{{label}} stores data outside the EEA ({{places}}), but no transfer mechanism is stated: find it out (the DPA, the vendor's transfer terms) and record it, for example `transfer: { mechanism: {{mechanism}} }` ({{mechanismName}}) if that is what applies.",
      fixSetMechanism: 'Set the transfer mechanism to `{{mechanism}}`: {{name}}, for transfers outside the EEA ({{places}})',
      fixSetMechanismDropCheck:
        'Set the transfer mechanism to `{{mechanism}}`: {{name}}, for transfers outside the EEA ({{places}}); and remove `verified`, the check of the DPF listing, which says nothing about `{{mechanism}}`',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own) return;
    const a = ctx.assess(entry);
    // An entry whose personal data is not known yet may well be in scope: where its data goes is known, and so
    // is the missing basis (treating `unknown` as "no personal data" would state what nobody said).
    const possiblyInScope = a.inScope || a.unknown.includes('personalData');
    if (!possiblyInScope || a.residency !== 'outside' || a.safeguard.valid) return;
    // A derogation relied on: `derogation-systematic` says why it is no basis, once (unless the policy turns it off).
    if (a.safeguard.basis === 'derogation' && ctx.policy.rules['derogation-systematic'] !== 'off') return;
    // Clauses that are no transfer basis (repealed, or 2021/915): `scc-outdated` says so, once.
    if (a.safeguard.basis === 'scc-invalid' && ctx.policy.rules['scc-outdated'] !== 'off') return;
    // The destinations no transfer covers (an adequacy country that takes in commercial recipients needs none).
    const uncovered = a.safeguard.countries;
    const suggestion = suggestMechanism(uncovered, ctx.today);
    // Not stated (no `transfer`, or `unknown`) is not "none": a warning that asks for the fact, not an error that asserts it.
    const unstated = a.safeguard.basis === 'unstated';
    const mechanismNode = locateField(ctx.model, entry, ['transfer', 'mechanism']).node;
    const hasMechanism = mechanismNode !== undefined && !(unstated && scalarString(mechanismNode) === 'unknown');
    const transferNode = locateField(ctx.model, entry, ['transfer']).node;
    let range;
    if (hasMechanism) range = fieldValueRange(ctx.model, entry, ['transfer', 'mechanism']);
    else if (unstated && mechanismNode) range = nodeRange(mechanismNode);
    else if (unstated && isScalar(transferNode) && transferNode.range) range = nodeRange(transferNode);
    else {
      // Underline the first listed location outside EU residency.
      const countries = locateField(ctx.model, entry, ['dataLocation', 'countries']).node;
      const first = isSeq(countries)
        ? countries.items.find((i) => {
            const c = scalarString(i);
            return c !== undefined && uncovered.includes(normalizeCountry(c));
          })
        : undefined;
      range = first ? nodeRange(first) : fieldKeyRange(ctx.model, entry, ['dataLocation']);
    }
    report({
      range,
      messageId: unstated ? 'unstatedMechanism' : hasMechanism ? 'invalidMechanism' : 'noMechanism',
      ...(unstated ? { severity: 'warning' as const } : {}),
      data: {
        label: entryRef(entry),
        mechanism: suggestion,
        mechanismName: { fact: 'mechanismName', id: suggestion },
        countries: uncovered,
        outside: uncovered,
        destinationCount: uncovered.includes('GLOBAL') ? Math.max(2, uncovered.length) : uncovered.length,
        places: { fact: 'countryNames', codes: uncovered },
        why: { fact: 'safeguard', safeguard: a.safeguard },
        ...(a.safeguard.mechanism ? { current: a.safeguard.mechanism } : {}),
      },
    });
  },
  // Every mechanism that fits where the data goes, the rule's suggestion first; never applied unseen: which
  // mechanism is actually in place is a legal fact only the user knows.
  fix(finding, result): FixDraft[] {
    const entry = entryAt(result.model, finding.range.start);
    if (!entry || !isMap(entry.node) || !finding.data) return [];
    const outside = finding.data.outside;
    const fitting = fittingMechanisms(outside, result.today);
    const mechanisms = [...new Set([finding.data.mechanism, ...fitting])].filter((m) => fitting.includes(m));
    const transfer = findPair(entry.node, 'transfer')?.value;
    // A list of transfers, one per destination: which item a new destination belongs to is for the user to write.
    if (isSeq(transfer)) return [];
    const mechanismNode = isMap(transfer) ? (findPair(transfer, 'mechanism')?.value as Node | undefined) : undefined;
    // `verified` is the day the entity's DPF listing was checked: under another mechanism it verifies nothing, so
    // a fix to another mechanism takes it away (a date kept there would state a check that was never made); where
    // that cannot be done cleanly (a comment on its line), that fix is not offered.
    const checked = isMap(transfer) && findPair(transfer, 'verified') !== undefined;
    const dropCheck = isMap(transfer) ? removePair(result.parsed.lines, transfer as YAMLMap, 'verified') : [];
    const offered = mechanisms.filter((m) => m === 'dpf' || dropCheck !== undefined);
    return offered.map((m, i) => {
      let edits: OffsetEdit[];
      if (isScalar(mechanismNode) && mechanismNode.range) edits = [replaceScalarText(result.parsed.text, mechanismNode, m)];
      // `transfer: unknown`: the mechanism the user picks replaces the blank.
      else if (isScalar(transfer) && transfer.range) edits = [{ range: sourceRange(transfer), text: `{ mechanism: ${m} }` }];
      else if (isMap(transfer))
        edits = insertPairs(
          result.parsed.lines,
          transfer as YAMLMap,
          [{ key: 'mechanism', value: m }],
          keyOrder(schemaAt('inventory', [...entry.path, 'transfer'])),
        );
      else if (transfer === undefined || findPair(entry.node, 'transfer') === undefined) {
        edits = insertPairs(
          result.parsed.lines,
          entry.node as YAMLMap,
          [{ key: 'transfer', value: `{ mechanism: ${m} }` }],
          keyOrder(schemaAt('inventory', entry.path)),
        );
      } else edits = [];
      const drop = m !== 'dpf' && checked;
      if (drop) edits = [...edits, ...dropCheck!];
      const title = fixTitle(drop ? 'fixSetMechanismDropCheck' : 'fixSetMechanism', {
        mechanism: m,
        name: { fact: 'mechanismName', id: m } satisfies Fact,
        places: { fact: 'countryNames', codes: outside } satisfies Fact,
      });
      return { title, findings: [finding], edits, safe: false, preferred: i === 0 };
    });
  },
});
