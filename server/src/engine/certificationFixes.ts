/**
 * The fixes of a certification item, shared by the rules that underline one (`unknown-certification`,
 * `not-a-certification`, `soc2-type-unspecified`, and `invalid-value` on a malformed id): correct text to
 * its id, move a claim to `claims` or a transfer framework to `transfer`, remove a duplicate or an
 * invalidated item. Their titles are `CERTIFICATION_FIX_MESSAGES`, which those rules list in their messages.
 */
import type { FixContext, FixDraft } from './ruleTypes';
import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { CERTIFICATIONS, closest, getClaim, getTransferMechanism, matchCertificationText } from '../knowledge';
import { appendToSeq, dashOffset, insertPairs, lineBreakOf, removeSeqItem, replaceScalarText, sourceRange, type OffsetEdit } from './edits';
import { certificationItem, fittingMechanisms, seqIds, type CertItem } from './fixHelpers';
import type { Fact } from './facts';
import { fixTitle } from './fixTitle';
import { keyOrder } from './placeholder';
import { schemaAt } from './schemaWalk';
import { residencyOf } from './selection';
import type { Finding } from './types';
import { findPair } from './yamlNodes';

/** What a finding on a certification item tells its fixes. */
export interface CertificationFixData {
  /** The claim the item is (`gdpr-compliant`, `dpf`...), when it is one. */
  claim?: string;
  /** Where a claim goes: `claims`, the entry's `transfer` (a framework), or nowhere (invalidated). */
  moveTo?: 'claims' | 'transfer' | 'nowhere';
  /** The certification id the item most likely means. */
  suggestion?: string;
}

export const CERTIFICATION_FIX_MESSAGES = {
  fixRemoveInvalid: 'Remove "{{text}}": it is no longer valid',
  fixRemoveDuplicate: 'Remove "{{text}}": `{{id}}` is already listed',
  fixChange: 'Change "{{text}}" to `{{id}}`',
  fixChangeNamed: 'Change "{{text}}" to `{{id}}` ({{name}})',
  fixChangeEdition: 'Change "{{text}}" to `{{id}}`, edition {{edition}}',
  fixMoveToClaims: 'Move "{{text}}" from certifications to claims: it is a claim, not an audited certification',
  fixMoveToClaimsAs: 'Move "{{text}}" from certifications to claims as `{{claim}}`: it is a claim, not an audited certification',
  fixRemoveHasTransfer: 'Remove "{{text}}" from certifications: the entry already has a `transfer`',
  fixMoveToTransfer:
    'Move "{{text}}" from certifications to `transfer: { mechanism: {{mechanism}} }`: it is a transfer framework, not a certification',
} as const;

export function certificationFixes(finding: Finding<CertificationFixData>, result: FixContext): FixDraft[] {
  const item = certificationItem(result, finding.range);
  if (!item) return [];
  const lines = result.parsed.lines;
  const named = finding.data?.claim;
  const match = matchCertificationText(item.text);
  const claimId = named ?? (match && getClaim(match.id) ? match.id : undefined);
  if (claimId && finding.data?.moveTo === 'transfer') return moveToTransfer(result, finding, item, claimId);
  if (claimId && finding.data?.moveTo === 'nowhere') {
    // Invalid (the Privacy Shield): removed, never kept as a claim; not in fix-all, since the transfer
    // mechanism actually used still has to be recorded by someone who knows it.
    const removal = removeSeqItem(lines, item.seq, item.index);
    return removal
      ? [
          {
            title: fixTitle('fixRemoveInvalid', { text: item.text }),
            findings: [finding],
            edits: removal,
            safe: false,
            preferred: true,
          },
        ]
      : [];
  }
  if (claimId) return moveToClaims(result, finding, item, claimId);
  let id = match?.id;
  let safe = true;
  if (!id || id === item.text) {
    const suggestion =
      finding.data?.suggestion ??
      closest(
        item.text,
        CERTIFICATIONS.map((c) => c.id),
      );
    if (!suggestion || suggestion === item.text) return [];
    id = suggestion;
    safe = false; // an edit-distance guess
  }
  const present = seqIds(item.seq);
  if (present.includes(id)) {
    const removal = removeSeqItem(lines, item.seq, item.index);
    return removal
      ? [
          {
            title: fixTitle('fixRemoveDuplicate', { text: item.text, id }),
            findings: [finding],
            edits: removal,
            safe,
            preferred: true,
          },
        ]
      : [];
  }
  const info = CERTIFICATIONS.find((c) => c.id === id);
  const name = info?.name;
  // "ISO 27001:2013" names an edition: the fix keeps it (`{ id: iso27001, edition: "2013" }`), so that a
  // withdrawn edition is judged as such instead of counting as the certification.
  const edition = editionInText(item.text, info);
  if (edition && item.idNode === item.seq.items[item.index]) {
    return [
      {
        title: fixTitle('fixChangeEdition', { text: item.text, id, edition }),
        findings: [finding],
        edits: [{ range: sourceRange(item.idNode), text: `{ id: ${id}, edition: "${edition}" }` }],
        safe,
        preferred: true,
      },
    ];
  }
  return [
    {
      title: name
        ? fixTitle('fixChangeNamed', { text: item.text, id, name: { fact: 'certificationName', id } satisfies Fact })
        : fixTitle('fixChange', { text: item.text, id }),
      findings: [finding],
      edits: [replaceScalarText(result.parsed.text, item.idNode, id)],
      safe,
      preferred: true,
    },
  ];
}

