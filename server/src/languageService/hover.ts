/**
 * Hover for inventories and policy files: what a certification id attests and whether it counts under
 * the active policy, where a region or country is and its EU/EEA/adequacy status, a transfer mechanism's
 * legal basis, an MFA method's strength, any key's schema description, an entry's tier and why, and the
 * rule behind a diagnostic under the cursor.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import {
  certificationRefs,
  destinations,
  type Destination,
  type Route,
  entryAt,
  getRule,
  type AnyRule,
  notCurrentReason,
  type LintResult,
  type ParsedYaml,
  type Policy,
  type PathSegment,
  acceptancesIn,
  hoverCode,
  hoverText,
} from '../engine';
import { assessmentSentence, describedIn, ruleDescription, ruleDocsLink, safeguardText, scopeText, tierGroundsText } from '../format';
import {
  getCertification,
  getClaim,
  getCountry,
  getMfaMethod,
  getRegion,
  getTransferMechanism,
  matchCertificationText,
  countryName,
  COLON,
  typeset,
  inLanguage,
  type CertificationInfo,
  type Lang,
} from '../knowledge';
import { certificationMarkdown, claimMarkdown, countryMarkdown, mfaMarkdown, regionMarkdown, transferMarkdown } from './domainDocs';
import { displayPath, schemaAt, valueKindAt, type DocumentKind } from './schemaPaths';
import { nodeAt } from './yamlCursor';

export interface HoverInput {
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

/** The words of hovers that are not knowledge, in each language (French: `fr`, below, has the same keys). */
type HoverWords = typeof EN_WORDS;
const EN_WORDS = {
  required: ' (required)',
  oneOf: 'One of',
  rule: (id: string, severity: string, description: string, url: string) =>
    `Rule \`${id}\` (default ${severity}): ${description} [Rule documentation](${url})`,
  notCurrent: (why: string) => `This one is not current: ${why}, so it does not count.`,
  moveToClaims: 'Move it to `claims`.',
  unknownCert: 'Not a known certification id.',
  didYouMean: (id: string, name: string) => `Did you mean \`${id}\` (${name})?`,
  routes: {
    storage: 'stored there',
    access: 'reached from there',
    entity: 'the entity is established there',
    parent: 'its parent is established there',
  } as Record<Route, string>,
  anywhere: 'anywhere (GLOBAL)',
  theEu: 'the EU',
  insideEea: 'inside the EEA, no transfer',
  adequacy: 'adequacy decision (no mechanism needed)',
  noBasis: '**no valid basis**',
  thisEntry: 'This entry',
  outOfScope: (why: string) => `Out of scope of the selection criteria: it ${why}.`,
  tier: (tier: number, name?: string) => `**Tier ${tier}** under the active policy${name ? `: ${name}` : ''}.`,
  why: (grounds: string) => `Why: ${grounds}.`,
  noTier: '**Fits no tier** of the active policy.',
  inScope: (why: string) => `In scope because it ${why}.`,
  whoCanReach: '**Who can reach the data**',
  acceptedRisks: '**Accepted risks**',
  expired: ' (expired: its finding is back)',
  accepted: (rule: string, until: string, state: string, by: string, reason: string) =>
    `- ${rule} until ${until}${state}, approved by ${by}: ${reason}`,
  held: (n: number) => `${n} finding${n === 1 ? ' is' : 's are'} held back by these acceptances.`,
  unknownValue: [
    '**Not known yet** (`unknown`): find this fact out (the contract, the trust centre, the vendor) and write it here.',
    'Until then no rule judges it as absent, and the published page says "Not stated".',
  ],
  certNotClaim: (value: string, name: string) => `\`${value}\` is a certification (${name}), not a claim: move it to \`certifications\`.`,
  unknownRegion: (code: string) => `Unknown region ${code}: expected \`provider:code\`, e.g. \`gcp:europe-west1\`.`,
  noRule: (code: string) => `${code} is no rule id: see the rule documentation for the ids.`,
  flowsTo: (name: string, purpose: string) => `Data flows to **${name}**${purpose}.`,
  finding: (id: string, severity: string, about: string, url: string) => `**${id}** (${severity}):${about} [Rule documentation](${url})`,
  severity: { error: 'error', warning: 'warning', info: 'info' } as Record<string, string>,
};

