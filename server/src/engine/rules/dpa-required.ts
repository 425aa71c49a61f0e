import type { FixDraft } from '../ruleTypes';
import { fixTitle } from '../fixTitle';
import { entryRef, type EntryRef } from '../facts';
import { isMap, type YAMLMap } from 'yaml';
import { insertPairs } from '../edits';
import { entryAt } from '../model';
import { keyOrder } from '../placeholder';
import { schemaAt } from '../schemaWalk';
import { defineRule } from '../rule';
import { findPair, mappingNameRange } from '../yamlNodes';

interface DpaRequiredData {
  label: EntryRef;
  field: 'dpa';
}

/** An entry with no `dpa` of its own and none inherited from `defaults`. */
export const dpaRequired = defineRule<DpaRequiredData>()({
  meta: {
    id: 'dpa-required',
    defaultSeverity: 'error',
    category: 'transfer',
    description:
      'A sub-processor has no `dpa` (data processing agreement, addendum or terms), neither its own nor inherited from `defaults`.',
    fixable: 'safe',
    messages: {
      noDpa:
        '{{label}} has no DPA (GDPR Art. 28(3) requires a contract with every sub-processor): add `dpa: { type: dpa }`, or set it once under `defaults`.',
      fixDpa: 'Add `dpa: { type: dpa }` (a signed data processing agreement)',
      fixAddendum: 'Add `dpa: { type: addendum }` (a data processing addendum)',
      fixTerms: 'Add `dpa: { type: terms-of-service }` (data protection terms in the terms of service)',
      fixUnknown: 'Record `dpa: unknown` (not known yet: find it out)',
    },
  },
  checkEntry(entry, ctx, report) {
    if (!entry.own || (entry.effective.dpa !== undefined && entry.effective.dpa !== null)) return;
    report({
      range: mappingNameRange(ctx.model.root, entry.path),
      messageId: 'noDpa',
      data: { label: entryRef(entry), field: 'dpa' },
    });
  },
  // Which contract is signed is a fact only the user knows: the three types are offered, and only `unknown`
  // (which states nothing, and which `unstated-fact` lists) is safe for fix all.
  fix(finding, result): FixDraft[] {
    const entry = entryAt(result.model, finding.range.start);
    if (!entry || !isMap(entry.node) || findPair(entry.node, 'dpa')) return [];
    const order = keyOrder(schemaAt('inventory', entry.path));
    const add = (value: string) => insertPairs(result.parsed.lines, entry.node as YAMLMap, [{ key: 'dpa', value }], order);
    return [
      {
        title: fixTitle('fixDpa', {}),
        findings: [finding],
        edits: add('{ type: dpa }'),
        safe: false,
        preferred: true,
      },
      {
        title: fixTitle('fixAddendum', {}),
        findings: [finding],
        edits: add('{ type: addendum }'),
        safe: false,
      },
      {
        title: fixTitle('fixTerms', {}),
        findings: [finding],
        edits: add('{ type: terms-of-service }'),
        safe: false,
      },
      {
        title: fixTitle('fixUnknown', {}),
        findings: [finding],
        edits: add('unknown'),
        safe: true,
        unstated: 1,
      },
    ];
  },
});
