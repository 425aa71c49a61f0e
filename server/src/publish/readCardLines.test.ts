/** Cards copied from a browser: a name line, lines with labels of their own, then the labelled facts (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

type Obj = Record<string, unknown>;

/** The imported entries of a page, by name. */
function imported(text: string, file = 'p.txt'): Map<string, Obj> {
  const value = pageToInventory(readPage(text, file), { today: '2026-12-01' }).value;
  return new Map((value.subprocessors as Obj[]).map((e) => [String(e.name), e]));
}
const names = (text: string, file = 'p.txt') => readPage(text, file).entries.map((e) => e.name ?? e.heading);
const countries = (e: Obj | undefined) => ((e?.dataLocation as Obj | undefined)?.countries as string[] | undefined) ?? 'none';

test('a line with a label of its own between a card’s name and its facts is one of its lines, not its name', () => {
  const en = [
    'Our vendors',
    '',
    'Postie Ltd',
    '',
    'Listed since: 3 March 2024',
    'Role:Transactional email',
    'Country:Canada',
    '',
    'Stowbox GmbH',
    '',
    'Listed since: 9 June 2025',
    'Tier: 2',
    'Role:Backups',
    '',
  ].join('\n');
  assert.deepEqual(names(en), ['Postie Ltd', 'Stowbox GmbH']);
  assert.equal(imported(en).get('Postie Ltd')?.purpose, 'Transactional email');
  const fr = [
    'Nos prestataires',
    '',
    'Hébergix SAS',
    '',
    'Ajouté le : 12 janvier 2025',
    'Finalité : Hébergement',
    'Pays : France',
    '',
  ].join('\n');
  assert.deepEqual(names(fr), ['Hébergix SAS']);
});

test('near misses: a contact line, or a labelled line with no fact under it, names nothing of a card', () => {
  // A label over an email address between a name and labelled lines is someone's contact: no card opens on the name.
  const contact = ['Acme Ltd', '', 'Customer Support: help@acme.example', 'Purpose: Support', ''].join('\n');
  assert.ok(!names(contact).includes('Acme Ltd'));
  // Lines with labels of their own and no fact after them are no card.
  const bare = ['Release notes', '', 'Version: 4.2', 'Build: 118', '', 'Thanks for reading.', ''].join('\n');
  assert.deepEqual(names(bare), []);
});

test('a bare "Location" beside a server location is where the company is; alone, it stays the data’s place', () => {
  const en = ['Postie Inc.', '', 'Purpose:Email', 'Location:Canada', 'Server Location:Ireland', ''].join('\n');
  const postie = imported(en).get('Postie Inc.');
  assert.equal(postie?.entityCountry, 'CA');
  assert.deepEqual(countries(postie), ['IE']);
  const fr = ['Hébergix SAS', '', 'Finalité : Hébergement', 'Localisation : Suisse', 'Localisation des données : France', ''].join('\n');
  const host = imported(fr).get('Hébergix SAS');
  assert.equal(host?.entityCountry, 'CH');
  assert.deepEqual(countries(host), ['FR']);
  // Near miss: a bare "Location" alone says where the data is, as before; no company's country.
  const alone = imported(['Postie Inc.', '', 'Purpose:Email', 'Location:Canada', ''].join('\n')).get('Postie Inc.');
  assert.equal(alone?.entityCountry, undefined);
  assert.deepEqual(countries(alone), ['CA']);
  // Near miss: a headquarters line already gives the company's place; the bare one stays the data's.
  const hq = ['Postie Inc.', '', 'Purpose:Email', 'Headquarters:United States', 'Location:Canada', 'Hosting location:Ireland', ''];
  assert.equal(imported(hq.join('\n')).get('Postie Inc.')?.entityCountry, 'US');
});