const WORDS: Record<Lang, HoverWords> = {
  en: EN_WORDS,
  fr: {
    required: ' (obligatoire)',
    oneOf: 'Valeurs admises',
    rule: (id: string, severity: string, description: string, url: string) =>
      `Règle \`${id}\` (par défaut ${severity}) : ${description} [Documentation de la règle](${url})`,
    notCurrent: (why: string) => `Celle-ci n’est pas en cours de validité : ${why} ; elle ne compte donc pas.`,
    moveToClaims: 'Déplacez-la vers `claims`.',
    unknownCert: 'Identifiant de certification inconnu.',
    didYouMean: (id: string, name: string) => `Vouliez-vous écrire \`${id}\` (${name}) ?`,
    routes: {
      storage: 'données stockées',
      access: 'accès depuis ce pays',
      entity: 'entité établie dans ce pays',
      parent: 'société mère établie dans ce pays',
    } as Record<Route, string>,
    anywhere: 'partout (GLOBAL)',
    theEu: 'l’UE',
    insideEea: 'dans l’EEE, pas de transfert',
    adequacy: 'décision d’adéquation (aucun outil nécessaire)',
    noBasis: '**aucun fondement valable**',
    thisEntry: 'Cette entrée',
    outOfScope: (why: string) => `Hors du champ des critères de sélection : ce sous-traitant ${why}.`,
    tier: (tier: number, name?: string) => `**Niveau ${tier}** selon la politique en vigueur${name ? ` : ${name}` : ''}.`,
    why: (grounds: string) => `Pourquoi : ${grounds}.`,
    noTier: '**N’entre dans aucun niveau** de la politique en vigueur.',
    inScope: (why: string) => `Dans le champ, car ce sous-traitant ${why}.`,
    whoCanReach: '**Qui peut accéder aux données**',
    acceptedRisks: '**Risques acceptés**',
    expired: ' (expirée : le constat réapparaît)',
    accepted: (rule: string, until: string, state: string, by: string, reason: string) =>
      `- ${rule} jusqu’au ${until}${state}, approuvé par ${by} : ${reason}`,
    held: (n: number) => `${n} ${n <= 1 ? 'constat est retenu' : 'constats sont retenus'} par ces acceptations.`,
    unknownValue: [
      '**Pas encore connu** (`unknown`) : renseignez ce fait (contrat, trust center, prestataire) et indiquez-le ici.',
      'D’ici là, aucune règle ne le traite comme absent, et la page publiée indique « Non précisé ».',
    ],
    certNotClaim: (value: string, name: string) =>
      `\`${value}\` est une certification (${name}), pas une déclaration : déplacez-la vers \`certifications\`.`,
    unknownRegion: (code: string) =>
      `Région inconnue ${code} : la forme attendue est \`fournisseur:code\`, par exemple \`gcp:europe-west1\`.`,
    noRule: (code: string) => `${code} n’est pas un identifiant de règle : la documentation des règles en donne la liste.`,
    flowsTo: (name: string, purpose: string) => `Les données vont vers **${name}**${purpose}.`,
    finding: (id: string, severity: string, about: string, url: string) =>
      `**${id}** (${severity}) :${about} [Documentation de la règle](${url})`,
    severity: { error: 'erreur', warning: 'avertissement', info: 'information' } as Record<string, string>,
  },
};

function say(input: HoverInput): HoverWords {
  return WORDS[langOfInput(input)];
}

function spacedFor(input: HoverInput, text: string): string {
  return typeset(text, langOfInput(input));
}

