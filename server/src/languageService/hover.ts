/**
 * Hover for inventories and policy files: what a certification id attests and whether it counts under
 * the active policy, where a region or country is and its EU/EEA/adequacy status, a transfer mechanism's
 * legal basis, an MFA method's strength, any key's schema description, an entry's tier and why, and the
 * rule behind a diagnostic under the cursor.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import {
  certificationRefs,
  DEFAULT_POLICY,
  destinations,
  unknownPlaces,
  type Destination,
  entryAt,
  getRule,
  type AnyRule,
  notCurrentReason,
  type LintResult,
  type ParsedYaml,
  type Policy,
  type PathSegment,
  type Severity,
  acceptancesIn,
  hoverCode,
  hoverText,
  tierStatus,
} from '../engine';
import {
  assessmentSentence,
  describedIn,
  fill,
  longDate,
  phrases,
  plural,
  ruleDescription,
  ruleDocsLink,
  safeguardText,
  scopeText,
  tierGroundsText,
} from '../format';
import {
  getCertification,
  getClaim,
  getCountry,
  getMfaMethod,
  getRegion,
  getTransferMechanism,
  matchCertificationText,
  countryName,
  typeset,
  inLanguage,
  type CertificationInfo,
  type Lang,
} from '../knowledge';
import { certificationMarkdown, claimMarkdown, countryMarkdown, mfaMarkdown, regionMarkdown, transferMarkdown } from './domainDocs';
import { displayPath, schemaAt, valueKindAt, type DocumentKind } from './schemaPaths';
import { tierLabel } from './symbols';
import { nodeAt } from './yamlCursor';

interface HoverInput {
  kind: DocumentKind;
  parsed: ParsedYaml;
  /** The engine's result, for inventories: findings, the active policy, today, the entries. */
  result?: LintResult;
  /** The folder URL of the rule pages, ending in `/` (the shipped pages, or the `subprocessors.docsBaseUrl` setting). */
  docsBase: string;
  /** The language to answer in (English when absent). */
  lang?: Lang;
}

function langOfInput(input: HoverInput): Lang {
  return input.lang ?? 'en';
}

/** The hover phrases of the input's language (`hover` in the catalogues, `format/catalogs`). */
function say(input: HoverInput) {
  return phrases(langOfInput(input)).hover;
}

/** A rule's default severity, or a finding's, in `lang`. */
function severityWord(severity: Severity, lang: Lang): string {
  return phrases(lang).severities[severity];
}

function spacedFor(input: HoverInput, text: string): string {
  return typeset(text, langOfInput(input));
}

/** "Rule `id` (default warning): what it checks [Rule documentation](link)", in the input's language. */
function ruleLine(input: HoverInput, rule: AnyRule): string {
  const lang = langOfInput(input);
  const url = ruleDocsLink(rule.meta.id, input.docsBase, lang);
  const severity = severityWord(rule.meta.defaultSeverity, lang);
  return spacedFor(input, fill(say(input).rule, { id: rule.meta.id, severity, description: ruleDescription(rule, lang), url }));
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
  const w = say(input);
  const lines = [`**${hoverText(String(name))}**${required ? w.required : ''} · ${hoverCode(displayPath(path))}`];
  if (schema.description) lines.push('', describedIn(schema.description as string, langOfInput(input)));
  if (Array.isArray(schema.enum))
    lines.push('', spacedFor(input, fill(w.oneOf, { values: schema.enum.map((v: unknown) => `\`${String(v)}\``).join(', ') })));
  if (input.kind === 'policy' && path.length === 2 && path[0] === 'rules') {
    const rule = getRule(String(name));
    if (rule) lines.push('', ruleLine(input, rule));
  }
  return lines.join('\n');
}

