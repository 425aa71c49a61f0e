/**
 * Quick fixes as data: for one finding, the fixes that resolve it, each a set of surgical text edits
 * (see `edits.ts`) and whether it is safe to apply unseen ("fix all", on save). A fix is safe when it only
 * re-files what the file already says (a claim listed as a certification, "SOC 2 Type II" for
 * `soc2-type2`) or inserts placeholders the user must replace; a fix that asserts a fact only the user
 * knows (a transfer mechanism, a signed DPA, a country, a guessed id) is offered but never applied unseen.
 *
 * Fixes read a finding's `data` when the rule gives it and fall back to the document otherwise.
 */
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  entryAt,
  keyOrder,
  lintText,
  normalizeCountry,
  placeholderYaml,
  residencyOf,
  schemaAt,
  type EntryModel,
  type Finding,
  type LintResult,
  type OffsetRange,
} from '../engine';
import { findPair, locate, scalarString, type PathSegment } from '../engine/yamlNodes';
import {
  adequacyOn,
  CERTIFICATIONS,
  closest,
  getClaim,
  getCountry,
  getRegion,
  getTransferMechanism,
  matchCertificationText,
} from '../knowledge';
import { appendToSeq, applyEdits, dashOffset, insertPairs, lineBreakOf, removeSeqItem, replaceScalarText, type OffsetEdit } from './edits';

export interface Fix {
  title: string;
  /** The findings the fix resolves. */
  findings: Finding[];
  edits: OffsetEdit[];
  /** Safe to apply without review (fix all, on save). */
  safe: boolean;
  preferred?: boolean;
  /** `file`: a fix over the whole file, left out of "fix all" (which uses the per-entry fixes). */
  scope?: 'file';
}

type Fixer = (finding: Finding, result: LintResult) => Fix[];

const FIXERS: Record<string, Fixer> = {
  'missing-field': missingFieldFixes,
  'unknown-field': unknownFieldFixes,
  'invalid-value': invalidValueFixes,
  'unknown-certification': certificationFixes,
  'not-a-certification': certificationFixes,
  'soc2-type-unspecified': certificationFixes,
  'transfer-safeguard': transferFixes,
  'location-region-mismatch': regionCountryFixes,
  'dpa-required': dpaFixes,
  'unknown-reference': referenceFixes,
};

/** The fixes for one finding (none when the rule has no fix or the document does not allow one safely). */
export function fixesFor(result: LintResult, finding: Finding): Fix[] {
  const fixer = FIXERS[finding.ruleId];
  // While the YAML does not parse, node ranges describe a guess: no edit is computed from them.
  if (!fixer || result.parsed.problems.length > 0) return [];
  try {
    return fixer(finding, result).filter((f) => f.edits.length > 0);
  } catch {
    return []; // a fix that cannot be computed is not offered
  }
}

// ---------------------------------------------------------------- missing fields

function missingParent(f: Finding): PathSegment[] | undefined {
  const parent = f.data?.parent;
  return Array.isArray(parent) && typeof f.data?.field === 'string' ? (parent as PathSegment[]) : undefined;
}

function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

/** Inserts every listed missing field, with placeholders, into its mapping, in the schema's order. */
function addMissingFields(result: LintResult, findings: readonly Finding[]): OffsetEdit[] {
  const byParent = new Map<string, { parent: PathSegment[]; fields: Set<string> }>();
  for (const f of findings) {
    const parent = missingParent(f);
    if (!parent) continue;
    const k = pathKey(parent);
    const group = byParent.get(k) ?? { parent, fields: new Set<string>() };
    group.fields.add(String(f.data!.field));
    byParent.set(k, group);
  }
  const edits: OffsetEdit[] = [];
  for (const { parent, fields } of byParent.values()) {
    const map = parent.length ? locate(result.model.root, parent).node : result.model.root;
    if (!isMap(map) || !map.range) continue;
    const schema = schemaAt(parent);
    const pairs = [...fields].map((key) => ({ key, value: placeholderYaml(key, schemaAt([...parent, key])) }));
    edits.push(...insertPairs(result.parsed.lines, map as YAMLMap, pairs, keyOrder(schema)));
  }
  return edits;
}

