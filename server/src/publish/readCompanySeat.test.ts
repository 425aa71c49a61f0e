/**
 * A company, then the participle saying where it is established, in any cell or sentence about the vendor
 * (« Société établie aux États-Unis » under "Transfert hors UE", "Company established in the United States"): where the
 * vendor's company is, `entityCountry`, not where the data is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { companyCountryIn } from './wording';

type Entry = { name: string; entityCountry?: string; dataLocation?: { countries: string[] } | 'unknown' };
const imported = (text: string) =>
  (parse(pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors.map((e) => [
    e.name,
    e.entityCountry,
    typeof e.dataLocation === 'object' ? e.dataLocation.countries : e.dataLocation,
  ]);

test('« Société établie aux États-Unis » in a transfer column, "Company established in the United States": the company’s country', () => {
  const fr = [
    '## Sous-traitants et transferts',
    '',
    '| Sous-traitant | Rôle | Localisation | Transfert hors UE |',
    '|---|---|---|---|',
    '| Baseflow | Base de données | Irlande | Société établie aux États-Unis |',
    '| Postiers | Courriels | France | Non |',
    '',
  ].join('\n');
  assert.deepEqual(imported(fr), [
    ['Baseflow', 'US', ['IE']],
    ['Postiers', undefined, ['FR', 'EU']],
  ]);
  const en = [
    '## Sub-processors',
    '',
    '| Sub-processor | Purpose | Location | Transfer |',
    '|---|---|---|---|',
    '| Baseflow | Database | Ireland | Company established in the United States |',
    '| Postiers | Email | Germany | None |',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(en).map(([n, c]) => [n, c]),
    [
      ['Baseflow', 'US'],
      ['Postiers', undefined],
    ],
  );
});

test('near misses: a parent company’s seat, any company of a kind, customers established somewhere, two countries', () => {
  assert.equal(companyCountryIn('Filiale d’un groupe ; société mère établie aux États-Unis'), undefined);
  assert.equal(companyCountryIn('Parent company established in the United States'), undefined);
  assert.equal(companyCountryIn('Transferts possibles pour toute société établie au Royaume-Uni'), undefined);
  assert.equal(companyCountryIn('Any company based in Ireland may ask'), undefined);
  assert.equal(companyCountryIn('Nos clients sont des entreprises établies aux États-Unis'), undefined);
  assert.equal(companyCountryIn('Société établie aux États-Unis et au Canada'), undefined);
  assert.equal(companyCountryIn('Stripe est une société établie en Irlande'), 'IE');
});

test('an item whose company is followed by the clause giving its seat ("having its registered office at …, is …"): where the company is', () => {
  const en = [
    'The following service providers process personal data on our behalf:',
    '',
    '- Nimbus Analytics LLC, having its registered office at 40 Harbor Road, Austin, TX 78701, is providing analytics services.',
    '- Quillmail Ltd, with its registered office at 5 Dock Street, Leeds LS1 4AP, United Kingdom, provides email delivery.',
    '',
  ].join('\n');
  assert.deepEqual(imported(en), [
    ['Nimbus Analytics LLC', 'US', 'unknown'],
    ['Quillmail Ltd', 'GB', 'unknown'],
  ]);
  const fr = [
    'Les prestataires suivants traitent des données pour notre compte :',
    '',
    '- Hostique SAS, dont le siège social est situé 2 rue des Lilas, 69003 Lyon, France, assure l’hébergement.',
    '- Courrielo GmbH, ayant son siège social au 7 Hafenweg, 20457 Hamburg, Allemagne, fournit l’envoi des courriels.',
    '',
  ].join('\n');
  assert.deepEqual(imported(fr), [
    ['Hostique SAS', 'FR', 'unknown'],
    ['Courrielo GmbH', 'DE', 'unknown'],
  ]);
});

test('near misses: an office among others, a seat with no address, a clause that never closes', () => {
  const en = [
    'The following service providers process personal data on our behalf:',
    '',
    '- Nimbus Analytics LLC, with offices in Austin and Dublin, is providing analytics services.',
    '- Quillmail Ltd, having its registered office in England, provides email delivery.',
    '- Parcelo Inc., having its registered office at 12 King Street',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(en).map(([name, country]) => [name, country]),
    [
      ['Nimbus Analytics LLC', undefined],
      ['Quillmail Ltd', undefined],
      ['Parcelo Inc.', undefined],
    ],
  );
});
