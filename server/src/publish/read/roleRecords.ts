/**
 * A legal notice's definition list whose terms are the roles of the parties it names and whose descriptions are each a
 * company's card, one line per `<br>` ("Hébergeur principal" over "Acme Cloud SARL<br>12 rue …, Luxembourg<br>Région
 * eu-west-3 (Paris, France)"; "CDN / Proxy" over "Edgeways, Inc.<br>… San Francisco, CA 94107, USA<br>Point de
 * présence : Paris, Francfort"): the company is the vendor, the role its purpose, an address line where the company
 * is, a place line where the data is. A term that names the company itself ("Stripe" over "Stripe Payments Europe
 * Ltd") is no role: left to the readers of vendors' terms. Pure.
 */
import type { ReadFact } from '../readPage';
import { addressCountry, entityIn, placeCode, readLocation } from '../wording';

/** A role's first words: what the party does ("Hébergeur", "CDN", "Proxy", "Paiement", "Email", "Hosting"). */
const ROLE_WORDS =
  /^(?:h[ée]bergeurs?|h[ée]bergement|hosts?|hosting|cdn|proxy|dns|e-?mail(?:ing)?|messagerie|paiements?|payments?|stockage|storage|sauvegardes?|backups?|analytics|mesure|support|supervision|monitoring|cloud|infrastructure|serveurs?|servers?|prestataires?|fournisseurs?|providers?|base de donn[ée]es|databases?)(?!\p{L})/iu;

/** The card a role's description gives, if it is one: the company on its first line, the facts of the lines under it. */
export function roleCard(lead: string, lines: readonly string[] | undefined): { name: string; facts: ReadFact[] } | undefined {
  if (!lines || lines.length < 2) return undefined;
  const role = lead.replace(/[*_:]/g, '').trim();
  const company = lines[0]!.trim();
  if (!ROLE_WORDS.test(role) || entityIn(company) !== company) return undefined;
  // The term names the company ("Stripe" over "Stripe Payments Europe Ltd"): no role.
  const first = company.split(/[\s,]+/)[0]!.toLowerCase();
  if (role.toLowerCase().includes(first)) return undefined;
  const facts: ReadFact[] = [{ label: 'Purpose', value: role, key: 'purpose' }];
  for (const line of lines.slice(1)) {
    const t = line.trim();
    // The company's address is the line under its name; a later line is about something else (a support team's city).
    // "Support: Lisbon team", "Support team in Lisbon, Portugal": where its support works from is access, never storage.
    const read = readLocation(t);
    if (read.access.length && !read.countries.length) facts.push({ label: 'Support', value: t, key: 'access' });
    else if (addressCountry(t)) {
      if (!facts.some((f) => f.key === 'entityCountry')) facts.push({ label: 'Address', value: t, key: 'entityCountry' });
    } else if (read.countries.length) facts.push({ label: 'Location', value: t, key: 'dataLocation' });
  }
  return { name: company, facts };
}

/**
 * A role in common nouns before a colon: a capital for its first word at most ("Hosting", « Hébergement », "Cloud
 * hosting"), the initials of what is provided allowed among them (« Hébergeur VPS », « Fournisseur IA », "SMS provider").
 */
const ROLE_PHRASE =
  /^\p{L}[\p{Ll}'’-]*(?: (?:[\p{Ll}'’-]+|(?:SMTP|SMS|CDN|DNS|API|CRM|ERP|RH|HR|CMS|SSO|OCR|BI|VPS|VPN|LLM|IA|AI|KYC|SaaS|PaaS|IaaS))){0,4}$/u;
/** The initials of what is provided, then the provider's noun: "AI provider", "SMS gateway provider", "VPS host". */
const INITIALS_ROLE =
  /^(?:SMTP|SMS|CDN|DNS|API|CRM|ERP|HR|CMS|SSO|OCR|BI|VPS|VPN|LLM|AI|KYC|SaaS|PaaS|IaaS)(?: [\p{Ll}-]+){0,2} (?:providers?|hosts?|hosting|vendors?)$/u;
/** A word of a vendor's name: a capital or a digit first, or a joining word ("Amazon Web Services", "Marks & Spencer"). */
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*|&|and|et|of|de|du|des)$/u;
/**
 * A role, a colon, then its value, when the words before the colon are a role ("Hosting", « Fournisseur IA »). A
 * spaced dash in the colon's place too, before any colon ("Hosting — Hetzner Online GmbH", « Hébergement – OVH »):
 * the role opens the line as a label does, which a vendor's name never is.
 */
function roleAndValue(text: string): { role: string; value: string } | undefined {
  const colon = text.indexOf(':');
  const dash = /\s[—–-]\s/.exec(text.slice(0, 62));
  const at = dash && (colon < 0 || dash.index < colon) ? dash.index : colon;
  const width = at === colon ? 1 : dash![0].length;
  if (at < 2 || at > 60) return undefined;
  const role = text.slice(0, at).replace(/[*_]/g, '').trim();
  if (!(ROLE_PHRASE.test(role) && ROLE_WORDS.test(role)) && !INITIALS_ROLE.test(role)) return undefined;
  return { role, value: text.slice(at + width).trim() };
}

/**
 * Words of plan or past in a role's value: the vendor is not a current one. Opening the value before a dash or a name
 * ("Planned — Cognita", "Planned for 2027: …", « Envisagé — Cognita », « Anciennement Salesloop »), or after the vendor
 * ("Textello (Belgium), planned for 2027", « Textello (Belgique), prévu en 2027 », « …, à partir de 2027 », "…, from
 * March 2027"). Not a name that starts with such a word and goes on ("Future Labs (USA)").
 */