function moveToClaims(result: FixContext, finding: Finding<CertificationFixData>, item: CertItem, claimId: string): FixDraft[] {
  const lines = result.parsed.lines;
  const removal = removeSeqItem(lines, item.seq, item.index);
  if (!removal) return [];
  const entryMap = item.entry.node;
  if (!isMap(entryMap)) return [];
  const claimsPair = findPair(entryMap, 'claims');
  let addition: OffsetEdit[];
  if (claimsPair) {
    const claims = claimsPair.value;
    if (!isSeq(claims)) return [];
    addition = seqIds(claims as YAMLSeq).includes(claimId) ? [] : appendToSeq(lines, claims as YAMLSeq, [claimId]);
    if (!seqIds(claims as YAMLSeq).includes(claimId) && !addition.length) return [];
  } else {
    // A new `claims` in the style of `certifications`: flow `[a]`, or a block list indented as it is.
    let value = `[${claimId}]`;
    const first = item.seq.items[0] as Node | undefined;
    if (!item.seq.flow && item.seq.items.length > 1 && first?.range) {
      const dashCol = lines.column(dashOffset(result.parsed.text, first.range[0]));
      value = `${lineBreakOf(result.parsed.text)}${' '.repeat(Math.max(0, dashCol))}- ${claimId}`;
      addition = insertPairs(
        lines,
        entryMap as YAMLMap,
        [{ key: 'claims', value: '' }],
        keyOrder(schemaAt('inventory', item.entry.path)),
      ).map((e) => ({
        ...e,
        text: e.text.replace('claims: ', `claims:${value}`),
      }));
    } else addition = insertPairs(lines, entryMap as YAMLMap, [{ key: 'claims', value }], keyOrder(schemaAt('inventory', item.entry.path)));
  }
  return [
    {
      title:
        claimId !== item.text
          ? fixTitle('fixMoveToClaimsAs', { text: item.text, claim: claimId })
          : fixTitle('fixMoveToClaims', { text: item.text }),
      findings: [finding],
      edits: [...removal, ...addition],
      safe: true,
      preferred: true,
    },
  ];
}

/** A transfer framework listed as a certification (`dpf`): it becomes the entry's transfer mechanism. */
function moveToTransfer(result: FixContext, finding: Finding<CertificationFixData>, item: CertItem, mechanism: string): FixDraft[] {
  const removal = removeSeqItem(result.parsed.lines, item.seq, item.index);
  if (!removal || !isMap(item.entry.node) || !getTransferMechanism(mechanism)) return [];
  const transfer = findPair(item.entry.node, 'transfer');
  const { outside } = residencyOf(item.entry.effective, result.policy);
  // Re-filing is safe when the mechanism is valid where the data goes (or the data stays in the EU).
  const safe = outside.every((c) => fittingMechanisms([c], result.today).includes(mechanism));
  if (transfer) {
    return [{ title: fixTitle('fixRemoveHasTransfer', { text: item.text }), findings: [finding], edits: removal, safe: false }];
  }
  const addition = insertPairs(
    result.parsed.lines,
    item.entry.node as YAMLMap,
    [{ key: 'transfer', value: `{ mechanism: ${mechanism} }` }],
    keyOrder(schemaAt('inventory', item.entry.path)),
  );
  return [
    {
      title: fixTitle('fixMoveToTransfer', { text: item.text, mechanism }),
      findings: [finding],
      edits: [...removal, ...addition],
      safe,
      preferred: true,
    },
  ];
}

/** The edition a certification's text names ("ISO 27001:2013", "ISO/IEC 27701 2019"), when the knowledge base lists it. */
export function editionInText(text: string, info: { editions?: readonly { edition: string }[] } | undefined): string | undefined {
  const years = [...text.matchAll(/(?:^|[\s:/(-])((?:19|20)\d\d)(?=$|[\s)])/g)].map((m) => m[1]!);
  return years.find((y) => info?.editions?.some((e) => e.edition === y));
}