function missingFieldFixes(finding: Finding, result: LintResult): Fix[] {
  const parent = missingParent(finding);
  if (!parent || finding.data?.notAnInventory) return [];
  const { all, byEntry } = missingFieldsOf(result);
  // The entry (or top-level mapping) the field belongs to: its own missing fields and those of its nested mappings.
  const owner = parent[0] === 'subprocessors' && typeof parent[1] === 'number' ? parent.slice(0, 2) : parent.slice(0, 1);
  const mine = owner.length === 2 ? byEntry.get(owner[1] as number)! : all.filter((f) => isPrefix(owner, missingParent(f)!));
  const entry = owner[0] === 'subprocessors' ? result.model.entries[owner[1] as number] : undefined;
  const name = entry ? (entry.id ? `"${entry.id}"` : `sub-processor #${entry.index + 1}`) : owner.length ? `\`${owner[0]}\`` : 'the inventory';
  const fields = [...new Set(mine.map((f) => String(f.data!.field)))];
  const fixes: Fix[] = [
    {
      title: `Add the missing field${fields.length > 1 ? 's' : ''} of ${name} (${fields.join(', ')}) with placeholders`,
      findings: mine,
      edits: addMissingFields(result, mine),
      safe: true,
      preferred: true,
    },
  ];
  if (mine.length < all.length) fixes.push(allMissingFieldsFix(result, all));
  return fixes;
}

/** The missing-field findings of a result, and those of each entry by its index: computed once per result. */
const missingFieldIndex = new WeakMap<LintResult, { all: Finding[]; byEntry: Map<number, Finding[]> }>();

function missingFieldsOf(result: LintResult): { all: Finding[]; byEntry: Map<number, Finding[]> } {
  let index = missingFieldIndex.get(result);
  if (!index) {
    const all = result.findings.filter((f) => f.ruleId === 'missing-field' && missingParent(f));
    const byEntry = new Map<number, Finding[]>();
    for (const f of all) {
      const parent = missingParent(f)!;
      if (parent[0] !== 'subprocessors' || typeof parent[1] !== 'number') continue;
      byEntry.set(parent[1], [...(byEntry.get(parent[1]) ?? []), f]);
    }
    index = { all, byEntry };
    missingFieldIndex.set(result, index);
  }
  return index;
}

/** The file-wide fix is the same for every missing field: computed once per result, not once per finding (quadratic in a large file). */
const allMissingFieldsFixes = new WeakMap<LintResult, Fix>();

function allMissingFieldsFix(result: LintResult, all: Finding[]): Fix {
  let fix = allMissingFieldsFixes.get(result);
  if (!fix) {
    fix = { title: `Add all ${all.length} missing fields in the file with placeholders`, findings: all, edits: addMissingFields(result, all), safe: true, scope: 'file' };
    allMissingFieldsFixes.set(result, fix);
  }
  return fix;
}

// ---------------------------------------------------------------- keys and values

function unknownFieldFixes(finding: Finding, result: LintResult): Fix[] {
  const suggestion = finding.data?.suggestion;
  if (typeof suggestion !== 'string') return [];
  const key = nodeAt(result, finding.range);
  if (!isScalar(key)) return [];
  return [{ title: `Rename \`${String(key.value)}\` to \`${suggestion}\``, findings: [finding], edits: [replaceScalarText(result.parsed.text, key, suggestion)], safe: false, preferred: true }];
}

function invalidValueFixes(finding: Finding, result: LintResult): Fix[] {
  if (certificationItem(result, finding.range)) return certificationFixes(finding, result);
  const suggestion = finding.data?.suggestion;
  const node = nodeAt(result, finding.range);
  if (typeof suggestion !== 'string' || !isScalar(node)) return [];
  // An enum did-you-mean is a guess; a country alias (UK for GB) says the same thing.
  const safe = !finding.data?.allowed;
  return [{ title: `Change "${String(node.value)}" to \`${suggestion}\``, findings: [finding], edits: [replaceScalarText(result.parsed.text, node, suggestion)], safe, preferred: true }];
}

// ---------------------------------------------------------------- certifications and claims

interface CertItem {
  entry: EntryModel;
  seq: YAMLSeq;
  index: number;
  /** The scalar that holds the id: the item, or its `id` for an item with details. */
  idNode: Node;
  text: string;
}