test('cards whose labels stand on their own lines over their values: name, role, then the labelled values', () => {
  const en = [
    'Our service providers',
    '',
    'We list every provider below.',
    '',
    'Postie Ltd',
    '',
    'Transactional email',
    '',
    'Read their terms ↗',
    'Country',
    'Canada',
    'Personal data',
    '  • Email addresses',
    '  • Names',
    '',
    'Stowbox GmbH',
    '',
    'Nightly backups',
    '',
    'Read their terms ↗',
    'Country',
    'Germany',
    'Personal data',
    '  • Account records',
    '',
    'Any questions? Write to privacy@example.org.',
    '',
  ].join('\n');
  const page = imported(en);
  assert.deepEqual([...page.keys()], ['Postie Ltd', 'Stowbox GmbH']);
  assert.equal(page.get('Postie Ltd')?.purpose, 'Transactional email');
  assert.deepEqual(countries(page.get('Postie Ltd')), ['CA']);
  assert.deepEqual(countries(page.get('Stowbox GmbH')), ['DE']);
  const fr = [
    'Sous-traitants',
    '',
    'Hébergix SAS',
    'Hébergement des serveurs',
    'Finalité',
    'Hébergement',
    'Pays',
    'France',
    'Courriel Express',
    'Envoi des courriels',
    'Finalité',
    'Courriels transactionnels',
    'Pays',
    'Belgique',
    '',
  ].join('\n');
  const fpage = imported(fr);
  assert.deepEqual([...fpage.keys()], ['Hébergix SAS', 'Courriel Express']);
  // A label saying what the vendor does wins over the line under the name.
  assert.equal(fpage.get('Hébergix SAS')?.purpose, 'Hébergement');
  assert.deepEqual(countries(fpage.get('Courriel Express')), ['BE']);
});

test('near misses: stacked labels in cards of unequal heads, or in one card, name no vendor', () => {
  // The second card has one line above its labels, the first two: the page's lines could be taken for a name.
  const uneven = ['About us', 'Postie Ltd', 'Country', 'Canada', 'Stowbox GmbH', 'Backups', 'Extra line', 'Country', 'Germany', ''].join(
    '\n',
  );
  assert.deepEqual(names(uneven), []);
  // One block of stacked labels (the page's own facts) is no list of cards.
  const one = ['Acme Corp', 'Country', 'France', 'Purpose', 'Selling widgets', ''].join('\n');
  assert.deepEqual(names(one), []);
});

test('near misses: a bare "Location" giving more than one country beside a server location is no seat', () => {
  const page = imported(
    [
      'Helpdesk Services Ltd',
      'Location: Canada (night support team)',
      'Server location: Germany',
      'Purpose: Customer support',
      '',
      'Textline Europe Ltd',
      'Location: EU, US',
      'Hosting location: Ireland',
      'Purpose: SMS',
      '',
    ].join('\n'),
  );
  assert.equal(page.get('Helpdesk Services Ltd')?.entityCountry, undefined);
  assert.equal(page.get('Textline Europe Ltd')?.entityCountry, undefined);
});

test('near misses: stacked cards of the company’s own regions, or on a page that names no vendors, are no entries', () => {
  const regions = [
    'Where your data lives',
    'Our sub-processors are listed on another page.',
    'EU region',
    'Our Paris deployment',
    'Country',
    'France',
    'US region',
    'Our Oregon deployment',
    'Country',
    'United States',
    '',
  ].join('\n');
  assert.deepEqual(names(regions), []);
  const fr = ['Région UE', 'Pays', 'France', 'Région Canada', 'Pays', 'Canada', ''].join('\n');
  assert.deepEqual(names(`Nos sous-traitants\n\n${fr}`), []);
  // Cards of labels on a page that never speaks of vendors or providers (a product's plans): no entries.
  const plans = [
    'Pricing',
    'Starter Plan',
    'For small teams',
    'Country',
    'France',
    'Growth Plan',
    'For larger teams',
    'Country',
    'Germany',
    '',
  ];
  assert.deepEqual(names(plans.join('\n')), []);
});

test('a closing sentence giving the Grievance Officer’s address is the page’s contact; a sales address is not', () => {
  const page = (closing: string) =>
    readPage(['Our sub-processors', '', '| Vendor | Purpose |', '|---|---|', '| Postie Ltd | Email |', '', closing, ''].join('\n'), 'p.md')
      .contact;
  assert.equal(page('Write to our Grievance Officer at grievance@example.in.'), 'grievance@example.in');
  assert.equal(page('Write to our sales team at sales@example.in.'), undefined);
});
