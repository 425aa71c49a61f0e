/**
 * Hover for inventories and policy files: what a certification id attests and whether it counts under
 * the active policy, where a region or country is and its EU/EEA/adequacy status, a transfer mechanism's
 * legal basis, an MFA method's strength, any key's schema description, an entry's tier and why, and the
 * rule behind a diagnostic under the cursor.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import {
  assessmentSentence,
  certificationRefs,
  destinations,
  safeguardText,
  type Destination,
  type Route,
  entryAt,
  getRule,
  scopeText,
  tierGroundsText,
  notCurrentReason,
  ruleDocsUrl,
  type LintResult,
  type ParsedYaml,
  type Policy,
  type PathSegment,
} from '../engine';
import { acceptancesIn } from '../engine/acceptance';
import { hoverCode, hoverText } from '../engine/escape';
import {
  getCertification,
  getClaim,
  getCountry,
  getMfaMethod,
  getRegion,
  getTransferMechanism,
  matchCertificationText,
} from '../knowledge';
import { certificationMarkdown, claimMarkdown, countryMarkdown, mfaMarkdown, regionMarkdown, transferMarkdown } from './domainDocs';
import { displayPath, schemaAt, valueKindAt, type DocumentKind } from './schemaPaths';
import { nodeAt } from './yamlCursor';

export interface HoverInput {
  kind: DocumentKind;
  parsed: ParsedYaml;
  /** The engine's result, for inventories: findings, the active policy, today, the entries. */
  result?: LintResult;
  /** Base URL of the rule pages (the `subprocessors.docsBaseUrl` setting), if set. */
  docsBaseUrl?: string;
}

function today(input: HoverInput): string {
  return input.result?.today ?? new Date().toISOString().slice(0, 10);
}

function keyMarkdown(input: HoverInput, path: readonly PathSegment[]): string | undefined {
  const schema = schemaAt(input.kind, path);
  if (!schema) return undefined;
  const name = path[path.length - 1];
  const parent = schemaAt(input.kind, path.slice(0, -1));
  const required = Array.isArray(parent?.required) && parent.required.includes(name);
  const lines = [`**${hoverText(String(name))}**${required ? ' (required)' : ''} · ${hoverCode(displayPath(path))}`];
  if (schema.description) lines.push('', schema.description);
  if (Array.isArray(schema.enum)) lines.push('', `One of: ${schema.enum.map((v: unknown) => `\`${String(v)}\``).join(', ')}.`);
  if (input.kind === 'policy' && path.length === 2 && path[0] === 'rules') {
    const rule = getRule(String(name));
    if (rule)
      lines.push(
        '',
        `Rule \`${rule.meta.id}\` (default ${rule.meta.defaultSeverity}): ${rule.meta.description} [Rule documentation](${ruleDocsUrl(rule.meta.id, input.docsBaseUrl)})`,
      );
  }
  return lines.join('\n');
}

function certificationHover(input: HoverInput, id: string, path: readonly PathSegment[]): string | undefined {
  const policy: Policy | undefined = input.kind === 'inventory' ? input.result?.policy : undefined;
  const info = getCertification(id);
  if (info) {
    let text = certificationMarkdown(info, policy);
    // The entry's own reference may have expired.
    const entry = typeof path[1] === 'number' ? input.result?.model.entries[path[1]] : undefined;
    const ref = entry ? certificationRefs(entry.effective).find((r) => r.id === id) : undefined;
    const stale = ref && input.result ? notCurrentReason(ref, input.result.today) : undefined;
    if (stale) text += `\n\nThis one is not current: ${hoverText(stale)}, so it does not count.`;
    return text;
  }
  const claim = getClaim(id);
  if (claim) return `${claimMarkdown(claim)}\n\nMove it to \`claims\`.`;
  const match = matchCertificationText(id);
  return match ? `Not a known certification id. Did you mean \`${match.id}\` (${match.name})?` : 'Not a known certification id.';
}

const ROUTE_WORDS: Record<Route, string> = {
  storage: 'stored there',
  access: 'reached from there',
  entity: 'the entity is established there',
  parent: 'its parent is established there',
};

/** "US (the entity is established there): EU-US Data Privacy Framework (DPF)". */
function reachLine(d: Destination): string {
  const name =
    d.country === 'GLOBAL'
      ? 'anywhere (GLOBAL)'
      : d.country === 'EU'
        ? 'the EU'
        : `${getCountry(d.country)?.name ?? d.country} (${d.country})`;
  const how = d.routes.map((r) => ROUTE_WORDS[r]).join(', ');
  const basis = d.eea
    ? 'inside the EEA, no transfer'
    : d.by === 'adequacy'
      ? 'adequacy decision (no mechanism needed)'
      : d.by === 'transfer'
        ? (getTransferMechanism(d.mechanism ?? '')?.name ?? hoverCode(d.mechanism ?? ''))
        : `**no valid basis**${d.failure ? `: ${safeguardText(d.failure)}` : ''}`;
  return `${name}, ${how}: ${basis}`;
}