function certificationItem(result: LintResult, range: OffsetRange): CertItem | undefined {
  const entry = entryAt(result.model, range.start);
  const seq = entry && findPair(entry.node, 'certifications')?.value;
  if (!entry || !isSeq(seq)) return undefined;
  for (let index = 0; index < seq.items.length; index++) {
    const item = seq.items[index] as Node;
    const idNode = isMap(item) ? (findPair(item, 'id')?.value as Node | undefined) : item;
    if (!item?.range || !idNode?.range || !isScalar(idNode)) continue;
    if (range.start >= item.range[0] && range.end <= item.range[1]) {
      const text = scalarString(idNode);
      if (text !== undefined) return { entry, seq: seq as YAMLSeq, index, idNode, text };
    }
  }
  return undefined;
}

/** A list's own values as plain strings (items with details by their id). */
function seqIds(seq: YAMLSeq): string[] {
  return (seq.items as Node[]).map((i) => scalarString(isMap(i) ? findPair(i, 'id')?.value : i) ?? '');
}

function certificationFixes(finding: Finding, result: LintResult): Fix[] {
  const item = certificationItem(result, finding.range);
  if (!item) return [];
  const lines = result.parsed.lines;
  const named = typeof finding.data?.claim === 'string' ? finding.data.claim : undefined;
  const match = matchCertificationText(item.text);
  const claimId = named ?? (match && getClaim(match.id) ? match.id : undefined);
  if (claimId && finding.data?.moveTo === 'transfer') return moveToTransfer(result, finding, item, claimId);
  if (claimId && finding.data?.moveTo === 'nowhere') {
    // Invalid (the Privacy Shield): removed, never kept as a claim; not in fix-all, since the transfer
    // mechanism actually used still has to be recorded by someone who knows it.
    const removal = removeSeqItem(lines, item.seq, item.index);
    return removal ? [{ title: `Remove "${item.text}": it is no longer valid`, findings: [finding], edits: removal, safe: false, preferred: true }] : [];
  }
  if (claimId) return moveToClaims(result, finding, item, claimId);
  let id = match?.id;
  let safe = true;
  if (!id || id === item.text) {
    const suggestion = typeof finding.data?.suggestion === 'string' ? finding.data.suggestion : closest(item.text, CERTIFICATIONS.map((c) => c.id));
    if (!suggestion || suggestion === item.text) return [];
    id = suggestion;
    safe = false; // an edit-distance guess
  }
  const present = seqIds(item.seq);
  if (present.includes(id)) {
    const removal = removeSeqItem(lines, item.seq, item.index);
    return removal ? [{ title: `Remove "${item.text}": \`${id}\` is already listed`, findings: [finding], edits: removal, safe, preferred: true }] : [];
  }
  const name = CERTIFICATIONS.find((c) => c.id === id)?.name;
  return [
    {
      title: `Change "${item.text}" to \`${id}\`${name ? ` (${name})` : ''}`,
      findings: [finding],
      edits: [replaceScalarText(result.parsed.text, item.idNode, id)],
      safe,
      preferred: true,
    },
  ];
}

function moveToClaims(result: LintResult, finding: Finding, item: CertItem, claimId: string): Fix[] {
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
      const dashCol = lines.positionAt(dashOffset(result.parsed.text, first.range[0])).character;
      value = `${lineBreakOf(result.parsed.text)}${' '.repeat(Math.max(0, dashCol))}- ${claimId}`;
      addition = insertPairs(lines, entryMap as YAMLMap, [{ key: 'claims', value: '' }], keyOrder(schemaAt(item.entry.path))).map((e) => ({
        ...e,
        text: e.text.replace('claims: ', `claims:${value}`),
      }));
    } else addition = insertPairs(lines, entryMap as YAMLMap, [{ key: 'claims', value }], keyOrder(schemaAt(item.entry.path)));
  }
  return [
    {
      title: `Move "${item.text}" from certifications to claims${claimId !== item.text ? ` as \`${claimId}\`` : ''}: it is a claim, not an audited certification`,
      findings: [finding],
      edits: [...removal, ...addition],
      safe: true,
      preferred: true,
    },
  ];
}

/** A transfer framework listed as a certification (`dpf`): it becomes the entry's transfer mechanism. */
function moveToTransfer(result: LintResult, finding: Finding, item: CertItem, mechanism: string): Fix[] {
  const removal = removeSeqItem(result.parsed.lines, item.seq, item.index);
  if (!removal || !isMap(item.entry.node) || !getTransferMechanism(mechanism)) return [];
  const transfer = findPair(item.entry.node, 'transfer');
  const { outside } = residencyOf(item.entry.effective, result.policy);
  // Re-filing is safe when the mechanism is valid where the data goes (or the data stays in the EU).
  const safe = outside.every((c) => fittingMechanisms([c], result.today).includes(mechanism));
  if (transfer) {
    return [{ title: `Remove "${item.text}" from certifications: the entry already has a \`transfer\``, findings: [finding], edits: removal, safe: false }];
  }
  const addition = insertPairs(result.parsed.lines, item.entry.node as YAMLMap, [{ key: 'transfer', value: `{ mechanism: ${mechanism} }` }], keyOrder(schemaAt(item.entry.path)));
  return [
    {
      title: `Move "${item.text}" from certifications to \`transfer: { mechanism: ${mechanism} }\`: it is a transfer framework, not a certification`,
      findings: [finding],
      edits: [...removal, ...addition],
      safe,
      preferred: true,
    },
  ];
}

