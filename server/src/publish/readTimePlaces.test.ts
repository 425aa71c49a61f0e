/**
 * Places and the words around them that say when or for whom they hold (issue 22): the place the data is in now, not
 * the one planned or left; every place offered by the customer's configuration or region; an edge network beside the
 * main place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { readLocation } from './wording';

const places = (text: string) => readLocation(text).countries;

test('the place the data is in now is read; a planned or a former place is none', () => {
  const cases: [string, string[]][] = [
    ['Currently United States; planned migration to the EU in 2027', ['US']],
    ['Currently: Canada', ['CA']],
    ['At present Ireland; a move to Germany is planned', ['IE']],
    ['Previously US, now EU', ['EU']],
    ["Actuellement aux États-Unis, migration prévue vers l'UE", ['US']],
    ["Aujourd'hui en France ; migration prévue vers l'Allemagne en 2027", ['FR']],
    ['Pour le moment au Canada', ['CA']],
    // Near-misses: the place before the brackets is now, the one they say until when is not; a place labelled as
    // planned or former, or bracketed as planned, is none.
    ['EU (US until March 2026)', ['EU']],
    ['UE (États-Unis jusqu’en mars 2026)', ['EU']],
    ['US, formerly EU', ['US']],
    ['formerly US', []],
    ['anciennement États-Unis', []],
    ['EU (planned)', []],
    ['France (prévu)', []],
    ['US; planned: EU', ['US']],
    ['Formerly: US', []],
    // Places along dates (review12): which one is now depends on today, which the words do not settle: none is read.
    ['Until March 2028: United States; from April 2028: Ireland', []],
    ['Until March 2026: United States; from April 2026: Ireland', []],
    ['Jusqu’en 2028 : États-Unis ; ensuite : Allemagne', []],
    ['À partir de 2027 : Allemagne', []],
    ['Until March 2026: US', []],
    ['Jusqu’en mars 2026 : États-Unis', []],
    ['planned migration to the EU in 2027', []],
    ['Currently planned migration to the EU', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test('places offered by the configuration or the customer’s region are each a place the data may be in', () => {
  const cases: [string, string[]][] = [
    ['USA/EU per configuration', ['US', 'EU']],
    ['US or EU per customer configuration', ['US', 'EU']],
    ["US or EU depending on the customer's region", ['US', 'EU']],
    ['EU or Australia based on the customer’s location', ['EU', 'AU']],
    ['UE ou États-Unis selon la configuration du client', ['EU', 'US']],
    ['UE ou États-Unis selon la région du client', ['EU', 'US']],
    ['France ou Canada en fonction du pays du client', ['FR', 'CA']],
    // Near-misses: "depending on the region" alone, "selon région" name no customer's choice; no place is added.
    ['US depending on the region', []],
    ['Selon région', []],
    ['Depending on configuration', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test('an edge network said to be global beside a place, and the primary place beside a global one, are each kept', () => {
  const cases: [string, string[]][] = [
    ['États-Unis (edge mondial)', ['GLOBAL', 'US']],
    ['US (global edge)', ['GLOBAL', 'US']],
    ['France (edge global)', ['GLOBAL', 'FR']],
    ['Global (edge), primary EU', ['GLOBAL', 'EU']],
    ['Global edge, Primary EU', ['GLOBAL', 'EU']],
    ['Mondial (edge), principal UE', ['GLOBAL', 'EU']],
    // Near-misses: an edge the words do not say is global is no place; a "main" that is no place's word names none.
    ['US (edge)', ['US']],
    ['Main Street', []],
    ['primary region', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text), want, text);
});

test('a table of places with time and configuration words imports each entry’s current and offered places', () => {
  const imported = (text: string) =>
    new Map(
      (pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).value.subprocessors as Record<string, unknown>[]).map((e) => [
        String(e.name),
        (e.dataLocation as { countries?: unknown } | string | undefined) ?? 'none',
      ]),
    );
  const en = imported(
    [
      '# Sub-processors',
      '',
      '| Vendor | Purpose | Data location |',
      '|---|---|---|',
      '| Nubo Base | Database | Currently United States; planned migration to the EU in 2027 |',
      '| Orbiton | Hosting | EU (US until March 2026) |',
      '| Postiers | Email | US or EU depending on the customer’s region |',
      '| Lumen CDN | Delivery | Global (edge), primary EU |',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    [...en.entries()].map(([name, loc]) => [name, (loc as { countries?: unknown }).countries]),
    [
      ['Nubo Base', ['US']],
      ['Orbiton', ['EU']],
      ['Postiers', ['US', 'EU']],
      ['Lumen CDN', ['GLOBAL', 'EU']],
    ],
  );
  const fr = imported(
    [
      '## Nos sous-traitants',
      '',
      '| Sous-traitant | Finalité | Localisation des données |',
      '|---|---|---|',
      "| Nubo Base | Base de données | Actuellement aux États-Unis, migration prévue vers l'UE |",
      '| Postiers | E-mails | UE ou États-Unis selon la configuration du client |',
      '| Lumen CDN | Diffusion | États-Unis (edge mondial) |',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    [...fr.entries()].map(([name, loc]) => [name, (loc as { countries?: unknown }).countries]),
    [
      ['Nubo Base', ['US']],
      ['Postiers', ['EU', 'US']],
      ['Lumen CDN', ['GLOBAL', 'US']],
    ],
  );
});
