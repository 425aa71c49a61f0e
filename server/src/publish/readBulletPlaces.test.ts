/**
 * A bullet "**Name** (role) — place" whose place is a word that is no country's ("International", "Europe"), alone or
 * beside a country or the EU ("UE/International"): kept in the page's words, never turned into a code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

type Entry = { name: string; dataLocation?: { countries: string[] | 'unknown'; note?: string } | 'unknown' };
const places = (text: string, file: string) =>
  (parse(pageToInventory(readPage(text, file), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors.map((e) => [
    e.name,
    typeof e.dataLocation === 'object' ? [e.dataLocation.countries, e.dataLocation.note] : e.dataLocation,
  ]);

test('« **Nom** (rôle) — International », "— UE/International", "— Europe": the place in the page’s words, the EU beside it', () => {
  const fr = [
    '<h2>9. Sous-traitants</h2>',
    '<p>Nous faisons appel aux sous-traitants suivants :</p>',
    '<ul>',
    '<li><strong>Baseflow</strong> (base de données) — UE</li>',
    '<li><strong>Edgeward</strong> (hébergement du site) — International</li>',
    '<li><strong>Paybel</strong> (paiements) — UE/International</li>',
    '<li><strong>Postiers</strong> (e-mails) — Europe</li>',
    '</ul>',
  ].join('\n');
  assert.deepEqual(places(fr, 'p.html'), [
    ['Baseflow', [['EU'], undefined]],
    ['Edgeward', ['unknown', 'International']],
    ['Paybel', [['EU'], 'UE/International']],
    ['Postiers', ['unknown', 'Europe']],
  ]);
  const en = [
    'We use the following sub-processors:',
    '',
    '- **Baseflow** (database) — EU',
    '- **Edgeward** (site hosting) — International',
    '- **Paybel** (payments) — Ireland, International',
    '',
  ].join('\n');
  assert.deepEqual(places(en, 'p.md'), [
    ['Baseflow', [['EU'], undefined]],
    ['Edgeward', ['unknown', 'International']],
    ['Paybel', [['IE'], 'Ireland, International']],
  ]);
});

test('near misses: words around the world word ("International sales team", « Europe du Nord et clients ») are no place', () => {
  const en = [
    'We use the following sub-processors:',
    '',
    '- **Baseflow** (database) — International sales team',
    '- **Edgeward** (site hosting) — Europe-wide marketing',
    '',
  ].join('\n');
  for (const [, loc] of places(en, 'p.md')) assert.equal(loc, 'unknown');
  const fr = [
    'Nous faisons appel aux sous-traitants suivants :',
    '',
    '- **Baseflow** (base de données) — support international',
    '- **Edgeward** (hébergement) — équipes Europe et Asie',
    '',
  ].join('\n');
  for (const [, loc] of places(fr, 'p.md')) assert.equal(loc, 'unknown');
});
