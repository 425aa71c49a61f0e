/**
 * A legal notice's host card beside the list of sub-processors (issue 22: facts stated elsewhere on the page): the
 * notice names the host with its company, postal address and site; the list names the same vendor again. The card's
 * facts are the listed entry's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

type Entry = { name: string; entity?: string; entityCountry?: string; url?: string };
const imported = (text: string, file: string) =>
  (parse(pageToInventory(readPage(text, file), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors.map((e) => [
    e.name,
    e.entity,
    e.entityCountry,
    e.url,
  ]);

const table = (rows: string[]) => ['| Prestataire | Rôle | Pays |', '|---|---|---|', ...rows, ''].join('\n');

test('« Le site est hébergé par : **Nubo Cloud Inc.** <adresse> [nubo.example] » beside a table naming Nubo Cloud Inc.: its country and site', () => {
  const fr = [
    '## Hébergement',
    '',
    'Le site Kestrel est hébergé par :',
    '**Nubo Cloud Inc.**',
    '12 Harbour Road, Suite 4',
    'Dublin D02 X285, Irlande',
    '[nubo.example](https://nubo.example)',
    '',
    '## 5. Sous-traitants',
    '',
    table(['| Baseflow Inc. | Base de données | États-Unis |', '| Nubo Cloud Inc. | Hébergement | Irlande |']),
  ].join('\n');
  assert.deepEqual(imported(fr, 'p.md'), [
    ['Baseflow Inc.', 'Baseflow Inc.', undefined, undefined],
    ['Nubo Cloud Inc.', 'Nubo Cloud Inc.', 'IE', 'https://nubo.example'],
  ]);
  const en = [
    '<h2>Hosting</h2>',
    '<p>This website is hosted by Nubo Cloud Ltd, 12 Harbour Road, Dublin D02 X285, Ireland.</p>',
    '<h2>Sub-processors</h2>',
    '<table><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr>',
    '<tr><td>Baseflow</td><td>Database</td><td>United States</td></tr>',
    '<tr><td>Nubo Cloud</td><td>Hosting</td><td>Ireland</td></tr></table>',
  ].join('\n');
  // The list's short name keeps the notice's legal name as its entity.
  assert.deepEqual(imported(en, 'p.html'), [
    ['Baseflow', 'unknown', undefined, undefined],
    ['Nubo Cloud', 'Nubo Cloud Ltd', 'IE', undefined],
  ]);
});

test('near misses: a link to the host’s privacy policy is no site; a host the list does not name adds nothing; two entries the host could be', () => {
  const policy = [
    '<h2>Hébergement</h2>',
    '<p>Ce site est hébergé par :<br /><strong>Nubo Cloud Inc.</strong><br />12 Harbour Road, Dublin D02 X285, Irlande<br />',
    '<a href="https://nubo.example/legal/privacy-policy">nubo.example</a></p>',
    '<h2>Sous-traitants</h2>',
    '<table><tr><th>Prestataire</th><th>Rôle</th></tr><tr><td>Nubo Cloud Inc.</td><td>Hébergement</td></tr>',
    '<tr><td>Baseflow</td><td>Base de données</td></tr></table>',
  ].join('\n');
  assert.deepEqual(imported(policy, 'p.html'), [
    ['Nubo Cloud Inc.', 'Nubo Cloud Inc.', 'IE', undefined],
    ['Baseflow', 'unknown', undefined, undefined],
  ]);
  const other = [
    '## Hébergement',
    '',
    'Le site est hébergé par Hostique SAS, 2 rue du Port, 59100 Roubaix, France.',
    '',
    '## Sous-traitants',
    '',
    table(['| Baseflow | Base de données | États-Unis |', '| Postiers | Courriels | Belgique |']),
  ].join('\n');
  assert.deepEqual(
    imported(other, 'p.md').map(([n, , c]) => [n, c]),
    [
      ['Baseflow', undefined],
      ['Postiers', undefined],
    ],
  );
  const two = [
    '## Hosting',
    '',
    'This website is hosted by Nubo Cloud Ltd, 12 Harbour Road, Dublin D02 X285, Ireland.',
    '',
    '## Sub-processors',
    '',
    '| Sub-processor | Purpose | Location |',
    '|---|---|---|',
    '| Nubo | Hosting | Ireland |',
    '| Nubo Cloud | Backups | Germany |',
    '| Nubo Cloud | Email | France |',
    '',
  ].join('\n');
  for (const [, , country] of imported(two, 'p.md')) assert.equal(country, undefined);
});

test('« Les paiements sont traités par Paybel Payments Limited, <adresse> — https://paybel.example », the host’s site after its address’s dash: the listed vendor’s', () => {
  const fr = [
    '## Hébergement',
    '',
    'Le site est hébergé par Nubo Corporation, 12 Harbour Road, Dublin D02 X285, Irlande — https://nubo.example.',
    '',
    'Les paiements par carte bancaire sont traités par Paybel Payments Limited, 4 Dock Road, Dublin D02 Y123, Irlande — https://paybel.example. Nous n’avons jamais accès à vos données bancaires.',
    '',
    '## Sous-traitants',
    '',
    table(['| Paybel | Paiement | Irlande |', '| Nubo | Hébergement | Irlande |']),
  ].join('\n');
  assert.deepEqual(imported(fr, 'p.md'), [
    ['Paybel', 'Paybel Payments Limited', 'IE', 'https://paybel.example'],
    ['Nubo', 'Nubo Corporation', 'IE', 'https://nubo.example'],
  ]);
  const en = [
    'Card payments are processed by Paybel Payments Ltd, 4 Dock Road, Dublin D02 Y123, Ireland — https://paybel.example.',
    '',
    '## Sub-processors',
    '',
    '| Sub-processor | Purpose | Location |',
    '|---|---|---|',
    '| Paybel | Payments | Ireland |',
    '| Postiers | Email | France |',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(en, 'p.md').map(([n, e, c, u]) => [n, e, c, u]),
    [
      ['Paybel', 'Paybel Payments Ltd', 'IE', 'https://paybel.example'],
      ['Postiers', 'unknown', undefined, undefined],
    ],
  );
});

test('near misses: processed by a team or a company the list does not name, a link that is no home, no address', () => {
  const md = [
    'Vos demandes sont traitées par notre équipe, 3 rue des Lilas, 69001 Lyon, France.',
    '',
    'Les paiements sont traités par Kassa Payments Limited, 4 Dock Road, Dublin D02 Y123, Irlande — https://kassa.example.',
    '',
    'Les courriels sont traités par Postiers SAS, 2 rue du Port, 59100 Roubaix, France — https://postiers.example/privacy.',
    '',
    'Les sauvegardes sont traitées par Baseflow Inc., aux États-Unis.',
    '',
    '## Sous-traitants',
    '',
    table(['| Paybel | Paiement | Irlande |', '| Postiers | Courriels | France |', '| Baseflow | Sauvegardes | États-Unis |']),
  ].join('\n');
  assert.deepEqual(imported(md, 'p.md'), [
    ['Paybel', 'unknown', undefined, undefined],
    ['Postiers', 'Postiers SAS', 'FR', undefined],
    ['Baseflow', 'unknown', undefined, undefined],
  ]);
});
