/**
 * A list copied into its introducing sentence's line, each item after a bullet ("… the following sub-processors: •
 * Name, for … • Name, for …"), and an item naming a kind of provider, no vendor (issue 22, holdout17's FAQ paragraph).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const names = (text: string) => readPage(text, 'faq.txt').entries.map((e) => e.name ?? e.heading);

test('a list flattened into the line of the sentence that introduces it: one entry per bullet (English and French)', () => {
  assert.deepEqual(
    names(
      'Our service relies on outside help. For hosting and email we use the following sub-processors: • Nubora GmbH, for the hosting of uploaded files. Data stays in Germany. • Quillpost Inc, for the sending of notification emails.',
    ),
    ['Nubora GmbH', 'Quillpost Inc'],
  );
  assert.deepEqual(
    names(
      "Pour fournir le service, nous faisons appel aux sous-traitants suivants : • Nubora SAS, pour l'hébergement des fichiers. • Quillpost SAS, pour l'envoi des courriels.",
    ),
    ['Nubora SAS', 'Quillpost SAS'],
  );
  // Near-miss: bullets with no introducing colon before them are words of one paragraph, no list.
  assert.deepEqual(names('We like tidy lists • Nubora GmbH, for hosting. • Quillpost Inc, for email.'), []);
});

test('an item naming a kind of provider in common words ("SMS aggregators, for …") is no vendor, beside one that names one', () => {
  const page = (kind: string) =>
    `To run the service we use the following sub-processors: • Nubora GmbH, for the hosting of uploaded files. • ${kind}, for the routing of text messages.`;
  assert.deepEqual(names(page('SMS aggregators')), ['Nubora GmbH']);
  assert.deepEqual(names(page('Agrégateurs SMS')), ['Nubora GmbH']);
  // Near-miss: a vendor's name whose words are capitalised is a vendor.
  assert.deepEqual(names(page('Textwave Carriers')), ['Nubora GmbH', 'Textwave Carriers']);
});
