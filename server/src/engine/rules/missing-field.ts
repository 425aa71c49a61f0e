import type { FixContext, FixDraft } from '../ruleTypes';
import { entryRef, type Fact } from '../facts';
import { fixTitle } from '../fixTitle';
import { isMap, type YAMLMap } from 'yaml';
import { insertPairs, type OffsetEdit } from '../edits';
import { keyOrder, unknownYaml } from '../placeholder';
import { schemaAt } from '../schemaWalk';
import { defineRule } from '../rule';
import type { SchemaIssueData } from '../schemaValidation';
import { isNotAnInventory } from '../shape';
import type { Finding } from '../types';
import { locate, type PathSegment } from '../yamlNodes';

interface MissingFieldData extends SchemaIssueData {
  field: string;
  /** The path of the mapping the field belongs in. */
  parent: PathSegment[];
  /** Set when the whole file is not an inventory: no field to add then. */
  notAnInventory?: boolean;
}

/** A required field is absent, counting the fields an entry inherits from `defaults`. */
export const missingField = defineRule<MissingFieldData>()({
  meta: {
    id: 'missing-field',
    defaultSeverity: 'error',
    category: 'schema',
    description: 'A required field is absent (own or inherited from `defaults`).',
    fixable: 'safe',
    messages: {
      missing: '{{where}} is missing the required field `{{field}}`.',
      missingDoc: '{{where}} is missing the required field `{{field}}`: {{doc}}',
      empty: 'The inventory is empty: start it with `inventory:` (organization, contact, lastUpdated) and `subprocessors:`.',
      notAnInventory: 'This file is not a sub-processor inventory: it has neither `inventory:` nor `subprocessors:` at the top level.',
      fixAdd: 'Add the missing {{fields|field|fields}} of {{owner}} ({{fields}}) as `unknown`, to find out',
      fixAddAll: 'Add all {{count}} missing fields in the file as `unknown`, to find out',
    },
  },
  check(ctx, report) {
    const value = ctx.parsed.value;
    if ((value === null || value === undefined) && ctx.parsed.problems.length === 0) {
      // At the document's start: after a byte order mark.
      const start = ctx.parsed.lines.lineStart(0);
      report({
        range: { start, end: start },
        messageId: 'empty',
        data: { where: { fact: 'inventory' }, field: 'inventory', parent: [] },
      });
      return;
    }
    if (isNotAnInventory(value)) {
      const first = ctx.model.root && (ctx.model.root as { range?: [number, number, number] }).range;
      const firstLine = first ? ctx.parsed.lines.positionAt(first[0]).line : 0;
      report({
        range: { start: first?.[0] ?? 0, end: first ? ctx.parsed.lines.lineEnd(firstLine) : 0 },
        messageId: 'notAnInventory',
        data: { where: { fact: 'inventory' }, field: 'inventory', parent: [], notAnInventory: true },
      });
      return;
    }
    for (const issue of ctx.shellIssues) if (issue.kind === 'missing') report(issue as typeof issue & { data: MissingFieldData });
  },
  checkEntry(entry, ctx, report) {
    for (const issue of ctx.entryIssues(entry)) if (issue.kind === 'missing') report(issue as typeof issue & { data: MissingFieldData });
  },
  // `unknown` for each missing fact (which `unstated-fact` then lists): it states nothing, so it is safe for fix
  // all; the fix counts the facts it could not state (`unstated`), and `check --fix` fails on them. A field with
  // no way to say "not known" (a list, where `[]` would state "none") is left for the user to write.
  fix(finding, result): FixDraft[] {
    const parent = finding.data?.parent;
    if (!parent || finding.data?.notAnInventory || !fillable(finding)) return [];
    const { all: allMissing, byEntry } = missingFieldsOf(result);
    const all = allMissing.filter(fillable);
    // The entry (or top-level mapping) the field belongs to: its own missing fields and those of its nested mappings.
    const owner = parent[0] === 'subprocessors' && typeof parent[1] === 'number' ? parent.slice(0, 2) : parent.slice(0, 1);
    const mine = (owner.length === 2 ? byEntry.get(owner[1] as number)! : all.filter((f) => isPrefix(owner, f.data!.parent))).filter(
      fillable,
    );
    const entry = owner[0] === 'subprocessors' ? result.model.entries[owner[1] as number] : undefined;
    const name: Fact = {
      fact: 'owner',
      ...(entry ? { entry: entryRef(entry) } : owner.length ? { key: String(owner[0]) } : {}),
    };
    const fields = [...new Set(mine.map((f) => f.data!.field))];
    const added = addMissingFields(result, mine);
    const fixes: FixDraft[] = [
      {
        title: fixTitle('fixAdd', { owner: name, fields }),
        findings: mine,
        edits: added.edits,
        safe: true,
        preferred: true,
        unstated: added.unstated,
      },
    ];
    if (mine.length < all.length) fixes.push(allMissingFieldsFix(result, all));
    return fixes;
  },
});