/** "Rule `id` (default warning): what it checks [Rule documentation](link)", in the input's language. */
function ruleLine(input: HoverInput, rule: AnyRule): string {
  const w = say(input);
  const lang = langOfInput(input);
  const link = ruleDocsLink(rule.meta.id, input.docsBase, lang);
  return spacedFor(input, w.rule(rule.meta.id, w.severity[rule.meta.defaultSeverity], ruleDescription(rule, lang), link));
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
    lines.push(
      '',
      spacedFor(input, `${w.oneOf}${COLON[langOfInput(input)]} ${schema.enum.map((v: unknown) => `\`${String(v)}\``).join(', ')}.`),
    );
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
    const stale = ref && input.result ? notCurrentReason(ref, input.result.today) : undefined;
    if (stale) text += `\n\n${spacedFor(input, w.notCurrent(hoverText(stale)))}`;
    return text;
  }
  const w = say(input);
  const lang = langOfInput(input);
  const claim = getClaim(id);
  if (claim) return `${claimMarkdown(claim, lang)}\n\n${w.moveToClaims}`;
  const match = matchCertificationText(id);
  const name = match ? (inLanguage(match as CertificationInfo, 'certification', lang)?.name ?? match.name) : '';
  return match ? spacedFor(input, `${w.unknownCert} ${w.didYouMean(match.id, name)}`) : w.unknownCert;
}

/** "US (the entity is established there): EU-US Data Privacy Framework (DPF)". */
function reachLine(d: Destination, lang: Lang): string {
  const w = WORDS[lang];
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
        : `${w.noBasis}${d.failure ? `${COLON[lang]} ${safeguardText(d.failure, lang)}` : ''}`;
  return `${name}, ${how}${COLON[lang]} ${basis}`;
}

function entryHover(input: HoverInput, index: number): string | undefined {
  const result = input.result;
  const entry = result?.model.entries[index];
  if (!result || !entry) return undefined;
  const a = result.assess(entry);
  const lang = langOfInput(input);
  const w = WORDS[lang];
  const sp = (t: string) => typeset(t, lang);
  const name = typeof entry.own?.name === 'string' ? entry.own.name : (entry.id ?? w.thisEntry);
  // The entry's name is user text: shown escaped, never as Markdown (a link or an image in a name stays text).
  const lines = [`**${hoverText(name)}**`];
  if (!a.inScope) lines.push('', sp(w.outOfScope(scopeText(a.scope, lang))));
  else if (a.tier !== undefined) lines.push('', sp(w.tier(a.tier, a.tierName)), '', sp(w.why(tierGroundsText(a, lang))));
  else lines.push('', w.noTier, '', assessmentSentence(a, lang));
  if (a.inScope) lines.push('', sp(w.inScope(scopeText(a.scope, lang))));
  // Who can reach the data, and on what basis, country by country.
  const reach = destinations(entry.effective, result.today);
  if (reach.length) {
    lines.push('', w.whoCanReach, '');
    for (const d of reach) lines.push(`- ${reachLine(d, lang)}`);
  }
  // Accepted risks stay visible here, with what they hold back.
  const accepted = acceptancesIn(result.model, result.today, result.policy.maxAcceptanceMonths).forEntry.get(entry) ?? [];
  if (accepted.length) {
    lines.push('', w.acceptedRisks, '');
    for (const acc of accepted) {
      const state = acc.until < result.today ? w.expired : '';
      lines.push(sp(w.accepted(hoverCode(acc.rule), acc.until, state, hoverText(acc.approvedBy), hoverText(acc.reason))));
    }
    const held = result.suppressed.filter((f) => entryAt(result.model, f.range.start) === entry).length;
    if (held) lines.push('', w.held(held));
  }
  return lines.join('\n');
}

function valueMarkdown(input: HoverInput, path: readonly PathSegment[], value: string): string | undefined {
  if (value === 'unknown' && input.kind === 'inventory' && typeof path[path.length - 1] === 'string') {
    // What to find out, and why it matters: the field's own description says both.
    const about = keyMarkdown(input, path);
    return [...say(input).unknownValue.map((t) => spacedFor(input, t)), ...(about ? ['', about] : [])].join('\n');
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
      return cert ? spacedFor(input, w.certNotClaim(value, cert.name)) : undefined;
    }
    case 'country':
      return countryMarkdown(value, today(input), lang);
    case 'region': {
      const region = getRegion(value);
      return region ? regionMarkdown(region, today(input), lang) : spacedFor(input, w.unknownRegion(hoverCode(value)));
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
      return rule ? ruleLine(input, rule) : spacedFor(input, w.noRule(hoverCode(value)));
    }
    case 'flowTarget': {
      const target = input.result?.model.byId.get(value)?.[0];
      if (!target) return undefined;
      const purpose = typeof target.own?.purpose === 'string' ? `: ${hoverText(target.own.purpose)}` : '';
      return w.flowsTo(hoverText(typeof target.own?.name === 'string' ? target.own.name : value), purpose);
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
    const about = rule ? ` ${ruleDescription(rule, langOfInput(input))}` : '';
    const w = say(input);
    out.push(
      spacedFor(input, w.finding(f.ruleId, w.severity[f.severity], about, ruleDocsLink(f.ruleId, input.docsBase, langOfInput(input)))),
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