function certificationHover(input: HoverInput, id: string, path: readonly PathSegment[]): string | undefined {
  const policy: Policy | undefined = input.kind === 'inventory' ? input.result?.policy : undefined;
  const info = getCertification(id);
  if (info) {
    const w = say(input);
    let text = certificationMarkdown(info, policy, langOfInput(input));
    // The entry's own reference may have expired.
    const entry = typeof path[1] === 'number' ? input.result?.model.entries[path[1]] : undefined;
    const ref = entry ? certificationRefs(entry.effective).find((r) => r.id === id) : undefined;
    const today = input.result?.today;
    if (ref && today && notCurrentReason(ref, today)) {
      // Said in the hover's language, the day in words (the engine's reason is an English note).
      const lang = langOfInput(input);
      const invalidAfter = info.editions?.find((e) => e.edition === ref.edition)?.invalidAfter;
      const why =
        ref.validUntil && ref.validUntil < today
          ? fill(w.expiredOn, { date: longDate(ref.validUntil, lang) })
          : fill(w.editionInvalid, { edition: hoverText(ref.edition ?? ''), date: longDate(invalidAfter ?? '', lang) });
      text += `\n\n${spacedFor(input, fill(w.notCurrent, { why }))}`;
    }
    return text;
  }
  const w = say(input);
  const lang = langOfInput(input);
  const claim = getClaim(id);
  if (claim) return `${claimMarkdown(claim, lang)}\n\n${w.moveToClaims}`;
  const match = matchCertificationText(id);
  const name = match ? (inLanguage(match as CertificationInfo, 'certification', lang)?.name ?? match.name) : '';
  return match ? spacedFor(input, fill(w.didYouMean, { id: match.id, name })) : w.unknownCert;
}

/** "US (the entity is established there): EU-US Data Privacy Framework (DPF)". */
function reachLine(d: Destination, lang: Lang): string {
  const w = phrases(lang).hover;
  const name =
    d.country === 'GLOBAL'
      ? w.anywhere
      : d.country === 'EU'
        ? w.theEu
        : `${countryName(d.country, lang, getCountry(d.country)) ?? d.country} (${d.country})`;
  const how = d.routes.map((r) => w.routes[r]).join(', ');
  const basis = d.eea
    ? w.insideEea
    : d.by === 'adequacy'
      ? w.adequacy
      : d.by === 'transfer'
        ? (inLanguage(getTransferMechanism(d.mechanism ?? ''), 'transfer', lang)?.name ?? hoverCode(d.mechanism ?? ''))
        : d.failure
          ? fill(w.noBasisBecause, { why: safeguardText(d.failure, lang) })
          : w.noBasis;
  return fill(w.reach, { name, how, basis });
}

function entryHover(input: HoverInput, index: number): string | undefined {
  const result = input.result;
  const entry = result?.model.entries[index];
  if (!result || !entry) return undefined;
  const a = result.assess(entry);
  const lang = langOfInput(input);
  const w = phrases(lang).hover;
  const sp = (t: string) => typeset(t, lang);
  const name = typeof entry.own?.name === 'string' ? entry.own.name : (entry.id ?? w.thisEntry);
  // The entry's name is user text: shown escaped, never as Markdown (a link or an image in a name stays text).
  const lines = [`**${hoverText(name)}**`];
  const status = tierStatus(a);
  if (status === 'outOfScope') lines.push('', sp(fill(w.outOfScope, { why: scopeText(a.scope, lang) })));
  else if (status === 'unknown') {
    // The outline's words (`tierLabel`), as a heading: a fact not known leaves the tier not known, not "no tier".
    const label = tierLabel(entry, result, lang).label;
    lines.push('', sp(fill(w.tierUnknown, { label: label.charAt(0).toUpperCase() + label.slice(1) })), '', sp(assessmentSentence(a, lang)));
  } else if (a.tier !== undefined) {
    // The built-in policy's tier names are English words: each language names them (a policy file's, as written).
    const builtin = DEFAULT_POLICY.tiers.findIndex((t) => t.name === a.tierName);
    const name = builtin >= 0 ? (w.builtinTiers[builtin] ?? a.tierName) : a.tierName;
    const tier = name ? fill(w.tierNamed, { tier: a.tier, name }) : fill(w.tier, { tier: a.tier });
    lines.push('', sp(tier), '', sp(fill(w.why, { grounds: tierGroundsText(a, lang) })));
  } else lines.push('', w.noTier, '', assessmentSentence(a, lang));
  if (a.inScope) lines.push('', sp(fill(w.inScope, { why: scopeText(a.scope, lang) })));
  // Who can reach the data, and on what basis, country by country.
  const reach = destinations(entry.effective, result.today);
  // A code the product does not know (`ZZ`) is said as such: never judged as inside or outside the EEA.
  const unknown = unknownPlaces(entry.effective, result.today);
  if (reach.length || unknown.length) {
    lines.push('', w.whoCanReach, '');
    for (const d of reach) lines.push(`- ${reachLine(d, lang)}`);
    for (const u of unknown)
      lines.push(`- ${sp(fill(w.unknownPlace, { code: hoverCode(u.code), how: u.routes.map((r) => w.routes[r]).join(', ') }))}`);
  }
  // Accepted risks stay visible here, with what they hold back.
  const accepted = acceptancesIn(result.model, result.today, result.policy.maxAcceptanceMonths).forEntry.get(entry) ?? [];
  if (accepted.length) {
    lines.push('', w.acceptedRisks, '');
    for (const acc of accepted) {
      const words = {
        rule: hoverCode(acc.rule),
        until: longDate(acc.until, lang),
        by: hoverText(acc.approvedBy),
        reason: hoverText(acc.reason),
      };
      lines.push(sp(fill(acc.until < result.today ? w.acceptedExpired : w.accepted, words)));
    }
    const held = result.suppressed.filter((f) => entryAt(result.model, f.range.start) === entry).length;
    if (held) lines.push('', fill(plural(w.held, held, lang), { n: held }));
  }
  return lines.join('\n');
}