type MissingFinding = Finding<MissingFieldData>;

function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

/**
 * Whether the fix may fill the missing field: `id` (named from the entry's name, else `unknown`) and any field
 * that can hold `unknown`; never the fields of an accepted risk (who approved it, why, until when: a decision,
 * not a fact to leave blank).
 */
function fillable(f: MissingFinding): boolean {
  const { parent, field } = f.data!;
  if (parent.includes('acceptedRisks')) return false;
  return field === 'id' || unknownYaml(schemaAt('inventory', [...parent, field])) !== undefined;
}

/** The value of a missing field: `id` from the entry's name when that makes a new id, else `unknown`. */
function missingValue(result: FixContext, parent: readonly PathSegment[], field: string): string {
  if (field === 'id' && parent[0] === 'subprocessors' && typeof parent[1] === 'number' && parent.length === 2) {
    const name = result.model.entries[parent[1]]?.effective.name;
    const id = typeof name === 'string' ? idFromName(name) : '';
    if (id && !result.model.entries.some((e) => e.id === id)) return id;
  }
  return unknownYaml(schemaAt('inventory', [...parent, field])) ?? 'unknown';
}

/** A kebab-case id from a name (`Acme Cloud` → `acme-cloud`): an identifier of the file, not a fact. */
function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Inserts every listed missing field, as `unknown`, into its mapping, in the schema's order; counts the facts left unknown. */
function addMissingFields(result: FixContext, findings: readonly MissingFinding[]): { edits: OffsetEdit[]; unstated: number } {
  const byParent = new Map<string, { parent: PathSegment[]; fields: Set<string> }>();
  for (const f of findings) {
    const parent = f.data!.parent;
    const k = pathKey(parent);
    const group = byParent.get(k) ?? { parent, fields: new Set<string>() };
    group.fields.add(f.data!.field);
    byParent.set(k, group);
  }
  const edits: OffsetEdit[] = [];
  let unstated = 0;
  // Deeper mappings first: where a nested mapping and its parent both end at one offset (the end of the
  // file), the nested field must be inserted before the parent's (insertions at one offset keep their order).
  const groups = [...byParent.values()].sort((a, b) => b.parent.length - a.parent.length);
  for (const { parent, fields } of groups) {
    const map = parent.length ? locate(result.model.root, parent).node : result.model.root;
    if (!isMap(map) || !map.range) continue;
    const schema = schemaAt('inventory', parent);
    const pairs = [...fields].map((key) => ({ key, value: missingValue(result, parent, key) }));
    unstated += pairs.reduce((n, p) => n + (p.value.match(/\bunknown\b/g)?.length ?? 0), 0);
    edits.push(...insertPairs(result.parsed.lines, map as YAMLMap, pairs, keyOrder(schema)));
  }
  return { edits, unstated };
}

/** The missing-field findings of a result, and those of each entry by its index: computed once per result. */
const missingFieldIndex = new WeakMap<FixContext, { all: MissingFinding[]; byEntry: Map<number, MissingFinding[]> }>();

function missingFieldsOf(result: FixContext): { all: MissingFinding[]; byEntry: Map<number, MissingFinding[]> } {
  let index = missingFieldIndex.get(result);
  if (!index) {
    const all = result.findings.filter(
      (f): f is MissingFinding => f.ruleId === 'missing-field' && Array.isArray(f.data?.parent) && !f.data?.notAnInventory,
    );
    const byEntry = new Map<number, MissingFinding[]>();
    for (const f of all) {
      const parent = f.data!.parent;
      if (parent[0] !== 'subprocessors' || typeof parent[1] !== 'number') continue;
      byEntry.set(parent[1], [...(byEntry.get(parent[1]) ?? []), f]);
    }
    index = { all, byEntry };
    missingFieldIndex.set(result, index);
  }
  return index;
}

/** The file-wide fix is the same for every missing field: computed once per result, not once per finding (quadratic in a large file). */
const allMissingFieldsFixes = new WeakMap<FixContext, FixDraft>();

function allMissingFieldsFix(result: FixContext, all: MissingFinding[]): FixDraft {
  let fix = allMissingFieldsFixes.get(result);
  if (!fix) {
    const title = fixTitle('fixAddAll', { count: all.length });
    const added = addMissingFields(result, all);
    fix = { title, findings: all, edits: added.edits, safe: true, scope: 'file', unstated: added.unstated };
    allMissingFieldsFixes.set(result, fix);
  }
  return fix;
}