// ---------------------------------------------------------------- transfers, locations, DPA

/** The mechanisms valid for where the data goes: `dpf` only for the US, `adequacy` only for adequacy countries, `scc` otherwise. */
export function fittingMechanisms(outside: readonly string[], today: string): string[] {
  const countries = outside.map(normalizeCountry);
  if (!countries.length) return [];
  if (countries.every((c) => c === 'US')) return ['dpf', 'scc'];
  if (countries.every((c) => c !== 'GLOBAL' && adequacyOn(c, today))) return ['adequacy', 'scc'];
  return ['scc'];
}

function transferFixes(finding: Finding, result: LintResult): Fix[] {
  const entry = entryAt(result.model, finding.range.start);
  if (!entry || !isMap(entry.node)) return [];
  const { outside } = residencyOf(entry.effective, result.policy);
  const wanted = typeof finding.data?.mechanism === 'string' ? [finding.data.mechanism] : [];
  const mechanisms = [...new Set([...wanted, ...fittingMechanisms(outside, result.today)])].filter((m) => fittingMechanisms(outside, result.today).includes(m));
  const transfer = findPair(entry.node, 'transfer')?.value;
  const mechanismNode = isMap(transfer) ? (findPair(transfer, 'mechanism')?.value as Node | undefined) : undefined;
  return mechanisms.map((m, i) => {
    const name = getTransferMechanism(m)?.name ?? m;
    let edits: OffsetEdit[];
    if (isScalar(mechanismNode) && mechanismNode.range) edits = [replaceScalarText(result.parsed.text, mechanismNode, m)];
    else if (isMap(transfer)) edits = insertPairs(result.parsed.lines, transfer as YAMLMap, [{ key: 'mechanism', value: m }], keyOrder(schemaAt([...entry.path, 'transfer'])));
    else if (transfer === undefined || findPair(entry.node, 'transfer') === undefined) {
      edits = insertPairs(result.parsed.lines, entry.node as YAMLMap, [{ key: 'transfer', value: `{ mechanism: ${m} }` }], keyOrder(schemaAt(entry.path)));
    } else edits = [];
    return { title: `Set the transfer mechanism to \`${m}\`: ${name} (for ${outside.join(', ')})`, findings: [finding], edits, safe: false, preferred: i === 0 };
  });
}

function regionCountryFixes(finding: Finding, result: LintResult): Fix[] {
  const entry = entryAt(result.model, finding.range.start);
  if (!entry || !isMap(entry.node)) return [];
  const location = findPair(entry.node, 'dataLocation')?.value;
  const countries = isMap(location) ? findPair(location, 'countries')?.value : undefined;
  const regions = isMap(location) ? findPair(location, 'regions')?.value : undefined;
  if (!isSeq(countries)) return [];
  const listed = seqIds(countries as YAMLSeq);
  const named = typeof finding.data?.country === 'string' ? [finding.data.country] : [];
  // The regions the finding points at (a region item), else every region of the entry.
  const regionNodes = isSeq(regions) ? (regions.items as Node[]) : [];
  const pointed = regionNodes.filter((r) => r.range && finding.range.start >= r.range[0] && finding.range.end <= r.range[1]);
  const fromRegions = (pointed.length ? pointed : regionNodes).map((r) => getRegion(scalarString(r) ?? '')?.country).filter((c): c is string => !!c);
  const wanted = [...new Set([...named, ...fromRegions])].filter((c) => !listed.map(normalizeCountry).includes(c));
  const fixes: Fix[] = [];
  for (const country of wanted) {
    const label = `${country}${getCountry(country) ? ` (${getCountry(country)!.name})` : ''}`;
    fixes.push({ title: `Add ${label} to dataLocation.countries, where the region is`, findings: [finding], edits: appendToSeq(result.parsed.lines, countries as YAMLSeq, [country]), safe: false, preferred: fixes.length === 0 });
    const only = (countries as YAMLSeq).items as Node[];
    if (only.length === 1 && isScalar(only[0]) && wanted.length === 1) {
      fixes.push({ title: `Replace ${listed[0]} with ${label} in dataLocation.countries`, findings: [finding], edits: [replaceScalarText(result.parsed.text, only[0], country)], safe: false });
    }
  }
  return fixes;
}