function valueMarkdown(input: HoverInput, path: readonly PathSegment[], value: string): string | undefined {
  if (value === 'unknown' && input.kind === 'inventory' && typeof path[path.length - 1] === 'string') {
    // What to find out, and why it matters: the field's own description says both.
    const about = keyMarkdown(input, path);
    const { what, until } = say(input).unknownValue;
    return [spacedFor(input, what), spacedFor(input, until), ...(about ? ['', about] : [])].join('\n');
  }
  const w = say(input);
  const lang = langOfInput(input);
  switch (valueKindAt(input.kind, path)) {
    case 'certification':
      return certificationHover(input, value, path);
    case 'claim': {
      const claim = getClaim(value);
      if (claim) return claimMarkdown(claim, lang);
      const cert = inLanguage(getCertification(value), 'certification', lang);
      return cert ? spacedFor(input, fill(w.certNotClaim, { value, name: cert.name })) : undefined;
    }
    case 'country':
      // A code of the right shape the product does not know: said as unknown, never as a third country.
      return (
        countryMarkdown(value, today(input), lang) ??
        (/^[A-Z]{2}$/.test(value) ? spacedFor(input, fill(w.unknownCountry, { code: hoverCode(value) })) : undefined)
      );
    case 'region': {
      const region = getRegion(value);
      return region ? regionMarkdown(region, today(input), lang) : spacedFor(input, fill(w.unknownRegion, { code: hoverCode(value) }));
    }
    case 'transfer': {
      const info = getTransferMechanism(value);
      return info ? transferMarkdown(info, lang) : undefined;
    }
    case 'mfa': {
      const info = getMfaMethod(value);
      return info ? mfaMarkdown(info, lang) : undefined;
    }
    case 'entryId':
    case 'entryName':
      return entryHover(input, path[1] as number);
    case 'ruleId': {
      const rule = getRule(value);
      return rule ? ruleLine(input, rule) : spacedFor(input, fill(w.noRule, { code: hoverCode(value) }));
    }
    case 'flowTarget': {
      const target = input.result?.model.byId.get(value)?.[0];
      if (!target) return undefined;
      const name = hoverText(typeof target.own?.name === 'string' ? target.own.name : value);
      return typeof target.own?.purpose === 'string'
        ? fill(w.flowsToFor, { name, purpose: hoverText(target.own.purpose) })
        : fill(w.flowsTo, { name });
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
    const lang = langOfInput(input);
    const rule = getRule(f.ruleId);
    const words = { id: f.ruleId, severity: severityWord(f.severity, lang), url: ruleDocsLink(f.ruleId, input.docsBase, lang) };
    const w = say(input);
    out.push(
      spacedFor(input, rule ? fill(w.finding, { ...words, description: ruleDescription(rule, lang) }) : fill(w.findingUndescribed, words)),
    );
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