function entryHover(input: HoverInput, index: number): string | undefined {
  const result = input.result;
  const entry = result?.model.entries[index];
  if (!result || !entry) return undefined;
  const a = result.assess(entry);
  const name = typeof entry.own?.name === 'string' ? entry.own.name : (entry.id ?? 'This entry');
  // The entry's name is user text: shown escaped, never as Markdown (a link or an image in a name stays text).
  const lines = [`**${hoverText(name)}**`];
  if (!a.inScope) lines.push('', `Out of scope of the selection criteria: it ${scopeText(a.scope)}.`);
  else if (a.tier !== undefined)
    lines.push('', `**Tier ${a.tier}** under the active policy${a.tierName ? `: ${a.tierName}` : ''}.`, '', `Why: ${tierGroundsText(a)}.`);
  else lines.push('', '**Fits no tier** of the active policy.', '', assessmentSentence(a));
  if (a.inScope) lines.push('', `In scope because it ${scopeText(a.scope)}.`);
  // Who can reach the data, and on what basis, country by country.
  const reach = destinations(entry.effective, result.today);
  if (reach.length) {
    lines.push('', '**Who can reach the data**', '');
    for (const d of reach) lines.push(`- ${reachLine(d)}`);
  }
  // Accepted risks stay visible here, with what they hold back.
  const accepted = acceptancesIn(result.model).forEntry.get(entry) ?? [];
  if (accepted.length) {
    lines.push('', '**Accepted risks**', '');
    for (const acc of accepted) {
      const state = acc.until < result.today ? ' (expired: its finding is back)' : '';
      lines.push(`- ${hoverCode(acc.rule)} until ${acc.until}${state}, approved by ${hoverText(acc.approvedBy)}: ${hoverText(acc.reason)}`);
    }
    const held = result.suppressed.filter((f) => entryAt(result.model, f.range.start) === entry).length;
    if (held) lines.push('', `${held} finding${held === 1 ? ' is' : 's are'} held back by these acceptances.`);
  }
  return lines.join('\n');
}

function valueMarkdown(input: HoverInput, path: readonly PathSegment[], value: string): string | undefined {
  if (value === 'unknown' && input.kind === 'inventory' && typeof path[path.length - 1] === 'string') {
    // What to find out, and why it matters: the field's own description says both.
    const about = keyMarkdown(input, path);
    return [
      '**Not known yet** (`unknown`): find this fact out (the contract, the trust centre, the vendor) and write it here.',
      'Until then no rule judges it as absent, and the published page says "Not stated".',
      ...(about ? ['', about] : []),
    ].join('\n');
  }
  switch (valueKindAt(input.kind, path)) {
    case 'certification':
      return certificationHover(input, value, path);
    case 'claim': {
      const claim = getClaim(value);
      if (claim) return claimMarkdown(claim);
      const cert = getCertification(value);
      return cert ? `\`${value}\` is a certification (${cert.name}), not a claim: move it to \`certifications\`.` : undefined;
    }
    case 'country':
      return countryMarkdown(value, today(input));
    case 'region': {
      const region = getRegion(value);
      return region
        ? regionMarkdown(region, today(input))
        : `Unknown region ${hoverCode(value)}: expected \`provider:code\`, e.g. \`gcp:europe-west1\`.`;
    }
    case 'transfer': {
      const info = getTransferMechanism(value);
      return info ? transferMarkdown(info) : undefined;
    }
    case 'mfa': {
      const info = getMfaMethod(value);
      return info ? mfaMarkdown(info) : undefined;
    }
    case 'entryId':
    case 'entryName':
      return entryHover(input, path[1] as number);
    case 'ruleId': {
      const rule = getRule(value);
      return rule
        ? `Rule \`${rule.meta.id}\` (default ${rule.meta.defaultSeverity}): ${rule.meta.description} [Rule documentation](${ruleDocsUrl(rule.meta.id, input.docsBaseUrl)})`
        : `${hoverCode(value)} is no rule id: see the rule documentation for the ids.`;
    }
    case 'flowTarget': {
      const target = input.result?.model.byId.get(value)?.[0];
      if (!target) return undefined;
      const purpose = typeof target.own?.purpose === 'string' ? `: ${hoverText(target.own.purpose)}` : '';
      return `Data flows to **${hoverText(typeof target.own?.name === 'string' ? target.own.name : value)}**${purpose}.`;
    }
    default: {
      // An enum value or any other scalar: what its key means.
      const key = [...path].reverse().find((s) => typeof s === 'string');
      const keyPath = path.slice(0, path.lastIndexOf(key as string) + 1);
      return key ? keyMarkdown(input, keyPath) : undefined;
    }
  }
}

function findingsMarkdown(input: HoverInput, offset: number): string[] {
  const findings = input.result?.findings ?? [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of findings) {
    if (f.range.start > offset || offset > f.range.end || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = getRule(f.ruleId);
    const about = rule ? ` ${rule.meta.description}` : '';
    out.push(`**${f.ruleId}** (${f.severity}):${about} [Rule documentation](${ruleDocsUrl(f.ruleId, input.docsBaseUrl)})`);
  }
  return out;
}

/** The hover at `position`, or null when there is nothing to say. */
export function hover(input: HoverInput, position: Position): Hover | null {
  const { lines, doc } = input.parsed;
  const offset = lines.offsetAt(position);
  const sections = findingsMarkdown(input, offset);
  const at = doc ? nodeAt(doc.contents, offset) : undefined;
  let range = undefined;
  if (at) {
    const value = at.onKey ? undefined : (at.node as { value?: unknown }).value;
    const text = at.onKey
      ? keyMarkdown(input, at.path)
      : value === null || value === undefined
        ? undefined
        : valueMarkdown(input, at.path, String(value));
    if (text) {
      sections.push(text);
      range = lines.range(at.range);
    }
  }
  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range };
}
