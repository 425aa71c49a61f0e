/**
 * Headings, questions, labels and placeholders a page sets where a vendor's name could stand, and words that name a
 * fact twice (issue 22): what reads as a vendor, and what does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';
import { mechanismsIn } from './wording';

const names = (text: string, file: string) => readPage(text, file).entries.map((e) => e.name ?? e.heading);

test('a heading that asks a question over labelled lines is a topic of the page, no vendor; a vendor heading beside it is', () => {
  const fr = [
    '## 3. Pourquoi traitons-nous vos données ?',
    '',
    '- **Finalité** : vous envoyer les rappels demandés.',
    '- **Base légale** : le contrat.',
    '',
    '## 4. Nos prestataires',
    '',
    '### Orbiton SAS — envoi des rappels',
    '',
    '- **Finalité** : acheminer les rappels.',
    '- **Localisation** : France.',
    '',
  ].join('\n');
  assert.deepEqual(names(fr, 'p.md'), ['Orbiton SAS — envoi des rappels']);
  const en = [
    '## Why do we process your data?',
    '',
    '- **Purpose**: sending the reminders you asked for.',
    '- **Legal basis**: the contract.',
    '',
    '## Quillmark Inc.',
    '',
    '- **Purpose**: delivering reminders.',
    '- **Location**: Canada.',
    '',
  ].join('\n');
  assert.deepEqual(names(en, 'p.md'), ['Quillmark Inc.']);
});

test('the adequacy decision the DPF is names the DPF only; an adequacy decision for another country stays one', () => {
  assert.deepEqual(
    mechanismsIn("Transferts encadrés par les CCT et la décision d'adéquation UE-États-Unis Data Privacy Framework.").mechanisms,
    ['scc', 'dpf'],
  );
  assert.deepEqual(mechanismsIn('Covered by the adequacy decision for the EU-U.S. Data Privacy Framework.').mechanisms, ['dpf']);
  assert.deepEqual(mechanismsIn('Relies on the DPF adequacy decision.').mechanisms, ['dpf']);
  // Near-misses: an adequacy decision for a country, then the DPF for another vendor or place: both stated.
  assert.deepEqual(mechanismsIn("Décision d'adéquation pour le Royaume-Uni ; Data Privacy Framework pour les États-Unis.").mechanisms, [
    'adequacy',
    'dpf',
  ]);
  assert.deepEqual(
    mechanismsIn('Canada benefits from an adequacy decision, and US vendors adhere to the Data Privacy Framework.').mechanisms,
    ['adequacy', 'dpf'],
  );
});
