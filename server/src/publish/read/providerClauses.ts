/**
 * An item's description in clauses set apart by semicolons, some of them labelled, as privacy-policy generators
 * write a service ("Name: role ; provider: Acme Inc. (USA) ; data protection information: Privacy Policy, …";
 * « Nom : rôle ; fournisseur : Acme SA (Suisse) ; informations sur la protection des données : … »): the role, and
 * the company the provider's label names with the country in its brackets. Pure.
 */
import { countryCode, partsOutsideBrackets } from '../wording';

/** A label that names the company behind the service: "provider", "fournisseur", "operator", "exploitant". */
const PROVIDER_LABEL = /^(?:providers?|service providers?|operators?|fournisseurs?|prestataires?|op[ée]rateurs?|exploitants?)$/iu;
/** A clause "label: value" (a short label, a colon, its value). */
const LABELLED = /^([^:()]{2,60}?)\s?:\s(.{1,4000})$/su;
/** One company, maybe with its country in brackets: no second company after a slash, "and", "et" or a comma. */
const ONE_COMPANY = /^[^()/;,]{2,100}?(?:\s\([^()]{2,40}\))?$/u;

export interface ProviderClauses {
  /** The unlabelled clause before the labelled ones: what the service does. */
  role?: string;
  /** The company the provider's label names, when it names one. */
  entity?: string;
  /** The country in the brackets after that company, in the page's words. */
  entityCountry?: string;
}

/**
 * The clauses of `text` (an item's words after its name) when it is written as labelled clauses: at least two clauses
 * at semicolons, one of them the provider's label. Undefined otherwise: a sentence with a semicolon in it is not
 * such a description. The privacy pages' links are no agreement and no site of the vendor: not read.
 */
export function providerClauses(text: string): ProviderClauses | undefined {
  const clauses = partsOutsideBrackets(text.replace(/\s*\.\s*$/, ''), (t, k) => (t[k] === ';' ? 1 : 0))
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return undefined;
  const labelled = clauses.map((c) => LABELLED.exec(c));
  const provider = labelled.findIndex((m) => m !== null && PROVIDER_LABEL.test(m[1]!.trim()));
  if (provider < 0) return undefined;
  // Every clause after the first is labelled: a list of fields, not prose.
  if (labelled.slice(1).some((m) => m === null)) return undefined;
  const out: ProviderClauses = {};
  if (labelled[0] === null) out.role = clauses[0];
  const value = labelled[provider]![2]!.trim();
  // "Google LLC (USA) / Google Ireland Limited (Irlande) partiellement pour …": two companies, each for some: none.
  if (ONE_COMPANY.test(value) && !/\s(?:and|et|&|or|ou)\s/iu.test(value)) {
    // The company is the words before the brackets, never a name inside them ("Google Ireland Limited (on behalf of
    // Google LLC, USA)"); the brackets are its country only when they hold a country and nothing else (review9).
    const inner = /\s\(([^()]+)\)$/.exec(value)?.[1]?.trim();
    out.entity = (inner !== undefined ? value.slice(0, value.lastIndexOf('(')) : value).trim();
    const code = inner !== undefined ? countryCode(inner) : undefined;
    if (code !== undefined && code !== 'EU' && code !== 'GLOBAL') out.entityCountry = inner;
  }
  return out;
}
