/**
 * The schema's `idn-email` format (JSON Schema draft 7): an email address that may be internationalised (RFC 6531),
 * "contact@rdv-solidarités.fr" or "josé@example.fr" as well as "privacy@example.com". ajv-formats has no check for it.
 *
 * An address whose characters are all ASCII is judged by ajv-formats' own `email` check, unchanged. Otherwise the
 * local part may hold letters, marks and digits of any script besides the ASCII characters `email` allows, and the
 * domain, once converted by IDNA (the WHATWG URL parser's host conversion, present in Node and in browsers alike),
 * must be a domain that `email` accepts: "contact@rdv-solidarités.fr" is "contact@xn--rdv-solidarits-nkb.fr" and
 * passes; "contact@-é.fr" (a label that starts with a hyphen), "contact@é..fr", "é@@x.fr" or "josé @x.fr" do not.
 */

/** The characters of an internationalised local part: ASCII `atext` and dots, letters, marks and digits. */
const LOCAL_PART = /^[\p{L}\p{M}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}$/u;
/** The characters of an internationalised domain before IDNA: labels of letters, marks, digits and hyphens. */
const DOMAIN = /^[\p{L}\p{M}\p{N}.-]{1,253}$/u;

/** Whether `value` is an email address, internationalised or not; `asciiEmail` is the ASCII check (ajv-formats'). */
export function isIdnEmail(value: string, asciiEmail: (ascii: string) => boolean): boolean {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return asciiEmail(value);
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!LOCAL_PART.test(local) || !DOMAIN.test(domain)) return false;
  // The URL parser lets a label start or end with a hyphen, or be empty; an email's domain may not.
  if (domain.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) return false;
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}/`).hostname;
  } catch {
    return false;
  }
  // Only the local part's ASCII stand-in is left to check: the domain in its IDNA form must be an email's domain.
  return asciiEmail(`x@${ascii}`);
}
