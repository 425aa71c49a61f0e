/** A site's menu of its documents beside a published list, and vendors named by their domain (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from '../readPage';
import { isDocumentMenu } from './navigation';

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

const menu = (links: [string, string][]) => `<ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`;

test("a menu of the site's documents beside the list is no list of vendors (English and French)", () => {
  const en =
    `<h2>Legal</h2>${menu([
      ['terms', 'Terms of Use'],
      ['privacy', 'Privacy Notice'],
      ['vendors', 'Vendors'],
      ['cookies', 'Cookie Policy'],
    ])}` +
    '<h3>Vendors we rely on:</h3><ul><li>Paddle - Payments</li><li>Mixpanel - Product analytics</li><li>Zendesk - Help desk</li></ul>';
  assert.deepEqual(names(en, 'p.html'), ['Paddle', 'Mixpanel', 'Zendesk']);
  const fr =
    `${menu([
      ['/cgu', 'Conditions générales'],
      ['/confidentialite', 'Politique de confidentialité'],
      ['/mentions', 'Mentions légales'],
    ])}` + '<h3>Nos sous-traitants :</h3><ul><li>Scaleway - Hébergement</li><li>Brevo - Courriels</li><li>Qonto - Banque</li></ul>';
  assert.deepEqual(names(fr, 'p.html'), ['Scaleway', 'Brevo', 'Qonto']);
});

test('links that leave the site, or items that say more than their link, are no menu (near misses)', () => {
  const own = (text: string, href = 'page') => ({ text, links: [{ text, href }] });
  assert.equal(isDocumentMenu([own('Terms of Service'), own('Privacy Policy'), own('Refund Policy')]), true);
  // Vendors linked to their own sites.
  assert.equal(
    isDocumentMenu([
      own('Terms Feed', 'https://termsfeed.com'),
      own('Legal Robot', 'https://legalrobot.com'),
      own('Iubenda Policy', 'https://iubenda.com'),
    ]),
    false,
  );
  // An item with words beyond its link.
  assert.equal(
    isDocumentMenu([
      own('Terms of Service'),
      own('Privacy Policy'),
      { text: 'Stripe — billing', links: [{ text: 'Stripe', href: '/stripe' }] },
    ]),
    false,
  );
  // Same-site links that name no document: a list of vendor pages of a trust centre.
  assert.equal(
    isDocumentMenu([own('Stripe', '/vendors/stripe'), own('Segment', '/vendors/segment'), own('Crisp', '/vendors/crisp')]),
    false,
  );
  // Two items are too few to call a menu.
  assert.equal(isDocumentMenu([own('Terms of Service'), own('Privacy Policy')]), false);
});

test('a vendor named by its domain in lower case is a name; lower-case words before a dash are not', () => {
  const list = (first: string) =>
    `<h3>Sub-processors</h3><ul><li>Stripe - Billing</li><li>${first} - Servers</li><li>Crisp - Support</li></ul>`;
  assert.deepEqual(names(list('hostinger.co.uk'), 'p.html'), ['Stripe', 'hostinger.co.uk', 'Crisp']);
  assert.deepEqual(names(list('crisp.chat'), 'p.html'), ['Stripe', 'crisp.chat', 'Crisp']);
  const fr = `<h3>Sous-traitants</h3><ul><li>Stripe - Paiement</li><li>o2switch.fr - Hébergement</li><li>Brevo - Courriels</li></ul>`;
  assert.deepEqual(names(fr, 'p.html'), ['Stripe', 'o2switch.fr', 'Brevo']);
  // Near misses: a lower-case phrase, an abbreviation are no vendor's name.
  for (const words of ['our own servers', 'e.g', 'i.e']) assert.ok(!names(list(words), 'p.html').includes(words), words);
});
