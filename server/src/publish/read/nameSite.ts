/**
 * A name cell that prints the vendor's website after its name, written, not linked: "Mollie B.V. mollie.com",
 * "Keila (Pentacent OÜ) keila.io". The last word is a domain in lower case whose main label is the start of the name's
 * first word (or that word the start of the label): the vendor's own site, apart from its name. A domain alone
 * ("Monday.com", "fly.io") is the name itself; a domain that is not the name's ("Acme Ltd render.com") stays in it.
 */

/** A domain in lower case: labels joined by dots, a top-level label of letters ("mollie.com", "www.keila.io"). */
const DOMAIN = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}$/;

/** The name and its site, apart, when the cell's last word is the name's own domain; else undefined. */
export function nameAndSite(cell: string): { name: string; site: string } | undefined {
  const text = cell.trim();
  const at = text.lastIndexOf(' ');
  if (at <= 0 || text.includes('\n')) return undefined;
  const site = text.slice(at + 1);
  const name = text.slice(0, at).trim();
  if (!DOMAIN.test(site) || !/^\p{Lu}/u.test(name)) return undefined;
  const labels = site.replace(/^www\./, '').split('.');
  const main = labels[labels.length - 2]!.replace(/-/g, '');
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase().replace(/[^\p{L}\d]/gu, '');
  if (main.length < 3 || first.length < 3) return undefined;
  return first.startsWith(main) || main.startsWith(first) ? { name, site } : undefined;
}