function dpaFixes(finding: Finding, result: LintResult): Fix[] {
  const entry = entryAt(result.model, finding.range.start);
  if (!entry || !isMap(entry.node) || findPair(entry.node, 'dpa')) return [];
  const order = keyOrder(schemaAt(entry.path));
  const add = (value: string) => insertPairs(result.parsed.lines, entry.node as YAMLMap, [{ key: 'dpa', value }], order);
  return [
    { title: 'Add `dpa: { type: dpa }` (a signed data processing agreement)', findings: [finding], edits: add('{ type: dpa }'), safe: false, preferred: true },
    { title: 'Add `dpa: { type: addendum }` (a data processing addendum)', findings: [finding], edits: add('{ type: addendum }'), safe: false },
    { title: 'Add `dpa: { type: terms-of-service }` (data protection terms in the terms of service)', findings: [finding], edits: add('{ type: terms-of-service }'), safe: false },
    { title: 'Add a `dpa` whose type is still to fill in', findings: [finding], edits: add(placeholderYaml('dpa', schemaAt([...entry.path, 'dpa']))), safe: true },
  ];
}

function referenceFixes(finding: Finding, result: LintResult): Fix[] {
  const node = nodeAt(result, finding.range);
  if (!isScalar(node)) return [];
  const to = String(node.value);
  const here = entryAt(result.model, finding.range.start);
  const suggestion =
    typeof finding.data?.suggestion === 'string' ? finding.data.suggestion : closest(to, [...result.model.byId.keys()].filter((id) => id !== here?.id));
  if (!suggestion) return [];
  return [{ title: `Change the reference "${to}" to \`${suggestion}\``, findings: [finding], edits: [replaceScalarText(result.parsed.text, node, suggestion)], safe: false, preferred: true }];
}

// ---------------------------------------------------------------- helpers

/** The scalar whose range is exactly `range` (a finding's underlined key or value). */
function nodeAt(result: LintResult, range: OffsetRange): Node | undefined {
  let found: Node | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.range && (range.start < n.range[0] || range.start > n.range[2])) return;
    if (isScalar(n) && n.range && n.range[0] === range.start && n.range[1] === range.end) {
      found = n;
      return;
    }
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (item && typeof item === 'object' && 'key' in (item as object)) {
          visit((item as { key: unknown }).key);
          visit((item as { value: unknown }).value);
        } else visit(item);
      }
    }
  };
  visit(result.model.root);
  return found;
}

// ---------------------------------------------------------------- fix all

/** Every safe fix of the document, the first one per finding, without two that touch the same text. */
export function safeFixes(result: LintResult): Fix[] {
  const chosen: Fix[] = [];
  const taken = new TakenRanges();
  const covered = new Set<Finding>();
  for (const finding of result.findings) {
    if (covered.has(finding)) continue;
    const fix = fixesFor(result, finding).find((f) => f.safe && f.scope !== 'file');
    if (!fix) continue;
    if (fix.edits.some((e) => taken.conflicts(e.range))) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.add(e.range);
    for (const f of fix.findings) covered.add(f);
  }
  return chosen;
}

/**
 * The ranges of the edits chosen so far, sorted by start (they do not overlap), so that checking a new edit
 * looks at its neighbours only: fix all on thousands of entries stays fast.
 */
class TakenRanges {
  private readonly ranges: OffsetRange[] = [];

