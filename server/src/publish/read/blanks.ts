/**
 * A role a page names where a vendor's name goes, with the vendor still a blank ("**Hébergeur :** [À COMPLÉTER] — pour
 * l'hébergement du site", "Host: [TO COMPLETE]"): a template's line, no vendor yet. Pure.
 */

/** A role alone: "Hébergeur", "Host", "Hosting provider", "Prestataire de paiement", "Email provider". */
const ROLE_LEAD =
  /^(?:h[ée]bergeurs?|h[ée]bergement|(?:web\s)?hosts?|hosting(?:\sprovider)?|prestataires?|fournisseurs?|providers?|vendors?|sous-traitants?|sub-?processors?)(?:\s(?:SMTP|SMS|CDN|DNS|API|CRM|ERP|RH|HR|CMS|SSO|OCR|BI|VPS|VPN|LLM|IA|AI|KYC|SaaS|PaaS|IaaS))?(?:\s(?:de|d['’]|du|des|for|of)\s?[\p{Ll}'’ -]{1,40})?$|^[\p{L}-]{2,20}(?:\s[\p{Ll}-]{2,20}){0,3}\s(?:providers?|hosts?|vendors?)$/iu;

/** Words that say a bracket is a blank still to be filled in. */
const BLANK_WORDS =
  /(?<!\p{L})(?:à\s(?:compléter|remplir|définir|préciser|confirmer|renseigner)|a\scompleter|to\s(?:complete|be\s(?:completed|added|confirmed|defined|determined|named))|tbd|tbc|insert|fill\sin|placeholder|nom\sdu|name\sof)(?!\p{L})/iu;

/**
 * The blank a text opens with, in square or angle brackets ("[À COMPLÉTER]", "<Nom du prestataire>"), if it is one; or a
 * template's variable left unfilled in double braces ("{{hebergeur_nom}}", "{{ host_name }}"), a blank whatever its words.
 */
export function blankOpening(text: string): string | undefined {
  const variable = /^\{\{[^{}]{1,80}\}\}/.exec(text.trim());
  if (variable) return variable[0];
  const m = /^(?:\[[^[\]]{1,80}\]|<[^<>]{1,80}>)/.exec(text.trim());
  return m && BLANK_WORDS.test(m[0]) ? m[0] : undefined;
}

/**
 * An item led by a role ("Hébergeur", "Host", "Email provider") whose description opens with a blank ("[À COMPLÉTER] —
 * pour l'hébergement", "[TO COMPLETE]"): the vendor is not named yet. A vendor's name with a blank after it
 * ("**Stripe** : [à compléter]") still names the vendor.
 */
export function roleAwaitingName(lead: string, rest: string): boolean {
  const role = lead.replace(/[*_]/g, '').replace(/\s*:$/, '').trim();
  return ROLE_LEAD.test(role) && blankOpening(rest) !== undefined;
}