const NOT_CURRENT =
  /^(?:planned|upcoming|formerly|previously|former|envisag[ée]e?s?|pr[ée]vue?s?|à venir|anciennement|ancien(?:ne)?)(?=\s*(?:[—–:-]|for\b|pour\b|en\b|\p{Lu}|$))|(?<!\p{L})(?:planned|upcoming|prévue?s?|envisagée?s?|à venir|formerly|anciennement)(?:\s+(?:for|from|in|pour|en|à partir de|dès)\s+\d{4}|\s*$)|[,;]\s*(?:à partir de|dès|from|starting(?: in| from)?)\s+(?:\p{L}{3,9}\s+)?\d{4}\.?$/iu;

/**
 * A line that names a role, a colon, then a vendor the page plans or had ("AI provider: Planned — Cognita (USA)",
 * « Fournisseur CRM : Anciennement Salesloop »): no current vendor fills the role, and the line names none.
 */
export function roleNotCurrent(text: string): boolean {
  const split = roleAndValue(text.trim());
  return split !== undefined && NOT_CURRENT.test(split.value);
}

const WAS_OR_WILL =
  '(?:planned|upcoming|proposed|future|former|previous|past|historical|removed|retired|discontinued|pr[ée]vus|envisag[ée]s|à venir|futurs|anciens|pr[ée]c[ée]dents|historiques|retir[ée]s|supprim[ée]s)';
const LISTED_PARTIES =
  '(?:sub-?processors|subcontractors|processors|vendors|providers|service providers|suppliers|sous-traitants(?: ult[ée]rieurs)?|prestataires|fournisseurs)';
/**
 * Words that name a list's parties as planned or former ones: the plan or past word before them ("Former
 * sub-processors", "Previously used vendors", « Anciens sous-traitants ») or right after them ("Sub-processors removed
 * in 2025", « Sous-traitants envisagés », "Vendors we no longer use", « Prestataires que nous n'utilisons plus »).
 */
const PARTIES_NOT_CURRENT = new RegExp(
  `(?<!\\p{L})(?:${WAS_OR_WILL}|(?:previously|formerly|no longer) used)\\s+(?:\\p{L}+\\s+)?${LISTED_PARTIES}(?!\\p{L})` +
    `|(?<!\\p{L})${LISTED_PARTIES}\\s+(?:${WAS_OR_WILL}|(?:we|that we) no longer use|(?:that are )?no longer (?:used|in use)|(?:que nous )?n['’]utilisons plus|qui ne sont plus utilisés)(?!\\p{L})`,
  'iu',
);
/** Words that say a list holds current parties too ("Current and former sub-processors", « sous-traitants actuels »). */
const CURRENT_PARTIES = /(?<!\p{L})(?:current|currently|actuels?|actuellement|en fonction|en vigueur)(?!\p{L})/iu;

/**
 * Whether a heading or the words introducing a list say its parties are planned or former ones, not current
 * sub-processors ("## Former sub-processors", "Sous-traitants envisagés :"), and not current ones too.
 */
export function partiesNotCurrent(text: string): boolean {
  return PARTIES_NOT_CURRENT.test(text) && !CURRENT_PARTIES.test(text);
}

/** Values that say no vendor fills the role: "None", "TBD", "In-house", « Aucun », « À définir », « Néant ». */
const NO_VENDOR =
  /^(?:none|n\/?a|tbd|tbc|to be (?:defined|confirmed|determined)|in[- ]house|internal|self[- ]hosted|on[- ]premises?|aucune?|néant|interne|à (?:définir|confirmer|venir)|non applicable|not applicable)$/iu;

/**
 * A line that names a role, a colon, then the vendor filling it ("Hosting: Amazon Web Services (Ireland)",
 * « Hébergement : OVH (France) »): the vendor is the value, not the role. The line as a vendor's line is written,
 * its name, its own brackets, then its role ("Amazon Web Services (Ireland) — Hosting"), so that the readers of
 * vendors' lines read it as they read any. Undefined for a value that is no name: a place (« Hébergement : France »),
 * words in common nouns ("Hosting: our own servers"), an address.
 */
export function roleLedLine(text: string): { name: string; brackets: string; role: string; line: string } | undefined {
  const split = roleAndValue(text);
  if (!split) return undefined;
  const { role, value } = split;
  // "AI provider: Planned — Cognita", « Fournisseur CRM : Anciennement Salesloop », "Textello (Belgium), planned for
  // 2027": a vendor the page plans or had, no current one (`roleNotCurrent`).
  if (NOT_CURRENT.test(value)) return undefined;
  // The name runs to its brackets, a dash, a comma, a semicolon or the end.
  const end = /\s\(|\s[—–-]\s|[,;]\s|\.?$/u.exec(value)!;
  const name = value.slice(0, end.index).trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 6 || !words.every((w) => NAME_WORD.test(w)) || !/^[\p{Lu}\d]/u.test(name)) return undefined;
  // « Hébergement : Frankfurt »: a city is a place too, no vendor.
  if (placeCode(name) !== undefined || name.includes('@') || NO_VENDOR.test(name)) return undefined;
  const after = value.slice(end.index).trim();
  const close = after.startsWith('(') ? after.indexOf(')') : -1;
  const brackets = close > 0 ? ` ${after.slice(0, close + 1)}` : '';
  const more = (close > 0 ? after.slice(close + 1) : after).replace(/^[\s—–,;.-]+/, '').trim();
  return { name, brackets, role, line: `${name}${brackets} — ${role}${more ? ` — ${more}` : ''}` };
}