  /** The index of the first range that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether `y` starts where a taken range starts, or overlaps one. */
  conflicts(y: OffsetRange): boolean {
    for (let i = Math.max(0, this.firstFrom(y.start) - 1); i < this.ranges.length && this.ranges[i].start <= y.end; i++) {
      const x = this.ranges[i];
      if (x.start === y.start || (x.start < y.end && y.start < x.end)) return true;
    }
    return false;
  }

  add(r: OffsetRange): void {
    this.ranges.splice(this.firstFrom(r.start), 0, r);
  }
}

export interface FixAllResult {
  /** The text with every safe fix applied. */
  text: string;
  /** Edits of the original text that give `text` (one per fix, or one covering the changes after several rounds). */
  edits: OffsetEdit[];
  /** How many fixes were applied. */
  applied: number;
}

/**
 * Applies every safe fix; when some were held back because they touched the same text, lints the result
 * and goes again, up to a few rounds, as long as each round parses as cleanly as the one before.
 */
export function fixAll(result: LintResult, maxRounds = 5): FixAllResult {
  const rounds = fixAllRounds(result, maxRounds);
  for (;;) {
    const step = rounds.next();
    if (step.done) return step.value;
  }
}

/** `fixAll` one round at a time: yields the number of each round done, so a caller can stop between rounds. */
export function* fixAllRounds(result: LintResult, maxRounds = 5): Generator<number, FixAllResult, void> {
  const original = result.parsed.text;
  let current = result;
  let applied = 0;
  let composed: OffsetEdit[] = [];
  for (let round = 0; round < maxRounds; round++) {
    if (round > 0) yield round;
    const fixes = safeFixes(current);
    if (!fixes.length) break;
    const edits = fixes.flatMap((f) => f.edits);
    const text = applyEdits(current.parsed.text, edits);
    const next = lintText(text, { policy: current.policy, today: current.today });
    if (next.parsed.problems.length > current.parsed.problems.length) break; // never make the YAML worse
    composed = composeEdits(composed, edits);
    applied += fixes.length;
    current = next;
  }
  const text = current.parsed.text;
  if (text === original) return { text, edits: [], applied: 0 };
  return { text, edits: composed, applied };
}

/**
 * Edits of the original text equal to `base` followed by `next` (whose ranges are in the text `base` gives),
 * so that several rounds of fixes still reach the client as small edits of the text it has.
 */
export function composeEdits(base: readonly OffsetEdit[], next: readonly OffsetEdit[]): OffsetEdit[] {
  if (!base.length) return [...next].sort((a, b) => a.range.start - b.range.start);
  let list = [...base].sort((a, b) => a.range.start - b.range.start);
  // Later edits first: an edit never shifts the positions of those before it.
  for (const n of [...next].sort((a, b) => b.range.start - a.range.start)) {
    let delta = 0;
    const out = list.map((e) => {
      const outStart = e.range.start + delta;
      delta += e.text.length - (e.range.end - e.range.start);
      return { e, outStart, outEnd: outStart + e.text.length, deltaAfter: delta };
    });
    const touched = out.filter((o) => n.range.start <= o.outEnd && n.range.end >= o.outStart);
    const before = out.filter((o) => o.outEnd < n.range.start);
    const shift = before.length ? before[before.length - 1].deltaAfter : 0;
    if (!touched.length) {
      list.push({ range: { start: n.range.start - shift, end: n.range.end - shift }, text: n.text });
    } else {
      const first = touched[0];
      const last = touched[touched.length - 1];
      // The touched edits' output around the new edit stays; the original text between them is inside it.
      const textBefore = n.range.start > first.outStart ? first.e.text.slice(0, n.range.start - first.outStart) : '';
      const textAfter = n.range.end < last.outEnd ? last.e.text.slice(last.e.text.length - (last.outEnd - n.range.end)) : '';
      const origStart = n.range.start < first.outStart ? first.e.range.start - (first.outStart - n.range.start) : first.e.range.start;
      const origEnd = n.range.end > last.outEnd ? last.e.range.end + (n.range.end - last.outEnd) : last.e.range.end;
      list = list.filter((e) => !touched.some((t) => t.e === e));
      list.push({ range: { start: origStart, end: origEnd }, text: textBefore + n.text + textAfter });
    }
    list.sort((a, b) => a.range.start - b.range.start);
  }
  return list;
}
