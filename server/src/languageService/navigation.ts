/**
 * Navigation over entry ids: go to definition and find references between an entry's `id` and the
 * `dataFlows[].to` that name it, rename (the id and every reference, nothing else), and document links
 * for the URLs and email addresses the file holds.
 */
import { isMap, isScalar, isSeq, visit, type Node, type Scalar } from 'yaml';
import type { DocumentLink, Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { type LintResult, type OffsetRange, findPair, replaceScalarText } from '../engine';

interface IdSite {
  /** The scalar holding the id. */
  node: Scalar;
  id: string;
  kind: 'definition' | 'reference';
}

/** Every place an entry id is written: each entry's `id` and each `dataFlows[].to`. */
export function idSites(result: LintResult): IdSite[] {
  const sites: IdSite[] = [];
  for (const entry of result.model.entries) {
    if (!isMap(entry.node)) continue;
    const idNode = findPair(entry.node, 'id')?.value;
    if (isScalar(idNode) && typeof idNode.value === 'string' && idNode.range)
      sites.push({ node: idNode, id: idNode.value, kind: 'definition' });
    const flows = findPair(entry.node, 'dataFlows')?.value;
    if (!isSeq(flows)) continue;
    for (const flow of flows.items) {
      const to = findPair(flow, 'to')?.value;
      if (isScalar(to) && typeof to.value === 'string' && to.range) sites.push({ node: to, id: to.value, kind: 'reference' });
    }
  }
  return sites;
}

/** The id site under `offset` (its key's value, quotes included). */
function idSiteAt(result: LintResult, offset: number): IdSite | undefined {
  return idSites(result).find((s) => offset >= s.node.range![0] && offset <= s.node.range![1]);
}

/** The range of a scalar's text without its quotes. */
function innerRange(text: string, node: Node): OffsetRange {
  const [start, end] = node.range!;
  const q = text[start];
  return q === '"' || q === "'" ? { start: start + 1, end: end - 1 } : { start, end };
}

function location(result: LintResult, uri: string, node: Node): Location {
  return { uri, range: result.parsed.lines.range({ start: node.range![0], end: node.range![1] }) };
}

export function definition(result: LintResult, uri: string, offset: number): Location[] {
  const site = idSiteAt(result, offset);
  if (!site) return [];
  return idSites(result)
    .filter((s) => s.kind === 'definition' && s.id === site.id)
    .map((s) => location(result, uri, s.node));
}

export function references(result: LintResult, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const site = idSiteAt(result, offset);
  if (!site) return [];
  return idSites(result)
    .filter((s) => s.id === site.id && (includeDeclaration || s.kind === 'reference'))
    .map((s) => location(result, uri, s.node));
}

export function prepareRename(result: LintResult, offset: number): { range: Range; placeholder: string } | undefined {
  const site = idSiteAt(result, offset);
  if (!site) return undefined;
  return { range: result.parsed.lines.range(innerRange(result.parsed.text, site.node)), placeholder: site.id };
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class RenameError extends Error {}

/** Renames an entry id: its `id` and every `dataFlows[].to` that names it, keeping their quoting. */
export function rename(result: LintResult, uri: string, offset: number, newName: string): WorkspaceEdit | undefined {
  const site = idSiteAt(result, offset);
  if (!site) return undefined;
  if (!ID_PATTERN.test(newName))
    throw new RenameError(`"${newName}" is not a valid id: use lowercase letters, digits and hyphens (for example \`mongodb-atlas\`).`);
  if (newName !== site.id && result.model.byId.has(newName))
    throw new RenameError(`Another sub-processor already has the id "${newName}".`);
  const sites = idSites(result).filter((s) => s.id === site.id);
  // One of several entries with this id (a duplicate-id): renaming it resolves the duplicate, so only
  // that entry's id changes; the references keep naming the entry that keeps the id.
  const duplicate = site.kind === 'definition' && sites.filter((s) => s.kind === 'definition').length > 1;
  const edits: TextEdit[] = (duplicate ? [site] : sites).map((s) => {
    const e = replaceScalarText(result.parsed.text, s.node, newName);
    return { range: result.parsed.lines.range(e.range), newText: e.text };
  });
  return { changes: { [uri]: edits } };
}

const URL_RE = /\bhttps?:\/\/[^\s"'<>()[\]{}]+[^\s"'<>()[\]{}.,;:!?]/g;
/** An email address, internationalised ones too ("contact@rdv-solidarités.fr", RFC 6531). */
const EMAIL_RE =
  /(?<![\p{L}\p{M}\p{N}_])[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.[\p{L}\p{M}]{2,}(?![\p{L}\p{M}\p{N}_])/gu;

/** Links for every URL (https, http) and email address (mailto:) written in the file's values. */
export function documentLinks(result: LintResult): DocumentLink[] {
  const doc = result.parsed.doc;
  if (!doc) return [];
  const text = result.parsed.text;
  const links: DocumentLink[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      const found: OffsetRange[] = [];
      for (const m of source.matchAll(URL_RE)) {
        const start = node.range[0] + m.index!;
        found.push({ start, end: start + m[0].length });
        links.push({ range: result.parsed.lines.range({ start, end: start + m[0].length }), target: m[0], tooltip: 'Open the link' });
      }
      for (const m of source.matchAll(EMAIL_RE)) {
        const start = node.range[0] + m.index!;
        if (found.some((r) => start >= r.start && start < r.end)) continue; // part of a URL
        links.push({
          range: result.parsed.lines.range({ start, end: start + m[0].length }),
          target: `mailto:${m[0]}`,
          tooltip: `Write to ${m[0]}`,
        });
      }
    },
  });
  return links;
}
